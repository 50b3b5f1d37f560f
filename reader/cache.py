"""Data derived from bundled files, kept between runs so a cold start does not rebuild it.

Decoding simplemma's dictionary or the frequency list takes seconds; a table
in an SQLite file answers a lookup at once and loads nothing at start. Each
entry is keyed by what it was built from (a package version, a file's size and
time), so an upgrade rebuilds it. The cache only accelerates: if it cannot be
written, the table is built in a temporary file instead.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import threading
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path

CACHE_ENV = "READER_CACHE"
_TABLE_FORMAT = "table2"  # part of every table's file name: a new layout never reads an old file
_BATCH = 500  # keys per query of a prefetch (SQLite allows 32,766 parameters; any size works)
_NOT_ASKED = object()


def cache_dir() -> Path:
    """`$READER_CACHE`, else platformdirs' user cache directory."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV]).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("reader", appauthor=False))


def file_key(path: Path) -> str:
    """What identifies a bundled file's content well enough to key a cache entry on."""
    stat = path.stat()
    return f"{stat.st_size}-{stat.st_mtime_ns}"


def cache_file(name: str, key: str, suffix: str, build: Callable[[str], None]) -> Path:
    """A file `build(path)` wrote for this `name` and `key`, built now if there is none yet."""
    path = cache_dir() / f"{name}-{key}.{suffix}"
    if path.exists():
        return path
    try:
        _publish(path, f"{name}-*.{suffix}", build)
        return path
    except OSError:
        scratch = Path(tempfile.mkdtemp(prefix="reader-")) / path.name  # read-only cache: build aside
        build(str(scratch))
        return scratch


class CachedTable:
    """A read-only key → values table in an SQLite file of the cache: one indexed query per
    lookup and nothing to load at start, where a dict would first decode every row.

    Shared by the threads of a process (analysis and import workers); sqlite3 objects are not,
    so every query takes a lock. Answers are remembered (up to `MEMO_SIZE` keys): a text asks for
    the same forms again and again.
    """

    MEMO_SIZE = 131072

    def __init__(self, name: str, key: str, columns: int, rows: Callable[[], Iterable[tuple]]) -> None:
        path = cache_file(name, f"{key}-{_TABLE_FORMAT}", "sqlite", lambda path: _write_table(path, columns, rows()))
        self._connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        # Pages read through a memory map, not a system call each: a text's look-ups land all over a
        # 40 MB table (as the lexicon's connection does).
        self._connection.execute("PRAGMA mmap_size = 268435456")
        self._lock = threading.Lock()
        self._memo: dict[str, tuple | None] = {}
        self._filter = KeyFilter(self._connection.execute("SELECT bits FROM key_filter").fetchone()[0])

    def get(self, key: str) -> tuple | None:
        """The values stored under `key` (a tuple of the columns after the key), or None."""
        row = self._memo.get(key, _NOT_ASKED)  # (most keys asked are not there: no KeyError raised for them)
        if row is not _NOT_ASKED:
            return row
        if not self._filter.may_hold(key):
            return None
        with self._lock:
            row = self._connection.execute("SELECT * FROM entries WHERE key = ?", (key,)).fetchone()
            if len(self._memo) >= self.MEMO_SIZE:
                self._memo.clear()  # bounded: a long-running app meets ever new words
            self._memo[key] = row
        return row

    def prefetch(self, keys: Iterable[str]) -> None:
        """Look up all of `keys` now, in a few queries, so that `get` answers them from memory: one
        indexed query per key costs ~15 us of Python and SQLite call, a batch a few us a key. Keys
        the filter rules out are remembered as absent too (as `get` answers them), so that a later
        prefetch does not hash them again: a text repeats the forms the texts before it had."""
        new = [key for key in set(keys) if key not in self._memo]
        may_hold = self._filter.may_hold
        # sorted: a batch then reads neighbouring pages of the table, three times faster than scattered keys
        wanted = sorted(key for key in new if may_hold(key))
        with self._lock:
            if len(self._memo) + len(new) >= self.MEMO_SIZE:
                self._memo.clear()
            self._memo.update(dict.fromkeys(new))  # (None: absent, as `get` answers; the batches below fill in the rest)
            for start in range(0, len(wanted), _BATCH):
                batch = wanted[start : start + _BATCH]
                placeholders = ", ".join("?" * len(batch))
                found = {row[0]: row for row in self._connection.execute(
                    f"SELECT * FROM entries WHERE key IN ({placeholders})", batch)}
                for key in batch:
                    self._memo[key] = found.get(key)

    def keys(self) -> list[str]:
        with self._lock:
            return [key for (key,) in self._connection.execute("SELECT key FROM entries")]

    def __len__(self) -> int:
        with self._lock:
            return self._connection.execute("SELECT count(*) FROM entries").fetchone()[0]


def _write_table(path: str, columns: int, rows: Iterable[tuple]) -> None:
    values = ", ".join(f"v{n}" for n in range(columns))
    placeholders = ", ".join("?" * (columns + 1))
    with sqlite3.connect(path) as connection:
        connection.execute(f"CREATE TABLE entries (key TEXT PRIMARY KEY, {values}) WITHOUT ROWID")
        connection.executemany(f"INSERT INTO entries VALUES ({placeholders})", rows)
        keys = (key for (key,) in connection.execute("SELECT key FROM entries"))
        bits = KeyFilter.bits_of(keys, connection.execute("SELECT count(*) FROM entries").fetchone()[0])
        connection.execute("CREATE TABLE key_filter (bits BLOB NOT NULL)")
        connection.execute("INSERT INTO key_filter VALUES (?)", (bits,))
    connection.close()


class KeyFilter:
    """One hashed bit per key of a table (a Bloom filter): where a key's bit is clear, the key is
    surely not in the table and no query is needed.

    Most keys a text asks for are not there (compound splitting and simplemma try many forms that
    are no words): the bit answers ~95 % of them in a microsecond, where a query takes ten. 16 bits
    a key or more: a missing key finds its bit set (and is queried) at most 6 % of the time.
    """

    def __init__(self, bits: bytes) -> None:
        self._bits = bits
        self._mask = len(bits) * 8 - 1

    @staticmethod
    def bits_of(keys: Iterable[str], count: int) -> bytes:
        size = 8
        while size < 16 * count:
            size *= 2  # a power of two: a key's bit is its hash masked
        bits = bytearray(size // 8)
        for key in keys:
            bit = zlib.crc32(key.encode()) & (size - 1)
            bits[bit >> 3] |= 1 << (bit & 7)
        return bytes(bits)

    def may_hold(self, key: str) -> bool:
        bit = zlib.crc32(key.encode()) & self._mask
        return bool(self._bits[bit >> 3] >> (bit & 7) & 1)


def _publish(path: Path, siblings: str, write: Callable[[str], object]) -> None:
    """Write under a temporary name, then rename, so no reader ever sees half a file; entries
    built from older inputs (`siblings`, a glob) are removed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f".{path.name}.{os.getpid()}"
    tmp.unlink(missing_ok=True)
    try:
        write(str(tmp))
        for stale in path.parent.glob(siblings):
            stale.unlink(missing_ok=True)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
