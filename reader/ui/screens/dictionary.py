"""The full dictionary entry of a word (Enter on the reading screen): every sense, labels, examples."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.lexicon import FullEntry
from reader.ui.keys import speech_bindings


class DictionaryScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    DictionaryScreen { align: center middle; }
    DictionaryScreen > VerticalScroll {
        width: 90; height: 80%; border: round $accent; background: $surface; padding: 1 2;
    }
    """
    BINDINGS = [
        Binding("escape,q,enter", "dismiss", "Close", id="dictionary.close"),
        *speech_bindings("dictionary", sentence=False),
    ]

    def __init__(self, full: FullEntry) -> None:
        super().__init__()
        self.full = full

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(render_entry(self.full))

    def action_dismiss(self) -> None:
        self.dismiss()

    def action_speak_word(self) -> None:
        from reader.ui.speech import speak_in_background

        speak_in_background(self, self.full.term)


def render_entry(full: FullEntry) -> Text:
    text = Text()
    text.append(full.term, style="bold")
    entry = full.entry
    if entry.composed:
        parts = " | ".join(f"{part} ({gloss})" for part, gloss in entry.parts)
        text.append(f"\ncompound: {parts}", style="italic")
    if not full.senses:
        text.append("\n\nNo dictionary entry.", style="dim")
    for sense in full.senses:
        text.append(f"\n\n{sense.german}", style="bold")
        if sense.labels:
            text.append(f"  [{', '.join(sense.labels)}]", style="dim")
        text.append("\n  " + "; ".join(sense.english))
        for german, english in sense.examples:
            text.append(f"\n    {german}", style="italic")
            text.append(f" — {english}", style="dim")
    text.append("\n\nDictionary: Ding (GPL-2.0-or-later); genders and plurals: Wiktionary (CC BY-SA 4.0).", style="dim")
    return text
