"""The fault suite's harness: run the real `reader` as a learner would, and count what it survived.

`run` starts the command in a child process (`measured_reader`, which reports
the child's own peak memory); a child still running after `HANG_SECONDS` is
killed and counted as a hang. `database_state` reads the database without
writing it: `integrity_check`, the rows of every table, and the file's bytes.
`assert_survived` asserts what a learner notices (the exit code, one line on
stderr and no traceback, the database as it was) and records the case in
`TALLY`, whose counts conftest prints at the end of the run.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from reader.paths import database_path

HANG_SECONDS = 60.0
MEASURED_READER = Path(__file__).with_name("measured_reader.py")


@dataclass(frozen=True)
class Outcome:
    case: str
    returncode: int
    stdout: str
    stderr: str
    peak_mb: float  # the child's maximum resident set size
    hung: bool


@dataclass(frozen=True)
class DatabaseState:
    integrity: str
    rows: dict[str, int]
    digest: str  # of the database file's bytes: a refused database must stay exactly as it was


@dataclass
class Tally:
    cases: list[tuple[Outcome, int]] = field(default_factory=list)  # each with the rows it lost

    def record(self, outcome: Outcome, rows_lost: int) -> None:
        self.cases.append((outcome, rows_lost))

    def summary(self) -> str:
        largest, _ = max(self.cases, key=lambda case: case[0].peak_mb)
        tracebacks = sum("Traceback" in outcome.stderr for outcome, _ in self.cases)
        hangs = sum(outcome.hung for outcome, _ in self.cases)
        lost = sum(rows for _, rows in self.cases)
        return (
            f"{len(self.cases)} inputs and faults tried: tracebacks {tracebacks}, hangs {hangs}, rows lost {lost};"
            f" peak memory of the largest case {largest.peak_mb:.0f} MB ({largest.case})"
        )


TALLY = Tally()


def run(case: str, home: Path, *args: str) -> Outcome:
    """`reader --home HOME ARGS…` in a child process, measured."""
    with tempfile.TemporaryDirectory() as scratch:
        peak_file = Path(scratch) / "peak"
        environment = {**os.environ, "READER_PEAK_FILE": str(peak_file)}
        command = [sys.executable, str(MEASURED_READER), "--home", str(home), *args]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment)
        try:
            stdout, stderr = process.communicate(timeout=HANG_SECONDS)
            hung = False
        except subprocess.TimeoutExpired:
            process.kill()
            stdout, stderr = process.communicate()
            hung = True
        peak_kilobytes = int(peak_file.read_text()) if peak_file.exists() else 0
    return Outcome(
        case=case,
        returncode=process.returncode,
        stdout=stdout.decode("utf-8", "replace"),
        stderr=stderr.decode("utf-8", "replace"),
        peak_mb=peak_kilobytes / 1024,
        hung=hung,
    )


def database_state(home: Path) -> DatabaseState:
    path = database_path(home)
    digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        integrity = "\n".join(row[0] for row in connection.execute("PRAGMA integrity_check"))
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")]
        rows = {table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables}
    except sqlite3.DatabaseError as error:  # a damaged or foreign file: its bytes are what must not change
        integrity, rows = str(error), {}
    finally:
        connection.close()
    return DatabaseState(integrity, rows, digest)


def assert_survived(
    outcome: Outcome,
    before: DatabaseState,
    after: DatabaseState,
    *,
    exit_code: int = 2,
    message: str = "",
    errors: int = 1,
    memory_mb: float | None = None,
    untouched: bool = False,
    grown: bool = False,
) -> None:
    """The case ended as promised: `exit_code`, `errors` lines on stderr (each "reader: …", the first
    containing `message`), no traceback, no hang, memory under `memory_mb`, and the database as it was
    (its integrity, and the same rows, or more when the good part of a batch was `grown` into it;
    with `untouched`, the same bytes)."""
    lost = sum(max(0, count - after.rows.get(table, 0)) for table, count in before.rows.items())
    TALLY.record(outcome, lost)
    assert not outcome.hung, f"{outcome.case}: still running after {HANG_SECONDS:g} s"
    assert "Traceback" not in outcome.stderr, outcome.stderr
    assert outcome.returncode == exit_code, (outcome.case, outcome.returncode, outcome.stderr)
    lines = outcome.stderr.strip().splitlines()
    assert len(lines) == errors and all(line.startswith("reader: ") for line in lines), (outcome.case, lines)
    assert message in (lines[0] if lines else ""), (outcome.case, lines)
    if memory_mb is not None:
        assert outcome.peak_mb < memory_mb, f"{outcome.case}: {outcome.peak_mb:.0f} MB"
    assert after.integrity == before.integrity, outcome.case
    if grown:
        assert lost == 0, (outcome.case, before.rows, after.rows)
    else:
        assert after.rows == before.rows, outcome.case
    if untouched:
        assert after.digest == before.digest, f"{outcome.case}: the database file changed"
