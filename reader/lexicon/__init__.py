"""Offline German→English lexicon: instant glosses, gender, plural, compounds.

    from reader.lexicon import lookup, full_entry
    lookup("Spannung")            # Entry(term="Spannung", gloss=("tension", …), gender="f", …)
    lookup("Sicherheitskonferenz").composed   # True: built from Sicherheit|s|Konferenz
    full_entry("Spannung").senses  # every Ding line, labels and examples

Data: Ding (GPL-2.0-or-later) and german-nouns/Wiktionary (CC BY-SA 4.0),
prebuilt into assets/lexicon/lexicon.sqlite by tools/build_lexicon.py. The
database opens lazily, read-only, on first lookup, and stays open until `close_current()`,
which also drops every cached lookup. No Textual in here.
"""

from reader.lexicon.entry import Entry, FullEntry, Sense, after_definite_article, declines_like_adjective, short_gloss
from reader.lexicon.function_words import function_entry
from reader.lexicon.lookup import PHRASE, lookup
from reader.lexicon.full_entries import full_entry
from reader.lexicon.guesses import loanword, misspelt
from reader.lexicon.composed import compound_in_plural
from reader.lexicon.hyphenated import hyphenated_in_plural
from reader.lexicon.word_kinds import (
    form_entry, form_glosses, is_name, is_verb, noun_gender, noun_genders, ordinal_number, plural_glosses, proper_noun,
    senses_of_gender,
)
from reader.lexicon.function_words import table_version
from reader.lexicon import abbreviations
from reader.lexicon.database import Lexicon, LexiconMissingError, close_current, content_version, current, lexicon_path


def version() -> str:
    """What the glosses of an analysis depend on: the built lexicon, the curated function words and
    abbreviations."""
    try:
        built = content_version()
    except LexiconMissingError:
        built = "missing"
    return f"{built}-{table_version()}-{abbreviations.table_version()}"


__all__ = [
    "PHRASE",
    "Entry",
    "after_definite_article",
    "declines_like_adjective",
    "FullEntry",
    "Lexicon",
    "LexiconMissingError",
    "close_current",
    "current",
    "Sense",
    "compound_in_plural",
    "hyphenated_in_plural",
    "form_entry",
    "form_glosses",
    "full_entry",
    "senses_of_gender",
    "function_entry",
    "lexicon_path",
    "is_name",
    "is_verb",
    "loanword",
    "lookup",
    "misspelt",
    "noun_gender",
    "noun_genders",
    "ordinal_number",
    "plural_glosses",
    "proper_noun",
    "short_gloss",
    "version",
]
