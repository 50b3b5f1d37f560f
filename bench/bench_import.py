"""Benchmark: import articles from a local feed (fetch + extract + store), then analyze them, via the CLI.

    python bench/bench_import.py [--articles 100] [--jobs 1 2] [--only-full]

Serves German article pages (built from the test pages) and their RSS feed on 127.0.0.1. Prints
the time of an import without analysis and of a full import (with `--jobs N`, once per N), and the
size of the library's database after each. PYTHONPATH chooses the `reader` package that runs (an
older checkout, for before/after numbers).
"""
import argparse, random, subprocess, sys, tempfile, threading, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from test_import_web import BAHN, RADWEGE, SCHULE, page  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("--articles", type=int, default=100)
parser.add_argument("--jobs", type=int, nargs="*", default=[], help="also time a full import with --jobs N")
parser.add_argument("--only-full", action="store_true", help="skip the import without analysis")
args = parser.parse_args()
SENTENCES = [s.strip() + "." for p in RADWEGE + SCHULE + BAHN for s in p.split(". ") if s.strip()]
rng = random.Random(10)
pages = {}
for n in range(args.articles):
    paragraphs = [" ".join(rng.choice(SENTENCES).rstrip(".") + "." for _ in range(6)) for _ in range(7)]
    paragraphs[0] = f"Meldung Nummer {n} aus der Region. " + paragraphs[0]
    pages[f"/a/{n}.html"] = page(f"Meldung {n}", paragraphs)

class H(BaseHTTPRequestHandler):
    def do_GET(self):
        body, ctype = pages.get(self.path, b""), "text/html; charset=utf-8"
        if self.path == "/feed.xml":
            items = "".join(f"<item><title>Meldung {n}</title><link>{base}/a/{n}.html</link><guid>g{n}</guid></item>" for n in range(args.articles))
            body, ctype = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>{items}</channel></rss>'.encode(), "application/rss+xml"
        self.send_response(200 if body else 404); self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body))); self.end_headers(); self.wfile.write(body)
    def log_message(self, *a): pass

server = ThreadingHTTPServer(("127.0.0.1", 0), H)
base = f"http://127.0.0.1:{server.server_address[1]}"
threading.Thread(target=server.serve_forever, daemon=True).start()
runs = [] if args.only_full else [("import only (fetch, extract, store)", ["--no-analyze"])]
runs.append(("import + analyze", []))
runs += [(f"import + analyze, --jobs {jobs}", ["--jobs", str(jobs)]) for jobs in args.jobs]
with tempfile.TemporaryDirectory() as home:
    for number, (label, extra) in enumerate(runs):
        h = Path(home) / str(number)
        t = time.perf_counter()
        r = subprocess.run([sys.executable, "-m", "reader", "--home", str(h), "import", *extra, base + "/feed.xml"], capture_output=True, text=True)
        elapsed = time.perf_counter() - t
        size = sum(path.stat().st_size for path in h.glob("reader.db*"))
        print(f"{label}: {elapsed:.1f} s for {len(r.stdout.splitlines())} articles, database {size / 1e6:.1f} MB, rc={r.returncode}", r.stderr[-300:], flush=True)
words = sum(len(p.split()) for p in pages.values()) // args.articles
print("about", words, "words of HTML per page")
