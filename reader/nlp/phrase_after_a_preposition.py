"""A noun phrase with its own article that the parser hung on the noun of a prepositional phrase before it.

"Dabei entsteht bei jedem Schritt ein Geräusch": the parser often makes "ein Geräusch" an attribute of
"Schritt". A preposition governs one phrase; a second phrase with an article that cannot be genitive (so
no "der Bau des Hauses") belongs to the clause: it is the verb's subject when the verb has none, else its
object when it has none. The case rules then read its case from that role.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.nlp.morph_features import article_cases
from reader.nlp.parse_edits import set_head

if TYPE_CHECKING:  # annotations only: importing the rule must not load spaCy
    from spacy.tokens import Token

_NOMINAL = frozenset({"NOUN", "PROPN"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "csubj", "expl"})
_OBJECTS = frozenset({"obj", "ccomp", "xcomp"})


def noun_phrase_after_a_prepositional_phrase(noun: Token) -> None:
    """Re-hang `noun` on its clause's verb if it is such a phrase (see the module's docstring)."""
    owner = noun.head
    if noun.dep_ not in ("nmod", "appos") or noun.pos_ != "NOUN" or owner.pos_ not in _NOMINAL or owner.i >= noun.i:
        return
    if not any(c.dep_ == "case" for c in owner.children) or any(c.dep_ == "case" for c in noun.children):
        return
    cases = article_cases(noun)
    if not cases or cases & {"Gen", "Dat"}:
        return
    first = min(t.i for t in noun.subtree)
    if max(t.i for t in owner.subtree if t.i < first) != first - 1 or noun.doc[first - 1].is_punct:
        return  # (right after the prepositional phrase, no comma between: "…, ein Freund" renames)
    verb = owner.head
    if verb.pos_ not in ("VERB", "AUX") or owner.dep_ not in ("obl", "obl:arg", "nmod"):
        return
    roles = {c.dep_ for c in verb.children}
    if not roles & _SUBJECTS and "Nom" in cases:
        set_head(noun, verb, "nsubj")
    elif not roles & _OBJECTS and "Acc" in cases:
        set_head(noun, verb, "obj")

