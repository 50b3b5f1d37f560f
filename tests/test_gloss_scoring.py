"""The gold-set scorer (tools/evaluate_glosses.py) judges a shown gloss as a reader would: notes,
placeholders and typography aside, the words must be the accepted ones."""

import csv

import pytest

from tools.corpus_sources import CORPORA, TEXTCOMPLEXITY, load_source
from tools.evaluate_glosses import right


def test_a_reflexive_note_matches_an_accepted_note():
    assert right("oneself (reflexive)", ["(reflexive)", "themselves"])
    assert not right("oneself (reflexive)", ["themselves", "each other"])


def test_a_typographic_apostrophe_is_a_plain_one():
    assert right("conductor’s baton", ["baton", "conductor's baton"])


def test_glosses_sharing_a_word_are_still_different():
    assert not right("take care", ["take off"])
    assert not right("itself", ["(reflexive)", "themselves"])
    assert not right(None, ["of"])


@pytest.mark.skipif(not (CORPORA / TEXTCOMPLEXITY).exists(), reason="the shared corpora are not beside the project")
def test_a_textcomplexity_article_is_its_sentences_in_order():
    """A gold set may draw from TextComplexityDE's Wikipedia sentences: `leveled/textcomplexity-de/<id>` is
    that article's sentences in their order, one space apart, its quotes as quotes, and a wrong id is a clear error."""
    with open(CORPORA / TEXTCOMPLEXITY, encoding="utf-8", newline="") as handle:
        rows = sorted((int(r["Sentence ID"]), r["Sentence"].strip(), r["Article"]) for r in csv.DictReader(handle) if r["Article ID"] == "7")
    text, title = load_source("leveled/textcomplexity-de/7")
    assert title == rows[0][2]
    assert text.startswith(rows[0][1]) and text.endswith(rows[-1][1]) and rows[1][1] in text
    assert len(text) == sum(len(sentence) for _, sentence, _ in rows) + len(rows) - 1
    # The corpus keeps Windows-1252 quotes as C1 controls: read as the quotes, one character for one.
    assert any("\x84" in sentence for _, sentence, _ in rows)
    assert "„" in text and not any("\x80" <= character <= "\x9f" for character in text)
    with pytest.raises(ValueError):
        load_source("leveled/textcomplexity-de/999")
