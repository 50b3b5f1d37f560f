"""A list of attributive adjectives the tagger read as verbs.

"in allgemeinen, unmittelbaren, freien, geheimen, aber nicht gleichen Wahlen": the tagger made the first
four verbs (an infinitive heading the clause, "freien" to marry), so the clause's "wird" read as a
future. The last word before the noun, tagged an adjective, anchors the list: the words before it that
share its ending, joined by commas and conjunctions (perhaps with "nicht"), that the dictionary has as
adjectives, are attributes of the same noun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.lexicon import LexiconMissingError, lookup
from reader.nlp.doc_arrays import tokens_where
from reader.nlp.lang.articles import adjective_ending
from reader.nlp.morph_features import feature_values
from reader.nlp.parse_edits import set_head, take_place

if TYPE_CHECKING:  # annotations only: importing the rule must not load spaCy
    from spacy.tokens import Doc, Token

# Words that may stand between the adjectives of a list.
_BETWEEN = frozenset({",", "und", "oder", "aber", "sowie", "nicht", "doch"})


def adjective_lists_taken_for_verbs(doc: Doc) -> None:
    """The repair over the whole text: each list ends in an adjective right before its noun."""
    for adjective in tokens_where(doc, "POS", ("ADJ",)):
        noun = doc[adjective.i + 1] if adjective.i + 1 < len(doc) else None
        ending = adjective_ending(adjective.text)
        if noun is None or noun.pos_ not in ("NOUN", "PROPN") or adjective.head.i != noun.i or ending is None:
            continue
        listed = _verbs_of_the_list(adjective, ending)
        for word in listed:
            _make_attribute(word, noun, listed)
        preposition = doc[listed[-1].i - 1] if listed and listed[-1].i > 0 else None
        if preposition is not None and preposition.pos_ == "ADP" and preposition.head.i != noun.i:
            set_head(preposition, noun, "case")


def _verbs_of_the_list(adjective: Token, ending: str) -> list[Token]:
    """The words before `adjective`, nearest first, that a list of its fellow attributes holds and the
    tagger made verbs."""
    doc = adjective.doc
    verbs = []
    i = adjective.i - 1
    while i >= 0:
        word = doc[i]
        if word.lower_ in _BETWEEN:
            i -= 1
            continue
        if not word.is_lower or adjective_ending(word.text) != ending:
            break
        if word.pos_ in ("VERB", "AUX"):
            if not _listed_adjective(word.lower_):
                break
            verbs.append(word)
        elif word.pos_ != "ADJ":
            break
        i -= 1
    # (a list needs its commas: "…, die neuen Wahlen" is no list)
    return verbs if verbs and doc[verbs[0].i + 1].lower_ in _BETWEEN else []


def _listed_adjective(form: str) -> bool:
    try:
        return lookup(form, "ADJ").pos == "ADJ"
    except LexiconMissingError:
        return False


def _make_attribute(word: Token, noun: Token, listed: list[Token]) -> None:
    """`word` is an adjective of `noun`; a clause the parser hung on it goes to the verb hung on it after
    the noun ("wird … gewählt")."""
    verb = next(
        (child for child in reversed(list(word.children))
         if child.i > noun.i and child.pos_ in ("VERB", "AUX") and feature_values(child, "VerbForm")),
        None,
    )
    if verb is not None:
        take_place(verb, word)
        inside = {other.i for other in listed}
        for child in list(word.children):
            if child.i != verb.i and child.i not in inside:
                set_head(child, verb, "obl" if child.i == noun.i else None)
    word.pos_, word.tag_ = "ADJ", "ADJA"
    word.set_morph(None)
    set_head(word, noun, "amod")
