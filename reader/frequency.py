"""How common a German term is: Zipf frequency and rank of its lemma, summed over all its forms.

The list (assets/frequency/de-lemmas.tsv.xz, built by tools/build_frequencies.py
from wordfreq) counts "einzumarschieren", "marschierte ein" … all as
`einmarschieren`, so a rare inflected form of a common word counts as common.
"""

from __future__ import annotations

import functools
import hashlib
import lzma
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from reader.cache import CachedTable
from reader.lexicon.compounds import CompoundPart, split_compound
from reader.paths import ASSETS_DIR

LEMMA_LIST = ASSETS_DIR / "frequency" / "de-lemmas.tsv.xz"


@dataclass(frozen=True)
class Frequency:
    zipf: float  # log10 of occurrences per billion words; 0.0 when the term is not in the list
    rank: int  # 1 for the most frequent lemma; past the end of the list when not in it


@functools.cache
def version() -> str:
    """A hash of the bundled list: stored analyses hold each term's frequency, so a new list makes them stale."""
    return hashlib.sha256(LEMMA_LIST.read_bytes()).hexdigest()[:16]


@functools.cache
def _table() -> CachedTable:
    """Lemma → (rank, Zipf value), looked up in the cache per lemma instead of decoding the list.
    Keyed by the list's content, not its modification time: every checkout's copy of the same list
    shares one cache file instead of rebuilding it and deleting the other's."""
    return CachedTable("frequency", version(), 2, _rows)


def _rows() -> Iterator[tuple[str, int, float]]:
    with lzma.open(LEMMA_LIST, "rt", encoding="utf-8") as rows:
        for rank, line in enumerate(rows, start=1):
            lemma, zipf = line.split()
            yield lemma, rank, float(zipf)


def prefetch(terms: Iterable[str]) -> None:
    """Read the list's rows of `terms` now, in a few queries, instead of one query per term later."""
    _table().prefetch(term.casefold() for term in terms)


@functools.cache
def _unlisted_rank() -> int:
    return len(_table()) + 1


@functools.lru_cache(maxsize=262144)
def _listed(lemma: str) -> Frequency | None:
    row = _table().get(lemma)
    return Frequency(row[2], row[1]) if row else None


@functools.lru_cache(maxsize=65536)  # asked per token
def frequency(term: str) -> Frequency:
    """Frequency of a term (case-insensitive; wordfreq's case folding also writes "ß" as "ss").

    A compound not in the list is as common as its rarest part: a reader who
    knows "Sicherheit" and "Konferenz" can read "Sicherheitskonferenz". A term
    with no known parts is rarer than every listed one.
    """
    listed = _listed(term.casefold())
    if listed:
        return listed
    if "-" in term:
        # "EU-Kommission", "Hacker-Fähigkeit": acronyms are names; the other parts count.
        words = [part for part in term.split("-") if part and not part.isupper()]
        if words:
            return max((frequency(word) for word in words), key=lambda f: f.rank)
    parts = _listed_parts(term)
    if parts:
        return max((_listed(part.key.casefold()) for part in parts), key=lambda f: f.rank)
    return Frequency(0.0, _unlisted_rank())


@functools.lru_cache(maxsize=65536)
def _listed_parts(term: str) -> tuple[CompoundPart, ...] | None:
    """`term` split into words of the list, or None: the split both `frequency` (of an unlisted
    compound) and `reading_rank` (of any term) ask for, made once per term."""
    parts = split_compound(term, _is_listed)
    return tuple(parts) if parts else None


def _is_listed(word: str) -> bool:
    return _listed(word.casefold()) is not None


# A part this short ("Ver", "Tor") splits ordinary words into nonsense; compounds a reader sees
# through are made of real words.
_READABLE_PART = 4


@functools.lru_cache(maxsize=65536)
def reading_rank(term: str) -> int:
    """The frequency rank a reader meets `term` at: a compound made of more common words reads as its
    rarest part, listed or not ("Fahrradweg" is as hard as "Fahrrad" and "Weg", not as its own count)."""
    rank = frequency(term).rank
    if len(term) < 2 * _READABLE_PART:
        return rank  # the parts of a split cover the term: two readable ones need this many letters
    parts = _listed_parts(term)
    if not parts or any(len(part.surface) < _READABLE_PART for part in parts):
        return rank
    return min(rank, max(_listed(part.key.casefold()).rank for part in parts))


def zipf_band(zipf: float) -> str:
    """A learner's word for a Zipf value."""
    if zipf >= 5.0:
        return "very common"
    if zipf >= 4.0:
        return "common"
    if zipf >= 3.0:
        return "less common"
    if zipf > 0.0:
        return "rare"
    return "not in the frequency list"
