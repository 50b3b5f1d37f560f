"""The Anki deck an export fills, with an id that depends on its name only.

Anki files imported cards into the deck with the package's deck id, so the same
name must always give the same id: re-exports then land in the learner's
existing deck, and `--deck` names another one.
"""

from __future__ import annotations

import hashlib

import genanki

from reader.settings import DEFAULT_DECK_NAME


def deck_id_for(name: str) -> int:
    """A fixed id for a deck name, in the range genanki recommends (2**30 ≤ id < 2**31)."""
    digest = hashlib.sha256(f"reader deck:{name}".encode()).digest()
    return (1 << 30) + int.from_bytes(digest[:8], "big") % (1 << 30)


class WordDeck(genanki.Deck):
    """A genanki deck whose id is derived from its name."""

    def __init__(self, name: str = DEFAULT_DECK_NAME) -> None:
        super().__init__(deck_id=deck_id_for(name), name=name, description="German words from reader.")
