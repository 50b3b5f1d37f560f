"""The learner's words are never lost: SIGKILL mid-write, two writers at once, export/import round trip,
LUTE and LingQ imports, bad files, backups, reading history and `reader stats --json`."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from reader.library import Library
from reader.nlp import Analysis
from reader.paths import database_path
from reader.vocab import IGNORED, KNOWN, Context, Status, TermKey, Vocabulary
from reader.vocab.backup import backups, daily_backup
from reader.vocab.history import ReadingHistory
from reader.vocab.stats import compute
from reader.vocab.transfer import guess_pos

WRITER = Path(__file__).with_name("vocab_writer.py")


def run_reader(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", "--home", str(home), *args], capture_output=True, text=True, timeout=120
    )


def start_writer(home: Path, prefix: str, count: int, terms: int = 50) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, str(WRITER), str(home), prefix, str(count), str(terms)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout.readline().strip() == "ready"
    return process


def finished(process: subprocess.Popen[str]) -> tuple[str, str]:
    """The writer's remaining output once it has exited. Read through the text streams that read its
    "ready" line: `communicate` reads the pipes underneath and would miss lines already buffered there
    (a loaded machine lets the first change land before "ready" is read). Its output stays far below a
    pipe's capacity, so waiting first cannot block it."""
    process.wait(timeout=120)
    return process.stdout.read(), process.stderr.read()


def history_by_term(home: Path) -> dict[str, list[int]]:
    connection = sqlite3.connect(database_path(home))
    rows = connection.execute(
        "SELECT t.term, h.status FROM status_history h JOIN terms t ON t.id = h.term_id ORDER BY h.id"
    ).fetchall()
    connection.close()
    history: dict[str, list[int]] = defaultdict(list)
    for term, status in rows:
        history[term].append(status)
    return history


def integrity(home: Path) -> str:
    connection = sqlite3.connect(database_path(home))
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


# ---------------------------------------------------------------- durability


def test_sigkill_mid_write_loses_nothing_acknowledged(home: Path) -> None:
    Library(home).close()  # the schema exists before the writer starts
    writer = start_writer(home, "Wort", count=100_000)
    acknowledged = []
    for line in writer.stdout:
        acknowledged.append(line.split())
        if len(acknowledged) == 300:
            writer.send_signal(signal.SIGKILL)
            break
    # Lines already in the pipe were printed after their commit: acknowledged too.
    acknowledged += [line.split() for line in writer.stdout.read().splitlines() if line.strip()]
    writer.wait(timeout=30)
    assert writer.returncode == -signal.SIGKILL
    assert len(acknowledged) < 100_000  # killed mid-way

    assert integrity(home) == "ok"
    history = history_by_term(home)
    expected: dict[str, list[int]] = defaultdict(list)
    for _, term, status in acknowledged:
        expected[term].append(int(status))
    for term, statuses in expected.items():
        # every acknowledged change, in order; at most one more that committed as the kill came
        assert history[term][: len(statuses)] == statuses
        assert len(history[term]) - len(statuses) <= 1
    vocabulary = Vocabulary(Library(home).connection)
    last_term, last_status = acknowledged[-1][1], int(acknowledged[-1][2])
    assert vocabulary.status(TermKey(last_term, "NOUN", "f")) in {Status(last_status), *map(Status, history[last_term][-1:])}


def test_two_writers_at_once_both_succeed_and_nothing_is_lost(home: Path) -> None:
    Library(home).close()
    count = 400
    # Both write their own terms and a shared set, interleaving transactions on one database.
    first = start_writer(home, "shared", count, terms=10)
    second = start_writer(home, "shared", count, terms=10)
    third = start_writer(home, "own", count, terms=40)
    outputs = [finished(process) for process in (first, second, third)]
    for process, (out, err) in zip((first, second, third), outputs):
        assert process.returncode == 0, err
        assert len(out.splitlines()) == count
    assert integrity(home) == "ok"
    history = history_by_term(home)
    assert sum(len(statuses) for term, statuses in history.items() if term.startswith("shared-")) == 2 * count
    assert sum(len(statuses) for term, statuses in history.items() if term.startswith("own-")) == count
    vocabulary = Vocabulary(Library(home).connection)
    for term, statuses in history.items():
        assert vocabulary.status(TermKey(term, "NOUN", "f")) == Status(statuses[-1])


# ---------------------------------------------------------------- export and import


def seed_vocabulary(home: Path) -> None:
    library = Library(home)
    vocabulary = Vocabulary(library.connection)
    kamen = TermKey("übereinkommen", "VERB")
    vocabulary.set_status([kamen], Status.LEARNING_1, contexts={kamen: Context("Sie kamen überein.", ((4, 9), (10, 17)))})
    vocabulary.set_status([kamen], Status.LEARNING_3)
    vocabulary.set_status([TermKey("Leiter", "NOUN", "m"), TermKey("Leiter", "NOUN", "f")], KNOWN)
    vocabulary.set_status([TermKey("der", "DET")], IGNORED)
    vocabulary.set_status([TermKey("Spannung", "NOUN", "f")], Status.LEARNING_2)
    library.connection.execute("UPDATE terms SET note = 'ladder / head, \"quoted\", line\nbreak' WHERE gender = 'f' AND term = 'Leiter'")
    library.close()


def snapshot(home: Path) -> tuple[list[tuple], list[tuple]]:
    connection = sqlite3.connect(database_path(home))
    terms = connection.execute(
        "SELECT term, pos, gender, status, first_seen, updated_at, note, sentence, spans FROM terms ORDER BY term, pos, gender"
    ).fetchall()
    history = connection.execute(
        "SELECT t.term, t.pos, t.gender, h.status, h.changed_at FROM status_history h JOIN terms t ON t.id = h.term_id"
        " ORDER BY t.term, t.pos, t.gender, h.changed_at, h.status"
    ).fetchall()
    connection.close()
    return terms, history


@pytest.mark.parametrize("file_format", ["json", "csv"])
def test_round_trip_export_fresh_home_import(tmp_path: Path, file_format: str) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    seed_vocabulary(old)
    exported = tmp_path / f"words.{file_format}"
    result = run_reader("vocab", "export", "--format", file_format, "-o", str(exported), home=old)
    assert result.returncode == 0, result.stderr
    result = run_reader("vocab", "import", str(exported), home=new)
    assert result.returncode == 0, result.stderr
    assert "5 new" in result.stdout
    assert snapshot(new) == snapshot(old)
    # Importing the same file again changes nothing.
    again = run_reader("vocab", "import", str(exported), home=new)
    assert "0 new, 0 updated, 5 unchanged" in again.stdout
    assert snapshot(new) == snapshot(old)


def test_export_to_stdout_is_our_json_format(home: Path) -> None:
    seed_vocabulary(home)
    result = run_reader("vocab", "export", "--format", "json", home=home)
    document = json.loads(result.stdout)
    assert document["format"] == "reader-vocabulary" and document["version"] == 1
    kamen = next(term for term in document["terms"] if term["term"] == "übereinkommen")
    assert kamen["status"] == 3 and kamen["sentence"] == "Sie kamen überein."
    assert [change["status"] for change in kamen["history"]] == [1, 3]
    assert set(kamen) >= {"term", "pos", "gender", "status", "first_seen", "updated_at", "note", "sentence", "history"}


def statuses_of(home: Path) -> dict[tuple[str, str, str], int]:
    connection = sqlite3.connect(database_path(home))
    rows = connection.execute("SELECT term, pos, gender, status FROM terms").fetchall()
    connection.close()
    return {(term, pos, gender): status for term, pos, gender, status in rows}


def test_lute_csv_import(home: Path, tmp_path: Path) -> None:
    lute = tmp_path / "lute.csv"
    lute.write_text(
        "language,term,translation,parent,status,tags,pronunciation\n"
        "German,gehen,to go,,1,,\n"
        "German,schnell,fast,,5,,\n"
        "German,Haus,house,,99,,\n"
        "German,und,and,,98,,\n"
        "German,laufen,to run,,W,,\n"
        "German,zum Beispiel,for example,,I,,\n"
        "Spanish,casa,house,,99,,\n",
        encoding="utf-8",
    )
    result = run_reader("vocab", "import", str(lute), home=home)
    assert result.returncode == 0, result.stderr
    assert "(lute)" in result.stdout and "1 skipped" in result.stdout
    by_term = {term: status for (term, _, _), status in statuses_of(home).items()}
    assert by_term == {"gehen": 1, "schnell": 5, "Haus": 99, "und": 98, "laufen": 99, "zum Beispiel": 98}
    assert {key for key in statuses_of(home) if key[0] == "Haus"} <= {("Haus", "NOUN", "n"), ("Haus", "NOUN", "")}


def test_lingq_csv_import_numbers_and_words(home: Path, tmp_path: Path) -> None:
    numbers = tmp_path / "lingq.csv"
    numbers.write_text("term,status\nHaus,0\ngehen,1\nschnell,2\nlaufen,3\nund,4\n", encoding="utf-8")
    result = run_reader("vocab", "import", str(numbers), home=home)
    assert result.returncode == 0, result.stderr
    assert "(lingq)" in result.stdout
    by_term = {term: status for (term, _, _), status in statuses_of(home).items()}
    assert by_term == {"Haus": 1, "gehen": 2, "schnell": 3, "laufen": 4, "und": 99}

    words = tmp_path / "lingq-words.csv"
    words.write_text("Term;Status\nBaum;known\nsehen;Recognized\nobwohl;ignored\n", encoding="utf-8")
    result = run_reader("vocab", "import", str(words), home=home)
    assert result.returncode == 0, result.stderr
    by_term = {term: status for (term, _, _), status in statuses_of(home).items()}
    assert (by_term["Baum"], by_term["sehen"], by_term["obwohl"]) == (99, 2, 98)


def test_headerless_term_status_csv_and_pos_guess(home: Path, tmp_path: Path) -> None:
    plain = tmp_path / "plain.csv"
    plain.write_text("Haus,99\nGehen,1\n", encoding="utf-8")
    assert run_reader("vocab", "import", str(plain), home=home).returncode == 0
    assert {(term, pos) for term, pos, _ in statuses_of(home)} == {("Haus", "NOUN"), ("Gehen", "NOUN")}


def test_pos_guess_rules() -> None:
    assert guess_pos("Haus")[0] == "NOUN"
    assert guess_pos("xqzlbrt") == ("", "")


@pytest.mark.parametrize(
    "name, content",
    [
        ("bad-status.csv", "term,status\nHaus,99\ngehen,7\n"),
        ("no-status.csv", "term,translation\nHaus,house\n"),
        ("broken.json", '{"format": "reader-vocabulary", "terms": [{"term": "Haus", "status": 99}'),
        ("wrong.json", '{"format": "reader-vocabulary", "terms": [{"term": "Haus", "status": "known"}]}'),
        ("empty.csv", ""),
        ("binary.csv", b"\xff\xfe\x00\x01Haus"),
        ("short.csv", "Haus\n"),
    ],
)
def test_bad_import_file_is_one_line_exit_2_and_database_untouched(
    home: Path, tmp_path: Path, name: str, content: str | bytes
) -> None:
    seed_vocabulary(home)
    before = snapshot(home)
    bad = tmp_path / name
    bad.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    result = run_reader("vocab", "import", str(bad), home=home)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("reader: ")
    assert "Traceback" not in result.stderr
    assert snapshot(home) == before


def test_missing_import_file_and_unwritable_export(home: Path, tmp_path: Path) -> None:
    result = run_reader("vocab", "import", str(tmp_path / "nowhere.csv"), home=home)
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    result = run_reader("vocab", "export", "-o", str(tmp_path / "no" / "dir" / "x.json"), home=home)
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


# ---------------------------------------------------------------- statistics


def test_stats_json(home: Path) -> None:
    seed_vocabulary(home)
    library = Library(home)
    ReadingHistory(library.connection).record(1, 120, 300)
    ReadingHistory(library.connection).record(1, 80, 300)  # the same day: the furthest counts
    ReadingHistory(library.connection).record(2, 50, 50)
    library.close()
    result = run_reader("stats", "--json", home=home)
    assert result.returncode == 0, result.stderr
    stats = json.loads(result.stdout)
    assert (stats["known"], stats["learning"], stats["ignored"]) == (2, 2, 1)
    assert stats["words_read"] == 170 and stats["articles_finished"] == 1
    assert stats["streak"] == 1
    today = stats["by_day"][-1]
    assert set(today) == {"date", "learned", "known_total", "words_read"}
    assert today == {"date": date.today().isoformat(), "learned": 2, "known_total": 2, "words_read": 170}
    text = run_reader("stats", home=home)
    assert text.returncode == 0 and "known 2" in text.stdout


def test_stats_days_streak_and_article_share(home: Path) -> None:
    library = Library(home)
    connection = library.connection
    vocabulary = Vocabulary(connection)
    history = ReadingHistory(connection)
    for day in (1, 2, 3, 5, 6):
        history.record(1, 100, 1000, day=date(2026, 11, day))
    vocabulary.set_status([TermKey("Haus", "NOUN", "n")], KNOWN)
    vocabulary.set_status([TermKey("Haus", "NOUN", "n")], Status.LEARNING_2)
    vocabulary.set_status([TermKey("Haus", "NOUN", "n")], KNOWN)  # learned once, known once
    connection.execute("UPDATE status_history SET changed_at = '2026-11-06T10:00:00.000Z'")
    article_id = library.add_bundled()[0]
    tokens = [
        {"i": 0, "text": "Haus", "start": 0, "end": 4, "whitespace": " ", "lemma": "Haus", "pos": "NOUN", "morph": "",
         "term": "Haus", "is_word": True, "learnable": True, "gender": "n"},
        {"i": 1, "text": "Baum", "start": 5, "end": 9, "whitespace": " ", "lemma": "Baum", "pos": "NOUN", "morph": "",
         "term": "Baum", "is_word": True, "learnable": True, "gender": "m"},
        {"i": 2, "text": "Haus", "start": 10, "end": 14, "whitespace": "", "lemma": "Haus", "pos": "NOUN",
         "morph": "", "term": "Haus", "is_word": True, "learnable": True, "gender": "n"},
    ]
    data = {"title": "t", "words": 3, "difficulty": {}, "sentences": [{"text": "Haus Baum Haus", "start": 0, "end": 14, "tokens": tokens}]}
    library.store_analysis(article_id, Analysis.from_dict(data), engine="test-engine")
    stats = compute(connection, today=date(2026, 11, 7))
    library.close()
    assert (stats.streak, stats.longest_streak) == (2, 3)
    assert [d.date for d in stats.by_day] == [f"2026-11-{day:02d}" for day in range(1, 8)]
    assert stats.by_day[5].learned == 1 and stats.by_day[5].known_total == 1
    assert stats.words_read == 500
    article = next(a for a in stats.articles if a.id == article_id)
    assert article.words == 3 and article.readable == pytest.approx(2 / 3, abs=1e-3)


# ---------------------------------------------------------------- backups


def test_daily_backups_keep_the_last_seven_days(home: Path) -> None:
    seed_vocabulary(home)
    for day in range(1, 11):
        assert daily_backup(home, today=date(2026, 11, day)) is not None
    assert daily_backup(home, today=date(2026, 11, 10)) is None  # one a day
    kept = [day for day, _ in backups(home)]
    assert kept == [date(2026, 11, day) for day in range(4, 11)]
    copy = sqlite3.connect(backups(home)[-1][1])
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("SELECT COUNT(*) FROM terms").fetchone()[0] == 5
    copy.close()
    assert not list((home / "backups").glob("*.partial"))


async def test_the_app_takes_a_backup_when_it_starts(home: Path) -> None:
    from reader.ui.app import ReaderApp

    seed_vocabulary(home)
    async with ReaderApp(home).run_test() as pilot:
        await pilot.pause()
    assert [day for day, _ in backups(home)] == [date.today()]


# ---------------------------------------------------------------- reading history from the reading screen


async def test_leaving_an_article_records_the_words_read(home: Path, founding_article: Path) -> None:
    from reading import app_on_article, wait_for_article

    app = app_on_article(home, founding_article)
    async with app.run_test(size=(120, 34)) as pilot:
        view = await wait_for_article(pilot)
        article_id = app.screen.stored.id
        for _ in range(10):
            await pilot.press("right")
        await pilot.press("q")
        await pilot.pause()
        row = app.library.connection.execute("SELECT words, total_words, finished FROM reading_log").fetchone()
        assert tuple(row) == (11, len(view.word_positions), 0)
        app.open_article(article_id)
        await wait_for_article(pilot)
        await pilot.press("end")
        await pilot.press("q")
        await pilot.pause()
        row = app.library.connection.execute("SELECT words, total_words, finished FROM reading_log").fetchone()
        assert tuple(row) == (len(view.word_positions), len(view.word_positions), 1)


def test_cached_counts_match_a_fresh_count_after_changes(home: Path) -> None:
    """The kept hour counts and article shares, updated as statuses change, equal a count from scratch."""
    from reader.vocab.stats import invalidate

    library = Library(home)
    connection = library.connection
    vocabulary = Vocabulary(connection)
    article_id = library.add_bundled()[0]
    words = ["Haus", "Baum", "Krise", "Leiter", "Frage"]
    tokens = [
        {"i": i, "text": w, "start": i, "end": i + 1, "whitespace": " ", "lemma": w, "pos": "NOUN", "morph": "",
         "term": w, "is_word": True, "learnable": True, "gender": "f"}
        for i, w in enumerate(words * 3 + ["Haus"])
    ]
    data = {"title": "t", "words": len(tokens), "difficulty": {},
            "sentences": [{"text": "", "start": 0, "end": len(tokens), "tokens": tokens}]}
    library.store_analysis(article_id, Analysis.from_dict(data), engine="test-engine")
    keys = [TermKey(w, "NOUN", "f") for w in words]
    steps = [(keys[:2], KNOWN), (keys[1:3], Status.LEARNING_2), (keys[:1], Status.UNKNOWN), (keys[3:], IGNORED),
             (keys[2:4], KNOWN), (keys[:1], KNOWN)]
    for changed, status in steps:
        vocabulary.set_status(changed, status)
        cached = compute(connection)
        with_cache = (cached.by_day, cached.known, [(a.id, a.readable, a.known_share) for a in cached.articles])
        connection.execute("BEGIN IMMEDIATE")
        invalidate(connection)
        connection.execute("COMMIT")
        fresh = compute(connection)
        assert with_cache == (fresh.by_day, fresh.known, [(a.id, a.readable, a.known_share) for a in fresh.articles])
    article = next(a for a in fresh.articles if a.id == article_id)
    assert article.words == 16
    # known or ignored: Haus ×4, Krise, Leiter, Frage ×3 each; Baum is learning
    assert article.known_share == pytest.approx(13 / 16, abs=1e-3)
    assert article.readable == pytest.approx(1.0)
    library.close()
