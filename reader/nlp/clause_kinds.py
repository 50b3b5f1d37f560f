"""What kind of clause a verb heads, for the clause-level case rules (`case_rules`): the verb a noun
phrase belongs to, and whether its clause is a werden-passive, copular, a zu-infinitive or a bare
infinitive, what verb it names (with its separated particle), and whether that verb takes no
accusative object.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.nlp import lemma_dictionary
from reader.nlp.lang.valency import NO_ACCUSATIVE_VERBS
from reader.nlp.morph_features import feature_values
from reader.nlp.noun_phrases import lemma_of
from reader.nlp.token_memo import kept_per_token
from reader.nlp.verb_complex import verb_complex
from reader.nlp.verb_tokens import zu_infinitive

if TYPE_CHECKING:  # annotations only: importing the rules must not load spaCy
    from spacy.tokens import Token

COPULAR_LEMMAS = frozenset("sein werden bleiben heißen lauten".split())
COPULAR_FORMS = frozenset("ist sind war waren sei seien bleibt heißt wird wurde".split())


def takes_no_accusative(verb: Token) -> bool:
    """An intransitive verb, or one whose Perfekt takes sein here ("sei sie eingeschritten"): no verb
    with a sein-Perfekt has an accusative object."""
    return verb_lemma(verb) in NO_ACCUSATIVE_VERBS or verb_complex(verb).perfect_auxiliary == "sein"


@kept_per_token  # the case rules ask it up to four times per clause
def es_gibt(verb: Token) -> bool:
    """"es gibt" (there is): geben with the placeholder "es", which gives nothing to anyone: its phrases
    are accusatives of what there is ("Es gibt auch Sorten ohne Alkohol, zum Beispiel Malzbier")."""
    return verb_lemma(verb) == "geben" and any(child.lower_ == "es" and child.dep_ in ("expl", "nsubj") for child in verb.children)


def verb_lemma(verb: Token) -> str:
    """The infinitive with its separated particle ("findet … statt": stattfinden), also an adjective the
    parser took for the predicate that closes the clause and makes a verb with it ("gab … bekannt":
    bekanntgeben)."""
    lemma = lemma_of(verb).lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "compound:prt"), "")
    if not particle:
        particle = next((c.lower_ for c in verb.children if _adjective_particle(c, verb, lemma)), "")
    return particle + lemma


def _adjective_particle(word: Token, verb: Token, lemma: str) -> bool:
    """*word* closes the clause after its verb ("gab … bekannt") or stands right before the verb that
    closes it ("wie die Polizei bekannt gab")."""
    if word.dep_ not in ("xcomp", "advmod") or word.tag_ != "ADJD":
        return False
    last = verb if word.i == verb.i - 1 else word if word.i > verb.i else None
    following = word.doc[last.i + 1] if last is not None and last.i + 1 < len(word.doc) else None
    closes = last is not None and (following is None or following.is_punct)
    return closes and lemma_dictionary.is_infinitive(word.lower_ + lemma)


def bare_infinitive(verb: Token) -> bool:
    """The root of its sentence is an infinitive, with no finite verb: a heading or instruction."""
    infinitive = feature_values(verb, "VerbForm") == ["Inf"] or verb.lower_ == lemma_of(verb).lower()  # (also tagged finite)
    return verb.dep_ == "ROOT" and infinitive and verb_complex(verb).finite is None and not any(
        c.dep_ in ("aux", "aux:pass", "cop", "mark") for c in verb.children
    )


def finite_after_conjunction(verb: Token) -> bool:
    """"… und habe …": the conjunction joining `verb` to the verb before stands right before its finite verb."""
    finite = verb_complex(verb).finite
    return finite is not None and finite.i > 0 and any(
        c.dep_ == "cc" and c.i == finite.i - 1 for c in verb.children
    )


def infinitive_clause(verb: Token) -> bool:
    """A zu-infinitive clause, which has no subject of its own ("die Grenze zu öffnen", "… explodieren
    zu lassen")."""
    finite = verb_complex(verb).finite
    if finite is not None and not (finite.dep_ == "cop" and any(t.text == "," for t in verb.doc[finite.i : verb.i])):
        return False  # (a copula before a comma is the main clause's: "Sein Ziel ist es, die Steuern zu senken")
    chain = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "aux") and c.i > verb.i)]
    if verb.head.i == verb.i + 1 or (verb.dep_ in ("xcomp", "obj") and verb.head.i > verb.i):
        chain.append(verb.head)  # "explodieren zu lassen": the infinitive under a zu-infinitive
    return any(zu_infinitive(t) for t in chain)


def clause_verb(token: Token) -> Token | None:
    """The verb whose clause a noun phrase belongs to, through words the parser put between
    ("Die Simkarte habe ich zwar": "Simkarte" hung on "zwar")."""
    node = token.head
    if node.pos_ == "AUX" and token.dep_ in ("obj", "nsubj", "nsubj:pass", "iobj") and node.head.i != node.i:
        # "Ich bin Köchin und …" parsed with "bin" as an auxiliary: it is the verb of the phrase; but where
        # it is the auxiliary of an infinitive or participle ("wird der „grüne Danny“ … eine Kolumne
        # schreiben"), the phrase belongs to that verb's clause, the one whose subject and objects it counts
        verb = node.head
        if not (node.dep_ in ("aux", "aux:pass") and verb.pos_ in ("VERB", "AUX") and _non_finite(verb)):
            return node
    for _ in range(3):
        if node.i == token.i:
            return None
        if node.pos_ in ("VERB", "AUX") or any(c.dep_ in ("aux", "aux:pass", "cop") for c in node.children):
            while node.dep_ in ("aux", "aux:pass", "cop") and node.head.i != node.i:
                node = node.head
            return node
        if node.pos_ in ("NOUN", "PROPN", "PRON") or node.head.i == node.i:
            return None
        node = node.head
    return None


def _non_finite(verb: Token) -> bool:
    forms = feature_values(verb, "VerbForm")
    return bool(forms) and "Fin" not in forms


def passive(verb: Token) -> bool:
    """A werden-passive ("wurde festgenommen", "überschritten werden"), not werden + infinitive (the future)."""
    if verb_complex(verb).voice == "passive":
        return True
    if verb.lower_ == lemma_of(verb).lower() or "Inf" in feature_values(verb, "VerbForm"):
        return False  # "wird … herüberziehen": werden + infinitive is the future
    if any(c.dep_ == "aux:pass" and lemma_of(c) == "werden" for c in verb.children):
        return True
    return "Part" in feature_values(verb, "VerbForm") and any(c.dep_ == "aux" and lemma_of(c) == "werden" for c in verb.children)


def copular(verb: Token) -> bool:
    return (
        any(c.dep_ == "cop" for c in verb.children)
        or lemma_of(verb) in COPULAR_LEMMAS
        or verb.lower_ in COPULAR_FORMS
    )
