"""`reader` (the library), `reader open`: the terminal app."""

from __future__ import annotations

import argparse
from pathlib import Path

from reader.errors import DatabaseDamaged, ReaderError


def register(commands) -> None:
    open_ = commands.add_parser("open", help="open one article (a file is imported first)")
    open_.add_argument("article", metavar="PATH_OR_ID", help="a .txt or .md file, or a library id")
    open_.set_defaults(handler=run_open)


def run_library(args: argparse.Namespace) -> int:
    return _run_app(args, article=None)


def run_open(args: argparse.Namespace) -> int:
    return _run_app(args, article=args.article)


def _run_app(args: argparse.Namespace, article: str | None) -> int:
    from reader.library import Library
    from reader.paths import user_home

    home = user_home(args.home)
    article_id = None
    try:
        library = Library(home)
    except DatabaseDamaged:
        pass  # the app opens to the damage and can restore a backup
    else:
        try:
            library.add_bundled()
            article_id = resolve_article(library, article) if article is not None else None
        finally:
            library.close()

    from reader.ui.app import ReaderApp

    app = ReaderApp(home, open_article=article_id, first_start=article is None)
    app.run()
    return app.return_code or 0


def resolve_article(library, reference: str) -> int:
    """A file or web page is imported (once) and opened; a number that is not a file is a library id."""
    if Path(reference).exists() or not reference.isdigit():
        from reader.library.importers import import_first

        return import_first(library, reference)
    if library.get(int(reference)) is None:
        raise ReaderError(f"no article with id {reference} in the library (and no file of that name)")
    return int(reference)

