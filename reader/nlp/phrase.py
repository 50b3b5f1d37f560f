"""A phrase a token belongs to, as the word panel and the hints read it (reader.nlp.phrases finds them)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Phrase:
    """A phrase a token belongs to: how a learner reads it, its glosses, and all its tokens (doc indices)."""

    term: str
    gloss: tuple[str, ...]
    tokens: tuple[int, ...]
