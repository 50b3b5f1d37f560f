"""The signs of a name that reader.nlp.name_tokens weighs: what a word is alone, and where it stands.

- the word alone: a handle, an intercapital or an unknown abbreviation (`name_by_form`), a word German
  does not know, nor its parts (`unknown_word`), a word Wiktionary knows only as a name (`only_a_name`),
  a place's "-er" adjective (`place_of_adjective`), a noun that names a place by the name after it
  (`place_classifier`), a word in a form other than its lemma's, which no name takes (`declined`);
- its place: with no article (`bare`), after a first name or an earlier part of the name
  (`after_first_name`, `after_name`), after a title or a classifier noun ("Innenminister Beckstein",
  "die Gemeinde Auenwald"), after a name particle ("von der Leyen"), before a name, in a list with one.

The rules that ask them, and the indices of a text's names they find, are in reader.nlp.name_tokens;
other modules ask some of them on their own (a name's gender, a place's adjective, a later part of a
name).
"""

from __future__ import annotations

import functools

import re
from typing import TYPE_CHECKING

from reader.lexicon import LexiconMissingError, database, is_name, lookup, proper_noun
from reader.lexicon.compounds import split_compound
from reader.frequency import frequency
from reader.nlp import doc_facts, lemma_dictionary
from reader.nlp.lemmas import GENDER_INCLUSIVE
from reader.nlp.noun_lexicon import listed_noun, person_noun
from reader.nlp.lang.names import (
    ARTICLE_CONTRACTIONS,
    COMMON_ACRONYMS,
    DOMAIN_ENDINGS,
    NAME_PARTICLES,
    PARTICLE_ARTICLES,
    PLACE_CLASSIFIERS,
    PLACE_SUFFIXES,
    STREET_SUFFIXES,
)
from reader.nlp.lang.articles import adjective_ending
from reader.nlp.lang.sentences import OPENS_CAPITALISED
from reader.nlp.sentence_rules import starts_sentence

if TYPE_CHECKING:  # spaCy loads with the pipeline, not with this module
    from spacy.tokens import Token

_INTERCAPITAL = re.compile(r"[a-zäöüß][A-ZÄÖÜ]")
_ACRONYM = re.compile(r"[A-ZÄÖÜ]{2,}")
_DOMAIN = re.compile(r"[a-z0-9]+\.([a-z]{2,4})")


def name_keys(text: str) -> set[str]:
    """The word and, for a genitive ("Trumps", "Leyens"), its base."""
    lower = text.lower()
    return {lower, lower[:-1]} if lower.endswith("s") and len(lower) > 3 else {lower}


def name_by_form(text: str) -> bool:
    if text[:1] in "@#" and len(text) > 1:
        return True
    domain = _DOMAIN.fullmatch(text)
    if domain and domain.group(1) in DOMAIN_ENDINGS:
        return True
    if lemma_dictionary.is_known(text):
        return False  # "GmbH", "iPhone"-like words the dictionary lists as ordinary words
    if _INTERCAPITAL.search(text) and not GENDER_INCLUSIVE.match(text):
        return True  # (not "DoktorandInnen", a plural written for both sexes)
    return bool(_ACRONYM.fullmatch(text)) and text.upper() not in COMMON_ACRONYMS


def unlisted(token: Token) -> bool:
    """Neither the form, its lower case nor its lemma is a German word simplemma knows (its parts may be)."""
    return not any(lemma_dictionary.is_known(form) for form in {token.text, token.text.lower(), token.lemma_})


def title_before_name(token: Token) -> bool:
    """A noun naming a person right before a name, which the tagger may call part of it: "Prinzessin
    Haya", "König Abdullah" (the dictionary's princess, king; other uses stay words)."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and following.text[:1].isupper() and person_noun(token.text)


def titled(token: Token) -> bool:
    """Right after the noun it names, as the parser says, with no article or adjective of its own:
    "des Innenministers Beckstein"."""
    return (
        token.dep_ == "appos" and token.head.i == token.i - 1 and token.head.pos_ == "NOUN"
        and not any(child.dep_.startswith("det") or child.dep_ == "amod" for child in token.children)
    )


def unknown_word(token: Token) -> bool:
    """Neither the form, its lower case, its lemma, nor its parts are German words simplemma knows."""
    text = token.text
    if not unlisted(token):
        return False
    if _named_by_its_ending(text):
        return True
    return _unknown_parts(text)


def _named_by_its_ending(text: str) -> bool:
    """A street's or a place's name by its last part ("Spaldingstraße", "Sandhausen")."""
    lower = text.lower()
    return any(lower.endswith(suffix) and len(lower) >= len(suffix) + 3 for suffix in STREET_SUFFIXES + PLACE_SUFFIXES)


def name_context(token: Token, names: set[int]) -> bool:
    """Any sign in the sentence that an unknown capitalised word is a name."""
    if token.pos_ != "NOUN" and not starts_sentence(token, OPENS_CAPITALISED):
        return True  # capitals on an adjective or adverb mid-sentence: "Trumps Ankündigung"
    return _named_by_its_ending(token.text) or _in_a_name_s_place(token, names)


def bare(token: Token) -> bool:
    """Singular without article, number or adjective: German common nouns need one, names do not.

    Not for the first part of a hyphenated word ("Diesel-Pkw"): the article belongs to the whole.
    """
    if "Plur" in token.morph.get("Number"):
        return False
    if token.i + 1 < len(token.doc) and token.nbor(1).text == "-" and not token.whitespace_:
        return False
    if any(child.dep_.startswith("det") or child.dep_ == "amod" or child.pos_ in ("DET", "NUM") for child in token.children):
        return False
    if token.i == 0:
        return True
    before = token.nbor(-1)
    if _place_adjective(before) and before.i > 0:
        before = before.nbor(-1)  # "die Görlitzer Oberbürgermeisterwahl": the article is the noun's
    return before.pos_ not in ("DET", "NUM") and before.lower_ not in ARTICLE_CONTRACTIONS and not _genitive(before)


def after_name(token: Token, names: set[int]) -> bool:
    """Right after a first name or an earlier part of the name: "Sandro Gaycken", "Palle Jerimiassen";
    not after a genitive ("Trumps Account": the account is Trump's)."""
    if token.i == 0:
        return False
    before = token.nbor(-1)
    if not before.text[:1].isupper() or not (before.pos_ == "PROPN" or before.i in names):
        return False
    return not _genitive(before) and not _place_adjective(before)


def later_part_of_name(token: Token) -> bool:
    """A later part of a name as the parser joins it (flat), undeclined: "Clemens Raab", "Jörg
    Sonntag", "Hans Eichel", "Conservative Party"; not a common noun after an adjective ("Löbstedter
    Straße", "Islamischer Dschihad"), which the learner should learn."""
    if not token.dep_.startswith("flat") or declined(token):
        return False
    return not (common_noun(token.text) and token.i > 0 and _adjective(token.nbor(-1)))


def _adjective(token: Token) -> bool:
    """A capitalised adjective of a name: "Islamischen" (islamisch), or a place's "-er" adjective,
    listed ("Kieler") or not ("Löbstedter"); not a name's English word ("Wall Street Journal")."""
    if token.text.endswith("er") and (place_of_adjective(token.text) or not lemma_dictionary.is_known(token.text)):
        return True
    lemma = lemma_dictionary.lemmatize(token.lower_)
    return lemma != token.lower_ and lookup(lemma, "ADJ").pos == "ADJ"


def common_noun(word: str) -> bool:
    """A noun German knows and Wiktionary lists as no name ("Straße"); not "Sonntag" (also a name)."""
    return (word[1:].islower() and lemma_dictionary.is_known(word) and database.name_kind(word) is None
            and lemma_dictionary.lemmatize(word)[:1].isupper())


def declined(token: Token) -> bool:
    """A word in a form other than its lemma's, "-s" aside: a name takes no other ending ("Dokumente")."""
    return token.text != token.lemma_ and not token.text.endswith("s") and token.text[:1] == token.lemma_[:1]


def _place_adjective(token: Token) -> bool:
    """"Görlitzer", "Hamburger": a place's adjective, before a common noun ("die Görlitzer
    Oberbürgermeisterwahl", "der Hamburger Senat"), not a name's first part."""
    return token.text.endswith("er") and database.name_kind(token.text[:-2]) is not None


def adjective_of_a_persons_name(word: str) -> bool:
    """"Boolesche", "Gaußschen": a capitalised adjective made of a person's name with "-sch" ("die
    Boolesche Algebra", of Boole), which German has as no noun ("Menschen", "Tasche" are nouns)."""
    ending = adjective_ending(word)
    return ending is not None and word[:1].isupper() and word[: -len(ending)].endswith("sch") and not listed_noun(word)


@functools.lru_cache(maxsize=4096)
def place_of_adjective(word: str) -> str | None:
    """The place a capitalised "-er" adjective is formed from: "Görlitzer" Görlitz, "Kaiserslauterer"
    Kaiserslautern, "Zweibrücker" Zweibrücken; None for a word of its own ("Kaiser": emperor, though
    "Kais" is a name). The place must be a name only; a listed noun must name the place ("Hamburger":
    Hamburg resident)."""
    if not word.endswith("er") or not word[:1].isupper() or len(word) < 5:
        return None
    stem = word[:-2]
    place = next((base for base in (stem, stem + "n", stem + "en") if database.name_kind(base) == "only"), None)
    if place is None:
        return None
    own = lookup(word, "NOUN")
    if own.source != "exact" or not own.gloss:
        return place
    english = proper_noun(place)[0].gloss[:1] or (place,)
    named = {place[:4].lower(), english[0][:4].lower()}
    return place if any(name in sense.lower() for sense in own.gloss[:2] for name in named) else None


def after_first_name(token: Token) -> bool:
    """Right after a word Wiktionary knows only as a name, which the tagger also calls one: a
    surname even where it is a word too ("Sebastian Kurz", "Robert Habeck"), but undeclined ("bestätigte
    in Leipzig Urteile …": a plural)."""
    if token.i == 0 or declined(token):
        return False
    before = token.nbor(-1)
    return before.pos_ == "PROPN" and before.whitespace_ == " " and is_name(before.text) and not _genitive(before)


def place_in_a_persons_name(token: Token) -> bool:
    """"Hildegard von Bingen", "Hildebrecht von Hosenbach", "Hartmann von Aue": after a name and "von",
    a word that is a name too or no German word at all is the place the person is named by, not a
    common noun ("Anna von Kollegen begleitet" stays a plural)."""
    if token.i < 2 or token.nbor(-1).lower_ != "von":
        return False
    name = token.nbor(-2)
    if not (name.pos_ == "PROPN" or name.tag_ == "NE") or not is_name(name.text):
        return False
    return database.name_kind(token.text) is not None or not lemma_dictionary.is_known(token.text)


def unlisted_name(token: Token, names: set[int]) -> bool:
    """A word German does not know, in a name's place: "Verteidigungsminister Rumsfeld" (no "rum
    field"), where "zur Deeskalationszone" is a new compound, and so is "der Görlitzer
    Oberbürgermeisterwahl": a compound of known words with an article of its own, or one the
    tagger calls a common noun (NN), except right after a title or a name particle."""
    if lemma_dictionary.is_known(token.text) or not _in_a_name_s_place(token, names):
        return False
    if after_name_particle(token) or titled(token):
        return True  # "de Villepin", "Innenminister Beckstein": no "villas pin", "baker stone"
    with_article = any(child.dep_ == "det" and "Art" in child.morph.get("PronType") for child in token.children)
    # the tagger's own NN (common noun) counts as the article does: "beschließt Hauptstadtverlegung"
    common = with_article or token.tag_ == "NN"
    return not (common and split_compound(token.text, lemma_dictionary.is_known))


def _in_a_name_s_place(token: Token, names: set[int]) -> bool:
    """Where a name stands: with no article, beside another name, after the noun it names."""
    return (
        bare(token)
        or after_name(token, names)
        or _before_name(token)
        or _after_classifier(token)
        or _coordinated_with_name(token)
        or after_name_particle(token)
    )


def capitalised_by_position(token: Token) -> bool:
    """A word that opens its sentence and is a word in lower case too: "Kurz danach" (kurz), not
    "Auenwald liegt …" (a noun: its dictionary form keeps the capital)."""
    if token.pos_ == "NOUN" or not starts_sentence(token, OPENS_CAPITALISED):
        return False
    lower = token.text.lower()
    return lemma_dictionary.is_known(lower) and lemma_dictionary.lemmatize(lower)[:1].islower()


def beside_first_name(token: Token) -> bool:
    """A word Wiktionary lists as a name too, right before or after a first name: "Kai Uwe Ernst"
    ("Kai" is also a quay), "Hans Peter"; not one with an article or possessive of its own, which is the
    noun saying who the name is ("seiner Mutter Julia")."""
    if database.name_kind(token.text) is None:
        return False
    if token.i > 0 and token.doc[token.i - 1].tag_ in ("ART", "PPOSAT", "APPRART"):
        return False
    neighbours = [token.doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(token.doc)]
    return any(n.pos_ == "PROPN" and n.text[:1].isupper() and is_name(n.text) for n in neighbours)


def opens_a_name(token: Token) -> bool:
    """A word Wiktionary lists as a name too, with no article, that the parser makes the head of the name
    (or the word German does not know) after it: "mit Mark Milley" (not the currency), where "die Mark
    Brandenburg" has its article."""
    if token.i + 1 >= len(token.doc) or database.name_kind(token.text) is None:
        return False
    after = token.nbor(1)
    return (
        (after.pos_ == "PROPN" or unknown_word(after)) and after.dep_.startswith("flat") and after.head.i == token.i
        and not any(child.dep_.startswith("det") or child.dep_ == "amod" for child in token.children)
    )


def after_place_classifier(token: Token) -> bool:
    """Right after a noun that names a place or body by it, with no article of its own: "die
    Gemeinde Auenwald", "Staatsanwaltschaft Halle"."""
    if token.i == 0 or not place_classifier(token.nbor(-1).text):
        return False
    if database.name_kind(token.text) is None and ("Plur" in token.morph.get("Number") or _everyday_noun(token.text)):
        # "der Stadt Prioritäten", "war die Stadt Mitglied in der Hanse": a plural or an everyday word, unless
        # Wiktionary knows a place so named ("die Stadt Essen"); a rare one may be the name ("die Gemeinde Auenwald")
        return False
    # an article before the classifier may hang on the name ("Die Staatsanwaltschaft Halle")
    own = [child for child in token.children if child.i > token.i - 1]
    return not any(child.dep_.startswith("det") or child.dep_ == "amod" for child in own)


def _everyday_noun(word: str) -> bool:
    return frequency(word).zipf >= _EVERYDAY_ZIPF and listed_noun(word)


_EVERYDAY_ZIPF = 4.0  # "Mitglied", "Hafen", "Zentrum"; not "Auenwald"
_NAME_LINKS = ("compound", "flat", "flat:name")


def in_a_persons_name(token: Token) -> bool:
    """A part of a name of several words that opens with one Wiktionary lists only as a name, a first
    name: "Adele Bloch-Bauer", whose gender is the woman's, not that of the word the surname spells
    ("Bauer"); not "Stadtbezirk Mariahilf", a noun before a place's name."""
    root = token.head if token.dep_ in _NAME_LINKS else token
    chain = sorted([root, *(child for child in root.children if child.dep_ in _NAME_LINKS)], key=lambda part: part.i)
    return len(chain) > 1 and all(part.text[:1].isupper() for part in chain) \
        and chain[0].pos_ == "PROPN" and only_a_name(chain[0].text)


def only_a_name(word: str) -> bool:
    """Wiktionary knows the word only as a name ("Zweibrücken", "Kaiserslautern")."""
    try:
        return database.name_kind(word) == "only"
    except LexiconMissingError:
        return False


def named_by_itself(word: str) -> bool:
    """Wiktionary knows the word only as a name, or the dictionary glosses it with itself ("Birmingham":
    Birmingham), as it does a place's name."""
    try:
        return only_a_name(word) or lookup(word, "NOUN").gloss[:1] == (word,)
    except LexiconMissingError:
        return False


_SHORTEST_CLASSIFIER_ENDING = 5  # "Wahlkreis", "Hansestadt"; not "Ort" in "Sport"
# (ending, length of the classifier) of the classifiers a compound may end in, lower-cased as there
_CLASSIFIER_ENDINGS = tuple(
    (classifier.lower(), len(classifier)) for classifier in PLACE_CLASSIFIERS
    if len(classifier) >= _SHORTEST_CLASSIFIER_ENDING
)
_ANY_CLASSIFIER_ENDING = tuple(ending for ending, _ in _CLASSIFIER_ENDINGS)


@functools.lru_cache(maxsize=65536)
def place_classifier(word: str) -> bool:
    """A noun that names a place or body by the name after it, also as a compound's last part:
    "Staatsanwaltschaft", "Generalstaatsanwaltschaft", "Wahlkreis". Kept per word, and the endings
    tried all at once first: the name rules ask it of most nouns."""
    if word in PLACE_CLASSIFIERS:
        return True
    return word.endswith(_ANY_CLASSIFIER_ENDING) and any(
        word.endswith(ending) and len(word) > length for ending, length in _CLASSIFIER_ENDINGS
    )


def _genitive(token: Token) -> bool:
    """A name's genitive, which takes the article's place: "Trumps" (when "Trump" occurs too)."""
    if not (token.text.endswith("s") and token.text[:1].isupper()):
        return False
    base = token.text[:-1]
    return "Gen" in token.morph.get("Case") or base in doc_facts.forms(token.doc)


def _before_name(token: Token) -> bool:
    """Right before a name, or joined to one by a hyphen: "Joshua Nkomo", "Kramp-Karrenbauer"."""
    doc = token.doc
    after = token.i + 1
    if after + 1 < len(doc) and doc[after].text == "-" and not token.whitespace_:
        after += 1
    return after < len(doc) and doc[after].pos_ == "PROPN"


def before_unknown_name(token: Token) -> bool:
    """A word the dictionary lacks right before a name German does not know at all: a first name,
    "Hossein Mussawian" (no "Hose" and "Sein", trouser being)."""
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    named = after is not None and after.pos_ == "PROPN" and after.text[:1].isupper() and unknown_word(after)
    # "Hurrikan Katrina", "Prinzessin Haya": words; "der Energieriese Exxon": a noun with its article
    return named and not database.has_gloss(token.text) and not _after_determiner(token)


def no_word_before_unknown_name(token: Token) -> bool:
    """A word that names nothing in the dictionary and splits into no words, right before a name
    German does not know: the first name "Alan" in "Alan Turing", which simplemma lists."""
    return before_unknown_name(token) and not lookup(token.text, "NOUN").found and _unknown_parts(token.text)


def _unknown_parts(text: str) -> bool:
    return split_compound(text, lemma_dictionary.is_known) is None


def _after_determiner(token: Token) -> bool:
    """An article or a determiner right before the word, which a first name does not take."""
    return token.i > 0 and token.nbor(-1).pos_ == "DET"


def _after_classifier(token: Token) -> bool:
    """A noun right before it that it names: "Kommune Qeqertalik", "Außenminister Pompeo"."""
    return token.i > 0 and token.nbor(-1).pos_ == "NOUN"


def _coordinated_with_name(token: Token) -> bool:
    """In a list with a name: "Balikpapan und Samarinda"."""
    if token.dep_ == "conj" and token.head.pos_ == "PROPN":
        return True
    return any(child.dep_ == "conj" and child.pos_ == "PROPN" for child in token.children)


def after_name_particle(token: Token) -> bool:
    """"von der Leyen", "van Gogh": a name particle after a capitalised word or opening the sentence
    ("von" only with its article: "die Rede von Merz" is no name particle), undeclined: "Von den
    Erkundungsfahrzeugen …" is a plural after a preposition and its article."""
    if declined(token):
        return False
    i = token.i - 1
    if i > 0 and token.doc[i].text == "-" and not token.doc[i - 1].whitespace_:
        i -= 1  # "al-Haidari"
    has_article = i > 0 and token.doc[i].lower_ in PARTICLE_ARTICLES
    particle = token.doc[i - 1] if has_article else token.doc[i] if i >= 0 else None
    if particle is None or particle.lower_ not in NAME_PARTICLES or (particle.lower_ == "von" and not has_article):
        return False
    if particle.is_sent_start:
        return True
    return particle.is_lower and particle.nbor(-1).text[:1].isupper()
