"""An article or a relative pronoun: which of the two a d-word after a comma is.

"der", "die", "den" … are articles and relative pronouns alike, and the tagger and the parser often take
the one for the other (", der grundlegende Werte teilt" with "der" the article of "Werte"). The clause
after the comma decides: a relative clause points back to a noun before it and ends in its finite verb;
a main clause has its finite verb right after its first phrase (", die Regierung habe versagt"), and
inside a subordinate clause not yet closed the comma only ended an insertion. Read by
reader.nlp.noun_phrases for a phrase's articles and by the case rules for the pronouns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.nlp import doc_facts
from reader.nlp.lang.articles import INTERROGATIVE, PERSONAL, RELATIVE, determiner_readings, quantifier_readings
from reader.nlp.lang.prepositions import ADVERB_OBJECTS
from reader.nlp.morph_features import feature_values, tagged_finite
from reader.nlp.token_memo import kept_per_token
from reader.nlp.verb_forms import zu_infinitive

if TYPE_CHECKING:  # annotations only: importing the rules must not load spaCy
    from spacy.tokens import Token


@kept_per_token  # asked again of the same article by the phrase, case and hint rules
def is_determiner(token: Token) -> bool:
    """An article or determiner by its form; a pronoun the parser hung on a noun ("wir", "es",
    a relative "die" after a comma, "deren") keeps its own case."""
    if quantifier_readings(token.text) is not None:
        # "die Rechte einiger Häftlinge"; after an article an adjective ("der beiden Vorsitzenden")
        return token.i == 0 or determiner_readings(token.doc[token.i - 1].text) is None
    if determiner_readings(token.text) is None or token.lower_ in ADVERB_OBJECTS:
        return False  # "vor allem Frankreich": "allem" belongs to "vor"
    if token.lower_ in ("der", "die", "das", "den", "dem", "des") and token.i > 0:
        before = token.doc[token.i - 1]
        after_comma = before.text == "," or (before.pos_ == "ADP" and token.i > 1 and token.doc[token.i - 2].text == ",")
        if after_comma and token.pos_ == "PRON":
            return False  # a relative pronoun: ", die Probleme haben", ", auf den Juden …"
        if after_comma and _subordinate_clause_open_before(token):
            return True  # "wobei sie mit ihrem Kollegen, Minister X, die Einzelheiten klären wird"
        clause = token.head.head
        if after_comma and zu_infinitive(clause):
            return True  # a zu-infinitive has no relative pronoun: "hinderten Beamte daran, die Schilder … aufzuhängen"
        if after_comma and clause.dep_ in ("acl", "acl:relcl") and clause.head.i < token.i \
                and not _verb_second_after(token.head, clause):
            first = next((t for t in clause.subtree if not t.is_punct), None)
            if first is not None and (first.i == token.i or (first.pos_ == "ADP" and first.i == token.i - 1)):
                return False  # ", der grundlegende Werte teilt": the relative pronoun, not an article
        if after_comma and verb_final_clause(token):
            return False  # ", die Probleme in der Beziehung haben", "auf den Juden einen Anschlag verübten"
    return True


def _verb_second_after(noun: Token, verb: Token) -> bool:
    """The clause's finite verb right after the noun, with more of the clause after it: a main clause
    after the comma (", die Melodiepfeifen klingen höher, …"), no relative clause, whose verb stands last."""
    doc = noun.doc
    return (
        verb.i == noun.i + 1 and feature_values(verb, "VerbForm") == ["Fin"]
        and verb.i + 1 < len(doc) and not doc[verb.i + 1].is_punct
    )


def verb_final_clause(word: Token) -> bool:
    """The clause `word` opens after a comma ends in its verb, away from the noun after `word`: a
    clause with the finite verb last opens with a subordinating word, so a d-word there is the
    relative pronoun. (After a comma a main clause has its finite verb right after its first phrase:
    ", die Regierung habe versagt".)"""
    doc = word.doc
    end = word.i + 1
    while end < len(doc) and not doc[end].is_punct and not closes_a_coordinated_clause(doc[end - 1], doc[end]):
        end += 1
    clause = doc[word.i + 1 : end]
    if len(clause) < 2:
        return False
    last = doc[end - 1]
    if last.pos_ not in ("VERB", "AUX") or any(t.tag_ == "PTKZU" for t in clause) or (last.tag_ == "VVIZU" and "zu" in last.lower_):
        return False  # ", die Steuern zu senken": a zu-infinitive, whose object "die" is
    if any(feature_values(t, "VerbForm") == ["Fin"] for t in clause[:-1]):
        return False
    if _subordinate_clause_open_before(word) or not _antecedent_before(word):
        return False  # the clause before the comma goes on (see `is_determiner`); "Er sagte, die Preise steigen."
    if doc[end - 2].pos_ in ("VERB", "AUX") or last.i > word.i + 2:  # ", die … gelöst haben"
        return True
    # ", die Menschen anpöbeln" might be a main clause with its verb second (", die Preise steigen"); right
    # after a noun it is that noun's relative clause ("Gruppen, die Menschen anpöbeln")
    return word.i >= 2 and doc[word.i - 2].pos_ in ("NOUN", "PROPN")


def closes_a_coordinated_clause(verb: Token, conjunction: Token) -> bool:
    """A finite verb before "und" ("bei dem Parlament und Rat gleichberechtigt sind und … einbringen
    können"): the first of two clauses the pronoun opens ends there."""
    return conjunction.pos_ == "CCONJ" and tagged_finite(verb)


_SUBORDINATORS = frozenset({"KOUS", "PWAV", "PRELS", "PRELAT", "PWS"})


def _antecedent_before(word: Token) -> bool:
    """A relative pronoun points back to a noun or name before it in its sentence, or to a pronoun right
    before its comma ("Er, der …"): without one a d-word after the comma opens a main clause ("Er sagte,
    die Preise steigen")."""
    doc = word.doc
    comma = word.i - 1 if doc[word.i - 1].text == "," else word.i - 2
    if comma > 0 and doc[comma - 1].pos_ == "PRON":
        return True
    return any(t.pos_ in ("NOUN", "PROPN") for t in doc[doc_facts.sentence_start(word) : comma])


def _subordinate_clause_open_before(word: Token) -> bool:
    """Before the comma in front of `word` a subordinate clause has begun ("dass", "wobei", a relative
    pronoun) and its verb has not come yet: the comma closed an insertion, not that clause. A clause
    nested in it, closed by its verb before a comma, is passed over with its subordinator ("dass zu
    der Zeit, als er das Amt antrat, der Preis …")."""
    doc = word.doc
    nested = 0  # subordinate clauses passed over, whose subordinator is still to come
    for token in reversed(doc[doc_facts.sentence_start(word) : word.i]):
        if token.tag_ in ("VVFIN", "VAFIN", "VMFIN") or feature_values(token, "VerbForm") == ["Fin"]:
            if token.i + 1 >= word.i or doc[token.i + 1].text != ",":
                return False
            nested += 1
        elif token.tag_ in _SUBORDINATORS and token.i < word.i - 2:
            if not nested:
                return True
            nested -= 1
    return False


def relative_determiner(token: Token) -> bool:
    """A relative pronoun the parser took for an article (", der grundlegende Werte teilt"; also where the
    tagger knew it for a pronoun: ", der Europa neue Märkte öffnet"; not "deren", "dessen", which are the
    article of their noun: "in deren Ansinnen")."""
    pronoun = token.pos_ == "PRON" and token.lower_ not in ("deren", "dessen")
    return (token.pos_ == "DET" or pronoun) and token.dep_ == "det" and token.lower_ in RELATIVE and not is_determiner(token)


def relative_in_an_article_s_place(token: Token) -> bool:
    """A relative pronoun the parser hung on the noun after it as its article, in a clause it hung on the
    noun before ("Affen, die Steine als Werkzeuge benutzen"): what the hints call it, and its gloss."""
    clause = token.head.head
    return (
        token.dep_ in ("det", "det:poss") and token.i < token.head.i and token.lower_ in RELATIVE
        and not is_determiner(token) and clause.dep_ in ("acl", "acl:relcl") and clause.head.i < token.i
        and not _before_its_weak_attribute(token)
    )


def _before_its_weak_attribute(word: Token) -> bool:
    """"die These, die irakischen Machthaber hätten …": an attribute right after the d-word with an
    article's ending ("-en" in the plural, not the bare "-e" of "die germanische Stämme") makes it the
    article."""
    from reader.nlp.article_repairs import attribute_without_article  # (article_repairs reads this module)

    following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return following is not None and following.tag_ == "ADJA" and not attribute_without_article(following)


def is_pronoun(token: Token) -> bool:
    return token.pos_ == "PRON" and (token.lower_ in PERSONAL or token.lower_ in RELATIVE or token.lower_ in INTERROGATIVE)


def is_relative(token: Token) -> bool:
    if token.pos_ == "DET":
        return relative_determiner(token)
    if "Rel" in feature_values(token, "PronType") or (token.head.dep_ == "acl:relcl" and token.i < token.head.i and token.lower_ in RELATIVE):
        return True
    # ", die die Siedler brauchten": a d-pronoun after a comma (and a preposition) opening a verb-final clause
    return token.lower_ in RELATIVE and after_comma(token) and verb_final_clause(token)


def after_comma(word: Token) -> bool:
    """Right after a comma, or after a comma and a preposition (", auf die …"): where a relative
    pronoun stands."""
    doc = word.doc
    before = doc[word.i - 1] if word.i > 0 else None
    if before is not None and before.pos_ == "ADP" and word.i > 1:
        before = doc[word.i - 2]
    return before is not None and before.text == ","
