"""Check difficulty scoring against the Wikinews articles and our simplified rewrites.

    python tools/validate_difficulty.py [--corpora ../shared/corpora/wikinews-de]

Prints, per article: the rough `level_estimate` of the corpus, our level, score,
coverage sizes; for the 8 articles we rewrote in A2 style (tests/data/simplified),
the same for the rewrite; and the Spearman correlation of our score with the
level estimates.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from reader.difficulty import score
from reader.library.article import split_front_matter
from reader.nlp import analyze

ROOT = Path(__file__).resolve().parent.parent
SIMPLIFIED = ROOT / "tests" / "data" / "simplified"
LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")


def spearman(xs: list[float], ys: list[float]) -> float:
    def ranks(values: list[float]) -> list[float]:
        order = sorted(range(len(values)), key=values.__getitem__)
        result = [0.0] * len(values)
        start = 0
        while start < len(order):
            end = start
            while end + 1 < len(order) and values[order[end + 1]] == values[order[start]]:
                end += 1
            for position in range(start, end + 1):
                result[order[position]] = (start + end) / 2
            start = end + 1
        return result

    rx, ry = ranks(xs), ranks(ys)
    mean_x, mean_y = sum(rx) / len(rx), sum(ry) / len(ry)
    covariance = sum((a - mean_x) * (b - mean_y) for a, b in zip(rx, ry))
    spread = (sum((a - mean_x) ** 2 for a in rx) * sum((b - mean_y) ** 2 for b in ry)) ** 0.5
    return covariance / spread


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora" / "wikinews-de")
    args = parser.parse_args()
    estimates, scores, easier = [], [], []
    for path in sorted(args.corpora.glob("*.md")):
        fields, body = split_front_matter(path.read_text(encoding="utf-8"))
        original = score(analyze(body))
        estimates.append(LEVELS.index(fields["level_estimate"]))
        scores.append(original.score)
        line = f"{fields['level_estimate']:>3} -> {original.level} {original.score:5.1f}  c95 {original.coverage_95:>6}  c98 {original.coverage_98:>6}"
        rewrite = SIMPLIFIED / path.name
        if rewrite.exists():
            simple = score(analyze(split_front_matter(rewrite.read_text(encoding="utf-8"))[1]))
            easier.append(simple.score < original.score)
            line += f"   | A2 rewrite -> {simple.level} {simple.score:5.1f}  c95 {simple.coverage_95:>6}"
        print(f"{line}   {path.stem[:50]}")
    print(f"\nrewrites scored easier than their original: {sum(easier)} of {len(easier)}")
    print(f"Spearman(score, level_estimate) over {len(scores)} articles: {spearman(estimates, scores):.2f}")


if __name__ == "__main__":
    main()
