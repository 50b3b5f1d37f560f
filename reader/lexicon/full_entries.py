"""Every sense behind a word's lookup, with its labels and examples, as the word's panel lists them.

    full_entry("Spannung").senses   # every Ding line, labels and examples

`lookup` (reader/lexicon/lookup.py) gives the best gloss; here the Ding lines of its entry (of each part,
for a composed word) are read again and parsed whole.
"""

from __future__ import annotations

from reader.lexicon import database
from reader.lexicon.ding import parse_line
from reader.lexicon.entry import FullEntry, Sense
from reader.lexicon.lookup import lookup


def full_entry(word: str, pos: str | None = None) -> FullEntry:
    """All senses (labels, examples) behind lookup(word), best first."""
    entry = lookup(word, pos)
    if not entry.found:
        return FullEntry(entry, ())
    if entry.composed:
        keys = [(part, 4) for part, _ in entry.parts if part[:1].isalpha()]
    else:
        keys = [(entry.term, 24)]
    senses: list[Sense] = []
    seen: set[int] = set()
    for key, limit in keys:
        rows = sorted(database.term_rows(key), key=lambda r: (r.pos != entry.pos, -r.score))
        line_ids = [lid for row in rows for lid in row.line_ids]
        for line_id in line_ids[:limit]:
            if line_id in seen:
                continue
            seen.add(line_id)
            sense = _sense(line_id)
            if sense is not None:
                senses.append(sense)
    return FullEntry(entry, tuple(senses))


def _sense(line_id: int) -> Sense | None:
    raw = database.raw_line(line_id)
    line = parse_line(raw) if raw else None
    if line is None or not line.german or not line.english:
        return None
    head = line.german[0]
    labels = tuple(dict.fromkeys(label for alt in head for label in alt.labels))
    examples = tuple(
        ("; ".join(a.raw for a in de), "; ".join(a.raw for a in en))
        for de, en in zip(line.german[1:], line.english[1:])
    )
    return Sense(
        german="; ".join(alt.raw for alt in head),
        english=tuple(alt.raw for alt in line.english[0]),
        labels=labels,
        pos=next((alt.pos for alt in head if alt.pos), None),
        gender=next((alt.gender for alt in head if alt.gender), None),
        examples=examples,
    )
