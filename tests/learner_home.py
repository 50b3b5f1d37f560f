"""A learner's home as the fault tests need it: articles, words, yesterday's backup; and ways to damage a
database file."""

from __future__ import annotations

import random
import sqlite3
from datetime import date, timedelta
from pathlib import Path

from reader.library import Library
from reader.vocab import Status, TermKey, Vocabulary
from reader.vocab.backup import daily_backup

YESTERDAY = {("Außenminister", "NOUN", "m"): 2, ("japanisch", "ADJ", ""): 99, ("Spannung", "NOUN", "f"): 3}
TODAY = {**YESTERDAY, ("Bündnis", "NOUN", "n"): 1}


def seed(home: Path, backup_yesterday: bool = True) -> None:
    """The bundled articles and YESTERDAY's statuses, backed up yesterday; then today's change (TODAY)."""
    library = Library(home)
    library.add_bundled()
    vocabulary = Vocabulary(library.connection)
    for (term, pos, gender), status in YESTERDAY.items():
        vocabulary.set_status([TermKey(term, pos, gender)], Status(status))
    library.close()
    if backup_yesterday:
        daily_backup(home, today=date.today() - timedelta(days=1))
    library = Library(home)
    Vocabulary(library.connection).set_status([TermKey("Bündnis", "NOUN", "n")], Status.LEARNING_1)
    library.close()  # the last connection checkpoints: every page is in reader.db itself


def statuses(path: Path) -> dict[tuple[str, str, str], int]:
    connection = sqlite3.connect(path)
    try:
        return {(term, pos, gender): status for term, pos, gender, status in
                connection.execute("SELECT term, pos, gender, status FROM terms")}
    finally:
        connection.close()


def write_garbage_into_the_middle(path: Path, size: int = 8192) -> None:
    """What a failing disk, or a copy taken while the file was written, leaves behind."""
    with path.open("r+b") as handle:
        handle.seek(path.stat().st_size // 2)
        handle.write(random.Random(21).randbytes(size))


def replace_with_random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(21).randbytes(64 * 1024))


def cut_in_half(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def mark_as_newer_schema(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 999")
    connection.close()


def break_an_index(path: Path) -> None:
    """Damage only an index (its definition no longer matches its entries): `quick_check` on opening
    passes, the full `integrity_check` of the backup does not."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA writable_schema = ON")
    connection.execute(
        "UPDATE sqlite_schema SET sql = 'CREATE INDEX terms_status_by_key ON terms (note, pos, gender, status)'"
        " WHERE name = 'terms_status_by_key'"
    )
    connection.close()

