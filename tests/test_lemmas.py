"""Lemmas corrected by the part of speech: the rule classes simplemma alone gets wrong."""

from __future__ import annotations

import pytest

from reader.nlp.lemmas import lemmatize


@pytest.mark.parametrize(
    ("form", "pos", "morph", "lemma"),
    [
        ("Hat", "AUX", {}, "haben"),  # capitalised at the start of a sentence
        ("einladend", "ADJ", {"Degree": "Pos"}, "einladend"),  # participle as adjective, not "einladen"
        ("interessierte", "ADJ", {}, "interessiert"),
        ("Israels", "PROPN", {"Case": "Gen"}, "Israel"),  # genitive name
        ("Sicherheitsgründen", "NOUN", {"Case": "Dat"}, "Sicherheitsgrund"),  # unknown compound, known head
        ("Spannungen", "NOUN", {}, "Spannung"),
        ("kamen", "VERB", {}, "kommen"),
        ("Pass", "NOUN", {}, "Pass"),  # today's spelling, not simplemma's "Paß"
        ("Schlosses", "NOUN", {"Case": "Gen"}, "Schloss"),
        ("beschlossen", "VERB", {}, "beschließen"),  # ß after a long vowel stays
        ("„", "PUNCT", {}, "„"),
    ],
)
def test_lemma(form: str, pos: str, morph: dict[str, str], lemma: str) -> None:
    assert lemmatize(form, pos, morph) == lemma
