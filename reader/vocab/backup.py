"""Rotating daily backups of the learner's database: `<home>/backups/reader-YYYY-MM-DD.db`, last 7 days kept.

Taken with SQLite's online backup API, so a backup is a consistent snapshot
even while another instance writes. A backup is written to a temporary file and
renamed into place, so a crash never leaves a half-written backup behind a
good name. Restore by quitting the app and copying a backup over `reader.db`.
"""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import date, timedelta
from pathlib import Path

from reader.paths import database_path

KEEP_DAYS = 7
_NAME = re.compile(r"^reader-(\d{4}-\d{2}-\d{2})\.db$")


def backup_dir(home: Path) -> Path:
    return home / "backups"


def backups(home: Path) -> list[tuple[date, Path]]:
    """The backups in `home`, oldest first."""
    found = []
    directory = backup_dir(home)
    if directory.is_dir():
        for path in directory.iterdir():
            match = _NAME.match(path.name)
            if match:
                try:
                    found.append((date.fromisoformat(match.group(1)), path))
                except ValueError:
                    continue
    return sorted(found)


def daily_backup(
    home: Path, connection: sqlite3.Connection | None = None, today: date | None = None, keep_days: int = KEEP_DAYS
) -> Path | None:
    """Take today's backup unless there is one, drop those older than `keep_days`; return the new backup's path."""
    today = today or date.today()
    directory = backup_dir(home)
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / f"reader-{today.isoformat()}.db"
    made = None
    if not target.exists():
        own = connection is None
        source = sqlite3.connect(database_path(home), timeout=10.0) if own else connection
        partial = target.with_name(target.name + ".partial")
        try:
            destination = sqlite3.connect(partial)
            try:
                source.backup(destination)
            finally:
                destination.close()
            os.replace(partial, target)
            made = target
        finally:
            if own:
                source.close()
            partial.unlink(missing_ok=True)
    oldest_kept = today - timedelta(days=keep_days - 1)
    for day, path in backups(home):
        if day < oldest_kept:
            path.unlink(missing_ok=True)
    return made
