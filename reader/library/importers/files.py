"""Article files on disk: .txt/.md (via `load_article`), .html and .epub, checked before reading.

A learner may point the reader at anything: a directory, an empty file, a
picture renamed .txt, a 50 MB dump. Each gets one clear `ReaderError`
before any parser sees it, so nothing half-read reaches the library.
"""

from __future__ import annotations

import posixpath
import re
import warnings
from pathlib import Path

from reader.errors import ReaderError
from reader.library.article import Article, load_article
from reader.library.importers.pages import clean_line, article_from_html

MAX_FILE_BYTES = 25 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
FEED_SUFFIXES = (".xml", ".rss", ".atom")
EPUB_SUFFIXES = (".epub",)
SUPPORTED = "use .txt, .md, .html, .epub, an RSS/Atom feed, or a web address"
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_BLOCKS = "//h1|//h2|//h3|//h4|//h5|//h6|//p|//li|//blockquote[not(.//p)]|//pre|//dt|//dd"


def read_checked(path: Path) -> bytes:
    """The bytes of an existing, non-empty, not-too-large regular file; `ReaderError` otherwise."""
    if not path.exists():
        raise ReaderError(f"no such file: {path}")
    if path.is_dir():
        raise ReaderError(f"{path} is a directory, not an article file")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ReaderError(
                f"{path} is too large ({size / 2**20:.0f} MB; the limit is {MAX_FILE_BYTES / 2**20:.0f} MB)"
            )
        raw = path.read_bytes()
    except OSError as error:
        raise ReaderError(f"cannot read {path}: {error.strerror or error}") from None
    if not raw.strip():
        raise ReaderError(f"{path} is empty")
    return raw


def check_text(raw: bytes, name: str) -> None:
    """Refuse bytes that are not text: UTF-16/32 (say so) or binary data (NULs, control bytes)."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReaderError(f"{name} is UTF-16 text; save it as UTF-8 and import it again")
    sample = raw[:65536]
    if b"\x00" in sample or len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise ReaderError(f"{name} looks like a binary file, not text")


def read_text_file(path: Path) -> Article:
    """A .txt or .md article (encoding and front matter handled by `load_article`)."""
    check_text(read_checked(path), str(path))
    article = load_article(path)
    if not article.body.strip():
        raise ReaderError(f"{path} has no text after its front matter")
    return article


def read_html_file(path: Path) -> Article:
    raw = read_checked(path)
    check_text(raw, str(path))
    return article_from_html(raw, origin=str(path.resolve()))


def read_epub(path: Path) -> Article:
    """An EPUB book as one article: its documents in reading order, each chapter a `## ` section."""
    read_checked(path)
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
