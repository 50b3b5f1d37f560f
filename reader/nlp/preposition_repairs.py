"""Repairs of where the parser hung a preposition (part of reader.nlp.phrase_heads' pass)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.nlp.parse_edits import set_head

if TYPE_CHECKING:
    from spacy.tokens import Token


def preposition_closed_by_its_adverb(preposition: Token) -> None:
    """"Dem Begriff liegen bis heute universelle Modelle zu Grunde" with "bis" governing "Modelle" and
    "heute" hung on "bis": an adverb right after a preposition that the parser hung on that preposition
    is its object ("bis heute", "ab sofort", "seit gestern"); the noun after it is a phrase of the
    clause, in the case the clause gives it, not the preposition's."""
    doc = preposition.doc
    if preposition.dep_ != "case" or preposition.i + 1 >= len(doc):
        return
    adverb, noun = doc[preposition.i + 1], preposition.head
    if adverb.tag_ != "ADV" or adverb.head.i != preposition.i or noun.i <= adverb.i:
        return
    if set_head(adverb, noun.head, "advmod"):
        set_head(preposition, adverb, "case")
