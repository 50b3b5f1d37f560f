"""An article's analysis as plain dataclasses: what the reading screen and `reader analyze` show.

The analysis is computed once per article and cached in the database as the
JSON of `Analysis.to_dict()` (the `reader analyze --json` contract), keyed by
`engine_version()` so a new pipeline or new rules re-analyse old articles.
"""

from __future__ import annotations

import functools
from bisect import bisect_right
from dataclasses import asdict, dataclass, field

from reader.frequency import frequency
from reader.lexicon.context import in_context
from reader.lexicon import (
    Entry,
    form_entry,
    function_entry,
    is_name,
    lookup,
    noun_gender,
    plural_glosses,
    proper_noun,
    short_gloss,
)
from reader.nlp.lang.verbs import WITHOUT_UMLAUT
from reader.nlp.names import name_by_form, name_indices
from reader.nlp.phrases import Phrase, find_phrases

# Senses kept per token: the panel shows the first few; the full entry is looked up on demand.
_GLOSSES = 5
_NOUNS = {"NOUN", "PROPN"}
_CONTENT = {"NOUN", "PROPN", "VERB", "ADJ", "ADV"}  # the words that tell a sentence's topic

@dataclass(frozen=True)
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
    # the fixed phrase or verb + preposition pair this token belongs to: {"term", "gloss", "tokens"}
    phrase: dict | None = None


@dataclass(frozen=True)
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
        return asdict(self)

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
    from reader.nlp.hints import doc_hints

    doc = nlp(text)
    hints = doc_hints(doc)
    names = name_indices(doc)
    phrases = find_phrases(doc)
    tokens_by_sentence: list[list] = []
    for sent in doc.sents:
        spacy_tokens = [token for token in sent if not token.is_space]
        if spacy_tokens:
            tokens_by_sentence.append(spacy_tokens)
    flat = [token for sent in tokens_by_sentence for token in sent]
    next_start = {token.i: following.idx for token, following in zip(flat, flat[1:])}
    index = {token.i: number for number, token in enumerate(flat)}

    sentences = []
    for spacy_tokens in tokens_by_sentence:
        context = frozenset(
            word for token in spacy_tokens if token.pos_ in _CONTENT for word in (token.lower_, token.lemma_.lower())
        )
        tokens = [
            _token(
                token, index[token.i], index, text, next_start.get(token.i, len(text)),
                hints.get(token.i, []), token.i in names, phrases.get(token.i), context,
            )
            for token in spacy_tokens
        ]
        start, end = tokens[0].start, tokens[-1].end
        sentences.append(Sentence(text=text[start:end], start=start, end=end, tokens=tokens))
    words = sum(token.is_word for sentence in sentences for token in sentence.tokens)
    return Analysis(title=title, words=words, sentences=sentences)


def _token(
    token, number: int, index: dict[int, int], text: str, next_start: int, hints: list[str] | None = None,
    name: bool = False, phrase: Phrase | None = None, context: frozenset[str] = frozenset(),
) -> Token:
    """One token; `name` marks a name the tagger called a common word (see reader.nlp.names):
    shown as PROPN and never learnable, so it never counts as an unknown word. A word the tagger
    called PROPN that the lexicon knows as a common noun ("Sonntag", "Buchmesse") is a noun."""
    end = token.idx + len(token.text)
    term = token._.term or token.lemma_
    if token.pos_ == "NOUN" and _keeps_final_e(token, term):
        term = token.text
    is_word = any(char.isalpha() for char in token.text)
    learnable = token._.learnable and not name
    pos = "PROPN" if name else token.pos_
    entry = None
    if is_word and pos == "NOUN" and is_name(term):
        pos = "PROPN"  # a word Wiktionary knows only as a name: "Oliver" at the start of a sentence
    if is_word and pos == "PROPN":
        entry, common = proper_noun(term)
        learnable = learnable and common
        if name and token.text.islower():
            entry = None  # "di" in "Elio di Rupo" is no "Tuesday"
        elif common and (name or token.dep_.startswith("flat") or name_by_form(token.text)):
            entry = None  # a common word used as a name here: "Jörg Sonntag", the app "SnapTalk"
        elif common:
            pos, learnable = "NOUN", True
    elif is_word and term != token.lemma_:
        entry = _entry(term, pos)  # part of a separable verb: "ein" in "räumte … ein" is "einräumen"
    elif is_word:
        uses = _uses(token)
        entry = function_entry(token.text, pos, uses) or function_entry(term, pos, uses) or _modifier_entry(token, pos)
        if entry is None:  # the dictionary's senses, the one the sentence points to first
            entry = in_context(_plural_entry(token, term, pos), context - {token.lower_, token.lemma_.lower()})
    return Token(
        i=number,
        text=token.text,
        start=token.idx,
        end=end,
        whitespace=text[end:next_start],
        lemma=token.lemma_,
        pos=pos,
        morph=str(token.morph),
        term=term,
        is_word=is_word,
        learnable=learnable,
        gloss=list(entry.gloss[:_GLOSSES]) if entry else [],
        gender=entry.gender if entry and pos in _NOUNS else None,
        plural=entry.plural if entry and pos in _NOUNS else None,
        zipf=frequency(term).zipf if learnable else None,
        dep=token.dep_,
        head=index.get(token.head.i, number),
        hints=hints or [],
        phrase={
            "term": phrase.term, "gloss": list(phrase.gloss), "tokens": [index[i] for i in phrase.tokens if i in index]
        } if phrase else None,
    )


def _uses(token) -> tuple[str, ...]:
    """How a function word is used here, for its hand-checked gloss: its mood ("würde": Sub), an
    auxiliary's verb ("wurde beschlossen": passive, "wird kommen": future, "wurde bekannt": copula),
    "um" opening a zu-infinitive (mark)."""
    uses = [*token.morph.get("Mood"), token.dep_]
    if (token.pos_ == "DET" and "Yes" in token.morph.get("Poss")) or token.lower_ == "sich":
        uses += _subject_number(token)
    if token.pos_ == "AUX":
        # its verb: the head, or a child where the parser made the auxiliary the head ("… unterstützt wurde")
        verbs = [token.head] if token.head.i != token.i else []
        verbs += [child for child in token.children if child.pos_ in ("VERB", "AUX", "ADJ", "NOUN")]
        # the STTS tag too: the morphologizer may call a participle finite ("unterstützt": VVPP, Fin)
        forms = {form for verb in verbs for form in verb.morph.get("VerbForm")}
        forms |= {"Part" for verb in verbs if verb.tag_.endswith("PP")}
        passive = "Part" in forms or "Pass" in token.morph.get("Voice")  # the tagger may call "angefahren" VVIZU
        uses.append("passive" if passive else "future" if "Inf" in forms else
                    "copula" if any(verb.pos_ in ("ADJ", "NOUN") for verb in verbs) else "")
    return tuple(uses)


def _subject_number(token) -> list[str]:
    """The number (and, for a pronoun, the pronoun) of the subject of the clause a possessive or
    "sich" stands in: "ihr" is "their" when it points back to a plural subject, as it mostly does
    ("Die Parteien stellten ihr Programm vor"); "sich" after "er" is "himself"."""
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subject = next((child for child in verb.children if child.dep_.startswith("nsubj")), None)
    if subject is None:
        return []
    number = list(subject.morph.get("Number"))
    # a pronoun subject says whose self "sich" is: er -> himself, sie (one person) -> herself
    person = [subject.lower_] if subject.pos_ == "PRON" and (subject.lower_ != "sie" or number == ["Sing"]) else []
    return person + number


# Determiners and contractions that only go with a masculine or neuter singular noun ("im Falle").
_MASCULINE_NEUTER_SINGULAR = {"dem", "des", "einem", "eines", "im", "am", "zum", "vom", "beim"}


def _keeps_final_e(token, term: str) -> bool:
    """A feminine noun in -e is its own lemma: "die Halle" is a hall, not the plural of "der Hall"
    (reverb), "eine Falle" a trap, not a case; "im Falle" is still "Fall"."""
    word = token.text
    if term == word or not word.endswith("e") or term != word[:-1] or noun_gender(word) != "f":
        return False
    return not any(child.text.lower() in _MASCULINE_NEUTER_SINGULAR for child in token.children)


def _plural_entry(token, term: str, pos: str) -> Entry:
    """A plural noun with the glosses its plural has in the dictionary ("Menschen": people), the
    lemma's gender and plural otherwise."""
    entry = _entry(term, pos)
    if pos == "NOUN" and token.text != term and "Plur" in token.morph.get("Number"):
        own = plural_glosses(token.text)
        if own:
            return Entry(entry.term, own, short_gloss(own), entry.gender, entry.plural, entry.pos,
                         entry.composed, entry.parts, entry.query, entry.source)
    return entry


def _modifier_entry(token, pos: str) -> Entry | None:
    """An adjective or adverb glossed by its own form where the dictionary lists it: a participle
    or adjective used as an adverb ("wiederholt": repeatedly, "völlig unklar": completely), an
    adjective whose forms come from another stem ("nächsten": next, not "close" like its lemma nah).
    A regular comparison form keeps its lemma's gloss ("größten": large, not Ding's "größte: major")."""
    if pos in ("ADJ", "VERB") and token.dep_ == "advmod":
        return form_entry(token.text, "ADV")
    if pos == "ADV":
        return form_entry(token.text, pos)
    if pos == "ADJ" and _plain(token.text)[:3] != _plain(token.lemma_)[:3]:
        return form_entry(token.text, pos)
    return None


def _plain(word: str) -> str:
    return word.lower().translate(WITHOUT_UMLAUT)


@functools.lru_cache(maxsize=16384)
def _entry(term: str, pos: str) -> Entry:
    return lookup(term, pos)


def _pipeline():
    from reader.nlp.pipeline import load_pipeline

    return load_pipeline()
