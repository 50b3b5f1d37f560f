"""Verb collocations whose words keep their own meaning are shown as words, not as a phrase.

Ding lists collocations beside idioms: "eine Niederlage einräumen" (to concede defeat), "Fieber
haben" (to have a fever), "den Namen nennen" (to name names). In an idiom a word means something
else than alone ("in Kraft treten": Kraft is no "strength", treten no "step"), so each of its words
is shown the phrase. In a collocation every word's own common sense is spelt out in the phrase's
gloss: the noun's ("defeat"), and the verb's as the rest of it ("to concede", one of einräumen's
senses); each word is then glossed as itself, in that sense, as a learner reads it. Where only the
noun's sense is spelt ("eine Einladung aussprechen": to proffer an invitation), the noun is read as
itself and the verb as the phrase with its object in brackets ("to proffer (an invitation)"), the
phrase after it. A verb phrase's prepositions and reflexive are shown as themselves first ("sich
mit etw. befassen": oneself, with), the phrase after them. A preposition seldom keeps its sense ("nach Hause gehen": to go
home): such verb phrases stay whole, and so does a word written with hyphens ("US-Strafzölle").

A name made of an adjective and a noun ("Europäisches Parlament": European Parliament, "Schweizer
Franken": Swiss franc) or another phrase without a verb ("und sogar": and even, "im Internet": on the
Internet) is read as words when its gloss spells the own sense of each of its content words
("European", "parliament"; "even"; "internet"): each word, its function words too ("im": in the),
shows its own sense first, and the phrase after it; a phrase that does not spell them all ("Naher Osten": Middle East, not "near east"; "Neu Delhi";
"in erster Linie": primarily) is read whole, but for the adjectives of a common noun phrase, which
describe as they do alone ("eine schwierige Situation": difficult, and the phrase "plight" after it).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.lexicon import function_entry, lookup, plural_glosses
from reader.lexicon.ranking import USAGE_STOPWORDS, gloss_core
from reader.lexicon.valency import ENGLISH_PREPOSITIONS
from reader.nlp import glossing
from reader.nlp.clause_words import pronominal_preposition
from reader.nlp.governed_prepositions import governed_adverb
from reader.nlp.lang.grammar import ADJECTIVE_ENDINGS
from reader.nlp.lang.prepositions import CONTRACTIONS
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
_INFINITIVE_ZU = "PTKZU"


@dataclass(frozen=True)
class WordSenses:
    """Words of phrases that keep their own sense: a collocation's, shown as words (the phrase
    dropped), and a name's or a collocation verb's, shown first with the phrase after (doc index ->
    sense; "" keeps the word's own first sense)."""

    collocation: dict[int, str]
    before_phrase: dict[int, str]


def literal_senses(doc: Doc, phrases: dict[int, Phrase]) -> WordSenses:
    """The tokens (doc indices) of collocations, each with the sense its phrase gives it ("" for a
    function word, which keeps its own), and the words of names that the name's gloss spells."""
    collocation: dict[int, str] = {}
    before_phrase: dict[int, str] = {}
    for phrase in {id(p): p for p in phrases.values()}.values():
        if "-" in phrase.term and " " not in phrase.term or not phrase.gloss:
            continue
        members = [doc[i] for i in phrase.tokens]
        if _without_verb(phrase, members):
            # "Regierender" is the name's word, no verb; "Obersten" read as shown (supreme), not as "ober"
            content = [token for token in members if token.pos_ in _CONTENT]
            spelt = _spelt_senses(phrase, content, _shown_senses)[0]
            if content and len(spelt) == len(content):  # all or none: "Neu Delhi" (New Delhi) is no new Delhi
                # and its function words are themselves too: "keine weiteren" (no further): no; but a
                # preposition or determiner whose senses the gloss does not spell shows the phrase ("um
                # jeden Preis": at all costs, not "around")
                function_senses = _function_word_senses(phrase, members)
                before_phrase.update({
                    token.i: spelt.get(token.i) or function_senses.get(token.i) or ""
                    for token in members if function_senses.get(token.i, "") is not None
                })
            elif phrase.term[:1].islower():
                before_phrase.update(_modifiers(members))  # "schwierige Situation" (plight): difficult first
        elif not any(token.pos_ == "ADP" for token in members):
            as_words, verb_first = _literal_members(phrase, members)
            if not as_words and _verb_sense_of_this_phrase(phrase):
                # "präventive Maßnahmen zu ergreifen" (to take (Maßnahmen ergreifen)): the sense is the
                # verb's, written for this object; the noun is itself (measures)
                as_words = {token.i: "" for token in members if token.pos_ == "NOUN"}
            collocation.update(as_words)
            before_phrase.update(verb_first)
        else:  # "im Amt sein" (to hold office) is read whole, but its noun is still an office; not so
            # "in Kraft treten" (to come into force): "Kraft" is strength first
            nouns = [token for token in members if token.pos_ == "NOUN"]
            before_phrase.update(_spelt_senses(phrase, nouns, lambda token: _senses(token)[:1])[0])
        if any(_verbal(token) for token in members):
            before_phrase.update({i: "" for i in _function_words(members) if i not in collocation})
            # "es gibt" (there is …): "es" is there, the sense of its own the phrase spells
            before_phrase.update(_spelt_senses(phrase, [t for t in members if t.lower_ == "es"], _own_senses)[0])
            before_phrase.update(_pronominal_adverbs(phrase, members))
        else:  # "um … zu" (in order to): the infinitive's "zu" is to, the phrase after it
            before_phrase.update({token.i: "" for token in members if token.tag_ == _INFINITIVE_ZU})
    return WordSenses(collocation, before_phrase)


def _without_verb(phrase: Phrase, members: list[Token]) -> bool:
    """A name ("Europäisches Parlament", "Regierender Bürgermeister") or another phrase without a verb
    ("und sogar": and even), translated: "New Jersey" is no new jersey. A participle of a verb phrase
    ("die abgegebenen Stimmen": to cast a vote) is a verb."""
    return (
        len(members) >= 2 and all(token.pos_ not in ("VERB", "AUX") for token in members)
        and not phrase.gloss[0].startswith("to ") and gloss_core(phrase.gloss[0]) != phrase.term.lower()
    )


def _function_word_senses(phrase: Phrase, members: list[Token]) -> dict[int, str | None]:
    """The prepositions and determiners of a phrase without a verb, each with the first of its own senses
    the gloss spells ("um jeden Preis": at all costs, "um" is at; "zum Beispiel": for example, "zum" is
    for), or None where it spells none ("jeden"); one fused with an article keeps its own first sense
    then ("im Internet": in the)."""
    gloss = set(re.findall(r"[\w']+", phrase.gloss[0].lower()))  # (function words are stop words to _words)
    found = {}
    for token in members:
        if token.pos_ not in ("ADP", "DET"):
            continue
        cores = (gloss_core(sense) for sense in _own_senses(token) or _senses(token))
        spelt = next((core for core in cores if core and set(core.split()) <= gloss), None)
        found[token.i] = "" if spelt is None and token.lower_ in CONTRACTIONS else spelt
    return found


def _modifiers(members: list[Token]) -> dict[int, str]:
    """The adjectives before the noun of a common noun phrase, shown in their own first sense ("")."""
    *before, noun = members
    if noun.pos_ != "NOUN" or not before or any(token.pos_ != "ADJ" for token in before):
        return {}
    return {token.i: "" for token in before}


def _function_words(members: list[Token]) -> list[int]:
    """The prepositions, the reflexive and "es" of a verb phrase, shown as themselves first ("sich mit
    etw. beschäftigen": "mit" is with, "sich" oneself, the phrase after them; "es geht um": it); not a separable verb's
    particle ("setzte … durch"), which is the verb, nor a preposition fused with its article ("im
    Amt"), whose phrase is its noun's."""
    return [
        token.i for token in members
        if token.pos_ == "ADP" and token.dep_ != "compound:prt" and token.lower_ not in CONTRACTIONS
        or token.lower_ in ("sich", "es")
    ]


def _pronominal_adverbs(phrase: Phrase, members: list[Token]) -> dict[int, str]:
    """A verb phrase's pronominal adverb stands for the phrase's preposition and "it", shown first as
    the phrase renders that preposition ("Darauf reagieren": to it (reagieren auf: react to), "es geht
    darum": about it), or as its verb's own sense renders it ("Daran beteiligen sich": in it), the phrase
    after it; where the phrase's gloss ends in no preposition ("dabei sein": to be present) it is read whole."""
    found = {}
    for token in members:
        if pronominal_preposition(token.text) is None:
            continue
        if governed_adverb(token) is not None:
            found[token.i] = ""  # the word's own first sense already says it
            continue
        rendering = gloss_core(phrase.gloss[0])
        english = rendering.split()[-1] if rendering else ""
        if english in ENGLISH_PREPOSITIONS:
            found[token.i] = f"{english} it ({phrase.term}: {rendering})"
    return found


def _spelt_senses(
    phrase: Phrase, words: list[Token], senses: Callable[[Token], tuple[str, ...]] | None = None
) -> tuple[dict[int, str], list[str]]:
    """Each of *words* whose own common sense the phrase's first gloss spells, with that sense (each
    part of the gloss claimed once), and the gloss's words left unclaimed."""
    rest = _words(_without_term(phrase.gloss[0], phrase.term))
    found: dict[int, str] = {}
    for token in words:
        for sense in (senses or _senses)(token):
            span = _find(_words(sense), rest)
            if span is not None:
                found[token.i] = sense
                del rest[span[0] : span[1]]
                break
    return found, rest


def _literal_members(phrase: Phrase, members: list[Token]) -> tuple[dict[int, str], dict[int, str]]:
    """The words of a collocation read as words, and the verb of one read as the phrase, with the
    phrase's gloss as its own first sense ("to proffer (an invitation)")."""
    # a separable verb's particle is part of the verb ("räumte … ein")
    content = [token for token in members if token.pos_ in _CONTENT and token.dep_ != "compound:prt"]
    found, rest = _spelt_senses(phrase, [token for token in content if not _verbal(token)])
    verbs = [token for token in content if token.i not in found]
    if len(verbs) != 1 or not _verbal(verbs[0]) or not found:
        return {}, {}
    verb = verbs[0]
    lemma = (verb._.term or verb.lemma_).lower()
    verb_words = [token for token in members if token.i == verb.i or token.dep_ == "compound:prt"]
    # the verb's own sense, not one written for this phrase ("to come into (force) (in Kraft treten)")
    sense = next((s for s in _senses(verb) if rest and _words(s) == rest and not construction(s, lemma)), None)
    if sense is None:  # the noun keeps its sense, the verb shows the phrase: "eine Einladung aussprechen"
        bracketed = _with_object_in_brackets(_without_term(phrase.gloss[0], phrase.term), found.values())
        return found, {token.i: bracketed for token in verb_words} if bracketed else {}
    found |= {token.i: sense for token in verb_words}
    return found | {token.i: "" for token in members if token.i not in found}, {}


def _verb_sense_of_this_phrase(phrase: Phrase) -> bool:
    """The phrase's first gloss is a verb's sense whose note is the phrase itself ("to take (Maßnahmen
    ergreifen)"), as the hand-checked senses name the object they are for."""
    gloss = phrase.gloss[0]
    return gloss.startswith("to ") and any(note.lower() == phrase.term.lower() for note in _NOTE.findall(gloss))


def _with_object_in_brackets(gloss: str, nouns) -> str | None:
    """The phrase's gloss as the verb's, its nouns' words in brackets: "eine Einladung aussprechen"
    (to proffer an invitation) is "to proffer (an invitation)" for "aussprechen", as a dictionary
    writes a verb with its object; None when no verb is left ("Kommentar abgeben": to comment)."""
    if not gloss.startswith("to "):
        return None
    for noun in nouns:
        core = gloss_core(noun)
        match = re.search(rf"\b((?:(?:a|an|the)\s+)?{re.escape(core)}(?:s|es)?)\b", gloss, flags=re.IGNORECASE)
        if not core or match is None:
            return None
        gloss = f"{gloss[: match.start()]}({match.group(1)}){gloss[match.end():]}"
    left = _NOTE.sub("", gloss).split()
    return gloss if len(left) > 1 else None  # more than "to"


def _verbal(token: Token) -> bool:
    """The phrase's verb: a verb, or its participle made an adjective ("die abgegebenen Stimmen")."""
    return token.pos_ == "VERB" or (token.pos_ == "ADJ" and participle_of(token.text) is not None)


def _shown_senses(token: Token) -> tuple[str, ...]:
    """The word's common senses as the panel shows them alone (a superlative's: "Obersten": supreme);
    for an adjective of a name the tagger calls a name ("die Vereinigten Arabischen Emirate"), the
    adjective's."""
    entry = glossing.choose(token, False, frozenset()).entry
    if (entry is None or not entry.gloss) and token.pos_ == "PROPN" and token.text[:1].isupper():
        ending = next((e for e in ADJECTIVE_ENDINGS if token.lower_.endswith(e)), "")
        entry = lookup(token.lower_[: len(token.lower_) - len(ending)], "ADJ") if ending else None
    return entry.gloss[:_SENSES] if entry else ()


def _own_senses(token: Token) -> tuple[str, ...]:
    """A function word's senses of its own, as the curated list gives them ("es": it, there)."""
    entry = function_entry(token.lower_, token.pos_)
    return entry.gloss if entry else ()


def _senses(token: Token) -> tuple[str, ...]:
    """The word's common senses; a plural's own first where the lexicon checked them ("Daten": data,
    not the dates of its lemma "Datum")."""
    term = token._.term or token.lemma_
    if token.pos_ in ("NOUN", "PROPN"):
        term = term[:1].upper() + term[1:]
    plural = plural_glosses(token.text)[:_SENSES] if "Plur" in token.morph.get("Number") else ()
    return tuple(dict.fromkeys((*plural, *lookup(term, token.pos_).gloss[:_SENSES])))


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
    verb (the last word also in the plural: "to name names", or the sense in it: "francs" of "Swiss
    franc")."""
    if not words or all(word in USAGE_STOPWORDS for word in words):
        return None
    *front, last = words
    for start in reversed(range(len(spelt) - len(words) + 1)):
        window = spelt[start : start + len(words)]
        plural_of = any(last + ending == window[-1] or window[-1] + ending == last for ending in _PLURAL_ENDINGS)
        if window[:-1] == front and plural_of:
            return start, start + len(words)
    return None
