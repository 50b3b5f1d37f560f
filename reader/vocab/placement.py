"""The placement test: a yes/no vocabulary test that estimates how many German words the learner knows,
and marks the most frequent ones *known (assumed)* (no Textual).

Six frequency bands, six real words each, plus six non-words that look German, as in yes/no
vocabulary-size tests (Meara's EFL Vocabulary Tests, LexTALE): a learner who says "yes" to non-words
is guessing, so each band's hit rate h is corrected by the false-alarm rate f, (h - f) / (1 - f),
and the estimate is the sum over bands of band width times corrected rate.

Terms of the learner's library whose frequency rank lies within the estimate get the status
KNOWN_ASSUMED, recorded in the history with the source "placement"; so do the terms of articles
analyzed later. Any status the learner gives a term replaces it; a later placement moves only terms
it assumed, never one the learner marked.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass

from reader import db
from reader.frequency import frequency, reading_rank
from reader.vocab.status import KNOWN_ASSUMED, UNKNOWN
from reader.vocab.terms import TermKey
from reader.vocab.vocabulary import PLACEMENT_SOURCE, Vocabulary

# (upper rank of the band, its words): ranks in the bundled frequency list, checked by the tests.
BANDS: tuple[tuple[int, tuple[str, ...]], ...] = (
    (500, ("Haus", "Frau", "gehen", "Stadt", "schnell", "kaufen")),
    (1000, ("Zug", "Hund", "Tür", "Bahn", "Fuß", "Kirche")),
    (2000, ("krank", "Fenster", "Brief", "Regen", "Tisch", "Nachbar")),
    (4000, ("Hose", "Mut", "ungewöhnlich", "Provinz", "Zeichnung", "belasten")),
    (8000, ("Ufer", "Flamme", "anstrengend", "Ernte", "Zahnarzt", "niedlich")),
    (16000, ("Tagesordnung", "Gleichung", "Eiche", "Schildkröte", "Helligkeit", "Augenzeuge")),
)
# Letter sequences that follow German spelling but are no words (none is in the frequency list).
NON_WORDS = ("Malpe", "verstölpen", "bekrimmeln", "Trunkelei", "ermöschen", "Pürkel")


@dataclass(frozen=True)
class Item:
    word: str
    real: bool


@dataclass(frozen=True)
class Placement:
    vocabulary_size: int  # the estimated number of most frequent terms the learner knows
    false_alarms: int  # non-words the learner said yes to
    hits_by_band: tuple[tuple[int, int, int], ...]  # (upper rank, yes, words) per band


def items() -> list[Item]:
    """The test in the order it is asked: bands interleaved, non-words among them, easy words first."""
    ordered: list[Item] = []
    for round_ in range(6):
        ordered += [Item(words[round_], True) for _, words in BANDS]
        ordered.insert(len(ordered) - 2, Item(NON_WORDS[round_], False))
    return ordered


def estimate(answers: Mapping[str, bool]) -> Placement:
    """The vocabulary size the yes/no answers point to (a word not answered counts as a "no")."""
    false_alarms = sum(1 for word in NON_WORDS if answers.get(word))
    false_rate = min(false_alarms / len(NON_WORDS), 0.99)
    size, lower, hits = 0.0, 0, []
    for upper, words in BANDS:
        yes = sum(1 for word in words if answers.get(word))
        corrected = max((yes / len(words) - false_rate) / (1 - false_rate), 0.0)
        size += corrected * (upper - lower)
        hits.append((upper, yes, len(words)))
        lower = upper
    return Placement(round(size), false_alarms, tuple(hits))


def answers_of_learner_knowing(most_common: int) -> dict[str, bool]:
    """The answers of a learner who knows the `most_common` most frequent lemmas and never guesses: how
    the tests and tools/measure_fit.py take the placement as a learner of a given level would."""
    return {item.word: item.real and frequency(item.word).rank <= most_common for item in items()}


def assumes_known(term: str, vocabulary_size: int) -> bool:
    """Whether a placement of `vocabulary_size` assumes the learner knows `term` (a compound of more
    common words counts as its rarest part: its reading rank)."""
    return reading_rank(term) <= vocabulary_size


def take(connection: sqlite3.Connection, answers: Mapping[str, bool]) -> Placement:
    """Estimate, keep the test, and assume the learner knows the terms within the estimate."""
    placement = estimate(answers)
    with db.transaction(connection):
        connection.execute(
            "INSERT INTO placements (answers, vocabulary_size) VALUES (?, ?)",
            (json.dumps(dict(answers), ensure_ascii=False), placement.vocabulary_size),
        )
    assume_known(connection)
    return placement


def latest_size(connection: sqlite3.Connection) -> int | None:
    """The vocabulary size of the learner's last placement, None before the first."""
    row = connection.execute("SELECT vocabulary_size FROM placements ORDER BY id DESC LIMIT 1").fetchone()
    return int(row[0]) if row else None


def assume_known(connection: sqlite3.Connection) -> int:
    """Give the library's unmarked terms within the last placement KNOWN_ASSUMED, and return assumed
    terms beyond it to unknown; terms the learner marked stay as they are. Returns how many changed."""
    size = latest_size(connection)
    if size is None:
        return 0
    keys = [TermKey(*row) for row in connection.execute("SELECT DISTINCT term, pos, gender FROM article_terms")]
    vocabulary = Vocabulary(connection)
    changes = {
        key: KNOWN_ASSUMED if within else UNKNOWN
        for key, status in sorted(vocabulary.statuses(keys).items())
        if status in (UNKNOWN, KNOWN_ASSUMED) and (within := assumes_known(key.term, size)) != (status == KNOWN_ASSUMED)
    }
    if not changes:
        return 0
    vocabulary.set_statuses(changes, PLACEMENT_SOURCE)
    return len(changes)


def offered(connection: sqlite3.Connection) -> bool:
    """Whether the placement was taken or skipped once (the app offers it on first start only)."""
    row = connection.execute("SELECT 1 FROM settings WHERE key = 'placement.offered'").fetchone()
    return row is not None or latest_size(connection) is not None


def mark_offered(connection: sqlite3.Connection) -> None:
    with db.transaction(connection):
        connection.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('placement.offered', '1')")


def assumed_terms(connection: sqlite3.Connection) -> int:
    """How many terms are known (assumed) now."""
    return Vocabulary(connection).counts().get(KNOWN_ASSUMED, 0)
