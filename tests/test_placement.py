"""The placement test: the estimate, the known (assumed) status it gives, and its screen on first start."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from textual.widgets import Static

from reader.frequency import frequency
from reader.library import Library
from reader.paths import BUNDLED_TEXTS_DIR
from reader.ui.app import ReaderApp
from reader.ui.screens.library import LibraryScreen
from reader.ui.screens.placement import PlacementScreen
from reader.vocab import KNOWN, KNOWN_ASSUMED, TermKey, Vocabulary, placement
from reader.vocab.stats import compute

EASY = "---\ntitle: Ein Tag in der Stadt\nsource: Test\n---\n\nDie Frau geht in die Stadt. Sie kauft ein Haus am Ufer.\n"


def b1_answers(known_up_to: int = 3000) -> dict[str, bool]:
    """A learner who knows the `known_up_to` most common lemmas and never guesses."""
    return placement.answers_of_learner_knowing(known_up_to)


def test_every_test_word_lies_in_its_band_and_no_non_word_is_listed() -> None:
    lower = 0
    for upper, words in placement.BANDS:
        assert all(lower < frequency(word).rank <= upper for word in words), upper
        lower = upper
    assert all(frequency(word).zipf == 0.0 for word in placement.NON_WORDS)
    assert len(placement.items()) == 42


def test_a_b1_learner_is_placed_near_3000_words_and_guessing_lowers_the_estimate() -> None:
    honest = placement.estimate(b1_answers())
    assert 2500 <= honest.vocabulary_size <= 3500
    guessing = placement.estimate({**b1_answers(), **dict.fromkeys(placement.NON_WORDS[:3], True)})
    assert guessing.false_alarms == 3 and guessing.vocabulary_size < honest.vocabulary_size


def library_with(home: Path, tmp_path: Path) -> int:
    (tmp_path / "easy.md").write_text(EASY, encoding="utf-8")
    library = Library(home)
    article_id = library.import_file(tmp_path / "easy.md")
    library.close()
    return article_id


def test_placement_assumes_common_words_known_and_marking_replaces_the_assumption(home: Path, tmp_path: Path) -> None:
    article_id = library_with(home, tmp_path)
    library = Library(home)
    library.ensure_analyzed(article_id)
    placement.take(library.connection, b1_answers())
    vocabulary = Vocabulary(library.connection)
    frau, ufer = TermKey("Frau", "NOUN", "f"), TermKey("Ufer", "NOUN", "n")
    assert vocabulary.status(frau) == KNOWN_ASSUMED  # rank 128
    assert vocabulary.status(ufer) == 0  # rank about 4,300: beyond a B1 learner
    stats = compute(library.connection)
    assert stats.assumed > 0 and stats.known == 0  # shown apart from the words the learner knows

    vocabulary.set_status([frau], KNOWN)
    placement.take(library.connection, {})  # a retaken test that knows nothing moves only assumed words
    assert vocabulary.status(frau) == KNOWN
    assert placement.assumed_terms(library.connection) == 0
    library.close()


async def test_first_start_analyses_the_library_then_offers_the_placement(home: Path, tmp_path: Path) -> None:
    library_with(home, tmp_path)
    app = ReaderApp(home, first_start=True)
    async with app.run_test(size=(100, 24)) as pilot:
        for _ in range(600):
            await pilot.pause(0.05)
            if isinstance(app.screen, PlacementScreen):
                break
        assert isinstance(app.screen, PlacementScreen)
        answers = b1_answers()
        for item in app.screen.items:
            await pilot.press("y" if answers[item.word] else "n")
        result = str(app.screen.query_one("#placement-word", Static).render())
        assert "You know about 3,000" in result and "known (assumed)" in result
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
    # Analyzed once: the next start has nothing to analyze and does not ask again.
    library = Library(home)
    assert library.unanalyzed() == [] and placement.offered(library.connection)
    library.close()


async def test_the_placement_can_be_skipped_and_is_not_offered_again(home: Path, tmp_path: Path) -> None:
    library_with(home, tmp_path)
    library = Library(home)
    library.ensure_analyzed(library.unanalyzed()[0])
    library.close()
    app = ReaderApp(home, first_start=True)
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, PlacementScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
    app = ReaderApp(home, first_start=True)
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


def test_placement_screen_snapshot(snap_compare, home: Path, tmp_path: Path) -> None:
    library_with(home, tmp_path)
    library = Library(home)
    library.ensure_analyzed(library.unanalyzed()[0])
    library.close()

    async def answer_three(pilot) -> None:
        await pilot.pause()
        await pilot.press("y", "y", "n")
        await pilot.pause()

    assert snap_compare(ReaderApp(home, first_start=True), terminal_size=(100, 20), run_before=answer_three)


def test_after_a_b1_placement_the_founding_article_is_partly_unknown_not_all(home: Path, founding_article: Path) -> None:
    from reader.vocab.stats import unknown_shares

    library = Library(home)
    article_id = library.import_file(founding_article)
    library.ensure_analyzed(article_id)
    assert unknown_shares(library.connection)[article_id] == 1.0  # before: every word unknown
    placement.take(library.connection, b1_answers())
    assert 0.05 <= unknown_shares(library.connection)[article_id] <= 0.25
    library.close()


def test_after_a_b1_placement_reader_list_shows_a_klexikon_article_fitting_and_the_news_hard(
    home: Path, founding_article: Path
) -> None:
    library = Library(home)
    for path in (founding_article, BUNDLED_TEXTS_DIR / "klexikon-bremerhaven.md"):
        library.ensure_analyzed(library.import_file(path))
    placement.take(library.connection, b1_answers())
    library.close()
    listed = subprocess.run(
        [sys.executable, "-m", "reader", "--home", str(home), "list", "--json"], capture_output=True, text=True
    )
    rows = {row["source"]: row for row in json.loads(listed.stdout)}
    assert rows["Klexikon"]["fit"] in ("easy", "good fit")
    founding = rows["reader (founding article)"]
    assert founding["fit"] == "hard"  # news for adults: hard for a B1 reader, not out of reach
    assert 0.05 <= founding["unknown_share"] <= 0.25 and 0.05 <= founding["new_word_share"] <= 0.25
