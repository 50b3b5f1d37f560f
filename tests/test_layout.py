"""The pure parts of the reading and help screens: wrapping an article into lines, and the key table."""

from __future__ import annotations

from textual.binding import ActiveBinding, Binding
from textual.screen import Screen

from reader.ui.screens.help import key_rows
from reader.ui.widgets.article_layout import layout_article


def _shown(layout) -> list[str]:
    """Each display line as the learner sees it."""
    out = []
    for line in layout.lines:
        text = ""
        for piece in line.pieces:
            text += " " * (piece.x - len(text)) + piece.text
        out.append(text)
    return out


def test_lines_break_at_whitespace_only_and_punctuation_stays_with_its_word() -> None:
    texts = ["Die", "Minister", "trafen", "sich", "in", "„", "München", "“", "."]
    spaces = [" ", " ", " ", " ", " ", "", "", "", ""]
    layout = layout_article(texts, spaces, width=20)
    assert _shown(layout) == ["Die Minister trafen", "sich in „München“."]
    assert all(line.width <= 20 for line in layout.lines)
    assert layout.line_of_token[5] == layout.line_of_token[8] == 1  # the quotes and the stop with their word


def test_a_line_break_starts_a_paragraph_after_an_empty_line_and_headings_lose_their_marks() -> None:
    texts = ["#", "Treffen", "in", "Berlin", "Die", "Minister", "kamen", "."]
    spaces = [" ", " ", " ", "\n", " ", " ", "", "\n"]
    layout = layout_article(texts, spaces, width=40)
    assert _shown(layout) == ["Treffen in Berlin", "", "Die Minister kamen."]
    assert [line.heading for line in layout.lines] == [True, False, False]
    assert 0 not in layout.line_of_token  # the "#" is not shown
    assert layout.line_of_token[4] == 2


def test_a_word_longer_than_the_line_gets_a_line_of_its_own() -> None:
    texts = ["Die", "Donaudampfschifffahrtsgesellschaft", "klagt"]
    layout = layout_article(texts, [" ", " ", ""], width=12)
    assert _shown(layout) == ["Die", "Donaudampfschifffahrtsgesellschaft", "klagt"]


def _active(*bindings: Binding) -> dict[str, ActiveBinding]:
    """A screen's active bindings as Textual keeps them: one per key."""
    screen = Screen()
    return {
        binding.key: ActiveBinding(screen, binding, True)
        for declared in bindings
        for binding in declared.make_bindings([declared])
    }


def test_key_rows_join_the_keys_of_one_action_and_leave_out_bindings_without_an_id() -> None:
    active = _active(
        Binding("right,l", "next_word", "Next word", id="reading.next_word"),
        Binding("k", "set_status(99)", "Known", id="reading.known"),
        Binding("ctrl+c", "quit", "Quit"),  # Textual's own: no id
    )
    rows = key_rows(active, display=lambda binding: binding.key.upper())
    assert [(keys, binding.id) for keys, binding in rows] == [("RIGHT L", "reading.next_word"), ("K", "reading.known")]
