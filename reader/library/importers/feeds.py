"""RSS and Atom feeds: parsed with feedparser into items whose pages are then imported.

A feed item carries a guid (or at least a link); the library remembers both,
so updating a feed fetches only pages it has not seen. feedparser copes with
most broken feeds; one it cannot read at all becomes one `ReaderError`.
"""

from __future__ import annotations

import io
import time
import urllib.parse
from dataclasses import dataclass

from reader.errors import ReaderError
from reader.library.importers.pages import clean_line, html_to_text


@dataclass(frozen=True)
class FeedItem:
    """One entry of a feed: where its article is, and what the feed says about it."""

    guid: str
    link: str
    title: str
    date: str
    content: str  # the item's own text (full content or summary), used only when it has no link


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    items: list[FeedItem]


def parse_feed(data: bytes, url: str = "") -> ParsedFeed:
    """The title and items of an RSS/Atom document; `ReaderError` if it is not a readable feed."""
    import feedparser

    name = url or "the feed"
    try:
        # Always a stream: given a str or bytes, feedparser may treat it as a URL or file name.
        parsed = feedparser.parse(io.BytesIO(data), response_headers={"content-location": url} if url else None)
    except Exception as error:  # feedparser's loose parser can still fail on pathological input
        raise ReaderError(f"{name}: not a readable RSS or Atom feed ({type(error).__name__})") from None
    if not parsed.get("version") and not parsed.entries:
        reason = _reason(parsed)
        raise ReaderError(f"{name}: not a readable RSS or Atom feed{reason}")
    items = [item for item in (_item(entry, url) for entry in parsed.entries) if item is not None]
    if not items and parsed.get("bozo"):
        raise ReaderError(f"{name}: not a readable RSS or Atom feed{_reason(parsed)}")
    title = clean_line(parsed.feed.get("title", "")) or (urllib.parse.urlsplit(url).hostname or "")
    return ParsedFeed(title=title, items=items)


def _item(entry, base: str) -> FeedItem | None:
    link = (entry.get("link") or "").strip()
    if link and base:
        link = urllib.parse.urljoin(base, link)
    if link and urllib.parse.urlsplit(link).scheme not in ("http", "https"):
        link = ""
    content = ""
    if not link:
        values = [part.get("value", "") for part in entry.get("content") or []] or [entry.get("summary", "")]
        content = "\n\n".join(text for text in (html_to_text(value) for value in values if value) if text)
    if not link and not content:
        return None
    guid = (entry.get("id") or "").strip() or link
    return FeedItem(
        guid=guid,
        link=link,
        title=clean_line(entry.get("title", "")),
        date=_date(entry),
        content=content,
    )


def _date(entry) -> str:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return time.strftime("%Y-%m-%d", value)
            except (TypeError, ValueError):
                continue
    return ""


def _reason(parsed) -> str:
    error = parsed.get("bozo_exception")
    if error is None:
        return ""
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return f" ({text})"
