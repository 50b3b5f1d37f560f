"""What a review card shows: the word with its article and the sentence it was met in on the front;
the gloss, the plural and the grammar of that sentence on the back (no Textual)."""

from __future__ import annotations

from dataclasses import dataclass

from reader.anki.fields import grammar_notes
from reader.anki.selection import Word
from reader.labels import with_article
from reader.lexicon import lookup
from reader.review.schedule import ReviewCard


@dataclass(frozen=True)
class CardFront:
    heading: str  # "die Aufgabe": nouns with their article
    gender: str  # "m", "f", "n" or "" (for the gender colour)
    sentence: str
    spans: tuple[tuple[int, int], ...]  # the word's parts in `sentence`, both parts of a separable verb


@dataclass(frozen=True)
class CardBack:
    gloss: tuple[str, ...]
    plural: str
    notes: tuple[str, ...]  # grammar of the word in its sentence, from the parse, then the lexicon's notes


GLOSS_SENSES = 4


def _word(card: ReviewCard) -> Word:
    return Word(card.key, card.status, card.context, card.article_id, card.note)


def front_of(card: ReviewCard) -> CardFront:
    """The question side; reads nothing but the card, so it is ready as soon as the card is."""
    gender = card.key.gender if card.key.pos == "NOUN" else ""
    heading = with_article(card.key.term, gender)
    context = card.context
    return CardFront(heading, gender, context.sentence if context else "", context.spans if context else ())


def back_of(card: ReviewCard, library=None) -> CardBack:
    """The answer side: the lexicon's gloss and plural, the hints the parse gave the word in its sentence
    (when `library` still holds that article's analysis), the separable-verb, compound and own notes."""
    entry = lookup(card.key.term, card.key.pos)
    plural = f"die {entry.plural}" if card.key.pos == "NOUN" and entry.plural else ""
    hints = sentence_hints(library, card) if library is not None else []
    notes = list(dict.fromkeys([*hints, *grammar_notes(_word(card), entry)]))
    return CardBack(tuple(entry.gloss[:GLOSS_SENSES]), plural, tuple(notes))


def sentence_hints(library, card: ReviewCard) -> list[str]:
    """The grammar hints of the word's tokens in the sentence the card shows, from the article's stored parse."""
    if card.article_id is None or card.context is None:
        return []
    analysis = library.reading(card.article_id)
    if analysis is None:
        return []
    hints: list[str] = []
    for index, key in enumerate(analysis.keys):
        if key != card.key:
            continue
        sentence = analysis.sentence_of(index)
        if sentence.text == card.context.sentence:
            token = analysis.token(index)
            hints += [hint for hint in token.hints if hint not in hints]
    return hints
