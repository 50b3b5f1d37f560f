"""Sense ranking for the lexicon build.

Ding lists senses in no particular order of frequency: "Souveränität" opens
with the psychological sense "aplomb", "Spannung" with the medical
"tautness". A learner reading news needs the everyday sense first, so every
(German word, English gloss) pair gets a score:

* where the word sits in the line: the headword of its own line beats a
  synonym, which beats a compound listed inside another entry, which beats a
  participle, which beats the last word of an idiom;
* labels: regional, colloquial, dated and technical labels cost points, news
  domains (politics, economy, law …) cost nothing;
* recurrence: an English gloss that several lines agree on is likely the
  main sense;
* English word frequency (wordfreq) breaks the remaining ties, so "tension"
  beats "tautness" and "sovereignty" beats "aplomb".

Only the build script calls this; the runtime reads the ranked result.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

# How a German key was found in a line; the weight is the base score.
KIND_WEIGHT = {
    "head": 3.0,  # first alternative of the entry: the line's own headword
    "syn": 2.4,  # further alternatives of the entry
    "stripped": 1.8,  # headword only after removing 2+ words ("etw. aus sich machen")
    "plural": 2.5,  # plural form listed in the entry's plural sub-entry
    "sub": 1.0,  # a word with its own word class inside a later sub-entry
    "form": 0.5,  # present/past participle of a verb entry
    "phrase": -0.5,  # infinitive at the end of a verb idiom
}

REGIONAL = {
    "Ös.", "Schw.", "Süddt.", "Norddt.", "Bayr.", "Mitteldt.", "BW", "Tirol",
    "Westdt.", "Ostdt.", "Lux.", "Südtirol", "Westös.", "Ostös.", "Sächs.",
    "Berlin", "Schwäb.", "Fränk.", "Rheinl.", "Liecht.", "Norddt.; Mitteldt.",
    "Scot.", "Irish", "Austr.", "NZ", "Ind.", "Can.", "South Africa",
}
COLLOQUIAL = {
    "ugs.", "slang", "vulg.", "pej.", "humor.", "Jugendsprache", "coll.",
    "derb", "euphem.", "iron.", "Kindersprache", "childish", "Sprw.", "prov.",
}
DATED = {
    "veraltet", "obs.", "alt", "archaic", "dated", "veraltend", "hist.",
    "rare", "selten", "poet.", "becoming dated", "old use", "obsolete",
    "altertümlich", "lit.",
}
MILD = {
    "geh.", "formal", "übtr.", "fig.", "psych.", "Jägersprache", "hunters’ parlance",
    "anat.", "zool.", "bot.", "ornith.",  # everyday words too: Nase, Hund, Baum, Adler
}
NEWS_DOMAINS = {
    "pol.", "econ.", "fin.", "jur.", "adm.", "mil.", "soc.", "sport",
    "geogr.", "envir.", "relig.", "school", "transp.", "Br.", "Am.", "Dt.",
    "stud.", "statist.", "ling.", "art", "lit", "mus.", "cook.",
}
# Any other bracketed label is taken as a technical domain ([techn.], [chem.] …).

PENALTY_REGIONAL = 1.5
PENALTY_COLLOQUIAL = 1.0
PENALTY_DATED = 1.5
PENALTY_MILD = 0.3
PENALTY_TECHNICAL = 0.8
RESTRICTION_PENALTY = 0.25  # per German comment narrowing the sense (up to 2)
POSITION_STEP = 0.5  # per English alternative further down the line (Ding puts the usual one first)
RECURRENCE_BONUS = 0.3  # per further line agreeing on a gloss (up to 3), scaled by its weight
RICHNESS_STEP = 0.1  # per sub-entry (plural, examples) of the line, up to 5: main senses carry more
FREQUENCY_WEIGHT = 0.6  # per Zipf point of the English gloss


def label_penalty(labels: Iterable[str]) -> float:
    """Points lost for a set of labels (the worst label of each kind counts)."""
    penalty = 0.0
    kinds_seen: set[str] = set()
    for label in labels:
        label = label.strip()
        if label in REGIONAL:
            kind, points = "regional", PENALTY_REGIONAL
        elif label in COLLOQUIAL:
            kind, points = "colloquial", PENALTY_COLLOQUIAL
        elif label in DATED:
            kind, points = "dated", PENALTY_DATED
        elif label in MILD:
            kind, points = "mild", PENALTY_MILD
        elif label in NEWS_DOMAINS:
            continue
        else:
            kind, points = "technical", PENALTY_TECHNICAL
        if kind not in kinds_seen:
            kinds_seen.add(kind)
            penalty += points
    return penalty


_CORE_NOISE_RE = re.compile(r"\b(?:sb\.|sth\.|sb\.’s|sb\.'s|one's|one’s|your|oneself|yourself)\s*")
_PAREN_RE = re.compile(r"\([^()]*\)|\{[^{}]*\}|\[[^\[\]]*\]")


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


def rank_candidates(
    candidates: list[Candidate],
    zipf: Callable[[str], float],
    max_glosses: int = 8,
    max_lines: int = 24,
) -> RankedTerm:
    """Merge the candidates of one key into ranked glosses and lines."""
    best: dict[str, float] = {}
    shown: dict[str, str] = {}
    lines_agreeing: dict[str, dict[int, float]] = {}
    for cand in candidates:
        base = cand.weight + RICHNESS_STEP * min(cand.richness, 5)
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
            agreeing = lines_agreeing.setdefault(core, {})
            agreeing[cand.line_id] = max(agreeing.get(cand.line_id, 0.0), _strength(cand.weight))
    final: dict[str, float] = {}
    for core, score in best.items():
        # every agreeing line but the strongest one adds, weighted by how good it is
        support = sorted(lines_agreeing[core].values(), reverse=True)[1:4]
        final[core] = score + RECURRENCE_BONUS * sum(support) + FREQUENCY_WEIGHT * zipf(core)
    order = sorted(final, key=lambda core: (-round(final[core], 6), shown[core]))
    glosses = [shown[core] for core in order[:max_glosses]]

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
        glosses, line_ids, top, gender, plural, [round(final[c], 3) for c in order[:max_glosses]]
    )
