"""List random Wikinews sentences for a hand-judged hint set, leaving out sentences already judged.

    python tools/sample_hint_sentences.py --seed 2616 --count 50 [--exclude tests/data/hints/eval.jsonl]
    python tools/sample_hint_sentences.py --seed 20261205 --count 200 \
        --sources wikinews-raw/article_90 wikinews-raw/article_251 ...

Prints one JSON object per sentence ({"source", "start", "end", "text"}) in sampled order, the
skeleton of a judged line for tests/data/hints/*.jsonl. The sentence split is the one written
down in tests/data/hints/README.md ("Sampling"), so a fresh set and eval.jsonl cut the articles
the same way. A sentence is left out when its text, spaces normalised, is already in an --exclude set,
whatever its source: some wikinews-raw records are the same articles as wikinews-de files, with
doubled spaces here and there.
Without --sources the pool is every article of ../shared/corpora/wikinews-de (sorted by file name);
with --sources it is the named texts (see tools/corpus_sources.py), in the order given.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools.corpus_sources import CORPORA, load_source  # noqa: E402
from tools.evaluate_hints import DEFAULT_EVAL  # noqa: E402

# A period after one of these words (or a number, a single letter, a Roman numeral) is no sentence end.
ABBREVIATIONS = frozenset(
    "z B d h u a v e i o ä m S V Chr Dr Prof St Nr bzw ca etc usw vgl Mio Mrd Jh Abs Art Hr Fr "
    "evtl inkl ggf sog geb gest Std Min Tel Co Jr jr Sen Mr Mrs Ms USt Bd Ges Kap Str Jan Feb Aug "
    "Sep Sept Okt Nov Dez".split()
)
_END = re.compile(r"[.!?…][\"“”»)’']?(?=\s+[\"„«(‚]?[A-ZÄÖÜ0-9])")
_ROMAN = re.compile(r"^[IVXLC]+$")


def _ends_sentence(line: str, match: re.Match) -> bool:
    if line[match.start()] != ".":
        return True
    word = re.search(r"(\S*)$", line[: match.start()]).group(1).lstrip("\"„«(‚")
    next_char = line[match.end():].lstrip()[:1]
    if next_char.isdigit() and not word.isalpha():
        return False
    return not (
        word.isdigit() or len(word) == 1 or _ROMAN.match(word) or word in ABBREVIATIONS
    )


def sentences(body: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of one article body, trimmed of surrounding space."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in body.split("\n"):
        line_start = offset
        offset += len(line) + 1
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cuts = [0] + [match.end() for match in _END.finditer(line) if _ends_sentence(line, match)]
        for start, end in zip(cuts, cuts[1:] + [len(line)]):
            piece = line[start:end]
            if piece.strip():
                first = line_start + start + len(piece) - len(piece.lstrip())
                spans.append((first, first + len(piece.strip())))
    return spans


def wikinews_de_sources() -> list[str]:
    return [f"wikinews-de/{path.name}" for path in sorted((CORPORA / "wikinews-de").glob("*.md"))]


def all_sentences(sources: list[str]) -> list[dict]:
    """Every sentence of the sources, source by source in the order given, each in text order."""
    rows = []
    for source in sources:
        body, _title = load_source(source)
        for start, end in sentences(body):
            rows.append({"source": source, "start": start, "end": end, "text": body[start:end]})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--count", type=int, default=50)
    parser.add_argument("--exclude", type=Path, nargs="*", default=[DEFAULT_EVAL])
    parser.add_argument("--sources", nargs="+", help="wikinews-de/<file>.md or wikinews-raw/<id> (default: all wikinews-de)")
    args = parser.parse_args(argv)
    if not CORPORA.is_dir():
        print(f"no corpora at {CORPORA}", file=sys.stderr)
        return 2
    try:
        pool_rows = all_sentences(args.sources or wikinews_de_sources())
    except (ValueError, OSError) as error:
        print(f"cannot read the sources: {error}", file=sys.stderr)
        return 2
    judged = set()
    for path in args.exclude:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            judged.add(_spaced(row["text"]))
    pool = [row for row in pool_rows if _spaced(row["text"]) not in judged]
    order = list(range(len(pool)))
    random.Random(args.seed).shuffle(order)
    print(f"{len(pool)} sentences not yet judged", file=sys.stderr)
    for index in order[: args.count]:
        print(json.dumps(pool[index], ensure_ascii=False))
    return 0


def _spaced(text: str) -> str:
    return " ".join(text.split())


if __name__ == "__main__":
    raise SystemExit(main())
