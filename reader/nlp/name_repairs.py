"""Repairs of where the parser hung a name or a word of one (part of reader.nlp.phrase_heads' pass).

A name right after a noun renames it ("Staatspräsident Emmerson Mnangagwa", "in Accra, Ghana") and has
its case; a genitive name belongs to the noun it stands before or after ("von Trumps Account", "der
Sicherheitsrat Japans"); a family name after its particle is part of the person's name ("Ursula von der
Leyen"), and so is "bin" between two of its words. A bare name right before the clause's verb is no
apposition but a phrase of the clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.lexicon import database, lookup
from reader.nlp.lang.names import NAME_PARTICLES
from reader.nlp.morph_features import feature_values
from reader.nlp.names import only_a_name, place_classifier
from reader.nlp.noun_phrases import (
    declined_noun,
    following_noun_index,
    genitive_name,
    name_particle,
    noun_before_genitive_name,
    particle_article,
)
from reader.nlp.parse_edits import set_head as _set_head, take_place as _take_place
from reader.nlp.regnal_numbers import roman_ordinal
from reader.nlp.reporting_clauses import speaker_after_a_phrase

if TYPE_CHECKING:  # annotations only: importing the rules must not load spaCy
    from spacy.tokens import Token

_NOMINAL = {"NOUN", "PROPN"}


def family_name_after_its_particle(particle: Token) -> None:
    """"Heute besuchte Ursula von der Leyen die Truppe" with "von der Leyen" as a phrase of the verb: a
    family name after a name particle ("von", "van", "zu") that follows a given name is part of that
    name, with its case; it hangs on the given name (reader.nlp.phrase_roles.inherits)."""
    doc = particle.doc
    family = particle.head
    if particle.dep_ != "case" or particle.i == 0 or family.i <= particle.i or not name_particle(particle):
        return
    given = doc[particle.i - 1]
    if given.pos_ != "PROPN" or not given.is_title or family.head.i == given.i or family.pos_ not in _NOMINAL:
        return
    if any(c.dep_ == "case" and not name_particle(c) for c in given.children):
        return  # "flossen von Wexner zu Epstein": a phrase of its own, no given name
    _set_head(family, given, "nmod")


def name_particle_is_no_verb(particle: Token) -> None:
    """"Osama bin Laden": between two parts of a name, "bin" ("son of") is part of the name, not
    "ich bin"."""
    doc = particle.doc
    if particle.pos_ not in ("AUX", "VERB") or particle.lower_ not in NAME_PARTICLES or not 0 < particle.i < len(doc) - 1:
        return
    before, after = doc[particle.i - 1], doc[particle.i + 1]
    if before.pos_ != "PROPN" or not after.is_title or any(child.dep_ != "punct" for child in particle.children):
        return
    if _set_head(particle, before, "flat:name"):
        particle.pos_, particle.tag_ = "PROPN", "NE"
        particle.set_morph(None)


# What may hang on a name that renames a title: its conjuncts, attributes after it, punctuation.
_NAME_DEPENDENTS = {"conj", "cc", "nmod", "appos", "flat", "flat:name", "punct"}


def name_after_title(title: Token) -> None:
    """"der jetzige Staatspräsident Emmerson Mnangagwa", "mit ihrem Kollegen, Handelsminister Steven
    Ciobo, …": a name right after a noun renames it (close apposition) and has its case; its last word
    heads the name. Not where a verb follows the name ("welche Maßnahmen Aachen ergreifen muss": the
    name is the clause's subject), unless the noun names places or bodies ("die Staatsanwaltschaft
    Halle"), nor for a genitive name ("der Sicherheitsrat Japans")."""
    doc = title.doc
    if not (title.pos_ == "NOUN" or (title.pos_ == "PROPN" and any(c.dep_ == "det" for c in title.children))):
        return
    end = title.i + 1
    places = place_classifier(title.text)
    while end < len(doc) and _name_word(doc[end], places) and doc[end].whitespace_:
        end += 1
    if end < len(doc) and _name_word(doc[end], places):
        end += 1  # the last word of the name, glued to the punctuation after it
    run = list(doc[title.i + 1 : end])
    if not run or run[-1].i != end - 1:
        return
    after = doc[end] if end < len(doc) else None
    # a name after a place classifier renames it even before a verb ("muss die Staatsanwaltschaft Halle entscheiden")
    if after is not None and (after.pos_ in ("VERB", "AUX") and not places or after.text == "-"):
        return
    name = run[-1]
    if speaker_after_a_phrase(name, title):
        return
    inside = {t.i for t in run}
    # "zwischen den Städten Balikpapan und Samarinda": what opens the title's phrase goes to the title,
    # a conjunct stays with the name; anything else means the parse is not only a misplaced name
    opening = [c for c in name.children if c.i < title.i and c.dep_ in ("case", "det", "det:poss", "amod")]
    own_article = [c for t in run for c in t.children if c.dep_ in ("det", "det:poss", "case") and c.i not in inside]
    if genitive_name(name) or any(c not in opening for c in own_article):
        return  # "die Stadt der Zukunft", "Minister für Bildung": the name has a phrase of its own
    if any(
        c.i not in inside and c.i != title.i and c not in opening and c.dep_ not in _NAME_DEPENDENTS for c in name.children
    ):
        return
    if title.head.i in inside and name.head.i in inside | {title.i}:
        return  # no place outside the name to give the title
    if title.head.i in inside:  # the parser hung the title on the name: the title takes its place
        _set_head(title, title if name.head.i == name.i else name.head)
        title.dep_ = name.dep_ if name.head.i != name.i else "ROOT"
    for part in run[:-1]:
        _set_head(part, name, "flat")
    for child in opening:
        _set_head(child, title)
    _set_head(name, title, "appos")
    before = doc[title.i - 1] if title.i > 1 else None
    enclosed = after is None or after.is_punct
    if before is not None and before.text == "," and doc[title.i - 2].pos_ in _NOMINAL and enclosed and not any(
        c.dep_ in ("det", "det:poss") for c in title.children
    ):
        _set_head(title, doc[title.i - 2], "appos")  # "mit ihrem Kollegen, Handelsminister …,"


def name_before_its_verb(name: Token) -> None:
    """"Niemand weiß, welche Maßnahmen Bremen ergreifen wird" with "Bremen" as an apposition of
    "Maßnahmen": a bare name right after a plural noun, with the clause's final infinitive or participle
    right after it, is no close apposition (one name renames one thing; name_after_title makes none
    before a verb either) but a phrase of the clause, here its subject; not after a noun naming places
    or bodies ("die Staatsanwaltschaft Halle")."""
    doc = name.doc
    noun = name.head
    if name.pos_ != "PROPN" or name.dep_ not in ("appos", "nmod", "flat", "flat:name") or noun.pos_ != "NOUN":
        return
    if noun.i != name.i - 1 or name.i + 1 >= len(doc) or place_classifier(noun.text) or genitive_name(name):
        return
    # one name cannot rename a plural noun (that takes several: "die Städte Balikpapan und Samarinda"), nor is a
    # prepositional phrase's noun followed by the clause's subject ("mit dem Pharmariesen AstraZeneca verhandelt")
    if feature_values(noun, "Number") != ["Plur"] or any(c.dep_ in ("conj", "case") for c in (*name.children, *noun.children)):
        return
    after = doc[name.i + 1]
    if after.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("det", "det:poss", "case", "amod") for c in name.children):
        return
    if after.tag_.endswith("FIN") or "Fin" in feature_values(after, "VerbForm"):
        return  # "Das Projekt INDECT zielt auf …": the finite verb in second place; the name ends the first phrase
    verb = after.head if after.dep_ in ("aux", "aux:pass", "cop") and after.head.i != after.i else after
    if verb.pos_ not in ("VERB", "AUX") or noun.head.i != verb.i:
        return  # only where the noun is itself a phrase of that clause
    _set_head(name, verb, "nsubj")


def _name_word(token: Token, after_place: bool = False) -> bool:
    """A word of a name: tagged a name, or a capitalised "noun" the dictionary does not decline ("Tanga")
    or knows only as a name ("Zweibrücken", though "Brücken" declines); after a noun naming places or
    bodies, also one Wiktionary knows as a name besides a noun ("in der Stadt Halle")."""
    if not token.text[:1].isupper():
        return False
    if token.pos_ == "NOUN" and after_place and database.name_kind(token.text) is not None:
        return True
    return token.pos_ == "PROPN" or (token.pos_ == "NOUN" and (not declined_noun(token.text) or only_a_name(token.text)))


def place_after_place(name: Token) -> None:
    """"eine Anstellung in Accra, Ghana": a bare name after a comma that follows a name renames that
    name (here the country of the city), not a noun further back; not after a ruler's number ("von Luis X.,
    Felipe V. und Carlos IV.": a list of persons)."""
    doc = name.doc
    if name.dep_ != "appos" or name.pos_ != "PROPN" or name.i < 2 or doc[name.i - 1].text != ",":
        return
    before = doc[name.i - 2]
    if roman_ordinal(before.text) and before.dep_ == "flat":
        return
    if before.pos_ == "PROPN" and name.head.i != before.i and not any(c.dep_ in ("det", "case") for c in name.children):
        _set_head(name, before, "appos")


def _tagged_as_name(word: Token) -> bool:
    """A noun or name to the STTS tagger, or an "adjective" the dictionary has no such adjective for
    ("dass Goethes Haus …")."""
    return word.tag_ in ("NN", "NE") or (word.tag_ == "ADJA" and lookup(word.lower_.removesuffix("s"), "ADJ").pos != "ADJ")


def hang_genitive_name_on_its_noun(name: Token) -> None:
    """"von Trumps Account": the parser often heads the phrase by the genitive name and hangs the noun
    on it; the noun takes the name's place (with its preposition), the name becomes its attribute.
    After its noun ("der Sicherheitsrat Japans") a genitive name is an attribute, not an apposition."""
    if name.pos_ == "ADJ" and _tagged_as_name(name) and not name.is_sent_start:
        name.pos_ = "PROPN"  # "mit Merkels Ministern": the tagger's noun tag is right, its ADJ is not
        if not genitive_name(name):
            name.pos_ = "ADJ"
        else:
            name.set_morph("|".join(f"{k}={v}" for k, v in name.morph.to_dict().items() if k != "Degree"))
    if not genitive_name(name):
        return
    doc = name.doc
    noun = doc[name.i + 1] if name.i + 1 < len(doc) else None
    if any(child.pos_ == "PROPN" and child.i == name.i - 1 for child in name.children):
        # a full name, which the parser took for the head: "Erich Kästners publizistische Karriere begann"
        following = following_noun_index(name)
        noun = doc[following] if following < len(doc) else None
    if noun is not None and noun.head.i == name.i and not roman_ordinal(noun.text):  # ("Wilhelms I.": the name's part)
        for child in list(name.children):
            if child.pos_ == "PROPN" and child.i < name.i:
                continue  # the name's first part ("Erich")
            if child.i < name.i and not particle_article(child) and child.dep_ != "case" or child.dep_ == "case" and not name_particle(child):
                _set_head(child, noun)
        _set_head(noun, noun if name.head.i == name.i else name.head)
        noun.dep_ = name.dep_
        _set_head(name, noun)
        name.dep_ = "nmod:poss"
    elif (name.head.i == name.i + 1 or name.head.i == following_noun_index(name)) and name.head.pos_ not in ("VERB", "AUX"):
        # "auf Israels Ministerpräsidenten": the preposition belongs to the noun, whose phrase it opens
        noun = name.head
        for child in [c for c in name.children if c.dep_ == "case" and c.i < name.i and not name_particle(c)]:
            _set_head(child, noun)
            if noun.dep_ in ("appos", "flat", "flat:name", "conj"):
                noun.dep_ = "nmod"
        name.dep_ = "nmod:poss"
    elif (before := noun_before_genitive_name(name)) is not None and before.head.i == name.i:
        # "Die Eigenständigkeit Taiwans ist bedroht": the noun before heads the phrase, with its article
        for child in list(name.children):
            if child.i < before.i:
                _set_head(child, before)
        _take_place(before, name)
        _set_head(name, before, "nmod")
    elif name.head.i < name.i and name.dep_ in ("appos", "flat", "flat:name", "compound", "dep"):
        name.dep_ = "nmod"
    elif (before := noun_before_genitive_name(name)) is not None and before.i == name.i - 1 and before.pos_ == "NOUN":
        _set_head(name, before, "nmod")  # "die die Unabhängigkeit Flanderns fordert" with the name as the object
