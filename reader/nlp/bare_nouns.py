"""Bare nouns the parser hung on the phrase before them as an apposition or a part of a name, which are
phrases of the clause ("hatte das Institut Daten ausgewertet", "von Material Flugzeuge gechartert"):
they are re-hung on the clause's verb as its object, for the case rules to decide. A bare name right
after a noun of the clause is the other way round: it renames the noun ("die Volksparteien CDU und SPD").
"""

from __future__ import annotations

from spacy.tokens import Token

from reader.lexicon import LexiconMissingError, database, is_name, lookup
from reader.nlp import lemma_dictionary
from reader.nlp.capitalised_words import name_phrase_at
from reader.nlp.lang.valency import DATIVE_PERSON_VERBS
from reader.nlp.names import only_a_name, place_classifier
from reader.nlp.noun_lexicon import noun_entry
from reader.nlp.parse_edits import set_head
from reader.nlp.verb_tokens import infinitive_with_particle
from reader.nlp.quantities import counting_noun
from reader.nlp.reporting_clauses import speaker_after_a_phrase


def bare_noun_in_another_number(noun: Token) -> None:
    """"hatte das Institut Daten … ausgewertet", with "Daten" as an apposition: a bare common noun right
    after a definite phrase of the clause, in the other number or in the plural, renames nothing (a close
    apposition does: "der Begriff Freiheit") but is a phrase of the clause itself ("veröffentlichte das
    FBI Dokumente"); so is one after the person of a verb that takes a person and a thing ("hatte der
    Präsidentin Wahlmanipulation … vorgeworfen")."""
    head = noun.head
    if noun.dep_ != "appos" or noun.pos_ not in ("NOUN", "PROPN") or head.pos_ not in ("NOUN", "PROPN") or head.i != noun.i - 1:
        return
    if place_classifier(head.text) or only_a_name(noun.text) or (noun.pos_ == "PROPN" and not _common_noun(noun)):
        return  # "die Generalstaatsanwaltschaft Zweibrücken": a place renames the body
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:arg") or verb.pos_ not in ("VERB", "AUX"):
        return
    if any(c.dep_ == "case" for c in head.children):
        return  # "sagte er mit dem Minister Müller": a preposition's noun (bare_noun_after_a_prepositional_phrase)
    definite = any(c.dep_ == "det" and c.morph.get("Definite") == ["Def"] for c in head.children)
    number, head_number = _number_by_form(noun), head.morph.get("Number")
    other_number = bool(number and head_number and number != head_number)
    person_and_thing = infinitive_with_particle(verb) in DATIVE_PERSON_VERBS and _common_noun(head)
    # a bare plural renames no definite phrase either ("sammelten die Kinder Nüsse"; a close apposition
    # names one thing: "der Begriff Freiheit", "die Wörter Haus und Baum")
    plural = number == ["Plur"] and _common_noun(noun)
    if definite and (other_number or person_and_thing or plural):
        set_head(noun, verb, "obj")

def bare_noun_after_a_prepositional_phrase(noun: Token) -> None:
    """"hatte zur Beförderung von Material Flugzeuge gechartert", "löste … mit Infanterie und Panzern
    Betroffenheit aus", with the bare noun hung on the preposition's noun as a part of a name or an
    apposition: a preposition governs one phrase, and a common noun renames nothing there, so the noun
    is a phrase of the clause, the object of its verb."""
    head = noun.head
    if noun.dep_ not in ("flat", "appos") or noun.pos_ not in ("NOUN", "PROPN") or head.pos_ not in ("NOUN", "PROPN") or head.i >= noun.i:
        return
    if head.pos_ == "PROPN" and (_listed_name(head) or name_phrase_at(head) > noun.i - head.i):
        return  # after a first name, the name's last part: "von Geert Wilders"; "in Los Angeles"
    if counting_noun(head.text):
        return  # "auf 53 Milliarden Mark": the unit the number noun counts
    if place_classifier(head.text) and database.name_kind(noun.text) is not None:
        return  # "in der Stadt Halle": a place's name renames the noun naming places
    if noun.i != max(t.i for t in head.subtree) or any(c.dep_ in ("det", "det:poss", "case") for c in noun.children):
        return  # (the noun ends the preposition's phrase, with no article or preposition of its own)
    if not (_common_noun(noun) and not only_a_name(noun.text)):
        return
    owner = head.head if head.dep_ == "conj" else head  # "mit Infanterie und Panzern": the first conjunct's preposition
    if not any(c.dep_ == "case" for c in owner.children):
        return
    verb = owner.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ in ("VERB", "AUX") and verb.i > owner.i:
        set_head(noun, verb, "obj")

_CLAUSE_ROLES = {"nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:arg", "dep"}


def apposition_opened_by_a_preposition(noun: Token) -> None:
    """"Daher besitzen Flöhe in ihren Beinen sogenannte Resilinpolster", with "Resilinpolster" made an
    apposition of "Flöhe" and "in ihren Beinen" its attribute: an apposition renames the noun right
    after it, with no phrase before its own words, so a noun whose words open with a preposition's
    phrase is a phrase of the clause, the object of its verb."""
    head = noun.head
    if noun.dep_ != "appos" or noun.pos_ not in ("NOUN", "PROPN") or head.pos_ not in ("NOUN", "PROPN") or head.i >= noun.i:
        return
    opening = noun.left_edge
    if opening.i != head.i + 1 or opening.dep_ != "case" or opening.head.head.i != noun.i or only_a_name(noun.text):
        return
    verb = head.head
    if head.dep_ in _CLAUSE_ROLES and verb.pos_ in ("VERB", "AUX") and not any(c.dep_ == "cop" for c in verb.children):
        set_head(noun, verb, "obj")


def bare_name_renaming_the_noun_before(name: Token) -> None:
    """"erlitten die großen Volksparteien CDU, CSU und SPD Verluste", with "CDU" made the verb's object:
    a bare name right after a common noun of the same verb renames that noun (a close apposition, as in
    "die Partei CDU"); it is no second subject or object of the clause."""
    if name.pos_ != "PROPN" or name.i == 0 or any(c.dep_ in ("det", "det:poss", "case") for c in name.children):
        return
    noun, verb = name.doc[name.i - 1], name.head
    if noun.pos_ != "NOUN" or noun.head.i != verb.i or verb.pos_ not in ("VERB", "AUX"):
        return
    if speaker_after_a_phrase(name, noun):
        return
    a_name = name.text.isupper() or only_a_name(name.text) or not _common_noun(name)  # (Ding lists "CDU" too)
    # a plural is renamed by several names, a singular by one: "welche Maßnahmen Bremen ergreifen wird" has
    # the town as the subject
    agrees = ("Plur" in noun.morph.get("Number")) == any(c.dep_ == "conj" for c in name.children)
    if noun.dep_ in _CLAUSE_ROLES and name.dep_ in _CLAUSE_ROLES and _common_noun(noun) and a_name and agrees:
        set_head(name, noun, "appos")


def plural_noun_taken_for_a_name_part(noun: Token) -> None:
    """"die Volksparteien CDU, CSU und SPD Verluste" with "Verluste" made the last part of the name "SPD
    Verluste": a common noun in the plural is no part of a name; it is a phrase of the clause, the object
    of its verb."""
    head = noun.head
    if noun.dep_ != "flat" or noun.pos_ != "NOUN" or head.pos_ != "PROPN" or head.i != noun.i - 1:
        return
    if any(c.dep_ in ("det", "det:poss", "case") for c in noun.children) or _number_by_form(noun) != ["Plur"]:
        return
    verb = head
    for _ in range(4):  # up the conjuncts and the name to the clause's verb
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ in ("VERB", "AUX") and _common_noun(noun):
        set_head(noun, verb, "obj")


def _listed_name(token: Token) -> bool:
    try:
        return is_name(token.text)
    except LexiconMissingError:
        return True  # no lexicon: every name may be a person's

def _number_by_form(noun: Token) -> list[str]:
    """The noun's number as its form shows it ("Dokumente" is the plural the lexicon lists), else the model's."""
    lemma = lemma_dictionary.lemmatize(noun.text)
    if lemma != noun.text and noun_entry(lemma)[1] == noun.text:
        return ["Plur"]
    return noun.morph.get("Number")

def _common_noun(token: Token) -> bool:
    """The lexicon has the word as a common noun, or as one made of common nouns ("Wahlmanipulation"
    tagged a name)."""
    try:
        return lookup(token.text, "NOUN").pos == "NOUN"
    except LexiconMissingError:
        return False
