"""`reader import`, `reader feeds add|list|update`, `reader list`: bringing news into the library.

Each new article is analyzed once, right after import, and the analysis is
cached, so opening it later is instant. A batch goes on past a bad item:
every failure is one line on stderr, the rest is imported, and the exit code
says how it went (0 all well, 1 some failed, 2 nothing could be imported).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from reader.errors import ReaderError
from reader.settings import load_settings

def register(commands) -> None:
    import_ = commands.add_parser("import", help="add files, web pages or RSS/Atom feeds to the library")
    import_.add_argument("sources", metavar="PATH_OR_URL", nargs="+", help=".txt .md .html .epub, a web page, a feed")
    _network_options(import_)
    import_.set_defaults(handler=run_import)

    feeds = commands.add_parser("feeds", help="follow RSS/Atom feeds: add, list, update")
    actions = feeds.add_subparsers(title="actions", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="follow a feed (checked once; `feeds update` imports it)")
    add.add_argument("url", metavar="URL")
    add.add_argument("--timeout", type=_seconds, default=None, metavar="SECONDS", help="give up after this long")
    add.set_defaults(handler=run_feeds_add)
    actions.add_parser("list", help="the feeds you follow (suggestions when none)").set_defaults(handler=run_feeds_list)
    update = actions.add_parser("update", help="import the new articles of every feed you follow")
    _network_options(update)
    update.set_defaults(handler=run_feeds_update)

    list_ = commands.add_parser("list", help="the articles in the library")
    list_.add_argument("--json", action="store_true", help="one JSON object per article (see README)")
    list_.set_defaults(handler=run_list)


def _network_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--timeout", type=_seconds, default=None, metavar="SECONDS",
        help="give up on a page after this many seconds (default 20)",
    )
    parser.add_argument("--no-analyze", action="store_true", help="import only; analyze when an article is opened")
    parser.add_argument(
        "--jobs", type=_processes, default=None, metavar="N",
        help="analyze in at most N processes (default: one per core, for batches large enough to pay off)",
    )


def _processes(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a number of processes: {text!r}")
    return int(text)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 0 < value <= 600:
        raise argparse.ArgumentTypeError("the timeout must be between 0 and 600 seconds")
    return value


def run_import(args: argparse.Namespace) -> int:
    with _library(args) as library:
        return _run_batch(library, args, [(source, None) for source in args.sources])


def run_feeds_update(args: argparse.Namespace) -> int:
    with _library(args) as library:
        feeds = library.feeds()
        if not feeds:
            raise ReaderError("you follow no feeds yet: add one with `reader feeds add URL` (see `reader feeds list`)")
        return _run_batch(library, args, [(feed.url, feed) for feed in feeds])


def _run_batch(library, args: argparse.Namespace, sources: list) -> int:
    """Import every source, print one line per article, analyze the new ones; the exit code of the batch."""
    from reader.library.importers import DEFAULT_TIMEOUT, import_source, update_feed

    timeout = args.timeout or DEFAULT_TIMEOUT
    progress = Progress(sys.stderr)
    new_ids: list[int] = []
    read = failed = 0  # sources that could be read at all; failed sources, items and analyses
    for number, (source, feed) in enumerate(sources):
        name = feed.title if feed and feed.title else source
        if len(sources) > 1:
            progress.show(number, len(sources), name)
        on_item = progress.callback(name)
        try:
            if feed is not None:
                results = update_feed(library, feed, timeout=timeout, on_item=on_item)
            else:
                results = import_source(library, source, timeout=timeout, on_item=on_item)
            for result in results:
                progress.clear()
                if result.error:
                    failed += 1
                    _error(f"{result.source}: {result.error}" if result.source not in result.error else result.error)
                    continue
                if result.warning:
                    _error(f"warning: {result.title or result.source}: {result.warning}")
                status = "" if result.new else "  (already in library)"
                print(f"{result.article_id:>5}  {result.title}{status}", flush=True)
                if result.new:
                    new_ids.append(result.article_id)
            read += 1
        except ReaderError as error:
            progress.clear()
            failed += 1
            _error(str(error))
    progress.clear()
    if new_ids and not args.no_analyze:
        failed += _analyze(library, new_ids, progress, args.jobs)
    if failed:
        return 1 if read else 2
    return 0


def _analyze(library, article_ids: list[int], progress: Progress, jobs: int | None) -> int:
    """Analyze each new article once and store it; 1 if the analysis could not run (the articles stay)."""
    from reader.library.batch import analyze_articles, processes_for

    processes = processes_for(len(article_ids), jobs)
    label = f"analyzing in {processes} processes" if processes > 1 else "analyzing"
    try:
        if len(article_ids) > 1:
            progress.show(0, len(article_ids), label)
        analyze_articles(
            library, article_ids, processes,
            lambda done, total: progress.show(done, total, label) if total > 1 else None,
        )
        progress.clear()
    except ReaderError as error:
        progress.clear()
        _error(f"imported, but not analyzed: {error}")
        return 1
    return 0


def run_feeds_add(args: argparse.Namespace) -> int:
    from reader.library.fetch import is_url
    from reader.library.importers import DEFAULT_TIMEOUT, check_feed

    if not is_url(args.url):
        raise ReaderError(f"not a web address: {args.url} (a feed is added by its http:// or https:// address)")
    parsed = check_feed(args.url, timeout=args.timeout or DEFAULT_TIMEOUT)
    with _library(args) as library:
        feed_id, new = library.add_feed(args.url, parsed.title)
    state = "added" if new else "already followed"
    print(
        f"{feed_id:>5}  {parsed.title or args.url}"
        f"  ({state}; {len(parsed.items)} items now, `reader feeds update` imports them)"
    )
    return 0


def run_feeds_list(args: argparse.Namespace) -> int:
    with _library(args) as library:
        feeds = library.feeds()
    if not feeds:
        print("You follow no feeds yet. German news feeds to start with (`reader feeds add URL`):")
        for name, url in load_settings(library.home).feeds.items():
            print(f"  {name:<36} {url}")
        return 0
    for feed in feeds:
        checked = f"checked {feed.checked_at}" if feed.checked_at else "never checked"
        print(f"{feed.id:>5}  {feed.title or '(untitled)'}  {feed.url}  ({checked})")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from reader.vocab.stats import article_shares

    with _library(args) as library:
        summaries = library.summaries()
        shares = article_shares(library.connection)
        rows = [
            _list_row(stored, summaries.get(stored.id), shares.get(stored.id))
            for stored in library.articles()
        ]
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for row in rows:
        level, fit = row["level"] or "–", row["fit"] or "–"
        print(f"{row['id']:>5}  {level:<3} {fit:<9} {row['words']:>6} words  {row['date'] or '':<10}  {row['title']}")
    return 0


def _list_row(stored, summary, share) -> dict:
    """An article as `reader list` shows it: the level once analyzed, and this learner's unknown share,
    new word share and fit (difficulty.FIT_CALIBRATION)."""
    from reader.difficulty import fit_for, new_word_share

    article = stored.article
    analyzed = summary is not None and share is not None
    new_words = new_word_share(share.unknown_terms, share.tokens) if analyzed else None
    return {
        "id": stored.id,
        "title": article.title,
        "source": article.source or article.site,
        "url": article.url,
        "date": article.date or None,
        "words": article.words,
        "level": summary.level if summary else None,
        "unknown_share": round(share.unknown_share, 4) if analyzed else None,
        "new_word_share": round(new_words, 4) if analyzed else None,
        "fit": fit_for(new_words) if analyzed else None,
        "author": article.author,
        "added_at": stored.added_at,
    }


class _library:
    """The learner's library for the length of a command, closed even when the command fails."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args

    def __enter__(self):
        from reader.library import Library
        from reader.paths import user_home

        self.library = Library(user_home(self.args.home))
        return self.library

    def __exit__(self, *exc) -> None:
        self.library.close()


class Progress:
    """A one-line text progress bar on a terminal's stderr; silent when stderr is not a terminal."""

    WIDTH = 24

    def __init__(self, stream: TextIO, enabled: bool | None = None) -> None:
        self.stream = stream
        self.enabled = stream.isatty() if enabled is None else enabled
        self.drawn = False

    def show(self, done: int, total: int, label: str) -> None:
        if not self.enabled or total <= 0:
            return
        filled = round(self.WIDTH * done / total)
        label = label if len(label) <= 48 else label[:47] + "…"
        self.stream.write(f"\r\x1b[K[{'#' * filled}{'.' * (self.WIDTH - filled)}] {done}/{total} {label}")
        self.stream.flush()
        self.drawn = True

    def clear(self) -> None:
        if self.drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.drawn = False

    def callback(self, name: str):
        return lambda number, total, title: self.show(number - 1, total, f"{name}: {title}")


def _error(message: str) -> None:
    print(f"reader: {message}", file=sys.stderr, flush=True)
