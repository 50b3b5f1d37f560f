"""The side panel: what the word under the cursor is."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from reader.nlp import Token
from reader.vocab import Status

POS_NAMES = {
    "ADJ": "adjective",
    "ADP": "preposition",
    "ADV": "adverb",
    "AUX": "auxiliary verb",
    "CCONJ": "conjunction",
    "DET": "article / determiner",
    "INTJ": "interjection",
    "NOUN": "noun",
    "NUM": "number",
    "PART": "particle",
    "PRON": "pronoun",
    "PROPN": "proper noun",
    "PUNCT": "punctuation",
    "SCONJ": "subordinating conjunction",
    "VERB": "verb",
    "X": "other",
}


class WordPanel(Static):
    """Dictionary form, part of speech and form of the word under the cursor."""

    DEFAULT_CSS = """
    WordPanel {
        width: 38;
        height: 1fr;
        border-left: tall $panel;
        padding: 1 2;
    }
    """

    def show_token(self, token: Token | None, status: Status | None = None) -> None:
        self.update(describe(token, status))


def describe(token: Token | None, status: Status | None) -> Text:
    if token is None:
        return Text("No word selected.", style="dim")
    text = Text()
    text.append(token.term, style="bold")
    text.append("\n")
    if token.pos:
        text.append(POS_NAMES.get(token.pos, token.pos.lower()), style="italic")
        text.append("\n")
    text.append("\n")
    text.append("in the text: ", style="dim")
    text.append(token.text)
    if token.lemma != token.term:
        text.append("\nlemma: ", style="dim")
        text.append(token.lemma)
    if token.morph:
        text.append("\nform: ", style="dim")
        text.append(token.morph.replace("|", ", "))
    text.append("\n\nstatus: ", style="dim")
    text.append(status.label if status is not None else "name or number, not counted")
    return text
