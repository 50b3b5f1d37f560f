"""What a noun's own form and the lexicon say of its phrase's case, gender and number.

The lexicon gives a noun its gender and plural; its form then rules readings in or out: "Bürgern" can
only be a dative plural, "Länder" no dative, "Präsidenten" (a weak masculine) a plural or a singular
outside the nominative, "Dank" no dative plural at all (that ends in -n or -s). Part of the case
decision in `morphology`, which weighs this with the articles, prepositions and the parse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.lexicon import is_name as is_name_only
from reader.nlp.case_evidence import (
    DATIVE_PLURAL,
    GENITIVE_SINGULAR,
    NOMINATIVE_SINGULAR,
    NOT_DATIVE,
    NOT_DATIVE_PLURAL,
    NOT_GENITIVE,
    PLURAL,
    PLURAL_OR_DATIVE_SINGULAR,
    PLURAL_OR_GENITIVE_SINGULAR,
    PLURAL_OR_OBLIQUE,
    SINGULAR,
    W_DETERMINER,
    W_LEXICON_GENDER,
    W_NOUN_FORM,
    Phrase,
    readings_where,
)
from reader.nlp import lemma_dictionary
from reader.nlp.foreign_words import as_common_in_english
from reader.nlp.lang.articles import adjective_ending
from reader.nlp.lang.prepositions import CONTRACTIONS
from reader.nlp.noun_lexicon import adjectival_noun, declines_weakly, noun_entry, noun_genders, uncounted
from reader.nlp.morph_features import feature_values
from reader.nlp.noun_phrases import first_conjunct, lemma_of

if TYPE_CHECKING:  # annotations only: importing the rules must not load spaCy
    from spacy.tokens import Token


def noun_reading(head: Token) -> tuple[str | None, str | None, bool, str]:
    """(gender, plural, declines like an adjective, lemma) of a noun from the lexicon; Nones when unknown."""
    lemma = lemma_of(head)
    return (*noun_entry(lemma), lemma)


def common_noun_taken_for_a_name(head: Token) -> bool:
    """A word the tagger calls a name, with an article, that the lexicon lists as a noun and no name
    knows: "sowie die Comicfigur The Shadow" (its form shows the singular), "die Union"."""
    if head.pos_ != "PROPN" or "-" in head.text or head.text.isupper() or is_name_only(head.text):
        return False  # (an abbreviation names a body: "die EU")
    if as_common_in_english(head.text):
        return False  # a word English uses as much is a name's in English: "der Royal Navy"
    # with its article: a surname spelt like a noun's form ("Oliver Ehret") has none
    return noun_reading(head)[0] is not None and any(child.dep_ == "det" for child in head.children)


def plural_form(head: Token) -> bool:
    """The noun's form is its plural, which its singular does not spell ("Methoden", not "Lehrer")."""
    gender, plural, _, lemma = noun_reading(head)
    return head.pos_ == "NOUN" and plural is not None and plural != lemma and head.text == plural


def declines_like_adjective(head: Token) -> bool:
    """A noun declined like an adjective, also where the lemmatizer gave the adjective ("der Eloquente":
    eloquent) or the masculine form ("die Linke": Linker); not a noun of its own spelt as an adjective's
    strong masculine ("im Alter": das Alter, age, no "Alter", old man)."""
    own_gender, _, own_adjectival = noun_entry(head.text) if head.text.endswith("er") else (None, None, True)
    if own_gender in ("Fem", "Neut") and not own_adjectival:
        return False
    return adjectival_noun(_adjectival_lemma(head))


def adjectival_singular(head: Token) -> str | None:
    """The singular after der/die of a noun declined like an adjective ("Angestellte" for "die
    Angestellten", "zwei Verletzte"); None for any other noun."""
    lemma = _adjectival_lemma(head)
    if adjectival_noun(lemma):
        return lemma
    # "die Verletzten" lemmatized as the dictionary's strong "Verletzter"
    return lemma[:-1] if lemma.endswith("er") and noun_entry(lemma)[2] else None


def _adjectival_lemma(head: Token) -> str:
    lemma = lemma_of(head)
    if lemma[:1].islower() and head.text[:1].isupper():
        return lemma.capitalize() + "e"
    gender, _, declines = noun_entry(lemma)
    if gender and not declines:
        return lemma  # a noun of its own in -er, declined as nouns are: "die Mauern" (Mauer), no "Maue" of mau
    if lemma.endswith("er") and (head.text == lemma[:-1] or head.text.startswith(lemma[:-1]) and adjectival_noun(lemma[:-1])):
        # "die Linke" lemmatized as the strong masculine "Linker", "den Abgeordneten" as "Abgeordneter"
        return lemma[:-1]
    return lemma


def noun_form_evidence(phrase: Phrase) -> None:
    head = phrase.head
    gender, plural, adjectival, lemma = noun_reading(head)
    form = head.text
    if gender:
        # a noun of several genders in its bare singular may be any of them ("der See", "die See"); an
        # inflected form is its main gender's ("ein paar Tage": days, der Tag, not das Tag's plural "Tags")
        genders = noun_genders(lemma) if form == lemma else (gender,)
        phrase.add(readings_where(genders=(*genders, None)), W_LEXICON_GENDER)
    if not adjectival and not form.endswith(_DATIVE_PLURAL_ENDINGS) and not form.isupper():
        # "vielen Dank", "jeden anderen Bürger": a dative plural ends in -n ("Bürgern") or -s ("Autos")
        phrase.add(NOT_DATIVE_PLURAL, W_NOUN_FORM)
    if not plural and gender == "Neut" and form == lemma and lemma_dictionary.is_infinitive(lemma.lower()):
        phrase.add(SINGULAR, W_NOUN_FORM)  # "Denken bedeutet …": an action's noun with no plural in the lexicon
    if not plural or "-" in form:
        return
    if adjectival:
        # "der Abgeordnete", "19 Abgeordnete": an adjective's endings, which the article decides; only
        # without one is "-en" the dative plural ("wurde US-Militärangehörigen untersagt")
        if form == plural + "n" and not any(c.dep_.startswith("det") for c in head.children):
            phrase.add(DATIVE_PLURAL, W_DETERMINER)
        return
    weak = declines_weakly(lemma, gender, plural)
    if form == plural and plural != lemma:
        if weak:  # "Präsidenten": plural, or a weak masculine singular outside the nominative
            phrase.add(PLURAL_OR_OBLIQUE, W_NOUN_FORM)
        elif plural == lemma + "e" and gender in ("Masc", "Neut") and _dative_article_before(phrase):
            phrase.add(PLURAL_OR_DATIVE_SINGULAR, W_NOUN_FORM)  # "im Jahre 2003": the old dative -e
        else:
            phrase.add(PLURAL, W_NOUN_FORM)
            if not plural.endswith(_DATIVE_PLURAL_ENDINGS):  # "Länder" is not dative: that would be "Ländern"
                phrase.add(NOT_DATIVE, W_NOUN_FORM)  # ("Antibiotika" may be: a foreign plural takes no -n)
    elif form == plural + "n" and not plural.endswith(("n", "s")):
        phrase.add(DATIVE_PLURAL, W_DETERMINER)  # "Bürgern": no other reading has this ending
    elif form == lemma and plural != lemma:
        if weak and not (phrase.preposition is not None and _bare_title_before_name(head)):
            phrase.add(NOMINATIVE_SINGULAR, W_NOUN_FORM)
        elif weak:  # "mit EU-Ratspräsident Donald Tusk": a bare title before a name stays undeclined after a preposition
            phrase.add(SINGULAR, W_NOUN_FORM)
        else:
            phrase.add(SINGULAR, W_NOUN_FORM)
            if gender in ("Masc", "Neut") and not lemma.endswith(("s", "ß", "x", "z")):
                phrase.add(NOT_GENITIVE, 1.5)
    elif form == lemma == plural and not phrase.members and uncounted(lemma):
        phrase.add(SINGULAR, W_NOUN_FORM)  # "aus Gerste oder Weizen": a mass, spelt alike in both numbers
    elif form == lemma == plural and not phrase.members and listed_after_a_bare_plural(head):
        phrase.add(PLURAL, W_NOUN_FORM)  # "Gelehrte und Schriftsteller haben …"
    elif gender in ("Masc", "Neut") and form in (lemma + "s", lemma + "es") and form != plural:
        # a noun ending in a full vowel whose plural the lexicon gives unchanged also makes one in -s
        # ("die Eskimo" and "die Eskimos", "die Hindus"), spelt as its genitive singular
        also_plural = plural == lemma and form == lemma + "s" and lemma[-1:] in _FULL_VOWELS
        phrase.add(PLURAL_OR_GENITIVE_SINGULAR if also_plural else GENITIVE_SINGULAR, W_NOUN_FORM)


# The last letters a dative plural may end in: -n ("Bürgern"), -s ("Autos"), and the vowels of foreign
# plurals that take no -n ("Visa", "Soli", "Tempo"); no other noun form is one (an abbreviation aside:
# "in den AKW").
_DATIVE_PLURAL_ENDINGS = ("n", "s", "a", "i", "o")
_FULL_VOWELS = frozenset("aiouy")


def listed_after_a_bare_plural(noun: Token) -> bool:
    """A noun spelt alike in both numbers, joined with no article of its own to a first noun that has none
    and is plural ("Gelehrte und Schriftsteller haben …"): it is listed in that number; not after "als" or
    "wie" ("arbeitete als Drucker und Glasbläser")."""
    if noun.dep_ != "conj" or noun.head.i > noun.i:
        return False
    first = first_conjunct(noun)  # (the list's first noun: "als Laufbursche, Drucker … und Glasbläser")
    if first.pos_ != "NOUN" or feature_values(first, "Number") != ["Plur"]:
        return False
    if any(c.dep_ in ("det", "det:poss", "nummod") for c in (*noun.children, *first.children)):
        return False
    before = noun.doc[first.left_edge.i - 1] if first.left_edge.i > 0 else None
    return before is None or before.lower_ not in ("als", "wie")


def _bare_title_before_name(noun: Token) -> bool:
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return (
        following is not None and following.pos_ == "PROPN"
        and not any(c.dep_ in ("det", "det:poss", "amod") and c.i < noun.i for c in noun.children)
    )


def _dative_article_before(phrase: Phrase) -> bool:
    """"im", "dem", "vom": an article of the dative singular (masculine or neuter) opens the phrase, or an
    adjective in its strong ending ("hohem")."""
    words = [m.lower_ for m in phrase.members] + ([phrase.preposition.lower_] if phrase.preposition is not None else [])
    # (or an adjective in the strong "-em" of the dative: "in hohem Maße")
    return any(
        word in ("dem", "einem", "diesem", "jenem") or CONTRACTIONS.get(word, ("", "", None, ""))[1:3] == ("Dat", None)
        or word.endswith("em") and adjective_ending(word) == "em"
        for word in words
    )
