"""The `reader` command: global options, and one subcommand module each under `reader.commands`.

Heavy libraries (Textual, spaCy) are imported inside the subcommands that need
them, so `reader --help` answers at once.
"""

from __future__ import annotations

import argparse
import os
import sys

from reader.commands import analyze, export, imports, lookup, reading, review, score, vocab
from reader.errors import ReaderError

COMMAND_MODULES = (reading, review, analyze, lookup, score, export, imports, vocab)


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
    except BrokenPipeError:
        # `reader analyze … | head`: the reader of our output left; say nothing more.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader",
        description="Read German news as a learner: glosses, grammar, difficulty, your words, Anki.",
    )
    parser.add_argument(
        "--home", metavar="DIR", help="data directory (default: $READER_HOME, else the user data dir)"
    )
    parser.set_defaults(handler=reading.run_library)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


if __name__ == "__main__":
    raise SystemExit(main())
