"""The subject a text is about, from Ding's subject labels, and a word's sense in that subject.

A word's senses are ranked once, for news in general. Ding labels senses with their subject field:
"Scheide {f}; Volva {f} (Speisepilz) [myc.] :: volva", "binär {adj} [math.] :: binary", "Laich {n}
[biol.] :: spawn". A text whose content words often have a line in one subject is about it: in an
article on the fly agaric "Scheide" is the volva, not the vagina. There a word whose first sense is
one of another field takes first the sense it has in the text's subject.

Subjects are groups of Ding's labels ("life": biol., zool., bot., myc. …; within it "animals", whose
anatomy [anat.] belongs to them, and "plants"). The threshold was set on
encyclopedic articles (life sciences, computing, physics: 7–14 % of their content lemmas have a line
in their subject) against news (at most 3 %, from the mathematical lines of everyday words such as
"Zahl"). Medicine is no subject here: news on a pandemic is about it, and there the medical lines of
everyday words are rare senses ("Akt": coitus).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from reader.lexicon import database
from reader.lexicon.context import english_cores, split_top_level
from reader.lexicon.entry import Entry, short_gloss
from reader.lexicon.labels import is_field
from reader.lexicon.ranking import gloss_core

_SUBJECT_OF_LABEL = {
    **dict.fromkeys(("biol.", "ecol."), ("life",)),
    # a text on animals is about their bodies too ("Der Fuß der Eulen besitzt vier Zehen": toes [anat.], not
    # the cloves [bot.] of garlic), one on plants or fungi not ("Scheide": the volva [myc.], no vagina [anat.])
    **dict.fromkeys(("zool.", "ornith.", "entom.", "ichth."), ("life", "animals")),
    **dict.fromkeys(("bot.", "myc."), ("life", "plants")),
    "anat.": ("animals",),
    **dict.fromkeys(("comp.", "math."), ("computing",)),
    **dict.fromkeys(("chem.", "biochem."), ("chemistry",)),
    **dict.fromkeys(("phys.", "astron."), ("physics",)),
    **dict.fromkeys(("geol.", "min."), ("geology",)),
}
LINES_READ = 4  # a word's best lines say which subjects it belongs to; later ones are rare senses
SENSE_LINES = 12  # the lines searched for a word's sense in the text's subject
MIN_SHARE = 0.06  # of a text's content lemmas with a line in the subject
MIN_WORDS = 5  # and at least this many: a short text says too little
_LABEL_RE = re.compile(r"\[([^\]]+)\]")


@database.lexicon_cache(maxsize=65536)
def _line_labels(line_id: int) -> frozenset[str]:
    """The labels of a Ding line's headwords ("Laich {n} [biol.]": biol.), not of its examples
    ("Zustand {m} (Person, Sache) | … [med.]" is everyday language)."""
    headwords = (database.raw_line(line_id) or "").partition(" :: ")[0].split(" | ")[0]
    return frozenset(label.strip() for found in _LABEL_RE.findall(headwords) for label in found.split(","))


def _of_another_field(line_id: int, subjects: frozenset[str]) -> bool:
    """The line has a subject field and none of *subjects*."""
    return any(map(is_field, _line_labels(line_id))) and not _line_subjects(line_id) & subjects


def _line_subjects(line_id: int) -> frozenset[str]:
    """The subjects of a Ding line ("Laich {n} [biol.]": life)."""
    return frozenset(subject for label in _line_labels(line_id) for subject in _SUBJECT_OF_LABEL.get(label, ()))


def _dings_first_line(term: str, line_ids: Iterable[int]) -> int | None:
    """The line Ding lists first for *term* as its own headword (lines are numbered in Ding's order)."""
    own = [line_id for line_id in line_ids if (database.raw_line(line_id) or "").startswith(term + " {")]
    return min(own, default=None)


def _line_ids(term: str, pos: str | None = None) -> tuple[int, ...]:
    """The lines of the term's best row (of word class *pos*, if given), best first."""
    row = next((r for r in database.term_rows(term) if r.glosses and (pos is None or r.pos == pos)), None)
    return row.line_ids if row is not None else ()


@database.lexicon_cache(maxsize=8192)
def _english_forms(line_id: int) -> frozenset[str]:
    """The cores of a Ding line's English senses and of its plurals ("Hülsen {pl} :: hulls; husks; pods"),
    as a plural noun's entry shows them."""
    english = (database.raw_line(line_id) or "").partition(" :: ")[2]
    parts = split_top_level(english, " | ")
    plurals = split_top_level(parts[1], ";") if len(parts) > 1 else []
    return english_cores(line_id) | frozenset(gloss_core(sense) for sense in plurals)


@database.lexicon_cache(maxsize=65536)
def word_subjects(term: str) -> frozenset[str]:
    """The subjects of a word's best lines."""
    return frozenset(subject for line_id in _line_ids(term)[:LINES_READ] for subject in _line_subjects(line_id))


def text_subjects(lemmas: Iterable[str]) -> frozenset[str]:
    """The subjects a text is about, from its content lemmas (each counted once)."""
    distinct = set(lemmas)
    counts = Counter(subject for lemma in distinct for subject in word_subjects(lemma))
    found = {subject for subject, count in counts.items() if count >= MIN_WORDS and count >= MIN_SHARE * len(distinct)}
    if {"animals", "plants"} <= found:  # a text on life is about one kingdom, that of most of its words
        animals, plants = counts["animals"], counts["plants"]
        found -= {"plants"} if animals > plants else {"animals"} if plants > animals else {"animals", "plants"}
    return frozenset(found)


def in_subject(entry: Entry, subjects: frozenset[str]) -> Entry:
    """*entry* with the sense of its best line in one of the text's *subjects* first, where its first
    sense is one of another field only ("Scheide": vagina [anat.]) or Ding's first line is the subject's
    ("Blatt {n} [bot.] :: leaf" in a text on plants, where the ranking for news put "sheet" first); a
    first sense of everyday language ("veröffentlichen" is to publish in a text on computing too), one
    hand-checked but in no line of Ding's, or one of the subject already ("Kaulquappe": tadpole [zool.])
    stays."""
    if not subjects or not entry.found or entry.composed or len(entry.gloss) < 2:
        return entry
    line_ids = _line_ids(entry.term, entry.pos)[:SENSE_LINES]
    on_subject = [line_id for line_id in line_ids if _line_subjects(line_id) & subjects]
    first = gloss_core(entry.gloss[0].split(" [")[0])
    first_lines = [line_id for line_id in line_ids if first in _english_forms(line_id)]
    if not on_subject or not first_lines or any(line_id in on_subject for line_id in first_lines):
        return entry
    if _dings_first_line(entry.term, line_ids) not in on_subject and not all(
        _of_another_field(line_id, subjects) for line_id in first_lines
    ):
        return entry
    for line_id in on_subject:
        cores = _english_forms(line_id)
        fitting = next((gloss for gloss in entry.gloss if gloss_core(gloss.split(" [")[0]) in cores), None)
        if fitting is not None:
            gloss = (fitting, *(g for g in entry.gloss if g != fitting))
            return replace(entry, gloss=gloss, short=short_gloss(gloss))
    return entry
