"""The Textual application: the library screen, and reading screens pushed on top of it."""

from __future__ import annotations

import gc
import sqlite3
from pathlib import Path

from textual.app import App
from textual.binding import Binding

from reader.library import Library
from reader.vocab import Vocabulary
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.library import LibraryScreen
from reader.ui.screens.reading import ReadingScreen


class ReaderApp(App):
    """Reads German articles from the learner's library."""

    TITLE = "reader"
    CSS_PATH = "app.tcss"
    BINDINGS = [Binding("question_mark", "show_keys", "Keys", id="app.keys")]

    def __init__(self, home: Path, open_article: int | None = None, review: bool = False) -> None:
        super().__init__()
        self.library = Library(home)
        self.vocabulary = Vocabulary(self.library.connection)
        self.open_article_id = open_article
        self.start_with_review = review

    def on_mount(self) -> None:
        self._daily_backup()
        self.push_screen(LibraryScreen())
        self.call_after_refresh(self._freeze_startup_objects)
        if self.open_article_id is not None:
            self.open_article(self.open_article_id)
        elif self.start_with_review:
            from reader.ui.screens.review import ReviewScreen

            self.push_screen(ReviewScreen())

    @staticmethod
    def _freeze_startup_objects() -> None:
        """What exists once the library shows lives as long as the app: spare every later full garbage
        collection from scanning it (one cost ~0.1 s in the middle of opening a long article)."""
        gc.collect()
        gc.freeze()

    def _daily_backup(self) -> None:
        """Today's backup of the database (the last 7 days are kept); a failure is shown, never fatal."""
        from reader.vocab.backup import daily_backup

        try:
            daily_backup(self.library.home, self.library.connection)
        except (OSError, sqlite3.Error) as error:
            self.notify(f"Backup failed: {error}", severity="warning")

    def on_unmount(self) -> None:
        self.library.close()

    def action_show_keys(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def open_article(self, article_id: int) -> None:
        stored = self.library.get(article_id)
        if stored is None:
            self.notify(f"No article with id {article_id}.", severity="error")
            return
        self.push_screen(ReadingScreen(stored))
