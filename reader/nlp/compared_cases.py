"""The case of a phrase after "als" or "wie": the case of what it is compared with.

"Länder wie Brasilien": the noun it hangs on; "bezeichneten das Meer als Mare Nostrum": the verb's object
before it; "ist kleiner als das größte Bundesland": the predicate's subject; else the subject, whose
number the finite verb shows ("hatte Strenz als einzige deutsche Abgeordnete gestimmt"). Decided by
reader.nlp.morphology after the clause rules (reader.nlp.case_rules) have found the subjects and objects.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.nlp.case_evidence import Phrase
from reader.nlp.clause_kinds import clause_verb
from reader.nlp.lang.articles import Reading
from reader.nlp.lang.valency import OBJECT_PREDICATIVE_VERBS
from reader.nlp.noun_phrases import HEADS, lemma_of
from reader.nlp.phrase_roles import compared_adjunct, copula_predicate, measure_accusative
from reader.nlp.subject_agreement import finite_number

if TYPE_CHECKING:  # annotations only: importing the rules must not load spaCy
    from spacy.tokens import Token

# Indefinite pronouns that are no noun phrase of their own; as the object of a verb they are accusative.
INDEFINITE_OBJECTS = frozenset("nichts etwas alles vieles weniges anderes".split())


def compared_cases(phrases: dict[int, Phrase], decided: dict[int, Reading]) -> None:
    """"arbeitete als Landwirt": a phrase after "als"/"wie" has the case of what it is compared with —
    the noun it hangs on ("Länder wie Brasilien"), else the verb's object before it ("bezeichneten
    das Meer als Mare Nostrum"), else the subject."""
    for i, phrase in phrases.items():
        head = phrase.head
        if phrase.preposition is not None or not compared_adjunct(head):
            continue
        case = _compared_case(head, decided)
        if case and case in phrase.allowed_cases():
            decided[i] = phrase.best_in_case(case)
            # "hatte Strenz als einzige deutsche Abgeordnete gestimmt": one person is compared with one
            number = _compared_number(head, case, decided)
            if number is not None and phrase.allows(case, number):
                decided[i] = phrase.best_in_case_and_number(case, number)
            phrase.source = "parse"


def _compared_number(head: Token, case: str, decided: dict[int, Reading]) -> str | None:
    """The number of the subject an "als" phrase in the nominative describes, where the clause's finite
    verb shows it ("hatte Strenz als einzige … Abgeordnete … gestimmt": singular)."""
    verb = clause_verb(head)
    if case != "Nom" or verb is None or head.head.pos_ in HEADS:
        return None
    return finite_number(verb)


def _compared_case(head: Token, decided: dict[int, Reading]) -> str | None:
    parent = head.head
    if parent.i != head.i and parent.i in decided and (parent.pos_ in HEADS or parent.pos_ == "PRON"):
        return decided[parent.i][0]
    left = head.left_edge
    marker = left if left.lower_ in ("als", "wie") else head.doc[max(left.i - 1, 0)]
    if marker.i > 0 and copula_predicate(head.doc[marker.i - 1]):
        return "Nom"  # "ist (elf Prozent) kleiner als das größte Bundesland": the predicate's subject
    verb = clause_verb(head)
    if verb is None:
        return None
    particle = next((c.lower_ for c in verb.children if c.dep_ == "compound:prt"), "")
    # "Als Grund nannte May ihr Scheitern": with a verb of naming the object may follow
    anywhere = particle + lemma_of(verb).lower() in OBJECT_PREDICATIVE_VERBS
    # (or a phrase the parser made the subject that the clause's cases made its object: "nachdem Trump den
    # Mob … als „Patrioten“ bezeichnete")
    objects = [
        c for c in verb.children
        if (c.dep_ == "obj" or c.dep_ == "nsubj" and c.i in decided and decided[c.i][0] == "Acc")
        and (c.i in decided or c.lower_ in INDEFINITE_OBJECTS) and c.lower_ != "sich"
        and (c.i < head.i or anywhere) and not measure_accusative(c)
        and (c.i not in decided or decided[c.i][0] != "Nom")  # a subject the parser called an object
    ]
    if objects and objects[0].i not in decided:
        return "Acc"  # "fordert nichts anderes als Entscheidungen"
    return decided[objects[0].i][0] if objects else "Nom"
