"""The field values of a word's note, as the HTML Anki shows: term with article, gloss, sentence, cloze…

Every piece of text is HTML-escaped before markup is added, so a "<" in an
article never breaks a card.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from html import escape

from reader.anki.selection import Word
from reader.labels import ARTICLES
from reader.lexicon import Entry

GLOSS_SENSES = 4
# Vocabulary size per CEFR level (Milton and Alexiou): a lemma of frequency rank ≤ N is of that level.
LEVEL_BY_RANK = (("A1", 1500), ("A2", 2500), ("B1", 3250), ("B2", 3750), ("C1", 4500), ("C2", 5000))


@dataclass(frozen=True)
class Source:
    """Where the learner met the word."""

    title: str
    url: str = ""
    date: str = ""


def term_html(word: Word, gender: str) -> str:
    """"die Souveränität" for a noun (the article in a span the gender card hides), else the term."""
    article = ARTICLES.get(gender) if word.key.pos == "NOUN" else None
    if article:
        return f'<span class="article">{article}</span> {escape(word.key.term)}'
    return escape(word.key.term)


def gloss_html(entry: Entry) -> str:
    return escape("; ".join(entry.gloss[:GLOSS_SENSES]))


def plural_html(word: Word, entry: Entry) -> str:
    if word.key.pos != "NOUN" or not entry.plural:
        return ""
    return f"die {escape(entry.plural)}"


def _spans(word: Word) -> list[tuple[int, int]]:
    if word.context is None:
        return []
    length = len(word.context.sentence)
    spans = sorted((max(0, start), min(length, end)) for start, end in word.context.spans)
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if start >= end:
            continue
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _mark(sentence: str, spans: list[tuple[int, int]], before: str, after: str) -> str:
    out, position = [], 0
    for start, end in spans:
        out += [escape(sentence[position:start]), before, escape(sentence[start:end]), after]
        position = end
    out.append(escape(sentence[position:]))
    return "".join(out)


def sentence_and_cloze(word: Word) -> tuple[str, str]:
    """The sentence with every part of the word in bold ("<b>kamen</b> … <b>überein</b>"), and the
    same sentence with every part in one cloze ("{{c1::kamen}} … {{c1::überein}}"), so one card hides
    both parts of a separable verb together. Both empty when no sentence is known."""
    if word.context is None:
        return "", ""
    spans = _spans(word)
    sentence = word.context.sentence
    cloze = _mark(sentence, spans, "{{c1::", "}}") if spans else ""
    return _mark(sentence, spans, "<b>", "</b>"), cloze


def grammar_notes(word: Word, entry: Entry) -> list[str]:
    """Short English notes, as plain text: a separable verb's parts, a compound's parts, the learner's own note."""
    notes = []
    parts = [word.context.sentence[start:end] for start, end in _spans(word)] if word.context else []
    term = word.key.term
    if word.key.pos == "VERB" and len(parts) >= 2:
        particle = parts[-1]
        if term.lower().startswith(particle.lower()) and len(term) > len(particle):
            notes.append(f"separable verb: {term[: len(particle)]}|{term[len(particle) :]} ({' … '.join(parts)})")
    if entry.composed and len(entry.parts) >= 2:
        german = " + ".join(part for part, _ in entry.parts)
        english = " + ".join(gloss for _, gloss in entry.parts)
        notes.append(f"compound: {german} ({english})")
    if word.note:
        notes.append(word.note)
    return notes


def grammar_note(word: Word, entry: Entry) -> str:
    """The grammar notes as the card's HTML, one a line."""
    return "<br>".join(escape(note) for note in grammar_notes(word, entry))


def source_html(source: Source | None) -> str:
    if source is None or not source.title:
        return ""
    title = escape(source.title)
    if source.url:
        title = f'<a href="{escape(source.url, quote=True)}">{title}</a>'
    return f"{title}, {escape(source.date)}" if source.date else title


def level_for_rank(rank: int) -> str | None:
    """The CEFR-like level whose vocabulary size first includes a lemma of this frequency rank."""
    for level, size in LEVEL_BY_RANK:
        if rank <= size:
            return level
    return None


def slug(text: str, limit: int = 60) -> str:
    """An Anki tag part: ASCII letters, digits and hyphens ("Japan sucht Nähe" -> "japan-sucht-naehe")."""
    text = text.lower()
    for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(umlaut, plain)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text[:limit].rstrip("-") or "untitled"
