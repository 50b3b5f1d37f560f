"""`reader review`: the words in learning stages that are due, one card at a time, in the terminal."""

from __future__ import annotations

import argparse
import sys


def register(commands) -> None:
    review = commands.add_parser(
        "review",
        help="review the words you are learning (FSRS spaced repetition)",
        description="Review the words you are learning, one card at a time: the word, the sentence you met it"
        " in, then its gloss and grammar. Keys: Space shows the answer; 1-4 (a, h, g, e) answer Again, Hard,"
        " Good, Easy; p speaks the word, P the sentence; q goes back. Good over long enough intervals makes"
        " a word known.",
    )
    review.add_argument(
        "--scheduler", choices=("reader", "anki"),
        help="who schedules your words from now on: this review (reader, the default) or Anki; stored, so the"
        " two never schedule the same words",
    )
    review.add_argument("--new-per-day", type=int, metavar="N", help="new words that start each day (default 20); stored")
    review.add_argument("--due", action="store_true", help="print what is due today and the next 14 days, then exit")
    review.set_defaults(handler=run_review)


def run_review(args: argparse.Namespace) -> int:
    from reader.library import Library
    from reader.paths import user_home
    from reader.review import anki_schedules_message, scheduler, set_scheduler
    from reader.review.settings import set_new_per_day

    home = user_home(args.home)
    library = Library(home)
    try:
        if args.scheduler is not None or args.new_per_day is not None:
            if args.scheduler is not None:
                set_scheduler(library.connection, args.scheduler)
                print(f"{'Anki' if args.scheduler == 'anki' else 'reader review'} schedules your words now.")
            if args.new_per_day is not None:
                set_new_per_day(library.connection, args.new_per_day)
                print(f"{args.new_per_day} new words a day.")
            return 0
        if args.due:
            _print_due(library.connection)
            return 0
        if scheduler(library.connection) == "anki":
            print(f"reader: {anki_schedules_message()}", file=sys.stderr)
            return 1
    finally:
        library.close()

    from reader.ui.app import ReaderApp

    ReaderApp(home, review=True).run()
    return 0


def _print_due(connection) -> None:
    from reader.review.stats import review_stats

    stats = review_stats(connection)
    print(f"due today {stats.due_today}   new waiting {stats.new_waiting}   reviewed today {stats.reviews_today}")
    for day in stats.forecast[1:]:
        print(f"{day.date}  {day.due:>5}")
