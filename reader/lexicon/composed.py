"""The English of a word the lookup builds from its parts: a compound ("Sicherheitskonferenz": security
conference) or a hyphenated word ("US-Präsident": US president).

Each first part becomes a modifier (an English prefix such as "ex-" or "vice-", its sense as Ding
lists it for a compound's first part, or its first sense without "to " and sb./sth.); the head gives
the senses they modify, joined as English writes them ("contact-free", "highly toxic", "North
Korean", "in terms of area"), or after a head English puts first ("freedom of demonstration",
where the compounds Ding lists read "freedom of the press", "freedom of assembly"). A compound in
the plural reads its head's plural senses where the lexicon checked them. Apart from lookup.py
because both its compound step and reader/lexicon/hyphenated.py compose; nothing here looks a
word up, so both import it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.lexicon import database
from reader.lexicon.compound_senses import HEAD_PREPOSITIONS
from reader.lexicon.entry import Entry, short_gloss, strip_notes


# Prefix-like first parts whose dictionary entry is a different word
# ("Ex" is listed as "ex-girlfriend"): gloss them as the English prefix.
PREFIX_GLOSSES = {
    "ex": "ex-", "vize": "vice-", "anti": "anti-", "pro": "pro-", "ko": "co-",
    "post": "post-", "prä": "pre-", "multi": "multi-", "mini": "mini-",
    "super": "super-", "mega": "mega-", "top": "top", "neo": "neo-", "ultra": "ultra-",
    "pan": "pan-", "nicht": "non-", "co": "co-", "mit": "co-",
}
# Greek and Latin combining forms English writes as one word with what follows ("biotechnology"),
# where that word exists; other modifiers stand apart ("video game", not "videogame").
COMBINING_FORMS = frozenset({
    "bio", "geo", "micro", "macro", "nano", "tele", "hydro", "thermo", "electro", "neuro", "psycho",
    "euro",
})
_OBJECT_RE = re.compile(r"\b(?:sb\.|sth\.)(?:’s|'s)?\s*")


def _modifier_gloss(entry: Entry) -> str:
    """The first sense as a modifier: no "to ", no notes, no sb./sth."""
    gloss = _OBJECT_RE.sub("", strip_notes(entry.gloss[0])).strip()
    return gloss[3:] if gloss.startswith("to ") else gloss


def part_gloss(piece: str, entry: Entry, written: str = "") -> str:
    """A compound's first part in English: its sense in the compounds Ding lists (as *written* with
    its link, "Landes", where that has one), else its first sense."""
    prefix = PREFIX_GLOSSES.get(piece.lower())
    if prefix:
        return prefix
    as_prefix = (written and database.glosses_as(written, database.AFFIX)) or database.glosses_as(piece, database.AFFIX) or database.glosses_as(piece.lower(), database.AFFIX)
    if as_prefix:
        return strip_notes(as_prefix[0])
    if not entry.found:
        return piece
    gloss = _modifier_gloss(entry)
    # English modifiers are singular: "Visa|pflicht" is a "visa requirement", not "visas"
    return _singular(gloss) if database.glosses_as(piece, database.PLURAL) else gloss


def is_head_phrase(sense: str) -> bool:
    """A head's sense as English puts it before what it is of ("freedom of"), from its HEAD row."""
    return " " in sense and sense.rsplit(" ", 1)[1] in HEAD_PREPOSITIONS


# Adjectives that end a compound as a suffix with a meaning of its own: "flächenmäßig" is "in terms
# of area", not "area-moderate"; "wasserarm" "low in water"; "hoffnungsvoll" "full of hope"; "begierdelos"
# "without desire", not "desire-loose"; after a verb "-bar" is "-able" ("kontrollierbar": checkable, not
# "check-cash").
_SUFFIX_SENSES = {
    "mäßig": "in terms of {}", "arm": "low in {}", "voll": "full of {}", "bar": "{}able",
    "los": "without {}", "lose": "without {}",  # (the splitter may read "-los" as "lose")
}


def compose(modifiers: list[str], head: Entry, phrase: str = "") -> tuple[str, ...]:
    """English for a composed word: "security" + "conference"; verbs keep "to"; after a head's
    *phrase* ("freedom of") first, then as usual ("demonstration freedom")."""
    prefix = " ".join(m for m in modifiers if m).replace("- ", "-")
    suffix = _SUFFIX_SENSES.get(head.term.lower()) if head.pos == "ADJ" else None
    if suffix and prefix:
        stem = prefix.rstrip("-")
        if suffix.startswith("{}") and stem.endswith("e"):
            stem = stem[:-1]  # "use" + "able": usable
        return (suffix.format(stem),)
    out = [f"{phrase} {prefix}"] if phrase and prefix and not prefix.endswith("-") else []
    for sense in head.gloss[: 2 - len(out)]:
        sense = strip_notes(sense)
        if sense.startswith("to "):
            out.append(f"{sense} ({prefix})" if prefix else sense)
        else:
            # English joins a noun to an adjective with a hyphen ("contact-free"), an adverb not ("highly
            # toxic"), nor a word to a people's adjective, both capitalised ("North Korean")
            nationality = sense[:1].isupper()
            hyphen = head.pos == "ADJ" and prefix and not prefix.endswith("ly") and not nationality
            joiner = "" if prefix.endswith("-") or _joins(prefix, sense) else "-" if hyphen else " "
            if nationality and not prefix.endswith("-"):
                prefix = " ".join(word[:1].upper() + word[1:] for word in prefix.split())
            # (a head sense that already has the combining form, "Micro|chip": "microchip", keeps it once)
            out.append(sense if prefix in COMBINING_FORMS and sense.startswith(prefix) else f"{prefix}{joiner}{sense}".strip())
    return tuple(dict.fromkeys(out))


JOINED_ZIPF = 1.5  # a combining form joined to a head must make a word English uses ("biofuel")


def _joins(prefix: str, sense: str) -> bool:
    """English writes a combining form as one word with its head when that word exists:
    "Biotechnologie" is "biotechnology", not "bio technology"."""
    if prefix not in COMBINING_FORMS or not sense.isalpha():
        return False
    from wordfreq import zipf_frequency  # (loaded on first use: few words get this far)

    return zipf_frequency(prefix + sense, "en") >= JOINED_ZIPF


def _singular(gloss: str) -> str:
    """A plural English modifier made singular where the singular is a common word ("visas": visa)."""
    from wordfreq import zipf_frequency

    *front, last = gloss.split(" ")
    if last.endswith("ies"):
        singular = last[:-3] + "y"
    elif last.endswith(("ses", "xes", "ches", "shes")):
        singular = last[:-2]
    elif last.endswith("s") and not last.endswith("ss"):
        singular = last[:-1]
    else:
        return gloss
    return " ".join([*front, singular]) if zipf_frequency(singular, "en") >= PLURAL_ZIPF else gloss


_WITHOUT_UMLAUT = str.maketrans("äöü", "aou")


def compound_in_plural(entry: Entry, form: str) -> Entry:
    """A compound the lookup composed, read with its head's plural senses where the lexicon checked
    them: "Geheimverhandlungen" is "secret negotiations", not "secret trial" (Verhandlung)."""
    if entry.source != "compound" or len(entry.parts) < 2:
        return entry
    head = entry.parts[-1][0].lower()
    lower = form.lower().translate(_WITHOUT_UMLAUT)  # "Polizeikräfte": the head is "Kraft"
    start = lower.rfind(head.translate(_WITHOUT_UMLAUT)[: max(3, len(head) - 2)])
    if start <= 0:
        return entry
    tail = form[start].upper() + form[start + 1 :]
    plural = plural_senses(tail) or _english_plurals(entry.parts[-1][0], tail)
    if not plural:
        return entry
    # a head put first in the singular ("place of demonstration") is put first in the plural too
    lead = database.glosses_as(entry.parts[-1][0], database.HEAD)[:1]
    word, prep = lead[0].split() if lead and is_head_phrase(lead[0]) else ("", "")
    phrased = prep and entry.gloss[0].startswith(word) and entry.gloss[0].split()[1:2] == [prep]
    phrase = f"{plural[0]} {prep}" if phrased and plural[0].startswith(word) else ""
    composed = compose([gloss for _, gloss in entry.parts[:-1]], Entry(head, plural), phrase)
    gloss = (f"{composed[0]} (probably)", *composed[1:])
    return replace(entry, gloss=gloss, short=short_gloss(gloss))


PLURAL_ZIPF = 3.0  # an English plural formed by rule must be a common word ("jets"; not "aircrafts")


def _english_plurals(head: str, form: str) -> tuple[str, ...]:
    """The head's senses in the English plural where *form* is the plural the lexicon lists for the
    head (also in the dative) but has no senses checked for it: "Kampfjets" are "combat jets"."""
    from wordfreq import zipf_frequency  # (loaded on first use: few words get this far)

    row = next((row for row in database.term_rows(head) if row.pos == "NOUN" and row.glosses), None)
    if row is None or not row.plural or form not in (row.plural, row.plural + "n"):
        return ()
    senses = [sense for sense in database.glosses_as(head, database.HEAD) or row.glosses if not is_head_phrase(sense)]
    out = []
    for sense in senses[:2]:
        *front, last = strip_notes(sense).split(" ")
        plural = regular_plural(last)
        if last.isalpha() and last.islower() and zipf_frequency(plural, "en") >= PLURAL_ZIPF:
            out.append(" ".join([*front, plural]))
    return tuple(out)


def regular_plural(word: str) -> str:
    """The regular English plural: "jet" jets, "tax" taxes, "policy" policies."""
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        return word[:-1] + "ies"
    return word + "s"


def plural_senses(form: str) -> tuple[str, ...]:
    """The senses the lexicon checked for a plural form, also in the dative, which adds -n to it
    ("Versöhnungsgesprächen": Gespräche, talks; "Polizeikräften": Kräfte, forces)."""
    return database.glosses_as(form, database.PLURAL) or (
        database.glosses_as(form[:-1], database.PLURAL) if form.endswith("en") else ()
    )
