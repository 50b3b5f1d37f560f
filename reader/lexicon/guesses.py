"""Guesses `lookup` does not make itself, for a word the parse shows as a common word: a misspelling of a
common word one letter away ("Monatag": Montag), an English noun German news borrowed ("Briefing").

Neither is part of `lookup` (reader/lexicon/lookup.py): a name is a rare form too and English names are
English words ("Bush", "Smith"), so only a use that shows a word may ask. Both ask wordfreq, loaded on
first use.
"""

from __future__ import annotations

from dataclasses import replace

from reader.lexicon import database
from reader.lexicon.entry import Entry, short_gloss
from reader.lexicon.lookup import lookup, names_something
from reader.lexicon.spellings import upper_first

LOANWORD_ZIPF = 3.5  # an English word at least this common (wordfreq), and more common than in German


TYPO_MIN_LENGTH = 6  # shorter words are too often another word one letter away
TYPO_RARE_ZIPF = 1.5  # the written form is this rare in German (wordfreq) at most
TYPO_COMMON_ZIPF = 3.0  # and the word one edit away at least this common
_LETTERS = "abcdefghijklmnopqrstuvwxyzäöüß"


@database.lexicon_cache(maxsize=4096)
def misspelt(word: str, pos: str | None = None) -> Entry | None:
    """The entry of the common word *word* is a misspelling of, one letter away (left out, added,
    swapped or replaced: "Monatag" Montag, "Wahlkamp" Wahlkampf, "Ministerpäsident"
    Ministerpräsident), marked a guess; None when *word* is no rare form of a common word. Not part
    of `lookup`: a name is a rare form too, so only a word the parse shows as a word may ask."""
    from wordfreq import get_frequency_dict, zipf_frequency  # (loaded on first use: few words get this far)

    if len(word) < TYPO_MIN_LENGTH or not word.isalpha() or zipf_frequency(word, "de") > TYPO_RARE_ZIPF:
        return None
    lower = word.lower()
    edits = {lower[:i] + lower[i + 1 :] for i in range(len(lower))}
    edits |= {lower[:i] + lower[i + 1] + lower[i] + lower[i + 2 :] for i in range(len(lower) - 1)}
    edits |= {lower[:i] + c + lower[i + 1 :] for i in range(len(lower)) for c in _LETTERS}
    edits |= {lower[:i] + c + lower[i:] for i in range(len(lower) + 1) for c in _LETTERS}
    edits.discard(lower)
    # of the ~60 edits per letter only those the list holds have a frequency: a dictionary look-up each
    # (wordfreq's keys are case-folded), not a tokenising zipf_frequency call for every edit
    listed = get_frequency_dict("de")
    scored = sorted(((zipf_frequency(edit, "de"), edit) for edit in edits if edit.casefold() in listed), reverse=True)
    for zipf, edit in scored[:3]:
        if zipf < TYPO_COMMON_ZIPF:
            break
        candidate = upper_first(edit) if word[:1].isupper() else edit
        entry = lookup(candidate, pos)
        # of the word class asked ("Strenz", a noun, is no "streng"); no name ("Sahaba" is no Sahara)
        if entry.found and (pos is None or entry.pos in (pos, None)) and not names_something(entry):
            gloss = (f"{entry.gloss[0]} (probably {candidate})", *entry.gloss[1:])
            return replace(entry, gloss=gloss, short=short_gloss(gloss), query=word, source="typo")
    return None


@database.lexicon_cache(maxsize=4096)
def loanword(word: str) -> Entry | None:
    """A capitalised noun no dictionary lists and no split explains that is an English word, more common
    in English than in German: German news borrows English nouns faster than Ding records them
    ("Briefing", "College"); the build glosses those Wiktionary lists the same way. Not a name
    Wiktionary lists. Not part of `lookup`: English names are English words too ("Bush", "Smith"), so
    only a use that shows a common noun may ask (a noun with its article; the head of "FEMA-Briefing")."""
    if lookup(word, "NOUN").found:
        return None
    if len(word) < 4 or not word[:1].isupper() or not word[1:].islower() or not word.isascii() or not word.isalpha():
        return None
    if database.name_kind(word) is not None:
        return None
    from wordfreq import zipf_frequency  # (loaded on first use: few words get this far)

    english = word.lower()
    forms = [english, english[:-1]] if english.endswith("s") else [english]  # "Briefings": English plural too
    if not any(LOANWORD_ZIPF <= zipf_frequency(form, "en") and zipf_frequency(form, "de") < zipf_frequency(form, "en")
               for form in forms):
        return None
    gloss = (english,)
    return Entry(word, gloss, english, None, None, "NOUN", False, (), word, "loanword")
