"""Fetching one web page or feed the learner asked to import (stdlib urllib, no Textual).

Nothing else in the reader touches the network. A fetch is bounded: a
timeout for the whole download (not just each socket read, so a server that
trickles bytes cannot hang an import), a size cap, redirects followed (up to
urllib's limit), and a User-Agent that says who is asking. Every failure
becomes a `ReaderError` with one line a learner can act on.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from email.message import Message

import reader
from reader.errors import ReaderError

USER_AGENT = f"reader/{reader.__version__} (+German learner's news reader)"
DEFAULT_TIMEOUT = 20.0
MAX_BYTES = 10 * 1024 * 1024
_CHUNK = 64 * 1024
_ACCEPT = (
    "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml,"
    " application/xml;q=0.9, text/*;q=0.8, */*;q=0.5"
)


@dataclass(frozen=True)
class Response:
    """A successful download: where it ended up (after redirects), its type and its bytes."""

    url: str
    content_type: str
    charset: str
    body: bytes


def is_url(text: str) -> bool:
    """True for an http(s) address; anything else is taken to be a path."""
    return urllib.parse.urlsplit(text.strip()).scheme.lower() in ("http", "https")


def fetch(url: str, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = MAX_BYTES) -> Response:
    """GET `url`; raise `ReaderError` naming the problem (HTTP status, timeout, no connection, too large)."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise ReaderError(f"not a web address: {url} (use http:// or https://)")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": _ACCEPT})
    deadline = time.monotonic() + timeout
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > max_bytes:
                limit = _megabytes(max_bytes)
                raise ReaderError(f"{url} is too large ({_megabytes(int(length))}; the limit is {limit})")
            body = _read_bounded(response, url, deadline, timeout, max_bytes)
            headers: Message = response.headers
            return Response(
                url=response.geturl() or url,
                content_type=(headers.get_content_type() or "").lower(),
                charset=headers.get_content_charset() or "",
                body=body,
            )
    except ReaderError:
        raise
    except urllib.error.HTTPError as error:
        reason = error.reason or http.client.responses.get(error.code, "")
        raise ReaderError(f"{url}: HTTP {error.code} {reason}".rstrip()) from None
    except urllib.error.URLError as error:
        raise ReaderError(_describe_network_error(url, error.reason, timeout)) from None
    except (TimeoutError, socket.timeout):
        raise ReaderError(f"{url}: no answer within {timeout:g} seconds") from None
    except (OSError, http.client.HTTPException, ValueError) as error:
        raise ReaderError(_describe_network_error(url, error, timeout)) from None


def _read_bounded(response, url: str, deadline: float, timeout: float, max_bytes: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise ReaderError(f"{url}: no answer within {timeout:g} seconds")
        chunk = response.read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise ReaderError(f"{url} is too large (over {_megabytes(max_bytes)})")
        chunks.append(chunk)


def _describe_network_error(url: str, reason: object, timeout: float) -> str:
    host = urllib.parse.urlsplit(url).hostname or url
    if isinstance(reason, (TimeoutError, socket.timeout)) or "timed out" in str(reason):
        return f"{url}: no answer within {timeout:g} seconds"
    if isinstance(reason, socket.gaierror):
        return f"cannot reach {host}: no such host, or no network connection"
    if isinstance(reason, ConnectionRefusedError):
        return f"cannot connect to {host}: connection refused"
    if isinstance(reason, ssl.SSLError):
        return f"cannot connect securely to {host}: {getattr(reason, 'reason', None) or reason}"
    if isinstance(reason, OSError) and reason.strerror:
        return f"cannot connect to {host}: {reason.strerror.lower()}"
    text = str(reason).strip().splitlines()[0] if str(reason).strip() else type(reason).__name__
    return f"cannot fetch {url}: {text}"


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size} bytes"
