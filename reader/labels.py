"""What a learner reads for the parse's codes: word classes, articles and genders (no Textual).

One table each, shared by the reading screen, the review, the Anki export and the command line.
Genders are the lexicon's letters ("m", "f", "n"); spaCy's morphology spells them "Masc", "Fem", "Neut".
"""

from __future__ import annotations

import re

WORD_CLASSES = {
    "ADJ": "adjective",
    "ADP": "preposition",
    "ADV": "adverb",
    "AUX": "auxiliary verb",
    "CCONJ": "conjunction",
    "DET": "article / determiner",
    "INTJ": "interjection",
    "NOUN": "noun",
    "NUM": "number",
    "PART": "particle",
    "PRON": "pronoun",
    "PROPN": "proper noun",
    "PUNCT": "punctuation",
    "SCONJ": "subordinating conjunction",
    "VERB": "verb",
    "X": "other",
}
ARTICLES = {"m": "der", "f": "die", "n": "das"}
GENDER_NAMES = {"m": "masculine", "f": "feminine", "n": "neuter"}
MORPH_GENDERS = {"m": "Masc", "f": "Fem", "n": "Neut"}
# The nominative singular article by spaCy's gender: "Masc" → "der".
ARTICLE_BY_MORPH_GENDER = {MORPH_GENDERS[gender]: article for gender, article in ARTICLES.items()}


def word_class(pos: str) -> str:
    """"noun" for NOUN; an unknown code in lower case."""
    return WORD_CLASSES.get(pos, pos.lower())


def word_class_tag(pos: str) -> str:
    """The word class as one tag word (Anki tags have no spaces): "article-determiner"."""
    return re.sub(r"\W+", "-", word_class(pos))


def with_article(term: str, gender: str | None) -> str:
    """"die Aufgabe" for a noun of known gender, else the term."""
    article = ARTICLES.get(gender or "")
    return f"{article} {term}" if article else term
