"""Where the learner's data lives: never in a real user's home during tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.paths import user_home


def test_reader_home_environment_wins_over_platformdirs(home: Path) -> None:
    assert user_home() == home
    assert home.is_dir()


def test_home_option_wins_over_the_environment(home: Path, tmp_path: Path) -> None:
    assert user_home(tmp_path / "explicit") == tmp_path / "explicit"


def test_default_is_the_platform_user_data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("READER_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert user_home() == tmp_path / "xdg" / "reader"
