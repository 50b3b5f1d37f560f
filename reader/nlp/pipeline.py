"""Loading the German spaCy pipeline once, from `assets/`, with the product's own rule components.

spaCy is imported here and nowhere at module level elsewhere, so `reader --help`
and the library screen never wait for it.
"""

from __future__ import annotations

import functools
import gc
import json
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import reader
from reader.errors import ReaderError
from reader.lexicon import abbreviations
from reader.paths import ASSETS_DIR

if TYPE_CHECKING:
    from spacy.language import Language

SHIPPED_PIPELINE_DIR = ASSETS_DIR / "pipeline" / "de_reader"
# Evaluating a freshly trained candidate with the product's rules: point this at its directory.
PIPELINE_ENV = "READER_PIPELINE"
# Bump when the rule components change what an analysis contains.
RULES_VERSION = 76


def pipeline_dir() -> Path:
    return Path(os.environ.get(PIPELINE_ENV) or SHIPPED_PIPELINE_DIR)


_LOADING = threading.Lock()


def load_pipeline() -> Language:
    """The product's German pipeline (loaded once per process, never from the network).

    Thread-safe: several workers (analysis, import, export) may ask for it at once.
    """
    with _LOADING:
        return _load_pipeline()


def load_statistical(path: Path | str) -> Language:
    """The trained spaCy pipeline at `path`, alone, with numpy's BLAS for its matrix products.

    thinc multiplies with BLIS by default, and BLIS falls back to its generic
    kernels on CPUs it does not recognise (this project's 2-core AMD EPYC VM
    among them), where numpy's OpenBLAS, which picks its kernels for any x86
    CPU, is 3-4 times faster: tok2vec and morphologizer take half the time.
    Layers keep the ops they were built with, so the choice made here lasts.

    The BLAS gets one thread, as in the import's worker processes, so a text gets the same
    vectors (to the last bit) wherever it is analysed. A second thread spun waiting for the
    first: twice the CPU time of the matrix products, and no faster when the other core is busy.
    """
    import spacy
    from thinc.api import use_ops
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
    with use_ops("numpy", use_blis=False):
        return spacy.load(path)


@functools.cache
def _load_pipeline() -> Language:
    from reader.nlp import components  # noqa: F401  (registers the rule components)
    from reader.nlp.extensions import register_extensions

    register_extensions()

    path = pipeline_dir()
    if not (path / "meta.json").is_file():
        raise ReaderError(f"the German pipeline is missing: {path} (reinstall, or see assets/pipeline/README.md)")
    nlp = load_statistical(path)
    _split_footnote_marks(nlp)
    _split_stop_after_mixed_case_abbreviation(nlp)
    _keep_listed_abbreviations(nlp)
    if "tok2vec" in nlp.pipe_names:
        _encode_in_windows(nlp.get_pipe("tok2vec"))
    nlp.add_pipe("reader_sentence_rules", first=True)
    nlp.add_pipe("reader_finite_verbs", last=True)
    nlp.add_pipe("reader_phrase_heads", last=True)
    nlp.add_pipe("reader_morphology", last=True)
    nlp.add_pipe("reader_lemmatizer", last=True)
    nlp.add_pipe("reader_functions", last=True)
    nlp.add_pipe("reader_terms", last=True)
    nlp.add_pipe("reader_names", last=True)
    # The model, vocabulary and tables loaded here live as long as the process: set aside from the
    # cycle collector's scans (gc.freeze): its passes over them were 2.4 % of a warm `nlp.pipe`'s CPU.
    gc.freeze()
    return nlp


def _keep_listed_abbreviations(nlp: Language) -> None:
    """"(ugs. auch Bazille)", "Art. 5", "gest. 1990": an abbreviation of the table the glosses use
    (reader/lexicon/data/abbreviations.tsv) is one token with its full stop, which ends no sentence."""
    from spacy.symbols import ORTH

    for written in abbreviations.written_forms():
        if written.endswith("."):
            nlp.tokenizer.add_special_case(written, [{ORTH: written}])


def _split_footnote_marks(nlp: Language) -> None:
    """"Menschen.[2]" is a word, a full stop and a footnote mark, not one token that no dictionary
    knows and no sentence boundary can follow; "Teilnehmer:innen" stays one word."""
    import re

    shipped = nlp.tokenizer.infix_finditer.__self__.pattern  # the trained pipeline's own infixes
    # no split inside a plural written for both sexes: "Teilnehmer:innen" is one word
    nlp.tokenizer.infix_finditer = re.compile(rf"(?![:*_]innen\b)(?:{shipped}|\.(?=\[)|\[|\])").finditer


def _split_stop_after_mixed_case_abbreviation(nlp: Language) -> None:
    """"… gefolgt von der AfD. Sie …": the full stop after an abbreviation that ends in a lower-case and
    a capital letter ("AfD", "BfV", "GmbH") ends the sentence, as after "SPD." (spaCy splits a stop only
    after two capitals or a lower-case letter); German writes no stop inside such abbreviations."""
    import re

    shipped = nlp.tokenizer.suffix_search.__self__.pattern
    nlp.tokenizer.suffix_search = re.compile(rf"{shipped}|(?<=[a-zäöüß][A-ZÄÖÜ])\.$").search


# Tokens per window of a long text's token vectors, and the context each window reads on either
# side: the encoder sees `depth` x `window_size` tokens around each one (4 x 1 in de_reader).
_WINDOW = 2000
_WINDOW_CONTEXT = 16


def _encode_in_windows(tok2vec) -> None:
    """Token vectors of a long text computed a window at a time, each window with the context its
    tokens see, so every vector comes from the same tokens as in one pass over the text.

    In one pass the encoder keeps every layer's output for the whole text alive: 16 KB a token, 400 MB
    for a 20,000-word text, whose first use costs the kernel a page fault per 4 KB (a second of a
    20,000-word text's analysis on this project's VM). Window by window it reuses 30 MB. The
    vectors differ from one pass only in float rounding (the matrix products block their sums by the
    matrix's size), as they already do between one and two BLAS threads.
    """
    predict = tok2vec.predict

    def windowed(docs):
        docs = list(docs)
        if all(len(doc) <= _WINDOW for doc in docs):
            return predict(docs)
        return [_windowed_vectors(predict, doc, tok2vec.model.ops.xp) for doc in docs]

    tok2vec.predict = windowed


def _windowed_vectors(predict, doc, xp):
    if len(doc) <= _WINDOW:
        return predict([doc])[0]
    norms = doc.to_array(["NORM"])
    parts = []
    for start in range(0, len(doc), _WINDOW):
        end = min(start + _WINDOW, len(doc))
        low, high = max(0, start - _WINDOW_CONTEXT), min(len(doc), end + _WINDOW_CONTEXT)
        vectors = predict([_window(doc, low, high, norms)])[0]
        parts.append(vectors[start - low : end - low])
    return xp.concatenate(parts)


def _window(doc, low: int, high: int, norms):
    """Tokens `low` to `high` of `doc` as a Doc of their own, with what the encoder reads of them: the
    words (prefix, suffix and shape come with each word) and their norms. `Span.as_doc` copies every
    attribute and averages the word vectors too, seven times the cost."""
    from spacy.tokens import Doc

    span = doc[low:high]
    window = Doc(doc.vocab, words=[token.text for token in span], spaces=[bool(token.whitespace_) for token in span])
    window.from_array(["NORM"], norms[low:high])
    return window


def engine_version() -> str:
    """Names the pipeline, rules, lexicon and frequency list behind an analysis; a stored analysis of
    another engine is stale, and the article is analyzed again when next asked for.

    Read from the pipeline's meta.json, the lexicon's meta table and a hash of the frequency list, so
    checking a cache never waits for spaCy. Glosses and frequencies are part of a stored analysis, so
    a rebuilt lexicon or a new frequency list re-analyses old articles.
    """
    from reader import frequency, lexicon

    # Asked afresh each time: READER_PIPELINE and the current lexicon may change within a process.
    return (
        f"{_pipeline_version(pipeline_dir())}/rules-{RULES_VERSION}/reader-{reader.__version__}"
        f"/lexicon-{lexicon.version()}/frequency-{frequency.version()}"
    )


@functools.cache
def _pipeline_version(path: Path) -> str:
    meta_path = path / "meta.json"
    meta = json.loads(meta_path.read_text()) if meta_path.is_file() else {"name": "missing", "version": "0"}
    return f"{meta['name']}-{meta['version']}"
