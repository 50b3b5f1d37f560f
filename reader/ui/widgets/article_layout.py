"""Wrapping an analyzed article into display lines of a given width.

Lines break only where the text has whitespace, so punctuation and quotes stay
with their word ("Ukraine.", „Japan). A line break in the text starts a new
paragraph, shown after an empty line; a Markdown heading (`# …`) is marked so
the view can style it, and its `#` markers are not shown.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from rich.cells import cell_len


class Piece(NamedTuple):
    """A token placed on a display line at column `x` (a tuple: a long article has thousands)."""

    token: int
    x: int
    text: str
    width: int


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


def layout_article(texts: Sequence[str], whitespace: Sequence[str], width: int) -> ArticleLayout:
    """Wrap the tokens (their texts and the whitespace after each) into lines of at most `width` cells."""
    width = max(width, 10)
    widths = [cell_len(text) for text in texts]
    lines: list[Line] = []
    line_of_token: dict[int, int] = {}
    for first, end in _paragraphs(whitespace):
        if lines:
            lines.append(Line())
        heading = texts[first].startswith("#")
        line, line_width = Line(heading=heading), 0
        for chunk in _chunks(range(first, end), whitespace, lambda index: heading and set(texts[index]) == {"#"}):
            chunk_width = sum(widths[index] for index in chunk)
            x = line_width + 1 if line.pieces else 0
            if line.pieces and x + chunk_width > width:
                lines.append(line)
                line, x = Line(heading=heading), 0
            for index in chunk:
                line.pieces.append(Piece(index, x, texts[index], widths[index]))
                line_of_token[index] = len(lines)
                x += widths[index]
            line_width = x
        lines.append(line)
    return ArticleLayout(lines, line_of_token)


def _paragraphs(whitespace: Sequence[str]) -> Iterator[tuple[int, int]]:
    """(first, end) token indices of each paragraph: a line break in the whitespace ends one."""
    first = 0
    for index, space in enumerate(whitespace):
        if "\n" in space:
            yield first, index + 1
            first = index + 1
    if first < len(whitespace):
        yield first, len(whitespace)


def _chunks(indices: range, whitespace: Sequence[str], hidden) -> Iterator[list[int]]:
    """Runs of shown tokens with no whitespace between them: the units a line may not break inside."""
    chunk: list[int] = []
    for index in indices:
        if hidden(index):
            continue
        chunk.append(index)
        if whitespace[index]:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
