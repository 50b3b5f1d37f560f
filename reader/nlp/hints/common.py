"""What every hint module shares: word classes, patterns, and the collection of hints per token."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from reader.nlp.extensions import token_value
from reader.labels import ARTICLE_BY_MORPH_GENDER
from reader.nlp import doc_facts
from reader.nlp.lang.articles import RELATIVE
from reader.nlp.lang.grammar import SUBORDINATORS
from reader.nlp.morph_features import feature_values

if TYPE_CHECKING:
    from reader.nlp.phrases import Phrase
    from reader.nlp.verb_complex import VerbComplex

NOMINAL = {"NOUN", "PROPN", "PRON"}
VERBAL = {"VERB", "AUX"}
AUX_DEPS = {"aux", "aux:pass", "cop"}
ARTICLE = ARTICLE_BY_MORPH_GENDER


class Hints(dict):
    """Token index → hints, in the order they were found."""

    def __init__(self, phrases: dict[int, Phrase]) -> None:
        super().__init__()
        self._explained: set[tuple[int, str]] = set()
        # the verb complex each auxiliary serves where it is a verb's, not a copula's ("Ergänzt wurde der Aufruf")
        self.complex_of_auxiliary: dict[int, VerbComplex] = {}
        # the fixed phrase or verb + preposition pair of each token in one ("in Betracht ziehen", "warten auf")
        self.phrases = phrases

    def add(self, token: Token, text: str) -> None:
        self.setdefault(token.i, []).append(text)

    def first_in_sentence(self, token: Token, topic: str) -> bool:
        """True the first time `topic` is explained in the token's sentence: a long explanation is
        given once per sentence, later tokens get the short form."""
        key = (doc_facts.sentence_starts(token.doc)[token.i], topic)
        if key in self._explained:
            return False
        self._explained.add(key)
        return True


def case_gender_number(token: Token) -> tuple[str | None, str | None, str | None]:
    """The token's case, gender and number as the morphology gives them (None where it gives none)."""
    first = lambda key: (feature_values(token, key) or [None])[0]  # noqa: E731
    return first("Case"), first("Gender"), first("Number")


def verb_term(head: Token) -> str:
    """The verb as a learner looks it up: the terms component already joined a separated particle."""
    return token_value(head, "term") or head.lemma_ or head.lower_


def after_als(conjunct: Token) -> bool:
    """A noun the parser joined to another with "als" ("die Gletscherregion als … Höhenstufe"): what the
    other is called or taken for, no item of a list with it."""
    return any(c.dep_ == "cc" and c.lower_ == "als" for c in conjunct.children)


def relative_pronoun_of(clause: Token) -> Token | None:
    if clause.dep_ not in ("acl:relcl", "acl") or clause.head.i > clause.i:
        return None
    left = clause_opener(clause)
    if left is not None and left.lower_ in RELATIVE and left.i < clause.i:
        return left
    return None


def clause_opener(clause: Token) -> Token | None:
    """The first word of the clause headed by `clause`, after a preposition ("mit dem …")."""
    words = [t for t in clause.subtree if not t.is_punct]
    if not words:
        return None
    return words[1] if words[0].pos_ == "ADP" and len(words) > 1 else words[0]


def subordinator(head: Token) -> Token | None:
    mark = next(
        (c for c in head.children if c.dep_ == "mark" and c.lower_ not in ("zu", "um", "ohne", "statt", "anstatt")),
        None,
    )
    if mark is None:
        first = next((t for t in head.subtree if not t.is_punct), head)
        if first.pos_ == "SCONJ" and first.lower_ in SUBORDINATORS and first.i < head.i and first.dep_ != "case":
            mark = first
    if mark is not None and any(c.i < mark.i and c.pos_ in ("PRON", "NOUN", "PROPN") for c in head.children):
        return None  # "… und sich seitdem verdreifacht hat": a conjunction opens its clause, so this is the adverb
    return mark
