"""Case hints on names, one construction per test, on sentences written for these tests: the genitive
-s of a name before or after its noun, and the particle "von der" inside a family name."""

from __future__ import annotations

from tests.test_hint_constructions import case_of


def test_a_genitive_name_before_its_noun_leaves_the_preposition_to_the_noun() -> None:
    text = "Die Journalisten sprachen mit Merkels Ministern über den Haushalt."
    assert case_of(text, "Merkels") == "Genitive"
    assert case_of(text, "Ministern") == "Dative"


def test_a_genitive_name_after_its_noun_is_an_attribute_not_an_apposition() -> None:
    assert case_of("Die Hauptstadt Kenias wächst schnell.", "Kenias") == "Genitive"


def test_a_name_in_close_apposition_is_no_genitive() -> None:
    assert case_of("Die Stadt Paris feiert ihren Bürgermeister.", "Paris") != "Genitive"


def test_the_last_english_word_of_a_name_is_no_genitive() -> None:
    """"Detective Comics", "Fox News": an English word in -s after a name is that name's, not "the
    Detective of comics"."""
    assert case_of("Die Figur erschien 1939 im Magazin Detective Comics.", "Comics") != "Genitive"
    assert case_of("Das berichtete der Sender Fox News am Abend.", "News") != "Genitive"


def test_von_der_inside_a_family_name_is_neither_preposition_nor_article() -> None:
    assert case_of("Viele Abgeordnete stimmten gegen von der Leyen.", "Leyen") == "Accusative"
    assert case_of("Heute besuchte Ursula von der Leyen die Truppe in Litauen.", "Leyen") != "Dative"
    assert case_of("Die Rede von der Kanzlerin war kurz.", "Kanzlerin") == "Dative"
    # after a genitive preposition "von" is the preposition standing in for the genitive
    assert case_of("Er wohnt außerhalb von München.", "München") == "Dative"


def test_a_family_name_after_its_particle_takes_the_case_of_its_role() -> None:
    # the model reads "Von der" as a preposition and its article: a dative it gives no evidence for
    assert case_of("Von der Leyen wurde gestern in Brüssel zur Präsidentin gewählt.", "Leyen") == "Nominative"
    assert case_of("Die Kanzlerin nannte von der Leyen eine gute Wahl.", "Leyen") == "Accusative"
    assert case_of("Viele Abgeordnete haben von der Leyen ihre Stimme gegeben.", "Leyen") == "Dative"
    # an acronym is no given name: "von" is the preposition
    assert case_of("Leslie Wexner, der CEO von L Brands, machte Epstein reich.", "L") == "Dative"


def test_a_name_after_its_title_has_the_title_case() -> None:
    assert case_of("Das bestätigte gestern der neue Bürgermeister Hinnerk Oltmanns im Rathaus.", "Oltmanns") == "Nominative"
    text = "Die Ministerin traf sich mit ihrem Amtskollegen, Außenminister Pekka Haavisto, in Berlin."
    assert case_of(text, "Haavisto") == "Dative"
    assert case_of(text, "Außenminister") == "Dative"


def test_a_name_before_a_verb_is_no_apposition_of_the_noun_before() -> None:
    assert case_of("Niemand weiß, welche Maßnahmen Bremen ergreifen wird.", "Bremen") == "Nominative"


def test_a_genitive_name_before_an_adjective_and_its_noun() -> None:
    text = "Die Kritiker lobten Meyer. Das war einer von Meyers besten Filmen."
    assert case_of(text, "Meyers") == "Genitive"


def test_names_renaming_a_plural_noun_share_its_case() -> None:
    text = "Die Bahn plant eine Trasse zwischen den Städten Arusha und Dodoma im Norden."
    assert case_of(text, "Arusha") == "Dative"
    assert case_of(text, "Dodoma") == "Dative"


def test_a_country_after_its_city_renames_the_city() -> None:
    assert case_of("Sie wurde Ärztin und fand ihre erste Stelle in Kumasi, Ghana.", "Ghana") == "Dative"


def test_a_name_the_lexicon_gives_no_gender_gets_none_from_the_model() -> None:
    """"des Sudan": the model's neuter is a guess (der Sudan is masculine); the hint, its article's
    included, names the case and number only."""
    from reader.nlp import analyze

    tokens = [t for t in analyze("Die Hauptstadt des Sudan ist Khartum.").tokens if t.text in ("des", "Sudan")]
    assert all(not any("neuter" in hint for hint in t.hints) for t in tokens)


def test_a_persons_name_has_no_gender_of_the_word_it_spells() -> None:
    """"Adele Bloch-Bauer": "Bauer" is a masculine noun (farmer), "Adele" an old dative of "Adel"; the
    woman's name has the case of its role and no gender from either."""
    from reader.nlp import analyze

    text = "Das Museum zeigt ein Porträt von Adele Bloch-Bauer aus dem Jahr 1907."
    tokens = [t for t in analyze(text).tokens if t.text in ("Adele", "Bauer")]
    assert tokens and all(not any("masculine" in hint for hint in t.hints) for t in tokens)


def test_a_name_with_the_genitive_s_before_its_noun_is_no_adjective() -> None:
    assert case_of("Er glaubt, dass Goethes Haus bald renoviert wird.", "Goethes") == "Genitive"
    assert case_of("Das Museum zeigt deutsches Essen.", "deutsches") == "Accusative"

