"""Key handling shared by screens: the status keys, and type-to-filter in tables."""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.widgets import DataTable, Input

from reader.vocab import IGNORED, KNOWN, UNKNOWN


def status_bindings(scope: str) -> list[Binding]:
    """`1`–`5`, `k`, `i`, `u` for the screen `scope` ("reading", "vocabulary"): the same keys everywhere,
    each with its own id so it can be remapped per screen; they call `action_set_status(status)`."""
    return [
        *(
            Binding(str(stage), f"set_status({stage})", f"Learning {stage}", show=False, id=f"{scope}.learning_{stage}")
            for stage in range(1, 6)
        ),
        Binding("k", f"set_status({int(KNOWN)})", "Known", id=f"{scope}.known"),
        Binding("i", f"set_status({int(IGNORED)})", "Ignore", id=f"{scope}.ignore"),
        Binding("u", f"set_status({int(UNKNOWN)})", "Unknown", show=False, id=f"{scope}.unknown"),
    ]


def speech_bindings(scope: str, sentence: bool = True) -> list[Binding]:
    """`p` speaks the word, `P` its sentence, on the screen `scope`; they call `action_speak_word` and
    `action_speak_sentence`."""
    bindings = [Binding("p", "speak_word", "Speak", id=f"{scope}.speak_word")]
    if sentence:
        bindings.append(Binding("P", "speak_sentence", "Speak sentence", show=False, id=f"{scope}.speak_sentence"))
    return bindings


def type_to_filter(event: events.Key, table: DataTable, filter_input: Input, bound: dict) -> None:
    """A letter typed in `table` starts filtering, as in a file picker; bound keys keep their meaning."""
    letter = event.character if event.is_printable else None
    if table.has_focus and letter and letter.isalpha() and letter not in bound:
        filter_input.focus()
        filter_input.insert_text_at_cursor(letter)
        event.stop()
