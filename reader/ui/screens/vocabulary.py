"""The vocabulary screen: progress charts, and every term the learner has marked, searchable and sortable.

Charts (textual-plotext): known terms over time, terms learned per day; sparklines of reviews per
day and of the reviews due in the next two weeks. The
term list filters as the learner types, sorts by any column (`s` cycles, or
click a header), and takes the reading screen's status keys: 1–5, k, i, u.
"""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Sparkline, Static
from textual_plotext import PlotextPlot

from reader.ui.anki_export import export_to_anki
from reader.ui.keys import status_bindings, type_to_filter
from reader.review.stats import review_stats
from reader.vocab import Status, TermKey, TermRecord
from reader.vocab.stats import Stats, compute
from reader.vocab.vocabulary import SORTS, search_terms

CHART_DAYS = 30
FORECAST_DAYS = 14
MAX_ROWS = 1000
_COLUMN_LABELS = {
    "term": "Term", "pos": "Class", "status": "Status", "first_seen": "First seen", "updated": "Last change", "note": "Note"
}


def _row_key(key: TermKey) -> str:
    return "\x1f".join((key.term, key.pos, key.gender))


def _integer_ticks(low: int, high: int, most: int = 6) -> list[int]:
    step = max(1, -(-(high - low) // (most - 1)))
    return list(range(low, high + 1, step))


class VocabularyScreen(Screen):
    DEFAULT_CSS = """
    VocabularyScreen #charts { height: 14; }
    VocabularyScreen #review-charts { height: 2; padding: 0 1; }
    VocabularyScreen #review-charts Static { width: auto; padding: 0 1 0 0; color: $text-muted; }
    VocabularyScreen #review-charts Sparkline { width: 30; height: 2; margin: 0 3 0 0; }
    VocabularyScreen PlotextPlot { width: 1fr; }
    VocabularyScreen #vocabulary-summary { height: 1; padding: 0 1; color: $text-muted; }
    VocabularyScreen #terms { height: 1fr; }
    """

    BINDINGS = [
        Binding("q,escape", "app.pop_screen", "Back", id="vocabulary.back"),
        Binding("slash", "filter", "Filter", id="vocabulary.filter"),
        Binding("s", "cycle_sort", "Sort", id="vocabulary.sort"),
        *status_bindings("vocabulary"),
        Binding("x", "export_anki", "Export to Anki", id="vocabulary.export_anki"),
        Binding("t", "placement", "Placement test", id="vocabulary.placement"),
    ]

    # Tests pin the date so the charts do not change from day to day.
    today: date | None = None

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[TermRecord] = []
        self.sort = SORTS[0]

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="charts"):
            yield PlotextPlot(id="known-chart")
            yield PlotextPlot(id="learned-chart")
        with Horizontal(id="review-charts"):
            yield Static(f"Reviews, last {CHART_DAYS} days", id="reviews-label")
            yield Sparkline([], summary_function=max, id="reviews-chart")
            yield Static(f"Due, next {FORECAST_DAYS} days", id="due-label")
            yield Sparkline([], summary_function=max, id="due-chart")
        yield Static(id="vocabulary-summary")
        yield Input(placeholder="Type to filter your terms", id="term-filter", select_on_focus=False)
        yield DataTable(id="terms", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Vocabulary"
        table = self.query_one("#terms", DataTable)
        widths = {"term": 28, "pos": 6, "status": 12, "first_seen": 12, "updated": 17, "note": None}
        for key, width in widths.items():
            table.add_column(_COLUMN_LABELS[key], width=width, key=key)
        self.rows = self.app.vocabulary.terms()
        self._show_rows()
        self._show_stats()
        table.focus()

    # ---------------------------------------------------------------- statistics and charts

    def _show_stats(self) -> None:
        stats = compute(self.app.library.connection, today=self.today, articles=False)
        self._summary(stats)
        days = stats.by_day[-CHART_DAYS:]
        dates = [day.date for day in days]
        known = self.query_one("#known-chart", PlotextPlot).plt
        learned = self.query_one("#learned-chart", PlotextPlot).plt
        for plt, title in ((known, "Known terms"), (learned, f"Learned per day (last {CHART_DAYS} days)")):
            plt.clear_data()
            plt.clear_figure()
            plt.title(title)
        if dates:
            # Positions, not dates, on the x axis: plotext draws date bars unevenly; labels say the dates.
            positions = list(range(len(dates)))
            ticks = positions[:: max(1, len(dates) // 5)]
            labels = [dates[n][5:] for n in ticks]
            totals = [day.known_total for day in days]
            counts = [day.learned for day in days]
            known.plot(positions, totals, marker="braille")
            learned.bar(positions, counts, width=0.6)
            for plt, values in ((known, totals), (learned, counts)):
                plt.xticks(ticks, labels)
                plt.yticks(_integer_ticks(min(values + [0]), max(values + [1])))
        for chart in self.query(PlotextPlot):
            chart.refresh()
        reviews = review_stats(
            self.app.library.connection, today=self.today, past_days=CHART_DAYS, forecast_days=FORECAST_DAYS
        )
        self.query_one("#reviews-chart", Sparkline).data = [day.reviews for day in reviews.by_day]
        self.query_one("#due-chart", Sparkline).data = [day.due for day in reviews.forecast]

    def _summary(self, stats: Stats) -> None:
        if not stats.terms:
            self.query_one("#vocabulary-summary", Static).update(
                "No words yet: mark them while reading, or run: reader vocab import FILE"
            )
            return
        days = "day" if stats.streak == 1 else "days"
        self.query_one("#vocabulary-summary", Static).update(
            f"Known {stats.known} · learning {stats.learning} · ignored {stats.ignored} · "
            + (f"known (assumed) {stats.assumed} · " if stats.assumed else "")
            + f"learned today {stats.learned_today} · words read {stats.words_read:,} · "
            f"streak {stats.streak} {days} (longest {stats.longest_streak})"
        )

    # ---------------------------------------------------------------- the term list

    def _show_rows(self) -> None:
        table = self.query_one("#terms", DataTable)
        for key, column in table.columns.items():
            label = _COLUMN_LABELS[str(key.value)]
            arrow = "▴" if self.sort in ("term", "status") else "▾"
            column.label = Text(f"{label} {arrow}" if key.value == self.sort else label)
        selected = self._selected_row_key()
        table.clear()
        shown = search_terms(self.rows, self.query_one("#term-filter", Input).value, self.sort)
        for row in shown[:MAX_ROWS]:
            table.add_row(*self._cells(row), key=_row_key(row.key))
        if len(shown) > MAX_ROWS:
            table.add_row(f"… {len(shown) - MAX_ROWS} more: type to filter", "", "", "", "", "", key="more")
        if selected is not None:
            try:
                table.move_cursor(row=table.get_row_index(selected), animate=False)
            except Exception:  # the row was filtered away
                pass

    @staticmethod
    def _cells(row: TermRecord) -> tuple[str, ...]:
        gender = f" ({row.key.gender})" if row.key.gender else ""
        return (
            f"{row.key.term}{gender}",
            row.key.pos.lower(),
            row.status.label,
            row.first_seen[:10],
            row.updated_at[:16].replace("T", " "),
            row.note,
        )

    def _selected_row_key(self) -> str | None:
        table = self.query_one("#terms", DataTable)
        if not table.row_count:
            return None
        try:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        except Exception:
            return None
        return key if key != "more" else None

    @on(Input.Changed, "#term-filter")
    def _filter(self) -> None:
        self._show_rows()

    @on(Input.Submitted, "#term-filter")
    def _filter_done(self) -> None:
        self.query_one("#terms", DataTable).focus()

    def on_key(self, event) -> None:
        """Typing a letter in the list starts filtering (status and sort keys keep their meaning)."""
        table, term_filter = self.query_one("#terms", DataTable), self.query_one("#term-filter", Input)
        type_to_filter(event, table, term_filter, self.active_bindings)

    def action_export_anki(self) -> None:
        """The words being learned (stages 1–5), as `reader export anki` writes them."""
        from reader.anki import vocabulary_words
        from reader.vocab import LEARNING

        export_to_anki(self, "learning", lambda library: vocabulary_words(library.connection, LEARNING))

    def action_filter(self) -> None:
        self.query_one("#term-filter", Input).focus()

    def action_cycle_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self._show_rows()

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        column = str(event.column_key.value)
        if column in SORTS:
            self.sort = column
            self._show_rows()

    def action_set_status(self, status: int) -> None:
        """Give the selected term a status: stored at once (with its history), the row and charts updated."""
        row_key = self._selected_row_key()
        if row_key is None or self.query_one("#term-filter", Input).has_focus:
            return
        index = next((n for n, row in enumerate(self.rows) if _row_key(row.key) == row_key), None)
        if index is None:
            return
        key = self.rows[index].key
        self.app.vocabulary.set_status([key], Status(status))
        self.rows[index] = self.app.vocabulary.record(key) or self.rows[index]
        table = self.query_one("#terms", DataTable)
        for column, value in zip(("status", "updated"), self._cells(self.rows[index])[2:5:2]):
            table.update_cell(row_key, column, value)
        self._show_stats()

    def action_placement(self) -> None:
        from reader.ui.screens.placement import PlacementScreen

        self.app.push_screen(PlacementScreen())
