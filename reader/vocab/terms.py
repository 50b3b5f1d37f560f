"""Term identity: the dictionary form, its word class, and the gender of a noun.

"Leiter (m)" and "Leiter (f)" are two terms; "hat" and "haben" one. An auxiliary
is the same word as the full verb ("haben"), so both are the class VERB.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.nlp import Sentence, Token

_WORD_CLASS = {"AUX": "VERB"}


@dataclass(frozen=True, order=True)
class TermKey:
    term: str
    pos: str
    gender: str = ""

    def __str__(self) -> str:
        gender = f", {self.gender}" if self.gender else ""
        return f"{self.term} ({self.pos.lower()}{gender})"


def term_key(token: Token) -> TermKey:
    pos = _WORD_CLASS.get(token.pos, token.pos)
    return TermKey(token.term, pos, token.gender or "" if pos == "NOUN" else "")


@dataclass(frozen=True)
class Context:
    """The sentence a learner met a term in, and where the term's words are in it (both parts of a
    separable verb), as (start, end) character offsets into `sentence`."""

    sentence: str
    spans: tuple[tuple[int, int], ...]


def context_in(sentence: Sentence, key: TermKey) -> Context:
    spans = tuple(
        (token.start - sentence.start, token.end - sentence.start)
        for token in sentence.tokens
        if token.learnable and term_key(token) == key
    )
    return Context(sentence.text, spans)
