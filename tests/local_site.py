"""A real HTTP server on 127.0.0.1 in a thread, serving what a test puts in `Site.routes`.

Shared by the import tests and the fault suite. A `Route` answers with a
body, or hands the raw connection to `send` (to trickle bytes, to stream an
endless or a huge page): whatever a real server, kind or not, could do.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import BinaryIO


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    send: Callable[[BinaryIO], None] | None = None  # writes the whole response itself, status line included


class Site:
    """What the local server serves (editable while it runs) and the requests it has seen."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, str]] = []

    def url(self, path: str) -> str:
        return self.base + path

    def fetched(self, path: str) -> int:
        return sum(1 for seen, _ in self.requests if seen == path)


@contextmanager
def serve() -> Iterator[Site]:
    """Run the server for the length of the block; 404 for any path without a route."""
    holder: dict[str, Site] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            served = holder["site"]
            served.requests.append((self.path, self.headers.get("User-Agent", "")))
            route = served.routes.get(self.path, Route(b"<h1>Seite nicht gefunden</h1>", status=404))
            if route.delay:
                time.sleep(route.delay)
            try:
                if route.send is not None:
                    self.close_connection = True
                    route.send(self.wfile)
                    return
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                if "Content-Length" not in route.headers:
                    self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                self.wfile.write(route.body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout, a size limit): nothing to tell

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    holder["site"] = Site(f"http://127.0.0.1:{server.server_address[1]}")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield holder["site"]
    finally:
        server.shutdown()
        server.server_close()
