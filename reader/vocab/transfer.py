"""Export and import of the learner's words (no Textual).

Our own format, as JSON or CSV, carries everything about a term: term, pos,
gender, status, first_seen, updated_at, note, sentence (and where the term is
in it), and the status history. Import also reads a plain `term,status` CSV as
LUTE and LingQ users can produce:

- LUTE: 1–5 learning, 98 (or I) ignored, 99 (or W) known, 0 unknown.
- LingQ: 0–3 the four learning stages (New, Recognized, Familiar, Learned),
  4 known; words work too: new, recognized, familiar, learned, known, ignored.
  A file is read on the LingQ scale when it has a 0 and nothing above 4, or
  when the caller says so.

A plain term has no word class: a capitalised word is a NOUN (with its gender
from the lexicon when it knows it), otherwise the lexicon's word class, else "".

Every row is checked before anything is written; then the whole file goes in
one transaction, so a bad file leaves the database as it was.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from reader.lexicon.database import LexiconMissingError
from reader.errors import ReaderError
from reader.vocab.status import Status
from reader.vocab.vocabulary import ImportedTerm, Vocabulary

FORMAT_NAME = "reader-vocabulary"
FORMAT_VERSION = 1
CSV_FIELDS = ("term", "pos", "gender", "status", "first_seen", "updated_at", "note", "sentence", "spans", "history")
SCALES = ("auto", "lute", "lingq")

_LUTE_WORDS = {"w": 99, "wk": 99, "well known": 99, "i": 98}
_LINGQ_NUMBERS = {0: 1, 1: 2, 2: 3, 3: 4, 4: 99}
_WORDS = {
    "unknown": 0,
    "new": 1,
    "recognized": 2,
    "recognised": 2,
    "familiar": 3,
    "learned": 4,
    "learnt": 4,
    "learning": 1,
    "known": 99,
    "well known": 99,
    "ignored": 98,
    "ignore": 98,
}
_GERMAN = {"", "de", "german", "deutsch", "ger", "deu"}


@dataclass(frozen=True)
class ImportResult:
    format: str  # "reader-json", "reader-csv", "lute", "lingq"
    added: int
    updated: int
    unchanged: int
    skipped: int  # rows of another language

    def summary(self) -> str:
        parts = [f"{self.added} new", f"{self.updated} updated", f"{self.unchanged} unchanged"]
        if self.skipped:
            parts.append(f"{self.skipped} skipped (other language)")
        return f"imported {self.added + self.updated + self.unchanged} terms ({self.format}): " + ", ".join(parts)


# ---------------------------------------------------------------- export


def export_terms(connection: sqlite3.Connection) -> list[dict]:
    vocabulary = Vocabulary(connection)
    history = vocabulary.history()
    return [
        {
            "term": record.key.term,
            "pos": record.key.pos,
            "gender": record.key.gender,
            "status": int(record.status),
            "first_seen": record.first_seen,
            "updated_at": record.updated_at,
            "note": record.note,
            "sentence": record.context.sentence if record.context else "",
            "spans": [list(span) for span in record.context.spans] if record.context else [],
            "history": [
                {"status": status, "changed_at": at, **({"source": source} if source else {})}
                for status, at, source in history.get(record.id, [])
            ],
        }
        for record in vocabulary.terms(sort="term")
    ]


def export_json(connection: sqlite3.Connection) -> str:
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": _now(),
        "terms": export_terms(connection),
    }
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def export_csv(connection: sqlite3.Connection) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for term in export_terms(connection):
        writer.writerow(
            {
                **term,
                "spans": json.dumps(term["spans"]),
                "history": json.dumps(term["history"], ensure_ascii=False, separators=(",", ":")),
            }
        )
    return out.getvalue()


# ---------------------------------------------------------------- import


def import_file(connection: sqlite3.Connection, path: Path, scale: str = "auto") -> ImportResult:
    """Read and check the whole file, then write it in one transaction."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ReaderError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ReaderError(f"{path}: is a directory, not a file") from None
    except OSError as error:
        raise ReaderError(f"{path}: cannot read ({error.strerror})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ReaderError(f"{path}: not UTF-8 text") from None
    if not text.strip():
        raise ReaderError(f"{path}: the file is empty")
    kind, terms, skipped = parse(text, scale, name=str(path))
    added, updated, unchanged = write_terms(connection, terms)
    return ImportResult(kind, added, updated, unchanged, skipped)


def parse(text: str, scale: str = "auto", name: str = "input") -> tuple[str, list[ImportedTerm], int]:
    if text.lstrip().startswith(("{", "[")):
        return "reader-json", _parse_json(text, name), 0
    return _parse_csv(text, scale, name)


def _parse_json(text: str, name: str) -> list[ImportedTerm]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise ReaderError(f"{name}: not valid JSON (line {error.lineno}: {error.msg})") from None
    if isinstance(document, dict) and document.get("format") not in (None, FORMAT_NAME):
        raise ReaderError(f"{name}: not a reader vocabulary export (format {document.get('format')!r})")
    items = document.get("terms") if isinstance(document, dict) else document
    if not isinstance(items, list):
        raise ReaderError(f"{name}: expected a list of terms under \"terms\"")
    terms = []
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise ReaderError(f"{name}: term {number} is not an object")
        history = item.get("history") or []
        terms.append(_own_term(item, history, f"{name}: term {number}"))
    return terms


def _own_term(item: dict, history, where: str) -> ImportedTerm:
    term = str(item.get("term") or "").strip()
    if not term:
        raise ReaderError(f"{where}: has no term")
    status = _own_status(item.get("status"), where)
    if not isinstance(history, list):
        raise ReaderError(f"{where}: history must be a list")
    changes = []
    for change in history:
        if not isinstance(change, dict) or "changed_at" not in change:
            raise ReaderError(f"{where}: a history entry lacks changed_at")
        status_then = _own_status(change.get("status"), where)
        changes.append((status_then, _timestamp(change["changed_at"], where), str(change.get("source") or "")))
    spans = item.get("spans", [])
    if isinstance(spans, str):
        spans = _json_cell(spans or "[]", where, "spans")
    return ImportedTerm(
        term=term,
        pos=str(item.get("pos") or ""),
        gender=str(item.get("gender") or ""),
        status=status,
        first_seen=_timestamp(item["first_seen"], where) if item.get("first_seen") else None,
        updated_at=_timestamp(item["updated_at"], where) if item.get("updated_at") else None,
        note=str(item.get("note") or ""),
        sentence=str(item.get("sentence") or ""),
        spans=json.dumps(spans),
        history=changes,
    )


def _own_status(value, where: str) -> int:
    try:
        return int(Status(int(value)))
    except (TypeError, ValueError):
        raise ReaderError(f"{where}: status {value!r} is not one of 0–5, 98, 99") from None


def _timestamp(value, where: str) -> str:
    """An ISO date and time, as the database writes them: UTC, milliseconds, "Z" (naive times are UTC)."""
    text = str(value).strip()
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ReaderError(f"{where}: {text!r} is not a date and time") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    moment = moment.astimezone(timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _json_cell(cell: str, where: str, column: str):
    try:
        return json.loads(cell)
    except json.JSONDecodeError:
        raise ReaderError(f"{where}: the {column} column is not valid JSON") from None


def _parse_csv(text: str, scale: str, name: str) -> tuple[str, list[ImportedTerm], int]:
    if scale not in SCALES:
        raise ReaderError(f"unknown status scale {scale!r} (choose from {', '.join(SCALES)})")
    sample = text[:4096]
    delimiter = "\t" if "\t" in sample.splitlines()[0] else ";" if sample.count(";") > sample.count(",") else ","
    try:
        rows = [row for row in csv.reader(io.StringIO(text), delimiter=delimiter) if any(cell.strip() for cell in row)]
    except csv.Error as error:
        raise ReaderError(f"{name}: not a readable CSV file ({error})") from None
    header = [cell.strip().lower() for cell in rows[0]]
    if "term" in header and "pos" in header and "status" in header:
        return "reader-csv", _own_csv(header, rows[1:], name), 0
    return _plain_csv(header, rows, scale, name)


def _own_csv(header: list[str], rows: list[list[str]], name: str) -> list[ImportedTerm]:
    terms = []
    for number, row in enumerate(rows, start=2):
        where = f"{name}: line {number}"
        item = dict(zip(header, row))
        history = _json_cell(item.get("history") or "[]", where, "history")
        terms.append(_own_term(item, history, where))
    return terms


def _plain_csv(header: list[str], rows: list[list[str]], scale: str, name: str) -> tuple[str, list[ImportedTerm], int]:
    term_names, status_names = ("term", "word", "wort", "lemma", "text"), ("status", "stage", "level")
    if any(column in header for column in term_names):
        term_col = next(header.index(column) for column in term_names if column in header)
        status_col = next((header.index(column) for column in status_names if column in header), None)
        if status_col is None:
            raise ReaderError(f"{name}: no status column (expected a header like term,status)")
        language_col = header.index("language") if "language" in header else None
        body, first_line = rows[1:], 2
    else:  # no header: term,status
        term_col, status_col, language_col, body, first_line = 0, 1, None, rows, 1
    entries, skipped = [], 0
    for number, row in enumerate(body, start=first_line):
        if len(row) <= max(term_col, status_col):
            raise ReaderError(f"{name}: line {number}: expected term and status, got {delimited(row)!r}")
        if language_col is not None and len(row) > language_col and row[language_col].strip().lower() not in _GERMAN:
            skipped += 1
            continue
        term = row[term_col].strip()
        if not term:
            raise ReaderError(f"{name}: line {number}: the term is empty")
        entries.append((number, term, row[status_col].strip().lower()))
    if not entries:
        raise ReaderError(f"{name}: no terms to import")
    if scale == "auto":
        numbers = {int(value) for _, _, value in entries if value.isdigit()}
        words = {value for _, _, value in entries if not value.isdigit()}
        lingq_words = {"new", "recognized", "recognised", "familiar", "learned", "learnt"}
        scale = "lingq" if (0 in numbers and max(numbers) <= 4) or (words & lingq_words) else "lute"
    terms = [
        _plain_term(term, _plain_status(value, scale, f"{name}: line {number}")) for number, term, value in entries
    ]
    return scale, terms, skipped


def delimited(row: list[str]) -> str:
    return ",".join(row)


def _plain_status(value: str, scale: str, where: str) -> int:
    if value.isdigit():
        number = int(value)
        if scale == "lingq" and number in _LINGQ_NUMBERS:
            return _LINGQ_NUMBERS[number]
        if scale == "lute" and number in {int(status) for status in Status}:
            return number
    elif value in _WORDS:
        return _WORDS[value]
    elif scale == "lute" and value in _LUTE_WORDS:
        return _LUTE_WORDS[value]
    accepted = "0–4 or a word like known" if scale == "lingq" else "1–5, 98, 99, W, I or a word like known"
    raise ReaderError(f"{where}: status {value!r} is not one of {accepted}")


def _plain_term(word: str, status: int) -> ImportedTerm:
    pos, gender = guess_pos(word)
    return ImportedTerm(term=word, pos=pos, gender=gender, status=status)


def guess_pos(word: str) -> tuple[str, str]:
    """Word class (and a noun's gender) of a bare term: capitalised → NOUN, else the lexicon's class, else ""."""
    entry = _lexicon_entry(word, "NOUN" if word[:1].isupper() else None)
    if word[:1].isupper() and " " not in word:
        gender = (getattr(entry, "gender", None) or "") if entry is not None else ""
        return "NOUN", gender if gender in ("m", "f", "n") else ""
    pos = (getattr(entry, "pos", None) or "") if entry is not None and getattr(entry, "found", False) else ""
    return ("VERB" if pos == "AUX" else pos), ""


def _lexicon_entry(word: str, pos: str | None):
    try:
        from reader.lexicon import lookup

        return lookup(word, pos)
    except LexiconMissingError:  # a missing lexicon only means no guess
        return None


def write_terms(connection: sqlite3.Connection, terms: Iterable[ImportedTerm]) -> tuple[int, int, int]:
    """Merge imported terms into the learner's vocabulary in one transaction; (added, updated, unchanged)."""
    return Vocabulary(connection).merge(terms)


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
