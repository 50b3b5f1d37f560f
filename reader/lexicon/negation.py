"""Adjectives negated with "un-" that the dictionary lacks: "unakzeptabel" is "unacceptable".

German makes a negated adjective of nearly any adjective with "un-"; Ding lists the common ones
("unsicher", "unmöglich") but not every one a news text uses. English negates with un-, in-, im-,
il-, ir- or dis-; the form English actually uses is the one wordfreq knows, else "not …". Marked a
guess, as a compound's gloss is.
"""

from __future__ import annotations

from collections.abc import Callable

from reader.lexicon.entry import Entry, short_gloss

_PREFIXES = ("un", "in", "im", "il", "ir", "dis")
_MIN_ZIPF = 1.5  # an English word in use, not a typo the word list happens to hold
_SENSES = 2


def negated(word: str, lookup: Callable[[str, str], Entry]) -> Entry | None:
    """The entry of an "un-" adjective from its base's senses, or None where the base is no adjective."""
    lower = word.lower()
    if not lower.startswith("un") or len(lower) < 7:
        return None
    base = lookup(lower[2:], "ADJ")
    if base.pos != "ADJ" or base.source not in ("exact", "case", "variant") or base.composed:
        return None
    senses = tuple(dict.fromkeys(_negate(sense) for sense in base.gloss[:_SENSES] if " " not in sense.strip()))
    if not senses:
        return None
    gloss = (f"{senses[0]} (probably)", *senses[1:])
    return Entry(term=word, gloss=gloss, short=short_gloss(gloss), pos="ADJ", composed=True,
                 parts=(("un", "not"), (base.term, base.short)), query=word, source="derived")


def _negate(adjective: str) -> str:
    """"acceptable" → "unacceptable", "possible" → "impossible"; "not …" where English has no such word."""
    from wordfreq import zipf_frequency  # (loaded on first use: most texts need no negation)

    candidates = [prefix + adjective for prefix in _PREFIXES]
    best = max(candidates, key=lambda candidate: zipf_frequency(candidate, "en"))
    return best if zipf_frequency(best, "en") >= _MIN_ZIPF else f"not {adjective}"
