"""Vocabulary progress: known terms over time, terms learned per day and week, words read,
the reading streak, and how much of each analyzed article the learner can now read (no Textual).

Days are the learner's local dates. A term is *learned* on the day it first
became known; terms imported from another tool count towards the known total
but not as learned on the import day. An article's *readable* share is the
share of its word tokens (names and numbers excluded) whose term the learner
has marked at all, the complement of the library's unknown share.
"""

from __future__ import annotations

import functools
import sqlite3
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta

from reader import db
from reader.vocab.status import IGNORED, KNOWN, KNOWN_ASSUMED, LEARNING, UNKNOWN
from reader.vocab.vocabulary import IMPORT_SOURCE, Vocabulary


@dataclass(frozen=True)
class DayStats:
    date: str
    learned: int  # terms that became known for the first time that day
    known_total: int  # known terms at the end of the day
    words_read: int


@dataclass(frozen=True)
class WeekStats:
    week: str  # ISO week, "2026-W48"
    learned: int
    words_read: int


@dataclass(frozen=True)
class ArticleStats:
    id: int
    title: str
    words: int  # word tokens that count (names and numbers excluded)
    readable: float  # share of those tokens whose term the learner has marked (0..1)
    known_share: float  # share whose term is known or ignored
    words_read: int
    finished: bool


@dataclass(frozen=True)
class Stats:
    known: int
    learning: int
    ignored: int
    terms: int
    words_read: int
    articles_finished: int
    streak: int  # consecutive days of reading or learning, up to today (or yesterday)
    longest_streak: int
    learned_today: int
    # Known (assumed) by the placement test, kept apart from the words the learner marked known.
    assumed: int = 0
    by_day: list[DayStats] = field(default_factory=list)
    by_week: list[WeekStats] = field(default_factory=list)
    articles: list[ArticleStats] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def compute(connection: sqlite3.Connection, today: date | None = None, articles: bool = True) -> Stats:
    today = today or date.today()
    counts = Vocabulary(connection).counts()
    learned, known_delta, active = _status_days(connection)
    read = dict(connection.execute("SELECT day, SUM(words) FROM reading_log GROUP BY day").fetchall())
    active |= {day for day, words in read.items() if words}
    by_day = _by_day(learned, known_delta, read, today)
    streak, longest = _streaks(active, today)
    return Stats(
        known=counts.get(KNOWN, 0),
        learning=sum(counts.get(stage, 0) for stage in LEARNING),
        ignored=counts.get(IGNORED, 0),
        terms=sum(counts.values()),
        words_read=sum(read.values()),
        articles_finished=connection.execute(
            "SELECT COUNT(DISTINCT article_id) FROM reading_log WHERE finished"
        ).fetchone()[0],
        streak=streak,
        longest_streak=longest,
        learned_today=learned.get(today.isoformat(), 0),
        assumed=counts.get(KNOWN_ASSUMED, 0),
        by_day=by_day,
        by_week=_by_week(by_day),
        articles=article_stats(connection) if articles else [],
    )


def _status_days(connection: sqlite3.Connection) -> tuple[Counter[str], Counter[str], set[str]]:
    """Per local day: terms first known, change of the known total; and the days the learner marked words.

    Counted per UTC hour, then each hour is mapped to the learner's local date
    (exact for whole-hour time zones, DST included). Each history row is
    counted once into `stats_hours`: `stats_state` keeps the last history id
    counted (ids grow in commit order, SQLite having one writer at a time).
    """
    newest = _newest_history_id(connection)
    if int(_state(connection, "hours_id") or 0) < newest:
        with db.transaction(connection):
            last = int(_state(connection, "hours_id") or 0)  # re-read under the lock
            newest = _newest_history_id(connection)
            if last < newest:
                connection.executemany(
                    "INSERT INTO stats_hours (hour, known_delta, learned, marked) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT (hour) DO UPDATE SET known_delta = known_delta + excluded.known_delta,"
                    " learned = learned + excluded.learned, marked = marked + excluded.marked",
                    _count_hours(connection, last),
                )
                _set_state(connection, "hours_id", str(newest))
    learned: Counter[str] = Counter()
    known_delta: Counter[str] = Counter()
    active: set[str] = set()
    for hour, delta, first_known, marked in connection.execute("SELECT * FROM stats_hours"):
        day = _local_day(hour)
        known_delta[day] += delta
        learned[day] += first_known
        if marked:
            active.add(day)
    return learned, known_delta, active


def _newest_history_id(connection: sqlite3.Connection) -> int:
    return connection.execute("SELECT COALESCE(MAX(id), 0) FROM status_history").fetchone()[0]


def _count_hours(connection: sqlite3.Connection, last: int) -> list[tuple[str, int, int, int]]:
    """Per UTC hour, over history rows after id `last`: change of the known total, terms known for the
    first time (not by import), changes the learner made."""
    return [
        tuple(row)
        for row in connection.execute(
            "SELECT substr(changed_at, 1, 13) AS hour,"
            " SUM(CASE WHEN status = :known AND COALESCE(prev, :unknown) != :known THEN 1"
            " WHEN prev = :known AND status != :known THEN -1 ELSE 0 END),"
            " SUM(first_known AND source != :import),"
            " SUM(source != :import)"
            " FROM (SELECT h.status, h.source, h.changed_at,"
            "  COALESCE(LAG(h.status) OVER (PARTITION BY h.term_id ORDER BY h.changed_at, h.id),"
            "   (SELECT p.status FROM status_history p WHERE p.term_id = h.term_id AND p.id <= :last"
            "    ORDER BY p.changed_at DESC, p.id DESC LIMIT 1)) AS prev,"
            "  h.status = :known AND NOT EXISTS (SELECT 1 FROM status_history p WHERE p.term_id = h.term_id"
            "   AND p.status = :known AND (p.changed_at < h.changed_at OR (p.changed_at = h.changed_at AND p.id < h.id)))"
            "   AS first_known"
            "  FROM status_history h WHERE h.id > :last)"
            " GROUP BY hour",
            {"import": IMPORT_SOURCE, "last": last, "known": KNOWN, "unknown": UNKNOWN},
        )
    ]


def _state(connection: sqlite3.Connection, key: str) -> str | None:
    row = connection.execute("SELECT value FROM stats_state WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _set_state(connection: sqlite3.Connection, key: str, value: str) -> None:
    connection.execute(
        "INSERT INTO stats_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def invalidate(connection: sqlite3.Connection) -> None:
    """Forget the counted hours and article shares (call inside the transaction that rewrites history)."""
    connection.execute("DELETE FROM stats_hours")
    connection.execute("DELETE FROM article_shares")
    connection.execute("DELETE FROM stats_state")


@functools.lru_cache(maxsize=65536)
def _local_day(utc_hour: str) -> str:
    """'2026-11-27T23' (UTC) → the learner's local date of that hour."""
    try:
        moment = datetime.fromisoformat(f"{utc_hour}:00:00+00:00")
    except ValueError:
        return utc_hour[:10]
    return moment.astimezone().date().isoformat()


def _by_day(learned: Counter[str], known_delta: Counter[str], read: dict[str, int], today: date) -> list[DayStats]:
    days = set(learned) | set(known_delta) | set(read)
    if not days:
        return []
    first = date.fromisoformat(min(days))
    last = max(today, date.fromisoformat(max(days)))
    out, known = [], 0
    # Imported history can reach back years: the list stays one row per calendar day.
    for offset in range((last - first).days + 1):
        day = (first + timedelta(days=offset)).isoformat()
        known += known_delta.get(day, 0)
        out.append(DayStats(day, learned.get(day, 0), known, int(read.get(day, 0))))
    return out


def _by_week(by_day: list[DayStats]) -> list[WeekStats]:
    weeks: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for day in by_day:
        year, week, _ = date.fromisoformat(day.date).isocalendar()
        totals = weeks[f"{year}-W{week:02d}"]
        totals[0] += day.learned
        totals[1] += day.words_read
    return [WeekStats(week, learned, words) for week, (learned, words) in weeks.items()]


def _streaks(active: set[str], today: date) -> tuple[int, int]:
    """The current streak (today still counts as open: a streak up to yesterday is alive) and the longest."""
    streak = 0
    day = today if today.isoformat() in active else today - timedelta(days=1)
    while day.isoformat() in active:
        streak += 1
        day -= timedelta(days=1)
    longest, run, before = 0, 0, None
    for current in sorted(date.fromisoformat(d) for d in active):
        run = run + 1 if before is not None and current - before == timedelta(days=1) else 1
        longest = max(longest, run)
        before = current
    return streak, longest


def article_stats(connection: sqlite3.Connection) -> list[ArticleStats]:
    """How much of each analyzed article the learner can read now, with what they read of it.

    Shares are kept in `article_shares` and recounted only for articles that
    hold a term whose status changed since the last count (or that are new).
    """
    _refresh_shares(connection)
    rows = connection.execute(
        "SELECT s.article_id, a.title, s.tokens, s.unknown, s.known FROM article_shares s"
        " JOIN articles a ON a.id = s.article_id ORDER BY a.date DESC, s.article_id"
    ).fetchall()
    read = dict(connection.execute("SELECT article_id, SUM(words) FROM reading_log GROUP BY article_id").fetchall())
    finished = {row[0] for row in connection.execute("SELECT DISTINCT article_id FROM reading_log WHERE finished")}
    return [
        ArticleStats(
            id=article_id,
            title=title,
            words=tokens,
            readable=round(1 - unknown / tokens, 4) if tokens else 1.0,
            known_share=round(known / tokens, 4) if tokens else 1.0,
            words_read=int(read.get(article_id, 0)),
            finished=article_id in finished,
        )
        for article_id, title, tokens, unknown, known in rows
    ]


@dataclass(frozen=True)
class ArticleShare:
    """What of an analyzed article is still unknown to the learner (names and numbers never count)."""

    tokens: int  # word tokens
    unknown: int  # of them, those whose term is unknown
    unknown_terms: int  # distinct unknown terms: the new words the article holds (difficulty.new_word_share)

    @property
    def unknown_share(self) -> float:
        return self.unknown / self.tokens if self.tokens else 0.0


def article_shares(connection: sqlite3.Connection) -> dict[int, ArticleShare]:
    """Each analyzed article's unknown counts, from the kept counts, recounted only where a status changed
    since the last look."""
    _refresh_shares(connection)
    rows = connection.execute("SELECT article_id, tokens, unknown, unknown_terms FROM article_shares").fetchall()
    return {row[0]: ArticleShare(*row[1:]) for row in rows}


def unknown_shares(connection: sqlite3.Connection) -> dict[int, float]:
    """The share of each analyzed article's word tokens (names and numbers excluded) still unknown to the learner."""
    return {article_id: share.unknown_share for article_id, share in article_shares(connection).items()}


_STATUS_PARAMETERS = {"unknown": UNKNOWN, "ignored": IGNORED, "known": KNOWN}
_SHARES = (
    "SELECT x.article_id, SUM(x.count),"
    " SUM(CASE WHEN COALESCE(t.status, :unknown) = :unknown THEN x.count ELSE 0 END),"
    " SUM(CASE WHEN t.status IN (:ignored, :known) THEN x.count ELSE 0 END),"
    " SUM(COALESCE(t.status, :unknown) = :unknown)"
    " FROM article_terms x"
    # The covering index answers each lookup without reading the term's row: 3x faster than the unique index.
    " LEFT JOIN terms t INDEXED BY terms_status_by_key"
    " ON t.term = x.term AND t.pos = x.pos AND t.gender = x.gender"
)


def _refresh_shares(connection: sqlite3.Connection) -> None:
    last = _state(connection, "shares_id")
    newest = _newest_history_id(connection)
    missing = connection.execute(
        "SELECT an.article_id FROM analysis_readings an WHERE NOT EXISTS"
        " (SELECT 1 FROM article_shares s WHERE s.article_id = an.article_id)"
    ).fetchall()
    if last is not None and int(last) >= newest and not missing:
        return
    upsert = (
        " ON CONFLICT (article_id) DO UPDATE SET tokens = excluded.tokens, unknown = excluded.unknown,"
        " known = excluded.known, unknown_terms = excluded.unknown_terms"
    )
    with db.transaction(connection):
        last, newest = _state(connection, "shares_id"), _newest_history_id(connection)  # under the lock
        if last is None:
            connection.execute("DELETE FROM article_shares")
            connection.execute(
                f"INSERT INTO article_shares (article_id, tokens, unknown, known, unknown_terms) {_SHARES}"
                f" WHERE true GROUP BY x.article_id{upsert}",
                _STATUS_PARAMETERS,
            )
        else:
            # Terms whose status changed since the last count move their tokens between the counts of
            # every article holding them: status then (the last change counted) against status now.
            deltas = connection.execute(
                "WITH changed AS (SELECT t.term, t.pos, t.gender, t.status AS after,"
                "  COALESCE((SELECT p.status FROM status_history p WHERE p.term_id = t.id AND p.id <= :last"
                "   ORDER BY p.id DESC LIMIT 1), :unknown) AS before"
                "  FROM terms t WHERE t.id IN (SELECT term_id FROM status_history WHERE id > :last))"
                " SELECT x.article_id, SUM(x.count * ((c.after = :unknown) - (c.before = :unknown))),"
                " SUM(x.count * ((c.after IN (:ignored, :known)) - (c.before IN (:ignored, :known)))),"
                " SUM((c.after = :unknown) - (c.before = :unknown))"
                " FROM changed c JOIN article_terms x ON x.term = c.term AND x.pos = c.pos AND x.gender = c.gender"
                " GROUP BY x.article_id",
                {"last": int(last), **_STATUS_PARAMETERS},
            ).fetchall()
            connection.executemany(
                "UPDATE article_shares SET unknown = unknown + ?, known = known + ?, unknown_terms = unknown_terms + ?"
                " WHERE article_id = ?",
                [
                    (unknown, known, terms, article_id)
                    for article_id, unknown, known, terms in deltas if unknown or known or terms
                ],
            )
            missing = connection.execute(
                "SELECT an.article_id FROM analysis_readings an WHERE NOT EXISTS"
                " (SELECT 1 FROM article_shares s WHERE s.article_id = an.article_id)"
            ).fetchall()
            for (article_id,) in missing:
                connection.execute(
                    f"INSERT INTO article_shares (article_id, tokens, unknown, known, unknown_terms) {_SHARES}"
                    f" WHERE x.article_id = :article GROUP BY x.article_id{upsert}",
                    {"article": article_id, **_STATUS_PARAMETERS},
                )
        # An analysis without a single countable word still gets its row, so it is not looked at again.
        connection.execute(
            "INSERT OR IGNORE INTO article_shares (article_id, tokens, unknown, known)"
            " SELECT article_id, 0, 0, 0 FROM analysis_readings"
        )
        _set_state(connection, "shares_id", str(newest))


def store_article_terms(connection: sqlite3.Connection, article_id: int, engine: str, counts: Counter) -> None:
    """Keep an analysis's term counts; its share is recounted at the next look (call inside a transaction)."""
    connection.execute("DELETE FROM article_terms WHERE article_id = ?", (article_id,))
    connection.execute("DELETE FROM article_shares WHERE article_id = ?", (article_id,))
    connection.executemany(
        "INSERT INTO article_terms (article_id, engine, term, pos, gender, count) VALUES (?, ?, ?, ?, ?, ?)",
        [(article_id, engine, key.term, key.pos, key.gender, n) for key, n in counts.items()],
    )
