"""Helpers for driving the app in tests."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from reader.library import Library
from conftest import FOUNDING_ARTICLE
from reader.ui.app import ReaderApp
from reader.ui.widgets.article_view import ArticleView


def app_on_article(home: Path, article: Path) -> ReaderApp:
    library = Library(home)
    library.import_file(FOUNDING_ARTICLE)
    article_id = library.import_file(article)
    library.close()
    return ReaderApp(home, open_article=article_id)


async def wait_for_article(pilot: Pilot) -> ArticleView:
    """Wait until the article is analyzed and laid out on screen."""
    await pilot.app.workers.wait_for_complete()
    for _ in range(200):
        await pilot.pause(0.01)
        views = pilot.app.screen.query(ArticleView)
        if views and views.first().line_count:
            return views.first()
    raise AssertionError("the article never appeared")


def notifications_shown(app) -> list[str]:
    """The notifications on screen, as the learner reads them (Textual draws each as a toast)."""
    return [str(toast.render()) for toast in app.screen.query("Toast")]
