"""What the dictionary says about a noun for its case: gender and plural, whether it declines like an
adjective ("der Abgeordnete", "ein Abgeordneter"), whether it has no singular ("Eltern")."""

from __future__ import annotations

import functools
import re

from reader.labels import MORPH_GENDERS
from reader.lexicon import database
from reader.lexicon.database import LexiconMissingError
from reader.nlp import lemma_dictionary
from reader.nlp.lang.english import PERSON_WORDS
from reader.nlp.lang.grammar import ADJECTIVAL_NOUNS
from reader.nlp.lang.prepositions import CONTRACTIONS
from reader.nlp.lang.valency import object_case
from reader.nlp.lang.verbs import WITHOUT_UMLAUT, with_umlaut
from reader.nlp.language_nouns import language_entry
from reader.nlp.verb_forms import infinitive_of_participle, is_participle


@functools.lru_cache(maxsize=65536)
def noun_entry(lemma: str) -> tuple[str | None, str | None, bool]:
    """(gender, plural, declines like an adjective) of a noun lemma, looked up once per lemma; Nones
    when unknown."""
    try:
        from reader.lexicon import declines_like_adjective, lookup
        from reader.lexicon.abbreviations import abbreviation_expansion

        expansion = abbreviation_expansion(lemma)
        if expansion[:1].isupper() and expansion != lemma:
            return noun_entry(expansion)  # "Art. 14": der Artikel, "Abs. 2": der Absatz
        entry = lookup(lemma, "NOUN")
    except LexiconMissingError:  # a missing lexicon must not break the analysis
        return None, None, False
    if entry.pos == "ADJ" and language_entry(lemma) is not None:
        return "Neut", None, False  # "das Arabisch": a language named by its adjective
    first = ""
    if entry.pos is None and not entry.found and lemma[:1].isupper():
        first, entry = _last_part(lemma, lookup) or (first, entry)
    if entry.pos not in (None, "NOUN") or (not entry.found and not entry.gender):
        return None, None, False
    plural = entry.plural or _regular_feminine_plural(entry.term, entry.gender)
    if first and plural:
        plural = first + plural.lower()
    return MORPH_GENDERS.get(entry.gender or ""), plural, declines_like_adjective(entry.term, entry.gender, entry.plural)


@functools.lru_cache(maxsize=4096)
def gender_of_a_named_thing(name: str) -> str | None:
    """The gender of a name the dictionary lacks, taken from the noun it ends in, however short, as a
    building's or a place's name ends in one ("Holstentor": das Tor); None for a name Wiktionary lists
    (a town is neuter whatever it ends in: "das alte Hamburg") or one ending in no noun."""
    try:
        from reader.lexicon import lookup

        if database.name_kind(name) is not None or lookup(name, "NOUN").found:
            return None
        part = _last_part(name, lookup, shortest=_SHORTEST_NOUN)
    except LexiconMissingError:
        return None
    return MORPH_GENDERS.get(part[1].gender) if part else None


_SHORTEST_NOUN = 3  # letters: "Tor", "Tal", "Amt"


@functools.lru_cache(maxsize=65536)
def noun_genders(lemma: str) -> tuple[str, ...]:
    """Every gender of a noun lemma, its own first: ("Masc", "Fem") for See (der See, die See), so that
    "Der große See liegt" may be a nominative; its one gender where the dictionary lists no other."""
    gender = noun_entry(lemma)[0]
    try:
        from reader.lexicon import lookup, noun_genders as listed_genders

        others = listed_genders(lookup(lemma, "NOUN").term)[1:] if gender else ""
    except LexiconMissingError:
        others = ""
    return tuple(g for g in (gender, *(MORPH_GENDERS.get(letter) for letter in others)) if g)


_LAST_PART = 5  # letters of the shortest last part that tells an unknown compound's gender ("Säure")
_FIRST_PART = 3


def _last_part(lemma: str, lookup, shortest: int = _LAST_PART):
    """(first part, entry) of the longest noun an unknown compound ends in, whose gender and plural are
    the compound's: "Ibotensäure" is a Säure (feminine) though the dictionary knows no "Iboten"."""
    for start in range(_FIRST_PART, len(lemma) - shortest + 1):
        entry = lookup(lemma[start:].capitalize(), "NOUN")
        if entry.source == "exact" and entry.pos == "NOUN" and entry.gender:
            return lemma[:start], entry
    return None


# Feminine endings whose plural is always regular: "-e" takes "-n", the suffixes "-en", "-nis" "-nisse".
_FEMININE_PLURAL_ENDINGS = {
    "e": "n", "ung": "en", "heit": "en", "keit": "en", "schaft": "en", "ion": "en", "tät": "en", "ei": "en", "enz": "en",
    "anz": "en", "nis": "se",
}


def _regular_feminine_plural(lemma: str, gender: str | None) -> str | None:
    """The plural Ding does not give for a feminine noun of a regular ending ("Verwendungsweise":
    Verwendungsweisen), so the form tells the number; None for any other noun."""
    if gender != "f":
        return None
    return next((lemma + plural for ending, plural in _FEMININE_PLURAL_ENDINGS.items() if lemma.endswith(ending)), None)


# Determiners and contractions that only go with a masculine or neuter singular noun ("im Falle").
_MASCULINE_NEUTER_SINGULAR = {"dem", "des", "einem", "eines"} | {
    word for word, (_, case, gender, _) in CONTRACTIONS.items() if case == "Dat" and gender is None
}


def lemma_by_article(token, lemma: str) -> str:
    """A noun whose form is its lemma plus a letter is its own lemma where its gender says so: a
    feminine noun in -e ("die Quelle" is a source, not the plural of "der Quell"; "die Halle" a hall,
    not the plural of "der Hall"; "eine Falle" a trap; "im Falle" is still "Fall"), and a masculine or
    neuter noun in -en after its singular article ("dem Gaza-Streifen" is the strip, not the plural of
    "die Streife", a patrol), also where the plural's umlaut hides it ("eine Stütze" is a support, not
    the plural of the Swiss "Stutz"), and a masculine noun in -e the morphology reads as a singular with its
    article ("Der Pole", not the plural of "Pol"). Returns `lemma` where that does not apply."""
    word = token.text
    if lemma == word and _plural_by_its_attributes(token):
        return _singular_of_plural_infinitive(word) or lemma
    if lemma == word or word[-1:] not in ("e", "n"):
        return lemma
    if _nominalised_infinitive(token, lemma):
        return word
    singular = _singular_of_listed_plural(word, lemma) or _commoner_noun_of_dative_plural(word, lemma)
    if singular is not None:
        return singular
    if lemma != word[:-1] and not (_same_but_umlaut(lemma, word[:-1]) and _own_headword(word)):
        return lemma  # (an umlaut plural is no headword of its own: "Kräfte" is Kraft's)
    singular_article = any(child.lower_ in _MASCULINE_NEUTER_SINGULAR for child in token.children)
    if word.endswith("e"):
        gender, plural, _ = noun_entry(word)
        if gender == "Masc" and plural not in (None, word) and token.morph.get("Number") == ["Sing"] and _with_article(token):
            return word  # "Der Pole sah …": a singular (plural Polen) with its article, no plural of "Pol"
        # "dieselben Zwecke": der Zweck's plural, the commoner noun, not die Zwecke (a tack) but after "eine"
        commoner = _commoner_noun_of_plural(word) == lemma and not any(c.lower_ in ("eine", "einer") for c in token.children)
        return word if noun_entry(word)[0] == "Fem" and not singular_article and not commoner else lemma
    # a feminine lemma cannot follow "dem"/"des": the word is a masculine or neuter noun of its own
    # ("dem Experten" stays Experte, "im Namen" Name)
    if singular_article and noun_entry(lemma)[0] == "Fem" and noun_entry(word)[0] in ("Masc", "Neut"):
        return word
    return lemma


def _singular_of_plural_infinitive(word: str) -> str | None:
    """"Das sind große Hallen": a plural spelt as an infinitive the dictionary lists as a noun (das Hallen,
    echoing), which has no plural, is the plural of the noun it is listed for (die Halle); not a noun
    that is its own plural ("verbindliche Abkommen", not der Abkomme)."""
    if not word.endswith("n") or not lemma_dictionary.is_infinitive(word.lower()) or noun_entry(word)[1] == word:
        return None
    return next((singular for singular in (word[:-1], word[:-2]) if noun_entry(singular)[1] == word), None)


def _plural_by_its_attributes(noun) -> bool:
    """An article of *noun* in the plural, or an adjective with the plural's strong ending -e, and no word
    only a singular takes ("große Hallen"; not "zum aktiven Fliegen", "von kontrolliertem Denken")."""
    words = [child for child in noun.children if child.dep_ in ("det", "amod", "case")]
    if any(word.lower_ in _NEUTER_SINGULAR or word.dep_ == "amod" and word.lower_.endswith(("em", "es")) for word in words):
        return False
    return any(
        word.dep_ == "det" and word.morph.get("Number") == ["Plur"] or word.dep_ == "amod" and word.lower_.endswith("e")
        for word in words
    )


def _with_article(noun) -> bool:
    return any(child.dep_ == "det" and child.tag_ == "ART" for child in noun.children)


# Articles only a neuter singular takes (or a masculine one, which a nominalised infinitive is not).
_NEUTER_SINGULAR = _MASCULINE_NEUTER_SINGULAR | {"das"}


def _nominalised_infinitive(noun, lemma: str) -> bool:
    """"das Lüften der Räume", "beim Lüften", "zum Spielen": an infinitive used as a noun, which is
    neuter, after a neuter singular article, where the lemmatiser took the form for a feminine or
    masculine noun's dative plural ("Lüften" as Luft's, "Anhängen" as Anhang's) or a neuter noun's
    plural, which no singular article goes with ("Spielen" as Spiel's)."""
    word = noun.text
    if not word.endswith("en") or not lemma_dictionary.is_infinitive(word.lower()):
        return False
    articles = [child.lower_ for child in noun.children if child.dep_ in ("det", "case")]  # (no subject "Das")
    if not any(article in _NEUTER_SINGULAR for article in articles):
        return False
    gender, plural, _ = noun_entry(lemma)
    if gender == "Fem" or (gender == "Masc" and "das" in articles):
        return True  # "beim Lüften" is no Luft's, "das Drehen" no Dreh's: "das" is neuter alone
    if gender == "Masc" and plural not in (None, lemma) and word == plural + "n":
        # "durch das Anhängen des Suffixes": no dative plural of Anhang after a singular article (a weak
        # masculine's singular is spelt as its plural itself: "des Schützen")
        return True
    if gender in ("Masc", "Neut") and plural not in (None, lemma) and word not in _forms(lemma, gender, plural):
        return True  # "beim Landen": no form of das Land (Länder), so landen's
    # a neuter plural the dictionary lists as a noun of its own (not "im Herzen", Herz's dative, nor a weak
    # masculine's singular spelt as its plural: "des Schützen")
    return gender == "Neut" and plural not in (None, lemma) and word in (plural, plural + "n") and _headword(word)


def _forms(lemma: str, gender: str, plural: str) -> set[str]:
    """The forms a masculine or neuter noun takes: its genitive in -s or -es, the old dative in -e, its
    plural and the dative plural in -n, and a weak masculine's -(e)n."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "e", plural, plural + "n"}
    return forms | {lemma + "n", lemma + "en"} if declines_weakly(lemma, gender, plural) else forms


def _headword(word: str) -> bool:
    """The dictionary lists *word* itself as a noun ("Spielen"), not as a form of another ("Herzen")."""
    from reader.lexicon import lookup

    entry = lookup(word, "NOUN")
    return entry.pos == "NOUN" and entry.term == word and entry.source == "exact"


def _singular_of_listed_plural(word: str, lemma: str) -> str | None:
    """The noun the dictionary lists *word* as the plural of, where the lemmatiser's lemma is no noun it
    lists: "Bären" is Bär's plural, not of "Bäre"."""
    from reader.lexicon import lookup

    try:
        if lookup(lemma, "NOUN").term == lemma or noun_entry(lemma)[2]:
            return None  # (a noun declined like an adjective has its own lemma: "die Versicherten")
        entry = lookup(word, "NOUN")
    except LexiconMissingError:
        return None
    listed = entry.pos == "NOUN" and not entry.composed and entry.term != word and bool(entry.plural)
    return entry.term if listed and word in (entry.plural, entry.plural + "n") else None


def _commoner_noun_of_dative_plural(word: str, lemma: str) -> str | None:
    """"zu militärischen Zwecken": a dative plural in -en that two listed nouns share, a feminine in -e
    ("die Zwecke", a tack) and one whose plural is that -e form ("der Zweck", Zwecke), is the plural of
    the commoner one, as the lemma frequencies count them."""
    return _commoner_noun_of_plural(lemma) if word == lemma + "n" else None


def _commoner_noun_of_plural(form: str) -> str | None:
    """The noun whose plural *form* is ("Zwecke": Zweck), where that noun is clearly commoner than the
    feminine noun spelt as *form* itself (die Zwecke, a tack)."""
    from reader.frequency import frequency

    shorter = form[:-1]
    if not form.endswith("e") or not listed_noun(shorter) or noun_entry(shorter)[1] != form:
        return None  # (a compound the lexicon composes is no listed noun: "Augenzeug")
    if noun_entry(form)[0] in ("Masc", "Neut"):
        return None  # a weak masculine's plural is its own ("die Germanen": der Germane, not the chemical German)
    # (clearly commoner: "Hall" and "Halle" are about as common, and "die Halle" is the hall)
    return shorter if frequency(shorter).zipf > frequency(form).zipf + _CLEARLY_COMMONER else None


_CLEARLY_COMMONER = 0.5  # Zipf points


def _same_but_umlaut(first: str, second: str) -> bool:
    return first.translate(WITHOUT_UMLAUT) == second.translate(WITHOUT_UMLAUT)


def _own_headword(word: str) -> bool:
    """The dictionary lists *word* itself as a singular noun, with a plural of its own ("Stütze",
    Stützen); not a plural it lists apart ("Hände", "Kräfte")."""
    from reader.lexicon import lookup

    try:
        entry = lookup(word, "NOUN")
    except LexiconMissingError:
        return False
    return entry.pos == "NOUN" and entry.term == word and not entry.composed and bool(entry.plural)


_FEMININE_OF_PERSON = "in"  # "Minister" → "Ministerin", "Arzt" → "Ärztin": German forms it for persons only


@functools.lru_cache(maxsize=16384)
def person_noun(lemma: str) -> bool:
    """A noun naming a person, as the dictionary shows it: it forms a feminine in -in ("Minister",
    "Arzt": Ärztin, "Experte": Expertin) or is one ("Ministerin"), declines like an adjective ("Verlobter")
    or its senses name a person ("Vater": father); "Position", "Regierung" form none.
    A feminine compound the dictionary does not list names a woman when its last part is one the
    dictionary lists ("Hochkommissarin": Kommissarin, "Bundesjustizministerin": Justizministerin)."""
    try:
        if listed_noun(lemma) or not lemma.endswith(_FEMININE_OF_PERSON):
            return _forms_a_feminine(lemma) or declined_person(lemma) or senses_name(lemma, PERSON_WORDS)
        tails = (lemma[k].upper() + lemma[k + 1 :] for k in range(1, len(lemma) - _MIN_HEAD + 1))
        return any(_listed_feminine(tail) and _forms_a_feminine(tail) for tail in tails)
    except LexiconMissingError:
        return False


def names_someone(word) -> bool:
    """A personal pronoun, a name or a noun naming a person ("sie", "die EU", "der Minister"): of two
    phrases that could each be the subject, the likelier one."""
    if word.pos_ == "PRON":
        return "Prs" in word.morph.get("PronType")
    return word.pos_ == "PROPN" or word.pos_ == "NOUN" and person_noun(word.text)


def declines_weakly(lemma: str, gender: str | None, plural: str | None) -> bool:
    """A masculine noun of the n-declension ("der Präsident, dem Präsidenten"): its plural adds -(e)n, it
    ends in none of -er, -el, -or ("des Autors"), and it has two syllables or more or names a person or
    animal ("des Menschen", "des Bären"): a one-syllable thing with that plural declines strongly in the
    singular ("des Staates", "dem Staat", "des Schmerzes")."""
    if gender != "Masc" or plural not in (lemma + "en", lemma + "n") or lemma.endswith(("er", "el", "or")):
        return False
    return len(_VOWEL_GROUPS.findall(lemma.lower())) > 1 or person_noun(lemma)


_VOWEL_GROUPS = re.compile(r"[aeiouäöüy]+")


def declined_person(lemma: str) -> bool:
    """A masculine or feminine noun the dictionary declines like an adjective: a person ("der Verlobte",
    "die Abgeordnete"), where "das Gute" is none."""
    gender, _plural, declines = noun_entry(lemma)
    return declines and gender in ("Masc", "Fem")


def senses_name(lemma: str, words: frozenset[str]) -> bool:
    """The noun's first two senses use one of the English `words` ("Vater": father; "Mitglied": member, none)."""
    from reader.lexicon import lookup

    senses = lookup(lemma, "NOUN").gloss[:2]
    return any(word in words for sense in senses for word in re.findall(r"[a-z]+", sense.lower()))


_MIN_HEAD = 5  # the shortest last part of a compound tried: "Rätin", not "Amin" of "Vitamin"


def _forms_a_feminine(lemma: str) -> bool:
    if lemma.endswith(_FEMININE_OF_PERSON) and listed_noun(lemma) and noun_entry(lemma)[0] == "Fem":  # not "der Termin"
        base = lemma[: -len(_FEMININE_OF_PERSON)]
        # "Ärztin" of Arzt, "Expertin" of Experte, "Prinzessin" of Prinz
        if any(listed_noun(form) for form in {base, base + "e", base.translate(WITHOUT_UMLAUT), base.removesuffix("ess")}):
            return True
    if not listed_noun(lemma) or noun_entry(lemma)[0] == "Fem":
        return False  # a feminine forms none: "Statistik" is no person, whatever "Statistikin" the lexicon made up
    return has_feminine_form(lemma)  # (not a "Gewässerin" the lexicon made up)


def _feminines_of(lemma: str) -> set[str]:
    """The feminines in -in a noun naming a person would form: "Arzt" → Arztin, Ärztin; "Experte" → Expertin."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    return {form + _FEMININE_OF_PERSON for form in (stem, with_umlaut(stem))}


@functools.lru_cache(maxsize=4096)
def listed_with_feminine(lemma: str) -> bool:
    """A noun naming a person whose feminine the dictionary itself lists, as a title's has ("König":
    Königin, "Präsident": Präsidentin); not one whose feminine the lexicon only made up
    ("Rassemblement")."""
    try:
        return listed_noun(lemma) and any(map(_listed_feminine, _feminines_of(lemma)))
    except LexiconMissingError:
        return False


@functools.lru_cache(maxsize=4096)
def has_feminine_form(lemma: str) -> bool:
    """The lexicon holds a feminine in -in of *lemma* as a noun of its own, from Ding or Wiktionary
    ("Pilot": Pilotin, "Gast": Gästin), as nouns naming a person have; "Körper", "Staat" have none."""
    try:
        return any(
            row.pos == "NOUN" and row.gender == "f" for form in _feminines_of(lemma) for row in database.term_rows(form)
        )
    except LexiconMissingError:
        return False


def _listed_feminine(word: str) -> bool:
    """A feminine noun the dictionary itself lists, not one the lexicon made up from a masculine
    ("Steuerin" of Steuer)."""
    from reader.lexicon import lookup

    entry = lookup(word, "NOUN")
    return entry.source == "exact" and entry.pos == "NOUN" and noun_entry(word)[0] == "Fem"


def listed_noun(word: str) -> bool:
    """The dictionary has `word` as a noun of its own, not only as a guess from its parts. Raises
    LexiconMissingError without a lexicon."""
    from reader.lexicon import lookup

    entry = lookup(word, "NOUN")
    return entry.found and entry.pos == "NOUN" and not entry.composed


@functools.lru_cache(maxsize=4096)
def genderless_noun(lemma: str) -> bool:
    """A noun the dictionary lists without gender or plural and that is no name: a plural-only noun
    ("Eltern", "Kosten"; not "Argentinien")."""
    try:
        from reader.lexicon import lookup
        from reader.lexicon.database import name_kind

        entry = lookup(lemma, "NOUN")
        return entry.found and entry.pos == "NOUN" and entry.gender is None and entry.plural is None and name_kind(lemma) is None
    except LexiconMissingError:
        return False


@functools.lru_cache(maxsize=4096)
def uncounted(lemma: str) -> bool:
    """A noun whose first English sense has no plural English uses: a mass ("Weizen": wheat, "Kupfer":
    copper), which a bare form spelt alike in both numbers names in the singular."""
    from reader.nlp.lang.english import plural_of_gloss

    try:
        from reader.lexicon import lookup

        senses = lookup(lemma, "NOUN").gloss
    except LexiconMissingError:
        return False
    main = senses[0] if senses else ""
    # ("proceedings" is no mass, nor a people: "Ethiopian")
    return main[:1].islower() and not main.endswith("s") and not plural_of_gloss(main)


@functools.lru_cache(maxsize=4096)
def name_gender_and_number(name: str) -> tuple[str | None, str] | None:
    """(gender, number) of a name the dictionary lists as a noun without a plural: its gender and "Sing"
    where it gives a gender ("die Havel": Fem; "das Schweden", not "die Schweden", the Swedes), (None,
    "Plur") where it gives none ("die USA", "die Alpen"); None for a word it lists as no name, or with
    a plural (a common noun too: "die Linke")."""
    try:
        from reader.lexicon import lookup
        from reader.lexicon.database import name_kind

        if name_kind(name) is None:
            return None
        entry = lookup(name, "NOUN")
    except LexiconMissingError:
        return None
    if not entry.found or entry.pos != "NOUN" or entry.composed or entry.plural is not None or entry.term != name:
        return None
    return (MORPH_GENDERS[entry.gender], "Sing") if entry.gender in MORPH_GENDERS else (None, "Plur")


@functools.lru_cache(maxsize=16384)
def adjectival_noun(lemma: str) -> bool:
    """A noun made from a participle ("Vorsitzende", "Abgeordnete", "Verletzte") or one of the common
    adjectival nouns ("Deutsche", "Tote"), alone or as the last part of a compound
    ("Ausländerbeauftragte", "Militärangehörige"): its lemma is the adjective with -e. ("Liebe",
    "Breite" look the same but are nouns of their own, so only listed adjectives count.)"""
    if not lemma.endswith("e") or len(lemma) < 4 or not lemma[:1].isupper():
        return False
    gender, plural, declines = noun_entry(lemma)
    beside_masculine = listed_noun(lemma + "r")
    if gender and plural and not declines and listed_noun(lemma) and not beside_masculine:
        # a noun the dictionary declines as nouns do: "Wochenende" (-n), "Legende", "Dividende"; but one it
        # lists beside its strong masculine is adjectival whatever plural it lacks ("Lehrende", "Lehrender")
        return False
    if beside_masculine and _listed_adjective(lemma[:-1].lower()):
        return True  # "Blinde" beside "Blinder": the adjective blind made a noun
    if _adjectival_word(lemma, whole=True):
        return True
    return any(_adjectival_word(lemma[k].upper() + lemma[k + 1 :], whole=False) for k in range(3, len(lemma) - 4))


def _adjectival_word(word: str, whole: bool) -> bool:
    """`word` is a participle or a listed adjective with -e; as the last part of a compound only when
    long enough not to be a chance ending ("Gendarme" is no compound of "Arme")."""
    stem = word[:-1].lower()
    if whole and stem.endswith("end") and len(stem) > 5:
        return True
    if whole or len(stem) >= 6:
        if infinitive_of_participle(stem):
            return True
        verb = lemma_dictionary.lemmatize(stem)
        if verb != stem and is_participle(stem, verb):
            return True  # "Angeklagte": angeklagt, of anklagen
    if whole and _adjective_without_noun_entry(word):
        return True  # "der sonst so Eloquente": an adjective used as a noun, which the dictionary has no noun for
    return word in ADJECTIVAL_NOUNS and (whole or len(word) >= 5)


def _listed_adjective(word: str) -> bool:
    try:
        from reader.lexicon import lookup

        return lookup(word, "ADJ").pos == "ADJ"
    except LexiconMissingError:
        return False


def _adjective_without_noun_entry(word: str) -> bool:
    try:
        from reader.lexicon import lookup

        noun = lookup(word, "NOUN")
        if noun.found and noun.pos == "NOUN" and noun.gender:
            return False
        adjective = lookup(word[:-1].lower(), "ADJ")
    except LexiconMissingError:
        return False
    return adjective.found and adjective.pos == "ADJ" and adjective.source == "exact"


@database.lexicon_cache(maxsize=8192)
def takes_preposition(noun: str, preposition: str) -> bool:
    """The noun takes *preposition* for its object: the hand-made valency table has the pair
    ("Informationen über"), or the dictionary renders it in one of the noun's first senses ("Antrag auf":
    application for, "Interesse an": interest in)."""
    from reader.lexicon import lookup
    from reader.lexicon.valency import governed_preposition

    try:
        entry = lookup(noun, "NOUN")
        if object_case(preposition, entry.term, False) or object_case(preposition, noun, False):
            return True
        return any(governed_preposition(entry.term, "NOUN", preposition, sense) for sense in entry.gloss[:2])
    except LexiconMissingError:
        return False


def in_a_language(preposition: str, noun) -> bool:
    """"auf Deutsch", "auf Englisch": "auf" before a language's name, a capitalised "-sch" noun without
    article that is an adjective in lower case (not "auf dem Tisch"): in that language, the accusative."""
    from reader.lexicon import lookup

    if preposition != "auf":
        return False
    text = noun.text
    if not (text.endswith("sch") and text[:1].isupper()) or any(child.dep_ == "det" for child in noun.children):
        return False
    try:
        return lookup(text.lower(), "ADJ").pos == "ADJ"
    except LexiconMissingError:
        return False
