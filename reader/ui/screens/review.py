"""The review screen (`r` in the library, `reader review`): due words one card at a time.

Space shows the answer; 1–4 (or a, h, g, e) answer Again, Hard, Good, Easy as
in Anki. Each answer is stored before the next card shows, so what the learner
saw taken is kept even if the terminal is killed.
"""

from __future__ import annotations

from datetime import timedelta

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from reader.review import Rating, ReviewSession, anki_schedules_message, back_of, front_of, scheduler
from reader.ui.keys import speech_bindings
from reader.ui.speech import speak_in_background
from reader.ui.widgets.review_card import ReviewCardView

ANSWER_KEYS = {Rating.Again: ("1", "a"), Rating.Hard: ("2", "h"), Rating.Good: ("3", "g"), Rating.Easy: ("4", "e")}


def interval_label(interval: timedelta) -> str:
    """"1m", "10m", "3h", "8d", "2mo", "1.2y": how Anki labels the time until a card comes back."""
    seconds = interval.total_seconds()
    for unit, size in (("y", 365 * 86400), ("mo", 30 * 86400), ("d", 86400), ("h", 3600)):
        if seconds >= size:
            value = seconds / size
            return f"{value:.1f}{unit}" if unit in ("y", "mo") and value < 10 else f"{round(value)}{unit}"
    return f"{max(1, round(seconds / 60))}m"


class ReviewScreen(Screen):
    DEFAULT_CSS = """
    ReviewScreen #review-counts { height: 1; padding: 0 2; color: $text-muted; }
    ReviewScreen #review-body { height: 1fr; align: center middle; }
    ReviewScreen #review-keys { width: 1fr; max-width: 90; height: auto; padding: 1 2; content-align: center middle;
                                text-align: center; color: $text-muted; }
    """

    BINDINGS = [
        Binding("q,escape", "app.pop_screen", "Back", id="review.back"),
        Binding("space,enter", "show_answer", "Show answer", id="review.show_answer"),
        *(
            Binding(",".join(keys), f"answer({int(rating)})", rating.name, id=f"review.{rating.name.lower()}")
            for rating, keys in ANSWER_KEYS.items()
        ),
        *speech_bindings("review"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.session: ReviewSession | None = None
        self.revealed = False

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="review-counts")
        with Vertical(id="review-body"):
            with Center():
                yield ReviewCardView(id="review-card")
            with Center():
                yield Static(id="review-keys")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Review"
        connection = self.app.library.connection
        if scheduler(connection) == "anki":
            self._finished(anki_schedules_message())
            return
        self.session = ReviewSession(connection)
        self._show_card()

    def _show_card(self) -> None:
        """The question side of the current card, or what comes next when none is due."""
        session = self.session
        self.revealed = False
        remaining = session.remaining()
        self.query_one("#review-counts", Static).update(
            f"new {remaining.new} · learning {remaining.learning} · review {remaining.review}"
        )
        card = session.current()
        if card is None:
            self._finished(self._nothing_due())
            return
        self.query_one(ReviewCardView).display = True
        self.query_one(ReviewCardView).show(front_of(card), card.key.pos)
        self.query_one("#review-keys", Static).update("Space: show answer · p: hear the word · P: the sentence")

    def _nothing_due(self) -> str:
        next_due = self.session.next_due()
        if next_due is not None:
            return f"Nothing due right now: the next card comes back at {next_due.astimezone():%H:%M}."
        return "All done for today: no word is due. Read on, mark words you are learning, and come back tomorrow."

    def _finished(self, message: str) -> None:
        self.query_one(ReviewCardView).display = False
        self.query_one("#review-keys", Static).update(message)

    def action_show_answer(self) -> None:
        session = self.session
        card = session.current() if session else None
        if card is None or self.revealed:
            return
        self.revealed = True
        self.query_one(ReviewCardView).show(front_of(card), card.key.pos, back_of(card, self.app.library))
        intervals = session.intervals()
        self.query_one("#review-keys", Static).update(
            "   ".join(
                f"[b]{keys[0]}[/b] {rating.name} {interval_label(intervals[rating])}"
                for rating, keys in ANSWER_KEYS.items()
            )
        )

    def action_answer(self, rating: int) -> None:
        """Store the answer, then show the next card; before the answer is shown, show it first."""
        if self.session is None or self.session.current() is None:
            return
        if not self.revealed:
            self.action_show_answer()
            return
        self.session.answer(Rating(rating))
        self._show_card()

    def action_speak_word(self) -> None:
        card = self.session.current() if self.session else None
        if card is not None:
            speak_in_background(self, front_of(card).heading)

    def action_speak_sentence(self) -> None:
        card = self.session.current() if self.session else None
        if card is not None and card.context is not None:
            speak_in_background(self, card.context.sentence)
