"""Case, gender and number of noun phrases, corrected with German grammar.

The statistical morphologizer guesses each token's features on its own. Here
every noun phrase (noun, its determiner and adjectives, and the preposition
that governs it) is decided as a whole: each reading (case, gender, number)
is scored by the evidence for it, and the best reading is written back onto
every member of the phrase.

Evidence, strongest first:
- the form of the determiner ("dem" is dative masculine/neuter singular) or of
  a preposition with the article merged in ("zur", "ins");
- the case the preposition governs ("mit" → dative; two-way prepositions
  allow dative or accusative);
- the noun's gender and plural from the lexicon and its declension endings
  (dative plural -n, genitive singular -s/-es of masculine and neuter nouns);
- the ending of attributive adjectives (weak, mixed or strong declension);
- the syntactic role (subject → nominative, direct object → accusative …),
  nouns of time used as adverbials ("wenige Stunden später": accusative);
- the statistical model's own guess, as a tie-breaker.

Then, clause by clause, one subject per clause (`case_rules`, with the verb's
agreement from `subject_agreement`); last, appositions share the case of the
phrase they rename (`appositions`). The phrase structure comes from
`noun_phrases`, the words around a phrase from `phrase_context`, what a noun's own
form says from `noun_forms`, the scoring of readings and the weights from `case_evidence`.

Measured with tools/evaluate_case.py on the held-out split (noun Case accuracy).

Each token of a decided phrase also gets `token._.case_sure`: True when
grammar (not only the parse or the model) fixes the case, so hints can say
"probably" when it does not.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from reader.lexicon import LexiconMissingError, is_name as is_name_only, lookup
from reader.nlp.extensions import set_token_value
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
from reader.nlp.case_rules import compared_cases, one_subject_per_clause
from reader.nlp.doc_arrays import merged, tokens_where
from reader.nlp.appositions import appositions_agree, bracketed_appositions, close_appositions, is_name
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
from reader.nlp.dative_objects import dative_objects_taken_for_genitives
from reader.nlp.noun_lexicon import genderless_noun, in_a_language
from reader.nlp.token_memo import tokens_unchanged
from reader.nlp.noun_phrases import (
    HEADS,
    acts_as_preposition,
    after_comma,
    adverb_opening_sentence,
    first_conjunct,
    genitive_name,
    genitive_with_sein,
    hyphen_part,
    inherits,
    is_compared,
    is_pronoun,
    is_relative,
    lemma_of,
    measure_accusative,
    name_after_its_particle,
    object_of_participle,
    phrase_of,
    relative_determiner,
    uncounted_number,
)

# Personal pronoun forms that are never anything else (the tagger sometimes says VERB or NOUN).
ALWAYS_PRONOUNS = frozenset("ich mich mir du dich dir er ihn ihm wir uns euch ihnen".split())

# Question words the tagger sometimes takes for nouns at the start of a sentence ("Woher kommt …").
QUESTION_WORDS = frozenset("woher wohin wo wann warum wie was wer weshalb wieso weswegen".split())

# Quantifiers that only count a plural ("viele Eltern", "mehrere Länder").
PLURAL_QUANTIFIERS = frozenset(
    """viele vielen vieler wenige wenigen weniger einige einigen einiger mehrere mehreren mehrerer
    zahlreiche zahlreichen zahlreicher etliche etlichen beide beiden beider""".split()
)

# Cardinal "one": the noun it counts is singular ("1 Euro", "ein Jahr").
ONE = frozenset("1 ein eine einen einem einer eines eins".split())

ROLE_CASE = {"nsubj": "Nom", "nsubj:pass": "Nom", "obj": "Acc", "iobj": "Dat", "expl": "Nom"}

def correct_morphology(doc: Doc) -> None:
    """Decide case, gender and number of every noun phrase and pronoun in `doc`, in place."""
    # (the words these two repairs may apply to, read from the Doc's arrays: each changes only the word it reads)
    for token in merged(tokens_where(doc, "LOWER", ALWAYS_PRONOUNS), tokens_where(doc, "POS", ("VERB", "ADJ"))):
        if token.lower_ in ALWAYS_PRONOUNS and token.pos_ != "PRON":
            token.pos_ = "PRON"  # "mit ihnen": these forms are never verbs or nouns
        elif _noun_taken_for_a_verb(token):
            token.pos_ = "PROPN" if token.tag_ == "NE" else "NOUN"  # "in der „Gruft“": tag and article say noun
    dative_objects_taken_for_genitives(doc)
    with tokens_unchanged(doc):  # the rules below only read the tokens, and ask the same of them often
        phrases, decided = _decide_phrases(doc)
    for i, phrase in phrases.items():
        _write(phrase, decided[i])


def _decide_phrases(doc: Doc) -> tuple[dict[int, Phrase], dict[int, Reading]]:
    """Every noun phrase and pronoun of `doc` by its head's index, and the reading decided for it."""
    decided: dict[int, Reading] = {}
    phrases: dict[int, Phrase] = {}
    heads = [
        t for t in tokens_where(doc, "POS", (*HEADS, "PRON", "DET"))  # (no other word heads a phrase)
        if (t.pos_ in HEADS and t.lower_ not in QUESTION_WORDS and not acts_as_preposition(t) and not adverb_opening_sentence(t))
        or is_pronoun(t) or relative_determiner(t)
    ]
    # Phrases that copy their case from another one (conjuncts, appositions, name parts) go last,
    # and the first parts of hyphenated compounds after their compound.
    first = [t for t in heads if not inherits(t) and not hyphen_part(t)]
    later = [t for t in heads if inherits(t) and not hyphen_part(t)]
    parts = [t for t in reversed(heads) if hyphen_part(t)]
    for group in (first, later, parts):
        for token in group:
            phrase = phrase_of(token)
            _score(phrase, decided)
            decided[token.i] = phrase.decide()
            phrases[token.i] = phrase
            if group is parts and token.head.i in decided:
                # "seiner Aids-Infektion": the compound is one word, so its first part has its case
                decided[token.i] = phrase.best_in_case(decided[token.head.i][0])
                phrase.source = phrases[token.head.i].source
        if group is first:
            one_subject_per_clause(doc, phrases, decided)
            compared_cases(phrases, decided)
    appositions_agree(doc, phrases, decided)
    bracketed_appositions(phrases, decided)
    close_appositions(doc, phrases, decided)
    _name_parts_follow(doc, phrases, decided)
    _names_in_the_singular(phrases, decided)
    return phrases, decided


def _name_parts_follow(doc: Doc, phrases: dict[int, Phrase], decided: dict[int, Reading]) -> None:
    """Every word of a name has the case the appositions gave its first word ("Yoshihiko Noda")."""
    for i, phrase in phrases.items():
        token = phrase.head  # (the phrases are keyed by their head's index)
        head, dep = token.head, token.dep_
        name_after_name = dep == "appos" and head.i == i - 1 and is_name(head) and is_name(token)  # "Hugo Chávez"
        part = dep in ("flat", "flat:name") or name_after_name
        if part and head.i in decided and head.i < i:
            case = decided[head.i][0]
            if decided[i][0] != case and case in phrase.allowed_cases():
                decided[i] = phrase.best_in_case(case)


def _names_in_the_singular(phrases: dict[int, Phrase], decided: dict[int, Reading]) -> None:
    """A name without an article is one person or place ("Frankreich, Zypern und Portugal sind
    dagegen": each singular, the list plural); a plural name takes its article ("die USA")."""
    for i, phrase in phrases.items():
        case, gender, number = decided[i]
        if number == "Plur" and not phrase.members and _a_name(phrase.head):
            decided[i] = (case, gender, "Sing")


def _a_name(token: Token) -> bool:
    """A proper noun, or a word the dictionary knows only as a name ("Zypern", whatever the tagger
    called it), unless its English is a common noun's ("Medien": media, also the ancient land)."""
    if token.pos_ not in ("PROPN", "NOUN") or not token.text[:1].isupper():
        return False
    try:
        english = lookup(token.text, "NOUN").gloss
        common = bool(english) and english[0][:1].islower()
        return not common and (token.pos_ == "PROPN" or is_name_only(token.text))
    except LexiconMissingError:
        return False


def _named_person(noun: Token) -> bool:
    """The noun is followed right away by the name it stands for (a close apposition of one name)."""
    doc = noun.doc
    following = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    return (
        following is not None and following.pos_ == "PROPN" and following.head.i == noun.i
        and following.dep_ in ("appos", "flat", "flat:name") and not any(c.dep_ == "conj" for c in following.children)
    )


def _noun_taken_for_a_verb(token: Token) -> bool:
    """A capitalized word inside the sentence with a noun tag (NN, NE) and an article or preposition of
    its own, which the coarse tag calls a verb or an adjective (quotation marks around a noun confuse it;
    "nach Niederösterreich")."""
    return (
        token.pos_ in ("VERB", "ADJ") and token.tag_ in ("NN", "NE") and token.text[:1].isupper()
        and token.i > sentence_start(token)
        and any(c.dep_ in ("det", "det:poss", "case") for c in token.children)
    )


def _score(phrase: Phrase, decided: dict[int, Reading]) -> None:
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
        if member.pos_ in ("DET", "PRON"):
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
        same_number = number is not None and (number == _features(head).get("Number") or number == "Plur" and plural_form(head))
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
    model = _features(head)
    if not name_after_its_particle(head):  # "Von der Leyen wurde nominiert"
        phrase.add(readings_where((model.get("Case"),)), W_MODEL_CASE, grammar=False)
    phrase.add(readings_where(numbers=(model.get("Number"),)), W_MODEL_OTHER, grammar=False)
    if not phrase.members and (head.pos_ == "PROPN" or (head.pos_ == "NOUN" and noun_reading(head)[:2] == (None, None))):
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
    features = _features(noun)
    gender, plural, _, lemma = noun_reading(noun)
    # (a form both numbers spell says neither: "Lautwandel, die … zusammengefasst werden")
    number = "Plur" if plural_form(noun) else None if plural == lemma == noun.text else features.get("Number")
    return relative_pronoun_fits(pronoun.text, gender or features.get("Gender"), number)


def _role_case(head: Token, prep: Token | None) -> str | None:
    if prep is not None or is_compared(head):
        return None
    if genitive_with_sein(head):
        return None  # "ist der Meinung, dass …": no predicate nominative (see _score)
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



def _write(phrase: Phrase, reading: Reading) -> None:
    case, gender, number = reading
    sure = phrase.source == "grammar"
    for token in [phrase.head, *phrase.members]:
        morph = dict(_features(token))
        if token.pos_ == "ADJ" and "Case" not in morph and token.lower_ == lemma_of(token).lower():
            continue  # uninflected
        morph["Case"] = case
        morph["Number"] = number
        if gender:
            morph["Gender"] = gender
        elif token.pos_ in ("DET", "ADJ") and not quantifier_readings(token.text):
            morph.pop("Gender", None)  # German shows no gender in the plural (a quantifier keeps the tagger's)
        elif token.pos_ == "NOUN":
            lexicon_gender = noun_reading(token)[0]
            if lexicon_gender:
                morph["Gender"] = lexicon_gender
        if token.pos_ == "PRON" and token.lower_ in ("sich",):
            continue
        token.set_morph(_join(morph))
        set_token_value(token, "case_sure", sure)
        set_token_value(token, "case_source", phrase.source)


_FEATURES: dict[int, dict[str, str]] = {}


def _features(token: Token) -> dict[str, str]:
    """`token.morph.to_dict()`, kept per analysis (by its hash): a text holds a few hundred distinct
    analyses, and to_dict splits the feature string anew on every call. Shared: read it, or copy it."""
    morph = token.morph
    features = _FEATURES.get(morph.key)
    if features is None:
        features = _FEATURES[morph.key] = morph.to_dict()
    return features


def _join(morph: dict[str, str]) -> str:
    return "|".join(f"{key}={morph[key]}" for key in sorted(morph, key=str.lower))
