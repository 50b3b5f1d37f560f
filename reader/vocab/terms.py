"""Term identity: the dictionary form, its word class, and the gender of a noun.

"Leiter (m)" and "Leiter (f)" are two terms; "hat" and "haben" one. An auxiliary
is the same word as the full verb ("haben"), so both are the class VERB; so is the
separated particle of a verb ("mit" of "teilte … mit": mitteilen), whatever its tag.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.lexicon import PHRASE
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
    pos = "VERB" if _separated_particle(token) else _WORD_CLASS.get(token.pos, token.pos)
    return TermKey(token.term, pos, token.gender or "" if pos == "NOUN" else "")


def _separated_particle(token: Token) -> bool:
    """The particle's term is its verb, which starts with it: "mit" → "mitteilen", "überein" → "übereinkommen"."""
    particle = token.lemma.lower()
    own_term = token.pos in ("VERB", "AUX", "NOUN", "PROPN")  # a verb or noun is its own term
    return not own_term and len(token.term) > len(particle) and token.term.startswith(particle)


def phrase_key(token: Token) -> TermKey | None:
    """The phrase term a token belongs to, if any: the learner can learn "es gibt" as one term."""
    return TermKey(token.phrase["term"], PHRASE) if token.phrase else None


def phrase_context(sentence: Sentence, token: Token) -> Context:
    """The sentence with the phrase's words marked (all of them, however far apart)."""
    members = set(token.phrase["tokens"]) if token.phrase else set()
    spans = tuple((t.start - sentence.start, t.end - sentence.start) for t in sentence.tokens if t.i in members)
    return Context(sentence.text, spans)


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
