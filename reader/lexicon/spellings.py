"""The keys a word may be listed under, in the order `lookup` tries them (steps 1 to 4 of
reader/lexicon/lookup.py).

    for source, key in spellings("Strasse"): …   # ("exact", "Strasse"), ("case", "strasse"), ("ss", "Straße"), …

The word as written, other capitalisations ("Die" -> "die", "Nato" -> "NATO"), ß/ss spellings and the
doublets of the 1996 reform ("Strasse" -> "Straße", "Potential" -> "Potenzial"), then the dictionary
forms an inflected or nominalised word may come from (`lemma_variants`: "abzubauen" -> "abbauen",
"Deutsche" -> "deutsch"), of the word and of its respellings. Only spelling here: no dictionary is
asked, so the lexicon's build uses `lemma_variants` too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

NOUN_ENDINGS = ("en", "er", "es", "e", "n", "s", "ns", "ern", "nen", "ien")  # (last: "Adverbien" -> Adverb)
ADJ_ENDINGS = ("sten", "ste", "ster", "stes", "stem", "en", "er", "em", "es", "e")
VERB_ENDINGS = ("test", "tet", "ten", "te", "st", "t", "e", "end")
ZU_INFINITIVE_RE = re.compile(r"^(\w{2,}?)zu(\w{3,}(?:en|ern|eln))$")
PARTICIPLE_RE = re.compile(r"^(\w*?)ge(\w{2,}?)(?:t|et|en)$")
MIN_STEM = 3


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


SYMBOL_LENGTH = 3  # a lower-case word this short takes no capitals: symbols are case-sensitive


def _case_variants(word: str) -> list[str]:
    if word.islower() and len(word) <= SYMBOL_LENGTH:
        return []  # "s", "kn", "mg" are units or symbols, not "S" (south), "KN", "Mg" (magnesium)
    variants = [word.lower(), upper_first(word.lower()), upper_first(word)]
    if 3 <= len(word) <= 5:
        variants.append(word.upper())  # "Nato" -> "NATO", "Csu" -> "CSU"; "Bb" (Backbord) is no BB (Barbados)
    return list(dict.fromkeys(v for v in variants if v != word))


def lemma_variants(word: str) -> Iterator[str]:
    """Dictionary forms an inflected or nominalised word may come from."""
    lower = word.lower()
    match = ZU_INFINITIVE_RE.match(lower)
    if match:
        yield match.group(1) + match.group(2)  # abzubauen -> abbauen
    for ending in NOUN_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            yield word[: -len(ending)]  # Verhandlungen -> Verhandlung
    for ending in ADJ_ENDINGS:
        if lower.endswith(ending) and len(lower) - len(ending) >= MIN_STEM:
            stem = lower[: -len(ending)]
            yield stem  # Deutsche -> deutsch, größten -> groß
            if stem[-1] in "lr" and stem[-2] != "e":
                yield stem[:-1] + "e" + stem[-1]  # sensible -> sensibel, teure -> teuer
    for ending in VERB_ENDINGS:
        if lower.endswith(ending) and len(lower) - len(ending) >= MIN_STEM:
            stem = lower[: -len(ending)]
            yield stem + "en"  # forderte -> forderen (miss), sagte -> sagen
            yield stem + "n"  # forderte -> fordern
    if lower == word and not lower.endswith("e"):
        yield lower + "e"  # simplemma's "letzt" -> "letzte"
    if len(lower) > MIN_STEM and lower[-1] in "lr" and lower[-2] not in "aeiouäöü":
        yield lower[:-1] + "e" + lower[-1]  # a stem without its ending's e: "akzeptabl" -> "akzeptabel"
    if word[:1].isupper():
        if word.endswith("e"):
            yield word + "r"  # Beamte -> Beamter, Abgeordnete -> Abgeordneter
            yield word + "n"  # Personalie -> Personalien (plural-only entry)
        elif word.endswith("en") and len(word) - 2 >= MIN_STEM:
            yield word[:-1] + "r"  # Beamten -> Beamter (not "Chen" -> "Cher": no stem before the ending)
    match = PARTICIPLE_RE.match(lower)
    if match and len(match.group(2)) >= MIN_STEM - 1:
        yield match.group(1) + match.group(2) + "en"  # abgebaut -> abbauen
        yield match.group(1) + match.group(2) + "n"


def _ss_variants(word: str) -> list[str]:
    """ß/ss respellings; each "ss" may or may not be an ß ("ausschliessen")."""
    out = []
    if "ß" in word:
        out.append(word.replace("ß", "ss"))
    pieces = word.split("ss")
    if 1 < len(pieces) <= 4:
        for mask in range(1, 2 ** (len(pieces) - 1)):
            spelled = pieces[0]
            for i, piece in enumerate(pieces[1:]):
                spelled += ("ß" if mask >> i & 1 else "ss") + piece
            out.append(spelled)
    return out


# Spellings the 1996 reform left side by side, of which Ding lists one: "Scheinselbständigkeit" is its
# "Scheinselbstständigkeit", "Potential" its "Potenzial".
_DOUBLETS = (("selbständ", "selbstständ"), ("tial", "zial"), ("tiell", "ziell"))


def _doublets(word: str) -> list[str]:
    lower = word.lower()
    return [word[: lower.index(old)] + new + word[lower.index(old) + len(old) :] for old, new in _DOUBLETS if old in lower]


def spellings(word: str) -> Iterator[tuple[str, str]]:
    """(source, key) candidates in fallback order, without repeats."""
    yield "exact", word
    seen = {word}
    cased = _case_variants(word)

    def fresh(source: str, keys) -> Iterator[tuple[str, str]]:
        for key in keys:
            if key not in seen:
                seen.add(key)
                yield source, key

    yield from fresh("case", cased)
    # The ß/ss respelling of the word itself comes before inflection guesses:
    # "Strasse" is "Straße", not "Strass" (rhinestone) minus an ending.
    respelled = [s for base in [word, *cased] for s in (*_ss_variants(base), *_doublets(base))]
    yield from fresh("ss", respelled)
    for base in [word, *cased]:
        yield from fresh("variant", lemma_variants(base))
    for spelled in respelled:
        yield from fresh("ss", lemma_variants(spelled))
