"""A Roman numeral after a name is part of it: "Wilhelm I.", "Ludwig XIV.", "Johannes Paul II.".

The tagger reads "I." as a noun, which the dictionary glosses as iodine, and the parser may make it the
head of the name before it ("Wilhelms I.": "the owner of I."). The numeral (one token with its full stop
up to "V." and for "X.", without it beyond) is the name's last part; the name keeps the place the parser
gave the numeral.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.nlp.doc_arrays import tokens_where
from reader.nlp.parse_edits import set_head, take_place

if TYPE_CHECKING:  # annotations only: importing the rule must not load spaCy
    from spacy.tokens import Doc

_ROMAN_ORDINAL = re.compile(r"^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})\.?$")


def regnal_numbers(doc: Doc) -> None:
    """Each Roman ordinal right after a name becomes that name's last part."""
    for numeral in tokens_where(doc, "POS", ("NOUN", "PROPN", "NUM", "ADJ", "X")):
        if numeral.i == 0 or not roman_ordinal(numeral.text):
            continue
        name = doc[numeral.i - 1]
        if name.pos_ != "PROPN" or not name.is_title:
            continue
        numeral.pos_, numeral.tag_, numeral.lemma_ = "PROPN", "NE", numeral.text  # (its features stay the tagger's)
        if name.head.i == numeral.i and not take_place(name, numeral):
            continue
        for child in list(numeral.children):
            set_head(child, name)
        set_head(numeral, name, "flat")


def roman_ordinal(word: str) -> bool:
    """"I.", "XIV": a Roman numeral below 40, with its full stop or without."""
    return _ROMAN_ORDINAL.match(word) is not None
