"""Subject and object labels that follow the case the rules decided.

The parser labels "Einen Kompromiss schlug die Regierung vor" by position as often as by form, so
its nsubj and obj are swapped where German word order is free. The morphology rules decide case
from articles, endings and agreement with the finite verb (reader.nlp.morphology); afterwards a
noun or pronoun of a verb that the rules made nominative and the parser called the object is the
subject, and an accusative "subject" the object, if the verb has no other word in that role.
Hints and the sentence view then name the same subject the case hint does. The "es" of "es gibt" is
the expletive, not the subject. And haben, sein, werden or a modal that heads a clause of its own,
serving no other verb ("…, wenn man nicht vor Ort ist", "Die Karte habe ich"), is a full verb (VERB),
as Universal Dependencies has it; AUX is for the auxiliary, the copula and the modal with its verb.
Under sein, a word the tagger called a verb that is no participle but an adjective of the dictionary
is that adjective: "Das Kleid ist modern" (not "to rot"), "Viele Fragen sind unbeantwortet".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.lexicon import LexiconMissingError, lookup
from reader.lexicon.valency import intransitive_only
from reader.nlp.doc_arrays import tokens_where
from reader.nlp.morph_features import feature_values
from reader.nlp.phrase_context import time_adverbial
from reader.nlp.subject_agreement import finite_number
from reader.nlp.verb_tokens import is_participle_form
from reader.nlp.verb_form_checks import AUXILIARIES
from reader.nlp.verb_forms import infinitive_of_participle, takes_sein

if TYPE_CHECKING:  # annotations only: importing the rule must not load spaCy
    from spacy.tokens import Doc, Token

_NOMINAL = {"NOUN", "PROPN", "PRON"}
_VERBS = {"VERB", "AUX"}
# (parser's label, decided case) → label; "obl:arg" is the parser's argument without a preposition here.
_RELABEL = {
    ("obj", "Nom"): "nsubj", ("obl:arg", "Nom"): "nsubj", ("nsubj", "Acc"): "obj", ("obl:arg", "Acc"): "obj",
    ("nsubj", "Dat"): "iobj",  # ", das China … Mittel erlaubt": China is the dative
}
_SERVING = {"aux", "aux:pass", "cop"}


def labels_from_case(doc: Doc) -> None:
    """nsubj and obj as the decided cases say, also where the parser swapped the two ("Vergangenen
    Freitag fand ein Treffen statt": the time is no subject, the meeting no object); an accusative
    noun of time is an adverbial (obl), not the object; "es" of "es gibt" as expl."""
    relabelled: dict[int, str] = {}
    for token in tokens_where(doc, "POS", _NOMINAL):  # (this pass changes labels only)
        if token.head.pos_ not in _VERBS:
            continue
        case = feature_values(token, "Case")
        if token.lower_ == "es" and token.dep_ == "nsubj" and _expletive(token):
            token.dep_ = "expl"
        elif len(case) == 1 and not any(c.dep_ == "case" for c in token.children):  # a prepositional phrase keeps its label
            label = _RELABEL.get((token.dep_, case[0]))
            if (label == "obj" or token.dep_ == "obj" and _second_object(token)) and time_adverbial(token):
                label = "obl"  # (also where the parser said obj beside another: "Ende 2020 kaufte die Firma das Werk")
            if label is not None:
                relabelled[token.i] = label
    for i, label in relabelled.items():
        token = doc[i]
        # a verb has one subject and one object: another holds the label only if it is relabelled too
        holders = [] if label == "obl" else [c for c in token.head.children if c.dep_.split(":")[0] == label and c.i != i]
        if all(relabelled.get(c.i, label) != label for c in holders):
            token.dep_ = label


def _second_object(token: Token) -> bool:
    return any(c.dep_ == "obj" and c.i != token.i for c in token.head.children)


def word_classes_from_clause(doc: Doc) -> None:
    """VERB for an auxiliary that heads its own clause, AUX for werden, sein or haben serving another
    verb, ADJ for a dictionary adjective under sein."""
    # (only the class of the word read changes, and only among these three)
    for token in tokens_where(doc, "POS", ("VERB", "ADJ", "AUX")):
        if token.pos_ == "VERB" and _predicate_adjective(token):
            token.pos_ = "ADJ"
        elif token.pos_ == "ADJ" and _participle_after_haben(token):
            token.pos_ = "VERB"  # "hat sich zu dem Fehler bekannt": bekennen's participle, not "known"
            token.lemma_ = infinitive_of_participle(token.lower_)
        finite = "Fin" in feature_values(token, "VerbForm")
        if token.pos_ == "AUX" and finite and token.dep_ not in _SERVING and _heads_own_clause(token):
            token.pos_ = "VERB"
        elif token.pos_ == "VERB" and token.dep_ in _SERVING and token.lemma_ in AUXILIARIES:
            token.pos_ = "AUX"  # "Dabei wurde … gewählt": the passive's auxiliary ("was"), not "to become"


def _heads_own_clause(verb) -> bool:
    """The verb has words of its own and no auxiliary or copula under it. Only a finite form is asked:
    "worden" or "sein" that the parser made a head are still the auxiliaries of their clause."""
    children = [c for c in verb.children if not c.is_punct]
    return bool(children) and not any(c.dep_ in _SERVING for c in children)


def _predicate_adjective(word) -> bool:
    if not word.is_lower or not any(c.dep_ in ("cop", "aux") and c.lemma_ == "sein" for c in word.children):
        return False
    if is_participle_form(word) and word.lemma_.lower() != word.lower_ and not _no_passive_nor_sein(word.lemma_):
        # "ist gefahren", "sind geschlossen": the verb's participle ("bekannt" is its own lemma; a verb
        # with no object and a Perfekt with haben has no state with sein: "ist geeignet", suitable)
        return False
    if is_participle_form(word) and word.lemma_.lower() == word.lower_ and takes_sein(word.lemma_) == "s":
        return False  # "war in Schwierigkeiten geraten": a participle spelt as its infinitive, of a verb with sein
    try:
        entry = lookup(word.lower_, "ADJ")
    except LexiconMissingError:
        return False
    return entry.source == "exact" and entry.pos == "ADJ"


def _no_passive_nor_sein(verb: str) -> bool:
    return "s" not in takes_sein(verb) and intransitive_only(verb)


def _participle_after_haben(word) -> bool:
    """haben takes no predicate adjective: a participle form with haben as its auxiliary is the verb's."""
    return (
        word.is_lower and infinitive_of_participle(word.lower_) is not None
        and any(c.dep_ == "aux" and c.lemma_ == "haben" for c in word.children)
    )


def _expletive(es) -> bool:
    """"Es gibt …": "es" of geben is no subject; nor is it of a plural verb ("Es bestehen Zweifel"), whose
    subject comes after it."""
    return es.head.lemma_ == "geben" or finite_number(es.head) == "Plur"
