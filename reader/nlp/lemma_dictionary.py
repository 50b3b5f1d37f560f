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
from collections.abc import Iterable, Iterator

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

from reader.cache import CachedTable

LANGUAGE = "de"


class _SQLiteDictionary(DecodedStrMapping):
    """simplemma's form → lemma table, one indexed query per lookup."""

    __slots__ = ("_table",)

    def __init__(self, lang: str) -> None:
        self._table = CachedTable(f"simplemma-{lang}", simplemma.__version__, 1, lambda: _decoded_rows(lang))

    def _lookup(self, key: str) -> str | None:
        row = self._table.get(key)
        return row[1] if row else None

    def prefetch(self, keys: Iterable[str]) -> None:
        self._table.prefetch(keys)

    def __iter__(self) -> Iterator[str]:
        return iter(self._table.keys())

    def __len__(self) -> int:
        return len(self._table)


def _decoded_rows(lang: str) -> Iterator[tuple[str, str]]:
    for form, lemma in _load_dictionary_from_disk(lang).items():
        yield form.decode(), lemma.decode()


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


def prefetch(forms: Iterable[str]) -> None:
    """Read the dictionary rows of `forms` now, in a few queries: the keys simplemma asks first
    for a form (the form, then its other capitalisation), so that most of a text's lookups are
    answered from memory instead of by a query each."""
    keys = []
    for form in forms:
        key = normalize_token(form)
        keys += (key, key.lower() if key[:1].isupper() else key.capitalize())
    _FACTORY.get_dictionary(LANGUAGE).prefetch(keys)


def is_infinitive(word: str) -> bool:
    """A verb's dictionary form, not just a known form: "gefallen", not "gefällen" (of "Gefälle")."""
    return word.endswith(("en", "ern", "eln")) and is_known(word) and lemmatize(word) == word
