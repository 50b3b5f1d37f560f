"""The learner's library: articles and their analyses in the SQLite database.

An article is analyzed once (`Library.ensure_analyzed`) and stored once, in the compact reading form
(reader.library.compact), keyed by `engine_version()`: pipeline, rules, lexicon and frequency list.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import orjson

from reader import db
from reader.difficulty import score
from reader.errors import ReaderError
from reader.library.article import Article, load_article
from reader.library.compact import CompactAnalysis
from reader.nlp import Analysis, engine_version
from reader.paths import BUNDLED_TEXTS_DIR, database_path
from reader.vocab import TermKey
from reader.vocab.coverage import term_counts
from reader.vocab.placement import assume_known
from reader.vocab.stats import store_article_terms


@dataclass(frozen=True)
class StoredArticle:
    """An article as the library holds it, with its database id."""

    id: int
    article: Article
    added_at: str


@dataclass(frozen=True)
class ArticleSummary:
    """What the library lists about an analyzed article, kept at save time so listing decodes no analysis."""

    level: str  # CEFR-like, from `difficulty.score`
    score: float


@dataclass(frozen=True)
class Feed:
    """An RSS/Atom feed the learner follows; `reader feeds update` imports its new items."""

    id: int
    url: str
    title: str
    added_at: str
    checked_at: str | None


class Library:
    """Articles and cached analyses of one learner's home."""

    def __init__(self, home: Path) -> None:
        self.home = home
        home.mkdir(parents=True, exist_ok=True)
        self.connection: sqlite3.Connection = db.connect(database_path(home))
        self._convert_old_analyses()

    def close(self) -> None:
        self.connection.close()

    def add(self, article: Article) -> int:
        """Store an article unless the same text is there already; return its id either way."""
        row = self.connection.execute(
            "INSERT INTO articles (title, source, url, date, language, body, sha256, origin, author, site, guid)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (sha256) DO UPDATE SET sha256 = excluded.sha256"
            " RETURNING id",
            (
                article.title,
                article.source,
                article.url,
                article.date,
                article.language,
                article.body,
                article.sha256,
                article.origin,
                article.author,
                article.site,
                article.guid,
            ),
        ).fetchone()
        return int(row["id"])

    def import_file(self, path: Path) -> int:
        return self.add(load_article(path))

    def add_bundled(self) -> list[int]:
        """Make sure every bundled article in `texts/` is in the library."""
        paths = sorted(p for p in BUNDLED_TEXTS_DIR.glob("*.md") if p.name != "README.md")
        return [self.import_file(path) for path in paths]

    def unanalyzed(self) -> list[int]:
        """Ids of the articles without an analysis by the current engine, oldest first."""
        rows = self.connection.execute(
            "SELECT id FROM articles a WHERE NOT EXISTS"
            " (SELECT 1 FROM analysis_readings r WHERE r.article_id = a.id AND r.engine = ?) ORDER BY id",
            (engine_version(),),
        ).fetchall()
        return [int(row["id"]) for row in rows]

    def get(self, article_id: int) -> StoredArticle | None:
        row = self.connection.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        return _stored(row) if row else None

    def articles(self) -> list[StoredArticle]:
        rows = self.connection.execute("SELECT * FROM articles ORDER BY date DESC, id").fetchall()
        return [_stored(row) for row in rows]

    def find_by_url(self, url: str) -> int | None:
        """The id of an article imported from `url` (its page or canonical address), if any."""
        if not url:
            return None
        row = self.connection.execute(
            "SELECT id FROM articles WHERE url = ? OR origin = ? ORDER BY id LIMIT 1", (url, url)
        ).fetchone()
        return int(row["id"]) if row else None

    def find_by_guid(self, guid: str) -> int | None:
        """The id of an article imported from the feed item `guid`, if any."""
        if not guid:
            return None
        row = self.connection.execute("SELECT id FROM articles WHERE guid = ? ORDER BY id LIMIT 1", (guid,)).fetchone()
        return int(row["id"]) if row else None

    def find_by_text(self, article: Article) -> int | None:
        """The id of an article with the same text as `article`, if any."""
        row = self.connection.execute("SELECT id FROM articles WHERE sha256 = ?", (article.sha256,)).fetchone()
        return int(row["id"]) if row else None

    def add_feed(self, url: str, title: str = "") -> tuple[int, bool]:
        """Subscribe to a feed; return its id and whether it is new (an existing one keeps its id)."""
        with db.transaction(self.connection):
            row = self.connection.execute("SELECT id FROM feeds WHERE url = ?", (url,)).fetchone()
            if row:
                if title:
                    self.connection.execute("UPDATE feeds SET title = ? WHERE id = ?", (title, row["id"]))
                return int(row["id"]), False
            row = self.connection.execute(
                "INSERT INTO feeds (url, title) VALUES (?, ?) RETURNING id", (url, title)
            ).fetchone()
            return int(row["id"]), True

    def feeds(self) -> list[Feed]:
        rows = self.connection.execute("SELECT * FROM feeds ORDER BY id").fetchall()
        return [Feed(row["id"], row["url"], row["title"], row["added_at"], row["checked_at"]) for row in rows]

    def mark_checked(self, feed_id: int, title: str = "") -> None:
        """Record that a feed was just checked for new items (and its current title, if known)."""
        self.connection.execute(
            "UPDATE feeds SET checked_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'),"
            " title = CASE WHEN ? != '' THEN ? ELSE title END WHERE id = ?",
            (title, title, feed_id),
        )

    def reading(self, article_id: int, engine: str | None = None) -> CompactAnalysis | None:
        """The article's stored analysis by `engine` (the current one by default), if there is one. Only reads."""
        row = self.connection.execute(
            "SELECT data FROM analysis_readings WHERE article_id = ? AND engine = ?",
            (article_id, engine or engine_version()),
        ).fetchone()
        return CompactAnalysis.from_bytes(row["data"]) if row else None

    def ensure_analyzed(self, article_id: int) -> CompactAnalysis:
        """The article's analysis in its stored form: from the database, else analyzed now and stored.

        The one way an article gets analyzed (import, first start, reading screen, exports). The first
        time loads the pipeline and parses: call it off the UI thread, with a `Library` of the calling
        thread's own (a connection belongs to the thread that opened it).
        """
        cached = self.reading(article_id)
        if cached is not None:
            return cached
        stored = self.get(article_id)
        if stored is None:
            raise ReaderError(f"no article {article_id} in the library")
        from reader.nlp import analyze

        return self.store_analysis(article_id, analyze(stored.article.body, stored.article.title))

    def store_analysis(self, article_id: int, analysis: Analysis, engine: str | None = None) -> CompactAnalysis:
        """Keep the analysis in its one stored form, with its summary and term counts; return that form."""
        derived = _Derived.of(analysis)
        with db.transaction(self.connection):
            derived.store(self.connection, article_id, engine or engine_version())
        assume_known(self.connection)  # the placement covers the new article's common words too
        return derived.compact

    def summaries(self) -> dict[int, ArticleSummary]:
        """What the library lists of each article analyzed by the current engine (no analysis is decoded,
        except once for one whose summary was dropped, as migration 7 does)."""
        engine = engine_version()
        missing = self.connection.execute(
            "SELECT article_id FROM analysis_readings r WHERE engine = ? AND NOT EXISTS"
            " (SELECT 1 FROM article_summaries s WHERE s.article_id = r.article_id AND s.engine = r.engine)",
            (engine,),
        ).fetchall()
        for row in missing:
            summary = _summary(self.reading(row["article_id"], engine).full())
            with db.transaction(self.connection):
                _store_summary(self.connection, row["article_id"], engine, summary)
        rows = self.connection.execute(
            "SELECT article_id, level, score FROM article_summaries WHERE engine = ?", (engine,)
        ).fetchall()
        return {row["article_id"]: ArticleSummary(level=row["level"], score=row["score"]) for row in rows}

    def _convert_old_analyses(self) -> None:
        """Analyses a library kept as full JSON before migration 8 become the one stored form, once, at
        the first opening after it; those of another engine are stale and dropped with the table."""
        if not self.connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'analyses_to_convert'").fetchone():
            return
        engine = engine_version()
        rows = self.connection.execute(
            "SELECT article_id, data FROM analyses_to_convert WHERE engine = ?", (engine,)
        ).fetchall()
        for row in rows:
            if self.reading(row["article_id"], engine) is None:
                derived = _Derived.of(Analysis.from_dict(orjson.loads(row["data"])))
                with db.transaction(self.connection):
                    derived.store(self.connection, row["article_id"], engine)
        with db.transaction(self.connection):
            self.connection.execute("DROP TABLE IF EXISTS analyses_to_convert")
        try:
            self.connection.execute("VACUUM")  # the file gives back the space the JSON took: about half
        except sqlite3.OperationalError:
            pass  # another process has the database open; later writes reuse the free pages instead


@dataclass(frozen=True)
class _Derived:
    """What is made from an analysis once, before it is stored (outside the write lock): its compact
    form and those bytes, its summary and term counts."""

    compact: CompactAnalysis
    stored: bytes
    summary: ArticleSummary
    term_counts: Counter[TermKey]

    @classmethod
    def of(cls, analysis: Analysis) -> _Derived:
        compact = CompactAnalysis.from_analysis(analysis)
        return cls(compact, compact.to_bytes(), _summary(analysis), term_counts(analysis.tokens))

    def store(self, connection: sqlite3.Connection, article_id: int, engine: str) -> None:
        """Write it (call inside a transaction); a copy another process wrote meanwhile is replaced."""
        connection.execute(
            "INSERT OR REPLACE INTO analysis_readings (article_id, engine, data) VALUES (?, ?, ?)",
            (article_id, engine, self.stored),
        )
        _store_summary(connection, article_id, engine, self.summary)
        store_article_terms(connection, article_id, engine, self.term_counts)


def _summary(analysis: Analysis) -> ArticleSummary:
    difficulty = score(analysis)
    return ArticleSummary(level=difficulty.level, score=difficulty.score)


def _store_summary(connection: sqlite3.Connection, article_id: int, engine: str, summary: ArticleSummary) -> None:
    connection.execute(
        "INSERT OR REPLACE INTO article_summaries (article_id, engine, level, score) VALUES (?, ?, ?, ?)",
        (article_id, engine, summary.level, summary.score),
    )


def _stored(row: sqlite3.Row) -> StoredArticle:
    article = Article(
        title=row["title"],
        body=row["body"],
        source=row["source"],
        url=row["url"],
        date=row["date"],
        language=row["language"],
        origin=row["origin"],
        author=row["author"],
        site=row["site"],
        guid=row["guid"],
    )
    return StoredArticle(id=row["id"], article=article, added_at=row["added_at"])
