"""Case hints decided by valency and construction, one per test, on sentences written for these tests:
two-way prepositions after verbs of place or direction and in prepositional objects, names of places,
haben with an object, measure accusatives, comparisons after a comparative."""

from __future__ import annotations

from reader.nlp.lang.valency import two_way_case
from tests.test_hint_constructions import case_of, joined


def test_a_two_way_preposition_after_a_verb_of_place_takes_the_dative() -> None:
    assert case_of("Die Dörfer liegen meist auf Hügeln.", "Hügeln") == "Dative"
    assert case_of("Die Schafe stehen auf Weiden.", "Weiden") == "Dative"


def test_a_two_way_preposition_after_a_verb_of_direction_takes_the_accusative() -> None:
    assert case_of("Nach dem Anschlag versetzte die Regierung ihre Polizei in Bereitschaft.", "Bereitschaft") == "Accusative"


def test_a_prepositional_object_takes_the_case_its_verb_or_noun_fixes() -> None:
    assert case_of("Viele Eltern warten seit Monaten auf Antwort.", "Antwort") == "Accusative"
    assert case_of("Die Bürger üben Kritik an Politik und Verwaltung.", "Politik") == "Dative"


def test_a_place_name_without_article_after_in_is_a_location() -> None:
    assert case_of("Er kaufte ein Haus auf Usedom.", "Usedom") == "Dative"
    assert case_of("Die Firma baut ihre neue Fabrik in Leipzig.", "Leipzig") == "Dative"


def test_ueber_before_a_name_is_a_route_or_topic_in_the_accusative() -> None:
    assert case_of("Die Ministerin informierte die Presse über Instagram.", "Instagram") == "Accusative"


def test_haben_is_no_copula_so_its_noun_is_the_object() -> None:
    assert case_of("Die kleine Insel hat etwa 900 Einwohner.", "Einwohner") == "Accusative"


def test_a_counted_noun_before_a_comparative_is_an_accusative_of_measure() -> None:
    text = "Der neue Turm ist zwanzig Meter höher als der alte Dom."
    assert case_of(text, "Meter") == "Accusative"
    assert case_of(text, "Dom") == "Nominative"
    assert case_of("Die Brücke ist fast hundert Jahre alt.", "Jahre") == "Accusative"


def test_a_verb_with_only_a_dative_object_makes_its_object_dative() -> None:
    assert case_of("Die Kinder helfen Nachbarn beim Umzug.", "Nachbarn") == "Dative"


def test_a_plural_beside_a_singular_verb_of_giving_is_the_dative_person() -> None:
    text = "Das ist die erste Stadt, die Touristen verbietet, dort zu campen."
    assert case_of(text, "Touristen") == "Dative"
    assert case_of("Die Polizei gab Entwarnung.", "Entwarnung") == "Accusative"


def test_a_compound_noun_has_the_valency_of_its_last_part() -> None:
    assert two_way_case("auf", "Bombenanschlag", verb=False) == "Acc"
    assert two_way_case("vor", "Todesangst", verb=False) == "Dat"
    assert two_way_case("auf", "Bombe", verb=False) is None
    text = "Drei Tage nach dem Mordanschlag auf Kenias Innenminister Joseph Kamau hat die Polizei zwei Männer festgenommen."
    assert case_of(text, "Innenminister") == "Accusative"


def test_a_noun_s_prepositional_object_keeps_its_case_when_hung_on_a_later_noun() -> None:
    """"Angriffe mit kleinen Drohnen auf Stellungen": the parser hangs "auf Stellungen" on "Drohnen", but
    "Angriff auf" fixes the accusative and says so."""
    text = "Die Zahl der Angriffe mit kleinen Drohnen auf militärische Stellungen stieg."
    assert case_of(text, "Stellungen") == "Accusative"
    assert "fixed by Angriff auf" in joined(text, "Stellungen")
    assert case_of("Die Bilder mit den Kindern auf dem Spielplatz gefielen.", "Spielplatz") == "Dative"


def test_a_prepositional_object_is_explained_by_its_verb_not_as_a_place() -> None:
    assert "fixed by bestehen auf, not a place" in joined("Die Gewerkschaft besteht auf der Erhöhung der Löhne.", "Erhöhung")
    assert "fixed by verzichten auf" in joined("Der Minister verzichtet auf das Amt.", "Amt")
    assert "its case fixed by teilnehmen an; here dative" in joined("Sie nimmt an der Sitzung teil.", "an")
    # no verb fixes the case: a place, and the two-way explanation stays
    assert "location or time" in joined("Das Buch liegt auf dem Tisch.", "Tisch")
    assert "location or time" in joined("Der Präsident starb am Samstag.", "Samstag")


def test_a_verb_phrase_with_a_bare_noun_fixes_its_case() -> None:
    text = "Die Regierung zieht einen Rücktritt in Betracht."
    assert "fixed by in Betracht ziehen" in joined(text, "in")
    assert "location or time" not in joined(text, "Betracht")
    # a phrase with an article is still a place ("in der Stadt wohnen")
    assert "location or time" in joined("Sie wohnt seit Jahren in der Stadt.", "Stadt")
