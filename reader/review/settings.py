"""Review settings kept in the learner's database: who schedules the words, how many new cards a day.

Either the built-in review or Anki schedules the learner's words, never both:
two schedulers would each move the same word on its own clock.
"""

from __future__ import annotations

import sqlite3

from reader import db
from reader.errors import ReaderError

SCHEDULERS = ("reader", "anki")
DEFAULT_SCHEDULER = "reader"
DEFAULT_NEW_PER_DAY = 20  # Anki's default: new words enter the review at a pace a learner keeps up with

_SCHEDULER = "review.scheduler"
_NEW_PER_DAY = "review.new_per_day"


def _get(connection: sqlite3.Connection, key: str) -> str | None:
    row = connection.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _set(connection: sqlite3.Connection, key: str, value: str) -> None:
    with db.transaction(connection):
        connection.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


def scheduler(connection: sqlite3.Connection) -> str:
    """"reader" (the built-in review) or "anki"."""
    return _get(connection, _SCHEDULER) or DEFAULT_SCHEDULER


def set_scheduler(connection: sqlite3.Connection, name: str) -> None:
    if name not in SCHEDULERS:
        raise ReaderError(f"unknown scheduler {name!r} (use {' or '.join(SCHEDULERS)})")
    _set(connection, _SCHEDULER, name)


def new_per_day(connection: sqlite3.Connection) -> int:
    value = _get(connection, _NEW_PER_DAY)
    return int(value) if value is not None else DEFAULT_NEW_PER_DAY


def set_new_per_day(connection: sqlite3.Connection, count: int) -> None:
    if count < 0:
        raise ReaderError("new cards per day: give 0 or more")
    _set(connection, _NEW_PER_DAY, str(count))


def anki_schedules_message() -> str:
    """The one line a learner sees when the built-in review is off."""
    return "Anki schedules your words (so the two never fight); `reader review --scheduler reader` reviews them here."
