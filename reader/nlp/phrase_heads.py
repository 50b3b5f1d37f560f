"""Noun phrases the small parser builds around the wrong word, put right.

The statistical parser often heads a phrase by a capitalised adjective that is
part of a name ("im Kalten Krieg", "der Europäischen Union", "das Römische
Reich"): it tags the adjective as a noun and hangs the real noun on it. And it
sometimes hangs an article or preposition on an adjective instead of on the
noun the adjective describes ("einen hoffnungsvollen … Schluss"). In German
the head of such a phrase is always the noun; the case, gender and number
hints read the phrase from its head, so it matters beyond the parse scores.
Two subjects joined by "und" are likewise one coordinated subject, not two.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from reader.nlp import lemma_dictionary
from reader.nlp.noun_phrases import genitive_name, name_particle, particle_article

_NOMINAL = {"NOUN", "PROPN"}
_COORDINATING = {"und", "oder", "sowie"}
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
# Relations with which the parser hangs the real noun on the adjective it took for the head.
_NOUN_UNDER_ADJECTIVE = {"appos", "flat", "flat:name", "compound", "nmod", "dep"}
# Dependents that belong to a phrase's noun, never to one of its adjectives.
_PHRASE_MARKERS = {"det", "det:poss", "case"}
_MARKER_RELATION = {"DET": "det", "ADP": "case"}
_NOUN_MODIFIERS = {"amod", "compound"}


def correct_phrase_heads(doc: Doc) -> None:
    """Repair the parse in place, before the case rules read it."""
    _join_coordinated_subjects(doc)
    for token in doc:
        _hang_genitive_name_on_its_noun(token)
    for token in doc:
        noun = _noun_after_name_adjective(token)
        if noun is not None:
            _make_adjective_of(token, noun)
    for token in doc:
        marker = _MARKER_RELATION.get(token.pos_)
        modifier = token.head
        if marker and token.i < modifier.i and modifier.dep_ in _NOUN_MODIFIERS:
            noun = modifier.head
            if noun.pos_ in _NOMINAL and modifier.i < noun.i:
                token.head = noun
                if token.dep_ not in _PHRASE_MARKERS:
                    token.dep_ = marker


def _join_coordinated_subjects(doc: Doc) -> None:
    """"Der Minister und NATO-Generalsekretär Stoltenberg haben vereinbart": the parser made both
    subjects of the verb; the second is a conjunct of the first."""
    for verb in doc:
        subjects = [child for child in verb.children if child.dep_ == "nsubj"]
        for first, second in zip(subjects, subjects[1:]):
            conjunction = second.left_edge
            between = doc[first.right_edge.i + 1 : conjunction.i]
            if conjunction.dep_ == "cc" and conjunction.lower_ in _COORDINATING and all(t.is_punct for t in between):
                second.head = first
                second.dep_ = "conj"


def _hang_genitive_name_on_its_noun(name: Token) -> None:
    """"von Trumps Account": the parser often heads the phrase by the genitive name and hangs the noun
    on it; the noun takes the name's place (with its preposition), the name becomes its attribute.
    After its noun ("der Sicherheitsrat Japans") a genitive name is an attribute, not an apposition."""
    if name.pos_ == "ADJ" and name.tag_ in ("NN", "NE") and not name.is_sent_start:
        name.pos_ = "PROPN"  # "mit Merkels Ministern": the tagger's noun tag is right, its ADJ is not
        if not genitive_name(name):
            name.pos_ = "ADJ"
    if not genitive_name(name):
        return
    doc = name.doc
    noun = doc[name.i + 1] if name.i + 1 < len(doc) else None
    if noun is not None and noun.head.i == name.i:
        for child in list(name.children):
            if child.i < name.i and not particle_article(child) and child.dep_ != "case" or child.dep_ == "case" and not name_particle(child):
                child.head = noun
        noun.head = noun if name.head.i == name.i else name.head
        noun.dep_ = name.dep_
        name.head = noun
        name.dep_ = "nmod:poss"
    elif name.head.i == name.i + 1:
        name.dep_ = "nmod:poss"
    elif name.head.i < name.i and name.dep_ in ("appos", "flat", "flat:name", "compound", "dep"):
        name.dep_ = "nmod"


def _noun_after_name_adjective(token: Token) -> Token | None:
    """The noun after `token` if `token` is a capitalised adjective the parser made the head of it:
    "Kalten" in "im Kalten Krieg"."""
    if token.i + 1 >= len(token.doc) or not token.text[:1].isupper() or token.is_sent_start:
        return None
    noun = token.nbor()
    if noun.pos_ not in _NOMINAL or not noun.text[:1].isupper() or noun.head.i != token.i:
        return None
    if noun.dep_ not in _NOUN_UNDER_ADJECTIVE or not token.lower_.endswith(_ADJECTIVE_ENDINGS):
        return None
    # "den Kranken Medikamente": a noun made from an adjective, then another phrase; the two
    # disagree in case or number where an adjective and its noun agree.
    if not _agree(token, noun):
        return None
    return noun if _is_adjective(token.lower_) else None


def _agree(first: Token, second: Token) -> bool:
    return all(
        first.morph.get(feature) and first.morph.get(feature) == second.morph.get(feature)
        for feature in ("Case", "Number")
    )


def _is_adjective(form: str) -> bool:
    """"europäischen" → "europäisch": simplemma knows it as an inflected adjective."""
    lemma = lemma_dictionary.lemmatize(form)
    return lemma != form and lemma.islower() and form.startswith(lemma[: max(3, len(lemma) - 2)])


def _make_adjective_of(adjective: Token, noun: Token) -> None:
    """The noun takes the adjective's place in the sentence; the adjective and the phrase's
    article and preposition hang on the noun."""
    for child in list(adjective.children):
        if child.i != noun.i and (child.i < adjective.i or child.dep_ in _PHRASE_MARKERS):
            child.head = noun
    if adjective.head.i == adjective.i:
        noun.head = noun
    else:
        noun.head = adjective.head
    noun.dep_ = adjective.dep_
    adjective.head = noun
    adjective.dep_ = "amod"
    adjective.pos_ = "ADJ"
