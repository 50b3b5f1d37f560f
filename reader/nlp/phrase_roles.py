"""What a noun phrase is in its clause where the parse's relation does not say it, for the case rules.

A conjunct, an apposition or a name's part copies its case from the phrase it hangs on (`inherits`),
unless it is no part of that phrase at all: a noun hung on a name ("werfen Mugabe
Menschenrechtsverletzungen vor"), a "conjunct" with no conjunction, the phrase after "zum Beispiel". A
phrase after "als" or "wie" has the case of what it is compared with; "elf Prozent kleiner" is an
accusative of measure, "ist der Meinung" a genitive with sein, "Erdöl exportierender Länder" a
participle's object; and a capitalised adverb or a preposition the tagger called a noun heads no
phrase. Read by reader.nlp.morphology, reader.nlp.case_rules and the grammar hints.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from reader.lexicon.database import LexiconMissingError
from reader.nlp import doc_facts
from reader.nlp.lang.articles import INDEFINITE_ARTICLES, adjective_ending
from reader.nlp.lang.grammar import DISTANCES
from reader.nlp.lang.prepositions import governed_cases
from reader.nlp.lang.valency import GENITIVE_WITH_SEIN
from reader.nlp.morph_features import feature_values
from reader.nlp.noun_lexicon import noun_entry
from reader.nlp.noun_phrases import HEADS, genitive_name, lemma_of, name_particle, preposition_of
from reader.nlp.participles import participle_of
from reader.nlp.token_memo import kept_per_token

if TYPE_CHECKING:  # annotations only: importing the rules must not load spaCy
    from spacy.tokens import Token

# Dependents that copy their case from the phrase they hang on (conjuncts, appositions, name parts).
INHERITING = ("conj", "appos", "flat", "flat:name")
# Prepositional phrases used as adverbs ("zum Beispiel" 'for example', "zum Teil" 'partly'): a noun the
# parser hangs on them as an apposition is no part of them.
FIXED_ADVERBIALS = frozenset({("zum", "Beispiel"), ("zum", "Teil"), ("zum", "Glück")})


def genitive_with_sein(head: Token) -> bool:
    """"Die Regierung ist der Meinung, dass …": a noun of GENITIVE_WITH_SEIN with "der" or "einer", the
    predicate of a form of sein, is a genitive that goes with the verb; also where the parser hung it on
    the subject that sein's clause has first, when a dass-clause says what is thought ("ist die Regierung
    der Meinung, dass …"; "ist eine Frage der Überzeugung" is an attribute)."""
    if lemma_of(head) not in GENITIVE_WITH_SEIN or not any(c.lower_ in ("der", "einer") and c.dep_ == "det" for c in head.lefts):
        return False
    carrier = head
    if head.dep_ == "nmod" and head.head.i < head.i:
        doc = head.doc
        # (a pronoun takes no genitive attribute: "weil man der Ansicht war")
        if head.head.pos_ != "PRON" and (
            head.i + 2 >= len(doc) or doc[head.i + 1].text not in (",", ":") or doc[head.i + 2].lower_ != "dass"
        ):
            return False
        carrier = head.head
    verb = next((c for c in carrier.children if c.dep_ == "cop"), carrier.head)
    return lemma_of(verb) == "sein"


@kept_per_token
def object_of_participle(head: Token) -> Token | None:
    """The present participle whose object *head* is: a bare noun right before a participle that
    qualifies the noun after it ("die Organisation Erdöl exportierender Länder", "Hilfe suchende
    Menschen") is the participle's accusative object, not a phrase of the clause; None otherwise."""
    doc = head.doc
    if head.pos_ != "NOUN" or head.i + 2 >= len(doc) or head.left_edge.i != head.i:
        return None
    if head.i > 0 and doc[head.i - 1].pos_ in ("ADP", "DET", "ADJ", "PROPN", "NUM"):
        return None  # a phrase of its own, or a name's word
    if noun_entry(lemma_of(head))[0] is None:
        return None  # a German noun the dictionary knows, not a name or English ("Stanford University gehörende")
    participle = doc[head.i + 1]
    if participle.pos_ != "ADJ" or participle.dep_ != "amod" or participle.head.i <= participle.i:
        return None
    found = participle_of(participle.text)
    return participle if found is not None and found[1] == "present" else None


@kept_per_token
def inherits(token: Token) -> bool:
    """Whether `token` copies its case from its head (a conjunct, an apposition, a name part, the
    family name after "von": "Ludolf von Wartenberg")."""
    if token.head.i == token.i or after_fixed_adverbial(token):
        return False
    particle = next((c for c in token.children if c.dep_ == "case" and name_particle(c)), None)
    if unjoined_conjunct(token) or noun_hung_on_a_name(token) or object_of_participle(token) is not None:
        return False
    if token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX"):
        return False  # a predicate joined to a verb heads a clause of its own ("… und sind die größten …"): no case to copy
    return token.dep_ in INHERITING or (token.dep_ == "nmod" and particle is not None and token.head.i < particle.i)


def unjoined_conjunct(token: Token) -> bool:
    """A "conjunct" with no conjunction or comma before it: "können viele Eltern ihre Kinder nicht
    unterbringen" — two phrases of the clause side by side, which the parser joined."""
    if token.dep_ != "conj" or token.head.i > token.i or any(c.dep_ in ("cc", "punct") for c in token.children):
        return False
    first = token.left_edge
    before = token.doc[first.i - 1]
    return not any(t.is_punct or t.pos_ == "CCONJ" for t in (first, before))


def noun_hung_on_a_name(token: Token) -> bool:
    """A common noun in the plural or with words of its own that the parser made a part or an
    apposition of the name right before it, with no comma between: "werfen Mugabe
    Menschenrechtsverletzungen vor", "dass Macron Deutsche an der Spitze ablehne". Such a noun renames
    no name; it is a phrase of the clause. (A bare singular may be a surname: "Louis Post"; after a
    genitive name it is that name's noun: "Espers Nominierung".)"""
    name = token.head
    if token.dep_ not in INHERITING[1:] or name.pos_ not in HEADS or name.i > token.i or token.pos_ != "NOUN":
        return False
    if any(t.is_punct for t in token.doc[name.i + 1 : token.i]) or genitive_name(name):
        return False
    _gender, plural, _ = noun_entry(lemma_of(token))
    own_words = any(c.dep_ in ("det", "det:poss", "amod") for c in token.children)
    # (a name the tagger called a noun is one the dictionary does not know: "Mugabe")
    unknown_word = noun_entry(lemma_of(name))[:2] == (None, None)
    return (own_words or token.text == plural) and (name.pos_ == "PROPN" or unknown_word)


def after_fixed_adverbial(token: Token) -> bool:
    """"Hat eine Frau zum Beispiel Kleinkinder, …": the parser's apposition of "zum Beispiel" is a
    phrase of the clause."""
    head = token.head
    return (
        token.dep_ == "appos" and head.i == token.i - 1 and head.i > 0
        and (head.doc[head.i - 1].lower_, head.text) in FIXED_ADVERBIALS
    )


def hyphen_part(token: Token) -> bool:
    """The first part of a hyphenated compound ("Aids" of "Aids-Infektion"): one word with its head."""
    doc = token.doc
    return (
        token.dep_ == "compound"
        and token.head.i > token.i + 1
        and doc[token.i + 1].text == "-"
        and not doc[token.i + 1].whitespace_
        and not token.whitespace_
    )


def acts_as_preposition(token: Token) -> bool:
    """A preposition the tagger took for a noun ("Wegen des Sturms" with "Wegen" as the head)."""
    if not governed_cases(token.text) or token.pos_ == "ADP":
        return False
    return any(c.i > token.i and c.pos_ in HEADS and preposition_of(c) == token for c in token.children)


@kept_per_token
def is_compared(head: Token) -> bool:
    """"als wichtigen Partner", "wie Brasilien": the case follows the word compared, not the role."""
    if any(c.lower_ in ("als", "wie") and c.dep_ in ("case", "mark", "cc", "dep") and c.i < head.i for c in head.children):
        return True
    left = head.left_edge
    return left.i > 0 and head.doc[left.i - 1].lower_ in ("als", "wie")


def compared_adjunct(head: Token) -> bool:
    """"arbeitete als Landwirt", "Länder wie Brasilien": a phrase after "als"/"wie" that is no argument
    of the verb and follows no comparative ("mehr als 100 Menschen" is the subject itself)."""
    if not is_compared(head):
        return False
    left = head.left_edge
    marker = left if left.lower_ in ("als", "wie") else head.doc[left.i - 1]
    opening_als = marker.lower_ == "als" and marker.i == doc_facts.sentence_start(head)
    if head.dep_ in ("nsubj", "nsubj:pass", "obj", "iobj", "expl") and not opening_als:
        return False  # "Als Grund nannte May …": a sentence opening with "als" + noun is no argument
    if marker.i == 0:
        return True
    before = head.doc[marker.i - 1]
    if copula_predicate(before):
        return True  # "ist kleiner als Frankreich": compared with the subject of the predicate
    # "so/ebenso/genauso" compare only with "wie": before "als" they mean "also" ("aber ebenso als Varietät geführt")
    equal = before.lower_ in ("so", "ebenso", "genauso") and marker.lower_ == "wie"
    return before.lower_ not in ("mehr", "weniger") and not equal and "Cmp" not in feature_values(before, "Degree")


def copula_predicate(word: Token) -> bool:
    """An adjective a copula makes the predicate: "ist kleiner", also where the parser hung the copula on
    a measure before it ("ist elf Prozent kleiner")."""
    return word.pos_ == "ADJ" and any(
        t.dep_ == "cop" for t in (*word.children, *(g for c in word.children if c.i < word.i for g in c.children))
    )


def adverb_opening_sentence(token: Token) -> bool:
    """"Gestern wählte …", "Später warnte …": a capitalised adverb at the start of a sentence, which the
    tagger took for a noun: no noun phrase, so no case and no subject."""
    if token.pos_ not in HEADS or token.i != doc_facts.sentence_start(token):
        return False
    if any(c.dep_ in ("det", "det:poss", "amod", "case") for c in token.children):
        return False
    return _adverb(token.lower_)


@functools.lru_cache(maxsize=4096)
def _adverb(word: str) -> bool:
    try:
        from reader.lexicon import lookup

        entry = lookup(word, "ADV")
    except LexiconMissingError:  # no lexicon: keep the parse
        return False
    return entry.found and entry.pos == "ADV"


# Adjectives and adverbs a measure accusative stands before: "69 Jahre alt", "15 Kilometer östlich".
MEASURED = frozenset(
    """alt lang breit hoch tief schwer weit entfernt dick groß früher später zuvor östlich westlich
    nördlich südlich oberhalb unterhalb""".split()
)
# Prepositions of place a distance stands before: "sechs Meter über dem Meeresspiegel", "20 Kilometer vor der Küste".
_MEASURED_PLACES = frozenset("über unter vor hinter neben oberhalb unterhalb".split())


def measure_accusative(head: Token) -> bool:
    """"elf Prozent kleiner", "69 Jahre alt", "15 Kilometer östlich von Halle", "mehrere hundert Meter
    lange Schlangen", "sechs Meter über dem Meeresspiegel", "ein Leben lang": a counted noun right before a
    comparative or a word of measure (also inflected), or a distance before a preposition of place, is an
    accusative of measure, no subject or object."""
    doc = head.doc
    if head.pos_ != "NOUN" or head.i + 1 >= len(doc):
        return False
    # (counted by a number, or by "ein" before "lang" or with a distance: "ein Leben lang", "einen Meter hoch";
    # not "ein Haus groß gebaut")
    one = (doc[head.i + 1].lower_ == "lang" or lemma_of(head) in DISTANCES) and any(
        c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in head.lefts
    )
    if not one and not any(c.dep_ == "nummod" or c.like_num for c in head.lefts):
        return False
    if any(c.dep_ == "case" for c in head.children):
        return False
    after = doc[head.i + 1]
    ending = adjective_ending(after.text)
    base = after.lower_[: -len(ending)] if ending else after.lower_  # "lange Schlangen": lang
    if after.pos_ == "ADP" and after.lower_ in _MEASURED_PLACES and lemma_of(head) in DISTANCES:
        return True
    return after.pos_ in ("ADJ", "ADV") and ("Cmp" in feature_values(after, "Degree") or after.lower_ in MEASURED or base in MEASURED)
