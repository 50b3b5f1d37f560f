"""Print an article's analysis one word per line, for a teacher's read of what a learner is shown.

    python tools/teacher_read.py wikinews-raw/article_196 [max_words]

Each word: its text, part of speech, L when learnable, the panel's first gloss (a phrase's gloss
with the phrase, when one is shown) and the first two grammar hints. Whole sentences are printed
until `max_words` words (default 400) have been shown.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reader.nlp import analyze  # noqa: E402
from tools.corpus_sources import load_source  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", help="wikinews-de/<file>.md or wikinews-raw/<id>")
    parser.add_argument("max_words", nargs="?", type=int, default=400)
    args = parser.parse_args()
    text, title = load_source(args.source)
    shown = 0
    for sentence in analyze(text, title).to_dict()["sentences"]:
        print("\n##", text[sentence["start"] : sentence["end"]])
        for token in sentence["tokens"]:
            if not token["is_word"]:
                continue
            shown += 1
            phrase = token.get("phrase")
            if phrase and phrase.get("gloss"):
                gloss = f"{phrase['gloss'][0]}  [phrase {phrase['term']}]"
            else:
                gloss = token["gloss"][0] if token["gloss"] else "-"
            hints = " | ".join(token["hints"][:2])
            print(f"  {token['text']:18} {token['pos']:5} {'L' if token['learnable'] else ' '} {gloss[:50]:50} {hints}")
        if shown >= args.max_words:
            break
    print("\nwords", shown)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
