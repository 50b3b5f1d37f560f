"""Terms: the dictionary form under which a learner knows a word.

A separable verb is one term on both of its parts ("kamen … überein" →
"übereinkommen"), read from the parser's `compound:prt` relation; a
zu-infinitive or participle of a separable verb is rebuilt from its prefix
("einzumarschieren" → "einmarschieren") when the lemmatiser did not know it.
Names, numbers and punctuation are not learnable, so they never count as
unknown words.
"""

from __future__ import annotations

import re

import simplemma
from spacy.tokens import Doc, Token

from reader.nlp.lang.verbs import SEPARABLE_PREFIXES

_PREFIX = "|".join(SEPARABLE_PREFIXES)
_ZU_INFINITIVE = re.compile(rf"^({_PREFIX})zu([a-zäöüß]{{2,}}(?:en|ern|eln|n))$")
_PARTICIPLE = re.compile(rf"^({_PREFIX})ge([a-zäöüß]{{2,}}(?:t|en))$")
_NOT_LEARNABLE = {"PROPN", "NUM", "PUNCT", "SYM", "SPACE", "X"}
_VERBS = {"VERB", "AUX"}


def assign_terms(doc: Doc) -> None:
    for token in doc:
        token._.term = _own_term(token)
        token._.learnable = _learnable(token)
    for particle in doc:
        if particle.dep_ == "compound:prt" and particle.head.pos_ in _VERBS and particle.is_alpha:
            joined = particle.lower_ + particle.head._.term
            particle.head._.term = joined
            particle._.term = joined
            particle._.learnable = particle.head._.learnable


def _own_term(token: Token) -> str:
    lemma = token.lemma_
    if token.pos_ in _VERBS and lemma.lower() == token.lower_:
        for pattern in (_ZU_INFINITIVE, _PARTICIPLE):
            match = pattern.match(token.lower_)
            if match:
                return match.group(1) + _infinitive(match.group(2), pattern is _PARTICIPLE)
    return lemma


def _infinitive(stem: str, participle: bool) -> str:
    if not participle:
        return stem
    return simplemma.lemmatize("ge" + stem, lang="de")


def _learnable(token: Token) -> bool:
    if token.pos_ in _NOT_LEARNABLE or token.is_space or token.is_punct:
        return False
    if token.dep_.startswith("flat") and token.head.pos_ == "PROPN":
        return False  # the rest of a multi-word name: "Joe Biden"
    return any(char.isalpha() for char in token.text) and not any(char.isdigit() for char in token.text)
