"""Where the hand-judged evaluation sets find their texts: one loader shared by the scorers and samplers.

A set's `source` names a text in `$READER_CORPORA` (default ``../shared/corpora`` beside the project):

- ``wikinews-de/<file>.md`` or ``leveled/klexikon-pairs/<wikipedia|klexikon>/<name>.md``:
  `load_article(...).body` of that Markdown article;
- ``wikinews-raw/<id>``: the ``text`` of the record with that ``id`` in
  ``wikinews-raw/wikinews-de-politics.jsonl`` (one line of plain text, no front matter);
- ``leveled/textcomplexity-de/<Article ID>``: the sentences of that article in
  ``leveled/textcomplexity-de/source.csv`` (TextComplexityDE's Wikipedia sentences), in their order,
  joined by single spaces, its C1 controls read as Windows-1252 punctuation.

Offsets in the sets are character offsets into the text returned here.
"""

from __future__ import annotations

import csv
import functools
import json
import os
from pathlib import Path

from reader.library.article import windows_punctuation

ROOT = Path(__file__).resolve().parent.parent
CORPORA = Path(os.environ.get("READER_CORPORA", ROOT.parent / "shared" / "corpora"))
RAW_FILE = "wikinews-raw/wikinews-de-politics.jsonl"


TEXTCOMPLEXITY = "leveled/textcomplexity-de/source.csv"


@functools.cache
def _textcomplexity_articles() -> dict[str, tuple[str, str]]:
    """Article ID → (text, title): its sentences in Sentence ID order."""
    sentences: dict[str, list[tuple[int, str]]] = {}
    titles: dict[str, str] = {}
    with open(CORPORA / TEXTCOMPLEXITY, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            sentences.setdefault(row["Article ID"], []).append((int(row["Sentence ID"]), row["Sentence"].strip()))
            titles[row["Article ID"]] = row["Article"]
    # The corpus keeps Windows-1252 quotes as C1 controls; an import reads them as the quotes they are.
    return {
        key: (windows_punctuation(" ".join(text for _, text in sorted(rows))), titles[key])
        for key, rows in sentences.items()
    }


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
    if source.startswith("leveled/textcomplexity-de/"):
        article = _textcomplexity_articles().get(source.rsplit("/", 1)[1])
        if article is None:
            raise ValueError(f"no article {source!r} in {TEXTCOMPLEXITY}")
        return article
    if kind in ("wikinews-de", "leveled") and source.endswith(".md"):
        from reader.library.article import load_article

        article = load_article(CORPORA / source)
        return article.body, article.title
    if kind == "wikinews-raw":
        record = _raw_records().get(name)
        if record is None:
            raise ValueError(f"no record {name!r} in {RAW_FILE}")
        return record["text"], str(record.get("wiki_title") or "").replace("_", " ")
    raise ValueError(
        f"unknown source {source!r} (expected wikinews-de/….md, leveled/….md, leveled/textcomplexity-de/<id> or wikinews-raw/…)"
    )
