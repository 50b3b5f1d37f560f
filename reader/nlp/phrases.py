"""Fixed phrases and verb + preposition pairs found in the parse: "es gibt", "in Kraft treten",
"was … angeht", "warten auf", "unter anderem", "um … zu".

The lexicon holds the patterns (reader/lexicon/phrases.py, built from Ding). A fixed phrase is its
words in a row. A verb phrase is a verb and words that hang on it in its clause, in any order and
at any distance: "Das Gesetz tritt am 1. Mai in Kraft" has treten with "in" and "Kraft" below it;
"Was die Werte angeht" has angehen with "was"; a pronominal adverb stands for its preposition
("darauf warten" is "warten auf"): reader.nlp.verb_phrases finds those. Of several matching patterns the
one with the most words wins.
A word written with hyphens ("EU-Unternehmen") is a phrase of its parts (reader.nlp.hyphen_phrases).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.lexicon import database, lookup
from reader.lexicon.database import LexiconMissingError, PhraseRow
from reader.lexicon.ranking import gloss_core
from reader.nlp import lemma_dictionary
from reader.nlp.hyphen_phrases import hyphenated_words
from reader.nlp.phrase import Phrase
from reader.nlp.preposition_uses import range_follows
from reader.nlp.lang.articles import RELATIVE, determiner_readings
from reader.nlp.lang.prepositions import governed_cases
from reader.nlp.lang.english import superlative_of_gloss
from reader.nlp.lang.grammar import ADJECTIVE_ENDINGS, DEGREE_ADVERBS
from reader.nlp.verb_phrases import COMMON_SENSES, verb_phrases

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def find_phrases(doc: Doc) -> dict[int, Phrase]:
    """The phrase of every token that belongs to one, keyed by the spaCy token index."""
    found: dict[int, Phrase] = {}
    try:
        for sent in doc.sents:
            words = [token for token in sent if not token.is_space and not token.is_punct]
            candidates = [*verb_phrases(words), *_fixed(words), *_marks(words), *hyphenated_words(sent)]
            # the longest first: "in Kraft treten" before "in Kraft"
            for phrase in sorted(candidates, key=lambda p: -len(p.tokens)):
                if not any(i in found for i in phrase.tokens):
                    found.update((i, phrase) for i in phrase.tokens)
    except LexiconMissingError:
        return {}
    return found


def _fixed(words: list[Token]) -> list[Phrase]:
    """The longest fixed phrase starting at each word (the first listed among equally long ones)."""
    phrases = []
    anchors = database.phrase_anchors("fixed")
    lowered = tuple(token.lower_ for token in words)  # read once: a common word anchors hundreds of rows
    for start, token in enumerate(words):
        word = lowered[start]
        indices = [_fixed_index(word)] if word in anchors else []
        if token.pos_ in _DECLINED and len(word) > _MIN_STEM:
            indices += [_fixed_index(anchor) for anchor in _anchors_by_stem().get(_stem(word), ()) if anchor != word]
        best = _longest_spelled(indices, words, lowered, start)
        if best is None or _literal_before_attribute(words, start + len(best.words), best):
            continue
        if _attribute_of_a_noun_after(words[start : start + len(best.words)]):
            continue
        if _conjugated_form(words[start : start + len(best.words)]) or _intensified(words[start : start + len(best.words)]):
            continue
        if _noun_for_a_small_word(words[start : start + len(best.words)], best.term):
            continue
        span = words[start : start + len(best.words)]
        if _comparison(span):
            continue  # "kleiner als der Bodensee": smaller than, not the maths' "less than"
        if _parted_by_punctuation(span) or start and range_follows(words[start - 1]):
            continue  # (nor "zum anderen" closing "von einem Land zum anderen": from one … to the other)
        if not _infinitive_with_object(span):
            phrases.append(Phrase(best.term, _superlatives_first(span, best.glosses), tuple(t.i for t in span)))
    return phrases


def _parted_by_punctuation(span: list[Token]) -> bool:
    """A comma or another mark between the words: "wissen nicht genau, wie …" is no "genau wie" (just like);
    a fixed phrase is written in one piece (quotation marks aside)."""
    doc = span[0].doc
    return any(token.text in _PARTING_MARKS for token in doc[span[0].i + 1 : span[-1].i])


_PARTING_MARKS = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "–", "—"})


def _noun_for_a_small_word(span: list[Token], term: str) -> bool:
    """"das nächste Mal wieder" is no "mal wieder" (once again): a word the phrase writes in small
    letters is another word where the text makes it a noun with its article ("seit Langem" is the
    reformed spelling of "seit langem")."""
    small = set(term.split())
    return any(
        token.text[:1].isupper() and token.lower_ in small and token.text not in small
        and any(child.dep_ == "det" for child in token.children)
        for token in span
    )


def _superlatives_first(span: list[Token], glosses: tuple[str, ...]) -> tuple[str, ...]:
    """"am wichtigsten": the superlatives of the adjective's own first senses before Ding's other renderings
    of the phrase ("most important", not "prime"; "am stärksten" strongest, not "most powerful")."""
    if len(span) != 2 or span[0].tag_ != "PTKA" or span[0].lower_ != "am":
        return glosses
    senses = lookup(lemma_dictionary.lemmatize(span[1].lower_), "ADJ").gloss[:COMMON_SENSES]
    own = [superlative_of_gloss(gloss_core(sense)) for sense in senses]
    place = {gloss: i for i, gloss in reversed(list(enumerate(own))) if gloss}
    return tuple(sorted(glosses, key=lambda gloss: place.get(gloss, len(place))))


def _attribute_of_a_noun_after(span: list[Token]) -> bool:
    """"Microsoft und andere Großunternehmen", "alle anderen Parteien": a phrase that ends in an attributive
    word ("und andere": et al, "alle anderen": everybody else) is no phrase where that word describes a
    noun after it and the phrase's other words do not describe the word ("so genannte": so-called)."""
    *others, last = span
    return (
        last.tag_ in _ATTRIBUTIVE_TAGS and last.pos_ != "NOUN" and last.head.i > last.i and last.head.pos_ in ("NOUN", "PROPN")
        and any(word.head.i != last.i for word in others)
    )


_ATTRIBUTIVE_TAGS = {"ADJA", "PIAT", "PIDAT"}


def _intensified(span: list[Token]) -> bool:
    """"sehr schnell", "äußerst empfindlich", "ziemlich sicher": a degree adverb before adjectives or
    adverbs says "very", "extremely", "fairly" and the words keep their own senses; Ding's one-word
    renderings ("like a house on fire", "allergic", "odds-on") would mislead."""
    return span[0].lower_ in DEGREE_ADVERBS and all(token.pos_ in ("ADJ", "ADV") for token in span[1:])


def _conjugated_form(span: list[Token]) -> bool:
    """"er/sie/es sollte :: he/she/it should": Ding lists a modal's or auxiliary's forms with their
    pronoun; a pronoun and an auxiliary alone are a form of the verb, no phrase ("Es sollte der Auftakt
    … werden")."""
    return len(span) == 2 and {token.pos_ for token in span} == {"PRON", "AUX"}


@dataclass(frozen=True, slots=True)
class _FixedIndex:
    """The fixed phrases of one anchor word, indexed so that a word's hundreds of phrases ("in …")
    need a dictionary look-up per length, not a comparison each."""

    lengths: tuple[int, ...]  # the phrases' lengths, longest first
    exact: dict[tuple[str, ...], tuple[int, PhraseRow]]  # lower-case words -> (place in the list, row)
    declinable: tuple[tuple[int, PhraseRow], ...]  # names an adjective of which the text may decline


def closes_fixed_phrase(token: Token, shortest: int = 3) -> bool:
    """*token* is the last word of a fixed phrase of `shortest` words or more spelled right before it ("und
    so weiter": no verb's particle). (Two-word ones would take "immer weiter" from "läuft immer weiter",
    where the clause ends.)"""
    return any(_spells_a_fixed_phrase(words) for words in _word_runs(token, shortest, closing=True))


def opens_fixed_phrase(token: Token, shortest: int = 3) -> bool:
    """*token* is the first word of a fixed phrase of `shortest` words or more ("bewegt sich hin und her":
    back and forth, no "hinbewegen")."""
    return any(_spells_a_fixed_phrase(words) for words in _word_runs(token, shortest, closing=False))


def _word_runs(token: Token, shortest: int, closing: bool) -> Iterator[tuple[str, ...]]:
    """The lower-case words of the runs of `shortest` to _MOST_CLOSED words that end (or start) at *token*."""
    doc = token.doc
    for length in range(shortest, _MOST_CLOSED + 1):
        start, end = (token.i - length + 1, token.i + 1) if closing else (token.i, token.i + length)
        if start < 0 or end > len(doc):
            break
        yield tuple(t.lower_ for t in doc[start:end])


_MOST_CLOSED = 4


def opens_a_compound_preposition(token: Token) -> bool:
    """*token* and the preposition right after it spell a fixed phrase that is a preposition of its own
    ("zusammen mit": together with): the phrase after them is its, no verb's particle is *token*."""
    doc = token.doc
    if token.i + 1 >= len(doc) or not governed_cases(doc[token.i + 1].lower_):
        return False
    return _spells_a_fixed_phrase((token.lower_, doc[token.i + 1].lower_))


def _spells_a_fixed_phrase(words: tuple[str, ...]) -> bool:
    return words[0] in database.phrase_anchors("fixed") and words in _fixed_index(words[0]).exact


@database.lexicon_cache(maxsize=16384)
def _fixed_index(anchor: str) -> _FixedIndex:
    rows = database.phrases(anchor, "fixed")
    exact: dict[tuple[str, ...], tuple[int, PhraseRow]] = {}
    for place, row in enumerate(rows):
        exact.setdefault(row.words, (place, row))
    declinable = tuple((place, row) for place, row in enumerate(rows) if len(row.words) >= 2 and row.term[:1].isupper())
    return _FixedIndex(tuple(sorted({len(row.words) for row in rows}, reverse=True)), exact, declinable)


def _longest_spelled(indices: list[_FixedIndex], words: list[Token], lowered: tuple[str, ...], start: int):
    """Of the phrases in `indices` (in their order) that the words from `start` on spell, the
    longest; the first listed among equally long ones."""
    best, best_key = None, None
    for number, index in enumerate(indices):
        found = [index.exact[key] for key in (lowered[start : start + length] for length in index.lengths) if key in index.exact]
        found += [
            (place, row) for place, row in index.declinable
            if _spells(words[start : start + len(row.words)], lowered[start : start + len(row.words)], row)
        ]
        for place, row in found:
            key = (-len(row.words), number, place)
            if best_key is None or key < best_key:
                best, best_key = row, key
    return best


_OF = {"von", "vom"}


def _name_goes_on(words: list[Token], end: int, row) -> bool:
    """A name (a phrase glossed by one) before "für" and a bare noun goes on as a longer name: "Europäischer
    Gerichtshof für Menschenrechte"; not before a phrase with its article ("verlangte der Oberste Gerichtshof
    … für den Nahen Osten")."""
    if end + 1 >= len(words) or words[end].lower_ != "für" or not (row.glosses and row.glosses[0][:1].isupper()):
        return False
    return words[end + 1].pos_ in ("NOUN", "PROPN")


def _comparison(span: list[Token]) -> bool:
    """A comparative and "als" ("kleiner als", "größer als"): its words say it (smaller than), where Ding's
    phrase gives a reading of one use (less than, greater than in maths)."""
    return len(span) == 2 and span[1].lower_ == "als" and "Cmp" in span[0].morph.get("Degree")


def _literal_before_attribute(words: list[Token], end: int, row) -> bool:
    """"am Ende des Monats" is at the end of the month, not "in the end"; "am Rande des Gipfels" not
    "peripheral": before an attribute of its noun (a relative clause too), a phrase is meant literally,
    unless its senses are written for one ("im Rahmen (+ genitive)": within the framework of). A name before
    "für" and a bare noun is the start of a longer one ("Europäischer Gerichtshof für Menschenrechte")."""
    first = words[end - len(row.words)]
    if _name_goes_on(words, end, row):
        return True  # a longer name: "Europäischer Gerichtshof für Menschenrechte" is no Court of Justice
    if row.term[:1].isupper() and (first.pos_ == "ADJ" or first.tag_ == "ADJA"):
        return False  # a name takes attributes as it is: "der Regierende Bürgermeister von Berlin"
    if words[end - 1].pos_ == "NOUN" and _relative_clause_after(words[end - 1]):
        return True  # "Im Haus, in dem Richard Wagner wohnte": the house, no "in-house"
    if end >= len(words) or words[end - 1].pos_ != "NOUN" or not _opens_attribute(words[end].lower_):
        return False
    # (only where the attribute hangs on the phrase's noun: "zum Beispiel jener der Hauptstadt" opens
    # another phrase)
    attribute = words[end] if words[end].pos_ in ("NOUN", "PROPN") else words[end].head
    if attribute.head.i != words[end - 1].i:
        return False
    return "genitive" not in row.term and not any(gloss.endswith(" of") for gloss in row.glosses)


_OBJECTS = {"obj", "iobj", "obl", "ccomp"}


def _relative_clause_after(noun: Token) -> bool:
    """A relative clause follows the noun: a comma, perhaps a preposition, a relative pronoun's form, and a
    clause its finite verb ends ("Im Haus, in dem Richard Wagner wohnte, …", whatever the tagger calls "dem")."""
    doc = noun.doc
    following = doc[noun.i + 1 : noun.i + 4]
    if len(following) < 2 or following[0].text != ",":
        return False
    pronoun = following[2] if following[1].pos_ == "ADP" and len(following) > 2 else following[1]
    if pronoun.lower_ not in RELATIVE:
        return False
    end = next((t.i for t in doc[pronoun.i + 1 : pronoun.sent.end] if t.is_punct), pronoun.sent.end)
    return end - 1 > pronoun.i and "Fin" in doc[end - 1].morph.get("VerbForm")


def _infinitive_with_object(phrase: list[Token]) -> bool:
    """"zu verkaufen" is "for sale" as a predicate ("Das Haus ist zu verkaufen"); a zu-infinitive
    with an object of its own ("Grönland zu verkaufen") is the verb itself."""
    return any(
        index and phrase[index - 1].tag_ == "PTKZU" and token.pos_ == "VERB"  # the tagger may say VVFIN
        and any(child.dep_ in _OBJECTS for child in token.children)
        for index, token in enumerate(phrase)
    )


def _opens_attribute(word: str) -> bool:
    """"von", or a determiner that can be genitive ("des", "einer", "seiner", "dieses"): an attribute
    of the noun before it follows ("am Ende seiner Amtszeit")."""
    readings = determiner_readings(word)
    return word in _OF or (readings is not None and any(case == "Gen" for case, _gender, _number in readings[1]))


# Dictionaries list a name made of an adjective and a noun in one form ("Naher Osten", "Rotes
# Kreuz"); the text declines it: "im Nahen Osten", "vom Roten Kreuz".
_DECLINED = {"ADJ", "PROPN", "NOUN"}  # the tagger may call a capitalised adjective a name or a noun
_NOUN_ENDINGS = ("s", "es", "n", "en", "e")
_MIN_STEM = 3


@functools.lru_cache(maxsize=16384)  # asked for every declinable word and phrase compared
def _stem(adjective: str) -> str:
    ending = next((e for e in ADJECTIVE_ENDINGS if adjective.endswith(e)), "")
    return adjective[: len(adjective) - len(ending)]


@functools.cache
def _anchors_by_stem() -> dict[str, tuple[str, ...]]:
    """The first words of fixed phrases that look like declined adjectives, by their stem."""
    by_stem: dict[str, list[str]] = {}
    for anchor in database.phrase_anchors("fixed"):
        if anchor.endswith(ADJECTIVE_ENDINGS) and len(anchor) > _MIN_STEM + 1:
            by_stem.setdefault(_stem(anchor), []).append(anchor)
    return {stem: tuple(anchors) for stem, anchors in by_stem.items()}


def _spells(span: list[Token], lowered: tuple[str, ...], row) -> bool:
    """The tokens (`lowered`: their lower-case forms) are the phrase's words, or, for a name written
    with a capital adjective ("Naher Osten", not "großer Erfolg": wow), its adjectives and noun
    declined ("im Nahen Osten")."""
    words = row.words
    if len(span) != len(words):
        return False
    if lowered == words:
        return True
    *adjectives, noun = span
    return (
        len(span) >= 2 and row.term[:1].isupper() and noun.pos_ in ("NOUN", "PROPN")
        and all(t.text[:1].isupper() for t in adjectives)
        and noun.lower_ in {words[-1], *(words[-1] + e for e in _NOUN_ENDINGS)}
        and all(t.pos_ in _DECLINED and _stem(t.lower_) == _stem(w) for t, w in zip(adjectives, words))
    )


def _marks(words: list[Token]) -> list[Phrase]:
    """"um … zu": two words that both mark the same verb, the second after the first."""
    phrases = []
    anchors = database.phrase_anchors("marks")
    for first in words:
        if first.lower_ not in anchors:
            continue
        for row in database.phrases(first.lower_, "marks"):
            second = next(
                (t for t in words if t.i > first.i and t.text.lower() == row.words[-1] and t.head == first.head
                 and (t.lower_ != "zu" or t.tag_ == "PTKZU")),  # "zu" of the infinitive, not the preposition
                None,
            )
            if second is not None:
                phrases.append(Phrase(row.term, row.glosses, (first.i, second.i)))
    return phrases


