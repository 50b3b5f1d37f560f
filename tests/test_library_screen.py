"""The library screen: articles listed with the learner's unknown share, filter by typing, add a file."""

from __future__ import annotations

from pathlib import Path

from reading import notifications_shown, wait_for_article
from textual.widgets import DataTable

from reader.difficulty import score
from reader.library import Library
from reader.paths import BUNDLED_TEXTS_DIR
from reader.vocab import placement
from conftest import FOUNDING_ARTICLE
from reader.ui.app import ReaderApp
from reader.vocab.coverage import term_counts
from reader.ui.widgets.article_view import ArticleView

EASY = "---\ntitle: Ein Tag in Berlin\nsource: Test\n---\n\nDas Wetter ist gut. Wir gehen in den Park.\n"


def app_with_library(home: Path, *files: Path) -> ReaderApp:
    """The app on a library of the founding article plus `files`."""
    library = Library(home)
    library.import_file(FOUNDING_ARTICLE)
    for path in files:
        library.import_file(path)
    library.close()
    return ReaderApp(home)


def titles(app: ReaderApp) -> list[str]:
    table = app.screen.query_one("#articles", DataTable)
    return [table.get_row_at(row)[0] for row in range(table.row_count)]


async def test_typing_filters_the_articles(home: Path, tmp_path: Path) -> None:
    (tmp_path / "easy.md").write_text(EASY, encoding="utf-8")
    app = app_with_library(home, tmp_path / "easy.md")
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        assert len(titles(app)) == 2
        await pilot.press("b", "e", "r")
        assert titles(app) == ["Ein Tag in Berlin"]
        await pilot.press("enter", "enter")
        view = await wait_for_article(pilot)
        assert view.token.text == "Das"


async def test_unknown_share_appears_after_reading_and_falls_when_words_are_known(home: Path) -> None:
    app = app_with_library(home)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#articles", DataTable)
        assert table.get_row_at(0)[5] == "—"  # not analyzed yet
        await pilot.press("enter")
        await wait_for_article(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert table.get_row_at(0)[5] == "100%"
        await pilot.press("enter")
        await wait_for_article(pilot)
        await pilot.press("m", "q")
        await pilot.pause()
        assert int(table.get_row_at(0)[5].rstrip("%")) < 100


async def test_a_adds_a_file_and_opens_it(home: Path, tmp_path: Path) -> None:
    (tmp_path / "easy.md").write_text(EASY, encoding="utf-8")
    app = ReaderApp(home)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("a")
        await pilot.pause()
        for character in str(tmp_path / "easy.md"):
            await pilot.press(character)
        await pilot.press("enter")
        view = await wait_for_article(pilot)
        assert isinstance(view, ArticleView)
        assert app.screen.sub_title == "Ein Tag in Berlin"


async def test_adding_a_missing_file_says_so_and_keeps_the_library(home: Path, tmp_path: Path) -> None:
    app = app_with_library(home)
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await pilot.press("a")
        await pilot.pause()
        for character in "/nowhere.txt":
            await pilot.press(character)
        await pilot.press("enter")
        await pilot.pause()
        assert len(titles(app)) == 1
        await pilot.pause()
        assert any("no such file" in message for message in notifications_shown(app))


async def test_articles_closest_to_the_sweet_spot_come_first(home: Path, tmp_path: Path) -> None:
    (tmp_path / "easy.md").write_text(EASY, encoding="utf-8")
    app = app_with_library(home, tmp_path / "easy.md")
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("b", "e", "r", "enter", "enter")  # read the easy article, every word known
        await wait_for_article(pilot)
        await pilot.press("m", "q")
        await pilot.press("slash", "end", "backspace", "backspace", "backspace", "enter")  # clear the filter
        await pilot.press("down", "enter")  # open the founding article, so it is analyzed too
        await wait_for_article(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert titles(app) == ["Ein Tag in Berlin", "Japan und NATO wollen Spannungen um die Ukraine abbauen"]
        table = app.screen.query_one("#articles", DataTable)
        assert [table.get_row_at(row)[6] for row in range(2)] == ["easy", "too hard"]


async def test_after_a_b1_placement_the_childrens_encyclopedia_fits_best_and_news_is_hard(home: Path) -> None:
    klexikon = BUNDLED_TEXTS_DIR / "klexikon-bremerhaven.md"
    news = BUNDLED_TEXTS_DIR / "wikinews-2019-09-08-bundeswehr-hilft-nach-hurrikan-auf-den-bahamas.md"
    library = Library(home)
    for path in (news, klexikon):
        library.ensure_analyzed(library.import_file(path))
    placement.take(library.connection, placement.answers_of_learner_knowing(3000))
    library.close()
    app = ReaderApp(home)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#articles", DataTable)
        rows = [table.get_row_at(row) for row in range(table.row_count)]
        assert [(row[0], row[6]) for row in rows] == [
            ("Bremerhaven", "good fit"), ("Bundeswehr hilft nach Hurrikan auf den Bahamas", "hard")
        ]


async def test_cram_list_shows_the_most_frequent_unknown_words_and_exports_them(home: Path) -> None:
    app = app_with_library(home)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        view = await wait_for_article(pilot)
        view.cursor = next(token.i for token in view.tokens if token.text == "der")
        article = view.cursor_key
        await pilot.press("k", "q", "c")  # the article "der" is known now, so it is not on the list
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        words = [table.get_row_at(row)[0] for row in range(table.row_count)]
        counts = [int(table.get_row_at(row)[3]) for row in range(table.row_count)]
        assert article not in [item.key for item in app.screen.items]
        assert "Japan" not in words and "Hayashi" not in words  # names never
        assert counts == sorted(counts, reverse=True) and counts[0] > 1
        await pilot.press("e")
        await app.workers.wait_for_complete()
        assert (home / "exports" / "cram.apkg").stat().st_size > 0


async def test_unknown_share_and_fit_follow_status_changes_at_once(home: Path) -> None:
    app = app_with_library(home)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("enter")
        await wait_for_article(pilot)
        article_id = app.screen.stored.id
        await pilot.press("k", "right", "right", "3", "right", "i", "q")
        await pilot.pause()
        table = app.screen.query_one("#articles", DataTable)
        first = table.get_row(str(article_id))
        await pilot.press("enter")
        await wait_for_article(pilot)
        await pilot.press("m", "q")
        await pilot.pause()
        analysis = app.library.reading(article_id).full()
        expected = score(analysis, app.vocabulary.statuses(term_counts(analysis.tokens)))
        row = table.get_row(str(article_id))
        assert row[5:7] == [f"{expected.unknown_share:.0%}", expected.fit]
        assert int(row[5].rstrip("%")) < int(first[5].rstrip("%"))
