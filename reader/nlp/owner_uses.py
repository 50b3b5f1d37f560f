"""Whose a possessive, "sich" or "selbst" is, for its hand-checked gloss: the subject of its clause, as it
mostly is ("Die Parteien stellten ihr Programm vor": their; "sich" after "er": himself; "selbst" after a
plural: themselves), else the word before it that may own it: a plural before a possessive on its
clause's subject ("… Gewässern, bei dem ihr Wasserstand": their), a woman named before a sentence's first
"Ihr" (her), a feminine thing (its), the plural subject past one that cannot own "ihr" ("… sieht man sie
selten. Ihr Revier …": their). The helpers that find what a word points back to are
reader.nlp.pronoun_uses'.
"""

from __future__ import annotations

from reader.lexicon import noun_gender
from reader.nlp.doc_facts import sentence_starts
from reader.nlp.pronoun_uses import (
    clause_verb_and_subject,
    feminine_antecedent,
    finite_verb_number,
    main_clause_subject_before,
    masculine_thing_before,
    names_a_thing,
    names_no_person,
    person_named_before,
    plural,
    referent_before,
    referent_uses,
    subject_of,
    woman_last_before,
)


def subject_number(token) -> list[str]:
    """The number (and, for a pronoun, the pronoun) of the subject of the clause a possessive or
    "sich" stands in: "ihr" is "their" when it points back to a plural subject, as it mostly does
    ("Die Parteien stellten ihr Programm vor"); "sich" after "er" is "himself"."""
    verb, subject = clause_verb_and_subject(token)
    if subject is not None and subject.i == token.head.i and token.dep_.startswith("det"):
        # a possessive's own noun is not whose it is: the subject of the clause before "und" may be ("…
        # abhängig sind und ihre Tätigkeit … gelten könnte"); "sein" points to one man or thing whatever its
        # noun's gender ("Seine Werke zählten …": his, not its), while "ihre Bemühungen" are mostly theirs
        if verb.dep_ == "conj":
            subject = subject_of(verb.head) or subject
        elif token.lemma_ == "sein":
            # the last masculine or neuter word before it, where that names a thing and no man was named
            # between ("Iran besteht aus … Becken. Seine Lage …": its), else a man or a thing alike
            thing = masculine_thing_before(token, genders=("Masc", "Neut"))
            if thing is not None and not person_named_before(token, None, thing):
                return ["thing", "Sing"]
            subject = None
        elif token.lower_.startswith("ihr") and _plural_before_in_its_sentence(token):
            return ["Plur"]  # "der Zustand von Gewässern, bei dem ihr Wasserstand … liegt": their
        elif token.lower_.startswith("ihr") and _opens_its_sentence(token) and _plural_subject_before(token):
            return ["Plur"]  # "Faultiere … hängen so gut, dass sie … Ihr Fell lässt den Regen ablaufen": their
        elif token.lower_.startswith("ihr") and _opens_its_sentence(token) \
                and _plural_owner_past(main_clause_subject_before(token), token):
            return ["Plur"]  # "Weil sie tagsüber schlafen, schläft man dort nicht. Ihr Revier ist …": their
        elif token.lower_.startswith("ihr") and woman_last_before(token):
            return ["sie", "Sing"]  # "… wird sie als Heilige verehrt. Ihre Werke …": her
        elif "Sing" in subject.morph.get("Number") and _thing_before_in_its_sentence(token):
            return ["thing", "Sing"]  # "Mit dem Wort Geschwindigkeit wird nur ihr Betrag gemeint": its
    if token.lower_.startswith("ihr") and subject is not None and _plural_owner_past(subject, token):
        return ["Plur"]  # "Weil sie tagsüber schlafen, sieht man sie selten. Ihr Revier erkennt man …": their
    # where the parse found no subject or no number for it, the finite verb agrees with the subject
    verb_number = finite_verb_number(verb)
    if subject is None:
        return verb_number
    uses = referent_uses(subject, verb_number)
    if token.lemma_ == "sein":
        # "sein" points back to a masculine or neuter word: "ein Körper … seinen Ort" (its), never to
        # a feminine thing ("Die Regierung seines Landes": his)
        uses = [use for use in uses if use != "thing"]
        masculine_thing = subject.morph.get("Gender") == ["Masc"] and names_no_person(subject, uses)
        if masculine_thing and not person_named_before(token):
            uses.insert(0, "thing")
    return uses


def intensifier_uses(selbst) -> list[str]:
    """Whose self "selbst" stresses: the noun right before it, where "selbst" closes its phrase ("aus der
    Statistik selbst.": itself), else the subject of its clause ("Selbständige müssen sich selbst
    versichern": themselves; "Politiker, die in der Vergangenheit selbst Ziel … waren": themselves)."""
    doc = selbst.doc
    before = doc[selbst.i - 1] if selbst.i else None
    after = doc[selbst.i + 1] if selbst.i + 1 < len(doc) else None
    closes = after is None or after.is_punct or after.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ")
    # (a personal pronoun too: "nicht er selber"; not "sich", which points to the subject in turn)
    personal = before is not None and before.pos_ == "PRON" and "Prs" in before.morph.get("PronType") and before.lower_ != "sich"
    if closes and before is not None and (before.pos_ in ("NOUN", "PROPN") and before.dep_ != "compound" or personal):
        referent, verb_number = before, []
        if before.dep_ in ("appos", "flat") and before.head.pos_ == "NOUN" and before.head.i < before.i:
            referent = before.head  # "Der Ort Einsiedeln selber": the place the name renames
    else:
        verb, referent = clause_verb_and_subject(selbst)
        verb_number = finite_verb_number(verb)
        if referent is None:
            return verb_number
    uses = referent_uses(referent, verb_number)
    if names_no_person(referent, uses):
        uses.insert(0, "thing")  # "Der Landtag kann sich selbst auflösen": itself, a masculine thing too
    return uses


def _thing_before_in_its_sentence(possessive) -> bool:
    """The feminine noun a possessive's "ihr" points back to stands in its sentence and names a thing,
    no name standing between ("… Conservative Party zurücktreten wird. Ihr Amt": May's)."""
    antecedent = feminine_antecedent(possessive)
    if antecedent is None or antecedent.i < sentence_starts(possessive.doc)[possessive.i] or not names_a_thing(antecedent):
        return False
    return not any(word.pos_ == "PROPN" for word in possessive.doc[antecedent.i + 1 : possessive.i])


def _plural_before_in_its_sentence(possessive) -> bool:
    """Of the nouns a possessive "ihr" may point back to in its sentence (a feminine singular or a plural),
    the last before it is a plural, no name standing between."""
    doc = possessive.doc
    for word in reversed(doc[sentence_starts(doc)[possessive.i] : possessive.i]):
        if word.pos_ == "PROPN":
            return False
        if word.pos_ == "NOUN" and "Plur" in word.morph.get("Number"):
            return True
        if word.pos_ == "NOUN" and word.morph.get("Gender") == ["Fem"]:
            return False
    return False


def _opens_its_sentence(word) -> bool:
    """The first word of its sentence, or of what follows a colon ("… eine Behinderung: Ihr Gehirn …")."""
    start = sentence_starts(word.doc)[word.i]
    return word.i == start or word.doc[word.i - 1].text == ":"


def _plural_subject_before(possessive) -> bool:
    """The subject of the main clause before the possessive is a plural ("Manche Kinder haben …: Ihr …")."""
    subject = main_clause_subject_before(possessive)
    return subject is not None and plural(subject)


def _plural_owner_past(subject, possessive) -> bool:
    """*subject* (the possessive's clause's, or the main clause's before it) cannot own the possessive "ihr"
    ("man"), and the last subject before it that may is a plural: "Weil sie tagsüber schlafen, sieht man sie
    selten. Ihr Revier …" (their; not the last plural of another role: "… Gitarren. Dieser Artikel legt den
    Schwerpunkt auf die Gitarre und … mit ihrer …": its)."""
    if subject is not None and _ihr_may_point_to(subject):
        return False
    referent = referent_before(possessive)
    return referent is not None and referent.dep_.startswith("nsubj") and plural(referent)


def _ihr_may_point_to(word) -> bool:
    """"ihr" may be the possessive of *word*: not "man" nor another pronoun of a man, a thing or the
    speaker, nor a singular noun the dictionary has as masculine or neuter ("der Staat"); a name, or a word
    the dictionary lacks ("Dr. Rice" tagged a noun), may be a woman's."""
    if word.pos_ == "PRON":
        return word.lower_ not in _NO_OWNERS_OF_IHR
    return word.pos_ != "NOUN" or plural(word) or noun_gender(word._.term or word.lemma_) not in ("m", "n")


_NO_OWNERS_OF_IHR = frozenset({"man", "er", "es", "ich", "du", "wir", "jemand", "niemand"})
