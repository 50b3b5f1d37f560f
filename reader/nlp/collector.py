"""Python's cycle collector paused while rules read and repair a parse.

An analysis makes hundreds of thousands of short-lived objects (Tokens, spans, tuples, phrases) that
reference counting frees; the collector, run every 700 net allocations, found nothing to free in them
but scanned the process's caches each time it reached its oldest generation: about a tenth of an
analysis. In `nlp.pipe` (import) its passes were 5 % of the CPU time, 2 % with the rule components
paused and the loaded pipeline frozen (`load_pipeline`). Collection resumes after.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

_Result = TypeVar("_Result")


@contextmanager
def collection_paused() -> Iterator[None]:
    """No cyclic collection inside the block; a block inside another leaves it to the outer one."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def without_collection(rules: Callable[..., _Result]) -> Callable[..., _Result]:
    """`rules` run with the collector paused (a pipeline component of rules)."""

    @functools.wraps(rules)
    def paused(*args, **kwargs) -> _Result:
        with collection_paused():
            return rules(*args, **kwargs)

    return paused
