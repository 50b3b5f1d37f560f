"""A word that grades the adjective, adverb or participle right after it, glossed as a degree there.

"etwas später" is somewhat later, "gleich hoch" equally high, "ganz selten" very rarely, "immer weniger"
ever fewer: reader/lexicon/data/function_words.tsv gives these words a row for the use "degree", and
elsewhere they keep their own senses ("etwas kaufen": something, "gleich danach": right, "immer": always).
"""

from __future__ import annotations

from reader.lexicon import lookup
from reader.nlp.lang.grammar import UNMARKED_COMPARATIVES
from reader.nlp.lang.prepositions import governed_cases
from reader.nlp.morph_features import feature_values

# Adverbs that grade an adjective after them ("gleich lang", "ganz ähnlich"), and one that grades only a
# comparative ("immer größer", "immer weniger"; "immer gleich" is always the same).
_GRADING_ADJECTIVES = frozenset({"ganz", "gleich"})
_GRADING_COMPARATIVES = frozenset({"immer"})
_GRADING = _GRADING_ADJECTIVES | _GRADING_COMPARATIVES


def grades_the_word_after(token) -> bool:
    """*token* is a degree word of the word right after it: "etwas später", "gleich hoch", "immer weniger"."""
    if token.lower_ == "etwas":
        return _before_a_modifier(token)
    word = token.lower_
    if token.pos_ != "ADV" or word not in _GRADING or token.i + 1 >= len(token.doc):
        return False
    following = token.doc[token.i + 1]
    if not following.is_lower or following.pos_ not in ("ADJ", "ADV"):
        return False
    if word in _GRADING_COMPARATIVES:
        return "Cmp" in feature_values(following, "Degree") or following.lower_ in UNMARKED_COMPARATIVES
    return following.pos_ == "ADJ"


def _before_a_modifier(token) -> bool:
    """Right before an adjective, an adverb or a participle it modifies ("etwas überfordert", "etwas
    später", "ist etwas gewachsen"), an adverb of place ("etwas außerhalb") or a bound of an amount ("etwas über fünf Millionen"), not before a
    noun's phrase ("etwas für Rentner", "etwas Neues", "etwas ganz anderes") nor as the object of the verb
    after it ("etwas greifen", "hat etwas gekauft")."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is not None and following.lower_ in _BOUNDS and token.i + 2 < len(doc) and _amount(doc[token.i + 2]):
        return True  # "etwas über fünf Millionen": slightly more than
    if following is not None and following.pos_ == "ADP" and _place_adverb(following.lower_):
        return True  # "Etwas außerhalb von Birmingham": a little outside
    if following is None or following.pos_ not in ("ADJ", "ADV", "VERB") or not following.text[:1].islower():
        return False
    if following.lower_ in _INTENSIFIERS and _names_a_thing_after_adverbs(token):
        return False  # "etwas ganz anderes", "etwas ganz besonders Schreckliches": something (quite) …
    if following.pos_ == "VERB":
        return following.tag_ == "VVPP" and not _perfect_with_haben(following)
    return True


_INTENSIFIERS = frozenset({"ganz", "völlig", "sehr", "gar"})
_BOUNDS = frozenset({"über", "unter", "mehr", "weniger"})  # before an amount: "etwas über 100", "etwas mehr als …"


def _place_adverb(word: str) -> bool:
    """A preposition of the genitive that is also an adverb of place, so may be graded ("außerhalb",
    "oberhalb", "nördlich"; not "wegen" or "trotz")."""
    return governed_cases(word)[:1] == ("Gen",) and lookup(word, "ADV").source == "exact"


def _amount(word) -> bool:
    return word.like_num or word.pos_ == "NUM" or word.lower_ == "als"


def _names_a_thing_after_adverbs(etwas) -> bool:
    """Past the adverbs after "etwas", a pronoun ("anderes") or an adjective made a noun ("Schreckliches")."""
    for word in etwas.doc[etwas.i + 1 : etwas.sent.end]:
        if word.pos_ == "ADV" and word.is_lower:
            continue
        return word.pos_ in ("DET", "PRON") or word.pos_ == "NOUN" and word.is_title and word.lower_.endswith("es")
    return False


def _perfect_with_haben(participle) -> bool:
    """The participle makes a Perfekt with haben and no reflexive, so a word before it is its object
    ("hat etwas gekauft"), not a degree ("hat sich etwas verändert")."""
    children = list(participle.children) + list(participle.head.children)
    return any(child.lemma_ == "haben" and child.pos_ == "AUX" for child in (participle.head, *children)) and not any(
        child.lower_ == "sich" for child in children
    )
