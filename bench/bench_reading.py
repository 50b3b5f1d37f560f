"""Benchmark the reading screen on a long article (DESIGN: ~0.13 s to first frame, 2–5 ms to recolour).

    python bench/bench_reading.py [--copies 17]

Builds an article of about 5,000 words from copies of the founding article,
analyses it once (not timed), then times with the real app, headless:
opening it from the cache until its first lines are laid out, a status change
(stored, and every occurrence recoloured), and moving the cursor.
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
from reader.ui.widgets.article_view import ArticleView


async def measure(home: Path, article_id: int) -> None:
    started = time.perf_counter()
    app = ReaderApp(home, open_article=article_id)
    async with app.run_test(size=(140, 45)) as pilot:
        while not (app.screen.query(ArticleView) and app.screen.query_one(ArticleView).line_count):
            await pilot.pause(0.001)
        print(f"open a {app.screen.query_one(ArticleView).line_count}-line article from the cache: "
              f"{time.perf_counter() - started:.3f} s to first layout")
        view = app.screen.query_one(ArticleView)
        idle = []
        for _ in range(10):
            started = time.perf_counter()
            await pilot.press("x")  # bound to nothing: what a key press costs the test driver itself
            idle.append(time.perf_counter() - started)
        print(f"an unbound key (the driver's own cost, included below): median {statistics.median(idle) * 1e3:.1f} ms")
        recolour, moves = [], []
        for key in "12345" * 4:
            started = time.perf_counter()
            await pilot.press(key)
            recolour.append(time.perf_counter() - started)
            started = time.perf_counter()
            await pilot.press("right")
            moves.append(time.perf_counter() - started)
        print(f"status change (stored + all occurrences recoloured): median {statistics.median(recolour) * 1e3:.1f} ms")
        print(f"cursor to the next word: median {statistics.median(moves) * 1e3:.1f} ms")
        assert view.token is not None


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
        analysis = library.analyse(article_id)
        library.close()
        print(f"article: {analysis.words} words")
        asyncio.run(measure(home, article_id))


if __name__ == "__main__":
    main()
