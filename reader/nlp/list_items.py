"""A list of noun phrases the parser read as an apposition followed by a conjunct, or as one after a conjunction.

"Die größten sind die katholische Kirche, die orthodoxen Kirchen und die evangelischen Kirchen": the
parser often hangs the second item on the first as an apposition ("renames") and the last on the second
as its conjunct. An apposition does not go on with "und"; a phrase after a comma whose own conjunct
follows with "und", "oder" or "sowie" is the list's middle item. All items hang on the first, as the
parser hangs the conjuncts of a list it reads right.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.nlp.parse_edits import set_head

if TYPE_CHECKING:  # annotations only: importing the rule must not load spaCy
    from spacy.tokens import Token

_NOMINAL = frozenset({"NOUN", "PROPN"})
_JOINING = frozenset({"und", "oder", "sowie"})


def list_item_taken_for_an_apposition(item: Token) -> None:
    """Make `item` a conjunct of the noun it was said to rename, with the conjuncts hung on it."""
    first = item.head
    if item.dep_ != "appos" or item.pos_ not in _NOMINAL or first.pos_ not in _NOMINAL or first.i >= item.i:
        return
    doc = item.doc
    start = min(t.i for t in item.subtree if not t.is_punct or t.i == item.i)
    if doc[start - 1].text != ",":
        return  # (an apposition in brackets or after a dash is one)
    conjuncts = later_conjuncts(first, item)
    if not conjuncts or not any(c.dep_ == "cc" and c.lower_ in _JOINING for c in conjuncts[-1].children):
        return
    last = conjuncts[-1]
    end = max(t.i for t in last.subtree if not t.is_punct or t.i == last.i) + 1
    if end < len(doc) and doc[end].text == ",":
        return  # "Der Präsident, ein Jurist und Politiker, sprach": an apposition closes with its comma
    if first.dep_ == "conj":
        return  # (in a list already: the items hang on its first)
    item.dep_ = "conj"
    for conjunct in conjuncts:
        set_head(conjunct, first)


def conjunct_taken_for_an_apposition(item: Token) -> None:
    """"zwischen dem Heiligen Römischen Reich bzw. Deutschen Reich und Frankreich": a phrase the parser
    said renames the noun before it, but that a coordinating conjunction opens, is that noun's conjunct."""
    first = item.head
    if item.dep_ != "appos" or item.pos_ not in _NOMINAL or first.pos_ not in _NOMINAL or first.i >= item.i:
        return
    start = min(t.i for t in item.subtree)
    # the conjunction opens the phrase, or stands right before it where the parser hung it elsewhere
    opening = next((item.doc[i] for i in (start, start - 1) if first.i < i and item.doc[i].pos_ == "CCONJ"), None)
    if opening is None:
        return
    item.dep_ = "conj"
    set_head(opening, item, "cc")


def later_conjuncts(first: Token, item: Token) -> list[Token]:
    """The nouns after `item` that the parser joined to `first`, to `item` or to one of these, in order:
    the rest of the list ("…, die orthodoxen Kirchen, die protestantischen Kirchen und die Pfingstbewegung");
    `item` may be `first` itself."""
    chain, conjuncts = {first.i, item.i}, []
    for word in item.doc[item.i + 1 : item.sent.end]:
        if word.dep_ == "conj" and word.head.i in chain and word.pos_ in _NOMINAL:
            chain.add(word.i)
            conjuncts.append(word)
    return conjuncts
