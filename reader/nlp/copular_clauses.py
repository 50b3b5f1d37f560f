"""Copular clauses the parser read the wrong way round.

"Weißrussland ist ein Binnenstaat, dessen Hauptstadt Minsk ist": the parser often misses a relative clause
opened by "dessen"/"deren" when it has no full verb: it hangs the copula on the predicate of the sentence
before the comma and makes the clause's two nouns appositions ("Hauptstadt" renaming "Binnenstaat",
"Minsk" renaming "Hauptstadt"). The clause ends in its copula; the noun "dessen" belongs to is its
subject, the last noun before the copula its predicate, and the clause describes the noun before the
comma.

"Im engeren Sinne ist Instinkt ein historischer Fachbegriff": with the subject after the copula, the parser
may make it the predicate and the real predicate, a noun with "ein", its attribute. Of a bare noun and a
noun with the indefinite article, the indefinite one is what is said of the other: the predicate.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.nlp.doc_arrays import tokens_where
from reader.nlp.lang.grammar import AUXILIARY_FORMS
from reader.nlp.parse_edits import set_head, take_place

if TYPE_CHECKING:  # annotations only: importing the rule must not load spaCy
    from spacy.tokens import Doc, Token

_NOMINAL = frozenset({"NOUN", "PROPN"})


def correct_copular_clauses(doc: Doc) -> None:
    """Both repairs, over the whole text."""
    copular_clauses_of_whose(doc)
    for copula in tokens_where(doc, "DEP", ("cop",)):
        indefinite_predicate_taken_for_an_attribute(copula)


def copular_clauses_of_whose(doc: Doc) -> None:
    """Each "…, dessen/deren NOUN … NOUN ist" whose copula hangs before the comma becomes a relative
    clause of the noun before the comma, headed by its predicate."""
    for relative in tokens_where(doc, "TAG", ("PRELAT",)):
        subject = relative.head
        if relative.i < 2 or doc[relative.i - 1].text != "," or subject.pos_ not in _NOMINAL or subject.i <= relative.i:
            continue
        antecedent = doc[relative.i - 2]
        copula = _closing_copula(subject)
        if antecedent.pos_ not in _NOMINAL or copula is None or copula.head.i >= relative.i:
            continue
        predicate = _predicate_before(copula, subject)
        if predicate is None or not set_head(predicate, antecedent, "acl"):
            continue
        clause = doc[relative.i : copula.i + 1]
        set_head(subject, predicate, "nsubj")
        set_head(copula, predicate, "cop")
        for word in clause:
            if word.i != predicate.i and not relative.i <= word.head.i <= copula.i:
                set_head(word, predicate)


def _closing_copula(subject: Token) -> Token | None:
    """The form of "sein" that ends the clause after `subject` (before its comma or full stop)."""
    doc = subject.doc
    end = next((t.i for t in doc[subject.i + 1 : subject.sent.end] if t.is_punct and t.text != "-"), subject.sent.end)
    last = doc[end - 1]
    # (the lemmas are set later: the form tells)
    copula = last.dep_ == "cop" and AUXILIARY_FORMS.get(last.lower_) == "sein"
    return last if copula and last.i > subject.i + 1 else None


def _predicate_before(copula: Token, subject: Token) -> Token | None:
    """The last noun before the copula, after the subject, that no preposition governs (a name's first word
    for a name: "Peter Müller")."""
    doc = copula.doc
    word = doc[copula.i - 1]
    while word.dep_.startswith("flat") and word.head.i < word.i and word.head.i > subject.i:
        word = word.head
    if word.pos_ not in _NOMINAL or word.i <= subject.i or any(c.dep_ == "case" for c in word.children):
        return None
    return word


_INDEFINITE_NOMINATIVE = frozenset({"ein", "eine", "kein", "keine"})


def indefinite_predicate_taken_for_an_attribute(copula: Token) -> None:
    """"ist Instinkt ein … Fachbegriff" with "Instinkt" the predicate and "Fachbegriff" its attribute: the
    noun with "ein" after the bare noun takes the predicate's place; the bare noun is the subject."""
    bare = copula.head
    if AUXILIARY_FORMS.get(copula.lower_) != "sein" or bare.pos_ not in _NOMINAL or bare.i < copula.i:
        return
    if any(c.dep_ in ("det", "det:poss", "nsubj", "case") for c in bare.children):
        return
    predicate = next((c for c in bare.children if c.i > bare.i and c.dep_ in ("nmod", "appos") and c.pos_ == "NOUN"), None)
    if predicate is None or any(t.is_punct for t in copula.doc[bare.i + 1 : predicate.i]):
        return
    article = next((c for c in predicate.children if c.dep_ == "det"), None)
    if article is None or article.lower_ not in _INDEFINITE_NOMINATIVE or any(c.dep_ == "case" for c in predicate.children):
        return
    if not take_place(predicate, bare):
        return
    for child in list(bare.children):
        if child.i < bare.i or child.is_punct:
            set_head(child, predicate)
    set_head(bare, predicate, "nsubj")

