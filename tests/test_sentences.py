"""Sentence splitting that survives news German."""

from __future__ import annotations

import pytest

from reader.nlp import analyze


def sentences(text: str) -> list[str]:
    return [sentence.text for sentence in analyze(text).sentences]


@pytest.mark.parametrize(
    "text",
    [
        "Am 1. August 2021 trat das Gesetz in Kraft.",
        "Das gilt z. B. für alle Mitglieder der Regierung.",
        "Gestern sprach Dr. Müller vor dem Parlament.",
        "Die Wahl findet am 3. Oktober statt, sagte der Minister.",
        "Die Lage – so der Minister – sei ernst und verlange rasches Handeln.",
        "Es gab ca. 30 Verletzte, u. a. in der Hauptstadt.",
        "Der Minister, der die Vereinbarung als „historischen“ Beschluss lobte, sprach lange.",
    ],
)
def test_one_sentence_stays_one(text: str) -> None:
    assert sentences(text) == [text]


def test_closing_quote_stays_with_its_sentence() -> None:
    text = "Der Minister sagte: „Wir werden die Ukraine unterstützen.“ Dann reiste er nach Berlin."
    assert sentences(text) == [
        "Der Minister sagte: „Wir werden die Ukraine unterstützen.“",
        "Dann reiste er nach Berlin.",
    ]


def test_a_heading_without_full_stop_is_its_own_sentence() -> None:
    text = "Japan und Nato tolerieren keine Gewalt\nJapan und die NATO bekräftigten ihre Haltung."
    assert sentences(text) == [
        "Japan und Nato tolerieren keine Gewalt",
        "Japan und die NATO bekräftigten ihre Haltung.",
    ]


def test_ordinary_sentences_are_split() -> None:
    text = "Russland verlangt Garantien. Die NATO lehnt das ab. Was folgt nun?"
    assert sentences(text) == ["Russland verlangt Garantien.", "Die NATO lehnt das ab.", "Was folgt nun?"]


def test_footnote_marks_end_with_their_sentence() -> None:
    text = "Insgesamt demonstrierten etwa 200.000 Menschen.[2] Die Demonstranten blieben friedlich.[3][4] Es regnete."
    assert sentences(text) == [
        "Insgesamt demonstrierten etwa 200.000 Menschen.[2]",
        "Die Demonstranten blieben friedlich.[3][4]",
        "Es regnete.",
    ]


def test_a_stop_after_an_abbreviation_in_mixed_case_ends_the_sentence() -> None:
    """"AfD.", "GmbH.": no abbreviation of German carries a stop inside, so it ends the sentence, as "SPD." does."""
    text = "Zweite wurde die AfD. Die Wahlbeteiligung stieg. Geklagt hat eine GmbH. Sie verlor."
    assert sentences(text) == ["Zweite wurde die AfD.", "Die Wahlbeteiligung stieg.", "Geklagt hat eine GmbH.", "Sie verlor."]


def test_a_word_before_a_footnote_mark_keeps_its_gloss() -> None:
    words = [token for sentence in analyze("Das sagten die Menschen.[2]").sentences for token in sentence.tokens]
    people = next(token for token in words if token.text.startswith("Menschen"))
    assert people.text == "Menschen" and people.gloss


@pytest.mark.parametrize(
    "text",  # boundaries the parse repairs move
    [
        "Die Wahl ist vorbei.\nKommentar abgeben  Portal:Deutschland",
        "Vorläufiges amtliches EndergebnisQuelle: Bundeswahlleiter  Deutliche Gewinne konnte die AfD verbuchen.",
    ],
)
def test_rules_read_the_sentence_starts_of_the_repaired_parse(text: str) -> None:
    """The rules read each token's sentence start from an array kept per Doc (reader.nlp.doc_facts);
    it must hold the boundaries after the parse repairs, or a rule would misread a sentence."""
    from reader.nlp import doc_facts
    from reader.nlp.pipeline import load_pipeline

    doc = load_pipeline()(text)
    assert doc_facts.sentence_starts(doc) == [token.sent.start for token in doc]


def test_a_quoted_slogan_inside_a_sentence_does_not_split_it() -> None:
    text = "Ein Bündnis hatte zu der Demo „Gesetz stoppen! Grundrechte erhalten“ aufgerufen. Es kamen viele."
    assert sentences(text) == [
        "Ein Bündnis hatte zu der Demo „Gesetz stoppen! Grundrechte erhalten“ aufgerufen.",
        "Es kamen viele.",
    ]
    quoted = "Er sagte: „Ich komme. Du bleibst.“ Dann ging er."
    assert len(sentences(quoted)) == 3


def test_a_stop_after_a_closed_german_quotation_ends_its_sentence() -> None:
    """„…“ closes with the mark that opens an English quotation: after it the paragraph is outside any
    quotation, so "… auf. Veranstaltet …" is a sentence boundary, decided before the parser (which lost
    it in a long paragraph)."""
    from reader.nlp import load_pipeline
    from reader.nlp.sentence_rules import mark_sentence_starts

    text = "Die Partei „La Falange“ unterzeichnete eine „Vereinbarung“ und trat in Madrid auf. Veranstaltet wurde die Demonstration von ihr."
    doc = load_pipeline().make_doc(text)
    mark_sentence_starts(doc)
    following = next(token for token in doc if token.text == "Veranstaltet")
    assert following.is_sent_start is True


def test_a_quotation_mark_glued_to_a_word_opens_no_quotation() -> None:
    """",schnell'" written with a comma for „: the apostrophe after the word closes a quotation the text
    never opened, and the sentences after it still end at their full stops."""
    text = "Velo kommt von lateinisch velox ,schnell' und pes ,Fuß'. Heute fahren viele Menschen Rad. Im Winter bleibt das Rad im Keller."
    assert sentences(text) == [
        "Velo kommt von lateinisch velox ,schnell' und pes ,Fuß'.",
        "Heute fahren viele Menschen Rad.",
        "Im Winter bleibt das Rad im Keller.",
    ]


def test_a_colon_and_quote_inside_a_bracket_start_no_sentence() -> None:
    """"Samsara (Sanskrit, wörtl.: „Wanderung“) bezeichnet …": a bracket glosses a word in the sentence
    around it; its colon and quotation mark open no sentence of their own, and "wörtl." ends none."""
    text = "Samsara (Sanskrit, wörtl.: „Wanderung“, „Umherziehen“) bezeichnet im Buddhismus den Kreislauf. Er endet nie."
    assert sentences(text) == [
        "Samsara (Sanskrit, wörtl.: „Wanderung“, „Umherziehen“) bezeichnet im Buddhismus den Kreislauf.",
        "Er endet nie.",
    ]
    closed = "Er nannte es Samsara (wörtl.: „Wanderung“). Sie blieb."
    assert sentences(closed)[-1] == "Sie blieb."  # after the bracket closes, a stop ends the sentence again


def test_a_unit_with_a_full_stop_after_a_number_ends_its_sentence() -> None:
    """"… bei 336 m. Die Insel …": German writes no stop after a unit, so the stop the tokenizer kept on "m."
    is the sentence's; "am 3. Mai" stays one sentence."""
    assert sentences("Der höchste Punkt liegt bei 336 m. Die Insel ist flach.") == [
        "Der höchste Punkt liegt bei 336 m.",
        "Die Insel ist flach.",
    ]


def test_a_participle_tagged_an_adverb_before_werden_keeps_its_relative_clause_in_the_sentence() -> None:
    """"…, die für die Dauer eines Kriegszuges bestimmt wurden": "bestimmt" (also the adverb "certainly"),
    already heading its clause, became a root of its own when it took werden's place, so a sentence began
    at the comma."""
    text = "Ursprünglich waren Herzöge germanische Heerführer, die für die Dauer eines Kriegszuges bestimmt wurden."
    assert sentences(text) == [text]


def test_a_colon_after_sprich_opens_no_sentence() -> None:
    """"Die Mosel, sprich: Mohsel, ist ein Fluss": how the name is said stands inside the sentence, so the
    name has its verb (and its number); a colon after a clause still opens a sentence of its own."""
    for text in ("Die Mosel, sprich: Mohsel, ist ein Fluss im Westen Deutschlands.", "Der Main, sprich: Mein, fließt durch Frankfurt."):
        assert sentences(text) == [text]
    mosel = next(t for t in analyze("Die Mosel, sprich: Mohsel, ist ein Fluss im Westen Deutschlands.").tokens if t.text == "Mosel")
    assert any("subject of sein" in hint for hint in mosel.hints) and not any("colon" in hint for hint in mosel.hints)
    assert len(sentences("Er sagte Folgendes: Wir bleiben hier.")) == 2
