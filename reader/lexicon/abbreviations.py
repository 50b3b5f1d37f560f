"""Standard German abbreviations (reader/lexicon/data/abbreviations.tsv) and their English.

News text writes "3,4 Mio. Einwohner", "am 3. Feb.", "19 ha", "Artikel 68 GG". Ding lists few of
these, and its keys drop the dotted forms, so without this table such a token gets no gloss or a
symbol's ("ca." calcium). An abbreviation is matched exactly as written, with its full stop.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from reader.lexicon.entry import Entry, short_gloss

DATA = Path(__file__).with_name("data") / "abbreviations.tsv"


@cache
def _table() -> dict[str, tuple[str, tuple[str, ...]]]:
    table: dict[str, tuple[str, tuple[str, ...]]] = {}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        written, german, glosses = line.split("\t")
        table[written] = (german, tuple(gloss.strip() for gloss in glosses.split(" ; ")))
    return table


@cache
def table_version() -> str:
    """A hash of the table, so analyses glossed with an older one are refreshed."""
    return hashlib.sha256(DATA.read_bytes()).hexdigest()[:12]


def written_forms() -> tuple[str, ...]:
    """Every abbreviation of the table, as written."""
    return tuple(_table())


def abbreviation_expansion(written: str) -> str:
    """The German the abbreviation *written* stands for ("engl.": englisch), "" for none."""
    row = _table().get(written)
    return row[0] if row else ""


def abbreviation_entry(written: str) -> Entry | None:
    """The entry for the abbreviation *written* exactly so ("Mio.", "ha", "GG"), or None."""
    row = _table().get(written)
    if row is None:
        return None
    german, senses = row
    return Entry(term=written, gloss=senses, short=short_gloss(senses), pos="ABBR", query=written,
                 source="abbreviation")
