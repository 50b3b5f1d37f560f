"""Anki export of the learner's words: a fixed note type, notes identified by term, atomic .apkg (no Textual).

    from reader.anki import export_words, vocabulary_words
    words = vocabulary_words(library.connection, LEARNING)
    export_words(library, words, Path("german.apkg"))

Model and deck ids are fixed and a note's guid is its term identity, so a
re-export updates the notes already in Anki instead of duplicating them.
"""

from reader.anki.deck import DEFAULT_DECK_NAME, WordDeck, deck_id_for
from reader.anki.export import ExportResult, build_notes, export_words, note_for, sources_of, write_apkg
from reader.anki.fields import Source
from reader.anki.model import FIELDS, MODEL_ID, MODEL_NAME, WORD_MODEL
from reader.anki.notes import WordNote, guid_for_term
from reader.anki.selection import (
    NOT_YET_KNOWN,
    Word,
    article_words,
    Cram,
    library_cram,
    describe_statuses,
    parse_since,
    parse_statuses,
    vocabulary_words,
)

__all__ = [
    "DEFAULT_DECK_NAME",
    "ExportResult",
    "FIELDS",
    "MODEL_ID",
    "MODEL_NAME",
    "NOT_YET_KNOWN",
    "Source",
    "WORD_MODEL",
    "Word",
    "WordDeck",
    "WordNote",
    "article_words",
    "build_notes",
    "Cram",
    "library_cram",
    "deck_id_for",
    "describe_statuses",
    "export_words",
    "guid_for_term",
    "note_for",
    "parse_since",
    "parse_statuses",
    "sources_of",
    "vocabulary_words",
    "write_apkg",
]
