"""Markdown headings: "# Deutsches Eck" is a title, not a phrase about a thing called "#" (nor "==" in wiki markup).

An article's title and section headings reach the pipeline as sentences opened by their Markdown marker
and closed by the blank line after them. The tagger calls the marker a name, and the parser makes the
marker or the blank line the head of the title ("Deutsches": genitive, "belongs to #"). The title is a
phrase with no verb, headed by the last noun of its first run of nouns and adjectives ("Deutsches Eck",
"Geschichte der Stadt"); the marker is its punctuation, and the word-class and case rules after this one
find a nominative phrase there, its adjectives declined for it.
"""

from __future__ import annotations

from itertools import takewhile
from typing import TYPE_CHECKING

from reader.nlp.doc_facts import sentence_start
from reader.nlp.parse_edits import set_head

if TYPE_CHECKING:  # annotations only: importing the rule must not load spaCy
    from spacy.tokens import Doc, Token

_NOMINAL = frozenset({"NOUN", "PROPN"})
# Words that end a title's head phrase: its attributes follow ("der Stadt", "von Freikirchen", "als …").
_AFTER_THE_HEAD = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "PUNCT", "VERB", "AUX"})


def heading_markers(doc: Doc) -> None:
    """Each sentence opened by a run of "#": the title's head noun heads it, the marker and the blank lines
    hang on it, and so do the words the parser hung on either (a name's words as its parts, an adjective
    as its attribute, the rest as its attributes after it)."""
    for sentence in doc.sents:
        markers = list(takewhile(_marker, sentence))
        if not markers:
            continue
        for marker in markers:
            marker.pos_, marker.tag_ = "PUNCT", "$("
            marker.set_morph(None)
        title = _title_head([t for t in sentence[len(markers) :] if not t.is_space])
        if title is None:
            _clause_heading(sentence, markers)
            continue
        foreign = {t.i for t in markers} | {t.i for t in sentence if t.is_space}
        set_head(title, title, "ROOT")
        for token in sentence:
            if token.i == title.i:
                continue
            if token.i in foreign:
                set_head(token, title, "punct" if token in markers else "dep")
            elif token.head.i in foreign or token.head.i == token.i:
                set_head(token, title, _relation(token, title))


def _clause_heading(sentence, markers: list[Token]) -> None:
    """A heading that is a clause ("== Warum verschwanden so viele Festungen?"): its markers are the
    punctuation of its verb, never its subject."""
    marked = {marker.i for marker in markers}
    root = next((t for t in sentence if t.head.i == t.i and t.i not in marked), None)
    root = root or next((t for t in sentence if t.pos_ in ("VERB", "AUX") and t.i not in marked), None)
    if root is None:
        return
    set_head(root, root, "ROOT")
    for token in sentence:
        if token.i in marked:
            set_head(token, root, "punct")
        elif token.head.i in marked:
            set_head(token, root)  # (with the relation the parser gave it: "Warum", an adverb)


def _marker(token: Token) -> bool:
    """A heading's marker: Markdown's "#", or wiki markup's "=" ("== Geschichte")."""
    return token.text[:1] in _MARKER_CHARACTERS and len(set(token.text)) == 1


_MARKER_CHARACTERS = frozenset("#=")


def in_heading(token: Token) -> bool:
    """A word of a Markdown heading ("# Geist") or a wiki one ("== Geschichte")."""
    return _marker(token.doc[sentence_start(token)])


def _relation(word: Token, title: Token) -> str:
    if word.i > title.i:
        return "nmod"
    if word.pos_ == "PROPN" and title.pos_ == "PROPN":
        return "flat"
    return "amod" if word.pos_ == "ADJ" else "compound"


def _title_head(words: list[Token]) -> Token | None:
    """The last noun or name before the first article, preposition, conjunction or verb after one ("Deutsches
    Eck": Eck; "Die Wahl in Berlin": Wahl; "Geschichte der Stadt": Geschichte), else None (a title with
    no noun first: "Über den Fluss")."""
    head = None
    for word in words:
        if word.pos_ in _NOMINAL:
            head = word
        elif word.pos_ in _AFTER_THE_HEAD and (head is not None or word.pos_ != "DET"):
            break
    return head
