"""`reader restore [BACKUP]`: put a daily backup in place of the database (the one replaced is kept aside)."""

from __future__ import annotations

import argparse


def register(commands) -> None:
    restore = commands.add_parser(
        "restore", help="put a backup in place of your database (the replaced one is moved aside, not deleted)"
    )
    restore.add_argument(
        "backup", nargs="?", metavar="BACKUP",
        help="a day (YYYY-MM-DD) of a backup in <home>/backups, or a backup file (default: the newest sound one)",
    )
    restore.set_defaults(handler=run_restore)


def run_restore(args: argparse.Namespace) -> int:
    from reader.paths import user_home
    from reader.vocab.backup import find_backup, restore

    home = user_home(args.home)
    restored = restore(home, find_backup(home, args.backup) if args.backup else None)
    print(f"restored {restored.backup} (words: {restored.terms}, articles: {restored.articles})")
    if restored.replaced is not None:
        print(f"the database it replaced is kept as {restored.replaced}")
    return 0
