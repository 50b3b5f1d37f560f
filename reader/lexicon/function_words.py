"""Hand-checked glosses for function words (reader/lexicon/data/function_words.tsv).

Articles, pronouns, conjunctions, prepositions, auxiliaries and particles are the words a learner
meets most, and the ones Ding serves worst: it lists them inside idioms, so a ranking of its senses
gives "waving polyp" for "oder". For these the curated list is the whole answer, by word class:
"sein" as a determiner is "his; its", as an auxiliary "to be".
"""

from __future__ import annotations

import hashlib
from functools import cache, lru_cache
from pathlib import Path

from reader.lexicon.entry import Entry, short_gloss

DATA = Path(__file__).with_name("data") / "function_words.tsv"


@cache
def _table() -> dict[tuple[str, str], tuple[str, ...]]:
    table: dict[tuple[str, str], tuple[str, ...]] = {}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, classes, glosses = line.split("\t")
        senses = tuple(gloss.strip() for gloss in glosses.split(" ; "))
        for pos in classes.split(","):
            table[(word, pos)] = senses
    return table


def curated_words() -> frozenset[str]:
    """Every word the curated list glosses in all its uses, lower-case; not a word with rows for some
    uses only, whose other uses are a content word's ("gleich" as a degree: equally; "weiterhin")."""
    return frozenset(word.lower() for word, cls in _table() if ":" not in cls)


@cache
def table_version() -> str:
    """A hash of the curated list, so analyses glossed with an older list are refreshed."""
    return hashlib.sha256(DATA.read_bytes()).hexdigest()[:12]


@lru_cache(maxsize=65536)  # asked for nearly every token; a text repeats its function words
def function_entry(word: str, pos: str | None, uses: tuple[str, ...] = ()) -> Entry | None:
    """The curated entry for *word* used as *pos* (a UD tag), or None when the list has none.

    *uses* ("passive", "future", "copula", the mood "Sub" …) pick a more precise row where the list
    has one: "wurde" with a participle is the passive "was", "würde" is "would". A declined form
    ("mehreren") finds its base form ("mehrere") by dropping the ending.
    """
    if not pos:
        return None
    table = _table()
    classes = [*(f"{pos}:{use}" for use in uses if use), pos]
    for form in _forms(word, pos):
        for cls in filter(None, classes):
            senses = table.get((form, cls))
            if senses:
                return Entry(term=form, gloss=senses, short=short_gloss(senses), pos=pos, query=word,
                             source="function word")
    return None


def _forms(word: str, pos: str) -> list[str]:
    """The forms `function_entry` looks up for *word* as *pos*: the word, in lower case, and the base
    forms of a declined determiner, pronoun, adjective or numeral."""
    forms = [word, word.lower()]
    if pos in ("DET", "PRON", "ADJ", "NUM"):  # "mehreren" -> "mehrere", "diese"/"dies" -> "dieser", "jeden" -> "jeder"
        lower = word.lower()
        cut = [lower[:-length] for length in (1, 2) if len(lower) > length + 2]
        forms += [lower + "r", lower + "er"] + cut + [stem + ending for stem in cut for ending in ("r", "er")]
    return forms


@cache
def _read_by_use() -> frozenset[tuple[str, str]]:
    """The (word, word class) pairs with a row for a use ("werden" AUX:passive): three dozen."""
    return frozenset((word, cls.split(":")[0]) for word, cls in _table() if ":" in cls)


@lru_cache(maxsize=65536)
def reads_uses(word: str, pos: str | None) -> bool:
    """Whether `function_entry(word, pos, uses)` depends on *uses*: only where the list has a row for
    a use of one of the forms it looks up, so a caller need not work the uses out for other words."""
    if not pos:
        return False
    by_use = _read_by_use()
    return any((form, pos) in by_use for form in _forms(word, pos))
