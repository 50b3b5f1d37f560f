"""settings.toml and keymap.toml beside the database: what a learner sets there reaches the app and
the commands; a broken file is one clear line, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from reading import app_on_article, notifications_shown, wait_for_article

from reader.errors import ReaderError
from reader.library import Library
from reader.settings import DEFAULT_DECK_NAME, load_keymap, load_settings
from reader.ui.widgets.word_panel import WordPanel
from reader.vocab import KNOWN, UNKNOWN, TermKey, Vocabulary, term_key


def _write(home: Path, name: str, text: str) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / name).write_text(text, encoding="utf-8")


def test_missing_files_give_the_defaults(tmp_path: Path) -> None:
    settings = load_settings(tmp_path)
    assert (settings.theme, settings.gender_colours, settings.anki_deck) == ("textual-dark", True, DEFAULT_DECK_NAME)
    assert "tagesschau" in settings.feeds
    assert load_keymap(tmp_path) == {}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("theme = ", "not valid TOML"),
        ("colour = 'red'", "unknown setting 'colour'"),
        ("gender_colours = 'no'", "gender_colours must be true or false"),
        ("anki_deck = '  '", "anki_deck must not be empty"),
        ("[feeds]\ntagesschau = 3", "each feed must be name"),
    ],
)
def test_a_bad_settings_file_is_named_with_what_is_wrong(tmp_path: Path, text: str, message: str) -> None:
    _write(tmp_path, "settings.toml", text)
    with pytest.raises(ReaderError, match=message) as raised:
        load_settings(tmp_path)
    assert str(tmp_path / "settings.toml") in str(raised.value)


def test_a_keymap_takes_one_key_several_or_a_list(tmp_path: Path) -> None:
    _write(tmp_path, "keymap.toml", '"reading.known" = "j"\n"reading.ignore" = "o,ctrl+o"\n"app.keys" = ["f1", "?"]\n')
    assert load_keymap(tmp_path) == {"reading.known": "j", "reading.ignore": "o,ctrl+o", "app.keys": "f1,?"}
    _write(tmp_path, "keymap.toml", '"reading.known" = 3\n')
    with pytest.raises(ReaderError, match="'reading.known' must name a key"):
        load_keymap(tmp_path)


async def test_a_keymap_file_remaps_reading_known(home: Path, founding_article: Path) -> None:
    _write(home, "keymap.toml", '"reading.known" = "j"\n')
    app = app_on_article(home, founding_article)
    async with app.run_test(size=(120, 36)) as pilot:
        view = await wait_for_article(pilot)
        first = view.token
        await pilot.press("k")  # the default key no longer marks the word
        await pilot.pause()
        assert app.vocabulary.status(term_key(first)) == UNKNOWN
        await pilot.press("j")
        await pilot.pause()
        assert app.vocabulary.status(term_key(first)) == KNOWN
        keys = {active.binding.id: key for key, active in app.screen.active_bindings.items()}
        assert keys["reading.known"] == "j"  # the footer and the `?` screen show the new key


async def test_settings_choose_the_theme_and_plain_nouns(home: Path, founding_article: Path) -> None:
    _write(home, "settings.toml", 'theme = "textual-light"\ngender_colours = false\n')
    app = app_on_article(home, founding_article)
    async with app.run_test(size=(120, 36)) as pilot:
        view = await wait_for_article(pilot)
        assert app.theme == "textual-light" and not app.current_theme.dark
        view.cursor = next(token.i for token in view.tokens if token.gender == "f")
        await pilot.pause()
        panel = app.screen.query_one(WordPanel)
        plain = {g: panel.get_component_rich_style(f"word-panel--{g}").color for g in "mfn"}
        app.set_class(False, "-plain-nouns")  # what gender_colours = true gives
        await pilot.pause()
        coloured = {g: panel.get_component_rich_style(f"word-panel--{g}").color for g in "mfn"}
        assert len(set(plain.values())) == 1  # all nouns look alike
        assert len(set(coloured.values())) == 3 and plain["f"] != coloured["f"]


async def test_an_unknown_theme_is_said_and_the_app_still_opens(home: Path, founding_article: Path) -> None:
    _write(home, "settings.toml", 'theme = "no-such-theme"\n')
    app = app_on_article(home, founding_article)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await wait_for_article(pilot)
        assert app.theme == "textual-dark"
        messages = notifications_shown(app)
    assert any("no theme 'no-such-theme'" in message and "textual-light" in message for message in messages)


def _reader(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", "--home", str(home), *args], capture_output=True, text=True, timeout=120
    )


def test_reader_config_shows_where_the_files_are_and_what_they_set(tmp_path: Path) -> None:
    home = tmp_path / "home"
    _write(home, "settings.toml", 'anki_deck = "Deutsch"\n')
    result = _reader(home, "config")
    assert result.returncode == 0, result.stderr
    assert f"settings:  {home / 'settings.toml'}\n" in result.stdout
    assert f"keymap:    {home / 'keymap.toml'}  (not there yet: defaults)" in result.stdout
    assert "anki_deck      = 'Deutsch'" in result.stdout
    _write(home, "settings.toml", "theme = 3\n")
    result = _reader(home, "config")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == f"reader: {home / 'settings.toml'}: theme must be a string, not 3\n"


def test_the_anki_deck_setting_names_the_exported_deck(home: Path, tmp_path: Path) -> None:
    from test_anki_export import import_into

    library = Library(home)
    Vocabulary(library.connection).set_status([TermKey("Aufgabe", "NOUN", "f")], KNOWN)
    library.close()
    _write(home, "settings.toml", 'anki_deck = "Deutsch::Nachrichten"\n')
    target = tmp_path / "out.apkg"
    result = _reader(home, "export", "anki", "--status", "known", "-o", str(target))
    assert result.returncode == 0, result.stderr
    collection = import_into(tmp_path / "collection.anki2", target)
    try:
        assert len(collection.find_cards('"deck:Deutsch::Nachrichten"')) >= 1
    finally:
        collection.close()
