"""Where the hand-judged evaluation sets find their texts: one loader shared by the scorers and samplers.

A set's `source` names a text in `$READER_CORPORA` (default ``../shared/corpora`` beside the project):

- ``wikinews-de/<file>.md`` or ``leveled/klexikon-pairs/<wikipedia|klexikon>/<name>.md``:
  `load_article(...).body` of that Markdown article;
- ``wikinews-raw/<id>``: the ``text`` of the record with that ``id`` in
  ``wikinews-raw/wikinews-de-politics.jsonl`` (one line of plain text, no front matter).

Offsets in the sets are character offsets into the text returned here.
"""

from __future__ import annotations

import functools
import json
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = Path(os.environ.get("READER_CORPORA", ROOT.parent / "shared" / "corpora"))
RAW_FILE = "wikinews-raw/wikinews-de-politics.jsonl"


@functools.cache
def _raw_records() -> dict[str, dict]:
    records = {}
    with open(CORPORA / RAW_FILE, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                records[str(record["id"])] = record
    return records


def load_source(source: str) -> tuple[str, str]:
    """(text, title) of a source; ValueError for an unknown kind or id."""
    kind, _, name = source.partition("/")
    if kind in ("wikinews-de", "leveled") and source.endswith(".md"):
        from reader.library.article import load_article

        article = load_article(CORPORA / source)
        return article.body, article.title
    if kind == "wikinews-raw":
        record = _raw_records().get(name)
        if record is None:
            raise ValueError(f"no record {name!r} in {RAW_FILE}")
        return record["text"], str(record.get("wiki_title") or "").replace("_", " ")
    raise ValueError(f"unknown source {source!r} (expected wikinews-de/….md, leveled/….md or wikinews-raw/…)")
