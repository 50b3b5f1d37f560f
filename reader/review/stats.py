"""Review statistics: answers per day, and how many words come due on each of the next days (no Textual).

Days are the learner's local dates; a card already overdue counts as due today.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta

from reader.vocab.status import LEARNING_RANGE


@dataclass(frozen=True)
class ReviewDay:
    date: str
    reviews: int
    again: int  # answers "again": words the learner had forgotten


@dataclass(frozen=True)
class DueDay:
    date: str
    due: int


@dataclass(frozen=True)
class ReviewStats:
    reviews_today: int
    due_today: int
    new_waiting: int  # words in learning stages never reviewed yet
    by_day: list[ReviewDay]
    forecast: list[DueDay]

    def to_dict(self) -> dict:
        return asdict(self)


def _local_date(utc_text: str) -> date:
    return datetime.fromisoformat(utc_text).astimezone().date()


def review_stats(
    connection: sqlite3.Connection, today: date | None = None, past_days: int = 30, forecast_days: int = 14
) -> ReviewStats:
    today = today or date.today()
    first = today - timedelta(days=past_days - 1)
    reviews: Counter[date] = Counter()
    again: Counter[date] = Counter()
    # One day of margin either side of the local window: time zones shift UTC dates by up to a day.
    rows = connection.execute(
        "SELECT reviewed_at, rating FROM review_log WHERE reviewed_at >= ?", ((first - timedelta(days=1)).isoformat(),)
    )
    for reviewed_at, rating in rows:
        day = _local_date(reviewed_at)
        reviews[day] += 1
        again[day] += rating == 1
    due: Counter[date] = Counter()
    rows = connection.execute(
        "SELECT c.due FROM review_cards c JOIN terms t ON t.id = c.term_id WHERE t.status BETWEEN ? AND ?"
        " AND c.due < ?",
        (*LEARNING_RANGE, (today + timedelta(days=forecast_days + 1)).isoformat()),
    )
    for (due_at,) in rows:
        due[max(today, _local_date(due_at))] += 1
    new_waiting = connection.execute(
        "SELECT COUNT(*) FROM terms t WHERE t.status BETWEEN ? AND ?"
        " AND NOT EXISTS (SELECT 1 FROM review_cards c WHERE c.term_id = t.id)",
        LEARNING_RANGE,
    ).fetchone()[0]
    past = [first + timedelta(days=n) for n in range(past_days)]
    ahead = [today + timedelta(days=n) for n in range(forecast_days)]
    return ReviewStats(
        reviews_today=reviews[today],
        due_today=due[today],
        new_waiting=new_waiting,
        by_day=[ReviewDay(day.isoformat(), reviews[day], again[day]) for day in past],
        forecast=[DueDay(day.isoformat(), due[day]) for day in ahead],
    )
