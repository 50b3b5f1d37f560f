"""The reading screen driven with Textual's Pilot, as a learner would use it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from reading import app_on_article, notifications_shown, wait_for_article

import reader.nlp
from reader.library import Library

from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.word_panel import WordPanel


def panel_text(app) -> str:
    return str(app.screen.query_one(WordPanel).render())


async def test_cursor_moves_word_by_word_skipping_punctuation(home: Path, founding_article: Path) -> None:
    app = app_on_article(home, founding_article)
    async with app.run_test(size=(120, 36)) as pilot:
        view = await wait_for_article(pilot)
        assert view.token.text == "Der"
        await pilot.press("right", "l")
        assert view.token.text == "Außenminister"
        await pilot.press("left")
        assert view.token.text == "japanische"
        # "abzubauen." ends the first sentence; the next word is "Während", not the full stop.
        while view.token.text != "abzubauen":
            await pilot.press("right")
        await pilot.press("right")
        assert view.token.text == "Während"


async def test_panel_shows_the_dictionary_form_of_the_word(home: Path, founding_article: Path) -> None:
    app = app_on_article(home, founding_article)
    async with app.run_test(size=(120, 36)) as pilot:
        view = await wait_for_article(pilot)
        kamen = next(token for token in view.tokens if token.text == "kamen")
        view.cursor = kamen.i
        await pilot.pause()
        assert panel_text(app).splitlines()[0] == kamen.term
        assert "kommen" in panel_text(app)


async def test_click_selects_the_word_under_the_mouse(home: Path, founding_article: Path) -> None:
    app = app_on_article(home, founding_article)
    async with app.run_test(size=(120, 36)) as pilot:
        view = await wait_for_article(pilot)
        treffens = next(token for token in view.tokens if token.text == "Treffens")
        region = view.region_of(treffens.i)
        content = view.content_region
        await pilot.click(offset=(content.x + region.x + 1, content.y + region.y - view.scroll_offset.y))
        assert view.token.text == "Treffens"
        assert panel_text(app).splitlines()[0] == "das Treffen"  # a noun shows its article


async def test_click_on_a_space_selects_nothing(home: Path, founding_article: Path) -> None:
    app = app_on_article(home, founding_article)
    async with app.run_test(size=(120, 36)) as pilot:
        view = await wait_for_article(pilot)
        content = view.content_region
        treffens = next(token for token in view.tokens if token.text == "Treffens")
        region = view.region_of(treffens.i)
        await pilot.click(offset=(content.x + region.x + 1, content.y + region.y - view.scroll_offset.y))
        assert view.token.text == "Treffens"  # clicks reach the view
        other = view.tokens[0]
        region = view.region_of(other.i)
        await pilot.click(offset=(content.x + region.right, content.y + region.y - view.scroll_offset.y))
        assert view.token.text == "Treffens"  # the space after another word selects nothing


async def test_up_and_down_move_by_line(home: Path, founding_article: Path) -> None:
    app = app_on_article(home, founding_article)
    async with app.run_test(size=(100, 36)) as pilot:
        view = await wait_for_article(pilot)
        first_line = view.region_of(view.cursor).y
        await pilot.press("down")
        assert view.region_of(view.cursor).y == first_line + 1
        await pilot.press("up")
        assert view.region_of(view.cursor).y == first_line
        assert view.token.text == "Der"


async def test_narrow_terminal_rewraps_and_keeps_the_cursor_word(home: Path, founding_article: Path) -> None:
    app = app_on_article(home, founding_article)
    async with app.run_test(size=(120, 36)) as pilot:
        view = await wait_for_article(pilot)
        await pilot.press("right", "right", "right")
        word, wide_lines = view.token, view.line_count
        await pilot.resize_terminal(70, 36)
        await pilot.pause()
        assert view.line_count > wide_lines
        assert view.token == word
        assert all(view.token_at(x, y) is None for y in range(view.line_count) for x in (view.size.width + 5,))


async def test_q_goes_back_to_the_library(home: Path, founding_article: Path) -> None:
    app = app_on_article(home, founding_article)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for_article(pilot)
        await pilot.press("q")
        assert app.screen.query("#articles")
        assert not app.screen.query(ArticleView)


async def test_second_opening_uses_the_cached_analysis(
    home: Path, founding_article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = app_on_article(home, founding_article)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for_article(pilot)

    def analyze_again(*args, **kwargs):
        raise AssertionError("the article was analyzed a second time")

    monkeypatch.setattr(reader.nlp, "analyze", analyze_again)
    reopened = app_on_article(home, founding_article)
    async with reopened.run_test(size=(120, 36)) as pilot:
        view = await wait_for_article(pilot)
        assert view.token.text == "Der"


async def test_question_mark_lists_every_reading_key(home: Path, founding_article: Path) -> None:
    app = app_on_article(home, founding_article)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_article(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        table = app.screen.query_one("DataTable")
        ids = {table.get_row_at(row)[2] for row in range(table.row_count)}
        assert {"reading.next_word", "reading.known", "reading.page_known", "reading.back", "app.keys"} <= ids
        await pilot.press("escape")
        assert app.screen.query(ArticleView)


async def test_panel_shows_gloss_gender_and_plural_and_enter_opens_the_dictionary(
    home: Path, founding_article: Path
) -> None:
    app = app_on_article(home, founding_article)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await wait_for_article(pilot)
        view.cursor = next(token.i for token in view.tokens if token.text == "Souveränität")
        await pilot.pause()
        lines = panel_text(app).splitlines()
        assert lines[0] == "die Souveränität"
        assert "feminine" in lines[1] and "plural: die Souveränitäten" in lines[1]
        assert any("sovereignty" in line for line in lines)
        await pilot.press("enter")
        await pilot.pause()
        assert "sovereignty" in str(app.screen.query_one("Static").render())
        await pilot.press("escape")
        assert app.screen.query(ArticleView)


async def test_x_exports_the_articles_unknown_words_to_anki(home: Path, founding_article: Path) -> None:
    import zipfile

    app = app_on_article(home, founding_article)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await wait_for_article(pilot)
        await pilot.press("x")
        await app.workers.wait_for_complete()
        await pilot.pause()
        [package] = (home / "exports").glob("*.apkg")
        assert "collection.anki2" in zipfile.ZipFile(package).namelist()
        assert any("Anki notes" in message for message in notifications_shown(app))


async def test_a_phrase_shows_first_in_the_panel_and_f_learns_it_as_a_term(home: Path, tmp_path: Path) -> None:
    from reader.vocab import Status, TermKey, Vocabulary

    article = tmp_path / "kraft.md"
    article.write_text("---\ntitle: Ein Gesetz\n---\nDas neue Gesetz tritt am 1. Mai in Kraft.\n", encoding="utf-8")
    app = app_on_article(home, article)
    async with app.run_test(size=(120, 36)) as pilot:
        view = await wait_for_article(pilot)
        view.cursor = next(token for token in view.tokens if token.text == "Kraft").i
        await pilot.pause()
        lines = panel_text(app).splitlines()
        assert lines[0] == "in Kraft treten"  # the phrase first, the word below it
        assert any("die Kraft" in line for line in lines[1:])
        await pilot.press("f")
        await pilot.pause()
        assert "phrase status: learning 1" in panel_text(app)
    vocabulary = Vocabulary(Library(home).connection)
    assert vocabulary.status(TermKey("in Kraft treten", "PHRASE")) == Status.LEARNING_1
    assert vocabulary.context(TermKey("in Kraft treten", "PHRASE")).sentence.startswith("Das neue Gesetz")


async def test_a_word_of_a_name_shows_its_own_sense_before_the_name(home: Path, tmp_path: Path) -> None:
    article = tmp_path / "franken.md"
    article.write_text("---\ntitle: Zölle\n---\nDer Zoll kostet 980 Millionen Schweizer Franken.\n", encoding="utf-8")
    app = app_on_article(home, article)
    async with app.run_test(size=(120, 36)) as pilot:
        view = await wait_for_article(pilot)
        view.cursor = next(token for token in view.tokens if token.text == "Franken").i
        await pilot.pause()
        text = panel_text(app)
        assert text.splitlines()[0].endswith("Franken")  # the word first: "franc"
        assert text.index("franc") < text.index("Schweizer Franken") < text.rindex("Swiss franc")


async def test_the_reading_screen_never_writes_the_analysis_on_the_ui_thread(
    home: Path, founding_article: Path
) -> None:
    app = app_on_article(home, founding_article)
    on_ui_thread: list[str] = []  # the app's own connection is the UI thread's: sqlite3 checks the thread
    app.library.connection.set_trace_callback(on_ui_thread.append)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for_article(pilot)
        article_id = app.screen.stored.id
    storing_the_analysis = re.compile(
        r"^\s*(INSERT( OR \w+)? INTO|UPDATE|DELETE FROM)\s+(analysis_readings|article_summaries|article_terms)\b", re.I
    )
    assert [statement for statement in on_ui_thread if storing_the_analysis.match(statement)] == []
    assert Library(home).reading(article_id) is not None  # the worker stored it
