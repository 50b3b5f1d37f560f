"""Present participles used as nouns that the dictionary lacks: "der starr Blickende" is someone who
stares, "die Schaffenden" those who create, "Filmschaffende" those who make films.

German makes a noun of nearly any present participle (blicken → blickend → der/die Blickende), and of
compounds with one ("Film|schaffende"); Ding lists the common ones ("Reisende", "Studierende") but not
every one a text uses. Split as a compound instead, such a word turns absurd: "Blick|ende" (view end),
"Film|schaff|ende" (film tub end). Only a participle German text uses counts ("blickend" is in the word
list, "schichtend" is not: "Schichtende" is the end of a shift). Glossed from the verb's first sense,
"someone who …", and marked a guess, as a compound's gloss is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.lexicon.compounds import modifier_keys
from reader.lexicon.entry import Entry, short_gloss, strip_notes

# the participle's stem, "end", and an adjective ending: "Blick|end|e", "Wander|nd|en" (wandern)
_PARTICIPLE_NOUN = re.compile(r"^([A-ZÄÖÜ][a-zäöüß]{2,}?)(end|nd)(e|en|er|es|em)$")
_LINKS = ("", "s", "es")  # "Gewerbe|treibende", "Handels|reisende"
_MIN_PART = 3
# English verbs whose third person is irregular
_THIRD_PERSON = {"be": "is", "have": "has", "do": "does", "go": "goes"}


def participle_noun(word: str, lookup: Callable[[str, str], Entry]) -> Entry | None:
    """The entry of a nominalised present participle from its verb's first sense (and, in a compound,
    its first part's), or None where the word is no such participle."""
    match = _PARTICIPLE_NOUN.match(word)
    if match is None:
        return None
    stem, suffix, ending = match.groups()
    for cut in range(0, len(stem) - _MIN_PART + 1):
        if 0 < cut < _MIN_PART:
            continue
        front, tail = stem[:cut], stem[cut:].lower()
        modifier = _modifier(front, lookup) if front else None
        if front and modifier is None:
            continue
        listed = lookup(tail.capitalize() + suffix + ending, "NOUN") if front else None
        if listed is not None and listed.found and not listed.composed:
            continue  # a compound of a listed noun: "Italien|reisende" (Reisender: traveller), "Unabhängigkeits|legende"
        verb = lookup(tail + ("en" if suffix == "end" else "n"), "VERB")
        if verb.pos != "VERB" or verb.source not in ("exact", "case") or not verb.gloss or not _in_use(tail + suffix):
            continue
        return _entry(word, verb, modifier)
    return None


def _modifier(front: str, lookup: Callable[[str, str], Entry]) -> Entry | None:
    """The word a compound's first part is, with or without its linking element ("Handels": Handel,
    "Fernseh": Fernsehen)."""
    for link in _LINKS:
        stem = front[: len(front) - len(link)]
        if link and not front.endswith(link) or len(stem) < _MIN_PART:
            continue
        for key in modifier_keys(stem, capitalised=True):
            entry = lookup(key, "NOUN")
            if entry.found and entry.source == "exact" and not entry.composed:
                return entry
    return None


def _in_use(participle: str) -> bool:
    """German text uses the participle itself ("blickend", "schaffend"): "Schicht|ende" (end of a shift)
    is no participle of "schichten", whose "schichtend" no text writes."""
    from wordfreq import zipf_frequency  # (loaded on first use: few words get this far)

    return zipf_frequency(participle, "de") > 0


def _entry(word: str, verb: Entry, modifier: Entry | None) -> Entry:
    doing = _third_person(strip_notes(verb.gloss[0]))
    thing = strip_notes(modifier.gloss[0]) if modifier else ""
    glosses = (f"someone who {doing} ({thing}) (probably)" if modifier else f"someone who {doing} (probably)",)
    parts = ((modifier.term, thing),) if modifier else ()
    return Entry(term=word, gloss=glosses, short=short_gloss(glosses), pos="NOUN", composed=True,
                 parts=(*parts, (verb.term, verb.short)), query=word, source="derived")


def _third_person(sense: str) -> str:
    """"to look" → "looks", "to find out" → "finds out", "to carry" → "carries"."""
    words = sense.removeprefix("to ").split(" ")
    verb = words[0]
    if verb in _THIRD_PERSON:
        verb = _THIRD_PERSON[verb]
    elif verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        verb += "es"
    elif verb.endswith("y") and len(verb) > 1 and verb[-2] not in "aeiou":
        verb = verb[:-1] + "ies"
    else:
        verb += "s"
    return " ".join([verb, *words[1:]])
