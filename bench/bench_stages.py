"""CPU time of each stage of one analysis, in one process: where the time of `reader analyze` goes.

    python bench/bench_stages.py [--words 20000] [--runs 5] [--raw ../shared/corpora/wikinews-raw]

Analyses about `--words` words of news (joined from the raw corpus, as `bench_analyze.py --marginal`
does) `--runs` times after a warm-up on 2,000 words, and prints for every pipeline component and for
the reading of the finished parse (hints, names, phrases, the shown tokens) the least CPU time of
the runs after the first (the first also fills the per-word caches: its total is printed apart).
The least time is the stage's cost with the least interference from other work on the machine.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_analyze import DEFAULT_RAW, news_text  # noqa: E402  (this script's directory is on sys.path)

MODEL = ("tok2vec", "tagger", "morphologizer", "parser")


def stage_times(text: str) -> dict[str, float]:
    """CPU seconds per stage of one analysis of `text`."""
    from reader.difficulty import score
    from reader.nlp import analysis
    from reader.nlp.pipeline import load_pipeline
    from reader.nlp.token_memo import tokens_unchanged

    nlp = load_pipeline()
    times: dict[str, float] = {}

    def timed(name: str, work):
        start = time.process_time()
        result = work()
        times[name] = time.process_time() - start
        return result

    parsed, original = analysis._single_spaced(text)
    doc = timed("tokenizer", lambda: nlp.make_doc(parsed))
    for name, component in nlp.pipeline:
        doc = timed(name, lambda: component(doc))
    with tokens_unchanged(doc):
        result = timed("reading the parse (hints, glosses, tokens)", lambda: analysis._analysis_of(doc, text, "", original))
    difficulty = timed("difficulty", lambda: score(result))
    timed("JSON", lambda: result.to_json(difficulty.to_dict(), indent=True))
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--raw", type=Path, default=DEFAULT_RAW, help="raw news corpus (*.jsonl)")
    args = parser.parse_args(argv)
    from reader.nlp import analysis

    analysis.analyze(news_text(args.raw, 2_000))  # loads the pipeline, the lexicon and the lists
    text = news_text(args.raw, args.words)
    gc.disable()  # as during an analysis (reader.nlp.analysis pauses the collector)
    runs = [stage_times(text) for _ in range(args.runs)]
    best = {name: min(run[name] for run in runs[1:] or runs) for name in runs[0]}
    for name, seconds in best.items():
        print(f"{name:44} {seconds:6.3f} s")
    model = sum(best[name] for name in ("tokenizer", *MODEL) if name in best)
    print(f"{'model (tokenizer and trained components)':44} {model:6.3f} s")
    print(f"{'rules and the rest':44} {sum(best.values()) - model:6.3f} s")
    print(f"{'total (least of each stage)':44} {sum(best.values()):6.3f} s; first run {sum(runs[0].values()):.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
