"""The `reader` command.

Heavy libraries (Textual, spaCy) are imported inside the subcommands that need
them, so `reader --help` answers at once.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from reader.errors import ReaderError


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.handler(args)
    except ReaderError as error:
        print(f"reader: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader",
        description="Read German news as a learner: glosses, grammar, difficulty, your words, Anki.",
    )
    parser.add_argument(
        "--home", metavar="DIR", help="data directory (default: $READER_HOME, else the user data dir)"
    )
    parser.set_defaults(handler=run_library)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    open_ = commands.add_parser("open", help="open one article (a file is imported first)")
    open_.add_argument("article", metavar="PATH_OR_ID", help="a .txt or .md file, or a library id")
    open_.set_defaults(handler=run_open)

    analyze = commands.add_parser("analyze", help="print the analysis of one text")
    analyze.add_argument("path", metavar="PATH", type=Path, help="a .txt or .md file")
    analyze.add_argument("--json", action="store_true", help="machine-readable output (see README)")
    analyze.set_defaults(handler=run_analyze)
    return parser


def run_library(args: argparse.Namespace) -> int:
    return _run_app(args, article=None)


def run_open(args: argparse.Namespace) -> int:
    return _run_app(args, article=args.article)


def _run_app(args: argparse.Namespace, article: str | None) -> int:
    from reader.library import Library
    from reader.paths import user_home

    home = user_home(args.home)
    library = Library(home)
    try:
        library.add_bundled()
        article_id = _resolve_article(library, article) if article is not None else None
    finally:
        library.close()

    from reader.ui.app import ReaderApp

    ReaderApp(home, open_article=article_id).run()
    return 0


def _resolve_article(library, reference: str) -> int:
    """A path is imported (once) and opened; a number that is not a file is a library id."""
    path = Path(reference)
    if path.exists() or not reference.isdigit():
        return library.import_file(path)
    if library.get(int(reference)) is None:
        raise ReaderError(f"no article with id {reference} in the library (and no file of that name)")
    return int(reference)


def run_analyze(args: argparse.Namespace) -> int:
    from reader.library import load_article
    from reader.nlp import analyze

    article = load_article(args.path)
    analysis = analyze(article.body, article.title)
    if args.json:
        json.dump(analysis.to_dict(), sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        _print_analysis_table(analysis)
    return 0


def _print_analysis_table(analysis) -> None:
    print(f"{analysis.title} — {analysis.words} words, {len(analysis.sentences)} sentences")
    for number, sentence in enumerate(analysis.sentences, start=1):
        print(f"\n[{number}] {sentence.text}")
        for token in sentence.tokens:
            if token.is_word:
                print(f"    {token.text:<24} {token.term:<24} {token.pos:<6} {token.morph}")


if __name__ == "__main__":
    raise SystemExit(main())
