"""What a word is in its sentence, as far as the dictionary can tell: a name or a common noun, an
adjective form with an entry of its own, a plural with senses of its own, a feminine noun in -e, the
senses of a noun in one gender.

These answer questions the glossing of a parsed token asks (reader.nlp.glossing); lookup.py answers
"what does this word mean".
"""

from __future__ import annotations

import re

from reader.lexicon import database, labels
from reader.lexicon.entry import Entry
from reader.lexicon.full_entries import full_entry
from reader.lexicon.lookup import CALENDAR_WORDS, entry_from_row, lookup
from reader.lexicon.ranking import gloss_core

_COMMON_SOURCES = {"exact", "case", "ss", "compound", "hyphen"}


@database.lexicon_cache(maxsize=16384)
def proper_noun(word: str) -> tuple[Entry, bool]:
    """A word the tagger called a name: (entry, True) when it is really a common noun.

    A common noun the tagger took for a name ("Buchmesse", "Sonntag") is glossed and learnable. A
    name is glossed only by a name's English ("Brüssel" -> "Brussels", "EU" -> "European Union"),
    never by a common word's sense: "Oliver" is not "olive", "Dirk" is not a "topping lift". A word
    Wiktionary lists as a name, or whose English is capitalised, is a name here; months and weekdays
    are not.
    """
    entry = lookup(word, "NOUN")
    if entry.source == "variant" and entry.gloss[:1] and entry.gloss[0].startswith("-"):
        return entry, True  # "der 17-Jährige": a number's suffix (-year-old), no name
    if entry.source == "variant" and _nominalised_adjective(word, entry.term) and database.name_kind(word) is None:
        return entry, True  # "von Gefangenen": a declined form of the noun Ding lists as "Gefangener"
    if not entry.found or entry.source not in _COMMON_SOURCES:
        return Entry(term=word, query=word), False
    # a compound of common words is no name ("Mittwochnachmittag"), one ending in a name is ("Neu-Delhi"), nor
    # is a people's noun, whose English is capitalised too ("der Pole": Pole, Polin)
    english_name = entry.gloss[0][:1].isupper() and (not entry.composed or entry.parts[-1][1][:1].isupper()) \
        and not _has_feminine_in_in(word, gloss_core(entry.gloss[0]))
    # the tagger saw a name, and Wiktionary knows the word as one ("Außenminister Fischer", "Mark
    # Gwozdecky"): a name, although "Fischer" and "Mark" are words too
    if word in CALENDAR_WORDS or (database.name_kind(word) is None and not english_name):
        return entry, True
    if english_name and entry.source in ("exact", "case"):
        return entry, False
    return Entry(term=word, query=word), False


def _has_feminine_in_in(word: str, english: str) -> bool:
    """The dictionary has a feminine of the word in -in with the same English, as of a person: "Pole"
    (Polin: Pole), "Amerikaner" (Amerikanerin: American); not "George" (Georgin: Georgian)."""
    forms = (word + "in", word[:-1] + "in") if word.endswith("e") else (word + "in",)
    for form in forms:
        feminine = lookup(form, "NOUN")
        if feminine.source == "exact" and feminine.gender == "f" and feminine.gloss and gloss_core(feminine.gloss[0]) == english:
            return True
    return False


def _nominalised_adjective(word: str, listed: str) -> bool:
    """*word* is a declined form of the noun made from an adjective that the dictionary lists in its
    strong masculine form: "Gefangene", "Gefangenen" of "Gefangener"."""
    stem = listed[:-2]
    return listed.endswith("er") and word.startswith(stem) and word[len(stem):] in ("e", "en", "em", "es")


INFLECTION_ENDINGS = ("en", "em", "er", "es", "e", "n")


@database.lexicon_cache(maxsize=16384)
def form_entry(word: str, pos: str) -> Entry | None:
    """The entry of an adjective or adverb form itself, where the dictionary lists it with that word
    class: "nächsten" is "next" (nächste), not "close" (its lemma nah); "wiederholt" as an adverb is
    "repeatedly", not "to repeat". None when the form has no entry of its own."""
    lower = word.lower()
    bases = [lower] + [lower[: -len(e)] for e in INFLECTION_ENDINGS if lower.endswith(e) and len(lower) > len(e) + 3]
    for base in bases:
        # an ending's stem is the form with -e first: "kleinsten" is kleinste (smallest), not kleinst (minute)
        for key in (base, base + "e") if base == lower else (base + "e", base):
            row = next((r for r in database.term_rows(key) if r.pos == pos and r.glosses), None)
            if row is not None:
                return entry_from_row(row, word, "exact")
    return None


def plural_glosses(word: str) -> tuple[str, ...]:
    """The hand-checked senses of a common plural form ("Stimmen": votes, "Daten": data); () when
    it has none of its own."""
    return database.glosses_as(word, database.PLURAL)


def form_glosses(word: str) -> tuple[str, ...]:
    """The senses Ding lists under a noun form itself ("Sicherheitskräfte"), unchecked."""
    return next((r.glosses for r in database.term_rows(word) if r.pos == "NOUN" and r.glosses), ())


def noun_gender(word: str) -> str | None:
    """The gender of *word* as a noun the dictionary lists under exactly this spelling, else None."""
    return next((row.gender for row in database.term_rows(word) if row.pos == "NOUN" and row.glosses), None)


def noun_genders(word: str) -> str:
    """Every gender the dictionary gives *word* as a noun with senses of its own, the noun's own first:
    "mf" for See (der See: lake, die See: sea), "fn" for Steuer (die Steuer: tax, das Steuer: helm); ""
    where it lists none."""
    return next((row.genders for row in database.term_rows(word) if row.pos == "NOUN" and row.glosses), "")


def is_verb(word: str) -> bool:
    """The dictionary has `word` itself as a verb ("schauen", "bereiterklären"; not "intern", nor the
    noun "Rückblicken"). Raises LexiconMissingError without a lexicon."""
    entry = lookup(word, "VERB")
    return entry.source == "exact" and entry.pos == "VERB"


def is_name(word: str) -> bool:
    """A capitalised word that is a name rather than the noun the tagger saw: Wiktionary lists it only
    as a name ("Oliver"), or as a name and as a noun whose every sense here is marked, a word of
    some trade ("Dirk" is a first name and a sailor's "topping lift"), or the name itself ("Hans",
    "Klaus (male first name)"); not an everyday word Ding files under a field ("Boot": boat [naut.])."""
    kind = database.name_kind(word)
    if kind == "only":
        return True
    if kind == "also":
        gloss = lookup(word, "NOUN").gloss
        # every sense a trade's, or the English is the name itself ("Hans") or says so ("Klaus (male first
        # name)", "Schmitz (surname)")
        return bool(gloss) and all(sense.endswith(("]", "name)")) or sense == word for sense in gloss) \
            and not a_fields_common_word(gloss)
    return False


_LABEL_RE = re.compile(r"\[([^\[\]]*)\]$")
_SHOWN_MARKINGS = frozenset(labels.DISPLAY.values()) - {"technical"}
COMMON_ENGLISH_ZIPF = 3.9  # "boat", "snow", "cathedral", "tin"; not "topping lift" (Dirk), "tungsten" (Wolfram)


def a_fields_common_word(senses: tuple[str, ...] | list[str]) -> bool:
    """A word whose first sense Ding files under a subject field ("boat [naut.]", "snow [meteo.]", "ebb
    [phys.]") with English in everyday use: a word of standard German, not a name's other, rarer reading."""
    from wordfreq import zipf_frequency  # (loaded on first use: few words get this far)

    match = _LABEL_RE.search(senses[0])
    marks = match.group(1).split(", ") if match else []
    if not marks or any(mark in _SHOWN_MARKINGS for mark in marks):
        return False  # first of all a region's or an age's word ("Marie": loot [northern German])
    return max(zipf_frequency(gloss_core(sense), "en") for sense in senses[:3]) >= COMMON_ENGLISH_ZIPF


@database.lexicon_cache(maxsize=4096)
def senses_of_gender(noun: str, gender: str) -> frozenset[str]:
    """The sense cores of Ding's lines for *noun* in *gender* ("m", "f", "n"), where its lines differ
    in gender: "die Heide" is a heath, "der Heide" a heathen; empty where they do not."""
    senses = full_entry(noun, "NOUN").senses
    if len({sense.gender for sense in senses if sense.gender}) < 2:
        return frozenset()
    return frozenset(gloss_core(english) for sense in senses if sense.gender == gender for english in sense.english)


def verb_of_action_noun(noun: str) -> Entry | None:
    """The verb a noun in -ung names the action of, where the dictionary has it: "Auskühlung" is
    auskühlen's, "Auswilderung" auswildern's (a verb in -ern); None for a noun of no such verb
    ("Stadtplanung": no verb stadtplanen)."""
    if not noun.endswith("ung") or len(noun) < 7:
        return None
    stem = noun[:-3].lower()
    infinitives = (stem + "en", stem + "n") if stem.endswith(("er", "el")) else (stem + "en",)
    for infinitive in infinitives:
        verb = lookup(infinitive, "VERB")
        if verb.pos == "VERB" and verb.source == "exact":
            return verb
    return None


@database.lexicon_cache(maxsize=16384)
def ordinal_number(word: str) -> str | None:
    """The ordinal number a lower-case word is a form of ("siebten": siebte, "zehnter": zehnte), where the
    dictionary has that form in -te as a number glossed by an English ordinal (seventh, tenth); else None."""
    for ending in _ORDINAL_ENDINGS:
        if not word.endswith(ending) or len(word) <= len(ending) + 2:
            continue
        base = word[: -len(ending)] + "e"
        entry = lookup(base, "NUM")  # (the first three are hand-checked adjectives: "zweite")
        ordinal = bool(entry.gloss) and _ORDINAL_GLOSS.fullmatch(gloss_core(entry.gloss[0])) is not None
        if ordinal and entry.source in ("exact", "function word"):
            return base
    return None


_ORDINAL_ENDINGS = ("en", "em", "er", "es", "e")
_ORDINAL_GLOSS = re.compile(r"[a-z-]*(th|first|second|third)|\d+(st|nd|rd|th)")
