"""A review card: the word (nouns with article, in the gender colour) and its sentence, then the answer."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from reader.review import CardBack, CardFront
from reader.labels import word_class


class ReviewCardView(Static):
    COMPONENT_CLASSES = {
        "review-card--m", "review-card--f", "review-card--n", "review-card--word", "review-card--label",
    }

    DEFAULT_CSS = """
    ReviewCardView { width: 1fr; max-width: 90; height: auto; padding: 1 2; border: round $panel; text-align: center; }
    ReviewCardView > .review-card--m { color: $primary; }
    ReviewCardView > .review-card--f { color: $error; }
    ReviewCardView > .review-card--n { color: $success; }
    ReviewCardView > .review-card--word { text-style: bold underline; color: $warning; }
    ReviewCardView > .review-card--label { color: $text-muted; }
    """

    def show(self, front: CardFront, pos: str, back: CardBack | None = None) -> None:
        self.update(self.describe(front, pos, back))

    def describe(self, front: CardFront, pos: str, back: CardBack | None) -> Text:
        label = self.get_component_rich_style("review-card--label")
        text = Text()
        text.append(front.heading, style="bold")
        if front.gender:
            text.stylize(self.get_component_rich_style(f"review-card--{front.gender}"), 0, len(front.heading))
        text.append(f"\n{word_class(pos)}\n\n", style="italic")
        if front.sentence:
            text.append_text(self._sentence(front))
        else:
            text.append("(no sentence kept for this word)", style=label)
        if back is None:
            return text
        text.append("\n\n" + "─" * 30 + "\n\n", style=label)
        text.append("; ".join(back.gloss) if back.gloss else "no dictionary entry", style="bold" if back.gloss else label)
        if back.plural:
            text.append("\nplural: ", style=label)
            text.append(back.plural)
        for note in back.notes:
            text.append(f"\n• {note}")
        return text

    def _sentence(self, front: CardFront) -> Text:
        sentence = Text(front.sentence)
        for start, end in front.spans:
            sentence.stylize(self.get_component_rich_style("review-card--word"), start, end)
        return sentence
