"""Evaluate a German spaCy pipeline on the reader's fixed held-out split.

    python tools/pipeline/evaluate.py [PIPELINE_DIR] [--corpora ../shared/corpora/ud-german] [--json]
    python tools/pipeline/evaluate.py --reader [PIPELINE_DIR]   # the product's reader.nlp.load_pipeline()
                                     # (PIPELINE_DIR is passed to it via READER_PIPELINE)

The held-out sentences (tools/pipeline/heldout.txt) are fed as running text,
one text per document (PUD: ``# newdoc id``; GSD: runs of up to 10
consecutive sent_ids), so tokenisation and sentence splitting are tested for
real; predicted and gold tokens are aligned by characters (spaCy ``Example``).

Metrics (percent): UPOS accuracy, exact FEATS accuracy, per-feature P/R/F
(Case, Gender, Number, ...), UAS/LAS (spaCy convention: punctuation excluded;
``*_with_punct`` includes it), sentence P/R/F, token F, STTS tag accuracy if
the pipeline predicts tags, lemma accuracy if it sets lemmas, and speed.

From Python (for the lead's full pipeline with rule components):

    from evaluate import evaluate, heldout_examples
    scores = evaluate(nlp, "../shared/corpora/ud-german")
    examples = heldout_examples(nlp, corpora)   # spaCy Examples, for own metrics
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import ud  # noqa: E402

DEFAULT_CORPORA = ROOT.parent / "shared" / "corpora" / "ud-german"
DEFAULT_PIPELINE = ROOT / "assets" / "pipeline" / "de_reader"
FEATS_OF_INTEREST = ("Case", "Gender", "Number", "Person", "Tense", "Mood", "VerbForm", "Degree", "Definite", "PronType")


def heldout_docs(vocab, corpora_path, heldout_path=None, source: str | None = None):
    """Gold Docs of the held-out split, one per document of running text."""
    sents = ud.read_all(Path(corpora_path))
    ids = set(ud.read_heldout_ids(Path(heldout_path or HERE / "heldout.txt")))
    held = [s for s in sents if s.sent_id in ids and (source is None or s.source == source)]
    return [(g[0].source, ud.sentences_to_doc(vocab, g)) for g in ud.group_docs(held)]


def heldout_examples(nlp, corpora_path=DEFAULT_CORPORA, heldout_path=None, source=None, timing=None):
    """Run ``nlp`` over the held-out texts; return a list of (source, Example)."""
    from spacy.training import Example

    golds = heldout_docs(nlp.vocab, corpora_path, heldout_path, source)
    texts = [g.text for _, g in golds]
    t0 = time.perf_counter()
    preds = list(nlp.pipe(texts, batch_size=64))
    dt = time.perf_counter() - t0
    if timing is not None:
        timing["seconds"] = dt
        timing["tokens"] = sum(len(d) for d in preds)
    return [(src, Example(p, g)) for (src, g), p in zip(golds, preds)]


def _pct(x):
    return None if x is None else round(100.0 * x, 2)


def _morph_key(token, attr):
    return getattr(token, attr).key


def score_examples(examples, with_lemma: bool | None = None) -> dict:
    from spacy.scorer import Scorer

    out: dict = {}
    tok = Scorer.score_tokenization(examples)
    out["token_f"] = _pct(tok["token_f"])
    out["upos"] = _pct(Scorer.score_token_attr(examples, "pos")["pos_acc"])
    out["feats"] = _pct(Scorer.score_token_attr(examples, "morph", getter=_morph_key)["morph_acc"])
    per_feat = Scorer.score_token_attr_per_feat(examples, "morph", getter=_morph_key)["morph_per_feat"] or {}
    out["feat_f"] = {k: _pct(per_feat[k]["f"]) for k in FEATS_OF_INTEREST if k in per_feat}
    if any(t.tag_ for eg in examples for t in eg.predicted):
        out["xpos_stts"] = _pct(Scorer.score_token_attr(examples, "tag")["tag_acc"])
    deps = Scorer.score_deps(
        examples, "dep", getter=lambda t, attr: t.dep_, head_attr="head", ignore_labels=("p", "punct"),
        missing_values={"", None},
    )
    out["uas"] = _pct(deps["dep_uas"])
    out["las"] = _pct(deps["dep_las"])
    deps_p = Scorer.score_deps(examples, "dep", getter=lambda t, attr: t.dep_, head_attr="head",
                               missing_values={"", None})
    out["uas_with_punct"] = _pct(deps_p["dep_uas"])
    out["las_with_punct"] = _pct(deps_p["dep_las"])
    sents = Scorer.score_spans(examples, "sents", has_annotation=lambda d: d.has_annotation("SENT_START"))
    out["sent_p"] = _pct(sents["sents_p"])
    out["sent_r"] = _pct(sents["sents_r"])
    out["sent_f"] = _pct(sents["sents_f"])
    if with_lemma is None:
        with_lemma = any(t.lemma_ for eg in examples for t in eg.predicted)
    if with_lemma:
        out["lemma"] = _pct(Scorer.score_token_attr(examples, "lemma")["lemma_acc"])
    out["n_sentences"] = sum(len(list(eg.reference.sents)) for eg in examples)
    out["n_tokens"] = sum(len(eg.reference) for eg in examples)
    return out


def evaluate(nlp, corpora_path=DEFAULT_CORPORA, heldout_path=None, with_lemma: bool | None = None) -> dict:
    """Held-out scores of ``nlp`` (overall and per source, GSD / PUD) + speed."""
    timing: dict = {}
    pairs = heldout_examples(nlp, corpora_path, heldout_path, timing=timing)
    examples = [eg for _, eg in pairs]
    res = score_examples(examples, with_lemma)
    res["by_source"] = {
        src: score_examples([eg for s, eg in pairs if s == src], with_lemma)
        for src in ("gsd", "pud")
    }
    res["tokens_per_s"] = round(timing["tokens"] / timing["seconds"]) if timing.get("seconds") else None
    return res


def _load(args):
    if args.reader:
        import os

        if args.pipeline:  # evaluate a candidate with the product's rules
            os.environ["READER_PIPELINE"] = str(Path(args.pipeline).resolve())
        from reader.nlp import load_pipeline

        return load_pipeline(), f"reader.nlp.load_pipeline() [{os.environ.get('READER_PIPELINE', 'assets')}]"
    from reader.nlp.pipeline import load_statistical

    path = Path(args.pipeline or DEFAULT_PIPELINE)
    return load_statistical(path), str(path)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Evaluate a pipeline on the held-out UD German split")
    ap.add_argument("pipeline", nargs="?", help=f"pipeline directory (default {DEFAULT_PIPELINE})")
    ap.add_argument("--reader", action="store_true", help="use reader.nlp.load_pipeline() (includes lemmas)")
    ap.add_argument("--corpora", default=str(DEFAULT_CORPORA))
    ap.add_argument("--heldout", default=None)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    nlp, name = _load(args)
    res = evaluate(nlp, args.corpora, args.heldout)
    res["pipeline"] = name
    if args.json:
        print(json.dumps(res, indent=2, ensure_ascii=False))
        return 0
    cols = ["upos", "feats", "uas", "las", "sent_f", "token_f", "xpos_stts", "lemma"]

    def row(label, r):
        cells = [f"{label:8s}"]
        for c in cols:
            if c in r:
                cells.append(f"{c}={r[c]}")
        f = r.get("feat_f", {})
        cells.append("Case/Gender/Number F={}/{}/{}".format(f.get("Case"), f.get("Gender"), f.get("Number")))
        cells.append(f"({r['n_sentences']} sents, {r['n_tokens']} tokens)")
        return "  ".join(cells)

    print(f"held-out evaluation of {name}")
    print(row("all", res))
    for src, r in res["by_source"].items():
        print(row(src, r))
    print(f"speed (all threads, incl. batching): {res['tokens_per_s']} tokens/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
