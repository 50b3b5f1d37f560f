"""Loading the German spaCy pipeline once, from `assets/`, with the product's own rule components.

spaCy is imported here and nowhere at module level elsewhere, so `reader --help`
and the library screen never wait for it.
"""

from __future__ import annotations

import functools
import json
from typing import TYPE_CHECKING

import reader
from reader.paths import ASSETS_DIR

if TYPE_CHECKING:
    from spacy.language import Language

TRAINED_PIPELINE_DIR = ASSETS_DIR / "pipeline" / "de_reader"
# Bump when the rule components change what an analysis contains.
RULES_VERSION = 1


@functools.cache
def load_pipeline() -> Language:
    """The product's German pipeline (cached: loaded once per process, never from the network)."""
    import spacy

    from reader.nlp import components  # noqa: F401  (registers the rule components)

    if TRAINED_PIPELINE_DIR.is_dir():
        nlp = spacy.load(TRAINED_PIPELINE_DIR)
    else:
        nlp = spacy.blank("de")
        nlp.add_pipe("sentencizer")
    nlp.add_pipe("reader_paragraph_breaks", first=True)
    nlp.add_pipe("reader_lemmatizer", last=True)
    return nlp


@functools.cache
def engine_version() -> str:
    """Names the pipeline and rules behind an analysis; a cached analysis of another engine is stale.

    Read from the pipeline's meta.json, so checking a cache never waits for spaCy.
    """
    meta_path = TRAINED_PIPELINE_DIR / "meta.json"
    meta = json.loads(meta_path.read_text()) if meta_path.is_file() else {"name": "blank", "version": "0"}
    return f"{meta['name']}-{meta['version']}/rules-{RULES_VERSION}/reader-{reader.__version__}"
