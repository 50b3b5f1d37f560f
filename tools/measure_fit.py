"""Measure the first hour's fit: the bundled library for a learner placed as B1.

    python tools/measure_fit.py [--home DIR] [--known 3000]

Runs the `reader` command as a learner would, in a fresh data directory (or DIR, kept for a second
look): imports every article in texts/ (analyzing them), takes `reader placement` answering as a
learner who knows the `--known` most common lemmas and says "no" to every made-up word, then prints
`reader list --json`: each article's level, unknown share (of its words), new word share (its unknown
words counted once, per word) and fit, the counts of each fit, and the founding article's shares.
The target of issue #19: at least a third of the articles "good fit" or "easy", the founding article's
unknown share within 5–25 %.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from reader.difficulty import FITS
from reader.library import load_article
from reader.vocab import placement

ROOT = Path(__file__).resolve().parent.parent
FOUNDING = "2022-02-19-japan-nato-ukraine.md"


def reader(home: Path, *args: str, answers: str = "") -> str:
    """Run `reader` on `home` as a user would; its output, or exit with its error line."""
    done = subprocess.run(
        [sys.executable, "-m", "reader", "--home", str(home), *args],
        input=answers, capture_output=True, text=True, cwd=ROOT,
    )
    if done.returncode != 0:
        sys.exit(f"reader {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout


def measure(home: Path, known: int) -> None:
    texts = sorted(path for path in (ROOT / "texts").glob("*.md") if path.name != "README.md")
    reader(home, "import", *map(str, texts))
    answers = placement.answers_of_learner_knowing(known)
    said = "".join("y\n" if answers[item.word] else "n\n" for item in placement.items())
    print(reader(home, "placement", answers=said).rsplit("[y/n] ", 1)[-1].strip())  # the result, not the prompts
    rows = json.loads(reader(home, "list", "--json"))
    print(f"\n{'level':<6}{'unknown':>8}{'new':>6}  {'fit':<9} title")
    for row in sorted(rows, key=lambda row: row["new_word_share"]):
        print(f"{row['level']:<6}{row['unknown_share']:>8.1%}{row['new_word_share']:>6.1%}  {row['fit']:<9} {row['title']}")
    fits = Counter(row["fit"] for row in rows)
    readable = fits["good fit"] + fits["easy"]
    print(f"\n{len(rows)} articles: " + ", ".join(f"{fits[fit]} {fit}" for fit in FITS))
    print(f"good fit or easy: {readable} of {len(rows)} (target: at least {-(-len(rows) // 3)})")
    for source in sorted({row["source"] for row in rows}):
        mine = Counter(row["fit"] for row in rows if row["source"] == source)
        print(f"  {source}: " + ", ".join(f"{mine[fit]} {fit}" for fit in FITS if mine[fit]))
    founding = next(row for row in rows if row["title"] == load_article(ROOT / "texts" / FOUNDING).title)
    print(f"founding article: unknown share {founding['unknown_share']:.1%} (target 5–25 %), "
          f"new word share {founding['new_word_share']:.1%}, {founding['fit']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--home", type=Path, help="data directory to use and keep (default: a fresh temporary one)")
    parser.add_argument("--known", type=int, default=3000, help="the learner knows this many most common lemmas")
    args = parser.parse_args()
    if args.home:
        measure(args.home, args.known)
        return
    with tempfile.TemporaryDirectory() as home:
        measure(Path(home), args.known)


if __name__ == "__main__":
    main()
