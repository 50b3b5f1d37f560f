"""Benchmark: the next review card appears within 10 ms of an answer, for 20,000 words being learned.

    python bench/bench_review.py [--words 20000] [--answers 400]

Builds a throw-away home: every word in a learning stage with its sentence;
two thirds have been reviewed before (due dates spread from a month ago to a
month ahead, so thousands are due now), the rest are new. Times the session
start (today's queues are read once), then, per answer, what the learner waits
for: the answer committed (FSRS schedule, review log, stage and history in one
WAL transaction) and the next card's question side built.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from reader.library import Library
from reader.review import Rating, ReviewSession, front_of
from reader.review.schedule import utc_text
from reader.review.settings import set_new_per_day

POS = ("NOUN", "VERB", "ADJ", "ADV")


def build(home: Path, words: int, rng: random.Random) -> Library:
    library = Library(home)
    connection = library.connection
    now = datetime.now(timezone.utc)
    terms, cards = [], []
    for n in range(1, words + 1):
        pos = POS[n % len(POS)]
        sentence = f"Im Satz {n} steht das Wort wort{n} und noch einiges mehr."
        start = sentence.index("wort")
        terms.append((n, f"wort{n}", pos, "mfn"[n % 3] if pos == "NOUN" else "", rng.randint(1, 5), sentence,
                      json.dumps([[start, start + len(f"wort{n}")]])))
        if n % 3:
            due = now + timedelta(minutes=rng.randint(-30 * 24 * 60, 30 * 24 * 60))
            stability = rng.uniform(1, 60)
            cards.append((n, 2, None, stability, rng.uniform(1, 10), utc_text(due),
                          utc_text(due - timedelta(days=stability)), utc_text(now - timedelta(days=90))))
    with connection:
        connection.execute("BEGIN")
        connection.executemany(
            "INSERT INTO terms (id, term, pos, gender, status, sentence, spans) VALUES (?, ?, ?, ?, ?, ?, ?)", terms
        )
        connection.executemany(
            "INSERT INTO status_history (term_id, status) SELECT id, status FROM terms WHERE id = ?",
            [(row[0],) for row in terms],
        )
        connection.executemany("INSERT INTO review_cards VALUES (?, ?, ?, ?, ?, ?, ?, ?)", cards)
    set_new_per_day(connection, 100)
    return library


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=20_000)
    parser.add_argument("--answers", type=int, default=400)
    args = parser.parse_args()
    rng = random.Random(20)
    with tempfile.TemporaryDirectory() as directory:
        library = build(Path(directory), args.words, rng)
        started = time.perf_counter()
        session = ReviewSession(library.connection)
        front_of(session.current())
        start_ms = (time.perf_counter() - started) * 1000
        waits = []
        for _ in range(args.answers):
            rating = rng.choice((Rating.Again, Rating.Hard, Rating.Good, Rating.Good, Rating.Good, Rating.Easy))
            started = time.perf_counter()
            session.answer(rating)
            card = session.current()
            if card is None:
                break
            front_of(card)
            waits.append((time.perf_counter() - started) * 1000)
        library.close()
    waits.sort()
    print(f"{args.words:,} words in learning stages; session start (queues read once): {start_ms:.1f} ms")
    print(
        f"answer → next card, over {len(waits)} answers: median {statistics.median(waits):.2f} ms,"
        f" p95 {waits[int(len(waits) * 0.95)]:.2f} ms, max {waits[-1]:.2f} ms (target ≤ 10 ms)"
    )


if __name__ == "__main__":
    main()
