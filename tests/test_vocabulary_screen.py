"""The vocabulary screen: charts, a searchable, sortable term list, statuses changed with the reading keys."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, Sparkline
from textual_plotext import PlotextPlot

from reader.library import Library
from reader.ui.app import ReaderApp
from reader.ui.screens.vocabulary import VocabularyScreen
from reader.vocab import KNOWN, Status, TermKey, Vocabulary
from reader.vocab.history import ReadingHistory

TODAY = date(2026, 11, 20)
# (term, pos, gender, statuses by day of November 2026)
SEED = [
    ("Haus", "NOUN", "n", [(10, 1), (12, 99)]),
    ("gehen", "VERB", "", [(10, 99)]),
    ("Leiter", "NOUN", "m", [(11, 2)]),
    ("Leiter", "NOUN", "f", [(11, 99)]),
    ("übereinkommen", "VERB", "", [(13, 1), (15, 3), (18, 99)]),
    ("schnell", "ADJ", "", [(14, 99)]),
    ("Spannung", "NOUN", "f", [(16, 4)]),
    ("abbauen", "VERB", "", [(17, 99)]),
    ("der", "DET", "", [(10, 98)]),
    ("Krise", "NOUN", "f", [(19, 99)]),
    ("Sicherheit", "NOUN", "f", [(20, 5)]),
]


def seed(home: Path) -> None:
    """Terms with a history spread over November 2026, and some reading."""
    library = Library(home)
    vocabulary = Vocabulary(library.connection)
    connection = library.connection
    for term, pos, gender, changes in SEED:
        key = TermKey(term, pos, gender)
        for day, status in changes:
            vocabulary.set_status([key], Status(status))
            stamp = f"2026-11-{day:02d}T12:00:00.000Z"
            connection.execute(
                "UPDATE status_history SET changed_at = ? WHERE id = (SELECT MAX(id) FROM status_history)", (stamp,)
            )
        first, last = changes[0][0], changes[-1][0]
        connection.execute(
            "UPDATE terms SET first_seen = ?, updated_at = ? WHERE term = ? AND pos = ? AND gender = ?",
            (f"2026-11-{first:02d}T12:00:00.000Z", f"2026-11-{last:02d}T12:00:00.000Z", term, pos, gender),
        )
    history = ReadingHistory(connection)
    for day, words in ((10, 120), (12, 300), (13, 80), (18, 410), (19, 200), (20, 150)):
        history.record(1, words, 500, day=date(2026, 11, day))
    library.close()


@pytest.fixture
def seeded(home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    seed(home)
    monkeypatch.setattr(VocabularyScreen, "today", TODAY)
    return home


def terms_shown(screen: VocabularyScreen) -> list[str]:
    table = screen.query_one("#terms", DataTable)
    return [str(table.get_row_at(n)[0]) for n in range(table.row_count)]


async def open_vocabulary(pilot) -> VocabularyScreen:
    await pilot.press("v")
    await pilot.pause()
    assert isinstance(pilot.app.screen, VocabularyScreen)
    return pilot.app.screen


async def test_v_opens_the_screen_with_charts_and_every_term(seeded: Path) -> None:
    async with ReaderApp(seeded).run_test(size=(120, 40)) as pilot:
        screen = await open_vocabulary(pilot)
        assert len(screen.query(PlotextPlot)) == 2
        assert len(screen.query_one("#due-chart", Sparkline).data) == 14  # the reviews due, day by day
        assert len(terms_shown(screen)) == len(SEED)
        summary = str(screen.query_one("#vocabulary-summary").render())
        assert "Known 7" in summary and "streak" in summary
        await pilot.press("q")
        assert not isinstance(pilot.app.screen, VocabularyScreen)


async def test_typing_filters_the_list(seeded: Path) -> None:
    async with ReaderApp(seeded).run_test(size=(120, 40)) as pilot:
        screen = await open_vocabulary(pilot)
        await pilot.press("l", "e", "i")
        assert screen.query_one("#term-filter", Input).value == "lei"
        assert sorted(terms_shown(screen)) == ["Leiter (f)", "Leiter (m)"]


async def test_s_cycles_the_sort_order(seeded: Path) -> None:
    async with ReaderApp(seeded).run_test(size=(120, 40)) as pilot:
        screen = await open_vocabulary(pilot)
        assert terms_shown(screen)[0] == "Sicherheit (f)"  # last change first
        await pilot.press("s")  # by term
        shown = terms_shown(screen)
        assert shown == sorted(shown, key=str.casefold)
        await pilot.press("s")  # by status: learning first
        table = screen.query_one("#terms", DataTable)
        assert str(table.get_row_at(0)[2]) == "learning 2"


async def test_status_keys_change_the_selected_term_and_store_it(seeded: Path) -> None:
    async with ReaderApp(seeded).run_test(size=(120, 40)) as pilot:
        screen = await open_vocabulary(pilot)
        await pilot.press("slash", *"spannung", "enter")
        assert terms_shown(screen) == ["Spannung (f)"]
        await pilot.press("k")
        await pilot.pause()
        table = screen.query_one("#terms", DataTable)
        assert str(table.get_row_at(0)[2]) == "known"
        assert pilot.app.vocabulary.status(TermKey("Spannung", "NOUN", "f")) == KNOWN
        summary = str(screen.query_one("#vocabulary-summary").render())
        assert "Known 8" in summary
        await pilot.press("3")
        await pilot.pause()
        assert pilot.app.vocabulary.status(TermKey("Spannung", "NOUN", "f")) == Status.LEARNING_3


async def test_every_binding_has_an_id_and_a_description() -> None:
    for binding in VocabularyScreen.BINDINGS:
        assert binding.id and binding.id.startswith("vocabulary.") and binding.description
    keys = {key for binding in VocabularyScreen.BINDINGS for key in binding.key.split(",")}
    assert {"1", "2", "3", "4", "5", "k", "i", "u"} <= keys


def test_vocabulary_screen_snapshot(snap_compare, seeded: Path) -> None:
    async def open_it(pilot) -> None:
        await open_vocabulary(pilot)
        await pilot.pause()

    assert snap_compare(ReaderApp(seeded), terminal_size=(120, 36), run_before=open_it)


def test_empty_vocabulary_snapshot(snap_compare, home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(VocabularyScreen, "today", TODAY)

    async def open_it(pilot) -> None:
        await open_vocabulary(pilot)
        await pilot.pause()

    assert snap_compare(ReaderApp(home), terminal_size=(100, 30), run_before=open_it)
