"""`reader analyze PATH [--json]`: the analysis of one text (the JSON contract in the README)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(commands) -> None:
    analyze = commands.add_parser("analyze", help="print the analysis of one text")
    analyze.add_argument("path", metavar="PATH", type=Path, help="a .txt or .md file")
    analyze.add_argument("--json", action="store_true", help="machine-readable output (see README)")
    analyze.set_defaults(handler=run_analyze)


def run_analyze(args: argparse.Namespace) -> int:
    import gc

    # One text, then the process ends: the cycle collector, run after the analysis, would only scan
    # its hundreds of thousands of objects (0.3 s of a 20,000-word text) to free nothing. Threshold 0
    # stops it where gc.disable() would not last (loading the pipeline's msgpack turns it back on).
    # Restored after for callers that go on (tests run the command in their process), with what is
    # alive by then set aside from its scans (gc.freeze) for the same reason.
    thresholds = gc.get_threshold()
    gc.set_threshold(0)
    try:
        return _print_analysis(args)
    finally:
        gc.freeze()
        gc.set_threshold(*thresholds)


def _print_analysis(args: argparse.Namespace) -> int:
    from reader.difficulty import score
    from reader.library import load_article

    article = load_article(args.path)
    analysis = _analysis(article, args.home)
    if args.json:
        sys.stdout.flush()
        sys.stdout.buffer.write(analysis.to_json(score(analysis).to_dict(), indent=True) + b"\n")
        sys.stdout.flush()
    else:
        _print_table(analysis)
    return 0


def _analysis(article, home: Path | None):
    """The library's analysis when the text is in the library (made and stored there once, through
    `Library.ensure_analyzed`), else one made here; a missing library is not created."""
    from dataclasses import replace

    from reader.errors import DatabaseDamaged, DatabaseTooNew
    from reader.library import Library
    from reader.nlp import analyze
    from reader.paths import database_path, user_home

    home = user_home(home, create=False)
    if database_path(home).exists():
        try:
            library = Library(home)
        except (DatabaseDamaged, DatabaseTooNew):
            return analyze(article.body, article.title)  # a file can be analyzed without the library
        try:
            article_id = library.find_by_text(article)
            if article_id is not None:
                return replace(library.ensure_analyzed(article_id).full(), title=article.title)
        finally:
            library.close()
    return analyze(article.body, article.title)


def _print_table(analysis) -> None:
    print(f"{analysis.title} — {analysis.words} words, {len(analysis.sentences)} sentences")
    for number, sentence in enumerate(analysis.sentences, start=1):
        print(f"\n[{number}] {sentence.text}")
        for token in sentence.tokens:
            if token.is_word:
                print(f"    {token.text:<24} {token.term:<24} {token.pos:<6} {token.morph}")
