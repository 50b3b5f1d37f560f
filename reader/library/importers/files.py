"""Article files on disk: .html and .epub, checked before reading (.txt/.md: `load_article`).

A learner may point the reader at anything: a directory, an empty file, a
picture renamed .txt, a 50 MB dump. Each gets one clear `ReaderError`
before any parser sees it, so nothing half-read reaches the library.
"""

from __future__ import annotations

import posixpath
import warnings
import zipfile
from pathlib import Path

from reader.errors import ReaderError
from reader.library.article import SUPPORTED_SUFFIXES, Article, check_text, read_checked
from reader.library.importers.pages import clean_line, article_from_html

TEXT_SUFFIXES = SUPPORTED_SUFFIXES
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
FEED_SUFFIXES = (".xml", ".rss", ".atom")
EPUB_SUFFIXES = (".epub",)
# Whole books with their pictures fit easily; a zip bomb (a few MB that unpack to GBs) does not.
MAX_EPUB_UNPACKED = 100 * 2**20
SUPPORTED = "use .txt, .md, .html, .epub, an RSS/Atom feed, or a web address"
_BLOCKS = "//h1|//h2|//h3|//h4|//h5|//h6|//p|//li|//blockquote[not(.//p)]|//pre|//dt|//dd"


def read_html_file(path: Path) -> Article:
    raw = read_checked(path)
    check_text(raw, str(path))
    return article_from_html(raw, origin=str(path.resolve()))


def read_epub(path: Path) -> Article:
    """An EPUB book as one article: its documents in reading order, each chapter a `## ` section."""
    read_checked(path)
    _check_unpacked_size(path)
    from ebooklib import ITEM_DOCUMENT, epub

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = epub.read_epub(str(path), {"ignore_ncx": True})
    except Exception as error:  # ebooklib raises zipfile, lxml, KeyError … for damaged books
        raise ReaderError(f"{path} is not a readable EPUB ({type(error).__name__})") from None
    toc_titles = _toc_titles(book.toc)
    sections: list[str] = []
    for entry in book.spine:
        item = book.get_item_with_id(entry[0] if isinstance(entry, tuple) else entry)
        if item is None or item.get_type() != ITEM_DOCUMENT or isinstance(item, epub.EpubNav):
            continue
        section = _chapter_text(item.get_content(), toc_titles.get(posixpath.normpath(item.get_name()), ""))
        if section:
            sections.append(section)
    if not sections:
        raise ReaderError(f"{path}: no text found in this EPUB")
    title = _metadata(book, "title") or path.stem.replace("-", " ").replace("_", " ")
    return Article(
        title=title,
        body="\n\n".join(sections) + "\n",
        date=_metadata(book, "date")[:10],
        language=_metadata(book, "language") or "de",
        author=_metadata(book, "creator"),
        source=_metadata(book, "publisher"),
        origin=str(path.resolve()),
    )


def _check_unpacked_size(path: Path) -> None:
    """Refuse a zip bomb before ebooklib unpacks every member into memory. The sizes the archive declares
    are binding: zipfile never returns more bytes for a member than its declared size."""
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise ReaderError(f"{path} is not a readable EPUB ({type(error).__name__})") from None
    if unpacked > MAX_EPUB_UNPACKED:
        raise ReaderError(
            f"{path} is not a readable EPUB: it unpacks to {unpacked // 2**20} MB"
            f" (the limit is {MAX_EPUB_UNPACKED // 2**20} MB)"
        )


def _chapter_text(content: bytes, toc_title: str) -> str:
    """`## heading` lines and paragraphs of one chapter document."""
    import lxml.html

    try:
        root = lxml.html.fromstring(content)
    except Exception:  # an unparsable chapter is skipped, not fatal: the rest of the book is still readable
        return ""
    lines: list[str] = []
    has_heading = False
    for block in root.xpath(_BLOCKS):
        text = clean_line(block.text_content().replace("\n", " "))
        if not text:
            continue
        if block.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            lines.append(f"## {text}")
            has_heading = True
        else:
            lines.append(text)
    if not lines:
        return ""
    if not has_heading and toc_title:
        lines.insert(0, f"## {clean_line(toc_title)}")
    return "\n\n".join(lines)


def _toc_titles(toc) -> dict[str, str]:
    titles: dict[str, str] = {}
    for entry in toc or ():
        if isinstance(entry, tuple) and len(entry) == 2:
            titles.update(_toc_titles(entry[1]))
            entry = entry[0]
        href, title = getattr(entry, "href", ""), getattr(entry, "title", "")
        if href and title:
            titles.setdefault(posixpath.normpath(href.split("#", 1)[0]), title)
    return titles


def _metadata(book, name: str) -> str:
    try:
        values = book.get_metadata("DC", name)
    except Exception:  # missing namespaces in odd books
        return ""
    return clean_line(str(values[0][0])) if values and values[0] and values[0][0] else ""
