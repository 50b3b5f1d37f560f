"""An analysis kept for fast opening: the columns the reading view draws, sentences decoded on demand.

Opening a cached 5,000-word article must not build 6,000 `Token`s with their
glosses and hints before the first frame: the view needs only each token's
text, the whitespace after it, whether it is a word, and its term. Those are
stored as columns; each sentence's full tokens are stored as JSON of their own
and decoded when the cursor, a status change or the sentence view asks for them.

Stored form: 4 bytes giving the length of a JSON header (the columns, the
distinct terms, the first token and byte range of every sentence), then every
sentence's JSON, each compressed with zlib on its own (glosses and hints repeat
within a sentence: a third of the size), back to back. A sentence stored before
compression (its JSON starts with "{", no zlib stream does) still decodes.
"""

from __future__ import annotations

import zlib
from bisect import bisect_right
from collections.abc import Sequence

import orjson

from reader.nlp import Analysis, Sentence, Token
from reader.vocab import TermKey, term_key

_HEADER_LENGTH_BYTES = 4
_ZLIB_LEVEL = 6


class CompactAnalysis:
    """An article's analysis as per-token columns, with each sentence's full tokens built when needed."""

    def __init__(
        self,
        *,
        title: str,
        words: int,
        difficulty: dict,
        texts: list[str],
        whitespace: list[str],
        is_word: list[bool],
        keys: list[TermKey | None],
        sentence_starts: list[int],
        sentences: list[Sentence | memoryview],
    ) -> None:
        self.title = title
        self.words = words
        self.difficulty = difficulty
        self.texts = texts
        self.whitespace = whitespace
        self.is_word = is_word
        self.keys = keys  # the learner's term of each token; None for names, numbers and punctuation
        self.sentence_starts = sentence_starts  # index of each sentence's first token
        self._sentences = sentences  # a Sentence, or its JSON until first asked for
        self.tokens: Sequence[Token] = _Tokens(self)

    @classmethod
    def from_analysis(cls, analysis: Analysis) -> CompactAnalysis:
        tokens = analysis.tokens
        return cls(
            title=analysis.title,
            words=analysis.words,
            difficulty=analysis.difficulty,
            texts=[token.text for token in tokens],
            whitespace=[token.whitespace for token in tokens],
            is_word=[token.is_word for token in tokens],
            keys=[term_key(token) if token.learnable else None for token in tokens],
            sentence_starts=[sentence.tokens[0].i for sentence in analysis.sentences],
            sentences=list(analysis.sentences),
        )

    @classmethod
    def from_bytes(cls, data: bytes) -> CompactAnalysis:
        length = int.from_bytes(data[:_HEADER_LENGTH_BYTES], "big")
        header = orjson.loads(memoryview(data)[_HEADER_LENGTH_BYTES : _HEADER_LENGTH_BYTES + length])
        body = memoryview(data)[_HEADER_LENGTH_BYTES + length :]
        terms = [TermKey(*fields) for fields in header["terms"]]
        ends = header["sentence_ends"]
        return cls(
            title=header["title"],
            words=header["words"],
            difficulty=header["difficulty"],
            texts=header["texts"],
            whitespace=header["whitespace"],
            is_word=header["is_word"],
            keys=[terms[number] if number >= 0 else None for number in header["keys"]],
            sentence_starts=header["sentence_starts"],
            sentences=[body[start:end] for start, end in zip([0, *ends], ends)],
        )

    def to_bytes(self) -> bytes:
        sentences = [zlib.compress(orjson.dumps(self.sentence(number)), _ZLIB_LEVEL) for number in range(len(self._sentences))]
        terms = list(dict.fromkeys(key for key in self.keys if key is not None))
        number_of = {key: number for number, key in enumerate(terms)}
        ends, end = [], 0
        for sentence in sentences:
            end += len(sentence)
            ends.append(end)
        header = orjson.dumps(
            {
                "title": self.title,
                "words": self.words,
                "difficulty": self.difficulty,
                "texts": self.texts,
                "whitespace": self.whitespace,
                "is_word": self.is_word,
                "terms": [[key.term, key.pos, key.gender] for key in terms],
                "keys": [-1 if key is None else number_of[key] for key in self.keys],
                "sentence_starts": self.sentence_starts,
                "sentence_ends": ends,
            }
        )
        return len(header).to_bytes(_HEADER_LENGTH_BYTES, "big") + header + b"".join(sentences)

    def __len__(self) -> int:
        return len(self.texts)

    def term_keys(self) -> set[TermKey]:
        """The distinct terms of the article's learnable words."""
        return {key for key in self.keys if key is not None}

    def sentence(self, number: int) -> Sentence:
        """The article's sentence number `number`, with its full tokens (decoded on first use)."""
        sentence = self._sentences[number]
        if isinstance(sentence, Sentence):
            return sentence
        data = orjson.loads(sentence if sentence[:1] == b"{" else zlib.decompress(sentence))
        tokens = [Token(**token) for token in data.pop("tokens")]
        self._sentences[number] = decoded = Sentence(tokens=tokens, **data)
        return decoded

    def sentence_of(self, token_index: int) -> Sentence:
        """The sentence holding the token with index `token_index`."""
        return self.sentence(self._sentence_number(token_index))

    def token(self, index: int) -> Token:
        number = self._sentence_number(index)
        return self.sentence(number).tokens[index - self.sentence_starts[number]]

    def _sentence_number(self, token_index: int) -> int:
        return bisect_right(self.sentence_starts, token_index) - 1

    def full(self) -> Analysis:
        """The whole analysis (decodes every sentence): for exports, which need every token."""
        sentences = [self.sentence(number) for number in range(len(self._sentences))]
        return Analysis(title=self.title, words=self.words, sentences=sentences, difficulty=self.difficulty)


class _Tokens(Sequence[Token]):
    """The article's tokens by index, each sentence decoded the first time one of its tokens is asked for."""

    def __init__(self, compact: CompactAnalysis) -> None:
        self._compact = compact

    def __len__(self) -> int:
        return len(self._compact)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self._compact.token(i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._compact.token(index)
