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
_OPEN: set[Doc] = set()  # the Docs inside `tokens_unchanged`
# Each kept function's answers, by Doc, then by token index: a lookup hashes two plain keys and
# makes no tuple (these functions are asked ~400,000 times in a 20,000-word text).
_KEPT: list[dict[Doc, object]] = []
_NOT_KEPT = object()


@contextmanager
def tokens_unchanged(doc: Doc) -> Iterator[None]:
    """Within this block no token of `doc` changes, so answers about its tokens are kept (a block
    inside another for the same Doc shares the outer one's answers)."""
    if doc in _OPEN:
        yield
        return
    _OPEN.add(doc)
    try:
        yield
    finally:
        _OPEN.discard(doc)
        for answers in _KEPT:
            answers.pop(doc, None)


def kept_per_token(function: Callable[[Token], _Answer]) -> Callable[[Token], _Answer]:
    """`function` of one token, its answer kept inside `tokens_unchanged`; the answer is shared
    between callers, so it must be read only."""
    by_doc: dict[Doc, dict[int, object]] = {}
    _KEPT.append(by_doc)

    @functools.wraps(function)
    def kept(token: Token) -> _Answer:
        doc = token.doc
        answers = by_doc.get(doc)
        if answers is None:
            if doc not in _OPEN:
                return function(token)
            answers = by_doc[doc] = {}
        i = token.i
        answer = answers.get(i, _NOT_KEPT)
        if answer is _NOT_KEPT:
            answer = answers[i] = function(token)
        return answer

    return kept


def kept_per_doc(function: Callable[[Doc], _Answer]) -> Callable[[Doc], _Answer]:
    """`function` of a whole Doc, its answer kept inside `tokens_unchanged`: a fact of the parse that a
    rule would otherwise scan the whole text for, once for each token it asks about. Shared between
    callers, so read it only."""
    by_doc: dict[Doc, object] = {}
    _KEPT.append(by_doc)

    @functools.wraps(function)
    def kept(doc: Doc) -> _Answer:
        answer = by_doc.get(doc, _NOT_KEPT)
        if answer is _NOT_KEPT:
            answer = function(doc)
            if doc in _OPEN:
                by_doc[doc] = answer
        return answer

    return kept
