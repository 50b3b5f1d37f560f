"""Benchmark the reading screen on a long article (targets: first frame of a cached 5,000-word article
<= 0.2 s, cursor move <= 5 ms, status change <= 10 ms, `reader` start to library visible <= 1 s).

    python bench/bench_reading.py [--copies 17]

Builds an article of about 5,000 words from copies of the founding article and analyzes it once
(not timed). Then, in the real app run headless: the time from starting the app to the library
being visible; from asking for the article to the first frame the app draws with the article's
lines in it (the analysis comes from the database), the first time in the session and again
right after going back to the library with `q`; and the widget's own work for a cursor move
and a status change: the action plus repainting the lines it dirtied (render_line), without the
test driver, whose own overhead per key press (tens of milliseconds) would hide what is measured.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from reader.library import Article, Library, load_article
from reader.paths import BUNDLED_TEXTS_DIR
from reader.ui.app import ReaderApp
from reader.ui.screens.reading import ReadingScreen
from reader.ui.widgets.article_view import ArticleView
from reader.vocab import Status


def repaint(view: ArticleView) -> None:
    """Draw every line on screen the way the compositor asks for dirty lines (cached ones are cheap)."""
    for y in range(view.scrollable_content_region.height):
        view.render_line(y)


def record_article_frames(app: ReaderApp) -> list[float]:
    """Times at which the app hands the terminal a frame of a reading screen with its article laid out."""
    frames: list[float] = []
    display = app._display

    def recording_display(screen, update) -> None:
        display(screen, update)
        if update is not None and isinstance(screen, ReadingScreen):
            views = screen.query(ArticleView)
            if views and views.first().line_count:
                frames.append(time.perf_counter())

    app._display = recording_display
    return frames


async def open_article(app: ReaderApp, pilot, article_id: int, frames: list[float]) -> float:
    """Seconds from asking for the article to the first frame with its text."""
    frames.clear()
    started = time.perf_counter()
    app.open_article(article_id)
    while not frames:
        await pilot.pause(0.001)
    return frames[0] - started


async def measure(home: Path, article_id: int) -> None:
    started = time.perf_counter()
    app = ReaderApp(home)
    frames = record_article_frames(app)
    async with app.run_test(size=(140, 45)) as pilot:
        while not app.screen.query("#articles"):
            await pilot.pause(0.001)
        print(f"start to library visible: {time.perf_counter() - started:.3f} s")
        await pilot.pause(0.2)
        seconds = await open_article(app, pilot, article_id, frames)
        print(f"open the cached article: {seconds:.3f} s to its first frame"
              " (the first screen of the session also parses the reading screen's CSS)")
        started = time.perf_counter()
        await pilot.press("q")
        print(f"back to the library (q, shares recounted): {time.perf_counter() - started:.3f} s")
        seconds = await open_article(app, pilot, article_id, frames)
        print(f"open it again: {seconds:.3f} s to its first frame")
        view, screen = app.screen.query_one(ArticleView), app.screen
        await pilot.pause(0.2)
        repaint(view)
        moves, changes = [], []
        for stage in [1, 2, 3, 4, 5] * 6:
            started = time.perf_counter()
            view.action_next_word()
            repaint(view)
            moves.append(time.perf_counter() - started)
            started = time.perf_counter()
            screen.action_set_status(int(Status(stage)))
            repaint(view)
            changes.append(time.perf_counter() - started)
        print(f"cursor move (action + repaint): median {statistics.median(moves) * 1e3:.2f} ms, max {max(moves) * 1e3:.2f} ms")
        print(f"status change (stored + every occurrence recoloured + repaint): median "
              f"{statistics.median(changes) * 1e3:.2f} ms, max {max(changes) * 1e3:.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=17)
    args = parser.parse_args()
    founding = load_article(BUNDLED_TEXTS_DIR / "2022-02-19-japan-nato-ukraine.md")
    long_article = Article(title="Long article", body="\n\n".join([founding.body] * args.copies))
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        library = Library(home)
        article_id = library.add(long_article)
        words = library.ensure_analyzed(article_id).words
        library.close()
        print(f"article: {words} words")
        asyncio.run(measure(home, article_id))


if __name__ == "__main__":
    main()
