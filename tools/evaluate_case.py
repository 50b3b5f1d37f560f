"""Noun Case accuracy on the fixed held-out split, with and without the `reader_morphology` rules.

    READER_PIPELINE=build/pipeline-quick python tools/evaluate_case.py [--json] [--errors N]

Runs `reader.nlp.load_pipeline()` over the held-out texts of the language-engine
issue (tools/pipeline/heldout.txt, via `heldout_examples`) twice: once with
`reader_morphology` disabled (the statistical model alone) and once with it.
A gold NOUN token with a Case feature counts as right when the predicted token
with the same character span carries the same Case. UD splits hyphenated
compounds ("PDS - Bundestagsgruppenchef") where spaCy keeps one token: such a
gold part is scored against the predicted token that covers it (the compound's
case); a gold noun no predicted token covers counts as wrong. PROPN, DET, ADJ
and PRON are reported too; `sure_*` is the share and accuracy of nouns whose
case the grammar fixes (the hints state those without "probably").
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools" / "pipeline"))
sys.path.insert(0, str(ROOT))

from evaluate import DEFAULT_CORPORA, heldout_examples  # noqa: E402

POS_REPORTED = ("NOUN", "PROPN", "DET", "ADJ", "PRON")


def _covering(doc, gold):
    end = gold.idx + len(gold.text)
    for token in doc:
        if token.idx <= gold.idx and token.idx + len(token.text) >= end:
            return token
    return None


def case_scores(pairs, errors: list | None = None) -> dict:
    right: Counter = Counter()
    total: Counter = Counter()
    feats_right: Counter = Counter()
    feats_total: Counter = Counter()
    split = [0]
    covered = [0]
    for _source, example in pairs:
        predicted = {(t.idx, len(t.text)): t for t in example.predicted}
        for gold in example.reference:
            case = gold.morph.get("Case")
            if gold.pos_ not in POS_REPORTED or not case:
                continue
            total[gold.pos_] += 1
            pred = predicted.get((gold.idx, len(gold.text)))
            if pred is None:
                # UD splits hyphenated compounds ("PDS - Bundestagsgruppenchef"); spaCy keeps one token,
                # whose case is the compound's: score the gold part against the token that covers it.
                pred = _covering(example.predicted, gold)
                if gold.pos_ == "NOUN":
                    split[0] += 1
                    covered[0] += pred is not None
            if pred is not None and pred.morph.get("Case") == case:
                right[gold.pos_] += 1
            elif errors is not None and gold.pos_ == "NOUN":
                got = pred.morph.get("Case") if pred is not None else "(split)"
                dep = f"{pred.dep_}<{pred.head.text}" if pred is not None else ""
                errors.append(f"{gold.text}\tgold={case[0]}\tgot={got}\t{dep}\t{gold.sent.text[:110]}")
            if gold.pos_ == "NOUN" and pred is not None and pred.has_extension("case_sure") and pred._.case_sure:
                total["sure"] += 1
                right["sure"] += pred.morph.get("Case") == case
                if errors is not None and pred.morph.get("Case") != case:
                    errors.append(f"SURE {gold.text}\tgold={case[0]}\tgot={pred.morph.get('Case')}\t{gold.sent.text[:110]}")
            if gold.pos_ == "NOUN" and pred is not None:
                for feat in ("Gender", "Number"):
                    value = gold.morph.get(feat)
                    if value:
                        feats_total[feat] += 1
                        feats_right[feat] += pred.morph.get(feat) == value
    out = {pos: round(100 * right[pos] / total[pos], 2) for pos in POS_REPORTED if total[pos]}
    out["n_nouns"] = total["NOUN"]
    out["n_nouns_in_merged_tokens"] = covered[0]
    aligned = total["NOUN"]
    if total["sure"]:
        out["sure_share"] = round(100 * total["sure"] / max(aligned, 1), 2)  # nouns whose case the grammar fixes
        out["sure_accuracy"] = round(100 * right["sure"] / total["sure"], 2)
    out["noun_gender"] = round(100 * feats_right["Gender"] / max(feats_total["Gender"], 1), 2)
    out["noun_number"] = round(100 * feats_right["Number"] / max(feats_total["Number"], 1), 2)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", default=str(DEFAULT_CORPORA))
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--errors", type=int, default=0, help="print up to N remaining noun Case errors")
    ap.add_argument("--split", default=None, help="sent_id list to score (default tools/pipeline/heldout.txt; "
                    "tools/pipeline/fresh.txt is the fresh split)")
    args = ap.parse_args(argv)

    from reader.nlp import load_pipeline

    nlp = load_pipeline()
    with nlp.select_pipes(disable=["reader_morphology"]):
        before = case_scores(heldout_examples(nlp, args.corpora, args.split))
    errors: list[str] = []
    after = case_scores(heldout_examples(nlp, args.corpora, args.split), errors)
    result = {"before": before, "after": after}
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for label, scores in result.items():
            cells = "  ".join(f"{k}={v}" for k, v in scores.items())
            print(f"{label:7s} Case accuracy  {cells}")
        for line in errors[: args.errors]:
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
