"""The evidence for each (case, gender, number) reading of a noun phrase or pronoun, added to its score.

The forms of its articles, adjectives and noun, the preposition that governs it (a two-way preposition
by the valency of the word the phrase depends on), the reading of a relative pronoun's antecedent, the
phrase's role in the clause and the case it copies from a phrase it hangs on, and last the model's own
guess: each names the readings it supports, with the weight of `case_evidence`. Asked by
reader.nlp.morphology for every phrase, which then decides the best reading.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.nlp.case_evidence import (
    ACCUSATIVE,
    GENITIVE,
    GENITIVE_SINGULAR,
    NOT_GENITIVE,
    PLURAL,
    SINGULAR,
    W_ADJECTIVE,
    W_CONTRACTION,
    W_DETERMINER,
    W_INHERITED,
    W_LEXICON_GENDER,
    W_MODEL_CASE,
    W_MODEL_OTHER,
    W_NOUN_FORM,
    W_PREPOSITION,
    W_PRONOUN,
    W_ROLE,
    W_VALENCY,
    Phrase,
    indices_of,
    readings_where,
)
from reader.nlp.appositions import is_name
from reader.nlp.lang.articles import (
    INTERROGATIVE,
    MIXED,
    PERSONAL,
    RELATIVE,
    STRONG,
    WEAK,
    Reading,
    adjective_ending,
    determiner_readings,
    quantifier_readings,
    relative_pronoun_fits,
    relative_readings,
)
from reader.nlp.lang.sentences import MONTHS
from reader.nlp.lang.prepositions import CONTRACTION_GENDERS, CONTRACTIONS, DATIVE_WHEN_BARE, TWO_WAY, governed_cases
from reader.nlp.lang.valency import FIXED_PHRASES, two_way_case
from reader.nlp.doc_facts import sentence_start
from reader.nlp.phrase_context import (
    after_weekday,
    governing_noun_before,
    genitive_attribute,
    opens_clause,
    opens_sentence_or_follows_verb,
    fragment_before_colon,
    time_adverbial,
)
from reader.nlp.noun_forms import common_noun_taken_for_a_name, declines_like_adjective, noun_form_evidence, noun_reading, plural_form
from reader.nlp.pronoun_uses import plural, referent_before
from reader.nlp.noun_lexicon import genderless_noun, in_a_language, name_gender_and_number
from reader.nlp.noun_phrases import (
    HEADS,
    first_conjunct,
    genitive_name,
    lemma_of,
    name_after_its_particle,
    phrase_of,
    uncounted_number,
)
from reader.nlp.phrase_roles import (
    genitive_with_sein,
    hyphen_part,
    inherits,
    is_compared,
    measure_accusative,
    object_of_participle,
)
from reader.nlp.relative_pronouns import after_comma, is_relative, relative_determiner

if TYPE_CHECKING:  # annotations only: importing the rules must not load spaCy
    from spacy.tokens import Token

# Quantifiers that only count a plural ("viele Eltern", "mehrere Länder").
PLURAL_QUANTIFIERS = frozenset(
    """viele vielen vieler wenige wenigen weniger einige einigen einiger mehrere mehreren mehrerer
    zahlreiche zahlreichen zahlreicher etliche etlichen beide beiden beider""".split()
)

# Cardinal "one": the noun it counts is singular ("1 Euro", "ein Jahr").
ONE = frozenset("1 ein eine einen einem einer eines eins".split())

ROLE_CASE = {"nsubj": "Nom", "nsubj:pass": "Nom", "obj": "Acc", "iobj": "Dat", "expl": "Nom"}


def _named_person(noun: Token) -> bool:
    """The noun is followed right away by the name it stands for (a close apposition of one name)."""
    doc = noun.doc
    following = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    return (
        following is not None and following.pos_ == "PROPN" and following.head.i == noun.i
        and following.dep_ in ("appos", "flat", "flat:name") and not any(c.dep_ == "conj" for c in following.children)
    )


def score_phrase(phrase: Phrase, decided: dict[int, Reading]) -> None:
    head = phrase.head
    # after a preposition with the article in it an adjective declines weakly ("im großen Haus", "zum
    # zentral regierten, modernen Staat")
    determiner_kind = "def" if phrase.preposition is not None and phrase.preposition.lower_ in CONTRACTIONS else None
    if head.pos_ == "PRON" or relative_determiner(head):
        table = RELATIVE if is_relative(head) else PERSONAL
        readings = (
            table.get(head.lower_) or RELATIVE.get(head.lower_) or PERSONAL.get(head.lower_) or INTERROGATIVE[head.lower_]
        )
        if is_relative(head) and phrase.preposition is not None:
            readings = relative_readings(head.lower_, after_preposition=True) or readings  # "an der": feminine dative
        if head.text in ("Sie", "Ihnen") and head.i > sentence_start(head):
            readings = {"Sie": PERSONAL["sie"], "Ihnen": PERSONAL["ihnen"]}[head.text]
        phrase.add(indices_of(readings), W_PRONOUN)
        if head.lower_ == "sie" and head.dep_ in ("obj", "obl") and (referent := referent_before(head)) is not None:
            # an object "sie" has the number of what it stands for: "Man erntet sie früh" (the peas), as decided
            number = decided[referent.i][2] if referent.i in decided else "Plur" if plural(referent) else "Sing"
            phrase.add(readings_where(numbers=(number,)), W_PRONOUN - 1)
        antecedent = _antecedent(head)
        if antecedent is not None and antecedent.i in decided:
            _, gender, number = decided[antecedent.i]
            agreeing = readings_where(genders=(gender,), numbers=(number,))
            if head.lower_ == "dessen":  # its own case stays: "gegen dessen Neffen" is a genitive
                agreeing = tuple(i for i in agreeing if i in indices_of(readings))
            phrase.add(agreeing, W_PRONOUN - 1)
    for member in phrase.members:
        # (and "demselben", which the tagger calls an adjective: its article declines, "dem")
        if member.pos_ in ("DET", "PRON") or member.pos_ == "ADJ" and "selbe" in member.lower_:
            found = determiner_readings(member.text)
            if found:
                determiner_kind, readings = found
                phrase.add(indices_of(readings), W_DETERMINER)
            elif quantifier_readings(member.text):  # after it an adjective declines strongly
                phrase.add(indices_of(quantifier_readings(member.text)), W_DETERMINER)
    for member in phrase.members:
        if member.pos_ == "ADJ" and member.lower_ != lemma_of(member).lower():
            ending = adjective_ending(member.text)
            table = {"def": WEAK, "ein": MIXED, None: STRONG}[determiner_kind]
            if ending in table:
                phrase.add(indices_of(table[ending]), W_ADJECTIVE)
            if determiner_kind is None and ending == "er" and plural_form(head):
                # "die Anwendung neuer Methoden": with no article, "-er" before a plural is its genitive alone
                phrase.add(readings_where(("Gen",), numbers=("Plur",)), W_DETERMINER)
    prep = phrase.preposition
    if prep is not None:
        word = prep.lower_
        if word in CONTRACTIONS:
            _, case, gender, number = CONTRACTIONS[word]
            genders = (gender,) if gender else CONTRACTION_GENDERS
            phrase.add(readings_where((case,), genders, (number,)), W_CONTRACTION)
        else:
            cases = governed_cases(word)
            phrase.add(readings_where(cases), W_PREPOSITION)
            if word in TWO_WAY:
                _two_way_evidence(phrase, word)
            if word in DATIVE_WHEN_BARE and not phrase.members and not head.lower_.endswith("s"):
                phrase.add(NOT_GENITIVE, 3.0, grammar=False)  # "laut Mahama", "laut Experten": no form shows a genitive
            elif len(cases) == 2 and cases[0] == "Gen":
                # the genitive is the written norm, but only the forms can tell it from the dative
                phrase.add(GENITIVE, 3.0, grammar=False)
    if prep is None and after_weekday(head):
        phrase.add(NOT_GENITIVE, 2.0)
    elif prep is None and genitive_attribute(phrase):
        phrase.add(GENITIVE, 2.0)
    elif prep is None and opens_sentence_or_follows_verb(phrase):
        phrase.add(NOT_GENITIVE, 1.5, grammar=False)  # "Der EU-Kommission fällt … zu": no noun for a genitive to follow
    if genitive_name(head):
        phrase.add(GENITIVE_SINGULAR, W_DETERMINER)  # "Trumps Account", "der Umgang Chinas"
    if head.pos_ == "NOUN" and _named_person(head):
        phrase.add(SINGULAR, W_NOUN_FORM)  # "den chinesischen Präsidenten Hu Jintao": one person, not a dative plural
    counted = uncounted_number(head) is None
    if any(c.dep_ == "nummod" and _plural_number(c) and counted or c.lower_ in PLURAL_QUANTIFIERS for c in head.lefts):
        phrase.add(PLURAL, W_NOUN_FORM)  # "zwei weitere Verdächtige", "viele Eltern": more than one is plural
    adjectival = (head.pos_ == "NOUN" or head.tag_ == "NN") and declines_like_adjective(head)
    common = common_noun_taken_for_a_name(head)
    if adjectival:
        # "der Vorsitzende", "die Abgeordneten": declined like an adjective, gender from the person meant
        ending = adjective_ending(head.text)
        shared = None if phrase.members else _after_a_shared_article(head, ending, decided)
        table = {"def": WEAK, "ein": MIXED, None: STRONG}[determiner_kind]
        if shared is not None:
            phrase.add(indices_of(shared), W_ADJECTIVE)
        elif ending in table:
            phrase.add(indices_of(table[ending]), W_ADJECTIVE)
    elif head.pos_ == "NOUN" or common:
        noun_form_evidence(phrase)
    if head.pos_ in HEADS and not genitive_name(head):  # "Geronimos Grab" (tagged a noun): the -s shows it
        # "während der Haus- und Familienarbeit": the article before a truncated first part ("Haus-") is the
        # article of the conjunct, the one whole noun; "einer der bedeutendsten Dichter, Schriftsteller und
        # Journalisten": a bare conjunct in the first one's number shares its article ("die Lage der
        # Weltwirtschaft und Hilfen für …": not a plural after a singular)
        first = head.head
        truncated = first.i + 1 < len(head.doc) and head.doc[first.i + 1].text in ("-", "‑")
        opening = first_conjunct(first)
        number = decided[opening.i][2] if opening.i in decided else None
        same_number = number is not None and (number == features_of(head).get("Number") or number == "Plur" and plural_form(head))
        shares_article = head.dep_ == "conj" and inherits(head) and bool(phrase_of(opening).members) and (
            truncated or same_number and any(child.dep_ in ("det", "det:poss") for child in opening.children)
        )
        if not shares_article and head.dep_ == "conj" and inherits(head) and number == "Sing" and not phrase.members and (
            head.text == lemma_of(head) and any(child.dep_ in ("det", "det:poss") for child in opening.children)
        ):
            # "ein Schriftsteller, Dramatiker und Maler": a bare conjunct whose form may be singular shares the
            # first one's article and number, though a tagger reads "-er" as a plural
            phrase.add(SINGULAR, W_INHERITED, grammar=False)
        close_apposition = (
            is_name(head) and head.dep_ == "appos" and inherits(head) and head.head.i < head.i
            and not genitive_name(head.head)  # "als Trumps Megaphon": no apposition of the name
            and not any(t.is_punct for t in head.doc[head.head.i : head.i])
        )
        if prep is None and not phrase.members and not close_apposition and not shares_article and not any(c.dep_ == "nummod" for c in head.children):
            # a genitive needs an article, an adjective or a name's -s to show it ("Zuversicht",
            # "Kleinkinder", "Maßnahmen Bremen" are not genitive); a name renaming a noun has that noun's
            # case ("des US-Präsidenten George W. Bush")
            phrase.add(NOT_GENITIVE, 2.0)
    if head.pos_ in HEADS and prep is None and (time_adverbial(head) or measure_accusative(head)):
        phrase.add(ACCUSATIVE, W_NOUN_FORM)
        if lemma_of(head) in MONTHS:
            phrase.add(SINGULAR, W_NOUN_FORM)  # a month as a time is one month ("Mitte Dezember")
    # The role in the sentence (from the parse; a participle's object before it: "Erdöl exportierender
    # Länder") and what the model thought.
    role_case = "Acc" if prep is None and object_of_participle(head) is not None else _role_case(head, prep)
    if role_case:
        phrase.add(readings_where((role_case,)), W_ROLE, grammar=False)
    elif genitive_with_sein(head):
        phrase.add(GENITIVE, W_VALENCY + 1.0, grammar=False)  # a fixed phrase, as FIXED_PHRASES are
    source = head.head
    if head.dep_ == "conj" and (genitive_name(source) or hyphen_part(source)) and source.head.i != source.i:
        # "entwendeten Geronimos Kopf und silbernes Zaumzeug": joined to the noun, not the name; "Rheinland-Pfalz
        # und Sachsen": to the compound, not its first part
        source = source.head
    elif head.dep_ == "conj" and source.dep_ in ("nmod", "nmod:poss") and source.i in decided and source.head.i in decided \
            and decided[source.i][0] not in phrase.allowed_cases():
        source = source.head  # "Die Gesetze der Länder und das Bundesgesetz": not genitive, so joined to "Gesetze"
    if inherits(head) and source.i in decided:
        inherited = decided[source.i]
        if head.dep_ != "conj" or not prep or prep.head != head:
            phrase.add(readings_where((inherited[0],)), W_INHERITED, grammar=False)
            if head.dep_.startswith("flat"):
                phrase.add(indices_of(frozenset({inherited})), W_INHERITED, grammar=False)
    if head.dep_ == "conj" and head.head.lower_ == head.lower_ + "innen":
        phrase.add(PLURAL, W_NOUN_FORM)  # "die Bürgerinnen und Bürger": the men of the pair are as many
    model = features_of(head)
    if not name_after_its_particle(head):  # "Von der Leyen wurde nominiert"
        phrase.add(readings_where((model.get("Case"),)), W_MODEL_CASE, grammar=False)
    phrase.add(readings_where(numbers=(model.get("Number"),)), W_MODEL_OTHER, grammar=False)
    listed = name_gender_and_number(head.text) if head.pos_ in ("PROPN", "NOUN") else None
    if listed is not None:
        # "die Havel", "die EU": a name the lexicon gives a gender and no plural is singular in that gender;
        # one it lists with neither is plural ("der USA", "die Alpen", "die Bahamas")
        gender, number = listed
        phrase.add(readings_where(genders=(gender,), numbers=(number,)), W_NOUN_FORM, grammar=False)
    elif not phrase.members and (head.pos_ == "PROPN" or (head.pos_ == "NOUN" and noun_reading(head)[:2] == (None, None))):
        if head.pos_ == "NOUN" and model.get("Number") == "Plur" and genderless_noun(lemma_of(head)):
            phrase.add(PLURAL, W_ROLE, grammar=False)  # "Eltern", "Leute", "Kosten": nouns with no singular
        else:
            phrase.add(SINGULAR, W_ROLE, grammar=False)  # names are singular
    if head.pos_ == "PROPN" and phrase.members and noun_reading(head)[0] and not adjectival and not common:
        # "der Irak", "die Türkei": a name with an article has the gender the lexicon gives it
        phrase.add(readings_where(genders=(noun_reading(head)[0], None)), W_LEXICON_GENDER)
    elif head.pos_ == "PROPN" or not noun_reading(head)[0]:
        phrase.add(readings_where(genders=(model.get("Gender"), None)), W_MODEL_OTHER, grammar=False)


def _after_a_shared_article(noun: Token, ending: str | None, decided: dict[int, Reading]) -> frozenset[Reading] | None:
    """"die Lehrer und Studierenden", "mit dem Lehrer und Vorsitzenden": a noun declined like an adjective,
    joined without an article of its own to a list whose first noun has one, declines after that article
    in the first noun's number where its ending allows that (the readings it then has); else None: it
    declines strongly ("die Lehrer und Studierende")."""
    opening = first_conjunct(noun)
    if opening.i == noun.i or opening.i not in decided:
        return None
    number = decided[opening.i][2]
    for child in opening.children:
        found = determiner_readings(child.text) if child.dep_ in ("det", "det:poss") else None
        if found is not None:
            table = {"def": WEAK, "ein": MIXED}[found[0]]
            readings = frozenset(reading for reading in table.get(ending, ()) if reading[2] == number)
            return readings or None
    return None


def _two_way_evidence(phrase: Phrase, word: str) -> None:
    """Dative or accusative after a two-way preposition by the valency of the word the phrase depends on
    ("lagen auf Anhöhen", "versetzte … in Alarmbereitschaft"); a name without article after in/an/auf
    is a place (direction to a named place is "nach"), after über a route or topic."""
    head = phrase.head
    governor = head.head
    first = first_conjunct(head)
    if first.i != head.i and any(c.dep_ == "case" and c.lower_ == word for c in first.children):
        governor = first.head  # "grenzt an den Libanon sowie an den Gazastreifen": the first phrase's verb
    case = None
    if not phrase.members and (word, lemma_of(head)) in FIXED_PHRASES:
        phrase.add(readings_where((FIXED_PHRASES[word, lemma_of(head)],)), W_VALENCY + 1.0, grammar=False)
        return  # "in Verbindung gebracht": the fixed phrase outweighs the verb of direction
    if in_a_language(word, head):
        phrase.add(readings_where(("Acc",)), W_VALENCY + 1.0, grammar=False)
        return  # "auf Deutsch": in a language, the accusative whatever the verb
    if governor.i != head.i and governor.pos_ in HEADS:
        case = two_way_case(word, lemma_of(governor), verb=False)
        owner = governing_noun_before(phrase.preposition, word) if case is None and phrase.preposition is not None else None
        if owner is not None:  # "Anschläge mit selbstgebauten Bomben auf Armeekonvois": Anschlag auf + Acc
            case = two_way_case(word, lemma_of(owner), verb=False)
        if case is None and governor.dep_ in ("obj", "nsubj", "nsubj:pass", "iobj", "obl") and governor.head.pos_ in ("VERB", "AUX"):
            governor = governor.head  # "versetzte seine Armee in Alarmbereitschaft": the parser hung it on the object
    if case is None and governor.i != head.i and governor.pos_ in ("VERB", "AUX"):
        particle = next((c.lower_ for c in governor.children if c.dep_ == "compound:prt"), "")
        case = two_way_case(word, particle + lemma_of(governor).lower(), verb=True)
        if case == "Acc" and _happening(governor):
            case = None  # "kommt es in kleineren Stadien zu Situationen": a place where, no direction
    name = head.pos_ == "PROPN" or (head.pos_ == "NOUN" and noun_reading(head)[0] is None)  # "Usedom" tagged a noun
    if name and not phrase.members and word == "in":
        case = "Dat"  # "trat in Paris vor die Presse": into a place without article is "nach", after any verb
    elif case is None and name and not phrase.members:
        case = {"an": "Dat", "auf": "Dat", "zwischen": "Dat", "über": "Acc"}.get(word)
    if case is not None:
        phrase.add(readings_where((case,)), W_VALENCY, grammar=False)
    elif word not in ("über", "auf"):
        # no verb of motion: location or state, the dative ("in Höhe von", "verlor an Beliebtheit", "in
        # Frieden ruhen"); "über" (a topic, a route) and "auf" ("auf Dauer", "auf Anhieb") as often take
        # the accusative
        phrase.add(readings_where(("Dat",)), W_ROLE, grammar=False)


def _happening(verb: Token) -> bool:
    """"es kommt zu …" (there is, it comes to): the verb has the placeholder "es" and a phrase with "zu";
    nothing moves."""
    children = list(verb.children)
    return any(child.lower_ == "es" for child in children) and any(
        grandchild.dep_ == "case" and grandchild.lower_ in ("zu", "zum", "zur")
        for child in children if child.dep_.startswith("obl") for grandchild in child.children
    )


def _plural_number(numeral: Token) -> bool:
    """A cardinal number other than one ("zwei", "35", "1,5", "400.000"): the noun it counts is plural (an
    ordinal "3." or a date counts nothing)."""
    text = numeral.text
    return numeral.pos_ == "NUM" and numeral.lower_ not in ONE and ("." not in text or bool(_THOUSANDS.fullmatch(text)))


_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def _antecedent(pronoun: Token) -> Token | None:
    """The noun a relative pronoun refers to: the head of its relative clause; for a demonstrative
    "dessen" ("bildet dessen kleinste Einheit"), the nearest noun before it that is masculine or neuter."""
    if pronoun.lower_ == "dessen" and not after_comma(pronoun) and pronoun.i > 0 and pronoun.nbor(-1).text != "(":
        before = reversed(pronoun.doc[sentence_start(pronoun) : pronoun.i])
        return next((t for t in before if t.pos_ == "NOUN" and noun_reading(t)[0] in ("Masc", "Neut")), None)
    if not is_relative(pronoun):
        return None
    clause = pronoun.head
    while clause.dep_ not in ("acl:relcl", "acl") and clause.head.i != clause.i and clause.head.i > pronoun.i:
        clause = clause.head
    if clause.dep_ in ("acl:relcl", "acl") and clause.head.i < pronoun.i:
        return _agreeing_antecedent(clause.head, pronoun)
    doc = pronoun.doc
    comma = pronoun.i - 1 if doc[pronoun.i - 1].text == "," else pronoun.i - 2
    if comma > 0 and doc[comma].text == "," and doc[comma - 1].pos_ == "NOUN":
        # "die Ermunterung, die die Siedler brauchten": the parse missed the relative clause
        return _agreeing_antecedent(doc[comma - 1], pronoun)
    if comma > 0 and doc[comma].text == "," and doc[comma - 1].pos_ == "VERB":
        # "einen Beruf zu finden, mit dem man …": a relative clause put after the verb of its noun
        verb = doc[comma - 1]
        noun = next((c for c in reversed(list(verb.lefts)) if c.dep_ == "obj" and c.pos_ == "NOUN"), None)
        return noun if noun is not None and _may_be_antecedent(noun, pronoun) else None
    return None


def _agreeing_antecedent(candidate: Token, pronoun: Token) -> Token:
    """`candidate` where the pronoun's form may point back to it, else the nearest noun before the pronoun
    that it may ("ein Organ bei Tieren und Menschen, in dem …": no plural for "dem", so the organ)."""
    if _may_be_antecedent(candidate, pronoun):
        return candidate
    before = reversed(pronoun.doc[sentence_start(pronoun) : pronoun.i])
    return next((t for t in before if t.pos_ == "NOUN" and _may_be_antecedent(t, pronoun)), candidate)


def _may_be_antecedent(noun: Token, pronoun: Token) -> bool:
    """The relative pronoun's form fits the noun's number and, in the singular, its gender (a form that
    only the plural spells is plural, whatever number the tagger guessed: "Hinterbeine, die …"; one both
    numbers spell may be either)."""
    if noun.pos_ != "NOUN":
        return True
    features = features_of(noun)
    gender, plural, _, lemma = noun_reading(noun)
    # (a form both numbers spell says neither: "Lautwandel, die … zusammengefasst werden")
    number = "Plur" if plural_form(noun) else None if plural == lemma == noun.text else features.get("Number")
    return relative_pronoun_fits(pronoun.text, gender or features.get("Gender"), number)


def _role_case(head: Token, prep: Token | None) -> str | None:
    if prep is not None or is_compared(head):
        return None
    if genitive_with_sein(head):
        return None  # "ist der Meinung, dass …": no predicate nominative (see score_phrase)
    if head.dep_ in ROLE_CASE:
        return ROLE_CASE[head.dep_]
    first = head.left_edge
    after_conjunction = first.i > 0 and opens_clause(head.doc[first.i - 1])  # "Wochen, bevor der Sänger starb"
    attribute = head.dep_ == "nmod" and head.head.pos_ in HEADS and head.i > head.head.i
    if attribute and not after_conjunction and not after_weekday(head) and (
        any(c.dep_ in ("det", "det:poss", "amod") for c in head.children) or genitive_name(head)
    ):
        return "Gen"  # "die Integrität der Ukraine", "der Umgang Chinas"; a bare name without -s is no genitive
    if head.dep_ in ("ROOT", "acl:relcl", "ccomp", "advcl") and any(c.dep_ == "cop" for c in head.children):
        return "Nom"  # predicate noun: "Er ist Präsident"
    if head.dep_ == "ROOT" and not any(t.pos_ in ("VERB", "AUX") or t.dep_ in ("nsubj", "obj") for t in head.sent):
        return "Nom"  # a sentence without a verb: "Eine ganz klare Empfehlung."
    if fragment_before_colon(head):
        return "Nom"  # "Nicht so Bundeskanzler Gerhard Schröder (SPD): Er strebt …": named, not governed
    return None


_FEATURES: dict[int, dict[str, str]] = {}


def features_of(token: Token) -> dict[str, str]:
    """`token.morph.to_dict()`, kept per analysis (by its hash): a text holds a few hundred distinct
    analyses, and to_dict splits the feature string anew on every call. Shared: read it, or copy it."""
    morph = token.morph
    features = _FEATURES.get(morph.key)
    if features is None:
        features = _FEATURES[morph.key] = morph.to_dict()
    return features
