"""The learner's SQLite database: connection settings, schema migrations, and the check on opening.

WAL mode and a busy timeout let two running instances share one database;
`PRAGMA user_version` records which migrations have run, so an old database
is upgraded in place and never rebuilt. Before anything reads or writes it, a
database is checked (`PRAGMA quick_check`, about 40 ms for 100 MB) and refused
when it is damaged or comes from a newer reader, so neither is made worse.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from reader.errors import DatabaseDamaged, DatabaseTooNew

# What a database call may raise, named here so the UI and the commands never import sqlite3.
Error = sqlite3.Error
DatabaseError = sqlite3.DatabaseError

# Each entry upgrades the schema by one version; append, never edit.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        date TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT 'de',
        body TEXT NOT NULL,
        sha256 TEXT NOT NULL UNIQUE,
        origin TEXT NOT NULL DEFAULT '',
        added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE TABLE analyses (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        engine TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (article_id, engine)
    );
    """,
    """
    CREATE TABLE terms (
        id INTEGER PRIMARY KEY,
        term TEXT NOT NULL,
        pos TEXT NOT NULL,
        gender TEXT NOT NULL DEFAULT '',
        status INTEGER NOT NULL DEFAULT 0,
        article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
        first_seen TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        note TEXT NOT NULL DEFAULT '',
        UNIQUE (term, pos, gender)
    );
    CREATE TABLE status_history (
        id INTEGER PRIMARY KEY,
        term_id INTEGER NOT NULL REFERENCES terms(id) ON DELETE CASCADE,
        status INTEGER NOT NULL,
        changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );
    CREATE INDEX status_history_by_term ON status_history (term_id, changed_at);
    """,
    """
    ALTER TABLE articles ADD COLUMN author TEXT NOT NULL DEFAULT '';
    ALTER TABLE articles ADD COLUMN site TEXT NOT NULL DEFAULT '';
    ALTER TABLE articles ADD COLUMN guid TEXT NOT NULL DEFAULT '';
    CREATE INDEX articles_by_url ON articles (url);
    CREATE INDEX articles_by_guid ON articles (guid);
    CREATE TABLE feeds (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL DEFAULT '',
        added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        checked_at TEXT
    );
    ALTER TABLE terms ADD COLUMN sentence TEXT NOT NULL DEFAULT '';
    ALTER TABLE terms ADD COLUMN spans TEXT NOT NULL DEFAULT '[]';
    """,
    """
    CREATE TABLE reading_log (
        article_id INTEGER NOT NULL,
        day TEXT NOT NULL,
        words INTEGER NOT NULL DEFAULT 0,
        total_words INTEGER NOT NULL DEFAULT 0,
        finished INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        PRIMARY KEY (article_id, day)
    );
    CREATE INDEX reading_log_by_day ON reading_log (day);
    CREATE TABLE article_terms (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        engine TEXT NOT NULL,
        term TEXT NOT NULL,
        pos TEXT NOT NULL,
        gender TEXT NOT NULL DEFAULT '',
        count INTEGER NOT NULL,
        PRIMARY KEY (article_id, term, pos, gender)
    ) WITHOUT ROWID;
    CREATE INDEX article_terms_by_term ON article_terms (term, pos, gender);
    CREATE INDEX terms_status_by_key ON terms (term, pos, gender, status);
    CREATE TABLE stats_hours (
        hour TEXT PRIMARY KEY,
        known_delta INTEGER NOT NULL,
        learned INTEGER NOT NULL,
        marked INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE article_shares (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        tokens INTEGER NOT NULL,
        unknown INTEGER NOT NULL,
        known INTEGER NOT NULL
    );
    CREATE TABLE stats_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
    ALTER TABLE status_history ADD COLUMN source TEXT NOT NULL DEFAULT '';
    CREATE INDEX status_history_by_time ON status_history (changed_at);
    """,
    """
    CREATE TABLE analysis_readings (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        engine TEXT NOT NULL,
        data BLOB NOT NULL
    );
    CREATE TABLE article_summaries (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        engine TEXT NOT NULL,
        level TEXT NOT NULL,
        score REAL NOT NULL
    );
    """,
    """
    CREATE TABLE review_cards (
        term_id INTEGER PRIMARY KEY REFERENCES terms(id) ON DELETE CASCADE,
        state INTEGER NOT NULL,
        step INTEGER,
        stability REAL,
        difficulty REAL,
        due TEXT NOT NULL,
        last_review TEXT,
        introduced_at TEXT NOT NULL
    );
    CREATE INDEX review_cards_by_due ON review_cards (due);
    CREATE TABLE review_log (
        id INTEGER PRIMARY KEY,
        term_id INTEGER NOT NULL REFERENCES terms(id) ON DELETE CASCADE,
        rating INTEGER NOT NULL,
        reviewed_at TEXT NOT NULL,
        due TEXT NOT NULL,
        status_before INTEGER NOT NULL,
        status_after INTEGER NOT NULL
    );
    CREATE INDEX review_log_by_time ON review_log (reviewed_at);
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
    """,
    # 7: placement tests (terms they assume known get status 97, "known (assumed)"); article levels are
    # dropped so the recalibrated difficulty score remakes them from the cached analyses.
    """
    CREATE TABLE placements (
        id INTEGER PRIMARY KEY,
        taken_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        answers TEXT NOT NULL,
        vocabulary_size INTEGER NOT NULL
    );
    DELETE FROM article_summaries;
    """,
    # 8: an analysis is stored once, in the compact reading form (analysis_readings). The full JSON kept
    # beside it goes; the JSON of an article that has no reading form yet waits in analyses_to_convert,
    # which Library converts (and drops) when it first opens the database.
    """
    DELETE FROM analyses WHERE EXISTS
        (SELECT 1 FROM analysis_readings r WHERE r.article_id = analyses.article_id AND r.engine = analyses.engine);
    ALTER TABLE analyses RENAME TO analyses_to_convert;
    """,
    # 9: each article's count of distinct unknown terms, beside its unknown tokens, for the fit (new words
    # counted once); forgetting the last history id counted makes the next look recount every article.
    """
    ALTER TABLE article_shares ADD COLUMN unknown_terms INTEGER NOT NULL DEFAULT 0;
    DELETE FROM stats_state WHERE key = 'shares_id';
    """,
)




def connect(path: Path) -> sqlite3.Connection:
    """Open (creating and migrating if needed) the database at `path`, after checking it.

    Raises `DatabaseDamaged` or `DatabaseTooNew` before anything is written.
    """
    connection = sqlite3.connect(path, timeout=10.0, isolation_level=None)
    try:
        connection.row_factory = sqlite3.Row
        check(connection, path)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA busy_timeout=10000")
        connection.execute("PRAGMA foreign_keys=ON")
        migrate(connection)
    except BaseException:
        connection.close()
        raise
    return connection


def check(connection: sqlite3.Connection, path: Path, *, thorough: bool = False) -> None:
    """Raise `DatabaseTooNew` for a schema newer than `MIGRATIONS`, `DatabaseDamaged` for a damaged file.

    Only reads. `thorough` runs the full `integrity_check` (it also compares every index with its
    table), for backups; opening runs the faster `quick_check`.
    """
    try:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise DatabaseTooNew(path, version, len(MIGRATIONS))
        pragma = "integrity_check" if thorough else "quick_check"
        problems = [row[0] for row in connection.execute(f"PRAGMA {pragma}(1)")]
    except sqlite3.DatabaseError as error:
        if is_damage(error):
            raise DatabaseDamaged(path, str(error)) from None
        raise
    if problems != ["ok"]:
        raise DatabaseDamaged(path, _first_problem(problems))


def check_file(path: Path) -> None:
    """The thorough `check` of a database file that is not in use (a backup), opened read-only."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        check(connection, path, thorough=True)
    finally:
        connection.close()


def _first_problem(problems: list[str]) -> str:
    # SQLite heads its report with "*** in database main ***"; the line after it names the problem.
    lines = [line for text in problems for line in text.splitlines() if line and not line.startswith("***")]
    return lines[0] if lines else "the check found problems"


def is_damage(error: sqlite3.Error) -> bool:
    """True when SQLite says the file itself is damaged (SQLITE_CORRUPT and its extended codes such as
    SQLITE_CORRUPT_INDEX), or is not a database (SQLITE_NOTADB)."""
    name = getattr(error, "sqlite_errorname", "")
    return name.startswith("SQLITE_CORRUPT") or name == "SQLITE_NOTADB"


def migrate(connection: sqlite3.Connection) -> None:
    """Run the migrations this database has not seen yet, each in its own transaction."""
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
        with transaction(connection):
            # Re-read inside the lock: another process may have migrated meanwhile.
            if connection.execute("PRAGMA user_version").fetchone()[0] >= number:
                continue
            for statement in filter(str.strip, script.split(";")):
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version={number}")


@contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction, taken at once (`IMMEDIATE`) so concurrent writers queue instead of failing."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")
