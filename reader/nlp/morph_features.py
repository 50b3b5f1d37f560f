"""The values of one morphological feature of a token ("Case" → ["Dat"]), kept per analysis.

`token.morph.get(field)` builds an array and splits feature strings on every call (over a
microsecond); the rules and hints ask it some 160,000 times of a 20,000-word text, which holds a
few hundred distinct analyses. The answer is kept per (analysis, field) instead, under the
analysis's hash, so a token whose morphology a rule changes is asked about its new analysis.
The lists are shared between tokens: read them, never change them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.nlp.lang.articles import determiner_readings

if TYPE_CHECKING:  # spaCy loads with the pipeline, not with this module
    from spacy.tokens import Token

_VALUES: dict[tuple[int, str], list[str]] = {}


def feature_values(token: Token, field: str) -> list[str]:
    """`token.morph.get(field)`: the values of `field` in the token's analysis, [] when it has none."""
    morph = token.morph
    key = (morph.key, field)
    values = _VALUES.get(key)
    if values is None:
        values = _VALUES[key] = morph.get(field)
    return values


def tagged_finite(token: Token) -> bool:
    """A finite verb by the tagger's tag (VVFIN, VAFIN, VMFIN) or the morphologizer's VerbForm."""
    return token.tag_.endswith("FIN") or "Fin" in feature_values(token, "VerbForm")


def article_cases(noun: Token) -> frozenset[str] | None:
    """The cases the article or possessive before `noun` may have by its form ("die": Nom, Acc; "der": Nom,
    Dat, Gen); None for a noun without one, empty for a word no table reads as an article."""
    article = next((c for c in noun.children if c.dep_ in ("det", "det:poss") and c.i < noun.i), None)
    if article is None:
        return None
    readings = determiner_readings(article.text)
    return frozenset(reading[0] for reading in readings[1]) if readings else frozenset()


def may_be_nominative(noun: Token) -> bool:
    """`noun` has no article, or one whose form may be nominative."""
    cases = article_cases(noun)
    return cases is None or "Nom" in cases
