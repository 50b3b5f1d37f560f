"""The learner's terms: identity, statuses, history, personal unknown share."""

from __future__ import annotations

from pathlib import Path

from reader.library import Library
from reader.nlp import Token, analyze
from reader.vocab import IGNORED, KNOWN, UNKNOWN, Status, TermKey, Vocabulary, term_key
from reader.vocab.coverage import term_counts, unknown_share


def token(text: str, term: str, pos: str, gender: str | None = None, learnable: bool = True) -> Token:
    return Token(
        i=0, text=text, start=0, end=len(text), whitespace=" ", lemma=term, pos=pos, morph="",
        term=term, is_word=True, learnable=learnable, gender=gender,
    )


def test_auxiliary_and_full_verb_are_one_term() -> None:
    assert term_key(token("hat", "haben", "AUX")) == term_key(token("haben", "haben", "VERB"))


def test_nouns_of_different_gender_are_different_terms() -> None:
    assert term_key(token("Leiter", "Leiter", "NOUN", "m")) != term_key(token("Leiter", "Leiter", "NOUN", "f"))


def test_status_is_stored_with_its_history(home: Path) -> None:
    vocabulary = Vocabulary(Library(home).connection)
    key = TermKey("übereinkommen", "VERB")
    assert vocabulary.status(key) == UNKNOWN
    vocabulary.set_status([key], Status.LEARNING_1)
    vocabulary.set_status([key], KNOWN)
    reopened = Vocabulary(Library(home).connection)
    assert reopened.status(key) == KNOWN
    history = reopened.connection.execute("SELECT status FROM status_history ORDER BY id").fetchall()
    assert [row[0] for row in history] == [1, 99]


def test_unknown_share_counts_tokens_not_terms() -> None:
    tokens = [
        token("die", "der", "DET"),
        token("der", "der", "DET"),
        token("Krise", "Krise", "NOUN", "f"),
        token("Biden", "Biden", "PROPN", learnable=False),
    ]
    counts = term_counts(tokens)
    assert sum(counts.values()) == 3  # the name does not count
    assert unknown_share(counts, {}) == 1.0
    assert unknown_share(counts, {TermKey("der", "DET"): KNOWN}) == 1 / 3
    assert unknown_share(counts, {TermKey("Krise", "NOUN", "f"): IGNORED}) == 2 / 3


def test_a_separated_particle_is_the_same_term_as_its_verb() -> None:
    """"teilte … mit": marking mitteilen marks both words, and the card's sentence shows both."""
    tokens = {token.text: token for token in analyze("Das teilte das Ministerium gestern mit.").tokens}
    assert term_key(tokens["mit"]) == term_key(tokens["teilte"]) == TermKey("mitteilen", "VERB")
