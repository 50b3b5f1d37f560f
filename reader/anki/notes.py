"""One learner's term as an Anki note, identified by the term alone.

genanki's default guid hashes every field, so a re-export after a gloss or the
sentence changed would look like a new note to Anki and duplicate the card.
Here the guid comes from the term identity (term, part of speech, gender) only:
Anki sees the same note and updates its fields, keeping the learner's reviews.
"""

from __future__ import annotations

import genanki

from reader.anki.model import FIELDS, WORD_MODEL
from reader.vocab import TermKey


def guid_for_term(key: TermKey) -> str:
    """Anki's note guid for a term: stable across exports, different for "Leiter (m)" and "Leiter (f)"."""
    return genanki.guid_for("reader", key.term, key.pos, key.gender)


class WordNote(genanki.Note):
    """A genanki note of the reader note type whose guid is the term identity."""

    def __init__(self, key: TermKey, fields: dict[str, str], tags: list[str] | tuple[str, ...] = ()) -> None:
        self.key = key
        unknown = set(fields) - set(FIELDS)
        if unknown:
            raise ValueError(f"not fields of the reader note type: {sorted(unknown)}")
        super().__init__(model=WORD_MODEL, fields=[fields.get(name, "") for name in FIELDS], tags=list(tags))

    @property
    def guid(self) -> str:
        return guid_for_term(self.key)

    def field(self, name: str) -> str:
        return self.fields[FIELDS.index(name)]
