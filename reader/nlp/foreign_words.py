"""English inside German news: quotations, whole sentences, and names made of English words.

German news quotes English ("'business as usual'"), prints whole English statements, and names
English bodies and papers in their own words ("Human Rights Watch", "Secretary of State", "Daily
Telegraph"). The German tagger reads such words as German ones, so the dictionary would gloss
"Human" as "humane" and "to" as Tonga and offer them to learn. What decides is data: how much more
common a word is in English than in German (wordfreq knows both languages).

- A quotation or a sentence in English, or a run of English words inside a German sentence (a title),
  is foreign material: tagged FM, word class X, so it shows no German gloss and no case.
- A run of capitalised English words (English function words may join them: "Secretary of State")
  is a name in English: tagged FM, its word classes left as the tagger read them (UD tags "Associated
  Press" ADJ NOUN), and the panel shows it as a name (reader.nlp.name_tokens), not as words to learn; its
  first word carries the case hint of the whole.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from wordfreq import get_frequency_dict, zipf_frequency

from reader.lexicon import function_entry, lookup
from reader.lexicon.abbreviations import abbreviation_entry, abbreviation_expansion
from reader.nlp.doc_arrays import tokens_where

if TYPE_CHECKING:  # annotations only: importing the rule must not load spaCy
    from spacy.tokens import Doc, Span, Token

FOREIGN_TAG = "FM"  # STTS: foreign material
_ENGLISH_LEAD = 1.0  # how much more common (zipf) a word must be in English than in German
_QUOTE_MARKS = frozenset("'\"„“”‚‘’»«")
_ENGLISH_SHARE = 0.75  # of a sentence's words, for the sentence to be English
_SHORTEST_SENTENCE = 4  # words: a shorter one ("Kommentar abgeben") says too little either way
_SHORTEST_RUN = 4  # English words in a row inside a German sentence
_LOWER_CASE_IN_RUN = 3  # words in small letters, which a name in English has but as joiners ("of the")
_COMMON_IN_ENGLISH = 5.0  # zipf of a word common to both languages that may join a run ("an", "in")
# English words that join the capitalised words of one name: "Secretary of State", "Fridays for Future"
_NAME_JOINERS = frozenset({"of", "for", "and", "the", "on", "&"})
_BEYOND_LATIN = "\u0250"  # the first letter after the Latin blocks (Basic, Latin-1, Extended-A and -B)


@functools.lru_cache(maxsize=65536)
def english(word: str) -> bool:
    """Far more common in English than in German: "human", "rights", "ignored"; not "Team", "Job"."""
    lower = word.lower()
    if lower.isalpha() and lower.casefold() not in get_frequency_dict("en"):
        return False  # no English word (most German ones): a look-up, not two tokenising frequency calls
    return zipf_frequency(lower, "en") >= zipf_frequency(lower, "de") + _ENGLISH_LEAD


@functools.lru_cache(maxsize=65536)
def as_common_in_english(word: str) -> bool:
    """At least as common in English as in German: "Center", "Telegraph" beside English words. Asked of
    every capitalised word (each German noun), so a word of Latin letters that wordfreq's English list
    lacks is ruled out by a look-up: it is one token to wordfreq, of English frequency 0, which no
    German one is below; the two tokenising frequency calls were 4 % of an analysis."""
    lower = word.lower()
    if lower.isalpha() and max(lower) < _BEYOND_LATIN and lower.casefold() not in get_frequency_dict("en"):
        return False
    return zipf_frequency(lower, "en") > zipf_frequency(lower, "de")


def foreign_quotations(doc: Doc) -> None:
    """Words between two quote marks, at least two and every one far more common in English than in
    German ("'business as usual'"), are an English quotation: foreign material."""
    opened = None
    for token in tokens_where(doc, "ORTH", _QUOTE_MARKS):
        if opened is None:
            opened = token.i
            continue
        inside = doc[opened + 1 : token.i]
        opened = None
        if len(inside) >= 2 and all(word.is_alpha and english(word.text) for word in inside):
            _foreign(inside)


def words_cited_in_a_language(doc: Doc) -> None:
    """"(lateinisch velocitas)", "(englisch film ‚Häutchen‘)", "(engl. back, mnd. bak)": the word a
    language's adjective introduces, up to the next punctuation mark, is that language's (foreign
    material), not a German verb "film" nor a "forecastle"."""
    for token in doc:
        if not _names_a_language(token):
            continue
        cited = []
        for word in doc[token.i + 1 : token.i + 1 + _LONGEST_CITATION]:
            if not word.is_alpha or function_entry(word.lower_, word.pos_) is not None:
                break
            cited.append(word)
        _foreign(cited)


_LONGEST_CITATION = 3
_CITATION_OPENERS = frozenset({"(", ",", "von", "aus"})


def _names_a_language(word: Token) -> bool:
    """An undeclined adjective in -sch whose first sense is a language ("Latin"), or its abbreviation
    ("engl.", "mnd."), after a bracket, a comma or "von"/"aus"."""
    before = word.doc[word.i - 1] if word.i else None
    return before is not None and before.lower_ in _CITATION_OPENERS and language_adjective(word)


def language_adjective(word: Token) -> bool:
    """An undeclined adjective in -sch whose first sense is a language ("lateinisch": Latin), or its
    abbreviation ("engl.")."""
    abbreviation = abbreviation_entry(word.text)
    if abbreviation is not None:
        senses = abbreviation.gloss if abbreviation_expansion(word.text).endswith("sch") else ()
    elif word.tag_ in ("ADJD", "ADV", "ADJA") and word.lower_.endswith("sch"):  # (uninflected, whatever the tag)
        senses = lookup(word.lower_, "ADJ").gloss
    else:
        return False
    return bool(senses) and senses[0][:1].isupper()


def english_sentences(doc: Doc) -> None:
    """A sentence most of whose words are English ("Ministers have ignored the will of the Parliament")
    is foreign material, all of its words that are at least as common in English."""
    for sentence in doc.sents:
        words = [token for token in sentence if token.is_alpha]
        if len(words) >= _SHORTEST_SENTENCE and _mostly_english(words):
            _foreign([token for token in words if as_common_in_english(token.text)])


def english_runs(doc: Doc) -> None:
    """"veröffentlichte seine Arbeit On Computable Numbers with an application to the
    Entscheidungsproblem": `_SHORTEST_RUN` words or more in a row, each far more common in English
    (one word common in English too may stand between two of them: "an"), are an English title or
    quotation without quote marks: foreign material."""
    run: list[Token] = []
    for token in [*doc, None]:
        if token is not None and token.pos_ != "X" and token.is_alpha and english(token.text):
            run.append(token)
            continue
        between = token is not None and token.is_alpha and token.i + 1 < len(doc) and token.pos_ != "X"
        if between and run and run[-1].i == token.i - 1 and _english_too(token.text) and english(doc[token.i + 1].text):
            run.append(token)  # "an" in "with an application"
            continue
        if len(run) >= _SHORTEST_RUN:  # (most tokens end no run: nothing to count)
            lower = sum(word.text.islower() for word in run)  # (capitalised words and "of" make a name: english_names)
            if sum(english(word.text) for word in run) >= _SHORTEST_RUN and lower >= _LOWER_CASE_IN_RUN:
                _foreign(run)
        run = []


def _english_too(word: str) -> bool:
    return zipf_frequency(word.lower(), "en") >= _COMMON_IN_ENGLISH


def _mostly_english(words: list[Token]) -> bool:
    """At least `_ENGLISH_SHARE` of `words` are English. Read until too many are not: a German sentence
    is ruled out after a few words, and each new word costs wordfreq two tokenising look-ups."""
    needed, others = _ENGLISH_SHARE * len(words), 0
    for token in words:
        if not english(token.text):
            others += 1
            if len(words) - others < needed:
                return False
    return True


def english_names(doc: Doc) -> None:
    """Two or more capitalised words in a row, each at least as common in English as in German and one of
    them far more ("Human Rights Watch", "Daily Telegraph", "Secretary of State"), name something in
    English."""
    run: list[Token] = []
    for token in [*doc, None]:
        if token is not None and token.pos_ != "X" and _name_word(token, run):  # (not a word of an English sentence)
            run.append(token)
            continue
        if len(run) >= 2:  # (a name has two capitalised words at least: most tokens end no run)
            while run and not run[-1].text[:1].isupper():
                run.pop()  # a name ends in a capitalised word, not in "of"
            if run and run[0].i > 0 and doc[run[0].i - 1].tag_ == "ADJA":
                run = run[1:]  # "des amerikanischen Rappers ASAP Rocky": a German noun before the name
            capitalised = [word for word in run if word.text[:1].isupper()]
            if len(capitalised) >= 2 and any(english(word.text) for word in capitalised):
                for word in run:
                    word.tag_ = FOREIGN_TAG
        run = [token] if token is not None and token.text[:1].isupper() and _name_word(token, []) else []


def english_name_word(token: Token) -> bool:
    """A word of a name in English ("Human Rights Watch"), not of an English sentence (X). Such a name
    has two words at least (english_names); a lone word the tagger called foreign is no name by that
    alone: the heading "# Evolution" names no English thing, and every "Evolution" after it is a word."""
    return _foreign_name_word(token) and any(
        0 <= i < len(token.doc) and _foreign_name_word(token.doc[i]) for i in (token.i - 1, token.i + 1)
    )


def _foreign_name_word(token: Token) -> bool:
    return token.tag_ == FOREIGN_TAG and token.pos_ != "X"


def later_part_of_english_name(token: Token) -> bool:
    """A word of a name in English after its first: the first carries the case hint of the whole."""
    return english_name_word(token) and token.i > 0 and english_name_word(token.nbor(-1))


def _name_word(token: Token, run: list[Token]) -> bool:
    if not token.is_alpha:
        return False
    if token.text[:1].isupper():
        return as_common_in_english(token.text)
    return bool(run) and token.text in _NAME_JOINERS


def _foreign(words: Span | list[Token]) -> None:
    for word in words:
        word.pos_, word.tag_ = "X", FOREIGN_TAG
        word.set_morph(None)
