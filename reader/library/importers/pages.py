"""Web pages and HTML files into `Article`s: trafilatura keeps the article, drops the rest.

Navigation, footers, cookie banners, comments and tables are not article
text for a learner. trafilatura finds the main text and the metadata (title,
date, author, site name); the body keeps one paragraph per block, separated
by a blank line as in the bundled Markdown articles.
"""

from __future__ import annotations

import logging
import re
import urllib.parse

from reader.errors import ReaderError
from reader.library.article import Article, decode_text, repair_characters

MAX_TITLE = 200
_SPACES = re.compile(r"[ \t\u00a0]+")
_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:rdf)[\s>]", re.IGNORECASE)
_HTML_ROOT = re.compile(rb"<(!doctype\s+html|html)[\s>]", re.IGNORECASE)


def looks_like_feed(content_type: str, body: bytes) -> bool:
    """A feed by its first element (`<rss>`, `<feed>`, `<rdf:RDF>`), else by a feed content type."""
    head = body[:4096]
    feed, html = _FEED_ROOT.search(head), _HTML_ROOT.search(head)
    if feed and (not html or feed.start() < html.start()):
        return True
    if html:
        return False
    return content_type in ("application/rss+xml", "application/atom+xml", "application/rdf+xml")


def looks_like_html(content_type: str, body: bytes) -> bool:
    if content_type in ("text/html", "application/xhtml+xml"):
        return True
    return bool(_HTML_ROOT.search(body[:4096])) or (not content_type and b"<" in body[:1024])


def article_from_html(data: bytes | str, *, url: str = "", charset: str = "", origin: str = "") -> Article:
    """The main text and metadata of an HTML page; `ReaderError` if it holds no article text."""
    if isinstance(data, bytes):
        data = _decode(data, charset)
    if not data.strip():
        raise ReaderError(f"{origin or url or 'the page'} is empty")
    document = _extract(data, url)
    text = (getattr(document, "text", None) or "") if document is not None else ""
    title = clean_line(getattr(document, "title", None) or "")[:MAX_TITLE]
    paragraphs = [clean_line(line) for line in text.splitlines()]
    paragraphs = [line for line in paragraphs if line]
    if paragraphs and title and paragraphs[0].casefold() == title.casefold():
        paragraphs = paragraphs[1:]  # the headline is the title, not the first paragraph
    if not paragraphs:
        raise ReaderError(f"{origin or url or 'the page'}: no article text found")
    site = urllib.parse.urlsplit(url).hostname or ""
    return Article(
        title=title or _fallback_title(paragraphs[0], url),
        body="\n\n".join(paragraphs) + "\n",
        source=clean_line(getattr(document, "sitename", None) or "") or site,
        url=url,
        date=clean_line(getattr(document, "date", None) or "")[:10],
        author=clean_line(getattr(document, "author", None) or ""),
        site=site,
        origin=origin or url,
    )


def article_from_plain_text(data: bytes, *, url: str, charset: str = "") -> Article:
    """A text/plain page: the decoded text, titled by its first line."""
    text = _decode(data, charset).replace("\r\n", "\n")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        raise ReaderError(f"{url} is empty")
    site = urllib.parse.urlsplit(url).hostname or ""
    return Article(
        title=_fallback_title(lines[0], url), body=text.strip() + "\n", source=site, url=url, site=site, origin=url
    )


def html_to_text(html: str) -> str:
    """Plain paragraphs of an HTML fragment (a feed item's content), without extraction heuristics."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except Exception:  # lxml raises several types for junk; a fragment without text is simply empty
        return ""
    blocks = root.xpath("//p|//li|//h1|//h2|//h3|//blockquote") or [root]
    lines = [clean_line(block.text_content()) for block in blocks]
    return "\n\n".join(line for line in lines if line)


def _extract(html: str, url: str):
    import trafilatura

    # trafilatura logs its own parse troubles; the learner gets one line from us instead.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    try:
        return trafilatura.bare_extraction(
            html,
            url=url or None,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            deduplicate=False,  # trafilatura's cache spans pages: it would cut text seen in an earlier one
        )
    except (RecursionError, MemoryError):
        raise ReaderError(f"{url or 'the page'} is too deeply nested or too large to read") from None
    except Exception as error:  # a parser bug on one odd page must not crash a batch import
        raise ReaderError(f"{url or 'the page'}: could not read the HTML ({type(error).__name__})") from None


def _decode(data: bytes, charset: str) -> str:
    """The page's text in its declared charset (header, then meta), else as a file's text."""
    for declared in (charset, _meta_charset(data)):
        if declared:
            try:
                return repair_characters(data.decode(declared, errors="replace"))
            except LookupError:
                pass
    return decode_text(data)


def _meta_charset(data: bytes) -> str:
    match = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", data[:4096], re.IGNORECASE)
    return match.group(1).decode("ascii") if match else ""


def clean_line(text: str) -> str:
    return _SPACES.sub(" ", repair_characters(text)).strip()


def _fallback_title(first_line: str, url: str) -> str:
    if len(first_line) <= 90:
        return first_line
    path = urllib.parse.urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1] if url else ""
    return path.replace("-", " ").replace("_", " ").rsplit(".", 1)[0] or first_line[:89].rstrip() + "…"
