"""Noun phrases as the parse shows them: head, determiners, adjectives, governing preposition.

Shared by the case rules and the grammar hints. The parser's labels are
checked against the word forms where it often errs: relative pronouns taken
for articles (reader.nlp.relative_pronouns), prepositions attached elsewhere,
a name's particle taken for a preposition. What a phrase is in its clause
where its relation does not say it is reader.nlp.phrase_roles'.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from reader.lexicon import database
from reader.lexicon.database import LexiconMissingError
from reader.nlp.case_evidence import Phrase
from reader.nlp.lang.grammar import NUMBER_NOUNS
from reader.nlp.lang.names import NAME_PARTICLES, PARTICLE_ARTICLES
from reader.nlp.lang.prepositions import ADVERB_OBJECTS, POSTPOSITIONS, governed_cases
from reader.nlp import doc_facts, lemma_dictionary
from reader.nlp.doc_arrays import tokens_where
from reader.nlp.foreign_words import as_common_in_english
from reader.nlp.lemmas import lemmatize
from reader.nlp.noun_lexicon import lemma_by_article, noun_entry
from reader.nlp.preposition_uses import spans_time
from reader.nlp.relative_pronouns import is_determiner, relative_determiner
from reader.nlp.token_memo import kept_per_token

if TYPE_CHECKING:  # annotations only: importing the rules must not load spaCy
    from spacy.tokens import Token

HEADS = {"NOUN", "PROPN"}
# Prepositions that are adverbs of quantity before a number.
NUMBER_ADVERBS = frozenset({"über", "unter"})
# Adverbs that qualify a number ("je", "rund", "etwa"): between a preposition and its noun phrase.
QUANTITY_ADVERBS = frozenset("je rund etwa circa ca. knapp fast beinahe gut nahezu insgesamt jeweils maximal mindestens".split())
# Units of measure, in the singular after a number ("35 Prozent", "2000 Euro").
UNITS = frozenset(
    """Prozent Prozentpunkt Euro Dollar Cent Franken Pfund Yen Yuan Rubel Grad Meter Kilometer Zentimeter
    Millimeter Quadratmeter Quadratkilometer Kubikmeter Hektar Kilogramm Kilo Gramm Liter Watt Megawatt
    Mal Stück Punkt Barrel Byte""".split()
)


@kept_per_token
def first_conjunct(token: Token) -> Token:
    """The first item of the list `token` ends or is in ("die Lehrer und Studierenden": Lehrer), which holds
    the article the later bare items share; `token` itself outside a list."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


def lemma_of(token: Token) -> str:
    """The lemma (`reader_morphology` runs before `reader_lemmatizer`, so compute it when unset)."""
    if token.lemma_:
        return token.lemma_
    lemma = _lemma(token.text, token.pos_, str(token.morph))
    return lemma_by_article(token, lemma) if token.pos_ in ("NOUN", "PROPN") else lemma


@functools.lru_cache(maxsize=65536)
def _lemma(form: str, pos: str, morph: str) -> str:
    features = dict(item.split("=", 1) for item in morph.split("|") if "=" in item)
    return lemmatize(form, pos, features)


def phrase_of(head: Token) -> Phrase:
    """The phrase of `head`: its agreeing determiners and adjectives before it, and its preposition."""
    phrase = Phrase(head)
    for child in head.lefts:
        if child.dep_ in ("det", "det:poss") and child.pos_ in ("DET", "PRON"):
            if is_determiner(child) and not particle_article(child):
                phrase.members.append(child)
        elif child.dep_ == "amod" and child.pos_ == "ADJ":
            phrase.members.append(child)
    # "von Trumps Account": the preposition governs the noun after the genitive name
    phrase.preposition = None if genitive_name(head) else preposition_of(head)
    return phrase


def name_after_its_particle(head: Token) -> bool:
    """"(Ursula) von der Leyen": the family name after its particle, which the model may have read as a
    preposition, so that neither the case it gave the name nor its relation ("obl") says anything."""
    return any(c.dep_ == "case" and name_particle(c) for c in head.lefts)


def particle_article(token: Token) -> bool:
    """"der" of "von der Leyen": part of the name, not the article of the phrase."""
    doc = token.doc
    return token.lower_ in PARTICLE_ARTICLES and token.i > 0 and name_particle(doc[token.i - 1])


def following_noun_index(token: Token) -> int:
    """The index of the first word after `token` that is no adjective ("LaBeoufs besten Auftritten")."""
    doc = token.doc
    following = token.i + 1
    while following < len(doc) and doc[following].pos_ == "ADJ":
        following += 1
    return following


@kept_per_token
def genitive_in_es(token: Token) -> bool:
    """"Sohn Gottes": a word in -es that the dictionary has as the genitive of a noun of one syllable, after
    a common noun; not the last part of a full name ("Sherlock Holmes"), whatever it says of "Holm"."""
    form, doc = token.text, token.doc
    if not form.endswith("es") or lemma_dictionary.lemmatize(form) != form[:-2] or token.i == 0:
        return False
    before = doc[token.i - 1]
    return before.pos_ != "PROPN" and (not before.is_title or noun_entry(before.text)[0] is not None)


def genitive_name(token: Token) -> bool:
    """"Trumps Account", "der Sicherheitsrat Japans", "Nachfolgerin von der Leyens": a name with the
    genitive -s, no article, right before the noun it belongs to or right after it. The name without
    -s must be known (to the dictionary's forms or elsewhere in the text), so "Thomas Müller" or
    "die Stadt Paris" are no genitives."""
    form = token.text
    if token.pos_ not in HEADS or len(form) < 4 or not form.endswith("s") or form.endswith("ss") or not form[:1].isupper():
        return False
    stem = form[:-1]
    doc = token.doc
    known_stem = lemma_dictionary.lemmatize(form) == stem or stem in doc_facts.forms(doc) or listed_name(stem)
    if not known_stem and not genitive_in_es(token):
        return False
    if token.i > 0 and doc[token.i - 1].pos_ == "PROPN" and as_common_in_english(form):
        return False  # "Detective Comics", "Fox News": an English name's last word, no genitive
    before = noun_before_genitive_name(token)
    articles = [c for c in token.children if c.dep_ in ("det", "det:poss", "amod") and not particle_article(c)]
    if articles:
        # the parser may head "die Eigenständigkeit Taiwans" by the name: the article is the noun's
        return before is not None and before.head.i == token.i and all(a.i < before.i for a in articles)
    following = following_noun_index(token)
    after = doc[following] if following < len(doc) else None
    # (or on the first name of a name the token ends: "Erich Kästners Karriere")
    name_head = token.head.i if token.dep_ in ("flat", "flat:name") and token.head.i < token.i else token.i
    if after is not None and after.pos_ in HEADS and after.text[:1].isupper() and (
        after.head.i in (token.i, name_head) or token.i < token.head.i <= following
        or (following == token.i + 1 and not any(c.dep_ in ("det", "det:poss") for c in after.children))
    ):
        # before its noun (the parser may hang it on an adjective between, or both on the verb:
        # "erklärte Spaniens Regierungschef": a bare noun right after it is its own)
        return True
    if token.dep_ == "conj" and token.head.i < token.i and genitive_name(token.head):
        return True  # "in Teilen Lateinamerikas und Ostasiens": joined to a genitive name
    # right after its noun, wherever the parser hung it ("die die Unabhängigkeit Flanderns fordert")
    adjacent = before is not None and before.i == token.i - 1 and before.pos_ == "NOUN"
    hung_together = before is not None and (token.head.i == before.i or before.head.i == token.i)
    return token.dep_ != "conj" and (hung_together or adjacent)


def listed_name(word: str) -> bool:
    """Wiktionary lists `word` as a name ("Wallonien", "Amber"); without a lexicon, no."""
    try:
        return database.name_kind(word) is not None
    except LexiconMissingError:
        return False


def noun_before_genitive_name(name: Token) -> Token | None:
    """The noun right before a name ("die Politik Saudi-Arabiens": the name's first part opens it;
    "Nachfolgerin von der Leyens": its particles too), or None."""
    doc = name.doc
    start = name.i
    while start > 1 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_:
        start -= 2
    before = doc[start - 1] if start > 0 else None
    if before is not None and particle_article(before) and start > 2:
        before = doc[start - 3]
    return before if before is not None and before.pos_ in HEADS else None


@kept_per_token
def preposition_of(head: Token) -> Token | None:
    """The preposition governing a noun phrase: its `case` child, or — when the parser attached it
    otherwise ("Wegen des Sturms" as a noun with a genitive attribute) — its head or the word just before it."""
    if uncounted_number(head) is not None:
        return None  # "war seit 2009 Mitglied": "seit" governs the year
    cases = [
        c for c in head.children
        # also a preposition hung on its noun by another relation ("von Donald Trump" with "von" as "dep")
        if (c.dep_ == "case" or (c.pos_ == "ADP" and c.i < head.i and c.dep_ != "compound:prt"))
        and governed_cases(c.text) and not adverbial_before_number(c) and not fixed_adverb(c) and not name_particle(c)
    ]
    if cases:  # "bis zum Ende": the nearest one governs
        # ", auf den Juden einen Anschlag verübten": "auf" governs the relative pronoun between
        before = [c for c in cases if c.i < head.i and not any(relative_determiner(t) for t in head.doc[c.i + 1 : head.i])]
        if before:
            return max(before, key=lambda c: c.i)
        # after its noun only a postposition ("den Berichten zufolge"); "zwischen" after "Bindungen" is the parser's slip
        return next((c for c in cases if c.lower_ in POSTPOSITIONS), None)
    parent = head.head
    if (
        parent.i < head.i
        and parent.pos_ not in ("VERB", "AUX")
        and parent.lower_ not in ("der", "die", "das")
        # "der nationalen Kraft Lettlands": a capital inside the sentence makes it a noun, not "kraft"
        and not (parent.pos_ in HEADS and parent.text[:1].isupper() and parent.i > doc_facts.sentence_start(parent))
        and governed_cases(parent.text)
        and not any(c.dep_ == "case" for c in parent.children)
        and _spans_only(head, parent.i + 1, head.i)
    ):
        return parent
    left = head.left_edge
    while left.i > doc_facts.sentence_start(head) + 1 and (
        _ordinal_number(head.doc[left.i - 1]) or (head.doc[left.i - 1].lower_ in QUANTITY_ADVERBS and left.like_num)
    ):
        # "am 3. Januar" with "3." as the parser's head of the phrase; "von je 10.000 Euro", "mit rund 500
        # Gästen": an adverb of quantity before the number, not the preposition
        left = head.doc[left.i - 1]
    if left.i > 0:
        before = head.doc[left.i - 1]
        if before.pos_ == "ADP" and before.dep_ != "compound:prt" and governed_cases(before.text):
            return None if adverbial_before_number(before) or fixed_adverb(before) or name_particle(before) else before
    return None


def _ordinal_number(word: Token) -> bool:
    """"3.", "21.": a day of the month written in digits."""
    return word.text.endswith(".") and word.text[:-1].isdigit()


@kept_per_token
def uncounted_number(head: Token) -> Token | None:
    """A year before a noun in the singular form, which it cannot count ("seit 2009 Mitglied": the
    preposition governs the year; "2009 Mitglieder" would be counted; units stay singular: "2000 Euro"):
    the number, else None."""
    number = next((c for c in head.children if c.dep_ == "nummod" and c.i < head.i), None)
    if number is None or head.pos_ != "NOUN" or not (number.text.isdigit() and 1000 <= int(number.text) <= 2100):
        return None
    if lemma_of(head) in UNITS:
        return None
    from reader.nlp.noun_lexicon import noun_entry  # the lexicon lookup loads the dictionary: only when asked

    lemma = lemma_of(head)
    _, plural, _ = noun_entry(lemma)
    singular = head.text == lemma and plural is not None and plural != lemma
    return number if singular and "," not in number.text else None


def name_particle(word: Token) -> bool:
    """"Ludolf von Wartenberg", "Ursula von der Leyen": between a given name and a family name
    "von" is part of the name, not a preposition."""
    doc = word.doc
    if word.lower_ not in NAME_PARTICLES or word.i + 1 >= len(doc):
        return False
    following = doc[word.i + 1]
    article = following.lower_ in PARTICLE_ARTICLES and word.i + 2 < len(doc)
    if article:
        following = doc[word.i + 2]
    if following.pos_ not in HEADS or not following.is_title:
        return False
    before = doc[word.i - 1] if word.i > doc_facts.sentence_start(word) and doc[word.i - 1].is_alpha else None
    if before is not None and before.is_title and _name_word(before) and following.pos_ == "PROPN" \
            and not _family_name_seen_before(before) and not _listed_place(following):
        return True  # (a given name is no acronym: "der CEO von L Brands"; "Hamburg zu Deutschland" no name)
    if before is not None and before.pos_ == "ADP" and governed_cases(before.text)[:1] not in ((), ("Gen",)) \
            and not fixed_adverb(before):
        # "gegen von der Leyen": two prepositions stand side by side only where "von" replaces a genitive
        # preposition's genitive ("außerhalb von München")
        return True
    # "Ursula von der Leyen", "Von der Leyen tritt an": with its article, a particle is part of a name
    # unless the word after it is a noun the dictionary declines ("von der Regierung", "von der Türkei");
    # after a name, or where German does not know the word after it ("Das brachte von der Leyen ins Spiel")
    family = following.text.removesuffix("s")
    # (opening the sentence, before a word German knows, it is the preposition: "Zu den Froschlurchen zählen …")
    opens_name = (before is not None and before.text[:1].isupper()) or not lemma_dictionary.is_known(family)
    return article and opens_name and not declined_noun(family)


def _family_name_seen_before(name: Token) -> bool:
    """The text named the person in full before, with this word last: "Mahmud Abbas … forderte Abbas von
    Israel" — a family name alone, which no "von" follows as part of the name."""
    doc = name.doc
    return any(
        0 < word.i < name.i and doc[word.i - 1].pos_ == "PROPN" and doc[word.i - 1].is_title
        for word in tokens_where(doc, "ORTH", (name.text,))  # (read from the Doc's arrays: a text is long)
    )


def _listed_place(word: Token) -> bool:
    """A name the dictionary lists itself ("Deutschland", "Frankreich"), as it lists places, not families."""
    try:
        from reader.lexicon import lookup

        return lookup(word.text, "PROPN").source == "exact"
    except LexiconMissingError:
        return False


def _name_word(word: Token) -> bool:
    """A name, or a capitalised word the tagger called a noun that the dictionary does not know at all,
    not even from its parts ("Ludolf")."""
    if word.pos_ == "PROPN":
        return True
    if word.pos_ != "NOUN" or not word.is_title:
        return False
    try:
        from reader.lexicon import lookup

        return not lookup(word.text, "NOUN").found
    except LexiconMissingError:
        return False


@functools.lru_cache(maxsize=4096)
def declined_noun(word: str) -> bool:
    """A common noun the dictionary lists with a gender ("Regierung", "Türkei"), not a bare name."""
    try:
        from reader.lexicon import lookup

        entry = lookup(word, "NOUN")
    except LexiconMissingError:  # no lexicon: a particle needs a name before it
        return True
    return entry.found and entry.gender is not None


def fixed_adverb(word: Token) -> bool:
    """"vor allem", "unter anderem", "seit langem": the preposition has its own object; the noun after
    it takes its case from elsewhere ("Vor allem Frankreich hat …": nominative)."""
    doc = word.doc
    return word.i + 1 < len(doc) and doc[word.i + 1].lower_ in ADVERB_OBJECTS


def adverbial_before_number(word: Token) -> bool:
    """"über 50 Menschen" ('more than'), "unter zehn Prozent" ('less than'), "bis zu 20 Länder" ('up
    to'), "zwischen 10 und 20 Länder" ('between'): before a number these are adverbs, and the noun
    phrase takes its case from its role ("auf über 50 Prozent": from "auf")."""
    doc = word.doc
    # (a web address the tagger called a number is none: "unter fairsharing.odem.org")
    number = lambda i: i < len(doc) and (doc[i].like_num or (doc[i].pos_ == "NUM" and not doc[i].like_url))  # noqa: E731
    if word.lower_ == "bis" and word.i + 1 < len(doc) and doc[word.i + 1].lower_ == "zu":
        return number(word.i + 2)  # "bis zu zwanzig Länder": 'up to'
    if word.lower_ == "zu" and word.i > 0 and doc[word.i - 1].lower_ == "bis":
        return number(word.i + 1)
    if word.lower_ == "zwischen":
        # "dass zwischen 2.000 und 3.000 Häftlinge flohen", "muss zwischen 32 und 36 Millimeter betragen": a count
        # with the case of its role; "zwischen 2000 und 2010", "zwischen 20 und 21 Uhr" are times, and "Kinder
        # zwischen 10 und 12 Jahren" shows the dative the preposition governs
        if word.i + 4 >= len(doc):
            return False
        counted = doc[word.i + 4]
        return (
            number(word.i + 1) and doc[word.i + 2].lower_ == "und" and number(word.i + 3)
            and counted.pos_ == "NOUN" and counted.lower_ != "uhr" and not _dative_plural_form(counted)
        )
    # (a number noun with "ein" counts too: "mit über einer Million Einwohnern", more than)
    counted = number(word.i + 1) or (
        word.i + 2 < len(doc) and doc[word.i + 1].lower_ in _ONE_ARTICLES and doc[word.i + 2].text in NUMBER_NOUNS
    )
    return word.lower_ in NUMBER_ADVERBS and counted and not spans_time(word)


_ONE_ARTICLES = frozenset({"eine", "einer", "einem", "einen"})


def _dative_plural_form(noun: Token) -> bool:
    """"Jahren", "Millimetern": the dative plural, told apart from the other plural forms by its -n."""
    plural = noun_entry(lemma_of(noun))[1]
    return plural is not None and not plural.endswith("n") and noun.text == plural + "n"


def _spans_only(head: Token, start: int, end: int) -> bool:
    """Whether every token from `start` to `end` (exclusive) belongs to the subtree of `head`."""
    inside = {t.i for t in head.subtree}
    return all(i in inside for i in range(start, end))
