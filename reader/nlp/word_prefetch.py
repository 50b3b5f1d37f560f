"""The dictionary rows a text's words need, read per text in a few batched queries.

The rules, the lemmatizer and the glosses look a text's words up one at a time, in three SQLite
tables (simplemma's forms, the frequency list, the lexicon's terms): a query each, some 26,000 of
them for a 20,000-word text, each ~15-25 us of call overhead for a few us of lookup. Reading the rows
of every distinct word (in the spellings looked up first) in a few batches answers over a third
of those lookups from memory. It only moves the reads: every lookup gets the answer a query would give.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from reader import frequency
from reader.lexicon import database
from reader.nlp import lemma_dictionary

if TYPE_CHECKING:  # spaCy loads with the pipeline, not with this module
    from spacy.tokens import Doc


def prefetch_forms(doc: Doc) -> None:
    """The rows of the word forms of `doc` in simplemma's table, the frequency list and the lexicon:
    asked by the rules (the lexicon's before the lemmas are known) and the lemmatizer."""
    forms = _words(token.text for token in doc)
    lemma_dictionary.prefetch(forms)
    frequency.prefetch(forms)
    database.prefetch_terms(_spellings(forms))


def prefetch_lemmas(doc: Doc) -> None:
    """The rows of the lemmas of `doc` in the frequency list and the lexicon: asked by the later rules,
    hints and glosses."""
    lemmas = _words(token.lemma_ for token in doc)
    frequency.prefetch(lemmas)
    database.prefetch_terms(_spellings(lemmas))


def _words(texts: Iterable[str]) -> set[str]:
    """The distinct texts that hold a letter: only words are looked up."""
    return {text for text in set(texts) if text.isalpha() or any(char.isalpha() for char in text)}  # (most are all letters)


def _spellings(words: set[str]) -> set[str]:
    """The words as written, lower case and capitalised: the spellings a lexicon lookup tries first."""
    return {spelling for word in words for spelling in (word, word.lower(), word.capitalize())}
