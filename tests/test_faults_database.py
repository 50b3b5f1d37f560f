"""Fault suite, the database: damaged, not a database at all, cut short, or from a newer reader.

Every command that opens the database refuses it with one line and exit 2, and leaves its bytes as they
were; `reader restore` puts yesterday's backup back and keeps the damaged file aside; a backup that
fails its integrity check is never kept and never rotates the good ones away. Real files, real SQLite.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from reader.errors import DatabaseDamaged
from reader.paths import BUNDLED_TEXTS_DIR, database_path
from reader.vocab.backup import backups, daily_backup

from faults import assert_survived, database_state, run
from learner_home import (
    TODAY,
    YESTERDAY,
    break_an_index,
    cut_in_half,
    mark_as_newer_schema,
    replace_with_random_bytes,
    seed,
    statuses,
    write_garbage_into_the_middle,
)

ARTICLE = BUNDLED_TEXTS_DIR / "2022-02-19-japan-nato-ukraine.md"
COMMANDS = {
    "list": ("list",),
    "stats": ("stats", "--json"),
    "export anki": ("export", "anki", "-o", "{tmp}/words.apkg"),
    "vocab export": ("vocab", "export", "--format", "csv"),
    "import": ("import", "--no-analyze", str(ARTICLE)),
    "score": ("score", str(ARTICLE)),
}
FAULTS = {
    "garbage in the middle": (write_garbage_into_the_middle, "is damaged"),
    "random bytes": (replace_with_random_bytes, "file is not a database"),
    "cut in half": (cut_in_half, "is damaged"),
    "newer schema": (mark_as_newer_schema, "written by a newer version of reader"),
}


@pytest.mark.parametrize("fault", FAULTS)
def test_every_command_refuses_a_bad_database_with_one_line_and_leaves_it_as_it_was(
    tmp_path: Path, fault: str
) -> None:
    home = tmp_path / "home"
    seed(home)
    spoil, message = FAULTS[fault]
    spoil(database_path(home))
    before = database_state(home)
    assert before.integrity != "ok" or fault == "newer schema"  # the fault is real
    for name, args in COMMANDS.items():
        outcome = run(f"{fault}: {name}", home, *(arg.format(tmp=tmp_path) for arg in args))
        assert_survived(outcome, before, database_state(home), message=message, untouched=True)
        if message == "is damaged":
            assert "the newest backup is" in outcome.stderr and "`reader restore`" in outcome.stderr
    assert not (tmp_path / "words.apkg").exists()


def test_damage_the_check_on_opening_cannot_see_is_one_line_when_a_write_meets_it(tmp_path: Path) -> None:
    home = tmp_path / "home"
    seed(home)
    break_an_index(database_path(home))  # quick_check passes: the write is the first to notice
    words = tmp_path / "words.csv"
    words.write_text("term,status\nBündnis,99\nSpannung,99\n", encoding="utf-8")
    before = database_state(home)
    outcome = run("broken index met by a write", home, "vocab", "import", str(words))
    assert_survived(outcome, before, database_state(home), message="missing from index", untouched=True)
    assert "`reader restore`" in outcome.stderr


def test_restore_brings_back_yesterday_and_keeps_the_damaged_file_aside(tmp_path: Path) -> None:
    home = tmp_path / "home"
    seed(home)
    assert statuses(database_path(home)) == TODAY
    write_garbage_into_the_middle(database_path(home))
    damaged = database_path(home).read_bytes()

    outcome = run("restore", home, "restore")
    assert outcome.returncode == 0, outcome.stderr
    [kept] = home.glob("reader-replaced-*.db")
    assert kept.read_bytes() == damaged  # moved aside, byte for byte
    assert f"kept as {kept}" in outcome.stdout
    assert statuses(database_path(home)) == YESTERDAY
    assert database_state(home).integrity == "ok"
    assert run("stats after restore", home, "stats", "--json").returncode == 0


def test_restore_names_a_day_or_a_file_and_skips_a_damaged_newest_backup(tmp_path: Path) -> None:
    home = tmp_path / "home"
    seed(home)
    older = date.today() - timedelta(days=3)
    daily_backup(home, today=older)  # holds TODAY's statuses
    [(_, first), (newest_day, newest)] = backups(home)
    write_garbage_into_the_middle(newest)

    assert run("restore (newest damaged)", home, "restore").returncode == 0
    assert statuses(database_path(home)) == TODAY  # the damaged newest backup was passed over

    named = run("restore a damaged day", home, "restore", newest_day.isoformat())
    assert named.returncode == 2 and "is damaged" in named.stderr and len(named.stderr.splitlines()) == 1
    assert run("restore a file", home, "restore", str(first)).returncode == 0


def write_garbage_into_the_middle_of(path: Path) -> None:
    home = path.parent / "spoil"
    home.mkdir()
    database_path(home).write_bytes(path.read_bytes())
    write_garbage_into_the_middle(database_path(home))
    path.write_bytes(database_path(home).read_bytes())


def test_restore_without_a_backup_is_one_line_and_changes_nothing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    seed(home, backup_yesterday=False)
    write_garbage_into_the_middle(database_path(home))
    before = database_state(home)
    outcome = run("restore without backups", home, "restore")
    assert_survived(outcome, before, database_state(home), message="no backup to restore", untouched=True)
    damaged = run("damaged without backups", home, "list")
    assert_survived(damaged, before, database_state(home), message="there is no backup", untouched=True)


def test_a_damaged_backup_is_never_kept_and_never_rotates_the_good_ones_away(tmp_path: Path) -> None:
    home = tmp_path / "home"
    seed(home, backup_yesterday=False)
    first = date(2026, 11, 1)
    for day in range(7):
        daily_backup(home, today=first + timedelta(days=day))
    break_an_index(database_path(home))
    with pytest.raises(DatabaseDamaged, match="missing from index"):
        daily_backup(home, today=first + timedelta(days=30))
    assert [day for day, _ in backups(home)] == [first + timedelta(days=day) for day in range(7)]
    assert not list((home / "backups").glob("*.partial"))


async def test_the_app_opens_to_the_damage_and_restores_on_r(tmp_path: Path) -> None:
    from reader.ui.app import ReaderApp
    from reader.ui.dialogs.damaged_database import DamagedDatabase
    from reader.ui.screens.library import LibraryScreen

    home = tmp_path / "home"
    seed(home)
    write_garbage_into_the_middle(database_path(home))
    app = ReaderApp(home)
    async with app.run_test(size=(120, 34)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, DamagedDatabase)
        report = str(app.screen.query_one("#damage-report").render())
        assert "is damaged" in report and "`reader restore`" in report
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
    assert statuses(database_path(home)) == YESTERDAY
    assert len(list(home.glob("reader-replaced-*.db"))) == 1


async def test_the_app_shows_damage_its_backup_check_finds(tmp_path: Path) -> None:
    from reader.ui.app import ReaderApp
    from reader.ui.dialogs.damaged_database import DamagedDatabase

    home = tmp_path / "home"
    seed(home)
    break_an_index(database_path(home))  # passes the quick check on opening, fails the backup's integrity check
    app = ReaderApp(home)
    async with app.run_test(size=(120, 34)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, DamagedDatabase)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 2
    assert [day for day, _ in backups(home)] == [date.today() - timedelta(days=1)]
