"""Parser for one line of the Ding German–English dictionary.

A Ding line reads ``German side :: English side``. Each side is a list of
*sub-entries* separated by `` | `` that correspond by position (sub-entry 0 is
the entry itself; later ones are plurals, verb forms, compounds and examples).
Each sub-entry holds *alternatives* separated by ``;``, and each alternative
carries annotations: ``{f}``/``{pl}``/``{vt}`` word classes, ``[ugs.]`` labels,
``(…)`` comments, ``/dt./`` abbreviations and ``<…>`` spelling variants.

The parser is shared by the build script (which ranks and indexes senses) and
the runtime (which renders the full entry on demand), so both read the format
the same way.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

MARKER_RE = re.compile(r"\{([^{}]*)\}")
LABEL_RE = re.compile(r"\[([^\[\]]*)\]")
COMMENT_RE = re.compile(r"\(([^()]*)\)")
# letters in brackets glued to a word are an optional part of it: "colo(u)r", "narrow(er)/strict(er)"
OPTIONAL_LETTERS_RE = re.compile(r"(?<=[^\W\d_])\([^\W\d_]+\)")
ABBREV_RE = re.compile(r"(?:^|\s)/[^/\s][^/]*/(?=\s|$)")
SPELLING_RE = re.compile(r"<[^<>]*>")
SPACES_RE = re.compile(r"\s+")

_OPENERS = {"(": ")", "[": "]", "{": "}", "<": ">"}
_CLOSERS = {v: k for k, v in _OPENERS.items()}
_BRACKET_RE = re.compile(r"[()\[\]{}<>]")

# Ding word-class markers mapped to Universal Dependencies tags (spaCy's).
MARKER_POS = {
    "m": "NOUN", "f": "NOUN", "n": "NOUN", "pl": "NOUN", "sing": "NOUN",
    "m,f": "NOUN", "m,n": "NOUN", "n,m": "NOUN", "f,n": "NOUN", "f,m": "NOUN",
    "vt": "VERB", "vi": "VERB", "vr": "VERB", "v": "VERB",
    "adj": "ADJ", "adv": "ADV", "prp": "ADP", "conj": "CCONJ",
    "pron": "PRON", "ppron": "PRON", "art": "DET", "num": "NUM",
    "interj": "INTJ", "particle": "PART",
}


@dataclass(frozen=True, slots=True)
class Alternative:
    """One ``;``-separated alternative: bare text plus its annotations."""

    raw: str
    text: str  # annotations removed, whitespace collapsed
    markers: tuple[str, ...]  # "f", "pl", "vt", "m,f" …
    labels: tuple[str, ...]  # "ugs.", "Ös.", "techn." …
    comments: tuple[str, ...]
    abbreviations: tuple[str, ...] = ()  # "/EU/" after "Europäische Union"

    @property
    def pos(self) -> str | None:
        for marker in self.markers:
            head = marker.split(";")[0].strip()
            if head in MARKER_POS:
                return MARKER_POS[head]
        return None

    @property
    def gender(self) -> str | None:
        for marker in self.markers:
            if marker in ("m", "f", "n"):
                return marker
            if "," in marker and MARKER_POS.get(marker) == "NOUN":
                return marker.split(",")[0]
        return None

    @property
    def is_plural(self) -> bool:
        return "pl" in self.markers


@dataclass(frozen=True, slots=True)
class DingLine:
    """A parsed line: German and English sub-entries, aligned by position."""

    german: tuple[tuple[Alternative, ...], ...]
    english: tuple[tuple[Alternative, ...], ...]

    @property
    def aligned(self) -> bool:
        return len(self.german) == len(self.english)


def split_top_level(text: str, separator: str, maxsplit: int = -1) -> list[str]:
    """Split on *separator* (which holds no bracket) only outside (), [], {} and <> groups; at most
    *maxsplit* times, as `str.split` does, when it is not negative.

    Only the brackets and separators are visited, found by a regular expression: an analysis
    splits tens of thousands of Ding strings, and a loop over every character was most of its cost.
    """
    if not _BRACKET_RE.search(text):
        return text.split(separator, maxsplit)
    parts: list[str] = []
    depth = 0
    start = 0
    for match in _bracket_or(separator).finditer(text):
        char = match.group()
        if char in _OPENERS:
            depth += 1
        elif char in _CLOSERS:
            depth = max(depth - 1, 0)
        elif depth == 0:
            if len(parts) == maxsplit:
                break
            parts.append(text[start : match.start()])
            start = match.end()
    parts.append(text[start:])
    return parts


@functools.cache
def _bracket_or(separator: str) -> re.Pattern[str]:
    return re.compile(rf"[(\[{{<]|[)\]}}>]|{re.escape(separator)}")


def parse_alternative(raw: str, english: bool = False) -> Alternative:
    """Strip the annotations off one alternative and keep them apart."""
    raw = raw.strip()
    markers = tuple(m.strip() for m in MARKER_RE.findall(raw))
    labels = tuple(LABEL_RE.findall(raw))
    text = MARKER_RE.sub(" ", raw)
    text = LABEL_RE.sub(" ", text)
    if english:
        text = OPTIONAL_LETTERS_RE.sub("", text)
    comments = tuple(COMMENT_RE.findall(text))
    text = COMMENT_RE.sub(" ", text)
    text = SPELLING_RE.sub(" ", text)
    abbreviations = tuple(m.strip().strip("/") for m in ABBREV_RE.findall(text))
    text = ABBREV_RE.sub(" ", text)
    text = SPACES_RE.sub(" ", text).strip()
    return Alternative(raw, text, markers, labels, comments, abbreviations)


# An abbreviation starts right after its slash ("/Gov.; Govt./"); " / among sb. (by sth./" is text.
ENGLISH_ABBREV_SPAN_RE = re.compile(r"\s/[^/|\s()][^/|()]*?/(?=[\s;]|$)")
GERMAN_ABBREV_SPAN_RE = re.compile(r"(?<=\s)/[^/\s|{}][^/|{}]*?;[^/|{}]*?/(?=[\s;|]|$)")


def parse_side(side: str, english: bool = False) -> tuple[tuple[Alternative, ...], ...]:
    return tuple(parse_alternatives(sub, english) for sub in _sub_entries(side, english))


def _sub_entries(side: str, english: bool, maxsplit: int = -1) -> list[str]:
    # Abbreviations may list variants with ";" ("government /Gov.; Govt./", "oder {conj} /o.; od./"),
    # which is no separator of alternatives.
    if english:
        side = ENGLISH_ABBREV_SPAN_RE.sub("", side)
    else:
        side = GERMAN_ABBREV_SPAN_RE.sub(lambda m: m.group(0).replace(";", ","), side)
    return split_top_level(side, " | ", maxsplit)


def parse_alternatives(sub_entry: str, english: bool = False) -> tuple[Alternative, ...]:
    """The ``;``-separated alternatives of one sub-entry (as `entry_sides` gives it)."""
    return tuple(parse_alternative(alt, english) for alt in split_top_level(sub_entry, ";") if alt.strip())


def _sides(line: str) -> tuple[str, str] | None:
    line = line.rstrip("\n")
    if not line or line.startswith("#") or " :: " not in line:
        return None
    german, english = line.split(" :: ", 1)
    return german, english


def parse_line(line: str) -> DingLine | None:
    """Parse one dictionary line; None for comments and malformed lines."""
    sides = _sides(line)
    return None if sides is None else DingLine(parse_side(sides[0]), parse_side(sides[1], english=True))


def entry_sides(line: str) -> tuple[str, str] | None:
    """The German and English text of the line's entry itself (sub-entry 0), unparsed: what
    `parse_line` gives as its first sub-entries once `parse_alternatives` reads them. Reading only
    the entry spares parsing the forms, compounds and examples after it: the valency of a verb
    reads the entries of all its lines, and a common verb's lines are long."""
    sides = _sides(line)
    if sides is None:
        return None
    return _sub_entries(sides[0], False, 1)[0], _sub_entries(sides[1], True, 1)[0]


def clean_gloss(alternative: Alternative) -> str:
    """The English gloss as shown in the panel: no labels, comments, forms."""
    text = alternative.text.replace(" ,", ",").strip(" ,;")
    return text
