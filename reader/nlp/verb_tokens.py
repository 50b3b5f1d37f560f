"""What one verb token is, read from its form and the dictionaries: its infinitive (`lemma`), its kind of
form (`kind`: finite, Partizip II or infinitive), whether it is a verb at all (`is_verb`), a clearly
finite form (`clearly_finite`), a participle's form (`is_participle_form`), a zu-infinitive
(`zu_infinitive`), a verb that may serve another as auxiliary, modal or copula (`auxiliary_verb`).

The verb complex (reader.nlp.verb_complex) is built from these, and the parse repairs around it ask them
of single words; each is kept per token while the tokens are unchanged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.nlp import lemma_dictionary
from reader.nlp.lang.grammar import MODALS
from reader.nlp.lang.prepositions import governed_cases
from reader.nlp.lang.verbs import SEPARABLE_PREFIXES
from reader.nlp.morph_features import feature_values
from reader.nlp.noun_phrases import lemma_of
from reader.nlp.token_memo import kept_per_token
from reader.nlp.verb_form_checks import dictionary_verb
from reader.nlp.verb_forms import infinitive_of_participle, is_infinitive, is_participle, is_preterite

if TYPE_CHECKING:  # annotations only: importing the rules must not load spaCy
    from spacy.tokens import Token

VERBAL = {"VERB", "AUX"}
_INFINITIVE_ENDINGS = ("en", "ern", "eln", "tun", "sein")
COPULAS = frozenset({"sein", "werden", "bleiben", "heißen", "scheinen"})
AUXILIARIES = {"haben", "sein", "werden", *MODALS}


@kept_per_token
def lemma(token: Token) -> str:
    """The infinitive of this form, also for a participle simplemma does not know ("verstorben" →
    "versterben"); "kamen" of "kamen … überein" is a form of kommen."""
    form = token.lower_
    value = (lemma_of(token) or form).lower()  # the token's own lemma: its forms are the verb's
    if value == form and not is_infinitive(form):
        return infinitive_of_participle(form) or value
    return value


@kept_per_token
def infinitive_with_particle(verb: Token) -> str:
    """*verb*'s infinitive with the particle the parse gives it ("fand … statt": stattfinden), read afresh
    (the parse repairs ask it while they still move particles; `clause_kinds.verb_lemma` is the memo of the
    settled parse)."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "compound:prt"), "")
    return particle + lemma_dictionary.lemmatize(verb.lower_)


def kind(token: Token) -> str:
    """"part" (Partizip II), "inf" (infinitive, also with zu) or "fin" for one verb form."""
    form, verb = token.lower_, lemma(token)
    if form in ("worden", "geworden", "gewesen", "gehabt") or is_participle(form, verb):
        return "part"
    if token.tag_.endswith("FIN"):
        return "fin"  # "treten": the plural present looks like the infinitive; the tagger saw which
    if form == verb or _zu_inside(form, verb) or token.tag_ == "VVIZU":
        return "inf"  # also when tagged a participle: "ist … überlegen" is no participle of überlegen
    if token.tag_.endswith("PP") or feature_values(token, "VerbForm") == ["Part"]:
        # "betreibt", "auftaucht" tagged as participles: not the verb's participle, so a finite form
        # ("ergreifen" tagged a participle, which it is not, has the infinitive's form)
        return "fin" if verb.endswith(("en", "ern", "eln")) and verb != form else "inf" if form == verb else "part"
    if token.tag_.endswith("INF") or feature_values(token, "VerbForm") == ["Inf"]:
        # "…, diese aber nicht ausreichten": a past form tagged an infinitive is the finite verb
        return "fin" if is_preterite(form, verb) else "inf"
    return "fin"


def auxiliary_verb(token: Token) -> bool:
    """A verb that can serve another as auxiliary, modal or copula; "fallen" as the parser's copula is none."""
    return lemma(token) in AUXILIARIES or lemma(token) in COPULAS or token.lower_ in ("worden", "geworden")


@kept_per_token
def is_verb(token: Token) -> bool:
    """Tagged a verb and read as one: every German infinitive ends in -en, -ern, -eln or is tun or
    sein ("lautstark", "heftigsten" tagged VERB are none; with a copula they are its predicate)."""
    if token.pos_ not in VERBAL:
        return False
    value = lemma(token)
    if (value in SEPARABLE_PREFIXES and not dictionary_verb(value)) or governed_cases(token.lower_):
        return False  # "heran", "zusammen": a separated particle ("kennen" is a verb too); "zugunsten": a preposition
    # an infinitive the lemmatizer misread ("heissen" → "heiß") still ends in -n
    return value.endswith(_INFINITIVE_ENDINGS) or (token.tag_.endswith("INF") and token.lower_.endswith(_INFINITIVE_ENDINGS))


def clearly_finite(token: Token) -> bool:
    """A finite form by tag and form alike: not an infinitive, not a participle ("verlautete", "sagt")."""
    return token.pos_ in VERBAL and token.tag_.endswith("FIN") and token.lower_ != lemma(token) and kind(token) == "fin" and (
        is_preterite(token.lower_, lemma(token)) or token.lower_.endswith(("t", "st", "e")) and not is_participle_form(token)
        or (token.tag_ == "VMFIN" and lemma(token) in MODALS)  # "kann", "muss", "will"
    )


def is_participle_form(token: Token) -> bool:
    """A lower-case word that is the Partizip II of the verb simplemma reads in it."""
    if not token.is_lower:
        return False
    verb = lemma_dictionary.lemmatize(token.text)
    return (verb != token.text and is_participle(token.text, verb)) or infinitive_of_participle(token.text) is not None


@kept_per_token  # asked again of a complex's members as it is built, read and joined
def zu_infinitive(verb: Token) -> bool:
    """A zu-infinitive ("zu verkaufen", "abzubauen"): never a finite verb."""
    before = verb.doc[verb.i - 1] if verb.i else None
    form = verb.lower_
    return (
        any(c.lower_ == "zu" and c.dep_ == "mark" for c in verb.children) or (verb.tag_ == "VVIZU" and "zu" in form)
        or (before is not None and before.lower_ == "zu" and before.tag_ == "PTKZU")
        or _zu_inside(form, lemma(verb))  # "auszuüben", "zurückzunehmen"
    )


def _zu_inside(form: str, infinitive: str) -> bool:
    """"zurückzunehmen" is zurücknehmen with zu after the particle (not the "zu" of "zurück")."""
    return any(form[k : k + 2] == "zu" and form[:k] + form[k + 2 :] == infinitive for k in range(2, len(form) - 3))
