"""Shared fixtures: a throw-away learner home and the founding article."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.paths import BUNDLED_TEXTS_DIR

FOUNDING_ARTICLE = BUNDLED_TEXTS_DIR / "2022-02-19-japan-nato-ukraine.md"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh learner home; READER_HOME points at it so no test touches real user data."""
    path = tmp_path / "home"
    monkeypatch.setenv("READER_HOME", str(path))
    return path


@pytest.fixture
def founding_article() -> Path:
    return FOUNDING_ARTICLE


def pytest_terminal_summary(terminalreporter) -> None:
    """The fault suite's counts (tests/faults.py), when it ran."""
    from faults import TALLY

    if TALLY.cases:
        terminalreporter.write_sep("-", "fault suite")
        terminalreporter.write_line(TALLY.summary())
