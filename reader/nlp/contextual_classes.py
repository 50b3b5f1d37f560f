"""Word classes the neighbouring words or the word's relation decide, where the model's class is wrong.

"Einer der Verteidiger" and "Jeden Tag" open a sentence with a determiner the model calls a noun
("single scull"); "zu militärischen Zwecken" has a preposition it calls a particle (the infinitive's
"to"); "Sie halten uns für dumm" has a complement it calls an adverb ("stupidly").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.lexicon import function_entry
from reader.nlp.capitalised_words import listed_as
from reader.nlp.parse_edits import set_head

if TYPE_CHECKING:  # annotations only: importing the rule must not load spaCy
    from spacy.tokens import Doc


def determiners_taken_for_nouns(doc: Doc) -> None:
    """"Einer der Verteidiger sagte", "Jeden Tag kommen …" with "Einer" as the noun (a single scull) and
    "Jeden" as a noun: a capitalised word the curated function words have as a determiner, right before
    a genitive plural article or before the noun it belongs to, is that determiner (UD has "einer" as
    DET too), with its base form."""
    for token in doc:
        if token.pos_ not in ("NOUN", "PROPN") or not token.text[:1].isupper() or token.i + 1 >= len(doc):
            continue
        entry = function_entry(token.lower_, "DET")
        following = doc[token.i + 1]
        if entry is None:
            continue
        partitive = following.tag_ == "ART" and {"Gen"} <= set(following.morph.get("Case")) \
            and {"Plur"} <= set(following.morph.get("Number"))
        if partitive:
            token.tag_ = "PIS"
        elif token.head.i == following.i and following.pos_ in ("NOUN", "PROPN"):
            token.tag_ = "PIAT"
            set_head(token, following, "det")
        else:
            continue
        token.pos_, token.lemma_ = "DET", entry.term


def predicative_adjectives_taken_for_adverbs(doc: Doc) -> None:
    """"Sie halten uns für dumm", "bezeichnete den Plan als unsinnig" with the complement called an
    adverb ("stupidly"): a dictionary adjective that completes the verb's object (xcomp) or follows
    "für" or "als" says what the object is, so it is the undeclined adjective (ADJD)."""
    for token in doc:
        if token.pos_ != "ADV" or not token.is_lower:
            continue
        if token.dep_ == "xcomp" or any(c.dep_ == "case" and c.lower_ in ("für", "als") for c in token.children):
            if token.tag_ == "ADJD" or listed_as(token.lower_, "ADJ"):
                token.pos_, token.tag_ = "ADJ", "ADJD"
                token.set_morph("Degree=Pos")


def prepositions_taken_for_particles(doc: Doc) -> None:
    """"zu militärischen Zwecken" with "zu" tagged a preposition (APPR) but classed a particle, which
    would gloss it as the infinitive's "to": a word both the tag and its relation ("case" of a noun
    phrase) make a preposition is one."""
    for token in doc:
        if token.pos_ == "PART" and token.tag_ in ("APPR", "APPRART") and token.dep_ == "case":
            token.pos_ = "ADP"
