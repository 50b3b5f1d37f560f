"""Agreement between a clause's finite verb and its subject: the verb's person and number, and the
number of a phrase (a coordination with "und" is plural, also where the parser split it).

German marks the subject by agreement: of the phrases that could be nominative, the subject is the
one that agrees with the finite verb in number ("Die Mängel hat er zugegeben": "hat" is singular,
"die Mängel" plural). The clause rules (`case_rules`) ask these questions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.nlp.doc_facts import sentence_start
from reader.nlp.lang.articles import Reading
from reader.nlp.morph_features import feature_values
from reader.nlp.noun_phrases import HEADS
from reader.nlp.token_memo import kept_per_token
from reader.nlp.verb_complex import verb_complex

if TYPE_CHECKING:  # annotations only: importing the rules must not load spaCy
    from spacy.tokens import Token

CLAUSE_RELATIONS = frozenset("acl acl:relcl advcl ccomp xcomp csubj conj parataxis".split())
# Conjunctions that join phrases into a plural ("oder", "wie" give each phrase its own number).
PLURAL_CONJUNCTIONS = frozenset({"und", "sowie", "sowohl", "weder", "noch"})


@kept_per_token  # the case rules ask it twice per clause
def finite_number(verb: Token) -> str | None:
    """The number of the 3rd-person finite verb of the clause: its auxiliary when it has one
    ("wird … herüberziehen": "wird", not the infinitive, which looks like a plural), else the verb."""
    children = list(verb.children)  # (a verb's children are found by scanning its clause: once)
    auxiliaries = [c for c in children if c.dep_ in ("aux", "aux:pass", "cop")]
    # not the verbs of clauses that depend on it ("… hat Männer adoptiert, die … führen dürfen")
    own = [c for c in children if c.dep_ not in CLAUSE_RELATIONS]
    for token in (*auxiliaries, verb, *own):
        verb_form, person = feature_values(token, "VerbForm"), feature_values(token, "Person")
        finite = verb_form == ["Fin"] or (person and not verb_form)
        if token.pos_ in ("VERB", "AUX") and finite and person in (["3"], []):
            numbers = feature_values(token, "Number")
            if numbers:
                # every 3rd-person plural but "sind" ends in -n: the model's plural "bestünde" is singular
                plural_form = token.lower_.endswith("n") or token.lower_ == "sind"
                return "Sing" if numbers[0] == "Plur" and not plural_form else numbers[0]
    governor = verb.head
    if verb.dep_ == "xcomp" and governor.i == verb.i + 1 and governor.pos_ in ("VERB", "AUX"):
        return finite_number(governor)  # "hatte … Schulen renovieren lassen": the finite verb is lassen's
    finite = verb_complex(verb).finite  # a finite verb the tagger gave no features ("ihre Hände zittern")
    if finite is not None and not finite.morph.get("Number") and finite.lower_ not in ("sind", "seien"):
        return "Plur" if finite.lower_.endswith("n") else "Sing"
    return None


def coordinated(head: Token) -> bool:
    """Phrases joined by "und" (also a list with commas before it) agree as a plural; "X oder Y" and "X wie Y"
    (parsed as conjuncts) take the number of each."""
    # "EU-Kommissarin Malmström und der Premierminister": the parser may hang the conjunct on the name
    # (not on an apposition after a comma: "Edward Snowden, Ex-CIA-Hacker und Whistleblower, erklärte")
    doc = head.doc
    parts = [head, *(
        c for c in head.children
        if c.dep_ in ("appos", "flat", "flat:name") and c.i > head.i and not any(t.text == "," for t in doc[head.i : c.i])
    )]
    conjuncts = [c for part in parts for c in part.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON")]
    if not conjuncts:
        return prefield_conjunct(head) is not None
    # no conjunction at all: an apposition between commas the parser took for a conjunct ("Sergio
    # Mattarella, der italienische Staatspräsident, nahm …"), one person
    words = {cc.lower_ for c in conjuncts for cc in c.children if cc.dep_ == "cc"}
    return bool(words & PLURAL_CONJUNCTIONS)


def phrase_number(head: Token, reading: Reading) -> str:
    """The number a phrase agrees in: "Frankreich, Spanien und Polen" together are plural."""
    if coordinated(head):
        return "Plur"
    return reading[2]


def explicitly_singular(verb: Token) -> bool:
    """The finite verb of the clause is tagged 3rd person singular (not guessed from its ending)."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "aux:pass")]
    finite = next((t for t in (*auxiliaries, verb) if t.morph.get("VerbForm") == ["Fin"]), None)
    return finite is not None and finite.morph.get("Number") == ["Sing"] and finite.morph.get("Person") in (["3"], [])


def parse_reading(token: Token) -> Reading:
    """The number the tagger gave, as a reading without case and gender."""
    return (None, None, (token.morph.get("Number") or [None])[0])


def prefield_conjunct(head: Token) -> Token | None:
    """The phrase "und" joins to `head` where the parser split the coordination into two members of the
    clause: before the finite verb of a main clause ("Die Planung und die Finanzierung übernimmt das
    Land": a subject and an object), or between the conjunction and the verbs of a verb-final clause
    ("nachdem ihr Vater und ihre Mutter gestorben seien"). One clause has no two members joined by
    "und" with nothing after them but its verbs, so both are one phrase, plural, with one case."""
    doc = head.doc
    after = head.right_edge.i + 1
    if after + 1 >= len(doc) or doc[after].lower_ not in PLURAL_CONJUNCTIONS or head.head.pos_ not in ("VERB", "AUX"):
        return None
    first = head.left_edge.i
    opener = doc[first - 1] if first > sentence_start(head) else None
    if opener is not None and not (opener.dep_ == "mark" and opener.head.i == head.head.i):
        return None  # the first phrase opens the sentence or the subordinate clause
    second = next((t for t in doc[after + 1 : after + 6] if t.pos_ in HEADS), None)
    if second is None or second.head.i != head.head.i or second.i in (c.i for c in head.children):
        return None
    complex_ = verb_complex(head.head)
    start = min(t.i for t in second.subtree if t.dep_ != "cc")
    verbs = {t.i for t in complex_.members} if opener is not None else {complex_.finite.i} if complex_.finite else set()
    if start != after + 1 or second.right_edge.i + 1 not in verbs:
        return None
    return second


def stray_finite_verb(head: Token) -> Token | None:
    """The finite verb of the clause of a phrase where the parser hung the verb on a noun as its article or
    adjective ("Twitter sperrt Accounts": "sperrt" an adjective of "Accounts", the root): the verb of
    the phrase, or of the noun the phrase hangs on."""
    for noun in (head, head.head):
        if noun.pos_ not in HEADS or (noun is not head and head.dep_ not in ("nsubj", "nsubj:pass", "obj", "iobj")):
            continue
        verb = next(
            (c for c in noun.children if c.dep_ in ("amod", "det", "appos") and c.morph.get("VerbForm") == ["Fin"]
             and (c.tag_.endswith("FIN") or c.pos_ in ("VERB", "AUX"))),
            None,
        )
        if verb is not None:
            return verb
    return None
