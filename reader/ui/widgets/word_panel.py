"""The side panel: what the word under the cursor is, what it means, and what it does here."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from reader.frequency import zipf_band
from reader.labels import ARTICLES, GENDER_NAMES, word_class
from reader.lexicon import after_definite_article
from reader.nlp import Token
from reader.vocab import Status


class WordPanel(Static):
    """Term (with article, in its gender colour), plural, glosses, hints, frequency and status."""

    COMPONENT_CLASSES = {"word-panel--m", "word-panel--f", "word-panel--n", "word-panel--label"}

    DEFAULT_CSS = """
    WordPanel {
        width: 40;
        height: 1fr;
        border-left: tall $panel;
        padding: 1 2;
        overflow-y: auto;
    }
    WordPanel > .word-panel--m { color: $primary; }
    WordPanel > .word-panel--f { color: $error; }
    WordPanel > .word-panel--n { color: $success; }
    WordPanel > .word-panel--label { color: $text-muted; }
    """

    def show_token(
        self, token: Token | None, status: Status | None = None, phrase_status: Status | None = None
    ) -> None:
        # The panel's size is fixed by CSS: repaint it without laying out the whole screen again.
        self.update(self.describe(token, status, phrase_status), layout=False)

    def describe(self, token: Token | None, status: Status | None, phrase_status: Status | None = None) -> Text:
        label = self.get_component_rich_style("word-panel--label")
        if token is None:
            return Text("No word selected.", style=label)
        text = Text()
        # the phrase first: "in Kraft treten" means more here than "Kraft" or "treten" alone; a name's
        # word in its own sense ("Europäisches Parlament": European) comes before its name
        phrase_first = token.phrase is not None and not token.phrase.get("word_first")
        if phrase_first:
            self._describe_phrase(text, token, phrase_status, label)
            text.append("\n")
        singular, plural = after_definite_article(token.term, token.gender, token.plural)
        heading = f"{ARTICLES[token.gender]} {singular}" if token.gender in ARTICLES else token.term
        gender_style = f"word-panel--{token.gender}" if token.gender in ARTICLES else None
        text.append(heading, style="bold")
        if gender_style:
            text.stylize(self.get_component_rich_style(gender_style), 0, len(heading))
        text.append("\n")
        kind = word_class(token.pos)
        if token.gender in GENDER_NAMES:
            kind += f", {GENDER_NAMES[token.gender]}"
        text.append(kind, style="italic")
        if plural:
            text.append(f" · plural: die {plural}")
        text.append("\n\n")
        if token.gloss:
            for number, gloss in enumerate(token.gloss[:3], start=1):
                text.append(f"{number}. {gloss}\n")
        else:
            text.append("no dictionary entry\n", style=label)
        for hint in token.hints:
            text.append(f"\n• {hint}")
        text.append("\n\nin the text: ", style=label)
        text.append(token.text)
        if token.morph:
            text.append("\nform: ", style=label)
            text.append(token.morph.replace("|", ", "))
        if token.zipf is not None:
            text.append("\nfrequency: ", style=label)
            text.append(f"{zipf_band(token.zipf)} (Zipf {token.zipf:.1f})")
        text.append("\nstatus: ", style=label)
        text.append(status.label if status is not None else "name or number, not counted")
        if token.gloss:
            text.append("\n\nEnter: full dictionary entry", style=label)
        if token.phrase is not None and not phrase_first:
            text.append("\n\n")
            self._describe_phrase(text, token, phrase_status, label)
        return text

    @staticmethod
    def _describe_phrase(text: Text, token: Token, phrase_status: Status | None, label) -> None:
        text.append(token.phrase["term"], style="bold")
        text.append("\nphrase", style="italic")
        text.append("\n\n")
        for number, gloss in enumerate(token.phrase["gloss"][:2], start=1):
            text.append(f"{number}. {gloss}\n")
        text.append("phrase status: ", style=label)
        text.append(phrase_status.label if phrase_status is not None else "unknown")
        text.append("  (f: learn it)\n", style=label)
