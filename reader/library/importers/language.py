"""Does a text look German? A cheap function-word test for the import warning.

German prose is about a quarter function words (der, und, ist, nicht …); an
English or French text has almost none of these. The test needs no model and
no data, and it runs on every imported article, so it has to be instant.
"""

from __future__ import annotations

import re

# Frequent German function words that are rare as words of other languages
# ("die", "in", "an", "so" would also match English, so most of those are left out).
GERMAN_FUNCTION_WORDS = frozenset(
    """
    der die das den dem des und ist sind nicht ein eine einen einem einer eines zu von mit sich auf
    für im wurde werden wird hat haben auch bei nach aus dass es sie er wir ich noch nur oder aber
    wie über vor zum zur durch vom kein keine seine ihre sein ihr diese dieser dieses wenn weil
    schon sehr mehr gegen zwischen unter ohne seit bis waren wurden hatte hatten kann können soll
    """.split()
)
MIN_WORDS = 20
MIN_SHARE = 0.08
_WORD = re.compile(r"[^\W\d_]+")


def german_share(text: str) -> tuple[float, int]:
    """The share of German function words among the words of `text`, and the word count."""
    words = _WORD.findall(text.lower())
    if not words:
        return 0.0, 0
    return sum(word in GERMAN_FUNCTION_WORDS for word in words) / len(words), len(words)


def german_warning(text: str, language: str = "de") -> str | None:
    """A one-line warning when a text of some length does not look German (None when it does)."""
    if language and language.lower().split("-")[0] not in ("de", "deu", "ger"):
        return f"the text is marked as language {language!r}, not German"
    share, words = german_share(text)
    if words < MIN_WORDS:
        return None
    if share < MIN_SHARE:
        return f"the text does not look German (only {share:.0%} German function words)"
    return None
