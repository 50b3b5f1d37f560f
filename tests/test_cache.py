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


def test_a_value_is_built_once_and_rebuilt_for_new_inputs(cache_dir: Path) -> None:
    builds: list[str] = []

    def build(value: str):
        def run() -> dict[str, str]:
            builds.append(value)
            return {"form": value}
        return run

    assert cache.cached("table", "v1", build("one")) == {"form": "one"}
    assert cache.cached("table", "v1", build("never")) == {"form": "one"}
    assert cache.cached("table", "v2", build("two")) == {"form": "two"}
    assert builds == ["one", "two"]
    assert [path.name for path in cache_dir.iterdir()] == ["table-v2.marshal"]  # the stale entry is gone


def test_a_damaged_entry_is_rebuilt(cache_dir: Path) -> None:
    cache.cached("table", "v1", lambda: [1, 2, 3])
    (cache_dir / "table-v1.marshal").write_bytes(b"\x00garbage")
    assert cache.cached("table", "v1", lambda: [4]) == [4]


def test_an_unwritable_cache_still_gives_the_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv(cache.CACHE_ENV, str(blocker / "cache"))
    assert cache.cached("table", "v1", lambda: {"a": 1}) == {"a": 1}
    built = cache.cache_file("notes", "v1", "txt", lambda path: Path(path).write_text("hello"))
    assert built.read_text() == "hello"


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
