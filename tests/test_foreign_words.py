"""English inside German news: whole sentences are foreign material, runs of English words are names.

The sentences are written for these tests and run through the whole analysis (shipped pipeline and rules).
"""

from __future__ import annotations

from reader.nlp import analyze


def _tokens(text: str) -> dict:
    return {token.text: token for token in analyze(text).tokens}


def test_an_english_sentence_is_foreign_material_with_nothing_to_learn() -> None:
    tokens = _tokens(
        "Die Grünen veröffentlichten eine Erklärung. The Council has ignored the will of the Parliament again."
    )
    for word in ("Council", "ignored", "will", "the"):
        assert tokens[word].pos == "X" and not tokens[word].learnable and not tokens[word].gloss, word
    assert tokens["Erklärung"].learnable and tokens["Erklärung"].gloss[0] == "statement"


def test_a_run_of_english_words_is_a_name_with_its_case_on_the_first_word() -> None:
    """"Human Rights Watch", "Secretary of State": no "humane", nothing to learn; the case is said once."""
    tokens = analyze("Ein Sprecher von Human Rights Watch traf den Secretary of State in Washington.").tokens
    by_text = {token.text: token for token in tokens}
    for word in ("Human", "Rights", "Watch", "Secretary", "of", "State"):
        assert by_text[word].pos == "PROPN" and not by_text[word].learnable and not by_text[word].gloss, word
    assert any("Dative" in hint for hint in by_text["Human"].hints)
    assert not by_text["Rights"].hints and not by_text["State"].hints


def test_an_english_title_inside_a_german_sentence_is_foreign_material() -> None:
    """"On Computable Numbers with an application to the …": no "Tonga" for "to", no German case for
    "application", no preposition "an"; the German words around it stay German."""
    tokens = _tokens(
        "1937 veröffentlichte Alan Turing seine Arbeit On Computable Numbers with an application to the "
        "Entscheidungsproblem, die berühmt wurde."
    )
    for word in ("On", "Numbers", "with", "an", "application", "to", "the"):
        assert tokens[word].pos == "X" and not tokens[word].gloss and not tokens[word].hints, word
    assert tokens["Arbeit"].pos == "NOUN" and tokens["Entscheidungsproblem"].pos == "NOUN"
    assert _tokens("Er wartet an der Haltestelle in Berlin auf den Bus.")["an"].pos == "ADP"


def test_german_words_from_english_stay_german_words() -> None:
    """"Team", "Job", "Manager" are German too: German uses them as often as English does."""
    tokens = _tokens("Das Team sucht einen Manager für den Job im Park.")
    for word in ("Team", "Manager", "Job", "Park"):
        assert tokens[word].pos == "NOUN" and tokens[word].learnable and tokens[word].gloss, word


def test_a_german_noun_with_its_adjective_before_an_english_name_stays_a_word() -> None:
    tokens = _tokens("Die Freilassung des amerikanischen Rappers Cool Daddy wurde gefeiert.")
    assert tokens["Rappers"].learnable and tokens["Rappers"].gloss


def test_a_lone_word_the_tagger_calls_foreign_is_no_english_name() -> None:
    """The heading "# Evolution" tagged foreign material (FM): a name in English has two words at least,
    so "Evolution" stays the German noun there and in every sentence after it."""
    tokens = analyze("# Evolution\n\nDie Evolution der Arten dauert lange. Er erforscht die Evolution.").tokens
    evolution = [token for token in tokens if token.text == "Evolution"]
    assert len(evolution) == 3
    for token in evolution:
        assert token.pos == "NOUN" and token.learnable and token.gloss[0] == "evolution"


def test_a_german_noun_with_its_article_is_no_word_of_an_english_name_elsewhere() -> None:
    """"the Knickerbocker Base Ball Club" is a name in English; "einen Ball" in German is the ball."""
    tokens = analyze("Der Werfer wirft einen Ball zum Schläger. Die Regeln schrieb der Knickerbocker Base Ball Club.").tokens
    ball = next(token for token in tokens if token.text == "Ball")
    assert ball.pos == "NOUN" and ball.gloss[0] == "ball"


def test_a_word_a_language_s_adjective_cites_is_that_language_s() -> None:
    """"(englisch film ‚Häutchen‘)": no German verb "film"; "spricht englisch und …" cites nothing."""
    cited = _tokens("Der Begriff Film (englisch film ‚Häutchen‘) bezeichnet das Material.")
    assert cited["film"].pos == "X" and not cited["film"].gloss and not cited["film"].learnable
    assert _tokens("Das Wort Geschwindigkeit (lateinisch velocitas) ist alt.")["velocitas"].pos == "X"
    assert _tokens("Er spricht, englisch und französisch, mit allen.")["und"].pos == "CCONJ"
    etymology = _tokens("Backbord geht auf die Rückseite zurück (engl. back, mnd. bak).")
    assert etymology["back"].pos == "X" and etymology["bak"].pos == "X"  # no "forecastle"
