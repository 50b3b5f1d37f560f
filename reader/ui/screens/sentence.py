"""The sentence view (key `g`): subject, finite verb, objects and clauses of the cursor's sentence, coloured.

The structure comes from `reader.nlp.structure`; this screen only colours it, with theme variables
(component classes), so a light theme gets colours that read on it.
"""

from __future__ import annotations

from collections.abc import Mapping

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.nlp import Sentence
from reader.nlp.structure import SentenceStructure

ROLES = ("subject", "verb", "object", "clause")


def _shortened(words: str) -> str:
    return words if len(words) < 90 else words[:88] + " …"


def render_sentence(sentence: Sentence, styles: Mapping[str, Style], cursor: int | None = None) -> Text:
    """The sentence with roles coloured and dependent clauses in brackets, then a legend and a summary.

    `styles` gives each of ROLES its style (the screen takes them from its theme)."""
    structure = SentenceStructure(sentence)
    roles = structure.roles()
    clauses = structure.clauses()
    opens: dict[int, int] = {}
    closes: dict[int, int] = {}
    for _name, _head, members in clauses:
        opens[members[0].i] = opens.get(members[0].i, 0) + 1
        closes[members[-1].i] = closes.get(members[-1].i, 0) + 1
    text = Text()
    for token in sentence.tokens:
        if opens.get(token.i):
            text.append("[" * opens[token.i], style=styles["clause"])
        style = styles[roles[token.i]] if token.i in roles else Style()
        if token.i == cursor:
            style += Style(underline=True)
        text.append(token.text, style=style)
        if closes.get(token.i):
            text.append("]" * closes[token.i], style=styles["clause"])
        text.append(token.whitespace.replace("\n", " ") if token.whitespace else "")
    text.append("\n\n")
    for role, label in (("subject", "subject"), ("verb", "finite verb"), ("object", "object")):
        text.append("■ ", style=styles[role])
        text.append(f"{label}   ")
    text.append("[ ]", style=styles["clause"])
    text.append(" dependent clause\n\n")
    main = structure.main_clause()
    if main and clauses:
        text.append("Main clause: ", style="bold")
        text.append(_shortened(" ".join(t.text for t in main)))
        text.append("\n")
    for kind, head, words in structure.parts():
        verb = structure.verb_of(head)
        text.append(f"{kind}: ", style=styles["subject" if kind == "Subject" else "object"])
        text.append(" ".join(t.text for t in words))
        if verb is not None:
            text.append(f"  (of {verb.term})", style="dim")
        text.append("\n")
    finite = structure.finite_verbs()
    if finite:
        text.append("Finite verbs: ", style=styles["verb"])
        text.append(", ".join(t.text for t in finite))
        text.append("\n")
    for name, _head, members in clauses:
        text.append(f"{name[0].upper() + name[1:]}: ", style=styles["clause"])
        text.append(_shortened(" ".join(t.text for t in members)))
        text.append("\n")
    return text


class SentenceScreen(ModalScreen[None]):
    """A modal over the reading screen: the structure of the sentence under the cursor."""

    BINDINGS = [
        Binding("escape,g,q", "dismiss", "Close", id="sentence.close"),
    ]
    COMPONENT_CLASSES = {f"sentence--{role}" for role in ROLES}
    DEFAULT_CSS = """
    SentenceScreen {
        align: center middle;
    }
    SentenceScreen > VerticalScroll {
        width: 90%;
        max-width: 110;
        height: auto;
        max-height: 90%;
        border: round $accent;
        padding: 1 2;
        background: $surface;
    }
    SentenceScreen > .sentence--subject { color: $text-primary; text-style: bold; }
    SentenceScreen > .sentence--verb { color: $text-error; text-style: bold; }
    SentenceScreen > .sentence--object { color: $text-success; text-style: bold; }
    SentenceScreen > .sentence--clause { color: $text-warning; }
    """

    def __init__(self, sentence: Sentence, cursor: int | None = None) -> None:
        super().__init__()
        self.sentence = sentence
        self.cursor = cursor

    def role_styles(self) -> dict[str, Style]:
        """Each role's style from the current theme."""
        return {role: self.get_component_rich_style(f"sentence--{role}", partial=True) for role in ROLES}

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(id="sentence-structure")

    def on_mount(self) -> None:
        self.watch(self.app, "theme", lambda _theme: self._show(), init=True)

    def _show(self) -> None:
        self.query_one("#sentence-structure", Static).update(
            render_sentence(self.sentence, self.role_styles(), self.cursor)
        )
