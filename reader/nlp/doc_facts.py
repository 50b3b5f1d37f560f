"""Facts about a whole Doc that rules ask of many of its tokens, computed once per Doc.

A rule that scans the Doc (or a sentence) for each token it checks makes an analysis quadratic
in the text's length; these answers are kept beside the Doc (weakly, so they go with it).
Only facts no component changes once they are kept: a Doc's token texts are fixed at
tokenisation (no component retokenises), and so are the quotations and brackets they open and close; sentence
starts are kept once the parse repairs are done
(`keep_sentence_starts`); `particles` is asked after the pipeline has run.

A fact holds token indices, never Tokens or Spans: a value that refers to its Doc keeps the Doc
alive through its weak key, and every Doc analysed would stay in memory.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from reader.nlp.lang.sentences import INLINE_RENDERINGS

if TYPE_CHECKING:  # spaCy loads with the pipeline, not with this module
    from spacy.tokens import Doc, Token

_Fact = TypeVar("_Fact")
_FACTS: weakref.WeakKeyDictionary[Doc, dict[str, Any]] = weakref.WeakKeyDictionary()
# The facts of the Doc this thread asked about last: a WeakKeyDictionary lookup makes a weak
# reference each time, and rules ask tens of thousands of times about the same Doc.
_RECENT = threading.local()


def _facts_of(doc: Doc) -> dict[str, Any]:
    recent = getattr(_RECENT, "doc", None)
    if recent is not None and recent() is doc:
        return _RECENT.facts
    facts = _FACTS.get(doc)
    if facts is None:
        facts = _FACTS[doc] = {}
    _RECENT.doc, _RECENT.facts = weakref.ref(doc), facts
    return facts


def once(name: str, doc: Doc, compute: Callable[[Doc], _Fact]) -> _Fact:
    """The fact `name` of `doc`, computed by `compute` the first time it is asked."""
    facts = _facts_of(doc)
    fact = facts.get(name)
    if fact is None:
        fact = facts[name] = compute(doc)
    return fact


def forms(doc: Doc) -> frozenset[str]:
    """Every token text of `doc`."""
    return once("forms", doc, lambda doc: frozenset(token.text for token in doc))


def keep_sentence_starts(doc: Doc) -> None:
    """Called once no component moves a sentence boundary any more (setting a head moves them: the
    parse repairs do), so later rules read each token's sentence start from one array."""
    _facts_of(doc)["sentence_starts"] = _sentence_starts(doc)


def sentence_starts(doc: Doc) -> list[int]:
    """The index of the first token of each token's sentence (kept, or read now)."""
    return _facts_of(doc).get("sentence_starts") or _sentence_starts(doc)


def cut_short(word: Token) -> bool:
    """A first part cut short by its hyphen, the rest of it written with the word after "und" or "oder"
    ("Ober-" of "Ober- und Niederösterreich", "hin-" of "hin- und herschwappen"); not a name joined by a
    hyphen ("Timor-Leste")."""
    doc = word.doc
    hyphen = doc[word.i + 1] if word.i + 1 < len(doc) else None
    return not word.whitespace_ and hyphen is not None and hyphen.text in ("-", "‐") and bool(hyphen.whitespace_)


def rendering_colon(doc: Doc, i: int) -> bool:
    """The colon at `i` follows ", sprich" (wörtlich, auch …): another form of the word before it follows
    inside the sentence ("Die Havel, sprich: Hafel, ist ein Fluss"), no sentence or list."""
    return i > 1 and doc[i].text == ":" and doc[i - 1].lower_ in INLINE_RENDERINGS and doc[i - 2].text == ","


def sentence_start(token: Token) -> int:
    """`token.sent.start`, without making two spans once the boundaries are kept."""
    starts = _facts_of(token.doc).get("sentence_starts")
    return token.sent.start if starts is None else starts[token.i]


def _sentence_starts(doc: Doc) -> list[int]:
    starts = [0] * len(doc)
    for sent in doc.sents:
        starts[sent.start : sent.end] = [sent.start] * (sent.end - sent.start)
    return starts


def particles(doc: Doc) -> dict[int, int]:
    """The index of the separated particle joined to each verb (by the verb's index), the first in the
    verb's sentence when there are more (reader_terms sets `particle_of`; ask after the pipeline ran)."""
    return once("particles", doc, _particles)


def _particles(doc: Doc) -> dict[int, int]:
    # spaCy keeps a token's extension values in doc.user_data under ("._.", name, token.idx, None):
    # reading the few set ones there spares reading the attribute of every token (~5 µs each)
    verb_at = {
        key[2]: verb for key, verb in doc.user_data.items()
        if isinstance(key, tuple) and key[:2] == ("._.", "particle_of") and verb is not None
    }
    found: dict[int, int] = {}
    if not verb_at:
        return found
    for sent in doc.sents:
        for token in sent:
            verb = verb_at.get(token.idx)
            if verb is not None and verb not in found and sent.start <= verb < sent.end:
                found[verb] = token.i
    return found


def bracket_openings(doc: Doc) -> list[int]:
    """Per token, where the innermost "(" around it opens, or -1: only a bracket its paragraph closes."""
    return once("brackets", doc, _bracket_openings)


def _bracket_openings(doc: Doc) -> list[int]:
    openings, opened = [-1] * len(doc), []  # `opened`: the open brackets of the paragraph
    for token in doc:
        if token.is_space and "\n" in token.text:
            opened = []  # a bracket the paragraph never closes holds nothing
        elif token.text == "(":
            opened.append(token.i)
        elif token.text == ")" and opened:
            start = opened.pop()
            for i in range(start + 1, token.i):
                if openings[i] < start:
                    openings[i] = start  # (an inner bracket's words keep theirs)
    return openings
