"""The built-in review: FSRS schedules the learner's words in learning stages, one card at a time.

A word in a learning stage (1–5) is a card. A word never reviewed is *new*:
at most `new_per_day` of them start each review day (which begins at 4 a.m.
local time, as Anki's does), oldest first. Each answer is
stored in one transaction: the card's FSRS state, a row of the review log,
and, when the next interval moves the word to another stage, the word's
status with a history row (source "review"). So an answer the learner saw
taken survives a kill -9, as a status change does.

The queues are read once per session, as Anki does, so the next card after
an answer is a heap pop and one row by primary key, however many words the
learner has.
"""

from __future__ import annotations

import heapq
import json
import sqlite3
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta, timezone

from fsrs import Card, Rating, Scheduler, State

from reader import db
from reader.review.settings import new_per_day
from reader.vocab import KNOWN, LEARNING, Context, Status, TermKey, Vocabulary
from reader.vocab.status import LEARNING_RANGE

REVIEW_SOURCE = "review"
# The stage a word is in after an answer, by how long until it comes back. A word that comes back in
# three weeks or more is known: Anki calls such a card mature.
STAGE_BY_INTERVAL: tuple[tuple[timedelta, Status], ...] = (
    (timedelta(days=1), Status.LEARNING_1),
    (timedelta(days=3), Status.LEARNING_2),
    (timedelta(days=7), Status.LEARNING_3),
    (timedelta(days=14), Status.LEARNING_4),
    (timedelta(days=21), Status.LEARNING_5),
)
# With nothing else left, a card of a learning step due this soon is shown now rather than making the
# learner wait (Anki's "learn ahead limit").
LEARN_AHEAD = timedelta(minutes=20)
_LEARNING_STATUS = "t.status BETWEEN ? AND ?"  # with LEARNING_RANGE


def stage_after(interval: timedelta) -> Status:
    """The learning stage (or known) of a word that comes back after `interval`."""
    for longest, stage in STAGE_BY_INTERVAL:
        if interval < longest:
            return stage
    return KNOWN


def stage_of(rating: Rating, before: Status, interval: timedelta) -> Status:
    """The word's stage after an answer: a forgotten word drops to the stage of its short interval; a
    remembered one never drops (a word marked stage 3 while reading stays 3 on its first short step)."""
    stage = stage_after(interval)
    return stage if rating == Rating.Again else max(before, stage)


def utc_text(moment: datetime) -> str:
    """A moment as the database writes its own: UTC, milliseconds, 'Z' (so text order is time order)."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def from_utc_text(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(timezone.utc)


# The review day starts at this local hour, as Anki's does by default ("next day starts at" 4 a.m.): a
# session that runs past midnight keeps its learning steps, and the new words of the evening count for
# the day that is ending.
DAY_STARTS_AT = time(4)


def end_of_review_day(moment: datetime) -> datetime:
    """The start of the learner's next review day after `moment` (local 4 a.m.), in UTC: cards of a
    learning step due before it come back in this session."""
    local = moment.astimezone()
    start = datetime.combine(local.date(), DAY_STARTS_AT, tzinfo=local.tzinfo)
    if start <= local:
        start += timedelta(days=1)
    return start.astimezone(timezone.utc)


@dataclass(frozen=True)
class ReviewCard:
    """One word to review: what the card shows, and its FSRS state (`schedule`) for the scheduler."""

    term_id: int
    key: TermKey
    status: Status
    context: Context | None  # the sentence the word was met in, its parts marked
    article_id: int | None
    note: str
    is_new: bool
    schedule: Card


@dataclass(frozen=True)
class Answer:
    """What an answer did: when the word comes back and the stage it is in now."""

    term_id: int
    rating: Rating
    due: datetime
    status_before: Status
    status_after: Status


@dataclass(frozen=True)
class Remaining:
    """Cards left in this session, as Anki counts them: new, learning steps, reviews."""

    new: int
    learning: int
    review: int

    @property
    def total(self) -> int:
        return self.new + self.learning + self.review


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


class ReviewSession:
    """Today's review: due cards first by due time, then new words; answers are stored at once."""

    def __init__(self, connection: sqlite3.Connection, clock: Callable[[], datetime] = _utc_now) -> None:
        self.connection = connection
        self.clock = clock
        self.scheduler = Scheduler()
        # Intervals shown beside the answer keys: without fuzz, as Anki shows them.
        self._preview_scheduler = Scheduler(enable_fuzzing=False)
        self._learning: list[tuple[str, int]] = []  # heap of (due, term id): cards in a learning step
        self._reviews: deque[int] = deque()
        self._new: deque[int] = deque()
        self._current: ReviewCard | None = None
        self._fill_queues()

    def _fill_queues(self) -> None:
        now = self.clock()
        rows = self.connection.execute(
            "SELECT c.term_id, c.due, c.state FROM review_cards c JOIN terms t ON t.id = c.term_id"
            f" WHERE c.due < ? AND {_LEARNING_STATUS} ORDER BY c.due",
            (utc_text(end_of_review_day(now)), *LEARNING_RANGE),
        )
        for term_id, due, state in rows:
            if state == State.Review:
                self._reviews.append(term_id)
            else:
                self._learning.append((due, term_id))
        heapq.heapify(self._learning)
        day_start = end_of_review_day(now) - timedelta(days=1)
        started_today = self.connection.execute(
            "SELECT COUNT(*) FROM review_cards WHERE introduced_at >= ?", (utc_text(day_start),)
        ).fetchone()[0]
        allowance = max(0, new_per_day(self.connection) - started_today)
        rows = self.connection.execute(
            f"SELECT t.id FROM terms t WHERE {_LEARNING_STATUS}"
            " AND NOT EXISTS (SELECT 1 FROM review_cards c WHERE c.term_id = t.id)"
            " ORDER BY t.first_seen, t.id LIMIT ?",
            (*LEARNING_RANGE, allowance),
        )
        self._new.extend(term_id for (term_id,) in rows)

    def remaining(self) -> Remaining:
        return Remaining(new=len(self._new), learning=len(self._learning), review=len(self._reviews))

    def next_due(self) -> datetime | None:
        """When the next card of a learning step comes back, if one does today."""
        return from_utc_text(self._learning[0][0]) if self._learning else None

    def current(self) -> ReviewCard | None:
        """The card to answer now: a learning step that is due, else a review, else a new word, else a
        learning step due within `LEARN_AHEAD`. None when nothing is due now."""
        while self._current is None:
            term_id = self._take()
            if term_id is None:
                return None
            self._current = self._card(term_id)  # None when the word left its learning stages meanwhile
        return self._current

    def _take(self) -> int | None:
        now = utc_text(self.clock())
        if self._learning and self._learning[0][0] <= now:
            return heapq.heappop(self._learning)[1]
        for queue in (self._reviews, self._new):
            if queue:
                return queue.popleft()
        if self._learning and self._learning[0][0] <= utc_text(self.clock() + LEARN_AHEAD):
            return heapq.heappop(self._learning)[1]
        return None

    def _card(self, term_id: int) -> ReviewCard | None:
        row = self.connection.execute(
            "SELECT t.term, t.pos, t.gender, t.status, t.article_id, t.note, t.sentence, t.spans,"
            " c.state, c.step, c.stability, c.difficulty, c.due, c.last_review"
            " FROM terms t LEFT JOIN review_cards c ON c.term_id = t.id WHERE t.id = ?",
            (term_id,),
        ).fetchone()
        if row is None or Status(row["status"]) not in LEARNING:
            return None
        is_new = row["state"] is None
        if is_new:
            schedule = Card(card_id=term_id, due=self.clock())
        else:
            schedule = Card(
                card_id=term_id,
                state=State(row["state"]),
                step=row["step"],
                stability=row["stability"],
                difficulty=row["difficulty"],
                due=from_utc_text(row["due"]),
                last_review=from_utc_text(row["last_review"]) if row["last_review"] else None,
            )
        context = None
        if row["sentence"]:
            context = Context(row["sentence"], tuple(tuple(span) for span in json.loads(row["spans"] or "[]")))
        return ReviewCard(
            term_id=term_id,
            key=TermKey(row["term"], row["pos"], row["gender"]),
            status=Status(row["status"]),
            context=context,
            article_id=row["article_id"],
            note=row["note"] or "",
            is_new=is_new,
            schedule=schedule,
        )

    def intervals(self) -> dict[Rating, timedelta]:
        """How long until the current card comes back after each answer (empty when no card is due)."""
        card = self.current()
        if card is None:
            return {}
        now = self.clock()
        return {
            rating: self._preview_scheduler.review_card(card.schedule, rating, review_datetime=now)[0].due - now
            for rating in Rating
        }

    def answer(self, rating: Rating) -> Answer:
        """Answer the current card: its new schedule, the review log row and the word's stage, in one
        transaction. Raises LookupError when no card is due."""
        card = self.current()
        if card is None:
            raise LookupError("no card is due")
        now = self.clock()
        scheduled, _ = self.scheduler.review_card(card.schedule, rating, review_datetime=now)
        due = utc_text(scheduled.due)
        with db.transaction(self.connection):
            # Read under the lock: another window may have changed the word's status meanwhile.
            status_before = Status(
                self.connection.execute("SELECT status FROM terms WHERE id = ?", (card.term_id,)).fetchone()[0]
            )
            status_after = stage_of(rating, status_before, scheduled.due - now)
            self.connection.execute(
                "INSERT INTO review_cards (term_id, state, step, stability, difficulty, due, last_review, introduced_at)"
                " VALUES (:term_id, :state, :step, :stability, :difficulty, :due, :now, :now)"
                " ON CONFLICT (term_id) DO UPDATE SET state = excluded.state, step = excluded.step,"
                " stability = excluded.stability, difficulty = excluded.difficulty, due = excluded.due,"
                " last_review = excluded.last_review",
                {
                    "term_id": card.term_id,
                    "state": int(scheduled.state),
                    "step": scheduled.step,
                    "stability": scheduled.stability,
                    "difficulty": scheduled.difficulty,
                    "due": due,
                    "now": utc_text(now),
                },
            )
            self.connection.execute(
                "INSERT INTO review_log (term_id, rating, reviewed_at, due, status_before, status_after)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (card.term_id, int(rating), utc_text(now), due, int(status_before), int(status_after)),
            )
            if status_after != status_before:
                Vocabulary(self.connection).change_status(card.term_id, status_after, REVIEW_SOURCE)
        self._current = None
        if scheduled.state != State.Review and scheduled.due < end_of_review_day(now) and status_after in LEARNING:
            heapq.heappush(self._learning, (due, card.term_id))
        return Answer(card.term_id, rating, scheduled.due, status_before, status_after)
