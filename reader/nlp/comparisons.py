"""A phrase compared with "wie" or "als" that the parser took for the predicate of "sein".

"Bakterien sind wie die Archaeen Prokaryoten", "Der Minister ist wie sein Vorgänger ein Anhänger der
Reform": the parser makes the compared phrase the predicate (the head the copula hangs on) and the real
predicate an apposition or attribute of it. The noun after the compared phrase is the predicate; the
compared phrase hangs on it, and the case rules give it the case of what it is compared with (the
subject's: reader.nlp.case_rules.compared_cases).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.nlp.parse_edits import set_head, take_place

if TYPE_CHECKING:  # annotations only: importing the rule must not load spaCy
    from spacy.tokens import Token

_NOMINAL = frozenset({"NOUN", "PROPN"})
_PREDICATE_TAKEN_FOR = frozenset({"appos", "nmod", "flat"})


def compared_phrase_taken_for_the_predicate(marker: Token) -> None:
    """Hang the phrase after "wie"/"als" on the noun after it that the parser hung on the phrase, which
    takes its place as the copula's predicate."""
    compared = marker.head
    if marker.tag_ != "KOKOM" or compared.pos_ not in _NOMINAL or compared.i <= marker.i:
        return
    if not any(child.dep_ == "cop" and child.i < marker.i for child in compared.children):
        return  # ("ist kleiner als X": the predicate stands before the comparison)
    predicate = next(
        (c for c in compared.children if c.i > compared.i and c.dep_ in _PREDICATE_TAKEN_FOR and c.pos_ in _NOMINAL
         and not any(grand.dep_ == "case" for grand in c.children)),
        None,
    )
    if predicate is None or not take_place(predicate, compared):
        return
    for child in list(compared.children):
        if child.i != predicate.i and (child.i < marker.i or child.dep_ in ("cop", "punct")):
            set_head(child, predicate)
    set_head(compared, predicate, "nmod")
