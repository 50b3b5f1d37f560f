"""The clause that says who spoke a quotation: "„…“, erklärt mit milder Stimme Castellanos."

After a quotation and its comma the reporting verb comes first, its speaker after it. The parser may
join that verb to the quotation's own verb as a second conjunct, which then shares the quotation's
auxiliary ("„Wir haben … vermieden“, erklärt …" read as a Perfekt "haben … erklärt"), and hang the
speaker's name on a noun before it as an apposition ("mit milder Stimme Castellanos": a dative) or
on the verb in another role. The
verb heads a clause of its own beside the quotation, and a name it lacks as a subject is its subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.nlp import lemma_dictionary
from reader.nlp.doc_arrays import tokens_where
from reader.nlp.lang.sentences import CLOSING_QUOTES
from reader.nlp.lang.valency import REPORTING_VERBS
from reader.nlp.morph_features import feature_values
from reader.nlp.parse_edits import set_head

if TYPE_CHECKING:  # annotations only: importing the rule must not load spaCy
    from spacy.tokens import Doc, Token

_SUBJECTS = ("nsubj", "nsubj:pass")


def reporting_clause_after_a_quotation(doc: Doc) -> None:
    """Each finite reporting verb right after a closing quotation mark and a comma heads its own clause
    and has its speaker as subject."""
    for verb in tokens_where(doc, "POS", ("VERB",)):
        if verb.i < 2 or doc[verb.i - 1].text != "," or doc[verb.i - 2].text not in CLOSING_QUOTES:
            continue
        # (its own lemma: the parser may have made the speaker's name its particle, "Castellanos|erklären")
        if "Fin" not in feature_values(verb, "VerbForm") or lemma_dictionary.lemmatize(verb.lower_) not in REPORTING_VERBS:
            continue
        if verb.dep_ == "conj":
            verb.dep_ = "parataxis"
        if not any(child.dep_ in _SUBJECTS for child in verb.children):
            speaker = _name_hung_on_a_noun(verb)
            if speaker is not None:
                set_head(speaker, verb, "nsubj")


def _name_hung_on_a_noun(verb: Token) -> Token | None:
    """The bare name at the end of the verb's clause that the parser made an apposition of a noun in it,
    or hung on the verb in another role."""
    last = verb.sent.end - 1
    while last > verb.i and verb.doc[last].is_punct:
        last -= 1
    name = verb.doc[last]
    while name.dep_ == "flat" and name.head.i < name.i:
        name = name.head  # "Maria Castellanos": the first name heads the name
    if name.pos_ != "PROPN" or name.head.i < verb.i or name.head.i > name.i:
        return None
    if any(child.dep_ in ("case", "det") for child in name.children):
        return None  # a phrase of its own: "mit Castellanos"
    # (the quotation is what was said: a bare name on the verb itself, its object or a particle, is its speaker)
    return name if name.dep_ == "appos" and name.head.i > verb.i or name.head == verb else None


def speaker_after_a_phrase(name: Token, noun: Token) -> bool:
    """*name*, right after *noun*, is the only subject of its verb and *noun* is in a prepositional
    phrase: the speaker ("erklärt mit milder Stimme Castellanos"), not the noun's name."""
    verb = name.head
    return (
        name.dep_ == "nsubj" and any(c.dep_ == "case" for c in noun.children)
        and not any(c.dep_ in _SUBJECTS and c.i != name.i for c in verb.children)
    )
