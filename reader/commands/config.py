"""`reader config`: where the settings, the key map and the database are, and the settings in force."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict


def register(commands) -> None:
    config = commands.add_parser(
        "config", help="where settings.toml and keymap.toml are (beside your database), and what they set"
    )
    config.add_argument("--json", action="store_true", help="the paths and settings as one JSON object")
    config.set_defaults(handler=run_config)


def run_config(args: argparse.Namespace) -> int:
    from reader.paths import database_path, user_home
    from reader.settings import keymap_path, load_keymap, load_settings, settings_path

    home = user_home(args.home)
    settings, keymap = load_settings(home), load_keymap(home)
    paths = {"settings": settings_path(home), "keymap": keymap_path(home), "database": database_path(home)}
    if args.json:
        print(json.dumps({**{k: str(p) for k, p in paths.items()}, **asdict(settings), "keys": keymap}, ensure_ascii=False))
        return 0
    for name, path in paths.items():
        state = "" if path.exists() else "  (not there yet: defaults)" if name != "database" else "  (not there yet)"
        print(f"{name + ':':<10} {path}{state}")
    print()
    print(f"theme          = {settings.theme!r}")
    print(f"gender_colours = {str(settings.gender_colours).lower()}")
    print(f"anki_deck      = {settings.anki_deck!r}")
    print(f"feeds          = {len(settings.feeds)} suggested feeds")
    for binding_id, keys in keymap.items():
        print(f"key {binding_id} = {keys!r}")
    return 0
