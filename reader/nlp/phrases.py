"""Fixed phrases and verb + preposition pairs found in the parse: "es gibt", "in Kraft treten",
"was … angeht", "warten auf", "unter anderem", "um … zu".

The lexicon holds the patterns (reader/lexicon/phrases.py, built from Ding). A fixed phrase is its
words in a row. A verb phrase is a verb and words that hang on it in its clause, in any order and
at any distance: "Das Gesetz tritt am 1. Mai in Kraft" has treten with "in" and "Kraft" below it;
"Was die Werte angeht" has angehen with "was". A pronominal adverb stands for its preposition
("darauf warten" is "warten auf"). Of several matching patterns the one with the most words wins.
A word written with hyphens ("EU-Unternehmen") is a phrase of its parts (reader.nlp.hyphen_phrases).
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.lexicon import database, lookup
from reader.lexicon.database import LexiconMissingError, PhraseRow
from reader.lexicon.phrases import INFINITIVE_ANCHORS
from reader.lexicon.ranking import gloss_core
from reader.nlp import lemma_dictionary
from reader.nlp.clause_words import clause_words, pronominal_preposition
from reader.nlp.extensions import token_value
from reader.nlp.hyphen_phrases import hyphenated_words
from reader.nlp.phrase import Phrase
from reader.nlp.lang.articles import RELATIVE, determiner_readings
from reader.nlp.lang.english import superlative_of_gloss
from reader.nlp.lang.grammar import ADJECTIVE_ENDINGS, DEGREE_ADVERBS
from reader.nlp.lang.prepositions import ACCUSATIVE, CONTRACTIONS, DATIVE, TWO_WAY, governed_cases
from reader.nlp.participles import participle_of
from reader.nlp.sense_conditions import construction, fits

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def find_phrases(doc: Doc) -> dict[int, Phrase]:
    """The phrase of every token that belongs to one, keyed by the spaCy token index."""
    found: dict[int, Phrase] = {}
    try:
        for sent in doc.sents:
            words = [token for token in sent if not token.is_space and not token.is_punct]
            candidates = [*_verb_phrases(words), *_fixed(words), *_marks(words), *hyphenated_words(sent)]
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
        if _parted_by_punctuation(span):
            continue
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
    senses = lookup(lemma_dictionary.lemmatize(span[1].lower_), "ADJ").gloss[:_COMMON_SENSES]
    own = [superlative_of_gloss(gloss_core(sense)) for sense in senses]
    place = {gloss: i for i, gloss in reversed(list(enumerate(own))) if gloss}
    return tuple(sorted(glosses, key=lambda gloss: place.get(gloss, len(place))))


def _attribute_of_a_noun_after(span: list[Token]) -> bool:
    """"Microsoft und andere Großunternehmen", "alle anderen Parteien": a phrase that ends in an attributive
    word ("und andere": et al, "alle anderen": everybody else) is no phrase where that word describes a
    noun after it and the phrase's other words do not describe the word ("so genannte": so-called)."""
    *others, last = span
    return (
        last.tag_ in _ATTRIBUTIVE_TAGS and last.head.i > last.i and last.head.pos_ in ("NOUN", "PROPN")
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


def _literal_before_attribute(words: list[Token], end: int, row) -> bool:
    """"am Ende des Monats" is at the end of the month, not "in the end"; "am Rande des Gipfels" not
    "peripheral": before an attribute of its noun (a relative clause too), a phrase is meant literally,
    unless its senses are written for one ("im Rahmen (+ genitive)": within the framework of)."""
    first = words[end - len(row.words)]
    if row.term[:1].isupper() and (first.pos_ == "ADJ" or first.tag_ == "ADJA"):
        return False  # a name takes attributes as it is: "der Regierende Bürgermeister von Berlin"
    if words[end - 1].pos_ == "NOUN" and _relative_clause_after(words[end - 1]):
        return True  # "Im Haus, in dem Richard Wagner wohnte": the house, no "in-house"
    if end >= len(words) or words[end - 1].pos_ != "NOUN" or not _opens_attribute(words[end].lower_):
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


def _verb_phrases(words: list[Token]) -> list[Phrase]:
    phrases = []
    for verb in words:
        anchor = _verb_of(verb)
        rows = database.phrases(anchor, "verb") if anchor in database.phrase_anchors("verb") else ()
        if not rows:
            continue
        present = _clause_and_object_words(verb) if _heads_its_clause(verb) else _before_participle(verb)
        present = _without_clause_opener(verb, present)
        infinitives: set[str] = set()
        if anchor in INFINITIVE_ANCHORS:
            present = _with_infinitive_words(verb, present)
            infinitives = {child.lemma_.lower() for child in _bare_infinitives(verb)}
        # the most words; of as many, the one with fewer prepositions, which many phrases share
        # ("kämen … zustande": zustande kommen, not "kommen durch")
        there_is = anchor == "geben" and any(verb.doc[i].dep_ in ("nsubj", "expl") for i in present.get("es", ()))
        best = max(
            (row for row in rows if set(row.words) <= present.keys() and _case_agrees(row.term, present, verb.doc)
             and _nouns_under_prepositions(row.term, present, verb.doc) and _reflexive_as_written(row.term, present, verb.doc)
             and _person_not_a_pronominal_adverb(row.term, present, verb.doc)
             and ("es" in row.words or not there_is)  # "es gibt" with its object, not "jdm. den Einsatz geben"
             # "lässt das Wasser herschwappen": an infinitive of its own, no "Wasser lassen" (to urinate)
             and (not infinitives or bool(infinitives & set(row.words)))),
            key=lambda r: (len(r.words), -sum(word in _PREPOSITIONS for word in r.words)), default=None,
        )
        if best is not None:
            members = {verb.i, *(_one_occurrence(present[word], best.words, verb) for word in best.words)}
            # its separable particle, not a word the parser called one ("dreht sich die Erde selbst")
            members |= {child.i for child in verb.children if token_value(child, "particle_of") == verb.i}
            phrases.append(Phrase(best.term, _checked_first(anchor, best.words, best.glosses), tuple(sorted(members))))
    return phrases


def _without_clause_opener(verb: Token, present: dict[str, list[int]]) -> dict[str, list[int]]:
    """The clause's words but the "als" or "so" that opens it (its mark: "…, als sehende Menschen sich das
    vorstellen können", than; "…, so dass nichts zu sehen ist"), which belongs to no phrase of its verb
    ("sich jdn. als … vorstellen", "so gesehen")."""
    marks = {child.i for child in verb.children if child.dep_ == "mark" and child.lower_ in _CLAUSE_OPENERS}
    if not marks:
        return present
    kept = {word: [i for i in indices if i not in marks] for word, indices in present.items()}
    return {word: indices for word, indices in kept.items() if indices}


_CLAUSE_OPENERS = frozenset({"als", "so"})


def _heads_its_clause(verb: Token) -> bool:
    """A verb, or "sein" as a full verb with its words below it ("wird nicht von Dauer sein": to stand the
    test of time), neither an auxiliary nor a copula."""
    return verb.pos_ == "VERB" or (verb.pos_ == "AUX" and not verb.dep_.startswith(("aux", "cop")))


def _with_infinitive_words(verb: Token, present: dict[str, list[int]]) -> dict[str, list[int]]:
    """The clause's words and those of the bare infinitive *verb* takes ("lassen auf einen Anschlag
    schließen": auf hangs under schließen), which with it is one verb."""
    merged = {word: list(indices) for word, indices in present.items()}
    for child in _bare_infinitives(verb):
        for word, indices in clause_words(child).items():
            merged.setdefault(word, []).extend(indices)
    return merged


def _bare_infinitives(verb: Token) -> list[Token]:
    """The infinitives without "zu" that *verb* takes ("lassen … schließen"), also one the parser joined
    to it as a conjunct ("lässt das Wasser hin- und herschwappen": no finite verb has an infinitive
    for a conjunct)."""
    return [child for child in verb.children
            if (child.dep_ == "xcomp" or child.dep_ == "conj" and child.i > verb.i) and child.tag_ == "VVINF"
            and not any(c.tag_ == "PTKZU" for c in child.children)]


def _one_occurrence(indices: list[int], words: tuple[str, ...], verb: Token) -> int:
    """Of a phrase word the clause has twice, the one the phrase means: not under a preposition the
    phrase lacks, hung on the verb, nearest to it ("Die Entscheidung wurde … in einer knappen
    Entscheidung getroffen": the first is the decision taken, the second says how)."""
    doc = verb.doc

    def rank(i: int) -> tuple[bool, bool, int]:
        token = doc[i]
        stray = any(child.dep_ == "case" and child.lower_ not in words for child in token.children)
        return stray, token.head.i != verb.i, abs(i - verb.i)

    return min(indices, key=rank)


_PREPOSITIONS = DATIVE | ACCUSATIVE | TWO_WAY

# The case an article or contraction after a two-way preposition shows in a phrase as Ding writes
# it: "etw. in die Öffentlichkeit tragen" (accusative: to make public) is not "in der Öffentlichkeit
# tragen" (dative: to wear in public), "jdn. ins Amt einführen" not "im Amt eingeführt".
_ARTICLE_CASE = {"dem": "Dat", "der": "Dat", "einem": "Dat", "einer": "Dat", "ein": "Acc",
                 "das": "Acc", "die": "Acc", "einen": "Acc", "eine": "Acc"}


def _case_agrees(term: str, present: dict[str, list[int]], doc: Doc) -> bool:
    """No two-way preposition of the phrase stands in the text with the other case than in *term*."""
    words = term.lower().split()
    for word, following in zip(words, words[1:] + [""]):
        if word in CONTRACTIONS and CONTRACTIONS[word][0] in TWO_WAY:
            preposition, case = CONTRACTIONS[word][0], CONTRACTIONS[word][1]
        elif word in TWO_WAY and following in _ARTICLE_CASE:
            preposition, case = word, _ARTICLE_CASE[following]
        else:
            continue
        cases = {_case_of(doc[i]) for i in present.get(preposition, ())} - {None}
        if cases and case not in cases:
            return False
    return True


def _reflexive_as_written(term: str, present: dict[str, list[int]], doc: Doc) -> bool:
    """A phrase's "sich" is the verb's own in the text unless the phrase writes it after a preposition:
    "für sich selbst entscheiden" is no "sich entscheiden für" (to choose), "etw. für sich behalten" is
    written so."""
    words = term.lower().split()
    if "sich" not in words or any(a in _PREPOSITIONS and b == "sich" for a, b in zip(words, words[1:])):
        return True
    return any(not any(child.dep_ == "case" for child in doc[i].children) for i in present.get("sich", ()))


def _person_not_a_pronominal_adverb(term: str, present: dict[str, list[int]], doc: Doc) -> bool:
    """A phrase that writes only a person after its preposition ("es mit jdm. machen") is not found by a
    pronominal adverb, which stands for a thing: "Damit wollte man es wieder so machen" (so do it)."""
    words = term.split()
    for preposition, after in zip(words, words[1:]):
        if after in ("jdm.", "jdn.") and preposition in present:
            if all(pronominal_preposition(doc[i].text) for i in present[preposition]):
                return False
    return True


_BETWEEN = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "jds.", "seine", "seiner"}


def _nouns_under_prepositions(term: str, present: dict[str, list[int]], doc: Doc) -> bool:
    """Each noun the phrase writes after its preposition ("in Kraft treten") stands under that
    preposition in the text, not only beside it in the clause; one written with an owner ("in jds.
    Gewalt sein") has one ("in seiner Gewalt", "in der Gewalt der Rebellen"; not "in einer Zeit, in der
    Gewalt und Korruption … an der Tagesordnung sind"); one written bare is bare in the text: "im
    diplomatischen Dienst sein" is no "im Dienst sein" (to be on duty). A noun written with no preposition
    (an object) stands under none: "in abgewandelter Form hergestellt" is no "eine Form herstellen"."""
    words = term.split()
    for at, word in enumerate(words):
        preposition = word.lower()
        if word[:1].isupper() and preposition in present and not _after_preposition(words, at):
            nouns = [doc[n] for n in present[preposition]]
            if all(any(child.dep_ == "case" for child in noun.children) for noun in nouns):
                return False
            continue
        if preposition not in _PREPOSITIONS and preposition not in CONTRACTIONS:
            continue
        between = list(itertools.takewhile(lambda w: w in _BETWEEN, words[at + 1 :]))
        noun = words[at + 1 + len(between)] if at + 1 + len(between) < len(words) else ""
        if not noun[:1].isupper() or noun.lower() not in present:
            continue
        nouns = [doc[n] for n in present[noun.lower()]]
        if not any(doc[p].head.i == n.i for p in present.get(preposition, ()) for n in nouns):
            return False
        if "jds." in between and not any(_owned(n) for n in nouns):
            return False
        if any(child.dep_ == "amod" for n in nouns for child in n.children):
            return False
    return True


def _after_preposition(words: list[str], at: int) -> bool:
    """The term's word at *at* follows a preposition, past the articles and placeholders between."""
    before = list(itertools.dropwhile(lambda w: w in _BETWEEN, reversed(words[:at])))
    return bool(before) and (bool(governed_cases(before[0].lower())) or before[0].lower() in CONTRACTIONS)  # "wegen Mordes"


def _owned(noun: Token) -> bool:
    """*noun* has an owner: a possessive ("seiner") or a genitive attribute ("der Rebellen")."""
    return any(
        "Yes" in child.morph.get("Poss") or child.dep_ == "det:poss"
        or (child.dep_ == "nmod" and "Gen" in child.morph.get("Case"))
        for child in noun.children
    )


def _case_of(preposition: Token) -> str | None:
    """The case a preposition (or contraction) governs in the text: its own, or its noun's."""
    if preposition.lower_ in CONTRACTIONS:
        return CONTRACTIONS[preposition.lower_][1]
    cases = preposition.head.morph.get("Case") if preposition.dep_ == "case" else []
    return cases[0] if len(cases) == 1 and cases[0] in ("Acc", "Dat") else None


def _clause_and_object_words(verb: Token) -> dict[str, list[int]]:
    """The words hanging on *verb*, and a prepositional phrase the parser hung on its object instead
    ("demokratische Rechte außer Kraft zu setzen": außer Kraft under "Rechte"), or on a noun joined to
    it ("zieht … Präsidenten- und Parlamentswahlen in Betracht"), unless a comma parts it from the
    verb: the phrase's noun must still stand under its preposition."""
    present = clause_words(verb)
    doc = verb.doc
    objects = [child for child in verb.children if child.dep_ in _HOLDERS]
    # a noun joined to it ("Präsidenten- und Parlamentswahlen") or renaming it ("2,8 Millionen Euro")
    objects += [word for noun in objects for word in noun.children if word.dep_ in ("conj", "appos")]
    for child in objects:
        for noun in child.children:
            start, end = sorted((noun.i, verb.i))
            if noun.dep_ != "nmod" or any(token.text == "," for token in doc[start:end]):
                continue
            present.setdefault(noun.lower_, []).append(noun.i)
            for word in noun.children:
                if word.dep_ == "case":
                    present.setdefault(word.lower_, []).append(word.i)
                    if word.lower_ in CONTRACTIONS:
                        present.setdefault(CONTRACTIONS[word.lower_][0], []).append(word.i)
    return present


_HOLDERS = {"obj", "nsubj"}  # the nouns a verb's phrase is hung on in error: "… Euro zur Verfügung stünden"


def _verb_of(token: Token) -> str | None:
    """The infinitive of a verb, or of a participle made an adjective before its noun: "die in Kraft
    getretenen Fahrverbote" has "in Kraft treten" as much as "die Fahrverbote treten in Kraft"."""
    if _heads_its_clause(token):
        return token_value(token, "term") or token.lemma_
    if token.pos_ == "ADJ" and token.tag_ == "ADJA":
        participle = participle_of(token.text, token.lemma_.lower())
        return participle[0] if participle else None
    return None


_PARTICIPLE_REACH = 5  # words of a participle's own phrase before it: "die ab 1. Mai in Kraft getretenen …"


def _before_participle(participle: Token) -> dict[str, list[int]]:
    """The words between a participle before its noun and the article: its own phrase, which the
    parser hangs on the clause's verb ("die in Kraft getretenen Fahrverbote"); and the noun, the
    participle's object ("die abgegebenen Stimmen": eine Stimme abgeben, to cast a vote)."""
    doc, noun = participle.doc, participle.head
    present: dict[str, list[int]] = {word: [noun.i] for word in {noun.lower_, noun.lemma_.lower()}} if noun.pos_ == "NOUN" else {}
    start = max(noun.left_edge.i, participle.i - _PARTICIPLE_REACH)  # inside its noun phrase: not "Dazu … am kommenden"
    for token in reversed(doc[start : participle.i]):
        if token.is_punct or (token.head.i == noun.i and token.dep_ in ("det", "case")):
            break
        for word in (token.lower_, *([CONTRACTIONS[token.lower_][0]] if token.lower_ in CONTRACTIONS else [])):
            present.setdefault(word, []).append(token.i)
    return present


# A verb's first senses are its common ones (hand-checked for frequent verbs).
_COMMON_SENSES = 3


def _checked_first(verb: str, words: tuple[str, ...], glosses: tuple[str, ...]) -> tuple[str, ...]:
    """The verb's hand-checked sense for exactly this construction before Ding's phrase senses
    ("sich durchsetzen": to prevail (sich durchsetzen), where Ding's first is "to take hold"); then
    the phrase senses that are also among the verb's own first senses ("sich versammeln": to
    assemble, to rally before Ding's first, "to mass")."""
    senses = lookup(verb, "VERB").gloss
    checked = [
        sense for sense in senses
        if len(need := construction(sense, verb)) == len(words) and fits(need, set(words))
    ]
    common = {gloss_core(sense) for sense in senses[:_COMMON_SENSES]}
    shared = [gloss for gloss in glosses if gloss_core(gloss) in common]
    # each sense once, with or without its note ("to come into force (in Kraft treten)", "to come into force")
    first_by_core: dict[str, str] = {}
    for gloss in [*checked, *shared, *glosses]:
        first_by_core.setdefault(gloss_core(gloss), gloss)
    return tuple(first_by_core.values())
