"""Snapshot tests: what the learner sees, compared with the approved SVGs in `__snapshots__/`."""

from __future__ import annotations

from pathlib import Path

from reading import app_on_article, wait_for_article


def test_reading_screen(snap_compare, home: Path, founding_article: Path) -> None:
    async def move_to_kamen(pilot) -> None:
        view = await wait_for_article(pilot)
        view.cursor = next(token.i for token in view.tokens if token.text == "kamen")
        await pilot.pause()

    assert snap_compare(app_on_article(home, founding_article), terminal_size=(120, 34), run_before=move_to_kamen)


def test_library_screen(snap_compare, home: Path, founding_article: Path) -> None:
    app = app_on_article(home, founding_article)

    async def back_to_library(pilot) -> None:
        await wait_for_article(pilot)
        await pilot.press("q")
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()  # the rows' fit is filled in by a worker (late on a busy machine)
        await pilot.pause()

    assert snap_compare(app, terminal_size=(120, 20), run_before=back_to_library)


def test_help_screen(snap_compare, home: Path, founding_article: Path) -> None:
    async def open_help(pilot) -> None:
        await wait_for_article(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(app_on_article(home, founding_article), terminal_size=(120, 40), run_before=open_help)


def test_reading_screen_in_a_light_theme(snap_compare, home: Path, founding_article: Path) -> None:
    """settings.toml's theme reaches every colour: word statuses, the cursor, the panel's genders."""
    home.mkdir(parents=True, exist_ok=True)
    (home / "settings.toml").write_text('theme = "textual-light"\n', encoding="utf-8")

    async def move_to_kamen(pilot) -> None:
        view = await wait_for_article(pilot)
        view.cursor = next(token.i for token in view.tokens if token.text == "kamen")
        await pilot.pause()

    assert snap_compare(app_on_article(home, founding_article), terminal_size=(120, 34), run_before=move_to_kamen)
