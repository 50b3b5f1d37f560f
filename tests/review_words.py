"""Words in learning stages, each with the sentence it was met in, for the review tests."""

from __future__ import annotations

from pathlib import Path

from reader.library import Library
from reader.vocab import Context, Status, TermKey, Vocabulary

# (term, part of speech, gender, sentence, the word's parts in it), oldest first
WORDS = (
    ("Aufgabe", "NOUN", "f", "Das ist eine schwierige Aufgabe für alle.", ("Aufgabe",)),
    ("übereinkommen", "VERB", "", "Sie kamen überein, die Gespräche fortzusetzen.", ("kamen", "überein")),
    ("Spannung", "NOUN", "f", "Die Spannung zwischen den Ländern wächst.", ("Spannung",)),
    ("verhandeln", "VERB", "", "Die Minister verhandeln seit Tagen.", ("verhandeln",)),
)


def context_of(sentence: str, parts: tuple[str, ...]) -> Context:
    """`sentence` with the spans of `parts`, each found after the previous one."""
    spans, position = [], 0
    for part in parts:
        start = sentence.index(part, position)
        spans.append((start, start + len(part)))
        position = start + len(part)
    return Context(sentence, tuple(spans))


def seed_learning(home: Path, words=WORDS, stage: Status = Status.LEARNING_1) -> list[TermKey]:
    """The words at `stage`, in this order of first meeting; their keys."""
    library = Library(home)
    vocabulary = Vocabulary(library.connection)
    keys = []
    for term, pos, gender, sentence, parts in words:
        key = TermKey(term, pos, gender)
        vocabulary.set_status([key], stage, contexts={key: context_of(sentence, parts)})
        keys.append(key)
    library.close()
    return keys
