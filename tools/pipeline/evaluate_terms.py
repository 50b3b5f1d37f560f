"""Separable-verb terms on the held-out split: do both parts get the joined term?

    python tools/pipeline/evaluate_terms.py [--corpora ../shared/corpora/ud-german]

Gold: every `compound:prt` relation of the held-out treebank sentences whose head
is a verb; its term is particle + verb lemma ("überein" + "kommen"). Relations
whose particle the treebank itself tags as a subordinating conjunction are
annotation errors ("Wenige Wochen bevor der Sänger … starb": bevor/KOUS marked as
the particle of sterben) and are counted apart. Recall: the
share of gold relations where the product's pipeline gives that term to both the
verb and the particle. Precision: the share of the pipeline's joined terms that
match a gold relation with the same term. Tokens are matched by character offset.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))

from evaluate import DEFAULT_CORPORA, heldout_examples  # noqa: E402

VERBS = {"VERB", "AUX"}


def gold_relations(doc) -> list:
    return [token for token in doc if token.dep_ == "compound:prt" and token.head.pos_ in VERBS and token.is_alpha]


def gold_pairs(doc) -> dict[tuple[int, int], str]:
    """(particle offset, verb offset) → joined term, for each gold separable verb."""
    return {
        (token.idx, token.head.idx): token.lemma_.lower() + token.head.lemma_
        for token in gold_relations(doc)
        if token.pos_ != "SCONJ"
    }


def predicted_pairs(doc) -> dict[tuple[int, int], str]:
    """(particle offset, verb offset) → joined term, for each separable verb the product joined."""
    return {(token.idx, doc[token._.particle_of].idx): token._.term for token in doc if token._.particle_of is not None}


def evaluate_terms(nlp, corpora_path=DEFAULT_CORPORA, split_path=None) -> dict:
    found = gold_total = correct_predictions = predicted_total = gold_errors = 0
    misses = []
    for _, example in heldout_examples(nlp, corpora_path, split_path):
        gold_errors += len(gold_relations(example.reference)) - len(gold_pairs(example.reference))
        predicted_doc = example.predicted
        by_offset = {token.idx: token for token in predicted_doc}
        gold = gold_pairs(example.reference)
        predicted = predicted_pairs(predicted_doc)
        for (particle, verb), term in gold.items():
            gold_total += 1
            parts = (by_offset.get(particle), by_offset.get(verb))
            if all(part is not None and part._.term == term for part in parts):
                found += 1
            else:
                misses.append((term, [part._.term if part is not None else None for part in parts]))
        for pair, term in predicted.items():
            predicted_total += 1
            correct_predictions += gold.get(pair) == term
    return {
        "gold_relations": gold_total,
        "gold_errors_left_out": gold_errors,
        "recall": round(100 * found / gold_total, 1) if gold_total else None,
        "predicted_joined": predicted_total,
        "precision": round(100 * correct_predictions / predicted_total, 1) if predicted_total else None,
        "misses": misses,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", default=str(DEFAULT_CORPORA))
    parser.add_argument("--split", default=None, help="sent_id list to score (default heldout.txt; fresh.txt is the "
                        "fresh split, where only the numbers are printed)")
    args = parser.parse_args()
    from reader.nlp import load_pipeline

    result = evaluate_terms(load_pipeline(), args.corpora, args.split)
    print(f"separable verbs on {Path(args.split).name if args.split else 'the held-out split'}: {result['gold_relations']} gold relations "
          f"({result['gold_errors_left_out']} annotation errors left out), "
          f"recall {result['recall']} %, precision {result['precision']} % "
          f"({result['predicted_joined']} joined by the pipeline)")
    for term, got in result["misses"] if args.split is None else ():
        print(f"  missed {term}: got {got}")


if __name__ == "__main__":
    main()
