"""Answers about a token worked out once while no rule changes any token.

The case decisions (reader.nlp.morphology) and the hints ask the same questions of the same tokens
from many rules: a noun's lemma and preposition, whether a name is a genitive, a verb's complex.
Inside `tokens_unchanged()` no token's tag, word class, morphology, lemma or head changes, so a
function marked `kept_per_token` answers each token once there and returns the kept answer after;
outside the block it works the answer out on every call. The kept answers go when the block ends.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:  # spaCy loads with the pipeline, not with this module
    from spacy.tokens import Token

_Answer = TypeVar("_Answer")


class _Kept(threading.local):
    answers: dict[tuple[Callable, int], object] | None = None  # per thread: one Doc at a time each


_KEPT = _Kept()


@contextmanager
def tokens_unchanged() -> Iterator[None]:
    """Within this block no token changes, so answers about tokens are kept (a block inside another
    shares the outer one's answers)."""
    if _KEPT.answers is not None:
        yield
        return
    _KEPT.answers = {}
    try:
        yield
    finally:
        _KEPT.answers = None


def kept_per_token(function: Callable[[Token], _Answer]) -> Callable[[Token], _Answer]:
    """`function` of one token, its answer kept inside `tokens_unchanged()`; the answer is shared
    between callers, so it must be read only."""

    @functools.wraps(function)
    def kept(token: Token) -> _Answer:
        answers = _KEPT.answers
        if answers is None:
            return function(token)
        key = (kept, token.i)
        if key in answers:
            return answers[key]
        answer = answers[key] = function(token)
        return answer

    return kept
