"""The reading screen: one article, a word cursor, the panel for the word under it, statuses at a keystroke."""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, Header, LoadingIndicator

from reader.library import CompactAnalysis, Library, StoredArticle
from reader.ui.anki_export import export_to_anki
from reader.ui.keys import speech_bindings, status_bindings
from reader.ui.screens.dictionary import DictionaryScreen
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.word_panel import WordPanel
from reader.vocab import KNOWN, KNOWN_ASSUMED, UNKNOWN, Context, Status, TermKey, context_in, phrase_context, phrase_key
from reader.vocab.history import ReadingHistory, words_up_to


class ReadingScreen(Screen):
    """Shows the article; the first time, analyzes it off the UI thread first."""

    BINDINGS = [
        Binding("q,escape", "app.pop_screen", "Back", id="reading.back"),
        *status_bindings("reading"),
        Binding("m", "mark_page_known", "Page known", id="reading.page_known"),
        Binding("enter", "dictionary", "Dictionary", id="reading.dictionary"),
        Binding("g", "sentence_view", "Sentence", id="reading.sentence"),
        Binding("x", "export_anki", "Export to Anki", id="reading.export_anki"),
        Binding("f", "learn_phrase", "Learn phrase", id="reading.learn_phrase"),
        *speech_bindings("reading"),
    ]

    def __init__(self, stored: StoredArticle) -> None:
        super().__init__()
        self.stored = stored
        self.sub_title = stored.article.title
        self.view: ArticleView | None = None  # once the analysis is there

    def compose(self) -> ComposeResult:
        # A cached analysis is shown in the first frame: no loading indicator, no second layout.
        cached = self.app.library.reading(self.stored.id)
        yield Header()
        with Horizontal(id="reading-body"):
            if cached is None:
                yield LoadingIndicator(id="analyzing")
            else:
                yield self._article_view(cached)
            yield WordPanel(id="word-panel")
        yield Footer()

    def on_mount(self) -> None:
        if self.view is None:
            self._analyze()

    @work(thread=True, exclusive=True)
    def _analyze(self) -> None:
        """Analyzed and stored in the worker, with a connection of its own: the UI thread only shows it."""
        library = Library(self.app.library.home)
        try:
            analysis = library.ensure_analyzed(self.stored.id)
        finally:
            library.close()
        self.app.call_from_thread(self._analyzed, analysis)

    def _analyzed(self, analysis: CompactAnalysis) -> None:
        view = self._article_view(analysis)
        self.query_one("#analyzing").remove()
        self.query_one("#reading-body").mount(view, before=0)
        view.focus()

    def _article_view(self, analysis: CompactAnalysis) -> ArticleView:
        self.analysis = analysis
        self.view = ArticleView(analysis, self.app.vocabulary.statuses(analysis.term_keys()), id="article")
        return self.view

    def action_dictionary(self) -> None:
        """The full dictionary entry of the word under the cursor."""
        from reader.lexicon import full_entry

        view = self.view
        if view is not None and view.token is not None:
            self.app.push_screen(DictionaryScreen(full_entry(view.token.term, view.token.pos)))

    def on_article_view_cursor_moved(self, message: ArticleView.CursorMoved) -> None:
        view = message.control
        self._show(message.token)
        read = words_up_to(view.word_positions, message.token.i)
        self._progress = (max(read, getattr(self, "_progress", (0, 0))[0]), len(view.word_positions))

    def on_screen_suspend(self) -> None:
        self._log_reading()

    def on_unmount(self) -> None:
        self._log_reading()

    def _log_reading(self) -> None:
        """Reading history: the words up to the furthest the cursor got (all of them, finished, at the end)."""
        if getattr(self, "_progress", (0, 0))[0]:
            ReadingHistory(self.app.library.connection).record(self.stored.id, *self._progress)

    def action_set_status(self, status: int) -> None:
        """Give the term under the cursor a status; stored at once, every occurrence recoloured."""
        view = self.view
        key = view.cursor_key if view else None
        if key is not None:
            context = context_in(self.analysis.sentence_of(view.cursor), key)
            self._store([key], Status(status), {key: context})

    def action_learn_phrase(self) -> None:
        """Learn the phrase under the cursor ("in Kraft treten") as a term of its own, at stage 1."""
        view = self.view
        token = view.token if view else None
        key = phrase_key(token) if token else None
        if key is None:
            self.notify("No phrase here.", timeout=2)
            return
        context = phrase_context(self.analysis.sentence_of(view.cursor), token)
        self.app.vocabulary.set_status([key], Status.LEARNING_1, article_id=self.stored.id, contexts={key: context})
        self._show(token)

    def _show(self, token) -> None:
        """The word panel for *token*, with its status and the status of its phrase."""
        view = self.view
        key = phrase_key(token) if token else None
        phrase_status = self.app.vocabulary.status(key) if key else None
        self.query_one(WordPanel).show_token(token, view.status_of(token.i) if token else None, phrase_status)

    def action_export_anki(self) -> None:
        """This article's words not yet known, each with its sentence here: pre-learning for Anki."""
        from reader.anki import article_words
        from reader.anki.fields import slug
        from reader.vocab import Vocabulary

        analysis, article_id = self.analysis, self.stored.id
        export_to_anki(
            self,
            slug(self.stored.article.title) or f"article-{article_id}",
            lambda library: article_words(analysis.full(), Vocabulary(library.connection), article_id),
        )

    def action_speak_word(self) -> None:
        """Say the word under the cursor as a learner looks it up (nouns with their article)."""
        from reader.ui.speech import speak_in_background
        from reader.labels import with_article

        token = self.view.token if self.view else None
        if token is not None:
            speak_in_background(self, with_article(token.term, token.gender if token.pos == "NOUN" else None))

    def action_speak_sentence(self) -> None:
        from reader.ui.speech import speak_in_background

        if self.view is not None:
            speak_in_background(self, self.analysis.sentence_of(self.view.cursor).text)

    def action_sentence_view(self) -> None:
        """Show the grammar of the cursor's sentence: subject, finite verb, objects, clauses."""
        from reader.ui.screens.sentence import SentenceScreen

        view = self.view
        if view is not None:
            self.app.push_screen(SentenceScreen(self.analysis.sentence_of(view.cursor), view.cursor))

    def action_mark_page_known(self) -> None:
        """Mark every still-unknown word on screen as known: the page-turn habit of LingQ and LUTE. A word
        the placement only assumed known is now known for sure: the learner read it."""
        view = self.view
        if view is None:
            return
        unknown = [key for key in view.visible_keys() if view.statuses.get(key, UNKNOWN) in (UNKNOWN, KNOWN_ASSUMED)]
        self._store(unknown, KNOWN)
        self.notify(f"{len(unknown)} words marked known.", timeout=2)

    def _store(self, keys: list[TermKey], status: Status, contexts: dict[TermKey, Context] | None = None) -> None:
        view = self.view
        self.app.vocabulary.set_status(keys, status, article_id=self.stored.id, contexts=contexts)
        view.apply_statuses(dict.fromkeys(keys, status))
        self._show(view.token)
