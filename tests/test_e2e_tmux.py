"""End to end: the real `reader` in a real terminal (tmux), driven by keystrokes, as a learner uses it."""

from __future__ import annotations

import sqlite3
import subprocess
import time
from pathlib import Path

from learner_home import TODAY, YESTERDAY, seed, statuses, write_garbage_into_the_middle
from terminal import READER, needs_tmux, tmux, wait_for

from reader.paths import database_path

pytestmark = needs_tmux


def wait_until_closed(session: str, seconds: float = 20) -> None:
    """The reader quit (on q) and its tmux session ended with it."""
    deadline = time.monotonic() + seconds
    while subprocess.run(["tmux", "has-session", "-t", session], capture_output=True).returncode == 0:
        assert time.monotonic() < deadline, "reader did not quit on q"
        time.sleep(0.2)


def test_read_the_founding_article_look_up_a_word_and_mark_it(tmp_path: Path, founding_article: Path) -> None:
    session = f"reader-e2e-{tmp_path.name}"
    home = tmp_path / "home"
    command = f"READER_HOME={home} TERM=xterm-256color {READER} open {founding_article}"
    tmux("new-session", "-d", "-s", session, "-x", "140", "-y", "40", command)
    try:
        wait_for(session, "Yoshimasa Hayashi")  # the article is analyzed and shown
        tmux("send-keys", "-t", session, "Right", "Right")  # Der → japanische → Außenminister
        wait_for(session, "foreign minister")
        tmux("send-keys", "-t", session, "2")
        wait_for(session, "learning 2")
        tmux("send-keys", "-t", session, "Left", "k")  # back to "japanische": known
        wait_for(session, "status: known")
        tmux("send-keys", "-t", session, "q")
        wait_for(session, "Library")
        tmux("send-keys", "-t", session, "q")
        wait_until_closed(session)
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
    statuses = dict(sqlite3.connect(database_path(home)).execute("SELECT term, status FROM terms"))
    assert statuses == {"Außenminister": 2, "japanisch": 99}


def test_a_damaged_database_opens_to_the_message_and_reader_restore_brings_back_yesterday(tmp_path: Path) -> None:
    session = f"reader-damaged-{tmp_path.name}"
    home = tmp_path / "home"
    seed(home)
    assert statuses(database_path(home)) == TODAY
    write_garbage_into_the_middle(database_path(home))
    tmux("new-session", "-d", "-s", session, "-x", "140", "-y", "40", f"READER_HOME={home} TERM=xterm-256color {READER}")
    try:
        shown = wait_for(session, "Your database is damaged")
        assert "reader restore" in shown
        tmux("send-keys", "-t", session, "q")
        wait_until_closed(session)
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
    restored = subprocess.run([str(READER), "--home", str(home), "restore"], capture_output=True, text=True, timeout=60)
    assert restored.returncode == 0, restored.stderr
    assert statuses(database_path(home)) == YESTERDAY
