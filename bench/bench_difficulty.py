"""Benchmark: scoring analyzed articles (targets: <= 5 ms each, 1,000 in <= 5 s).

    python bench/bench_difficulty.py [--corpora ../shared/corpora/wikinews-de]

Analyzes the founding article and the Wikinews articles once (not timed), then
times `difficulty.score` on the analyses, with the learner's statuses as the
library screen passes them.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from reader.difficulty import score
from reader.frequency import frequency
from reader.library import load_article
from reader.nlp import analyze
from reader.vocab import KNOWN, term_key

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora" / "wikinews-de")
    args = parser.parse_args()
    paths = [ROOT / "texts" / "2022-02-19-japan-nato-ukraine.md", *sorted(args.corpora.glob("*.md"))]
    analyses = [analyze(load_article(path).body) for path in paths]
    frequency("der")  # load the frequency list once, as a running app has
    statuses = {term_key(t): KNOWN for t in analyses[0].tokens if t.learnable and t.zipf and t.zipf > 5}

    timings = []
    for analysis in analyses:
        start = time.perf_counter()
        score(analysis, statuses)
        timings.append(time.perf_counter() - start)
    print(f"first score of each of {len(analyses)} articles: median {statistics.median(timings) * 1e3:.2f} ms, "
          f"max {max(timings) * 1e3:.2f} ms (mean {statistics.mean(a.words for a in analyses):.0f} words)")

    batch = (analyses * (1000 // len(analyses) + 1))[:1000]
    start = time.perf_counter()
    for analysis in batch:
        score(analysis, statuses)
    print(f"1,000 analyzed articles: {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
