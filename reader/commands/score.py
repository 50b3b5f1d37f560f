"""`reader score PATH... [--json]`: how hard each text is, for everyone and for this learner."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def register(commands) -> None:
    score = commands.add_parser("score", help="difficulty of texts, one row each")
    score.add_argument("paths", metavar="PATH", type=Path, nargs="+", help=".txt or .md files")
    score.add_argument("--json", action="store_true", help="one JSON object per line, in order")
    score.set_defaults(handler=run_score)


def run_score(args: argparse.Namespace) -> int:
    from reader.difficulty import score
    from reader.library import Library, load_article
    from reader.nlp import analyze
    from reader.paths import user_home
    from reader.vocab import Vocabulary, term_key

    articles = [load_article(path) for path in args.paths]  # every path is checked before any work
    library = Library(user_home(args.home))
    vocabulary = Vocabulary(library.connection)
    rows = []
    for path, article in zip(args.paths, articles):
        analysis = analyze(article.body, article.title)
        statuses = vocabulary.statuses(term_key(token) for token in analysis.tokens if token.learnable)
        difficulty = score(analysis, statuses)
        rows.append({"path": str(path), "title": article.title, **difficulty.to_dict()})
    library.close()
    if args.json:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
    else:
        _print_table(rows)
    return 0


def _print_table(rows: list[dict]) -> None:
    print(f"{'level':<6}{'score':>6}{'cov95':>8}{'cov98':>8}{'unknown':>9}{'new':>6}  {'fit':<9} title")
    for row in rows:
        print(
            f"{row['level']:<6}{row['score']:>6.1f}{row['coverage_95']:>8}{row['coverage_98']:>8}"
            f"{row['unknown_share']:>9.0%}{row['new_word_share']:>6.0%}  {row['fit']:<9} {row['title']}",
            file=sys.stdout,
        )
