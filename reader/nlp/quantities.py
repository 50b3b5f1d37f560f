"""Quantities compared with "mehr als" or "weniger als": "von mehr als 70 Zivilisten", "Mehr als 600
Bären leben …".

The parser often takes "mehr" or "weniger" for the phrase and leaves the noun counted as an adverbial,
an object or a conjunct, so the noun is shown an accusative where a preposition asks for a dative or
the clause has it as its subject. The noun is the phrase; "mehr als" modifies it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.nlp import lemma_dictionary
from reader.nlp.doc_facts import sentence_start
from reader.nlp.lang.grammar import NUMBER_NOUNS
from reader.nlp.parse_edits import set_head, take_place

if TYPE_CHECKING:  # annotations only: importing the rule must not load spaCy
    from spacy.tokens import Token

COMPARED_QUANTIFIERS = frozenset({"mehr", "weniger"})
_BEFORE_NOUN = frozenset({"NUM", "ADJ", "DET"})  # "mehr als 70 verletzte", "weniger als der Hälfte"
_NOMINAL = frozenset({"NOUN", "PROPN"})
_CLAUSE_ROLES = frozenset({"nsubj", "nsubj:pass", "obj", "iobj"})  # "mehr" as the subject: its noun's role


def noun_heads_its_compared_quantity(als: Token) -> None:
    """Hang "mehr als" (and a preposition before it) on the noun after them, which takes the phrase's
    place: under the preposition's head, or in the role the parser gave "mehr"."""
    doc = als.doc
    i = als.i
    if als.lower_ != "als" or i < 1 or doc[i - 1].lower_ not in COMPARED_QUANTIFIERS:
        return
    quantifier = doc[i - 1]
    preposition = doc[i - 2] if i >= 2 and doc[i - 2].tag_ == "APPR" else None
    end = i + 1
    while end < len(doc) and doc[end].pos_ in _BEFORE_NOUN:
        end += 1
    if end >= len(doc) or doc[end].pos_ not in _NOMINAL:
        return
    noun = doc[end]
    if preposition is not None:
        inside = range(preposition.i, end + 1)
        outside = next((t for t in (quantifier, noun, preposition) if t.head.i not in inside and t.head.i != t.i), None)
        if outside is None:
            return
        head = outside.head
        if not set_head(noun, head, "obl" if head.pos_ in ("VERB", "AUX", "ADJ") else "nmod"):
            return
        set_head(preposition, noun, "case")
    elif quantifier.dep_ not in _CLAUSE_ROLES or not take_place(noun, quantifier):
        return
    set_head(quantifier, noun, "advmod")
    set_head(als, quantifier, "fixed")


def counting_noun(form: str) -> bool:
    """"Milliarden", "Millionen", "Dutzende": a form of a noun that counts (the rules run before the lemmas)."""
    return lemma_dictionary.lemmatize(form) in NUMBER_NOUNS


def counted(noun) -> bool:
    """A number counts the noun, itself or through a unit before it: "um 50 Millionen Euro" (also one the
    parser made the noun's determiner: "um elf Uhr")."""
    start = max(sentence_start(noun), noun.i - 4)
    return any(
        (word.dep_ == "nummod" or word.dep_ == "det" and word.pos_ == "NUM") and noun.i in (word.head.i, word.head.head.i)
        for word in noun.doc[start : noun.i]
    )
