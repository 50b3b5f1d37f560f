"""Fit and check the difficulty score on public leveled data (reader/difficulty.py, CALIBRATION).

    python tools/calibrate_difficulty.py [--corpora ../shared/corpora] [--cache FILE.pickle]

1. TextComplexityDE (the shared half: 511 sentences of 13 articles rated by learners of German):
   the score's features are fitted to MOS_Complexity by least squares, leaving one article out at a
   time; the Spearman correlation of the held-out predictions with the ratings is the number to
   report, never the fit on the sentences it was fitted to.
2. The weights fitted on all 511 sentences (printed, to be copied into difficulty.py) are then
   checked on texts they never saw: the 200 Klexikon / Wikipedia pairs (the children's article must
   score easier) and our A2 rewrites in tests/data/simplified against their Wikinews originals.
3. The fit bands (FIT_CALIBRATION): for a learner placed as B1 (knows the 3,000 most common lemmas),
   the new word share that best tells the Klexikon texts from their Wikipedia twins, with the 16
   subjects bundled in texts/ left out (tools/measure_fit.py reports the bundled library), and the
   90th percentile of the twins.

`--cache` keeps the analyses (about 3 minutes of parsing) between runs; never commit it, it is a
conversion of the corpora.
"""

from __future__ import annotations

import argparse
import csv
import pickle
from collections import Counter
from pathlib import Path

import numpy as np

from reader.difficulty import FEATURES, FITS, features, fit_for, score
from reader.library.article import load_article, split_front_matter
from reader.nlp import Analysis, analyze
from reader.vocab import KNOWN_ASSUMED, placement, term_key

ROOT = Path(__file__).resolve().parent.parent
SIMPLIFIED = ROOT / "tests" / "data" / "simplified"
B1_LEMMAS = 3_000


def spearman(xs, ys) -> float:
    """Spearman's rho with tied values given their mean rank."""

    def ranks(values) -> np.ndarray:
        values = np.asarray(values, dtype=float)
        order = values.argsort(kind="stable")
        result = np.empty(len(values))
        start = 0
        while start < len(order):
            end = start
            while end + 1 < len(order) and values[order[end + 1]] == values[order[start]]:
                end += 1
            result[order[start : end + 1]] = (start + end) / 2
            start = end + 1
        return result

    return float(np.corrcoef(ranks(xs), ranks(ys))[0, 1])


def fit(rows: np.ndarray, ratings: np.ndarray) -> np.ndarray:
    """Least-squares weights of the features, intercept last."""
    design = np.c_[rows, np.ones(len(rows))]
    return np.linalg.lstsq(design, ratings, rcond=None)[0]


def leave_articles_out(rows: np.ndarray, ratings: np.ndarray, articles: np.ndarray) -> np.ndarray:
    """Each sentence's predicted rating from weights fitted without its article."""
    predicted = np.zeros(len(ratings))
    for article in np.unique(articles):
        held_out = articles == article
        weights = fit(rows[~held_out], ratings[~held_out])
        predicted[held_out] = np.c_[rows[held_out], np.ones(held_out.sum())] @ weights
    return predicted


def body(path: Path) -> str:
    return split_front_matter(path.read_text(encoding="utf-8"))[1]


def load(corpora: Path) -> dict[str, list]:
    """Analyses of the rated sentences, the Klexikon pairs and our rewrites with their originals."""
    leveled = corpora / "leveled"
    with open(leveled / "textcomplexity-de" / "ratings.csv", encoding="utf-8") as ratings:
        sentences = [
            (row["Article_ID"], float(row["MOS_Complexity"]), analyze(row["Sentence"]))
            for row in csv.DictReader(ratings)
        ]
    pairs = [
        (path.stem, analyze(body(path)), analyze(body(leveled / "klexikon-pairs" / "wikipedia" / path.name)))
        for path in sorted((leveled / "klexikon-pairs" / "klexikon").glob("*.md"))
    ]
    rewrites = [
        (path.stem, analyze(body(path)), analyze(body(corpora / "wikinews-de" / path.name)))
        for path in sorted(SIMPLIFIED.glob("*.md"))
    ]
    return {"sentences": sentences, "pairs": pairs, "rewrites": rewrites}


def feature_rows(analyses: list[Analysis]) -> np.ndarray:
    return np.array([[features(analysis)[name] for name in FEATURES] for analysis in analyses])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    parser.add_argument("--cache", type=Path, help="keep the analyses in this pickle between runs")
    args = parser.parse_args()
    if args.cache and args.cache.exists():
        data = pickle.loads(args.cache.read_bytes())
    else:
        data = load(args.corpora)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(data))

    articles = np.array([article for article, _, _ in data["sentences"]])
    ratings = np.array([rating for _, rating, _ in data["sentences"]])
    rows = feature_rows([analysis for _, _, analysis in data["sentences"]])
    held_out = spearman(leave_articles_out(rows, ratings, articles), ratings)
    weights = fit(rows, ratings)
    print(f"TextComplexityDE, {len(ratings)} sentences of {len(set(articles))} articles, one article left out at a time:")
    print(f"  Spearman(held-out prediction, MOS_Complexity) = {held_out:.3f}")
    print("  weights fitted on all of them:", {name: round(float(w), 4) for name, w in zip(FEATURES, weights)},
          f"intercept {weights[-1]:.4f}")
    shipped = [score(analysis).score for _, _, analysis in data["sentences"]]
    print(f"  Spearman(shipped score, MOS_Complexity) = {spearman(shipped, ratings):.3f} (in-sample)")

    for name, label in (("pairs", "Klexikon easier than its Wikipedia twin"), ("rewrites", "A2 rewrite easier than its original")):
        results = [(stem, score(simple), score(original)) for stem, simple, original in data[name]]
        easier = [stem for stem, simple, original in results if simple.score < original.score]
        print(f"{label}: {len(easier)} of {len(results)} ({len(easier) / len(results):.1%})")
        for stem, simple, original in results:
            if stem not in easier:
                print(f"  not easier: {stem} {simple.score} >= {original.score}")
        for index in (0, 1):
            scored = [result[index + 1] for result in results]
            levels = {level: sum(1 for d in scored if d.level == level) for level in ("A1", "A2", "B1", "B2", "C1", "C2")}
            c95 = sorted(d.coverage_95 for d in scored)
            print(f"  {'simple' if index == 0 else 'original'}: levels {levels}, median coverage_95 {c95[len(c95) // 2]}")
    calibrate_fit(data["pairs"], data["rewrites"])


def new_words_for(analysis: Analysis, vocabulary_size: int) -> float:
    """The new word share of an article for a learner whose placement came to `vocabulary_size`."""
    keys = {term_key(token): token.term for token in analysis.tokens if token.learnable}
    statuses = {key: KNOWN_ASSUMED for key, term in keys.items() if placement.assumes_known(term, vocabulary_size)}
    return score(analysis, statuses).new_word_share


def calibrate_fit(pairs: list, rewrites: list) -> None:
    """Print the good fit bound and the hard bound FIT_CALIBRATION gives, and how the shipped bands sort."""
    size = placement.estimate(placement.answers_of_learner_knowing(B1_LEMMAS)).vocabulary_size
    bundled = {load_article(path).url.rsplit("/", 1)[-1] for path in (ROOT / "texts").glob("klexikon-*.md")}
    held_out = [(simple, original) for stem, simple, original in pairs if stem not in bundled]
    simple = [new_words_for(s, size) for s, _ in held_out]
    original = sorted(new_words_for(o, size) for _, o in held_out)

    def balanced_accuracy(bound: float) -> float:
        return sum(x < bound for x in simple) / len(simple) + sum(x >= bound for x in original) / len(original)

    bound = max(sorted(set(simple + original)), key=lambda value: (balanced_accuracy(value), -value))
    print(f"Fit for a B1 placement (vocabulary size {size}), {len(held_out)} Klexikon / Wikipedia pairs"
          f" ({len(pairs) - len(held_out)} bundled subjects left out):")
    print(f"  best bound between them: {bound:.4f} new words per word; Klexikon below it"
          f" {sum(x < bound for x in simple)} of {len(simple)}, Wikipedia at or above {sum(x >= bound for x in original)}"
          f" of {len(original)}")
    print(f"  Wikipedia twins' 90th percentile: {original[int(0.9 * (len(original) - 1))]:.4f}")
    for name, texts in (("Klexikon", [s for s, _ in held_out]), ("Wikipedia", [o for _, o in held_out]),
                        ("A2 rewrite", [s for _, s, _ in rewrites]), ("its original", [o for _, _, o in rewrites])):
        fits = Counter(fit_for(new_words_for(analysis, size)) for analysis in texts)
        print(f"  {name}: " + ", ".join(f"{fits[fit]} {fit}" for fit in FITS))


if __name__ == "__main__":
    main()
