"""An article's analysis as plain dataclasses: what the reading screen and `reader analyze` show.

The analysis is computed once per article and stored in the library in its
compact form (reader.library.compact), keyed by `engine_version()` so a new
pipeline, new rules, lexicon or frequency list re-analyze old articles.
`to_json` writes the `reader analyze --json` contract with orjson, which
serialises the dataclasses directly, field by field, in the order declared.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

import orjson

from reader.lexicon import Entry
from reader.lexicon.subjects import text_subjects
from reader.frequency import frequency
from reader.nlp import glossing
from reader.nlp.collector import collection_paused
from reader.nlp.name_tokens import shown_as_names
from reader.nlp.collocations import literal_senses
from reader.nlp.phrases import Phrase, find_phrases
from reader.nlp.token_memo import tokens_unchanged

# Senses kept per token: the panel shows the first few; the full entry is looked up on demand.
_GLOSSES = 5
_NOUNS = {"NOUN", "PROPN"}
_CONTENT = {"NOUN", "PROPN", "VERB", "ADJ", "ADV"}  # the words that tell a sentence's topic
_SUBJECT_WORDS = {"NOUN", "VERB", "ADJ"}  # and those that tell what subject a text is about
# Spacing the model never saw in training: a run of spaces, a tab, a no-break space between words.
# Each becomes a token of its own that the tagger and parser read as a word ("hatten sich  Carlos …"
# with the blank as a noun), so the text is parsed with one plain space there instead.
_ODD_SPACING = re.compile(r"[ \t\u00a0\u2009\u202f]{2,}|[\t\u00a0\u2009\u202f]")

@dataclass(frozen=True, slots=True)
class Token:
    """One token of the text, located by character offsets into the article body."""

    i: int
    text: str
    start: int
    end: int
    whitespace: str
    lemma: str
    pos: str
    morph: str
    term: str
    is_word: bool
    learnable: bool
    dep: str = ""
    head: int = -1
    gloss: list[str] = field(default_factory=list)
    gender: str | None = None
    plural: str | None = None
    zipf: float | None = None
    hints: list[str] = field(default_factory=list)
    # the fixed phrase or verb + preposition pair this token belongs to: {"term", "gloss", "tokens",
    # "word_first"}; word_first: the word keeps its own sense in it ("Europäisches Parlament"), shown first
    phrase: dict | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int
    end: int
    tokens: list[Token]


@dataclass(frozen=True)
class Analysis:
    title: str
    words: int
    sentences: list[Sentence]
    difficulty: dict = field(default_factory=dict)

    @property
    def tokens(self) -> list[Token]:
        return [token for sentence in self.sentences for token in sentence.tokens]

    def sentence_of(self, token_index: int) -> Sentence:
        """The sentence holding the token with index `i` == `token_index`."""
        starts = [sentence.tokens[0].i for sentence in self.sentences]
        return self.sentences[bisect_right(starts, token_index) - 1]

    def to_dict(self) -> dict:
        return orjson.loads(self.to_json())

    def to_json(self, difficulty: dict | None = None, *, indent: bool = False) -> bytes:
        """The analysis as JSON (UTF-8): the `reader analyze --json` contract; `difficulty` replaces the
        stored one."""
        data = {
            "title": self.title,
            "words": self.words,
            "difficulty": self.difficulty if difficulty is None else difficulty,
            "sentences": self.sentences,
        }
        return orjson.dumps(data, option=orjson.OPT_INDENT_2 if indent else 0)

    @classmethod
    def from_dict(cls, data: dict) -> Analysis:
        sentences = [
            Sentence(
                text=s["text"], start=s["start"], end=s["end"], tokens=[Token(**t) for t in s["tokens"]]
            )
            for s in data["sentences"]
        ]
        return cls(title=data["title"], words=data["words"], sentences=sentences, difficulty=data["difficulty"])


def analyze(text: str, title: str = "") -> Analysis:
    """Tokenise, parse and lemmatise `text`; offsets index into `text` itself."""
    nlp = _pipeline()  # first: spaCy is imported under the loading lock, so threads never race to import it
    with collection_paused():  # (reader.nlp.collector: its objects are freed by reference counting)
        return _analyze(nlp, text, title)


def _analyze(nlp, text: str, title: str) -> Analysis:
    parsed, original = _single_spaced(text)
    doc = nlp(parsed)
    with tokens_unchanged(doc):  # from here on the parse is only read
        return _analysis_of(doc, text, title, original)


def _analysis_of(doc, text: str, title: str, original: Callable[[int], int]) -> Analysis:
    """The analysis of the parsed `doc`: hints, names, phrases and what each token shows."""
    from reader.nlp.hints import doc_hints

    phrases = find_phrases(doc)
    hints = doc_hints(doc, phrases)
    names = shown_as_names(doc)
    as_words = literal_senses(doc, phrases)  # words of a collocation or name that keep their own meaning
    tokens_by_sentence: list[list] = []
    for sent in doc.sents:
        spacy_tokens = [token for token in sent if not token.is_space]
        if spacy_tokens:
            tokens_by_sentence.append(spacy_tokens)
    flat = [token for sent in tokens_by_sentence for token in sent]
    next_start = {token.i: original(following.idx) for token, following in zip(flat, flat[1:])}
    index = {token.i: number for number, token in enumerate(flat)}

    subjects = text_subjects(token.lemma_ for token in flat if token.pos_ in _SUBJECT_WORDS)
    sentences = []
    for spacy_tokens in tokens_by_sentence:
        context = frozenset(
            (token.lower_, token.lemma_.lower()) for token in spacy_tokens
            if token.pos_ in _CONTENT and not _too_common(token.lemma_)
        )
        tokens = [
            _token(
                token, original(token.idx), index[token.i], index, text, next_start.get(token.i, len(text)),
                hints.get(token.i, []), token.i in names,
                None if token.i in as_words.collocation else phrases.get(token.i), context,
                as_words.collocation.get(token.i) or as_words.before_phrase.get(token.i, ""),
                token.i in as_words.before_phrase, subjects,
            )
            for token in spacy_tokens
        ]
        start, end = tokens[0].start, tokens[-1].end
        sentences.append(Sentence(text=text[start:end], start=start, end=end, tokens=tokens))
    words = sum(token.is_word for sentence in sentences for token in sentence.tokens)
    return Analysis(title=title, words=words, sentences=sentences)


def _single_spaced(text: str) -> tuple[str, Callable[[int], int]]:
    """The text with odd spacing between words as one space, and the map from its offsets to `text`'s."""
    runs = [(match.start(), match.end()) for match in _ODD_SPACING.finditer(text)]
    if not runs:
        return text, lambda offset: offset
    starts, shifts, removed = [], [], 0
    for start, end in runs:
        removed += end - start - 1
        starts.append(start + 1 - (removed - (end - start - 1)))  # first parsed offset after this run
        shifts.append(removed)
    parsed = _ODD_SPACING.sub(" ", text)

    def original(offset: int) -> int:
        position = bisect_right(starts, offset)
        return offset + (shifts[position - 1] if position else 0)

    return parsed, original


# A word this common ("neu", "sagen", "schlecht") says nothing about which sense a sentence means:
# "gegen den aktuellen Vorschlag der neuen Regelung" shares "neuen" and "Vorschlag" with Ding's line
# for "aktuell: timely", "trotz schlechten Wetters … gezählt" shares "schlecht" with one for "zählen:
# to matter"; each is one word too few to outweigh the checked first sense.
_COMMON_ZIPF = 5.3


def _too_common(lemma: str) -> bool:
    return frequency(lemma).zipf >= _COMMON_ZIPF


def _token(
    token, start: int, number: int, index: dict[int, int], text: str, next_start: int, hints: list[str] | None = None,
    name: bool = False, phrase: Phrase | None = None, context: frozenset[tuple[str, str]] = frozenset(), sense: str = "",
    word_first: bool = False, subjects: frozenset[str] = frozenset(),
) -> Token:
    """One token, with what the learner is shown for it (see reader.nlp.glossing); `start` is its offset in
    `text`; *sense* is the one a collocation or name it belongs to gives it (reader.nlp.collocations), shown
    first; *word_first*: the word keeps that sense in its phrase (a name's), so it is shown before the phrase."""
    end = start + len(token.text)
    shown = glossing.choose(token, name, context, subjects)
    entry = shown.entry
    if sense and (entry is not None or word_first):  # a name's adjective the tagger called a name has none
        entry = glossing.with_sense_first(entry or Entry(shown.term), sense)
    return Token(
        i=number,
        text=token.text,
        start=start,
        end=end,
        whitespace=text[end:next_start],
        lemma=token.lemma_,
        pos=shown.pos,
        morph=str(token.morph),
        term=shown.term,
        is_word=shown.is_word,
        learnable=shown.learnable,
        gloss=list(entry.gloss[:_GLOSSES]) if entry else [],
        gender=entry.gender if entry and shown.pos in _NOUNS else None,
        plural=entry.plural if entry and shown.pos in _NOUNS else None,
        zipf=frequency(shown.term).zipf if shown.learnable else None,
        dep=token.dep_,
        head=index.get(token.head.i, number),
        hints=hints or [],
        phrase={
            "term": phrase.term, "gloss": list(phrase.gloss), "tokens": [index[i] for i in phrase.tokens if i in index],
            "word_first": word_first,
        } if phrase else None,
    )


def _pipeline():
    from reader.nlp.pipeline import load_pipeline

    return load_pipeline()
