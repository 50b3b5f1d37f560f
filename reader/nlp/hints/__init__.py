"""Grammar hints a learner can read: short English sentences per token, from the parse.

    hints = doc_hints(doc)      # {token.i: ["Dative singular, feminine (die Ukraine).", …]}

Nouns, articles, adjectives and pronouns get their case, gender and number
(as corrected by `reader_morphology`) and the reason for the case; verbs get
tense, mood, voice, modal verbs, separable and reflexive verbs and
zu-infinitives; finite verbs and conjunctions get the clause they build;
compounds get their parts with glosses. Where the evidence is weak (the case
rests only on the parse, not on forms or prepositions) a hint says "probably".
"""

from __future__ import annotations

from spacy.tokens import Doc

from reader.nlp.hints.common import NOMINAL, Hints
from reader.nlp.hints.compounds import _compound
from reader.nlp.hints.nominal import _nominal, _preposition
from reader.nlp.hints.verbs import _verb, _verb_heads
from reader.nlp.lang.prepositions import governed_cases
from reader.nlp.noun_phrases import acts_as_preposition, preposition_of

__all__ = ["doc_hints"]


def doc_hints(doc: Doc) -> dict[int, list[str]]:
    """Hints for every token of `doc` that has any, keyed by the spaCy token index."""
    hints = Hints()
    for token in doc:
        if acts_as_preposition(token):
            _preposition(token, hints, noun=next(c for c in token.children if preposition_of(c) == token))
            continue
        if token.pos_ in NOMINAL and token.morph.get("Case"):
            _nominal(token, hints)
        if token.pos_ == "NOUN":
            _compound(token, hints)
        if token.dep_ == "case" and governed_cases(token.text):
            _preposition(token, hints)
    for head in _verb_heads(doc):
        _verb(head, hints)
    return {i: list(dict.fromkeys(h)) for i, h in hints.items() if h}
