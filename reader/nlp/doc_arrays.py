"""The tokens of a Doc that a rule can apply to, found from one of spaCy's attribute arrays.

A repair pass that calls its rule for every token pays a call and a few attribute reads per token
(a microsecond) though the rule needs, say, a noun: over a long text and a dozen passes, a tenth of
a second. Reading the attribute for all tokens at once (`Doc.to_array`, one C loop) and calling the
rule only where it can apply gives the same result, provided the pass never gives another token
the attribute value the rule needs; each caller says why its pass does not.
"""

from __future__ import annotations

from collections.abc import Iterable
from operator import attrgetter
from typing import TYPE_CHECKING

import numpy

if TYPE_CHECKING:  # spaCy loads with the pipeline, not with this module
    from spacy.tokens import Doc, Token

_FEW = 8  # values asked for, up to which comparing with each beats numpy.isin


def tokens_where(doc: Doc, attribute: str, values: Iterable[str], shifts: Iterable[int] = (0,)) -> list[Token]:
    """The tokens, in order, whose `attribute` ("POS", "TAG", "DEP", "ORTH") is now one of `values`;
    with `shifts`, also the tokens that many places after such a token (1: the next one)."""
    strings = doc.vocab.strings
    ids = [strings[value] for value in values]
    if not ids:
        return []
    array = doc.to_array(attribute)
    # (a rule pass asks this of each Doc, some 90 times for a news article of 300 tokens: each numpy
    # call saved is a microsecond of the few the whole answer takes)
    if len(ids) <= _FEW:  # a comparison per value: numpy.isin sorts both arrays, 3 times the cost
        wanted = array == ids[0]
        for value in ids[1:]:
            wanted |= array == value
    else:
        wanted = numpy.isin(array, ids)
    found = wanted.nonzero()[0]
    if shifts != (0,):  # (found is sorted and unique already)
        found = numpy.unique(numpy.concatenate([found[:0], *(found + shift for shift in shifts)]))
        found = found[(found >= 0) & (found < len(doc))]
    return [doc[i] for i in found.tolist()]


def merged(*groups: list[Token]) -> list[Token]:
    """The tokens of several `tokens_where` answers, each once, in order."""
    return sorted({token.i: token for group in groups for token in group}.values(), key=attrgetter("i"))
