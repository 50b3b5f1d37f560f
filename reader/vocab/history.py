"""Reading history: how many words the learner read, per article and per day, and what they finished.

One row per article and (local) day: the furthest the learner got in that
article that day. Reading on in the same article the same day raises it;
re-reading an article on another day counts again, as reading does. Rows
outlive their article, so deleting an article never shrinks the history.
"""

from __future__ import annotations

import sqlite3
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reader import db


@dataclass(frozen=True)
class ReadingDay:
    date: str  # YYYY-MM-DD, the learner's local date
    words: int
    articles: int
    finished: int


def words_up_to(word_positions: Sequence[int], furthest_token: int) -> int:
    """How many words of an article lie at or before token index `furthest_token`."""
    return bisect_right(word_positions, furthest_token)


class ReadingHistory:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def record(
        self, article_id: int, words: int, total_words: int, finished: bool = False, day: date | None = None
    ) -> None:
        """The learner read `words` of `total_words` words of an article today (kept if more than before)."""
        words = max(0, min(words, total_words))
        finished = finished or (total_words > 0 and words >= total_words)
        with db.transaction(self.connection):
            self.connection.execute(
                "INSERT INTO reading_log (article_id, day, words, total_words, finished) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (article_id, day) DO UPDATE SET"
                " words = MAX(words, excluded.words), total_words = excluded.total_words,"
                " finished = MAX(finished, excluded.finished),"
                " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
                (article_id, (day or date.today()).isoformat(), words, total_words, int(finished)),
            )

    def words_read(self) -> int:
        return int(self.connection.execute("SELECT COALESCE(SUM(words), 0) FROM reading_log").fetchone()[0])

    def finished_articles(self) -> set[int]:
        rows = self.connection.execute("SELECT DISTINCT article_id FROM reading_log WHERE finished")
        return {row[0] for row in rows}

    def by_article(self) -> dict[int, int]:
        """Words read per article, over all days."""
        rows = self.connection.execute("SELECT article_id, SUM(words) FROM reading_log GROUP BY article_id")
        return {row[0]: int(row[1]) for row in rows}

    def by_day(self) -> list[ReadingDay]:
        rows = self.connection.execute(
            "SELECT day, SUM(words), COUNT(*), SUM(finished) FROM reading_log GROUP BY day ORDER BY day"
        )
        return [ReadingDay(row[0], int(row[1]), int(row[2]), int(row[3])) for row in rows]
