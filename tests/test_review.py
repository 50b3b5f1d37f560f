"""The built-in review: FSRS schedules, stages move with answers, everything is kept; who schedules;
`reader review` on the command line; the schema upgrade keeps the learner's words."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import datetime, time, timedelta, timezone
from pathlib import Path

from review_words import WORDS, seed_learning

from reader import db
from reader.library import Library
from reader.paths import database_path
from reader.review import Rating, ReviewSession, back_of, front_of
from reader.review.settings import set_new_per_day
from reader.review.stats import review_stats
from reader.vocab import KNOWN, Status, Vocabulary


class Clock:
    """The review's idea of now, moved by the test to the moment a card comes back."""

    def __init__(self) -> None:
        self.now = datetime.now(timezone.utc)

    def __call__(self) -> datetime:
        return self.now


def run_reader(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", "--home", str(home), *args], capture_output=True, text=True, timeout=120
    )


def test_new_words_come_oldest_first_with_their_sentence_and_article(home: Path) -> None:
    seed_learning(home)
    library = Library(home)
    session = ReviewSession(library.connection)
    assert session.remaining().new == len(WORDS)
    front = front_of(session.current())
    assert front.heading == "die Aufgabe" and front.gender == "f"
    assert [front.sentence[start:end] for start, end in front.spans] == ["Aufgabe"]
    back = back_of(session.current(), library)
    assert "task" in back.gloss and back.plural == "die Aufgaben"
    session.answer(Rating.Good)
    verb = session.current()
    assert front_of(verb).heading == "übereinkommen"
    assert any(note.startswith("separable verb: überein|kommen (kamen … überein)") for note in back_of(verb).notes)
    library.close()


def test_good_over_growing_intervals_makes_a_word_known_and_the_history_says_so(home: Path) -> None:
    seed_learning(home, WORDS[:1])
    library = Library(home)
    clock = Clock()
    stages, intervals = [], []
    for _ in range(12):
        session = ReviewSession(library.connection, clock=clock)
        if session.current() is None:
            break
        answer = session.answer(Rating.Good)
        stages.append(answer.status_after)
        intervals.append(answer.due - clock.now)
        clock.now = answer.due
    assert stages[-1] == KNOWN and stages == sorted(stages)  # never a step back on Good
    assert intervals[-1] >= timedelta(days=21) and intervals == sorted(intervals)
    assert ReviewSession(library.connection, clock=clock).current() is None  # a known word is not reviewed
    history = library.connection.execute("SELECT status, source FROM status_history ORDER BY id").fetchall()
    assert [tuple(row) for row in history][0] == (1, "")
    assert {source for _, source in history[1:]} == {"review"} and history[-1][0] == int(KNOWN)
    assert library.connection.execute("SELECT COUNT(*) FROM review_log").fetchone()[0] == len(stages)
    library.close()


def test_again_brings_a_word_back_within_minutes_at_stage_1(home: Path) -> None:
    seed_learning(home, WORDS[:1], stage=Status.LEARNING_4)
    library = Library(home)
    clock = Clock()
    session = ReviewSession(library.connection, clock=clock)
    answer = session.answer(Rating.Again)
    assert answer.status_after == Status.LEARNING_1 and answer.due - clock.now <= timedelta(minutes=1)
    assert session.current() is not None  # still in today's session: seen again before the learner leaves
    library.close()


def test_a_learning_step_due_after_midnight_stays_in_the_evening_session(home: Path) -> None:
    # the review day ends at 4 a.m. (Anki's default), not at midnight: a word answered at 23:55 and due
    # again in minutes comes back in the same session
    seed_learning(home, WORDS[:1])
    library = Library(home)
    clock = Clock()
    clock.now = datetime.combine(clock.now.astimezone().date(), time(23, 55)).astimezone().astimezone(timezone.utc)
    session = ReviewSession(library.connection, clock=clock)
    answer = session.answer(Rating.Good)
    assert answer.due.astimezone().date() > clock.now.astimezone().date()  # due after midnight
    assert session.remaining().learning == 1
    library.close()


def test_a_remembered_word_keeps_the_stage_the_learner_gave_it(home: Path) -> None:
    seed_learning(home, WORDS[:1], stage=Status.LEARNING_3)
    library = Library(home)
    answer = ReviewSession(library.connection).answer(Rating.Good)
    assert answer.status_after == Status.LEARNING_3
    library.close()


def test_new_words_per_day_are_limited(home: Path) -> None:
    seed_learning(home)
    library = Library(home)
    set_new_per_day(library.connection, 2)
    session = ReviewSession(library.connection)
    assert session.remaining().new == 2
    session.answer(Rating.Easy)
    assert ReviewSession(library.connection).remaining().new == 1  # one of today's two has started
    library.close()


def test_stats_count_reviews_today_and_forecast_the_due_words(home: Path) -> None:
    seed_learning(home)
    library = Library(home)
    session = ReviewSession(library.connection)
    session.answer(Rating.Again)
    session.answer(Rating.Easy)
    stats = review_stats(library.connection)
    assert stats.reviews_today == 2 and stats.by_day[-1].again == 1
    assert stats.due_today == 1 and stats.new_waiting == 2
    assert sum(day.due for day in stats.forecast) == 2  # the easy word comes back within two weeks
    library.close()
    shown = json.loads(run_reader(home, "stats", "--json").stdout)["reviews"]
    assert shown["reviews_today"] == 2 and len(shown["forecast"]) == 14 and shown["by_day"][-1]["reviews"] == 2
    assert "reviewed today 2" in run_reader(home, "stats").stdout


def test_the_upgrade_to_reviews_keeps_every_word(tmp_path: Path) -> None:
    """A database made before reviews existed (schema 5) opens with its words and history intact."""
    path = tmp_path / "reader.db"
    old = sqlite3.connect(path, isolation_level=None)
    for number, script in enumerate(db.MIGRATIONS[:5], start=1):
        old.executescript(script)
        old.execute(f"PRAGMA user_version={number}")
    old.execute("INSERT INTO terms (term, pos, gender, status) VALUES ('Aufgabe', 'NOUN', 'f', 2)")
    old.execute("INSERT INTO status_history (term_id, status) VALUES (1, 2)")
    old.close()
    connection = db.connect(path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == len(db.MIGRATIONS)
    assert tuple(connection.execute("SELECT term, status FROM terms").fetchone()) == ("Aufgabe", 2)
    assert connection.execute("SELECT COUNT(*) FROM status_history").fetchone()[0] == 1
    assert ReviewSession(connection).remaining().new == 1
    connection.close()


def test_when_anki_schedules_the_review_says_so_in_one_line(home: Path) -> None:
    seed_learning(home)
    switched = run_reader(home, "review", "--scheduler", "anki")
    assert switched.returncode == 0 and "Anki schedules" in switched.stdout
    refused = run_reader(home, "review")
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1
    assert "reader review --scheduler reader" in refused.stderr
    # The Anki export keeps working whoever schedules.
    exported = run_reader(home, "export", "anki", "-o", str(home / "words.apkg"))
    assert exported.returncode == 0, exported.stderr
    assert run_reader(home, "review", "--scheduler", "reader").returncode == 0
    connection = sqlite3.connect(database_path(home))
    assert connection.execute("SELECT value FROM settings WHERE key = 'review.scheduler'").fetchone()[0] == "reader"
    connection.close()


def test_review_help_and_due(home: Path) -> None:
    shown = run_reader(home, "review", "--help")
    assert shown.returncode == 0 and "Again, Hard" in shown.stdout and "--scheduler" in shown.stdout
    seed_learning(home)
    due = run_reader(home, "review", "--due")
    assert due.returncode == 0 and "new waiting 4" in due.stdout
    bad = run_reader(home, "review", "--new-per-day", "-3")
    assert bad.returncode == 2 and bad.stderr.startswith("reader: ") and "Traceback" not in bad.stderr


def test_a_word_set_known_while_reading_leaves_the_review(home: Path) -> None:
    keys = seed_learning(home)
    library = Library(home)
    session = ReviewSession(library.connection)
    Vocabulary(library.connection).set_status([keys[0]], KNOWN)
    assert front_of(session.current()).heading == "übereinkommen"
    library.close()
