"""reader.vocab.Vocabulary, the one owner of the learner's words: listing, search, sort, counts, merge."""

from __future__ import annotations

from pathlib import Path

from reader.library import Library
from reader.vocab import IGNORED, KNOWN, KNOWN_ASSUMED, UNKNOWN, Status, TermKey, Vocabulary
from reader.vocab.vocabulary import ImportedTerm


def _vocabulary(home: Path) -> Vocabulary:
    vocabulary = Vocabulary(Library(home).connection)
    vocabulary.set_status([TermKey("Haus", "NOUN", "n")], KNOWN)
    vocabulary.set_status([TermKey("abbauen", "VERB")], Status.LEARNING_3)
    vocabulary.set_status([TermKey("Zug", "NOUN", "m")], IGNORED)
    vocabulary.set_status([TermKey("aber", "CCONJ")], KNOWN_ASSUMED)
    vocabulary.set_status([TermKey("Ärger", "NOUN", "m")], UNKNOWN)
    vocabulary.set_status([TermKey("anbauen", "VERB")], Status.LEARNING_1)
    return vocabulary


def test_sorting_by_status_puts_learning_first_then_unknown_known_assumed_ignored(home: Path) -> None:
    terms = [record.key.term for record in _vocabulary(home).terms(sort="status")]
    assert terms == ["anbauen", "abbauen", "Ärger", "Haus", "aber", "Zug"]


def test_sorting_by_term_ignores_case_and_newest_changes_come_first(home: Path) -> None:
    vocabulary = _vocabulary(home)
    assert [r.key.term for r in vocabulary.terms(sort="term")] == ["abbauen", "aber", "anbauen", "Haus", "Zug", "Ärger"]
    updated = [r.updated_at for r in vocabulary.terms(sort="updated")]
    assert updated == sorted(updated, reverse=True)


def test_listing_filters_by_status_and_search_finds_terms_and_notes(home: Path) -> None:
    vocabulary = _vocabulary(home)
    learning = vocabulary.terms(statuses={Status.LEARNING_1, Status.LEARNING_3})
    assert [r.key.term for r in learning] == ["abbauen", "anbauen"]  # oldest first
    assert [r.key.term for r in vocabulary.terms(search="BAUEN", sort="term")] == ["abbauen", "anbauen"]
    vocabulary.merge([ImportedTerm("Zug", "NOUN", "m", int(IGNORED), note="train, not pull")])
    assert [r.key.term for r in vocabulary.terms(search="train")] == ["Zug"]


def test_counts_and_history_follow_every_change(home: Path) -> None:
    vocabulary = _vocabulary(home)
    assert vocabulary.counts()[KNOWN] == 1 and vocabulary.counts()[Status.LEARNING_1] == 1
    vocabulary.set_status([TermKey("anbauen", "VERB")], KNOWN)
    assert vocabulary.counts()[KNOWN] == 2 and Status.LEARNING_1 not in vocabulary.counts()
    record = vocabulary.record(TermKey("anbauen", "VERB"))
    assert [status for status, _, _ in vocabulary.history()[record.id]] == [Status.LEARNING_1, KNOWN]


def test_a_merge_keeps_the_newer_status_and_the_learners_note(home: Path) -> None:
    vocabulary = _vocabulary(home)
    vocabulary.merge([ImportedTerm("Haus", "NOUN", "n", int(Status.LEARNING_2), updated_at="2000-01-01T00:00:00.000Z",
                                   note="from the old app")])
    haus = vocabulary.record(TermKey("Haus", "NOUN", "n"))
    assert haus.status == KNOWN  # what the learner did since beats an old export
    assert haus.note == "from the old app"  # the learner had no note: the import's is kept
    added, updated, unchanged = vocabulary.merge([ImportedTerm("Tisch", "NOUN", "m", int(KNOWN))])
    assert (added, updated, unchanged) == (1, 0, 0)
    assert vocabulary.status(TermKey("Tisch", "NOUN", "m")) == KNOWN
