"""The `reader` command: global options, and one subcommand module each under `reader.commands`.

Heavy libraries (Textual, spaCy) are imported inside the subcommands that need
them, so `reader --help` answers at once.
"""

from __future__ import annotations

import argparse
import os
import sys

from reader import db
from reader.commands import analyze, config, export, imports, lookup, placement, reading, restore, review, score, vocab
from reader.errors import DatabaseDamaged, ReaderError

COMMAND_MODULES = (reading, review, placement, analyze, lookup, score, export, imports, vocab, restore, config)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.handler(args)
    except DatabaseDamaged as damage:
        return _report_damage(args, damage)
    except ReaderError as error:
        print(f"reader: {error}", file=sys.stderr)
        return 2
    except db.DatabaseError as error:
        return _report_damage_found_late(args, error)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `reader analyze … | head`: the reader of our output left; say nothing more.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


def _report_damage(args: argparse.Namespace, damage: DatabaseDamaged) -> int:
    from reader.paths import user_home
    from reader.vocab.backup import damage_report

    print(f"reader: {damage_report(user_home(args.home), damage)}", file=sys.stderr)
    return 2


def _report_damage_found_late(args: argparse.Namespace, error: db.DatabaseError) -> int:
    """Damage the check on opening could not see (a page read only now): name the damaged file if it is
    the learner's database; any other SQLite error is a bug and keeps its traceback."""
    from reader.paths import database_path, user_home

    if not db.is_damage(error):
        raise error
    path = database_path(user_home(args.home))
    try:
        db.check_file(path)
    except DatabaseDamaged as damage:
        return _report_damage(args, damage)
    except db.Error:
        pass  # no database to blame (there is none yet, or it cannot be opened): say what SQLite said
    print(f"reader: a data file is damaged ({error})", file=sys.stderr)
    return 2


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
