"""Sentence boundaries the statistical parser gets wrong in news German.

Set before the parser runs, which respects them: a line break always starts a
sentence (headings and leads carry no full stop); an abbreviation ("z. B.",
"Dr.") or an ordinal ("am 1. August") never ends one; a closing quote after
„…." belongs to the sentence it closes; and no sentence starts with closing
punctuation or a lower-case word. Outside quotations, a full stop, question or exclamation mark with
a capitalised word after it does end one: in a long paragraph the parser misses some.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy

from reader.lexicon.abbreviations import abbreviation_entry
from reader.nlp.doc_facts import bracket_openings, once, rendering_colon
from reader.nlp.lang.articles import determiner_readings
from reader.nlp.lang.sentences import (
    ABBREVIATIONS,
    CLOSING_QUOTES,
    MONTHS,
    NEVER_STARTS,
    MARKDOWN_MARKS,
    OPENING_ONLY,
    OPENING_QUOTES,
    OPENS_SENTENCE,
    ORDINAL_CONTEXT,
    SENTENCE_END,
)

if TYPE_CHECKING:  # annotations only: importing the rules must not load spaCy
    from spacy.tokens import Doc, Token

_NOT_START = 2**64 - 1  # "never starts a sentence" (-1) as spaCy's uint64 token arrays hold it
_ORDINAL = re.compile(r"^\d{1,2}\.$")
_ROMAN = re.compile(r"^[IVXLC]{1,6}$")
# A number the tokenizer kept together with a full stop: a year or an amount ("2016.", "75.000.").
# Glued to these, a quotation mark still opens a quote: "(„…", "/'…".
_BEFORE_AN_OPENING_QUOTE = frozenset("([/")
_NUMBER_WITH_STOP = re.compile(r"^\d{1,3}(?:\.\d{3})+\.$|^\d{3,}\.$")


def mark_sentence_starts(doc: Doc) -> None:
    """Every boundary the rules decide, written in one go: setting `Token.is_sent_start` one token at a
    time makes spaCy scan the whole doc for a parse each time, quadratic in the length of the text."""
    from spacy.attrs import IS_ALPHA, SENT_START

    starts = doc.to_array(SENT_START)
    # "Massive Wahlfälschungen …": without a stop or a line break between words, no new sentence (most
    # pairs are two words, read at once from the Doc's array; the rules below are for the other pairs)
    alpha = doc.to_array(IS_ALPHA).astype(bool)
    between_words = alpha[:-1] & alpha[1:]
    starts[1:][between_words] = _NOT_START
    for i in numpy.flatnonzero(~between_words).tolist():
        start = _starts(doc, doc[i], doc[i + 1])
        if start is not None:
            starts[i + 1] = 1 if start else _NOT_START
    doc.from_array([SENT_START], starts)


def _starts(doc: Doc, token: Token, following: Token) -> bool | None:
    """Whether `following` starts a sentence (True), never does (False), or the parser decides (None),
    where they are not two words."""
    if token.is_space and "\n" in token.text:
        return not _after_opening_quote(doc, token)  # a line break starts one, unless a quote just opened
    if token.text in OPENING_ONLY:
        return False  # „ opens the sentence that follows it: a quotation mark is no sentence
    if token.text in MARKDOWN_MARKS and (token.i == 0 or "\n" in doc[token.i - 1].text):
        return False  # "* Erster Punkt", "# Titel": a Markdown mark opens its line's sentence
    if token.text not in SENTENCE_END and _inside_brackets(doc, following) and not _quoted_sentence(doc, following):
        # "Buddha (…, wörtl.: „der Erwachte“, …) bezeichnet …": a bracket's colon or quote starts no sentence,
        # but for a quoted one ("(deutsch: „Mach es!“)")
        return False
    if rendering_colon(doc, token.i):
        return False  # "Die Havel, sprich: Hafel, ist ein Fluss": a rendering inside the sentence
    if _never_ends_sentence(doc, token) or following.text in NEVER_STARTS or following.text[0].islower():
        return False  # a German sentence starts with a capital, never with closing punctuation
    if _citation_at(doc, following.i) or _citation_at(doc, token.i) or _citation_at(doc, token.i - 1):
        return False  # "… Menschen.[2]": a footnote mark belongs to the sentence before it
    if token.text == "]" and _after_citations_closing_sentence(doc, token) and following.text[:1].isupper():
        return True
    if token.text in CLOSING_QUOTES and token.i > 0 and doc[token.i - 1].is_alpha:
        return False  # "als „historischen“ Beschluss": a quote closed right after a word ends no sentence
    if token.text in SENTENCE_END and following.text in CLOSING_QUOTES and _inside_quote(doc, token):
        return False
    if token.text in SENTENCE_END and _inside_quote(doc, token) and _quotation_continues_lower_case(doc, token):
        return False  # "rief zu „Gesetz stoppen! Grundrechte erhalten“ auf": a slogan inside the sentence
    if _unit_with_stop(doc, token) and following.is_title:
        return True  # "… liegt bei 336 m. Die Insel …": no unit takes a stop, so it is the sentence's
    if _NUMBER_WITH_STOP.match(token.text) and following.is_title and not _ordinal_before(doc, token):
        return True  # "… rund 75.000. Im Vergleich …", "im September 2016. Danach …": the stop is the sentence's
    if token.text in SENTENCE_END and token.whitespace_ and following.is_alpha and following.text[:1].isupper() and not _inside_quote(doc, token):
        return True  # "… in der Öffentlichkeit auf. Veranstaltet von …": the parser loses such stops in long paragraphs
    return None


def _unit_with_stop(doc: Doc, token: Token) -> bool:
    """A unit the tokenizer kept together with a full stop after a number ("336 m."): German writes units
    without one (reader/lexicon/data/abbreviations.tsv lists them so)."""
    return (
        token.i > 0 and token.text.endswith(".") and len(token.text) > 1 and doc[token.i - 1].like_num
        and abbreviation_entry(token.text[:-1]) is not None and abbreviation_entry(token.text) is None
    )


def _citation_at(doc: Doc, i: int) -> bool:
    """A footnote mark "[2]" (Wikipedia and Wikinews text) starts at token *i*."""
    return 0 <= i < len(doc) - 2 and doc[i].text == "[" and doc[i + 1].like_num and doc[i + 2].text == "]"


def _after_citations_closing_sentence(doc: Doc, bracket: Token) -> bool:
    """"… Menschen.[2][3]": the footnote marks after a full stop end the sentence like the stop."""
    i = bracket.i - 2
    while i >= 1 and _citation_at(doc, i):
        if doc[i - 1].text in SENTENCE_END:
            return True
        i -= 3
    return False


def _ordinal_before(doc: Doc, token: Token) -> bool:
    """"zum 100. Mal", "seinem 70. Geburtstag": a determiner before the number makes it an ordinal."""
    before = doc[token.i - 1].lower_ if token.i else ""
    return before in ORDINAL_CONTEXT or determiner_readings(before) is not None


def join_broken_sentences(doc: Doc) -> None:
    """After parsing: the parser may still start a sentence where the rules said none starts ("Pius IX.
    und …", "am 16. des Monats"); its tree is joined to the sentence before."""
    for sentence in list(doc.sents)[1:]:
        first = sentence[0]
        if first.i == 0 or _starts(doc, doc[first.i - 1], first) is not False:
            continue
        previous = doc[first.i - 1].sent
        root = sentence.root
        root.head = previous.root
        root.dep_ = "parataxis"


def _after_opening_quote(doc: Doc, space: Token) -> bool:
    return space.i > 0 and doc[space.i - 1].text in OPENING_ONLY


def _never_ends_sentence(doc: Doc, token) -> bool:
    if token.text in ABBREVIATIONS:
        return True
    if token.text == "." and token.i > 1 and _ROMAN.match(doc[token.i - 1].text) and doc[token.i - 2].pos_ in ("PROPN", "NOUN", "") and doc[token.i - 2].text[:1].isupper():
        return True  # "Pius IX.", "Ludwig XIV.": a regnal number
    if _ORDINAL.match(token.text):
        following = doc[token.i + 1]
        before = doc[token.i - 1].lower_ if token.i else ""
        # "am 3. Oktober", "der 16. Papst", "seinem 70. Geburtstag"
        return following.text in MONTHS or before in ORDINAL_CONTEXT or (
            determiner_readings(before) is not None and following.text[:1].isupper()
        )
    return False


def _inside_quote(doc: Doc, token) -> bool:
    """Whether an opening quote precedes `token` in its paragraph with no closing quote between."""
    return _quotations(doc)[0][token.i]


def _quotation_continues_lower_case(doc: Doc, token) -> bool:
    """The quotation around `token` closes in its paragraph and a lower-case word follows it."""
    return _quotations(doc)[1][token.i]


def _quotations(doc: Doc) -> tuple[list[bool], list[bool]]:
    """Per token, once per Doc (a scan per question made long paragraphs quadratic): whether it stands
    inside a quotation, and whether the next closing quote of its paragraph has a lower-case word after."""
    return once("quotations", doc, _scan_quotations)


def _scan_quotations(doc: Doc) -> tuple[list[bool], list[bool]]:
    inside, open_quote = [False] * len(doc), False
    for token in doc:
        if token.is_space and "\n" in token.text:
            open_quote = False
        inside[token.i] = open_quote
        # “ and » open one style and close another (English “…”, German „…“ and »…«): a mark that can
        # close does so inside a quotation, one that can open does so outside
        if open_quote and token.text in CLOSING_QUOTES:
            open_quote = False
        elif token.text in OPENING_QUOTES and _can_open(doc, token):
            open_quote = True
    continues, ahead = [False] * len(doc), False  # `ahead`: the answer for the tokens after this one
    for token in reversed(doc):
        continues[token.i] = ahead
        if token.is_space and "\n" in token.text:
            ahead = False
        elif token.text in CLOSING_QUOTES:  # inside a quotation, “ closes it (German „…“)
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            ahead = after is not None and after.is_alpha and after.is_lower
    return inside, continues


def _inside_brackets(doc: Doc, token: Token) -> bool:
    """Whether `token` stands between "(" and the ")" that closes it in the same paragraph."""
    return bracket_openings(doc)[token.i] >= 0


def _quoted_sentence(doc: Doc, word: Token) -> bool:
    """`word` opens a quotation, or is its first word, that ends with a full stop, "!" or "?" before it
    closes (before the bracket around it closes)."""
    if word.text in OPENING_QUOTES:
        start = word.i + 1
    elif word.i and doc[word.i - 1].text in OPENING_QUOTES:
        start = word.i
    else:
        return False
    closing = next((t for t in doc[start:] if t.text in CLOSING_QUOTES or t.text == ")"), None)
    return closing is not None and closing.text != ")" and doc[closing.i - 1].text in SENTENCE_END


def _can_open(doc: Doc, mark: Token) -> bool:
    """A quotation mark opens a quote only where one can start: after a space or a bracket, or as „ ‚. A
    mark glued to the word before it (",Schnellfuß'" with a comma for ‚) closes a quote the text never
    opened, and must not make the rest of the paragraph a quotation."""
    if mark.text in OPENING_ONLY or mark.i == 0:
        return True
    before = doc[mark.i - 1]
    return bool(before.whitespace_) or before.is_space or before.text in _BEFORE_AN_OPENING_QUOTE


def starts_sentence(token: Token, opening: frozenset[str] = OPENS_SENTENCE) -> bool:
    """The first word of its sentence, or of a quote or bracket in it: capitalised for that reason alone."""
    return token.is_sent_start or (token.i > 0 and token.nbor(-1).text in opening)
