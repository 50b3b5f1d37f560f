"""First start: every article of the library not analysed yet is analysed once, with a progress bar.

Analysed articles are cached in the database, so the next start finds nothing to do; an
interrupted run goes on with the articles still missing.
"""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, ProgressBar, Static

from reader.library import Library


class AnalysingScreen(Screen):
    def __init__(self, article_ids: list[int]) -> None:
        super().__init__()
        self.article_ids = article_ids

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="analysing"):
            yield Static(f"Preparing {len(self.article_ids)} articles for reading (only this once) …")
            yield ProgressBar(total=len(self.article_ids), id="analysing-progress")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "First start"
        self._analyse()

    @work(thread=True, exclusive=True)
    def _analyse(self) -> None:
        """Off the UI thread, in a connection of the worker's own."""
        library = Library(self.app.library.home)
        try:
            for article_id in self.article_ids:
                library.ensure_analysed(article_id)
                self.app.call_from_thread(self.query_one(ProgressBar).advance, 1)
        finally:
            library.close()
        self.app.call_from_thread(self.dismiss, None)
