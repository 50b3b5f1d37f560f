"""Guard for speed work: `reader analyze --json` must give the same bytes before and after a change.

    python tools/compare_analyses.py save  DIR [--corpora ../shared/corpora] [--raw-articles 10]
    python tools/compare_analyses.py check DIR

`save` writes the JSON analysis of every Wikinews article of the corpora (wikinews-de/*.md) and of the
longest raw articles (wikinews-raw/*.jsonl, written to DIR as .txt first) into DIR; `check` analyses the
same inputs again and names every output that differs from the saved bytes. Keep DIR outside the
repository (e.g. under /tmp): the outputs are conversions of the corpora.

Both run in one process, through the command's own entry point (`reader.cli.main`) with an empty home,
so the analyses are the ones a user gets from `reader analyze PATH --json`; running many texts in one
process also checks that nothing cached from one text leaks into the next.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPORA = ROOT.parent / "shared" / "corpora"


def inputs(corpora: Path, raw_articles: int, scratch: Path) -> list[Path]:
    """The Wikinews articles, then the longest raw articles written out as text files in `scratch`."""
    paths = sorted((corpora / "wikinews-de").glob("*.md"))
    raw = []
    for jsonl in sorted((corpora / "wikinews-raw").glob("*.jsonl")):
        for line in jsonl.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record.get("text", "").strip():
                raw.append((len(record["text"]), record["id"], record["text"]))
    raw.sort(key=lambda item: (-item[0], item[1]))
    for _, name, text in raw[:raw_articles]:
        path = scratch / f"raw-{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def analyze_json(path: Path, home: Path) -> bytes:
    from reader.cli import main

    out = io.BytesIO()
    wrapper = io.TextIOWrapper(out, encoding="utf-8")
    with contextlib.redirect_stdout(wrapper):
        code = main(["--home", str(home), "analyze", str(path), "--json"])
        wrapper.flush()
    if code != 0:
        raise SystemExit(f"reader analyze {path} exited with {code}")
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("save", "check"))
    parser.add_argument("dir", type=Path, help="where the outputs are kept (outside the repository)")
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--raw-articles", type=int, default=10)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    args.dir.mkdir(parents=True, exist_ok=True)
    texts = args.dir / "texts"
    texts.mkdir(exist_ok=True)
    differ = []
    with tempfile.TemporaryDirectory() as scratch:
        home = Path(scratch) / "home"  # never created: analyze makes no library
        paths = inputs(args.corpora, args.raw_articles, texts)
        if not paths:
            print(f"no texts under {args.corpora} (wikinews-de/*.md, wikinews-raw/*.jsonl)", file=sys.stderr)
            return 2
        for path in paths:
            output = analyze_json(path, home)
            saved = args.dir / (path.stem + ".json")
            if args.mode == "save":
                saved.write_bytes(output)
            elif not saved.is_file() or saved.read_bytes() != output:
                differ.append(path.name)
                (args.dir / (path.stem + ".new.json")).write_bytes(output)
    if args.mode == "save":
        print(f"saved {len(paths)} analyses in {args.dir}")
        return 0
    if differ:
        print(f"{len(differ)} analyses differ (new output beside the saved one as *.new.json): {', '.join(differ)}")
        return 1
    print(f"all {len(paths)} analyses are byte for byte the saved ones")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
