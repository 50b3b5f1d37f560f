"""A preposition the word governing its phrase takes as its own, glossed as that word renders it.

"Interesse an den Märschen" is interest in, "hofft auf Wahlen" hope for, "bat darum, dass …" ask for (it):
the governing verb, noun or adjective's sense noted with the preposition ("to wait (auf: for)"), or Ding's
line for its first sense, gives the English preposition. Called by reader.nlp.glossing for prepositions and
pronominal adverbs; a preposition whose own use says more ("von der CDU unterstützt": by,
reader.nlp.preposition_uses) is left to that use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from reader.lexicon import LexiconMissingError, function_entry, lookup
from reader.lexicon.ranking import gloss_core
from reader.lexicon.valency import ENGLISH_PREPOSITIONS, governed_preposition, preposition_of_fixed_phrases
from reader.nlp.clause_words import after_a_quantity, before_what_is_said, in_the_other_case, pronominal_preposition, temporal_phrase
from reader.nlp.doc_facts import sentence_start
from reader.nlp.extensions import token_value
from reader.nlp.lang.grammar import AUXILIARY_FORMS
from reader.nlp.lang.valency import PREPOSITIONAL_OBJECTS


# Uses whose own row says more than the word that governs the preposition ("von der CDU unterstützt": by).
_OWN_USES = {"addition", "age", "action", "beyond", "height", "group", "instance", "year", "span", "onwards", "range", "source", "clock", "quantity", "measure", "agent", "origin", "share"}
_GOVERNING_CLASSES = {"VERB", "NOUN", "ADJ"}
_AUXILIARIES = frozenset(AUXILIARY_FORMS.values())
# A curated sense notes the preposition its word governs: "to wait (auf: for)", "to take part (an: in)",
# bare after the English one: "to think of (an)", or closing the reflexive construction it names, whose
# preposition the English ends in: "to be about (sich handeln um)".
_NOTED_PREPOSITION = re.compile(r"\((?:sich: )?(\w+)(?:: (\w+)|\))|\(sich \w+ (\w+)()\)")


@dataclass(frozen=True)
class Governed:
    """A preposition the word governing its phrase takes as its own: "Interesse an", "hofft auf"."""

    english: str  # the preposition as that word renders it: "in", "for"
    term: str  # the governing word: "Interesse", "hoffen"
    preposition: str
    sense: str  # the word's first sense, bare: "interest", "hope"
    pronoun: str = ""  # "it" for a pronominal adverb ("darum": um + it)

    @property
    def gloss(self) -> str:
        """"in (Interesse an: interest in)", "of (denken an: think of)", "for it (bitten um: ask for)"."""
        rendering = self.sense if self.sense.endswith(" " + self.english) else f"{self.sense} {self.english}"
        shown = f"{self.english} {self.pronoun}" if self.pronoun else self.english
        return f"{shown} ({self.term} {self.preposition}: {rendering})"


def governed_sense(token, uses: tuple[str, ...]) -> Governed | None:
    """The preposition as the word governing its phrase renders it: "Interesse an den Märschen" → in
    (Interesse an: interest in), "hofft auf Wahlen" → for (hoffen auf: hope for). From the sense the
    dictionary shows first for that word (its curated note, or Ding's line for that sense); None where
    the phrase is no argument of a verb, noun or adjective, or where the preposition's use says more
    ("von der CDU unterstützt": by)."""
    if token.tag_ == "APPRART":
        return None  # a contraction mostly opens a fixed phrase: "im Zusammenhang mit", "zum Beispiel"
    preposition = token.lemma_.lower()
    plain = function_entry(preposition, "ADP")
    if any(use in _OWN_USES and function_entry(preposition, "ADP", (use,)) != plain for use in uses):
        return None  # the use has a row of its own for this preposition
    noun = token.head
    if temporal_phrase(token, noun):
        return None  # "zu der Zeit, als er das Amt antrat": when, no preposition of antreten
    governors = []
    # (not "sein": "ist warm mit geringen Unterschieden" is no "sein mit", be in)
    if noun.dep_ in ("obl", "obl:arg", "nmod") and noun.head.i != noun.i and noun.head.pos_ in _GOVERNING_CLASSES \
            and noun.head.lemma_ != "sein":
        governors.append(noun.head)
    after = token.doc[noun.i + 1] if noun.i + 1 < len(token.doc) else None
    if after is not None and after.pos_ == "ADJ":
        governors.append(after)  # "war früher von Portugal abhängig": the predicate right after the phrase, however parsed
    before = token.doc[token.i - 1] if token.i > sentence_start(token) else None
    if before is not None and before.pos_ == "NOUN":
        governors.append(before)  # "das Interesse an den Märschen", whatever the parser hung the phrase on
        if before.dep_ == "nmod" and before.head.pos_ == "NOUN" and before.head.i < before.i:
            governors.append(before.head)  # "die Reaktion der Regierung auf den Bericht": past the genitive
    for governor in governors:
        if in_the_other_case(token, noun, governor):
            continue  # "geht … in den Niederlanden in Richtung …": where, not gehen in (go to)
        found = _rendered_by(governor, preposition)
        if found is not None:
            return found
    return None


def governed_adverb(token) -> Governed | None:
    """A pronominal adverb ("darum", "dafür") stands for its preposition and "it", mostly pointing ahead to
    a dass-clause or zu-infinitive: where the word it depends on governs that preposition, it is glossed
    as that word renders it: "bat darum, dass …" → for it (bitten um: ask for)."""
    preposition = pronominal_preposition(token.text)
    governor = token.head
    if preposition is None or governor.i == token.i or governor.pos_ not in _GOVERNING_CLASSES:
        return None
    if governor.lemma_ in _AUXILIARIES or before_what_is_said(token) or after_a_quantity(token):
        return None  # "Erstaunlich ist dabei, dass …": sein governs nothing, "dabei" is 'in this'; "erklärte dazu:"; "viele davon"
    found = _rendered_by(governor, preposition)
    return None if found is None else replace(found, pronoun="it")


def _rendered_by(governor, preposition: str) -> Governed | None:
    """*preposition* as *governor* renders it in the sense the dictionary shows first for it (its curated
    note, or Ding's line for that sense); None where neither renders it."""
    term = token_value(governor, "term") or governor.lemma_
    try:
        senses = lookup(term, governor.pos_).gloss
        if not senses:
            return None
        # the phrase picks the sense noted with its preposition, wherever it stands ("bestehen": to
        # exist, …, to insist (auf: on))
        sense, english = next(
            ((sense, noted[preposition] or _english_before_note(sense)) for sense in senses
             if preposition in (noted := noted_prepositions(sense))),
            (senses[0], None),
        )
        if english is None:
            english = governed_preposition(term, governor.pos_, preposition, sense)
        if english is None and (term, preposition) in PREPOSITIONAL_OBJECTS and governor.pos_ == "VERB":
            # a verb that governs it where Ding writes the two only in fixed phrases ("an Herzversagen sterben")
            english = preposition_of_fixed_phrases(term, preposition, gloss_core(sense))
    except LexiconMissingError:
        return None
    return None if english is None else Governed(english, term, preposition, gloss_core(sense))


def noted_prepositions(sense: str) -> dict[str, str]:
    """The prepositions a sense's notes name, each with the English one the note gives ("" for none)."""
    return {
        german or closing: english or closing_english
        for german, english, closing, closing_english in _NOTED_PREPOSITION.findall(sense)
    }


def _english_before_note(sense: str) -> str | None:
    """The English preposition a bare note follows: "to think of (an)" → of, "to count on (auf)" → on."""
    words = sense.split("(")[0].split()
    return words[-1] if words and words[-1] in ENGLISH_PREPOSITIONS else None
