"""A phrase compared with "wie" or "als" that the parser took for the predicate of "sein", or for a clause.

"Bakterien sind wie die Archaeen Prokaryoten", "Der Minister ist wie sein Vorgänger ein Anhänger der
Reform": the parser makes the compared phrase the predicate (the head the copula hangs on) and the real
predicate an apposition or attribute of it. The noun after the compared phrase is the predicate; the
compared phrase hangs on it, and the case rules give it the case of what it is compared with (the
subject's: reader.nlp.compared_cases). "Als geographische Zone wird sie … begrenzt": a
phrase after a fronted "als" or "wie" with the finite verb right after it, in second place, is no clause
"when …" but the phrase (as a zone). "womit das Land als letzte Diktatur Europas gilt": an "als" phrase the
parser joined to the noun before it as a second conjunct, with no "und" or comma between, is the verb's
(also "von den Römern als Germania magna bezeichnet", with "als" taken for the conjunction).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.nlp.lang.grammar import UNMARKED_COMPARATIVES
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


def compared_phrase_taken_for_a_conjunct(marker: Token) -> None:
    """Hang an "als" phrase the parser made a conjunct of the subject or object before it on their verb:
    nothing coordinates the two ("das Land als letzte Diktatur Europas gilt": the land is regarded as
    the dictatorship, it is no second subject). With "als" read as the conjunction ("arbeitete Lincoln als
    Landwirt": the treebanks' own reading, compared with the subject), only a phrase the parser joined to
    a prepositional phrase, as a conjunct or an attribute, is the verb's: "von den Römern als Germania
    bezeichnet" names the land, not a second agent ("seine Befugnisse als Präsident" stay his as president)."""
    compared = marker.head
    first = compared.head
    if marker.lower_ != "als" or compared.pos_ not in _NOMINAL or first.i >= marker.i or first.head.pos_ not in ("VERB", "AUX"):
        return
    if marker.dep_ == "cc":
        prepositional = first.dep_ == "obl" and any(c.dep_ == "case" for c in first.children)
        if compared.dep_ not in ("conj", "nmod") or not prepositional:
            return
    elif marker.dep_ != "case" or compared.dep_ != "conj" or first.dep_ not in _COMPARED_ROLES:
        return
    if any("Cmp" in t.morph.get("Degree") or t.lower_ in UNMARKED_COMPARATIVES for t in marker.doc[first.head.left_edge.i : marker.i]):
        return  # "mehr von den Römern als von den Germanen": a comparison of two phrases in one role
    between = marker.doc[first.right_edge.i + 1 : marker.i]
    if any(t.dep_ == "cc" or t.is_punct for t in between) or any(c.dep_ == "cc" and c.i != marker.i for c in compared.children):
        return
    set_head(compared, first.head, "obl")
    if marker.dep_ == "cc":
        marker.pos_, marker.tag_ = "ADP", "KOKOM"
        marker.dep_ = "case"


# Roles of a phrase an "als" phrase may be taken for the conjunct of.
_COMPARED_ROLES = frozenset({"nsubj", "nsubj:pass", "obj"})


def comparison_taken_for_a_verb_particle(marker: Token) -> None:
    """"stand es als „Mittleres Holstentor“ in einer Reihe": "als"/"wie" hung on the verb as its
    separable particle (no verb has one) is the comparison particle of the noun phrase after it, which
    the parser made the verb's object: it is compared with the subject and takes its case."""
    if marker.dep_ != "compound:prt":
        return
    phrase = marker.doc[marker.i + 1 : marker.sent.end]
    noun = next((t for t in phrase if t.pos_ in _NOMINAL or not (t.is_quote or t.pos_ in ("DET", "ADJ"))), None)
    if noun is None or noun.pos_ not in _NOMINAL or noun.head.i != marker.head.i:
        return
    marker.pos_, marker.tag_ = "ADP", "KOKOM"
    set_head(marker, noun, "case")
    if noun.dep_ in ("nsubj", "nsubj:pass", "obj", "iobj"):
        noun.dep_ = "obl"


_FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
_IN_A_PHRASE = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADV", "ADP"})
_VERB_FINAL_GOES_ON = frozenset({"und", "oder", "zu"})  # "Als er kam und sah", "Als sie anfing zu weinen"


def fronted_phrase_taken_for_a_clause(marker: Token) -> None:
    """"Als geographische Zone wird sie … begrenzt", "Als wichtige Kennzeichen gelten die Berufung …":
    after a fronted "als" the parser reads a clause ("when"), but the first finite verb follows a noun
    phrase and goes on with its clause, in second place: "als" is the comparison particle of that
    phrase. A clause of "als" ends in its finite verb ("Als die Polizei kam, …"). So too where the parser
    tagged "als" the particle but took its noun for the subject ("Als Kind erkrankte sie": as a child; she
    is the subject)."""
    doc = marker.doc
    if marker.i != marker.sent.start or not (marker.dep_ == "mark" or marker.pos_ in ("SCONJ", "ADP")):
        return
    finite = next((t for t in doc[marker.i + 1 : marker.sent.end] if t.tag_ in _FINITE_TAGS), None)
    if finite is None or finite.i + 1 >= marker.sent.end:
        return
    phrase = doc[marker.i + 1 : finite.i]
    after = doc[finite.i + 1]
    if after.is_punct or after.lower_ in _VERB_FINAL_GOES_ON:
        return
    # (a list is one phrase: "Als kritischer, politisch engagierter Journalist, Essayist und Satiriker war …")
    if not all(t.pos_ in _IN_A_PHRASE or t.text in ("-", ",") or t.pos_ == "CCONJ" for t in phrase):
        return  # ("Als er nach Hause kam": a pronoun, its subject)
    # the phrase's head: its noun, or the pronoun a genitive hangs on ("Als eines der Hauptwerke gilt …")
    noun = next((t for t in phrase if not phrase.start <= t.head.i < phrase.end and (t.pos_ in _NOMINAL or t.tag_ == "PIS")), None)
    if noun is None:  # the parser headed the list by an adjective ("Als kritischer, … Journalist, Essayist …"): its first noun
        noun = next((t for t in phrase if t.pos_ in ("NOUN", "PROPN")), None)
    if noun is None:
        return
    marker.pos_, marker.tag_ = "ADP", "KOKOM"
    set_head(marker, noun, "case")
    if noun.dep_ in ("nsubj", "nsubj:pass", "obj"):
        noun.dep_ = "obl"
