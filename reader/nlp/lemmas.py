"""Lemmas learners can trust: simplemma, corrected by the part of speech the parser found.

simplemma alone measured 97 % on held-out UD German; it does not know the part
of speech, so it turns participial adjectives into verbs ("einladend" →
"einladen"), misses capitalised verbs at the start of a sentence ("Hat") and
leaves genitive names alone ("Israels"). The rules here fix those classes, and
give contractions their preposition ("im" → "in") and verb forms simplemma does
not know their infinitive: zu-infinitives and participles of separable verbs
("einzumarschieren" → "einmarschieren", "abgedrängt" → "abdrängen") and
participles without ge- ("überreicht" → "überreichen") or that simplemma knows
only as adjectives ("geherrscht" → "herrschen"), and strong pasts it knows only
in the plural ("stand", as "standen", → "stehen"), and the present singular of "wissen" and the
modals ("du weißt" → "wissen", not "weißen"); a finite verb whose ge- is
part of its stem is no participle ("Das Haus gehört mir": "gehören", not
"hören"). Adverbs keep their form ("anders", not "anderer"), adjectives
simplemma does not know lose their ending ("dreiminütigen" → "dreiminütig"),
adjectives of places never inflect ("Berliner"), a capitalised "Sie" inside
a sentence is the polite "Sie", a plural written for both sexes ("Teilnehmer:innen",
"DoktorandInnen") is its noun, and a compound noun simplemma has not seen, or
only guesses at ("Theaterhaus" → "Theaterhausen"), is inflected like its last
part, in today's spelling ("Sicherheitsgründen" → "Sicherheitsgrund",
"Nominierungsprozess", not "…prozeß").
"""

from __future__ import annotations

import functools
import os
import re

from reader.lexicon import LexiconMissingError, form_entry, ordinal_number
from reader.nlp import lemma_dictionary
from reader.nlp.lang.grammar import todays_spelling
from reader.nlp.lang.prepositions import CONTRACTIONS
from reader.nlp.lang.strong_verbs import PRETERITE_PRESENT_SINGULAR
from reader.nlp.lang.verbs import SEPARABLE_PARTICIPLE, WITHOUT_UMLAUT, ZU_INFINITIVE
from reader.nlp.verb_form_checks import dictionary_verb
from reader.nlp.verb_forms import infinitive_of_participle, is_participle, is_preterite, listed_verb

_VERBS = {"VERB", "AUX"}
# What may stand between the parts of a compound: "Sicherheit|s|grund", "Straße|n|bahn", "Kind|er|garten".
_LINKING_ELEMENTS = ("", "s", "es", "n", "en", "e", "er", "ens")
_SS_AFTER_LONG_VOWEL = re.compile(r"(ie|ei|au|äu|eu)ss(?=[aeiou]|$)")
_ADJECTIVE_ENDING = re.compile(r"(?:e|em|en|er|es)$")
_ADJECTIVE_STEM = re.compile(r"(?:lich|ig|isch|bar|sam|haft|los|voll|end|[^aeiou]t|al|ell|iv|är|ant|ent|os)$")
_SUPERLATIVE = re.compile(r"^(\w{3,}(?:lich|ig|isch|bar|sam|haft|los|voll))e?st$")
# Adjectives that end many compounds, in the superlative with their umlaut: "bevölkerungsreichst",
# "umsatzstärkst", "strukturschwächst" (not "reichst" of reichen)
_COMPOUND_SUPERLATIVE = re.compile(r"^(\w{3,})(reich|stärk|ärm|schwäch|frei|weit|dicht|fest)e?st$")
_PAST_PARTICIPLE = re.compile(r"^(?:\w*ge\w+(?:t|en)|\w+iert)$")
_POLITE = {"Sie", "Ihnen"}
_NOT_INFLECTED = {"PUNCT", "SYM", "X"}
_KEEPS_CAPITALS = {"NOUN", "PROPN"}


def lemmatize(
    form: str, pos: str, morph: dict[str, str], starts_sentence: bool = False, finite: bool = False
) -> str:
    """The dictionary form of `form`, given its part of speech, morphological features and whether
    the tagger saw a finite verb."""
    if pos in _NOT_INFLECTED or not (form.isalpha() or any(char.isalpha() for char in form)):  # (most: all letters)
        return form
    inclusive = GENDER_INCLUSIVE.match(form) if pos in _KEEPS_CAPITALS else None
    if inclusive:
        return _inclusive_noun(inclusive.group("base"))
    if pos == "PROPN":
        return _proper_noun(form, morph)
    if pos == "PRON" and form in _POLITE and not starts_sentence:
        return "Sie"  # capitalised inside a sentence: the polite "you", a word of its own (as in UD)
    if pos == "ADJ" and not starts_sentence and form[:1].isupper() and form.endswith("er"):
        return form  # "Berliner", "Schweizer": adjectives of places never inflect
    if pos not in _KEEPS_CAPITALS and form[:1].isupper() and form[1:].islower():
        form = form.lower()  # capitalised only because it starts the sentence
    if form.lower() in CONTRACTIONS and pos in ("ADP", "DET"):
        return CONTRACTIONS[form.lower()][0]  # "im" is "in dem": the word to look up is "in"
    lemma = _modern_spelling(form, lemma_dictionary.lemmatize(form))
    if pos in _VERBS and "ß" in form and not lemma.endswith("n"):
        lemma = _verb_in_todays_spelling(form) or lemma
    if pos in _VERBS and "ß" in lemma and not listed_verb(lemma) and listed_verb(lemma.replace("ß", "ss")):
        lemma = lemma.replace("ß", "ss")  # simplemma's "außehen" for "ausgesehen", "aussah": aus|sehen
    if pos == "ADV" and lemma.islower() and lemma.endswith("n") and _listed_adverb(form.lower()):
        return form.lower()  # "Umgekehrt": the adverb (conversely), not umkehren's participle
    if pos == "ADV" and lemma.islower() and not lemma.endswith("n") and not form.endswith("er"):
        # Adverbs do not inflect: "anders" is not a form of "anderer". Where simplemma finds a noun
        # or a verb, the tagger is likelier wrong ("deckte"); comparatives keep their base ("später").
        return lemma if lemma.replace("ß", "ss") == form.lower() else form.lower()
    if pos in _VERBS and finite and form.lower() in PRETERITE_PRESENT_SINGULAR:
        return PRETERITE_PRESENT_SINGULAR[form.lower()]  # "du weißt": wissen, not weißen
    if pos in _VERBS and finite and _present_of_another_verb(form.lower(), lemma):
        return form.lower()[:-1] + "en"  # "Der Urin gelangt in die Blase": gelangen, not "ihr gelangt" (gelingen)
    if pos in _VERBS and finite and lemma != form.lower() and _present_commoner_than_past(form.lower(), lemma):
        return form.lower()  # "spannen sich die Muskeln an": spannen, present, not spinnen's past (spun)
    if pos in _VERBS and not finite and lemma != form.lower() and _infinitive_spelt_as_a_past(form.lower(), lemma):
        return form.lower()  # "soll … gelangen": a past is finite; the infinitive is gelangen's, not gelingen's past
    if pos in _VERBS and not finite and (own := _verb_of_ge_participle(form.lower(), lemma)):
        return own  # "ist … gelangt": gelangen's participle
    if pos in _VERBS and finite and form.startswith("ge") and (lemma == form or not lemma.startswith("ge")):
        return finite_ge_verb(form) or lemma
    if pos in _VERBS and not lemma.endswith("n") and listed_verb(form.lower()):
        # "zu schicken", "wir achten": a verb spelt as its infinitive is that verb, not the adjective
        # "schick" or the ordinal "achter" simplemma reads
        return form.lower()
    if pos in _VERBS and finite and not lemma.endswith("n"):
        return _strong_past(form.lower()) or (_verb(form) if lemma == form else lemma)
    if pos in _VERBS and lemma == form:
        return _verb(form)
    if pos == "ADJ":
        return _adjective(form, lemma)
    if pos == "NOUN" and lemma[:1].islower() and lemma.endswith("n") and form[:1].isupper() \
            and not form.lower().startswith(lemma):
        return form  # "kräftiges Futter": the noun, not the verb "futtern" simplemma reads
    if pos == "NOUN" and lemma == form + "s" and _noun_of_its_own(form):
        return form  # "ein weißer Junge": der Junge (boy), not the neuter "Junges" (young animal) simplemma reads
    if pos == "NOUN" and form[:1].isupper() and (lemma[:1].islower() or lemma == form):
        listed = _listed_noun(form)
        if listed is not None:
            return listed  # "Taube": the dove, not the adjective "taub"; "Kelten": the plural of "Kelte"
    if pos == "NOUN" and not _shares_stem(form, lemma):
        # simplemma's "Nierderlande" for "Niederlanden": a slip in its data, not an inflection; the dative
        # plural's -n off, the form is a word it knows
        return form[:-1] if form.endswith("n") and lemma_dictionary.is_known(form[:-1]) else form
    if pos == "NOUN" and form[1:].islower() and not lemma_dictionary.is_known(lemma):
        # simplemma has not seen the word, or guessed a lemma it has not seen ("Theaterhaus" →
        # "Theaterhausen"): inflect it like its last part, when that is a known word.
        compound = _compound_noun(form)
        if compound != form or lemma == form or len(lemma) > len(form):
            return compound
    return lemma


def _listed_noun(form: str) -> str | None:
    """The dictionary's noun for *form*: the form itself where listed as one ("Taube"), the singular where
    it is the listed plural ("Kelten": Kelte); None otherwise, or without a lexicon."""
    from reader.lexicon import LexiconMissingError, lookup  # (the lexicon's lookup lemmatises with this module)

    try:
        entry = lookup(form, "NOUN")
    except LexiconMissingError:
        return None
    if entry.pos != "NOUN" or entry.composed:
        return None
    if entry.source == "exact" and entry.term == form:
        return form
    return entry.term if entry.source == "variant" and entry.plural == form else None


def _shares_stem(form: str, lemma: str) -> bool:
    """A noun's inflection changes its ending and perhaps a vowel to an umlaut, so form and lemma share
    at least half the lemma from the start ("Häuser", "Haus"; "Kaufleute", "Kaufmann")."""
    plain_form, plain_lemma = form.lower().translate(WITHOUT_UMLAUT), lemma.lower().translate(WITHOUT_UMLAUT)
    shared = len(os.path.commonprefix([plain_form, plain_lemma]))
    return shared >= len(plain_lemma) / 2


@functools.lru_cache(maxsize=65536)
def token_lemma(form: str, pos: str, genitive: bool, starts_sentence: bool, finite: bool) -> str:
    """`lemmatize` for a token, of which only a genitive case matters among its features: kept per
    distinct answer, since a text repeats its words (the lemmatizer component asks for every token)."""
    return lemmatize(form, pos, {"Case": "Gen"} if genitive else {}, starts_sentence, finite)


def _modern_spelling(form: str, lemma: str) -> str:
    """Today's standard spelling: simplemma knows some words only as before 1996 ("Paß"), and a
    form written with "ss" ("Pass", "Pässe") shows the text uses today's spelling, so the lemma does
    too; Swiss "anschiessen", "draussen" are looked up as "anschießen", "draußen"."""
    modern = todays_spelling(lemma)
    # Only where the form is that word itself ("Schlosses", "Flüsse" with its plural's umlaut), not a vowel
    # change ("beschlossen").
    plain = form.lower().translate(WITHOUT_UMLAUT)
    if modern != lemma and "ß" not in form and plain.startswith(modern.lower().translate(WITHOUT_UMLAUT)):
        return modern
    # Swiss spelling writes ss for ß everywhere: after a long vowel the standard lemma has ß
    # ("draussen"), except where the s ends a prefix: "Voraus|setzung", "aus|gesetzt".
    standard = _SS_AFTER_LONG_VOWEL.sub(_sharp_s_unless_prefix, lemma)
    if standard != lemma and lemma_dictionary.is_known(standard):
        return standard
    return lemma


def _sharp_s_unless_prefix(match: re.Match[str]) -> str:
    rest = match.string[match.end() - 1 :]  # "setzung" in "Voraussetzung"
    prefix_ends = len(rest) >= 4 and lemma_dictionary.is_known(rest)
    return match.group(1) + ("ss" if prefix_ends else "ß")


def _proper_noun(form: str, morph: dict[str, str]) -> str:
    if morph.get("Case") == "Gen" and form.endswith("s") and len(form) > 3:
        return form[:-1]
    if form.isalpha() and form[1:].islower() and lemma_dictionary.is_known(form):
        # An ordinary noun the tagger took for a name ("Emissionen"): inflected like a noun, or an adjective
        # ("Bevorzugte"); no verb of another stem ("Sankt" of "Sankt Petersburg" is no form of sinken)
        lemma = _modern_spelling(form, lemma_dictionary.lemmatize(form))
        inflected = form.lower().startswith(lemma) and lemma != form.lower()  # "bevorzugte": bevorzugt; not "adenin"
        return lemma if lemma[:1].isupper() or inflected else form
    return form


# A plural written for both sexes: "Teilnehmer:innen", "Erstunterzeichner*innen", "DoktorandInnen".
GENDER_INCLUSIVE = re.compile(r"^(?P<base>[A-ZÄÖÜ]\w+?)(?:[:*_]innen|Innen)$")


def _inclusive_noun(base: str) -> str:
    """The noun a both-sexes plural is made of: "Teilnehmer", "Doktorand", "Kolleg" → "Kollege" (a
    noun in -e of its own, not a plural like "Freunde")."""
    with_e = base + "e"
    if lemma_dictionary.is_known(with_e) and lemma_dictionary.lemmatize(with_e) == with_e:
        return with_e
    return base


def _compound_noun(form: str) -> str:
    """An unknown compound is inflected like its last part: "Sicherheitsgründen" → "Sicherheitsgrund";
    the longest last part whose first part is a word too ("Halbleiter|sparte", not "Halbleit|ersparte"),
    else the longest last part."""
    splits = []
    for split in range(3, len(form) - 3):
        head = form[split:].capitalize()
        lemma = lemma_dictionary.lemmatize(head)
        if lemma[:1].isupper() and lemma_dictionary.is_known(head):  # a noun: "Erhaus" is a verb form
            splits.append(form[:split] + _modern_spelling(head, lemma).lower())
            if _word_before_linking(form[:split]):
                return splits[-1]
    return splits[0] if splits else form


def _word_before_linking(modifier: str) -> bool:
    """`modifier` is a word, perhaps with a linking element: "Halbleiter", "Sicherheits", "Straßen"."""
    return any(
        modifier.endswith(link) and lemma_dictionary.is_known(modifier.removesuffix(link).capitalize())
        for link in _LINKING_ELEMENTS
        if len(modifier) - len(link) >= 3
    )


def _verb_in_todays_spelling(form: str) -> str | None:
    """The infinitive of a verb form spelt as before 1996 that simplemma knows only in today's
    spelling: "gewußt" as "gewusst" (wissen)."""
    respelled = todays_spelling(form.lower())
    lemma = lemma_dictionary.lemmatize(respelled)
    return lemma if lemma != respelled and lemma.endswith("n") else None


def _verb(form: str) -> str:
    """Infinitive of a verb form simplemma does not know, or knows only as itself (an adjective)."""
    lower = form.lower()
    match = ZU_INFINITIVE.match(lower)
    if match:
        return match.group(1) + match.group(2)
    match = SEPARABLE_PARTICIPLE.match(lower)
    if match:
        infinitive = match.group(1) + _participle("ge" + match.group(2))
        # "angehören" is an infinitive itself, not a participle "an|ge|hören" of anhören ("abgefangen" is one)
        if lemma_dictionary.is_infinitive(lower) and not is_participle(lower, infinitive):
            return lower
        return infinitive
    if lower.endswith("t"):
        return _participle(lower)
    if listed_verb(lower):
        return form  # a participle spelt as its own infinitive: "geraten", not raten's
    return infinitive_of_participle(lower) or form  # a strong participle simplemma reads as an adjective: "verloren"


def _participle(participle: str) -> str:
    """"geherrscht" → "herrschen", "gedeutet" → "deuten"; without ge-: "überreicht" → "überreichen"."""
    lemma = lemma_dictionary.lemmatize(participle)
    if lemma != participle:
        return lemma
    stems = (participle[2:], participle) if participle.startswith("ge") else (participle,)
    for stem in stems:
        for infinitive in (stem[:-1] + "en", stem[:-1] + "n", stem[:-2] + "en"):
            if lemma_dictionary.is_infinitive(infinitive):
                return infinitive
    return participle


def _strong_past(form: str) -> str | None:
    """"stand" → "stehen": simplemma knows some strong pasts only in the plural ("standen")."""
    for plural in (form + "en", form + "n"):
        infinitive = lemma_dictionary.lemmatize(plural)
        if infinitive != plural and lemma_dictionary.is_infinitive(infinitive):
            return infinitive
    return None


def _present_of_another_verb(form: str, lemma: str) -> bool:
    """`form` reads as `lemma` only as its rare second person plural past (the past stem + t: "gelangt" of
    gelang), and is the third person present of a verb the dictionary has ("gelangen")."""
    return form.endswith("t") and is_preterite(form[:-1], lemma) and dictionary_verb(form[:-1] + "en")


def finite_ge_verb(form: str) -> str | None:
    """A finite verb whose ge- belongs to its stem, which simplemma reads as a participle:
    "Das Haus gehört mir" is gehören, not hören; "gefällt" is gefallen."""
    stem = form[:-1] if form.endswith("t") else form
    for candidate in (stem + "en", stem + "n", form + "en"):
        for infinitive in (candidate, candidate.translate(WITHOUT_UMLAUT)):
            if lemma_dictionary.is_infinitive(infinitive):
                return infinitive
    return None


def _present_commoner_than_past(form: str, lemma: str) -> bool:
    """*form* spells a listed verb's infinitive, so its plural present, and the past of *lemma* as well
    ("spannen": spannen, and spinnen's "sie spannen"); the present is meant where its verb is the commoner."""
    from reader.frequency import frequency  # (the frequency list loads only when a form is both)

    return is_preterite(form, lemma) and listed_verb(form) and frequency(form).zipf > frequency(lemma).zipf


def _adjective(form: str, lemma: str) -> str:
    """Participles used as adjectives keep their participle form: "einladend", "interessiert", "versteckt";
    an adjective simplemma does not know loses its ending: "dreiminütige" → "dreiminütig"; a compound's
    superlative is its base, whatever simplemma reads ("bevölkerungsreichsten": not reichen's "reichst")."""
    superlative = _COMPOUND_SUPERLATIVE.match(_ADJECTIVE_ENDING.sub("", form))
    if superlative:
        return superlative.group(1) + superlative.group(2).translate(WITHOUT_UMLAUT)
    if lemma[:1].isupper() and form[:1].islower():  # read as a noun: "Unverschämte"
        return _without_adjective_ending(form)
    if lemma == form and not lemma_dictionary.is_known(form):
        return _without_adjective_ending(form)
    if lemma.endswith("n") and (ordinal := ordinal_number(form.lower())):
        return ordinal  # "Die achte Klasse": the ordinal, not "achten"
    if lemma.endswith("n"):
        stem = _ADJECTIVE_ENDING.sub("", form) if len(form) > 5 else form
        without_ge = stem in (lemma[:-2] + "t", lemma[:-1] + "t")  # "versteckte" of "verstecken"
        if stem.endswith("end") or without_ge or _PAST_PARTICIPLE.match(stem) or _participle_listed_as_adjective(stem, lemma):
            return stem
    stem = _ADJECTIVE_ENDING.sub("", form)
    verb = lemma_dictionary.lemmatize(stem)
    if stem != form and stem.endswith("t") and verb.islower() and verb.endswith("n") and is_participle(stem, verb):
        return stem  # "weiterentwickelte": simplemma's "weiterentwickel" is no word; the participle is
    return lemma


def _infinitive_spelt_as_a_past(form: str, lemma: str) -> bool:
    """*form* is a past of *lemma* and a verb's infinitive, but no participle of *lemma* ("gelangen", not
    "beschlossen", which is both beschließen's past and its participle)."""
    return form.endswith("en") and is_preterite(form, lemma) and not is_participle(form, lemma) and dictionary_verb(form)


def _verb_of_ge_participle(form: str, lemma: str) -> str | None:
    """The verb whose ge- belongs to its stem that *form* is the participle of, where it is none of
    *lemma*'s: "gelangt" is gelangen's, not gelingen's "ihr gelangt"; None otherwise."""
    if not form.startswith("ge") or not form.endswith("t") or is_participle(form, lemma):
        return None
    verb = form[:-1] + "en"
    return verb if dictionary_verb(verb) and is_participle(form, verb) else None


def _noun_of_its_own(form: str) -> bool:
    """The dictionary lists *form* itself as a noun with a plural of its own ("Junge": Jungen)."""
    from reader.nlp.noun_lexicon import noun_entry  # (its module imports the lemma rules' callers)

    gender, plural, adjectival = noun_entry(form)
    return gender is not None and plural not in (None, form) and not adjectival


def _listed_adverb(form: str) -> bool:
    """The dictionary has *form* itself as an adverb ("umgekehrt"; not "moderne", a form of modern)."""
    from reader.nlp.capitalised_words import listed_as  # (its module imports the lemma rules' callers)

    try:
        return listed_as(form, "ADV")
    except LexiconMissingError:
        return False


def _participle_listed_as_adjective(stem: str, verb: str) -> bool:
    """A participle without "ge" that the lexicon lists as an adjective of its own: "verwandt" (related;
    verwenden's), "verschlossen"."""
    if infinitive_of_participle(stem) != verb:
        return False
    try:
        return form_entry(stem, "ADJ") is not None
    except LexiconMissingError:
        return False


def _without_adjective_ending(form: str) -> str:
    """ "dreiminütige" → "dreiminütig", "namhaftesten" → "namhaft": only where what is left ends
    like an adjective."""
    stem = _ADJECTIVE_ENDING.sub("", form)
    superlative = _SUPERLATIVE.match(stem)
    if superlative:
        return superlative.group(1)
    return stem if _ADJECTIVE_STEM.search(stem) else form


def genitive_of_name(form: str, names: set[str]) -> str | None:
    """ "Rabins" → "Rabin" where the text also names "Rabin": the genitive -s of a name."""
    if len(form) > 3 and form.endswith("s") and form[:1].isupper() and form[:-1] in names:
        return form[:-1]
    return None
