"""`reader placement`: the yes/no vocabulary test on the command line."""

from __future__ import annotations

import argparse
import sys

from reader.errors import ReaderError

DESCRIPTION = """\
A yes/no test of 42 words across six frequency bands, six of them made-up words that look German.
Answer y if you know what the word means, n if not; yes to a made-up word lowers the estimate
(it corrects for guessing). The estimate of your vocabulary size marks the most common words of
your library "known (assumed)": a status of its own, shown apart in `reader stats`, which reading or
marking a word replaces. Taking the test again moves only the words a test assumed.
"""


def register(commands) -> None:
    parser = commands.add_parser(
        "placement", help="a short vocabulary test that marks the words you surely know",
        description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--show", action="store_true", help="print the last estimate and take no test")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from reader.library import Library
    from reader.paths import user_home
    from reader.vocab import placement

    library = Library(user_home(args.home))
    try:
        if args.show:
            size = placement.latest_size(library.connection)
            print("no placement yet" if size is None else f"vocabulary size {size}, "
                  f"{placement.assumed_terms(library.connection)} terms known (assumed)")
            return 0
        answers = {}
        items = placement.items()
        for number, item in enumerate(items, start=1):
            answers[item.word] = _ask(f"[{number}/{len(items)}] {item.word}  — know it? [y/n] ")
        result = placement.take(library.connection, answers)
        placement.mark_offered(library.connection)
        print(f"You know about {result.vocabulary_size} of the most common German words; "
              f"{placement.assumed_terms(library.connection)} terms of your library are known (assumed).")
    finally:
        library.close()
    return 0


def _ask(prompt: str) -> bool:
    while True:
        print(prompt, end="", flush=True)
        line = sys.stdin.readline()
        if not line:
            raise ReaderError("placement stopped before the last word: nothing was changed")
        answer = line.strip().casefold()
        if answer in ("y", "yes", "j", "ja"):
            return True
        if answer in ("n", "no", "nein"):
            return False
