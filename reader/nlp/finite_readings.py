"""Whether a word is a finite verb, what verb it reads as, and where its clause ends: the questions the
finite-verb rules share (reader.nlp.finite_verbs, reader.nlp.verb_positions and
reader.nlp.subordinate_clause_verbs).

    finite_reading(token)        # "beschloss" → "beschließen": a finite form of a verb the dictionary has
    verb_of_present_form(token)  # "entfernt" → "entfernen": its third person singular present
    plural_verb_form(token)      # "besitzen": the plural present or past, no adjective
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.nlp import lemma_dictionary
from reader.nlp.lang.grammar import MODALS
from reader.nlp.lang.sentences import SENTENCE_END
from reader.nlp.morph_features import feature_values
from reader.nlp.verb_form_checks import VERBS, dictionary_adjective, dictionary_verb, finite_form, present_form
from reader.nlp.verb_forms import is_preterite

if TYPE_CHECKING:  # annotations only: importing the rule must not load spaCy
    from spacy.tokens import Doc, Token

# Plural present forms that are also infinitives; with no other finite verb they are finite.
AUXILIARY_LEMMA = {"haben": "haben", "werden": "werden", "sind": "sein"} | {modal: modal for modal in MODALS}


def plural_verb_form(token: Token) -> bool:
    """A lower-case word in -en that is the plural present (the infinitive's form) or past of a verb the
    dictionary has, and no adjective of it."""
    form = token.lower_
    if not (token.is_alpha and token.is_lower and form.endswith("en")) or dictionary_adjective(form):
        return False
    lemma = lemma_dictionary.lemmatize(form)
    return dictionary_verb(lemma) and (form == lemma or is_preterite(form, lemma))


def verb_of_present_form(token: Token) -> str | None:
    """The verb the dictionary has whose third person singular present `token` spells ("entfernt":
    entfernen, "bildet": bilden); else None."""
    form = token.lower_
    if not (token.is_alpha and token.is_lower and form.endswith("t")):
        return None
    candidates = (form[:-1] + "en", form[:-2] + "en") if form.endswith("et") else (form[:-1] + "en",)
    return next((lemma for lemma in candidates if dictionary_verb(lemma) and present_form(form, lemma)), None)


def finite_reading(token: Token) -> str | None:
    """The verb `token` is a finite form of (a singular present or a past), where the dictionary has
    that verb; else None."""
    lemma = AUXILIARY_LEMMA.get(token.lower_) or lemma_dictionary.lemmatize(token.lower_)
    return lemma if lemma != token.lower_ and finite_form(token.lower_, lemma) and dictionary_verb(lemma) else None


def clause_end(doc: Doc, start: int) -> int:
    """The index of the first comma or clause-ending mark from `start` (the end of the doc if none)."""
    return next((t.i for t in doc[start:] if t.text == "," or t.text in SENTENCE_PUNCTUATION), len(doc))


# Marks that end a clause's words; commas, quotation marks and brackets may stand inside it.
SENTENCE_PUNCTUATION = SENTENCE_END | {";", ":"}


def is_finite_verb(token: Token) -> bool:
    return token.pos_ in VERBS and "Fin" in feature_values(token, "VerbForm")
