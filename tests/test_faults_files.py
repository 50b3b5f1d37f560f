"""Fault suite, files: every bad file the README promises to survive, and hostile EPUBs (a zip bomb, path
traversal, XML entity expansion). Each is one line and exit 2, in bounded memory, nothing is written
outside the database, and the database keeps every row it had.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from faults import assert_survived, database_state, run
from learner_home import seed
from test_import_files import bad_files, make_epub

MEMORY_MB = 160


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    seed(path)
    return path


def test_every_bad_file_is_one_line_and_the_database_keeps_its_rows(home: Path, tmp_path: Path) -> None:
    before = database_state(home)
    for name, (path, message) in bad_files(tmp_path).items():
        outcome = run(f"bad file: {name}", home, "import", "--no-analyze", str(path))
        assert_survived(outcome, before, database_state(home), message=message, memory_mb=MEMORY_MB)
    missing_id = run("unknown article id", home, "export", "anki", "--article", "4711", "-o", str(tmp_path / "x.apkg"))
    assert_survived(missing_id, before, database_state(home), message="4711")


def rebuilt_epub(source: Path, target: Path, replace: dict[str, bytes], add: dict[str, bytes] | None = None) -> Path:
    """A copy of the EPUB `source` with some members' contents replaced and others added."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for member in original.infolist():
            copy.writestr(member, replace.get(member.filename, original.read(member)))
        for name, data in (add or {}).items():
            copy.writestr(name, data)
    return target


def zip_bomb(source: Path, target: Path) -> Path:
    """The book plus one member that declares, and really unpacks to, 256 MB of zeros (256 KB packed)."""
    rebuilt_epub(source, target, {})
    with zipfile.ZipFile(target, "a", zipfile.ZIP_DEFLATED) as archive, archive.open("EPUB/nullen.xhtml", "w") as member:
        zeros = bytes(2**20)
        for _ in range(256):
            member.write(zeros)
    return target


LAUGHS = b"<!DOCTYPE html [<!ENTITY a0 'ha'>" + b"".join(
    f"<!ENTITY a{n} '{f'&a{n - 1};' * 10}'>".encode() for n in range(1, 10)
) + b"]>"


def test_hostile_epubs(home: Path, tmp_path: Path) -> None:
    book = tmp_path / "buch.epub"
    make_epub(book)
    with zipfile.ZipFile(book) as archive:
        opf_name = next(name for name in archive.namelist() if name.endswith(".opf"))
        opf = archive.read(opf_name)
        chapter = archive.read("EPUB/kapitel1.xhtml")
    outside = tmp_path / "ausserhalb.xhtml"
    traversal = rebuilt_epub(
        book, tmp_path / "traversal.epub",
        {opf_name: opf.replace(b'href="kapitel2.xhtml"', f'href="../../../../..{outside}"'.encode())},
        {f"../../../../..{outside}": b"<html><body><p>Hier war jemand.</p></body></html>"},
    )
    entities = rebuilt_epub(
        book, tmp_path / "entities.epub",
        {opf_name: opf.replace(b"<package", LAUGHS + b"<package", 1).replace(b"Geschichten", b"&a9;"),
         "EPUB/kapitel1.xhtml": chapter.replace(b"<html", LAUGHS + b"<html", 1).replace(b"Die Stadt", b"&a9;")},
    )
    before = database_state(home)
    bomb = run("EPUB zip bomb", home, "import", "--no-analyze", str(zip_bomb(book, tmp_path / "bombe.epub")))
    assert_survived(bomb, before, database_state(home), message="unpacks to 256 MB", memory_mb=MEMORY_MB)

    walked = run("EPUB path traversal", home, "import", "--no-analyze", str(traversal))
    assert_survived(walked, before, database_state(home), message="not a readable EPUB", memory_mb=MEMORY_MB)
    assert not outside.exists()  # ebooklib reads members in memory: no name can reach the file system

    expanded = run("XML entity expansion in an EPUB", home, "import", "--no-analyze", str(entities))
    assert_survived(expanded, before, database_state(home), message="not a readable EPUB", memory_mb=MEMORY_MB)
