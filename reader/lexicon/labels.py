"""Ding's usage labels: how much each one costs a sense, and how a learner reads it.

Ding marks senses with bracketed labels: register ("[ugs.]", "[vulg.]"), region ("[Ös.]"),
age ("[veraltet]") and subject ("[techn.]", "[med.]"). A learner who sees a gloss believes it, so a
labelled sense never comes before a neutral one (see ``tier``), an offensive one is left out of the
glosses whenever the word has any other sense, and a labelled sense that is shown carries its label
in words a learner reads (``display``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

OFFENSIVE_WORDS_FILE = Path(__file__).with_name("data") / "offensive_en.txt"

REGIONAL = {
    "Ös.", "Schw.", "Süddt.", "Norddt.", "Bayr.", "Mitteldt.", "BW", "Tirol",
    "Westdt.", "Ostdt.", "Lux.", "Südtirol", "Westös.", "Ostös.", "Sächs.",
    "Berlin", "Schwäb.", "Fränk.", "Rheinl.", "Liecht.", "Norddt.; Mitteldt.",
    "Scot.", "Irish", "Austr.", "NZ", "Ind.", "Can.", "South Africa",
}
OFFENSIVE = {"vulg.", "pej.", "slang", "derb", "offensive", "obscene", "taboo"}
COLLOQUIAL = {
    "ugs.", "humor.", "Jugendsprache", "coll.", "euphem.", "iron.", "Kindersprache",
    "childish", "Sprw.", "prov.",
} | OFFENSIVE
DATED = {
    "veraltet", "obs.", "alt", "archaic", "dated", "veraltend", "hist.",
    "rare", "selten", "poet.", "becoming dated", "old use", "obsolete",
    "altertümlich", "lit.",
}
# Subject fields of everyday words too (Nase, Hund, Baum, Adler): mild, but a field.
MILD_FIELDS = {"psych.", "anat.", "zool.", "bot.", "ornith."}
MILD = {"geh.", "formal", "übtr.", "fig.", "Jägersprache", "hunters’ parlance"} | MILD_FIELDS
NEWS_DOMAINS = {
    "pol.", "econ.", "fin.", "jur.", "adm.", "mil.", "soc.", "sport",
    "geogr.", "envir.", "relig.", "school", "transp.", "Br.", "Am.", "eAm.", "Dt.",
    "stud.", "statist.", "ling.", "art", "lit", "mus.", "cook.",
}
# Trade jargon: a sense with one of these is technical, never before a neutral one ("ausstrahlen"
# is "to radiate" before it is "to light sth. [photo.]").
TECHNICAL = {
    "techn.", "mach.", "electr.", "constr.", "chem.", "biochem.", "phys.", "min.", "geol.", "textil.",
    "print", "naut.", "agr.", "math.", "photo.", "arch.", "aviat.", "auto", "pharm.", "astron.", "meteo.",
}
# Any other bracketed label is a subject field ([med.], [telco.], [comp.] …): the news reports on
# those, so such a sense ranks lower but may come first ("ausstrahlen": to broadcast [telco.]).

NEUTRAL, MARKED, OFFENSIVE_TIER = 0, 1, 2
# What a word whose every English gloss is a listed obscenity shows instead (the full entry has them).
OFFENSIVE_ONLY = "(vulgar or offensive word; Enter shows the dictionary entry)"

# Labels as a learner reads them next to a gloss; others (chem., med. …) are shown as Ding writes them.
DISPLAY = {
    "ugs.": "colloquial", "coll.": "colloquial", "vulg.": "vulgar", "pej.": "pejorative",
    "derb": "vulgar", "humor.": "humorous", "euphem.": "euphemism", "iron.": "ironic",
    "Jugendsprache": "youth slang", "Kindersprache": "children's language", "childish": "children's language",
    "Sprw.": "proverb", "prov.": "proverb", "veraltet": "dated", "veraltend": "dated", "obs.": "obsolete",
    "alt": "old", "selten": "rare", "altertümlich": "archaic", "poet.": "poetic", "lit.": "literary",
    "hist.": "historical", "techn.": "technical", "Ös.": "Austrian", "Schw.": "Swiss",
    "Süddt.": "southern German", "Norddt.": "northern German", "Bayr.": "Bavarian",
    "Mitteldt.": "central German", "Westdt.": "western German", "Ostdt.": "eastern German",
    "Südtirol": "South Tyrol", "Tirol": "Tyrol", "Lux.": "Luxembourg", "Liecht.": "Liechtenstein",
    "Sächs.": "Saxon", "Schwäb.": "Swabian", "Fränk.": "Franconian", "Rheinl.": "Rhineland",
    "Westös.": "western Austrian", "Ostös.": "eastern Austrian", "BW": "Baden-Württemberg",
    "Scot.": "Scottish", "Austr.": "Australian", "NZ": "New Zealand", "Ind.": "Indian",
    "Can.": "Canadian",
}


def kind(label: str) -> str:
    """regional, colloquial, dated, mild, news, technical or subject."""
    label = label.strip()
    if " " in label:
        return "mild"  # a note in words ("gesprochen zur Unterscheidung vom Juni"), not a label
    if label in REGIONAL:
        return "regional"
    if label in COLLOQUIAL:
        return "colloquial"
    if label in DATED:
        return "dated"
    if label in MILD:
        return "mild"
    if label in NEWS_DOMAINS:
        return "news"
    return "technical" if label in TECHNICAL else "subject"


def is_field(label: str) -> bool:
    """A subject field ([biol.], [techn.], [anat.] …), not a register, region or age."""
    label = label.strip()
    return kind(label) in ("technical", "subject") or label in MILD_FIELDS


def tier(labels: Iterable[str]) -> int:
    """NEUTRAL, MARKED (colloquial, regional, dated, technical) or OFFENSIVE_TIER."""
    worst = NEUTRAL
    for label in labels:
        label = label.strip()
        if label in OFFENSIVE:
            return OFFENSIVE_TIER
        if kind(label) not in ("mild", "news", "subject"):
            worst = MARKED
    return worst


def marking(labels: Iterable[str]) -> tuple[str, ...]:
    """The labels that make a sense marked, in the learner's words, without repeats."""
    shown = [DISPLAY.get(label.strip(), label.strip()) for label in labels
             if kind(label) not in ("mild", "news", "subject")]
    return tuple(dict.fromkeys(shown))


def display(gloss: str, labels: Iterable[str]) -> str:
    """The gloss with its marking labels: "bro [colloquial]"."""
    shown = marking(labels)
    return f"{gloss} [{', '.join(shown)}]" if shown else gloss


@cache
def offensive_words() -> frozenset[str]:
    """English slurs and obscenities (data/offensive_en.txt), lower-case."""
    lines = OFFENSIVE_WORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def is_offensive(english: str) -> bool:
    """True when an English gloss contains a listed slur or obscenity as a word."""
    return any(word in offensive_words() for word in re.findall(r"[a-z]+", english.lower()))
