"""Turning selected words into notes and writing the .apkg atomically.

The package is written to a temporary file in the target directory and then
renamed over the target (`os.replace`), so an interrupted export leaves either
the previous file or the new one, never half of one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import genanki

from reader.labels import with_article, word_class, word_class_tag
from reader.anki.deck import DEFAULT_DECK_NAME, WordDeck
from reader.anki.fields import (
    Source,
    gloss_html,
    grammar_note,
    level_for_rank,
    plural_html,
    sentence_and_cloze,
    slug,
    source_html,
    term_html,
)
from reader.anki.model import FIELDS
from reader.anki.notes import WordNote
from reader.anki.selection import Word
from reader.errors import ReaderError
from reader.frequency import frequency, zipf_band
from reader.lexicon import LexiconMissingError, lookup


@dataclass(frozen=True)
class ExportResult:
    path: Path
    notes: int
    cards: int


def note_for(word: Word, source: Source | None = None) -> WordNote:
    """The note of one word: lexicon gloss, gender and plural, its sentence and cloze, tags."""
    key = word.key
    entry = lookup(key.term, key.pos)
    gender = key.gender or (entry.gender or "" if key.pos == "NOUN" else "")
    usage = frequency(key.term)
    band = zipf_band(usage.zipf)
    sentence, cloze = sentence_and_cloze(word)
    fields = {
        "Term": term_html(word, gender),
        "Gender": gender if key.pos == "NOUN" else "",
        "Plural": plural_html(word, entry),
        "PartOfSpeech": word_class(key.pos),
        "Gloss": gloss_html(entry),
        "Sentence": sentence,
        "Cloze": cloze,
        "GrammarNote": grammar_note(word, entry),
        "Source": source_html(source),
        "Frequency": f"{band} (rank {usage.rank:,})" if usage.zipf > 0 else band,
    }
    tags = ["reader", f"pos::{word_class_tag(key.pos)}"]
    level = level_for_rank(usage.rank) if usage.zipf > 0 else None
    if level:
        tags.append(f"level::{level}")
    if source is not None and source.title:
        tags.append(f"source::{slug(source.title)}")
    return WordNote(key, fields, tags)


def build_notes(words: Iterable[Word], sources: Mapping[int, Source]) -> list[WordNote]:
    """One note per term (the first word of a term wins), each with the source of its article."""
    notes, seen = [], set()
    try:
        for word in words:
            if word.key in seen:
                continue
            seen.add(word.key)
            notes.append(note_for(word, sources.get(word.article_id) if word.article_id is not None else None))
    except LexiconMissingError as error:
        raise ReaderError(str(error)) from None
    return notes


def spoken_term(note: WordNote) -> str:
    """What the audio says: the word as a learner looks it up, nouns with their article ("die Aufgabe")."""
    return with_article(note.key.term, note.field("Gender"))


def add_audio(notes: Iterable[WordNote]) -> list[Path]:
    """Speak each note's word into a WAV (espeak-ng, cached) and put its [sound:…] in the Audio field;
    the WAVs, to pack as the package's media. Raises ReaderError (one line) without espeak-ng."""
    from reader.speech import synthesise

    media = []
    for note in notes:
        wav = synthesise(spoken_term(note))
        note.fields[FIELDS.index("Audio")] = f"[sound:{wav.name}]"
        media.append(wav)
    return media


def sources_of(library, words: Iterable[Word]) -> dict[int, Source]:
    """Title, url and date of every article the words were met in, from the library."""
    sources = {}
    for article_id in {word.article_id for word in words if word.article_id is not None}:
        stored = library.get(article_id)
        if stored is not None:
            article = stored.article
            sources[article_id] = Source(article.title, article.url, article.date)
    return sources


def write_apkg(
    notes: Iterable[WordNote],
    path: Path,
    deck_name: str = DEFAULT_DECK_NAME,
    timestamp: float | None = None,
    media: Iterable[Path] = (),
) -> ExportResult:
    """Write the notes as one deck to `path`, atomically. Raises ReaderError if it cannot be written.

    `timestamp` becomes the notes' modification time: Anki updates an existing note only from a
    newer one, so it defaults to now.
    """
    deck = WordDeck(deck_name)
    for note in notes:
        deck.add_note(note)
    path = Path(path)
    directory = path.parent
    if not directory.is_dir():
        raise ReaderError(f"cannot write {path}: no such directory {directory}")
    if path.is_dir():
        raise ReaderError(f"cannot write {path}: it is a directory")
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    try:
        handle, temporary = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".part")
    except OSError as error:
        raise ReaderError(f"cannot write {path}: {error.strerror}") from None
    os.close(handle)
    try:
        genanki.Package(deck, media_files=[str(file) for file in media]).write_to_file(temporary, timestamp=time.time() if timestamp is None else timestamp)
        with open(temporary, "rb") as written:
            os.fsync(written.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise ReaderError(f"cannot write {path}: {error.strerror or error}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    cards = sum(len(note.cards) for note in deck.notes)
    return ExportResult(path, len(deck.notes), cards)


def export_words(
    library,
    words: list[Word],
    path: Path,
    deck_name: str = DEFAULT_DECK_NAME,
    timestamp: float | None = None,
    audio: bool = False,
) -> ExportResult:
    """Build the notes of `words` (sources from `library`, with the spoken word if `audio`) and write them
    to `path`."""
    notes = build_notes(words, sources_of(library, words))
    return write_apkg(notes, path, deck_name, timestamp, media=add_audio(notes) if audio else ())
