"""First start: every article of the library not analyzed yet is analyzed once, with a progress bar.

Analyzed articles are cached in the database, so the next start finds nothing to do; an
interrupted run goes on with the articles still missing.
"""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, ProgressBar, Static

from reader.library import Library


class AnalyzingScreen(Screen):
    def __init__(self, article_ids: list[int]) -> None:
        super().__init__()
        self.article_ids = article_ids

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="analyzing"):
            yield Static(f"Preparing {len(self.article_ids)} articles for reading (only this once) …")
            yield ProgressBar(total=len(self.article_ids), id="analyzing-progress")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "First start"
        self._analyze()

    @work(thread=True, exclusive=True)
    def _analyze(self) -> None:
        """Off the UI thread, in a connection of the worker's own."""
        library = Library(self.app.library.home)
        try:
            for article_id in self.article_ids:
                library.ensure_analyzed(article_id)
                self.app.call_from_thread(self.query_one(ProgressBar).advance, 1)
        finally:
            library.close()
        self.app.call_from_thread(self.dismiss, None)
