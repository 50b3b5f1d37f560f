"""Score the grammar hints (tense/mood/voice of verbs, case of nouns) against a hand-judged set.

    python tools/evaluate_hints.py [EVAL.jsonl] [--json] [--misses]

The default set is tests/data/hints/eval.jsonl (see tests/data/hints/README.md): Wikinews
sentences, each with every finite verb complex (tense, mood, voice) and every noun phrase
(case of its head noun), judged by hand without looking at the app's output. Sources
(``wikinews-de/<file>.md``, ``wikinews-raw/<id>``) are read by
`tools.corpus_sources.load_source`; offsets are into the text it returns.

Each article is analyzed whole with `reader.nlp.analyze(text, title)` and gold spans are
mapped to the analysis tokens by character overlap.

Verb complex: the hints of the finite verb token (the first token listed) give the answer.
Tense is read from the FIRST hint that names a tense ("Plusquamperfekt", "Perfekt",
"Futur II", "Futur I", "Präteritum", "Präsens", checked in that order so longer names win).
If the finite token has no such hint, the other tokens of the complex are tried in order and
that token's hints are used for tense, mood and voice. Mood (searched in all hints of the
token): "Konjunktiv II" -> Konjunktiv II, "Konjunktiv I" (not followed by "I") -> Konjunktiv I,
"imperative"/"Imperativ" -> imperative, else indicative. Voice: "sein-passive", "state" with
"passive", or "Zustandspassiv" -> state passive; any other "passive" (case-insensitive) ->
passive; else active. A complex is right only if tense, mood and voice all match.

Noun phrase: the head token's hints, first occurrence of Nominative/Accusative/Dative/Genitive
(case-insensitive); if no hint names a case, the token's morph "Case=" is used (counted as
"fallback"). No case at all counts as wrong.

Per 100 words (word = analysis token with a letter or digit, inside the judged sentences): all
misses, and wrong hints — misses where a hint states the wrong thing (a verb whose tokens name
a tense, a noun whose hints name a case); a miss by silence or by the morph fallback is no
wrong hint, since the learner is told nothing false.

`score(path)` returns the summary dict (with a "misses" list); --json prints the summary,
--misses lists every miss with its sentence.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from bisect import bisect_left
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools.corpus_sources import CORPORA, load_source  # noqa: E402

DEFAULT_EVAL = ROOT / "tests" / "data" / "hints" / "eval.jsonl"

TENSES = ("Plusquamperfekt", "Perfekt", "Futur II", "Futur I", "Präteritum", "Präsens")
CASES = ("Nom", "Acc", "Dat", "Gen")
_CASE_WORD = re.compile(r"nominative|accusative|dative|genitive", re.IGNORECASE)
_CASE_OF_WORD = {"nominative": "Nom", "accusative": "Acc", "dative": "Dat", "genitive": "Gen"}
_KONJ_I = re.compile(r"Konjunktiv I(?!I)")
_MORPH_CASE = re.compile(r"(?:^|\|)Case=(Nom|Acc|Dat|Gen)")


# ---------------------------------------------------------------- reading the hints

def tense_of(hints: list[str]) -> str | None:
    """The tense named by the first hint that names one (longer names first within a hint)."""
    for hint in hints:
        for tense in TENSES:
            if tense == "Futur I" and re.search(r"Futur I(?!I)", hint):
                return tense
            if tense != "Futur I" and tense in hint:
                return tense
    return None


def mood_of(hints: list[str]) -> str:
    if any("Konjunktiv II" in hint for hint in hints):
        return "Konjunktiv II"
    if any(_KONJ_I.search(hint) for hint in hints):
        return "Konjunktiv I"
    if any("imperative" in hint.lower() or "imperativ" in hint.lower() for hint in hints):
        return "imperative"
    return "indicative"


def voice_of(hints: list[str]) -> str:
    lowered = [hint.lower() for hint in hints]
    if any(
        "sein-passive" in hint or ("state" in hint and "passive" in hint) or "zustandspassiv" in hint
        for hint in lowered
    ):
        return "state passive"
    if any("passive" in hint for hint in lowered):
        return "passive"
    return "active"


def case_of(token: dict) -> tuple[str | None, bool]:
    """(case, decided_by_morph_fallback)."""
    for hint in token.get("hints") or []:
        match = _CASE_WORD.search(hint)
        if match:
            return _CASE_OF_WORD[match.group(0).lower()], False
    match = _MORPH_CASE.search(token.get("morph") or "")
    if match:
        return match.group(1), True
    return None, True


# ---------------------------------------------------------------- mapping spans to tokens

class Tokens:
    """The analysis tokens of one article, found by character overlap."""

    def __init__(self, analysis: dict):
        self.tokens = sorted(
            (t for sentence in analysis["sentences"] for t in sentence["tokens"]), key=lambda t: t["start"]
        )
        self.starts = [t["start"] for t in self.tokens]

    def overlapping(self, start: int, end: int) -> list[dict]:
        i = max(bisect_left(self.starts, start) - 1, 0)
        out = []
        while i < len(self.tokens) and self.tokens[i]["start"] < end:
            token = self.tokens[i]
            if token["end"] > start:
                out.append(token)
            i += 1
        return out

    def best(self, start: int, end: int, prefer_last: bool) -> dict | None:
        """The token overlapping [start, end) most; ties go to the last (heads) or first (verbs)."""
        candidates = self.overlapping(start, end)
        if not candidates:
            return None

        def overlap(token):
            return min(end, token["end"]) - max(start, token["start"])

        ordered = list(reversed(candidates)) if prefer_last else candidates
        return max(ordered, key=overlap)


# ---------------------------------------------------------------- scoring

def _load(path: Path) -> list[dict]:
    records = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as error:
                    raise SystemExit(f"{path}:{number}: not JSON ({error.msg})") from None
    return records


def _analyses(sources: list[str]) -> dict[str, tuple[str, Tokens]]:
    from reader.nlp import analyze

    out = {}
    for source in sources:
        text, title = load_source(source)
        out[source] = (text, Tokens(analyze(text, title).to_dict()))
    return out


def _pct(right: int, total: int) -> float | None:
    return round(100.0 * right / total, 1) if total else None


def score(path: str | Path = DEFAULT_EVAL) -> dict:
    path = Path(path)
    records = _load(path)
    by_source: dict[str, list[dict]] = defaultdict(list)
    for record in records:
        by_source[record["source"]].append(record)
    analyses = _analyses(sorted(by_source))

    verbs = Counter()
    by_gold = {"tense": defaultdict(Counter), "mood": defaultdict(Counter), "voice": defaultdict(Counter)}
    nps = Counter()
    confusion: dict[str, Counter] = {case: Counter() for case in CASES}
    misses: list[dict] = []
    mismatched_text = 0

    words = 0
    for source in sorted(by_source):
        body, tokens = analyses[source]
        for record in by_source[source]:
            if body[record["start"] : record["end"]] != record["text"]:
                mismatched_text += 1
            words += sum(any(c.isalnum() for c in t["text"]) for t in tokens.overlapping(record["start"], record["end"]))
            for verb in record["verbs"]:
                verbs["total"] += 1
                spans = verb["tokens"]
                finite = tokens.best(*spans[0], prefer_last=False)
                others = [t for t in (tokens.best(*span, prefer_last=False) for span in spans[1:]) if t is not None]
                complex_tokens = ([finite] if finite else []) + others
                answer_token = finite
                tense = tense_of(finite["hints"]) if finite else None
                if tense is None:
                    for other in others:
                        tense = tense_of(other["hints"])
                        if tense is not None:
                            answer_token = other
                            verbs["tense_from_other_token"] += 1
                            break
                if tense is None:
                    verbs["no_tense_hint"] += 1
                hints = answer_token["hints"] if answer_token else []
                got = {"tense": tense, "mood": mood_of(hints), "voice": voice_of(hints)}
                ok = {key: got[key] == verb[key] for key in got}
                for key in got:
                    verbs[f"{key}_right"] += ok[key]
                    by_gold[key][verb[key]]["total"] += 1
                    by_gold[key][verb[key]]["right"] += ok[key]
                if all(ok.values()):
                    verbs["right"] += 1
                else:
                    misses.append({
                        "kind": "verb", "source": source, "sentence": record["text"], "text": verb["text"],
                        "gold": {key: verb[key] for key in got}, "got": got, "stated": tense is not None,
                        "hints": [h for t in complex_tokens for h in t["hints"]],
                    })
            for np in record["nps"]:
                nps["total"] += 1
                head = tokens.best(*np["head"], prefer_last=True)
                case, fallback = case_of(head) if head else (None, True)
                if head is not None and fallback:
                    nps["fallback"] += 1
                    nps["fallback_right"] += case == np["case"]
                if case is None:
                    nps["no_case"] += 1
                confusion[np["case"]][case or "none"] += 1
                if case == np["case"]:
                    nps["right"] += 1
                else:
                    misses.append({
                        "kind": "np", "source": source, "sentence": record["text"], "text": np["text"],
                        "head": body[np["head"][0] : np["head"][1]], "gold": np["case"], "got": case,
                        "fallback": fallback, "hints": head["hints"] if head else [], "stated": not fallback,
                    })

    stated_wrong = sum(miss["stated"] for miss in misses)
    return {
        "eval": str(path),
        "sentences": len(records),
        "words": words,
        "misses_per_100_words": round(100.0 * len(misses) / words, 1) if words else None,
        "wrong_hints_per_100_words": round(100.0 * stated_wrong / words, 1) if words else None,
        "articles": len(by_source),
        "text_mismatches": mismatched_text,
        "verbs": {
            "total": verbs["total"],
            "right": verbs["right"],
            "accuracy": _pct(verbs["right"], verbs["total"]),
            "tense_right": verbs["tense_right"],
            "tense_accuracy": _pct(verbs["tense_right"], verbs["total"]),
            "mood_right": verbs["mood_right"],
            "mood_accuracy": _pct(verbs["mood_right"], verbs["total"]),
            "voice_right": verbs["voice_right"],
            "voice_accuracy": _pct(verbs["voice_right"], verbs["total"]),
            "no_tense_hint": verbs["no_tense_hint"],
            "tense_from_other_token": verbs["tense_from_other_token"],
            "by_gold": {
                key: {value: dict(counts) for value, counts in sorted(values.items())}
                for key, values in by_gold.items()
            },
        },
        "nps": {
            "total": nps["total"],
            "right": nps["right"],
            "accuracy": _pct(nps["right"], nps["total"]),
            "fallback": nps["fallback"],
            "fallback_right": nps["fallback_right"],
            "no_case": nps["no_case"],
            "confusion": {gold: dict(row) for gold, row in confusion.items()},
        },
        "misses": misses,
    }


# ---------------------------------------------------------------- output

def _report(summary: dict) -> str:
    v, n = summary["verbs"], summary["nps"]
    lines = [
        f"{summary['eval']}: {summary['sentences']} sentences from {summary['articles']} articles",
        f"Verb complexes: {v['right']}/{v['total']} right (tense+mood+voice) = {v['accuracy']}%",
        f"  tense {v['tense_right']}/{v['total']} = {v['tense_accuracy']}%"
        f"   mood {v['mood_right']}/{v['total']} = {v['mood_accuracy']}%"
        f"   voice {v['voice_right']}/{v['total']} = {v['voice_accuracy']}%",
        f"  no tense hint on any token of the complex: {v['no_tense_hint']}"
        f"; tense read from a non-finite token: {v['tense_from_other_token']}",
    ]
    for key in ("tense", "mood", "voice"):
        parts = [f"{value} {c.get('right', 0)}/{c['total']}" for value, c in v["by_gold"][key].items()]
        lines.append(f"  by gold {key}: " + ", ".join(parts))
    lines += [
        f"Noun phrases: {n['right']}/{n['total']} case right = {n['accuracy']}%",
        f"  decided by morph fallback (no case hint): {n['fallback']} ({n['fallback_right']} right); no case at all: {n['no_case']}",
        "  confusion (rows gold, columns system):",
        "        " + "".join(f"{c:>6}" for c in (*CASES, "none")),
    ]
    for gold in CASES:
        row = n["confusion"][gold]
        lines.append(f"    {gold:<4}" + "".join(f"{row.get(c, 0):>6}" for c in (*CASES, "none")))
    lines.append(
        f"Per 100 words ({summary['words']} words): {summary['misses_per_100_words']} misses, "
        f"{summary['wrong_hints_per_100_words']} wrong hints (a hint names a wrong tense, mood, voice or case; "
        "silence and the morph fallback are misses but no wrong hint)"
    )
    if summary["text_mismatches"]:
        lines.append(f"WARNING: {summary['text_mismatches']} sentences no longer match their article text")
    return "\n".join(lines)


def _miss_lines(misses: list[dict]) -> str:
    lines = []
    for miss in misses:
        if miss["kind"] == "verb":
            gold = "/".join(str(miss["gold"][k]) for k in ("tense", "mood", "voice"))
            got = "/".join(str(miss["got"][k]) for k in ("tense", "mood", "voice"))
            lines.append(f"VERB {miss['text']!r}: gold {gold}; got {got}")
        else:
            how = " (morph fallback)" if miss["fallback"] else ""
            lines.append(f"NP {miss['text']!r} [{miss['head']}]: gold {miss['gold']}; got {miss['got']}{how}")
        lines.append(f"    hints: {miss['hints']}")
        lines.append(f"    {miss['source']}: {miss['sentence']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("eval", nargs="?", default=str(DEFAULT_EVAL), help="judged JSONL (default: %(default)s)")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument("--misses", action="store_true", help="list every miss with its sentence")
    args = parser.parse_args(argv)
    if not CORPORA.is_dir():
        print(f"corpora not found: {CORPORA} (the Wikinews articles are needed; set READER_CORPORA)")
        return 2
    if not Path(args.eval).is_file():
        print(f"no such evaluation file: {args.eval}")
        return 2
    summary = score(args.eval)
    misses = summary.pop("misses")
    if args.json:
        if args.misses:
            summary["misses"] = misses
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        print(_report(summary))
        if args.misses:
            print()
            print(_miss_lines(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
