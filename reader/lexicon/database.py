"""Read-only access to the shipped lexicon database (assets/lexicon/lexicon.sqlite).

A `Lexicon` is one open database: read-only and immutable (no journal, no locks, works from a
read-only checkout), from its opening until `close()`. The process uses one at a time, the
*current* lexicon, opened on first use from `lexicon_path()`; `close_current()` ends its lifetime
together with every cached answer drawn from it (the caches of `lexicon_cache`, `lookup`'s among
them), so the next use opens the database `READER_LEXICON` names then. Rows are returned as small
tuples; entry.py turns them into dataclasses.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from reader.cache import KeyFilter, cache_file, file_key
from reader.errors import ReaderError

SCHEMA_VERSION = 2
BLOCK_SIZE = 64  # raw Ding lines per compressed block
ENV_OVERRIDE = "READER_LEXICON"
# Parts of speech of rows that gloss a word inside compounds, not on its own (compound_senses.py):
AFFIX = "AFFIX"  # as a first part: "Haupt" -> "main", "Kampf" -> "combat"
HEAD = "HEAD"  # as a last part, senses reordered: "Börse" -> "exchange" before "stock exchange"
PLURAL = "PLURAL"  # a common plural's own senses, for plural tokens: "Menschen" -> "people"


class LexiconMissingError(ReaderError, RuntimeError):
    """The lexicon database is not where it should be: a broken install or a wrong READER_LEXICON, which the
    CLI reports as one line."""


@dataclass(frozen=True, slots=True)
class TermRow:
    word: str
    pos: str
    score: int
    gender: str | None
    plural: str | None
    glosses: tuple[str, ...]
    lines: str  # encoded line numbers; decoded only when the full entry is asked for
    genders: str = ""  # a noun's genders, its own first ("mf": der See, die See)

    @property
    def line_ids(self) -> tuple[int, ...]:
        return decode_line_ids(self.lines) if self.lines else ()


def lexicon_path() -> Path:
    """The database path: $READER_LEXICON (file or directory) or the bundled one."""
    override = os.environ.get(ENV_OVERRIDE)
    if override:
        path = Path(override)
        return path / "lexicon.sqlite" if path.is_dir() else path
    return Path(__file__).resolve().parents[2] / "assets" / "lexicon" / "lexicon.sqlite"


class Lexicon:
    """The lexicon database at `path`, open read-only from construction until `close()`."""

    def __init__(self, path: Path) -> None:
        if not path.is_file():
            raise LexiconMissingError(
                f"lexicon database not found at {path}; run tools/build_lexicon.py or set READER_LEXICON"
            )
        self.path = path
        self.connection = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        self.connection.execute("PRAGMA cache_size = -32000")  # KiB; grows only as used
        self.connection.execute("PRAGMA mmap_size = 67108864")

    @cached_property
    def content_version(self) -> str:
        """The build's content hash: changes whenever any gloss, gender or name changes."""
        row = self.connection.execute("SELECT value FROM meta WHERE name = 'content_hash'").fetchone()
        return row[0] if row else "unversioned"

    def close(self) -> None:
        self.connection.close()


_lock = threading.Lock()
_current: Lexicon | None = None
_caches: list = []


def lexicon_cache(maxsize: int | None):
    """`functools.lru_cache` for answers drawn from the current lexicon: dropped when it closes."""

    def decorate(function):
        cached = lru_cache(maxsize=maxsize)(function)
        _caches.append(cached)
        return cached

    return decorate


def current() -> Lexicon:
    """The process's lexicon, opened on first use (raises LexiconMissingError when there is none)."""
    global _current
    if _current is None:
        with _lock:
            if _current is None:
                _current = Lexicon(lexicon_path())
    return _current


def close_current() -> None:
    """End the current lexicon's lifetime: close it and forget every answer cached from it."""
    global _current
    with _lock:
        if _current is not None:
            _current.close()
        _current = None
        for cached in _caches:
            cached.cache_clear()
        _prefetched_rows.clear()


def connection() -> sqlite3.Connection:
    """The current lexicon's read-only connection."""
    return current().connection


def encode_line_ids(line_ids: list[int]) -> str:
    """Ranked line numbers as base-36 deltas ("26jh 1 -2"): about half the bytes."""
    parts, previous = [], 0
    for line_id in line_ids:
        delta = line_id - previous
        parts.append(("-" if delta < 0 else "") + _base36(abs(delta)))
        previous = line_id
    return " ".join(parts)


def decode_line_ids(text: str) -> tuple[int, ...]:
    ids, previous = [], 0
    for part in text.split():
        previous += int(part, 36)
        ids.append(previous)
    return tuple(ids)


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        number, rest = divmod(number, 36)
        out = digits[rest] + out
        if number == 0:
            return out


@lexicon_cache(maxsize=65536)
def term_rows(word: str) -> tuple[TermRow, ...]:
    """All rows for an exact (case-sensitive) key, best score first."""
    prefetched = _prefetched_rows.get(word)
    if prefetched is not None:
        return prefetched
    if not _term_filter().may_hold(word):
        return ()  # most keys asked are no words: pieces of compounds being split
    cursor = connection().execute(
        "SELECT word, pos, score, gender, plural, glosses, lines FROM term "
        "WHERE word = ? AND pos NOT IN (?, ?, ?) ORDER BY score DESC, pos",
        (word, AFFIX, HEAD, PLURAL),
    )
    return tuple(_term_row(*row) for row in cursor.fetchall())


def _term_row(word: str, pos: str, score: int, gender: str | None, plural: str | None, glosses: str, lines: str) -> TermRow:
    # a noun of several genders stores them all, its own first: "mf" for See (der See, die See)
    return TermRow(word, pos, score, (gender or "")[:1] or None, plural,
                   tuple(glosses.split("\t")) if glosses else (), lines, gender or "")


# Rows read ahead by `prefetch_terms`, kept (as are term_rows' answers) so that the next text's
# prefetch reads only its new words; dropped past `_PREFETCH_KEPT` words.
_prefetched_rows: dict[str, tuple[TermRow, ...]] = {}
_PREFETCH_BATCH = 500  # keys per query
_PREFETCH_KEPT = 100_000


def prefetch_terms(words: Iterable[str]) -> None:
    """Read the rows of `words` now, in a few queries, so that `term_rows` answers those of them it is
    asked for without a query each (~20 us of Python and SQLite call, a batch a few us a word)."""
    lexicon, known = current(), _term_filter().may_hold
    new = [word for word in set(words) if word not in _prefetched_rows]
    wanted = sorted(word for word in new if known(word))  # (sorted: neighbouring pages)
    if len(_prefetched_rows) + len(new) > _PREFETCH_KEPT:
        _prefetched_rows.clear()  # bounded: a long-running app meets ever new words
    # the words the filter rules out kept with no rows, as `term_rows` answers them: a later text's
    # prefetch does not hash them again
    rows: dict[str, list[TermRow]] = {word: [] for word in new}
    for start in range(0, len(wanted), _PREFETCH_BATCH):
        batch = wanted[start : start + _PREFETCH_BATCH]
        cursor = lexicon.connection.execute(
            "SELECT word, pos, score, gender, plural, glosses, lines FROM term "
            f"WHERE word IN ({', '.join('?' * len(batch))}) AND pos NOT IN (?, ?, ?) ORDER BY word, score DESC, pos",
            (*batch, AFFIX, HEAD, PLURAL),
        )
        for row in cursor.fetchall():
            rows[row[0]].append(_term_row(*row))
    if lexicon is _current:  # not closed meanwhile (close_current drops what was read ahead)
        _prefetched_rows.update((word, tuple(found)) for word, found in rows.items())


@lexicon_cache(maxsize=1)
def _term_filter() -> KeyFilter:
    """The keys `term_rows` can find, as a KeyFilter kept in the cache directory per lexicon build."""
    lexicon = current()

    def build(path: str) -> None:
        words = "SELECT DISTINCT word FROM term WHERE pos NOT IN (?, ?, ?)"
        keys = [word for (word,) in lexicon.connection.execute(words, (AFFIX, HEAD, PLURAL))]
        Path(path).write_bytes(KeyFilter.bits_of(keys, len(keys)))

    # The build's content hash names its words exactly, wherever the file lies (several checkouts
    # share one cache); a database without one is named by its file.
    key = lexicon.content_version
    if key == "unversioned":
        key = f"{key}-{file_key(lexicon.path)}"
    return KeyFilter(cache_file("lexicon-words", key, "bits", build).read_bytes())


def content_version() -> str:
    """The current lexicon's content hash: changes whenever any gloss, gender or name changes."""
    return current().content_version


@lexicon_cache(maxsize=16384)
def glosses_as(word: str, role: str) -> tuple[str, ...]:
    """How *word* is glossed in a role (AFFIX, HEAD, PLURAL), where the build found it glossed
    differently there than on its own; () otherwise."""
    row = connection().execute("SELECT glosses FROM term WHERE word = ? AND pos = ?", (word, role)).fetchone()
    return tuple(row[0].split("\t")) if row and row[0] else ()


@dataclass(frozen=True, slots=True)
class PhraseRow:
    words: tuple[str, ...]  # verb phrase: the words besides the verb, sorted; fixed: all, in order
    term: str
    glosses: tuple[str, ...]


@lexicon_cache(maxsize=16384)
def phrases(anchor: str, kind: str) -> tuple[PhraseRow, ...]:
    """The "verb" phrases of a verb's infinitive, or the "fixed" phrases starting with a word."""
    rows = connection().execute(
        "SELECT words, term, glosses FROM phrase WHERE anchor = ? AND kind = ?", (anchor, kind)
    ).fetchall()
    return tuple(PhraseRow(tuple(words.split()), term, tuple(glosses.split("\t"))) for words, term, glosses in rows)


@lexicon_cache(maxsize=4)
def phrase_anchors(kind: str) -> frozenset[str]:
    """Every word a phrase of this kind hangs on: most words have none, and need no query."""
    return frozenset(row[0] for row in connection().execute("SELECT DISTINCT anchor FROM phrase WHERE kind = ?", (kind,)))


@lexicon_cache(maxsize=16384)
def phrase_by_term(term: str) -> PhraseRow | None:
    """A phrase by the form a learner reads ("in Kraft treten"), for their word list and Anki."""
    row = connection().execute("SELECT words, term, glosses FROM phrase WHERE term = ? LIMIT 1", (term,)).fetchone()
    return PhraseRow(tuple(row[0].split()), row[1], tuple(row[2].split("\t"))) if row else None


def name_kind(word: str) -> str | None:
    """"only" for a word Wiktionary lists only as a name ("Oliver", "Aachen"), "also" for a name that
    is a common noun too ("Sonntag", "Dirk"), None for no name."""
    only = _names().get(word)
    return None if only is None else "only" if only else "also"


@lexicon_cache(maxsize=1)
def _names() -> dict[str, int]:
    """The name table (7,448 rows, read in 3 ms): a text asks it of thousands of words, a query each."""
    return dict(connection().execute("SELECT word, only FROM name"))


def has_gloss(word: str) -> bool:
    """True when the key exists with at least one English gloss."""
    return any(row.glosses for row in term_rows(word))


# Enough blocks for a long text's words (a 20,000-word text reads lines of 2,200 blocks): each
# costs a query and a decompression, and a smaller cache decompressed most blocks three times.
@lexicon_cache(maxsize=2048)
def _block(block_id: int) -> tuple[str, ...]:
    row = connection().execute(
        "SELECT data FROM line_block WHERE id = ?", (block_id,)
    ).fetchone()
    if row is None:
        return ()
    return tuple(zlib.decompress(row[0]).decode("utf-8").split("\n"))


def raw_line(line_id: int) -> str | None:
    """One raw Ding line by its number in the vendored file (0-based)."""
    block = _block(line_id // BLOCK_SIZE)
    offset = line_id % BLOCK_SIZE
    return block[offset] if offset < len(block) else None
