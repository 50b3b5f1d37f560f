"""The learner's words: the one owner of the `terms` and `status_history` tables (no Textual).

Every read and write of a term's status, dates, note, sentence and history goes
through `Vocabulary`; statuses reach SQL only as parameters. Writes are committed
at once, each in one transaction, and every status change is kept in the history
with what caused it ("" for the learner, "import", "placement", "review").
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field

from reader import db
from reader.vocab.status import IGNORED, KNOWN, KNOWN_ASSUMED, LEARNING, UNKNOWN, Status
from reader.vocab.terms import Context, TermKey

IMPORT_SOURCE = "import"
PLACEMENT_SOURCE = "placement"
SORTS = ("updated", "term", "status", "first_seen")
# Learning first (what needs work), then unknown, known, known (assumed), ignored.
_STATUS_ORDER = {
    **{stage: int(stage) for stage in LEARNING}, UNKNOWN: 6, KNOWN: 7, KNOWN_ASSUMED: 8, IGNORED: 9,
}
_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
_TERM_COLUMNS = "id, term, pos, gender, status, article_id, first_seen, updated_at, note, sentence, spans"


@dataclass(frozen=True)
class TermRecord:
    """One of the learner's terms as stored: status, dates, note and the sentence it was first met in."""

    key: TermKey
    status: Status
    first_seen: str
    updated_at: str
    note: str = ""
    context: Context | None = None
    article_id: int | None = None
    id: int = 0


@dataclass
class ImportedTerm:
    """A term read from an export of ours, LUTE or LingQ, before it is merged."""

    term: str
    pos: str
    gender: str
    status: int
    first_seen: str | None = None
    updated_at: str | None = None
    note: str = ""
    sentence: str = ""
    spans: str = "[]"
    history: list[tuple[int, str, str]] = field(default_factory=list)  # (status, changed_at, source)


def _record(row: sqlite3.Row) -> TermRecord:
    context = None
    if row["sentence"]:
        context = Context(row["sentence"], tuple(tuple(span) for span in json.loads(row["spans"] or "[]")))
    return TermRecord(
        key=TermKey(row["term"], row["pos"], row["gender"]),
        status=Status(row["status"]),
        first_seen=row["first_seen"],
        updated_at=row["updated_at"],
        note=row["note"] or "",
        context=context,
        article_id=row["article_id"],
        id=row["id"],
    )


def search_terms(records: Iterable[TermRecord], search: str = "", sort: str = "first_seen") -> list[TermRecord]:
    """The records whose term or note contains `search` (any case), sorted by `sort` (one of SORTS):
    term and status ascending (learning stages first), dates newest first."""
    needle = search.casefold().strip()
    shown = [r for r in records if not needle or needle in f"{r.key.term} {r.note}".casefold()]
    if sort == "term":
        return sorted(shown, key=lambda r: (r.key.term.casefold(), r.key))
    if sort == "status":
        return sorted(shown, key=lambda r: (_STATUS_ORDER[r.status], r.key.term.casefold()))
    if sort == "first_seen":
        return sorted(shown, key=lambda r: (r.first_seen, r.key), reverse=True)
    if sort == "updated":
        return sorted(shown, key=lambda r: (r.updated_at, r.key), reverse=True)
    raise ValueError(f"unknown sort {sort!r} (one of {', '.join(SORTS)})")


class Vocabulary:
    """The learner's terms and their statuses; every change is kept in the history too."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    # ---------------------------------------------------------------- reading

    def status(self, key: TermKey) -> Status:
        row = self.connection.execute(
            "SELECT status FROM terms WHERE term = ? AND pos = ? AND gender = ?",
            (key.term, key.pos, key.gender),
        ).fetchone()
        return Status(row["status"]) if row else UNKNOWN

    def statuses(self, keys: Iterable[TermKey]) -> dict[TermKey, Status]:
        """Status of each key (unknown when the learner never marked it)."""
        wanted = set(keys)
        found = {key: UNKNOWN for key in wanted}
        rows = self.connection.execute("SELECT term, pos, gender, status FROM terms WHERE status != ?", (UNKNOWN,))
        for row in rows:
            key = TermKey(row["term"], row["pos"], row["gender"])
            if key in wanted:
                found[key] = Status(row["status"])
        return found

    def context(self, key: TermKey) -> Context | None:
        record = self.record(key)
        return record.context if record else None

    def record(self, key: TermKey) -> TermRecord | None:
        row = self.connection.execute(
            f"SELECT {_TERM_COLUMNS} FROM terms WHERE term = ? AND pos = ? AND gender = ?",
            (key.term, key.pos, key.gender),
        ).fetchone()
        return _record(row) if row else None

    def terms(
        self,
        statuses: Collection[Status] | None = None,
        since: str | None = None,
        search: str = "",
        sort: str = "first_seen",
    ) -> list[TermRecord]:
        """The learner's terms with one of `statuses` (all when None), changed at or after `since` (a UTC
        timestamp), whose term or note contains `search`, sorted by `sort` (see `search_terms`)."""
        query, parameters = f"SELECT {_TERM_COLUMNS} FROM terms WHERE true", []
        if statuses is not None:
            wanted = sorted(int(status) for status in statuses)
            query += f" AND status IN ({', '.join('?' * len(wanted))})"
            parameters += wanted
        if since:
            query += " AND updated_at >= ?"
            parameters.append(since)
        # first_seen ties (one transaction) keep the order the terms were added in.
        records = [_record(row) for row in self.connection.execute(query + " ORDER BY id", parameters)]
        if sort == "first_seen" and not search:
            return sorted(records, key=lambda r: r.first_seen)
        return search_terms(records, search, sort)

    def counts(self) -> dict[Status, int]:
        """How many terms have each status (statuses no term has are left out)."""
        rows = self.connection.execute("SELECT status, COUNT(*) FROM terms GROUP BY status")
        return {Status(status): count for status, count in rows}

    def history(self) -> dict[int, list[tuple[int, str, str]]]:
        """Term id → its status changes (status, changed_at, source), oldest first."""
        out: dict[int, list[tuple[int, str, str]]] = {}
        for row in self.connection.execute(
            "SELECT term_id, status, changed_at, source FROM status_history ORDER BY changed_at, id"
        ):
            out.setdefault(row[0], []).append((row[1], row[2], row[3]))
        return out

    # ---------------------------------------------------------------- writing

    def set_status(
        self,
        keys: Iterable[TermKey],
        status: Status,
        article_id: int | None = None,
        contexts: Mapping[TermKey, Context] | None = None,
        source: str = "",
    ) -> None:
        """Give every key `status` in one transaction, and record each change in the history.

        A term keeps the first sentence it was met in; `contexts` supplies it for new terms.
        """
        contexts = contexts or {}
        with db.transaction(self.connection):
            for key in keys:
                context = contexts.get(key)
                row = self.connection.execute(
                    "INSERT INTO terms (term, pos, gender, status, article_id, sentence, spans)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)"
                    f" ON CONFLICT (term, pos, gender) DO UPDATE SET status = excluded.status, updated_at = {_NOW},"
                    " sentence = CASE WHEN sentence = '' THEN excluded.sentence ELSE sentence END,"
                    " spans = CASE WHEN sentence = '' THEN excluded.spans ELSE spans END"
                    " RETURNING id",
                    (
                        key.term,
                        key.pos,
                        key.gender,
                        int(status),
                        article_id,
                        context.sentence if context else "",
                        json.dumps(context.spans if context else []),
                    ),
                ).fetchone()
                self._record_history(row["id"], status, source)

    def set_statuses(self, changes: Mapping[TermKey, Status], source: str) -> None:
        """Give each term its own status in one transaction, the history naming `source` ("placement")."""
        with db.transaction(self.connection):
            for key, status in changes.items():
                term_id = self.connection.execute(
                    "INSERT INTO terms (term, pos, gender, status) VALUES (?, ?, ?, ?)"
                    f" ON CONFLICT (term, pos, gender) DO UPDATE SET status = excluded.status, updated_at = {_NOW}"
                    " RETURNING id",
                    (key.term, key.pos, key.gender, int(status)),
                ).fetchone()[0]
                self._record_history(term_id, status, source)

    def change_status(self, term_id: int, status: Status, source: str) -> None:
        """Give the term with id `term_id` `status`, with its history row naming `source` ("review").

        Call inside the caller's transaction, so the change commits with what caused it."""
        self.connection.execute(
            f"UPDATE terms SET status = ?, updated_at = {_NOW} WHERE id = ?", (int(status), term_id)
        )
        self._record_history(term_id, status, source)

    def merge(self, terms: Iterable[ImportedTerm]) -> tuple[int, int, int]:
        """Merge imported terms in one transaction; return (added, updated, unchanged).

        A term with history (our format) is merged change by change (no duplicates)
        and keeps whichever status is newer; a plain term takes the imported status.
        Notes and sentences the learner already has are kept.
        """
        # Imported history may reach into hours the statistics already counted (imported here, as the
        # statistics read their counts through this class).
        from reader.vocab.stats import invalidate

        added = updated = unchanged = 0
        with db.transaction(self.connection):
            invalidate(self.connection)
            for item in terms:
                row = self.connection.execute(
                    "SELECT id, status, updated_at FROM terms WHERE term = ? AND pos = ? AND gender = ?",
                    (item.term, item.pos, item.gender),
                ).fetchone()
                if row is None:
                    term_id = self.connection.execute(
                        "INSERT INTO terms (term, pos, gender, status, note, sentence, spans, first_seen, updated_at)"
                        f" VALUES (?, ?, ?, ?, ?, ?, ?, COALESCE(?, {_NOW}), COALESCE(?, {_NOW})) RETURNING id",
                        (item.term, item.pos, item.gender, item.status, item.note, item.sentence, item.spans,
                         item.first_seen, item.updated_at),
                    ).fetchone()[0]
                    added += 1
                    current = None
                else:
                    term_id, current = row["id"], row["status"]
                new_history = self._merge_history(term_id, item)
                if current is not None:
                    newer = item.updated_at is None or item.updated_at > row["updated_at"]
                    if item.status != current and newer:
                        self.connection.execute(
                            f"UPDATE terms SET status = ?, updated_at = COALESCE(?, {_NOW}) WHERE id = ?",
                            (item.status, item.updated_at, term_id),
                        )
                        updated += 1
                    elif new_history:
                        updated += 1
                    else:
                        unchanged += 1
                    self.connection.execute(
                        "UPDATE terms SET note = CASE WHEN note = '' THEN ? ELSE note END,"
                        " sentence = CASE WHEN sentence = '' THEN ? ELSE sentence END,"
                        " spans = CASE WHEN sentence = '' THEN ? ELSE spans END,"
                        " first_seen = CASE WHEN ? IS NOT NULL AND ? < first_seen THEN ? ELSE first_seen END"
                        " WHERE id = ?",
                        (item.note, item.sentence, item.spans, item.first_seen, item.first_seen, item.first_seen,
                         term_id),
                    )
                if not item.history and (current is None or (item.status != current)):
                    self._record_history(term_id, Status(item.status), IMPORT_SOURCE)
        return added, updated, unchanged

    def _merge_history(self, term_id: int, item: ImportedTerm) -> int:
        if not item.history:
            return 0
        have = {
            (row[0], row[1])
            for row in self.connection.execute(
                "SELECT status, changed_at FROM status_history WHERE term_id = ?", (term_id,)
            )
        }
        fresh = [(status, at, source) for status, at, source in item.history if (status, at) not in have]
        self.connection.executemany(
            "INSERT INTO status_history (term_id, status, changed_at, source) VALUES (?, ?, ?, ?)",
            [(term_id, status, at, source) for status, at, source in fresh],
        )
        return len(fresh)

    def _record_history(self, term_id: int, status: Status, source: str = "") -> None:
        self.connection.execute(
            "INSERT INTO status_history (term_id, status, source) VALUES (?, ?, ?)", (term_id, int(status), source)
        )
