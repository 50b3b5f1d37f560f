"""A zu-infinitive has no subject and no finite auxiliary of its own.

"Dänemark hat von seinem Recht, Renten zu besteuern, keinen Gebrauch gemacht": the parser may make the
zu-infinitive the sentence's head, with the subject and the finite "hat" of the clause around it as its own
(so the learner reads "Dänemark: subject of besteuern"); "Im Sommer draußen zu sitzen ist eine Wonne"
likewise makes "Wonne" the subject of "sitzen". The verb of the clause around is the participle or
infinitive the zu-infinitive heads outside its own stretch (between commas, or before the finite verb),
or the predicate the copula belongs to; it takes the zu-infinitive's place and the words outside the
stretch. The zu-infinitive completes the noun before its comma ("Recht, … zu besteuern"), else it is the
subject of the copula's predicate or completes the verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.nlp.doc_arrays import tokens_where
from reader.nlp.lang.valency import NAMING_VERBS, TWO_ACCUSATIVE_VERBS
from reader.nlp.list_items import later_conjuncts
from reader.nlp.noun_phrases import lemma_of
from reader.nlp.parse_edits import set_head, take_place
from reader.nlp.verb_tokens import zu_infinitive

if TYPE_CHECKING:  # annotations only: importing the rule must not load spaCy
    from spacy.tokens import Doc, Token

_FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
_CLOSING_VERB_TAGS = frozenset({"VVPP", "VVINF", "VAINF", "VMINF", "VAPP"})


def clauses_hung_on_a_zu_infinitive(doc: Doc) -> None:
    """Give a subject or finite auxiliary the parser hung on a zu-infinitive to the verb of the clause around."""
    for verb in tokens_where(doc, "POS", ("VERB",)):
        if not zu_infinitive(verb) or not any(_of_a_finite_clause(child) for child in verb.children):
            continue
        start, end = _stretch(verb)
        # (read before the edits: a second root would split the sentence)
        before_comma = doc[start - 2] if start - 2 > verb.sent.start and doc[start - 1].text == "," else None
        outside = [child for child in verb.children if not start <= child.i < end]
        head = next((c for c in outside if c.tag_ in _CLOSING_VERB_TAGS and not zu_infinitive(c)), None)
        head = head or next((c for c in outside if any(g.dep_ == "cop" and g.tag_ in _FINITE_TAGS for g in c.children)), None)
        if head is None and doc[start - 1].text == ",":
            # "Er hat die Möglichkeit, das Haus zu kaufen": after a comma the zu-infinitive is a clause of its
            # own, so the finite verb before it is the clause's verb (without the comma "hat … zu kaufen" is
            # haben with a zu-infinitive: must buy)
            head = next((c for c in outside if c.tag_ in _FINITE_TAGS and c.i < start), None)
        if head is None or not take_place(head, verb):
            continue
        for child in outside:
            if child.i != head.i:
                set_head(child, head)
        if before_comma is not None and before_comma.pos_ in ("NOUN", "PROPN") and before_comma.head.i == head.i:
            set_head(verb, before_comma, "acl")
        else:
            set_head(verb, head, "csubj" if any(g.dep_ == "cop" for g in head.children) else "xcomp")


def objects_across_the_comma(doc: Doc) -> None:
    """"beschreibt die Fähigkeit und Bereitschaft, Gefühle und Gedanken … zu erkennen": the parser may join
    the nouns on both sides of the comma that opens a zu-infinitive clause into one object of the infinitive.
    The clause starts after the comma that closes the list before it: the nouns after the comma are its object,
    those before it the object of the verb before, and the zu-infinitive completes them."""
    for verb in tokens_where(doc, "POS", ("VERB",)):
        noun = next((c for c in verb.children if c.dep_ == "obj" and c.i < verb.i), None) if zu_infinitive(verb) else None
        comma = next((t for t in doc[noun.i + 1 : verb.i] if t.text == ","), None) if noun is not None else None
        outer = verb.head
        if comma is None or outer.pos_ not in ("VERB", "AUX") or outer.i >= noun.i:
            continue
        # (the nouns before the comma make a list closed by "und" or "oder": "die Fähigkeit und Bereitschaft,")
        closed = any(w.dep_ == "cc" and w.lower_ in ("und", "oder") for w in doc[noun.i : comma.i])
        inside = [word for word in later_conjuncts(noun, noun) if word.i > comma.i]
        if not closed or not inside or not set_head(noun, outer, "obj"):
            continue
        set_head(inside[0], verb, "obj")
        for conjunct in inside[1:]:
            set_head(conjunct, inside[0], "conj")
        set_head(verb, noun, "acl")


def second_object_of_a_zu_infinitive(doc: Doc) -> None:
    """"erhielt die Stadt … das Recht einen Markt abzuhalten" with both nouns objects of "abzuhalten": a verb
    has one accusative object (but those with two: lehren, nennen …), so the first of two belongs to the
    verb the zu-infinitive completes, where that verb has none, and the zu-infinitive completes it."""
    for verb in tokens_where(doc, "POS", ("VERB",)):
        objects = [c for c in verb.children if c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN") and c.i < verb.i]
        outer = verb.head
        if len(objects) != 2 or not zu_infinitive(verb) or outer.pos_ not in ("VERB", "AUX") or outer.i > objects[0].i:
            continue
        if lemma_of(verb) in _TWO_OBJECT_VERBS or any(c.dep_ == "obj" for c in outer.children):
            continue
        if any(case.dep_ == "case" for case in objects[0].children) or not set_head(objects[0], outer, "obj"):
            continue
        set_head(verb, objects[0], "acl")


_TWO_OBJECT_VERBS = TWO_ACCUSATIVE_VERBS | NAMING_VERBS


def _of_a_finite_clause(child: Token) -> bool:
    return child.dep_ in ("nsubj", "nsubj:pass") or (child.dep_ in ("aux", "cop") and child.tag_ in _FINITE_TAGS)


def _stretch(verb: Token) -> tuple[int, int]:
    """The zu-infinitive's own words: from the comma before it (or the sentence's start) to the comma or
    finite verb after it."""
    doc = verb.doc
    sentence = verb.sent
    start = next((t.i + 1 for t in reversed(doc[sentence.start : verb.i]) if t.text == ","), sentence.start)
    end = next((t.i for t in doc[verb.i + 1 : sentence.end] if t.text == "," or t.tag_ in _FINITE_TAGS), sentence.end)
    return start, end
