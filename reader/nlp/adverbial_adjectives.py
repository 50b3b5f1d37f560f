"""Adjectives the parser made the head of a clause that a participle or infinitive after them heads.

"Die Koalition hat ihre Mehrheit endgültig verloren", "Die Angelegenheit sei sorgfältig und
verantwortungsvoll behandelt worden": the parser hangs the finite auxiliary (and with it the subject and
the objects) on the undeclined adjective, as if it were a predicate of sein or haben, and the verb on
it as a conjunct or complement. A finite haben, sein or werden serves the participle or infinitive of
its clause, so the verb heads the clause and the adjective says how (an adverb: "finally",
"carefully"), keeping its own conjuncts.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from reader.nlp.doc_arrays import tokens_where
from reader.nlp.parse_edits import set_head, take_place
from reader.nlp.verb_tokens import kind, lemma, zu_infinitive

_SERVING = ("aux", "aux:pass", "cop")
_OWN = frozenset({"conj", "cc", "advmod", "punct"})  # what stays with the adjective


def adjectives_holding_a_verbs_clause(doc: Doc) -> None:
    """The verb after an undeclined adjective that holds a finite haben, sein or werden takes the clause;
    the adjective becomes its adverb."""
    for adjective in tokens_where(doc, "TAG", ("ADJD",)):
        if adjective.pos_ != "ADJ":
            continue
        if not any(c.dep_ in _SERVING and c.tag_ == "VAFIN" and lemma(c) in ("haben", "sein", "werden") for c in adjective.children):
            continue
        verb = _verb_after(adjective)
        if verb is None:
            continue
        if verb.head.i == adjective.i:  # (hung on the adjective; else the verb keeps its place)
            take_place(verb, adjective)
        for child in list(adjective.children):
            if child.i != verb.i and child.dep_ not in _OWN:
                set_head(child, verb, "aux" if child.dep_ == "cop" else None)
        set_head(adjective, verb, "advmod")


def _verb_after(adjective: Token) -> Token | None:
    """The participle or infinitive after `adjective`, its head or its conjunct or complement, with no
    finite auxiliary of its own, no zu and no comma between them."""
    related = [adjective.head] if adjective.dep_ in ("xcomp", "advmod", "conj") else []
    related += [c for c in adjective.children if c.dep_ in ("conj", "xcomp")]
    for verb in related:
        if verb.i <= adjective.i or verb.pos_ != "VERB" or kind(verb) not in ("part", "inf") or zu_infinitive(verb):
            continue
        if any(c.dep_ in _SERVING and c.tag_.endswith("FIN") for c in verb.children):
            continue
        if any(t.text == "," for t in adjective.doc[adjective.i + 1 : verb.i]):
            continue
        return verb
    return None
