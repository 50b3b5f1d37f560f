"""The article as one scrolling widget that draws its own lines (Textual's Line API).

One widget for the whole article, not one per word: it opens in a fraction of
a second even for long articles, and moving the cursor repaints two lines. It
draws from the article's compact form (texts, whitespace and terms as columns),
so opening builds no `Token`; the one under the cursor is decoded when asked for.
"""

from __future__ import annotations

from bisect import bisect_left

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.library import CompactAnalysis
from reader.nlp import Token
from reader.ui.widgets.article_layout import ArticleLayout, layout_article
from reader.vocab import IGNORED, KNOWN, KNOWN_ASSUMED, LEARNING, UNKNOWN, Status, TermKey


def status_class(status: Status) -> str:
    """The component class that colours a word of this status."""
    if status in LEARNING:
        return f"article-view--learning-{int(status)}"
    # A word assumed known by the placement looks known: the colour marks what is left to learn.
    names = {
        UNKNOWN: "article-view--unknown", KNOWN: "article-view--known", KNOWN_ASSUMED: "article-view--known",
        IGNORED: "article-view--ignored",
    }
    return names[status]


class ArticleView(ScrollView, can_focus=True):
    """Shows an analyzed article with a word cursor that moves by word, by line and by page."""

    COMPONENT_CLASSES = {
        "article-view--cursor",
        "article-view--heading",
        "article-view--unknown",
        "article-view--learning-1",
        "article-view--learning-2",
        "article-view--learning-3",
        "article-view--learning-4",
        "article-view--learning-5",
        "article-view--known",
        "article-view--ignored",
    }

    DEFAULT_CSS = """
    ArticleView {
        scrollbar-gutter: stable;
        padding: 1 2;
    }
    ArticleView > .article-view--cursor { text-style: bold reverse underline; }
    ArticleView > .article-view--heading { text-style: bold; }
    ArticleView > .article-view--unknown { background: $primary 35%; }
    ArticleView > .article-view--learning-1 { background: $warning 60%; }
    ArticleView > .article-view--learning-2 { background: $warning 45%; }
    ArticleView > .article-view--learning-3 { background: $warning 32%; }
    ArticleView > .article-view--learning-4 { background: $warning 20%; }
    ArticleView > .article-view--learning-5 { background: $warning 10%; }
    ArticleView > .article-view--known { }
    ArticleView > .article-view--ignored { color: $text-muted; }
    """

    BINDINGS = [
        Binding("right,l", "next_word", "Next word", id="reading.next_word"),
        Binding("left,h", "previous_word", "Previous word", id="reading.previous_word"),
        Binding("down", "line_below", "Line below", show=False, id="reading.line_below"),
        Binding("up", "line_above", "Line above", show=False, id="reading.line_above"),
        Binding("pagedown", "page_below", "Page down", show=False, id="reading.page_down"),
        Binding("pageup", "page_above", "Page up", show=False, id="reading.page_up"),
        Binding("home", "first_word", "First word", show=False, id="reading.first_word"),
        Binding("end", "last_word", "Last word", show=False, id="reading.last_word"),
    ]

    # No repaint of the whole widget: watch_cursor repaints the two lines that changed.
    cursor: reactive[int] = reactive(0, init=False, repaint=False)

    class CursorMoved(Message):
        """The word under the cursor changed."""

        def __init__(self, view: ArticleView, token: Token) -> None:
            super().__init__()
            self.view = view
            self.token = token

        @property
        def control(self) -> ArticleView:
            return self.view

    def __init__(
        self,
        article: CompactAnalysis,
        statuses: dict[TermKey, Status],
        *,
        name: str | None = None,
        id: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id)
        self.article = article
        self.tokens = article.tokens
        self.word_positions = [index for index, is_word in enumerate(article.is_word) if is_word]
        self.keys = article.keys
        self.statuses = statuses
        self._tokens_of_key: dict[TermKey, list[int]] = {}
        for index, key in enumerate(self.keys):
            if key is not None:
                self._tokens_of_key.setdefault(key, []).append(index)
        self._layout = ArticleLayout([], {})
        self._layout_width = -1
        self._laid_out_for: Size | None = None  # the widget size the layout was made for
        self._strips: dict[int, Strip] = {}
        self._ground: Style | None = None  # the widget's own style, under every line (asking costs ~0.1 ms)
        if self.word_positions:
            self.set_reactive(ArticleView.cursor, self.word_positions[0])

    @property
    def line_count(self) -> int:
        """Display lines at the current width (0 until the widget is laid out)."""
        return len(self._layout.lines)

    @property
    def token(self) -> Token | None:
        """The token under the cursor."""
        return self.tokens[self.cursor] if self.word_positions else None

    @property
    def cursor_key(self) -> TermKey | None:
        """The learner's term under the cursor (None for names, numbers and punctuation)."""
        return self.keys[self.cursor] if self.word_positions else None

    def status_of(self, token_index: int) -> Status | None:
        key = self.keys[token_index]
        return None if key is None else self.statuses.get(key, UNKNOWN)

    def apply_statuses(self, changed: dict[TermKey, Status]) -> None:
        """Recolour every occurrence of the changed terms, repainting only their lines."""
        self.statuses.update(changed)
        self._refresh_token_lines(*(index for key in changed for index in self._tokens_of_key.get(key, ())))

    def visible_keys(self) -> set[TermKey]:
        """Terms of the words on the lines now on screen (the "page" that `m` marks)."""
        visible = self._visible_lines()
        return {
            self.keys[piece.token]
            for line in self._layout.lines[visible.start : visible.stop]
            for piece in line.pieces
            if self.keys[piece.token] is not None
        }

    def _visible_lines(self) -> range:
        top = self.scroll_offset.y
        return range(top, top + self.scrollable_content_region.height)

    def on_mount(self) -> None:
        if self.token:
            self.post_message(self.CursorMoved(self, self.token))

    def on_resize(self) -> None:
        self._text_width()

    def _text_width(self) -> int:
        """The width lines wrap to, laying the article out again if the widget's size changed.

        Resize is not sent for every change of the content width, so drawing checks it too.
        """
        if self.outer_size != self._laid_out_for:
            self._laid_out_for = self.outer_size
            self._relayout(self.scrollable_content_region.width)
        return self._layout_width

    def _relayout(self, width: int) -> None:
        if width == self._layout_width:
            return
        self._layout_width = width
        self._layout = layout_article(self.article.texts, self.article.whitespace, width)
        self._strips.clear()
        widest = max((line.width for line in self._layout.lines), default=0)
        self.virtual_size = Size(widest, len(self._layout.lines))
        self._scroll_to_cursor(animate=False)
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()
        self._ground = None
        self._laid_out_for = None  # padding may have changed

    @property
    def _ground_style(self) -> Style:
        if self._ground is None:
            self._ground = self.rich_style
        return self._ground

    # Drawing

    def render_line(self, y: int) -> Strip:
        width = self._text_width()
        scroll_x, scroll_y = self.scroll_offset
        number = scroll_y + y
        if number >= len(self._layout.lines):
            return Strip.blank(width, self._ground_style)
        strip = self._strips.get(number)
        if strip is None:
            strip = self._strips[number] = self._render_article_line(number)
        return strip.crop_extend(scroll_x, scroll_x + width, self._ground_style)

    def _render_article_line(self, number: int) -> Strip:
        line = self._layout.lines[number]
        base = self._ground_style
        if line.heading:
            base += self.get_component_rich_style("article-view--heading", partial=True)
        segments: list[Segment] = []
        x = 0
        for piece in line.pieces:
            if piece.x > x:
                segments.append(Segment(" " * (piece.x - x), base))
            segments.append(Segment(piece.text, base + self._piece_style(piece.token)))
            x = piece.x + piece.width
        return Strip(segments).simplify()

    def _piece_style(self, token_index: int) -> Style:
        """The status colour, with the cursor's text style on top (reversed, so it shows on any colour)."""
        status = self.status_of(token_index)
        style = self.get_component_rich_style(status_class(status)) if status is not None else Style.null()
        if token_index == self.cursor:
            style += self.get_component_rich_style("article-view--cursor", partial=True)
        return style

    def _refresh_token_lines(self, *token_indices: int) -> None:
        """Redraw the lines of these tokens now if on screen, else when scrolled to (scrolling redraws all)."""
        numbers = {self._layout.line_of_token.get(index) for index in token_indices} - {None}
        visible = self._visible_lines()
        for number in numbers:
            self._strips.pop(number, None)
            if number in visible:
                self.refresh_lines(number)

    # Cursor

    def watch_cursor(self, old: int, new: int) -> None:
        self._refresh_token_lines(old, new)
        self._scroll_to_cursor(animate=False)
        self.post_message(self.CursorMoved(self, self.tokens[new]))

    def _scroll_to_cursor(self, animate: bool) -> None:
        region = self.region_of(self.cursor)
        top, height = self.scroll_offset.y, self.scrollable_content_region.height
        # Scrolling repaints every line: only when the cursor's line is off screen.
        if region is not None and not top <= region.y < top + height:
            self.scroll_to_region(region, animate=animate, immediate=True)

    def _move_to_word(self, position: int) -> None:
        if self.word_positions:
            position = min(max(position, 0), len(self.word_positions) - 1)
            self.cursor = self.word_positions[position]

    def _word_position(self) -> int:
        return bisect_left(self.word_positions, self.cursor)

    def action_next_word(self) -> None:
        self._move_to_word(self._word_position() + 1)

    def action_previous_word(self) -> None:
        self._move_to_word(self._word_position() - 1)

    def action_first_word(self) -> None:
        self._move_to_word(0)

    def action_last_word(self) -> None:
        self._move_to_word(len(self.word_positions) - 1)

    def action_line_below(self) -> None:
        self._move_lines(+1)

    def action_line_above(self) -> None:
        self._move_lines(-1)

    def action_page_below(self) -> None:
        self._move_lines(+max(self.scrollable_content_region.height - 1, 1))

    def action_page_above(self) -> None:
        self._move_lines(-max(self.scrollable_content_region.height - 1, 1))

    def _move_lines(self, delta: int) -> None:
        """Move to the word nearest the cursor's column, `delta` lines away (skipping empty lines)."""
        lines = self._layout.lines
        number = self._layout.line_of_token.get(self.cursor)
        if number is None:
            return
        column = next(p.x for p in lines[number].pieces if p.token == self.cursor)
        step = 1 if delta > 0 else -1
        target = min(max(number + delta, 0), len(lines) - 1)
        while 0 <= target < len(lines) and not self._words_on(target):
            target += step
        if not 0 <= target < len(lines) or target == number:
            return
        nearest = min(self._words_on(target), key=lambda piece: abs(piece.x - column))
        self.cursor = nearest.token

    def _words_on(self, number: int):
        return [piece for piece in self._layout.lines[number].pieces if self.article.is_word[piece.token]]

    def on_click(self, event: events.Click) -> None:
        """Select the word under the mouse; a click on space or punctuation selects nothing."""
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = self.token_index_at(offset.x + self.scroll_offset.x, offset.y + self.scroll_offset.y)
        if index is not None and self.article.is_word[index]:
            self.cursor = index

    def token_at(self, x: int, y: int) -> Token | None:
        """The token drawn at column `x` of article line `y`, if any."""
        index = self.token_index_at(x, y)
        return None if index is None else self.tokens[index]

    def token_index_at(self, x: int, y: int) -> int | None:
        if not 0 <= y < len(self._layout.lines):
            return None
        for piece in self._layout.lines[y].pieces:
            if piece.x <= x < piece.x + piece.width:
                return piece.token
        return None

    def region_of(self, token_index: int) -> Region | None:
        """Where a token is drawn, in article (virtual) coordinates, for tests and tooltips."""
        number = self._layout.line_of_token.get(token_index)
        if number is None:
            return None
        piece = next(p for p in self._layout.lines[number].pieces if p.token == token_index)
        return Region(piece.x, number, piece.width, 1)
