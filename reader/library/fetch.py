"""Fetching one web page or feed the learner asked to import (stdlib urllib, no Textual).

Nothing else in the reader touches the network. A fetch is bounded: a
deadline for the whole download (connecting, every redirect, every read of
the headers and the body), so a server that trickles bytes cannot hang an
import; a size cap; redirects followed to web addresses only (up to urllib's
limit); and a User-Agent that says who is asking. Every failure becomes a
`ReaderError` with one line a learner can act on. Only the name lookup (DNS)
is outside the deadline: the system resolver cannot be interrupted.
"""

from __future__ import annotations

import functools
import http.client
import io
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
    """GET `url` within `timeout` seconds in all; raise `ReaderError` naming the problem (HTTP status,
    timeout, no connection, redirect loop, too large)."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise ReaderError(f"not a web address: {url} (use http:// or https://)")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": _ACCEPT})
    deadline = _Deadline(timeout)
    opener = urllib.request.build_opener(_HTTPHandler(deadline), _HTTPSHandler(deadline), _RedirectHandler())
    try:
        with opener.open(request) as response:
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > max_bytes:
                limit = _megabytes(max_bytes)
                raise ReaderError(f"{url} is too large ({_megabytes(int(length))}; the limit is {limit})")
            body = _read_bounded(response, url, max_bytes)
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
        error.close()
        if error.msg.startswith(urllib.request.HTTPRedirectHandler.inf_msg):
            raise ReaderError(f"{url}: too many redirects (the server sends the request round in a loop)") from None
        reason = error.reason or http.client.responses.get(error.code, "")
        raise ReaderError(f"{url}: HTTP {error.code} {reason}".rstrip()) from None
    except urllib.error.URLError as error:
        raise ReaderError(_describe_network_error(url, error.reason, timeout)) from None
    except (TimeoutError, socket.timeout):
        raise ReaderError(f"{url}: no answer within {timeout:g} seconds") from None
    except (OSError, http.client.HTTPException, ValueError) as error:
        raise ReaderError(_describe_network_error(url, error, timeout)) from None


def _read_bounded(response, url: str, max_bytes: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = response.read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise ReaderError(f"{url} is too large (over {_megabytes(max_bytes)})")
        chunks.append(chunk)


class _Deadline:
    """The end of one download, shared by all its connections (a redirect does not restart the clock)."""

    def __init__(self, seconds: float) -> None:
        self.end = time.monotonic() + seconds

    def remaining(self) -> float:
        """Seconds left; `TimeoutError` when none are."""
        left = self.end - time.monotonic()
        if left <= 0:
            raise TimeoutError("the download's deadline has passed")
        return left


class _DeadlineReader(io.RawIOBase):
    """A connection's socket as http.client reads it. Before every read the deadline is checked and the
    socket's timeout set to the time left: a server sending a byte a second cannot stretch the download,
    which a fixed per-read timeout would allow forever."""

    def __init__(self, sock: socket.socket, deadline: _Deadline) -> None:
        self._sock = sock
        self._raw = sock.makefile("rb", buffering=0)  # counts as a user of the socket, as http.client expects
        self._deadline = deadline

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int | None:
        self._sock.settimeout(self._deadline.remaining())
        return self._raw.readinto(buffer)

    def close(self) -> None:
        self._raw.close()
        super().close()


class _DeadlineSocket:
    """A connected socket whose responses are read through a `_DeadlineReader`; all else passes through."""

    def __init__(self, sock: socket.socket, deadline: _Deadline) -> None:
        self._sock = sock
        self._deadline = deadline

    def makefile(self, mode: str = "r", *args, **kwargs) -> io.BufferedReader:
        return io.BufferedReader(_DeadlineReader(self._sock, self._deadline))

    def __getattr__(self, name: str):
        return getattr(self._sock, name)


class _DeadlineConnection:
    """Connects within the time left (TCP and TLS), then reads under the deadline."""

    def __init__(self, *args, deadline: _Deadline, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._deadline = deadline

    def connect(self) -> None:
        self.timeout = self._deadline.remaining()
        super().connect()
        self.sock = _DeadlineSocket(self.sock, self._deadline)


class _HTTPConnection(_DeadlineConnection, http.client.HTTPConnection):
    pass


class _HTTPSConnection(_DeadlineConnection, http.client.HTTPSConnection):
    pass


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self.deadline = deadline

    def http_open(self, request):
        return self.do_open(functools.partial(_HTTPConnection, deadline=self.deadline), request)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self.deadline = deadline

    def https_open(self, request):
        return self.do_open(functools.partial(_HTTPSConnection, deadline=self.deadline), request)


class _RedirectHandler(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only to another http(s) address (urllib alone would follow one to ftp://)."""

    def http_error_302(self, request, response, code, message, headers):
        target = urllib.parse.urljoin(request.full_url, headers.get("Location") or headers.get("URI") or "")
        if urllib.parse.urlsplit(target).scheme.lower() not in ("http", "https"):
            response.close()
            raise ReaderError(f"{request.full_url} redirects to {target}: only http:// and https:// are followed")
        return super().http_error_302(request, response, code, message, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


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
