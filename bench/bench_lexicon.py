"""Lexicon lookup speed: first lookup (cold) and median lookups (warm).

    python bench/bench_lexicon.py

Targets (issue 4): first lookup under 50 ms, median warm lookup under 50 µs.
Prints numbers only; timing asserts would make CI flaky.

* cold: a fresh interpreter imports reader.lexicon, then looks up one word —
  the first lookup opens the SQLite file (measured in subprocesses so nothing
  is cached in Python; the OS file cache may be warm). Import time is shown
  apart: it is paid once at program start, whether or not a word is looked up.
* warm, memoised: repeated lookups of words already seen (what the gloss
  panel does while the cursor moves back and forth).
* warm, first sight: connection open, but each word looked up for the first
  time (lookup cache cleared) — the cost of a new word in an open article.
* misses: unknown words and compounds, which walk the whole fallback chain.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WORDS = (
    "Spannung Souveränität übereinkommen abbauen einmarschieren festnehmen aufrufen "
    "Regierung Konferenz Sicherheit Präsident Krieg Frieden sagen gehen groß neu "
    "wichtig schnell Haus Stadt Land Polizei Menschen deutschen Strasse Verhandlungen "
    "Abkommen Minister Ukraine Bundeskanzler Wahl Partei kommen machen heute gestern"
).split()
HARD = ["Sicherheitskonferenz", "US-Präsident", "Bürgermeisterstichwahlen", "Xqzwrtlbrmpf"]

COLD_SNIPPET = """
import time
t0 = time.perf_counter()
from reader.lexicon import lookup
t1 = time.perf_counter()
entry = lookup("Spannung")
t2 = time.perf_counter()
lookup("Souveränität")
t3 = time.perf_counter()
print(f"{(t1 - t0) * 1000:.2f} {(t2 - t1) * 1000:.2f} {(t3 - t2) * 1e6:.1f}")
"""


def cold_runs(runs: int = 7) -> list[tuple[float, float, float]]:
    """(import ms, first lookup ms, second lookup µs) in fresh interpreters."""
    out = []
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, "-c", COLD_SNIPPET], capture_output=True, text=True,
            check=True, cwd=ROOT,
        )
        out.append(tuple(float(x) for x in result.stdout.split()))
    return out


def per_call_us(func, words, repeat: int) -> list[float]:
    timings = []
    for _ in range(repeat):
        for word in words:
            t0 = time.perf_counter()
            func(word)
            timings.append((time.perf_counter() - t0) * 1e6)
    return timings


def main() -> int:
    from reader.lexicon import lookup, lexicon_path
    from reader.lexicon import database

    path = lexicon_path()
    print(f"lexicon: {path} ({path.stat().st_size / 1e6:.1f} MB)")

    cold = cold_runs()
    print(f"cold, {len(cold)} fresh processes (medians): import reader.lexicon "
          f"{statistics.median(c[0] for c in cold):.1f} ms; first lookup (open database + "
          f"query) {statistics.median(c[1] for c in cold):.2f} ms (max {max(c[1] for c in cold):.2f}); "
          f"second word {statistics.median(c[2] for c in cold):.0f} µs")

    lookup("Haus")  # open the connection
    memo = per_call_us(lookup, WORDS, 50)
    print(f"warm lookup, memoised ({len(memo)} calls): median {statistics.median(memo):.2f} µs, "
          f"p95 {sorted(memo)[int(len(memo) * 0.95)]:.2f} µs")

    fresh = []
    for _ in range(20):
        lookup.cache_clear()
        database.term_rows.cache_clear()
        fresh += per_call_us(lookup, WORDS, 1)
    print(f"warm lookup, first sight of each word ({len(fresh)} calls): "
          f"median {statistics.median(fresh):.1f} µs, p95 {sorted(fresh)[int(len(fresh) * 0.95)]:.1f} µs")

    hard = []
    for _ in range(10):
        lookup.cache_clear()
        database.term_rows.cache_clear()
        hard += per_call_us(lookup, HARD, 1)
    print(f"compounds/hyphens/unknown, first sight ({len(hard)} calls): "
          f"median {statistics.median(hard) / 1000:.2f} ms, max {max(hard) / 1000:.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
