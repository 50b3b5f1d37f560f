"""A range of two adjectives or numbers joined by "bis" before their noun (part of reader.nlp.phrase_heads'
pass).

"erlitten leichte bis mittelschwere Verletzungen", "bildet graue bis schwarze Kristalle": "bis" here
joins two attributes of one noun ("slight to moderate"); the parser reads it as the preposition of the
noun ("until", accusative "after bis") and the first adjective as a verb or an adverb of the clause; so
in "kamen zwei bis drei Leute" ("Leute" no accusative).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.lexicon import LexiconMissingError, lookup
from reader.nlp.doc_arrays import tokens_where
from reader.nlp.lang.articles import adjective_ending
from reader.nlp.parse_edits import set_head

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_NOUNS = ("NOUN", "PROPN")


def adjective_ranges(doc: Doc) -> None:
    """The two adjectives (with the same ending) or numbers describe the noun after the second; "bis"
    joins them (to); the noun takes the clause role the first word had, an object where "bis" was its
    only preposition; the words the parser hung on the first adjective as if it were a verb (a subject)
    go to that verb."""
    for bis in tokens_where(doc, "LOWER", ("bis",)):
        if bis.pos_ != "ADP" or not 0 < bis.i < len(doc) - 2:
            continue
        first, second = doc[bis.i - 1], doc[bis.i + 1]
        noun = second.head
        if noun.pos_ not in _NOUNS or noun.i <= second.i or first.head.i == first.i:
            continue  # (the first word the sentence's root: nothing to hang the noun on)
        numbers = first.pos_ == second.pos_ == "NUM" and second.dep_ == "nummod"
        if not numbers and not _adjectives(first, second):
            continue
        clause = first.head if noun.head.i == first.i else noun.head
        for child in list(first.children):
            if child.i not in (bis.i, second.i, noun.i) and child.dep_ in ("nsubj", "nsubj:pass", "obj", "iobj", "obl"):
                set_head(child, clause)
        for marker in [c for c in first.children if c.dep_ == "case" and c.i < first.i]:
            set_head(marker, noun, "case")  # "um 3 bis 4 Prozent" with "um" hung on the first number
        own_preposition = any(c.dep_ == "case" and c.i != bis.i for c in noun.children)  # "bei 20 bis 25 Grad"
        set_head(noun, clause, "obj" if noun.dep_ == "obl" and not own_preposition else noun.dep_)
        if not numbers:
            first.pos_, first.tag_ = "ADJ", "ADJA"
            first.set_morph("Degree=Pos")
        set_head(first, noun, "nummod" if numbers else "amod")
        set_head(bis, second, "cc")
        bis.pos_, bis.tag_ = "CCONJ", "KON"


def _adjectives(first: Token, second: Token) -> bool:
    """Two lower-case attributes with the same ending, the second on its noun ("leichte bis mittelschwere")."""
    ending = adjective_ending(first.text)
    if not (first.is_lower and second.is_lower and ending and adjective_ending(second.text) == ending):
        return False
    return second.pos_ == "ADJ" and second.dep_ == "amod" and _adjective(first, ending)


def _adjective(word: Token, ending: str) -> bool:
    """The lexicon has the word without its ending as an adjective ("leicht", "grau")."""
    try:
        return lookup(word.lower_[: -len(ending)], "ADJ").pos == "ADJ"
    except LexiconMissingError:
        return word.tag_ in ("ADJA", "ADJD")
