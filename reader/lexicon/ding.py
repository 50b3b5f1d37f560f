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

import re
from dataclasses import dataclass

MARKER_RE = re.compile(r"\{([^{}]*)\}")
LABEL_RE = re.compile(r"\[([^\[\]]*)\]")
COMMENT_RE = re.compile(r"\(([^()]*)\)")
ABBREV_RE = re.compile(r"(?:^|\s)/[^/\s][^/]*/(?=\s|$)")
SPELLING_RE = re.compile(r"<[^<>]*>")
SPACES_RE = re.compile(r"\s+")

_OPENERS = {"(": ")", "[": "]", "{": "}", "<": ">"}
_CLOSERS = {v: k for k, v in _OPENERS.items()}

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


def split_top_level(text: str, separator: str) -> list[str]:
    """Split on *separator* only outside (), [], {} and <> groups."""
    parts: list[str] = []
    depth = 0
    start = 0
    i = 0
    n = len(text)
    sep_len = len(separator)
    while i < n:
        char = text[i]
        if char in _OPENERS:
            depth += 1
        elif char in _CLOSERS and depth > 0:
            depth -= 1
        elif depth == 0 and text.startswith(separator, i):
            parts.append(text[start:i])
            i += sep_len
            start = i
            continue
        i += 1
    parts.append(text[start:])
    return parts


def parse_alternative(raw: str) -> Alternative:
    """Strip the annotations off one alternative and keep them apart."""
    raw = raw.strip()
    markers = tuple(m.strip() for m in MARKER_RE.findall(raw))
    labels = tuple(LABEL_RE.findall(raw))
    text = MARKER_RE.sub(" ", raw)
    text = LABEL_RE.sub(" ", text)
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
    # Abbreviations may list variants with ";" ("government /Gov.; Govt./", "oder {conj} /o.; od./"),
    # which is no separator of alternatives.
    if english:
        side = ENGLISH_ABBREV_SPAN_RE.sub("", side)
    else:
        side = GERMAN_ABBREV_SPAN_RE.sub(lambda m: m.group(0).replace(";", ","), side)
    return tuple(
        tuple(parse_alternative(alt) for alt in split_top_level(sub, ";") if alt.strip())
        for sub in split_top_level(side, " | ")
    )


def parse_line(line: str) -> DingLine | None:
    """Parse one dictionary line; None for comments and malformed lines."""
    line = line.rstrip("\n")
    if not line or line.startswith("#") or " :: " not in line:
        return None
    german, english = line.split(" :: ", 1)
    return DingLine(parse_side(german), parse_side(english, english=True))


def clean_gloss(alternative: Alternative) -> str:
    """The English gloss as shown in the panel: no labels, comments, forms."""
    text = alternative.text.replace(" ,", ",").strip(" ,;")
    return text
