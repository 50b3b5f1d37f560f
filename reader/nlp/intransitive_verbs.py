"""The subject of a verb that takes no object, which the parser read as its object.

"Vergangenen Freitag fand in Accra ein Treffen statt": after a fronted phrase the subject follows the
verb, and the parser often calls a nominative that looks accusative ("ein Treffen") the object. Ding gives
some verbs only without an object ({vi} on every line: stattfinden, entstehen); such a verb with no
subject of its own has its "object" as its subject. So has "sich lassen" with a bare infinitive ("lässt
sich die Wortbedeutung nicht fassen": the meaning cannot be pinned down), a passive with "can": what the
infinitive is done to is lassen's subject, whatever the parser hung it on. And a reflexive verb after a
sentence's placeholder "es" has the phrase after it as its subject ("Es setzt sich die Information durch").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.lexicon import LexiconMissingError
from reader.lexicon.valency import intransitive_only, reflexive_object_cases, reflexive_verb
from reader.nlp import lemma_dictionary
from reader.nlp.clause_repairs import shares_an_auxiliary
from reader.nlp.doc_facts import sentence_start
from reader.nlp.lang.articles import NOMINATIVE_PERSONAL
from reader.nlp.lang.grammar import REFLEXIVE
from reader.nlp.lang.sentences import MONTHS, TIME_NOUNS, WEEKDAYS
from reader.nlp.morph_features import may_be_nominative
from reader.nlp.parse_edits import set_head
from reader.nlp.verb_tokens import infinitive_with_particle

if TYPE_CHECKING:  # annotations only: importing the rule must not load spaCy
    from spacy.tokens import Token

_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "csubj", "expl"})


def subject_taken_for_an_object(verb: Token) -> None:
    """Relabel the bare phrase the parser gave `verb` as its object its subject, if `verb` takes no object
    and has no subject."""
    if verb.pos_ != "VERB" or any(c.dep_ in _SUBJECTS and not _time(c) for c in verb.children):
        return  # (a time the parser took for the subject is none: "Vergangenen Freitag fand … statt")
    if shares_an_auxiliary(verb):
        return  # "muss … drehen und die Finger spreizen": the subject is the first infinitive's
    candidates = [
        c for c in _bare_phrases(verb)
        if c.pos_ in ("NOUN", "PROPN") and _may_be_nominative(c) or c.pos_ == "PRON" and c.lower_ in NOMINATIVE_PERSONAL
    ]
    if len(candidates) != 1:
        return
    try:
        if not intransitive_only(infinitive_with_particle(verb)):
            return
    except LexiconMissingError:
        return
    candidates[0].dep_ = "nsubj"


def subject_after_a_placeholder_es(verb: Token) -> None:
    """"Es setzt sich dann die Information durch", "Es bildete sich eine Schlange": a reflexive verb whose
    "sich" is its only accusative, with "es" opening the sentence before it and one bare phrase after it:
    "es" only holds the first place, the phrase is the subject."""
    if verb.pos_ != "VERB":
        return
    es = next(
        (c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "es" and c.i < verb.i and c.i == sentence_start(c)),
        None,
    )
    if es is None or not any(c.lower_ == "sich" and c.i > verb.i for c in verb.children):
        return
    candidates = [c for c in _bare_phrases(verb) if c.i > verb.i and c.pos_ in ("NOUN", "PROPN") and _may_be_nominative(c)]
    if len(candidates) != 1:
        return
    term = infinitive_with_particle(verb)
    try:
        if not reflexive_verb(term) or "Acc" in reflexive_object_cases(term):
            return  # ("Es sieht sich den Film an": sich is the dative, the film the object)
    except LexiconMissingError:
        return
    es.dep_ = "expl"
    candidates[0].dep_ = "nsubj"


def _bare_phrases(verb: Token) -> list[Token]:
    """The phrases on *verb* no preposition governs, whatever the parser calls them ("obj", "obl", "dep")."""
    return [
        c for c in verb.children
        if c.dep_ in ("obj", "obl", "dep") and not any(g.dep_ == "case" for g in c.children)
    ]


def subject_of_sich_lassen(verb: Token) -> None:
    """`verb` is lassen with a bare infinitive and "sich" before it: where lassen has no subject, make the
    one bare object of either verb that may be nominative lassen's subject."""
    if not verb.lower_.startswith(("lass", "läss", "ließ", "lies")) or lemma_dictionary.lemmatize(verb.lower_) != "lassen":
        return
    infinitive = next((c for c in verb.children if c.dep_ == "xcomp" and _bare_infinitive(c)), None)
    if infinitive is None:
        return
    if sich_of_lassen(verb, infinitive) is None:
        return
    governors = [verb] + ([verb.head] if verb.dep_ in ("xcomp", "aux") else [])
    if any(c.dep_ in _SUBJECTS for governor in governors for c in governor.children):
        return
    # (a bare infinitive has no subject of its own: one the parser gave it is lassen's too)
    candidates = [
        c for c in [*verb.children, *infinitive.children]
        if c.dep_ in ("obj", "nsubj") and c.pos_ in ("NOUN", "PROPN", "PRON") and c.lower_ not in REFLEXIVE
        and _may_be_nominative(c)
    ]
    if len(candidates) == 1:
        set_head(candidates[0], verb, "nsubj")


def sich_of_lassen(lassen: Token, infinitive: Token) -> Token | None:
    """The "sich" of "sich lassen" before the infinitive, hung on either verb (UD hangs it on the
    infinitive: "Es lässt sich nur spekulieren")."""
    return next(
        (c for c in [*lassen.children, *infinitive.children]
         if c.lower_ == "sich" and c.pos_ == "PRON" and c.i < infinitive.i and not any(c.children)),
        None,
    )


def _bare_infinitive(verb: Token) -> bool:
    """An infinitive with no "zu", whatever its tag ("fassen" tagged a participle; not "zu fassen")."""
    return verb.pos_ == "VERB" and lemma_dictionary.lemmatize(verb.lower_) == verb.lower_ and not any(
        c.dep_ == "mark" for c in verb.children
    )


def _may_be_nominative(noun: Token) -> bool:
    """No time ("jeden Tag", "vergangenen Freitag") nor amount with a number, and an article, if any, that
    may be nominative."""
    if _time(noun) or any(c.dep_ == "nummod" for c in noun.children):
        return False
    return may_be_nominative(noun)


def _time(noun: Token) -> bool:
    """A noun naming a time, which a bare phrase uses to say when; not one a genitive says which time it
    is ("endete die Zeit der großen Festungen": the era ended)."""
    if any(c.dep_ == "nmod" and "Gen" in c.morph.get("Case") for c in noun.children):
        return False
    return noun.text in TIME_NOUNS or noun.text in WEEKDAYS or noun.text in MONTHS
