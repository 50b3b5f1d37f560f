"""The cram list (key `c` in the library): the few unknown words that cover most of what you can't read yet."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from reader.anki import library_cram
from reader.difficulty import CramItem
from reader.ui.anki_export import export_to_anki
from reader.labels import word_class

CRAM_SIZE = 15


class CramScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    CramScreen { align: center middle; }
    CramScreen > Vertical { width: 96; height: auto; max-height: 90%; border: round $accent;
                            background: $surface; padding: 1 2; }
    CramScreen DataTable { height: auto; max-height: 24; }
    CramScreen #cram-hint { color: $text-muted; margin-top: 1; }
    """
    BINDINGS = [
        Binding("e", "export", "Export to Anki", id="cram.export"),
        Binding("escape,q,c", "dismiss", "Close", id="cram.close"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("[b]Learn these words first[/b]: they cover most of the words you don't know yet")
            yield DataTable(cursor_type="row", zebra_stripes=True)
            yield Static("e: export them to Anki · Esc: close", id="cram-hint")

    @property
    def items(self) -> list[CramItem]:
        return self.cram.items

    def on_mount(self) -> None:
        self.cram = library_cram(self.app.library, CRAM_SIZE)
        table = self.query_one(DataTable)
        table.add_columns("Word", "Kind", "Meaning", "Times", "Covers")
        for item in self.items:
            gloss = "; ".join(self.cram.glosses.get(item.key, [])[:2])
            kind = word_class(item.key.pos)
            table.add_row(item.key.term, kind, gloss[:40], str(item.count), f"{item.cumulative_share:.0%}")
        if not self.items:
            self.query_one("#cram-hint", Static).update("Open an article first: only analyzed articles count.")

    def action_export(self) -> None:
        export_to_anki(self, "cram", lambda library: self.cram.words)

    def action_dismiss(self) -> None:
        self.dismiss()
