"""The learner's settings and key map: two TOML files beside the database (no Textual).

`settings.toml` holds what a learner expects to choose; every key is optional:

    theme = "textual-light"        # any Textual theme: textual-dark, textual-light, nord, gruvbox, …
    gender_colours = false         # nouns in their gender colour (panel, review); default true
    anki_deck = "Deutsch"          # the deck `reader export anki` and the app's export write to
    [feeds]                        # the feeds `reader feeds list` suggests while you follow none
    tagesschau = "https://www.tagesschau.de/xml/rss2/"

`keymap.toml` remaps keys by binding id (the `?` screen shows every id):

    "reading.known" = "j"          # one key, or several: "j,ctrl+k", or a list: ["j", "ctrl+k"]

A file that is not valid TOML, an unknown setting or a value of the wrong type is one clear
`ReaderError` naming the file, never a silent default.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

from reader.errors import ReaderError

SETTINGS_FILE = "settings.toml"
KEYMAP_FILE = "keymap.toml"
DEFAULT_THEME = "textual-dark"
DEFAULT_DECK_NAME = "German (reader)"
DEFAULT_FEEDS = {
    "tagesschau": "https://www.tagesschau.de/xml/rss2/",
    "DW": "https://rss.dw.com/xml/rss-de-all",
    "nachrichtenleicht (simple German)": "https://www.nachrichtenleicht.de/nachrichtenleicht-nachrichten-100.rss",
    "Deutschlandfunk": "https://www.deutschlandfunk.de/nachrichten-100.rss",
    "ZDF heute": "https://www.zdf.de/rss/zdf/nachrichten",
    "ORF": "https://rss.orf.at/news.xml",
    "SRF": "https://www.srf.ch/news/bnf/rss/1646",
}


@dataclass(frozen=True)
class Settings:
    theme: str = DEFAULT_THEME
    gender_colours: bool = True
    anki_deck: str = DEFAULT_DECK_NAME
    feeds: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_FEEDS))


def settings_path(home: Path) -> Path:
    return home / SETTINGS_FILE


def keymap_path(home: Path) -> Path:
    return home / KEYMAP_FILE


def _read_toml(path: Path) -> dict:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as error:
        raise ReaderError(f"{path}: cannot read ({error})") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ReaderError(f"{path}: not valid TOML ({error})") from None


def load_settings(home: Path) -> Settings:
    """The settings in `home`'s settings.toml; the defaults for what it leaves out (or when it is missing)."""
    path = settings_path(home)
    values = _read_toml(path)
    known = {f.name: f for f in fields(Settings)}
    for key, value in values.items():
        if key not in known:
            raise ReaderError(f"{path}: unknown setting {key!r} (known: {', '.join(known)})")
        expected = {"theme": str, "gender_colours": bool, "anki_deck": str, "feeds": dict}[key]
        if not isinstance(value, expected):
            raise ReaderError(f"{path}: {key} must be {_type_name(expected)}, not {value!r}")
    if "feeds" in values and not all(isinstance(url, str) for url in values["feeds"].values()):
        raise ReaderError(f"{path}: each feed must be name = \"URL\"")
    if "anki_deck" in values and not values["anki_deck"].strip():
        raise ReaderError(f"{path}: anki_deck must not be empty")
    return Settings(**values)


def _type_name(kind: type) -> str:
    return {str: "a string", bool: "true or false", dict: "a table of name = \"URL\""}[kind]


def load_keymap(home: Path) -> dict[str, str]:
    """Binding id → keys ("j" or "j,ctrl+k") from `home`'s keymap.toml; empty when there is none."""
    path = keymap_path(home)
    keymap = {}
    for binding_id, keys in _read_toml(path).items():
        if isinstance(keys, list) and keys and all(isinstance(key, str) and key.strip() for key in keys):
            keys = ",".join(key.strip() for key in keys)
        if not isinstance(keys, str) or not keys.strip():
            raise ReaderError(f"{path}: {binding_id!r} must name a key (\"j\", \"ctrl+k\") or a list of keys")
        keymap[binding_id] = keys.strip()
    return keymap
