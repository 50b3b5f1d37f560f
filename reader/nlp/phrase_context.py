"""What the words around a noun phrase say about its case: a genitive attribute right after a noun, a
phrase opening a sentence or following a verb, a weekday before it, a noun of time used as an adverb.

Evidence for `morphology`, which weighs it with the forms of the phrase itself.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Token

from reader.nlp.case_evidence import Phrase
from reader.nlp import doc_facts
from reader.nlp.doc_facts import sentence_start
from reader.nlp.lang.grammar import ADJECTIVE_ENDINGS, SUBORDINATORS
from reader.nlp.lang.prepositions import governed_cases
from reader.nlp.lang.sentences import MONTHS, TIME_ADJECTIVES, TIME_NOUNS, WEEKDAYS
from reader.nlp.lang.valency import object_case
from reader.nlp.verb_forms import takes_sein
from reader.nlp.noun_phrases import genitive_name, lemma_of, phrase_of, preposition_of

_TIMES = MONTHS | WEEKDAYS | TIME_NOUNS
TIME_FOLLOWERS = frozenset("später früher zuvor danach darauf vorher lang lange nach bevor nachdem her zurück".split())
TIME_BEFORE = frozenset("heute gestern morgen vorgestern übermorgen".split())


def genitive_attribute(phrase: Phrase) -> bool:
    """"die Vereinigung der Schulleiter": a phrase with a genitive-capable article right after a noun."""
    head = phrase.head
    determiner = next((m for m in phrase.members if m.pos_ in ("DET", "PRON")), None)
    if determiner is None or determiner.lower_ not in ("des", "der", "eines", "einer", "dieses", "dieser", "seines", "ihres", "ihrer", "seiner"):
        return False
    first = min([determiner, *phrase.members], key=lambda t: t.i)
    if first.i == 0 or (determiner.is_title and not determiner.is_sent_start):
        return False  # (a capital article opens a title: "im Magazin Der Spiegel")
    before = head.doc[first.i - 1]
    if before.pos_ == "NOUN" and preposition_of(before) is not None and not phrase_of(before).members:
        return True  # "in Folge einer Mitteilung", "unter Leitung der Polizei", wherever the parser hung it
    if before.pos_ not in ("NOUN", "PROPN"):
        return False
    # "hat weitere Attentate dieser Art angekündigt", parsed as two objects of the verb: one verb takes one
    # accusative object, and the phrase right after a noun with a genitive article is its attribute
    second_object = head.dep_ == "obj" and before.dep_ == "obj" and head.head.i == before.head.i
    # "erhielt Geld einer pro-aserbaidschanischen Lobbygruppe": an "obl" with no preposition is no adverbial
    bare_oblique = head.dep_ == "obl" and preposition_of(head) is None and before.dep_ in ("obj", "nsubj", "nsubj:pass")
    return (head.dep_ in ("nmod", "nmod:poss") and head.head.i == before.i) or second_object or bare_oblique


def after_weekday(head: Token) -> bool:
    """"sagte er am Montag der Nachrichtenagentur": a weekday takes no genitive but of a time ("am Montag
    der vergangenen Woche"), so a phrase hung on it is the verb's (the dative of "sagen")."""
    parent = head.head
    return parent.i < head.i and lemma_of(parent) in WEEKDAYS and lemma_of(head) not in TIME_NOUNS and head.dep_ == "nmod"


def opens_sentence_or_follows_verb(phrase: Phrase) -> bool:
    """A phrase at the start of its sentence, right after a verb or after the conjunction opening a clause
    ("bevor der Sänger starb"): a genitive attribute would follow a noun, so "der" here is the dative of a
    feminine noun (or a nominative)."""
    if genitive_name(phrase.head):
        return False  # "Salvinis Verhalten", "dass Geronimos Grab …": the name's -s shows the genitive
    first = phrase.head.doc[phrase.start]
    if first.i == sentence_start(first):
        return True
    before = first.doc[first.i - 1]
    if opens_clause(before):
        return True
    return before.pos_ in ("VERB", "AUX") and not genitive_name(phrase.head)


# Conjunctions that open a clause and are never prepositions or comparisons ("bevor", "weil", "dass").
CLAUSE_OPENERS = frozenset(
    w for w in SUBORDINATORS if " " not in w and not governed_cases(w) and w not in "als wie wer was wo wann warum weshalb da".split()
)


def opens_clause(word: Token) -> bool:
    return word.tag_ == "KOUS" or word.lower_ in CLAUSE_OPENERS


def placed_in_time(head: Token) -> bool:
    """"Vergangenen Freitag fand … statt", "nächste Woche": a noun of time with an adjective that places
    it relative to now, and with neither preposition nor article; "das nächste Mal" with its article too,
    unless it is the subject of a predicate ("Das letzte Mal war anders")."""
    # (in "-er" or "-em" the adjective is no accusative: "ab Mitte nächster Woche" is a genitive)
    if not any(c.dep_ == "amod" and _places_in_time(c) and not c.lower_.endswith(("er", "em")) for c in head.children):
        return False
    if lemma_of(head) == "Mal" and not any(c.dep_ == "case" for c in head.children):
        return not (head.dep_ == "nsubj" and any(c.dep_ == "cop" for c in head.head.children))
    return not any(c.dep_ in ("case", "det") for c in head.children)


def _places_in_time(adjective: Token) -> bool:
    """"vergangenen", "nächste", "Letztes": by its lemma, or by its form without the ending where the
    lemmatiser gives another ("nah" for "nächste", "letzter")."""
    form = adjective.lower_
    stems = {adjective.lemma_.lower(), *(form[: -len(ending)] for ending in ADJECTIVE_ENDINGS if form.endswith(ending))}
    return not stems.isdisjoint(TIME_ADJECTIVES)


def _only_subject_of_intransitive(head: Token) -> bool:
    """`head` is the parser's object of a verb that takes no accusative (a sein-Perfekt) and has no
    subject: then it is the subject ("Es vergingen drei Jahre")."""
    from reader.nlp.clause_kinds import takes_no_accusative, verb_lemma  # (clause_kinds reads phrases built here)

    verb = head.head
    intransitive = takes_no_accusative(verb) or takes_sein(verb_lemma(verb)) == "s"  # (in any tense: "vergingen")
    return head.dep_ == "obj" and verb.pos_ in ("VERB", "AUX") and intransitive and not any(
        c.dep_.startswith("nsubj") or c.dep_ == "cop" for owner in (verb, head) for c in owner.children
    )  # (a subject the parser hung on the noun itself, with sein as its copula, is the clause's)


_PARTS_OF_A_TIME = ("Ende", "Anfang", "Mitte")


def dated(head: Token, beside: Token) -> bool:
    """A month or a noun of time with its year or day, beside a noun that is no time: "Einwohner (Mai
    2020)", "Ende 2018"; it says when, and renames nothing (as "Am Montag (9. September)" renames the day)."""
    doc = head.doc
    following = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if lemma_of(beside) in _TIMES:
        return False
    return lemma_of(head) in _TIMES and (
        any(child.like_num for child in head.children) or (following is not None and following.like_num)
    )


def time_adverbial(head: Token) -> bool:
    """A bare noun of time used as an adverbial: "wenige Stunden später", "heute Nacht", "Ende des Jahres"."""
    lemma = lemma_of(head)
    doc = head.doc
    bare = not any(c.dep_ in ("det", "case") for c in head.children)
    if lemma in MONTHS and head.i > 0 and lemma_of(doc[head.i - 1]) in _PARTS_OF_A_TIME and doc[head.i - 1].head.i == head.i:
        return bare  # "Mitte Dezember", "Anfang Januar"
    if lemma in MONTHS and head.i + 1 < len(doc) and doc[head.i + 1].like_num and head.dep_ not in ("appos", "conj"):
        return bare  # "Juli 2017" without "im"
    if lemma in TIME_NOUNS | WEEKDAYS | MONTHS and placed_in_time(head):
        return True
    if lemma not in TIME_NOUNS or head.dep_ in ("appos", "conj"):
        return False
    after = doc[head.i + 1] if head.i + 1 < len(doc) else None
    before = doc[head.left_edge.i - 1] if head.left_edge.i > 0 else None
    if after is not None and after.lower_ in TIME_FOLLOWERS:
        return True
    if (before is not None and before.lower_ in TIME_BEFORE) or head.left_edge.lower_ in TIME_BEFORE:
        return True
    if lemma in _PARTS_OF_A_TIME:
        return bare and after is not None and (
            after.like_num or after.lower_ in ("des", "der") or after.pos_ == "PROPN" or lemma_of(after) in MONTHS
        )
    if _only_subject_of_intransitive(head):
        return False  # "Seitdem sind fast 16 Jahre vergangen": the years pass, they are the subject
    return head.dep_ in ("obl", "obl:tmod", "nmod:tmod", "advmod", "obj") and head.head.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("det", "amod", "nummod") for c in head.children
    )


def fragment_before_colon(head: Token) -> bool:
    """"Nicht so Bundeskanzler Gerhard Schröder (SPD): Er strebt …": a phrase between its sentence's
    start and a colon with no verb names something; it is no member of the clause after the colon."""
    doc = head.doc
    colons = doc_facts.once("colons", doc, lambda doc: tuple(t.i for t in doc if t.is_punct and t.text.endswith(":")))
    after = bisect_right(colons, head.i)  # (the colons in order: the first after the phrase)
    colon = colons[after] if after < len(colons) else None  # ("):" is one token)
    start = sentence_start(head)
    if colon is None or sentence_start(doc[colon]) != start:
        return False
    # a colon inside brackets ends no phrase: "Die Froschlurche (Anura; auch: Salientia) sind …"; nor one
    # of a rendering inside the sentence: "Die Havel, sprich: Hafel, ist ein Fluss"
    opened = sum(t.text.count("(") - t.text.count(")") for t in doc[start : colon + 1])
    return opened <= 0 and not doc_facts.rendering_colon(doc, colon) and not any(t.pos_ in ("VERB", "AUX") for t in doc[start:colon])


_NOUNS_LOOKED_BACK = 6  # words before the preposition: "Anschläge mit selbstgebauten Bomben auf …"


def governing_noun_before(preposition: Token, word: str) -> Token | None:
    """A noun shortly before a two-way *preposition* (spelt *word*) that fixes its case, where the parser
    hung the phrase on a noun after that one: "Anschläge mit selbstgebauten Bomben auf Armeekonvois"
    (Anschlag auf + accusative). Punctuation and verbs end the search: a noun beyond them is another
    phrase's."""
    doc = preposition.doc
    for token in reversed(doc[max(preposition.i - _NOUNS_LOOKED_BACK, 0) : preposition.i]):
        if token.is_punct or token.pos_ in ("VERB", "AUX"):
            return None
        if token.pos_ == "NOUN" and object_case(word, lemma_of(token), False) is not None:
            return token
    return None
