"""Word classes the statistical model mixes up, put right by the rules: each sentence is hand-parsed as the
model read a sentence of the original text (its slip reproduced), then repaired as the pipeline repairs it."""

from __future__ import annotations

from spacy.tokens import Doc

from reader.nlp import analyze, load_pipeline
from reader.nlp.article_repairs import determiner_given_its_nouns_role
from reader.nlp.contextual_classes import possessives_taken_for_verbs
from reader.nlp.word_classes import attributive_adjectives_taken_for_adverbs, common_nouns_taken_for_names
from reader.nlp.words_taken_for_verbs import pronouns_and_adjectives_taken_for_verbs


def _doc(**parse) -> Doc:
    return Doc(load_pipeline().vocab, **parse)


def test_a_word_tagged_a_name_is_the_common_noun_whose_other_form_the_text_uses_as_one() -> None:
    """"Der Gepard jagt Antilopen" with "Gepard" tagged a name, "Geparden" a common noun: the
    text uses the word as a noun, so the singular is one too (a chameleon, not a name)."""
    doc = _doc(
        words=["Der", "Gepard", "jagt", "Antilopen", ".", "Geparden", "laufen", "schnell", "."],
        pos=["DET", "PROPN", "VERB", "NOUN", "PUNCT", "NOUN", "VERB", "ADV", "PUNCT"],
        tags=["ART", "NE", "VVFIN", "NN", "$.", "NN", "VVFIN", "ADJD", "$."],
        heads=[1, 2, 2, 2, 2, 6, 6, 6, 6],
        deps=["det", "nsubj", "ROOT", "obj", "punct", "nsubj", "ROOT", "advmod", "punct"],
    )
    common_nouns_taken_for_names(doc)
    assert doc[1].pos_ == "NOUN"


def test_a_possessive_the_morphologizer_called_an_auxiliary_goes_with_its_noun() -> None:
    """"Ihre lange, klebrige Zunge schießt nach vorne": the tagger's PPOSAT is right where the
    morphologizer said AUX and the parser made "Ihre" the subject with "lange" (an adverb) on it."""
    doc = _doc(
        words=["Ihre", "lange", ",", "klebrige", "Zunge", "schießt", "nach", "vorne", "."],
        pos=["AUX", "ADV", "PUNCT", "ADJ", "NOUN", "VERB", "ADP", "ADV", "PUNCT"],
        tags=["PPOSAT", "ADV", "$,", "ADJA", "NN", "VVFIN", "APPR", "ADV", "$."],
        heads=[5, 0, 3, 4, 5, 5, 7, 5, 5],
        deps=["nsubj", "advmod", "punct", "amod", "nsubj", "ROOT", "case", "obl", "punct"],
    )
    possessives_taken_for_verbs(doc)
    attributive_adjectives_taken_for_adverbs(doc)
    for token in doc:
        determiner_given_its_nouns_role(token)
    assert (doc[0].pos_, doc[0].head.text, doc[0].dep_) == ("DET", "Zunge", "det:poss")
    assert (doc[1].pos_, doc[1].head.text) == ("ADJ", "Zunge")


def test_a_pronoun_the_model_called_a_verb_is_the_object_of_the_auxiliary_on_it() -> None:
    """"…, die niemanden über sich hatte" with "niemanden" the relative clause's verb and "hatte" its
    auxiliary: "hatte" is the verb, "niemanden" its object."""
    doc = _doc(
        words=["eine", "Stadt", ",", "die", "niemanden", "über", "sich", "hatte"],
        pos=["DET", "NOUN", "PUNCT", "PRON", "VERB", "ADP", "PRON", "AUX"],
        tags=["ART", "NN", "$,", "PRELS", "VVFIN", "APPR", "PRF", "VAFIN"],
        heads=[1, 1, 4, 4, 1, 6, 4, 4],
        deps=["det", "ROOT", "punct", "nsubj", "acl", "case", "obl", "aux"],
    )
    pronouns_and_adjectives_taken_for_verbs(doc)
    assert (doc[4].pos_, doc[4].head.text, doc[4].dep_) == ("PRON", "hatte", "obj")
    assert (doc[7].pos_, doc[7].head.text, doc[3].head.text) == ("VERB", "Stadt", "hatte")


def test_a_superlative_after_its_article_the_model_called_a_verb_is_an_adjective() -> None:
    """"Die ältesten sind …" with "Die" a demonstrative ("that") and "ältesten" a verb: the article and the
    superlative made a noun (the dictionary lists "Älteste" as a noun too)."""
    doc = _doc(
        words=["Die", "ältesten", "sind", "kürzer", "."],
        pos=["PRON", "VERB", "AUX", "ADJ", "PUNCT"],
        tags=["PDS", "VVFIN", "VAFIN", "ADJD", "$."],
        heads=[1, 1, 3, 1, 1],
        deps=["nsubj", "ROOT", "cop", "advmod", "punct"],
    )
    pronouns_and_adjectives_taken_for_verbs(doc)
    assert doc[1].pos_ == "ADJ"
    assert (doc[0].pos_, doc[0].dep_, doc[0].head.i) == ("DET", "det", 1)


def test_haben_the_parser_made_the_auxiliary_of_an_adverb_is_the_verb_of_the_object() -> None:
    tokens = {token.text: token for token in analyze("Damit haben sie beinahe einen guten Überblick.").tokens}
    assert tokens["haben"].gloss[0] == "to have"
    assert any("direct object of haben" in hint for hint in tokens["Überblick"].hints)
