"""Answers about a token worked out once while no rule changes any token of its Doc.

The case decisions (reader.nlp.morphology) and the reading of the finished parse (hints, glosses)
ask the same questions of the same tokens from many rules: a noun's lemma and preposition, whether
a name is a genitive, a verb's complex. Inside `tokens_unchanged(doc)` no token of `doc` changes
its tag, word class, morphology, lemma or head, so a function marked `kept_per_token` answers each
of its tokens once there and returns the kept answer after; for the tokens of any other Doc, or
outside the block, it works the answer out on every call. The kept answers go when the block ends.
They are kept by Doc, not per thread: each Doc is analysed by one thread, several at once.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:  # spaCy loads with the pipeline, not with this module
    from spacy.tokens import Doc, Token

_Answer = TypeVar("_Answer")
_ANSWERS: dict[Doc, dict[tuple[Callable, int], object]] = {}
_NOT_KEPT = object()


@contextmanager
def tokens_unchanged(doc: Doc) -> Iterator[None]:
    """Within this block no token of `doc` changes, so answers about its tokens are kept (a block
    inside another for the same Doc shares the outer one's answers)."""
    if doc in _ANSWERS:
        yield
        return
    _ANSWERS[doc] = {}
    try:
        yield
    finally:
        del _ANSWERS[doc]


def kept_per_token(function: Callable[[Token], _Answer]) -> Callable[[Token], _Answer]:
    """`function` of one token, its answer kept inside `tokens_unchanged`; the answer is shared
    between callers, so it must be read only."""

    @functools.wraps(function)
    def kept(token: Token) -> _Answer:
        answers = _ANSWERS.get(token.doc)
        if answers is None:
            return function(token)
        key = (kept, token.i)
        answer = answers.get(key, _NOT_KEPT)
        if answer is _NOT_KEPT:
            answer = answers[key] = function(token)
        return answer

    return kept
