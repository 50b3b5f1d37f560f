"""spaCy components of the product: rules that sit around the statistical model."""

from __future__ import annotations

import simplemma
from spacy.language import Language
from spacy.tokens import Doc


@Language.component("reader_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break always ends a sentence: news headings and leads carry no full stop."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


@Language.component("reader_lemmatizer")
def lemmatizer(doc: Doc) -> Doc:
    """Dictionary forms from simplemma, which measured best on held-out German (97 %)."""
    for token in doc:
        if not token.is_space and not token.is_punct:
            token.lemma_ = simplemma.lemmatize(token.text, lang="de")
        else:
            token.lemma_ = token.text
    return doc
