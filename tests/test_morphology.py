"""Case, number and sureness of nouns in sentences written for these tests, one group per rule of
`reader_morphology` (a learner notices a wrong case at once)."""

from __future__ import annotations

import functools

import pytest
from spacy.tokens import Doc

from reader.nlp import load_pipeline
from reader.nlp.morphology import correct_morphology


@functools.cache
def _doc(sentence: str):
    return load_pipeline()(sentence)


def features(sentence: str, word: str, nth: int = 0) -> tuple[str | None, str | None, bool]:
    """(Case, Number, case stated as sure) of the `nth` token spelled `word`."""
    tokens = [t for t in _doc(sentence) if t.text == word]
    assert len(tokens) > nth, f"{word!r} not in {sentence!r}"
    token = tokens[nth]
    first = lambda key: (token.morph.get(key) or [None])[0]  # noqa: E731
    return first("Case"), first("Number"), bool(token._.case_sure)


# (sentence, word, case, number or None when not asserted)
CASES = [
    # a name without an article is singular, also in a plural list of subjects
    ("Auch Frankreich, Zypern und Portugal sind dagegen.", "Zypern", "Nom", "Sing"),
    ("Auch Frankreich, Zypern und Portugal sind dagegen.", "Frankreich", "Nom", "Sing"),
    # dative plural -n and the case the preposition governs
    ("Die Lehrerin spielte mit den Kindern im Hof.", "Kindern", "Dat", "Plur"),
    ("Der Minister sprach mit Vertretern der Gewerkschaften.", "Vertretern", "Dat", "Plur"),
    # genitive attribute: a noun with des/der after a noun
    ("Der Hund des Nachbarn bellte die ganze Nacht.", "Nachbarn", "Gen", "Sing"),
    ("Die Sprecherin des Ministeriums wollte nichts sagen.", "Ministeriums", "Gen", "Sing"),
    # the first part of a hyphenated compound has the compound's case
    ("Der Minister kam mit dem Bundeswehr-Hubschrauber.", "Bundeswehr", "Dat", None),
    ("Die Ärzte warnten vor den Folgen der Corona-Infektion.", "Corona", "Gen", None),
    ("Sie kaufte einen Computer-Bildschirm.", "Computer", "Acc", None),
    # als/wie: the case of what is compared
    ("Er arbeitete jahrelang als Lehrer in Berlin.", "Lehrer", "Nom", "Sing"),
    ("Die Opposition bezeichnete den Plan als Fehler.", "Fehler", "Acc", None),
    ("Große Länder wie Brasilien stoßen viel Kohlendioxid aus.", "Brasilien", "Nom", "Sing"),
    # after a predicate's comparative: the subject, wherever the parser hung the copula or the phrase
    ("Die Kommune ist elf Prozent kleiner als das größte Bundesland.", "Bundesland", "Nom", "Sing"),
    # a feminine noun in -e is plural in -en though Ding gives no plural for it
    ("Es gibt eine Fülle unterschiedlicher Formen, Materialien und Verwendungsweisen.", "Verwendungsweisen", "Acc", "Plur"),
    # a number the parser made the phrase's head ("von" on "250"): the noun it counts heads it
    ("Dhaka war eine Stadt von rund 250 Gerbereien.", "Gerbereien", "Dat", "Plur"),
    # an attribute the tagger called an adverb, before another with its ending
    ("Die Druiden waren innerhalb verschiedener neuheidnischer Bewegungen aktiv.", "Bewegungen", "Gen", "Plur"),
    # "wer" is the subject, so the other phrase is the object
    ("Wer die Regeln bricht, muss zahlen.", "Regeln", "Acc", "Plur"),
    # the indefinite article has no plural: "einen" is accusative masculine
    ("Einen Nachfolger zu finden war schwierig.", "Nachfolger", "Acc", "Sing"),
    # a number other than one makes the noun plural
    ("Die Polizei hat zwei Verdächtige festgenommen.", "Verdächtige", "Acc", "Plur"),
    # the finite auxiliary, not the infinitive, agrees with the subject
    ("Merz wird die Wähler damit nicht überzeugen.", "Wähler", "Acc", "Plur"),
    ("Merz wird die Wähler damit nicht überzeugen.", "Merz", "Nom", "Sing"),
    # a d-word after a comma opening a clause with its verb last is the relative pronoun, not an article
    ("Im Film treten Figuren auf, die Sorgen mit ihren Nachbarn haben.", "Sorgen", "Acc", "Plur"),
    ("Er war der erste Politiker, gegen den Studenten eine Klage erhoben hatten.", "Studenten", "Nom", "Plur"),
    # plural-only nouns agree with a plural verb
    ("Eltern müssen ihren Kindern Namen geben.", "Eltern", "Nom", "Plur"),
    ("Eltern dürfen ihren Kindern keine lustigen, seltsamen Namen geben.", "Eltern", "Nom", "Plur"),
    # a predicate noun of sein is nominative, also in a clause the parser hung on another verb
    ("Der Forscher glaubt, dass die Wikinger ein friedliches Volk waren.", "Volk", "Nom", "Sing"),
    ("Ich bin Lehrerin und biete Kurse an.", "Lehrerin", "Nom", "Sing"),
    # the subject of the first of several joined verbs is the subject of all
    ("Sie hat nicht gehört, ist weggelaufen und hat die Wohnung verwüstet.", "Wohnung", "Acc", "Sing"),
    # "X wie Y" is no plural subject
    ("Dem neuen Handy fehlt eine Funktion wie der Fingerabdrucksensor.", "Funktion", "Nom", "Sing"),
    # a zu-infinitive after the comma of "Ziel ist es, …" has no subject
    ("Sein Ziel ist es, die Steuern zu senken.", "Steuern", "Acc", "Plur"),
    # nouns declined like adjectives: compounds of them, adjectives the dictionary has no noun for
    ("Der Ausländerbeauftragte Meier lobte die Lösung.", "Ausländerbeauftragte", "Nom", "Sing"),
    ("Der Ausländerbeauftragte Meier lobte die Lösung.", "Lösung", "Acc", "Sing"),
    ("Da suchte der sonst so Eloquente eine Erklärung.", "Erklärung", "Acc", "Sing"),
    # a two-way preposition without a verb of motion: the dative
    ("Die Regierung gewährte Hilfen in Höhe von zwei Milliarden Euro.", "Höhe", "Dat", "Sing"),
    ("Der Präsident verlor an Beliebtheit.", "Beliebtheit", "Dat", "Sing"),
    ("Das Gesetz trat im Mai in Kraft.", "Kraft", "Acc", "Sing"),
    ("Die Schadstoffe können die Entwicklung auf Dauer beeinträchtigen.", "Dauer", "Acc", "Sing"),
    # a pronoun the parser makes the subject ("was", "beide") leaves the phrases objects
    ("Die Regierung blieb vage, was die Debatte weiter anheizte.", "Debatte", "Acc", "Sing"),
    ("Die Griechen und die Phönizier, von denen beide die Küsten besiedelten, trieben Handel.", "Küsten", "Acc", "Plur"),
    # a list of bare nouns after a preposition shares its case
    ("Es gab Reduzierungen der Fangmenge von Kabeljau, Seezunge, Scholle und Pollack.", "Scholle", "Dat", "Sing"),
    # after an insertion between commas the clause before goes on: "die" is an article
    ("Sie treffen sich, wobei die Ministerin mit ihrem Kollegen, Minister Steven Ciobo, die ersten Einzelheiten klären wird.",
     "Einzelheiten", "Acc", "Plur"),
    # a subordinate clause starts at its conjunction, a relative clause ends at its comma
    ("Der frühere Präsident Robert Mugabe, der das Land regierte, bis ihn das Militär absetzte, ist gestorben.",
     "Militär", "Nom", "Sing"),
    ("Die Revolution, die 1916 begann, wendete das Blatt.", "Blatt", "Acc", "Sing"),
    # coordinated subjects, also where the parser hangs the second on the first one's name
    ("EU-Kommissarin Cecilia Malmström und der Premierminister Malcolm Turnbull haben die Verhandlungen eröffnet.",
     "Verhandlungen", "Acc", "Plur"),
    # a comma-set apposition's own "und" does not make the subject plural
    ("Edward Snowden, Ex-CIA Hacker und Whistleblower, der zuvor schon Dokumente veröffentlicht hatte, erklärte, "
     "er halte die Dokumente für echt.", "Edward", "Nom", "Sing"),
    # a hyphenated compound is headed by its last part, which has the article
    ("„Wer den Notstand ausruft, fordert nichts anderes“, sagte der CSU-Europaabgeordnete Markus Ferber nach der Abstimmung.",
     "Europaabgeordnete", "Nom", "Sing"),
    # "als" + noun opening the sentence renames the object of a verb of naming
    ("Als Grund für ihren Rücktritt nannte die Ministerin ihre Krankheit.", "Grund", "Acc", "Sing"),
    ("Als Grund für ihren Rücktritt nannte May ihr Scheitern.", "May", "Nom", "Sing"),
    # coordinated singulars are the subject of a plural verb
    ("Religion und Machtkämpfe führen zur Vertreibung.", "Religion", "Nom", "Sing"),
    # a noun after "zum Beispiel" is a phrase of the clause, not an apposition of "Beispiel"
    ("Hat eine Frau zum Beispiel Kleinkinder, kann sie es auch gar nicht.", "Kleinkinder", "Acc", None),
    # a name without article or preposition is seldom dative: the subject
    ("Von der Leyen tritt am 1. November die Nachfolge von Juncker an.", "Nachfolge", "Acc", "Sing"),
    # a dative plural ends in -n (or -s): "vielen" before a singular mass noun is a strong accusative
    ("Liebes Team, vielen Dank für die schnelle Hilfe.", "Dank", "Acc", "Sing"),
    ("Mit vielen Grüßen aus Berlin.", "Grüßen", "Dat", "Plur"),
    ("Der Umbau dauerte einige Zeit.", "Zeit", "Acc", "Sing"),
    # with no article, "-er" before a plural is the genitive plural alone, whatever role the parse gave it
    ("Die Firma will durch die Nutzung neuer Technologien sparen.", "Technologien", "Gen", "Plur"),
    # a noun the tagger called a name keeps its noun's number: one figure, not a plural subject
    ("Der Held wurde durch die Romanfiguren Zorro und Robin Hood sowie die Comicfigur The Shadow beeinflusst.",
     "Comicfigur", "Acc", "Sing"),
]


@pytest.mark.parametrize(("sentence", "word", "case", "number"), CASES)
def test_case_and_number(sentence: str, word: str, case: str, number: str | None) -> None:
    got_case, got_number, _ = features(sentence, word)
    assert got_case == case, f"{word!r} in {sentence!r}: {got_case}"
    if number:
        assert got_number == number, f"{word!r} in {sentence!r}: {got_number}"


def test_dative_or_genitive_after_dank_is_not_sure_when_forms_do_not_tell() -> None:
    """"dank dieser Hilfe": feminine singular looks the same in the genitive and the dative."""
    assert features("Dank dieser Hilfe konnte das Dorf überleben.", "Hilfe") == ("Gen", "Sing", False)


def test_genitive_after_dank_is_sure_when_the_forms_show_it() -> None:
    assert features("Dank des Regens wuchs das Getreide.", "Regens") == ("Gen", "Sing", True)


def test_compound_part_is_as_sure_as_its_compound() -> None:
    _, _, part_sure = features("Der Minister kam mit dem Bundeswehr-Hubschrauber.", "Bundeswehr")
    _, _, head_sure = features("Der Minister kam mit dem Bundeswehr-Hubschrauber.", "Hubschrauber")
    assert part_sure == head_sure is True


def test_the_dative_plural_ending_outweighs_a_parse_that_calls_the_noun_an_object() -> None:
    """"den Bürgern" can only be dative plural, even where the parser took it for the direct object."""
    nlp = load_pipeline()
    doc = Doc(
        nlp.vocab,
        words=["Die", "Regierung", "gab", "den", "Bürgern", "Geld", "."],
        pos=["DET", "NOUN", "VERB", "DET", "NOUN", "NOUN", "PUNCT"],
        heads=[1, 2, 2, 4, 2, 2, 2],
        deps=["det", "nsubj", "ROOT", "det", "obj", "obj", "punct"],
        morphs=["", "", "VerbForm=Fin", "Case=Acc|Number=Sing", "Case=Acc|Gender=Masc|Number=Sing", "", ""],
    )
    correct_morphology(doc)
    assert doc[4].morph.get("Case") == ["Dat"] and doc[4].morph.get("Number") == ["Plur"]


def test_an_infinitive_heading_has_an_object_and_no_subject() -> None:
    """"Kommentar abgeben" under an article: the infinitive has no subject, so the singular noun the
    parser called its subject is its object."""
    nlp = load_pipeline()
    doc = Doc(
        nlp.vocab,
        words=["Kommentar", "abgeben"],
        pos=["NOUN", "VERB"],
        heads=[1, 1],
        deps=["nsubj", "ROOT"],
        morphs=["Case=Nom|Gender=Masc|Number=Sing", "VerbForm=Inf"],
    )
    correct_morphology(doc)
    assert doc[0].morph.get("Case") == ["Acc"]


def test_a_singular_is_no_subject_of_a_plural_verb() -> None:
    """"Bericht lesen sie": the parser's subject "Bericht" cannot agree with "lesen"; it is the object."""
    nlp = load_pipeline()
    doc = Doc(
        nlp.vocab,
        words=["Bericht", "lesen", "sie", "."],
        pos=["NOUN", "VERB", "PRON", "PUNCT"],
        tags=["NN", "VVFIN", "PPER", "$."],
        heads=[1, 1, 1, 1],
        deps=["nsubj", "ROOT", "dep", "punct"],
        morphs=["Case=Nom|Gender=Masc|Number=Sing", "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin", "", ""],
    )
    correct_morphology(doc)
    assert doc[0].morph.get("Case") == ["Acc"]
