"""Noun phrases the small parser builds around the wrong word, put right.

The statistical parser often heads a phrase by a capitalised adjective that is
part of a name ("im Kalten Krieg", "der Europäischen Union", "das Römische
Reich"): it tags the adjective as a noun and hangs the real noun on it. And it
sometimes hangs an article or preposition on an adjective instead of on the
noun the adjective describes ("einen hoffnungsvollen … Schluss"). In German
the head of such a phrase is always the noun; the case, gender and number
hints read the phrase from its head, so it matters beyond the parse scores.
The pass calls the repairs of its sibling modules too: where a name or a word
of one hangs (reader.nlp.name_repairs), where a clause's verb and its own
phrases do (reader.nlp.clause_repairs: two subjects joined by "und" are one
coordinated subject, not two), and the articles, prepositions and lists.
"""

from __future__ import annotations

import re
from operator import attrgetter

from spacy.tokens import Doc, Token

from reader.lexicon import LexiconMissingError, lookup
from reader.nlp import lemma_dictionary
from reader.nlp.doc_arrays import merged, tokens_where
from reader.nlp.lang.grammar import ADJECTIVE_ENDINGS
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
    quotation_naming_the_noun_before,
    article_taken_for_a_pronoun,
    pronoun_taken_for_an_article_across_the_verb,
    determiner_given_its_nouns_role,
    participle_closing_an_extended_attribute,
    quantifier_taken_for_a_pronoun,
    spaced_punctuation,
    title_after_its_noun,
)
from reader.nlp.clause_repairs import (
    clause_words_on_an_auxiliary_join_its_verb,
    conjunct_before_a_finite_verb_opens_a_clause,
    finite_verb_hung_on_its_subject,
    finite_verb_taken_for_an_attribute,
    haben_heads_its_object,
    infinitive_conjunct_has_no_subject,
    join_coordinated_subjects,
    modal_hung_on_an_adverbial,
    noun_added_after_a_focus_adverb,
    phrase_after_a_fixed_adverbial,
    phrase_hung_on_punctuation,
    phrase_without_genitive_article_joins_the_clause,
    plural_after_a_name_is_no_apposition,
    predicate_taken_for_a_conjunct,
    prepositional_object_of_the_verb,
    singular_verb_has_no_coordinated_subject,
)
from reader.nlp.morph_features import feature_values
from reader.nlp.name_repairs import (
    family_name_after_its_particle,
    hang_genitive_name_on_its_noun,
    name_after_title,
    name_before_its_verb,
    name_particle_is_no_verb,
    place_after_place,
)
from reader.nlp.lang.sentences import ABBREVIATED_PHRASES
from reader.nlp.comparisons import (
    compared_phrase_taken_for_a_conjunct,
    compared_phrase_taken_for_the_predicate,
    comparison_taken_for_a_verb_particle,
    fronted_phrase_taken_for_a_clause,
)
from reader.nlp.intransitive_verbs import (
    subject_after_a_placeholder_es,
    subject_of_sich_lassen,
    subject_taken_for_an_object,
)
from reader.nlp.list_items import (
    bare_plural_joined_to_a_genitive,
    conjunct_inside_a_bracket,
    conjunct_taken_for_an_apposition,
    list_after_a_colon,
    list_item_taken_for_an_apposition,
    second_item_of_a_paired_conjunction,
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
    nominative_taken_for_an_attribute,
    noun_taken_for_an_attribute,
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
from reader.nlp.quantities import counting_noun, noun_heads_its_compared_quantity
from reader.nlp.reporting_clauses import reporting_clause_after_a_quotation
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
# Relations with which the parser hangs the real noun on the adjective it took for the head.
_NOUN_UNDER_ADJECTIVE = {"appos", "flat", "flat:name", "compound", "nmod", "dep"}
# Dependents that belong to a phrase's noun, never to one of its adjectives.
_PHRASE_MARKERS = {"det", "det:poss", "case"}
_MARKER_RELATION = {"DET": "det", "ADP": "case"}
_NOUN_MODIFIERS = {"amod", "compound"}
# Determiners a preposition may be hung on instead of their noun: "innerhalb von jeweils zwei Wochen" (not
# a relative pronoun the parser made an article: "mit denen Guiffre …")
_QUANTIFYING_DETERMINERS = {"ADV", "PIAT", "PIDAT"}


def correct_phrase_heads(doc: Doc) -> None:
    """Repair the parse in place, before the case rules read it. Each pass calls its rules only for
    tokens of the word class or relation they need (`tokens_where`), which no rule of the pass gives
    another token (a hyphen's last part may become a conjunct: it is asked too)."""
    _abbreviations_hung_on_their_example(doc)
    for token in tokens_where(doc, "DEP", ("case",)):
        family_name_after_its_particle(token)
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
        name_particle_is_no_verb(token)
        finite_verb_taken_for_an_attribute(token)
        finite_verb_hung_on_its_subject(token)
    # (an article taken for a pronoun: PRON, PDS or PRELS)
    articles = merged(tokens_where(doc, "TAG", ("APPRART", "PDS", "PRELS")), tokens_where(doc, "POS", ("DET", "PRON")))
    for token in articles:
        pronoun_taken_for_an_article_across_the_verb(token)
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
    join_coordinated_subjects(doc)
    reporting_clause_after_a_quotation(doc)
    for token in tokens_where(doc, "POS", ("ADJ", *_NOMINAL)):
        hang_genitive_name_on_its_noun(token)
    for token in tokens_where(doc, "DEP", ("aux", "cop")):
        haben_heads_its_object(token)
        modal_hung_on_an_adverbial(token)
        clause_words_on_an_auxiliary_join_its_verb(token)
    for token in tokens_where(doc, "DEP", ("nmod",)):
        phrase_without_genitive_article_joins_the_clause(token)
        prepositional_object_of_the_verb(token)
    for token in tokens_where(doc, "POS", _NOMINAL):
        predicate_taken_for_a_conjunct(token)
        conjunct_before_a_finite_verb_opens_a_clause(token)
        noun_added_after_a_focus_adverb(token)
    for verb in sorted({subject.head for subject in tokens_where(doc, "DEP", ("nsubj", "nsubj:pass"))}, key=attrgetter("i")):
        singular_verb_has_no_coordinated_subject(verb)
        infinitive_conjunct_has_no_subject(verb)
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
        plural_after_a_name_is_no_apposition(token)
        indefinite_noun_taken_for_an_apposition(token)
        noun_taken_for_an_attribute(token)
        nominative_taken_for_an_attribute(token)
        truncated_part_hung_on_a_verb(token)
        genitive_attribute_taken_for_a_second_subject(token)
        copular_clause_taken_for_a_subject(token)
        phrase_hung_on_punctuation(token)
        phrase_after_a_fixed_adverbial(token)
        name_after_title(token)
        name_before_its_verb(token)
        place_after_place(token)
        _counted_noun_after_its_measure(token)
        _number_taken_for_its_nouns_head(token)
        bare_noun_in_another_number(token)
        bare_noun_after_a_prepositional_phrase(token)
        apposition_opened_by_a_preposition(token)
        noun_phrase_after_a_prepositional_phrase(token)
        list_after_a_colon(token)
        list_item_taken_for_an_apposition(token)
        second_item_of_a_paired_conjunction(token)
        conjunct_taken_for_an_apposition(token)
        conjunct_inside_a_bracket(token)
        bare_name_renaming_the_noun_before(token)
        plural_noun_taken_for_a_name_part(token)
        quotation_naming_the_noun_before(token)
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
        subject_after_a_placeholder_es(token)
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


def _number_taken_for_its_nouns_head(noun: Token) -> None:
    """"eine Stadt von rund 250 Gerbereien" with "von" hung on "250" and the noun beside it: a number right
    before a noun that hangs where the number hangs counts that noun, which heads the phrase and takes
    the number's preposition. An ordinal in digits ("seit dem frühen 20. Jahrhundert", "20." tagged a
    noun) is the noun's attribute and gives it its preposition, article and adjectives too."""
    doc = noun.doc
    number = doc[noun.i - 1] if noun.i > 0 else None
    if number is None or number.head.i != noun.head.i or number.head.i == number.i or not noun.text[:1].isupper():
        return
    ordinal = _DIGIT_ORDINAL.fullmatch(number.text) is not None
    if number.pos_ != "NUM" and not ordinal:
        return
    words = [c for c in number.children if c.i < number.i and (c.dep_ == "case" or ordinal and c.dep_ in _ORDINAL_WORDS)]
    if not any(word.dep_ == "case" for word in words) and not ordinal:
        return
    if _take_place(noun, number) and _set_head(number, noun, "amod" if ordinal else "nummod"):
        for word in words:
            _set_head(word, noun)
        if ordinal:
            number.pos_, number.tag_ = "ADJ", "ADJA"
            number.set_morph("NumType=Ord")


_DIGIT_ORDINAL = re.compile(r"\d+\.")
_ORDINAL_WORDS = frozenset({"det", "det:poss", "amod", "advmod"})


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
        _set_head(noun, before, "conj")


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
