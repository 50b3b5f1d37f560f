"""Grammar hints a learner can trust, one construction per test, on sentences written for these tests:
participles used as adjectives, the subject found by agreement, declension, prepositions that are
none, clause edges, wording, and sentence splitting."""

from __future__ import annotations

import functools

from reader.nlp import analyze

CASES = ("Nominative", "Accusative", "Dative", "Genitive")


@functools.cache
def _analysis(text: str):
    return analyze(text)


def hints(text: str, word: str, nth: int = 0) -> list[str]:
    tokens = [t for t in _analysis(text).tokens if t.text == word]
    assert len(tokens) > nth, f"{word!r} not in {text!r}"
    return tokens[nth].hints


def _token(text: str, word: str):
    return next(t for t in _analysis(text).tokens if t.text == word)


def case_of(text: str, word: str) -> str | None:
    """The case a learner reads: the first case named in the noun's hints."""
    for hint in hints(text, word):
        for case in CASES:
            if case.lower() in hint.lower():
                return case
    return None


def joined(text: str, word: str, nth: int = 0) -> str:
    return " | ".join(hints(text, word, nth))


# ------------------------------------------------------------ participles and adjectives


def test_an_inflected_participle_before_its_noun_is_an_adjective_from_the_verb() -> None:
    text = "Der neu gestaltete Stand zog viele Besucher an."
    got = joined(text, "gestaltete")
    assert "past participle of gestalten, used as an adjective" in got.lower()
    assert "Präteritum" not in got


def test_a_present_participle_before_its_noun_is_an_adjective() -> None:
    got = joined("Die steigenden Preise belasten die Familien.", "steigenden")
    assert "present participle of steigen" in got.lower() and "Präsens" not in got


def test_the_same_form_in_second_place_stays_a_finite_verb() -> None:
    got = joined("Gestern erstellten Experten einen neuen Bericht.", "erstellten")
    assert got.startswith("Präteritum")


def test_a_noun_made_from_an_adjective_declines_like_one() -> None:
    text = "Der Abgeordnete sprach lange, die Vorsitzende schwieg."
    assert joined(text, "Abgeordnete").startswith("Nominative singular, masculine (der Abgeordnete)")
    assert joined(text, "Vorsitzende").startswith("Nominative singular, feminine (die Vorsitzende)")
    assert case_of("Die Regierung untersagte Abgeordneten den Zugang.", "Abgeordneten") == "Dative"


def test_a_noun_made_from_an_adjective_shows_its_singular_after_the_article() -> None:
    """The dictionary's strong form ("Beamter") is no word after der; its plural names men and women alike;
    a feminine the dictionary lists beside its strong masculine ("Lehrende", "Lehrender") is one too."""
    assert joined("Er sprach mit dem Beamten.", "Beamten").startswith("Dative singular, masculine (der Beamte)")
    assert joined("Die Angestellten streiken.", "Angestellten").startswith("Nominative plural noun (der/die Angestellte)")
    assert "(der/die Verletzte)" in joined("Zwei Verletzte kamen ins Krankenhaus.", "Verletzte")
    assert joined("Der Lehrende kam spät.", "Lehrende").startswith("Nominative singular, masculine")


def test_a_finite_verb_is_no_attribute_of_the_noun_after_it() -> None:
    text = "Er hatte angeklagt, das Land führe Krieg gegen den Islam."
    assert joined(text, "führe").startswith("Präsens, Konjunktiv I")
    assert case_of(text, "Land") == "Nominative" and case_of(text, "Krieg") == "Accusative"


def test_bin_inside_a_name_is_no_verb() -> None:
    text = "Der Terrorist Osama bin Laden hat zu Anschlägen aufgerufen."
    assert joined(text, "hat").startswith("Perfekt with haben")
    assert not hints(text, "bin")


def test_an_article_before_an_extended_attribute_belongs_to_the_noun_after_it() -> None:
    text = "Die von der Behörde getroffenen Maßnahmen werden kritisiert."
    assert case_of(text, "Maßnahmen") == "Nominative"
    assert case_of("Die Polizei fand ihn im drei Kilometer nördlich gelegenen Dorf.", "Dorf") == "Dative"
    assert case_of("Die 16 Länder mit den schlechten Ergebnissen reagierten.", "Länder") == "Nominative"


def test_a_modal_in_e_is_konjunktiv_i_whatever_its_subject() -> None:
    assert joined("Nach dem Plan könne die Region eine eigene Verfassung erhalten.", "könne").startswith("Präsens, Konjunktiv I")


def test_two_clauses_joined_by_und_keep_their_own_finite_verbs() -> None:
    text = "So wurde er zum Prinzen von Anhalt und hat inzwischen weitere Männer adoptiert."
    assert joined(text, "hat").startswith("Perfekt with haben: hat … adoptiert")
    assert "Futur II" not in joined(text, "wurde")


def test_an_auxiliary_after_a_subordinating_conjunction_belongs_to_its_own_clause() -> None:
    text = "Sollten die Verhandlungen scheitern, bleiben nur Neuwahlen, da keine Koalition eine Mehrheit hätten."
    assert joined(text, "bleiben").startswith("Präsens: bleiben")
    assert "Plusquamperfekt" not in joined(text, "hätten")


def test_sein_with_a_zu_infinitive_is_no_state_passive() -> None:
    text = "Der Sender war in ganz Europa zu empfangen."
    assert joined(text, "war").startswith("Präteritum") and "passive" not in joined(text, "war")
    assert "state passive" in joined("Das Haus war schon lange verlassen.", "war")


def test_a_participle_after_a_genitive_name_is_an_adjective_of_the_noun() -> None:
    """"Gongadses verstümmelte Leiche": mutilated, no Präteritum; the passive is wurde … gefunden."""
    text = "2000 wurde Gongadses verstümmelte Leiche in einem Wald gefunden."
    assert "used as an adjective" in joined(text, "verstümmelte") and "Präteritum" not in joined(text, "verstümmelte")
    assert "werden-passive" in joined(text, "wurde")


# ------------------------------------------------------------ subject by agreement


def test_a_noun_after_a_comma_right_before_its_finite_verb_is_that_clause_s_subject() -> None:
    text = "Viele Abgeordnete stimmten dafür, es gab 20 Gegenstimmen, 19 Abgeordnete enthielten sich."
    assert case_of(text, "Abgeordnete") == "Nominative"
    assert "enthalten" in " ".join(hints(text, "Abgeordnete", nth=1)) and case_of(text, "Gegenstimmen") == "Accusative"


def test_the_noun_phrase_agreeing_with_the_verb_is_the_subject() -> None:
    text = "Die Adern treten hervor, ihre Hände zittern."
    assert case_of(text, "Hände") == "Nominative"


def test_the_subject_of_a_werden_passive_is_nominative() -> None:
    text = "Es ist unklar, ob die Grenzwerte überschritten werden."
    assert case_of(text, "Grenzwerte") == "Nominative"
    assert "time or measure" not in joined(text, "Grenzwerte")


# ------------------------------------------------------------ declension


def test_a_contraction_carries_its_article_so_the_adjective_declines_weakly() -> None:
    got = joined("Im nächsten Jahr steigen die Preise.", "nächsten")
    assert "weak declension after im" in got.lower() and "strong" not in got.lower()


def test_after_a_quantifier_the_adjective_declines_strongly() -> None:
    assert "strong declension after viele" in joined("Viele neue Gesetze treten in Kraft.", "neue").lower()
    assert "strong declension" in joined("Die Stadt hat drei neue Schulen gebaut.", "neue").lower()


def test_bis_between_two_adjectives_or_numbers_is_a_range_not_the_noun_s_preposition() -> None:
    """"leichte bis mittelschwere Verletzungen": both adjectives describe the noun, the object; "zwei bis drei
    Leute" the subject; a preposition of the phrase stays its own ("bei 20 bis 25 Grad", "um 3 bis 4 Prozent")."""
    text = "Bei dem Unfall erlitten drei Menschen leichte bis mittelschwere Verletzungen."
    assert _token(text, "leichte").pos == "ADJ" and "after bis" not in joined(text, "Verletzungen")
    assert "direct object of erleiden" in joined(text, "Verletzungen") and "subject of erleiden" in joined(text, "Menschen")
    assert _token(text, "bis").gloss[0] == "to"
    assert "subject of kommen" in joined("Es kamen zwei bis drei Leute.", "Leute")
    assert "after bei" in joined("Die Temperatur liegt bei 20 bis 25 Grad.", "Grad")
    assert "after um" in joined("Die Bevölkerung wuchs um 3 bis 4 Prozent.", "Prozent")
    assert "after bis" in joined("Er arbeitete bis späte Nacht.", "Nacht")


def test_a_bare_conjunct_in_the_first_one_s_number_shares_its_article() -> None:
    """"der … Dichter, Schriftsteller und Journalisten": all genitive; "die Lage der Weltwirtschaft und
    Hilfen für …": a plural after a singular is no genitive of its own."""
    text = "Heine war einer der bedeutendsten Dichter, Schriftsteller und Journalisten seiner Zeit."
    assert joined(text, "Schriftsteller").startswith("Genitive plural")
    assert joined(text, "Journalisten").startswith("Genitive plural")
    text = "Die Minister wollen die Lage der Weltwirtschaft und Hilfen für die Länder erörtern."
    assert not joined(text, "Hilfen").startswith("Genitive")


def test_an_article_before_the_number_decides_the_declension() -> None:
    got = joined("Bochum gehört zu den 20 größten Städten des Landes.", "größten").lower()
    assert "weak declension after den" in got and "strong" not in got


def test_an_article_the_parser_hung_on_the_verb_is_its_noun_s_across_adverbs_and_nicht() -> None:
    text = "Er verlieh der Literatur eine zuvor nicht gekannte, elegante Leichtigkeit."
    assert joined(text, "eine").startswith("Article of Leichtigkeit: accusative singular")
    assert "no article" not in joined(text, "elegante")


def test_a_name_with_the_genitive_s_after_its_noun_belongs_to_the_noun() -> None:
    text = "Die Eigenständigkeit Taiwans ist bedroht."  # the parser heads the phrase by the name
    assert joined(text, "Taiwans").startswith("Genitive singular") and "belongs to Eigenständigkeit" in joined(text, "Taiwans")
    assert joined(text, "Die").startswith("Article of Eigenständigkeit: nominative singular")
    hyphened = "Er kritisierte die Politik Saudi-Arabiens scharf."  # a hyphenated name's first part opens it
    assert "belongs to Politik" in joined(hyphened, "Arabiens")


def test_a_preposition_before_mehr_als_governs_the_noun_counted() -> None:
    assert joined("Reuters sprach von mehr als 70 Zivilisten.", "Zivilisten").startswith("Dative plural")
    assert "Dative after mit" in joined("Mit weniger als 20 Stimmen verlor er die Wahl.", "Stimmen")
    assert case_of("Er gewann mit mehr als der Hälfte der Stimmen.", "Hälfte") == "Dative"


def test_the_noun_after_mehr_als_takes_the_role_the_parser_gave_mehr() -> None:
    assert "subject of leben" in joined("Mehr als 600 Bären leben in der Umgebung.", "Bären")
    assert case_of("Weniger als 20 Abgeordnete stimmten dagegen.", "Abgeordnete") == "Nominative"


# ------------------------------------------------------------ words that are not prepositions here


def test_ueber_before_a_number_means_more_than() -> None:
    text = "Über 50 Menschen kamen zu der Kundgebung."
    got = joined(text, "Über")
    assert "more than" in got and "takes the" not in got and "Two-way" not in got


def test_mit_without_a_noun_phrase_gets_no_case() -> None:
    assert not any("dative" in h.lower() for h in hints("Der Minister war bei dem Treffen mit dabei.", "mit"))


def test_um_of_um_zu_gets_no_case() -> None:
    assert not any("accusative" in h.lower() for h in hints("Er kam, um zu helfen.", "um"))


def test_a_preposition_that_opens_a_zu_infinitive_governs_no_case() -> None:
    """"anstatt die Beiträge zu senken": the noun is the infinitive's object, no genitive after anstatt."""
    text = "Die Kassen haben Schulden abgebaut, anstatt die Beiträge zu senken."
    assert case_of(text, "Beiträge") == "Accusative"
    assert case_of("Statt des Ministers kam sein Sprecher.", "Ministers") == "Genitive"


def test_an_adverb_the_tagger_called_a_pronoun_gets_no_case() -> None:
    """"die jeweils die Hälfte tragen": jeweils (each) is an adverb, no "Nominative singular"."""
    text = "Arbeitnehmer und Arbeitgeber, die jeweils die Hälfte tragen, zahlen mehr."
    assert not any(case in joined(text, "jeweils") for case in CASES)
    assert case_of("Man weiß es nicht genau.", "Man") == "Nominative"


# ------------------------------------------------------------ clause edges


def test_coordinated_subordinate_clauses_stay_subordinate() -> None:
    text = "Er wusste nicht, ob die Preise steigen und die Löhne sinken."
    got = joined(text, "sinken")
    assert "subordinate clause with ob" in got.lower() and "verb second" not in got.lower()
    assert got.startswith("Präsens")


def test_reflexive_sich_belongs_to_its_own_verb() -> None:
    text = "Die Partei verlor die Wahl und einigte sich mit den Grünen."
    assert "sich einigen" in joined(text, "einigte")
    assert "reflexive" not in joined(text, "verlor").lower()


def test_a_verb_the_dictionary_never_writes_with_sich_gets_no_reflexive_hint() -> None:
    """"ein sich … veränderndes China habe …" with "sich" hung on "habe": there is no "sich haben"."""
    text = "Die Kommissarin sagte, ein sich sehr schnell veränderndes China habe dennoch Bedenken."
    assert "reflexive" not in joined(text, "habe").lower()
    assert "sich erhöhen" in joined("Sie sagte, dass sich die Zahl erhöht habe.", "erhöht")


# ------------------------------------------------------------ wording


def test_the_subject_after_the_verb_is_a_noun_not_a_coordinated_verb() -> None:
    text = "Am Montag verlor der Papst das Bewusstsein und starb."
    got = joined(text, "verlor")
    assert "subject papst follows" in got.lower() and "und starb" not in got


def test_the_long_two_way_explanation_comes_once_per_sentence() -> None:
    text = "Die Minister trafen sich in der Hauptstadt auf einer Konferenz an der Küste."
    long_form = "for location or time (where? when?)"
    count = sum(long_form in h for t in _analysis(text).tokens for h in t.hints)
    assert count == 1


def test_a_markdown_heading_is_a_title_without_hints_on_its_marks() -> None:
    text = "# Die Wahl in Berlin\n\nDie Wahl beginnt am Sonntag."
    analysis = _analysis(text)
    assert analysis.sentences[0].text == "# Die Wahl in Berlin"
    assert hints(text, "#") == []


def test_a_markdown_heading_is_a_nominative_phrase_headed_by_its_noun() -> None:
    """"# Deutsches Eck": a title is a phrase with no verb, so a nominative; its capitalised adjective is
    the noun's (strong, for no article stands before it), not a genitive "belonging to #"; the blank line
    after the title is no word it hangs on."""
    text = "# Deutsches Eck\n\nDas Deutsche Eck ist bekannt."
    deutsches = _token(text, "Deutsches")
    assert deutsches.pos == "ADJ" and deutsches.gloss[0] == "German"
    assert "Adjective agreeing with Eck: nominative singular, neuter" in joined(text, "Deutsches")
    assert not any("#" in hint for hint in hints(text, "Deutsches"))
    text = "## Traditionelle Kategorien von Kirchen\n\nEs gibt drei."
    assert _token(text, "Traditionelle").pos == "ADJ"
    assert joined(text, "Kategorien").startswith("Nominative plural")
    assert case_of("# Die Wahl in Berlin\n\nDie Wahl beginnt am Sonntag.", "Wahl") == "Nominative"


# ------------------------------------------------------------ sentence splitting


def sentences(text: str) -> list[str]:
    return [s.text for s in _analysis(text).sentences]


def test_a_regnal_number_does_not_end_the_sentence() -> None:
    assert sentences("Papst Pius IX. und die Kirche stritten lange.") == ["Papst Pius IX. und die Kirche stritten lange."]


def test_an_ordinal_after_a_determiner_does_not_end_the_sentence() -> None:
    text = "Er feierte seinen 70. Geburtstag in Rom."
    assert sentences(text) == [text]


def test_an_opening_quotation_mark_is_not_a_sentence() -> None:
    text = "Er sagte: „Wir kommen wieder.“ Dann ging er. „Das war gut“, meinte sie."
    assert all(any(char.isalpha() for char in sentence) for sentence in sentences(text))
    assert sentences(text)[-1].startswith("„Das war gut“")


def test_a_plural_is_not_the_subject_of_a_singular_verb_when_another_word_is() -> None:
    assert case_of("Was die Mieten angeht, gibt es keine Entwarnung.", "Mieten") == "Accusative"


def test_a_bare_article_der_on_a_verb_is_dative_not_genitive() -> None:
    assert case_of("Sorgen bereitet der türkischen Regierung vor allem die Inflation.", "Regierung") == "Dative"


def test_the_finite_verbs_of_a_relative_clause_and_its_main_clause_are_found() -> None:
    text = "Die Werte, die die Stadt misst, steigen."
    assert joined(text, "misst").startswith("Präsens")
    assert joined(text, "steigen").startswith("Präsens")


def test_a_fronted_participle_before_its_auxiliary_is_a_passive() -> None:
    assert joined("Verliehen wird der Preis für besondere Qualität.", "wird").startswith("Präsens, werden-passive")


def test_a_participle_that_opens_the_sentence_belongs_to_the_auxiliary_after_it() -> None:
    text = "Begründet hat er dies mit der Weigerung der Regierung, die Insel zu verkaufen."
    assert joined(text, "hat").startswith("Perfekt with haben")
    assert not any("Präsens" in h for h in hints(text, "verkaufen"))


def test_a_noun_made_from_a_participle_declines_like_an_adjective() -> None:
    assert case_of("Der Vorsitzende der Partei nannte die Absage eine Farce.", "Vorsitzende") == "Nominative"
    assert case_of("Die Ministerin sprach mit dem Vorsitzenden.", "Vorsitzenden") == "Dative"


def test_a_year_or_amount_before_a_capital_ends_the_sentence_but_an_ordinal_does_not() -> None:
    text = "Das war im September 2016. Danach kam er zum 100. Mal."
    assert sentences(text) == ["Das war im September 2016.", "Danach kam er zum 100. Mal."]


def test_vor_allem_is_an_adverb_and_coordinated_subjects_agree_as_a_plural() -> None:
    text = "Vor allem Frankreich, Spanien und Polen haben Bedenken gegen die Freigabe geäußert."
    assert case_of(text, "Frankreich") == "Nominative"
    assert case_of(text, "Bedenken") == "Accusative"


def test_anstelle_von_is_a_preposition_not_a_noun() -> None:
    got = hints("Anstelle von Exporten solle die Politik zivile Strategien favorisieren.", "Anstelle")
    assert got and "preposition" in got[0].lower() and not any("Nominative" in h for h in got)


def test_an_adjective_is_never_given_a_tense() -> None:
    for word in ("kulturellen", "überlegen"):
        text = "Die kulturellen Angebote der Stadt sind dem Umland überlegen."
        assert not any(t in h for h in hints(text, word) for t in ("Präteritum", "Perfekt", "passive"))


def test_a_bare_name_after_a_noun_can_be_the_subject_by_agreement() -> None:
    text = "Unklar ist, welche Maßnahmen Aachen ergreifen muss."
    assert case_of(text, "Aachen") == "Nominative"
    assert case_of(text, "Maßnahmen") == "Accusative"


def test_a_country_with_its_article_has_the_lexicon_gender_so_der_irak_is_the_subject() -> None:
    assert case_of("Zum Beispiel verbraucht der Irak zurzeit viel Strom.", "Irak") == "Nominative"


def test_im_jahre_is_the_old_dative_singular() -> None:
    assert case_of("Diese Arbeit begann im Jahre 2003 in Madrid.", "Jahre") == "Dative"


def test_von_between_given_name_and_family_name_is_part_of_the_name() -> None:
    text = "Ludolf von Wartenberg, Hauptgeschäftsführer des Verbands, zeigte sich skeptisch."
    assert case_of(text, "Wartenberg") == "Nominative"
    assert not any("dative" in h.lower() for h in hints(text, "von"))


def test_a_capitalised_adverb_opening_the_sentence_gets_no_case() -> None:
    assert case_of("Gestern wählte die dänische Bevölkerung ein neues Parlament.", "Gestern") is None


def test_bis_zu_before_a_number_means_up_to() -> None:
    text = "In einem zweiten Schritt würden bis zu zwanzig weitere Länder in die Maßnahme einbezogen."
    assert case_of(text, "Länder") == "Nominative"
    assert "up to" in joined(text, "bis")


def test_zwischen_before_two_numbers_counts_the_subject_but_is_a_preposition_of_time() -> None:
    text = "Die Behörden schätzen, dass zwischen 2.000 und 3.000 Häftlinge geflohen sind."
    assert case_of(text, "Häftlinge") == "Nominative"
    assert "between" in joined(text, "zwischen")
    assert case_of("Das Angebot gilt für Kinder zwischen 10 und 12 Jahren.", "Jahren") == "Dative"
    assert case_of("Der Wert lag zuletzt zwischen 2", "Wert") == "Nominative"  # a text may end anywhere


def test_a_zu_infinitive_clause_has_no_nominative() -> None:
    text = "Die Polizei hatte den Versuch von Terroristen, mehrere Flugzeuge explodieren zu lassen, vereitelt."
    assert case_of(text, "Flugzeuge") == "Accusative"


def test_und_inside_a_list_of_names_is_no_clause_edge_for_the_auxiliary() -> None:
    text = "Das Gebiet wurde im Abkommen mit den USA, Russland und Jordanien zur Schutzzone erklärt."
    tokens = [t for t in _analysis(text).tokens if t.text == "wurde"]
    assert tokens[0].hints[0].startswith("Präteritum, werden-passive")


def test_a_markdown_list_item_is_one_sentence_with_its_mark() -> None:
    assert sentences("* Erster Punkt\n* Zweiter Punkt\n") == ["* Erster Punkt", "* Zweiter Punkt"]


def test_a_participle_after_an_article_is_an_adjective_even_before_a_comma() -> None:
    text = "Die Sperre erfolgte nach zwei Tweets des abgewählten, aber noch amtierenden Präsidenten."
    assert not any("Präteritum" in h for h in hints(text, "abgewählten"))


def test_a_capitalised_adverb_is_never_the_subject() -> None:
    assert case_of("Später warnte Twitter auch vor anderen Falschbehauptungen.", "Twitter") == "Nominative"


def test_no_sentence_ends_between_two_words_without_a_stop() -> None:
    text = "Weitere Sitze fallen an die Regierungspartei.\nMassive Wahlfälschungen werden befürchtet."
    assert sentences(text)[-1] == "Massive Wahlfälschungen werden befürchtet."


def test_a_preposition_is_never_a_verb_and_unter_anderem_is_an_adverb() -> None:
    text = "Massive Wahlfälschungen zugunsten der Regierungspartei werden befürchtet, unter anderem wegen der Zensur."
    assert not any("Präsens" in h for h in hints(text, "zugunsten"))
    assert "fixed phrase" in joined(text, "unter")


def test_es_gibt_makes_the_other_phrase_accusative_wherever_es_hangs() -> None:
    assert case_of("Diese Bäckerei gibt es seit Jahren nicht mehr.", "Bäckerei") == "Accusative"


def test_a_phrase_whose_article_cannot_be_genitive_is_no_attribute_of_the_noun_before() -> None:
    text = "Leider können viele Eltern ihre Kinder nirgends anmelden."
    assert case_of(text, "Eltern") == "Nominative"
    assert case_of(text, "Kinder") == "Accusative"


def test_a_singular_verb_has_no_subject_joined_by_und() -> None:
    text = "Im Sommer hatte Bürgermeister Schmidt Brücken, Schulen und Bäder renovieren lassen."
    assert case_of(text, "Schulen") == "Accusative"
    assert case_of(text, "Bäder") == "Accusative"


def test_a_noun_joined_to_the_noun_before_but_followed_by_its_verb_starts_a_clause() -> None:
    text = "Die Partei gewann die ersten Wahlen, und Okafor wurde Präsident."
    assert case_of(text, "Okafor") == "Nominative"
    text = "Die Händler erhoffen sich mehr Umsatz im Winter, Kunden befürchten höhere Preise."
    assert case_of(text, "Kunden") == "Nominative"
    assert case_of(text, "Umsatz") == "Accusative"


def test_a_phrase_opening_the_sentence_is_no_genitive_attribute() -> None:
    assert case_of("Der Gemeinde gehört das alte Schloss.", "Gemeinde") == "Dative"


def test_a_second_verb_sharing_the_first_verbs_subject_has_an_object_not_a_subject() -> None:
    text = "Ich glaube, dass ich damit Regeln breche und vielleicht auch Ärger verursache."
    assert case_of(text, "Ärger") == "Accusative"
    # a plural verb cannot share a singular subject: its plural phrase is its own subject
    text = "Viele ziehen weg, weil ein Teil der Stadt tief liegt und bei Regen immer wieder Fluten drohen."
    assert case_of(text, "Fluten") == "Nominative"


def test_a_pronoun_whose_form_allows_the_verbs_number_is_the_subject() -> None:
    assert case_of("Die Ärztin sagt, dass sie Patienten heilt.", "Patienten") == "Accusative"


def test_als_after_nichts_anderes_compares_with_the_object() -> None:
    assert case_of("Wer so redet, will nichts anderes als Schlagzeilen ohne Inhalt.", "Schlagzeilen") == "Accusative"


def test_a_counted_noun_after_its_measure_shares_its_case() -> None:
    text = "Rund 20.000 Tonnen Getreide sollen nötig sein, um den Winter zu überstehen."
    assert case_of(text, "Tonnen") == "Nominative"
    assert case_of(text, "Getreide") == "Nominative"


def test_sein_and_haben_with_a_zu_infinitive_are_modal_not_to_completing_a_verb() -> None:
    expected = hints("Die Ministerin sagte, dass ein höherer Aufwand zu erwarten sei.", "erwarten")
    assert any(h.startswith("sein + zu-infinitive") and "is to be expected" in h for h in expected), expected
    assert not any("completing" in h for h in expected), expected
    owed = hints("Der Mieter hat die Kosten zu tragen.", "tragen")
    assert any(h.startswith("haben + zu-infinitive") for h in owed), owed
    plain = hints("Er versucht, die Kosten zu senken.", "senken")
    assert any("completing versuchen" in h for h in plain), plain


def test_a_zu_infinitive_after_a_comma_completes_the_predicate_of_sein_or_haben() -> None:
    """"ist in der Lage, … zu zerstören", "hat das Recht, … zu äußern": no modal "sein/haben + zu" (that
    has no comma between), but the infinitive completing the predicate before the comma."""
    able = hints("Das Gerät ist auch in der Lage, kleine Fehler selbst zu beheben.", "beheben")
    assert any("completing Lage" in h for h in able) and not any("can or must be done" in h for h in able), able
    right = hints("Jeder Bürger hat das Recht, seine Meinung frei zu sagen.", "sagen")
    assert any("completing Recht" in h for h in right) and not any("must be done" in h for h in right), right


def test_an_adjective_form_that_heads_a_subject_and_an_object_is_the_finite_verb() -> None:
    """"Dieses Abwehrsystem entfernt … Mikroorganismen": "entfernt" (distant) takes no object; it is the
    present of entfernen, the clause's verb."""
    text = "Dieses körpereigene Abwehrsystem entfernt in den Körper eingedrungene Mikroorganismen und fremde Substanzen."
    assert _token(text, "entfernt").pos == "VERB" and _token(text, "entfernt").lemma == "entfernen"
    assert any("subject of entfernen" in h for h in hints(text, "Abwehrsystem"))


def test_a_separable_particle_before_a_bracket_governs_nothing_in_it() -> None:
    """"bauen sich … ab (Apoptose)": "ab" is the particle of abbauen, not a preposition of the aside."""
    text = "Die alten Zellen bauen sich dann selbst ab (Apoptose)."
    assert not any(h.startswith("Preposition ab") for h in hints(text, "ab"))
    assert any("ab|bauen" in h for h in hints(text, "ab"))
    assert not any("Dative" in h for h in hints(text, "Apoptose"))


def test_a_demonstrative_dessen_takes_the_gender_of_the_noun_it_points_back_to() -> None:
    """"gehört zu einem Element und bildet dessen kleinste Einheit": "dessen" (its) points back to the
    neuter "Element"; the hint names its gender, not always the masculine."""
    text = "Die Stadt gehört zu einem kleinen Land und ist dessen wichtigster Hafen."
    assert hints(text, "dessen")[0].startswith("Genitive singular, neuter")
    assert hints("Der Fluss fließt durch einen Wald und bildet dessen Grenze.", "dessen")[0].startswith("Genitive singular, masculine")


def test_an_auxiliary_before_a_comma_is_no_part_of_a_later_clause_s_participle() -> None:
    """"Das Immunsystem hat … eine große Bedeutung, denn Lebewesen sind … ausgesetzt": "hat" is the main
    clause's verb (to have), not a Perfekt with "ausgesetzt", whose auxiliary is "sind"."""
    text = "Der Wald hat für das Dorf eine große Bedeutung, denn viele Bewohner sind vom Holz abhängig geworden."
    assert _token(text, "hat").pos == "VERB" and not any("Perfekt with haben" in h for h in hints(text, "hat"))
    assert any("subject of haben" in h for h in hints(text, "Wald"))


def test_a_noun_of_time_beside_a_verb_without_object_is_an_accusative_of_time() -> None:
    """"einen Abend verweilen", "den ganzen Tag arbeiten": how long, not a direct object; "den Tag
    verbringen" has one."""
    assert any("of time" in h for h in hints("Wir wollten einen Abend in der Stadt verweilen.", "Abend"))
    assert any("of time" in h for h in hints("Er arbeitete den ganzen Tag im Garten.", "Tag"))
    assert any("direct object of verbringen" in h for h in hints("Sie verbrachte den ganzen Tag im Garten.", "Tag"))


def test_a_conjunction_opening_a_clause_is_glossed_as_one() -> None:
    """"Während … gesprochen wird, erkennt …": "während" opens a clause (while), no preposition (during);
    "während der Parlamentsferien … ernennen" keeps the preposition."""
    assert _token("Während im zweiten Teil von den Kindern gesprochen wird, erkennt der Leser den Vater.", "Während").gloss[0] == "while"
    # tagged a preposition, but a preposition follows it instead of its noun phrase
    text = 'Während in dem Buch bis zu dieser Stelle von "dem Helden" (Odysseus) gesprochen wird, nennt der Dichter nun seinen Namen.'
    assert _token(text, "Während").gloss[0] == "while"
    assert _token("Der Präsident kann während der Ferien einen Botschafter ernennen.", "während").gloss[0] == "during"


def test_a_particle_of_a_name_opening_the_sentence_before_a_known_word_is_the_preposition() -> None:
    """"Zu den Froschlurchen zählen außerdem Kröten": "Zu den" is no "zu" of a name ("Von der Leyen")."""
    text = "Zu den Froschlurchen zählen auch Kröten."
    assert not any("part of the name" in h for h in hints(text, "Zu"))
    assert case_of(text, "Froschlurchen") == "Dative"
    assert any("part of the name" in h for h in hints("Von der Leyen tritt an.", "Von"))


def test_a_particle_between_two_places_the_dictionary_lists_is_the_preposition() -> None:
    """"Heute gehört Hamburg zu Deutschland": no "Hamburg zu Deutschland" as "Karl-Theodor zu Guttenberg"."""
    assert not any("part of the name" in h for h in hints("Heute gehört Hamburg zu Deutschland.", "zu"))
    assert any("part of the name" in h for h in hints("Karl-Theodor zu Guttenberg trat zurück.", "zu"))


def test_a_d_word_after_the_last_comma_with_no_verb_after_it_is_an_article() -> None:
    """"Adam wird auch im Koran erwähnt, der heiligen Schrift des Islams.": with no verb after it, "der" is
    no relative pronoun but the article of a phrase that renames "Koran" (dative)."""
    text = "Der Satz steht auch im Talmud, der wichtigsten Schrift des Judentums."
    assert joined(text, "der").startswith("Article of Schrift")
    assert joined(text, "Schrift").startswith("Dative singular")


def test_a_colon_inside_brackets_leaves_the_phrase_before_it_in_its_clause() -> None:
    """"Die Froschlurche (Anura; auch: Salientia) sind …": the colon inside the brackets ends no phrase
    standing alone; the subject before them stays the subject."""
    text = "Die Schwanzlurche (lateinisch: Caudata) sind eine Ordnung der Amphibien."
    assert not any("stands alone before the colon" in h for h in hints(text, "Schwanzlurche"))


def test_a_relative_clause_and_its_coordinated_verb_are_never_called_a_main_clause() -> None:
    text = ("Die Autoren protestieren gegen die neue Regelung, welche hauptsächlich Artikel 11 und 13 der "
            "EU-Urheberrechtsreform betrifft und noch nicht endgültig beschlossen wurde.")
    for verb in ("betrifft", "wurde"):
        assert not any(h.startswith("Main clause") for h in hints(text, verb)), hints(text, verb)
    assert any(h.startswith("Main clause") for h in hints(text, "protestieren"))


def test_the_subject_label_follows_the_case_the_rules_decided() -> None:
    from reader.nlp.pipeline import load_pipeline

    doc = load_pipeline()("Den Vorschlag lehnte der Rat am Montag ab. Es gibt keine Mehrheit.")
    roles = {token.text: token.dep_ for token in doc}
    assert (roles["Rat"], roles["Vorschlag"]) == ("nsubj", "obj")
    assert roles["Es"] == "expl"  # the "es" of "es gibt" holds a place, it names nothing


def test_sein_heading_its_own_clause_is_a_full_verb_and_the_auxiliary_stays_one() -> None:
    from reader.nlp.pipeline import load_pipeline

    doc = load_pipeline()("Wir waren gestern in der Stadt. Er ist Arzt und hat das Buch gelesen.")
    pos = [(token.text, token.pos_) for token in doc if token.lemma_ in ("sein", "haben")]
    assert pos == [("waren", "VERB"), ("ist", "AUX"), ("hat", "AUX")]


def test_a_dictionary_adjective_under_sein_is_an_adjective_and_a_participle_stays_a_verb() -> None:
    tokens = {t.text: t for t in analyze("Das Kleid ist modern. Das Museum ist geschlossen.").tokens}
    assert tokens["modern"].pos == "ADJ" and tokens["modern"].gloss[0] == "modern"  # not "to rot"
    assert tokens["geschlossen"].pos == "VERB"


def test_the_first_part_of_a_hyphenated_compound_names_no_case_of_its_own() -> None:
    text = "Die Reform gilt in den Landes- oder Kommunalverwaltungen für zwei Fünf-Jahres-Perioden."
    for part in ("Landes", "Fünf", "Jahres"):
        assert case_of(text, part) is None, hints(text, part)
        assert any("first part of a compound" in h for h in hints(text, part))
    assert case_of(text, "Perioden") == "Accusative"


def test_a_relative_clause_is_about_a_noun_even_where_the_parser_hung_it_on_a_verb() -> None:
    text = ("Sie sagt, es sei lächerlich, dass der Orden Anspruch auf Gegenstände erhebe, "
            "die vermutlich nicht ihnen gehören.")
    relative = [h for h in hints(text, "gehören") if h.startswith("Relative clause")]
    assert relative and "about Gegenstände" in relative[0], hints(text, "gehören")



def test_a_capitalised_noun_spelt_like_a_preposition_is_the_noun() -> None:
    text = "Unterstützt wurde sie vom Bund der nationalen Kraft Lettlands und von der Nationalen Allianz."
    assert joined(text, "Kraft").startswith("Genitive singular, feminine (die Kraft)")
    assert "after kraft" not in joined(text, "Lettlands")


def test_the_subject_of_a_fronted_participle_passive_is_no_predicate_noun() -> None:
    got = joined("Ergänzt wurde der Aufruf mit der Forderung nach mehr Geld.", "Aufruf")
    assert "subject of the passive ergänzen" in got and "predicate noun" not in got


def test_a_link_after_the_last_sentence_is_an_infinitive_with_its_object() -> None:
    text = "Der Vorsitzende erklärte, es müsse nun Neuwahlen geben.  Kommentar abgeben"
    assert case_of(text, "Kommentar") == "Accusative"
    assert not any(tense in joined(text, "abgeben") for tense in ("Präsens", "verb second"))


def test_a_relative_clause_with_was_is_about_the_clause_before_or_the_pronoun() -> None:
    text = "Die Redner riefen Parolen ins Mikrofon, was von den Zuhörern mit Beifall beantwortet wurde."
    got = joined(text, "beantwortet")
    assert "Relative clause about the whole clause before it" in got and "about Mikrofon" not in got
    assert "Relative clause about alles" in joined("Er glaubt alles, was in der Zeitung steht.", "steht")


def test_capitals_decide_between_noun_and_adverb() -> None:
    assert case_of("Die Demonstration mit zirka 300 bis 500 Teilnehmern fand in Madrid statt.", "zirka") is None


def test_a_participle_opening_the_sentence_is_no_noun() -> None:
    text = "Veranstaltet von La Falange wurde die Demonstration unterstützt von mehreren Parteien."
    token = next(t for t in _analysis(text).tokens if t.text == "Veranstaltet")
    assert token.pos == "VERB" and token.lemma == "veranstalten"
    assert case_of(text, "Veranstaltet") is None
    # a noun form too ("Angeboten": dative plural of "Angebot") right before a finite auxiliary
    text = "Angeboten werden Fotos, Videos und Texte."
    token = next(t for t in _analysis(text).tokens if t.text == "Angeboten")
    assert token.pos == "VERB" and token.lemma == "anbieten"
    assert "werden-passive" in joined(text, "werden")
    assert case_of("Kindern wurde geholfen.", "Kindern") == "Dative"  # no participle: the noun stays


def test_an_adjective_the_tagger_took_for_the_clause_verb_is_the_noun_attribute() -> None:
    text = "Der nicht kommerzielle und für die Nutzer kostenlose Internetauftritt verspricht viele Informationen."
    tokens = {t.text: t for t in _analysis(text).tokens}
    assert tokens["kommerzielle"].pos == "ADJ" and tokens["Der"].pos == "DET"
    assert joined(text, "Internetauftritt").startswith("Nominative singular, masculine")
    assert "weak declension" in joined(text, "kostenlose")
    # a list of adjectives after "alle", the first taken for the verb heading the clause, the second for a finite verb
    text = "Atome sind die Bausteine, aus denen alle festen, flüssigen oder gasförmigen Stoffe bestehen."
    tokens = {t.text: t for t in _analysis(text).tokens}
    assert tokens["festen"].pos == "ADJ" and tokens["flüssigen"].pos == "ADJ"
    assert joined(text, "Stoffe").startswith("Nominative plural") and "weak declension after alle" in joined(text, "gasförmigen")


def test_a_number_noun_and_what_it_counts_are_one_subject() -> None:
    # teilnehmen takes no accusative object: "eine Million Menschen" is the subject, both in the nominative
    text = "Am Protest nahmen eine Million Menschen teil."
    assert case_of(text, "Million") == "Nominative"
    assert case_of(text, "Menschen") == "Nominative"


def test_a_common_noun_classed_as_a_name_keeps_its_plural() -> None:
    got = joined("Patienten und Krankenversicherungen müssen für Medikamente mehr ausgeben als notwendig.", "Medikamente")
    assert got.startswith("Accusative plural, neuter noun (das Medikament)")


def test_an_article_right_before_its_noun_is_that_nouns_across_a_dash() -> None:
    text = "Pressemitteilung des Bundesgesundheitsministeriums - Ulla Schmidt: Gute Versorgung geht auch preiswerter"
    assert joined(text, "Bundesgesundheitsministeriums").startswith("Genitive singular, neuter")
    assert joined("Der EU-Kommission fällt die Aufgabe zu, Gesetze vorzuschlagen.", "Kommission").startswith("Dative")


def test_the_polite_you_in_requests() -> None:
    text = "Bitte informieren Sie sich vorher über die Regeln."
    assert joined(text, "informieren").startswith("Präsens, imperative") and "verb second" not in joined(text, "informieren")
    assert "polite 'you'" in joined(text, "Sie") and "plural" not in hints(text, "Sie")[0].split("(")[0]
    token = next(t for t in _analysis(text).tokens if t.text == "sich")
    assert token.gloss[0] == "yourself (formal)"
    token = next(t for t in _analysis("Geben Sie Ihre Daten ein.").tokens if t.text == "Ihre")
    assert token.gloss[0] == "your (formal)"


def test_uns_is_reflexive_only_beside_wir() -> None:
    text = "Lassen Sie uns gemeinsam handeln!"
    assert not any("Reflexive" in hint for word in ("uns", "handeln") for hint in hints(text, word))
    assert "Reflexive verb: sich freuen" in joined("Wir freuen uns über den Sieg.", "freuen")


def test_an_auxiliary_reaches_its_participle_across_a_quoted_name_and_brackets() -> None:
    text = ("Allerdings hat eine kurdische Gruppe mit dem Namen „Kurdische Freiheits-Falken“ (TAK) die Verantwortung "
            "für das Attentat von letzter Woche in Çeşme übernommen, bei dem 20 Menschen verletzt wurden.")
    assert joined(text, "hat").startswith("Perfekt with haben: hat … übernommen")
    assert case_of(text, "Gruppe") == "Nominative" and case_of(text, "Verantwortung") == "Accusative"


def test_a_subject_pronoun_hung_on_the_auxiliary_leaves_the_object_accusative() -> None:
    assert case_of("Bis jetzt hat noch niemand die Verantwortung für den Anschlag übernommen.", "Verantwortung") == "Accusative"


def test_a_web_address_is_no_number_after_unter() -> None:
    got = joined("Die Erklärung kann im Internet unter fairsharing.odem.org eingesehen werden.", "unter")
    assert "less than" not in got


def test_the_subject_of_a_predicate_noun_is_the_subject_of_sein() -> None:
    assert "Nominative: subject of sein." in hints("Der Nachbar ist Lehrer.", "Nachbar")


def test_um_before_a_zu_infinitive_ahead_is_no_preposition_of_the_noun() -> None:
    """"um ihre Arbeit zu beenden", with "um" parsed as the preposition of "Arbeit": the object of the
    infinitive, no "accusative after um"."""
    text = "Die Kommission brauche noch einen Monat Zeit um ihre Arbeit zu beenden."
    assert not any("um" in hint for hint in hints(text, "Arbeit")), hints(text, "Arbeit")
    assert any("direct object of beenden" in hint for hint in hints(text, "Arbeit"))
    assert not any("Preposition" in hint for hint in hints(text, "um"))


def test_um_before_a_zu_infinitive_beyond_a_relative_clause_opens_the_purpose_clause() -> None:
    """"um dem Hungerstreik, der … begann, Herr zu werden": a relative clause between "um" and "zu"."""
    text = "Das Militär setzte Zwangsernährung ein, um dem Hungerstreik, der im Januar begann, Herr zu werden."
    assert not any("Preposition" in hint for hint in hints(text, "um"))
    assert any("um … zu" in hint for hint in hints(text, "werden"))
    assert any("Preposition um" in hint for hint in hints("Die Feier beginnt, um 11 Uhr zu Ehren des Königs.", "um"))


def test_a_bare_time_noun_is_an_accusative_of_time_not_an_object() -> None:
    text = "Er sagte, dass die Kommission Tag und Nacht arbeiten werde."
    assert any("Accusative of time" in hint for hint in hints(text, "Tag")), hints(text, "Tag")
    assert any("direct object of verbringen" in hint for hint in hints("Er hat den Tag im Bett verbracht.", "Tag"))


def test_a_feminine_noun_in_e_is_no_plural_of_a_masculine_one() -> None:
    """"die einzige Quelle": singular "die Quelle" (source), not the plural of "der Quell"; "im Falle" stays Fall."""
    text = "Das Gesetz sei nicht die einzige Quelle des Rechts."
    assert any(hint.startswith("Nominative singular, feminine (die Quelle)") for hint in hints(text, "Quelle")), hints(text, "Quelle")
    assert any("(der Fall)" in hint for hint in hints("Im Falle eines Angriffs half er.", "Falle"))


def test_zu_before_a_modal_is_shown_where_it_stands() -> None:
    """"anfechten zu wollen": not "zu anfechten", which is no German form."""
    text = "Die Opposition drohte damit, die Abstimmung vor dem Obersten Gericht anfechten zu wollen."
    assert any("anfechten zu wollen" in hint for hint in hints(text, "anfechten")), hints(text, "anfechten")
    assert not any("zu anfechten" in hint for hint in hints(text, "anfechten"))


def test_an_adverbial_adjective_without_ending_agrees_with_no_noun() -> None:
    text = "Er sagte, die gut organisierte Polizei habe nichts getan."
    assert not any(hint.startswith("Adjective agreeing") for hint in hints(text, "gut")), hints(text, "gut")
    assert any(hint.startswith("Adjective agreeing with Polizei") for hint in hints(text, "organisierte"))


def test_a_capitalised_preposition_opening_the_sentence_governs_the_name_after_it() -> None:
    """"Gemäß" was read as a noun, the subject, with the name hung on it."""
    assert any("Dative after gemäß" in hint for hint in hints("Gemäß Wang stellte sie sich dem Präsidenten vor.", "Wang"))


def test_a_compass_adjective_before_a_genitive_article_is_a_preposition() -> None:
    """"nördlich der Kammlinie": north of, with the genitive (the parser made it an adjective, "der" a
    dative); "nördlich von Berlin" and "der nördliche Teil" keep the adjective."""
    tokens = {t.text: t for t in analyze("Knapp nördlich der Kammlinie verläuft die Grenze.").tokens}
    assert tokens["nördlich"].pos == "ADP" and tokens["nördlich"].gloss[0] == "north of"
    assert any("Genitive after nördlich" in hint for hint in tokens["Kammlinie"].hints)
    assert any("Genitive after südlich" in hint for hint in hints("Die Stadt liegt südlich des Flusses.", "Flusses"))
    assert next(t for t in analyze("Der nördliche Teil ist kalt.").tokens if t.text == "nördliche").pos == "ADJ"
    assert next(t for t in analyze("Das Dorf liegt östlich von Berlin.").tokens if t.text == "östlich").pos == "ADJ"


def test_a_participle_the_tagger_called_a_determiner_is_an_adjective() -> None:
    """"Alle anderen angetretenen Parteien": "angetretenen" declines as an adjective, no article of its own."""
    text = "Alle anderen angetretenen Parteien scheiterten an der Hürde."
    assert any(hint.startswith("Adjective agreeing with Parteien") for hint in hints(text, "angetretenen"))


def test_the_men_of_a_gendered_pair_are_plural_as_the_women() -> None:
    """"die Bürgerinnen und Bürger Sachsen-Anhalts": "Bürger" is plural, like "Bürgerinnen"."""
    text = "Die Bürgerinnen und Bürger Sachsen-Anhalts wählten am Sonntag."
    assert hints(text, "Bürger")[0].startswith("Nominative plural")


def test_a_relative_clause_is_about_a_noun_that_agrees_with_its_pronoun() -> None:
    """"Die Unruhen nach dem Tod … John Garang, der … ernannt worden war": "der" is singular, so the
    clause is not about the plural "Unruhen", wherever the parser hung it."""
    text = ("Die Unruhen nach dem Tod des ehemaligen Rebellenführers John Garang, der gerade zum "
            "Vizepräsidenten ernannt worden war, haben viele Opfer gefordert.")
    relative = next(hint for hint in hints(text, "ernannt") if hint.startswith("Relative clause"))
    assert "about Unruhen" not in relative


def test_a_time_noun_after_diese_is_an_accusative_of_time_not_an_object() -> None:
    got = joined("Die Regierung hat diese Woche damit begonnen.", "Woche")
    assert "accusative of time" in got.lower() and "direct object" not in got


def test_the_subject_of_a_perfekt_with_sein_is_no_passive_subject() -> None:
    died = joined("Nachdem ihr Vater gestorben war, zog sie um.", "Vater")
    assert "subject of sterben" in died and "passive" not in died
    assert "subject of the passive bauen" in joined("Das Haus wurde 1900 gebaut.", "Haus")


def test_sich_after_a_preposition_makes_no_reflexive_verb() -> None:
    assert "reflexive verb" not in joined("Sie sorgt nur für sich.", "sorgt").lower()
    assert "reflexive verb: sich freuen" in joined("Sie freut sich über das Geschenk.", "freut").lower()


def test_an_e_form_after_sie_opening_the_sentence_is_konjunktiv_i() -> None:
    """"Sie sorge …": capitalised because it opens the sentence, so she (the polite Sie takes "sorgen")."""
    assert "Konjunktiv I" in joined("Sie sorge nur für sich alleine, sagt sie.", "sorge")


def test_a_participle_spelled_like_an_infinitive_with_sein_is_the_sein_verb() -> None:
    """"war … gefallen" is fallen (to fall); "hat … gefallen" stays gefallen (to please)."""
    fell = joined("Die Geburtenrate war bis 2009 gefallen.", "gefallen")
    assert "had fallen" in fell and "liked" not in fell
    assert "gefallen" in joined("Das Buch hat mir gefallen.", "gefallen")


def test_an_adverb_after_the_subject_pronoun_opens_no_subordinate_clause() -> None:
    text = "Die Zahl war gefallen, obwohl sie gewachsen ist und sich seitdem verdreifacht hat."
    assert "conjunction" not in joined(text, "seitdem").lower()


def test_a_capitalised_ihr_as_subject_is_the_plural_you_not_the_polite_one() -> None:
    text = "Er rief: „Macht mehr Kinder, denn Ihr seid die Zukunft!“"
    assert "polite" not in joined(text, "Ihr")
    assert "polite" in joined("Geben Sie Ihre Daten ein.", "Sie")


def test_a_participle_after_a_phrase_with_its_own_article_and_before_adjectives_is_an_adjective() -> None:
    text = "Mit der vor ein paar Tagen veröffentlichten schriftlichen Begründung werden Städte in die Lage versetzt."
    got = joined(text, "veröffentlichten")
    assert "used as an adjective" in got and "Präteritum" not in got
    assert "Mit der vor … comes first" in joined(text, "werden")  # the fronted words in text order


def test_werden_with_an_amount_and_a_form_like_an_infinitive_is_the_future() -> None:
    """"betragen" is infinitive and participle alike; an amount is never a passive's."""
    text = "Die Bußgelder in den beiden Straßen werden 25 Euro für PKW und 75 Euro für LKW betragen."
    assert joined(text, "betragen").startswith("Futur I")
    assert "passive" in joined("Das Geld wird von der Firma erhalten.", "erhalten")


def test_an_undeclined_adjective_opening_the_sentence_is_an_adverb() -> None:
    text = ("Anlass ist die Überschreitung des Jahresmittelwertes für Stickstoffdioxid. Konkret gesperrt werden, in "
            "Abhängigkeit der Fahrzeugbauart, zwei Straßenabschnitte: Im Stadtteil Altona-Nord wurden gut 100 "
            "Umleitungs- und Verbotsschilder aufgestellt.")
    assert next(t for t in _analysis(text).tokens if t.text == "Konkret").pos == "ADV"  # the tagger's NOUN here


def test_bis_before_another_preposition_governs_no_case_of_its_own() -> None:
    got = joined("Er setzte ein Ultimatum bis zum Monatsende.", "bis")
    assert "accusative" not in got.lower() and "another preposition" in got
    assert "accusative" in joined("Sie bleibt bis Montag.", "bis").lower()


def test_um_the_tagger_called_a_conjunction_but_the_parser_hung_on_the_noun_opens_um_zu() -> None:
    text = "Er setzte ein Ultimatum, um schriftliche Vorschläge für einen geregelten Austritt zu machen."
    assert "direct object of machen" in joined(text, "Vorschläge") and "after um" not in joined(text, "Vorschläge")
    assert "preposition" not in joined(text, "um").lower()


def test_a_bare_title_before_a_name_takes_the_case_of_its_preposition() -> None:
    """Undeclined before a name ("mit Präsident Tusk"), a weak noun's form is no nominative."""
    assert case_of("Er wolle mit EU-Ratspräsident Donald Tusk telefonieren.", "Ratspräsident") == "Dative"


def test_a_particle_tagged_a_verb_at_the_clause_end_joins_the_finite_verb() -> None:
    """"hält … inne": "inne" is no clause of its own, so the phrase before it is the object, not a subject."""
    text = "Finnland hält im zweiten Halbjahr die EU-Ratspräsidentschaft inne."
    assert case_of(text, "Ratspräsidentschaft") == "Accusative"


def test_an_auxiliary_hung_on_an_attributive_participle_belongs_to_the_verb_after_the_noun() -> None:
    text = "Johnson müsse die schon mehrfach versprochenen Vorschläge – „sofern sie existieren“ – endlich vorlegen."
    assert "müsse … vorlegen" in joined(text, "vorlegen")
    assert case_of(text, "Vorschläge") == "Accusative"


def test_in_before_a_bare_place_name_is_a_location_after_a_verb_of_motion_too() -> None:
    assert case_of("Nach dem Gespräch trat Rinne in Paris vor die Presse.", "Paris") == "Dative"


def test_sein_with_the_participle_of_a_verb_that_takes_no_object_is_a_perfekt() -> None:
    """Ding has zusammentreffen only without an object ({vi}), so it has no state passive."""
    got = joined("Zuletzt war Johnson in Luxemburg mit Juncker zusammengetroffen.", "war")
    assert got.startswith("Plusquamperfekt with sein") and "state passive" not in got


def test_sein_with_a_participle_of_a_verb_without_object_or_passive_is_the_adjective() -> None:
    """"sich eignen" has no passive and its Perfekt takes haben: "ist geeignet" is suitable, in the present."""
    text = "Das Komitee prüft, ob ein Kandidat für den Wahlkampf geeignet ist."
    got = joined(text, "geeignet")
    assert got.startswith("Präsens") and "Perfekt" not in got and "passive" not in got
    assert next(t for t in _analysis(text).tokens if t.text == "geeignet").gloss[0] == "suitable"


def test_a_verb_stem_opening_a_quotation_is_an_imperative_not_a_noun() -> None:
    """„Sag die Wahrheit“ on a placard: "Sag" is sagen's imperative, not the noun Sage ("legend")."""
    text = "Sie riefen: „Sag die Wahrheit“ und „Stop den Putsch“."
    said = next(t for t in _analysis(text).tokens if t.text == "Sag")
    assert said.pos == "VERB" and said.gloss[0] == "to say" and "imperative" in " ".join(said.hints)
    assert next(t for t in _analysis("Die Sage ist alt.").tokens if t.text == "Sage").pos == "NOUN"


def test_a_predicate_noun_with_its_copula_heads_the_clause_of_a_list_of_subjects() -> None:
    """"Öl, Gold oder Nahrungsmittel wie Weizen sind Rohstoffe": the parser joins the predicate to the
    list; the list is the subject, in the nominative."""
    text = "Öl, Gold oder Nahrungsmittel wie Weizen sind Rohstoffe, in die Spekulanten weltweit investieren."
    assert case_of(text, "Öl") == "Nominative" and case_of(text, "Gold") == "Nominative"


def test_an_extended_attribute_may_hold_a_list_inside_its_phrase() -> None:
    """"von einem von vielen Bürgern der Stadt und anderer Gemeinden unterschriebenen Brief": the article
    opens the whole attribute and belongs to "Brief", and so does the preposition before it."""
    text = "Die Zeitung berichtete von einem von vielen Bürgern der Stadt und anderer Gemeinden unterschriebenen Brief."
    assert joined(text, "Brief").startswith("Dative singular") and "after von" in joined(text, "Brief")
    assert joined(text, "einem").startswith("Article of Brief")


def test_a_word_that_is_no_verb_form_is_the_adverb_or_adjective_the_dictionary_has() -> None:
    """The tagger's "verbs" "unbegründet", "indes", "hierzulande": no verb has such a form."""
    text = "Die Vorwürfe seien „unbegründet“. Gestern berichtete die Frankfurter Rundschau indes von einem Brief."
    classes = {token.text: token.pos for token in _analysis(text).tokens}
    assert (classes["unbegründet"], classes["indes"]) == ("ADJ", "ADV")
    assert {t.text: t.pos for t in _analysis("Es gibt auch hierzulande erhebliche Bedenken gegen die App.").tokens}["hierzulande"] == "ADV"


def test_joined_zu_infinitives_complete_the_same_verb_or_share_um() -> None:
    text = "Diesem werfen sie vor, offensiv für eine rassistische Polizeipraxis einzutreten und gezielt Ressentiments gegen Menschen zu schüren."
    assert joined(text, "schüren").endswith("completing vorwerfen.")
    text = "Die Konferenz soll Vertreter vieler Institutionen zusammenbringen, um darüber zu debattieren und zu entscheiden, wie es weitergeht."
    assert "purpose" in joined(text, "entscheiden")


def test_an_article_after_a_nested_clause_is_no_relative_pronoun() -> None:
    # the comma closes "als … antrat", nested in the dass-clause: "der" goes on as that clause's article
    text = "Er erinnerte sich, dass zu der Zeit, als er das Amt antrat, der Preis stark gestiegen war."
    assert case_of(text, "Preis") == "Nominative"
    # a relative pronoun after a main clause's verb stays one
    assert case_of("Sie hat den Kollegen gefragt, den sie gestern traf.", "den") == "Accusative"


def test_a_bare_noun_before_a_present_participle_is_its_object() -> None:
    # inside the attribute, not a phrase of the clause: "Hilfe" is what the people seek
    text = "Die Zahl Hilfe suchender Menschen steigt."
    assert case_of(text, "Hilfe") == "Accusative"
    assert any("object of suchender (suchen)" in hint for hint in hints(text, "Hilfe"))
    assert case_of("Die Organisation Erdöl exportierender Länder tagte in Wien.", "Erdöl") == "Accusative"
    assert case_of("Die Zahl der suchenden Menschen steigt.", "Zahl") == "Nominative"


def test_der_meinung_sein_is_a_genitive_with_the_verb() -> None:
    # "der Meinung sein": to be of the opinion; the parser makes "Meinung" the predicate, its "der" read as a dative
    text = "Die Regierung ist der Meinung, dass die Hilfe reicht."
    assert case_of(text, "Meinung") == "Genitive"
    assert any("to be of the opinion" in hint for hint in hints(text, "Meinung"))
    text = "Außerdem ist die Regierung der Ansicht, dass die Hilfe reicht."
    assert any("Genitive with sein" in hint for hint in hints(text, "Ansicht"))
    # a genitive attribute stays one
    assert any("belongs to Frage" in hint for hint in hints("Das ist eine Frage der Überzeugung.", "Überzeugung"))


def test_a_d_word_after_a_comma_and_a_preposition_opening_a_verb_final_clause_is_a_relative_pronoun() -> None:
    """"…, an dem Donald Trump … geflogen war", "…, durch die eine Verfolgung … verhindert wird": before a
    name or another article the d-word is the relative pronoun (which), and the noun after it the subject;
    "…, in dem Haus seiner Eltern" (no verb of its own) and "…, bis der Dienst einschritt" keep the article."""
    text = "Es war der 226. Tag seit seinem Amtsantritt, an dem Donald Trump zum Golfspielen geflogen war."
    assert _token(text, "dem").pos == "PRON" and _token(text, "dem").gloss[0] == "which"
    text = "In das Gesetz wurden Passagen eingefügt, durch die eine Verfolgung von Bürgern verhindert wird."
    assert _token(text, "die").gloss[0] == "which" and case_of(text, "Verfolgung") == "Nominative"
    assert _token("Er wohnt in Berlin, in dem Haus seiner Eltern.", "dem").pos == "DET"
    assert _token("Sie rief laut, bis der Sicherheitsdienst einschritt.", "der").pos == "DET"
    # before an attribute in "-e" and a plural noun, which no article goes with ("der germanischen Stämme")
    text = ("Das Denkmal soll an die Schlacht im Teutoburger Wald erinnern, in der germanische Stämme unter "
            "seiner Führung den drei römischen Legionen eine entscheidende Niederlage beibrachten.")
    assert _token(text, "der").gloss[0] == "which" and case_of(text, "Stämme") == "Nominative"


def test_a_d_word_after_a_comma_and_a_preposition_before_a_bare_noun_opening_a_verb_final_clause_is_a_relative_pronoun() -> None:
    """"…, in dem Bund und Länder gleichberechtigt vertreten sind": the verb closes the clause, so "dem" is
    the relative pronoun (in which) and the bare nouns after it its subject; also where a second clause
    joined by "und" follows the first's verb. Without a comma ("… und durch das Kochen fast keimfrei")
    the d-word stays the article."""
    text = "Es gibt ein Gremium, in dem Bund und Länder gleichberechtigt vertreten sind."
    assert _token(text, "dem").gloss[0] == "which" and case_of(text, "Bund") == "Nominative"
    text = "Das ist ein Verfahren, bei dem Regierung und Opposition gleich stark sind und jeweils Vorschläge machen können."
    assert _token(text, "dem").gloss[0] == "which"
    assert "subject" in joined(text, "Regierung") and case_of(text, "Opposition") == "Nominative"
    text = "Das Bier war stark und durch das Kochen der Würze fast keimfrei geworden."
    assert hints(text, "das")[0].startswith("Article of Kochen")


def test_a_phrase_whose_forms_are_only_nominative_is_the_subject_and_the_fronted_phrase_the_object() -> None:
    """"Die Prüfung übernimmt in der Regel der zuständige Ausschuss": "der zuständige Ausschuss" (der + -e)
    can be nothing but a nominative, so it is no attribute of "Regel" but the subject, and the phrase
    before the verb, which may be accusative, the object."""
    text = "Die Prüfung übernimmt in der Regel der zuständige Ausschuss."
    assert "subject of übernehmen" in joined(text, "Ausschuss")
    assert case_of(text, "Prüfung") == "Accusative" and "direct object" in joined(text, "Prüfung")


def test_a_d_word_after_a_comma_opening_a_verb_final_clause_before_an_article_or_a_bare_attribute_is_a_relative_pronoun() -> None:
    """"…, die einfache Antworten … liefert": after "die" a plural attribute would end in "-en", so "die" is
    no article but the relative pronoun, the clause's subject; so is "der" before another article. An
    article's "-en" ("…, die alten Regeln gelten weiter") keeps the article, and so does a sentence with
    no noun before the comma for a relative pronoun to point back to ("Sie sagte, die … Regeln gelten")."""
    text = "Sie lobte die neue Theorie, die einfache Antworten für viele Fragen liefert."
    assert "Relative pronoun: refers back to Theorie" in joined(text, "die", 1)
    assert hints(text, "die", 1)[0].startswith("Nominative") and case_of(text, "Antworten") == "Accusative"
    assert any("Relative clause about Theorie" in hint for hint in hints(text, "liefert"))
    text = "Gesucht wird ein Mann, der einen langen Mantel und einen grauen Hut trägt."
    assert _token(text, "der").pos == "PRON" and case_of(text, "Mantel") == "Accusative"
    # after "und" and a first relative clause, before an article it does not agree with: a second one
    text = "Er ist ein Detektiv, dessen Name geheim ist und der einen schwarzen Anzug trägt."
    assert _token(text, "der").pos == "PRON" and hints(text, "der")[0].startswith("Nominative")
    assert hints("Er sah den Hund und der Mann lachte.", "der")[0].startswith("Article of Mann")
    assert hints("Er sagte, die alten Regeln gelten weiter.", "die")[0].startswith("Article of Regeln")
    # with no noun before the comma to point back to, a verb-final clause after it is a main clause
    assert case_of("Sie sagte, die alten Regeln gelten.", "Regeln") == "Nominative"


def test_a_singular_d_word_before_a_plural_noun_opening_a_verb_final_clause_is_a_relative_pronoun() -> None:
    """"…, das Gewebeschädigungen … verhindert": "das" is no article of a plural, so it is the relative
    pronoun, the subject; the plural is the object."""
    text = "Die Firma baut ein Gerät, das Wasserschäden in alten Häusern meldet."
    assert _token(text, "das").pos == "PRON" and hints(text, "das")[0].startswith("Nominative")
    assert case_of(text, "Wasserschäden") == "Accusative"


def test_a_d_word_opening_a_main_clause_after_a_comma_is_an_article() -> None:
    """", die Melodiepfeifen klingen höher, …": the verb right after the noun, with the clause going on, is a
    main clause's (verb second), so "die" is the article of its subject, not a relative pronoun."""
    text = ("Der Klang der Borduntöne ist meist ein tieferes, sattes Brummen, die Melodiepfeifen klingen höher, "
            "je nach Instrumententyp auch durchdringender.")
    assert hints(text, "die")[0].startswith("Article of Melodiepfeifen")
    text = "Er sprach mit den Gruppen, die Menschen anpöbeln."
    assert hints(text, "die")[0].startswith("Relative pronoun")


def test_an_extended_attribute_after_a_copula_makes_its_noun_the_predicate() -> None:
    """"ist eine von Ingenieuren erdachte Maschine" with "erdachte" (also the Präteritum of erdenken) taken
    for the clause's verb: the participle describes the noun, the noun is the predicate of "ist", and "von"
    names who conceived it."""
    text = "Der Roboter ist eine von Ingenieuren erdachte Maschine."
    assert _token(text, "erdachte").pos == "ADJ" and _token(text, "erdachte").gloss[0] == "conceived"
    assert "predicate noun after sein" in joined(text, "Maschine") and case_of(text, "Roboter") == "Nominative"
    assert _token(text, "von").gloss[0] == "by"


def test_two_participles_joined_by_und_close_an_extended_attribute_together() -> None:
    """"eine von ihrem Vater geschriebene und von ihrer Mutter illustrierte Geschichte": both participles
    describe the noun after the second; the first is no verb of the clause (nor an adverb: "erdachtes")."""
    text = "Sie las eine von ihrem Vater geschriebene und von ihrer Mutter illustrierte Geschichte."
    assert hints(text, "eine")[0].startswith("Article of Geschichte")
    assert "Adjective agreeing with Geschichte" in joined(text, "geschriebene")
    assert case_of(text, "Geschichte") == "Accusative"
    text = "Das Gerät ist ein von Forschern erdachtes und durch die Firma weiterentwickeltes Modell."
    assert _token(text, "erdachtes").pos == "ADJ" and _token(text, "weiterentwickeltes").pos == "ADJ"
    assert _token(text, "weiterentwickeltes").gloss and "predicate noun after sein" in joined(text, "Modell")


def test_an_inflected_participle_closing_an_extended_attribute_is_its_nouns_adjective() -> None:
    """"mit den von vier Konzernen bekannten Daten" with "bekannten" taken for a finite verb (to confess):
    an article right before a preposition opens an attribute, which the participle before the noun
    closes; a finite verb after the noun ("… Ermittlung machte er …") stays the verb."""
    text = "Laut den Ergebnissen liegt China mit den von vier Konzernen bekannten Daten auf dem zweiten Platz."
    assert _token(text, "bekannten").pos == "ADJ" and _token(text, "bekannten").gloss[0] == "known"
    assert case_of(text, "Daten") == "Dative"
    text = "Das Programm hat trotz der aufgrund der Corona-Pandemie bestehenden weltweiten Reisebeschränkungen Hungrige versorgt."
    assert case_of(text, "Reisebeschränkungen") == "Genitive"
    assert "Article of Reisebeschränkungen" in hints(text, "der")[0]
    text = "Im Rahmen der von den Behörden eingeleiteten Ermittlung machte er Aussagen."
    assert _token(text, "machte").pos == "VERB"


def test_the_phrases_of_an_extended_attribute_belong_to_the_word_that_closes_it() -> None:
    """"um einen von der Regierung geplanten Umbau": the parser hangs "Umbau" under "Regierung" (or the
    preposition on the article), so "sich handeln um" loses its "um"; the attribute's noun phrase is the
    participle's, and "von" there names the doer (by)."""
    text = "Es handelt sich um einen von der Regierung geplanten Umbau."
    assert _token(text, "um").gloss[0].startswith("about") and _token(text, "handelt").phrase is not None
    assert joined(text, "Umbau").endswith("Accusative after um.")
    text = "Dabei handelt es sich um einen von den Behörden geleiteten Einsatz."
    assert _token(text, "handelt").phrase is not None
    text = "Die Zeitung berichtete von einem von vielen Bürgern unterschriebenen Brief."
    assert _token(text, "von", ).gloss[0] == "of" and _analysis(text).tokens[5].gloss[0] == "by"


def test_a_singular_konjunktiv_ii_takes_a_singular_subject() -> None:
    """"bestünde" is a singular (Konjunktiv II of bestehen, with the second vowel ü), whatever number the
    tagger gives it: its one phrase that can be nominative is the subject, and bestehen without an
    object is "to exist"."""
    text = "Am Abend bestünde dort die Gelegenheit, Fragen zu stellen."
    assert case_of(text, "Gelegenheit") == "Nominative"
    assert "Konjunktiv II" in hints(text, "bestünde")[0]
    assert _token(text, "bestünde").gloss[0].startswith("to exist")


def test_the_speaker_after_a_perfect_auxiliary_is_the_subject() -> None:
    """"Das hat das Amt mitgeteilt": what was said comes first and the speaker after the finite verb,
    in the Perfekt too, where the participle closes the clause; a thing after a reporting verb stays
    its object ("Dies hat die Vermutung bestätigt")."""
    assert case_of("Das hat das Berliner Bundeskanzleramt offiziell mitgeteilt.", "Bundeskanzleramt") == "Nominative"
    assert case_of("Dies hat die Ministerin am Montag bestätigt.", "Ministerin") == "Nominative"
    assert case_of("Dies hat die Vermutung bestätigt.", "Vermutung") == "Accusative"


def test_a_first_part_before_a_hyphen_closes_no_phrase_inside_an_extended_attribute() -> None:
    """"Der als … Chef einer CDU-geführten Bundesregierung gehandelte Politiker": "CDU-" is a first part,
    so "geführten" describes "Bundesregierung" inside the attribute, and "Der" is the article of
    "Politiker", which "gehandelte" closes; the government stays a genitive attribute."""
    text = "Der als neuer Chef einer CDU-geführten Bundesregierung gehandelte Politiker kritisierte den Plan."
    assert case_of(text, "Bundesregierung") == "Genitive"
    assert hints(text, "Der")[0].startswith("Article of Politiker")


def test_an_extended_attribute_whose_inner_phrase_holds_the_root_is_read_to_its_noun() -> None:
    """"ein 1904 im … Stadtteil Schalke gegründeter Sportverein" with the parser's root inside the
    attribute: the article and the participle still belong to "Sportverein" (the analysis once looped
    here, climbing from the noun to a root inside the attribute)."""
    text = "Der Verein ist ein 1904 im Gelsenkirchener Stadtteil Schalke gegründeter Sportverein."
    assert hints(text, "ein")[0].startswith("Article of Sportverein: nominative singular")
    assert hints(text, "gegründeter")[0].startswith("Adjective agreeing with Sportverein")


def test_the_zu_of_a_zu_infinitive_is_no_preposition_of_its_verb() -> None:
    """"in Kontakt zu stehen": the verb is not "stehen zu" (to stand by), whose preposition "zu" is."""
    text = "Ihnen wird vorgeworfen, mit Islamisten in Kontakt zu stehen."
    assert not _token(text, "stehen").gloss[0].startswith("to stand by")
    assert _token("Er will zu seinem Wort stehen.", "stehen").gloss[0].startswith("to stand by")


def test_a_bare_object_of_a_participle_opens_an_extended_attribute() -> None:
    """"mit den Ackerbau betreibenden Bambara": "den" is the article of the people, not of "Ackerbau" (the
    participle's object), so the people are a dative plural after "mit", not an object of "stehen"."""
    text = "Die Dogon stehen in Konflikt mit den Ackerbau betreibenden Bambara."
    assert hints(text, "den")[0].startswith("Article of Bambara: dative plural")
    assert case_of(text, "Bambara") == "Dative" and case_of(text, "Ackerbau") == "Accusative"
    assert case_of("Er kaufte den Wagen gestern.", "Wagen") == "Accusative"


def test_a_neuter_noun_made_from_an_adjective_shows_its_form_after_das() -> None:
    """"das Innere", "das Gute": the form after the article, not the strong "Inneres" nor a masculine
    "Guter"; "das Alter" (age) and "das Fenster" stay as they are."""
    assert "(das Innere)" in hints("Das Innere des Hauses ist schön.", "Innere")[0]
    assert "(das Gute)" in hints("Das Gute daran ist der Preis.", "Gute")[0]
    assert "(das Alter)" in hints("Das Alter spielt keine Rolle.", "Alter")[0]
    assert "(das Fenster)" in hints("Das Fenster ist offen.", "Fenster")[0]


def test_a_distance_before_a_preposition_of_place_is_an_accusative_of_measure() -> None:
    """"liegt nur sechs Meter über dem Meeresspiegel": no object of liegen, which takes none."""
    hint = hints("Die Stadt liegt nur sechs Meter über dem Meeresspiegel.", "Meter")
    assert any("Accusative of time or measure" in h for h in hint) and not any("direct object" in h for h in hint)


def test_a_pronoun_closes_the_phrase_of_a_preposition_inside_an_extended_attribute() -> None:
    """"die auf ihnen wachsenden Misteln": "die" is the article of Misteln (no relative pronoun), "auf" governs
    "ihnen", and Misteln is no dative after it."""
    text = "Er sagte, dass diese Bäume und die auf ihnen wachsenden Misteln heilig gewesen seien."
    assert hints(text, "die")[0].startswith("Article of Misteln")
    assert case_of(text, "Misteln") == "Nominative" and case_of(text, "ihnen") == "Dative"


def test_a_finite_verb_hung_on_the_root_noun_before_it_heads_the_sentence() -> None:
    """"Der Zeitpfeil bestimmt die Richtung der Zeit" parsed with the noun as the root and "bestimmt" its
    adverb ("certainly"): the verb (to determine), its subject and its object."""
    text = "Der Zeitpfeil bestimmt die Richtung der Zeit."
    assert _token(text, "bestimmt").gloss[0] == "to determine"
    assert case_of(text, "Zeitpfeil") == "Nominative" and case_of(text, "Richtung") == "Accusative"


def test_a_noun_of_two_genders_takes_the_case_its_article_and_role_show() -> None:
    """"Der große See liegt": "der See" is masculine (a lake), so "Der" is its nominative, the subject,
    not the dative of the feminine "die See"."""
    text = "Der große See liegt im Norden."
    assert hints(text, "See")[0].startswith("Nominative singular, masculine (der See)")
    assert hints("Die Schiffe liegen auf hoher See.", "See")[0].startswith("Dative singular, feminine (die See)")
    assert hints("Wir haben dort ein paar Tage verbracht.", "Tage")[0].startswith("Accusative plural, masculine")


def test_an_article_after_an_article_opens_the_participle_s_object() -> None:
    """"die den Fortschritt behindernden Strukturen": two articles in a row share no noun; "den
    Fortschritt" is the participle's object, and "die" (or "alle", which the tagger takes for a
    pronoun) the article of the structures, the verb's object, not a dative."""
    for text in (
        "Sie wollten die den Fortschritt behindernden Strukturen überwinden.",
        "Sie wollten alle den Fortschritt behindernden Strukturen überwinden.",
    ):
        assert case_of(text, "Strukturen") == "Accusative"
        assert not any("of überwinden" in hint for hint in hints(text, "Fortschritt"))
        assert "Present participle of behindern, used as an adjective." in hints(text, "behindernden")  # -ernd
    text = "Er sprach mit den das Projekt leitenden Forschern."
    assert hints(text, "leitenden")[0].startswith("Adjective agreeing with Forschern: dative plural")
    assert case_of("Die den Kindern helfenden Lehrer kamen.", "Lehrer") == "Nominative"
    # the participle's verb takes a dative: "der" is no genitive of a group "einer" is part of
    text = "Er sprach während einer der Strafprozessordnung folgenden Verhandlung."
    assert case_of(text, "Strafprozessordnung") == "Dative" and case_of(text, "Verhandlung") == "Genitive"


def test_a_name_renaming_a_noun_inside_an_extended_attribute_stays_inside() -> None:
    """"die von den Enzyklopädisten Denis Diderot herausgegebene Enzyklopädie": the name after the
    attribute's noun does not end the attribute; "die" is the encyclopedia's article, the subject."""
    text = "Damals galt die von den Enzyklopädisten Denis Diderot herausgegebene Enzyklopädie als wichtig."
    assert hints(text, "die")[0].startswith("Article of Enzyklopädie: nominative singular")
    assert case_of(text, "Enzyklopädie") == "Nominative"


def test_the_reporting_verb_after_a_quotation_heads_its_own_clause() -> None:
    """"„Wir haben … vermieden“, erklärt mit milder Stimme Castellanos": "erklärt" is a present tense of
    its own, not a second participle of the quotation's "haben", and the name after the phrase is its
    speaker, not the voice's name."""
    text = "„Wir haben alle Formulierungen vermieden“, erklärt mit milder Stimme Castellanos."
    assert hints(text, "erklärt")[0].startswith("Präsens: erklärt")
    assert case_of(text, "Castellanos") == "Nominative"
    assert any("subject of erklären" in hint for hint in hints(text, "Castellanos"))


def test_a_name_after_a_prepositions_noun_renames_it() -> None:
    """"mit dem Minister Müller": the name renames the minister (a dative), though "Müller" is also a
    plural noun (millers); it is no object of the verb."""
    text = "Das sagte er gestern mit dem Minister Müller."
    assert case_of(text, "Müller") == "Dative"
    # a place's name that is a common noun too ("Halle": hall) renames a noun naming places
    assert case_of("In der Stadt Halle wohnen viele Menschen.", "Halle") == "Dative"


def test_a_space_the_tokenizer_keeps_is_no_phrase_of_the_clause() -> None:
    """A space the parser made a subject (here a text's leading space) leaves the subject after the
    verb its nominative: "schreibt die in Paris ansässige Organisation, das Programm habe …"."""
    text = " In ihrem Bericht schreibt die in Paris ansässige Organisation, das Programm habe Verbesserungen gebracht."
    assert case_of(text, "Organisation") == "Nominative"


def test_a_participle_in_the_spelling_before_1996_closes_its_verb_complex() -> None:
    """"hatten … geführt und … veranlaßt", "hatte es nicht gewußt": old ß spellings are participles too,
    so the learner sees a Plusquamperfekt, not a present tense of a verb in second place."""
    text = "Noch am Freitag hatten Spekulationen zu Spannungen geführt und Notenbankinterventionen veranlaßt."
    assert hints(text, "veranlaßt")[0].startswith("Plusquamperfekt with haben: hatten … veranlaßt")
    assert hints("Sie hatte es nicht gewußt.", "gewußt")[0].startswith("Plusquamperfekt with haben: hatte … gewußt")


def test_an_adjective_before_an_adjective_with_its_ending_declines_alike() -> None:
    """"diverser psychologischer Schulen": the tagger took "diverser" for a determiner; the dictionary has it
    as an adjective with the same ending, so both are strong (no article), not weak after "diverser"."""
    text = "Die Lehre diverser psychologischer Schulen war umstritten."
    assert hints(text, "psychologischer")[1] == "Ending -er: strong declension (no article before it)."
    assert hints("Eine neue Idee kam auf.", "neue")[1] == "Ending -e: mixed declension after Eine."


def test_an_als_phrase_is_no_second_subject() -> None:
    """"womit das Land als letzte Diktatur Europas gilt": the parser joined the "als" phrase to the subject
    as a conjunct; it is what the country is regarded as, not a second subject."""
    text = "Seit 1994 regiert er, womit das Land als letzte Diktatur Europas gilt."
    assert not any("subject" in hint for hint in hints(text, "Diktatur"))
    assert case_of(text, "Diktatur") == "Nominative"


def test_an_attribute_ended_by_a_comma_belongs_to_the_noun_after_it() -> None:
    """"die seit Jahren aus dem Ausland importierte, billige Kohle": one noun phrase with two attributes,
    not a relative clause; the article is the noun's, the participle an adjective."""
    text = "Er kritisierte die seit Jahren aus dem Ausland importierte, billige Kohle."
    assert hints(text, "die")[0].startswith("Article of Kohle: accusative singular, feminine")
    assert hints(text, "importierte")[1] == "Past participle of importieren, used as an adjective."
    assert case_of(text, "Kohle") == "Accusative"
    # after a fronted object the noun is the subject, its article with it
    text = (
        "Die Untersuchung der Triebe und die Erarbeitung einer Theorie sah die seit den 1950er-Jahren aus der"
        " Zoologie hervorgegangene, klassische vergleichende Verhaltensforschung als eines ihrer Ziele an."
    )
    assert hints(text, "die", 1)[0].startswith("Article of Verhaltensforschung: nominative singular")
    assert hints(text, "hervorgegangene")[1] == "Past participle of hervorgehen, used as an adjective."


def test_a_whose_clause_with_sein_is_a_relative_clause() -> None:
    """"ein Binnenstaat, dessen Hauptstadt Minsk ist": the capital is the clause's subject and Minsk its
    predicate, not appositions renaming the country."""
    text = "Weißrussland ist ein osteuropäischer Binnenstaat, dessen Hauptstadt Minsk ist."
    assert any("subject of sein" in hint for hint in hints(text, "Hauptstadt"))
    assert any("predicate noun" in hint for hint in hints(text, "Minsk"))
    assert not any("apposition" in hint for hint in hints(text, "Hauptstadt") + hints(text, "Minsk"))


def test_a_zu_infinitive_has_no_subject_of_its_own() -> None:
    """"Dänemark hat von seinem Recht, Renten zu besteuern, keinen Gebrauch gemacht": the parser made the
    zu-infinitive the sentence's head; Denmark is the subject of machen, and the zu-infinitive completes
    "Recht". "draußen zu sitzen ist eine Wonne": the noun is the predicate, not the infinitive's subject."""
    text = "Dänemark hat von seinem Recht, Renten von Deutschen zu besteuern, lange gar keinen Gebrauch gemacht."
    assert any("subject of machen" in hint for hint in hints(text, "Dänemark"))
    assert hints(text, "besteuern")[0] == "zu-infinitive (zu besteuern, 'to …') completing Recht."
    text = 'Im Sommer draußen zu sitzen ist immer wieder eine "Wonne", so man noch einen Platz bekommt'
    assert any("predicate noun after sein" in hint for hint in hints(text, "Wonne"))


def test_of_a_bare_noun_and_one_with_ein_after_sein_the_second_is_the_predicate() -> None:
    """"Im engeren Sinne ist Instinkt ein historischer Fachbegriff": instinct is the subject, the term the
    predicate (the parser had it the other way round); a genitive with "eines" stays an attribute."""
    text = "Im engeren Sinne ist Instinkt ein historischer Fachbegriff der Verhaltensforschung."
    assert any("subject of sein" in hint for hint in hints(text, "Instinkt"))
    assert any("predicate noun after sein" in hint for hint in hints(text, "Fachbegriff"))
    text = "Berlin ist Hauptstadt eines großen Landes."
    assert any("predicate noun after sein" in hint for hint in hints(text, "Hauptstadt"))


def test_a_month_after_mitte_anfang_or_ende_is_a_time_not_the_subject() -> None:
    """"Mitte Dezember soll das Parlament entscheiden": the month says when (an accusative of time, one
    month); the parliament is the subject. "Ende 2020 kaufte die Firma das Werk": the end is no object."""
    text = "Mitte Dezember soll das Parlament über die Zollunion entscheiden."
    assert hints(text, "Dezember") == ["Accusative singular, masculine (der Dezember).", "Accusative of time or measure (how long? when?)."]
    assert any("subject of entscheiden" in hint for hint in hints(text, "Parlament"))
    assert any("subject of beschließen" in hint for hint in hints("Anfang Januar hat die Regierung das Gesetz beschlossen.", "Regierung"))
    assert hints("Ende 2020 kaufte die Firma das Werk.", "Ende")[1] == "Accusative of time or measure (how long? when?)."


def test_an_adjective_without_an_ending_agrees_with_no_noun() -> None:
    """"deutsch Republik Belarus" (in German: …): an attributive adjective would need an ending, so the
    learner is not told "deutsch" agrees with "Republik"."""
    text = "Die amtliche Vollform lautet Respublika Belarus, deutsch Republik Belarus."
    assert not any("agreeing" in hint for hint in hints(text, "deutsch"))
    assert hints(text, "amtliche")[0].startswith("Adjective agreeing with Vollform")


def test_a_bare_name_right_after_the_subject_renames_it() -> None:
    """"Der Landesname Belarus setzt sich … zusammen": the parser made both subjects; the name renames the
    noun (nominative), it is no second subject nor an object."""
    text = "Der Landesname Belarus setzt sich aus zwei Teilen zusammen."
    assert hints(text, "Belarus")[0].startswith("Nominative singular")
    assert any("renames" in hint for hint in hints(text, "Belarus"))


def test_the_heading_mark_is_nothing_a_title_renames() -> None:
    """"# Christentum" as a Markdown heading: the title is no apposition of the "#"."""
    assert not any("#" in hint for hint in hints("# Christentum\n\nDas Christentum ist alt.", "Christentum"))


def test_of_two_nouns_with_articles_after_sein_the_first_is_the_subject() -> None:
    """"ist der Islam die … wachsende Religion" with the parser's attribute "Religion": after a fronted
    phrase the first noun is the subject and the second, whose article may be nominative and cannot be
    genitive, the predicate; "der Sohn der Königin" keeps its genitive."""
    text = "Nach der Zahl der Mitglieder ist der Islam die am schnellsten wachsende Religion."
    assert any("subject of sein" in hint for hint in hints(text, "Islam"))
    assert any("predicate noun after sein" in hint for hint in hints(text, "Religion"))
    # a prepositional phrase with an amount in brackets between the two, and one opening the sentence
    text = "Mit rund drei Millionen Einwohnern ist das Land vor Hamburg (knapp zwei Millionen) die größte Region im Norden."
    assert any("subject of sein" in hint for hint in hints(text, "Land"))
    assert any("predicate noun after sein" in hint for hint in hints(text, "Region"))
    assert case_of("Heute ist er der Sohn der Königin.", "Königin") == "Genitive"


def test_a_subject_after_a_prepositional_phrase_is_the_verb_s() -> None:
    """"Dabei entsteht bei jedem Schritt ein Geräusch": the parser hung the subject on "Schritt"; a
    preposition governs one phrase, and a verb without a subject takes the next as its subject."""
    text = "Dabei entsteht bei jedem Schritt ein lautes Geräusch."
    assert any("subject of entstehen" in hint for hint in hints(text, "Geräusch"))


def test_a_list_after_a_comma_is_no_apposition() -> None:
    """"die katholische Kirche, die orthodoxen Kirchen und die evangelischen Kirchen" are three items, not
    one church renamed; "Der Präsident, ein Jurist und Politiker, sprach" is an apposition closed by its comma."""
    text = "Die größten Gruppen sind die katholische Kirche, die orthodoxen Kirchen und die evangelischen Kirchen."
    assert not any("renames" in hint for hint in hints(text, "Kirchen") + hints(text, "Kirchen", 1))
    assert any("renames" in hint for hint in hints("Der Präsident, ein Jurist und Politiker, sprach.", "Jurist"))
    # a longer list, whose later items the parser joined to the first
    text = "Die Konfessionen lassen sich in vier Gruppen zusammenfassen: die katholische Kirche, die orthodoxen Kirchen, die protestantischen Kirchen und die Freikirchen."
    assert not any("renames" in hint for nth in range(2) for hint in hints(text, "Kirchen", nth))


def test_an_amount_in_brackets_renames_nothing() -> None:
    """"der Hinduismus (rund 900 Millionen)": the number of followers is no second name of the religion."""
    text = "Danach folgen der Islam und der Hinduismus (rund 900 Millionen)."
    assert not any("renames" in hint for hint in hints(text, "Millionen"))


def test_a_genitive_in_es_after_its_noun_is_a_genitive() -> None:
    """"als Sohn Gottes verehrt": Gottes is the genitive of Gott, not an object nor a godmother; a full
    name's last part in -es is no genitive of a noun ("Sherlock Holmes" is no holm's)."""
    text = "Nach seinem Tod wurde er in Rom als Sohn Gottes verehrt."
    assert case_of(text, "Gottes") == "Genitive"
    assert _token(text, "Gottes").lemma == "Gott"
    text = "Er beschloss, auf seine Figur Sherlock Holmes zurückzugreifen."
    assert case_of(text, "Holmes") != "Genitive" and not _token(text, "Holmes").gloss


def test_a_capitalised_adjective_of_a_name_without_an_article_agrees_by_its_strong_ending() -> None:
    """"Vater, Sohn und Heiligem Geist": holy, the adjective of Geist (dative masculine, strong -em), not the
    noun "saint" with the spirit renaming it."""
    text = "Gott ist eine Einheit aus Vater, Sohn und Heiligem Geist."
    assert _token(text, "Heiligem").pos == "ADJ"
    assert not any("renames" in hint for hint in hints(text, "Geist"))


def test_a_noun_with_its_own_article_before_a_name_is_a_word() -> None:
    """"seiner Mutter Julia": the mother is a word, glossed and learnable, though Wiktionary lists
    "Mutter" as a surname too; the first name after it stays a name."""
    token = _token("Er hatte eine enge Bindung zu seiner Mutter Julia.", "Mutter")
    assert token.gloss and token.gloss[0] == "mother" and token.learnable
    assert not _token("Er hatte eine enge Bindung zu seiner Mutter Julia.", "Julia").gloss


def test_a_verb_that_takes_no_object_has_its_bare_phrase_as_its_subject() -> None:
    """"Vorige Woche fand … ein Treffen … statt": stattfinden takes no object (Ding: {vi} only), so the
    phrase the parser left unattached to a role is its subject, and the time before it is none."""
    text = "Vorige Woche fand in der Hauptstadt Kenias, in Nairobi, ein Treffen des Rates der afrikanischen Länder statt."
    assert any("subject of stattfinden" in hint for hint in hints(text, "Treffen"))
    text = "Letzten Montag fand in der Stadt Bonn, am Rhein, ein Gipfel der Außenminister statt."
    assert any("subject of stattfinden" in hint for hint in hints(text, "Gipfel"))


def test_two_abbreviations_in_a_row_have_no_case() -> None:
    """"z. B.", "n. Chr.": an adverb made of abbreviations, whatever class the tagger gave its parts."""
    assert not any(case_of_hint for case_of_hint in hints("Das gilt in vielen Fächern (z. B. in der Musik).", "B."))
    assert not hints("Er lebte um 30 n. Chr. in Rom.", "Chr.")


def test_a_long_list_names_its_first_word_once() -> None:
    """The fifth item of a list the parser chained names the list's first word, not every item before it."""
    hint = joined("Sie will Empfindungen, Emotionen, Gedanken, Motive und Merkmale anderer Personen erkennen.", "Merkmale")
    assert hint.count("joined with") == 1 and "joined with Empfindungen" in hint


def test_a_zu_infinitive_after_a_comma_is_a_clause_of_its_own() -> None:
    """"Er hat die Möglichkeit, das Haus zu kaufen": after the comma the zu-infinitive opens its own clause,
    so "hat" is haben (to have) with its object, and the infinitive completes "Möglichkeit"; without the
    comma "hat … zu verkaufen" is haben with a zu-infinitive (must sell)."""
    text = "Er hat die Möglichkeit, das Haus zu kaufen."
    assert any("direct object of haben" in hint for hint in hints(text, "Möglichkeit"))
    assert hints(text, "kaufen")[0] == "zu-infinitive (zu kaufen, 'to …') completing Möglichkeit."
    assert any("haben + zu-infinitive" in hint for hint in hints("Er hat das Haus zu verkaufen.", "verkaufen"))


def test_a_list_closed_before_the_comma_of_a_zu_infinitive_is_the_verb_s_before() -> None:
    """"beschreibt die Fähigkeit und Bereitschaft, Gefühle und Gedanken … zu erkennen": the two nouns before
    the comma are what "beschreibt" describes; the ones after it what "erkennen" recognises."""
    text = "Sie beschreibt die Fähigkeit und Bereitschaft, Gefühle und Gedanken anderer Menschen zu erkennen."
    assert any("direct object of beschreiben" in hint for hint in hints(text, "Fähigkeit"))
    assert any("direct object of erkennen" in hint and "Fähigkeit" not in hint for hint in hints(text, "Gefühle"))


def test_a_participle_commenting_on_its_sentence_is_no_passive() -> None:
    """"Staatsrechtlich gesehen war die Eidgenossenschaft ein Bund": legally speaking; "war" is the copula
    of "Bund", the confederation its subject, no state passive of sehen with an object. "Genau genommen
    wächst die Stadt nicht": wachsen is the clause's verb, not an auxiliary of nehmen."""
    text = "Staatsrechtlich gesehen war die Eidgenossenschaft ein loser Bund."
    assert any("subject of sein" in hint for hint in hints(text, "Eidgenossenschaft"))
    assert any("predicate noun after sein" in hint for hint in hints(text, "Bund"))
    assert not any("passive" in hint for hint in hints(text, "war"))
    assert any("present tense of wachsen" in hint for hint in hints("Genau genommen wächst die Stadt nicht.", "wächst"))
    # between sein and its predicate, or set off by commas
    text = "Der alte Bund war staatsrechtlich gesehen ein lockerer Staatenbund."
    assert not any("passive" in hint for hint in hints(text, "war"))
    assert any("predicate noun after sein" in hint for hint in hints(text, "Staatenbund"))
    assert not any("passive" in hint for hint in hints("Die Lage ist, historisch gesehen, einmalig.", "ist"))
    assert any("Perfekt" in hint for hint in hints("Er hat genau gesehen, dass sie kam.", "hat"))


def test_a_number_word_in_enden_is_no_present_participle() -> None:
    """"von zehntausenden Anhängern": no verb "zehntausen" whose participle it would be."""
    assert not any("participle" in hint for hint in hints("Er sprach vor zehntausenden Zuhörern.", "zehntausenden"))
    assert any("Present participle of steigen" in hint for hint in hints("Er klagte über steigende Preise.", "steigende"))


def test_a_bare_singular_after_sein_and_a_noun_with_its_article_is_the_predicate() -> None:
    """"Damals war sein Vater Arzt in Berlin": "Arzt", with no article, is what the father was; "sein
    Vater" is the subject, not the predicate with "Arzt" its attribute."""
    text = "Damals war sein Vater Arzt in Berlin."
    assert any("subject of sein" in hint for hint in hints(text, "Vater"))
    assert any("predicate noun after sein" in hint for hint in hints(text, "Arzt"))


def test_an_indefinite_nominative_before_gewesen_sein_is_the_predicate() -> None:
    """"Troja soll eine reiche Stadt gewesen sein": of the two nominatives the one with "ein" is what Troy
    is said to have been; "soll" keeps its reading of a claim (is said to)."""
    text = "Troja soll eine reiche Stadt gewesen sein."
    assert any("predicate noun after sein" in hint for hint in hints(text, "Stadt"))
    assert any("subject of sein" in hint for hint in hints(text, "Troja"))
    assert _token(text, "soll").gloss[0] == "is said to"


def test_the_second_item_of_sowohl_als_auch_shares_the_first_s_preposition() -> None:
    """"sowohl für Gerhard Schröder als auch Angela Merkel": one "für" for both names, so both accusative,
    however the parser hung the second."""
    text = "Danach arbeitete sie sowohl für Gerhard Schröder als auch Angela Merkel im Kanzleramt."
    assert case_of(text, "Angela") == "Accusative"


def test_a_place_name_of_two_words_is_one_phrase_and_the_name_after_the_verb_its_subject() -> None:
    """"in Los Angeles stellte Apple … vor": "Angeles" belongs to "Los" after "in", so it is no subject,
    and the company after the verb is."""
    text = "Auf einer Messe in Los Angeles stellte Apple sein neues Telefon vor."
    assert not any("subject" in hint for hint in hints(text, "Angeles"))
    assert any("subject of vorstellen" in hint for hint in hints(text, "Apple"))


def test_a_relative_clause_after_a_genitive_attribute_is_no_clause_object() -> None:
    """"… für das Amt des Nationalen Beraters vorgeschlagen, das … vakant war": the clause after the comma
    describes "Amt" (das), not what was proposed, so the person proposed is the accusative object."""
    text = (
        "Der Präsident hat Robert Lindqvist für das Amt des Nationalen Beraters vorgeschlagen, das seit dem Rücktritt"
        " von Peter Holm vakant war."
    )
    assert case_of(text, "Robert") == "Accusative"


def test_a_verb_opening_a_condition_before_dann_is_its_verb_and_the_phrase_after_it_the_subject() -> None:
    """"Isst ein Kind zu viel Zucker, dann bekommt es Bauchweh": "Isst" opens a condition (if a child
    eats …), and "ein Kind" is its subject, nominative."""
    text = "Isst ein Kind sehr viel Zucker, dann bekommt es Bauchweh."
    assert _token(text, "Isst").pos == "VERB"
    assert case_of(text, "Kind") == "Nominative"
    # the verb's lemma as anywhere: "ins Blut" is gelangen's "in", not gelingen's past
    assert _token("Gelangen aber nur wenige Keime ins Blut, dann wird man krank.", "Gelangen").lemma == "gelangen"


def test_a_foreign_plural_in_a_may_be_dative_after_a_two_way_preposition() -> None:
    """"Es gibt neben Antibiotika noch andere Mittel": a plural in -a takes no -n in the dative, so nothing
    rules the dative out, and "neben" without a verb of motion takes it."""
    assert case_of("Es gibt neben Antibiotika noch andere Mittel.", "Antibiotika") == "Dative"


def test_the_first_of_two_objects_before_a_zu_infinitive_is_the_finite_verb_s() -> None:
    """"erhielt die Stadt vom Kaiser das Recht einen Markt abzuhalten": abhalten takes one object (the
    market); the right is what the town received."""
    text = "Im Jahr 1200 erhielt die Stadt vom Kaiser das Recht einen Markt abzuhalten."
    assert any("direct object of erhalten" in hint for hint in hints(text, "Recht"))
    assert any("direct object of abhalten" in hint for hint in hints(text, "Markt"))


def test_welche_before_a_name_is_the_relative_pronoun() -> None:
    """"Die Region, welche Birmingham umgibt": no name takes a determiner, so "welche" is the relative
    pronoun, the subject, and the city the object."""
    text = "Die Region, welche Birmingham umgibt, ist sehr grün."
    assert _token(text, "welche").pos == "PRON"
    assert case_of(text, "Birmingham") == "Accusative"


def test_a_quotation_right_after_a_noun_is_its_name() -> None:
    """'ein Buch mit dem Titel "Nova Terra"': the quoted words name the title; they are no object of the
    verb, which the book is."""
    text = 'Er schrieb ein Buch mit dem Titel "Nova Terra".'
    assert not any("direct object" in hint for hint in hints(text, "Terra"))
    assert any("direct object of schreiben" in hint for hint in hints(text, "Buch"))


def test_welch_after_a_comma_that_follows_a_noun_opens_a_relative_clause() -> None:
    """"Handelspraktiken, bei welchen Unternehmen … anbieten": after its noun "welch-" is the relative
    pronoun with the preposition (in which), and the companies are the clause's subject; after a verb it is
    the question's determiner ("zeigte, über welche Finanzkraft …")."""
    text = "Dumping nennt man Praktiken, bei welchen Unternehmen aus Drittstaaten zu niedrigen Preisen anbieten."
    assert _token(text, "welchen").pos == "PRON"
    assert case_of(text, "Unternehmen") == "Nominative"
    text = "Die Regel ergänzt die Rechte der Kommission, welche Zölle und Quoten umfassen."
    assert case_of(text, "Zölle") == "Accusative"
    assert _token("Der Fall zeigte, über welche Finanzkraft die Vereine verfügen.", "welche").pos == "DET"


def test_diese_before_an_adjective_in_the_strong_ending_of_a_plural_stands_alone() -> None:
    """"wenn diese unrechtmäßige Vorteile … bekommen": after "diese" the adjective would end in "-en", so
    "diese" is the subject (they) and the advantages the object; "diese neuen Regeln" is one phrase."""
    text = "Zölle sind möglich, wenn diese unrechtmäßige Vorteile in ihrem Heimatland bekommen."
    assert _token(text, "diese").pos == "PRON"
    assert case_of(text, "Vorteile") == "Accusative"
    assert _token("Diese neuen Regeln gelten ab Mai.", "Diese").pos == "DET"


def test_zu_before_an_adjective_with_no_dative_ending_is_too() -> None:
    """"zählen dazu … zu niedrige Preise": "-e" is no dative after no article, so "zu" grades the adjective
    (too low), and the prices are the subject; "zu niedrigen Preisen" keeps the preposition."""
    text = "Dazu zählen zum Beispiel zu niedrige Preise für Energie."
    assert _token(text, "zu").gloss[0] == "too"
    assert case_of(text, "Preise") == "Nominative"
    assert case_of("Sie bieten Waren zu niedrigen Preisen an.", "Preisen") == "Dative"


def test_an_adjective_in_em_makes_a_noun_in_e_its_old_dative_singular() -> None:
    """"in besonders hohem Maße": "hohem" is dative singular, so "Maße" is the singular (to a high degree),
    no accusative plural "measures" of a direction."""
    assert case_of("China begünstigt in besonders hohem Maße eigene Firmen.", "Maße") == "Dative"


def test_a_demonstrative_before_the_finite_verb_is_no_article_of_the_noun_after_it() -> None:
    """"Das bringt Wasser zum Kochen": no article stands across the finite verb, so "Das" is the subject
    (that) and the water the object."""
    text = "Das bringt Wasser zum Kochen."
    assert _token(text, "Das").pos == "PRON"
    assert case_of(text, "Wasser") == "Accusative"


def test_a_da_adverb_whose_preposition_the_verb_governs_is_its_object_no_particle() -> None:
    """"Dazu zählen … Preise": zählen zu (to be among), "dazu" among them, no verb "dazuzählen"; "Er blieb
    dabei" keeps dabeibleiben, which the dictionary lists."""
    text = "Nach Ansicht der Kommission zählen dazu zum Beispiel hohe Preise für Energie."
    assert not any("dazuzählen" in hint or "Separable" in hint for hint in hints(text, "zählen"))
    assert any("dabei|bleiben" in hint for hint in hints("Trotz der Kritik blieb er dabei.", "blieb"))
