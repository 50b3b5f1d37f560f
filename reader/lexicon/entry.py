"""The lexicon's plain result types: Entry (panel gloss) and FullEntry (all senses).

Both are frozen dataclasses with no UI dependency; ``to_dict()`` gives the
JSON shape used by ``reader lookup --json`` and ``reader analyze --json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

SHORT_WIDTH = 40  # characters of the panel gloss
SHORT_SENSES = 3

_PARENS_RE = re.compile(r"\s*(\([^()]*\)|\{[^{}]*\}|\[[^\[\]]*\])")


def strip_notes(gloss: str) -> str:
    """A gloss without parenthesised notes: "conference (on)" -> "conference"."""
    if "(" not in gloss and "[" not in gloss and "{" not in gloss:
        return gloss
    return " ".join(_PARENS_RE.sub("", gloss).split()) or gloss


def short_gloss(glosses: tuple[str, ...] | list[str], width: int = SHORT_WIDTH) -> str:
    """One to three senses joined by "; ", about *width* characters.

    The first sense always shows (cut with "…" if it alone is too long);
    further senses join only while the line stays within *width*.
    """
    if not glosses:
        return ""
    first = strip_notes(glosses[0])
    if len(first) > width:
        return first[: width - 1].rstrip() + "…"
    out = [first]
    for gloss in glosses[1:]:
        if len(out) >= SHORT_SENSES:
            break
        gloss = strip_notes(gloss)
        if gloss.lower() in (g.lower() for g in out):
            continue
        if len("; ".join(out + [gloss])) > width:
            break
        out.append(gloss)
    return "; ".join(out)


def declines_like_adjective(term: str, gender: str | None, plural: str | None) -> bool:
    """A noun made from an adjective, as dictionaries list it: in its strong form ("Abgeordneter",
    plural "Abgeordnete"; "Vorsitzende", plural "Vorsitzende"). Its endings are an adjective's, so
    its form alone tells neither number nor case ("der Abgeordnete", "19 Abgeordnete")."""
    return (gender == "m" and term.endswith("er") and plural == term[:-1]) or (
        gender == "f" and term.endswith("e") and plural == term
    )


def after_definite_article(term: str, gender: str | None, plural: str | None) -> tuple[str, str | None]:
    """The singular and plural a learner reads after der/die/das: "der Abgeordnete", "die
    Abgeordneten" for the dictionary's "Abgeordneter", which goes with "ein"."""
    if not declines_like_adjective(term, gender, plural):
        return term, plural
    singular = term[:-1] if gender == "m" else term
    return singular, singular + "n"


@dataclass(frozen=True, slots=True)
class Entry:
    """What the gloss panel shows for one word.

    ``gloss`` is the ranked tuple of English senses (empty when the word is
    unknown); ``short`` is the ~40-character panel line. ``composed`` is True
    when the gloss was built from parts (compound or hyphenated word), with
    ``parts`` listing each (German part, its gloss). ``source`` says which
    lookup step found it: exact, case, variant, ss, hyphen, compound or none (derived: a noun
    of action glossed from its verb by reader.nlp.glossing).
    """

    term: str
    gloss: tuple[str, ...] = ()
    short: str = ""
    gender: str | None = None
    plural: str | None = None
    pos: str | None = None
    composed: bool = False
    parts: tuple[tuple[str, str], ...] = ()
    query: str = ""
    source: str = "none"

    @property
    def found(self) -> bool:
        return bool(self.gloss)

    def to_dict(self) -> dict:
        return {
            "term": self.term,
            "gloss": list(self.gloss),
            "short": self.short,
            "gender": self.gender,
            "plural": self.plural,
            "pos": self.pos,
            "composed": self.composed,
            "parts": [list(part) for part in self.parts],
            "query": self.query,
            "source": self.source,
        }


@dataclass(frozen=True, slots=True)
class Sense:
    """One dictionary line: the German headwords, English glosses, examples."""

    german: str  # the entry as Ding writes it, annotations included
    english: tuple[str, ...]
    labels: tuple[str, ...]  # "pol.", "ugs.", "Ös." …
    pos: str | None
    gender: str | None
    examples: tuple[tuple[str, str], ...] = ()  # (German, English) pairs

    def to_dict(self) -> dict:
        return {
            "german": self.german,
            "english": list(self.english),
            "labels": list(self.labels),
            "pos": self.pos,
            "gender": self.gender,
            "examples": [list(pair) for pair in self.examples],
        }


@dataclass(frozen=True, slots=True)
class FullEntry:
    """All senses of a word, best first, for the on-demand dictionary view."""

    entry: Entry
    senses: tuple[Sense, ...] = field(default_factory=tuple)

    @property
    def term(self) -> str:
        return self.entry.term

    def to_dict(self) -> dict:
        return {**self.entry.to_dict(), "senses": [s.to_dict() for s in self.senses]}
