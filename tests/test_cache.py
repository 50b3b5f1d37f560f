"""The cache of derived data: built once, rebuilt when its inputs change, never in the way."""

from __future__ import annotations

from pathlib import Path

import pytest
import simplemma

from reader import cache
from reader.nlp import lemma_dictionary


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(cache.CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_table_is_built_once_and_rebuilt_for_new_inputs(cache_dir: Path) -> None:
    builds: list[str] = []

    def rows(word: str):
        def build():
            builds.append(word)
            return [("Haus", word, 3)]
        return build

    assert cache.CachedTable("words", "v1", 2, rows("house")).get("Haus") == ("Haus", "house", 3)
    assert cache.CachedTable("words", "v1", 2, rows("never")).get("Haus") == ("Haus", "house", 3)
    second = cache.CachedTable("words", "v2", 2, rows("home"))
    assert second.get("Haus") == ("Haus", "home", 3)
    assert second.get("Baum") is None and len(second) == 1
    assert builds == ["house", "home"]
    assert len(list(cache_dir.glob("words-*.sqlite"))) == 1  # the stale table is gone


def test_an_unwritable_cache_still_gives_the_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv(cache.CACHE_ENV, str(blocker / "cache"))
    assert cache.CachedTable("words", "v1", 1, lambda: [("Haus", "house")]).get("Haus") == ("Haus", "house")


def test_a_file_entry_is_built_once(cache_dir: Path) -> None:
    calls: list[str] = []

    def build(path: str) -> None:
        calls.append(path)
        Path(path).write_text("data")

    first = cache.cache_file("notes", "v1", "txt", build)
    second = cache.cache_file("notes", "v1", "txt", build)
    assert first == second and first.read_text() == "data"
    assert len(calls) == 1


@pytest.mark.parametrize("form", ["kamen", "Häuser", "Spannungen", "draußen", "gingst", "Israels", "xyzzy"])
def test_lemma_dictionary_answers_as_simplemma_does(form: str) -> None:
    assert lemma_dictionary.lemmatize(form) == simplemma.lemmatize(form, lang="de")
    assert lemma_dictionary.is_known(form) == simplemma.is_known(form, lang="de")


def test_a_prefetch_answers_as_the_lookups_it_replaces(cache_dir: Path) -> None:
    rows = [("Haus", "house"), ("Baum", "tree"), ("baum", "lower")]
    table = cache.CachedTable("prefetched", "v1", 1, lambda: rows)
    table.prefetch(["Haus", "baum", "Wald", "Haus"])
    asked = cache.CachedTable("prefetched", "v1", 1, lambda: rows)
    for key in ("Haus", "baum", "Baum", "Wald", "Ha"):
        assert table.get(key) == asked.get(key)
