"""A language named by its adjective used as a noun: "Arabisch ist eine semitische Sprache", "sprechen
Arabisch", "auf Türkisch".

German names a language with the neuter noun spelt as its adjective in -isch, capitalised ("das Arabisch
der Beduinen"). The dictionary lists a few as nouns ("Englisch"), most only as adjectives ("arabisch":
Arab, Arabic, Arabian), so the tagger calls the word an adjective, an adverb or a name, and the glosses
offer the people's adjective first. A capitalised uninflected adjective in -isch, before no noun, whose
dictionary senses name a language, is that language: a neuter noun, glossed by the language's English name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.lexicon import Entry, LexiconMissingError, lookup
from reader.nlp.doc_arrays import tokens_where
from reader.nlp.lang.english import LANGUAGE_NAMES
from reader.nlp.parse_edits import set_head, verb_above

if TYPE_CHECKING:  # annotations only: importing the rule must not load spaCy
    from spacy.tokens import Doc, Token

_NOMINAL = ("NOUN", "PROPN")


def language_named(word: str) -> str | None:
    """The English name of the language *word* names as a noun ("Arabisch": Arabic), else None."""
    if not word[:1].isupper() or not word.endswith("isch") or "-" in word:
        return None
    try:
        adjective = lookup(word.lower(), "ADJ")
    except LexiconMissingError:
        return None
    if adjective.pos != "ADJ" or adjective.term != word.lower():
        return None  # (an adjective the dictionary lacks, read from its parts: "hocharabisch")
    return next((gloss for gloss in adjective.gloss if gloss in LANGUAGE_NAMES), None)


def language_entry(word: str) -> Entry | None:
    """The noun entry of the language *word* names, where the dictionary has none of its own."""
    language = language_named(word)
    if language is None or lookup(word, "NOUN").pos == "NOUN":
        return None
    return Entry(term=word, gloss=(language,), short=language, gender="n", pos="NOUN", query=word, source="exact")


def language_nouns(doc: Doc) -> None:
    """"Arabisch ist eine semitische Sprache" with "Arabisch" an adjective, "Arabisch schreibt man von rechts"
    with it an adverb: the word is the language, a neuter noun; hung on its verb as the parser left it, or,
    where it hung as a modifier, as the subject where it opens the sentence before its verb, else the object."""
    for token in tokens_where(doc, "POS", ("ADJ", "ADV", "PROPN", "X")):
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if following is not None and following.pos_ in _NOMINAL or language_named(token.text) is None:
            continue
        token.pos_, token.tag_ = "NOUN", "NN"
        token.set_morph("Gender=Neut|Number=Sing")
        if token.dep_ in ("advmod", "amod", "dep", "flat", "compound"):
            clause = verb_above(token)  # (a copular clause hangs on its predicate: "ist eine … Sprache")
            if clause.pos_ in ("VERB", "AUX") or any(child.dep_ == "cop" for child in clause.children):
                set_head(token, clause, "nsubj" if token.i < clause.i and token.i == token.sent.start else "obj")
