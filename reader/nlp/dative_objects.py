"""A verb's dative object the parser hung on the noun before it as a genitive attribute.

"Das BZÖ gehört als Koalitionspartner der Volkspartei der österreichischen Regierung an", "…, weshalb sich
diese Erfahrung einer Beschreibung entzieht": "der" and "einer" are a feminine dative as well as a
genitive, so "der Regierung" reads as the Volkspartei's. But angehören and sich entziehen never go
without a dative object, and the clause has none; the phrase that closes the clause right before its verb
(or the verb's particle) is that object. Run before the case rules, which then read it as the verb's dative.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.lexicon.database import LexiconMissingError
from reader.lexicon.valency import reflexive_object_cases
from reader.nlp.clause_kinds import verb_lemma
from reader.nlp.doc_arrays import tokens_where
from reader.nlp.morph_features import article_cases
from reader.nlp.parse_edits import set_head
from reader.nlp.verb_complex import opens_subordinate_clause

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Determiners that are a feminine dative and a genitive alike.
_DATIVE_OR_GENITIVE = frozenset({"der", "einer", "dieser", "jener", "keiner"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "expl"})
# Verbs with a dative object they never go without.
_DATIVE_REQUIRED = frozenset("angehören unterliegen widerfahren entstammen obliegen".split())


def dative_objects_taken_for_genitives(doc: Doc) -> None:
    for verb in tokens_where(doc, "POS", ("VERB",)):
        closing = _word_before_the_end(verb)  # (asked first: most verbs close no clause after a noun)
        if closing is None or any(c.dep_ in ("iobj", "obl:arg") for c in verb.children) or not _needs_a_dative(verb):
            continue
        noun = closing
        while any(c.dep_ == "case" for c in noun.children) and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head  # "einer Beschreibung mit sprachlichen Begriffen": up to the phrase's own noun
        article = next((c for c in noun.children if c.dep_ == "det" and c.i < noun.i), None)
        if noun.dep_ != "nmod" or article is None or article.lower_ not in _DATIVE_OR_GENITIVE:
            continue
        owner = noun.head
        while owner.dep_ == "nmod" and owner.head.i != owner.i:
            owner = owner.head  # (a chain of attributes: "Koalitionspartner der Volkspartei der Regierung")
        # (its owner no dative itself, "…, weil er der Frau der Nachbarn hilft": a subject, a preposition's
        # phrase, or one whose article has no dative, "diese Erfahrung")
        cases = article_cases(owner)
        not_dative = owner.dep_ in _SUBJECTS or any(c.dep_ == "case" for c in owner.children) or (cases and "Dat" not in cases)
        if not_dative and owner.head.i == verb.i and owner.i < noun.i:
            set_head(noun, verb, "iobj")


def _needs_a_dative(verb: Token) -> bool:
    """A verb that never goes without its dative object (angehören, unterliegen …), or one Ding writes
    "sich jdm./etw. …" with, beside its "sich" ("sich entziehen"); not one whose dative may be left out
    ("…, wenn die Gestaltung der Europäischen Union gelingt": the union's)."""
    lemma = verb_lemma(verb)
    # (before the lemmatiser "gehört" may read as hören's participle: its present of gehören counts too)
    particle = next((c.lower_ for c in verb.children if c.dep_ == "compound:prt"), "")
    present = particle + verb.lower_.removesuffix("t") + "en" if verb.lower_.endswith("t") else lemma
    if {lemma, present} & _DATIVE_REQUIRED:
        return True
    if not any(c.lower_ == "sich" for c in verb.children):
        return False
    try:
        return reflexive_object_cases(lemma) == {"Dat"}
    except LexiconMissingError:
        return False


def _word_before_the_end(verb: Token) -> Token | None:
    """The noun right before the verb's particle that closes its clause, or before the verb itself where
    it closes a subordinate clause (in a main clause, the phrase before the verb is its first field: "Die
    Maßnahme einer Zinssenkung dient …")."""
    doc = verb.doc
    particle = next((c for c in verb.children if c.dep_ == "compound:prt" and c.i > verb.i), None)
    end = particle if particle is not None else verb
    closes = end.i + 1 < len(doc) and doc[end.i + 1].is_punct
    if not end.i or not closes or (particle is None and not opens_subordinate_clause(verb)):
        return None
    before = doc[end.i - 1]
    return before if before.pos_ in ("NOUN", "PROPN") else None
