"""The library screen: the learner's articles, best fit first; type to filter, Enter opens, `a` adds.

Unknown is the share of the article's words the learner does not know yet; the fit follows from its new
words, each unknown word counted once (difficulty.FIT_CALIBRATION). Articles closest to the middle of the
good fit band come first.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input

from reader.difficulty import fit_for, distance_from_best_fit, new_word_share
from reader.errors import ReaderError
from reader.library import Library
from reader.vocab.stats import ArticleShare, article_shares
from reader.ui.dialogs.ask_path import AskPath
from reader.ui.keys import type_to_filter
from reader.ui.screens.cram import CramScreen


@dataclass(frozen=True)
class Row:
    id: int
    title: str
    source: str
    date: str
    words: int
    level: str | None  # None until the article has been analyzed
    unknown_share: float | None  # of its words, for this learner; None until analyzed
    new_word_share: float | None  # its unknown words counted once, per word; None until analyzed

    @property
    def misfit(self) -> float:
        """Distance from the best fit; unanalyzed articles sort last."""
        return 2.0 if self.new_word_share is None else distance_from_best_fit(self.new_word_share)


class LibraryScreen(Screen):
    BINDINGS = [
        Binding("q", "app.quit", "Quit", id="library.quit"),
        Binding("slash", "filter", "Filter", id="library.filter"),
        Binding("a", "add", "Add article", id="library.add"),
        Binding("v", "vocabulary", "Vocabulary", id="library.vocabulary"),
        Binding("c", "cram", "Cram list", id="library.cram"),
        Binding("r", "review", "Review", id="library.review"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder="Type to filter by title or source", id="filter", select_on_focus=False)
        yield DataTable(id="articles", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Library"
        table = self.query_one(DataTable)
        table.add_column("Title", width=44)
        table.add_column("Source", width=20)
        table.add_columns("Date", "Words", "Level", "Unknown", "Fit")
        table.focus()

    def on_screen_resume(self) -> None:
        """Fill (again, on coming back from an article) so unknown shares reflect the latest statuses.

        Levels and term counts were kept when each article was analyzed, and shares are recounted
        only for articles holding a term whose status changed: no analysis is decoded here.
        """
        self.rows = sorted(self._rows(), key=lambda row: (row.misfit, row.title))
        self._show(self.query_one("#filter", Input).value)
        # A closed reading screen leaves thousands of objects in reference cycles: collect them while
        # the learner looks at the list, not in the middle of opening the next article.
        self.call_after_refresh(gc.collect)

    def _rows(self) -> list[Row]:
        library = self.app.library
        summaries = library.summaries()
        shares = article_shares(library.connection)
        rows = []
        for stored in library.articles():
            article, summary = stored.article, summaries.get(stored.id)
            share = shares.get(stored.id, ArticleShare(0, 0, 0)) if summary else None
            rows.append(
                Row(
                    id=stored.id,
                    title=article.title,
                    source=article.source,
                    date=article.date,
                    words=article.words,
                    level=summary.level if summary else None,
                    unknown_share=None if share is None else share.unknown_share,
                    new_word_share=None if share is None else new_word_share(share.unknown_terms, share.tokens),
                )
            )
        return rows

    def _show(self, query: str) -> None:
        table = self.query_one(DataTable)
        table.clear()
        needle = query.casefold().strip()
        for row in self.rows:
            if needle and needle not in f"{row.title} {row.source}".casefold():
                continue
            if row.unknown_share is None:
                level = unknown = fit = "—"
            else:
                level, unknown, fit = row.level, f"{row.unknown_share:.0%}", fit_for(row.new_word_share)
            table.add_row(row.title, row.source, row.date, str(row.words), level, unknown, fit, key=str(row.id))

    @on(Input.Changed, "#filter")
    def _filter(self, event: Input.Changed) -> None:
        self._show(event.value)

    @on(Input.Submitted, "#filter")
    def _filter_done(self) -> None:
        self.query_one(DataTable).focus()

    def on_key(self, event) -> None:
        type_to_filter(event, self.query_one(DataTable), self.query_one("#filter", Input), self.active_bindings)

    def action_cram(self) -> None:
        self.app.push_screen(CramScreen())

    def action_review(self) -> None:
        from reader.ui.screens.review import ReviewScreen

        self.app.push_screen(ReviewScreen())

    def action_filter(self) -> None:
        self.query_one("#filter", Input).focus()

    def action_vocabulary(self) -> None:
        from reader.ui.screens.vocabulary import VocabularyScreen

        self.app.push_screen(VocabularyScreen())

    def action_add(self) -> None:
        question = "Add an article: a file (.txt .md .html .epub), a web page or a feed address"
        self.app.push_screen(AskPath(question), self._add)

    def _add(self, source: str | None) -> None:
        if source:
            self.notify(f"Importing {source} …", timeout=3)
            self._import(source)

    @work(thread=True, exclusive=True)
    def _import(self, source: str) -> None:
        """Fetch and store off the UI thread, in a connection of the worker's own."""
        from reader.library.importers import import_first

        library = Library(self.app.library.home)
        try:
            article_id = import_first(library, source)
        except ReaderError as error:
            self.app.call_from_thread(self.notify, str(error), severity="error")
            return
        finally:
            library.close()
        self.app.call_from_thread(self.app.open_article, article_id)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.app.open_article(int(event.row_key.value))
