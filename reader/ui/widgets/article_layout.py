"""Wrapping an analysed article into display lines of a given width.

Lines break only where the text has whitespace, so punctuation and quotes stay
with their word ("Ukraine.", „Japan). A line break in the text starts a new
paragraph, shown after an empty line; a Markdown heading (`# …`) is marked so
the view can style it, and its `#` markers are not shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.cells import cell_len

from reader.nlp import Token


@dataclass(frozen=True)
class Piece:
    """A token placed on a display line at column `x`."""

    token: int
    x: int
    text: str

    @property
    def width(self) -> int:
        return cell_len(self.text)


@dataclass
class Line:
    pieces: list[Piece] = field(default_factory=list)
    heading: bool = False

    @property
    def width(self) -> int:
        return self.pieces[-1].x + self.pieces[-1].width if self.pieces else 0


@dataclass(frozen=True)
class ArticleLayout:
    """Display lines and, for every shown token, the line it is on."""

    lines: list[Line]
    line_of_token: dict[int, int]


def layout_article(tokens: list[Token], width: int) -> ArticleLayout:
    width = max(width, 10)
    lines: list[Line] = []
    line_of_token: dict[int, int] = {}
    for paragraph in _paragraphs(tokens):
        if lines:
            lines.append(Line())
        heading = paragraph[0].text.startswith("#")
        shown = [token for token in paragraph if not (heading and set(token.text) == {"#"})]
        line = Line(heading=heading)
        for chunk in _chunks(shown):
            chunk_width = sum(cell_len(token.text) for token in chunk)
            x = line.width + 1 if line.pieces else 0
            if line.pieces and x + chunk_width > width:
                lines.append(line)
                line, x = Line(heading=heading), 0
            for token in chunk:
                line.pieces.append(Piece(token.i, x, token.text))
                line_of_token[token.i] = len(lines)
                x += cell_len(token.text)
        lines.append(line)
    return ArticleLayout(lines, line_of_token)


def _paragraphs(tokens: list[Token]) -> list[list[Token]]:
    paragraphs: list[list[Token]] = [[]]
    for token in tokens:
        paragraphs[-1].append(token)
        if "\n" in token.whitespace:
            paragraphs.append([])
    return [paragraph for paragraph in paragraphs if paragraph]


def _chunks(tokens: list[Token]) -> list[list[Token]]:
    """Runs of tokens with no whitespace between them: the units a line may not break inside."""
    chunks: list[list[Token]] = []
    glued = False
    for token in tokens:
        if glued:
            chunks[-1].append(token)
        else:
            chunks.append([token])
        glued = token.whitespace == ""
    return chunks
