"""Single-thread speed of the German pipeline over raw news text.

    python bench/bench_pipeline.py [PIPELINE_DIR] [--reader] [--raw ../shared/corpora/wikinews-raw]
                                   [--max-words 60000] [--repeat 3] [--json]

Thread pools are pinned to one thread *before* numpy/spaCy are imported.
Reports the best of ``--repeat`` passes over the same texts (after one
warm-up pass): words/s where a word is a non-space, non-punctuation spaCy
token, plus tokens/s (every token) for comparison.  Both wall-clock and
process-CPU-time rates are printed: on a busy machine (load average above the
core count) the wall rate understates the pipeline, the CPU rate does not.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS",
             "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_RAW = ROOT.parent / "shared" / "corpora" / "wikinews-raw"
DEFAULT_PIPELINE = ROOT / "assets" / "pipeline" / "de_reader"


def load_texts(raw_dir: Path, max_words: int) -> list[str]:
    texts, n = [], 0
    for f in sorted(Path(raw_dir).glob("*.jsonl")):
        for line in open(f, encoding="utf-8"):
            t = json.loads(line).get("text", "").strip()
            if not t:
                continue
            texts.append(t)
            n += len(t.split())
            if n >= max_words:
                return texts
    return texts


def bench(nlp, texts: list[str], repeat: int = 3, batch_size: int = 16) -> dict:
    for _ in nlp.pipe(texts[:20], batch_size=batch_size):  # warm-up
        pass
    best = None
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        n_tok = n_words = 0
        for doc in nlp.pipe(texts, batch_size=batch_size):
            n_tok += len(doc)
            n_words += sum(1 for t in doc if not (t.is_space or t.is_punct))
        dt, dc = time.perf_counter() - t0, time.process_time() - c0
        if best is None or dt < best[0]:
            best = (dt, dc, n_tok, n_words)
    dt, dc, n_tok, n_words = best
    return {
        "seconds": round(dt, 3),
        "cpu_seconds": round(dc, 3),
        "tokens": n_tok,
        "words": n_words,
        "tokens_per_s": round(n_tok / dt),
        "words_per_s": round(n_words / dt),
        # CPU time of this (single-threaded) process: robust when other
        # processes share the cores; equals wall time on an idle machine.
        "words_per_cpu_s": round(n_words / dc),
        "load_avg_1min": round(os.getloadavg()[0], 2),
        "texts": len(texts),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="one-thread speed benchmark of the German pipeline")
    ap.add_argument("pipeline", nargs="?", help=f"pipeline directory (default {DEFAULT_PIPELINE})")
    ap.add_argument("--reader", action="store_true", help="benchmark reader.nlp.load_pipeline()")
    ap.add_argument("--raw", default=str(DEFAULT_RAW))
    ap.add_argument("--max-words", type=int, default=60000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    try:
        import torch  # noqa: F401  (only if someone installed it; we never need it)

        torch.set_num_threads(1)
    except Exception:
        pass
    sys.path.insert(0, str(ROOT))
    if args.reader:
        if args.pipeline:
            os.environ["READER_PIPELINE"] = str(Path(args.pipeline).resolve())
        from reader.nlp import load_pipeline

        nlp, name = load_pipeline(), "reader.nlp.load_pipeline()"
    else:
        from reader.nlp.pipeline import load_statistical

        name = str(args.pipeline or DEFAULT_PIPELINE)
        nlp = load_statistical(name)
    texts = load_texts(Path(args.raw), args.max_words)
    res = bench(nlp, texts, repeat=args.repeat)
    res["pipeline"] = name
    res["components"] = list(nlp.pipe_names)
    if args.json:
        print(json.dumps(res, indent=2))
    else:
        print(f"{name} {res['components']}: {res['words_per_s']} words/s wall, {res['words_per_cpu_s']} words/s CPU, "
              f"{res['tokens_per_s']} tokens/s wall (1 thread; {res['words']} words / {res['tokens']} tokens in "
              f"{res['seconds']} s wall, {res['cpu_seconds']} s CPU, best of {args.repeat}; load {res['load_avg_1min']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
