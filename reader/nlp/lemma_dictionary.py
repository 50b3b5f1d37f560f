"""simplemma's German lemma dictionary, read from disk per word instead of decoded per process.

simplemma ships the dictionary front-coded and compressed and decodes all 1.1
million forms on the first lookup: about 2 s of every cold `reader analyze`,
and 150 MB of memory. The first run instead writes the decoded table to an
SQLite file in the cache directory (`reader.cache`), keyed by simplemma's
version; after that a lookup is one indexed query, and a process only ever
reads the forms its texts contain.
"""

from __future__ import annotations

import functools
import sqlite3
import threading
from collections.abc import Iterator

import simplemma
from simplemma import Lemmatizer
from simplemma.strategies import DefaultStrategy
from simplemma.strategies.dictionaries.dictionary_factory import (
    CachingDictionaryFactory,
    DecodedStrMapping,
    _load_dictionary_from_disk,
)
from simplemma.strategies.dictionary_lookup import DictionaryLookupStrategy
from simplemma.utils import normalize_token

from reader.cache import cache_file

LANGUAGE = "de"


class _SQLiteDictionary(DecodedStrMapping):
    """simplemma's form → lemma table, one indexed query per lookup."""

    __slots__ = ("_connection", "_lock")

    def __init__(self, lang: str) -> None:
        path = cache_file(f"simplemma-{lang}", simplemma.__version__, "sqlite", lambda path: _build(path, lang))
        # Shared by the threads of one process (analysis and import workers); sqlite3 objects are
        # not, so every query takes the lock.
        self._connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()

    def _lookup(self, key: str) -> str | None:
        with self._lock:
            row = self._connection.execute("SELECT lemma FROM lemmas WHERE form = ?", (key,)).fetchone()
        return row[0] if row else None

    def __iter__(self) -> Iterator[str]:
        with self._lock:
            forms = [form for (form,) in self._connection.execute("SELECT form FROM lemmas")]
        return iter(forms)

    def __len__(self) -> int:
        with self._lock:
            return self._connection.execute("SELECT count(*) FROM lemmas").fetchone()[0]


def _build(path: str, lang: str) -> None:
    table = _load_dictionary_from_disk(lang)
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE lemmas (form TEXT PRIMARY KEY, lemma TEXT NOT NULL) WITHOUT ROWID")
        connection.executemany(
            "INSERT INTO lemmas VALUES (?, ?)", ((form.decode(), lemma.decode()) for form, lemma in table.items())
        )
    connection.close()


class _SQLiteDictionaryFactory(CachingDictionaryFactory):
    def _get_dictionary_uncached(self, lang: str) -> _SQLiteDictionary:
        return _SQLiteDictionary(lang)


_FACTORY = _SQLiteDictionaryFactory()
_LEMMATIZER = Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=_FACTORY))
_LOOKUP = DictionaryLookupStrategy(_FACTORY)


@functools.lru_cache(maxsize=131072)
def lemmatize(form: str) -> str:
    """simplemma's German lemma of `form` (the form itself when it does not know it)."""
    return _LEMMATIZER.lemmatize(form, LANGUAGE)


@functools.lru_cache(maxsize=131072)
def is_known(form: str) -> bool:
    """Whether simplemma's German dictionary has `form`."""
    return _LOOKUP.get_lemma(normalize_token(form), LANGUAGE) is not None
