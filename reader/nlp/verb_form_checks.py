"""The verb forms the finite-verb rules test a word for, and how a word becomes a finite verb.

    lemma = inflected_verb(token)     # "schickte" → "schicken", None inside a noun phrase
    make_finite(token, lemma)          # part of speech, tag, tense and number of a finite verb

Kept apart from the rules that decide where a clause's finite verb stands
(reader.nlp.finite_verbs), which use them all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.lexicon.database import LexiconMissingError
from reader.nlp import lemma_dictionary
from reader.nlp.lang.grammar import MODALS
from reader.nlp.lang.strong_verbs import PRETERITE_PRESENT_SINGULAR
from reader.nlp.lang.verbs import WITHOUT_UMLAUT
from reader.nlp.verb_forms import infinitive_of_konjunktiv_ii, is_participle, is_preterite

if TYPE_CHECKING:  # annotations only: importing the rule must not load spaCy
    from spacy.tokens import Token

VERBS = {"VERB", "AUX"}
AUXILIARIES = {"sein", "haben", "werden"}
INFINITIVE_ENDINGS = ("en", "ern", "eln", "tun")
# Before a finite verb in second place stands the end of a phrase, not its beginning
# (nor an attributive adjective, STTS "ADJA"; "später schickte" has an adverbial one).
_OPENS_PHRASE = {"DET", "ADP"}
_VERB_FEATURES = {"Mood", "Number", "Person", "Tense"}
_WEAK_PAST = ("te", "ten", "test", "tet", "ete", "eten", "etest", "etet")


def dictionary_verb(lemma: str) -> bool:
    """The lexicon has `lemma` itself as a verb; without a lexicon, simplemma's reading stands."""
    try:
        from reader.lexicon import is_verb

        return is_verb(lemma)
    except LexiconMissingError:
        return True


def unknown_noun(token: Token) -> bool:
    """A capitalised word the dictionary knows only as a guess from parts ("Wiesheu"): likely a name."""
    if token.pos_ != "NOUN":
        return False
    try:
        from reader.lexicon import lookup

        entry = lookup(token.text, "NOUN")
    except LexiconMissingError:
        return False
    return not entry.found or entry.composed


def inflected_verb(token: Token) -> str | None:
    """The infinitive of `token` if it is an inflected verb form outside a noun phrase, else None."""
    previous = token.nbor(-1)
    if not (token.is_alpha and token.is_lower) or previous.pos_ in _OPENS_PHRASE or previous.tag_ == "ADJA":
        return None
    lemma = lemma_dictionary.lemmatize(token.text)
    if lemma == token.text:
        lemma = infinitive_of_konjunktiv_ii(token.text) or lemma  # "käme", which simplemma does not know
    if lemma == token.text or not (lemma.islower() and lemma.endswith(INFINITIVE_ENDINGS)):
        return None
    return None if zu_infinitive_form(token.text) or present_participle(token.lower_) else lemma


def dictionary_adjective(form: str) -> bool:
    """The lexicon has `form` as an adjective ("leere", "freie"); without a lexicon, yes."""
    try:
        from reader.lexicon import lookup

        return lookup(form, "ADJ").pos == "ADJ"
    except LexiconMissingError:
        return True  # without a lexicon, the tagger's reading stands


def only_an_adjective(form: str) -> bool:
    """The lexicon has `form` as an adjective and as no verb, nor as a form of one ("hormonfreien",
    "endgültig"; not "wolle", a Konjunktiv I though Ding has "woollen"); without a lexicon, no."""
    try:
        from reader.lexicon import is_verb, lookup

        verb = lemma_dictionary.lemmatize(form)
        if verb in MODALS or verb in AUXILIARIES:
            return False
        return lookup(form, "ADJ").pos == "ADJ" and not is_verb(form) and not is_verb(verb)
    except LexiconMissingError:
        return False


def present_participle(form: str) -> bool:
    """"entscheidend" (es sei entscheidend): no finite verb ends in -end."""
    return form.endswith("end")


def zu_infinitive_form(form: str) -> bool:
    """"auszugleichen", "teilzunehmen": particle, zu, infinitive."""
    return "zu" in form[1:-3] and form.replace("zu", "", 1) == lemma_dictionary.lemmatize(form)


def make_finite(verb: Token, lemma: str) -> None:
    """A finite verb: part of speech and tag; the model's person, number and mood kept, else number and
    tense from the form."""
    features = verb.morph.to_dict() if verb.pos_ in VERBS else {}  # an adjective's Number is no verb's
    features = {key: value for key, value in features.items() if key in _VERB_FEATURES}
    auxiliary = lemma in AUXILIARIES or lemma in MODALS
    verb.pos_ = "AUX" if auxiliary else "VERB"
    verb.tag_ = ("VMFIN" if lemma in MODALS else "VAFIN") if auxiliary else "VVFIN"
    features.setdefault("Tense", tense_of_form(verb.lower_, lemma))
    # Agreement with the subject needs the number: "haben", "herrschten" plural; "tickt", "gewann" singular.
    plural = verb.lower_.endswith(("en", "ern", "eln")) or verb.lower_ == "sind"
    features.setdefault("Number", "Plur" if plural else "Sing")
    features["VerbForm"] = "Fin"
    verb.set_morph("|".join(f"{key}={value}" for key, value in sorted(features.items())))


def tense_of_form(form: str, lemma: str) -> str:
    """Past or present from the form: "schickte", "gewann" are past; "ermittelt", "erfährt" present."""
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
    if any(form == stem + ending for ending in _WEAK_PAST):
        return "Past"
    if form == lemma or present_form(form, lemma):
        return "Pres"
    return "Past"  # a strong past: "gewann", "schwor", "lud"


def present_form(form: str, lemma: str) -> bool:
    """"erfährt" (erfahren), "gibt" (geben), "sieht" (sehen): the present may change the stem's vowel;
    "weißt", "musst" (wissen, müssen) have a singular stem of their own."""
    if PRETERITE_PRESENT_SINGULAR.get(form) == lemma:
        return True
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
    present_stems = {stem, _last_e_as(stem, "i"), _last_e_as(stem, "ie")}
    spellings = {form, form.translate(WITHOUT_UMLAUT)}  # "fährt" of fahren; "berührt" of berühren
    return any(spelling.removesuffix(ending) in present_stems for spelling in spellings for ending in ("t", "et", "st", "est", "e"))


def finite_form(form: str, lemma: str) -> bool:
    """A singular present or a past form of the verb ("berührt", "verglich"), not only a participle."""
    return is_preterite(form, lemma) or present_form(form, lemma)


def only_a_participle(form: str) -> bool:
    """"genannt", "gebaut": a participle that is no finite form of its verb (unlike "überwacht", or
    "erhalten", the plural present too), nor of the verb its "ge-" may begin ("gehört": of gehören too),
    whatever the tagger says."""
    verb = lemma_dictionary.lemmatize(form).lower()
    if not is_participle(form, verb) or form == verb or finite_form(form, verb):
        return False
    stem = form.removesuffix("et") if form.endswith("et") else form.removesuffix("t")
    return not (stem != form and finite_form(form, stem + "en") and dictionary_verb(stem + "en"))


def _last_e_as(stem: str, vowel: str) -> str:
    position = stem.rfind("e")
    return stem if position < 0 else stem[:position] + vowel + stem[position + 1 :]

