"""Fault suite, the network: an unkind server on 127.0.0.1 (trickling, looping, huge, a gzip bomb, the
wrong type, malformed, 5,000-item and entity-expanding feeds, file:// links) and the network failing
(TLS, DNS, refused). Each ends in one line and a known exit code, within bounded memory, and the
database keeps every row it had. The server is real (`local_site`), in a thread of this process.
"""

from __future__ import annotations

import functools
import time
import zlib
from pathlib import Path

import pytest

from reader.library import Library

from faults import assert_survived, database_state, run
from learner_home import seed
from local_site import Route, Site, serve

# A child that imports a page needs about 60 MB; this leaves room for a 10 MB page and its parse,
# not for the 200 MB page or the 256 MB a gzip bomb unpacks to.
MEMORY_MB = 160
PAGE = ("<html lang='de'><head><title>Neue Radwege</title></head><body><article><h1>Neue Radwege</h1>"
        + "<p>Die Stadt will in den nächsten drei Jahren mehr als vierzig Kilometer neue Radwege bauen. "
          "Das hat der Stadtrat am Mittwochabend mit großer Mehrheit beschlossen.</p>" * 3
        + "</article></body></html>").encode()


def trickle(head: bytes):
    """A response that sends `head`, then one byte every 0.1 s for as long as the client listens."""
    def send(out) -> None:
        out.write(head)
        while True:
            out.write(b"a")
            time.sleep(0.1)
    return send


def huge(out, size: int = 200 * 2**20) -> None:
    """A 200 MB page with no Content-Length: only counting what arrives can stop it."""
    out.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>")
    block = b"Radwege " * 8192
    for _ in range(size // len(block)):
        out.write(block)


@functools.cache
def gzip_bomb(unpacked: int = 256 * 2**20) -> bytes:
    """256 KB that a gzip decoder would unpack to 256 MB (urllib asks for no compression, and gets it)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: the gzip container
    zeros = bytes(2**20)
    return b"".join(packer.compress(zeros) for _ in range(unpacked // len(zeros))) + packer.flush()


def rss(items: str, doctype: str = "", title: str = "Beispielzeitung") -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?>{doctype}<rss version="2.0"><channel><title>{title}</title>'
            f"{items}</channel></rss>").encode()


def item(n: int, link: str, description: str = "") -> str:
    return f"<item><title>Meldung {n}</title><link>{link}</link><guid>g-{n}</guid>{description}</item>"


SUMMARY = "<description>Die Stadt Leipzig baut vierzig Kilometer neue Radwege für alle.</description>"
BILLION_LAUGHS = "<!DOCTYPE rss [<!ENTITY a0 'ha'>" + "".join(
    f"<!ENTITY a{n} '{f'&a{n - 1};' * 10}'>" for n in range(1, 10)
) + "]>"


@pytest.fixture
def site():
    with serve() as served:
        served.routes.update({
            "/trickle.html": Route(send=trickle(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html>")),
            "/trickle-headers.html": Route(send=trickle(b"HTTP/1.1 200 OK\r\nX-Slow: ")),
            "/loop": Route(status=302, headers={"Location": "/loop"}),
            "/to-file": Route(status=302, headers={"Location": "file:///etc/passwd"}),
            "/to-ftp": Route(status=302, headers={"Location": "ftp://127.0.0.1/artikel.txt"}),
            "/huge.html": Route(send=huge),
            "/bomb.html": Route(gzip_bomb(), headers={"Content-Encoding": "gzip"}),
            "/bomb.xml": Route(gzip_bomb(), content_type="application/rss+xml", headers={"Content-Encoding": "gzip"}),
            "/binary": Route(bytes(range(256)) * 64, content_type="application/octet-stream"),
            "/malformed.xml": Route(rss("<item><title>Kaputt")[:-20], content_type="application/rss+xml"),
            "/laughs.xml": Route(rss(item(1, "/seite.html"), BILLION_LAUGHS, "&a9;"), content_type="application/rss+xml"),
            "/seite.html": Route(PAGE),
        })
        served.routes["/5000.xml"] = Route(
            rss("".join(item(n, served.url(f"/artikel/{n}.html")) for n in range(5000))),
            content_type="application/rss+xml",
        )
        yield served


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    seed(path)
    return path


def closed_port() -> int:
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


REFUSED = {
    "trickled body": ("/trickle.html", "no answer within 1 seconds"),
    "trickled headers": ("/trickle-headers.html", "no answer within 1 seconds"),
    "redirect loop": ("/loop", "too many redirects"),
    "redirect to file://": ("/to-file", "only http:// and https:// are followed"),
    "redirect to ftp://": ("/to-ftp", "only http:// and https:// are followed"),
    "200 MB page": ("/huge.html", "too large (over 10 MB)"),
    "gzip bomb page": ("/bomb.html", ""),
    "gzip bomb feed": ("/bomb.xml", ""),
    "wrong type": ("/binary", "application/octet-stream, not a web page or a feed"),
    "malformed feed": ("/malformed.xml", "not a readable RSS or Atom feed"),
}


@pytest.mark.parametrize("case", REFUSED)
def test_an_unkind_server_gets_one_line_and_the_database_keeps_its_rows(home: Path, site: Site, case: str) -> None:
    path, message = REFUSED[case]
    before = database_state(home)
    outcome = run(case, home, "import", "--no-analyze", "--timeout", "1", site.url(path))
    assert_survived(outcome, before, database_state(home), message=message, memory_mb=MEMORY_MB)


def test_the_network_failing_is_one_line_each(home: Path, site: Site) -> None:
    before = database_state(home)
    failures = {
        "TLS to a plain HTTP server": (site.url("/seite.html").replace("http:", "https:"), "cannot connect securely"),
        "no such host": ("http://nicht-vorhanden.invalid/artikel.html", "no such host"),
        "connection refused": (f"http://127.0.0.1:{closed_port()}/artikel.html", "refused"),
    }
    for case, (url, message) in failures.items():
        outcome = run(case, home, "import", "--no-analyze", "--timeout", "5", url)
        assert_survived(outcome, before, database_state(home), message=message)


def test_a_feed_with_5000_items_and_one_that_expands_entities(home: Path, site: Site) -> None:
    before = database_state(home)
    many = run("5,000-item feed", home, "feeds", "add", site.url("/5000.xml"))
    assert many.returncode == 0 and "5000 items" in many.stdout, many.stderr
    assert_survived(many, before, database_state(home), exit_code=0, errors=0, memory_mb=MEMORY_MB, grown=True)

    before = database_state(home)
    laughs = run("entity expansion in a feed", home, "import", "--no-analyze", site.url("/laughs.xml"))
    assert_survived(laughs, before, database_state(home), exit_code=0, errors=0, memory_mb=MEMORY_MB, grown=True)
    assert "haha" not in laughs.stdout  # the entity was never expanded: the item is imported by its own title


def test_file_links_in_a_feed_are_never_read(home: Path, site: Site, tmp_path: Path) -> None:
    secret = tmp_path / "geheim.txt"
    secret.write_text("Geheimnis: das Passwort ist Radweg123\n")
    site.routes["/file-links.xml"] = Route(
        rss(item(1, secret.as_uri(), SUMMARY) + item(2, "file:///etc/passwd", SUMMARY)),
        content_type="application/rss+xml",
    )
    before = database_state(home)
    outcome = run("file:// links in a feed", home, "import", "--no-analyze", site.url("/file-links.xml"))
    assert_survived(outcome, before, database_state(home), exit_code=0, errors=0, grown=True)
    assert outcome.stdout.count("Meldung") == 2  # each item is its own summary, never the file it links to
    library = Library(home)
    try:
        assert not any("Radweg123" in stored.article.body or "root:" in stored.article.body
                       for stored in library.articles())
    finally:
        library.close()


def test_each_feed_item_has_its_own_deadline_and_feeds_update_moves_on(home: Path, site: Site) -> None:
    site.routes["/zwei.xml"] = Route(
        rss(item(1, site.url("/trickle.html")) + item(2, site.url("/seite.html"))), content_type="application/rss+xml"
    )
    before = database_state(home)
    items = run("a trickling feed item", home, "import", "--no-analyze", "--timeout", "1", site.url("/zwei.xml"))
    assert_survived(items, before, database_state(home), exit_code=1, message="no answer within 1 seconds",
                    grown=True)
    assert "Meldung 2" in items.stdout  # the item after the trickling one got its own second

    site.routes["/andere.xml"] = Route(rss(item(3, site.url("/seite.html?andere"))), content_type="application/rss+xml")
    site.routes["/seite.html?andere"] = Route(PAGE.replace(b"vierzig", b"sechzig"))
    library = Library(home)
    try:
        library.add_feed(site.url("/trickle.html"), "Tröpfelnder Feed")
        library.add_feed(site.url("/andere.xml"), "Anderer Feed")
    finally:
        library.close()
    before = database_state(home)
    feeds = run("feeds update past a trickling feed", home, "feeds", "update", "--no-analyze", "--timeout", "1")
    assert_survived(feeds, before, database_state(home), exit_code=1, message="no answer within 1 seconds",
                    grown=True)
    assert "Meldung 3" in feeds.stdout
