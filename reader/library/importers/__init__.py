"""Importing articles from anything a learner points at: files, web pages, RSS/Atom feeds (no Textual).

`import_source(library, "…")` takes a path or an http(s) address and yields
one `Imported` per article it met: a new one, one already in the library
(same url, same feed guid, or same text), or one item of a feed that failed.
A source that cannot be read at all (missing file, 404, not a feed …) raises
`ReaderError` with one line, before anything is written, so the library only
ever gains whole articles. Nothing here prints: warnings (a text that does not
look German) travel in the result for the caller to show.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from reader.errors import ReaderError
from reader.library.article import Article, load_article
from reader.library.fetch import DEFAULT_TIMEOUT, Response, fetch, is_url
from reader.library.importers import files
from reader.library.importers.feeds import FeedItem, ParsedFeed, parse_feed
from reader.library.importers.language import german_warning
from reader.library.importers.pages import (
    article_from_html,
    article_from_plain_text,
    looks_like_feed,
    looks_like_html,
)
from reader.library.store import Feed, Library

# Called before each feed item is fetched: (number, of how many, item title).
ItemCallback = Callable[[int, int, str], None]

__all__ = [
    "DEFAULT_TIMEOUT",
    "Imported",
    "ParsedFeed",
    "article_from_html",
    "check_feed",
    "german_warning",
    "import_first",
    "import_source",
    "parse_feed",
    "read_article",
    "update_feed",
]


@dataclass(frozen=True)
class Imported:
    """What happened to one article: stored (`new`), found already there, or failed (`error`)."""

    source: str
    title: str = ""
    article_id: int | None = None
    new: bool = False
    error: str = ""
    warning: str = ""

    @property
    def ok(self) -> bool:
        return not self.error


def import_first(library: Library, source: str, *, timeout: float = DEFAULT_TIMEOUT) -> int:
    """Import a path or address and return the id of its (first) article: what `reader open` shows."""
    for imported in import_source(library, source, timeout=timeout):
        if imported.article_id is not None:
            return imported.article_id
    raise ReaderError(f"no article could be imported from {source}")


def import_source(
    library: Library, source: str, *, timeout: float = DEFAULT_TIMEOUT, on_item: ItemCallback | None = None
) -> Iterator[Imported]:
    """Import a file path or web address (a page or a feed); see the module docstring."""
    source = source.strip()
    if not source:
        raise ReaderError("nothing to import: an empty path")
    if is_url(source):
        yield from _import_url(library, source, timeout, on_item)
        return
    if "://" in source:
        raise ReaderError(f"cannot import {source}: only http:// and https:// addresses are supported")
    path = Path(source).expanduser()
    if path.suffix.lower() in files.FEED_SUFFIXES:
        raw = files.read_checked(path)
        yield from _import_items(library, parse_feed(raw, ""), timeout, on_item)
        return
    yield _store(library, read_article(path), source)


def read_article(path: Path) -> Article:
    """An article file (.txt, .md, .html, .epub) as an `Article`, not yet stored."""
    suffix = path.suffix.lower()
    if suffix in files.TEXT_SUFFIXES:
        return load_article(path)
    if suffix in files.HTML_SUFFIXES:
        return files.read_html_file(path)
    if suffix in files.EPUB_SUFFIXES:
        return files.read_epub(path)
    files.read_checked(path)  # a missing file or a directory says so before the type does
    raise ReaderError(f"{path}: unsupported file type {suffix or '(none)'!r} ({files.SUPPORTED})")


def check_feed(url: str, *, timeout: float = DEFAULT_TIMEOUT) -> ParsedFeed:
    """Fetch and parse a feed without importing it (to subscribe: its title, and that it is a feed)."""
    response = fetch(url, timeout=timeout)
    if not looks_like_feed(response.content_type, response.body):
        raise ReaderError(f"{url} is a web page, not an RSS or Atom feed")
    return parse_feed(response.body, response.url)


def update_feed(
    library: Library, feed: Feed, *, timeout: float = DEFAULT_TIMEOUT, on_item: ItemCallback | None = None
) -> Iterator[Imported]:
    """Import the items of a subscribed feed that the library does not have yet; mark it checked."""
    parsed = check_feed(feed.url, timeout=timeout)
    yield from _import_items(library, parsed, timeout, on_item)
    library.mark_checked(feed.id, parsed.title)


def _import_url(library: Library, url: str, timeout: float, on_item: ItemCallback | None) -> Iterator[Imported]:
    known = library.find_by_url(url)
    if known is not None:
        yield _already(library, url, known)
        return
    response = fetch(url, timeout=timeout)
    if looks_like_feed(response.content_type, response.body):
        yield from _import_items(library, parse_feed(response.body, response.url), timeout, on_item)
        return
    if response.url != url and (known := library.find_by_url(response.url)) is not None:
        yield _already(library, url, known)
        return
    yield _store(library, _page_article(response, origin=url), url)


def _page_article(response: Response, origin: str) -> Article:
    if looks_like_html(response.content_type, response.body):
        return article_from_html(response.body, url=response.url, charset=response.charset, origin=origin)
    if response.content_type.startswith("text/"):
        return article_from_plain_text(response.body, url=response.url, charset=response.charset)
    raise ReaderError(f"{origin} is {response.content_type or 'of unknown type'}, not a web page or a feed")


def _import_items(
    library: Library, feed: ParsedFeed, timeout: float, on_item: ItemCallback | None
) -> Iterator[Imported]:
    for number, item in enumerate(feed.items, start=1):
        if on_item is not None:
            on_item(number, len(feed.items), item.title)
        source = item.link or item.guid
        known = library.find_by_guid(item.guid)
        if known is None:
            known = library.find_by_url(item.link)
        if known is not None:
            yield _already(library, source, known)
            continue
        try:
            article = _item_article(library, feed, item, timeout)
        except ReaderError as error:
            yield Imported(source=source, title=item.title, error=str(error))
            continue
        if isinstance(article, int):
            yield _already(library, source, article)
        else:
            yield _store(library, article, source)


def _item_article(library: Library, feed: ParsedFeed, item: FeedItem, timeout: float) -> Article | int:
    """The article behind a feed item (its page, else its own content), or the id it already has."""
    if item.link:
        response = fetch(item.link, timeout=timeout)
        if response.url != item.link and (known := library.find_by_url(response.url)) is not None:
            return known
        article = _page_article(response, origin=item.link)
    else:
        article = Article(title=item.title or feed.title, body=item.content + "\n", source=feed.title)
    return replace(
        article,
        title=item.title or article.title,
        date=article.date or item.date,
        source=article.source or feed.title,
        guid=item.guid,
    )


def _store(library: Library, article: Article, source: str) -> Imported:
    known = library.find_by_text(article)
    if known is not None:
        return _already(library, source, known)
    warning = german_warning(article.body, article.language) or ""
    return Imported(source=source, title=article.title, article_id=library.add(article), new=True, warning=warning)


def _already(library: Library, source: str, article_id: int) -> Imported:
    stored = library.get(article_id)
    return Imported(source=source, title=stored.article.title if stored else "", article_id=article_id)
