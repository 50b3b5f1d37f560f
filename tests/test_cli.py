"""The `reader` command as a user runs it: help, bad input, `analyze`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def run_reader(*args: str, home: Path | None = None) -> subprocess.CompletedProcess[str]:
    home_args = ["--home", str(home)] if home else []
    return subprocess.run(
        [sys.executable, "-m", "reader", *home_args, *args], capture_output=True, text=True, timeout=120
    )


def test_help_lists_the_commands_without_loading_heavy_libraries() -> None:
    check = (
        "import sys, contextlib, io\n"
        "from reader.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        "    try: main(['--help'])\n"
        "    except SystemExit: pass\n"
        "print(out.getvalue())\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'textual', 'spacy', 'simplemma', 'wordfreq'}))\n"
    )
    result = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True)
    assert "open" in result.stdout and "analyze" in result.stdout
    assert result.stdout.strip().endswith("[]")


def test_open_help_answers() -> None:
    result = run_reader("open", "--help")
    assert result.returncode == 0
    assert "PATH_OR_ID" in result.stdout


def test_open_a_missing_file_is_one_clear_line(tmp_path: Path) -> None:
    result = run_reader("open", str(tmp_path / "nowhere.txt"), home=tmp_path / "home")
    assert result.returncode == 2
    assert result.stderr.strip() == f"reader: no such file: {tmp_path / 'nowhere.txt'}"
    assert "Traceback" not in result.stderr


def test_analyze_without_the_lexicon_is_one_clear_line(tmp_path: Path) -> None:
    text = tmp_path / "text.txt"
    text.write_text("Der Hund läuft nach Hause.", encoding="utf-8")
    missing = tmp_path / "nope.sqlite"
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--home", str(tmp_path / "home"), "analyze", str(text)],
        capture_output=True, text=True, timeout=120, env={**os.environ, "READER_LEXICON": str(missing)},
    )
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"reader: lexicon database not found at {missing}; run tools/build_lexicon.py or set READER_LEXICON"
    )


def test_open_a_directory_is_one_clear_line(tmp_path: Path) -> None:
    result = run_reader("open", str(tmp_path), home=tmp_path / "home")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "is a directory" in result.stderr


def test_open_an_unknown_id_is_one_clear_line(tmp_path: Path) -> None:
    result = run_reader("open", "9999", home=tmp_path / "home")
    assert result.returncode == 2
    assert "no article with id 9999" in result.stderr


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "is empty"),
        (bytes(range(256)) * 8, "looks like a binary file"),
        ("Der Hund bellt.".encode("utf-16"), "is UTF-16 text"),
    ],
)
def test_analyze_of_a_file_that_is_not_text_is_one_clear_line(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "artikel.txt"
    path.write_bytes(content)
    result = run_reader("analyze", str(path))
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and reason in result.stderr, result.stderr


def test_analyze_json_follows_the_contract(founding_article: Path) -> None:
    result = run_reader("analyze", str(founding_article), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["title"] == "Japan und NATO wollen Spannungen um die Ukraine abbauen"
    assert data["words"] > 250
    body = founding_article.read_text(encoding="utf-8").split("---\n", 2)[2].lstrip("\n")
    tokens = [token for sentence in data["sentences"] for token in sentence["tokens"]]
    contract = {"i", "text", "start", "end", "whitespace", "lemma", "pos", "morph", "term", "gloss"}
    contract |= {"gender", "plural", "zipf", "hints"}
    assert all(contract <= token.keys() for token in tokens)
    assert all(body[token["start"] : token["end"]] == token["text"] for token in tokens)
    kamen = next(token for token in tokens if token["text"] == "kamen")
    assert kamen["lemma"] == "kommen"


def test_analyze_table_is_readable(founding_article: Path) -> None:
    result = run_reader("analyze", str(founding_article))
    assert result.returncode == 0, result.stderr
    assert "kamen" in result.stdout and "kommen" in result.stdout


def test_analyze_into_a_pipe_closed_early_ends_quietly(founding_article: Path) -> None:
    """`reader analyze … | head -2`: no traceback when the reader of the output leaves."""
    process = subprocess.Popen(
        [sys.executable, "-m", "reader", "analyze", str(founding_article)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout.readline().startswith("Japan und NATO")
    process.stdout.close()  # as `head` does after its lines
    stderr = process.stderr.read()
    process.wait(timeout=120)
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr, stderr


def test_score_gives_one_row_per_path_in_order(tmp_path: Path, founding_article: Path) -> None:
    easy = tmp_path / "easy.txt"
    easy.write_text("Das Wetter ist gut. Wir gehen in den Park.", encoding="utf-8")
    result = run_reader("score", str(founding_article), str(easy), "--json", home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["path"] for row in rows] == [str(founding_article), str(easy)]
    for row in rows:
        assert {"title", "level", "score", "coverage_95", "coverage_98", "unknown_share"} <= row.keys()
    assert rows[1]["score"] < rows[0]["score"]
    assert rows[0]["unknown_share"] == 1.0  # a new learner knows none of the words yet


def test_score_of_a_missing_file_is_one_clear_line(tmp_path: Path) -> None:
    result = run_reader("score", str(tmp_path / "missing.md"), home=tmp_path / "home")
    assert result.returncode == 2
    assert result.stderr.strip() == f"reader: no such file: {tmp_path / 'missing.md'}"


def test_lookup_answers_each_word_in_order() -> None:
    result = run_reader("lookup", "--json", "Spannungen", "übereinkommen", "Sicherheitskonferenz", "qwxyzt")
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [answer["term"] for answer in answers] == ["Spannung", "übereinkommen", "Sicherheitskonferenz", "qwxyzt"]
    assert all({"term", "gloss", "gender", "plural", "pos", "composed"} <= answer.keys() for answer in answers)
    spannung, verb, compound, nothing = answers
    assert spannung["gender"] == "f" and spannung["plural"] == "Spannungen" and "tension" in spannung["gloss"]
    assert any("agree" in gloss for gloss in verb["gloss"])
    assert compound["composed"] and "conference" in compound["gloss"][0]
    assert nothing["gloss"] == []


def test_analyze_of_a_text_in_the_library_prints_its_stored_analysis(founding_article: Path, tmp_path: Path) -> None:
    from reader.library import Library

    library = Library(tmp_path / "home")
    article_id = library.import_file(founding_article)
    library.ensure_analyzed(article_id)
    library.close()
    from_library = run_reader("analyze", str(founding_article), "--json", home=tmp_path / "home")
    made_here = run_reader("analyze", str(founding_article), "--json", home=tmp_path / "empty")
    assert from_library.returncode == made_here.returncode == 0, from_library.stderr + made_here.stderr
    assert json.loads(from_library.stdout) == json.loads(made_here.stdout)
    assert not (tmp_path / "empty").exists()  # analyzing a file creates no library
