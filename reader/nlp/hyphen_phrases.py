"""Words written with hyphens, read as one word: "US-Außenministeriums" is the US foreign office.

The tokenizer splits such a word, as UD German does ("US" "-" "Außenministeriums"); the learner reads
it as one word, so it is a phrase of its parts, glossed as the whole word. A last part cut off before
"und" is completed by the compound after it: "EU-Staats- und Regierungschefs" are EU heads of state
(and heads of government), not EU states.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.lexicon import database, hyphenated_in_plural, lookup, proper_noun
from reader.lexicon.compounds import split_compound
from reader.nlp.phrase import Phrase

if TYPE_CHECKING:
    from spacy.tokens import Token

_CONJUNCTIONS = {"und", "oder", "sowie", "bzw."}


def hyphenated_words(sent) -> list[Phrase]:
    """Words joined by hyphens without spaces ("US-Außenministeriums"), glossed as the whole word
    ("US-Außenministerium": US foreign office), a cut-off last part completed ("EU-Staats- und
    Regierungschefs"). Not names ("Neu-Delhi", "Kramp-Karrenbauer")."""
    phrases = []
    chain: list[Token] = []
    for token in sent:
        if chain and _joins(chain[-1]) and token.i in (chain[-1].i + 1, chain[-1].i + 2):
            if token.i == chain[-1].i + 2:
                chain.append(token)
            continue  # the hyphen, or the word after it
        phrases += _hyphen_phrase(chain)
        chain = [token] if _joins(token) else []
    return phrases + _hyphen_phrase(chain)


def _joins(token: Token) -> bool:
    """*token* is a word followed without spaces by a hyphen and another word."""
    doc = token.doc
    if token.i + 2 >= len(doc) or token.whitespace_ or not _is_word(token):
        return False
    hyphen, following = doc[token.i + 1], doc[token.i + 2]
    return hyphen.text == "-" and not hyphen.whitespace_ and _is_word(following)


def _is_word(token: Token) -> bool:
    """A word, not a number: "26-jähriger" keeps its suffix gloss ("-year-old")."""
    return token.is_alpha


def _hyphen_phrase(chain: list[Token]) -> list[Phrase]:
    """The whole word's phrase, when its last part is a dictionary word, or a compound the splitter
    explains after an abbreviation ("EU-Binnenmarktkommissar"): a head the dictionary only knows by
    splitting after a word ("Kramp-Karrenbauer": "wheel farmer") is a name's or too uncertain."""
    if len(chain) < 2:
        return []
    head = chain[-1]
    if head.i + 1 < len(head.doc) and head.doc[head.i + 1].text == "-":
        return _completed(chain)  # "EU-Staats- und Regierungschefs": the last part is cut off
    lemma = head._.term or head.lemma_ or head.text
    if head.text[:1].isupper() and lemma[:1].islower():
        lemma = lemma[:1].upper() + lemma[1:]  # "Ukraine-Krise", not "Ukraine-krise"
    if head.pos_ == "PROPN" and head.tag_ != "NN" and not _common_noun_only(lemma):
        return []  # a name's last part ("Kramp-Karrenbauer"); the tagger's NN is a noun ("US-Strafzölle")
    if lookup(lemma, head.pos_).composed and not all(token.text.isupper() for token in chain[:-1]):
        return []  # a split head after a word may be a name's ("Kramp-Karrenbauer"); after "EU-" it is not
    term = "-".join([*(token.text for token in chain[:-1]), lemma])
    entry = lookup(term, head.pos_)
    if head.pos_ == "NOUN" and "Plur" in head.morph.get("Number"):
        entry = hyphenated_in_plural(entry, head.text)  # "Tory-Abgeordneten": Tory MPs
    if not entry.gloss:
        return []
    return [Phrase(term, entry.gloss, tuple(token.i for token in chain))]


def _completed(chain: list[Token]) -> list[Phrase]:
    """"EU-Staats- und Regierungschefs": the cut-off last part ("Staats-") takes the last part of the
    compound after "und" ("Regierungs|chefs"), and the word is glossed whole, in that compound's number
    ("EU-Staatschef": EU heads of state); no phrase where the compound does not split or the word is none."""
    doc = chain[-1].doc
    after = chain[-1].i + 2
    if after >= len(doc) or doc[after].lower_ not in _CONJUNCTIONS:
        return []
    compound = next((t for t in doc[after + 1 : after + 4] if t.pos_ in ("NOUN", "PROPN")), None)
    term = compound and (compound._.term or compound.lemma_)
    parts = split_compound(term, database.has_gloss) if term else None
    if not parts:
        return []
    whole = "-".join([*(token.text for token in chain[:-1]), chain[-1].text + parts[-1].surface])
    entry = lookup(whole, "NOUN")
    if not entry.gloss or entry.pos != "NOUN":
        return []
    if "Plur" in compound.morph.get("Number"):
        written = compound.text[len(term) - len(parts[-1].surface) :]  # "chefs" of "Regierungschefs"
        entry = hyphenated_in_plural(entry, chain[-1].text + written)
    return [Phrase(whole, entry.gloss, tuple(token.i for token in chain))]


def _common_noun_only(lemma: str) -> bool:
    """A noun the dictionary lists itself and Wiktionary knows as no name: the head of a word such as
    "Yale-Studentin" the tagger called a name ("Studentin"), unlike a double name's last part
    ("Kramp-Karrenbauer", explained only by splitting; "Müller-Fischer": Fischer is a surname too)."""
    entry, common = proper_noun(lemma)
    return common and entry.source == "exact" and entry.pos == "NOUN" and database.name_kind(lemma) is None
