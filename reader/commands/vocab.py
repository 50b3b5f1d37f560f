"""`reader stats [--json]`, `reader vocab export --format csv|json [-o FILE]`, `reader vocab import FILE`."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from reader.errors import ReaderError


def register(commands) -> None:
    stats = commands.add_parser("stats", help="vocabulary progress: known terms, words read, streak")
    stats.add_argument("--json", action="store_true", help="the whole report as one JSON object")
    stats.add_argument("--days", type=int, default=14, metavar="N", help="days shown in the table (default 14)")
    stats.set_defaults(handler=run_stats)

    vocab = commands.add_parser("vocab", help="export or import the learner's words")
    actions = vocab.add_subparsers(title="actions", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write every term with status, dates, note, sentence and history")
    export.add_argument("--format", choices=("csv", "json"), default="json", help="file format (default json)")
    export.add_argument("-o", "--output", type=Path, metavar="FILE", help="write here (default: standard output)")
    export.set_defaults(handler=run_export)
    import_ = actions.add_parser(
        "import", help="read our own export (csv/json) or a term,status CSV from LUTE or LingQ"
    )
    import_.add_argument("file", type=Path, metavar="FILE")
    import_.add_argument(
        "--scale",
        choices=("auto", "lute", "lingq"),
        default="auto",
        help="status numbers of a term,status CSV: LUTE 1-5/98/99 or LingQ 0-4 (default: guess)",
    )
    import_.set_defaults(handler=run_import)


def _open(args: argparse.Namespace):
    from reader.library import Library
    from reader.paths import user_home

    return Library(user_home(args.home))


def run_stats(args: argparse.Namespace) -> int:
    from reader.review.stats import review_stats
    from reader.vocab.stats import compute

    library = _open(args)
    try:
        stats = compute(library.connection)
        reviews = review_stats(library.connection)
    finally:
        library.close()
    if args.json:
        print(json.dumps({**stats.to_dict(), "reviews": reviews.to_dict()}, ensure_ascii=False))
        return 0
    print(
        f"known {stats.known}   learning {stats.learning}   ignored {stats.ignored}   "
        + (f"known (assumed by the placement) {stats.assumed}   " if stats.assumed else "")
        + f"words read {stats.words_read}   articles finished {stats.articles_finished}"
    )
    print(f"streak {stats.streak} day{'s' if stats.streak != 1 else ''} (longest {stats.longest_streak})   "
          f"learned today {stats.learned_today}")
    print(f"reviewed today {reviews.reviews_today}   due today {reviews.due_today}   "
          f"due in 7 days {sum(day.due for day in reviews.forecast[1:8])}   new waiting {reviews.new_waiting}")
    if stats.by_day:
        print()
        print(f"{'date':<12}{'learned':>8}{'known':>8}{'read':>8}")
        for day in stats.by_day[-max(args.days, 0):] if args.days else []:
            print(f"{day.date:<12}{day.learned:>8}{day.known_total:>8}{day.words_read:>8}")
    if stats.articles:
        print()
        print(f"{'id':>5}  {'readable':>8}  {'read':>6}  title")
        for article in sorted(stats.articles, key=lambda a: -a.readable):
            mark = " ✓" if article.finished else ""
            print(f"{article.id:>5}  {article.readable:>8.0%}  {article.words_read:>6}  {article.title}{mark}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from reader.vocab.transfer import export_csv, export_json

    library = _open(args)
    try:
        text = export_csv(library.connection) if args.format == "csv" else export_json(library.connection)
    finally:
        library.close()
    if args.output is None:
        sys.stdout.write(text)
        return 0
    _write_atomically(args.output, text)
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


def _write_atomically(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, then rename: an old export is never left half-overwritten."""
    if path.is_dir():
        raise ReaderError(f"{path}: is a directory; give a file name")
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, path)
    except FileNotFoundError:
        raise ReaderError(f"{path}: the folder {path.parent} does not exist") from None
    except OSError as error:
        raise ReaderError(f"{path}: cannot write ({error.strerror})") from None
    finally:
        partial.unlink(missing_ok=True)


def run_import(args: argparse.Namespace) -> int:
    from reader.vocab.transfer import import_file

    if not args.file.exists():
        raise ReaderError(f"{args.file}: no such file")
    library = _open(args)
    try:
        result = import_file(library.connection, args.file, scale=args.scale)
    finally:
        library.close()
    print(result.summary())
    return 0
