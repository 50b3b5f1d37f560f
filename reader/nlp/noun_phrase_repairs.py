"""Repairs of where the parser hung a noun phrase (part of reader.nlp.phrase_heads' pass): a noun the
parser made an apposition, an adjective of the noun after it, a compound part of a verb, a second
subject, the subject of a verb while it is the predicate of a clause of its own, or a genitive attribute
while its article and adjectives are nominative, which German grammar does not allow there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.lexicon import LexiconMissingError, lookup
from reader.nlp.doc_facts import cut_short
from reader.nlp.lang.articles import INDEFINITE_DETERMINERS, MIXED, WEAK, adjective_ending, determiner_readings
from reader.nlp.noun_forms import noun_reading, plural_form
from reader.nlp.parse_edits import set_head, take_place, verb_above

if TYPE_CHECKING:
    from spacy.tokens import Token


def indefinite_noun_taken_for_an_apposition(noun: Token) -> None:
    """"gründete er mit seinem Freund Karl Matsch ein Atelier" with "ein Atelier" an apposition of
    "Freund": a noun with an indefinite article renames nothing without a comma before it; it is the
    object of the verb the noun before it hangs on, where that verb has none."""
    renamed = noun.head
    if noun.dep_ != "appos" or renamed.i >= noun.i or any(t.is_punct for t in noun.doc[renamed.i : noun.i]):
        return
    if not any(child.dep_ == "det" and child.lower_ in INDEFINITE_DETERMINERS and child.i < noun.i for child in noun.children):
        return
    verb = renamed
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ == "VERB" and not any(child.dep_ == "obj" for child in verb.children):
        set_head(noun, verb, "obj")


def noun_taken_for_an_attribute(noun: Token) -> None:
    """"Im Sommer sammelten die Kinder Beeren" with "Kinder" an adjective of "Beeren" and "die" their article:
    a capitalised common noun modifies no noun after it as an adjective does; it heads its own phrase,
    with the article and adjectives before it, in the role the parser gave the noun after it, which becomes
    a phrase of the same verb (for the case rules to tell subject from object)."""
    head = noun.head
    if noun.dep_ != "amod" or noun.pos_ != "NOUN" or head.i != noun.i + 1 or head.pos_ not in ("NOUN", "PROPN"):
        return
    if not noun.text[:1].isupper() or cut_short(noun) or _adjective(noun.text):
        return  # (a capitalised adjective of a name, whatever its class: "die Deutsche Bahn", "Schweizer Franken")
    if any(child.dep_ == "nummod" for child in (*noun.children, *head.children) if child.i < noun.i):
        return  # "mit zehn Tonnen Tagesrationen": a counted measure and what it measures are one phrase
    # (with a preposition before them too: "will in dieser Branche Geld verdienen")
    before = [child for child in head.children if child.i < noun.i and child.dep_ in ("det", "det:poss", "amod", "case")]
    verb = head.head
    if verb.pos_ not in ("VERB", "AUX") or head.dep_ not in ("nsubj", "nsubj:pass", "obj", "obl") or not take_place(noun, head):
        return
    for word in before:
        set_head(word, noun)
    set_head(head, verb, "obj")


def _adjective(word: str) -> bool:
    """An adjective in lower case, or a capitalised noun in -er the dictionary glosses by a capitalised
    English word, which is also a place's invariant adjective ("Schweizer Franken": Swiss)."""
    try:
        if lookup(word.lower(), "ADJ").pos == "ADJ":
            return True
        noun = lookup(word, "NOUN")
    except LexiconMissingError:
        return True
    return word.endswith("er") and bool(noun.gloss) and noun.gloss[0][:1].isupper()


def truncated_part_hung_on_a_verb(part: Token) -> None:
    """"verwendete er Silber- und Goldstaub als Farbe" with "Silber-" a compound part of the verb and
    "Goldstaub" its conjunct: the part cut short by its hyphen stands for "Silberstaub", joined to the
    whole noun after it, which is the verb's object (where the verb has none)."""
    verb = part.head
    if part.dep_ != "compound" or verb.pos_ != "VERB" or not cut_short(part):
        return
    whole = next((c for c in part.children if c.dep_ == "conj" and c.pos_ == "NOUN"), None)
    if whole is None or any(c.dep_ == "obj" for c in verb.children) or not set_head(whole, verb, "obj"):
        return
    set_head(part, whole, "conj")


def genitive_attribute_taken_for_a_second_subject(noun: Token) -> None:
    """"Das bekannteste Bild dieser Art ist ein Porträt" with "Bild" and "Art" both subjects of
    "Porträt": a clause has one subject (and one direct object); a second one right after the first,
    whose determiner may be a genitive of its gender or number ("dieser Art", "der Künste"), is the
    first one's genitive attribute ("of this kind")."""
    role = noun.dep_
    if role not in ("nsubj", "obj") or noun.left_edge.i < 1:
        return
    before = noun.doc[noun.left_edge.i - 1]
    if before.pos_ not in ("NOUN", "PROPN") or before.dep_ != role or before.head.i != noun.head.i:
        return
    determiner = next((child for child in noun.children if child.dep_ == "det" and child.i < noun.i), None)
    found = determiner_readings(determiner.text) if determiner is not None else None
    if found is None:
        return
    gender, plural = noun_reading(noun)[0], plural_form(noun)
    if any(case == "Gen" and (plural if number == "Plur" else reading_gender == gender) for case, reading_gender, number in found[1]):
        set_head(noun, before, "nmod")


def copular_clause_taken_for_a_subject(noun: Token) -> None:
    """"Sie ist ein Nebenfluss der Donau und fließt durch …" with "Nebenfluss", the predicate of "Sie ist",
    made the subject of "fließt" (or of a passive: "Die Erbse ist eine Bohne und gehört zu …"): a predicate
    with its copula and subject is a clause of its own; the verb after "und" is joined to it and shares its
    subject (it flows)."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubj:pass") or verb.pos_ != "VERB" or verb.i < noun.i:
        return
    children = list(noun.children)
    if not any(child.dep_ == "cop" for child in children) or not any(child.dep_ == "nsubj" for child in children):
        return
    if not any(child.dep_ == "cc" and noun.i < child.i < verb.i for child in verb.children):
        return
    if take_place(noun, verb):
        set_head(verb, noun, "conj")


def nominative_taken_for_an_attribute(noun: Token) -> None:
    """"Diese Anhörung führt in der Regel der entsprechende Ausschuss … durch" with "der entsprechende
    Ausschuss" a genitive attribute of "Regel": a phrase whose article and adjectives are nominative in
    every reading attributes nothing; it is its clause's subject, and a subject the parser found before
    the verb that may be accusative is the object (German puts the object first: "Diese Anhörung")."""
    if noun.dep_ != "nmod" or noun.head.pos_ not in ("NOUN", "PROPN") or noun.head.i > noun.i:
        return
    if not _only_nominative(noun):
        return
    verb = verb_above(noun)
    if verb.pos_ not in ("VERB", "AUX") or verb.i > noun.i:
        return
    fronted = [child for child in verb.children if child.dep_ == "nsubj" and child.i < verb.i]
    if len(fronted) > 1 or fronted and not _may_be_accusative(fronted[0]):
        return
    set_head(noun, verb, "nsubj")
    if fronted:
        fronted[0].dep_ = "obj"


def _phrase_readings(noun: Token) -> frozenset | None:
    """The (case, gender, number) readings the article and adjectives of `noun`'s phrase all allow, with
    the noun's gender from the lexicon; None without an article."""
    article = next((child for child in noun.children if child.dep_ == "det" and child.i < noun.i), None)
    found = determiner_readings(article.text) if article is not None else None
    if found is None:
        return None
    kind, readings = found
    table = WEAK if kind == "def" else MIXED
    for child in noun.children:
        if child.dep_ == "amod" and article.i < child.i < noun.i and adjective_ending(child.text) is not None:
            readings = readings & table.get(adjective_ending(child.text), frozenset())
    gender = noun_reading(noun)[0]
    return frozenset(r for r in readings if r[2] == "Plur" or gender is None or r[1] == gender)


def _only_nominative(noun: Token) -> bool:
    readings = _phrase_readings(noun)
    return bool(readings) and all(case == "Nom" for case, _, _ in readings)


def _may_be_accusative(noun: Token) -> bool:
    readings = _phrase_readings(noun)
    return readings is None or any(case == "Acc" for case, _, _ in readings)

