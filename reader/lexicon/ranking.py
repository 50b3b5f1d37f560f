"""Sense ranking for the lexicon build.

Ding lists senses in no particular order of frequency: "Souveränität" opens
with the psychological sense "aplomb", "Spannung" with the medical
"tautness". A learner reading news needs the everyday sense first, so every
(German word, English gloss) pair gets a score:

* where the word sits in the line: the headword of its own line beats a
  synonym, which beats a compound listed inside another entry, which beats a
  participle, which beats the last word of an idiom;
* labels: a sense with a regional, colloquial, dated or technical label never
  comes before a neutral one, and an offensive one (slang, vulgar, pejorative)
  is left out when the word has any other sense (see labels.py); news domains
  (politics, economy, law …) cost nothing;
* recurrence: an English gloss that several lines agree on is likely the
  main sense;
* English word frequency (wordfreq) breaks the remaining ties, so "tension"
  beats "tautness" and "sovereignty" beats "aplomb".

Only the build script calls this; the runtime reads the ranked result.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from reader.lexicon import labels as usage

# How a German key was found in a line; the weight is the base score.
KIND_WEIGHT = {
    "head": 3.0,  # first alternative of the entry: the line's own headword
    "syn": 2.4,  # further alternatives of the entry
    "reflexive": 2.0,
    "prepositional": 1.8,  # "als etw. dienen" for "dienen", glossed without the preposition  # "sich anbieten" for the key "anbieten": the plain verb is another sense
    "stripped": 1.8,  # headword only after removing 2+ words ("etw. aus sich machen")
    "plural": 2.5,  # plural form listed in the entry's plural sub-entry
    "sub": 1.0,  # a word with its own word class inside a later sub-entry
    "form": 0.5,  # present/past participle of a verb entry
    "phrase": -0.5,  # infinitive at the end of a verb idiom
}

PENALTY_REGIONAL = 1.5
PENALTY_COLLOQUIAL = 1.0
PENALTY_DATED = 1.5
PENALTY_MILD = 0.3
PENALTY_TECHNICAL = 0.8
RESTRICTION_PENALTY = 0.25  # per German comment narrowing the sense (up to 2)
POSITION_STEP = 0.5  # per English alternative further down the line (Ding puts the usual one first)
RECURRENCE_BONUS = 0.3  # per further line agreeing on a gloss (up to 3), scaled by its weight
RICHNESS_WEIGHT = 0.25  # per doubling of the line's sub-entries (forms, examples): main senses carry more
FREQUENCY_WEIGHT = 0.6  # per Zipf point of the English gloss
USAGE_WEIGHT = 0.6  # per doubling of the lines whose German uses the key and whose English uses the gloss
USAGE_SHARE_WEIGHT = 1.5  # for the gloss whose word the key's uses speak most
USAGE_STOPWORDS = {
    "to", "the", "a", "an", "of", "sb", "sth", "one's", "one’s", "be", "in", "on", "with", "for",
    "and", "or", "at", "by", "it", "is", "as", "from", "into", "up", "out", "off", "not", "no",
    "he", "she", "we", "you", "they", "his", "her", "its", "our", "your", "their", "my", "me", "him",
    "them", "us", "was", "were", "are", "been", "have", "has", "had", "will", "would", "this", "that",
}


PENALTIES = {
    "regional": PENALTY_REGIONAL, "colloquial": PENALTY_COLLOQUIAL, "dated": PENALTY_DATED,
    "mild": PENALTY_MILD, "technical": PENALTY_TECHNICAL, "subject": PENALTY_TECHNICAL,
}


def label_penalty(labels: Iterable[str]) -> float:
    """Points lost for a set of labels (the worst label of each kind counts)."""
    kinds = {usage.kind(label) for label in labels} - {"news"}
    return sum(PENALTIES[kind] for kind in kinds)


_CORE_NOISE_RE = re.compile(r"\b(?:(?:sb|sth)\.(?:/(?:sb|sth)\.)*(?:’s|'s)?|one's|one’s|your|oneself|yourself)\s*")
_PAREN_RE = re.compile(r"\([^()]*\)|\{[^{}]*\}|\[[^\[\]]*\]")


@lru_cache(maxsize=65536)  # an analysis asks it of the same senses again and again (two regex passes each)
def gloss_core(gloss: str) -> str:
    """The gloss reduced to its content words, for frequency and comparison."""
    core = _PAREN_RE.sub(" ", gloss)
    core = _CORE_NOISE_RE.sub(" ", core)
    core = core.strip().lower()
    if core.startswith("to "):
        core = core[3:]
    return " ".join(core.split())


@dataclass
class Candidate:
    """One line's offer of English glosses for one German key."""

    line_id: int
    kind: str
    alt_index: int
    labels: tuple[str, ...]  # labels that apply to the German side
    glosses: list[tuple[str, tuple[str, ...]]]  # (gloss, its own labels)
    gender: str | None = None
    plural: str | None = None
    restrictions: int = 0  # German-side comments narrowing the sense: "(Druck)"
    richness: int = 0  # sub-entries after the first: plurals, forms, examples

    @property
    def weight(self) -> float:
        return (
            KIND_WEIGHT[self.kind]
            - 0.1 * min(self.alt_index, 5)
            - label_penalty(self.labels)
            - RESTRICTION_PENALTY * min(self.restrictions, 2)
        )


def _strength(weight: float) -> float:
    """A line's weight as a 0..1 share of a clean headword line's."""
    return min(1.0, max(0.0, weight / KIND_WEIGHT["head"]))


@dataclass
class RankedTerm:
    """The ranked result for one (key, part of speech)."""

    glosses: list[str]
    line_ids: list[int]
    score: float
    gender: str | None
    plural: str | None
    gloss_scores: list[float] = field(default_factory=list)
    sense_genders: dict[str, str] = field(default_factory=dict)  # a sense's gender, where only one offers it


def usage_stems(english: str) -> list[str]:
    """Content words of English text as lemmas cut to five letters: "investigating" and
    "investigation" meet, and so do "made" and "make"."""
    words = re.findall(r"[a-z’']+", english.lower())
    return [_english_lemma(word)[:5] for word in words if word not in USAGE_STOPWORDS and len(word) > 1]


@lru_cache(maxsize=None)
def _english_lemma(word: str) -> str:
    import simplemma  # build time only: the runtime reads the ranked result

    return simplemma.lemmatize(word, lang="en")


def usage_bonus(core: str, usage_counts: Counter[str] | None) -> float:
    """How much of the key's use in Ding (idioms, compounds, examples) speaks this gloss's words:
    per doubling of the count, and by the share of the most used word's count."""
    if not usage_counts:
        return 0.0
    count = max((usage_counts.get(stem, 0) for stem in usage_stems(core)), default=0)
    top = usage_counts.most_common(1)[0][1]
    return USAGE_WEIGHT * math.log2(1 + count) + USAGE_SHARE_WEIGHT * count / top


def rank_candidates(
    candidates: list[Candidate],
    zipf: Callable[[str], float],
    max_glosses: int = 8,
    max_lines: int = 24,
    usage_counts: Counter[str] | None = None,
) -> RankedTerm:
    """Merge the candidates of one key into ranked glosses and lines.

    *usage_counts* counts the English words (as ``usage_stems``) of every Ding sub-entry whose German
    uses the key as a word: "bringen" occurs in dozens of idioms translated with "bring", few with "get".
    """
    best: dict[str, float] = {}
    shown: dict[str, str] = {}
    register: dict[str, tuple[int, tuple[str, ...]]] = {}  # core -> (tier, labels) of its plainest offer
    strongest: dict[str, float] = {}  # core -> the weight of the line that offer came from
    plain: set[str] = set()  # cores some non-reflexive line offers: "sich pflegen" senses come after them
    lines_agreeing: dict[str, dict[int, float]] = {}
    for cand in candidates:
        base = cand.weight + RICHNESS_WEIGHT * math.log2(1 + cand.richness)
        for position, (gloss, gloss_labels) in enumerate(cand.glosses):
            core = gloss_core(gloss)
            if not core:
                continue
            score = base - POSITION_STEP * min(position, 5) - label_penalty(gloss_labels)
            if core not in best or score > best[core] or (
                score == best[core] and gloss < shown[core]
            ):
                best[core] = score
                shown[core] = gloss
            labels = cand.labels + gloss_labels
            offer = (usage.OFFENSIVE_TIER if usage.is_offensive(gloss) else usage.tier(labels), labels)
            # of offers as marked, the strongest line's labels: "Schnee {m} [meteo.] :: snow", not the
            # "[ugs.]" of a later line's "snow" (image noise)
            if core not in register or offer[0] < register[core][0] or (
                offer[0] == register[core][0] and cand.weight > strongest[core]
            ):
                register[core] = offer
                strongest[core] = cand.weight
            if cand.kind != "reflexive":
                plain.add(core)
            agreeing = lines_agreeing.setdefault(core, {})
            agreeing[cand.line_id] = max(agreeing.get(cand.line_id, 0.0), _strength(cand.weight))
    final: dict[str, float] = {}
    for core, score in best.items():
        # every agreeing line but the strongest one adds, weighted by how good it is
        support = sorted(lines_agreeing[core].values(), reverse=True)[1:4]
        final[core] = (
            score + RECURRENCE_BONUS * sum(support) + FREQUENCY_WEIGHT * zipf(core)
            + usage_bonus(core, usage_counts)
        )
    if any(tier < usage.OFFENSIVE_TIER for tier, _ in register.values()):
        final = {core: value for core, value in final.items() if register[core][0] < usage.OFFENSIVE_TIER}
    elif any(not usage.is_offensive(shown[core]) for core in final):
        # a word with only marked senses ("Scheiße") keeps them, but never a listed obscenity or slur
        final = {core: value for core, value in final.items() if not usage.is_offensive(shown[core])}
    # a marked sense never before a neutral one, a reflexive one never before the plain verb's
    order = sorted(
        final, key=lambda core: (register[core][0], core not in plain, -round(final[core], 6), shown[core])
    )
    glosses = [usage.display(shown[core], register[core][1]) for core in order[:max_glosses]]
    if glosses and all(usage.is_offensive(shown[core]) for core in order):
        glosses = [usage.OFFENSIVE_ONLY]

    line_weight: dict[int, float] = {}
    for cand in candidates:
        line_weight[cand.line_id] = max(line_weight.get(cand.line_id, -99.0), cand.weight)
    line_ids = sorted(line_weight, key=lambda lid: (-line_weight[lid], lid))[:max_lines]

    nouns = sorted(
        (c for c in candidates if c.gender),
        key=lambda c: (-c.weight, c.line_id),
    )
    gender = nouns[0].gender if nouns else None
    plural = next((c.plural for c in nouns if c.plural and c.gender == gender), None)
    top = final[order[0]] if order else -99.0
    return RankedTerm(
        glosses, line_ids, top, gender, plural, [round(final[c], 3) for c in order[:max_glosses]],
        _genders_of_senses(nouns),
    )


def _genders_of_senses(nouns: list[Candidate]) -> dict[str, str]:
    """The gender of each sense that lines of one gender alone offer: a noun of two genders means one
    thing in each ("der See" is a lake, "die See" the sea)."""
    if len({cand.gender for cand in nouns}) < 2:
        return {}
    offered: dict[str, set[str]] = {}
    for cand in nouns:
        for gloss, _ in cand.glosses:
            offered.setdefault(gloss_core(gloss), set()).add(cand.gender)
    return {core: next(iter(genders)) for core, genders in offered.items() if len(genders) == 1}
