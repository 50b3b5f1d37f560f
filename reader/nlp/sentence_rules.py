"""Sentence boundaries the statistical parser gets wrong in news German.

Set before the parser runs, which respects them: a line break always starts a
sentence (headings and leads carry no full stop); an abbreviation ("z. B.",
"Dr.") or an ordinal ("am 1. August") never ends one; a closing quote after
„…." belongs to the sentence it closes; and no sentence starts with closing
punctuation or a lower-case word.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.nlp.lang.sentences import (
    ABBREVIATIONS,
    CLOSING_QUOTES,
    MONTHS,
    NEVER_STARTS,
    OPENING_QUOTES,
    OPENS_SENTENCE,
    ORDINAL_CONTEXT,
    SENTENCE_END,
)

if TYPE_CHECKING:  # annotations only: importing the rules must not load spaCy
    from spacy.tokens import Doc, Token

_ORDINAL = re.compile(r"^\d{1,2}\.$")


def mark_sentence_starts(doc: Doc) -> None:
    for token in doc[:-1]:
        following = doc[token.i + 1]
        if token.is_space and "\n" in token.text:
            following.is_sent_start = True
        elif _never_ends_sentence(doc, token) or following.text in NEVER_STARTS or following.text[0].islower():
            following.is_sent_start = False  # a German sentence starts with a capital, never with closing punctuation
        elif token.text in SENTENCE_END and following.text in CLOSING_QUOTES and _inside_quote(doc, token):
            following.is_sent_start = False


def _never_ends_sentence(doc: Doc, token) -> bool:
    if token.text in ABBREVIATIONS:
        return True
    if _ORDINAL.match(token.text):
        following = doc[token.i + 1]
        before = doc[token.i - 1].lower_ if token.i else ""
        return following.text in MONTHS or before in ORDINAL_CONTEXT
    return False


def _inside_quote(doc: Doc, token) -> bool:
    """Whether an opening quote precedes `token` in its paragraph with no closing quote between."""
    for previous in reversed(doc[: token.i]):
        if previous.is_space and "\n" in previous.text:
            return False
        if previous.text in OPENING_QUOTES and previous.text not in CLOSING_QUOTES:
            return True
        if previous.text in CLOSING_QUOTES and previous.text not in OPENING_QUOTES:
            return False
    return False


def starts_sentence(token: Token, opening: frozenset[str] = OPENS_SENTENCE) -> bool:
    """The first word of its sentence, or of a quote or bracket in it: capitalised for that reason alone."""
    return token.is_sent_start or (token.i > 0 and token.nbor(-1).text in opening)
