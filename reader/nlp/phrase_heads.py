"""Noun phrases the small parser builds around the wrong word, put right.

The statistical parser often heads a phrase by a capitalised adjective that is
part of a name ("im Kalten Krieg", "der Europäischen Union", "das Römische
Reich"): it tags the adjective as a noun and hangs the real noun on it. And it
sometimes hangs an article or preposition on an adjective instead of on the
noun the adjective describes ("einen hoffnungsvollen … Schluss"). In German
the head of such a phrase is always the noun; the case, gender and number
hints read the phrase from its head, so it matters beyond the parse scores.
Two subjects joined by "und" are likewise one coordinated subject, not two.
"""

from __future__ import annotations

from operator import attrgetter

from spacy.tokens import Doc, Token

from reader.lexicon import LexiconMissingError, database, form_entry, lookup
from reader.nlp import lemma_dictionary
from reader.nlp.doc_arrays import merged, tokens_where
from reader.nlp.lang.articles import determiner_readings
from reader.nlp.lang.grammar import ADJECTIVE_ENDINGS
from reader.nlp.lang.names import NAME_PARTICLES
from reader.nlp.lang.valency import object_case
from reader.nlp.bare_nouns import (
    apposition_opened_by_a_preposition,
    bare_name_renaming_the_noun_before,
    bare_noun_after_a_prepositional_phrase,
    bare_noun_in_another_number,
    plural_noun_taken_for_a_name_part,
)
from reader.nlp.article_repairs import (
    article_of_an_extended_attribute,
    article_before_listed_adjectives,
    article_hung_on_its_adjective,
    article_of_the_next_noun,
    article_before_quotation,
    article_taken_for_a_pronoun,
    determiner_given_its_nouns_role,
    participle_closing_an_extended_attribute,
    quantifier_taken_for_a_pronoun,
    spaced_punctuation,
    title_after_its_noun,
)
from reader.nlp.morph_features import feature_values
from reader.nlp.names import only_a_name, place_classifier
from reader.nlp.noun_phrases import (
    after_fixed_adverbial,
    declined_noun,
    following_noun_index,
    genitive_name,
    name_particle,
    noun_before_genitive_name,
    particle_article,
)
from reader.nlp.lang.sentences import ABBREVIATED_PHRASES
from reader.nlp.comparisons import (
    compared_phrase_taken_for_a_conjunct,
    compared_phrase_taken_for_the_predicate,
    comparison_taken_for_a_verb_particle,
    fronted_phrase_taken_for_a_clause,
)
from reader.nlp.intransitive_verbs import subject_of_sich_lassen, subject_taken_for_an_object
from reader.nlp.list_items import (
    bare_plural_joined_to_a_genitive,
    conjunct_inside_a_bracket,
    conjunct_taken_for_an_apposition,
    list_item_taken_for_an_apposition,
    subject_joined_to_its_passive,
)
from reader.nlp.participle_attributes import (
    articles_cut_off_before_an_attribute,
    participles_after_their_noun,
    participles_tagged_finite_between_article_and_noun,
    prepositions_inside_an_attribute,
    reflexives_inside_an_attribute,
)
from reader.nlp.phrase_after_a_preposition import noun_phrase_after_a_prepositional_phrase
from reader.nlp.noun_phrase_repairs import (
    copular_clause_taken_for_a_subject,
    genitive_attribute_taken_for_a_second_subject,
    indefinite_noun_taken_for_an_apposition,
    truncated_part_hung_on_a_verb,
)
from reader.nlp.preposition_repairs import (
    fixed_adverb_hung_on_the_noun_after_it,
    noun_hung_on_a_fixed_adverb,
    phrase_of_the_noun_before,
    preposition_closed_by_its_adverb,
    preposition_taken_for_a_conjunction,
)
from reader.nlp.adjective_ranges import adjective_ranges
from reader.nlp.parse_edits import set_head as _set_head, take_place as _take_place
from reader.nlp.regnal_numbers import roman_ordinal
from reader.nlp.quantities import counting_noun, noun_heads_its_compared_quantity
from reader.nlp.reporting_clauses import reporting_clause_after_a_quotation, speaker_after_a_phrase
from reader.nlp.adverbial_adjectives import adjectives_holding_a_verbs_clause
from reader.nlp.verb_clauses import (
    auxiliaries_of_a_later_clause,
    auxiliaries_of_an_earlier_clause,
    auxiliaries_on_attributive_adjectives,
    join_split_complexes,
    participle_clauses_after_a_comma,
    subordinate_clauses_taken_for_the_main_clause,
    subordinators_taken_for_prepositions,
    participle_insertions,
    particles_taken_for_verbs,
    split_coordinated_auxiliaries,
)

_NOMINAL = {"NOUN", "PROPN"}
_COORDINATING = {"und", "oder", "sowie"}
# Relations with which the parser hangs the real noun on the adjective it took for the head.
_NOUN_UNDER_ADJECTIVE = {"appos", "flat", "flat:name", "compound", "nmod", "dep"}
# Dependents that belong to a phrase's noun, never to one of its adjectives.
_PHRASE_MARKERS = {"det", "det:poss", "case"}
_MARKER_RELATION = {"DET": "det", "ADP": "case"}
_NOUN_MODIFIERS = {"amod", "compound"}
# Determiners a preposition may be hung on instead of their noun: "innerhalb von jeweils zwei Wochen" (not
# a relative pronoun the parser made an article: "mit denen Guiffre …")
_QUANTIFYING_DETERMINERS = {"ADV", "PIAT", "PIDAT"}
_CLAUSE_MEMBERS = {"nsubj", "nsubj:pass", "obj", "obl"}
_FINITE_TAGS = {"VVFIN", "VAFIN", "VMFIN"}


def correct_phrase_heads(doc: Doc) -> None:
    """Repair the parse in place, before the case rules read it. Each pass calls its rules only for
    tokens of the word class or relation they need (`tokens_where`), which no rule of the pass gives
    another token (a hyphen's last part may become a conjunct: it is asked too)."""
    _abbreviations_hung_on_their_example(doc)
    for token in tokens_where(doc, "DEP", ("case",)):
        _family_name_after_its_particle(token)
        _particle_before_a_bracket(token)
        preposition_closed_by_its_adverb(token)
        noun_hung_on_a_fixed_adverb(token)
        fixed_adverb_hung_on_the_noun_after_it(token)
        phrase_of_the_noun_before(token)
    for token in tokens_where(doc, "DEP", ("mark", "case")):
        preposition_taken_for_a_conjunction(token)
    adjective_ranges(doc)
    for token in tokens_where(doc, "ORTH", ("als",)):
        noun_heads_its_compared_quantity(token)
    for token in tokens_where(doc, "LOWER", ("als", "wie")):
        fronted_phrase_taken_for_a_clause(token)
        compared_phrase_taken_for_the_predicate(token)
        compared_phrase_taken_for_a_conjunct(token)
        comparison_taken_for_a_verb_particle(token)
    for token in tokens_where(doc, "POS", ("AUX", "VERB", "ADJ")):
        _name_particle_is_no_verb(token)
        _finite_verb_taken_for_an_attribute(token)
        _finite_verb_hung_on_its_subject(token)
    # (an article taken for a pronoun: PRON, PDS or PRELS)
    articles = merged(tokens_where(doc, "TAG", ("APPRART", "PDS", "PRELS")), tokens_where(doc, "POS", ("DET", "PRON")))
    for token in articles:
        article_taken_for_a_pronoun(token)
        quantifier_taken_for_a_pronoun(token)
        participle_closing_an_extended_attribute(token)
        article_of_an_extended_attribute(token)
        article_of_the_next_noun(token)
        determiner_given_its_nouns_role(token)
        article_hung_on_its_adjective(token)
        article_before_listed_adjectives(token)
        article_before_quotation(token)
        title_after_its_noun(token)
    _join_coordinated_subjects(doc)
    reporting_clause_after_a_quotation(doc)
    for token in tokens_where(doc, "POS", ("ADJ", *_NOMINAL)):
        _hang_genitive_name_on_its_noun(token)
    for token in tokens_where(doc, "DEP", ("aux", "cop")):
        _haben_heads_its_object(token)
        _clause_words_on_an_auxiliary_join_its_verb(token)
    for token in tokens_where(doc, "DEP", ("nmod",)):
        _phrase_without_genitive_article_joins_the_clause(token)
        _prepositional_object_of_the_verb(token)
    for token in tokens_where(doc, "POS", _NOMINAL):
        _predicate_taken_for_a_conjunct(token)
        _conjunct_before_a_finite_verb_opens_a_clause(token)
    for verb in sorted({subject.head for subject in tokens_where(doc, "DEP", ("nsubj", "nsubj:pass"))}, key=attrgetter("i")):
        _singular_verb_has_no_coordinated_subject(verb)
    for token in tokens_where(doc, "POS", _NOMINAL, shifts=(-1,)):  # the word before a noun
        noun = _noun_after_name_adjective(token)
        if noun is not None:
            _make_adjective_of(token, noun)
    for token in tokens_where(doc, "POS", _MARKER_RELATION):
        marker = _MARKER_RELATION.get(token.pos_)
        modifier = token.head
        if token.pos_ == "ADP" and modifier.tag_ == "ADV" and modifier.i == token.i + 1:
            continue  # "bis heute Unklarheit": the adverb is the preposition's, the noun is the clause's
        if marker and token.i < modifier.i and (
            modifier.dep_ in _NOUN_MODIFIERS or modifier.dep_ == "det" and modifier.tag_ in _QUANTIFYING_DETERMINERS
        ):
            noun = modifier.head
            # (not across a dash: "des Bundesgesundheitsministeriums - Ulla Schmidt" is no compound, "EU-Kommission" is)
            if noun.pos_ in _NOMINAL and modifier.i < noun.i and not spaced_punctuation(doc[modifier.i : noun.i]):
                _set_head(token, noun)
                if token.dep_ not in _PHRASE_MARKERS:
                    token.dep_ = marker
    for token in tokens_where(doc, "DEP", ("conj",)):
        bare_plural_joined_to_a_genitive(token)
        subject_joined_to_its_passive(token)
    for token in merged(tokens_where(doc, "DEP", ("conj",)), tokens_where(doc, "ORTH", ("-",), shifts=(0, 1))):
        _bare_conjunct_joins_the_noun_before_it(token)
        _last_part_heads_a_hyphenated_compound(token)
    for token in tokens_where(doc, "POS", _NOMINAL):  # after the articles found their nouns
        _plural_after_a_name_is_no_apposition(token)
        indefinite_noun_taken_for_an_apposition(token)
        truncated_part_hung_on_a_verb(token)
        genitive_attribute_taken_for_a_second_subject(token)
        copular_clause_taken_for_a_subject(token)
        _phrase_hung_on_punctuation(token)
        _phrase_after_a_fixed_adverbial(token)
        _name_after_title(token)
        _name_before_its_verb(token)
        _place_after_place(token)
        _counted_noun_after_its_measure(token)
        _number_taken_for_its_nouns_head(token)
        bare_noun_in_another_number(token)
        bare_noun_after_a_prepositional_phrase(token)
        apposition_opened_by_a_preposition(token)
        noun_phrase_after_a_prepositional_phrase(token)
        list_item_taken_for_an_apposition(token)
        conjunct_taken_for_an_apposition(token)
        conjunct_inside_a_bracket(token)
        bare_name_renaming_the_noun_before(token)
        plural_noun_taken_for_a_name_part(token)
    subordinators_taken_for_prepositions(doc)
    subordinate_clauses_taken_for_the_main_clause(doc)
    split_coordinated_auxiliaries(doc)
    auxiliaries_of_a_later_clause(doc)
    auxiliaries_of_an_earlier_clause(doc)
    adjectives_holding_a_verbs_clause(doc)
    participle_clauses_after_a_comma(doc)
    participle_insertions(doc)
    participles_tagged_finite_between_article_and_noun(doc)
    prepositions_inside_an_attribute(doc)
    reflexives_inside_an_attribute(doc)
    articles_cut_off_before_an_attribute(doc)
    participles_after_their_noun(doc)
    particles_taken_for_verbs(doc)
    auxiliaries_on_attributive_adjectives(doc)
    join_split_complexes(doc)
    for token in tokens_where(doc, "POS", ("VERB",)):
        subject_taken_for_an_object(token)
        subject_of_sich_lassen(token)


def _abbreviations_hung_on_their_example(doc: Doc) -> None:
    """"Parasiten (z. B. Bandwürmer)" with "B." a noun and "Bandwürmer" its apposition: "z. B." (zum
    Beispiel) is an adverbial phrase on the example, which renames the noun before. The word the parser
    hung on "B." next takes its place, and "B." (with "z." as its preposition) hangs on that word, as the
    treebanks have it."""
    for second in tokens_where(doc, "ORTH", tuple({pair[1] for pair in ABBREVIATED_PHRASES})):
        if second.i == 0 or (doc[second.i - 1].text, second.text) not in ABBREVIATED_PHRASES:
            continue
        first, head, relation = doc[second.i - 1], second.head, second.dep_
        held = [c for c in second.children if c.i != first.i and not c.is_punct]
        if head.i == second.i or not held:
            continue  # ("B." the sentence's root, or nothing hung on it: nothing to mend)
        _set_head(held[0], head, relation)
        for child in held[1:]:  # the others keep their relation to it
            _set_head(child, held[0])
        _set_head(second, held[0], "nmod" if second.pos_ in _NOMINAL else "advmod")


def _particle_before_a_bracket(particle: Token) -> None:
    """"bauen sich … ab (Apoptose)" with "ab" the preposition of the bracketed word: a word the tagger
    calls a verb's particle (PTKVZ) right before a bracket governs nothing inside it; it is the
    particle of the verb the bracket's word hangs on, and the word in brackets an aside."""
    doc = particle.doc
    aside = particle.head
    if particle.tag_ != "PTKVZ" or particle.i + 1 >= len(doc) or doc[particle.i + 1].text != "(":
        return
    verb = aside.head
    if verb.pos_ in ("VERB", "AUX") and _set_head(particle, verb, "compound:prt"):
        aside.dep_ = "parataxis"


def _family_name_after_its_particle(particle: Token) -> None:
    """"Heute besuchte Ursula von der Leyen die Truppe" with "von der Leyen" as a phrase of the verb: a
    family name after a name particle ("von", "van", "zu") that follows a given name is part of that
    name, with its case; it hangs on the given name (reader.nlp.noun_phrases.inherits)."""
    doc = particle.doc
    family = particle.head
    if particle.dep_ != "case" or particle.i == 0 or family.i <= particle.i or not name_particle(particle):
        return
    given = doc[particle.i - 1]
    if given.pos_ != "PROPN" or not given.is_title or family.head.i == given.i or family.pos_ not in _NOMINAL:
        return
    if any(c.dep_ == "case" and not name_particle(c) for c in given.children):
        return  # "flossen von Wexner zu Epstein": a phrase of its own, no given name
    _hang(family, given, "nmod")


def _name_particle_is_no_verb(particle: Token) -> None:
    """"Osama bin Laden": between two parts of a name, "bin" ("son of") is part of the name, not
    "ich bin"."""
    doc = particle.doc
    if particle.pos_ not in ("AUX", "VERB") or particle.lower_ not in NAME_PARTICLES or not 0 < particle.i < len(doc) - 1:
        return
    before, after = doc[particle.i - 1], doc[particle.i + 1]
    if before.pos_ != "PROPN" or not after.is_title or any(child.dep_ != "punct" for child in particle.children):
        return
    if _set_head(particle, before, "flat:name"):
        particle.pos_, particle.tag_ = "PROPN", "NE"
        particle.set_morph(None)


def _finite_verb_taken_for_an_attribute(verb: Token) -> None:
    """"…, das Land führe Krieg", "Die Kinder helfen Nachbarn beim Umzug": a word the tagger tags a
    finite verb (VVFIN) that the parser hung as an attribute of the noun after it (as an adjective or a
    verb), where the dictionary knows no such adjective, is the verb of its clause and the noun its
    object; the noun's words of the clause (its subject, punctuation) go to the verb."""
    noun = verb.head
    if verb.tag_ not in _FINITE_TAGS or verb.pos_ not in ("ADJ", "VERB") or verb.dep_ != "amod" or noun.i <= verb.i:
        return
    if noun.pos_ not in _NOMINAL or _listed_adjective(verb.text):
        return
    root = noun.head.i == noun.i
    if _set_head(verb, verb if root else noun.head, "ROOT" if root else "ccomp"):
        _set_head(noun, verb, "obj")
        for child in list(noun.children):
            if child.dep_ in ("nsubj", "punct"):
                _set_head(child, verb)
        if verb.pos_ == "ADJ":
            verb.pos_ = "AUX" if verb.tag_ in ("VAFIN", "VMFIN") else "VERB"
            verb.set_morph("VerbForm=Fin")


def _finite_verb_hung_on_its_subject(verb: Token) -> None:
    """"Der Zeitpfeil bestimmt die Richtung der Zeit" with the noun the sentence's root and "bestimmt" its
    adverb (certainly): a word the tagger tags a finite verb, hung as a modifier on the root noun before it,
    heads the sentence; the noun is its subject, and the noun's words after the verb are the verb's."""
    noun = verb.head
    if verb.tag_ not in _FINITE_TAGS or verb.pos_ != "VERB" or verb.dep_ not in ("advmod", "amod"):
        return
    if noun.pos_ not in _NOMINAL or noun.head.i != noun.i or noun.i >= verb.i:
        return
    if _set_head(verb, verb, "ROOT") and _set_head(noun, verb, "nsubj"):
        for child in list(noun.children):
            if child.i > verb.i:  # a noun phrase without a preposition is the object, one with it a phrase of the clause
                prepositional = any(c.dep_ == "case" for c in child.children)
                _set_head(child, verb, ("obl" if prepositional else "obj") if child.pos_ in _NOMINAL else None)


def _listed_adjective(word: str) -> bool:
    try:
        return form_entry(word, "ADJ") is not None
    except LexiconMissingError:
        return True  # without the dictionary, trust the tagger


def _join_coordinated_subjects(doc: Doc) -> None:
    """"Der Minister und NATO-Generalsekretär Stoltenberg haben vereinbart": the parser made both
    subjects of the verb; the second is a conjunct of the first. A bare name right after the first, with
    nothing between, renames it ("Der Landesname Belarus setzt sich … zusammen")."""
    # (the words with a subject: this pass makes no new subject, only conjuncts of one)
    for verb in sorted({subject.head for subject in tokens_where(doc, "DEP", ("nsubj",))}, key=attrgetter("i")):
        subjects = [child for child in verb.children if child.dep_ == "nsubj"]
        for first, second in zip(subjects, subjects[1:]):
            conjunction = second.left_edge
            between = doc[first.right_edge.i + 1 : conjunction.i]
            if conjunction.dep_ == "cc" and conjunction.lower_ in _COORDINATING and all(t.is_punct for t in between):
                _set_head(second, first, "conj")
            elif _renames(second, first):
                _set_head(second, first, "appos")


def _renames(second: Token, first: Token) -> bool:
    """A bare capitalised word right after a common noun with its article: "Der Landesname Belarus" (not
    "Epstein Hof hielt", a name and the object of an idiom)."""
    named = first.pos_ == "NOUN" and any(child.dep_ == "det" for child in first.children)
    return named and first.right_edge.i + 1 == second.i and not list(second.children) and second.text[:1].isupper()


# Dependents of a noun that belong to its phrase; the others belong to the clause.
_PHRASE_DEPENDENTS = {"det", "det:poss", "amod", "nummod", "case", "nmod", "nmod:poss", "compound", "flat", "flat:name", "appos", "acl", "acl:relcl", "conj", "cc"}


def _hang(child: Token, head: Token, relation: str) -> bool:
    """Hang `child` on `head` as `relation` unless that would loop the tree."""
    return _set_head(child, head, relation)


def _haben_heads_its_object(haben: Token) -> None:
    """"Sie hat etwa 6.500 Einwohner": the parser made "hat" the auxiliary or copula of the noun; haben
    is no copula, so it is the clause's verb and the noun its object (accusative, not a predicate). So
    where it made it the auxiliary of an adverb that holds the object ("Damit haben sie beinahe einen
    Rundum-Blick"): haben has the object, the adverb is its own."""
    word = haben.head
    if haben.dep_ not in ("aux", "cop") or lemma_dictionary.lemmatize(haben.lower_) != "haben":
        return
    # (not beside a verb whose auxiliary haben is: "hat … endgültig verloren")
    verbs = [word.head, *word.children] if word.head.i != word.i else list(word.children)
    adverb = word.pos_ in ("ADV", "ADJ") and any(child.dep_ == "obj" and child.pos_ in _NOMINAL for child in word.children) \
        and not any(verb.pos_ == "VERB" for verb in verbs)
    if word.pos_ not in _NOMINAL and not adverb:
        return
    for child in list(word.children):
        if child.i != haben.i and (adverb or child.dep_ not in _PHRASE_DEPENDENTS):
            _set_head(child, haben)
    _set_head(haben, haben if word.head.i == word.i else word.head)
    haben.dep_ = word.dep_ if word.head.i != word.i else "ROOT"
    haben.pos_ = "VERB"
    _set_head(word, haben)
    word.dep_ = "advmod" if adverb else "obj"


def _clause_words_on_an_auxiliary_join_its_verb(auxiliary: Token) -> None:
    """"Den ganzen Tag hatte es Gespräche … gegeben", "Die Fraktion und mehrere Bürger hatten … geklagt":
    the parser hung the subject (or an adverbial) on the auxiliary; an auxiliary has no words of its own,
    they are its verb's ("es gab Gespräche": there were talks). Not across a comma that opens another
    clause between them (a comma of a list may stand there: "hatte es in Bayern, in Bremen … gegeben"),
    nor for an "auxiliary" with a conjunction of its own, which is the verb of another clause ("…, weil
    man der Ansicht war")."""
    verb = auxiliary.head
    if auxiliary.dep_ not in ("aux", "aux:pass") or verb.i == auxiliary.i or verb.pos_ not in ("VERB", "AUX"):
        return
    start, end = sorted((auxiliary.i, verb.i))
    between = auxiliary.doc[start + 1 : end]
    clause_between = any(token.text == "," for token in between) and any(
        token.tag_ in _OPENS_CLAUSE or token.tag_.endswith("FIN") for token in between
    )
    if clause_between or any(child.dep_ == "mark" for child in auxiliary.children):
        return
    for child in list(auxiliary.children):
        if child.dep_ in _CLAUSE_RELATIONS:
            _set_head(child, verb)


_CLAUSE_RELATIONS = {"nsubj", "nsubj:pass", "expl", "obj", "iobj", "obl", "advmod", "cc"}
# STTS tags of the words that open a clause: subordinators, relative and interrogative pronouns, "zu".
_OPENS_CLAUSE = {"KOUS", "KOUI", "PRELS", "PRELAT", "PWS", "PWAV", "PWAT", "PTKZU"}


def _phrase_without_genitive_article_joins_the_clause(noun: Token) -> None:
    """"können viele Eltern ihre Kinder … unterbringen": a bare noun phrase hung on the noun before it
    is a genitive attribute only if its article can be genitive; "ihre", "die", "den", "einen" cannot,
    so the phrase is the clause's own (here the object)."""
    parent = noun.head
    if noun.dep_ != "nmod" or noun.pos_ not in _NOMINAL or parent.pos_ not in _NOMINAL or parent.i > noun.i:
        return
    if any(c.dep_ == "case" for c in noun.children):
        return
    article = next((c for c in noun.children if c.dep_ in ("det", "det:poss") and c.i < noun.i), None)
    readings = determiner_readings(article.text) if article is not None else None
    if readings is None or any(case == "Gen" for case, _, _ in readings[1]):
        return
    verb = parent.head
    if parent.dep_ in ("nsubj", "nsubj:pass", "obj", "iobj") and verb.pos_ in ("VERB", "AUX", "ADJ"):
        _hang(noun, verb, "obj" if parent.dep_.startswith("nsubj") else "dep")


def _prepositional_object_of_the_verb(noun: Token) -> None:
    """"Wir warten seit Stunden auf den Bus" with "auf den Bus" hung on "Stunden": a prepositional phrase
    hung on a phrase of the verb, after it, whose preposition the verb takes for its prepositional object
    (the valency table: warten auf, leiden unter) and the noun it hangs on does not, is the verb's."""
    parent = noun.head
    verb = parent.head
    if noun.dep_ != "nmod" or noun.pos_ not in _NOMINAL or parent.i > noun.i or parent.pos_ not in _NOMINAL:
        return
    if parent.dep_ not in ("obl", "obj", "iobj") or verb.pos_ != "VERB" or verb.i == parent.i:
        return
    preposition = next((c for c in noun.children if c.dep_ == "case" and c.i < noun.i and c.pos_ == "ADP"), None)
    if preposition is None:
        return
    word = preposition.lower_
    infinitive = lemma_dictionary.lemmatize(verb.lower_)
    if object_case(word, infinitive, True) is None or object_case(word, parent.text, False) is not None:
        return
    if object_case(word, lemma_dictionary.lemmatize(parent.text), False) is not None:
        return
    _hang(noun, verb, "obl")


def _predicate_taken_for_a_conjunct(predicate: Token) -> None:
    """"Öl, Gold oder Nahrungsmittel wie Weizen sind Rohstoffe" with "Rohstoffe" a conjunct of "Öl" and "Öl"
    the sentence's head: a noun with its own finite copula before it and no conjunction of its own heads
    its clause; the noun it was joined to, before the copula, is its subject."""
    subject = predicate.head
    if predicate.dep_ != "conj" or subject.pos_ not in _NOMINAL or subject.i >= predicate.i:
        return
    copula = next((c for c in predicate.children if c.dep_ == "cop" and c.i < predicate.i), None)
    if copula is None or copula.i < subject.i or "Fin" not in feature_values(copula, "VerbForm") or any(c.dep_ == "cc" for c in predicate.children):
        return
    if _take_place(predicate, subject):
        _hang(subject, predicate, "nsubj")


def _conjunct_before_a_finite_verb_opens_a_clause(noun: Token) -> None:
    """"…, und Mugabe wurde Ministerpräsident", "…, Kritiker befürchten …", "…, 19 Abgeordnete enthielten
    sich": a noun the parser joined to a noun or a verb before it, but followed right away by a finite
    verb, is the subject of a clause of its own."""
    doc = noun.doc
    if noun.pos_ not in _NOMINAL or noun.i + 1 >= len(doc):
        return
    joined_to_noun = noun.dep_ == "conj" and noun.head.pos_ in _NOMINAL
    hung_on_verb_before = noun.dep_ in _CLAUSE_MEMBERS and noun.head.i < noun.i and noun.head.pos_ in ("VERB", "AUX")
    if not (joined_to_noun or hung_on_verb_before):
        return
    verb = doc[noun.i + 1]
    if verb.pos_ not in ("VERB", "AUX") or feature_values(verb, "VerbForm") != ["Fin"] or any(c.dep_ == "case" for c in noun.children):
        return
    start = min([c.i for c in noun.children if c.dep_ in ("det", "det:poss", "amod", "nummod") and c.i < noun.i], default=noun.i)
    before = doc[start - 1] if start > 0 else None
    # only after a clause edge: a comma, or a conjunction after a comma ("…, und Mugabe wurde …");
    # "Daten und politischer Rhetorik ist …", "Staats- und Regierungschefs sollten …" are one phrase
    if before is not None and before.lower_ in ("und", "aber", "doch", "sondern", "oder") and start > 1:
        before = doc[start - 2]
    if before is None or before.text != ",":
        return
    predicate = verb.head if verb.dep_ in ("aux", "aux:pass", "cop") and verb.head.i != verb.i else verb
    if any(child.dep_.startswith("nsubj") and child.i > noun.i for child in predicate.children):
        return  # the verb has its subject after it: the noun is something else ("…, Kritikern zufolge hat er …")
    _hang(noun, predicate, "nsubj")


def _singular_verb_has_no_coordinated_subject(verb: Token) -> None:
    """"hatte Präsident Widodo Häfen, Straßen und Flughäfen … ausbauen lassen": subjects joined by "und"
    take a plural verb, so nouns the parser joined to a singular subject of a singular verb are not
    part of the subject; they are the verb's (objects)."""
    finite = _finite_of_chain(verb)
    if finite is None or feature_values(finite, "Number") != ["Sing"] or feature_values(finite, "Person") not in (["3"], []):
        return
    for subject in [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]:
        if subject.pos_ not in _NOMINAL or feature_values(subject, "Number") != ["Sing"]:
            continue
        joined = [c for c in subject.children if c.dep_ == "conj" and c.pos_ in _NOMINAL]
        listed = [t for c in joined for t in c.subtree if t.dep_ == "conj" and t.pos_ in _NOMINAL]
        conjunctions = [t.lower_ for c in listed for t in c.children if t.dep_ == "cc"]
        if joined and conjunctions and all(word == "und" for word in conjunctions):
            first = joined[0]
            if _hang(first, verb, "obj"):
                for other in joined[1:]:
                    _hang(other, first, "conj")


# What may hang on a name that renames a title: its conjuncts, attributes after it, punctuation.
_NAME_DEPENDENTS = {"conj", "cc", "nmod", "appos", "flat", "flat:name", "punct"}


def _plural_after_a_name_is_no_apposition(noun: Token) -> None:
    """"hatte Bürgermeister Schmidt Brücken, Schulen und Bäder renovieren lassen" with "Brücken" an
    apposition of "Bürgermeister": a close apposition is a name; a common noun in the plural right
    after a singular title and its name, with no comma between, is a phrase of the clause (here the
    object), hung on the verb the title hangs on."""
    title = noun.head
    if noun.dep_ != "appos" or noun.pos_ != "NOUN" or title.i >= noun.i or title.pos_ not in _NOMINAL:
        return
    between = noun.doc[title.i + 1 : noun.i]
    if not between or any(not t.text[:1].isupper() or t.pos_ != "PROPN" for t in between):
        return
    if feature_values(noun, "Number") != ["Plur"] or feature_values(title, "Number") != ["Sing"] or not declined_noun(noun.text):
        return
    verb = title.head
    if verb.pos_ in ("VERB", "AUX") and verb.i > noun.i:
        _set_head(noun, verb, "obj")


def _phrase_hung_on_punctuation(noun: Token) -> None:
    """"…, und Okafor wurde Präsident" with "Okafor" a conjunct of the comma: a punctuation mark heads
    nothing; a bare phrase right before the finite verb of the clause after the comma is that clause's
    subject (its verb, or the predicate the verb is the copula of)."""
    doc = noun.doc
    if not noun.head.is_punct or noun.i + 1 >= len(doc) or any(c.dep_ in ("case", "det", "det:poss") for c in noun.children):
        return
    verb = doc[noun.i + 1]
    if verb.pos_ not in ("VERB", "AUX") or not verb.tag_.endswith("FIN"):
        return
    clause = verb if verb.head.i == verb.i or verb.dep_ not in ("aux", "aux:pass", "cop") else verb.head
    if clause.i > noun.i:
        _set_head(noun, clause, "nsubj")


def _phrase_after_a_fixed_adverbial(noun: Token) -> None:
    """"Hat eine Frau zum Beispiel Kleinkinder, …" with "Kleinkinder" an apposition of "Beispiel": "zum
    Beispiel" is an adverb (for example); the phrase after it belongs to the clause, as the object of the
    verb above it."""
    if not after_fixed_adverbial(noun):
        return
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ in ("VERB", "AUX"):
        _set_head(noun, verb, "obj")


def _name_after_title(title: Token) -> None:
    """"der jetzige Staatspräsident Emmerson Mnangagwa", "mit ihrem Kollegen, Handelsminister Steven
    Ciobo, …": a name right after a noun renames it (close apposition) and has its case; its last word
    heads the name. Not where a verb follows the name ("welche Maßnahmen Aachen ergreifen muss": the
    name is the clause's subject), unless the noun names places or bodies ("die Staatsanwaltschaft
    Halle"), nor for a genitive name ("der Sicherheitsrat Japans")."""
    doc = title.doc
    if not (title.pos_ == "NOUN" or (title.pos_ == "PROPN" and any(c.dep_ == "det" for c in title.children))):
        return
    end = title.i + 1
    places = place_classifier(title.text)
    while end < len(doc) and _name_word(doc[end], places) and doc[end].whitespace_:
        end += 1
    if end < len(doc) and _name_word(doc[end], places):
        end += 1  # the last word of the name, glued to the punctuation after it
    run = list(doc[title.i + 1 : end])
    if not run or run[-1].i != end - 1:
        return
    after = doc[end] if end < len(doc) else None
    # a name after a place classifier renames it even before a verb ("muss die Staatsanwaltschaft Halle entscheiden")
    if after is not None and (after.pos_ in ("VERB", "AUX") and not places or after.text == "-"):
        return
    name = run[-1]
    if speaker_after_a_phrase(name, title):
        return
    inside = {t.i for t in run}
    # "zwischen den Städten Balikpapan und Samarinda": what opens the title's phrase goes to the title,
    # a conjunct stays with the name; anything else means the parse is not only a misplaced name
    opening = [c for c in name.children if c.i < title.i and c.dep_ in ("case", "det", "det:poss", "amod")]
    own_article = [c for t in run for c in t.children if c.dep_ in ("det", "det:poss", "case") and c.i not in inside]
    if genitive_name(name) or any(c not in opening for c in own_article):
        return  # "die Stadt der Zukunft", "Minister für Bildung": the name has a phrase of its own
    if any(
        c.i not in inside and c.i != title.i and c not in opening and c.dep_ not in _NAME_DEPENDENTS for c in name.children
    ):
        return
    if title.head.i in inside and name.head.i in inside | {title.i}:
        return  # no place outside the name to give the title
    if title.head.i in inside:  # the parser hung the title on the name: the title takes its place
        _set_head(title, title if name.head.i == name.i else name.head)
        title.dep_ = name.dep_ if name.head.i != name.i else "ROOT"
    for part in run[:-1]:
        _set_head(part, name, "flat")
    for child in opening:
        _set_head(child, title)
    _set_head(name, title, "appos")
    before = doc[title.i - 1] if title.i > 1 else None
    enclosed = after is None or after.is_punct
    if before is not None and before.text == "," and doc[title.i - 2].pos_ in _NOMINAL and enclosed and not any(
        c.dep_ in ("det", "det:poss") for c in title.children
    ):
        _set_head(title, doc[title.i - 2], "appos")  # "mit ihrem Kollegen, Handelsminister …,"


def _name_before_its_verb(name: Token) -> None:
    """"Niemand weiß, welche Maßnahmen Bremen ergreifen wird" with "Bremen" as an apposition of
    "Maßnahmen": a bare name right after a plural noun, with the clause's final infinitive or participle
    right after it, is no close apposition (one name renames one thing; _name_after_title makes none
    before a verb either) but a phrase of the clause, here its subject; not after a noun naming places
    or bodies ("die Staatsanwaltschaft Halle")."""
    doc = name.doc
    noun = name.head
    if name.pos_ != "PROPN" or name.dep_ not in ("appos", "nmod", "flat", "flat:name") or noun.pos_ != "NOUN":
        return
    if noun.i != name.i - 1 or name.i + 1 >= len(doc) or place_classifier(noun.text) or genitive_name(name):
        return
    # one name cannot rename a plural noun (that takes several: "die Städte Balikpapan und Samarinda"), nor is a
    # prepositional phrase's noun followed by the clause's subject ("mit dem Pharmariesen AstraZeneca verhandelt")
    if feature_values(noun, "Number") != ["Plur"] or any(c.dep_ in ("conj", "case") for c in (*name.children, *noun.children)):
        return
    after = doc[name.i + 1]
    if after.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("det", "det:poss", "case", "amod") for c in name.children):
        return
    if after.tag_.endswith("FIN") or "Fin" in feature_values(after, "VerbForm"):
        return  # "Das Projekt INDECT zielt auf …": the finite verb in second place; the name ends the first phrase
    verb = after.head if after.dep_ in ("aux", "aux:pass", "cop") and after.head.i != after.i else after
    if verb.pos_ not in ("VERB", "AUX") or noun.head.i != verb.i:
        return  # only where the noun is itself a phrase of that clause
    _hang(name, verb, "nsubj")


def _number_taken_for_its_nouns_head(noun: Token) -> None:
    """"eine Stadt von rund 250 Gerbereien" with "von" hung on "250" and the noun beside it: a number right
    before a noun that hangs where the number hangs counts that noun, which heads the phrase and takes
    the number's preposition."""
    doc = noun.doc
    number = doc[noun.i - 1] if noun.i > 0 else None
    if number is None or number.pos_ != "NUM" or number.head.i != noun.head.i or number.head.i == number.i:
        return
    prepositions = [c for c in number.children if c.dep_ == "case" and c.i < number.i]
    if not prepositions or not noun.text[:1].isupper():
        return
    if _take_place(noun, number) and _set_head(number, noun, "nummod"):
        for preposition in prepositions:
            _set_head(preposition, noun, "case")


def _counted_noun_after_its_measure(measure: Token) -> None:
    """"430.000 Tonnen Nahrungsmittelhilfe", "zwei Liter Milch", "eine Million Menschen": the bare noun
    after a counted measure (or a noun that counts, as "Million" does) is a partitive apposition with the
    same case; the parser often hangs one on the other as an attribute (a genitive), so make the one on
    the right the apposition of the other."""
    doc = measure.doc
    if measure.pos_ != "NOUN" or measure.i + 1 >= len(doc):
        return
    # (its number may hang on the counted noun where the parser took the measure for an adjective:
    # "zwei Flächen Papier")
    numbered = measure.i > 0 and doc[measure.i - 1].like_num
    if not any(c.dep_ == "nummod" for c in measure.children) and not counting_noun(measure.text) and not numbered:
        return
    counted = doc[measure.i + 1]
    # (an article or preposition before the measure that the parser gave the counted noun is the measure's)
    if counted.pos_ not in _NOMINAL or any(
        c.dep_ in ("det", "det:poss", "case", "nummod") and c.i > measure.i for c in counted.children
    ):
        return
    if measure.head.i == counted.i and measure.dep_ in ("nmod", "compound", "amod"):
        _set_head(measure, counted.head if counted.head.i != counted.i else measure)
        measure.dep_ = counted.dep_ if counted.head.i != counted.i else "ROOT"
        for child in list(counted.children):
            if child.i != measure.i and child.i < measure.i:
                _set_head(child, measure)
        _set_head(counted, measure, "appos")
    elif counted.head.i == measure.i and counted.dep_ == "nmod":
        counted.dep_ = "appos"


def _name_word(token: Token, after_place: bool = False) -> bool:
    """A word of a name: tagged a name, or a capitalised "noun" the dictionary does not decline ("Tanga")
    or knows only as a name ("Zweibrücken", though "Brücken" declines); after a noun naming places or
    bodies, also one Wiktionary knows as a name besides a noun ("in der Stadt Halle")."""
    if not token.text[:1].isupper():
        return False
    if token.pos_ == "NOUN" and after_place and database.name_kind(token.text) is not None:
        return True
    return token.pos_ == "PROPN" or (token.pos_ == "NOUN" and (not declined_noun(token.text) or only_a_name(token.text)))


def _bare_conjunct_joins_the_noun_before_it(noun: Token) -> None:
    """"Reduzierungen der Fangmenge von Kabeljau, Seezunge und Scholle": in a list of bare nouns the
    parser may join a later one to a noun further back; it belongs with the bare noun before its comma
    (and so takes that noun's case, here the dative after "von")."""
    doc = noun.doc
    if noun.dep_ != "conj" or noun.pos_ not in _NOMINAL or noun.i < 2 or doc[noun.i - 1].text != ",":
        return
    before = doc[noun.i - 2]
    if before.pos_ not in _NOMINAL or noun.head.i == before.i or before.head.i == noun.head.i:
        return
    bare = lambda t: not any(c.dep_ in ("det", "det:poss", "amod") for c in t.children)  # noqa: E731
    if bare(noun) and bare(before) and before in noun.head.subtree:
        _hang(noun, before, "conj")


def _last_part_heads_a_hyphenated_compound(hyphen: Token) -> None:
    """"der CSU-Europaabgeordnete", split by the tokenizer into "CSU - Europaabgeordnete": a German
    compound is headed by its last part; where the parser hung the last part on the first, the last part
    takes the first one's place (and its article), the first becomes its compound part."""
    doc = hyphen.doc
    if hyphen.text != "-" or hyphen.whitespace_ or not 0 < hyphen.i < len(doc) - 1:
        return
    first, last = doc[hyphen.i - 1], doc[hyphen.i + 1]
    if first.whitespace_ or first.pos_ not in _NOMINAL or last.pos_ not in _NOMINAL or last.head.i != first.i:
        return
    if not last.text[:1].isupper() or any(c.i > last.i and c.dep_ in ("flat", "flat:name") for c in first.children):
        return
    head, relation = (first.head, first.dep_) if first.head.i != first.i else (last, "ROOT")
    if not _set_head(last, head, relation):
        return
    for child in list(first.children):
        if child.i != last.i and child.dep_ in _PHRASE_MARKERS | {"amod"}:
            _set_head(child, last)
    _set_head(first, last, "compound")


def _place_after_place(name: Token) -> None:
    """"eine Anstellung in Accra, Ghana": a bare name after a comma that follows a name renames that
    name (here the country of the city), not a noun further back; not after a ruler's number ("von Luis X.,
    Felipe V. und Carlos IV.": a list of persons)."""
    doc = name.doc
    if name.dep_ != "appos" or name.pos_ != "PROPN" or name.i < 2 or doc[name.i - 1].text != ",":
        return
    before = doc[name.i - 2]
    if roman_ordinal(before.text) and before.dep_ == "flat":
        return
    if before.pos_ == "PROPN" and name.head.i != before.i and not any(c.dep_ in ("det", "case") for c in name.children):
        _hang(name, before, "appos")


def _finite_of_chain(verb: Token) -> Token | None:
    """The finite verb of the clause of `verb`, up through infinitives it completes ("hatte … renovieren
    lassen" for "renovieren")."""
    node = verb
    for _ in range(3):
        # an auxiliary is the finite verb where there is one ("sind … verreist", even if "verreist" is tagged finite)
        for token in (*node.children, node):
            if token.pos_ in ("VERB", "AUX") and feature_values(token, "VerbForm") == ["Fin"] and (token.i == node.i or token.dep_.startswith("aux")):
                return token
        if node.dep_ != "xcomp" or node.head.i == node.i:
            return None
        node = node.head
    return None


def _tagged_as_name(word: Token) -> bool:
    """A noun or name to the STTS tagger, or an "adjective" the dictionary has no such adjective for
    ("dass Goethes Haus …")."""
    return word.tag_ in ("NN", "NE") or (word.tag_ == "ADJA" and lookup(word.lower_.removesuffix("s"), "ADJ").pos != "ADJ")


def _hang_genitive_name_on_its_noun(name: Token) -> None:
    """"von Trumps Account": the parser often heads the phrase by the genitive name and hangs the noun
    on it; the noun takes the name's place (with its preposition), the name becomes its attribute.
    After its noun ("der Sicherheitsrat Japans") a genitive name is an attribute, not an apposition."""
    if name.pos_ == "ADJ" and _tagged_as_name(name) and not name.is_sent_start:
        name.pos_ = "PROPN"  # "mit Merkels Ministern": the tagger's noun tag is right, its ADJ is not
        if not genitive_name(name):
            name.pos_ = "ADJ"
        else:
            name.set_morph("|".join(f"{k}={v}" for k, v in name.morph.to_dict().items() if k != "Degree"))
    if not genitive_name(name):
        return
    doc = name.doc
    noun = doc[name.i + 1] if name.i + 1 < len(doc) else None
    if any(child.pos_ == "PROPN" and child.i == name.i - 1 for child in name.children):
        # a full name, which the parser took for the head: "Erich Kästners publizistische Karriere begann"
        following = following_noun_index(name)
        noun = doc[following] if following < len(doc) else None
    if noun is not None and noun.head.i == name.i and not roman_ordinal(noun.text):  # ("Wilhelms I.": the name's part)
        for child in list(name.children):
            if child.pos_ == "PROPN" and child.i < name.i:
                continue  # the name's first part ("Erich")
            if child.i < name.i and not particle_article(child) and child.dep_ != "case" or child.dep_ == "case" and not name_particle(child):
                _set_head(child, noun)
        _set_head(noun, noun if name.head.i == name.i else name.head)
        noun.dep_ = name.dep_
        _set_head(name, noun)
        name.dep_ = "nmod:poss"
    elif (name.head.i == name.i + 1 or name.head.i == following_noun_index(name)) and name.head.pos_ not in ("VERB", "AUX"):
        # "auf Israels Ministerpräsidenten": the preposition belongs to the noun, whose phrase it opens
        noun = name.head
        for child in [c for c in name.children if c.dep_ == "case" and c.i < name.i and not name_particle(c)]:
            _set_head(child, noun)
            if noun.dep_ in ("appos", "flat", "flat:name", "conj"):
                noun.dep_ = "nmod"
        name.dep_ = "nmod:poss"
    elif (before := noun_before_genitive_name(name)) is not None and before.head.i == name.i:
        # "Die Eigenständigkeit Taiwans ist bedroht": the noun before heads the phrase, with its article
        for child in list(name.children):
            if child.i < before.i:
                _set_head(child, before)
        _take_place(before, name)
        _set_head(name, before, "nmod")
    elif name.head.i < name.i and name.dep_ in ("appos", "flat", "flat:name", "compound", "dep"):
        name.dep_ = "nmod"
    elif (before := noun_before_genitive_name(name)) is not None and before.i == name.i - 1 and before.pos_ == "NOUN":
        _set_head(name, before, "nmod")  # "die die Unabhängigkeit Flanderns fordert" with the name as the object


def _noun_after_name_adjective(token: Token) -> Token | None:
    """The noun after `token` if `token` is a capitalised adjective the parser made the head of it
    ("Kalten" in "im Kalten Krieg") or a second attribute beside it, both hung on the noun before
    ("die Chronik des Deutschen Films": not "of the German" and "of the film")."""
    if token.i + 1 >= len(token.doc) or not token.text[:1].isupper() or token.is_sent_start:
        return None
    noun = token.nbor()
    # (with the article on the adjective, before a common noun: "erster Stellvertretender Corbyns" is a noun)
    beside = (
        noun.head.i == token.head.i != token.i and noun.dep_ == token.dep_ == "nmod" and noun.pos_ == "NOUN"
        and any(child.dep_ == "det" for child in token.children)
    )
    if noun.pos_ not in _NOMINAL or not noun.text[:1].isupper() or (noun.head.i != token.i and not beside):
        return None
    if (noun.dep_ not in _NOUN_UNDER_ADJECTIVE and not beside) or not token.lower_.endswith(ADJECTIVE_ENDINGS):
        return None
    # "den Kranken Medikamente": a noun made from an adjective, then another phrase; the two
    # disagree in case or number where an adjective and its noun agree. A word the lexicon has as no
    # noun ("der Vereinten Nationen") is the adjective whatever case the model gave each.
    if not _agree(token, noun) and (_lexicon_noun(token.text) or feature_values(token, "Number") != feature_values(noun, "Number")):
        return None
    return noun if _is_adjective(token.lower_) else None


def _lexicon_noun(word: str) -> bool:
    try:
        return lookup(word, "NOUN").pos == "NOUN"
    except LexiconMissingError:
        return True  # no lexicon: keep the agreement check


def _agree(first: Token, second: Token) -> bool:
    return all(
        feature_values(first, feature) and feature_values(first, feature) == feature_values(second, feature)
        for feature in ("Case", "Number")
    )


def _is_adjective(form: str) -> bool:
    """"europäischen" → "europäisch": simplemma knows it as an inflected adjective; a lemma in -en only
    where the lexicon has that adjective ("offen"; not "gemeinden", simplemma's reading of "Gemeinde")."""
    lemma = lemma_dictionary.lemmatize(form)
    if lemma == form or not lemma.islower() or not form.startswith(lemma[: max(3, len(lemma) - 2)]):
        return False
    return not lemma.endswith("en") or _lexicon_adjective(lemma)


def _lexicon_adjective(word: str) -> bool:
    try:
        return lookup(word, "ADJ").pos == "ADJ"
    except LexiconMissingError:
        return True


def _make_adjective_of(adjective: Token, noun: Token) -> None:
    """The noun takes the adjective's place in the sentence; the adjective and the phrase's
    article and preposition hang on the noun."""
    for child in list(adjective.children):
        if child.i != noun.i and (child.i < adjective.i or child.dep_ in _PHRASE_MARKERS):
            _set_head(child, noun)
    if adjective.head.i == adjective.i:
        _set_head(noun, noun)
    else:
        _set_head(noun, adjective.head)
    noun.dep_ = adjective.dep_
    _set_head(adjective, noun)
    adjective.dep_ = "amod"
    adjective.pos_ = "ADJ"
