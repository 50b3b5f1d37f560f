"""Which of a verb's senses Ding gives it with an object and which without.

Ding marks each verb of a line transitive ({vt}) or intransitive ({vi}): "umstürzen {vi} :: to fall
over", "umstürzen {vt} :: to blow over"; "ziehen {vi} :: to move", "ziehen {vt} :: to pull". The
general ranking mixes both; in a clause the verb's object (or the lack of one) says which line is
meant ("Ein Kran stürzte um": fell over). An English sense written with its object ("to knock over
sth.") is transitive whatever the line's mark.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader.lexicon import database
from reader.lexicon.ding import Alternative, entry_sides, parse_alternatives
from reader.lexicon.indexing import PREPOSITIONS
from reader.lexicon.ranking import gloss_core

TRANSITIVE, INTRANSITIVE = "vt", "vi"
_PLACEHOLDER = re.compile(r"\b(?:jdn|jdm|jds|etw|sich)\.?(?:/(?:jdn|jdm|etw)\.)*\s*")
_ENGLISH_OBJECT = re.compile(r"\b(?:sb|sth)\.")


@database.lexicon_cache(maxsize=8192)
def _line_valency(term: str) -> dict[str, frozenset[str]]:
    """For each English sense core of *term*'s verb lines: the marks ({vt}, {vi}) of the lines
    offering it for *term* itself (not for a synonym or an example of the line)."""
    found: dict[str, set[str]] = {}
    for german, english in _entries_naming(term):
        mark = _mark_of(term, german)
        if mark is None:
            continue
        for alternative in english:
            found.setdefault(gloss_core(alternative.text), set()).add(mark)
    return {core: frozenset(marks) for core, marks in found.items()}


def _entries_naming(term: str) -> Iterator[tuple[tuple[Alternative, ...], tuple[Alternative, ...]]]:
    """The German and English alternatives of the entries of *term*'s verb lines whose German entry
    has *term* written in it: what is said of *term* itself (its mark, its preposition) is said
    where it is written, and a common verb has hundreds of lines, most of them for its synonyms or
    compounds, not worth parsing."""
    row = next((r for r in database.term_rows(term) if r.pos == "VERB" and r.glosses), None)
    for line_id in row.line_ids if row else ():
        sides = entry_sides(database.raw_line(line_id) or "")
        if sides is not None and term in sides[0]:
            yield parse_alternatives(sides[0]), parse_alternatives(sides[1])


def _mark_of(term: str, alternatives) -> str | None:
    """{vt} or {vi} of *term* among a line's German alternatives: its own mark or, written once for
    a group ("plündern; verwüsten {vt}"), the next alternative's; an object placeholder ("etw.
    umstürzen") is transitive."""
    for index, alternative in enumerate(alternatives):
        if _PLACEHOLDER.sub("", alternative.text).strip() != term:
            continue
        if _PLACEHOLDER.match(alternative.text) and not alternative.text.startswith("sich"):
            return TRANSITIVE
        for following in alternatives[index:]:
            marks = {mark for mark in following.markers if mark in (TRANSITIVE, INTRANSITIVE, "vr", "v")}
            if marks:
                return next(iter(marks)) if len(marks) == 1 and marks <= {TRANSITIVE, INTRANSITIVE} else None
        return None
    return None


@database.lexicon_cache(maxsize=8192)
def governed_prepositions(term: str) -> frozenset[str]:
    """The prepositions Ding writes *term* with as its object: "von jdm./etw. sprechen", "träumen
    (von etw.)", "warten (auf)"."""
    found: set[str] = set()
    for german, _ in _entries_naming(term):
        for alternative in german:
            words = alternative.text.split()
            if not words or words[-1] != term:
                continue
            notes = " ".join(alternative.comments).replace(";", " ").split()
            found |= {word for word in (*words[:-1], *notes) if word in PREPOSITIONS}
    return frozenset(found)


def sense_valency(term: str, sense: str) -> frozenset[str]:
    """How Ding uses *term* in *sense*: {"vt"}, {"vi"}, both, or neither where it does not say."""
    if _ENGLISH_OBJECT.search(sense.split("(")[0]):
        return frozenset({TRANSITIVE})
    return _line_valency(term).get(gloss_core(sense), frozenset())


_OBJECT_AFTER_SICH = {"jdm": "Dat", "einer Sache": "Dat", "jdn": "Acc", "etw": "Acc"}


@database.lexicon_cache(maxsize=8192)
def reflexive_object_cases(term: str) -> frozenset[str]:
    """The cases of the object Ding writes between "sich" and *term*: "sich jdm. anschließen" → {Dat}
    (sich is the accusative, the person the dative), "sich etw. ansehen" → {Acc} (sich the dative)."""
    found: set[str] = set()
    for german, _ in _entries_naming(term):
        for alternative in german:
            text = alternative.text
            if not text.startswith("sich ") or text.split()[-1] != term:
                continue
            between = text[len("sich ") : -len(term)]
            found |= {case for placeholder, case in _OBJECT_AFTER_SICH.items() if placeholder in between}
    return frozenset(found)


def intransitive_only(term: str) -> bool:
    """Ding gives *term* only without an object ({vi} on every line that names it): "zusammentreffen".
    Such a verb has no passive, so "war … zusammengetroffen" is its Perfekt with sein."""
    marks = set().union(*_line_valency(term).values())
    return marks == {INTRANSITIVE}
