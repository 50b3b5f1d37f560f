"""Daily backups of the learner's database, and putting one back: `<home>/backups/reader-YYYY-MM-DD.db`.

Taken with SQLite's online backup API, so a backup is a consistent snapshot
even while another instance writes. A backup is written to a temporary file,
checked with `integrity_check`, and only then renamed into place and allowed
to retire the oldest ones (the last 7 days are kept): a damaged database never
rotates the good backups away. `restore` puts a backup in place and moves the
database it replaces aside (damaged or not, it is never deleted).
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from reader import db
from reader.errors import DatabaseDamaged, ReaderError
from reader.paths import database_path

KEEP_DAYS = 7
_NAME = re.compile(r"^reader-(\d{4}-\d{2}-\d{2})\.db$")
# SQLite keeps a database's last writes in these files beside it: they move with it.
_COMPANIONS = ("-wal", "-shm")


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
    """Take today's backup unless there is one, drop those older than `keep_days`; return the new backup's path.

    Raises `DatabaseDamaged` (and keeps every backup) when the copy fails its integrity check.
    """
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
                db.check(destination, database_path(home), thorough=True)
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


def damage_report(home: Path, damage: DatabaseDamaged) -> str:
    """One line for a learner whose database is damaged: what happened and which backup can replace it."""
    newest = backups(home)
    if not newest:
        return f"{damage}; there is no backup in {backup_dir(home)} to restore, and the file is left as it is"
    day, path = newest[-1]
    return f"{damage}; the newest backup is {path} ({day:%d %b %Y}): `reader restore` puts it in place"


@dataclass(frozen=True)
class Restored:
    """What `restore` did: which backup it put in place, and where the database it replaced went."""

    backup: Path
    replaced: Path | None  # None when there was no database
    terms: int
    articles: int


def restore(home: Path, backup: Path | None = None, now: datetime | None = None) -> Restored:
    """Put `backup` (default: the newest one that passes its integrity check) in place of the database.

    The database it replaces is moved aside as `reader-replaced-<time>.db`, with its WAL, never deleted.
    The backup is copied in under a temporary name first, so no moment leaves `home` without a database.
    """
    source = _checked(backup) if backup is not None else _newest_sound_backup(home)
    database = database_path(home)
    incoming = database.with_name(database.name + ".restoring")
    shutil.copyfile(source, incoming)
    with open(incoming, "rb+") as handle:
        os.fsync(handle.fileno())
    replaced = None
    if database.exists():
        stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
        replaced = database.with_name(f"reader-replaced-{stamp}.db")
        for end in ("", *_COMPANIONS):
            if Path(f"{database}{end}").exists():
                os.replace(f"{database}{end}", f"{replaced}{end}")
    os.replace(incoming, database)
    connection = db.connect(database)  # upgrades an older backup's schema
    try:
        terms = connection.execute("SELECT count(*) FROM terms").fetchone()[0]
        articles = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        connection.close()
    return Restored(backup=source, replaced=replaced, terms=terms, articles=articles)


def find_backup(home: Path, name: str) -> Path:
    """A backup named by its day (`2026-11-19`) or by its path."""
    for day, path in backups(home):
        if name == day.isoformat():
            return path
    path = Path(name).expanduser()
    if not path.is_file():
        raise ReaderError(f"no backup {name}: give a day (YYYY-MM-DD) of one in {backup_dir(home)}, or a file")
    return path


def _newest_sound_backup(home: Path) -> Path:
    found = backups(home)
    if not found:
        raise ReaderError(f"no backup to restore in {backup_dir(home)} (the app takes one each day it starts)")
    for _, path in reversed(found):
        try:
            return _checked(path)
        except ReaderError:  # damaged, unreadable or from a newer reader: try the day before
            continue
    raise ReaderError(f"every backup in {backup_dir(home)} is damaged: none can be restored")


def _checked(path: Path) -> Path:
    try:
        db.check_file(path)
    except sqlite3.Error as error:
        raise ReaderError(f"{path} cannot be read as a backup ({error})") from None
    return path
