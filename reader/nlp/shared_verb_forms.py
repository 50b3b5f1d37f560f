"""Finite verb forms two verbs share: "fällt" is a form of fallen (to fall) and of fällen (to fell).

simplemma gives a form one lemma ("fällt": fällen); the clause decides. A present form with an umlaut
that is also the present of a strong verb Ding gives only without an object ({vi}) is that verb's where
the clause gives it no object: "Der Kurs fällt", "Mir fällt … auf" (auffallen, not "auffällen");
"Er fällt einen Baum" keeps fällen. A plural that spells one verb's infinitive and another's past
("gelangen": gelangen, and gelingen's past) is the infinitive's verb where the clause has a phrase with
a preposition that verb governs ("Die kleineren gelangen in die Lunge").
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from reader.lexicon.database import LexiconMissingError
from reader.lexicon import is_verb
from reader.lexicon.valency import governed_prepositions, intransitive_only
from reader.nlp.doc_arrays import tokens_where
from reader.nlp.lang.strong_verbs import STRONG_VERBS
from reader.nlp.lang.verbs import WITHOUT_UMLAUT
from reader.nlp.parse_edits import verb_above
from reader.nlp.verb_forms import is_preterite

if TYPE_CHECKING:  # annotations only: importing the rule must not load spaCy
    from spacy.tokens import Doc


@functools.cache
def _strong_verbs_by_stem() -> dict[str, str]:
    """A strong verb's stem → the verb: "fall" → fallen, "lauf" → laufen."""
    return {infinitive[:-2] if infinitive.endswith("en") else infinitive[:-1]: infinitive for infinitive in STRONG_VERBS}


def _strong_verb_of_umlaut_present(form: str) -> str | None:
    """The strong verb whose 2nd or 3rd person present, with an umlaut, is *form* ("fällt", "fällst":
    fallen); None for a form without an umlaut."""
    plain = form.translate(WITHOUT_UMLAUT)
    if plain == form:
        return None
    stems = _strong_verbs_by_stem()
    return next((stems[plain[: -len(end)]] for end in ("st", "t") if plain.endswith(end) and plain[: -len(end)] in stems), None)


def presents_of_intransitive_strong_verbs(doc: Doc) -> None:
    """Give a shared present form without an object the strong verb's lemma (see the module)."""
    for token in tokens_where(doc, "POS", ("VERB",)):  # (this pass changes lemmas only)
        strong = _strong_verb_of_umlaut_present(token.lower_)
        if strong is None or strong == token.lemma_ or any(child.dep_ == "obj" for child in token.children):
            continue
        try:
            if intransitive_only(strong) and not intransitive_only(token.lemma_):
                token.lemma_ = strong
        except LexiconMissingError:
            return


def presents_spelt_as_another_verbs_past(doc: Doc) -> None:
    """Give a finite plural spelt as a verb's infinitive that verb's lemma and the present (see the
    module), where a phrase of its clause (however deep the parser hung it) has a preposition that verb
    governs."""
    for token in tokens_where(doc, "TAG", ("VVFIN",)):
        form = token.lower_
        if form == token.lemma_ or not form.endswith("en") or not is_preterite(form, token.lemma_):
            continue
        try:
            if not is_verb(form):
                continue
            governed = governed_prepositions(form)
        except LexiconMissingError:
            return
        if any(word.dep_ == "case" and word.lemma_.lower() in governed and verb_above(word).i == token.i for word in token.sent):
            token.lemma_ = form
            token.set_morph(str(token.morph).replace("Tense=Past", "Tense=Pres"))
