"""Editing the parse in place: a new head for a token, never a loop in the tree."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: importing the rule must not load spaCy
    from spacy.tokens import Token


def set_head(token: Token, head: Token, relation: str | None = None) -> bool:
    """Make `head` the head of `token` (itself: a root), with `relation` if given, unless `head` is
    below `token`: a loop in the tree would make spaCy's subtree walk past the document's end."""
    if head.i != token.i and not can_hang_on(token, head):
        return False
    token.head = head
    if relation is not None:
        token.dep_ = relation
    return True


def can_hang_on(token: Token, head: Token) -> bool:
    """Whether `token` may hang on `head`: `head` does not hang, at any depth, on `token`, and has a root
    above it (a tree the parser left odd stays as it is)."""
    node = head
    for _ in range(len(head.doc)):
        if node.i == token.i:
            return False
        if node.head.i == node.i:
            return True
        node = node.head
    return False


def highest(words: list[Token]) -> Token:
    """The first of `words` that hangs on none of them, at any depth: where the parser hung the group."""
    inside = {word.i for word in words}
    return next(word for word in words if not any(ancestor.i in inside for ancestor in word.ancestors))


def verb_above(token: Token) -> Token:
    """The verb the token's phrase hangs on: up the parse from its head to the first verb (the root where none)."""
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def take_place(token: Token, replaced: Token) -> bool:
    """Hang `token` where `replaced` hangs, with its relation, or make it the root where `replaced` is."""
    root = replaced.head.i == replaced.i
    return set_head(token, token if root else replaced.head, "ROOT" if root else replaced.dep_)


def hand_over(word: Token, to: Token, relation: str) -> None:
    """*to* takes *word*'s place in the tree and every other word hung on it; *word* hangs on *to* as
    *relation* ("… endgültig verloren": the verb heads the clause, the adjective its adverb)."""
    take_place(to, word)
    for child in list(word.children):
        if child.i != to.i:
            set_head(child, to)
    set_head(word, to, relation)
