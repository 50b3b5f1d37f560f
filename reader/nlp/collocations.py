"""Verb collocations whose words keep their own meaning are shown as words, not as a phrase.

Ding lists collocations beside idioms: "eine Niederlage einräumen" (to concede defeat), "Fieber
haben" (to have a fever), "den Namen nennen" (to name names). In an idiom a word means something
else than alone ("in Kraft treten": Kraft is no "strength", treten no "step"), so each of its words
is shown the phrase. In a collocation every word's own common sense is spelt out in the phrase's
gloss: the noun's ("defeat"), and the verb's as the rest of it ("to concede", one of einräumen's
senses); each word is then glossed as itself, in that sense, as a learner reads it. Where only the
noun's sense is spelt ("eine Einladung aussprechen": to proffer an invitation), the noun is read as
itself and the verb shows the phrase. A name ("Europäisches Parlament") has no verb, a
preposition seldom keeps its sense ("im Internet": on the Internet, "nach Hause gehen": to go
home): such phrases stay whole, and so does a word written with hyphens ("US-Strafzölle").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.lexicon import lookup
from reader.lexicon.ranking import USAGE_STOPWORDS, gloss_core
from reader.nlp.participles import participle_of
from reader.nlp.sense_conditions import construction

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from reader.nlp.phrases import Phrase

_WORDS = re.compile(r"[a-z][a-z'’-]*")
_CONTENT = {"NOUN", "PROPN", "ADJ", "VERB", "ADV"}
_SENSES = 4  # a word's common senses; a rare one spelt in a phrase gloss is a coincidence ("im Sinne": interest)
_PLURAL_ENDINGS = ("", "s", "es")
_ARTICLES = {"a", "an", "the"}
_NOTE = re.compile(r"\(([^()]*)\)")


def literal_senses(doc: Doc, phrases: dict[int, Phrase]) -> dict[int, str]:
    """The tokens (doc indices) of collocations, each with the sense its phrase gives it ("" for a
    function word, which keeps its own)."""
    literal: dict[int, str] = {}
    for phrase in {id(p): p for p in phrases.values()}.values():
        if "-" in phrase.term and " " not in phrase.term or not phrase.gloss:
            continue
        literal.update(_literal_members(phrase, [doc[i] for i in phrase.tokens]))
    return literal


def _literal_members(phrase: Phrase, members: list[Token]) -> dict[int, str]:
    if any(token.pos_ == "ADP" for token in members):
        return {}  # a preposition seldom keeps its sense: "nach Hause gehen" is read whole (to go home)
    spelt = _words(_without_term(phrase.gloss[0], phrase.term))
    # a separable verb's particle is part of the verb ("räumte … ein")
    content = [token for token in members if token.pos_ in _CONTENT and token.dep_ != "compound:prt"]
    found: dict[int, str] = {}
    rest = list(spelt)
    for token in content:
        if _verbal(token):
            continue
        for sense in _senses(token):
            span = _find(_words(sense), rest)
            if span is not None:
                found[token.i] = sense
                del rest[span[0] : span[1]]
                break
    verbs = [token for token in content if token.i not in found]
    if len(verbs) != 1 or not _verbal(verbs[0]) or not found:
        return {}
    verb = verbs[0]
    lemma = (verb._.term or verb.lemma_).lower()
    # the verb's own sense, not one written for this phrase ("to come into (force) (in Kraft treten)")
    sense = next((s for s in _senses(verb) if rest and _words(s) == rest and not construction(s, lemma)), None)
    if sense is None:
        return found  # the noun keeps its sense, the verb shows the phrase: "eine Einladung aussprechen"
    found |= {token.i: sense for token in members if token.i == verb.i or token.dep_ == "compound:prt"}
    return found | {token.i: "" for token in members if token.i not in found}


def _verbal(token: Token) -> bool:
    """The phrase's verb: a verb, or its participle made an adjective ("die abgegebenen Stimmen")."""
    return token.pos_ == "VERB" or (token.pos_ == "ADJ" and participle_of(token.text) is not None)


def _senses(token: Token) -> tuple[str, ...]:
    term = token._.term or token.lemma_
    if token.pos_ in ("NOUN", "PROPN"):
        term = term[:1].upper() + term[1:]
    return lookup(term, token.pos_).gloss[:_SENSES]


def _without_term(gloss: str, term: str) -> str:
    """The gloss without the note naming its German phrase, its other notes as words: "to come into
    (force) (in Kraft treten)" is "to come into force"."""
    notes = [note for note in _NOTE.findall(gloss) if note.lower() in term.lower()]
    for note in notes:
        gloss = gloss.replace(f"({note})", "")
    return _NOTE.sub(lambda match: match.group(1), gloss)


def _words(gloss: str) -> list[str]:
    """The words of a gloss, without notes, placeholders and articles ("to do/cause harm": do, cause,
    harm)."""
    return [word for word in _WORDS.findall(gloss_core(gloss).replace("/", " ")) if word not in _ARTICLES]


def _find(words: list[str], spelt: list[str]) -> tuple[int, int] | None:
    """Where *words* stand in a row in *spelt*, the last place first, as an English object follows its
    verb (the last word also in the plural: "to name names")."""
    if not words or all(word in USAGE_STOPWORDS for word in words):
        return None
    *front, last = words
    for start in reversed(range(len(spelt) - len(words) + 1)):
        window = spelt[start : start + len(words)]
        if window[:-1] == front and any(window[-1] == last + ending for ending in _PLURAL_ENDINGS):
            return start, start + len(words)
    return None
