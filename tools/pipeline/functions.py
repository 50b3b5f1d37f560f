"""Registered functions used while *training* the reader pipeline
(`spacy train ... --code tools/pipeline/functions.py`).

Nothing here is needed to *load* the shipped pipeline: the tokenizer rules set
by the callback below are serialised with the tokenizer (``tokenizer`` file in
the pipeline directory), and spaCy does not resolve ``[initialize]`` on load.
"""

from __future__ import annotations

import spacy
from spacy.lang.char_classes import ALPHA
from spacy.util import compile_infix_regex, compile_suffix_regex, compile_prefix_regex

# UD German splits every hyphen inside a word: "SPD-Wirtschaftsminister" ->
# "SPD" "-" "Wirtschaftsminister", and the truncation hyphen: "Staats- und" ->
# "Staats" "-" "und".  spaCy's German tokenizer keeps them together, which
# costs ~1 % of tokens on UD.  Align the tokenizer with the treebank.
HYPHEN_INFIX = rf"(?<=[{ALPHA}0-9])-(?=[{ALPHA}0-9])"
HYPHEN_SUFFIX = rf"(?<=[{ALPHA}])-"
HYPHEN_PREFIX = rf"-(?=[{ALPHA}])"


def ud_hyphen_tokenizer(nlp):
    infixes = list(nlp.Defaults.infixes) + [HYPHEN_INFIX]
    suffixes = list(nlp.Defaults.suffixes) + [HYPHEN_SUFFIX]
    prefixes = list(nlp.Defaults.prefixes) + [HYPHEN_PREFIX]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    return nlp


@spacy.registry.callbacks("reader.ud_hyphens.v1")
def make_ud_hyphens():
    return ud_hyphen_tokenizer
