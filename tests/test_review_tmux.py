"""A review in a real terminal, killed with SIGKILL: every answer the learner saw taken is in the database."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

from review_words import seed_learning
from terminal import READER, needs_tmux, tmux, wait_for

from reader.paths import database_path

pytestmark = needs_tmux


def test_answers_survive_kill_9_mid_review(tmp_path: Path) -> None:
    home = tmp_path / "home"
    seed_learning(home)
    session = f"reader-review-{tmp_path.name}"
    # exec: the pane's process is reader itself, so the kill reaches it and nothing else.
    command = f"READER_HOME={home} READER_CACHE={tmp_path / 'cache'} TERM=xterm-256color exec {READER} review"
    tmux("new-session", "-d", "-s", session, "-x", "110", "-y", "30", command)
    try:
        wait_for(session, "die Aufgabe")
        tmux("send-keys", "-t", session, "Space", "4")  # Easy: back in about a week
        wait_for(session, "übereinkommen")  # the next card shows only after the answer is stored
        tmux("send-keys", "-t", session, "Space", "1")  # Again: back in a minute
        wait_for(session, "die Spannung")
        pid = int(tmux("display-message", "-p", "-t", session, "#{pane_pid}").strip())
        os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 20
        while subprocess.run(["tmux", "has-session", "-t", session], capture_output=True).returncode == 0:
            assert time.monotonic() < deadline, "reader outlived SIGKILL"
            time.sleep(0.1)
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
    connection = sqlite3.connect(database_path(home))
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    log = connection.execute(
        "SELECT t.term, l.rating, l.status_after, c.due > l.reviewed_at FROM review_log l"
        " JOIN terms t ON t.id = l.term_id JOIN review_cards c ON c.term_id = t.id ORDER BY l.id"
    ).fetchall()
    assert [row[:2] for row in log] == [("Aufgabe", 4), ("übereinkommen", 1)] and all(row[3] for row in log)
    statuses = dict(connection.execute("SELECT term, status FROM terms"))
    assert statuses["Aufgabe"] == log[0][2] > 1  # the stage the easy answer gave, with its history
    assert connection.execute(
        "SELECT COUNT(*) FROM status_history WHERE source = 'review'"
    ).fetchone()[0] == 1
    connection.close()
