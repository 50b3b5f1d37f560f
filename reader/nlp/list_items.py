"""A list of noun phrases the parser read as an apposition followed by a conjunct, or as one after a conjunction.

"Die größten sind die katholische Kirche, die orthodoxen Kirchen und die evangelischen Kirchen": the
parser often hangs the second item on the first as an apposition ("renames") and the last on the second
as its conjunct. An apposition does not go on with "und"; a phrase after a comma whose own conjunct
follows with "und", "oder" or "sowie" is the list's middle item. All items hang on the first, as the
parser hangs the conjuncts of a list it reads right. A bare plural joined to a genitive attribute is an
item of the list that attribute's owner stands in; a noun joined to a passive participle, its subject;
a noun inside a bracket no item of a list outside it; and the nouns listed after a colon name the plural
before it; after "als auch" of "sowohl … als auch" comes the second item of the pair.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.nlp import lemma_dictionary
from reader.nlp.doc_facts import bracket_openings
from reader.nlp.lang.grammar import AUXILIARY_FORMS
from reader.nlp.parse_edits import set_head

if TYPE_CHECKING:  # annotations only: importing the rule must not load spaCy
    from spacy.tokens import Token

_NOMINAL = frozenset({"NOUN", "PROPN"})
_JOINING = frozenset({"und", "oder", "sowie"})


def list_item_taken_for_an_apposition(item: Token) -> None:
    """Make `item` a conjunct of the noun it was said to rename, with the conjuncts hung on it."""
    first = item.head
    if item.dep_ != "appos" or item.pos_ not in _NOMINAL or first.pos_ not in _NOMINAL or first.i >= item.i:
        return
    doc = item.doc
    start = min(t.i for t in item.subtree if not t.is_punct or t.i == item.i)
    if doc[start - 1].text != ",":
        return  # (an apposition in brackets or after a dash is one)
    conjuncts = later_conjuncts(first, item)
    if not conjuncts or not any(c.dep_ == "cc" and c.lower_ in _JOINING for c in conjuncts[-1].children):
        return
    last = conjuncts[-1]
    end = max(t.i for t in last.subtree if not t.is_punct or t.i == last.i) + 1
    if end < len(doc) and doc[end].text == ",":
        return  # "Der Präsident, ein Jurist und Politiker, sprach": an apposition closes with its comma
    if first.dep_ == "conj":
        return  # (in a list already: the items hang on its first)
    item.dep_ = "conj"
    for conjunct in conjuncts:
        set_head(conjunct, first)


def conjunct_taken_for_an_apposition(item: Token) -> None:
    """"zwischen dem Heiligen Römischen Reich bzw. Deutschen Reich und Frankreich": a phrase the parser
    said renames the noun before it, but that a coordinating conjunction opens, is that noun's conjunct."""
    first = item.head
    if item.dep_ != "appos" or item.pos_ not in _NOMINAL or first.pos_ not in _NOMINAL or first.i >= item.i:
        return
    start = min(t.i for t in item.subtree)
    # the conjunction opens the phrase, or stands right before it where the parser hung it elsewhere
    opening = next((item.doc[i] for i in (start, start - 1) if first.i < i and item.doc[i].pos_ == "CCONJ"), None)
    if opening is None:
        return
    item.dep_ = "conj"
    set_head(opening, item, "cc")


def conjunct_inside_a_bracket(item: Token) -> None:
    """"Herzog (althochdeutsch herizogo, ursprünglich Führer, Heerführer im Kriege) ist …" with "Führer" and
    "Heerführer" made conjuncts of "Herzog", a subject list: words inside a bracket after a noun rename or
    explain it, no item of a list the noun stands in outside the bracket."""
    first = item.head
    if item.dep_ != "conj" or item.pos_ not in _NOMINAL or first.pos_ not in _NOMINAL or first.i >= item.i:
        return
    opening = bracket_openings(item.doc)[item.i]
    if opening > first.i:
        item.dep_ = "appos"


def second_item_of_a_paired_conjunction(item: Token) -> None:
    """"sowohl für Condoleezza Rice als auch Hillary Clinton" with the second name a phrase of its own:
    after the second word of "sowohl … als auch", "weder … noch" or "entweder … oder", a noun with no
    preposition of its own is a conjunct of the noun after the first word, and shares its case."""
    if item.pos_ not in _NOMINAL or item.dep_ == "conj" or any(c.dep_ == "case" for c in item.children):
        return
    second = next((c for c in item.children if c.dep_ == "cc" and c.lower_ in _PAIRED and c.i < item.i), None)
    if second is None:
        return
    opening = item.doc[item.sent.start : second.i]
    first_word = next((t for t in reversed(opening) if t.lower_ == _PAIRED[second.lower_]), None)
    first = first_word.head if first_word is not None else None
    if first is not None and first.pos_ in _NOMINAL and first_word.i < first.i < second.i:
        set_head(item, first, "conj")


_PAIRED = {"als": "sowohl", "noch": "weder", "oder": "entweder"}  # the second word of a pair -> the first


def later_conjuncts(first: Token, item: Token) -> list[Token]:
    """The nouns after `item` that the parser joined to `first`, to `item` or to one of these, in order:
    the rest of the list ("…, die orthodoxen Kirchen, die protestantischen Kirchen und die Pfingstbewegung");
    `item` may be `first` itself."""
    chain, conjuncts = {first.i, item.i}, []
    for word in item.doc[item.i + 1 : item.sent.end]:
        if word.dep_ == "conj" and word.head.i in chain and word.pos_ in _NOMINAL:
            chain.add(word.i)
            conjuncts.append(word)
    return conjuncts


def list_after_a_colon(item: Token) -> None:
    """"kommt sie an mehreren Städten vorbei: Oranienburg, Berlin, Potsdam …" with the towns the verb's
    objects: nouns after a colon, with no verb after it in the sentence, list what the plural noun
    closing the clause before the colon names; the first renames that noun (its case), the others are
    its conjuncts."""
    doc = item.doc
    colon = doc[item.i - 1] if item.i > 0 else None
    if colon is None or colon.text != ":" or item.head.i > colon.i or item.dep_ not in ("obj", "iobj", "obl", "nsubj", "appos", "dep"):
        return
    sentence = item.sent
    if any(word.pos_ in ("VERB", "AUX") for word in doc[item.i : sentence.end]):
        return
    noun = next((word for word in reversed(doc[sentence.start : colon.i]) if word.pos_ in _NOMINAL), None)
    if noun is None or noun.pos_ != "NOUN" or "Plur" not in noun.morph.get("Number"):
        return
    items = [word for word in doc[item.i + 1 : sentence.end] if word.pos_ in _NOMINAL and word.head.i == item.head.i]
    set_head(item, noun, "appos")
    for other in items:
        set_head(other, item, "conj")


def bare_plural_joined_to_a_genitive(item: Token) -> None:
    """"Filmographien, Inhaltsangaben der Filme, Fotos und Kritiken" with "Fotos" and "Kritiken" joined to
    the genitive "der Filme": a bare plural cannot be a genitive (its article or adjective would show it), so
    it is an item of the list the genitive's owner stands in, joined to that list's first item."""
    attribute = item.head
    if item.dep_ != "conj" or item.pos_ != "NOUN" or attribute.dep_ != "nmod" or attribute.i >= item.i:
        return
    if "Gen" not in attribute.morph.get("Case") or not any(child.dep_ == "det" for child in attribute.children):
        return
    if "Plur" not in item.morph.get("Number") or any(child.dep_ in _MARKERS for child in item.children):
        return
    # the owner is an item of a list itself ("der beteiligten Behörden und Regierungen", where the article
    # and adjective are the two plurals', is none)
    owner = attribute.head
    first = owner.head
    if owner.pos_ not in _NOMINAL or owner.i > attribute.i or owner.dep_ != "conj" or first.pos_ not in _NOMINAL or first.i > owner.i:
        return
    set_head(item, first, "conj")


_MARKERS = frozenset({"det", "det:poss", "amod", "nummod"})


def subject_joined_to_its_passive(noun: Token) -> None:
    """"Angeboten werden Filmographien, …": a noun the parser joined as a conjunct to the passive participle
    before it, with no conjunction and no subject of that verb, is the passive's subject."""
    verb = noun.head
    if noun.dep_ != "conj" or noun.pos_ not in _NOMINAL or verb.pos_ != "VERB" or verb.i > noun.i:
        return
    if _infinitive(verb):
        return  # "Teilnehmen werden Lehrer …": a future's fronted infinitive, no passive
    between = noun.doc[verb.i + 1 : noun.i]
    if any(child.dep_ == "cc" for child in noun.children) or any(t.is_punct for t in between):
        return
    # (the parser may have hung "werden" elsewhere: found by its form, the passive's auxiliary)
    if not any(AUXILIARY_FORMS.get(t.lower_) == "werden" for t in between) or any(child.dep_.startswith("nsubj") for child in verb.children):
        return
    set_head(noun, verb, "nsubj:pass")


def _infinitive(verb: Token) -> bool:
    """The form is its own dictionary form ("Teilnehmen"), no participle ("Angeboten": anbieten)."""
    lower = verb.text.lower()
    return lower.endswith("n") and lemma_dictionary.lemmatize(lower) == lower
