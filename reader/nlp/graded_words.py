"""Function words the tagger or the parser read by the adjective or adverb after them.

"zu niedrige Preise": an adjective in an ending with no dative cannot follow the preposition "zu", which
grades it (too low); "diese unrechtmäßige Vorteile": after "diese" a plural's adjective would be weak
("-en"), so before a strong "-e" the word stands alone (they); "Etwas außerhalb von …": "etwas" grading the
word after it is the adverb (a little), no noun or pronoun of the clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.nlp.degree_words import grades_the_word_after
from reader.nlp.doc_arrays import tokens_where
from reader.nlp.lang.articles import adjective_ending
from reader.nlp.morph_features import feature_values
from reader.nlp.noun_forms import plural_form
from reader.nlp.parse_edits import set_head, verb_above

if TYPE_CHECKING:  # annotations only: importing the rules must not load spaCy
    from spacy.tokens import Doc


def degree_zu_taken_for_a_preposition(doc: Doc) -> None:
    """"zählen dazu … zu niedrige Preise" with "zu" the preposition of "Preise": an adjective right after "zu"
    in an ending with no dative reading ("-e", "-es": nominative or accusative) cannot follow the
    preposition, which takes the dative; "zu" grades it (too low), and the phrase is the clause's own
    ("zu niedrigen Preisen": at low prices, the preposition)."""
    for token in tokens_where(doc, "LOWER", ("zu",)):
        adjective = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.tag_ != "APPR" or adjective is None or adjective.tag_ != "ADJA" or adjective_ending(adjective.text) not in ("e", "es"):
            continue
        noun = token.head
        token.pos_, token.tag_ = "PART", "PTKA"
        set_head(token, adjective, "advmod")
        if noun.dep_ in ("obl", "nmod") and noun.pos_ in ("NOUN", "PROPN") and noun.head.pos_ in ("VERB", "AUX"):
            noun.dep_ = "obj"  # (no preposition's: a phrase of the clause, whose case the clause decides)


def demonstratives_before_a_strong_adjective(doc: Doc) -> None:
    """"wenn diese unrechtmäßige Vorteile … gewährt bekommen" with "diese" the article of "Vorteile": after
    "diese" or "jene" an adjective of a plural takes the weak ending ("diese unrechtmäßigen Vorteile"), so
    before one in the strong "-e" the word stands alone, a pronoun (these, they): the clause's subject, and
    the noun its object."""
    for token in tokens_where(doc, "LOWER", ("diese", "jene")):
        noun = token.head
        adjective = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.dep_ != "det" or adjective is None or adjective.tag_ != "ADJA" or adjective.head.i != noun.i:
            continue
        if not adjective.lower_.endswith("e") or "Plur" not in feature_values(noun, "Number") or not plural_form(noun):
            continue
        verb = verb_above(noun)
        if verb.pos_ not in ("VERB", "AUX") or not set_head(token, verb, "nsubj"):
            continue
        token.pos_, token.tag_ = "PRON", "PDS"
        token.set_morph("Case=Nom|Number=Plur|PronType=Dem")
        if noun.dep_.startswith("nsubj"):
            noun.dep_ = "obj"


def degree_words_taken_for_phrases(doc: Doc) -> None:
    """"Etwas außerhalb von Birmingham liegt die Ortschaft …" with "Etwas" a noun (das Etwas) or a pronoun,
    the subject: where it grades the word after it, it is the adverb (a little, somewhat), and no phrase."""
    for token in tokens_where(doc, "LOWER", ("etwas",)):
        if token.pos_ in ("NOUN", "PROPN", "PRON") and grades_the_word_after(token):
            token.pos_, token.tag_, token.lemma_ = "ADV", "ADV", "etwas"
            token.set_morph(None)
            if token.dep_ in ("nsubj", "obj", "obl", "nmod"):
                token.dep_ = "advmod"
