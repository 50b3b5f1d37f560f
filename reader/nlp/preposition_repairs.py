"""Repairs of where the parser hung a preposition (part of reader.nlp.phrase_heads' pass)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.nlp.morph_features import article_cases
from reader.nlp.noun_lexicon import takes_preposition
from reader.nlp.lang.prepositions import ADVERB_OBJECTS
from reader.nlp.parse_edits import set_head, take_place, verb_above

if TYPE_CHECKING:
    from spacy.tokens import Token


def preposition_closed_by_its_adverb(preposition: Token) -> None:
    """"Dem Begriff liegen bis heute universelle Modelle zu Grunde" with "bis" governing "Modelle" and
    "heute" hung on "bis": an adverb right after a preposition that the parser hung on that preposition
    is its object ("bis heute", "ab sofort", "seit gestern"); the noun after it is a phrase of the
    clause, in the case the clause gives it, not the preposition's."""
    doc = preposition.doc
    if preposition.dep_ != "case" or preposition.i + 1 >= len(doc):
        return
    adverb, noun = doc[preposition.i + 1], preposition.head
    if adverb.tag_ != "ADV" or adverb.head.i != preposition.i or noun.i <= adverb.i:
        return
    if set_head(adverb, noun.head, "advmod"):
        set_head(preposition, adverb, "case")


def preposition_taken_for_a_conjunction(preposition: Token) -> None:
    """"war in der Zeit um das Jahr 1900 berühmt" with "um", which the tagger calls a preposition
    (APPR), hung on "berühmt" as a conjunction opening a clause (mark), and "das Jahr" as its object; and
    "muss für alte, arme Menschen bezahlen" with "für" hung on the verb itself (case) and "Menschen" as
    its object: a noun right after it (past its article and adjectives, commas between these) on the
    same head is the preposition's, and the phrase is an adverbial of that head (around the year 1900,
    not "by" an amount; for the poor, no object of bezahlen)."""
    if preposition.tag_ != "APPR" or not (
        preposition.dep_ == "mark" or preposition.dep_ == "case" and preposition.head.pos_ in ("VERB", "AUX")
    ):
        return
    doc = preposition.doc
    following = doc[preposition.i + 1 : preposition.i + 6]
    noun = next((word for word in following if word.pos_ in ("NOUN", "PROPN")), None)
    if noun is None or noun.head.i != preposition.head.i:
        return
    between = doc[preposition.i + 1 : noun.i]
    if any(word.pos_ not in ("DET", "ADJ", "NUM") and word.text != "," for word in between) or (
        between and between[0].text == ","
    ):
        return
    if set_head(preposition, noun, "case") and noun.dep_ in _CLAUSE_ROLES:
        noun.dep_ = "obl"


_CLAUSE_ROLES = {"nsubj", "obj", "iobj"}


def fixed_adverb_hung_on_the_noun_after_it(preposition: Token) -> None:
    """"Kennzeichen … sind unter anderem bestimmte Lautwandel" with "unter" and "anderem" hung on
    "Lautwandel" as its preposition and article: a fixed adverb is no part of the noun phrase after it; it
    describes it, and the noun takes its case from its role (a nominative here, no dative)."""
    doc = preposition.doc
    if preposition.i + 1 >= len(doc) or doc[preposition.i + 1].lower_ not in ADVERB_OBJECTS:
        return
    adverb, noun = doc[preposition.i + 1], preposition.head
    if adverb.head.i == noun.i and noun.i > adverb.i and noun.pos_ in ("NOUN", "PROPN") and set_head(adverb, noun, "advmod"):
        set_head(preposition, adverb, "case")
    elif noun.i == adverb.i and adverb.dep_ == "det" and adverb.head.i > adverb.i:
        adverb.dep_ = "advmod"  # "Vor allem arme Kinder …": no article of the children ("arme" is strong)


def noun_hung_on_a_fixed_adverb(preposition: Token) -> None:
    """"die Anziehung der Sonne und vor allem des Mondes" with "des Mondes" hung on "allem" as the group
    it is part of: the word of a fixed adverb ("vor allem", "unter anderem") has no
    attribute; the noun after it takes its place in the sentence, the adverb on it, and joins the last
    attribute before it whose article's case it may share (a genitive, as here)."""
    doc = preposition.doc
    if preposition.i + 1 >= len(doc) or doc[preposition.i + 1].lower_ not in ADVERB_OBJECTS:
        return
    adverb = doc[preposition.i + 1]
    if preposition.head.i != adverb.i:
        return
    noun = next((c for c in adverb.children if c.i > adverb.i and c.pos_ in ("NOUN", "PROPN") and c.dep_ in ("nmod", "appos")), None)
    if noun is None or not take_place(noun, adverb):
        return
    set_head(adverb, noun, "advmod")
    for child in list(adverb.children):
        if child.dep_ in ("cc", "punct") and child.i < adverb.i:
            set_head(child, noun)
    # "der Sonne und vor allem des Mondes": after "und", joined to the noun before it where their articles
    # may share a case
    joining = next((child for child in noun.children if child.dep_ == "cc" and child.i < preposition.i), None)
    before = doc[joining.i - 1] if joining is not None and joining.i > 0 else None
    if before is None or before.pos_ not in ("NOUN", "PROPN"):
        return
    cases = article_cases(noun)
    if cases and cases & (article_cases(before) or frozenset()):
        set_head(noun, before, "conj")


def phrase_of_the_noun_before(preposition: Token) -> None:
    """"ging … der Antrag des Bundeskanzlers (SPD) auf Abstimmung … ein" with "auf Abstimmung" hung on the
    verb, read as "eingehen auf" (to respond to): a prepositional phrase right after a noun phrase of its
    clause whose noun takes that preposition ("Antrag auf": application for) is that noun's, and its case
    the one the noun gives it. The noun is the last one, from the innermost, whose phrase ends right
    before the preposition (past a genitive and a bracket)."""
    noun = preposition.head
    verb = noun.head
    if preposition.dep_ != "case" or noun.dep_ not in ("obl", "obl:arg") or verb.pos_ not in ("VERB", "AUX"):
        return
    doc = preposition.doc
    for before in reversed(doc[verb.sent.start : preposition.i]):
        if before.pos_ == "NOUN" and before.right_edge.i == preposition.i - 1 and verb_above(before).i == verb.i \
                and takes_preposition(before.text, preposition.lower_):
            set_head(noun, before, "nmod")
            return
