"""spaCy components of the product: rules around the statistical model.

Registered with spaCy when this module is imported (`load_pipeline` does it); the token attributes they
fill are registered in `reader.nlp.extensions`. The saved pipeline in `assets/` holds only the trained
components. Each runs with the cycle collector paused (reader.nlp.collector): its objects are freed by
reference counting, and the collector's scans of the caches found nothing to free.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from reader.nlp.adjective_lists import adjective_lists_taken_for_verbs
from reader.nlp.capitalised_words import (
    capitalised_adjectives_before_their_noun,
    focus_adverbs_opening_a_sentence,
    infinitives_after_an_article,
    infinitives_opening_a_clause_of_another,
    names_the_dictionary_lists_as_phrases,
    nouns_and_adverbs_by_capital,
    nouns_before_their_name,
)
from reader.nlp.collector import without_collection
from reader.nlp.doc_arrays import tokens_where
from reader.nlp.doc_facts import keep_sentence_starts
from reader.nlp.finite_verbs import repair_finite_verbs
from reader.nlp.foreign_words import (
    english_names,
    english_runs,
    english_sentences,
    foreign_quotations,
    words_cited_in_a_language,
)
from reader.nlp.functions import labels_from_case, word_classes_from_clause
from reader.nlp.headings import heading_markers
from reader.nlp.impersonal_pronouns import forms_of_man
from reader.nlp.language_nouns import language_nouns
from reader.nlp.lemmas import genitive_of_name, token_lemma
from reader.nlp.morph_features import feature_values
from reader.nlp.morphology import correct_morphology
from reader.nlp.name_tokens import tag_names
from reader.nlp.names import only_a_name
from reader.nlp.noun_lexicon import lemma_by_article
from reader.nlp.noun_phrases import genitive_in_es
from reader.nlp.graded_words import (
    degree_words_taken_for_phrases,
    degree_zu_taken_for_a_preposition,
    demonstratives_before_a_strong_adjective,
)
from reader.nlp.infinitive_clauses import (
    clauses_hung_on_a_zu_infinitive,
    objects_across_the_comma,
    second_object_of_a_zu_infinitive,
)
from reader.nlp.bracketed_roots import roots_inside_brackets
from reader.nlp.comment_participles import comment_participles
from reader.nlp.copular_clauses import correct_copular_clauses
from reader.nlp.participle_clauses import participle_clauses
from reader.nlp.participle_attributes import extended_attributes_after_und, extended_attributes_before_a_comma
from reader.nlp.participles import adjectives_from_participles, participles_after_sein, participles_taken_for_adverbs
from reader.nlp.phrase_heads import correct_phrase_heads
from reader.nlp.regnal_numbers import regnal_numbers
from reader.nlp.relative_clauses import (
    clauses_of_whose_hung_outside,
    main_clause_hung_on_the_relative_clause_after_it,
    relative_clauses_hung_on_a_verb,
    relative_clauses_on_a_noun_further_back,
    relative_clauses_on_a_noun_of_another_number,
    relative_clauses_taken_for_renamings,
    relative_clauses_taken_for_the_main_clause,
    second_relative_verb_taken_for_the_main_clause,
)
from reader.nlp.scientific_names import scientific_names
from reader.nlp.sentence_rules import join_broken_sentences, mark_sentence_starts, starts_sentence
from reader.nlp.shared_verb_forms import presents_of_intransitive_strong_verbs, presents_spelt_as_another_verbs_past
from reader.nlp.terms import assign_terms
from reader.nlp.word_prefetch import prefetch_forms, prefetch_lemmas
from reader.nlp.contextual_classes import (
    adjectives_governed_by_a_preposition,
    adjectives_hung_before_a_preposition,
    adjectives_taken_for_prepositions,
    adverbs_taken_for_conjunctions,
    adverbs_taken_for_prepositions,
    conjunctions_taken_for_nouns,
    demonstratives_taken_for_other_words,
    denn_opening_a_clause,
    determiners_taken_for_nouns,
    interrogative_determiners_taken_for_pronouns,
    possessives_taken_for_verbs,
    predicative_adjectives_taken_for_adverbs,
    prefixes_taken_for_prepositions,
    prepositions_before_a_predicate,
    prepositions_opening_a_sentence,
    prepositions_taken_for_particles,
    questions_taken_for_comparisons,
    relative_pronouns_after_a_comma,
    relative_pronouns_taken_for_determiners,
    wo_adverbs_taken_for_other_words,
)
from reader.nlp.word_classes import (
    adverbs_taken_for_pronouns,
    pronouns_taken_for_adverbs,
    imperatives_opening_a_quotation,
    common_nouns_taken_for_names,
    degree_particles,
    undeclined_attributes,
    attributive_adjectives_taken_for_verbs,
    attributive_adjectives_taken_for_adverbs,
    fronted_participles,
    infinitive_conjunctions,
    place_adjectives,
    words_left_without_a_class,
    names_taken_for_prepositions,
    adjectives_taken_for_determiners,
    plural_verbs_read_as_singular,
)
from reader.nlp.words_taken_for_verbs import (
    adverbs_taken_for_verbs,
    attributive_participles_taken_for_verbs,
    function_words_taken_for_verbs,
    names_taken_for_verbs,
    ordinals_taken_for_verbs_and_nouns,
    participles_living_on_as_adjectives,
    pronunciation_markers_taken_for_verbs,
    pronouns_and_adjectives_taken_for_verbs,
)


@Language.component("reader_sentence_rules")
@without_collection
def sentence_rules(doc: Doc) -> Doc:
    """Fix sentence boundaries the parser must respect: line breaks, abbreviations, ordinals, quotes."""
    mark_sentence_starts(doc)
    return doc


@Language.component("reader_finite_verbs")
@without_collection
def finite_verbs(doc: Doc) -> Doc:
    """Sentences the parser broke where the rules forbid it are joined; word classes the model mixes
    up are put right (reader.nlp.word_classes: "zu schnell", "anstatt … zu", "jeweils",
    "Kaiserslauterer"), participles before their noun are adjectives ("der gestaltete Stand"); then
    a statement without a finite verb gets the one the tagger missed ("schickte" as an adjective).
    An English quotation is foreign material (reader.nlp.foreign_words)."""
    prefetch_forms(doc)  # the rules from here on look words up: their rows read in a few batches
    join_broken_sentences(doc)
    words_left_without_a_class(doc)
    heading_markers(doc)
    determiners_taken_for_nouns(doc)
    demonstratives_taken_for_other_words(doc)
    predicative_adjectives_taken_for_adverbs(doc)
    prepositions_taken_for_particles(doc)
    wo_adverbs_taken_for_other_words(doc)
    adverbs_taken_for_prepositions(doc)
    adjectives_taken_for_prepositions(doc)
    adjectives_hung_before_a_preposition(doc)
    adverbs_taken_for_conjunctions(doc)
    relative_pronouns_taken_for_determiners(doc)
    prefixes_taken_for_prepositions(doc)
    names_taken_for_prepositions(doc)
    adjectives_taken_for_determiners(doc)
    plural_verbs_read_as_singular(doc)
    common_nouns_taken_for_names(doc)
    names_the_dictionary_lists_as_phrases(doc)
    foreign_quotations(doc)
    fronted_participles(doc)
    adjectives_from_participles(doc)
    participles_taken_for_adverbs(doc)
    degree_particles(doc)
    infinitive_conjunctions(doc)
    adverbs_taken_for_pronouns(doc)
    forms_of_man(doc)
    pronouns_taken_for_adverbs(doc)
    imperatives_opening_a_quotation(doc)
    nouns_and_adverbs_by_capital(doc)
    infinitives_after_an_article(doc)
    infinitives_opening_a_clause_of_another(doc)
    focus_adverbs_opening_a_sentence(doc)
    language_nouns(doc)
    capitalised_adjectives_before_their_noun(doc)
    nouns_before_their_name(doc)
    prepositions_opening_a_sentence(doc)
    names_taken_for_verbs(doc)
    adverbs_taken_for_verbs(doc)
    function_words_taken_for_verbs(doc)
    conjunctions_taken_for_nouns(doc)
    degree_words_taken_for_phrases(doc)
    demonstratives_before_a_strong_adjective(doc)
    degree_zu_taken_for_a_preposition(doc)
    denn_opening_a_clause(doc)
    possessives_taken_for_verbs(doc)
    undeclined_attributes(doc)
    attributive_adjectives_taken_for_verbs(doc)
    adjective_lists_taken_for_verbs(doc)
    attributive_adjectives_taken_for_adverbs(doc)
    attributive_participles_taken_for_verbs(doc)
    pronouns_and_adjectives_taken_for_verbs(doc)  # (after the attributes' own repairs, which re-hang them)
    ordinals_taken_for_verbs_and_nouns(doc)
    participles_living_on_as_adjectives(doc)
    prepositions_before_a_predicate(doc)  # (after the participles that are predicate adjectives)
    adjectives_governed_by_a_preposition(doc)
    extended_attributes_before_a_comma(doc)
    extended_attributes_after_und(doc)
    place_adjectives(doc)
    repair_finite_verbs(doc)
    relative_pronouns_after_a_comma(doc)  # (reads the finite verbs as repaired)
    interrogative_determiners_taken_for_pronouns(doc)
    questions_taken_for_comparisons(doc)  # (so does this)
    words_cited_in_a_language(doc)  # (after the repairs, which would make a cited word a verb again)
    pronunciation_markers_taken_for_verbs(doc)  # (so would they "sprich", with the name before it as its subject)
    scientific_names(doc)  # (so are these)
    return doc


@Language.component("reader_phrase_heads")
@without_collection
def phrase_heads(doc: Doc) -> Doc:
    """Noun phrases headed by their noun: "im Kalten Krieg" hangs on "Krieg", not on "Kalten"."""
    roots_inside_brackets(doc)
    clauses_hung_on_a_zu_infinitive(doc)
    objects_across_the_comma(doc)
    second_object_of_a_zu_infinitive(doc)
    relative_clauses_taken_for_the_main_clause(doc)
    main_clause_hung_on_the_relative_clause_after_it(doc)
    second_relative_verb_taken_for_the_main_clause(doc)
    relative_clauses_taken_for_renamings(doc)
    relative_clauses_on_a_noun_of_another_number(doc)
    relative_clauses_on_a_noun_further_back(doc)
    relative_clauses_hung_on_a_verb(doc)
    clauses_of_whose_hung_outside(doc)
    regnal_numbers(doc)
    correct_phrase_heads(doc)
    comment_participles(doc)  # (after the phrase heads, which may join a split verb complex)
    participle_clauses(doc)
    correct_copular_clauses(doc)
    return doc


@Language.component("reader_morphology")
@without_collection
def morphology(doc: Doc) -> Doc:
    """Case, gender and number of noun phrases from German grammar: prepositions, agreement, lexicon."""
    keep_sentence_starts(doc)  # the parse repairs before this were the last to move a boundary
    correct_morphology(doc)
    return doc


@Language.component("reader_lemmatizer")
@without_collection
def lemmatizer(doc: Doc) -> Doc:
    for token in doc:
        finite = token.tag_.endswith("FIN")  # STTS: VVFIN, VAFIN, VMFIN
        pos = token.pos_
        genitive = pos == "PROPN" and feature_values(token, "Case") == ["Gen"]
        lemma = token_lemma(token.text, pos, genitive, starts_sentence(token), finite)
        if genitive and genitive_in_es(token):
            lemma = token.text[:-2]  # "Sohn Gottes": Gott
        token.lemma_ = lemma_by_article(token, lemma) if pos in ("NOUN", "PROPN") else lemma
    names = {token.text for token in tokens_where(doc, "POS", ("PROPN",))}
    for token in doc:
        text = token.text
        if not (text.endswith("s") and text[:1].isupper()):
            continue  # both genitives below are capitalised words in -s
        genitive = genitive_of_name(text, names) or _genitive_of_a_listed_name(token)
        if genitive is not None:
            token.lemma_ = genitive
    participles_after_sein(doc)
    presents_of_intransitive_strong_verbs(doc)
    presents_spelt_as_another_verbs_past(doc)
    prefetch_lemmas(doc)  # the lemmas are known: the rows the later rules and the glosses ask for
    return doc


def _genitive_of_a_listed_name(token) -> str | None:
    """"in Teilen Lateinamerikas": a noun in -s whose stem Wiktionary knows only as a name is that name's
    genitive, whatever class the tagger gave it (the panel shows "Lateinamerika", not "Lateinamerikas")."""
    form = token.text
    if token.pos_ != "NOUN" or not form.endswith("s") or len(form) <= _SHORTEST_NAME or not form[:1].isupper():
        return None
    return form[:-1] if only_a_name(form[:-1]) else None


_SHORTEST_NAME = 3


@Language.component("reader_functions")
@without_collection
def functions(doc: Doc) -> Doc:
    """Subject and object labels that agree with the cases decided, the "es" of "es gibt", and the word
    class of sein, haben, werden and of predicate adjectives by their clause; after the lemmas, which
    name the verb."""
    labels_from_case(doc)
    word_classes_from_clause(doc)
    return doc


@Language.component("reader_terms")
@without_collection
def terms(doc: Doc) -> Doc:
    """The learner's terms: separable verbs joined on both parts; names and numbers not learnable."""
    assign_terms(doc)
    return doc


@Language.component("reader_names")
@without_collection
def names(doc: Doc) -> Doc:
    """Names the tagger took for common words ("Fallon", "Mishima") and names in English ("Human Rights
    Watch") are proper nouns, English sentences foreign material; last, because finding names reads the
    lemmas and terms, and no later rule must read English words as German ones ("Trade" as an
    adjective, "will" as a verb)."""
    english_sentences(doc)
    english_runs(doc)
    english_names(doc)
    tag_names(doc)
    return doc
