"""A word that names a land and, in the plural, its people: "Polen", "Preußen", "Sachsen", "Schweden".

"Er reiste nach Polen" is Poland, "Darunter waren auch Polen" Poles; "ab 1815 zu Preußen" is Prussia, "Die
Preußen regierten" Prussians. The tagger calls either a name or a noun; the number the parse gave the word
decides: in the plural the people, in the singular the land. The people's English is the land entry's
plural gloss ("Sachsen": Saxony, Saxons), or that of the noun the word is the plural of ("Polen": Pole).
"""

from __future__ import annotations

from dataclasses import replace

from reader.lexicon import Entry, database, lookup, short_gloss
from reader.nlp.lang.english import plural_of_people
from reader.nlp.noun_lexicon import person_noun


def people_or_land(token) -> tuple[Entry, str] | None:
    """The entry and word class of a land's name or its people by *token*'s number; None for any other word."""
    text = token.text
    if not text[:1].isupper() or database.name_kind(text) != "only":
        return None  # (a name that is a word too is no land's: "Schweizer Franken")
    land = lookup(text, "PROPN")
    if land.source != "exact" or not land.gloss or not land.gloss[0][:1].isupper():
        return None
    people = _people(text, land)
    number = token.morph.get("Number")
    if people is None or len(number) != 1:
        return None
    if number == ["Plur"]:
        gloss = (people,)
        return Entry(term=text, gloss=gloss, short=short_gloss(gloss), pos="NOUN", query=text, source="exact"), "NOUN"
    land_only = tuple(gloss for gloss in land.gloss if gloss != people)
    return replace(land, gloss=land_only, short=short_gloss(land_only)), "PROPN"


def _people(word: str, land: Entry) -> str | None:
    """The English plural of the land's people, where *word* is the plural of a noun naming a person of it
    ("Polen": Pole; "Sachsen": Sachse; not "Anden", the Andes): a later gloss of the land's entry in -s
    ("Saxons"), else that noun's gloss in the plural ("Poles")."""
    person = next(filter(None, (_person_of_plural(singular, word) for singular in (word[:-1], word[:-2]))), None)
    if person is None:
        return None
    named = next((gloss for gloss in land.gloss[1:] if gloss[:1].isupper() and gloss.endswith("s")), None)
    return named or plural_of_people(person.gloss[0]) or None


def _person_of_plural(singular: str, plural: str) -> Entry | None:
    """The noun spelt *singular* naming a person, whose plural is *plural*, else None."""
    noun = lookup(singular, "NOUN")
    listed = noun.source == "exact" and noun.plural == plural and noun.gloss and noun.gloss[0][:1].isupper()
    return noun if listed and person_noun(singular) else None
