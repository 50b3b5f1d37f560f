"""Scoring the (case, gender, number) readings of a noun phrase by the evidence for each.

The 16 readings are numbered once; evidence names the readings it supports
with `readings_where` (cached per combination), so adding a piece of
evidence touches only the readings it supports instead of testing all 16.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reader.nlp.lang.articles import Reading

if TYPE_CHECKING:  # annotations only: importing the rules must not load spaCy
    from spacy.tokens import Token

CASES = ("Nom", "Acc", "Dat", "Gen")
GENDERS = ("Masc", "Fem", "Neut")
READINGS: tuple[Reading, ...] = tuple(
    [(case, gender, "Sing") for case in CASES for gender in GENDERS] + [(case, None, "Plur") for case in CASES]
)
_INDEX = {reading: i for i, reading in enumerate(READINGS)}

# A case is "sure" when grammar alone (not role or model) gives it this much more than any other case.
SURE_MARGIN = 2.0


@functools.cache
def readings_where(
    cases: tuple[str, ...] = CASES,
    genders: tuple[str | None, ...] = (*GENDERS, None),
    numbers: tuple[str | None, ...] = ("Sing", "Plur"),
) -> tuple[int, ...]:
    """Indices of the readings whose case, gender and number are among those given."""
    return tuple(
        i for i, (case, gender, number) in enumerate(READINGS) if case in cases and gender in genders and number in numbers
    )


@functools.cache
def indices_of(readings: frozenset[Reading]) -> tuple[int, ...]:
    """Indices of a set of readings (a determiner's or an adjective ending's)."""
    return tuple(sorted(_INDEX[r] for r in readings))


def other_cases(case: str) -> tuple[str, ...]:
    return tuple(c for c in CASES if c != case)


_ALL = range(len(READINGS))
_IN_OTHER_CASES = {case: readings_where(other_cases(case)) for case in CASES}  # (Phrase.decide asks per phrase)


@dataclass
class Phrase:
    """A noun phrase: its head, the determiners and adjectives that agree with it, its preposition,
    and the score of each reading (all evidence, and grammar evidence alone)."""

    head: Token
    members: list[Token] = field(default_factory=list)
    preposition: Token | None = None
    scores: list[float] = field(default_factory=lambda: [0.0] * len(READINGS))
    grammar: list[float] = field(default_factory=lambda: [0.0] * len(READINGS))
    grammar_total: float = 0.0  # the grammar evidence a reading could satisfy at most
    source: str = ""  # "grammar" when the forms fix the case, else "parse"

    def add(self, indices: tuple[int, ...], weight: float, grammar: bool = True) -> None:
        """Add `weight` to the readings `indices`; grammar evidence also counts towards sureness."""
        scores = self.scores
        for i in indices:
            scores[i] += weight
        if grammar:
            self.grammar_total += weight
            evidence = self.grammar
            for i in indices:
                evidence[i] += weight

    def score(self, reading: Reading) -> float:
        return self.scores[_INDEX[reading]]

    @property
    def start(self) -> int:
        """The index of the phrase's first word (its article or adjective, else its head)."""
        return min([self.head.i, *(member.i for member in self.members)])

    def allowed_cases(self) -> set[str]:
        """The cases the forms and the preposition leave open (all four when nothing shows)."""
        if not any(self.grammar):
            return set(CASES)
        top = max(self.grammar)
        return {READINGS[i][0] for i, value in enumerate(self.grammar) if value >= top - 0.5}

    def allows(self, case: str, number: str) -> bool:
        """Whether the forms leave a reading in `case` and `number` open (all do when nothing shows)."""
        if not any(self.grammar):
            return True
        top = max(self.grammar)
        return any(self.grammar[i] >= top - 0.5 for i in readings_where((case,), numbers=(number,)))

    def best_in_case(self, case: str) -> Reading:
        """The best reading with case `case` (the first listed on a tie)."""
        return self._best(readings_where((case,)))

    def best_in_case_and_number(self, case: str, number: str) -> Reading:
        """The best reading with case `case` and number `number`."""
        return self._best(readings_where((case,), numbers=(number,)))

    def best_not_in(self, excluded: str, allowed: set[str]) -> Reading:
        """The best reading in an allowed case other than `excluded`."""
        return self._best(readings_where(tuple(c for c in CASES if c != excluded and c in allowed)))

    def decide(self) -> Reading:
        """The best reading; sets `source` to "grammar" when the forms agree and fix its case."""
        reading = self._best(_ALL)
        grammar = self.grammar
        best_grammar = grammar[_INDEX[reading]]
        others = max(grammar[i] for i in _IN_OTHER_CASES[reading[0]])
        # Sure only when the forms agree with each other: a reading that breaks one piece of grammar
        # evidence ("von ihr Sicherheitsgarantien" parsed as one phrase) means the parse is wrong somewhere.
        consistent = best_grammar >= self.grammar_total - 0.5
        self.source = "grammar" if consistent and best_grammar - others >= SURE_MARGIN else "parse"
        return reading

    def _best(self, indices: Iterable[int]) -> Reading:
        """The reading of the highest score among `indices` (ascending), the first on a tie: `max`
        keeps the first of equal keys, so the score alone is the key (no tuple made per reading)."""
        return READINGS[max(indices, key=self.scores.__getitem__)]


# Weights of the evidence (log-odds-like; a determiner form outweighs the parse and the model).
W_DETERMINER = 4.0
W_CONTRACTION = 4.0
W_PREPOSITION = 3.5
W_LEXICON_GENDER = 3.0
W_NOUN_FORM = 3.0
W_ADJECTIVE = 2.0
W_PRONOUN = 4.0
W_ROLE = 1.5
W_VALENCY = 2.5
W_INHERITED = 2.5
W_MODEL_CASE = 1.0
W_MODEL_OTHER = 0.5


# Readings the evidence names often.
SINGULAR = readings_where(numbers=("Sing",))
PLURAL = readings_where(numbers=("Plur",))
NOT_GENITIVE = readings_where(("Nom", "Acc", "Dat"))
NOT_DATIVE = readings_where(("Nom", "Acc", "Gen"))
GENITIVE = readings_where(("Gen",))
ACCUSATIVE = readings_where(("Acc",))
NOMINATIVE_SINGULAR = readings_where(("Nom",), numbers=("Sing",))
GENITIVE_SINGULAR = readings_where(("Gen",), numbers=("Sing",))
DATIVE_PLURAL = readings_where(("Dat",), numbers=("Plur",))
NOT_DATIVE_PLURAL = tuple(i for i in range(len(READINGS)) if i not in DATIVE_PLURAL)
# "Präsidenten": a weak masculine noun in -(e)n is plural, or singular outside the nominative.
PLURAL_OR_OBLIQUE = tuple(sorted(set(PLURAL) | set(readings_where(("Acc", "Dat", "Gen")))))
PLURAL_OR_DATIVE_SINGULAR = tuple(sorted(set(PLURAL) | set(readings_where(("Dat",), ("Masc", "Neut"), ("Sing",)))))
# "Eskimos": the plural in -s of a noun ending in a vowel, or its genitive singular.
PLURAL_OR_GENITIVE_SINGULAR = tuple(sorted(set(PLURAL) | set(GENITIVE_SINGULAR)))

