"""Statuses of the learner's terms in the SQLite database, each change committed at once."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping

from reader import db
from reader.vocab.status import UNKNOWN, Status
from reader.vocab.terms import Context, TermKey


class Vocabulary:
    """The learner's terms and their statuses; every change is kept in the history too."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

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
        rows = self.connection.execute("SELECT term, pos, gender, status FROM terms WHERE status != 0")
        for row in rows:
            key = TermKey(row["term"], row["pos"], row["gender"])
            if key in wanted:
                found[key] = Status(row["status"])
        return found

    def context(self, key: TermKey) -> Context | None:
        row = self.connection.execute(
            "SELECT sentence, spans FROM terms WHERE term = ? AND pos = ? AND gender = ?",
            (key.term, key.pos, key.gender),
        ).fetchone()
        if not row or not row["sentence"]:
            return None
        return Context(row["sentence"], tuple(tuple(span) for span in json.loads(row["spans"])))

    def set_status(
        self,
        keys: Iterable[TermKey],
        status: Status,
        article_id: int | None = None,
        contexts: Mapping[TermKey, Context] | None = None,
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
                    " ON CONFLICT (term, pos, gender) DO UPDATE SET status = excluded.status,"
                    " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),"
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
                self._record_history(row["id"], status)

    def change_status(self, term_id: int, status: Status, source: str) -> None:
        """Give the term with id `term_id` `status`, with its history row naming `source` ("review").

        Call inside the caller's transaction, so the change commits with what caused it."""
        self.connection.execute(
            "UPDATE terms SET status = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?",
            (int(status), term_id),
        )
        self._record_history(term_id, status, source)

    def _record_history(self, term_id: int, status: Status, source: str = "") -> None:
        self.connection.execute(
            "INSERT INTO status_history (term_id, status, source) VALUES (?, ?, ?)", (term_id, int(status), source)
        )
