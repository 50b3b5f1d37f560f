"""Importing article files: text in any common encoding, Markdown, HTML, EPUB, and the bad files users have."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from ebooklib import epub
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.errors import ReaderError
from reader.library import Library
from reader.library.importers import import_source, read_article

TEXT = (
    "Mehr Grün für die Innenstadt\n\n"
    "Die Stadt Köln will bis zum nächsten Sommer zweihundert neue Bäume pflanzen. Das hat die "
    "Oberbürgermeisterin am Freitag angekündigt. Die Bäume sollen vor allem an großen Straßen stehen, "
    "wo es im Sommer besonders heiß wird.\n\n"
    "Anwohner können Vorschläge für Standorte machen. Die Stadt prüft dann, ob unter der Straße genug "
    "Platz für die Wurzeln ist. Für die Pflege der jungen Bäume sucht die Verwaltung außerdem Paten "
    "aus der Nachbarschaft.\n"
)
ENGLISH = (
    "More trees for the city centre\n\n"
    "The city of Cologne plans to plant two hundred new trees by next summer, the mayor announced on Friday. "
    "The trees will mostly stand along the big roads where it gets particularly hot in the summer months.\n"
)


def run_reader(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", "--home", str(home), *args], capture_output=True, text=True, timeout=180
    )


def titles(home: Path) -> list[str]:
    library = Library(home)
    try:
        return [stored.article.title for stored in library.articles()]
    finally:
        library.close()


def import_one(home: Path, path: Path):
    library = Library(home)
    try:
        [result] = import_source(library, str(path))
        return result, library.get(result.article_id).article
    finally:
        library.close()


@pytest.mark.parametrize(
    "encoded",
    [TEXT.encode("utf-8"), b"\xef\xbb\xbf" + TEXT.encode("utf-8"), TEXT.encode("cp1252"),
     TEXT.replace("\n", "\r\n").encode("cp1252")],
    ids=["utf-8", "utf-8-bom", "cp1252", "cp1252-crlf"],
)
def test_text_files_keep_their_umlauts_in_any_common_encoding(home: Path, tmp_path: Path, encoded: bytes) -> None:
    path = tmp_path / "baeume.txt"
    path.write_bytes(encoded)
    result, article = import_one(home, path)
    assert result.new and not result.warning
    assert article.title == "Mehr Grün für die Innenstadt"
    assert "Köln" in article.body and "großen Straßen" in article.body and "\ufeff" not in article.body
    assert "\r" not in article.body


def test_windows_quotes_read_as_latin_1_and_invisible_hyphens_are_repaired(home: Path, tmp_path: Path) -> None:
    # Text that went through Windows-1252 read as Latin-1 holds „ “ – as C1 controls, and soft hyphens
    # split words invisibly: either way the word beside them would be a word no dictionary has.
    damaged = TEXT.replace("Die Stadt Köln", "Die \x84Stadt\x93 Köln \x96 am Rhein \x96").replace("Bäume pflanzen", "Bäu\u00adme pflanzen")
    path = tmp_path / "baeume.txt"
    path.write_text(damaged, encoding="utf-8")
    _, article = import_one(home, path)
    assert "Die „Stadt“ Köln – am Rhein –" in article.body
    assert "zweihundert neue Bäume pflanzen" in article.body
    assert not any("\x80" <= character <= "\x9f" or character == "\u00ad" for character in article.body)


def test_markdown_front_matter_gives_the_metadata(home: Path, tmp_path: Path) -> None:
    path = tmp_path / "baeume.md"
    path.write_text('---\ntitle: "Zweihundert neue Bäume"\ndate: 2026-11-20\nsource: Stadtanzeiger\n---\n\n' + TEXT)
    result, article = import_one(home, path)
    assert (article.title, article.date, article.source) == ("Zweihundert neue Bäume", "2026-11-20", "Stadtanzeiger")
    assert article.body.startswith("Mehr Grün für die Innenstadt")


def make_epub(path: Path) -> None:
    book = epub.EpubBook()
    book.set_identifier("urn:test:baeume")
    book.set_title("Geschichten aus der Stadt")
    book.set_language("de")
    book.add_author("Lena Fischer")
    first = epub.EpubHtml(title="Die Bäume", file_name="kapitel1.xhtml", lang="de")
    first.content = "<html><body><h1>Die Bäume</h1><p>Die Stadt Köln will neue Bäume pflanzen.</p>" \
                    "<p>Anwohner können Vorschläge machen.</p></body></html>"
    second = epub.EpubHtml(title="Der Fluss", file_name="kapitel2.xhtml", lang="de")
    second.content = "<html><body><p>Am Rhein wird im Sommer ein neuer Weg für Fußgänger gebaut.</p></body></html>"
    book.add_item(first)
    book.add_item(second)
    book.toc = (first, second)
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = ["nav", first, second]
    epub.write_epub(str(path), book)


def test_an_epub_becomes_one_article_with_its_chapters_as_sections(home: Path, tmp_path: Path) -> None:
    path = tmp_path / "geschichten.epub"
    make_epub(path)
    result, article = import_one(home, path)
    assert result.new
    assert (article.title, article.author, article.language) == ("Geschichten aus der Stadt", "Lena Fischer", "de")
    assert article.body.split("\n\n") == [
        "## Die Bäume",
        "Die Stadt Köln will neue Bäume pflanzen.",
        "Anwohner können Vorschläge machen.",
        "## Der Fluss",  # a chapter without a heading is named by the table of contents
        "Am Rhein wird im Sommer ein neuer Weg für Fußgänger gebaut.\n",
    ]


def test_an_html_file_through_the_command(home: Path, tmp_path: Path) -> None:
    path = tmp_path / "baeume.html"
    path.write_text(
        "<html><head><title>Mehr Grün für Köln</title></head><body>"
        "<nav><a href='/'>Startseite</a> <a href='/lokal'>Lokales</a></nav><article><h1>Mehr Grün für Köln</h1>"
        + "".join(f"<p>{p}</p>" for p in TEXT.split("\n\n")[1:])
        + "</article><footer>Impressum · Datenschutz</footer></body></html>",
        encoding="utf-8",
    )
    result = run_reader(home, "import", "--no-analyze", str(path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1  Mehr Grün für Köln"
    library = Library(home)
    try:
        body = library.get(1).article.body
    finally:
        library.close()
    assert "zweihundert neue Bäume" in body and "Startseite" not in body and "Impressum" not in body


def test_the_same_text_twice_is_one_article(home: Path, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(TEXT.encode("cp1252"))
    result = run_reader(home, "import", "--no-analyze", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert result.returncode == 0
    assert result.stdout.splitlines() == ["    1  Mehr Grün für die Innenstadt",
                                          "    1  Mehr Grün für die Innenstadt  (already in library)"]
    assert titles(home) == ["Mehr Grün für die Innenstadt"]


def test_a_text_that_is_not_german_is_imported_with_a_warning(home: Path, tmp_path: Path) -> None:
    path = tmp_path / "trees.txt"
    path.write_text(ENGLISH)
    result = run_reader(home, "import", "--no-analyze", str(path))
    assert result.returncode == 0
    assert result.stderr.strip() == (
        "reader: warning: More trees for the city centre: the text does not look German (only 0% German function words)"
    )


def bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    binary = tmp_path / "bild.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    empty = tmp_path / "leer.txt"
    empty.write_bytes(b"")
    blank_md = tmp_path / "nur-kopf.md"
    blank_md.write_text("---\ntitle: Nur ein Kopf\n---\n")
    huge = tmp_path / "riesig.txt"
    with huge.open("wb") as handle:  # a sparse 50 MB file: instant to make
        handle.truncate(50 * 1024 * 1024)
    broken_epub = tmp_path / "kaputt.epub"
    broken_epub.write_bytes(b"PK\x03\x04 this is no zip archive")
    pdf = tmp_path / "artikel.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes(TEXT.encode("utf-16"))
    return {
        "binary": (binary, "looks like a binary file"),
        "empty": (empty, "is empty"),
        "front matter only": (blank_md, "has no text"),
        "50 MB": (huge, "too large (50 MB"),
        "missing": (tmp_path / "nirgends.txt", "no such file"),
        "directory": (tmp_path, "is a directory"),
        "damaged epub": (broken_epub, "not a readable EPUB"),
        "pdf": (pdf, "unsupported file type '.pdf'"),
        "utf-16": (utf16, "save it as UTF-8"),
    }


def test_bad_files_are_one_clear_line_each_and_the_library_keeps_its_articles(home: Path, tmp_path: Path) -> None:
    good = tmp_path / "gut.txt"
    good.write_text(TEXT)
    assert run_reader(home, "import", "--no-analyze", str(good)).returncode == 0
    for name, (path, message) in bad_files(tmp_path).items():
        result = run_reader(home, "import", "--no-analyze", str(path))
        assert result.returncode == 2, name
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("reader: ") and message in lines[0], (name, result.stderr)
        assert str(path) in lines[0], name
    assert titles(home) == ["Mehr Grün für die Innenstadt"]


def test_a_batch_with_bad_files_imports_the_rest_and_exits_1(home: Path, tmp_path: Path) -> None:
    good = tmp_path / "gut.txt"
    good.write_text(TEXT)
    result = run_reader(home, "import", "--no-analyze", str(tmp_path / "fehlt.txt"), str(good), str(tmp_path))
    assert result.returncode == 1
    assert result.stdout.strip() == "1  Mehr Grün für die Innenstadt"
    assert len(result.stderr.strip().splitlines()) == 2 and "Traceback" not in result.stderr


SUFFIXES = (".txt", ".md", ".html", ".epub", ".xml")


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.one_of(
        st.binary(max_size=3000),
        st.text(max_size=1500).map(lambda text: text.encode("utf-8", errors="surrogatepass")),
        st.binary(max_size=500).map(lambda tail: b"PK\x03\x04" + tail),
    ),
    suffix=st.sampled_from(SUFFIXES),
)
def test_arbitrary_bytes_never_crash_the_file_importers(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / f"beliebig{suffix}"
        path.write_bytes(data)
        library = Library(Path(directory) / "home")
        try:
            if suffix == ".xml":  # a feed file: its items would be fetched, so only parse it here
                from reader.library.importers import parse_feed

                try:
                    parse_feed(data)
                except ReaderError as error:
                    assert "\n" not in str(error)
                return
            try:
                article = read_article(path)
            except ReaderError as error:
                assert "\n" not in str(error)
                return
            [result] = import_source(library, str(path))
            assert result.article_id is not None and article.body.strip()
        finally:
            library.close()
