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
from datetime import date

from reader import db


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
