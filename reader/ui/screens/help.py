"""The `?` screen: every key that works where the learner is, with what it does and its id."""

from __future__ import annotations

from collections.abc import Mapping

from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Static


class HelpScreen(ModalScreen[None]):
    """Lists the bindings of the screen beneath, one row per action (its keys joined)."""

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > Vertical {
        width: 86; height: auto; max-height: 90%;
        border: round $accent; background: $surface; padding: 1 2;
    }
    HelpScreen DataTable { height: auto; max-height: 30; }
    HelpScreen #help-hint { color: $text-muted; margin-top: 1; }
    """

    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close", id="help.close")]

    def __init__(self, beneath: Screen) -> None:
        super().__init__()
        self.beneath = beneath

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("[b]Keys on this screen[/b]")
            yield DataTable(cursor_type="row", zebra_stripes=True, show_cursor=False)
            yield Static(
                "Mouse: click a word to select it; the wheel scrolls.\n"
                "Remap any key by its id with Textual's keymap.",
                id="help-hint",
            )

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("Keys", "Action", "Id")
        for keys, binding in key_rows(self.beneath.active_bindings, self.app.get_key_display):
            table.add_row(keys, binding.description, binding.id or "")

    def action_dismiss(self) -> None:
        self.dismiss()


def key_rows(active_bindings: Mapping[str, ActiveBinding], display) -> list[tuple[str, Binding]]:
    """(keys, binding) per action of ours among a screen's `active_bindings` (those with an id), in
    binding order; `display` spells a binding's key."""
    rows: dict[tuple[str, str], tuple[list[str], Binding]] = {}
    for active in active_bindings.values():
        binding = active.binding
        if not binding.id:
            continue
        keys, _ = rows.setdefault((binding.action, binding.description), ([], binding))
        keys.append(display(binding))
    return [(" ".join(keys), binding) for keys, binding in rows.values()]
