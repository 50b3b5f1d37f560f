"""Verb phrases found in the parse: a verb and the words of Ding's phrase that hang on it in its clause, in
any order and at any distance ("Das Gesetz tritt am 1. Mai in Kraft": treten with "in" and "Kraft" below
it; "Was die Werte angeht": angehen with "was"; "darauf warten" is "warten auf"). A phrase's noun must stand
in the case its preposition gives it, its reflexive as written, and a person's slot is no pronominal
adverb; a participle before its noun takes the words before it. Called by reader.nlp.phrases, which
keeps the fixed phrases.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from reader.lexicon import database, lookup
from reader.lexicon.phrases import INFINITIVE_ANCHORS
from reader.lexicon.ranking import gloss_core
from reader.nlp.clause_words import clause_words, pronominal_preposition
from reader.nlp.extensions import token_value
from reader.nlp.governed_prepositions import noted_prepositions
from reader.nlp.noun_lexicon import takes_preposition
from reader.nlp.lang.prepositions import ACCUSATIVE, CONTRACTIONS, DATIVE, TWO_WAY, governed_cases
from reader.nlp.participles import participle_of
from reader.nlp.phrase import Phrase
from reader.nlp.sense_conditions import construction, fits

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def verb_phrases(words: list[Token]) -> list[Phrase]:
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
    verb: the phrase's noun must still stand under its preposition; not one the noun takes itself."""
    present = clause_words(verb)
    doc = verb.doc
    objects = [child for child in verb.children if child.dep_ in _HOLDERS]
    # a noun joined to it ("Präsidenten- und Parlamentswahlen") or renaming it ("2,8 Millionen Euro")
    objects += [word for noun in objects for word in noun.children if word.dep_ in ("conj", "appos")]
    for _ in range(_ATTRIBUTE_DEPTH):  # (or on its genitive: "trat die Aufhebung aller Zölle in Kraft")
        attributes = []
        for child in objects:
            for noun in child.children:
                start, end = sorted((noun.i, verb.i))
                if noun.dep_ != "nmod" or any(token.text == "," for token in doc[start:end]):
                    continue
                attributes.append(noun)
                present.setdefault(noun.lower_, []).append(noun.i)
                # (not a preposition the noun itself takes before a phrase with its article: "herrschten
                # Differenzen über den Text" is no "herrschen über"; a fixed phrase's noun has none: "ziehen
                # einen Schritt in Erwägung")
                owned = any(word.dep_ == "det" for word in noun.children)
                for word in noun.children:
                    if word.dep_ == "case" and not (owned and takes_preposition(child.text, word.lower_)):
                        present.setdefault(word.lower_, []).append(word.i)
                        if word.lower_ in CONTRACTIONS:
                            present.setdefault(CONTRACTIONS[word.lower_][0], []).append(word.i)
        objects = attributes
    return present


_ATTRIBUTE_DEPTH = 2  # the object's attribute, and that attribute's


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


# A word's first senses are its common ones (hand-checked for frequent words).
COMMON_SENSES = 3


def _noted_german_prepositions(sense: str) -> set[str]:
    """The German prepositions a sense's notes name ("to be interested (sich: für: in)": für), not its
    bracketed English ("to be (located)")."""
    return {word for word in noted_prepositions(sense) if governed_cases(word)}


def _checked_first(verb: str, words: tuple[str, ...], glosses: tuple[str, ...]) -> tuple[str, ...]:
    """The verb's hand-checked sense for exactly this construction before Ding's phrase senses
    ("sich durchsetzen": to prevail (sich durchsetzen), where Ding's first is "to take hold"; "sich für jdn.
    interessieren": to be interested (sich: für: in), not "to have your eye on sb."); then
    the phrase senses that are also among the verb's own first senses ("sich versammeln": to
    assemble, to rally before Ding's first, "to mass")."""
    senses = lookup(verb, "VERB").gloss
    # (with the preposition its note names: "to be interested (sich: für: in)" for "sich für jdn. interessieren")
    checked = [
        sense for sense in senses
        if len(need := construction(sense, verb) | _noted_german_prepositions(sense)) == len(words)
        and fits(need, set(words))
    ]
    common = {gloss_core(sense) for sense in senses[:COMMON_SENSES]}
    shared = [gloss for gloss in glosses if gloss_core(gloss) in common]
    # each sense once, with or without its note ("to come into force (in Kraft treten)", "to come into force")
    first_by_core: dict[str, str] = {}
    for gloss in [*checked, *shared, *glosses]:
        first_by_core.setdefault(gloss_core(gloss), gloss)
    return tuple(first_by_core.values())
