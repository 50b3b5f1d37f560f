"""The library screen: the learner's articles; Enter opens one."""

from __future__ import annotations

import re

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header

_WORD = re.compile(r"\w+")


class LibraryScreen(Screen):
    BINDINGS = [Binding("q", "app.quit", "Quit", id="library.quit")]

    def compose(self) -> ComposeResult:
        yield Header()
        yield DataTable(id="articles", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Library"
        table = self.query_one(DataTable)
        table.add_columns("Title", "Source", "Date", "Words")
        for stored in self.app.library.articles():
            article = stored.article
            words = len(_WORD.findall(article.body))
            table.add_row(article.title, article.source, article.date, str(words), key=str(stored.id))
        table.focus()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.app.open_article(int(event.row_key.value))
