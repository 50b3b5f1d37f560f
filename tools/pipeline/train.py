"""Train the reader's German spaCy pipeline (tok2vec + morphologizer + parser).

Reproducible from the gold UD German treebanks:

    python tools/pipeline/train.py \
        [--corpora ../shared/corpora/ud-german] \
        [--output assets/pipeline/de_reader] \
        [--pretrain]            # spacy pretrain the tok2vec on wikinews-raw first

1. reads GSD dev + GSD test + PUD (CoNLL-U), harmonises PUD (see ud.py),
2. drops the fixed held-out split (tools/pipeline/heldout.txt) and the fresh split
   (tools/pipeline/fresh.txt, issue #17),
3. keeps an internal dev split for model selection (disjoint from held-out),
4. writes build/pipeline/train/gold.spacy and dev.spacy (build/ is git-ignored),
5. optionally pretrains the tok2vec (characters objective) on the raw news, or
   adds raw news annotated by an earlier model as silver training data
   (self-training, `--silver-words`),
6. runs `spacy train` with tools/pipeline/config.cfg,
7. copies model-best to --output.

Extra `--set section.key=value` options are passed to spaCy as config
overrides (e.g. `--set training.max_steps=400` for a quick run).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import ud  # noqa: E402


def internal_dev(sents: list[ud.Sentence], seed: int = 7) -> set[str]:
    """Model-selection split (never the held-out one): a contiguous run of 120
    GSD dev sentences plus whole PUD documents up to ~60 sentences."""
    gsd_dev = [s for s in sents if s.source == "gsd" and s.sent_id.startswith("dev-")]
    st = len(gsd_dev) // 3
    ids = {s.sent_id for s in gsd_dev[st : st + 120]}
    docs: dict[str, list[str]] = {}
    for s in sents:
        if s.source == "pud":
            docs.setdefault(s.doc_id, []).append(s.sent_id)
    keys = sorted(docs)
    random.Random(seed).shuffle(keys)
    n = 0
    for k in keys:
        if n >= 60:
            break
        ids.update(docs[k])
        n += len(docs[k])
    return ids


def write_docbin(sents: list[ud.Sentence], path: Path) -> int:
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("de")
    db = DocBin(store_user_data=False)
    n = 0
    for group in ud.group_docs(sents):
        doc = ud.sentences_to_doc(nlp.vocab, group)
        db.add(doc)
        n += len(doc)
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)
    return n


def write_silver(model: Path, raw_dir: Path, max_words: int, path: Path, with_rules: bool, trees_only: bool,
                 unseen: set[str]) -> int:
    """Raw news parsed by an earlier model (`model`): noisy extra training text for self-training.
    Whole articles, in file order, up to `max_words` tokens, leaving out the records in `unseen`
    (kept for blind evaluation). `with_rules`: parsed by the product's pipeline on that model, so
    the silver carries the rules' corrected phrase heads and cases."""
    from spacy.tokens import DocBin

    from reader.nlp.pipeline import load_statistical

    if with_rules:
        import os

        os.environ["READER_PIPELINE"] = str(Path(model).resolve())
        from reader.nlp import load_pipeline

        nlp = load_pipeline()
    else:
        nlp = load_statistical(model)
    texts, n_words = [], 0
    for f in sorted(Path(raw_dir).glob("*.jsonl")):
        for line in open(f, encoding="utf-8"):
            record = json.loads(line)
            text = record.get("text", "").strip()
            if text and n_words < max_words and record.get("id") not in unseen:
                texts.append(text)
                n_words += len(text.split())
    # Trees only: the tagger and morphologizer then learn from gold alone (model card, R8).
    attrs = ["ORTH", "HEAD", "DEP", "SENT_START", "SPACY"] + ([] if trees_only else ["TAG", "POS", "MORPH"])
    db = DocBin(attrs=attrs, store_user_data=False)
    n = 0
    for doc in nlp.pipe(texts, batch_size=16):
        db.add(doc)
        n += len(doc)
    db.to_disk(path)
    return n


def write_raw_text(raw_dir: Path, path: Path) -> int:
    """wikinews-raw jsonl -> spaCy pretraining jsonl ({"text": ...}), one line
    per article chunk of <= ~400 words (pretraining max_length is in tokens)."""
    n_words = 0
    with open(path, "w", encoding="utf-8") as out:
        for f in sorted(Path(raw_dir).glob("*.jsonl")):
            for line in open(f, encoding="utf-8"):
                text = json.loads(line).get("text", "")
                words = text.split()
                n_words += len(words)
                for i in range(0, len(words), 300):
                    out.write(json.dumps({"text": " ".join(words[i : i + 300])}, ensure_ascii=False) + "\n")
    return n_words


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpora", default=str(ROOT.parent / "shared" / "corpora" / "ud-german"))
    ap.add_argument("--output", default=str(ROOT / "assets" / "pipeline" / "de_reader"))
    ap.add_argument("--config", default=str(HERE / "config.cfg"))
    ap.add_argument("--build", default=str(ROOT / "build" / "pipeline"), help="work dir (git-ignored)")
    ap.add_argument("--heldout", default=str(HERE / "heldout.txt"))
    ap.add_argument("--fresh", default=str(HERE / "fresh.txt"), help="second never-trained split")
    ap.add_argument("--pretrain", action="store_true", help="spacy pretrain tok2vec on wikinews-raw first")
    ap.add_argument("--pretrain-epochs", type=int, default=11)
    ap.add_argument("--raw", default=None, help="raw news dir (default: <corpora>/../wikinews-raw)")
    ap.add_argument("--init-tok2vec", default=None, help="use an existing pretrained tok2vec weights file")
    ap.add_argument("--all-data", action="store_true",
                    help="also train on the internal dev split (dev is still used for selection; numbers optimistic)")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="spaCy config override")
    ap.add_argument("--silver-words", type=int, default=0,
                    help="add this many words of raw news parsed by --silver-model to the training data")
    ap.add_argument("--silver-model", default=str(ROOT / "assets" / "pipeline" / "de_reader"))
    ap.add_argument("--silver-rules", action="store_true",
                    help="parse the silver text with the product's rule components on top of --silver-model")
    ap.add_argument("--silver-unseen", default=str(HERE / "unseen_articles.txt"),
                    help="raw news records never used as silver (blind evaluation draws from them)")
    ap.add_argument("--silver-trees-only", action="store_true", help="keep only the silver trees, not tags and features")
    ap.add_argument("--model-version", default="1.1.0", help="version in meta.json; cached analyses of another are stale")
    ap.add_argument("--skip-train", action="store_true", help="only convert the data")
    args = ap.parse_args(argv)

    corpora = Path(args.corpora)
    build = Path(args.build)
    build.mkdir(parents=True, exist_ok=True)
    sents = ud.read_all(corpora)
    held = set(ud.read_heldout_ids(Path(args.heldout)))
    fresh = set(ud.read_heldout_ids(Path(args.fresh)))
    missing = (held | fresh) - {s.sent_id for s in sents}
    if missing:
        raise SystemExit(f"held-out ids not found in corpora: {sorted(missing)[:5]} ...")
    # The internal dev split is drawn before the fresh split is removed, so it stays the same sentences.
    dev_ids = internal_dev([s for s in sents if s.sent_id not in held])
    pool = [s for s in sents if s.sent_id not in held | fresh]
    train = [s for s in pool if args.all_data or s.sent_id not in dev_ids]
    dev = [s for s in pool if s.sent_id in dev_ids]
    # spaCy reads every .spacy file of the training directory.
    train_dir = build / "train"
    if train_dir.exists():
        shutil.rmtree(train_dir)
    n_train = write_docbin(train, train_dir / "gold.spacy")
    n_dev = write_docbin(dev, build / "dev.spacy")
    print(f"train: {len(train)} sentences / {n_train} tokens; dev: {len(dev)} / {n_dev}; "
          f"held-out and fresh (excluded): {len(held)} + {len(fresh)}", flush=True)
    if args.silver_words:
        raw_dir = Path(args.raw) if args.raw else corpora.parent / "wikinews-raw"
        n_silver = write_silver(Path(args.silver_model), raw_dir, args.silver_words, train_dir / "silver.spacy",
                                args.silver_rules, args.silver_trees_only,
                                set(ud.read_heldout_ids(Path(args.silver_unseen))))
        print(f"silver: {n_silver} tokens of raw news parsed by {args.silver_model}", flush=True)
    if args.skip_train:
        return 0

    py = sys.executable
    overrides = []
    for kv in args.set:
        k, _, v = kv.partition("=")
        overrides += [f"--{k}", v]

    init_tok2vec = args.init_tok2vec
    if args.pretrain and not init_tok2vec:
        raw_dir = Path(args.raw) if args.raw else corpora.parent / "wikinews-raw"
        raw_path = build / "raw.jsonl"
        n_words = write_raw_text(raw_dir, raw_path)
        print(f"pretraining tok2vec on {n_words} raw words", flush=True)
        pre_dir = build / "pretrain"
        if pre_dir.exists():
            shutil.rmtree(pre_dir)
        t0 = time.time()
        subprocess.run(
            [py, "-m", "spacy", "pretrain", args.config, str(pre_dir), "--code", str(HERE / "functions.py"),
             "--paths.raw_text", str(raw_path),
             "--pretraining.max_epochs", str(args.pretrain_epochs), *overrides],
            check=True,
        )
        print(f"pretraining took {time.time() - t0:.0f}s", flush=True)
        # spacy pretrain writes model{epoch}.bin (every 10th epoch and the last one)
        cands = [p for p in pre_dir.glob("model*.bin") if p.stem[5:].isdigit()]
        init_tok2vec = str(max(cands, key=lambda p: int(p.stem[5:])))
        print(f"initialising tok2vec from {init_tok2vec}", flush=True)
    if init_tok2vec:
        overrides += ["--paths.init_tok2vec", init_tok2vec]

    out_dir = build / "train-out"
    t0 = time.time()
    subprocess.run(
        [py, "-m", "spacy", "train", args.config, "--output", str(out_dir), "--code", str(HERE / "functions.py"),
         "--paths.train", str(train_dir), "--paths.dev", str(build / "dev.spacy"),
         *overrides],
        check=True,
    )
    print(f"training took {time.time() - t0:.0f}s", flush=True)

    output = Path(args.output)
    if output.exists():
        shutil.rmtree(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(out_dir / "model-best", output)
    print(f"copied model-best to {output}", flush=True)
    write_meta(output, corpora, Path(args.heldout), args.model_version)
    return 0


def write_meta(output: Path, corpora: Path, heldout: Path, version: str) -> None:
    """Name, licence and sources in meta.json; replace spaCy's dev scores (the
    dev split may have been trained on) with the held-out scores."""
    import evaluate

    from reader.nlp.pipeline import load_statistical

    nlp = load_statistical(output)
    res = evaluate.evaluate(nlp, corpora, heldout)
    meta = json.loads((output / "meta.json").read_text(encoding="utf-8"))
    meta.update(
        name="de_reader",
        version=version,
        description="German tok2vec + STTS tagger + morphologizer + parser for the reader app "
        "(no lemmatizer: lemmas come from reader/nlp).",
        license="CC BY-SA 4.0",
        author="The reader team",
        sources=[
            {"name": "Universal Dependencies German GSD", "license": "CC BY-SA 4.0",
             "url": "https://github.com/UniversalDependencies/UD_German-GSD"},
            {"name": "Universal Dependencies German PUD", "license": "CC BY-SA 3.0",
             "url": "https://github.com/UniversalDependencies/UD_German-PUD"},
            {"name": "German Wikinews (tok2vec pretraining, self-training text)", "license": "CC BY 2.5",
             "url": "https://de.wikinews.org"},
        ],
        notes="Trained on Universal Dependencies German GSD (CC BY-SA 4.0) and German PUD (CC BY-SA 3.0). "
        "performance = held-out split tools/pipeline/heldout.txt (percent).",
        # The weights load in every 3.8 release; pyproject.toml picks 3.8.6 where it can, for speed.
        spacy_version=">=3.8.2,<3.9.0",
    )
    meta["performance"] = {k: res[k] for k in ("upos", "feats", "feat_f", "uas", "las", "sent_f", "token_f", "xpos_stts")
                           if k in res}
    (output / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("held-out:", json.dumps(meta["performance"], ensure_ascii=False), flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
