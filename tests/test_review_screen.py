"""The review screen as a learner uses it: each answer key stores its schedule; the snapshot of a card;
`p` speaks through espeak-ng into a real WAV while the keys keep working."""

from __future__ import annotations

import functools
import shutil
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from reading import notifications_shown
from review_words import seed_learning

from reader.review.schedule import ReviewSession
from reader.speech import INSTALL_HINT, PLAYER_ENV, speech_dir, wav_name
from reader.ui.app import ReaderApp
from reader.ui.screens import review as review_screen
from reader.ui.screens.review import ReviewScreen
from reader.vocab import Status

SLOW_PLAYER = Path(__file__).with_name("slow_player.py")
needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="needs espeak-ng (.ci/run installs it)")


def stored_schedule(app: ReaderApp, term: str) -> tuple[timedelta, int, int]:
    """(time until the word comes back, its status, the rating logged) as the database holds them."""
    row = app.library.connection.execute(
        "SELECT l.reviewed_at, c.due, t.status, l.rating FROM terms t JOIN review_cards c ON c.term_id = t.id"
        " JOIN review_log l ON l.term_id = t.id WHERE t.term = ?",
        (term,),
    ).fetchone()
    interval = datetime.fromisoformat(row["due"]) - datetime.fromisoformat(row["reviewed_at"])
    return interval, row["status"], row["rating"]


async def test_each_answer_key_stores_its_schedule(home: Path) -> None:
    seed_learning(home)  # four new words at stage 1, answered in this order:
    app = ReaderApp(home, review=True)
    async with app.run_test(size=(110, 32)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        for answer_key in ("1", "h", "3", "e"):  # Again, Hard, Good, Easy: digits and mnemonics alike
            await pilot.press("space", answer_key)
        again, hard, good, easy = (stored_schedule(app, term) for term in ("Aufgabe", "übereinkommen", "Spannung", "verhandeln"))
    assert again == (timedelta(minutes=1), 1, 1)
    assert hard[0] == timedelta(minutes=5, seconds=30) and hard[1:] == (1, 2)
    assert good == (timedelta(minutes=10), 1, 3)
    # FSRS spreads intervals at random ("fuzz") by up to about a quarter, so Easy is a week or so
    assert timedelta(days=5) <= easy[0] <= timedelta(days=14) and easy[2] == 4
    assert easy[1] in (Status.LEARNING_3, Status.LEARNING_4)  # back in about a week: stage 3 or 4


async def test_an_answer_key_first_shows_the_answer(home: Path) -> None:
    seed_learning(home)
    app = ReaderApp(home, review=True)
    async with app.run_test(size=(110, 32)) as pilot:
        await pilot.press("3")
        assert app.screen.revealed
        assert app.library.connection.execute("SELECT COUNT(*) FROM review_log").fetchone()[0] == 0


async def test_nothing_due_says_when_to_come_back(home: Path) -> None:
    seed_learning(home, stage=Status.KNOWN)
    app = ReaderApp(home, review=True)
    async with app.run_test(size=(110, 32)) as pilot:
        await pilot.pause()
        assert "no word is due" in str(app.screen.query_one("#review-keys").render())


async def test_r_in_the_library_opens_the_review(home: Path) -> None:
    seed_learning(home)
    app = ReaderApp(home)
    async with app.run_test(size=(110, 32)) as pilot:
        await pilot.press("r")
        assert isinstance(app.screen, ReviewScreen)
        assert all(binding.id for binding in app.screen.BINDINGS)


@pytest.fixture
def midday(monkeypatch: pytest.MonkeyPatch) -> None:
    """The review screen's clock at noon: a card answered a few minutes before the review day ends
    (4 a.m.) comes back tomorrow, which would change the counts the snapshot shows."""
    noon = datetime.now().astimezone().replace(hour=12, minute=0, second=0, microsecond=0)
    monkeypatch.setattr(review_screen, "ReviewSession", functools.partial(ReviewSession, clock=lambda: noon))


def test_review_card_snapshot(snap_compare, home: Path, midday: None) -> None:
    seed_learning(home)

    async def show_the_answer_of_the_second_card(pilot) -> None:
        await pilot.press("space", "3", "space")  # the separable verb, both parts marked
        await pilot.pause()

    assert snap_compare(ReaderApp(home, review=True), terminal_size=(110, 30), run_before=show_the_answer_of_the_second_card)


# ---------------------------------------------------------------- pronunciation


@pytest.fixture
def speech_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache of the test's own, and a player that plays the WAV in real time to no device."""
    monkeypatch.setenv("READER_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv(PLAYER_ENV, f"{sys.executable} {SLOW_PLAYER}")
    return tmp_path / "cache"


async def wait_until(pilot, condition, seconds: float = 20) -> None:
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("never happened")


@needs_espeak
async def test_p_writes_the_words_wav_and_keys_work_while_it_speaks(home: Path, speech_cache: Path) -> None:
    seed_learning(home)
    app = ReaderApp(home, review=True)
    async with app.run_test(size=(110, 32)) as pilot:
        await pilot.press("p")
        wav = speech_dir() / wav_name("die Aufgabe")
        await wait_until(pilot, wav.exists)
        assert wav.stat().st_size > 1000 and wav.read_bytes()[:4] == b"RIFF"
        await pilot.press("P")  # the sentence: several seconds of speech
        speaking = [worker for worker in app.screen.workers if worker.group == "speech"]
        await wait_until(pilot, lambda: (speech_dir() / wav_name("Das ist eine schwierige Aufgabe für alle.")).exists())
        await pilot.press("space")  # handled at once, while the sentence is still being said
        assert app.screen.revealed
        assert any(worker.is_running for worker in speaking)


async def test_without_espeak_ng_p_says_how_to_install_it(home: Path, speech_cache: Path, tmp_path: Path, monkeypatch) -> None:
    seed_learning(home)
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))
    app = ReaderApp(home, review=True)
    async with app.run_test(size=(110, 32), notifications=True) as pilot:
        await pilot.press("p")
        await app.workers.wait_for_complete()
        await pilot.pause()
        messages = notifications_shown(app)
    assert messages == [INSTALL_HINT] and "\n" not in INSTALL_HINT and "apt install espeak-ng" in INSTALL_HINT
