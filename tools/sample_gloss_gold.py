"""Draw the word tokens of a hand-judged gloss gold set from corpus texts, in walk order.

    python tools/sample_gloss_gold.py --seed 20261204 article_74 article_24 ... [--context 60]
    python tools/sample_gloss_gold.py --seed 20261204 article_74 ... --check GOLD.jsonl [--stop 420]

Prints one JSON object per word token ({"index", "source", "start", "end", "text", "context"}),
in the shuffled order in which the tokens are walked and judged (see
tests/data/glosses/README.md, "How the sample was drawn"): every word token of the named texts in
one list (texts in the order given, tokens in text order), shuffled with random.Random(seed). A
text is a record id of wikinews-raw/wikinews-de-politics.jsonl (article_74) or any source that
tools/corpus_sources.py loads (leveled/klexikon-pairs/wikipedia/ABBA.md); offsets are into the
text it loads, the same text tools/evaluate_glosses.py scores. `context` is a window of text
around the token for the judge; it comes from the corpus and is never committed.

`--check` validates a judged gold file against the same draw instead (format and offsets only, never
the app's output): its lines are the first tokens of the walk, in order, each with
text[start:end] == text, a known category, an empty accept list exactly for names, and the walk
stops at the token that brings the content count to `--stop`. Prints the counts by category and by
gold POS of the content words; exit status 1 with one line per problem.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.errors import ReaderError  # noqa: E402
from tools.corpus_sources import CORPORA, load_source  # noqa: E402

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
CATEGORIES = ("content", "function", "name", "number")


def source_name(name: str) -> str:
    """A source as tools/corpus_sources.py names it; a bare record id is one of wikinews-raw."""
    return name if "/" in name else f"wikinews-raw/{name}"


def draw(names: list[str], seed: int) -> tuple[list[tuple[str, int, int, str]], dict[str, str]]:
    """The shuffled (source, start, end, text) tokens of the texts `names`, and their texts by source."""
    texts = {}
    for name in names:
        source = source_name(name)
        try:
            texts[source] = load_source(source)[0]
        except (ValueError, OSError, ReaderError) as error:
            raise KeyError(str(error)) from None
    tokens = [
        (source, match.start(), match.end(), match.group())
        for source, text in texts.items()
        for match in WORD.finditer(text)
    ]
    random.Random(seed).shuffle(tokens)
    return tokens, texts


def check(gold_path: Path, tokens, texts: dict[str, str], stop: int) -> list[str]:
    """Problems of a judged gold file against the draw `tokens` (empty when it is well-formed)."""
    with open(gold_path, encoding="utf-8") as handle:
        lines = [json.loads(line) for line in handle if line.strip()]
    problems = []
    content = 0
    for number, (line, token) in enumerate(zip(lines, tokens), 1):
        source, start, end, text = token
        if (line.get("source"), line.get("start"), line.get("end"), line.get("text")) != token:
            problems.append(f"line {number}: expected {source} {start}-{end} {text!r} (walk order)")
        elif texts[source][start:end] != text:
            problems.append(f"line {number}: text[start:end] != {text!r}")
        if line.get("category") not in CATEGORIES:
            problems.append(f"line {number}: unknown category {line.get('category')!r}")
        if not isinstance(line.get("pos"), str) or not line["pos"]:
            problems.append(f"line {number}: no pos")
        accept = line.get("accept")
        if not isinstance(accept, list) or (line.get("category") == "name") != (accept == []):
            problems.append(f"line {number}: accept must be empty exactly for names")
        content += line.get("category") == "content"
        if content == stop and number != len(lines):
            problems.append(f"line {number}: content reaches {stop} here, but the file goes on")
            break
    if len(lines) > len(tokens):
        problems.append(f"{len(lines)} lines, but the draw has only {len(tokens)} tokens")
    if content < stop:
        problems.append(f"only {content} content tokens, the stopping rule needs {stop}")
    return problems


def summary(gold_path: Path) -> str:
    with open(gold_path, encoding="utf-8") as handle:
        lines = [json.loads(line) for line in handle if line.strip()]
    categories = Counter(line["category"] for line in lines)
    content_pos = Counter(line["pos"] for line in lines if line["category"] == "content")
    parts = [f"{name} {categories[name]}" for name in CATEGORIES]
    pos = ", ".join(f"{tag} {count}" for tag, count in content_pos.most_common())
    return f"{len(lines)} tokens: {', '.join(parts)}\ncontent by gold POS: {pos}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ids", nargs="+", help="wikinews-raw record ids (article_74) or source names "
                        "(leveled/klexikon-pairs/wikipedia/ABBA.md)")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--context", type=int, default=60, help="characters of context each side")
    parser.add_argument("--check", type=Path, help="validate this judged gold file against the draw")
    parser.add_argument("--stop", type=int, default=420, help="content tokens at which the walk stops")
    args = parser.parse_args()
    if not CORPORA.exists():
        print(f"corpora not found: {CORPORA} (set READER_CORPORA)", file=sys.stderr)
        return 2
    try:
        tokens, texts = draw(args.ids, args.seed)
    except KeyError as error:
        print(error.args[0], file=sys.stderr)
        return 2
    if args.check:
        if not args.check.exists():
            print(f"gold file not found: {args.check}", file=sys.stderr)
            return 2
        problems = check(args.check, tokens, texts, args.stop)
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            return 1
        print(summary(args.check))
        return 0
    for index, (source, start, end, text) in enumerate(tokens):
        body = texts[source]
        left = body[max(0, start - args.context):start].replace("\n", " ")
        right = body[end:end + args.context].replace("\n", " ")
        context = f"{left}[[{text}]]{right}"
        row = {"index": index, "source": source, "start": start, "end": end, "text": text,
               "context": context}
        print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
