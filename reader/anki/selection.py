"""Which of the learner's terms an export takes: by status and date, those of one article, or a cram list.

Plain data in, plain `Word`s out (no genanki here), so the UI can offer the same
selections as `reader export anki`.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING

from reader.difficulty import CramItem, cram_items
from reader.errors import ReaderError
from reader.nlp import Analysis
from reader.vocab import IGNORED, KNOWN, LEARNING, UNKNOWN, Context, Status, TermKey, Vocabulary, context_in, term_key

if TYPE_CHECKING:
    from reader.library import Library

STATUS_NAMES: dict[str, frozenset[Status]] = {
    "learning": LEARNING,
    "known": frozenset({KNOWN}),
    "ignored": frozenset({IGNORED}),
    "unknown": frozenset({UNKNOWN}),
    **{str(stage): frozenset({Status(stage)}) for stage in range(1, 6)},
}
# What a learner wants to pre-learn from an article: everything not known or ignored.
NOT_YET_KNOWN = LEARNING | {UNKNOWN}


@dataclass(frozen=True)
class Word:
    """One term to export, with the sentence it was met in and the article that sentence is from."""

    key: TermKey
    status: Status
    context: Context | None = None
    article_id: int | None = None
    note: str = ""  # the learner's own note on the term


def parse_statuses(text: str) -> frozenset[Status]:
    """`learning`, `known`, `ignored`, `unknown` or a stage `1`–`5`, comma-separated: "3,4,5"."""
    statuses: set[Status] = set()
    for name in filter(None, (part.strip().lower() for part in text.split(","))):
        if name not in STATUS_NAMES:
            raise ReaderError(f"unknown status {name!r} (use learning, known, ignored, unknown or 1–5)")
        statuses |= STATUS_NAMES[name]
    if not statuses:
        raise ReaderError("no status given (use learning, known, ignored, unknown or 1–5)")
    return frozenset(statuses)


def describe_statuses(statuses: Iterable[Status]) -> str:
    """"learning 1–5", "known", "learning 3, learning 4" … for messages."""
    statuses = set(statuses)
    names = []
    if LEARNING <= statuses:
        names.append("learning 1–5")
        statuses -= LEARNING
    names += [status.label for status in sorted(statuses)]
    return ", ".join(names)


def parse_since(text: str) -> str:
    """A date (local midnight) or ISO date-time, as the UTC timestamp text the database compares with."""
    try:
        if len(text.strip()) == 10:
            moment = datetime.combine(date.fromisoformat(text.strip()), datetime.min.time())
        else:
            moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ReaderError(f"--since: {text!r} is not a date (use YYYY-MM-DD)") from None
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")


def vocabulary_words(
    connection: sqlite3.Connection, statuses: Iterable[Status], since: str | None = None
) -> list[Word]:
    """The learner's terms with one of `statuses` (changed at or after `since`), oldest first."""
    return [
        Word(record.key, record.status, record.context, record.article_id, record.note)
        for record in Vocabulary(connection).terms(frozenset(statuses), since)
    ]


def article_words(
    analysis: Analysis, vocabulary: Vocabulary, article_id: int, statuses: Iterable[Status] = NOT_YET_KNOWN
) -> list[Word]:
    """The article's learnable terms with one of `statuses`, in reading order, each with its first
    sentence in this article (names and numbers are never learnable)."""
    first_sentence = {}
    for sentence in analysis.sentences:
        for token in sentence.tokens:
            if token.learnable:
                first_sentence.setdefault(term_key(token), sentence)
    wanted = frozenset(statuses)
    current = vocabulary.statuses(first_sentence)
    return [
        Word(key, current[key], context_in(sentence, key), article_id)
        for key, sentence in first_sentence.items()
        if current[key] in wanted
    ]


@dataclass(frozen=True)
class Cram:
    """The library's cram list: its items, and each term's first sentence (for Anki) and glosses."""

    items: list[CramItem]
    words: list[Word]
    glosses: dict[TermKey, list[str]]


def library_cram(library: Library, size: int) -> Cram:
    """The unknown terms that cover most unknown tokens of the analyzed articles ("learn these first"),
    counted from the stored forms; only the sentences the terms are first met in are decoded. Listing
    never analyses."""
    readings = {stored.id: reading for stored in library.articles() if (reading := library.reading(stored.id))}
    counts = Counter(key for reading in readings.values() for key in reading.keys if key is not None)
    items = cram_items(counts, Vocabulary(library.connection).statuses(counts), size)
    wanted = {item.key for item in items}
    words: dict[TermKey, Word] = {}
    glosses: dict[TermKey, list[str]] = {}
    for article_id, reading in readings.items():
        for index, key in enumerate(reading.keys):
            if key in wanted and key not in words:
                words[key] = Word(key, UNKNOWN, context_in(reading.sentence_of(index), key), article_id)
                glosses[key] = reading.token(index).gloss
    return Cram(items, [words[item.key] for item in items if item.key in words], glosses)
