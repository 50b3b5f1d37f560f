"""Cold `reader analyze` of the founding article: a fresh process each time, as a user runs it.

    python bench/bench_analyze.py [--runs 5] [--file texts/2022-02-19-japan-nato-ukraine.md]

Reports the median wall time and the median CPU time (user + system of the child
process): on a busy machine the wall time includes waiting for a core, the CPU
time does not. The first run may also build the lemma-dictionary cache
(`reader.cache`); it is reported apart and left out of the medians.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOUNDING_ARTICLE = ROOT / "texts" / "2022-02-19-japan-nato-ukraine.md"


def run_once(path: Path) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "reader", "analyze", str(path), "--json"], check=True,
                   stdout=subprocess.DEVNULL, cwd=ROOT)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--file", type=Path, default=FOUNDING_ARTICLE)
    args = parser.parse_args(argv)
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
