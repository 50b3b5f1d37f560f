"""Word statuses at one keystroke: stored at once, every occurrence recoloured on screen."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reading import app_on_article, wait_for_article

from reader.paths import database_path
from reader.ui.widgets.article_view import ArticleView
from reader.vocab import KNOWN, UNKNOWN, Status, term_key


def background_at(view: ArticleView, token_index: int):
    """The background colour drawn under a token, read from the rendered line."""
    region = view.region_of(token_index)
    strip = view.render_line(region.y - view.scroll_offset.y)
    column = 0
    for segment in strip:
        if column <= region.x + view.gutter.left < column + len(segment.text):
            return segment.style.bgcolor
        column += len(segment.text)
    raise AssertionError("token not drawn")


def stored_status(home: Path, term: str) -> int | None:
    row = sqlite3.connect(database_path(home)).execute("SELECT status FROM terms WHERE term = ?", (term,)).fetchone()
    return row[0] if row else None


async def test_status_key_recolours_every_occurrence_and_is_stored(home: Path, founding_article: Path) -> None:
    app = app_on_article(home, founding_article)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await wait_for_article(pilot)
        spannungen = [token.i for token in view.tokens if token.text == "Spannungen"]
        spannungen_key = term_key(view.tokens[spannungen[0]])
        other = next(t.i for t in view.tokens if t.learnable and term_key(t) != spannungen_key and t.i != view.cursor)
        unknown_colour = background_at(view, other)
        view.cursor = spannungen[0]
        await pilot.press("2")
        view.cursor = other  # move away so the cursor colour does not hide the status colour
        await pilot.pause()
        assert background_at(view, spannungen[0]) != unknown_colour
        assert stored_status(home, "Spannung") == 2
        await pilot.press("k")
        await pilot.pause()
        assert stored_status(home, view.tokens[other].term) == int(KNOWN)
        assert background_at(view, other) != unknown_colour


async def test_u_sets_a_word_back_to_unknown(home: Path, founding_article: Path) -> None:
    app = app_on_article(home, founding_article)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await wait_for_article(pilot)
        await pilot.press("k", "u")
        assert app.vocabulary.status(view.cursor_key) == UNKNOWN
        assert [row[0] for row in app.library.connection.execute("SELECT status FROM status_history")] == [99, 0]


async def test_m_marks_the_visible_unknown_words_known_and_keeps_learning_ones(
    home: Path, founding_article: Path
) -> None:
    app = app_on_article(home, founding_article)
    async with app.run_test(size=(120, 20)) as pilot:
        view = await wait_for_article(pilot)
        await pilot.press("right", "3")  # "japanische" is being learnt
        learning = view.cursor_key
        visible = view.visible_keys()
        await pilot.press("m")
        statuses = app.vocabulary.statuses(visible)
        assert statuses[learning] == Status.LEARNING_3
        assert all(status == KNOWN for key, status in statuses.items() if key != learning)
        hidden = next(term_key(t) for t in view.tokens if t.learnable and term_key(t) not in visible)
        assert app.vocabulary.status(hidden) == UNKNOWN


async def test_statuses_are_there_when_the_article_is_opened_again(home: Path, founding_article: Path) -> None:
    app = app_on_article(home, founding_article)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_article(pilot)
        await pilot.press("4")
    reopened = app_on_article(home, founding_article)
    async with reopened.run_test(size=(120, 40)) as pilot:
        view = await wait_for_article(pilot)
        assert view.status_of(view.cursor) == Status.LEARNING_4


async def test_marking_a_separable_verb_keeps_its_sentence_with_both_parts(home: Path, founding_article: Path) -> None:
    app = app_on_article(home, founding_article)
    async with app.run_test(size=(120, 40)) as pilot:
        view = await wait_for_article(pilot)
        view.cursor = next(token.i for token in view.tokens if token.text == "kamen")
        await pilot.press("1")
        context = app.vocabulary.context(view.cursor_key)
        assert context.sentence.startswith("Während eines Treffens in München kamen")
        assert [context.sentence[start:end] for start, end in context.spans] == ["kamen", "überein"]
