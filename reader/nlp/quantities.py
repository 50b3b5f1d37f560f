"""A preposition before a compared quantity: "von mehr als 70 Zivilisten", "mit weniger als der Hälfte".

The parser often takes "mehr" or "weniger" for the phrase the preposition governs and leaves the noun
counted as an object or a conjunct of the verb, so the noun is shown an accusative where the preposition
asks for a dative. The noun is what the preposition governs; "mehr als" modifies it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.nlp.parse_edits import set_head

if TYPE_CHECKING:  # annotations only: importing the rule must not load spaCy
    from spacy.tokens import Token

COMPARED_QUANTIFIERS = frozenset({"mehr", "weniger"})
_BEFORE_NOUN = frozenset({"NUM", "ADJ", "DET"})  # "mehr als 70 verletzte", "weniger als der Hälfte"
_NOMINAL = frozenset({"NOUN", "PROPN"})


def preposition_governs_the_compared_noun(als: Token) -> None:
    """Hang the preposition and "mehr als" on the noun after them, which takes the phrase's place."""
    doc = als.doc
    i = als.i
    if als.lower_ != "als" or i < 2 or doc[i - 1].lower_ not in COMPARED_QUANTIFIERS or doc[i - 2].tag_ != "APPR":
        return
    preposition, quantifier = doc[i - 2], doc[i - 1]
    end = i + 1
    while end < len(doc) and doc[end].pos_ in _BEFORE_NOUN:
        end += 1
    if end >= len(doc) or doc[end].pos_ not in _NOMINAL:
        return
    noun = doc[end]
    inside = range(preposition.i, end + 1)
    outside = next((t for t in (quantifier, noun, preposition) if t.head.i not in inside and t.head.i != t.i), None)
    if outside is None:
        return
    head = outside.head
    if not set_head(noun, head, "obl" if head.pos_ in ("VERB", "AUX", "ADJ") else "nmod"):
        return
    set_head(preposition, noun, "case")
    set_head(quantifier, noun, "advmod")
    set_head(als, quantifier, "fixed")
