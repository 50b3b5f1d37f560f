"""The words hanging on a verb in its clause, as phrase patterns and sense notes name them.

"Das Gesetz tritt am 1. Mai in Kraft" has treten with "in" and "Kraft"; "darauf warten" has warten
with "auf" (a pronominal adverb stands for its preposition); "im Rahmen" has "in" too; "uns" is a
reflexive, so "sich" (not after a preposition: "für uns zu verstehen"). A phrase of time ("zu der Zeit",
"seit Jahren") says when, and its preposition is no verb's: "antrat" in "zu der Zeit, als er das Amt antrat"
is not "antreten zu" (run for).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.nlp.extensions import token_value
from reader.nlp.lang.articles import PERSONAL
from reader.nlp.lang.grammar import REFLEXIVE
from reader.nlp.lang.prepositions import CONTRACTIONS, TWO_WAY
from reader.nlp.lang.sentences import TIME_NOUNS
from reader.nlp.lang.valency import two_way_case
from reader.nlp.morph_features import feature_values

if TYPE_CHECKING:
    from spacy.tokens import Token

# (and the spoken "dr-" forms of "dar-": "drauf", "dran", "drin", "drüber")
_PRONOMINAL_ADVERB = re.compile(r"^(da|d(?=r)|wo|hier)r?(an|auf|aus|bei|durch|für|gegen|in|mit|nach|über|um|unter|von|vor|zu|zwischen)$")


# Prepositions that with a noun of time say when ("in der Nacht", "seit Jahren"); "an", "auf", "über" are
# left out, as verbs govern them with such nouns too ("erinnert an die Zeit", "wartet auf den Abend"), and "zu"
# says when only with "Zeit" ("zu der Zeit"; "zum Tag der Mathematik erklärt" is what something is made).
_TEMPORAL_PREPOSITIONS = frozenset("in im seit vor nach während bis ab".split())
_ZU = frozenset({"zu", "zur", "zum"})
_TIMES_AFTER_ZU = frozenset({"Zeit", "Zeitpunkt"})


def temporal_phrase(preposition: Token, noun: Token) -> bool:
    """*preposition* with *noun* says when: "zu der Zeit", "seit Jahren", "in der Nacht"."""
    if preposition.lower_ in _ZU:
        return noun.lemma_ in _TIMES_AFTER_ZU
    return preposition.lower_ in _TEMPORAL_PREPOSITIONS and noun.lemma_ in TIME_NOUNS


def in_the_other_case(preposition: Token, noun: Token, governor: Token) -> bool:
    """A two-way preposition's noun stands in the other case than *governor* takes it with: the phrase
    says where, not where to ("geht … in den Niederlanden": dative, no "gehen in"; "auf der Insel
    angekommen": no "ankommen auf", depend on), or the other way round. A pronoun whose form is both
    ("an sich", "an uns") shows neither."""
    if preposition.lower_ not in TWO_WAY or _accusative_or_dative(noun.lower_):
        return False
    term = token_value(governor, "term") or governor.lemma_
    expected = two_way_case(preposition.lower_, term, governor.pos_ == "VERB")
    cases = feature_values(noun, "Case")
    return expected is not None and len(cases) == 1 and cases[0] in ("Acc", "Dat") and cases[0] != expected


def _accusative_or_dative(word: str) -> bool:
    cases = {case for case, _, _ in PERSONAL.get(word, ())}
    return word == "sich" or {"Acc", "Dat"} <= cases


def pronominal_preposition(word: str) -> str | None:
    """The preposition a pronominal adverb stands for, with "it" ("darum": um, "dafür": für); None for
    other words and for the questions and relatives of "wo-" ("wofür": for what, for which); the spoken
    "drauf" stands for "darauf"."""
    adverb = _PRONOMINAL_ADVERB.match(word.lower())
    return adverb.group(2) if adverb and adverb.group(1) in ("da", "d") else None


def after_a_quantity(adverb: Token) -> bool:
    """"Besonders viele davon leben …", "zwei davon": "davon" right after a quantity names what it is a
    part of (of them), no preposition of the verb."""
    before = adverb.doc[adverb.i - 1] if adverb.i > 0 else None
    return adverb.lower_ == "davon" and before is not None and (before.lemma_.lower() in _QUANTIFIERS or before.tag_ == "CARD")


# (not "man": "Ginge man davon aus, …" is ausgehen von)
_QUANTIFIERS = frozenset("viel wenig einige manche meist mehrere beide alle kein jeder ein einer etliche zahlreich".split())


def before_what_is_said(adverb: Token) -> bool:
    """"erklärte dazu: „…“": a pronominal adverb right before a colon or a quotation says what the words
    are about (about this), no preposition the verb governs ("erklären zu": declare as)."""
    doc = adverb.doc
    following = doc[adverb.i + 1] if adverb.i + 1 < len(doc) else None
    return following is not None and (following.text == ":" or following.is_quote and following.is_left_punct)


_SUBJECT_OF_REFLEXIVE = {"mich": "ich", "mir": "ich", "dich": "du", "dir": "du", "uns": "wir", "euch": "ihr"}


def refers_to_the_subject(pronoun: Token, verb: Token) -> bool:
    """"sich" always refers back to the subject; "mich", "uns", "euch" … only where the subject is the same
    person (of the clause, or of the verb an infinitive depends on): "sie halten uns für dumm" is no
    "sich halten"."""
    subject = _SUBJECT_OF_REFLEXIVE.get(pronoun.lower_)
    if subject is None:
        return True
    verbs = [verb, verb.head] if verb.dep_ in ("xcomp", "conj") else [verb]
    return any(c.dep_.startswith("nsubj") and c.lower_ == subject for clause_verb in verbs for c in clause_verb.children)


def clause_words(verb: Token) -> dict[str, list[int]]:
    """The words hanging on *verb* (and the prepositions of its phrases), lower-case, with their tokens."""
    present: dict[str, list[int]] = {}

    def add(word: str, token: Token) -> None:
        """The word, and for a contraction its preposition too: "im Rahmen" is written so, "in Kraft" is not."""
        present.setdefault(word, []).append(token.i)
        if word in CONTRACTIONS:
            present.setdefault(CONTRACTIONS[word][0], []).append(token.i)

    for child in verb.children:
        if child.tag_ == "PTKZU":
            continue  # the zu of a zu-infinitive is no preposition: "in Kontakt zu stehen" is no "stehen zu"
        text = child.lower_
        add(text, child)
        if text in REFLEXIVE and not any(grandchild.dep_ == "case" for grandchild in child.children) and refers_to_the_subject(child, verb):
            add("sich", child)  # not "für uns": a pronoun after a preposition is no reflexive of the verb
        adverb = _PRONOMINAL_ADVERB.match(text)
        if adverb and not before_what_is_said(child):
            add(adverb.group(2), child)
        for grandchild in child.children:
            if grandchild.dep_ == "case" and not temporal_phrase(grandchild, child) and not in_the_other_case(grandchild, child, verb):
                add(grandchild.lower_, grandchild)
            elif grandchild.dep_ in ("mark", "cc") and grandchild.tag_ == "KOKOM" and child.pos_ not in ("VERB", "AUX"):
                add(grandchild.lower_, grandchild)  # "gilt als plump": "als" before a predicate adjective
    return present
