"""Benchmark: a status change committed (target <= 5 ms) and `reader stats` for 50,000 terms
and 1,000 articles (target <= 300 ms).

    python bench/bench_vocab.py [--terms 50000] [--articles 1000] [--tokens 400]

Builds a throw-away home: terms with one to three status changes each over a
year, a reading log, and analyzed articles whose tokens are drawn from the
terms (Zipf-like), stored with their term counts as an import stores them.
Times `Vocabulary.set_status` on that database (each call is one committed
transaction in WAL mode), then `stats.compute` cold (the first run counts the
article shares) and warm.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from reader.library import Library
from reader.vocab import Status, TermKey, Vocabulary
from reader.nlp import Analysis
from reader.vocab.stats import compute

POS = ("NOUN", "VERB", "ADJ", "ADV")


def build(home: Path, terms: int, articles: int, tokens: int, rng: random.Random) -> list[TermKey]:
    library = Library(home)
    connection = library.connection
    keys = []
    for n in range(terms):
        pos = POS[n % len(POS)]
        keys.append(TermKey(f"wort{n}", pos, "mfn"[n % 3] if pos == "NOUN" else ""))
    start = datetime(2025, 11, 1, tzinfo=timezone.utc)
    term_rows, history_rows = [], []
    for n, key in enumerate(keys, start=1):
        when = start + timedelta(minutes=rng.randrange(365 * 24 * 60))
        changes = [rng.choice((1, 2, 3))]
        if rng.random() < 0.6:
            changes.append(rng.choice((4, 5, 99, 99, 99)))
        if rng.random() < 0.2:
            changes.append(rng.choice((98, 99)))
        stamps = []
        for status in changes:
            stamps.append(when.strftime("%Y-%m-%dT%H:%M:%S.000Z"))
            history_rows.append((n, status, stamps[-1]))
            when += timedelta(days=rng.randrange(1, 30))
        term_rows.append((n, key.term, key.pos, key.gender, changes[-1], stamps[0], stamps[-1]))
    connection.execute("BEGIN")
    connection.executemany(
        "INSERT INTO terms (id, term, pos, gender, status, first_seen, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        term_rows,
    )
    connection.executemany("INSERT INTO status_history (term_id, status, changed_at) VALUES (?, ?, ?)", history_rows)
    weights = [1 / (rank + 1) for rank in range(terms)]
    analyses = []
    for a in range(articles):
        body = f"Artikel {a} " + "x" * 16
        article_id = connection.execute(
            "INSERT INTO articles (title, body, sha256, date) VALUES (?, ?, ?, ?) RETURNING id",
            (f"Artikel {a}", body, f"sha{a}", f"2026-{1 + a % 12:02d}-01"),
        ).fetchone()[0]
        drawn = rng.choices(keys, weights=weights, k=tokens)
        token_dicts = [
            {"i": i, "text": k.term, "start": i, "end": i + 1, "whitespace": " ", "lemma": k.term, "pos": k.pos,
             "morph": "", "term": k.term, "is_word": True, "learnable": True, "gender": k.gender or None}
            for i, k in enumerate(drawn)
        ]
        data = {"title": "", "words": tokens, "difficulty": {},
                "sentences": [{"text": "", "start": 0, "end": tokens, "tokens": token_dicts}]}
        analyses.append((article_id, Analysis.from_dict(data)))
        day = date(2026, 1, 1) + timedelta(days=a % 300)
        connection.execute(
            "INSERT INTO reading_log (article_id, day, words, total_words, finished) VALUES (?, ?, ?, ?, ?)",
            (article_id, day.isoformat(), tokens // 2, tokens, a % 3 == 0),
        )
    connection.execute("COMMIT")
    for article_id, analysis in analyses:  # stored as an import stores them, term counts with them
        library.store_analysis(article_id, analysis, engine="bench")
    library.close()
    return keys


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--terms", type=int, default=50_000)
    parser.add_argument("--articles", type=int, default=1_000)
    parser.add_argument("--tokens", type=int, default=400, help="learnable tokens per article")
    args = parser.parse_args()
    rng = random.Random(7)
    start = time.perf_counter()
    total = 0
    for n in range(1_000_000):
        total += n
    print(f"CPU reference: a 1,000,000-step Python loop takes {(time.perf_counter() - start) * 1e3:.0f} ms here "
          "(about 40-60 ms on an idle laptop)")
    with tempfile.TemporaryDirectory() as directory:
        home = Path(directory)
        started = time.perf_counter()
        keys = build(home, args.terms, args.articles, args.tokens, rng)
        print(f"built {args.terms:,} terms and {args.articles:,} articles in {time.perf_counter() - started:.1f} s")

        library = Library(home)
        vocabulary = Vocabulary(library.connection)
        timings = []
        for _ in range(300):
            key = rng.choice(keys)
            start = time.perf_counter()
            vocabulary.set_status([key], Status(rng.choice((1, 2, 3, 4, 5, 99))))
            timings.append(time.perf_counter() - start)
        timings.sort()
        print(
            f"status change committed: median {statistics.median(timings) * 1e3:.2f} ms, "
            f"p95 {timings[int(len(timings) * 0.95)] * 1e3:.2f} ms, max {timings[-1] * 1e3:.2f} ms (target <= 5 ms)"
        )

        start = time.perf_counter()
        stats = compute(library.connection)
        cold = time.perf_counter() - start
        warm = []
        for _ in range(5):
            start = time.perf_counter()
            stats = compute(library.connection)
            warm.append(time.perf_counter() - start)
        after_changes = []
        for _ in range(5):
            vocabulary.set_status(rng.sample(keys[:2000], 20), Status.KNOWN)  # common words: in many articles
            start = time.perf_counter()
            stats = compute(library.connection)
            after_changes.append(time.perf_counter() - start)
        without_articles = []
        for _ in range(5):
            start = time.perf_counter()
            compute(library.connection, articles=False)
            without_articles.append(time.perf_counter() - start)
        print(
            f"one-off, per home: first stats (counts all history and article shares) {cold * 1e3:.0f} ms"
        )
        print(
            f"stats, {args.terms:,} terms and {len(stats.articles):,} articles: median {statistics.median(warm) * 1e3:.0f} ms, "
            f"after 20 status changes of common words {statistics.median(after_changes) * 1e3:.0f} ms "
            f"(target <= 300 ms); without the article shares {statistics.median(without_articles) * 1e3:.0f} ms"
        )
        print(f"  known {stats.known:,}, learning {stats.learning:,}, {len(stats.by_day)} days, streak {stats.streak}")
        library.close()


if __name__ == "__main__":
    main()
