"""How much of an article the learner can read: the share of its words still unknown to them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from reader.nlp import Token
from reader.vocab.status import UNKNOWN, Status
from reader.vocab.terms import TermKey, term_key


def term_counts(tokens: Iterable[Token]) -> Counter[TermKey]:
    """How often each learnable term occurs (names, numbers and punctuation never count)."""
    return Counter(term_key(token) for token in tokens if token.learnable)


def unknown_share(counts: Mapping[TermKey, int], statuses: Mapping[TermKey, Status]) -> float:
    """Share of learnable tokens whose term the learner has not marked at all (0.0–1.0)."""
    total = sum(counts.values())
    if not total:
        return 0.0
    unknown = sum(count for key, count in counts.items() if statuses.get(key, UNKNOWN) == UNKNOWN)
    return unknown / total
