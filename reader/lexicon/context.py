"""The sense that fits the sentence: Ding's own examples decide between a word's senses.

A word's senses are ranked once, for news text in general; in one sentence another sense may be
the one meant. "Stimmen" is "voices" in general, but in "nach Auszählung von 97 Prozent der
Stimmen" it is "votes": Ding's line for that sense lists "Stimmen auszählen" among its examples.
This is the simplified Lesk method: the sense whose dictionary line shares the most words with the
sentence goes first, when it shares at least ``MIN_OVERLAP`` of them.
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
_WORD_RE = re.compile(r"[^\W\d_]{4,}")


@database.lexicon_cache(maxsize=16384)
def _german_words(line_id: int) -> frozenset[str]:
    """The German words of a Ding line (headwords, forms, examples); none for a line without English.

    Read from the raw line without parsing all of it: an analysis asks this for thousands of lines.
    """
    german, _, english = (database.raw_line(line_id) or "").partition(" :: ")
    return frozenset(word.lower() for word in _WORD_RE.findall(german)) if english else frozenset()


def _english_cores(line_id: int) -> frozenset[str]:
    """The cores of a Ding line's English senses: asked only of the line a sentence chose."""
    english = (database.raw_line(line_id) or "").partition(" :: ")[2]
    senses = split_top_level(split_top_level(english, " | ")[0], ";")
    return frozenset(gloss_core(sense) for sense in senses)


def in_context(entry: Entry, context: Iterable[str]) -> Entry:
    """*entry* with the sense its sentence points to first; *context* are the sentence's other words
    (forms and lemmas, lower-case)."""
    if not entry.found or entry.composed or len(entry.gloss) < 2:
        return entry
    words = {word for word in context if len(word) >= 4} - {entry.term.lower()}
    if len(words) < MIN_OVERLAP:
        return entry  # no line can share enough words
    row = next((r for r in database.term_rows(entry.term) if r.pos == entry.pos and r.glosses), None)
    if row is None:
        return entry
    best, best_overlap = None, MIN_OVERLAP - 1
    for line_id in row.line_ids[:MAX_LINES]:
        overlap = len(_german_words(line_id) & words)
        if overlap > best_overlap:
            best, best_overlap = line_id, overlap
    if best is None:
        return entry
    cores = _english_cores(best)
    fitting = [g for g in entry.gloss if gloss_core(g.split(" [")[0]) in cores]
    if not fitting or fitting[0] == entry.gloss[0]:
        return entry
    gloss = (fitting[0], *(g for g in entry.gloss if g != fitting[0]))
    return replace(entry, gloss=gloss, short=short_gloss(gloss))
