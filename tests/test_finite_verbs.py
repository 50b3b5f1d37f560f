"""Every statement has a finite verb: the ones the tagger misses get their lemma and tense back."""

from __future__ import annotations

import pytest

from reader.nlp import analyze


def tokens_of(text: str) -> dict:
    return {token.text: token for token in analyze(text).tokens}


@pytest.mark.parametrize(
    ("sentence", "verb", "lemma", "tense"),
    [
        # The tagger reads these as an adjective, a determiner, a preposition or a participle.
        ("Ein Jahr später schickte Frankreich Truppen in das Land.", "schickte", "schicken", "Präteritum"),
        ("Zuvor herrschten Zweifel an dem Plan.", "herrschten", "herrschen", "Präteritum"),
        ("Er tat das im Oktober.", "tat", "tun", "Präteritum"),
        ("Bei der Wahl im Jahr 2000 gewann die Partei zehn Sitze.", "gewann", "gewinnen", "Präteritum"),
        ("Das FBI ermittelt.", "ermittelt", "ermitteln", "Präsens"),
        ("Aber die Uhr tickt.", "tickt", "ticken", "Präsens"),
        # a plural verb tagged an adjective before a bare plural, the relative clause's verb after a comma
        ("Diese Vorwürfe widersprechen Aussagen, die gemacht wurden.", "widersprechen", "widersprechen", "Präsens"),
    ],
)
def test_the_missed_finite_verb_of_a_statement(sentence: str, verb: str, lemma: str, tense: str) -> None:
    token = tokens_of(sentence)[verb]
    assert (token.pos, token.lemma) == ("VERB", lemma)
    assert any(tense in hint for hint in token.hints), token.hints


def test_a_modal_konjunktiv_i_tagged_an_adjective_is_the_finite_modal() -> None:
    token = tokens_of("Er sagte, es dürfe nicht vergessen werden.")["dürfe"]
    assert (token.pos, token.lemma) == ("AUX", "dürfen")
    assert any("Konjunktiv I" in hint and "passive" in hint for hint in token.hints), token.hints


def test_a_capitalised_word_right_after_a_noun_is_no_verb() -> None:
    # "Neugraben" reads as a participle of "neugraben"; after "Station" it names the station
    text = "Die Messstationen stehen an Naturschutzgebieten (Station Neugraben: Naturschutzgebiet Moorgürtel) und an der Elbe."
    assert tokens_of(text)["Neugraben"].pos in ("PROPN", "NOUN")
    assert tokens_of("Sie sagte: ‚Hör auf, damit zu spielen.‘")["Hör"].pos == "VERB"  # after a quotation mark


def test_a_capitalised_word_in_a_list_of_nouns_is_a_noun() -> None:
    # "Sagen" reads as the infinitive "sagen"; between "Mythen" and "Legenden" it is the plural of "Sage"
    sagen = tokens_of("Der Drache kommt in Mythen, Sagen, Legenden und Märchen vieler Völker vor.")["Sagen"]
    assert (sagen.pos, sagen.lemma) == ("NOUN", "Sage") and sagen.gloss[0] == "legends"


def test_an_auxiliary_read_as_an_infinitive_is_the_finite_verb() -> None:
    tokens = tokens_of("Über 500 Gäste aus 20 Ländern werden erwartet.")
    assert tokens["werden"].pos == "AUX"
    assert tokens["erwartet"].lemma == "erwarten"
    assert any("Passiv" in hint or "passive" in hint for hint in tokens["erwartet"].hints), tokens["erwartet"].hints


def test_a_present_form_tagged_a_participle_is_the_finite_verb_no_modal_joins() -> None:
    """"auskennt" is no participle (that is "ausgekannt"): the relative clause's own verb in the present,
    and the "kann" after "oder" a verb of its own, no modal of it."""
    tokens = tokens_of("Ein Experte ist jemand, der sich gut mit etwas auskennt oder etwas besonders gut kann.")
    assert any(hint.startswith("Präsens: auskennt —") for hint in tokens["auskennt"].hints), tokens["auskennt"].hints
    assert not any("Modal verb" in hint for hint in tokens["kann"].hints + tokens["auskennt"].hints)


def test_an_attributive_participle_is_not_taken_for_the_verb() -> None:
    tokens = tokens_of("Das geforderte Bild sähe anders aus.")
    assert tokens["geforderte"].pos == "ADJ"


@pytest.mark.parametrize(
    ("sentence", "verb", "lemma"),
    [
        # A capitalised verb first, a subject pronoun after it: imperative, polite form, "let us", question.
        ("Schauen Sie sich die Bilder an.", "Schauen", "schauen"),
        ("Fragen Sie Ihren Arzt.", "Fragen", "fragen"),
        ("Nehmen wir ein Beispiel.", "Nehmen", "nehmen"),
        ("Kommst du morgen?", "Kommst", "kommen"),
        # No pronoun, but the capitalised word is only ever a verb.
        ("Gibt es hier ein Problem?", "Gibt", "geben"),
        ("Hört der Regen bald auf?", "Hört", "hören"),
    ],
)
def test_a_verb_first_clause_starts_with_its_finite_verb(sentence: str, verb: str, lemma: str) -> None:
    token = tokens_of(sentence)[verb]
    assert (token.pos, token.lemma) == ("VERB", lemma)


@pytest.mark.parametrize(
    ("sentence", "noun"),
    [
        ("Teile der Stadt sind zerstört.", "Teile"),
        ("Fragen der Sicherheit bleiben offen.", "Fragen"),
    ],
)
def test_a_noun_first_stays_a_noun(sentence: str, noun: str) -> None:
    assert tokens_of(sentence)[noun].pos == "NOUN"


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        ("Argentinien wird seit Mai als zahlungsunfähig betrachtet.", "Argentinien"),
        ("Gegen sie wird ermittelt.", "Gegen"),
        ("Überraschend wandte sich der Minister an die Presse.", "Überraschend"),
    ],
)
def test_a_name_a_preposition_or_an_adverb_first_is_no_verb(sentence: str, first: str) -> None:
    assert tokens_of(sentence)[first].pos not in ("VERB", "AUX")


def test_a_double_space_does_not_break_the_parse_and_offsets_stay_in_the_text() -> None:
    text = "Neben ihm hatten sich  Carlos Perez und Luiz Correa um das Amt bemüht."
    analysis = analyze(text)
    tokens = {token.text: token for token in analysis.tokens}
    assert all(text[token.start : token.end] == token.text for token in analysis.tokens)
    assert tokens["sich"].whitespace == "  "
    assert any(hint.startswith("Plusquamperfekt") for hint in tokens["hatten"].hints), tokens["hatten"].hints


def test_a_plural_present_right_after_und_is_the_second_finite_verb() -> None:
    """"Die USA leihen Geld und importieren billige Ware": importieren looks like an infinitive (and the
    parser took it for a determiner of Ware); two infinitives under a modal stand at the end."""
    from reader.nlp import analyze

    tokens = {t.text: t for t in analyze("Die USA leihen Geld in China und importieren billige Ware.").tokens}
    assert any(hint.startswith("Präsens") for hint in tokens["importieren"].hints)
    assert any("Accusative" in hint for hint in tokens["Ware"].hints)
    modal = {t.text: t for t in analyze("Die USA wollen Geld leihen und Ware importieren.").tokens}
    assert not any(hint.startswith("Präsens: importieren") for hint in modal["importieren"].hints)



def test_a_past_form_after_an_adverb_opening_a_clause_after_doch_is_its_finite_verb() -> None:
    """"…, doch überraschend erklärte Frankreichs Regierungschef …" with "erklärte" parsed as an
    adjective: after ", doch" and one adverb, a Präteritum before a name is the verb in second place."""
    words = ["Die", "Reform", "kam", "spät", ",", "doch", "überraschend", "erklärte", "Spaniens", "Regierungschef", "Zustimmung", "."]
    doc = _repaired(
        words=words,
        pos=["DET", "NOUN", "VERB", "ADV", "PUNCT", "CCONJ", "ADJ", "ADJ", "PROPN", "NOUN", "NOUN", "PUNCT"],
        tags=["ART", "NN", "VVFIN", "ADV", "$,", "KON", "ADJD", "ADJA", "NE", "NN", "NN", "$."],
        heads=[1, 2, 2, 2, 9, 9, 7, 9, 9, 2, 9, 2],
        deps=["det", "nsubj", "ROOT", "advmod", "punct", "cc", "advmod", "amod", "nmod", "conj", "appos", "punct"],
        morphs=["", "", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin", "", "", "", "", "Degree=Pos", "", "", "", ""],
    )
    assert (doc[7].pos_, doc[7].morph.get("VerbForm"), doc[7].morph.get("Tense")) == ("VERB", ["Fin"], ["Past"])


def test_a_past_form_after_an_opening_adverb_before_a_noun_is_the_verb_though_a_joined_clause_has_its_own() -> None:
    """"Demnach formte Gott den Adam aus Erde und hauchte ihm …" with "formte" an adjective of "Gott": the
    finite "hauchte" after "und" is its own clause's, so "formte" is the verb in second place."""
    from reader.nlp import analyze

    tokens = {t.text: t for t in analyze("Demnach formte Gott den Menschen aus Lehm und hauchte ihm Leben ein.").tokens}
    assert tokens["formte"].pos == "VERB" and any(hint.startswith("Präteritum") for hint in tokens["formte"].hints)


def test_the_modal_ending_a_second_joined_subordinate_clause_is_finite_like_the_first() -> None:
    """"…, dass Firmen Leute einstellen können und Verträge kündigen können" with the second "können"
    tagged an infinitive: it ends the second of two joined dass-clauses, finite as the first one is."""
    doc = _repaired(
        words=["Er", "sagt", ",", "dass", "Firmen", "Leute", "einstellen", "können", "und", "Verträge", "kündigen", "können", "."],
        pos=["PRON", "VERB", "PUNCT", "SCONJ", "NOUN", "NOUN", "VERB", "AUX", "CCONJ", "NOUN", "VERB", "AUX", "PUNCT"],
        tags=["PPER", "VVFIN", "$,", "KOUS", "NN", "NN", "VVINF", "VMFIN", "KON", "NN", "VVINF", "VMINF", "$."],
        heads=[1, 1, 6, 6, 6, 6, 1, 6, 10, 10, 6, 10, 1],
        deps=["nsubj", "ROOT", "punct", "mark", "nsubj", "obj", "ccomp", "aux", "cc", "obj", "conj", "aux", "punct"],
        morphs=["", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "", "", "", "", "VerbForm=Inf",
                "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin", "", "", "VerbForm=Inf", "VerbForm=Inf", ""],
    )
    assert (doc[11].tag_, doc[11].morph.get("VerbForm")) == ("VMFIN", ["Fin"])


def test_a_clause_final_word_the_stts_tagger_calls_finite_is_the_verb() -> None:
    """"…, aber unterschiedlich viel kosteten, müsse …" with "kosteten" classed an adjective (lemma
    "kostet", glossed from "kosen": to caress): the STTS tag and the place at the clause's end decide."""
    doc = _repaired(
        words=["Wenn", "sie", "gleich", "wirken", ",", "aber", "viel", "kosteten", ",", "zahlt", "man", "."],
        pos=["SCONJ", "PRON", "ADJ", "VERB", "PUNCT", "CCONJ", "ADV", "ADJ", "PUNCT", "VERB", "PRON", "PUNCT"],
        tags=["KOUS", "PPER", "ADJD", "VVFIN", "$,", "KON", "PIS", "VVFIN", "$,", "VVFIN", "PIS", "$."],
        heads=[3, 3, 3, 9, 7, 7, 7, 3, 9, 9, 9, 9],
        deps=["mark", "nsubj", "advmod", "advcl", "punct", "cc", "advmod", "conj", "punct", "ROOT", "nsubj", "punct"],
        morphs=["", "", "", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin", "", "", "", "Degree=Pos", "",
                "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "", ""],
    )
    assert (doc[7].pos_, doc[7].morph.get("VerbForm"), doc[7].morph.get("Tense")) == ("VERB", ["Fin"], ["Past"])


def test_a_clause_final_finite_form_tagged_an_adjective_the_dictionary_lacks_is_the_verb() -> None:
    """"Wer früh stirbt, …" with "stirbt" tagged an adjective: German has no adjective "stirbt"."""
    token = next(t for s in analyze("Wer früh stirbt, hat Pech gehabt.").sentences for t in s.tokens if t.text == "stirbt")
    assert token.pos == "VERB"
    token = next(t for s in analyze("Das Haus ist schön, weil es groß ist.").sentences for t in s.tokens if t.text == "schön")
    assert token.pos == "ADJ"


def test_a_participle_no_finite_verb_is_spelt_as_has_no_tense() -> None:
    """"in der Dose, tiefgekühlt oder getrocknet" with "tiefgekühlt" tagged finite: only a participle is so spelt."""
    token = next(
        t for s in analyze("Im Supermarkt gibt es sie in der Dose, tiefgekühlt oder getrocknet.").sentences
        for t in s.tokens if t.text == "tiefgekühlt"
    )
    assert not any("Präsens" in hint for hint in token.hints)


def test_a_quotation_inside_a_subordinate_clause_does_not_end_it() -> None:
    """"…, dass sie die Regierung „mit Zahlen versorgen“, sagte er" with "versorgen" tagged an infinitive:
    the clause opened by "dass" ends in its finite verb after the quotation mark opened inside it."""
    words = ["Man", "erwarte", ",", "dass", "sie", "die", "Regierung", "„", "mit", "Zahlen", "versorgen", "“", ",", "sagte", "er", "."]
    doc = _repaired(
        words=words,
        pos=["PRON", "VERB", "PUNCT", "SCONJ", "PRON", "DET", "NOUN", "PUNCT", "ADP", "NOUN", "VERB", "PUNCT", "PUNCT", "VERB", "PRON", "PUNCT"],
        tags=["PIS", "VVFIN", "$,", "KOUS", "PPER", "ART", "NN", "$(", "APPR", "NN", "VVINF", "$(", "$,", "VVFIN", "PPER", "$."],
        heads=[1, 13, 3, 6, 6, 6, 1, 9, 9, 10, 1, 10, 13, 13, 13, 13],
        deps=["nsubj", "ccomp", "punct", "mark", "nsubj", "det", "dep", "punct", "case", "obl", "xcomp", "punct", "punct", "ROOT", "nsubj", "punct"],
        morphs=["", "Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "", "", "", "", "", "", "", "", "VerbForm=Inf", "", "",
                "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin", "", ""],
    )
    assert (doc[10].tag_, doc[10].morph.get("VerbForm")) == ("VVFIN", ["Fin"])


def _repaired(**parse):
    """A sentence with the parse given (the tagger's and parser's slip these rules repair), repaired."""
    from spacy.tokens import Doc

    from reader.nlp import load_pipeline
    from reader.nlp.finite_verbs import repair_finite_verbs

    doc = Doc(load_pipeline().vocab, **parse)
    repair_finite_verbs(doc)
    return doc



def test_a_capitalised_modal_form_first_in_its_sentence_is_the_verb_not_a_noun() -> None:
    """"Sollte" was read as a noun ("target, quota") and took the clause's phrases with it."""
    tokens = tokens_of("Sollte von der Heyden vom EU-Parlament gewählt werden, wäre sie die erste Frau im Amt.")
    assert tokens["Sollte"].pos == "AUX"
    assert tokens["vom"].gloss[0].startswith("by")
    assert any(hint.startswith("Nominative") for hint in tokens["Heyden"].hints), tokens["Heyden"].hints


def test_welch_after_a_comma_and_a_preposition_opens_a_relative_clause() -> None:
    """"…, in welchen auf der Nordhalbkugel Eismassen bis nach Süden reichten": the written relative pronoun
    "welch-" (which), however the tagger read it, in the dative plural after "in" (the cold periods)."""
    welchen = tokens_of("Das geschah in den Kaltzeiten, in welchen auf der Nordhalbkugel riesige Eismassen weit nach Süden reichten.")["welchen"]
    assert welchen.pos == "PRON" and welchen.hints[0].startswith("Dative plural")
