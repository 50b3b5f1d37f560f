"""Hints for nouns and their phrase: case, gender, number, prepositions, relative pronouns; the reason
for the case is found in reader.nlp.hints.case_reasons."""

from __future__ import annotations

from spacy.tokens import Token

from reader.nlp.extensions import token_value
from reader.nlp.foreign_words import later_part_of_english_name
from reader.lexicon.database import LexiconMissingError
from reader.labels import MORPH_GENDERS
from reader.nlp.hints.case_reasons import case_reason, fixed_by
from reader.nlp.hints.common import ARTICLE, NOMINAL, Hints, case_gender_number, relative_pronoun_of
from reader.nlp.hints.compounds import display_term
from reader.nlp.hints.declension import adjective_declension, contracted_article
from reader.nlp.lang.grammar import REFLEXIVE
from reader.nlp.lang.articles import (
    CASE_NAMES,
    GENDER_NAMES,
    NUMBER_NAMES,
    RELATIVE,
    adjective_ending,
)
from reader.nlp.lang.prepositions import CONTRACTIONS, TWO_WAY, governed_cases
from reader.nlp.noun_phrases import adverbial_before_number, particle_article
from reader.nlp.relative_pronouns import is_determiner, relative_in_an_article_s_place
from reader.nlp.noun_forms import adjectival_singular
from reader.nlp.name_tokens import shown_as_names
from reader.nlp.names import in_a_persons_name, only_a_name, place_of_adjective
from reader.nlp.morph_features import feature_values
from reader.nlp.participles import participle_of
from reader.nlp.pronoun_uses import polite
from reader.nlp.verb_forms import english_participle
from reader.nlp.doc_facts import sentence_start


def _sure(token: Token) -> bool:
    sure = token_value(token, "case_sure") if token.has_extension("case_sure") else None
    return bool(sure)


PERSONS = {"1": "1st person", "2": "2nd person", "3": "3rd person"}
NO_GENDER = {"ich", "du", "wir", "mich", "mir", "dich", "dir", "uns", "euch", "man"}


def _form_text(case: str, gender: str | None, number: str | None, pos: str, token: Token | None = None) -> str:
    words = [CASE_NAMES[case]]
    if number:
        words.append(NUMBER_NAMES[number])
    text = " ".join(words)
    if token is not None and token.lower_ in NO_GENDER:
        person = (token.morph.get("Person") or [None])[0]
        return f"{text}, {PERSONS[person]}" if person in PERSONS else text
    if gender and (number == "Sing" or pos == "NOUN"):
        text += f", {GENDER_NAMES[gender]}"
    return text


def add_nominal_hints(token: Token, hints: Hints) -> None:
    case, gender, number = case_gender_number(token)
    if case not in CASE_NAMES:
        return
    if before_hyphen(token):
        add_compound_part_hint(token, hints)
        return
    if token.pos_ == "PRON" and token.lower_ in REFLEXIVE:
        return  # told on the verb ("reflexive verb")
    if token.dep_.startswith("flat") or later_part_of_english_name(token):
        return  # the rest of a name: the first part has the hint
    sure = _sure(token)
    # Where the case rests on the parse, not the forms: said after the case, so every hint still
    # opens with the case's name ("Dative singular …, probably").
    probably = "" if sure else ", probably"
    named = token.pos_ == "PROPN" or token.i in shown_as_names(token.doc) or only_a_name(token.text)
    # (a name's genitive by its base: "der Einwohner Helsinkis", "Teilen Lateinamerikas")
    named_by_lemma = only_a_name(token_value(token, "term") or token.lemma_)
    # a name's gender is the model's guess, its compound's last part or the common word spelt so:
    # "Stoltenberg", "Rumsfeld", "Mark Milley" are not neuter; "die Türkei" is the lexicon's feminine
    listed_genders = _lexicon_genders(token, listed_only=named or named_by_lemma) if token.pos_ != "NOUN" or not named else ()
    shown_gender = None if (named or named_by_lemma) and (gender not in listed_genders or in_a_persons_name(token)) else gender
    if token.pos_ == "NOUN" and number == "Plur" and gender not in listed_genders:
        shown_gender = None  # "Kommunalfinanzen": a plural shows no gender; only its singular's, where the lexicon has one
    form = _form_text(case, shown_gender, number, token.pos_, token)
    if token.pos_ == "PRON" and polite(token):
        # "Engagieren Sie sich": not "plural" (they), but the polite you, one person or several
        form = f"{CASE_NAMES[case]}, polite 'you' (Sie: one person or several; its verb is in the plural)"
    adjectival = adjectival_singular(token) if token.pos_ == "NOUN" and number == "Plur" else None
    if adjectival is not None:
        # "die Angestellten": men and women alike, as the singulars "der" and "die Angestellte" are
        form = f"{_form_text(case, None, number, token.pos_, token)} noun (der/die {adjectival})"
    elif token.pos_ == "NOUN" and gender and gender in listed_genders:
        noun = "" if number == "Sing" else " noun"
        form += f"{noun} ({ARTICLE[gender]} {_after_article(token)})"
    reason = case_reason(token, case, hints)
    first = f"{form}{probably}"
    hints.add(token, first[0].upper() + first[1:] + ".")
    if reason:
        reason += probably  # the case rests on the parse: so does its reason
        hints.add(token, reason[0].upper() + reason[1:] + ".")
    if token.pos_ == "PRON" and _is_relative(token):
        _relative_pronoun(token, hints)
    for member in token.children:
        if particle_article(member):
            hints.add(member, f"{member.text}: part of the name here, not an article.")
            continue  # "von der Leyen"
        if member.dep_ in ("det", "det:poss") and member.i < token.i and not is_determiner(member):
            if relative_in_an_article_s_place(member):
                hints.add(member, f"Relative pronoun: refers back to {token.head.head.text}; its case comes from its own clause.")
            continue
        if member.dep_ in ("det", "det:poss") and member.i < token.i:
            text = f"{'Article' if member.pos_ == 'DET' else 'Determiner'} of {token.text}: {_form_text(case, shown_gender, number, 'DET')}{probably}."
            hints.add(member, text)
            if reason:
                hints.add(member, reason[0].upper() + reason[1:] + ".")
        elif member.dep_ == "amod" and member.pos_ == "ADJ" and member.i < token.i and place_of_adjective(member.text):
            place = place_of_adjective(member.text)
            hints.add(member, f"Adjective from the place name {place}: always ends in -er, whatever the case.")
        elif member.dep_ == "amod" and member.pos_ == "ADJ" and member.i < token.i and not adjective_ending(member.text):
            # "die politisch besser vertretene Gruppe": no ending, so it qualifies the next word, agrees with
            # nothing; nor does a language's name before a name ("deutsch Republik Belarus": in German)
            continue
        elif member.dep_ == "amod" and member.pos_ == "ADJ" and member.i < token.i:
            text = f"Adjective agreeing with {token.text}: {_form_text(case, shown_gender, number, 'ADJ')}{probably}."
            hints.add(member, text)
            participle = participle_of(member.text)
            if participle is not None and _means_the_participle(member, *participle):
                verb, kind = participle
                hints.add(member, f"{kind.capitalize()} participle of {verb}, used as an adjective.")
            ending = adjective_declension(member, token)
            if ending:
                hints.add(member, ending)


def _means_the_participle(adjective: Token, verb: str, kind: str) -> bool:
    """Whether the adjective still means its verb's participle: "geschlossen" ('closed'), not a word of
    its own like "bekannt" ('known', not 'confessed' of bekennen)."""
    if kind == "present":
        return True
    base = (adjective.lemma_ or adjective.lower_).lower()
    try:
        from reader.lexicon import lookup

        entry = lookup(base, "ADJ")
    except LexiconMissingError:
        return True
    if not entry.found or entry.pos != "ADJ" or not entry.gloss:
        return True
    english = english_participle(verb)
    return bool(english) and english in " ".join(entry.gloss[:3])


def _after_article(token: Token) -> str:
    """The noun's dictionary form as it reads after der/die/das: "der Abgeordnete", not the
    dictionary's "Abgeordneter" (which goes with "ein"); a neuter made from an adjective likewise: "das
    Innere", "das Gute", not the strong "Inneres" or a masculine "Guter"."""
    from reader.lexicon import after_definite_article, lookup

    shown = display_term(token)
    entry = lookup(token_value(token, "term") or token.lemma_ or token.text, "NOUN")
    singular, _ = after_definite_article(entry.term, entry.gender, entry.plural)
    ending = entry.term[len(singular) :]  # the strong ending: "r" of "Beamter"; none where the text had "Beamte"
    if ending and shown.endswith(ending):
        shown = shown[: -len(ending)]
    # (only where the text is not that form itself: "das Alter" is age, no adjective)
    neuter = "Neut" in feature_values(token, "Gender") and token.text != shown
    if neuter and shown.endswith(("es", "er")) and lookup(shown[:-2].lower(), "ADJ").pos == "ADJ":
        return shown[:-1]
    return shown


def _lexicon_genders(token: Token, listed_only: bool = False) -> tuple[str, ...]:
    """The genders the lexicon gives the noun, its own first (See: masculine, feminine); with
    *listed_only*, only those of the word's own entry, not of a compound's last part. A noun made from an
    adjective the lexicon has only as one ("das Gute": gut) has the gender of its article."""
    try:
        from reader.lexicon import lookup, noun_genders

        entry = lookup(token_value(token, "term") or token.lemma_ or token.text, "NOUN")
        if entry.pos == "ADJ" and not listed_only:
            return tuple(feature_values(token, "Gender"))
        if listed_only and entry.composed or not entry.gender:
            return ()
        others = "" if entry.composed else noun_genders(entry.term)[1:]
    except LexiconMissingError:
        return ()
    return tuple(MORPH_GENDERS[letter] for letter in entry.gender + others if letter in MORPH_GENDERS)


def add_preposition_hints(prep: Token, hints: Hints, noun: Token | None = None) -> None:
    word = prep.lower_
    if word.endswith("."):
        return  # "v. Chr.": an abbreviation in a set phrase, whose gloss says it all
    cases = governed_cases(word)
    noun = noun if noun is not None else prep.head
    case = case_gender_number(noun)[0] if noun.pos_ in NOMINAL else None
    if word in CONTRACTIONS:
        base, contracted, _, _ = CONTRACTIONS[word]
        hints.add(prep, f"{prep.text} = {base} + {contracted_article(word)}: {CASE_NAMES[contracted]}.")
        return
    if word in TWO_WAY:
        text = f"Two-way preposition {word}"
        pair = fixed_by(prep, noun, hints)
        if pair is not None:
            text += f", its case fixed by {pair}"  # not a place or a direction: "bestehen auf", "in Betracht ziehen"
        elif hints.first_in_sentence(prep, "two-way"):
            text += ": accusative for direction (where to?), dative for location or time (where? when?)"
        if case in ("Acc", "Dat") and _sure(noun):
            text += f"; here {CASE_NAMES[case]}"
        hints.add(prep, text + ".")
    elif cases == ("Gen", "Dat"):
        hints.add(prep, f"Preposition {word}: takes the genitive (in speech often the dative).")
    elif _before_another_preposition(prep):
        # "bis zum Monatsende", "bis in die Nacht": the second preposition governs the noun
        hints.add(prep, f"{prep.text} before another preposition: that one decides the case.")
    elif len(cases) == 1:
        hints.add(prep, f"Preposition {word}: always takes the {CASE_NAMES[cases[0]]}.")


def _before_another_preposition(prep: Token) -> bool:
    """"bis zum Monatsende"; not "von über 10 Milliarden", where "über" before a number is more than."""
    following = prep.doc[prep.i + 1] if prep.i + 1 < len(prep.doc) else None
    return (
        following is not None and following.pos_ == "ADP" and bool(governed_cases(following.lower_))
        and not adverbial_before_number(following)
    )


def _is_relative(token: Token) -> bool:
    """A relative pronoun: the first word (after a preposition, perhaps) of a clause attached to a noun."""
    if token.i == sentence_start(token) or token.lower_ not in RELATIVE:
        return False
    node = token
    for _ in range(4):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.dep_ in ("acl:relcl", "acl") and node.i > token.i:
            return relative_pronoun_of(node) == token
    return False


def _relative_pronoun(token: Token, hints: Hints) -> None:
    clause = token.head
    while clause.dep_ not in ("acl:relcl", "acl") and clause.head.i != clause.i and clause.head.i > token.i:
        clause = clause.head
    if clause.dep_ not in ("acl:relcl", "acl"):
        return
    antecedent = clause.head
    hints.add(token, f"Relative pronoun: refers back to {antecedent.text}; its case comes from its own clause.")


def add_compound_part_hint(token: Token, hints: Hints) -> None:
    """"Fünf-Jahres-Perioden", "Landes- oder Kommunalverwaltungen": a part has no case of its own."""
    hints.add(token, f"{token.text}-: first part of a compound; its last part carries the case.")


def before_hyphen(token: Token) -> bool:
    """Written against a hyphen that follows it: the first part of a compound ("Fünf-", "Landes- oder")."""
    doc = token.doc
    return not token.whitespace_ and token.i + 1 < len(doc) and doc[token.i + 1].text in ("-", "‐")
