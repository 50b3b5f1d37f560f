"""Which of a verb's senses Ding gives it with an object and which without.

Ding marks each verb of a line transitive ({vt}) or intransitive ({vi}): "umstürzen {vi} :: to fall
over", "umstürzen {vt} :: to blow over"; "ziehen {vi} :: to move", "ziehen {vt} :: to pull". The
general ranking mixes both; in a clause the verb's object (or the lack of one) says which line is
meant ("Ein Kran stürzte um": fell over). An English sense written with its object ("to knock over
sth.") is transitive whatever the line's mark.
"""

from __future__ import annotations

import functools
import re
from reader.lexicon import database
from reader.lexicon.ding import Alternative, entry_sides, parse_alternatives
from reader.lexicon.indexing import PREPOSITIONS
from reader.lexicon.ranking import gloss_core

TRANSITIVE, INTRANSITIVE = "vt", "vi"
_PLACEHOLDER = re.compile(r"\b(?:jdn|jdm|jds|etw|sich)\.?(?:/(?:jdn|jdm|etw)\.)*\s*")
# English prepositions a German one may be rendered by where a word governs it ("Interesse an": in).
ENGLISH_PREPOSITIONS = frozenset(
    "about against among at by for from in into of on onto over to towards toward under with without".split()
)
_ENGLISH_OBJECT = re.compile(r"\b(?:sb|sth)\.")


@database.lexicon_cache(maxsize=8192)
def _line_valency(term: str) -> dict[str, frozenset[str]]:
    """For each English sense core of *term*'s verb lines: the marks ({vt}, {vi}) of the lines
    offering it for *term* itself (not for a synonym or an example of the line)."""
    found: dict[str, set[str]] = {}
    for german, english in _entries_naming(term):
        mark = _mark_of(term, _parsed(german))
        if mark is None:
            continue
        for alternative in _parsed(english):
            found.setdefault(gloss_core(alternative.text), set()).add(mark)
    return {core: frozenset(marks) for core, marks in found.items()}


@database.lexicon_cache(maxsize=8192)
def _entries_naming(term: str, pos: str = "VERB") -> tuple[tuple[str, str], ...]:
    """The German and English sides, unparsed, of the entries of *term*'s lines as *pos* whose German
    entry has *term* written in it: what is said of *term* itself (its mark, its preposition) is
    said where it is written, and a common verb has hundreds of lines, most of them for its
    synonyms or compounds, not worth parsing. Kept: the valency, preposition and reflexive
    questions all ask; each parses only the sides it reads (`_parsed`)."""
    row = next((r for r in database.term_rows(term) if r.pos == pos and r.glosses), None)
    return tuple(
        sides
        for sides in (entry_sides(database.raw_line(line_id) or "") for line_id in (row.line_ids if row else ()))
        if sides is not None and term in sides[0]
    )


_parsed = functools.lru_cache(maxsize=32768)(parse_alternatives)  # a side asked of again by another question


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
        for alternative in _parsed(german):
            words = alternative.text.split()
            if not words or words[-1] != term:
                continue
            notes = " ".join(alternative.comments).replace(";", " ").split()
            found |= {word for word in (*_before_a_placeholder(words[:-1]), *notes) if word in PREPOSITIONS}
    return frozenset(found)


def _before_a_placeholder(words: list[str]) -> list[str]:
    """The words before a headword's verb, but for a preposition of a fixed phrase, one a noun follows ("in
    jds. Namen sprechen": to speak on behalf of, no "sprechen in")."""
    return [word for k, word in enumerate(words) if not any(later[:1].isupper() for later in words[k + 1 :])]


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
    for between in _reflexive_uses(term):
        found |= {case for placeholder, case in _OBJECT_AFTER_SICH.items() if placeholder in between}
    return frozenset(found)


@database.lexicon_cache(maxsize=8192)
def reflexive_verb(term: str) -> bool:
    """Ding writes *term* with "sich" at least once ("sich ereignen", "sich an etw. beteiligen"); "sinken",
    "haben" never: a "sich" the parser hung on them belongs to another verb."""
    return bool(_reflexive_uses(term))


def _reflexive_uses(term: str) -> list[str]:
    """What Ding writes between "sich" and *term*, one string per reflexive rendering ("" for "sich
    ereignen", " jdm. " for "sich jdm. anschließen")."""
    return [
        alternative.text[len("sich ") : -len(term)]
        for german, _ in _entries_naming(term)
        for alternative in _parsed(german)
        if alternative.text.startswith("sich ") and alternative.text.split()[-1] == term
    ]


def intransitive_only(term: str) -> bool:
    """Ding gives *term* only without an object ({vi} on every line that names it): "zusammentreffen".
    Such a verb has no passive, so "war … zusammengetroffen" is its Perfekt with sein."""
    marks = set().union(*_line_valency(term).values())
    return marks == {INTRANSITIVE}


@database.lexicon_cache(maxsize=8192)
def governed_preposition(term: str, pos: str, preposition: str, sense: str) -> str | None:
    """The English preposition of *sense* (an English gloss of *term*, a verb, noun or adjective) where
    *term* governs the German *preposition*: "Interesse {n} (an jdm./etw.) :: interest (in sb./sth.)"
    → "in", "sich an etw. beteiligen :: to take part in sth." → "in", "Einladung (an jdn. / zu …) ::
    invitation (to sb. / to …)" → "to". Only a rendering of the sense the learner is shown counts:
    "auf etw. hindeuten" is "to indicate sth." (no preposition) before "to be indicative of sth.", and
    "of" would be wrong beside "indicate". A verb's preposition counts where Ding writes it with its
    object ("auf etw. hoffen"). None where Ding writes no such rendering."""
    shown = gloss_core(sense)
    for german_side, english_side in _entries_naming(term, pos):
        if preposition not in german_side:
            continue  # an entry that does not write the preposition cannot name it
        german = _parsed(german_side)
        for index, alternative in enumerate(german):
            place = _preposition_place(alternative, term, preposition)
            if place is None or (pos == "VERB" and place[0] != "text"):
                continue  # a verb's bare "(in)" may say where to ("gehen (in) :: to go (to)"), not its object
            # synonyms and their renderings often stand in the same order ("alarmieren; warnen (vor) ::
            # to alert (to); to warn (of)")
            english = _parsed(english_side)
            renderings = [english[index]] if len(english) == len(german) else list(english)
            for rendering in renderings:
                core = gloss_core(rendering.text)
                if core == shown or core.startswith(shown + " "):
                    found = _english_preposition(rendering, place)
                    if found is not None:
                        return found
    return None


def preposition_of_fixed_phrases(term: str, preposition: str, shown: str) -> str | None:
    """The English preposition the dictionary's fixed phrases of the verb *term* with *preposition* and one
    noun render right after *shown*, where two or more do and all agree: "an Altersschwäche sterben :: to
    die of old age", "an Herzversagen sterben :: to die of/from heart failure" → of ("starben an
    Infektionen"); not a phrase with more words ("mit etw. in Berührung kommen")."""
    shown_words = shown.split()
    found = []
    for row in database.phrases(term, "verb"):
        german = row.term.split()
        if len(german) != 3 or german[0] != preposition or not german[1][:1].isupper():
            continue
        for gloss in row.glosses:
            words = gloss_core(gloss).split()
            if words[: len(shown_words)] == shown_words and len(words) > len(shown_words):
                found.append(words[len(shown_words)].split("/")[0])
    return found[0] if len(found) >= 2 and len(set(found)) == 1 and found[0] in ENGLISH_PREPOSITIONS else None


def _preposition_place(alternative: Alternative, term: str, preposition: str) -> tuple[str, int] | None:
    """Where *alternative* (an entry of *term*) names *preposition*: ("text", 0) in its own words ("an
    etw. teilnehmen"), or ("comment", k) as the k-th of the prepositions its first comment lists
    ("(an jdm./etw.; für jdn./etw.)": "für" is the second)."""
    words = alternative.text.split()
    if not words or words[-1] != term:
        return None
    if preposition in _before_a_placeholder(words[:-1]):
        return ("text", 0)
    if alternative.comments:
        parts = _comment_parts(alternative.comments[0])
        for index, part in enumerate(parts):
            if part.split()[:1] == [preposition]:
                return ("comment", index)
    return None


def _comment_parts(comment: str) -> list[str]:
    """A comment's alternatives: "an jdm./etw.; für jdn./etw." and "an jdn. / zu einer Sache" are two."""
    return [part.strip() for part in re.split(r";|\s/\s", comment) if part.strip()]


def _english_preposition(rendering: Alternative, place: tuple[str, int]) -> str | None:
    """The English preposition of a rendering: in its words after the verb ("to take part in sth.") or
    opening the k-th part of its first comment ("(to sb. / to an event)"), k as on the German side; of
    choices the first ("at/for/of something happening": at)."""
    words = rendering.text.split()
    if words[:1] == ["to"]:
        words = words[1:]  # the infinitive's "to"
    in_words = next((word for word in words[1:] if word in ENGLISH_PREPOSITIONS), None)
    if in_words is not None or not rendering.comments:
        return in_words
    parts = _comment_parts(rendering.comments[0])
    if not parts:
        return None
    kind, index = place
    part = parts[index] if kind == "comment" and index < len(parts) else parts[0]
    first = part.split()[0].split("/")[0]
    return first if first in ENGLISH_PREPOSITIONS else None
