"""How often the first English gloss the app shows for a German word is right in its context.

    python tools/evaluate_glosses.py [GOLD.jsonl ...] [--json] [--misses]

Default gold set: tests/data/glosses/gold_test.jsonl (see the README.md beside it).
Each gold line names a token by `source`, `start`, `end` (character offsets into
the text) and lists every gloss that is right for it in context (`accept`).
Sources (``wikinews-de/<file>.md``, ``wikinews-raw/<id>``) are read by
`tools.corpus_sources.load_source`.

Each text is analyzed once with `reader.nlp.analyze(text, title)`. A gold token is
mapped to the analysis token covering its first character (else the token with
the largest overlap). The shown first gloss is the token's phrase gloss when it
has a non-empty one (``phrase: {"term", "gloss"}``) and the word is not shown before
its phrase (``"word_first"``: a name's word in its own sense), else ``gloss[0]``, else none.
It is right when `normalise(shown)` equals `normalise(a)` for some accepted `a`, or, for a gloss
that is only a note ("oneself (reflexive)"), when it shares a word with an accepted one ("(reflexive)").

Reported: content words (first gloss right %, coverage = has any gloss),
function words (right %), names (% shown with no gloss and not learnable),
numbers, a per-POS breakdown (the gold POS), and how the tokenisations matched.
`--misses` lists each miss with ±40 characters of context. Exit status 0;
2 when the corpora (or a gold file) are missing.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools.corpus_sources import CORPORA, load_source  # noqa: E402

DEFAULT_GOLD = ROOT / "tests" / "data" / "glosses" / "gold_test.jsonl"
CATEGORIES = ("content", "function", "name", "number")
CONTEXT = 40

_NOTES = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|\{[^{}]*\}")
_PLACEHOLDERS = re.compile(r"(?<!\w)(?:sb\./sth\.|sth\./sb\.|sb\.['’]s|sb\.|sth\.|one['’]s|oneself)(?!\w)")
_LEADING_TO = re.compile(r"^to\s+")
_LEADING_ARTICLE = re.compile(r"^(?:a|an|the)\s+")
_END_PUNCT = " \t\n\"'`.,;:!?…‘’“”„«»–—-/%*~<>"


def normalise(gloss: str) -> str:
    """Lower-case; an ellipsis as three dots ("both … and" is "both ... and"); drop (…) […] {…}
    notes, sb./sth./one's/oneself, a leading "to " and a leading article; collapse whitespace; strip
    punctuation at the ends. A gloss that would normalise to nothing (e.g. "(reflexive)", "oneself")
    is compared as its plain lower-cased text instead. A typographic apostrophe is a plain one
    ("conductor’s baton")."""
    return _core(gloss) or " ".join(gloss.lower().split())


def _core(gloss: str) -> str:
    """The gloss without its notes and placeholders (nothing for "oneself (reflexive)")."""
    text = gloss.lower().replace("…", "...").replace("’", "'")
    previous = None
    while previous != text:  # nested notes
        previous = text
        text = _NOTES.sub(" ", text)
    text = _PLACEHOLDERS.sub(" ", text)
    text = " ".join(text.split()).strip(_END_PUNCT)
    text = _LEADING_TO.sub("", text)
    text = _LEADING_ARTICLE.sub("", text)
    return " ".join(text.split()).strip(_END_PUNCT)


def right(shown: str | None, accept: list[str]) -> bool:
    """The shown gloss is one of the accepted ones; a gloss that is only notes and placeholders
    ("oneself (reflexive)") is right when it shares a word with an accepted one of that kind."""
    if shown is None:
        return False
    if normalise(shown) in {normalise(a) for a in accept}:
        return True
    marks = _note_words(shown)
    return bool(marks) and any(marks & _note_words(a) for a in accept)


def _note_words(gloss: str) -> frozenset[str]:
    """The words of a gloss made only of notes and placeholders ("oneself (reflexive)": oneself,
    reflexive); none for a gloss with words of its own."""
    if _core(gloss):
        return frozenset()
    return frozenset(re.findall(r"[a-z]+", gloss.lower()))


def load_gold(paths) -> list[dict]:
    records = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    record = json.loads(line)
                    record["_where"] = f"{Path(path).name}:{number}"
                    records.append(record)
    return records


def _flat_tokens(analysis: dict) -> list[dict]:
    return [token for sentence in analysis["sentences"] for token in sentence["tokens"]]


def match_token(tokens: list[dict], start: int, end: int) -> tuple[dict | None, str]:
    """The analysis token for the gold span, and how it matched: exact, covering (covers the gold
    token's first character but spans differ), overlap (largest overlap), or none."""
    best, best_overlap = None, 0
    for token in tokens:
        if token["end"] <= start or token["start"] >= end:
            continue
        if token["start"] <= start < token["end"]:
            exact = token["start"] == start and token["end"] == end
            return token, ("exact" if exact else "covering")
        overlap = min(end, token["end"]) - max(start, token["start"])
        if overlap > best_overlap:
            best, best_overlap = token, overlap
    return (best, "overlap") if best is not None else (None, "none")


def shown_gloss(token: dict | None) -> str | None:
    if token is None:
        return None
    phrase = token.get("phrase")
    if isinstance(phrase, dict) and phrase.get("gloss") and not phrase.get("word_first"):
        return phrase["gloss"][0]
    if token.get("gloss"):
        return token["gloss"][0]
    return None


def _pct(part: int, whole: int) -> float | None:
    return round(100.0 * part / whole, 1) if whole else None


def score(gold_paths=None, with_misses: bool = False) -> dict:
    """Score the gold files (default: the test set); a summary dict (and the misses if asked)."""
    from reader.nlp import analyze

    paths = [Path(p) for p in (gold_paths or [DEFAULT_GOLD])]
    records = load_gold(paths)
    by_source: dict[str, list[dict]] = defaultdict(list)
    for record in records:
        by_source[record["source"]].append(record)

    stats = {c: defaultdict(int) for c in CATEGORIES}
    by_pos: dict[str, dict[str, dict[str, int]]] = {c: defaultdict(lambda: defaultdict(int)) for c in CATEGORIES}
    matching = defaultdict(int)
    misses = []
    for source in sorted(by_source):
        text, title = load_source(source)
        tokens = _flat_tokens(analyze(text, title).to_dict())
        for record in by_source[source]:
            category = record.get("category")
            if category not in stats:
                continue
            start, end = record["start"], record["end"]
            if text[start:end] != record["text"]:
                raise ValueError(f"{record['_where']}: offsets {start}-{end} of {source} hold "
                                 f"{text[start:end]!r}, not {record['text']!r}")
            token, how = match_token(tokens, start, end)
            matching[how] += 1
            shown = shown_gloss(token)
            learnable = bool(token and token.get("learnable"))
            pos = record.get("pos") or "?"
            cell, pos_cell = stats[category], by_pos[category][pos]
            cell["n"] += 1
            pos_cell["n"] += 1
            if shown is not None:
                cell["glossed"] += 1
                pos_cell["glossed"] += 1
            if learnable:
                cell["learnable"] += 1
            if category == "name" and shown is not None and not shown[:1].isupper():
                cell["word_sense"] += 1  # the misleading kind: "Oliver" shown as "olive"
            if category == "name":
                ok = shown is None and not learnable
            else:
                ok = right(shown, record.get("accept", []))
            if ok:
                cell["right"] += 1
                pos_cell["right"] += 1
            elif with_misses:
                context = (text[max(0, start - CONTEXT):start] + "[" + text[start:end] + "]"
                           + text[end:end + CONTEXT]).replace("\n", " ")
                misses.append({
                    "source": source, "text": record["text"], "category": category, "pos": pos,
                    "context": context, "shown": shown, "learnable": learnable,
                    "analysis_token": token["text"] if token else None,
                    "accept": record.get("accept", []),
                })

    def block(cell: dict) -> dict:
        return {"n": cell["n"], "right": cell["right"], "right_pct": _pct(cell["right"], cell["n"]),
                "glossed": cell["glossed"], "coverage_pct": _pct(cell["glossed"], cell["n"]),
                "right_of_glossed_pct": _pct(cell["right"], cell["glossed"])}

    content, function, name, number = (stats[c] for c in CATEGORIES)
    summary = {
        "gold_files": [str(p) for p in paths],
        "tokens": len(records),
        "sources": len(by_source),
        "content": block(content),
        "function": block(function),
        "number": block(number),
        "name": {"n": name["n"], "clean": name["right"], "clean_pct": _pct(name["right"], name["n"]),
                 "glossed": name["glossed"], "learnable": name["learnable"],
                 "word_sense_glossed": name["word_sense"]},
        "by_pos": {c: {pos: block(cell) for pos, cell in sorted(by_pos[c].items())}
                   for c in ("content", "function")},
        "matching": dict(matching),
    }
    if with_misses:
        summary["misses"] = misses
    return summary


def _print_report(summary: dict) -> None:
    c, f, n, u = summary["content"], summary["function"], summary["name"], summary["number"]
    print(f"gold: {', '.join(summary['gold_files'])} ({summary['tokens']} tokens, {summary['sources']} texts)")
    print(f"content words: first gloss right {c['right_pct']}% ({c['right']}/{c['n']}); "
          f"coverage {c['coverage_pct']}% ({c['glossed']}/{c['n']}); right when glossed {c['right_of_glossed_pct']}%")
    print(f"function words: first gloss right {f['right_pct']}% ({f['right']}/{f['n']}); coverage {f['coverage_pct']}%")
    print(f"names: no gloss and not learnable {n['clean_pct']}% ({n['clean']}/{n['n']}); "
          f"glossed {n['glossed']} (of which with a common word's sense {n['word_sense_glossed']}), "
          f"learnable {n['learnable']}")
    if u["n"]:
        print(f"numbers: right {u['right_pct']}% ({u['right']}/{u['n']})")
    for category in ("content", "function"):
        print(f"\n{category} by POS:   n  right%  coverage%")
        for pos, cell in summary["by_pos"][category].items():
            print(f"  {pos:<6} {cell['n']:5}  {cell['right_pct']!s:>6}  {cell['coverage_pct']!s:>8}")
    print("\ntoken matching: " + ", ".join(f"{k} {v}" for k, v in sorted(summary["matching"].items())))


def _print_misses(misses: list[dict]) -> None:
    print(f"\n{len(misses)} misses:")
    for miss in misses:
        shown = miss["shown"] if miss["shown"] is not None else "(no gloss)"
        extra = " learnable" if miss["category"] == "name" and miss["learnable"] else ""
        print(f"- {miss['source']} [{miss['category']}/{miss['pos']}] {miss['text']!r}: {miss['context']}")
        print(f"    shown: {shown}{extra}   (analysis token {miss['analysis_token']!r})")
        if miss["category"] != "name":
            print(f"    accept: {'; '.join(miss['accept'])}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="*", help=f"gold JSONL files (default: {DEFAULT_GOLD.relative_to(ROOT)})")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument("--misses", action="store_true", help="list every miss with its context")
    args = parser.parse_args(argv)
    if not CORPORA.is_dir():
        print(f"corpora not found: {CORPORA} (the Wikinews texts are needed; set READER_CORPORA)")
        return 2
    paths = [Path(p) for p in args.gold] or [DEFAULT_GOLD]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        print(f"gold file not found: {', '.join(missing)}")
        return 2
    summary = score(paths, with_misses=args.misses)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        _print_report(summary)
        if args.misses:
            _print_misses(summary["misses"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
