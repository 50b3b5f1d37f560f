"""The placement test: one word at a time, "do you know it?", then the estimate and what it marked.

Offered once on first start (Esc skips it), and again with `t` on the vocabulary screen.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, ProgressBar, Static

from reader.vocab import placement


class PlacementScreen(Screen):
    BINDINGS = [
        Binding("y", "answer(True)", "I know it", id="placement.yes"),
        Binding("n", "answer(False)", "I don't", id="placement.no"),
        Binding("escape,q", "skip", "Skip the test", id="placement.skip"),
        Binding("enter", "done", "Continue", show=False, id="placement.done"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.items = placement.items()
        self.answers: dict[str, bool] = {}
        self.result: placement.Placement | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="placement"):
            yield Static(
                "How many German words do you know? Answer y if you know what the word means, n if not. "
                "Some are not German words at all: say n to those, guessing lowers the estimate.",
                id="placement-intro",
            )
            yield Static(id="placement-word")
            yield ProgressBar(total=len(self.items), show_eta=False, id="placement-progress")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Placement"
        self._show_word()

    def _show_word(self) -> None:
        self.query_one("#placement-word", Static).update(self.items[len(self.answers)].word)
        self.query_one(ProgressBar).update(progress=len(self.answers))

    def action_answer(self, known: bool) -> None:
        if self.result is not None:
            return
        self.answers[self.items[len(self.answers)].word] = known
        if len(self.answers) < len(self.items):
            self._show_word()
            return
        connection = self.app.library.connection
        self.result = placement.take(connection, self.answers)
        placement.mark_offered(connection)
        self.query_one(ProgressBar).update(progress=len(self.items))
        self.query_one("#placement-word", Static).update(
            f"You know about {self.result.vocabulary_size:,} of the most common German words.\n"
            f"{placement.assumed_terms(connection):,} words of your library are now known (assumed): "
            "plain, like known words; reading or marking a word replaces the assumption.\n\n"
            "Enter: to the library"
        )
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        # The answer keys while words are asked, Enter once the result shows.
        if action == "answer":
            return self.result is None
        if action == "done":
            return self.result is not None
        return True

    def action_skip(self) -> None:
        if self.result is None:
            placement.mark_offered(self.app.library.connection)
        self.dismiss(self.result)

    def action_done(self) -> None:
        self.dismiss(self.result)
