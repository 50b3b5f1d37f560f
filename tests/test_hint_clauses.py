"""Grammar hints that depend on reading a clause right, one construction per test, on sentences written for
these tests: participle clauses, a passive participle the tagger took for an adverb, a copula hung on the
subject, a list sharing its first noun's article, a noun after "vor allem", intervals of time, adjectives
of a name, "sich lassen" with an infinitive, copular clauses side by side, a relative clause in the
first field."""

from __future__ import annotations

from tests.test_hint_constructions import _token, case_of, hints, joined


def test_a_participle_after_a_comma_with_its_agent_is_a_participle_clause() -> None:
    """"…, verursacht durch den Wind": the participle of a passive set beside the main clause, not a second
    finite verb in the present; opening the sentence too. A finite verb with its object stays one."""
    text = "Die Wellen steigen und fallen, verursacht durch den Wind."
    assert hints(text, "verursacht")[0].startswith("Partizip II of verursachen ('caused')")
    assert not any("Präsens" in hint for hint in hints(text, "verursacht"))
    assert not any("Präsens" in hint for hint in hints("Verursacht durch einen Sturm, stürzte der Baum um.", "Verursacht"))
    # "war groß, verursacht …": no state passive "war … verursacht"
    assert not any("passive" in hint for hint in hints("Der Schaden war groß, verursacht von einem Sturm.", "war"))
    assert any("present tense of verfügen" in hint for hint in hints("Die Stadt liegt am Meer, verfügt über einen Hafen.", "verfügt"))


def test_a_participle_the_tagger_took_for_an_adverb_before_werden_is_the_passive() -> None:
    """"…, wie stark der Preis durch den Markt bestimmt wird": no adverb completes werden, so "bestimmt" is
    the participle (determined), not "certainly"; with a predicate before werden it stays the adverb."""
    token = _token("Niemand weiß, wie stark der Preis durch den Markt bestimmt wird.", "bestimmt")
    assert token.pos == "VERB" and token.gloss[0] == "to determine"
    text = "Niemand weiß, ob der Preis durch den Markt bestimmt wird."
    assert any("subject of the passive bestimmen" in hint for hint in hints(text, "Preis"))
    assert _token("Ich weiß, dass es bestimmt besser wird.", "bestimmt").gloss[0] == "certainly"


def test_a_present_form_before_a_comma_and_dass_is_the_main_clause_verb() -> None:
    """"Die Satzung bestimmt, dass …": the main clause needs a finite verb, and the form right after its first
    phrase, with the clause it governs after the comma, is that verb (not the adverb "certainly")."""
    token = _token("Die Satzung bestimmt, dass Ausschüsse zu bilden sind.", "bestimmt")
    assert token.pos == "VERB" and token.gloss[0] == "to determine"


def test_a_copula_hung_on_the_subject_belongs_to_the_predicate() -> None:
    """"Wegen seiner Größe ist Kanada das zweitgrößte Land der Welt": the predicate noun after sein is a
    nominative, wherever the parser hung the copula."""
    text = "Hinsichtlich seiner Größe ist Kanada das zweitgrößte Land der Welt."
    assert case_of(text, "Land") == "Nominative"
    assert any("predicate noun after sein" in hint for hint in hints(text, "Land"))


def test_a_noun_declined_like_an_adjective_shares_its_list_s_article() -> None:
    """"Die Lehrer und Studierenden streiken": the bare second noun shares "die", so it is a nominative
    plural, not the strong accusative singular its ending alone would say; "mit dem Lehrer und
    Abgeordneten" shares "dem", one person in the dative."""
    text = "Die Lehrer und Studierenden streiken heute."
    assert joined(text, "Studierenden").startswith("Nominative plural")
    assert _token(text, "Studierenden").gloss[0] == "students"
    assert joined("Er sprach lange mit dem Lehrer und Abgeordneten.", "Abgeordneten").startswith("Dative singular")
    assert _token("Die Lehrer und Studierende streiken heute.", "Studierende").gloss[0] == "students"


def test_the_noun_after_a_fixed_adverb_keeps_its_place_in_the_sentence() -> None:
    """"der Sonne und vor allem des Mondes": "vor allem" is an adverb; the genitive belongs to the noun
    before, joined with "der Sonne", not a group "allem" is part of."""
    text = "Die Flut folgt der Anziehung der Sonne und vor allem des Mondes."
    assert not any("part of" in hint for hint in hints(text, "Mondes"))
    assert any("joined with Sonne" in hint for hint in hints(text, "Mondes"))


def test_alle_before_a_count_of_time_is_every_and_the_time_no_object() -> None:
    """"alle zehn Minuten", "alle paar Tage", "alle sechs bis acht Stunden": every; the time is an
    accusative of time, not the verb's object; "alle vier Kinder" stays all."""
    for text, unit in (
        ("Die Busse fahren alle zehn Minuten.", "Minuten"),
        ("Er kommt alle paar Tage vorbei.", "Tage"),
        ("Die Flut kommt alle sechs bis acht Stunden.", "Stunden"),
    ):
        assert _token(text, "alle").gloss[0] == "every", text
        assert any("time or measure" in hint for hint in hints(text, unit)), text
    assert _token("Alle vier Kinder schlafen.", "Alle").gloss[0] == "all"


def test_a_one_word_heading_that_is_a_common_noun_is_no_name() -> None:
    """"# Hochwasser": alone, the tagger calls it a name; the dictionary has it as a noun and knows no
    such name, so it is glossed and learnable. "# Indien" stays a name."""
    token = _token("# Hochwasser", "Hochwasser")
    assert token.pos == "NOUN" and token.gloss and token.learnable
    assert not _token("# Indien", "Indien").learnable


def test_a_date_in_brackets_after_a_noun_renames_nothing() -> None:
    """"500.000 Einwohner (Mai 2020)": the bracket says when the number held, it is no other name for the
    inhabitants."""
    assert not any("renames" in hint for hint in hints("Die Stadt hat 500.000 Einwohner (Mai 2020) und wächst.", "Mai"))
    assert any("renames" in hint for hint in hints("Die Stadt hat 500.000 Einwohner (die Bürger) und wächst.", "Bürger"))


def test_a_phrase_inside_an_attribute_after_und_leaves_the_noun_to_the_list() -> None:
    """"In Seen und von Gezeiten abhängigen Flüssen": the rivers are the second place (dative after "in"),
    the tides belong to "abhängigen"; "in der Stadt und auf dem Land neue Freunde" keeps its object."""
    text = "In Seen und von Gezeiten abhängigen Flüssen steigt das Wasser."
    assert any("Dative after in" in hint for hint in hints(text, "Flüssen"))
    assert any("Dative after von" in hint for hint in hints(text, "Gezeiten"))
    assert any("direct object of finden" in hint for hint in hints("Er fand in der Stadt und auf dem Land neue Freunde.", "Freunde"))


def test_what_lauten_names_is_a_nominative_predicate() -> None:
    """"Sein Name lautet Tamar": lauten has no object; the name after it is the predicate (nominative),
    also where the parser hung it on the phrase before it ("lautet in der Landessprache Sakartwelo")."""
    assert joined("Sein Name lautet Tamar.", "Tamar").startswith("Nominative")
    text = "Der Name des Landes lautet in der Landessprache Sakartwelo."
    assert any("predicate noun after lauten" in hint for hint in hints(text, "Sakartwelo"))
    assert any("renames" in hint for hint in hints("Er wohnt seit Jahren in der Stadt Bonn.", "Bonn"))


def test_a_relative_clause_is_about_the_nearest_noun_its_pronoun_may_agree_with() -> None:
    """"… wird der Zustand von Flüssen genannt, bei dem …": "dem" is masculine or neuter whatever gender the
    model picked, so the clause is about "Zustand", not about a name further back that fits any pronoun."""
    text = "Das Maß (kurz Q) wird der Zustand von Flüssen genannt, bei dem ihr Wasser steigt."
    assert any("Relative clause about Zustand" in hint for hint in hints(text, "steigt"))


def test_the_name_in_the_passive_of_nennen_is_no_second_subject() -> None:
    """"Die Stadt wurde später Byzanz genannt": two nominatives; the one with its article is the subject,
    the bare name what it is called."""
    text = "Die Stadt wurde später Byzanz genannt."
    assert any("what the subject is called" in hint for hint in hints(text, "Byzanz"))
    assert any("subject of the passive nennen" in hint for hint in hints(text, "Stadt"))


def test_a_relative_pronoun_points_back_past_a_plural_it_cannot_agree_with() -> None:
    """"ein Organ bei Fischen und Vögeln, in dem …": "dem" is singular, so the clause is about the organ
    (neuter), not the birds before the comma; "ein Raum neben den Ställen, in dem …" is about the room."""
    assert joined("Es ist ein Organ bei Fischen und Vögeln, in dem das Futter gespeichert wird.", "dem").startswith("Dative singular, neuter")
    assert joined("Das ist ein Raum neben den Ställen und Scheunen, in dem das Heu lagert.", "dem").startswith("Dative singular, masculine")


def test_an_attribute_opened_by_a_contraction_and_closed_by_a_comma_is_the_noun_s() -> None:
    """"den Weg zum zentral regierten, modernen Staat": no past tense of regieren with the state as its
    subject; the country is the subject, the way the object, the state a dative after zum (weak endings
    after the article inside it)."""
    text = "Unter seiner Regierung schlug das Land den Weg zum zentral regierten, modernen Staat ein."
    assert any("subject of einschlagen" in hint for hint in hints(text, "Land"))
    assert any("direct object of einschlagen" in hint for hint in hints(text, "Weg"))
    assert joined(text, "Staat").startswith("Dative singular")
    assert not any("Präteritum" in hint for hint in hints(text, "regierten"))


def test_a_cited_latin_name_in_brackets_is_no_verb_of_the_sentence() -> None:
    """"Die Harnblase (lateinisch Vesica urinaria) ist ein Organ": the Latin words are foreign, and the
    sentence is about the bladder being an organ (both nominative), not an object of "urinaria"."""
    text = "Die Gallenblase (lateinisch Vesica biliaris, griechisch cholecystis) ist ein Organ bei Tieren."
    assert _token(text, "biliaris").pos == "X"
    assert joined(text, "Gallenblase").startswith("Nominative")
    assert any("predicate noun after sein" in hint for hint in hints(text, "Organ"))


def test_a_zu_infinitive_tagged_a_participle_is_no_participle_clause() -> None:
    text = "Die Wahl veranlasste sieben Staaten, aus der Union auszutreten und einen Bund zu bilden."
    assert not any("Partizip II" in hint for hint in hints(text, "auszutreten"))


def test_capitalised_adjectives_of_a_name_after_its_article_are_adjectives() -> None:
    """"innerhalb des Heiligen Römischen Reiches": "Heiligen" is the name's adjective (holy), not the noun
    "saint" with the empire its genitive; the article is the empire's, a neuter genitive. "dem Kranken
    warmen Tee" keeps its noun: the parser gave the tea a phrase of its own."""
    text = "Das Elsass lag lange innerhalb des Heiligen Römischen Reiches."
    heilig = _token(text, "Heiligen")
    assert heilig.pos == "ADJ" and heilig.gloss[0] == "holy"
    assert joined(text, "Reiches").startswith("Genitive singular, neuter")
    assert "Article of Reiches: genitive singular, neuter" in joined(text, "des")
    text = "Es lag zwischen dem Heiligen Römischen Reich und Frankreich."
    assert case_of(text, "Reich") == "Dative" and _token(text, "Römischen").pos == "ADJ"
    assert _token("Er gab dem Kranken warmen Tee.", "Kranken").pos == "NOUN"


def test_a_phrase_after_a_conjunction_is_a_conjunct_not_an_apposition() -> None:
    """"dem Heiligen Römischen Reich bzw. Deutschen Reich": what "bzw." opens is a second term of the
    same phrase, in its case, with its adjective declined after the shared article, not a renaming."""
    text = "Das Land lag zwischen dem Heiligen Römischen Reich bzw. Deutschen Reich und Frankreich."
    second = hints(text, "Reich", 1)
    assert not any("renames" in hint for hint in second)
    assert second[0].startswith("Dative singular")
    assert any("weak declension after dem" in hint for hint in hints(text, "Deutschen"))


def test_sich_lassen_with_an_infinitive_has_the_thing_as_its_subject() -> None:
    """"lässt sich die Wortbedeutung nicht fassen": the meaning cannot be pinned down, a nominative subject of
    lassen, not the object of fassen; the hint says "can be". A person who has something done keeps the
    object ("lässt sich die Haare schneiden")."""
    text = "Seit der Trennung lässt sich die Wortbedeutung nicht mehr eindeutig fassen."
    assert joined(text, "Wortbedeutung").startswith("Nominative singular")
    assert any("subject of lassen" in hint for hint in hints(text, "Wortbedeutung"))
    assert any(hint.startswith("sich lassen + infinitive (lässt sich … fassen): 'can be …'") for hint in hints(text, "lässt"))
    text = "Man unterscheidet Gruppen, wobei sich nicht alle Kirchen in dieses Schema einordnen lassen."
    assert case_of(text, "Kirchen") == "Nominative"
    text = "Das Problem lässt sich leicht lösen."
    assert not any("Reflexive verb: sich lösen" in hint for hint in hints(text, "lösen"))
    assert not any("sich lassen" in hint for hint in hints("Der Minister ließ sich nicht beirren.", "ließ"))


def test_two_copular_clauses_after_a_comma_keep_their_own_subjects() -> None:
    """"Sein Vater war Pfarrer des Dorfes, sein Großvater … war Politiker": two clauses side by side; the
    grandfather is the second clause's subject, not a renaming of the pastor, nor the pastor a subject."""
    text = "Sein Vater war Pfarrer des Dorfes, sein Großvater Ulrich Dürrenmatt war Politiker."
    assert any("predicate noun after sein" in hint for hint in hints(text, "Pfarrer"))
    assert any("subject of sein" in hint for hint in hints(text, "Großvater"))
    text = "Ihre Mutter war Lehrerin in der Stadt, ihr Onkel Karl Weber war Arzt."
    assert any("predicate noun after sein" in hint for hint in hints(text, "Lehrerin"))
    assert not any("renames" in hint for hint in hints(text, "Onkel"))
    assert any("subject of sein" in hint for hint in hints(text, "Onkel"))


def test_a_bare_noun_in_a_list_after_ein_is_singular() -> None:
    """"ein Schweizer Schriftsteller, Dramatiker und Maler": one person, each noun sharing "ein"; "die Lehrer
    und Schüler" stay plural."""
    text = "Er war ein Schweizer Schriftsteller, Dramatiker und Maler."
    assert joined(text, "Dramatiker").startswith("Nominative singular")
    assert joined(text, "Maler").startswith("Nominative singular")
    assert joined("Die Lehrer und Schüler kamen.", "Schüler").startswith("Nominative plural")


def test_a_relative_clause_in_the_first_field_is_not_the_main_clause() -> None:
    """"Die meisten Kirchen, zu denen … zählen, sind keine Freikirchen": the verb right after the comma that
    closes the relative clause is the main clause's, so the churches are the subject of sein and the
    predicate "keine Freikirchen" a nominative; the list inside is zählen's subject."""
    text = (
        "Die meisten alten Kirchen, zu denen die Katholische Kirche, die Lutherische Kirche und verwandte"
        " kleine Kirchen zählen, sind nach ihrem Verständnis keine Freikirchen."
    )
    assert any("subject of sein" in hint for hint in hints(text, "Kirchen"))
    assert case_of(text, "Freikirchen") == "Nominative"
    assert any("subject of zählen" in hint for hint in hints(text, "Kirche"))
    assert not any("renames" in hint for hint in hints(text, "Kirche"))
    assert any("subject of zählen" in hint for hint in hints(text, "Kirchen", 1))
    assert any("Relative clause about Kirchen" in hint for hint in hints(text, "zählen"))


def test_a_relative_clause_hung_on_its_noun_as_a_renaming_is_its_relative_clause() -> None:
    """"Die Mauer, die zuerst eine Konstruktion aus Holz war, …": the predicate of the relative clause does
    not rename the wall; it is a predicate noun after sein in a clause about the wall."""
    text = "Die Mauer, die zuerst eine reine Konstruktion aus Holz war, wurde später ersetzt."
    assert not any("renames" in hint for hint in hints(text, "Konstruktion"))
    assert any("predicate noun after sein" in hint for hint in hints(text, "Konstruktion"))


def test_a_one_syllable_thing_with_an_en_plural_declines_strongly_in_the_singular() -> None:
    """"die Trennung von Kirche und Staat": "Staat" (des Staates, die Staaten) is no weak noun like
    "Präsident", so its bare singular may be a dative, joined with "Kirche" after "von"; a weak noun's
    bare singular is still the nominative one ("Präsident Macron sprach")."""
    assert case_of("Er forderte die Trennung von Kirche und Staat.", "Staat") == "Dative"
    assert case_of("Er sprach über Schmerz und Angst.", "Schmerz") == "Accusative"
    assert case_of("Gestern sprach Präsident Macron lange.", "Präsident") == "Nominative"


def test_a_relative_pronoun_subject_points_back_to_the_noun_of_its_verb_s_number() -> None:
    """"eine Bezeichnung für Lebensformen, die nicht von der Erde stammen": "stammen" is plural, so "die" is
    the plural forms of life, not the singular name the parser hung the clause on; "die Tochter der Nachbarn,
    die in Berlin wohnt" stays the daughter's."""
    text = "Außerirdische ist eine Bezeichnung für Lebensformen, die nicht von der Erde stammen."
    assert any("Relative clause about Lebensformen" in hint for hint in hints(text, "stammen"))
    assert joined(text, "die").startswith("Nominative plural")
    text = "Das ist die Tochter der Nachbarn, die in Berlin wohnt."
    assert any("Relative clause about Tochter" in hint for hint in hints(text, "wohnt"))


def test_of_two_nominatives_of_sein_the_one_after_it_is_the_predicate() -> None:
    """"Die Funktionen der Blätter sind Photosynthese (…) und Transpiration (…)": a clause has one subject;
    the noun after "sind", with the subject before it, is what is said of it."""
    text = (
        "Die ursprünglichen Funktionen der Blätter sind Photosynthese (Aufbau von Stoffen mit Hilfe von Licht) und"
        " Transpiration (Wasserverdunstung, ist wichtig für Nährstoffaufnahme und -transport)."
    )
    assert any("subject of sein" in hint for hint in hints(text, "Funktionen"))
    assert any("predicate noun after sein" in hint for hint in hints(text, "Photosynthese"))
