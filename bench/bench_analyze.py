"""Cold `reader analyze` of the founding article: a fresh process each time, as a user runs it.

    python bench/bench_analyze.py [--runs 5] [--file texts/2022-02-19-japan-nato-ukraine.md]
    python bench/bench_analyze.py --marginal [--runs 3] [--raw ../shared/corpora/wikinews-raw]

`--marginal` runs `reader analyze --json` on a 2,000-word and a 20,000-word text
of news (joined from the raw corpus) and reports the marginal rate: the 18,000
extra words over the extra CPU time, so loading the pipeline, which both runs
pay, is left out.

Reports the median wall time and the median CPU time (user + system of the child
process): on a busy machine the wall time includes waiting for a core, the CPU
time does not. The first run may also build the lemma-dictionary cache
(`reader.cache`); it is reported apart and left out of the medians.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOUNDING_ARTICLE = ROOT / "texts" / "2022-02-19-japan-nato-ukraine.md"
DEFAULT_RAW = ROOT.parent / "shared" / "corpora" / "wikinews-raw"
MARGINAL_SIZES = (2_000, 20_000)


def run_once(path: Path) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "reader", "analyze", str(path), "--json"], check=True,
                   stdout=subprocess.DEVNULL, cwd=ROOT)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def news_text(raw_dir: Path, words: int) -> str:
    """About `words` words of news: whole articles of the raw corpus, joined as paragraphs."""
    paragraphs, count = [], 0
    for path in sorted(raw_dir.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("text", "").strip()
            if text:
                paragraphs.append(text)
                count += len(text.split())
                if count >= words:
                    return "\n\n".join(paragraphs)
    raise SystemExit(f"{raw_dir} holds fewer than {words} words")


def analyzed_words(path: Path) -> int:
    """The `words` of the analysis, as `reader analyze --json` counts them."""
    output = subprocess.run([sys.executable, "-m", "reader", "analyze", str(path), "--json"], check=True,
                            capture_output=True, cwd=ROOT).stdout
    return json.loads(output)["words"]


def marginal(raw_dir: Path, runs: int, scratch: Path) -> None:
    paths = []
    for size in MARGINAL_SIZES:
        path = scratch / f"news-{size}.txt"
        path.write_text(news_text(raw_dir, size), encoding="utf-8")
        paths.append(path)
    words = [analyzed_words(path) for path in paths]  # also the warm-up run
    cpus: list[list[float]] = [[], []]
    walls: list[list[float]] = [[], []]
    for _ in range(runs):
        for number, path in enumerate(paths):
            wall, cpu = run_once(path)
            walls[number].append(wall)
            cpus[number].append(cpu)
    cpu_small, cpu_large = (statistics.median(times) for times in cpus)
    wall_small, wall_large = (statistics.median(times) for times in walls)
    extra = words[1] - words[0]
    for size, count, cpu, wall in zip(MARGINAL_SIZES, words, (cpu_small, cpu_large), (wall_small, wall_large)):
        print(f"{size:>6}-word text ({count} words): median {cpu:.2f} s CPU, {wall:.2f} s wall")
    print(f"marginal rate of `reader analyze --json`: {extra / (cpu_large - cpu_small):,.0f} words/s CPU, "
          f"{extra / (wall_large - wall_small):,.0f} words/s wall ({runs} runs; load {os.getloadavg()[0]:.2f})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--file", type=Path, default=FOUNDING_ARTICLE)
    parser.add_argument("--marginal", action="store_true", help="marginal rate from a 2k- and a 20k-word text")
    parser.add_argument("--raw", type=Path, default=DEFAULT_RAW, help="raw news corpus (*.jsonl) for --marginal")
    args = parser.parse_args(argv)
    if args.marginal:
        import tempfile

        with tempfile.TemporaryDirectory() as scratch:
            marginal(args.raw, args.runs, Path(scratch))
        return 0
    first_wall, first_cpu = run_once(args.file)
    runs = [run_once(args.file) for _ in range(args.runs)]
    walls, cpus = [wall for wall, _ in runs], [cpu for _, cpu in runs]
    print(f"first run (may build the cache): {first_wall:.2f} s wall, {first_cpu:.2f} s CPU")
    print(f"cold `reader analyze {args.file.name}`: median {statistics.median(walls):.2f} s wall "
          f"(min {min(walls):.2f}), median {statistics.median(cpus):.2f} s CPU, {args.runs} runs; "
          f"load {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
