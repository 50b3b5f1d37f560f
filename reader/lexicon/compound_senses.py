"""Which sense a word has inside compounds, learnt from the compounds Ding lists (build time).

A compound the dictionary lacks is glossed from its parts, and the first sense of a part is often
not the one it has in compounds: "Kampf" alone is "fight", in "Kampfflugzeug", "Kampfeinsatz",
"Kampfhund" it is "combat", "fighter", "fighting"; "hoch" in adjectives is "highly"; "Börse" at the
end of "Jobbörse", "Tauschbörse" is an "exchange", not a "stock exchange". Ding lists tens of
thousands of compounds with their English, so for every part the build counts the English words of
the compounds it starts or ends, and keeps:

* as a first part (``modifier_gloss``): the English word form those compounds use most that belongs
  to one of the part's senses ("fighter" for Kampf, "highly" for hoch), also for the part with a
  genitive link, which may have a sense of its own ("Landes-": state, where "Land-" is also "land");
* as a last part (``head_glosses``): led by the word of its senses that compounds ending in it use
  most ("exchange"; "rights" for the plural "Rechte", which alone is first "the (political) right");
* as a last part English puts first (``head_phrase``): "freedom of" where the compounds ending in
  "Freiheit" mostly read "freedom of the press", "freedom of assembly" rather than "… freedom";
* no first-part sense (``unsupported_prefix``) where Ding lists one in an entry for several first
  parts ("Besuchs…; Kontakt…; Hilfs…": befriending) that the compounds starting with the part do
  not use as much as the part's own senses ("Besuchszeit": visiting hours).

Pure functions over plain data; tools/build_lexicon.py stores the result, lookup.py reads it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from reader.lexicon.compounds import linked, split_compound
from reader.lexicon.ranking import USAGE_STOPWORDS, gloss_core

MIN_EVIDENCE = 4  # weighted compounds (about two common ones) that must agree before a part's sense changes
FORM_OF_SENSE_BONUS = 2.0  # the sense's own word ("member") beats a derived form ("membership") unless twice as used
_WORD_RE = re.compile(r"[a-z][a-z’'-]*")
_POSSESSIVE_RE = re.compile(r"[’']s?$")


def english_words(text: str) -> list[str]:
    """Content words, a possessive as its noun ("farmer’s", "farmers’": farmer, farmers)."""
    words = (_POSSESSIVE_RE.sub("", w) for w in _WORD_RE.findall(gloss_core(text)))
    return [w for w in words if w and w not in USAGE_STOPWORDS]


def count_compound_usage(
    compounds: Iterable[tuple[str, str]], known: Callable[[str], bool], weight: Callable[[str], float]
) -> tuple[dict[str, Counter[str]], dict[str, Counter[str]], dict[str, str], dict[str, Counter[str]]]:
    """For (German compound, its English) pairs: English word counts per first part and per last part,
    for a first part written with its link ("Landes") the word it is ("Land"), and per last part how
    its English is phrased (``english_phrasing``).

    Each compound counts by *weight* (how common it is in German text), so the compounds of the news
    ("Sicherheitsrat": Security Council) outweigh a trade's ("Sicherheitsventil": safety valve).
    """
    first: dict[str, Counter[str]] = {}
    last: dict[str, Counter[str]] = {}
    bases: dict[str, str] = {}
    phrasing: dict[str, Counter[str]] = {}
    for german, english in compounds:
        strength = weight(german)
        if strength <= 0:
            continue
        split = split_compound(german, known, max_parts=2)
        if split is None or len(split) != 2:
            continue
        words = english_words(english)
        if not words:
            continue
        modifier = split[0]
        parts = [(modifier.key, first), (split[1].key, last)]
        written = linked(modifier)  # "Landes-" apart from "Land-"
        if written:
            parts.append((written, first))
            bases[written] = modifier.key
        for part, counts in parts:
            bucket = counts.setdefault(part, Counter())
            for word in words:
                bucket[word] += strength
        phrased = phrasing.setdefault(split[1].key, Counter())
        for key in english_phrasing(english):
            phrased[key] += strength
    return first, last, bases, phrasing


# Prepositions after which English names what a head is of or for: "freedom of assembly", "ban on
# smoking". Not "to", which mostly comes before a verb ("refusal to pay").
HEAD_PREPOSITIONS = ("of", "for", "on", "against", "in", "from")
PHRASE_DOMINANCE = 2.0  # "freedom of …" must be twice as common as all "… freedom", "… liberty"


def english_phrasing(english: str) -> list[str]:
    """How an English compound of several words is built: its last word ("press freedom": "freedom"),
    and its first word with the preposition after it ("freedom of the press": "freedom of")."""
    words = _WORD_RE.findall(gloss_core(english))
    if len(words) < 2:
        return []
    keys = [_POSSESSIVE_RE.sub("", words[-1])]
    if len(words) >= 3 and words[1] in HEAD_PREPOSITIONS:
        keys.append(f"{words[0]} {words[1]}")
    return keys



def _stem(word: str) -> str:
    return word[:5]


# English endings that keep a word's sense ("member" → "membership"); a longer word merely sharing
# the first letters is another word ("after" is no "aftermath", "visit" no "visitation")
_DERIVATIONS = ("ship", "ment", "ness", "hood", "ation", "ity", "ism", "ist")
_INFLECTION = 3  # letters an inflected form may add: "fight" → "fighting", "study" → "studies"


def _matching(core_word: str, counts: Counter[str]) -> list[tuple[int, str]]:
    stem = _stem(core_word)
    return [(n, w) for w, n in counts.items() if w.startswith(stem) and _form_of(w, core_word)]


def _form_of(form: str, word: str) -> bool:
    return len(form) <= len(word) + _INFLECTION or (form.startswith(word) and form[len(word):] in _DERIVATIONS)


def modifier_gloss(senses: Iterable[str], counts: Counter[str]) -> str | None:
    """The English word form compounds starting with this part use most, among its senses' words."""
    best: tuple[float, str] | None = None
    for sense in senses:
        words = english_words(sense)
        if len(words) != 1:
            continue  # a one-word sense can stand before another noun
        for count, form in _matching(words[0], counts):
            if form == words[0]:
                count *= FORM_OF_SENSE_BONUS
            if sense[:1].isupper():
                form = form.capitalize()  # "Wednesday", not "wednesday"
            if best is None or (count, -len(form)) > (best[0], -len(best[1])):
                best = (count, form)
    return best[1] if best and best[0] >= MIN_EVIDENCE else None


def head_glosses(senses: list[str], counts: Counter[str]) -> list[str] | None:
    """The part's senses led by the one word of them that compounds ending in it use most ("exchange"
    for Börse, from "stock exchange"); None to keep the order. Only a sense's last word can lead: an
    English compound ends in its head, so "managing director" offers "director", never "managing"."""
    best: tuple[float, float, str] | None = None
    for sense in senses:
        for word in english_words(sense)[-1:]:
            # the word itself decides between senses its forms share: "rights" (Menschenrechte: human
            # rights) before "the (political) right" for "Rechte"
            support = (sum(n for n, _ in _matching(word, counts)), counts.get(word, 0.0))
            if best is None or support > best[:2]:
                best = (*support, word)
    if best is None or best[0] < MIN_EVIDENCE or english_words(senses[0]) == [best[2]]:
        return None
    return [best[2]] + [s for s in senses if english_words(s) != [best[2]]]


def head_phrase(senses: list[str], phrasing: Counter[str]) -> str | None:
    """A head English puts first, with its preposition ("freedom of"), where the compounds ending in
    the part read "freedom of …" at least twice as often as they end in any of its senses' words."""
    words = list(dict.fromkeys(w for sense in senses for w in english_words(sense)[-1:]))
    after = sum(n for word in words for n, form in _matching(word, phrasing) if " " not in form)
    best = max(((phrasing.get(f"{word} {prep}", 0.0), f"{word} {prep}") for word in words for prep in HEAD_PREPOSITIONS),
               default=(0.0, ""))
    if best[0] < MIN_EVIDENCE or best[0] < PHRASE_DOMINANCE * after:
        return None
    return best[1]


def unsupported_prefix(prefix_senses: list[str], own_senses: list[str], counts: Counter[str]) -> bool:
    """Ding's first-part senses of a part are used less by the compounds starting with it than the
    part's own senses ("Besuchs…": befriending, once; "Besuch": visit, in "visiting hours", "visits")."""

    def support(senses: list[str]) -> float:
        words = {w for sense in senses for w in english_words(sense)}
        return sum(n for word in words for n, _ in _matching(word, counts))

    return bool(prefix_senses) and support(prefix_senses) < support(own_senses)


COMPOSING_SENSES = 3  # a part's senses a composed gloss may be built from


def composes_from_parts(english: str, modifier_senses: list[list[str]], head_senses: list[str]) -> bool:
    """Ding's English for a compound says what its parts' first senses would: "eel smokery" for
    Aalräucherei (eel + smokery), not "viral envelope" for Virushülle (Hülle: cover) nor "constituent"
    for verfassungsgebend; only such compounds can be left to the lookup to compose."""
    words = english_words(english)
    head = _words_of(head_senses)
    parts = head.union(*map(_words_of, modifier_senses))
    return bool(words) and _among(words[-1], head) and all(_among(word, parts) for word in words[:-1])


def _words_of(senses: list[str]) -> set[str]:
    return {word for sense in senses[:COMPOSING_SENSES] for word in english_words(sense)}


def _among(word: str, words: set[str]) -> bool:
    return any(_stem(word) == _stem(other) for other in words)
