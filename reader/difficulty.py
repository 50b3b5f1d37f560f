"""How hard an article is, for everyone and for this learner (no Textual).

Vocabulary: how frequent the article's terms are (by lemma, summed over
forms), and the number of most frequent terms a reader must know to cover 95 %
and 98 % of its word tokens (names and numbers excluded); reading research puts
unassisted reading at 98 % coverage. Grammar: how many sentences have a
subordinate clause, a passive or a Konjunktiv, and their mean length. They map
to a 0–100 score and a CEFR-like level, calibrated as CALIBRATION says. For the learner: the share of tokens and of
terms still unknown, the share of new words (each unknown term counted once), and the fit that follows
from it, calibrated as FIT_CALIBRATION says.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, replace

from reader.frequency import frequency, reading_rank
from reader.nlp import Analysis, Token
from reader.vocab import UNKNOWN, Status, TermKey, term_key
from reader.vocab.coverage import term_counts, unknown_share

CALIBRATION = """
complexity = the learner rating a text is expected to get (1 easy .. 7 hard), a linear sum of
  mean_log_rank      mean log10 reading rank of the tokens' terms (names and numbers excluded;
                     a compound of more common words reads as its rarest part, ranks capped at
                     30,000, and at 2,000 for a term met again: a reader learns it at the first meeting)
  rare_share         share of those tokens beyond the 3,000 most common terms (past B1)
  sentence_length    mean words per sentence
  subordinate_share  share of sentences with a subordinate or relative clause
  passive_share      share of sentences with a passive
with WEIGHTS fitted by tools/calibrate_difficulty.py on TextComplexityDE (Naderi et al. 2019, MIT):
511 sentences of 13 articles rated by learners of German (MOS_Complexity).
  Held out (weights fitted without the sentence's article, one article at a time): Spearman 0.74.
  Checked on texts the fit never saw: Klexikon easier than its Wikipedia twin in 200 of 200 pairs;
  each of our 8 A2 rewrites of Wikinews articles easier than its original.
score = 100 * (complexity - 1) / 4, clipped to 0..100 (a rating of 5 is already very hard for a learner).
level: score < 15 A1, < 30 A2, < 45 B1, < 60 B2, < 75 C1, else C2.
Why not the 98 % coverage size alone: in a 200-word article the top 2 % are four tokens, usually a
topic word or two; coverage_95 and coverage_98 are reported beside the score for what they are, on
the same reading ranks.
"""
LEVEL_BOUNDS: tuple[tuple[str, float], ...] = (("A1", 15), ("A2", 30), ("B1", 45), ("B2", 60), ("C1", 75))
FEATURES = ("mean_log_rank", "rare_share", "sentence_length", "subordinate_share", "passive_share")
WEIGHTS = {
    "mean_log_rank": 0.7645,
    "rare_share": 1.8712,
    "sentence_length": 0.0743,
    "subordinate_share": 0.1859,
    "passive_share": 0.0932,
}
INTERCEPT = -0.4630
_RANK_CAP = 30_000
_MET_AGAIN_RANK = 2_000
_RARE_RANK = 3_000

FIT_CALIBRATION = """
new_word_share = the article's unknown terms, each counted once, per learnable token (names and numbers
  excluded): how often a reader meets a word they do not know yet. Once, because a word looked up at its
  first meeting is met again as a known one (the rule the score's reading ranks follow); counted over
  every token, one repeated topic word ("Airbag" 14 times) or the two parts of a separable verb decided
  the fit. A compound of known parts is not new: the placement assumes it known with its rarest part.
fit bands, in new words per 100 running words:
  easy      under 2: unassisted reading needs 98 % of the running words known (Hu and Nation 2000).
  good fit  2 to 12.5: up to where children's encyclopedia text stands for a B1 reader, calibrated by
            tools/calibrate_difficulty.py on the Klexikon / Wikipedia pairs for a learner placed as B1
            (knows the 3,000 most common lemmas), the 16 subjects bundled in texts/ left out: the bound
            that best tells the 184 Klexikon texts (A2-B1 language) from their Wikipedia twins is 12.5
            new words per 100 (162 Klexikon texts below it, 178 twins at or above it; 12.8 with the
            language engine before the self-trained model R12).
  hard      12.5 to 23: up to the 90th percentile of the Wikipedia twins for that B1 reader (22.5).
  too hard  over 23.
With the shipped bands a B1 reader finds 163 of the 184 Klexikon texts a good fit (1 easy) and 175 of
the twins hard or too hard; our 8 A2 rewrites of Wikinews articles are easy (2) or a good fit (6).
With instant glosses a learner reads below 98 % coverage: over running tokens a B1 reader meets 7 % to
19 % unknown in the bundled Klexikon texts, and no bundled article came within the former 2–5 % band.
"""
# Upper bounds of the fit bands (FIT_CALIBRATION), in new words per running word; beyond the last: too hard.
FIT_BANDS: tuple[tuple[str, float], ...] = (("easy", 0.02), ("good fit", 0.125), ("hard", 0.23))
FITS = (*(fit for fit, _ in FIT_BANDS), "too hard")
_GOOD_FIT_MIDDLE = (FIT_BANDS[0][1] + FIT_BANDS[1][1]) / 2


@dataclass(frozen=True)
class GrammarLoad:
    mean_sentence_length: float
    subordinate_share: float
    passive_share: float
    subjunctive_share: float

    @property
    def load(self) -> float:
        """0 (simple main clauses) .. 1 (long sentences full of clauses, passives, Konjunktiv)."""
        parts = (
            min(self.mean_sentence_length / 30, 1.0),
            self.subordinate_share,
            self.passive_share,
            self.subjunctive_share,
        )
        return sum(parts) / len(parts)


@dataclass(frozen=True)
class Difficulty:
    level: str
    score: float
    coverage_95: int
    coverage_98: int
    grammar: GrammarLoad
    tokens: int  # learnable tokens counted
    unknown_share: float | None = None  # of tokens, for this learner
    unknown_term_share: float | None = None
    new_word_share: float | None = None  # unknown terms, each counted once, per token (FIT_CALIBRATION)
    fit: str | None = None

    def to_dict(self) -> dict:
        data = asdict(self)
        data["grammar"]["load"] = round(self.grammar.load, 3)
        return data


@dataclass(frozen=True)
class CramItem:
    """An unknown term worth learning first: how many unknown tokens it covers, and the running share."""

    key: TermKey
    count: int
    cumulative_share: float


def score(analysis: Analysis, statuses: Mapping[TermKey, Status] | None = None) -> Difficulty:
    """Score an analyzed article; with the learner's statuses, also their unknown and new word shares and fit."""
    tokens = [token for token in analysis.tokens if token.learnable]
    ranks = sorted(_reading_ranks(tokens))
    coverage_95, coverage_98 = _coverage(ranks, 0.95), _coverage(ranks, 0.98)
    grammar = grammar_load(analysis)
    complexity = INTERCEPT + sum(WEIGHTS[name] * value for name, value in features(analysis, ranks, grammar).items())
    value = round(100 * _clip((complexity - 1) / 4), 1)
    difficulty = Difficulty(
        level=level_for(value),
        score=value,
        coverage_95=coverage_95,
        coverage_98=coverage_98,
        grammar=grammar,
        tokens=len(tokens),
    )
    if statuses is None:
        return difficulty
    counts = term_counts(tokens)
    share = unknown_share(counts, statuses)
    unknown_terms = sum(1 for key in counts if statuses.get(key, UNKNOWN) == UNKNOWN)
    new_words = new_word_share(unknown_terms, len(tokens))
    return replace(
        difficulty,
        unknown_share=share,
        unknown_term_share=unknown_terms / len(counts) if counts else 0.0,
        new_word_share=new_words,
        fit=fit_for(new_words),
    )


def features(
    analysis: Analysis, ranks: list[int] | None = None, grammar: GrammarLoad | None = None
) -> dict[str, float]:
    """The measures the score weighs (FEATURES), each as CALIBRATION describes it."""
    if ranks is None:
        ranks = _reading_ranks([token for token in analysis.tokens if token.learnable])
    grammar = grammar or grammar_load(analysis)
    count = len(ranks) or 1
    return {
        "mean_log_rank": sum(math.log10(min(rank, _RANK_CAP)) for rank in ranks) / count,
        "rare_share": sum(1 for rank in ranks if rank > _RARE_RANK) / count,
        "sentence_length": grammar.mean_sentence_length,
        "subordinate_share": grammar.subordinate_share,
        "passive_share": grammar.passive_share,
    }


def new_word_share(unknown_terms: int, tokens: int) -> float:
    """New words per running word: `unknown_terms` distinct unknown terms among `tokens` learnable tokens."""
    return unknown_terms / tokens if tokens else 0.0


def fit_for(new_words: float) -> str:
    """How well an article suits the learner, from its new word share (FIT_CALIBRATION): easy, good fit,
    hard or too hard."""
    return next((fit for fit, upper in FIT_BANDS if new_words < upper), FITS[-1])


def distance_from_best_fit(new_words: float) -> float:
    """How far an article lies from the middle of the good fit band: the library lists the best fit first."""
    return abs(new_words - _GOOD_FIT_MIDDLE)


def level_for(value: float) -> str:
    return next((level for level, upper in LEVEL_BOUNDS if value < upper), "C2")


def grammar_load(analysis: Analysis) -> GrammarLoad:
    sentences = [sentence for sentence in analysis.sentences if any(t.is_word for t in sentence.tokens)]
    if not sentences:
        return GrammarLoad(0.0, 0.0, 0.0, 0.0)

    def share(test) -> float:
        return sum(1 for sentence in sentences if any(test(token) for token in sentence.tokens)) / len(sentences)

    words = sum(1 for sentence in sentences for token in sentence.tokens if token.is_word)
    return GrammarLoad(
        mean_sentence_length=words / len(sentences),
        subordinate_share=share(_opens_subordinate_clause),
        passive_share=share(lambda token: token.dep == "aux:pass"),
        subjunctive_share=share(lambda token: "Mood=Sub" in token.morph),
    )


def cram_list(analyses: Iterable[Analysis], statuses: Mapping[TermKey, Status], size: int = 10) -> list[CramItem]:
    """The unknown terms that cover most unknown tokens: "learn these words first"."""
    counts = Counter(term_key(token) for analysis in analyses for token in analysis.tokens if token.learnable)
    return cram_items(counts, statuses, size)


def cram_items(counts: Mapping[TermKey, int], statuses: Mapping[TermKey, Status], size: int = 10) -> list[CramItem]:
    """The cram list from the token counts of the learnable terms: the unknown ones that cover most."""
    unknown = {key: count for key, count in counts.items() if statuses.get(key, UNKNOWN) == UNKNOWN}
    total = sum(unknown.values())
    items, covered = [], 0
    for key, count in sorted(unknown.items(), key=lambda item: (-item[1], frequency(item[0].term).rank))[:size]:
        covered += count
        items.append(CramItem(key, count, covered / total))
    return items


def _reading_ranks(tokens: list[Token]) -> list[int]:
    """Each token's reading rank; a rare term met again reads as a common word, since a reader learns it
    from the first meeting (so one repeated topic word does not make a text hard)."""
    seen: set[str] = set()
    ranks = []
    for token in tokens:
        rank = reading_rank(token.term)
        if token.term in seen:
            rank = min(rank, _MET_AGAIN_RANK)
        seen.add(token.term)
        ranks.append(rank)
    return ranks


def _opens_subordinate_clause(token: Token) -> bool:
    return token.dep == "mark" or "PronType=Rel" in token.morph or token.dep == "acl:relcl"


def _coverage(sorted_ranks: list[int], share: float) -> int:
    """The fewest most-frequent terms that cover `share` of the tokens: the rank at that percentile."""
    if not sorted_ranks:
        return 0
    return sorted_ranks[max(math.ceil(share * len(sorted_ranks)) - 1, 0)]


def _clip(value: float) -> float:
    return min(max(value, 0.0), 1.0)
