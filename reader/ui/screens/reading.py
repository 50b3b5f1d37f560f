"""The reading screen: one article, a word cursor, and the panel for the word under it."""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, Header, LoadingIndicator

from reader.library import StoredArticle
from reader.nlp import Analysis
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.word_panel import WordPanel


class ReadingScreen(Screen):
    """Analyses the article off the UI thread (first time only), then shows it."""

    BINDINGS = [Binding("q,escape", "app.pop_screen", "Back", id="reading.back")]

    def __init__(self, stored: StoredArticle) -> None:
        super().__init__()
        self.stored = stored
        self.sub_title = stored.article.title

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="reading-body"):
            yield LoadingIndicator(id="analysing")
            yield WordPanel(id="word-panel")
        yield Footer()

    def on_mount(self) -> None:
        cached = self.app.library_analysis(self.stored.id)
        if cached is not None:
            self._show(cached)
        else:
            self._analyse()

    @work(thread=True, exclusive=True)
    def _analyse(self) -> None:
        from reader.nlp import analyze

        analysis = analyze(self.stored.article.body, self.stored.article.title)
        self.app.call_from_thread(self._analysed, analysis)

    def _analysed(self, analysis: Analysis) -> None:
        self.app.store_analysis(self.stored.id, analysis)
        self._show(analysis)

    def _show(self, analysis: Analysis) -> None:
        view = ArticleView(analysis, id="article")
        self.query_one("#analysing").remove()
        self.query_one("#reading-body").mount(view, before=0)
        view.focus()

    def on_article_view_cursor_moved(self, message: ArticleView.CursorMoved) -> None:
        self.query_one(WordPanel).show_token(message.token)
