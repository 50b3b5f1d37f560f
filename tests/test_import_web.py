"""Importing web pages and RSS/Atom feeds, against a real HTTP server on 127.0.0.1 serving our own pages.

No test reaches the network and nothing is mocked: the server is a
`http.server` in a thread (`local_site`), with German articles written for these tests,
wrapped in the navigation, footer and cookie banner real news sites have.
"""

from __future__ import annotations

import io
import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.commands.imports import Progress
from reader.errors import ReaderError
from reader.library import Library
from reader.library.fetch import USER_AGENT, fetch
from reader.library.importers import article_from_html, import_source, parse_feed
from reader.nlp import engine_version

from local_site import Route, Site, serve

BOILERPLATE = ("Cookies", "akzeptieren", "Startseite", "Impressum", "Datenschutz", "Newsletter", "GmbH")

RADWEGE = [
    "Die Stadt Leipzig will in den nächsten drei Jahren mehr als vierzig Kilometer neue Radwege bauen. "
    "Das hat der Stadtrat am Mittwochabend mit großer Mehrheit beschlossen. Die Kosten liegen nach Angaben "
    "der Verwaltung bei rund 25 Millionen Euro.",
    "Viele Radfahrerinnen und Radfahrer hatten sich seit Langem über gefährliche Kreuzungen beschwert. "
    "Besonders auf den großen Ausfallstraßen fehlen bisher sichere Wege. Die neuen Strecken sollen deshalb "
    "zuerst dort entstehen, wo besonders viele Unfälle passieren.",
    "Kritik kommt vom Einzelhandel in der Innenstadt. Die Händler befürchten, dass Parkplätze wegfallen und "
    "weniger Kunden mit dem Auto kommen. Die Stadt verspricht, gemeinsam mit den Geschäften nach Lösungen zu suchen.",
]
SCHULE = [
    "An vielen Grundschulen in Niedersachsen soll es ab dem kommenden Schuljahr ein warmes Mittagessen für "
    "alle Kinder geben. Das Kultusministerium in Hannover stellt dafür zusätzliches Geld bereit.",
    "Bisher mussten die Eltern das Essen in den meisten Schulen selbst bezahlen. Für Familien mit wenig Geld "
    "war das oft schwierig, sagte die Ministerin bei der Vorstellung des Plans am Dienstag.",
    "Die Schulen müssen nun Küchen einrichten oder mit Firmen aus der Region zusammenarbeiten. Einige "
    "Bürgermeister warnen, dass dafür nicht überall genug Platz vorhanden ist.",
]
BAHN = [
    "Die Deutsche Bahn hat für den Winter neue Verbindungen zwischen Berlin und Kopenhagen angekündigt. "
    "Ab Dezember fahren die Züge zweimal am Tag, teilte das Unternehmen mit.",
    "Die Fahrt dauert knapp sieben Stunden. Wer früh bucht, bekommt nach Angaben der Bahn einen günstigen "
    "Preis. Auch Fahrräder dürfen in den Zügen mitgenommen werden, wenn man vorher einen Platz reserviert.",
]
ENGLISH = [
    "The city council of Leipzig voted on Wednesday evening to build more than forty kilometres of new cycle "
    "lanes over the next three years, at a cost of about 25 million euros.",
    "Cyclists had complained for a long time about dangerous junctions, and the new lanes will be built first "
    "where most of the accidents happen, the city said in a statement.",
]


def page(title: str, paragraphs: list[str], *, author: str = "Anna Schmidt", date: str = "2026-11-20") -> bytes:
    """A news page as sites make them: the article inside a cookie banner, navigation, teasers and a footer."""
    body = "\n".join(f"<p>{text}</p>" for text in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>{title} | Beispielzeitung</title>
<meta name="author" content="{author}"><meta property="og:site_name" content="Beispielzeitung">
<meta property="article:published_time" content="{date}T08:00:00+01:00"></head>
<body>
<div id="cookie-banner" class="cookie-consent"><p>Wir verwenden Cookies, um Ihnen das beste Erlebnis auf
unserer Website zu bieten. Mit einem Klick auf „Alle akzeptieren“ stimmen Sie der Verwendung zu.</p>
<button>Alle akzeptieren</button> <button>Einstellungen</button></div>
<header><nav><ul><li><a href="/">Startseite</a></li><li><a href="/politik">Politik</a></li>
<li><a href="/wirtschaft">Wirtschaft</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article><h1>{title}</h1>
{body}
</article>
<aside class="newsletter"><h2>Newsletter</h2><p>Jetzt den Newsletter abonnieren!</p></aside></main>
<footer><ul><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li></ul>
<p>© 2026 Beispielzeitung GmbH</p></footer>
</body></html>""".encode()


def rss(site: Site, items: list[tuple[str, str, str]], title: str = "Beispielzeitung – Nachrichten") -> bytes:
    entries = "\n".join(
        f"<item><title>{name}</title><link>{site.url(path)}</link><guid isPermaLink=\"false\">{guid}</guid>"
        f"<pubDate>Fri, 20 Nov 2026 08:00:00 +0100</pubDate><description>Kurz: {name}</description></item>"
        for name, path, guid in items
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>{title}</title><link>{site.url("/")}</link>
<description>Nachrichten aus der Region</description>
{entries}
</channel></rss>""".encode()


@pytest.fixture
def site():
    """A real HTTP server on 127.0.0.1 serving German news pages and feeds; 404 for anything else."""
    with serve() as served:
        served.routes.update(
            {
                "/artikel/radwege.html": Route(page("Neue Radwege für Leipzig", RADWEGE)),
                "/artikel/schule.html": Route(page("Warmes Essen für alle Grundschüler", SCHULE, author="Jonas Weber")),
                "/artikel/bahn.html": Route(page("Mit dem Zug nach Kopenhagen", BAHN)),
                "/kopie/radwege.html": Route(page("Neue Radwege für Leipzig", RADWEGE)),
                "/umzug": Route(status=301, headers={"Location": "/artikel/bahn.html"}),
                "/langsam.html": Route(page("Langsam", SCHULE), delay=3.0),
                "/english.html": Route(page("New cycle lanes for Leipzig", ENGLISH)),
                "/bild.png": Route(b"\x89PNG\r\n\x1a\n" + bytes(200), content_type="image/png"),
                "/riesig.html": Route(b"<html>", headers={"Content-Length": str(50 * 1024 * 1024)}),
                "/kaputt.xml": Route(b'<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Kaputt',
                                     content_type="application/rss+xml"),
            }
        )
        served.routes["/feed.xml"] = Route(
            rss(served, [("Neue Radwege für Leipzig", "/artikel/radwege.html", "bz-1"),
                         ("Warmes Essen für alle Grundschüler", "/artikel/schule.html", "bz-2"),
                         ("Diese Seite gibt es nicht mehr", "/artikel/geloescht.html", "bz-3")]),
            content_type="application/rss+xml; charset=utf-8",
        )
        yield served


def run_reader(home: Path, *args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", "--home", str(home), *args], capture_output=True, text=True, timeout=timeout
    )


def stored_articles(home: Path) -> list:
    library = Library(home)
    try:
        return library.articles()
    finally:
        library.close()


def assert_one_clear_line(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("reader: ")
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


def test_a_page_keeps_the_article_and_its_metadata_and_drops_the_boilerplate(home: Path, site: Site) -> None:
    result = run_reader(home, "import", "--no-analyze", site.url("/artikel/radwege.html"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["1", "Neue", "Radwege", "für", "Leipzig"]
    [stored] = stored_articles(home)
    article = stored.article
    assert article.title == "Neue Radwege für Leipzig"
    assert article.body.strip().split("\n\n") == RADWEGE
    for noise in BOILERPLATE:
        assert noise not in article.body
    assert (article.author, article.date, article.source) == ("Anna Schmidt", "2026-11-20", "Beispielzeitung")
    assert article.url == site.url("/artikel/radwege.html")
    assert article.site == "127.0.0.1"


def imported_and_cached(home: Path, url: str):
    """Import the one page at `url` with its analysis; the stored article and its cached reading form."""
    result = run_reader(home, "import", url)
    assert result.returncode == 0, result.stderr
    library = Library(home)
    try:
        [stored] = library.articles()
        return stored, library.reading(stored.id, engine_version())
    finally:
        library.close()


def test_an_imported_page_is_analyzed_once_and_the_analysis_is_cached(home: Path, site: Site) -> None:
    _, cached = imported_and_cached(home, site.url("/artikel/bahn.html"))
    assert cached is not None and cached.words > 50
    assert "Kopenhagen" in set(cached.texts)
    [row] = json.loads(run_reader(home, "list", "--json").stdout)
    assert row["level"] in {"A1", "A2", "B1", "B2", "C1", "C2"}  # known once the article is analyzed


def test_a_page_in_windows_1252_declared_as_latin_1_shows_its_quotes_and_whole_words(home: Path, site: Site) -> None:
    # Servers often call Windows-1252 "iso-8859-1"; browsers read it as Windows-1252, and so do we.
    paragraphs = [RADWEGE[0].replace("neue Radwege", "neue „Rad\u00adwege“ – so der Plan –"), *RADWEGE[1:]]
    html = page("Neue Radwege für Leipzig", paragraphs).decode().replace('<meta charset="utf-8">', "")
    site.routes["/alt/radwege.html"] = Route(html.encode("cp1252"), content_type="text/html; charset=iso-8859-1")
    stored, cached = imported_and_cached(home, site.url("/alt/radwege.html"))
    assert "neue „Radwege“ – so der Plan –" in stored.article.body
    assert "Radwege" in set(cached.texts)


def test_the_same_url_twice_is_one_article_and_is_not_fetched_again(home: Path, site: Site) -> None:
    url = site.url("/artikel/radwege.html")
    run_reader(home, "import", "--no-analyze", url)
    again = run_reader(home, "import", "--no-analyze", url)
    assert again.returncode == 0
    assert again.stdout.strip() == "1  Neue Radwege für Leipzig  (already in library)"
    assert site.fetched("/artikel/radwege.html") == 1
    assert len(stored_articles(home)) == 1


def test_the_same_text_at_another_address_is_one_article(home: Path, site: Site) -> None:
    library = Library(home)
    try:
        [first] = import_source(library, site.url("/artikel/radwege.html"))
        [second] = import_source(library, site.url("/kopie/radwege.html"))
        assert first.new and not second.new
        assert second.article_id == first.article_id
        assert len(library.articles()) == 1
    finally:
        library.close()


def test_a_redirect_is_followed_and_the_final_address_is_kept(home: Path, site: Site) -> None:
    result = run_reader(home, "import", "--no-analyze", site.url("/umzug"))
    assert result.returncode == 0, result.stderr
    assert "Mit dem Zug nach Kopenhagen" in result.stdout
    [stored] = stored_articles(home)
    assert stored.article.url == site.url("/artikel/bahn.html")
    again = run_reader(home, "import", "--no-analyze", site.url("/artikel/bahn.html"))
    assert "already in library" in again.stdout


def test_a_404_is_one_clear_line_and_the_library_keeps_its_articles(home: Path, site: Site) -> None:
    run_reader(home, "import", "--no-analyze", site.url("/artikel/radwege.html"))
    result = run_reader(home, "import", "--no-analyze", site.url("/artikel/geloescht.html"))
    assert result.returncode == 2
    assert_one_clear_line(result, "HTTP 404", "/artikel/geloescht.html")
    assert [s.article.title for s in stored_articles(home)] == ["Neue Radwege für Leipzig"]


def test_a_slow_page_gives_up_after_the_timeout(home: Path, site: Site) -> None:
    # The page answers after 3 s: a message naming the 0.5 s limit shows the import did not wait for it.
    result = run_reader(home, "import", "--no-analyze", "--timeout", "0.5", site.url("/langsam.html"))
    assert result.returncode == 2
    assert_one_clear_line(result, "no answer within 0.5 seconds")
    assert stored_articles(home) == []


def test_an_unreachable_server_is_one_clear_line(home: Path) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = run_reader(home, "import", "--no-analyze", f"http://127.0.0.1:{port}/artikel.html")
    assert result.returncode == 2
    assert_one_clear_line(result, "cannot connect to 127.0.0.1", "refused")
    other_scheme = run_reader(home, "import", "--no-analyze", f"ftp://127.0.0.1:{port}/artikel.txt")
    assert other_scheme.returncode == 2
    assert_one_clear_line(other_scheme, "only http:// and https:// addresses")


def test_downloads_that_are_too_large_or_not_articles_are_refused(home: Path, site: Site) -> None:
    big = run_reader(home, "import", "--no-analyze", site.url("/riesig.html"))
    assert big.returncode == 2
    assert_one_clear_line(big, "too large", "50 MB")
    picture = run_reader(home, "import", "--no-analyze", site.url("/bild.png"))
    assert picture.returncode == 2
    assert_one_clear_line(picture, "image/png", "not a web page or a feed")
    with pytest.raises(ReaderError, match="too large"):
        fetch(site.url("/artikel/schule.html"), max_bytes=1000)


def test_requests_say_who_is_asking(site: Site) -> None:
    fetch(site.url("/artikel/schule.html"))
    assert site.requests == [("/artikel/schule.html", USER_AGENT)]
    assert USER_AGENT.startswith("reader/") and "German learner's news reader" in USER_AGENT


def test_a_page_that_is_not_german_is_imported_with_a_warning(home: Path, site: Site) -> None:
    result = run_reader(home, "import", "--no-analyze", site.url("/english.html"))
    assert result.returncode == 0
    assert "New cycle lanes for Leipzig" in result.stdout
    assert "warning" in result.stderr and "does not look German" in result.stderr
    german = run_reader(home, "import", "--no-analyze", site.url("/artikel/schule.html"))
    assert german.stderr == ""


def test_a_feed_imports_its_items_and_reports_the_one_that_fails(home: Path, site: Site) -> None:
    result = run_reader(home, "import", "--no-analyze", site.url("/feed.xml"))
    assert result.returncode == 1  # two imported, one item failed
    assert [line.split(None, 1)[1] for line in result.stdout.splitlines()] == [
        "Neue Radwege für Leipzig",
        "Warmes Essen für alle Grundschüler",
    ]
    assert_one_clear_line(result, "/artikel/geloescht.html", "HTTP 404")
    articles = {s.article.title: s.article for s in stored_articles(home)}
    assert articles["Warmes Essen für alle Grundschüler"].guid == "bz-2"
    assert articles["Warmes Essen für alle Grundschüler"].author == "Jonas Weber"
    for noise in BOILERPLATE:
        assert noise not in articles["Neue Radwege für Leipzig"].body

    again = run_reader(home, "import", "--no-analyze", site.url("/feed.xml"))
    assert again.stdout.count("already in library") == 2
    assert site.fetched("/artikel/radwege.html") == 1 and site.fetched("/artikel/schule.html") == 1


def test_following_feeds_imports_only_what_is_new(home: Path, site: Site) -> None:
    suggestions = run_reader(home, "feeds", "list")
    assert "You follow no feeds yet" in suggestions.stdout
    assert "https://www.tagesschau.de/xml/rss2/" in suggestions.stdout

    added = run_reader(home, "feeds", "add", site.url("/feed.xml"))
    assert added.returncode == 0, added.stderr
    assert "Beispielzeitung – Nachrichten" in added.stdout and "3 items" in added.stdout
    assert stored_articles(home) == []  # following is not importing
    listed = run_reader(home, "feeds", "list")
    assert site.url("/feed.xml") in listed.stdout and "never checked" in listed.stdout

    site.routes["/feed.xml"] = Route(
        rss(site, [("Neue Radwege für Leipzig", "/artikel/radwege.html", "bz-1")]),
        content_type="application/rss+xml",
    )
    first = run_reader(home, "feeds", "update", "--no-analyze")
    assert first.returncode == 0, first.stderr
    assert first.stdout.split(None, 1)[1].strip() == "Neue Radwege für Leipzig"

    site.routes["/feed.xml"] = Route(
        rss(site, [("Mit dem Zug nach Kopenhagen", "/artikel/bahn.html", "bz-4"),
                   ("Neue Radwege für Leipzig", "/artikel/radwege.html", "bz-1")]),
        content_type="application/rss+xml",
    )
    second = run_reader(home, "feeds", "update", "--no-analyze")
    assert second.returncode == 0, second.stderr
    assert "Mit dem Zug nach Kopenhagen" in second.stdout and "already in library" in second.stdout
    assert site.fetched("/artikel/radwege.html") == 1
    assert len(stored_articles(home)) == 2
    assert "checked 20" in run_reader(home, "feeds", "list").stdout


def test_feeds_add_refuses_what_is_not_a_feed(home: Path, site: Site) -> None:
    result = run_reader(home, "feeds", "add", site.url("/artikel/radwege.html"))
    assert result.returncode == 2
    assert_one_clear_line(result, "not an RSS or Atom feed")
    assert "You follow no feeds yet" in run_reader(home, "feeds", "list").stdout
    update = run_reader(home, "feeds", "update")
    assert update.returncode == 2
    assert_one_clear_line(update, "you follow no feeds yet")


def test_a_malformed_feed_is_one_clear_line(home: Path, site: Site) -> None:
    run_reader(home, "import", "--no-analyze", site.url("/artikel/radwege.html"))
    result = run_reader(home, "import", "--no-analyze", site.url("/kaputt.xml"))
    assert result.returncode == 2
    assert_one_clear_line(result, "not a readable RSS or Atom feed")
    assert len(stored_articles(home)) == 1


def test_an_atom_feed_with_relative_links_and_guids(home: Path, site: Site) -> None:
    site.routes["/atom.xml"] = Route(
        b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom-Nachrichten</title><id>urn:bz</id>
<updated>2026-11-21T10:00:00Z</updated>
<entry><title>Mit dem Zug nach Kopenhagen</title><id>urn:bz:bahn</id><link href="/artikel/bahn.html"/>
<updated>2026-11-21T10:00:00Z</updated></entry></feed>""",
        content_type="application/atom+xml",
    )
    library = Library(home)
    try:
        [result] = import_source(library, site.url("/atom.xml"))
        stored = library.get(result.article_id)
        assert result.new and stored.article.guid == "urn:bz:bahn"
        assert stored.article.body.strip().split("\n\n") == BAHN
        assert library.find_by_guid("urn:bz:bahn") == result.article_id
        [again] = import_source(library, site.url("/atom.xml"))
        assert not again.new and again.article_id == result.article_id
    finally:
        library.close()


def test_a_batch_imports_the_good_and_reports_each_bad_one(home: Path, site: Site) -> None:
    result = run_reader(
        home, "import", "--no-analyze",
        site.url("/artikel/radwege.html"), site.url("/fehlt.html"), site.url("/artikel/schule.html"), "/nirgends.txt",
    )
    assert result.returncode == 1
    assert len(result.stdout.splitlines()) == 2
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2 and "HTTP 404" in errors[0] and "no such file: /nirgends.txt" in errors[1]
    assert "Traceback" not in result.stderr


def test_list_json_has_one_object_per_article(home: Path, site: Site) -> None:
    run_reader(home, "import", "--no-analyze", site.url("/artikel/radwege.html"), site.url("/artikel/schule.html"))
    result = run_reader(home, "list", "--json")
    rows = json.loads(result.stdout)
    assert len(rows) == 2
    for row in rows:
        assert {"id", "title", "source", "url", "date", "words", "level"} <= row.keys()
        assert row["source"] == "Beispielzeitung" and row["date"] == "2026-11-20" and row["level"] is None
        assert row["url"].startswith(site.base) and 80 < row["words"] < 120
    plain = run_reader(home, "list")
    assert "Neue Radwege für Leipzig" in plain.stdout and "words" in plain.stdout


def test_the_progress_bar_draws_and_clears_one_line() -> None:
    stream = io.StringIO()
    progress = Progress(stream, enabled=True)
    progress.show(1, 4, "tagesschau: Ein Artikel")
    assert "[######..................] 1/4 tagesschau: Ein Artikel" in stream.getvalue()
    progress.clear()
    assert stream.getvalue().endswith("\r\x1b[K") and "\n" not in stream.getvalue()
    silent = io.StringIO()
    Progress(silent).show(1, 4, "x")  # not a terminal: no bar in logs and pipes
    assert silent.getvalue() == ""


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html=st.one_of(
    st.text(max_size=2000),
    st.lists(st.sampled_from(["<p>", "</p>", "<div>", "<html>", "<nav>", "<!--", "-->", "<script>", "&amp;",
                              "<?xml version='1.0' encoding='latin-1'?>", "Die Stadt baut Radwege. ", "\x00",
                              "<meta charset='nonsense'>", "<title>", "</title>", "<body>", "<table><tr><td>"]),
             max_size=80).map("".join),
))
def test_arbitrary_html_never_crashes_the_page_importer(html: str) -> None:
    for data in (html, html.encode("utf-8", errors="surrogatepass")):
        try:
            article = article_from_html(data, url="http://127.0.0.1/x.html")
        except ReaderError as error:
            assert "\n" not in str(error)
        else:
            assert article.body.strip() and article.title


@settings(max_examples=60, deadline=None)
@given(data=st.one_of(
    st.binary(max_size=2000),
    st.lists(st.sampled_from([b"<?xml version='1.0'?>", b"<rss version='2.0'>", b"<channel>", b"<item>",
                              b"<link>", b"http://127.0.0.1:9/a", b"</link>", b"<feed>", b"<entry>", b"\xff",
                              b"<title>Titel</title>", b"<guid>", b"</guid>", b"</item>", b"<!DOCTYPE x>"]),
             max_size=60).map(b"".join),
))
def test_arbitrary_bytes_never_crash_the_feed_parser(data: bytes) -> None:
    try:
        parsed = parse_feed(data, "http://127.0.0.1/feed.xml")
    except ReaderError as error:
        assert "\n" not in str(error)
    else:
        assert all(item.link.startswith("http") or item.content for item in parsed.items)


def test_pages_analyzed_in_two_processes_are_stored_as_in_one(home: Path, site: Site, tmp_path: Path) -> None:
    pages = [site.url("/artikel/radwege.html"), site.url("/artikel/schule.html"), site.url("/artikel/bahn.html")]
    in_two = run_reader(home, "import", "--jobs", "2", *pages)
    in_one = run_reader(tmp_path / "one", "import", "--jobs", "1", *pages)
    assert in_two.returncode == in_one.returncode == 0, in_two.stderr + in_one.stderr
    libraries = [Library(home), Library(tmp_path / "one")]
    try:
        readings = [
            {stored.article.title: library.reading(stored.id).full() for stored in library.articles()}
            for library in libraries
        ]
    finally:
        for library in libraries:
            library.close()
    assert len(readings[0]) == 3 and readings[0] == readings[1]
