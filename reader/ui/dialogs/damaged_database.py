"""Shown on start instead of the library when the database is damaged: what happened, and the way back."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static


class DamagedDatabase(ModalScreen[bool]):
    """Dismissed with True when the learner asks to restore the newest backup, False to quit."""

    DEFAULT_CSS = """
    DamagedDatabase { align: center middle; }
    DamagedDatabase > Vertical {
        width: 90; height: auto; border: round $error; background: $surface; padding: 1 2;
    }
    DamagedDatabase #damage-title { text-style: bold; color: $error; margin-bottom: 1; }
    DamagedDatabase #damage-keys { margin-top: 1; color: $text-muted; }
    """
    BINDINGS = [
        Binding("r", "restore", "Restore the newest backup", id="damaged.restore"),
        Binding("q,escape", "quit", "Quit", id="damaged.quit"),
    ]

    def __init__(self, report: str, can_restore: bool) -> None:
        super().__init__()
        self.report = report
        self.can_restore = can_restore

    def compose(self) -> ComposeResult:
        keys = "r: restore the newest backup now (the damaged file is moved aside, not deleted)   q: quit"
        with Vertical():
            yield Static("Your database is damaged", id="damage-title")
            yield Static(self.report, markup=False, id="damage-report")
            yield Static(keys if self.can_restore else "q: quit", markup=False, id="damage-keys")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self.can_restore if action == "restore" else True

    def action_restore(self) -> None:
        self.dismiss(True)

    def action_quit(self) -> None:
        self.dismiss(False)
