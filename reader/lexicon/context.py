"""The sense that fits the sentence: Ding's own examples decide between a word's senses.

A word's senses are ranked once, for news text in general; in one sentence another sense may be
the one meant. "Stimmen" is "voices" in general, but in "nach Auszählung von 97 Prozent der
Stimmen" it is "votes": Ding's line for that sense lists "Stimmen auszählen" among its examples.
This is the simplified Lesk method: the sense whose dictionary line shares the most words with the
sentence goes first, when it shares at least ``MIN_OVERLAP`` of them. A word counts once, in whatever
spelling the line has it: "verwendet" and its lemma "verwenden" both in a line of "anwenden" are one
word, no evidence that the sentence means "to utilize".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from reader.lexicon import database
from reader.lexicon.ding import split_top_level
from reader.lexicon.entry import Entry, short_gloss
from reader.lexicon.ranking import gloss_core

MIN_OVERLAP = 2  # shared words before the sentence overrides the general ranking
MAX_LINES = 12  # the word's best lines; later ones are rare senses
MAIN_SENSES = 4  # an object named in a line chooses among these ("to violate"), not a collocation's ("to wreak")
_WORD_RE = re.compile(r"[^\W\d_]{4,}")
_NOTE_RE = re.compile(r"\(([^()]*)\)")
_ACCUSATIVE_ARTICLES = frozenset({"einen", "den", "das", "ein", "eine", "die", "seinen", "ihren"})


@database.lexicon_cache(maxsize=16384)
def _german_words(line_id: int) -> frozenset[str]:
    """The German words of a Ding line (headwords, forms, examples); none for a line without English.

    Read from the raw line without parsing all of it: an analysis asks this for thousands of lines.
    """
    german, _, english = (database.raw_line(line_id) or "").partition(" :: ")
    return frozenset(map(str.lower, _WORD_RE.findall(german))) if english else frozenset()


def _named_objects(line_id: int) -> frozenset[str]:
    """The objects a Ding line's headword names in its notes ("(Recht) verletzen; (Gesetz) übertreten")."""
    headword = (database.raw_line(line_id) or "").partition(" :: ")[0].partition(" | ")[0]
    return frozenset(
        word.lower() for note in _NOTE_RE.findall(headword) if _names_an_object(note) for word in _WORD_RE.findall(note)
    )


def _names_an_object(note: str) -> bool:
    """A headword's note names the verb's object: a noun, or one with an accusative article ("(Recht)
    verletzen", "(einen Vertrag) verletzen"), not a dative or a preposition's ("(einer Organisation) etw.
    schreiben": write in to one)."""
    first = note.split()[0] if note.split() else ""
    return first[:1].isupper() or first in _ACCUSATIVE_ARTICLES


def english_cores(line_id: int) -> frozenset[str]:
    """The cores of a Ding line's English senses: asked of the line a sentence chose, and of a verb's best
    lines where it has an object (_lines_naming)."""
    english = (database.raw_line(line_id) or "").partition(" :: ")[2]
    senses = split_top_level(split_top_level(english, " | ")[0], ";")
    return frozenset(gloss_core(sense) for sense in senses)


def in_context(
    entry: Entry, context: Iterable[tuple[str, ...]], own: tuple[str, ...] = (), objects: Iterable[tuple[str, ...]] = ()
) -> Entry:
    """*entry* with the sense its sentence points to first; *context* are the sentence's words, each
    as its spellings (form and lemma, lower-case), of which *own* (the word's own spellings) does not
    count: the context is made once per sentence, and not copied for each of its words. A verb's
    *objects* count ``MIN_OVERLAP`` words for a line whose headword's note names them as what it takes:
    "(Recht) verletzen; (Gesetz) übertreten" for "ein Gesetz verletzen" (to violate)."""
    if not entry.found or entry.composed or len(entry.gloss) < 2:
        return entry
    term = entry.term.lower()
    words = [spellings for spellings in context if spellings != own and _counts(spellings, term)]
    objects = [spellings for spellings in objects if _counts(spellings, term)]
    if len(words) < MIN_OVERLAP and not objects:
        return entry  # no line can share enough words
    lines = _lines_by_word(entry.term, entry.pos)
    if lines is None:
        return entry
    line_ids, holding = lines
    overlaps = [0] * len(line_ids)
    for spellings in words:
        _count(overlaps, _positions(spellings, term, holding), 1)
    naming = _lines_naming(entry.term, entry.pos) if objects else {}
    for spellings in objects:
        _count(overlaps, _positions(spellings, term, naming), MIN_OVERLAP)
    most = max(overlaps, default=0)
    if most < MIN_OVERLAP:
        return entry
    cores = english_cores(line_ids[overlaps.index(most)])  # the first line sharing the most words
    fitting = [g for g in entry.gloss if gloss_core(g.split(" [")[0]) in cores]
    if not fitting or fitting[0] == entry.gloss[0]:
        return entry
    gloss = (fitting[0], *(g for g in entry.gloss if g != fitting[0]))
    return replace(entry, gloss=gloss, short=short_gloss(gloss))


def _positions(spellings: tuple[str, ...], term: str, holding: dict[str, int]) -> int:
    """The lines (bits) holding the word in any of its spellings, counted once."""
    positions = 0
    for word in spellings:
        if word != term:
            positions |= holding.get(word, 0)
    return positions


def _count(overlaps: list[int], positions: int, weight: int) -> None:
    position = 0
    while positions:
        overlaps[position] += weight * (positions & 1)
        positions >>= 1
        position += 1


def _counts(spellings: tuple[str, ...], term: str) -> bool:
    """A word of the sentence that a line can share: four letters or more, not the term itself."""
    for word in spellings:
        if len(word) >= 4 and word != term:
            return True
    return False


@database.lexicon_cache(maxsize=16384)
def _lines_by_word(term: str, pos: str) -> tuple[tuple[int, ...], dict[str, int]] | None:
    """The best lines of the term's row of this word class, and for each German word of them the
    positions of the lines holding it: built once per term, so a sentence's words are counted
    against the lines in a few look-ups, not a set intersection per line and token. The positions
    are the bits of an int, not a list: a long text's terms keep ~90,000 of them in this cache, and
    the cycle collector scans every list (an int it skips)."""
    row = _row(term, pos)
    if row is None:
        return None
    line_ids = tuple(row.line_ids[:MAX_LINES])
    holding: dict[str, int] = {}
    for position, line_id in enumerate(line_ids):
        for word in _german_words(line_id):
            holding[word] = holding.get(word, 0) | 1 << position
    return line_ids, holding


@database.lexicon_cache(maxsize=4096)
def _lines_naming(term: str, pos: str) -> dict[str, int]:
    """For each object the headword notes of the term's lines of a main sense name, the positions of
    those lines (as _lines_by_word's): built only for a verb with an object."""
    row = _row(term, pos)
    if row is None:
        return {}
    main_senses = {gloss_core(gloss.split(" [")[0]) for gloss in row.glosses[:MAIN_SENSES]}
    naming: dict[str, int] = {}
    for position, line_id in enumerate(row.line_ids[:MAX_LINES]):
        if main_senses & english_cores(line_id):
            for word in _named_objects(line_id):
                naming[word] = naming.get(word, 0) | 1 << position
    return naming


def _row(term: str, pos: str) -> database.TermRow | None:
    return next((r for r in database.term_rows(term) if r.pos == pos and r.glosses), None)
