"""Case of noun phrases decided by the clause, the coordination and the phrase around them, one
sentence per construction, written for these tests (a learner notices a wrong case at once)."""

from __future__ import annotations

import functools

import pytest

from reader.nlp import analyze, load_pipeline


@functools.cache
def _doc(text: str):
    return load_pipeline()(text)


def case_of(text: str, word: str) -> str | None:
    """The Case of the first token spelled `word`."""
    token = next((t for t in _doc(text) if t.text == word), None)
    assert token is not None, f"{word!r} not in {text!r}"
    return (token.morph.get("Case") or [None])[0]


# (text, word, case)
CONSTRUCTIONS = [
    # two phrases joined by "und" before the finite verb are one phrase, plural: the singular after the
    # verb is the subject
    ("Die Planung und die Finanzierung übernimmt die Stadt Graz.", "Stadt", "Nom"),
    ("Die Planung und die Finanzierung übernimmt die Stadt Graz.", "Planung", "Acc"),
    # a name with the genitive -s before its noun, also where a clause begins
    ("Er glaubt, dass Goethes Haus bald renoviert wird.", "Goethes", "Gen"),
    # a full name right after a noun in the genitive renames that noun
    ("Das Büro des Abgeordneten Hans Meier wurde durchsucht.", "Meier", "Gen"),
    # "die Linke" (the party) is a singular declined like an adjective; of two singulars the first is
    # the subject
    ("Außerdem gewann die Linke ein Mandat.", "Linke", "Nom"),
    ("Außerdem gewann die Linke ein Mandat.", "Mandat", "Acc"),
    # a noun in quotation marks after its article and preposition
    ("Die Gäste trafen sich in der „Gruft“ unter der Kirche.", "Gruft", "Dat"),
    # a weekday takes no genitive attribute but of a time: after "sagte … am Dienstag" the dative
    ("Das sagte der Minister am Dienstag der Nachrichtenagentur Reuters.", "Nachrichtenagentur", "Dat"),
    ("Am Montag der vergangenen Woche begann der Prozess.", "Woche", "Gen"),
    # a declined quantifier shows the case like an article: "einiger" is genitive plural; after an
    # article it is an adjective
    ("Das Gericht entschied, dass die Polizei die Rechte einiger Demonstranten verletzt habe.", "Demonstranten", "Gen"),
    ("Die Rechte der beiden Vorsitzenden wurden gestärkt.", "Vorsitzenden", "Gen"),
    # a fixed phrase of a two-way preposition and a bare noun takes the dative, whatever the verb
    ("Der Skandal wird mit dem Minister in Verbindung gebracht.", "Verbindung", "Dat"),
    ("Die Reform entstand auf Basis einer Studie.", "Basis", "Dat"),
    # a year before a singular noun is no count of it: "seit 2015" is a phrase of its own, the noun the
    # predicate of "war"; a unit stays singular after its number
    ("Die Ärztin war seit 2015 Mitglied des Stadtrats.", "Mitglied", "Nom"),
    ("Sie zahlte 2000 Euro für das Auto.", "Euro", "Acc"),
    # the article before a truncated first part ("Haus-") belongs to the whole noun after "und"
    ("Die Unfälle geschehen oft während der Haus- und Gartenarbeit.", "Gartenarbeit", "Gen"),
    # a conjunct hung on the first part of a hyphenated compound joins the compound
    ("Lediglich Bayern, Baden-Württemberg, Rheinland-Pfalz und Thüringen fielen an die Partei.", "Thüringen", "Nom"),
    # "sie" may be singular: beside a singular verb it is the subject (she), the other phrase the object
    ("Die Partei geht in die Opposition, da sie die Wahl verloren hat und eine Zukunft nur dort sieht.", "sie", "Nom"),
    ("Die Partei geht in die Opposition, da sie die Wahl verloren hat und eine Zukunft nur dort sieht.", "Wahl", "Acc"),
    # a verb after "und" that needs an object shares the subject of the verb before: its phrase is the object
    ("Die Partei geht in die Opposition, da sie die Wahl verloren hat und eine Zukunft nur dort sieht.", "Zukunft", "Acc"),
    # a conjunct whose article cannot be genitive joins the noun before the genitive attribute it was hung on
    ("Die Gesetze der Länder und das Bundesgesetz regeln ihren Einsatz.", "Bundesgesetz", "Nom"),
    # a singular pronoun is no subject of a plural verb: the plural phrase after the verb is
    ("Dies berichteten mehrere Zeitungen am Montag.", "Zeitungen", "Nom"),
    # "es" before a plural verb is its placeholder: the plural phrase after the verb is the subject
    ("Es bestehen begründete Zweifel an der Aussage.", "Zweifel", "Nom"),
    # after a fronted "dies"/"das" a verb that reports has a person as its speaker, a thing as its object
    ("Dies bestätigte die Ministerin am Montag.", "Ministerin", "Nom"),
    ("Das erklärte die Sprecherin der Polizei.", "Sprecherin", "Nom"),
    ("Dies bestätigt die Vermutung der Forscher.", "Vermutung", "Acc"),
    # so also before a separable verb whose particle the parser took for a predicate ("gab … bekannt")
    ("Dies gab das norwegische Komitee am Freitag in Oslo bekannt.", "Komitee", "Nom"),
    # a date alone in brackets after a noun renames it: no subject, so the only phrase left is
    ("Am Montag (9. September) soll das Unterhaus über eine Neuwahl abstimmen.", "Unterhaus", "Nom"),
    ("Am Montag (9. September) soll das Unterhaus über eine Neuwahl abstimmen.", "September", "Dat"),
    # the commas of a list of objects do not cut the subject before them off from the verb at the end;
    # of two plurals that could be the subject, the first is
    ("Polizisten hätten Laptops, Handys und Festplatten mitgenommen, die bei der Durchsuchung gefunden worden waren.", "Polizisten", "Nom"),
    ("Polizisten hätten Laptops, Handys und Festplatten mitgenommen, die bei der Durchsuchung gefunden worden waren.", "Laptops", "Acc"),
    # "von" before a full name is a preposition, no name particle: the name does not rename "Tweets"
    ("Twitter fügte den Tweets von Donald Trump Warnungen hinzu.", "Trump", "Dat"),
    # "was … angeht/betrifft": "was" is the subject, the phrase between the accusative object
    ("Was die Regierung angeht, so bleibt alles beim Alten.", "Regierung", "Acc"),
    # a phrase with a genitive article right after the verb's object, parsed as a second object, is
    # that noun's attribute
    ("Die Gruppe hat weitere Attentate dieser Art angekündigt.", "Art", "Gen"),
    # the finite verb needs a subject: the phrase the parser hung on its zu-infinitive, before it, is
    ("Diesen Umstand versuchen einige Studien zu berücksichtigen, indem der Geburtsort erfasst wird.", "Studien", "Nom"),
    # an apposition between commas has the case of the phrase it renames ("laut" + dative)
    ("Laut Peter Schmidt, Chef der Agentur, sinkt die Zahl.", "Chef", "Dat"),
    # "und" between two phrases before the verbs of a verb-final clause joins one subject
    ("Sie zog um, nachdem ihr Vater und ihre Mutter gestorben waren.", "Mutter", "Nom"),
    # a relative "die" is plural like its noun, even after the verbs the clause was moved behind: no
    # subject of a singular verb, so the pronoun after it is
    ("Sie will Lämmer züchten, die sie verkaufen könne.", "die", "Acc"),
    ("Sie will Lämmer züchten, die sie verkaufen könne.", "sie", "Nom"),
    # the one object of a verb Ding writes "sich jdm. anschließen" is dative
    ("Sie wollen verhindern, sich den Extremisten anzuschließen.", "Extremisten", "Dat"),
    # "laut" with nothing that shows a genitive takes the dative; with an article the genitive stays
    ("Laut Müller steigen die Preise weiter.", "Müller", "Dat"),
    ("Laut Experten steigen die Preise weiter.", "Experten", "Dat"),
    ("Laut des Berichts steigen die Preise weiter.", "Berichts", "Gen"),
]


@pytest.mark.parametrize(("text", "word", "case"), CONSTRUCTIONS)
def test_case_by_construction(text: str, word: str, case: str) -> None:
    assert case_of(text, word) == case


def _parsed(words: list[str], pos: list[str], heads: list[int], deps: list[str], morphs: list[str], tags=None, spaces=None):
    """A sentence with the parse given (the parser's slips these rules repair), its cases decided."""
    from spacy.tokens import Doc

    from reader.nlp.morphology import correct_morphology

    doc = Doc(load_pipeline().vocab, words=words, spaces=spaces, pos=pos, tags=tags, heads=heads, deps=deps, morphs=morphs)
    correct_morphology(doc)
    return doc


def test_a_conjunct_hung_on_a_genitive_name_joins_the_noun_of_the_name() -> None:
    """"nahmen Cäsars Degen und silbernes Geschirr": the parser joined "Geschirr" to the name, but it
    is a second object, accusative like "Degen", not a genitive."""
    doc = _parsed(
        words=["Die", "Räuber", "nahmen", "Cäsars", "Degen", "und", "silbernes", "Geschirr", "mit", "."],
        pos=["DET", "NOUN", "VERB", "PROPN", "NOUN", "CCONJ", "ADJ", "NOUN", "ADP", "PUNCT"],
        heads=[1, 2, 2, 4, 2, 7, 7, 3, 2, 2],
        deps=["det", "nsubj", "ROOT", "nmod:poss", "obj", "cc", "amod", "conj", "compound:prt", "punct"],
        morphs=["", "Case=Nom|Number=Plur", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin", "", "Case=Acc",
                "", "", "Case=Nom|Gender=Neut|Number=Sing", "", ""],
    )
    assert doc[3].morph.get("Case") == ["Gen"]
    assert doc[7].morph.get("Case") == ["Acc"]


def test_a_coordination_the_parser_split_before_the_verb_is_one_plural_phrase() -> None:
    """"Die Planung und die Finanzierung übernimmt das Land": parsed as a subject and an object before the
    verb, but only one phrase stands there; the singular verb agrees with "das Land"."""
    doc = _parsed(
        words=["Die", "Planung", "und", "die", "Finanzierung", "übernimmt", "das", "Land", "."],
        pos=["DET", "NOUN", "CCONJ", "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
        heads=[1, 5, 4, 4, 5, 5, 7, 5, 5],
        deps=["det", "nsubj", "cc", "det", "obj", "ROOT", "det", "obj", "punct"],
        morphs=["", "Case=Nom", "", "", "Case=Acc", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "",
                "Case=Acc", ""],
    )
    assert [doc[1].morph.get("Case"), doc[4].morph.get("Case"), doc[7].morph.get("Case")] == [["Acc"], ["Acc"], ["Nom"]]


def test_an_apposition_parsed_as_a_conjunct_is_no_second_subject() -> None:
    """"Sergej Petrow, der neue Präsident, nahm ihn an": no "und", so the two are one person, and the name
    is the subject of the singular verb."""
    doc = _parsed(
        words=["Sergej", "Petrow", ",", "der", "neue", "Präsident", ",", "nahm", "die", "Wahl", "an", "."],
        pos=["PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "ADP", "PUNCT"],
        heads=[1, 7, 5, 5, 5, 1, 1, 7, 9, 7, 7, 7],
        deps=["flat", "obj", "punct", "det", "amod", "conj", "punct", "ROOT", "det", "obl", "compound:prt", "punct"],
        morphs=["", "Case=Acc", "", "", "", "", "", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin", "", "", "", ""],
    )
    assert doc[1].morph.get("Case") == ["Nom"]


def test_the_preposition_of_a_date_governs_the_month_after_the_ordinal() -> None:
    """"am 3. Januar" with "am" and "3." hung on the next noun: the month is still dative."""
    doc = _parsed(
        words=["Sie", "warnte", "am", "3.", "Januar", "US-Bürger", "."],
        pos=["PRON", "VERB", "ADP", "ADJ", "NOUN", "NOUN", "PUNCT"],
        heads=[1, 1, 5, 5, 3, 1, 1],
        deps=["nsubj", "ROOT", "case", "amod", "appos", "obl", "punct"],
        morphs=["", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin", "", "", "Case=Nom", "", ""],
    )
    assert doc[4].morph.get("Case") == ["Dat"]


def test_a_werden_passive_has_no_accusative_beside_a_sure_nominative() -> None:
    """"bis dieser Vertrag und jedes weitere Abkommen aufgehoben wird": the parser's object of the passive
    is a second subject."""
    doc = _parsed(
        words=["bis", "dieser", "Vertrag", ",", "und", "jedes", "weitere", "Abkommen", ",", "aufgehoben", "wird", "."],
        pos=["SCONJ", "DET", "NOUN", "PUNCT", "CCONJ", "DET", "ADJ", "NOUN", "PUNCT", "VERB", "AUX", "PUNCT"],
        heads=[9, 2, 9, 2, 7, 7, 7, 9, 7, 9, 9, 9],
        deps=["mark", "det", "nsubj:pass", "punct", "cc", "det", "amod", "obj", "punct", "ROOT", "aux:pass", "punct"],
        morphs=["", "", "", "", "", "", "", "Case=Acc", "", "VerbForm=Part",
                "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", ""],
    )
    assert doc[7].morph.get("Case") == ["Nom"]


def test_a_verb_without_accusative_object_makes_its_phrase_the_subject() -> None:
    """"ob die Gespräche stattfindet" (the parser's object, and a verb that does not agree): "stattfinden"
    takes no object, so the phrase is its subject."""
    doc = _parsed(
        words=["ob", "die", "Gespräche", "morgen", "stattfindet", "."],
        pos=["SCONJ", "DET", "NOUN", "ADV", "VERB", "PUNCT"],
        heads=[4, 2, 4, 4, 4, 4],
        deps=["mark", "det", "obj", "advmod", "ROOT", "punct"],
        morphs=["", "", "Case=Acc", "", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", ""],
    )
    assert doc[2].morph.get("Case") == ["Nom"]


def test_a_finite_verb_hung_on_a_noun_still_heads_the_clause() -> None:
    """"Twitter sperrt Konten": the parser made "sperrt" an adjective of "Konten" and "Konten" the root;
    the verb still has one subject and one object, and a bare noun beside a verb without a dative
    object is none."""
    doc = _parsed(
        words=["Twitter", "sperrt", "Konten", "."],
        pos=["PROPN", "VERB", "NOUN", "PUNCT"],
        heads=[2, 2, 2, 2],
        deps=["nsubj", "amod", "ROOT", "punct"],
        morphs=["Case=Nom", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "Case=Dat|Number=Plur", ""],
        tags=["NE", "VVFIN", "NN", "$."],
    )
    assert doc[2].morph.get("Case") == ["Acc"]


def test_phrases_side_by_side_without_conjunction_are_subject_and_object() -> None:
    """"Deshalb können viele Familien ihre Kinder nicht unterbringen": the parser joined "Kinder" to
    "Familien" as a conjunct, but no "und" or comma joins them; of the two plurals the first is the
    subject, the second the object."""
    doc = _parsed(
        words=["Deshalb", "können", "viele", "Familien", "ihre", "Kinder", "nicht", "unterbringen", "."],
        pos=["ADV", "AUX", "DET", "NOUN", "DET", "NOUN", "PART", "VERB", "PUNCT"],
        heads=[7, 7, 3, 7, 5, 3, 7, 7, 7],
        deps=["advmod", "aux", "det", "nsubj", "det:poss", "conj", "advmod", "ROOT", "punct"],
        morphs=["", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin", "", "Case=Nom", "", "Case=Nom", "", "VerbForm=Inf", ""],
        tags=["PAV", "VMFIN", "PIAT", "NN", "PPOSAT", "NN", "PTKNEG", "VVINF", "$."],
    )
    assert [doc[3].morph.get("Case"), doc[5].morph.get("Case")] == [["Nom"], ["Acc"]]


def test_an_adverb_of_quantity_stands_between_the_preposition_and_its_phrase() -> None:
    """"zwei Zahlungen von je 5.000 Euro" with "von" and "je" hung elsewhere: "von" still governs "Euro"."""
    doc = _parsed(
        words=["Sie", "erhielt", "Zahlungen", "von", "je", "5.000", "Euro", "."],
        pos=["PRON", "VERB", "NOUN", "ADP", "ADV", "NUM", "NOUN", "PUNCT"],
        heads=[1, 1, 1, 1, 1, 6, 1, 1],
        deps=["nsubj", "ROOT", "obj", "mark", "advmod", "nummod", "obj", "punct"],
        morphs=["", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin", "", "", "", "NumType=Card", "Case=Acc", ""],
    )
    assert doc[6].morph.get("Case") == ["Dat"]


def test_a_phrase_after_a_bare_noun_with_a_preposition_is_its_genitive_attribute() -> None:
    """"in Folge einer Mitteilung" with "Mitteilung" hung on the verb: "einer" right after the bare noun of
    a prepositional phrase is the genitive of that noun, not a dative object."""
    doc = _parsed(
        words=["Sie", "trafen", "sich", "in", "Folge", "einer", "Mitteilung", "."],
        pos=["PRON", "VERB", "PRON", "ADP", "NOUN", "DET", "NOUN", "PUNCT"],
        heads=[1, 1, 1, 4, 1, 6, 1, 1],
        deps=["nsubj", "ROOT", "obj", "case", "obl", "det", "obl", "punct"],
        morphs=["", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin", "", "", "", "", "Case=Dat", ""],
    )
    assert doc[6].morph.get("Case") == ["Gen"]


def test_a_verb_without_object_hung_on_its_noun_makes_it_the_subject() -> None:
    """"… fielen Schüsse" with "fielen" tagged an adjective of "Schüsse": the verb still heads the clause,
    and "fallen" takes no object, so "Schüsse" is its subject."""
    doc = _parsed(
        words=["Im", "Dorf", "fielen", "Schüsse", "."],
        pos=["ADP", "NOUN", "VERB", "NOUN", "PUNCT"],
        heads=[1, 3, 3, 3, 3],
        deps=["case", "nmod", "amod", "ROOT", "punct"],
        morphs=["", "", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin", "Case=Acc|Number=Plur", ""],
        tags=["APPRART", "NN", "ADJA", "NN", "$."],
    )
    assert doc[3].morph.get("Case") == ["Nom"]


def test_a_genitive_name_before_a_bare_noun_is_genitive_where_both_hang_on_the_verb() -> None:
    """"erklärte Spaniens Regierungschef …" parsed with the name as the subject and the noun as the
    object: the name with -s right before a noun without article is its genitive, the noun the subject."""
    doc = _parsed(
        words=["Gestern", "erklärte", "Spaniens", "Regierungschef", "seinen", "Rücktritt", "."],
        pos=["ADV", "VERB", "PROPN", "NOUN", "DET", "NOUN", "PUNCT"],
        heads=[1, 1, 1, 1, 5, 1, 1],
        deps=["advmod", "ROOT", "nsubj", "obj", "det:poss", "obj", "punct"],
        morphs=["", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin", "Case=Nom", "Case=Acc", "", "", ""],
    )
    assert [doc[2].morph.get("Case"), doc[3].morph.get("Case"), doc[5].morph.get("Case")] == [["Gen"], ["Nom"], ["Acc"]]


def test_a_full_name_after_a_noun_renames_it_in_any_case() -> None:
    """"ist die Ministerin Pia Kramer zurückgetreten" parsed with the name as the object: a full name
    right after a singular noun is a close apposition and shares its nominative; "bin Laden" too."""
    doc = _parsed(
        words=["Gestern", "ist", "die", "Ministerin", "Pia", "Kramer", "zurückgetreten", "."],
        pos=["ADV", "AUX", "DET", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"],
        tags=["ADV", "VAFIN", "ART", "NN", "NE", "NE", "VVPP", "$."],
        heads=[6, 6, 3, 6, 5, 6, 6, 6],
        deps=["advmod", "aux", "det", "nsubj", "compound", "obj", "ROOT", "punct"],
        morphs=["", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "", "Case=Nom", "", "Case=Acc", "VerbForm=Part", ""],
    )
    assert doc[5].morph.get("Case") == ["Nom"]
    doc = _parsed(
        words=["Der", "Terrorchef", "Osama", "bin", "Laden", "hat", "dazu", "aufgerufen", "."],
        pos=["DET", "NOUN", "PROPN", "PROPN", "NOUN", "AUX", "ADV", "VERB", "PUNCT"],
        tags=["ART", "NN", "NE", "NE", "NE", "VAFIN", "PAV", "VVPP", "$."],
        heads=[1, 7, 1, 2, 7, 7, 7, 7, 7],
        deps=["det", "nsubj", "appos", "flat:name", "obj", "aux", "advmod", "ROOT", "punct"],
        morphs=["", "Case=Nom", "", "", "Case=Acc", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "", "VerbForm=Part", ""],
    )
    assert doc[4].morph.get("Case") == ["Nom"]


def test_a_preposition_hung_on_its_noun_by_another_relation_still_governs_it() -> None:
    """"war von Donald Trump beschimpft worden" with "von" as a loose dependent ("dep") of "Donald":
    it is still the preposition of the phrase, which is dative."""
    doc = _parsed(
        words=["Er", "war", "von", "Donald", "Trump", "beschimpft", "worden", "."],
        pos=["PRON", "AUX", "ADP", "PROPN", "PROPN", "VERB", "AUX", "PUNCT"],
        tags=["PPER", "VAFIN", "APPR", "NE", "NE", "VVPP", "VAPP", "$."],
        heads=[5, 5, 3, 5, 3, 5, 5, 5],
        deps=["nsubj:pass", "aux", "dep", "obl", "flat:name", "ROOT", "aux:pass", "punct"],
        morphs=["", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin", "", "Case=Nom", "", "VerbForm=Part", "", ""],
    )
    assert doc[3].morph.get("Case") == ["Dat"]


def test_a_noun_before_a_full_name_is_one_person() -> None:
    """"haben den Franzosen Pascal Lamy ernannt": "den Franzosen" could be a dative plural; as the one
    object of the verb it is an accusative singular, and the full name after it shares that case."""
    doc = _parsed(
        words=["Sie", "haben", "den", "Franzosen", "Pascal", "Lamy", "ernannt", "."],
        pos=["PRON", "AUX", "DET", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"],
        tags=["PPER", "VAFIN", "ART", "NN", "NE", "NE", "VVPP", "$."],
        heads=[6, 6, 3, 6, 3, 4, 6, 6],
        deps=["nsubj", "aux", "det", "obj", "appos", "flat:name", "ROOT", "punct"],
        morphs=["", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin", "", "Case=Dat|Number=Plur", "", "", "VerbForm=Part", ""],
    )
    assert [doc[3].morph.get("Case"), doc[3].morph.get("Number"), doc[4].morph.get("Case")] == [["Acc"], ["Sing"], ["Acc"]]


@pytest.mark.parametrize(
    ("text", "word", "case"),
    [
        # the finite verb right after "und" shares the subject of the clause before: the rest are objects
        ("Am Abend sei sie gekommen und habe die Gäste zwei Stunden unterhalten.", "Gäste", "Acc"),
        # two finite auxiliaries of one participle across "und": the first is a full verb with its object
        ("Sie hatte viele Freunde in der Partei und wurde mit großer Mehrheit gewählt.", "Freunde", "Acc"),
        # a verb with a sein-Perfekt has no accusative object
        ("Erst dann sei sie eingeschritten und habe die Leute zurückgedrängt.", "sie", "Nom"),
        # a lone pronoun that may be singular is the subject of a singular verb
        ("Die Firma erklärte, sie ändere nichts an dem Plan.", "sie", "Nom"),
        # a name the dictionary lacks, first in its sentence: the subject, not an adverb
        ("Kowalczyk übernimmt die Leitung des Instituts.", "Kowalczyk", "Nom"),
        ("Kowalczyk übernimmt die Leitung des Instituts.", "Leitung", "Acc"),
        # ", die Touristen bedrängen" right after a noun: "die" is the relative pronoun and the subject
        ("Dort treffen sich abends betrunkene Gruppen, die Passanten anpöbeln.", "Passanten", "Acc"),
        # before a reporting verb, "das"/"dies" is what was said and the phrase after the verb the speaker
        ("Das sagt Norbert Hofer, der österreichische Verkehrsminister.", "Hofer", "Nom"),
        ("Das sagt Norbert Hofer, der österreichische Verkehrsminister.", "Das", "Acc"),
        # not before a verb whose subject may be a thing: "dies" confirms the reporting
        ("Dies bestätigt die Berichterstattung der Wochenzeitung vom Montag.", "Berichterstattung", "Acc"),
        # a name's number is a guess: "die EZB" may be singular, the subject of a singular verb
        ("Für das Jahr 2006 rechnet die EZB mit einer Inflationsrate von 2,1 Prozent.", "EZB", "Nom"),
        # a counted noun before an inflected adjective of measure is its accusative of measure
        ("Vor den Wahllokalen bildeten sich mehrere hundert Meter lange Schlangen.", "Schlangen", "Nom"),
        # a verb that takes a person and a thing: the bare nouns after the person are the things
        ("Die Opposition hatte der Präsidentin Wahlmanipulation, Korruption und Menschenrechtsverletzungen vorgeworfen.",
         "Korruption", "Acc"),
        # a capitalised adjective of a name that the lexicon has as no noun belongs to the noun after it
        ("Der Preis wird dem Welternährungsprogramm der Vereinten Nationen verliehen.", "Nationen", "Gen"),
        # a phrase loosely hung on the verb after an insertion is the clause's subject
        ("Über eine Internetseite sickerte am Donnerstag, den 28. Februar, die Nachricht über seinen Einsatz durch.",
         "Nachricht", "Nom"),
        # also after a name with its article, and where the model took the plural for a singular
        ("In den letzten Wochen veröffentlichte das FBI Dokumente über kleinere Gruppen.", "Dokumente", "Acc"),
        # a bare noun after a prepositional phrase is no part of it: the object of the verb
        ("Die Organisation hatte zur Beförderung von Material Flugzeuge gechartert.", "Flugzeuge", "Acc"),
        ("Das Museum zeigt Bilder von Geert Wilders.", "Wilders", "Dat"),
        # a singular that counts a plural may be the subject of a plural verb
        ("In einer langen Sitzung stimmten mehr als die Hälfte der Abgeordneten gegen den Antrag.", "Hälfte", "Nom"),
        # a weak noun in -en before the one name it stands for is singular, not a dative plural
        ("Er werde den früheren Abgeordneten Gerardo Blyde ernennen.", "Abgeordneten", "Acc"),
        # a surname the tagger made a verb (no infinitive ends so) is a name with its case
        ("Leiter des Rates ist der frühere bayerische Kultusminister Hans Zehetmair (CSU).", "Zehetmair", "Nom"),
        # a bare plural right after a definite singular subject renames nothing: the object
        ("Im Bericht hatte das Amt Zahlen aus drei Jahren verglichen.", "Zahlen", "Acc"),
    ],
)
def test_the_subject_found_by_the_clause_around_the_phrase(text: str, word: str, case: str) -> None:
    assert case_of(text, word) == case


def test_an_indefinite_pronoun_tagged_an_adverb_is_the_subject() -> None:
    """"Manche von ihnen schwenkten …": "Manche" is the subject, so the coordinated flags are the object."""
    text = "Manche von ihnen schwenkten die Europaflagge und die schottische Flagge."
    assert case_of(text, "Europaflagge") == "Acc" and case_of(text, "Flagge") == "Acc"


def test_a_date_after_a_weekday_does_not_rename_the_subject_it_was_hung_on() -> None:
    """"am Montag, den 16. September": the accusative date renames the day, not "Mittagessen"."""
    text = "Ein gemeinsames Mittagessen des Präsidenten am Montag, den 16. September, brachte keine Fortschritte."
    assert case_of(text, "Mittagessen") == "Nom" and case_of(text, "September") == "Acc"


def test_an_article_before_a_quotation_mark_belongs_to_the_quoted_noun() -> None:
    """"der „grüne Danny“": the article is no subject of its own; the quoted name is the subject."""
    text = "Vom 28. Dezember an wird der „grüne Danny“ alle 14 Tage im „Journal Frankfurt” eine Kolumne schreiben."
    assert case_of(text, "Danny") == "Nom" and case_of(text, "Kolumne") == "Acc"


@pytest.mark.parametrize(
    ("text", "word", "case"),
    [
        ("Die Botschafterin in Paris, Maria Schneider, sprach gestern mit der Presse.", "Schneider", "Nom"),
        ("Er traf den Präsidenten von Frankreich, Emmanuel Macron, in Berlin.", "Macron", "Acc"),
    ],
)
def test_a_person_s_full_name_renames_the_person_not_the_place_named_after_a_preposition(text: str, word: str, case: str) -> None:
    """"Der Premierminister von Japan, Yoshihiko Noda, …": the name takes the minister's case, every
    word of it, though the parser hangs it on the place."""
    assert case_of(text, word) == case


def test_a_plural_noun_the_parser_hung_on_the_name_before_it_is_an_object_of_the_clause() -> None:
    """"werfen Mugabe Menschenrechtsverletzungen vor": the parser made the plural an apposition of the
    name (a dative); it is the accusative object, and the name stays the dative."""
    doc = _parsed(
        words=["Die", "Kritiker", "werfen", "Lukaschenko", "Wahlfälschungen", "vor", "."],
        pos=["DET", "NOUN", "VERB", "PROPN", "NOUN", "ADP", "PUNCT"],
        heads=[1, 2, 2, 2, 3, 2, 2],
        deps=["det", "nsubj", "ROOT", "iobj", "appos", "compound:prt", "punct"],
        morphs=["", "Case=Nom|Number=Plur", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin", "Case=Dat",
                "Case=Acc|Number=Plur", "", ""],
    )
    assert doc[3].morph.get("Case") == ["Dat"]
    assert doc[4].morph.get("Case") == ["Acc"]


def test_a_surname_that_is_also_a_noun_stays_part_of_the_name() -> None:
    """"Louis Post": a bare singular after a first name is the surname, with the name's case."""
    doc = _parsed(
        words=["Sie", "trafen", "Louis", "Post", "in", "Paris", "."],
        pos=["PRON", "VERB", "PROPN", "NOUN", "ADP", "PROPN", "PUNCT"],
        heads=[1, 1, 1, 2, 5, 1, 1],
        deps=["nsubj", "ROOT", "obj", "flat", "case", "obl", "punct"],
        morphs=["Case=Nom", "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin", "Case=Acc", "Case=Acc", "", "Case=Dat", ""],
    )
    assert doc[3].morph.get("Case") == ["Acc"]


def test_a_verb_with_a_dative_object_takes_no_accusative() -> None:
    """"droht Israel eine Verschlechterung": "drohen" has a dative and no accusative object, so the phrase
    that cannot be dative ("eine …") is the subject and the name the dative."""
    text = "Jetzt droht Israel eine schwere Krise."
    assert case_of(text, "Israel") == "Dat" and case_of(text, "Krise") == "Nom"


def test_beside_a_reflexive_sich_that_is_the_object_the_one_phrase_is_the_subject() -> None:
    """"Nachdem sich … v. Chr. das Reich Elam gebildet hatte": "sich bilden" has "sich" as its accusative, so
    "das Reich" is the subject; "v. Chr." (vor Christus) is a preposition's phrase, no second candidate."""
    text = "Nachdem sich zwischen 3200 und 2800 v. Chr. das Reich Elam gebildet hatte, kamen neue Völker ins Land."
    reich = next(t for t in analyze(text).tokens if t.text == "Reich")
    assert reich.hints[0].startswith("Nominative") and any("subject of bilden" in hint for hint in reich.hints)


def test_a_finite_verb_spelt_like_a_participle_of_naming_keeps_its_object() -> None:
    """"…, wenn man Ost und West als fest definierte Erdhälften betrachtet": "betrachtet" is the clause's
    finite verb (with "man"), so "Ost und West" is its object and the "als" phrase agrees with it."""
    text = "Das Land liegt ganz im Westen, wenn man Ost und West als fest definierte Erdhälften betrachtet."
    tokens = {t.text: t for t in analyze(text).tokens}
    assert tokens["Ost"].hints[0].startswith("Accusative") and tokens["Erdhälften"].hints[0].startswith("Accusative")


def test_a_dative_object_taken_for_a_genitive_attribute_is_the_verbs() -> None:
    """"Das BZÖ gehört als Koalitionspartner der Volkspartei der österreichischen Regierung an": angehören
    needs a dative object and has none, so "der … Regierung" closing the clause is that object, not the
    party's attribute; "der Frau der Nachbarn helfen" keeps its genitive (the woman is the dative)."""
    tokens = {t.text: t for t in analyze("Die Partei gehört als Juniorpartner der Volkspartei der neuen Regierung an.").tokens}
    assert tokens["Regierung"].hints[0].startswith("Dative") and "angehören" in tokens["Regierung"].hints[1]
    helper = {t.text: t for t in analyze("Sie freut sich, weil er der Frau der Nachbarn hilft.").tokens}
    assert helper["Nachbarn"].hints[0].startswith("Genitive")
    # a verb whose dative may be left out keeps the genitive: the union's design succeeds
    design = {t.text: t for t in analyze("Nur wenn die Gestaltung der Europäischen Union gelingt, stimmen die Bürger zu.").tokens}
    assert design["Union"].hints[0].startswith("Genitive")
    # in a main clause the phrase before the verb is its first field, whatever the verb takes
    first_field = {t.text: t for t in analyze("Die Maßnahme einer Zinssenkung dient dazu, die Wirtschaft zu stärken.").tokens}
    assert first_field["Zinssenkung"].hints[0].startswith("Genitive")


def test_the_object_of_a_verb_that_takes_the_genitive_is_a_genitive() -> None:
    """"Ein Delegierter enthielt sich der Stimme", "Das Gesetz bedarf der Zustimmung": "der" before a feminine
    noun is a dative too, but sich enthalten and bedürfen take the genitive."""
    abstained = {t.text: t for t in analyze("Ein Abgeordneter enthielt sich bei der Wahl der Stimme.").tokens}
    assert abstained["Stimme"].hints[0].startswith("Genitive")
    needs = {t.text: t for t in analyze("Die Reform bedarf der Zustimmung der Länder.").tokens}
    assert needs["Zustimmung"].hints[0].startswith("Genitive") and "object of bedürfen" in needs["Zustimmung"].hints[1]


def test_a_noun_with_an_indefinite_article_after_a_name_is_no_apposition() -> None:
    """"gründete er mit seinem Bruder Paul und seinem Freund Max Huber ein Geschäft", with "ein Geschäft"
    parsed as an apposition of "Freund": without a comma a noun with an indefinite article renames
    nothing; it is the object of "gründete"."""
    from reader.nlp.phrase_heads import correct_phrase_heads

    dative = "Case=Dat|Gender=Masc|Number=Sing"
    doc = _parsed(
        words=["Dann", "gründete", "er", "mit", "seinem", "Bruder", "Paul", "und", "seinem", "Freund", "Max",
               "Huber", "ein", "Geschäft", "."],
        pos=["ADV", "VERB", "PRON", "ADP", "DET", "NOUN", "PROPN", "CCONJ", "DET", "NOUN", "PROPN", "PROPN",
             "DET", "NOUN", "PUNCT"],
        heads=[1, 1, 1, 5, 5, 1, 5, 9, 9, 5, 9, 9, 13, 9, 1],
        deps=["advmod", "ROOT", "nsubj", "case", "det:poss", "obl", "appos", "cc", "det:poss", "conj", "appos",
              "appos", "det", "appos", "punct"],
        morphs=["", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin", "Case=Nom", "", dative, dative, dative,
                "", dative, dative, dative, dative, "Case=Nom|Gender=Neut|Number=Sing", "Case=Nom|Gender=Neut|Number=Sing", ""],
        tags=["ADV", "VVFIN", "PPER", "APPR", "PPOSAT", "NN", "NE", "KON", "PPOSAT", "NN", "NE", "NE", "ART", "NN", "$."],
    )
    correct_phrase_heads(doc)
    assert doc[13].head.i == 1 and doc[13].dep_ == "obj"


def test_a_first_part_cut_short_before_und_leaves_the_object_to_the_whole_noun() -> None:
    """"nutzte sie Kupfer- und Messingdraht als Rahmen", with "Kupfer-" parsed as a compound part of the
    verb and "Messingdraht" its conjunct: the whole noun is the object, and "als Rahmen" agrees with it."""
    from reader.nlp.phrase_heads import correct_phrase_heads

    doc = _parsed(
        words=["Dafür", "nutzte", "sie", "Kupfer", "-", "und", "Messingdraht", "als", "Rahmen", "."],
        pos=["ADV", "VERB", "PRON", "NOUN", "PUNCT", "CCONJ", "NOUN", "CCONJ", "NOUN", "PUNCT"],
        heads=[1, 1, 1, 1, 6, 6, 3, 8, 1, 1],
        deps=["advmod", "ROOT", "nsubj", "compound", "punct", "cc", "conj", "cc", "obl", "punct"],
        morphs=["", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin", "Case=Nom", "Case=Acc", "", "",
                "Case=Acc|Gender=Masc|Number=Sing", "", "Case=Nom|Gender=Masc|Number=Sing", ""],
        tags=["PAV", "VVFIN", "PPER", "TRUNC", "$(", "KON", "NN", "KOKOM", "NN", "$."],
        spaces=[True, True, True, False, True, True, True, True, False, False],
    )
    correct_phrase_heads(doc)
    assert doc[6].head.i == 1 and doc[6].dep_ == "obj"
    assert doc[3].head.i == 6


def test_a_second_subject_right_after_the_first_with_a_genitive_article_is_its_attribute() -> None:
    """"Das schönste Haus dieser Gegend ist eine Villa", with "Haus" and "Gegend" both parsed as subjects:
    one clause, one subject; "dieser Gegend" is the genitive of the house (of this area)."""
    from reader.nlp.phrase_heads import correct_phrase_heads

    doc = _parsed(
        words=["Das", "schönste", "Haus", "dieser", "Gegend", "ist", "eine", "Villa", "."],
        pos=["DET", "ADJ", "NOUN", "DET", "NOUN", "AUX", "DET", "NOUN", "PUNCT"],
        heads=[2, 2, 7, 4, 7, 7, 7, 7, 7],
        deps=["det", "amod", "nsubj", "det", "nsubj", "cop", "det", "ROOT", "punct"],
        morphs=["", "", "Case=Nom|Gender=Neut|Number=Sing", "", "Case=Nom|Gender=Fem|Number=Sing", "", "",
                "Case=Nom|Gender=Fem|Number=Sing", ""],
        tags=["ART", "ADJA", "NN", "PDAT", "NN", "VAFIN", "ART", "NN", "$."],
    )
    from reader.nlp.morphology import correct_morphology

    correct_phrase_heads(doc)
    correct_morphology(doc)
    assert doc[4].head.i == 2 and doc[4].dep_ == "nmod"
    assert doc[4].morph.get("Case") == ["Gen"]


def test_a_predicate_with_its_copula_and_subject_is_no_subject_of_the_verb_after_und() -> None:
    """"Er ist ein Lehrer und arbeitet in Berlin", with "Lehrer" parsed as the subject of "arbeitet": the
    predicate of "Er ist" heads a clause of its own, and "arbeitet" is joined to it."""
    from reader.nlp.phrase_heads import correct_phrase_heads

    doc = _parsed(
        words=["Er", "ist", "ein", "Lehrer", "und", "arbeitet", "in", "Berlin", "."],
        pos=["PRON", "AUX", "DET", "NOUN", "CCONJ", "VERB", "ADP", "PROPN", "PUNCT"],
        heads=[3, 3, 3, 5, 5, 5, 7, 5, 5],
        deps=["nsubj", "cop", "det", "nsubj", "cc", "ROOT", "case", "obl", "punct"],
        morphs=["Case=Nom", "", "", "Case=Nom|Gender=Masc|Number=Sing", "",
                "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "", "Case=Dat", ""],
        tags=["PPER", "VAFIN", "ART", "NN", "KON", "VVFIN", "APPR", "NE", "$."],
    )
    correct_phrase_heads(doc)
    assert doc[3].dep_ == "ROOT" and doc[5].head.i == 3 and doc[5].dep_ == "conj"


def test_a_predicate_parsed_as_the_passive_subject_of_the_verb_after_und_heads_its_own_clause() -> None:
    """"Die Erbse ist eine Bohne und gehört zu den Hülsenfrüchten", with "Bohne" parsed as a passive's
    subject of "gehört": a predicate noun is never the subject of the next verb."""
    from reader.nlp.phrase_heads import correct_phrase_heads

    doc = _parsed(
        words=["Die", "Erbse", "ist", "eine", "Bohne", "und", "gehört", "zu", "Früchten", "."],
        pos=["DET", "NOUN", "AUX", "DET", "NOUN", "CCONJ", "VERB", "ADP", "NOUN", "PUNCT"],
        heads=[1, 4, 4, 4, 6, 6, 6, 8, 6, 6],
        deps=["det", "nsubj", "cop", "det", "nsubj:pass", "cc", "ROOT", "case", "obl", "punct"],
        morphs=["", "Case=Nom|Gender=Fem|Number=Sing", "", "", "Case=Nom|Gender=Fem|Number=Sing", "",
                "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "", "Case=Dat|Number=Plur", ""],
        tags=["ART", "NN", "VAFIN", "ART", "NN", "KON", "VVFIN", "APPR", "NN", "$."],
    )
    correct_phrase_heads(doc)
    assert doc[4].dep_ == "ROOT" and doc[6].head.i == 4 and doc[6].dep_ == "conj"


def test_an_article_cut_off_before_its_attribute_is_the_nouns() -> None:
    """"Das mit Kreide bemalte Brett hängt schief", with "Das" parsed as the subject of "hängt" and "Brett"
    as its object: the article opens the phrase whose attribute ("mit Kreide bemalte") stands before its
    noun; the board is the subject."""
    from reader.nlp.phrase_heads import correct_phrase_heads

    doc = _parsed(
        words=["Das", "mit", "Kreide", "bemalte", "Brett", "hängt", "schief", "."],
        pos=["PRON", "ADP", "NOUN", "ADJ", "NOUN", "VERB", "ADJ", "PUNCT"],
        heads=[5, 2, 5, 4, 5, 5, 5, 5],
        deps=["nsubj", "case", "obl", "amod", "obj", "ROOT", "advmod", "punct"],
        morphs=["Case=Nom|Gender=Neut|Number=Sing", "", "Case=Dat", "", "Case=Acc|Gender=Neut|Number=Sing",
                "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "", ""],
        tags=["PDS", "APPR", "NN", "ADJA", "NN", "VVFIN", "ADJD", "$."],
    )
    correct_phrase_heads(doc)
    assert doc[0].head.i == 4 and doc[0].dep_ == "det"
    assert doc[4].dep_ == "nsubj"


def test_a_predicative_adjective_the_tagger_saw_with_its_copula_names_a_state() -> None:
    """"…, der vor allem für die Burg bekannt ist" with "bekannt" the participle of bekennen and a "hat" of a
    bracket before hung on it as its auxiliary: the tagger's own tag says predicative adjective, and "ist"
    is its copula; known, not "to admit"."""
    from reader.nlp.modifier_uses import names_a_state

    doc = _parsed(
        words=["Berlin", "hat", "viele", "Einwohner", ",", "der", "Ort", "für", "die", "Burg", "bekannt", "ist", "."],
        pos=["PROPN", "AUX", "DET", "NOUN", "PUNCT", "DET", "NOUN", "ADP", "DET", "NOUN", "VERB", "AUX", "PUNCT"],
        heads=[10, 10, 3, 10, 10, 6, 10, 9, 9, 10, 10, 10, 10],
        deps=["nsubj", "aux", "det", "obj", "punct", "det", "nsubj", "case", "det", "obl", "ROOT", "cop", "punct"],
        morphs=[""] * 13,
        tags=["NE", "VAFIN", "PIAT", "NN", "$,", "ART", "NN", "APPR", "ART", "NN", "ADJD", "VAFIN", "$."],
    )
    doc[10].lemma_ = "bekennen"
    doc[11].lemma_ = "sein"
    doc[1].lemma_ = "haben"
    assert names_a_state(doc[10])
