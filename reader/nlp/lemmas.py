"""Lemmas learners can trust: simplemma, corrected by the part of speech the parser found.

simplemma alone measured 97 % on held-out UD German; it does not know the part
of speech, so it turns participial adjectives into verbs ("einladend" →
"einladen"), misses capitalised verbs at the start of a sentence ("Hat") and
leaves genitive names alone ("Israels"). The rules here fix those classes, and
give contractions their preposition ("im" → "in") and verb forms simplemma does
not know their infinitive: zu-infinitives and participles of separable verbs
("einzumarschieren" → "einmarschieren", "abgedrängt" → "abdrängen") and
participles without ge- ("überreicht" → "überreichen").
"""

from __future__ import annotations

import re

import simplemma

from reader.nlp.lang.prepositions import CONTRACTIONS
from reader.nlp.lang.verbs import SEPARABLE_PREFIXES

_PREFIX = "|".join(SEPARABLE_PREFIXES)
_ZU_INFINITIVE = re.compile(rf"^({_PREFIX})zu([a-zäöüß]{{2,}}(?:en|ern|eln|n))$")
_SEPARABLE_PARTICIPLE = re.compile(rf"^({_PREFIX})ge([a-zäöüß]{{2,}}(?:t|en))$")
_VERBS = {"VERB", "AUX"}
_SS_AFTER_LONG_VOWEL = re.compile(r"(ie|ei|au|äu|eu)ss(?=[aeiou]|$)")
_ADJECTIVE_ENDING = re.compile(r"(?:e|em|en|er|es)$")
_PAST_PARTICIPLE = re.compile(r"^(?:\w*ge\w+(?:t|en)|\w+iert)$")
_NOT_INFLECTED = {"PUNCT", "SYM", "X"}
_KEEPS_CAPITALS = {"NOUN", "PROPN"}


def lemmatize(form: str, pos: str, morph: dict[str, str]) -> str:
    """The dictionary form of `form`, given its part of speech and morphological features."""
    if pos in _NOT_INFLECTED or not any(char.isalpha() for char in form):
        return form
    if pos == "PROPN":
        return _proper_noun(form, morph)
    if pos == "PRON" and form[:1].isupper() and form[1:2].islower():
        # "Sie", "Ihnen": simplemma keeps the polite pronoun apart from "sie"; so does UD.
        return simplemma.lemmatize(form, lang="de")
    if pos not in _KEEPS_CAPITALS and form[:1].isupper() and form[1:].islower():
        form = form.lower()  # capitalised only because it starts the sentence
    if form.lower() in CONTRACTIONS and pos in ("ADP", "DET"):
        return CONTRACTIONS[form.lower()][0]  # "im" is "in dem": the word to look up is "in"
    lemma = _modern_spelling(form, simplemma.lemmatize(form, lang="de"))
    if pos in _VERBS and lemma == form:
        return _verb(form)
    if pos == "ADJ":
        return _adjective(form, lemma)
    if pos == "NOUN" and lemma == form and not simplemma.is_known(form, lang="de"):
        return _compound_noun(form)
    return lemma


def _modern_spelling(form: str, lemma: str) -> str:
    """Today's standard spelling: simplemma knows some words only as before 1996 ("Paß"), and a
    form written with "ss" ("Pass", "Pässe") shows the text uses today's spelling, so the lemma does
    too; Swiss "anschiessen", "draussen" are looked up as "anschießen", "draußen"."""
    modern = lemma.replace("ß", "ss")
    # Only where the form is that word itself ("Schlosses"), not a vowel change ("beschlossen").
    if modern != lemma and "ß" not in form and form.lower().startswith(modern.lower()):
        return modern
    # Swiss spelling writes ss for ß everywhere: after a long vowel the standard lemma has ß.
    standard = _SS_AFTER_LONG_VOWEL.sub(r"\1ß", lemma)
    if standard != lemma and simplemma.is_known(standard, lang="de"):
        return standard
    return lemma


def _proper_noun(form: str, morph: dict[str, str]) -> str:
    if morph.get("Case") == "Gen" and form.endswith("s") and len(form) > 3:
        return form[:-1]
    if form.isalpha() and form[1:].islower() and simplemma.is_known(form, lang="de"):
        # An ordinary noun the tagger took for a name ("Emissionen"): inflected like a noun.
        return simplemma.lemmatize(form, lang="de")
    return form


def _compound_noun(form: str) -> str:
    """An unknown compound is inflected like its last part: "Sicherheitsgründen" → "Sicherheitsgrund"."""
    for split in range(3, len(form) - 3):
        head = form[split:].capitalize()
        if simplemma.is_known(head, lang="de"):
            return form[:split] + simplemma.lemmatize(head, lang="de").lower()
    return form


def _verb(form: str) -> str:
    """Infinitive of a verb form simplemma does not know."""
    lower = form.lower()
    match = _ZU_INFINITIVE.match(lower)
    if match:
        return match.group(1) + match.group(2)
    match = _SEPARABLE_PARTICIPLE.match(lower)
    if match:
        return match.group(1) + simplemma.lemmatize("ge" + match.group(2), lang="de")
    if lower.endswith("t"):  # a participle without ge-: "überreicht", "bewirtet"
        for infinitive in (lower[:-1] + "en", lower[:-1] + "n", lower[:-2] + "en"):
            if simplemma.is_known(infinitive, lang="de"):
                return infinitive
    return form


def _adjective(form: str, lemma: str) -> str:
    """Participles used as adjectives keep their participle form: "einladend", "interessiert", "versteckt"."""
    if lemma.endswith("n") and lemma != form:
        stem = _ADJECTIVE_ENDING.sub("", form) if len(form) > 5 else form
        without_ge = stem in (lemma[:-2] + "t", lemma[:-1] + "t")  # "versteckte" of "verstecken"
        if stem.endswith("end") or without_ge or _PAST_PARTICIPLE.match(stem):
            return stem
    return lemma
