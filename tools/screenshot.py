"""Regenerate the README screenshots (docs/*.svg) with the app's own `save_screenshot`.

    python tools/screenshot.py

Runs the real app headless in a throw-away home on the founding article, marks a
few words as a learner would, and saves the reading screen and the library.
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from reader.library import Library
from reader.paths import BUNDLED_TEXTS_DIR
from reader.ui.app import ReaderApp
from reader.ui.widgets.article_view import ArticleView

DOCS = Path(__file__).resolve().parent.parent / "docs"
FOUNDING_ARTICLE = BUNDLED_TEXTS_DIR / "2022-02-19-japan-nato-ukraine.md"


async def take_screenshots(home: Path) -> None:
    library = Library(home)
    article_id = library.import_file(FOUNDING_ARTICLE)
    library.close()
    app = ReaderApp(home, open_article=article_id)
    async with app.run_test(size=(130, 38)) as pilot:
        await app.workers.wait_for_complete()
        while not (app.screen.query(ArticleView) and app.screen.query_one(ArticleView).line_count):
            await pilot.pause(0.05)
        view = app.screen.query_one(ArticleView)
        await pilot.press("m")  # a learner who knows the everyday words of the first page …
        for word, key in (("Spannungen", "2"), ("Souveränität", "1"), ("Befürchtungen", "3"), ("kamen", "1")):
            view.cursor = next(token.i for token in view.tokens if token.text == word)
            await pilot.press("u", key)  # … is learning these
        view.cursor = next(token.i for token in view.tokens if token.text == "kamen")
        await pilot.pause()
        app.save_screenshot("reading.svg", str(DOCS))
        await pilot.press("q")
        await pilot.pause()
        app.save_screenshot("library.svg", str(DOCS))


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as home:
        asyncio.run(take_screenshots(Path(home)))
    print(f"wrote {DOCS / 'reading.svg'} and {DOCS / 'library.svg'}")


if __name__ == "__main__":
    main()
