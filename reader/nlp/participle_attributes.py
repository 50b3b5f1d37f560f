"""A participle set off by commas right after its noun describes that noun: "Die Terrormiliz, auch IS
genannt, kontrolliert die Stadt".

Such a participle has no auxiliary and so no subject of its own: the noun before the comma is what it
says something of, and that noun is a phrase of the clause around the insertion. The parser sometimes
makes the participle a clause of the main verb with the noun as its subject ("Terrormiliz: subject of
nennen"), which leaves the main verb's object ("die Stadt") as its subject. And the name a participle
of naming gives ("auch IS genannt", "als Hardliner bezeichnet") is no subject either: it is what the
noun is called, the predicate (in the nominative, as "Sie wird IS genannt" has it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.nlp.doc_arrays import tokens_where
from reader.nlp.lang.valency import OBJECT_PREDICATIVE_VERBS
from reader.nlp.parse_edits import set_head
from reader.nlp.verb_complex import lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_SUBJECTS = ("nsubj", "nsubj:pass")


def participles_after_their_noun(doc: Doc) -> None:
    """Each participle between two commas with no auxiliary hangs on the noun before the first comma,
    which takes the participle's place in the clause around; the name a participle of naming gives
    is its predicate."""
    for participle in tokens_where(doc, "TAG", ("VVPP",)):
        if any(child.dep_.startswith(("aux", "cop")) for child in participle.children):
            continue
        if participle.i + 1 >= len(doc) or doc[participle.i + 1].text != ",":
            continue
        noun = _noun_before_the_insertion(participle)
        verb = participle.head
        if noun is not None and noun.head.i == participle.i and verb.i > participle.i and verb.pos_ in ("VERB", "AUX"):
            if set_head(noun, verb, "nsubj"):
                set_head(participle, noun, "acl")
        if participle.dep_ == "acl" and lemma(participle) in OBJECT_PREDICATIVE_VERBS:
            for child in participle.children:
                if child.dep_ in _SUBJECTS and child.i < participle.i:
                    child.dep_ = "xcomp"  # "auch IS genannt": what it is called


def _noun_before_the_insertion(participle: Token) -> Token | None:
    """The noun right before the comma that opens the participle's insertion: "Die Terrormiliz, auch IS
    genannt," (no other comma between)."""
    doc = participle.doc
    comma = next((i for i in range(participle.i - 1, -1, -1) if doc[i].text == ","), None)
    if comma is None or comma == 0:
        return None
    noun = doc[comma - 1]
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in _SUBJECTS else None
