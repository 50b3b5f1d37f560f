"""The sentence as evidence for a word's sense: whether its verb has an object, what "als" compares,
whom a possessive points back to. Against the shipped lexicon and the real pipeline."""

from __future__ import annotations

from reader.lexicon.ranking import gloss_core
from reader.nlp.sense_conditions import construction


def _tokens(text: str) -> dict[str, object]:
    from reader.nlp import analyze

    return {token.text: token for token in analyze(text).tokens}


def _first(text: str, word: str) -> str:
    token = _tokens(text)[word]
    phrase = token.phrase
    shown = phrase["gloss"][0] if phrase and phrase.get("gloss") and not phrase.get("word_first") else token.gloss[0]
    return gloss_core(shown)


def test_a_verb_without_an_object_shows_the_sense_ding_gives_it_without_one() -> None:
    """"umstürzen {vi}": to fall over; "umstürzen {vt}": to blow over (sth.)."""
    assert _first("Bei dem Sturm stürzte ein Kran um.", "stürzte") in ("fall over", "fall down")
    assert _first("Der Sturm stürzte einen Kran um.", "stürzte") != "fall over"


def test_a_left_out_object_keeps_the_transitive_sense() -> None:
    """"wie die Zeitung berichtete": to report; "davon gehört": to hear, not to listen to."""
    assert _first("Wie die Zeitung berichtete, ist der Minister zurückgetreten.", "berichtete") == "report"
    assert _first("Er hatte erst zwei Wochen zuvor davon gehört.", "gehört") == "hear"


def test_a_perfect_with_sein_is_the_verb_s_use_without_an_object() -> None:
    """"ist über die Inseln gezogen" (sein): moved; "hat den Wagen gezogen" (haben): pulled."""
    assert _first("Der Sturm ist langsam über die Inseln gezogen.", "gezogen") in ("move", "go", "pass")
    assert _first("Das Pferd hat den Wagen gezogen.", "gezogen") == "pull"


def test_als_after_a_comparative_is_than() -> None:
    assert _first("Mehr als die Hälfte der Abgeordneten war dagegen.", "als") == "than"
    assert _first("Es wurden mehr als 10.000 Menschen getötet.", "als") == "than"
    assert _first("Der Turm ist höher als das Rathaus.", "als") == "than"
    assert _first("Er arbeitet seit Jahren als Lehrer in Berlin.", "als") != "than"
    # a comparative the morphologizer left positive, across the comma of the clause "als" opens
    assert _first("Es ist wichtiger, als viele glauben.", "als") == "than"


def test_als_opening_a_clause_only_a_comparison_has_is_than() -> None:
    """A zu-infinitive after a comma, or "als dass": rather than; "als" before a zu-infinitive with no comma
    ("gilt als schwer zu fassen") stays as, a clause with a finite verb when."""
    assert _first("Der Begriff gibt eher eine Perspektive wieder, als der Entwicklung gerecht zu werden.", "als") == "than"
    assert _first("Er arbeitet lieber, als dass er schläft.", "als") == "than"
    assert _first("Der Täter gilt als schwer zu fassen.", "als") != "than"
    assert _first("Sie arbeitete, als er kam, um zu helfen.", "als") != "than"
    assert _first("Der Präsident kündigte an, als nächstes die Region anzugreifen.", "als") != "than"


def test_unter_with_people_is_among() -> None:
    """A dative plural naming people (a noun with a feminine in -in, one declined like an adjective):
    among; a thing or a condition: under."""
    assert _first("Der Wallfahrtsort ist unter Katholiken bekannt.", "unter") == "among"
    assert _first("Unter den Toten ist ein Deutscher.", "Unter") == "among"
    assert _first("Die Katze lag unter den Bäumen.", "unter") == "under"
    assert _first("Unter den Bedingungen ist das schwer.", "Unter") == "under"


def test_a_possessive_in_a_zu_infinitive_points_to_who_does_it() -> None:
    """A zu-infinitive has no subject of its own: "um … zu" is its clause's subject's doing, another
    infinitive after an object ("forderte die Menschen auf, …") the object's."""
    assert _first("Die Parteien nutzen das Programm, um ihre eigenen Ziele zu verfolgen.", "ihre") == "their"
    assert _first("Die Einwohner sind aufgerufen, mit ihrer Stimme über das Parlament abzustimmen.", "ihrer") == "their"
    assert _first("Die Schüler schwänzen den Unterricht, um sich für die Umwelt einzusetzen.", "sich") == "themselves"
    assert _first("Die Regierung forderte die Menschen auf, sich über die Zukunft Gedanken zu machen.", "sich") == "themselves"


def test_es_of_a_verb_phrase_is_shown_as_itself_before_the_phrase() -> None:
    """"es gibt": "es" is there (the sense of its own the phrase spells), "gab" the phrase; "es geht
    um": "es" is it."""
    tokens = _tokens("Im Parlament gab es 225 Gegenstimmen.")
    assert gloss_core(tokens["es"].gloss[0]) == "there" and tokens["es"].phrase["word_first"]
    assert _first("Im Parlament gab es 225 Gegenstimmen.", "gab") == "there is …"
    assert _first("Es geht um die Zukunft der Stadt.", "Es") == "it"


def test_a_sense_whose_note_names_the_verb_s_object_goes_first() -> None:
    """"to run (a business)": "führt ein Unternehmen" (business), not "to lead"; without such an
    object the ranking stands."""
    assert _first("Er führt seit Jahren ein kleines Unternehmen in Berlin.", "führt") == "run"
    assert _first("Er führt die Partei seit Jahren.", "führt") == "lead"


def test_a_dictionary_line_naming_the_verb_s_object_gives_its_sense() -> None:
    """"(Recht) verletzen; (Gesetz) übertreten": an object Ding names beside the verb decides its sense,
    as a passive's subject does ("(einen Vertrag) verletzen"); a person hurt stays injured."""
    assert _first("Wir vermieden alles, was ein Gesetz in Kuba verletzen könnte.", "verletzen") == "violate"
    assert _first("Der Vertrag wurde im Mai verletzt.", "verletzt") == "breach"
    assert _first("Der Hund hat den Briefträger verletzt.", "verletzt") == "injure"


def test_a_fronted_als_phrase_keeps_the_phrase_of_its_verb() -> None:
    """"Als eines der Hauptwerke galt …": "als" hangs on the phrase's head, the pronoun "eines", and
    "galt" is still read with it as "gelten als" (to be considered)."""
    assert _first("Als eines der Hauptwerke der Epoche galt die Enzyklopädie.", "galt") == "be considered"


def test_a_possessive_does_not_point_to_its_own_noun() -> None:
    """"Seine Werke zählten …": the works are not whose they are (his, not its); after "und" the
    subject before it is ("Das Land und seine Bewohner": its)."""
    assert _first("Seine Werke zählten zu den besten.", "Seine") == "his"
    assert _first("Das Land und seine Bewohner leiden.", "seine") == "its"


def test_mag_with_a_perfect_infinitive_grants_a_possibility() -> None:
    """"mag … ausgesehen haben": may have looked, not "to like"; "Ich mag Kaffee" likes it, and is no
    "Ich möchte …" (I should like to), a phrase of the Konjunktiv II."""
    assert _first("Das mag eine Zeit lang so ausgesehen haben.", "mag") == "may"
    assert _first("Ich mag Kaffee.", "mag") == "like"


def test_an_un_adjective_the_dictionary_lacks_is_its_base_negated_as_english_negates_it() -> None:
    """"unakzeptabel" (Ding lists only "akzeptabel"): unacceptable, marked a guess, in every form."""
    from reader.lexicon import lookup

    assert lookup("unakzeptabel", "ADJ").gloss[0] == "unacceptable (probably)"
    assert _first("Das sei eine unakzeptable Lösung.", "unakzeptable") == "unacceptable"
    assert lookup("unsicher", "ADJ").gloss[0] == "uncertain"  # listed: Ding's own senses


def test_a_verb_phrase_the_parser_hung_on_the_verb_s_object_is_still_found() -> None:
    """"Rechte außer Kraft zu setzen": the parser hangs "außer Kraft" on "Rechte"; it is the verb's
    phrase (to suspend), not "strength"."""
    tokens = _tokens("Die Regierung zielt darauf ab, demokratische Rechte außer Kraft zu setzen.")
    assert tokens["Kraft"].phrase["term"] == "außer Kraft setzen"
    assert _first("Die Regierung zielt darauf ab, demokratische Rechte außer Kraft zu setzen.", "Kraft") == "suspend"
    joined = "Der Präsident zieht vorgezogene Präsidenten- und Parlamentswahlen in Betracht."
    assert _tokens(joined)["Betracht"].phrase["term"] == "in Betracht ziehen"  # on a noun joined to the object


def test_an_article_without_a_noun_is_a_demonstrative() -> None:
    """"Das brachte sie ins Spiel": the parser makes "Das" a subject, so it stands for a noun: that."""
    assert _first("Italien war dagegen. Das brachte von der Leyen ins Spiel.", "Das") == "that"
    assert _first("Das Haus ist alt.", "Das") == "the"
    assert _first("Bis ich bei Uwe war, seit dem gehe ich nur noch zu ihm.", "dem") == "that"  # a preposition's
    assert _first("Er sprach mit dem Mann.", "dem") == "the"


def test_a_plural_noun_of_a_collocation_is_read_in_its_plural_sense() -> None:
    """"Daten sammeln" (to gather data): "Daten" is data (the plural's sense, not its lemma Datum's
    dates), so the phrase is a collocation and each word shows its own sense."""
    tokens = _tokens("Der Dienst sammelt eine Vielzahl von Daten über Menschen.")
    assert tokens["Daten"].gloss[0] == "data" and _first("Der Dienst sammelt eine Vielzahl von Daten über Menschen.", "Daten") == "data"


def test_a_subject_sie_takes_the_number_of_the_verb_tagged_finite() -> None:
    """"nachdem sie sich … widersetzt hatten": the morphologizer calls "widersetzt" a finite singular;
    "hatten" is the finite verb, plural: they."""
    text = "Viele Bewohner sitzen dort fest, nachdem sie sich offenbar der angeordneten Evakuierung widersetzt hatten."
    assert _first(text, "sie") == "they"


def test_um_tagged_as_the_um_of_um_zu_is_in_order_to() -> None:
    """The tagger's KOUI says "um … zu" where the parser hangs "um" on a noun ("um dem Eindruck zu
    begegnen") or the infinitive has its "zu" inside ("fertigzustellen"); "um 5 Prozent" stays "by"."""
    assert _first("Paris nannte sie oft, um dem Eindruck zu begegnen, dass Macron sie durchgesetzt habe.", "um") == "in order to"
    assert _first("Die Kommission arbeitete Tag und Nacht, um den Entwurf rechtzeitig fertigzustellen.", "um") == "in order to"
    assert _first("Die Preise stiegen im Mai um 5 Prozent.", "um") != "in order to"


def test_von_after_a_verb_that_does_not_govern_it_is_from() -> None:
    """"Kritik kam von den Grünen": from; a verb Ding writes with "von" keeps "of" ("sprach von einem
    Erfolg"); a passive's doer is "by"; inside a noun phrase "of"."""
    assert _first("Kritik kam auch von den europäischen Grünen.", "von") == "from"
    assert _first("Er sprach gestern von einem großen Erfolg.", "von") == "of"
    assert _first("Er wurde gestern von der Polizei festgenommen.", "von") == "by"
    assert _first("Der Präsident von Frankreich kam gestern an.", "von") == "of"


def test_a_verb_phrase_the_parser_hung_on_the_subject_is_still_found() -> None:
    """"… stünden nur noch 2,8 Millionen Euro zur Verfügung": "zur Verfügung" hangs on "Euro", which
    renames the subject; the verb is "zur Verfügung stehen" (to be available), not "stehen zu"."""
    text = "Damit stünden in den 27 kommunalen Musikschulen nur noch 2,8 Millionen Euro zur Verfügung."
    assert _tokens(text)["stünden"].phrase["term"] == "zur Verfügung stehen"
    assert _first(text, "stünden") == "be available"


def test_land_is_a_state_where_the_text_speaks_of_a_federations_states() -> None:
    """Named after it, beside the federation or its towns, or in a text about the Landtag: a state;
    elsewhere, and after a region's adjective, a country."""
    assert _first("Die Oppositionspartei wirft dem Land Bremen Versäumnisse vor.", "Land") == "state"
    assert _first("Die von Bund und Ländern beschlossene Notbremse gilt ab Montag.", "Ländern") == "states"
    assert _first("Die SPD gewann die Landtagswahl deutlich. Die Länder könnten das Verfahren stoppen.", "Länder") == "states"
    assert _first("Der Jemen ist eines der ärmsten Länder der Erde.", "Länder") == "countries"
    text = "Im Landtag sprach er auch über Afrika. Er forderte ein Ende der Hetze in dem westafrikanischen Land."
    assert _first(text, "Land") == "country"


def test_etwa_after_wie_or_so_gives_an_example() -> None:
    assert _first("Andere Optionen wie etwa eine große Koalition wurden abgelehnt.", "etwa") == "for example"
    assert _first("Zu der Kundgebung kamen etwa 300 Menschen.", "etwa") == "about"


def test_a_comparative_used_as_an_adverb_is_the_adverbs_comparative() -> None:
    """"stärker gewählt": more strongly (the adverb compared), not "stronger"; a listed comparative keeps
    its own senses ("besser": better)."""
    text = "Im Osten wurde die Partei wesentlich stärker gewählt als im Westen."
    assert _first(text, "stärker") == "more strongly"
    assert _first("Die Lage hat sich besser entwickelt als erwartet.", "besser") == "better"


def test_a_present_participle_before_its_noun_keeps_the_words_of_its_verb_gloss() -> None:
    assert _first("Die kandidierende Partei verlor deutlich.", "kandidierende") == "standing as a candidate"


def test_durch_naming_who_acts_is_by() -> None:
    """The doer of a passive or of a noun of an action: by; a way through a place: through."""
    assert _first("Es gab eine Debatte über die Überwachung durch Polizei und Verfassungsschutz.", "durch") == "by"
    assert _first("Das Verfahren wurde durch das Bundesverfassungsgericht eingestellt.", "durch") == "by"
    assert _first("Die Demonstranten zogen durch die Stadt.", "durch") == "through"


def test_an_with_the_accusative_points_to_someone_unless_the_verb_governs_it() -> None:
    """"an die Tories verloren": to; "denkt an die Familie" (denken an: think of): of; in a passive too."""
    assert _first("Zuletzt hatten sie den Sitz 2015 an die Tories verloren.", "an") == "to"
    assert _first("Die Daten seien an die chinesische Regierung weitergegeben worden.", "an") == "to"
    assert _first("Er denkt dabei vor allem an die Familie.", "an") == "of"
    assert _first("Das Treffen findet an der Universität statt.", "an") == "at"


def test_neben_is_alongside() -> None:
    """News uses "neben" for "besides" more than for a place; "alongside" is right for both."""
    assert _first("Neben Frankreich hat auch Spanien zugestimmt.", "Neben") == "alongside"


def test_nach_before_a_rule_names_what_it_lays_down() -> None:
    """"nach internationalem Recht", "nach den Regeln des Abkommens": according to; "nach der Wahl": after."""
    assert _first("Das Land muss nach internationalem Recht handeln.", "nach") == "according to"
    assert _first("Er hätte nach den Regeln des Abkommens ausreisen müssen.", "nach") == "according to"
    assert _first("Die Umstellung soll nach früherer Planung 2021 erfolgen.", "nach") == "according to"
    assert _first("Die Opposition gewann nach dem amtlichen Endergebnis 114 Sitze.", "nach") == "according to"
    assert _first("Nach der Wahl trat er zurück.", "Nach") == "after"


def test_nach_before_a_tradition_or_teaching_names_its_source() -> None:
    """"nach der buddhistischen Tradition", "nach der Legende": according to, as after "Angaben"."""
    assert _first("Nach der buddhistischen Tradition gab es vor ihm schon andere Lehrer.", "Nach") == "according to"
    assert _first("Nach einer alten Legende gründete ein Riese die Stadt.", "Nach") == "according to"


def test_einnehmen_in_news_is_taking_a_stance_before_taking_medicine() -> None:
    shown = _tokens("Die Niederlande nehmen keinen ausgesprochenen Standpunkt ein.")["nehmen"].gloss[0]
    assert "stance" in shown and not shown.startswith("to take (medicine)")



def test_sich_after_a_preposition_is_no_reflexive_of_the_verb() -> None:
    """"für sich selbst entscheiden" (decide for oneself) is no "sich entscheiden für" (to choose)."""
    assert _first("Jedes Land soll für sich selbst entscheiden, welche Zeit gilt.", "entscheiden") == "decide"
    assert _tokens("Sie entschied sich am Ende für den jüngeren Kandidaten.")["entschied"].phrase["term"].startswith("sich")


def test_selben_is_the_same_and_uninflected_einig_is_agreed() -> None:
    """"am selben Tag": the same day (not "selber": myself); "sich einig sein": agreed (a determiner
    "einige" always inflects)."""
    assert _first("Am selben Tag trat auch der Minister zurück.", "selben") == "same"
    assert _first("In dieser Frage war sich ganz Europa einig.", "einig") in ("agreed", "in agreement", "united")


def test_the_object_of_a_verb_sense_written_for_it_keeps_its_own_sense() -> None:
    """"Maßnahmen ergreifen": the verb's checked sense "to take (Maßnahmen ergreifen)" is the verb's;
    the noun shows measures."""
    text = "„Es ist besser, präventive Maßnahmen zu ergreifen, als darauf zu warten.“"
    assert _first(text, "Maßnahmen") == "measures"
    assert _first(text, "ergreifen") == "take"


def test_a_verb_takes_the_sense_the_compound_of_its_object_and_its_noun_spells() -> None:
    """Ding's "Rechtsverletzung" is a violation of law, "Steuererhebung" the levying of taxes: "die Rechte
    verletzen" is to violate, "Steuern erheben" to levy; a person hurt is still injured."""
    assert _first("Die Regierung verletzt die Rechte der Gefangenen.", "verletzt") == "violate"
    assert _first("Die Menschenrechte wurden dort verletzt.", "verletzt") == "violate"
    assert _first("Die Bestimmungen verletzen keine Grundrechte.", "verletzen") == "violate"  # via "Recht"
    assert _first("Der Staat erhebt neue Steuern.", "erhebt") == "levy"
    assert _first("Die Polizei verletzte drei Demonstranten.", "verletzte") == "injure"


def test_a_common_word_shared_with_a_dictionary_line_is_no_evidence_for_its_sense() -> None:
    """"trotz schlechten Wetters": "schlecht" in Ding's line for "zählen: to matter" says nothing."""
    text = "Die Kundgebung in Mannheim, wo trotz schlechten Wetters 1800 Teilnehmer gezählt wurden, blieb ruhig."
    assert _first(text, "gezählt") == "count"


def test_uns_is_reflexive_only_after_wir() -> None:
    """"sie halten uns für dumm" is "jdn. für etw. halten" (to consider), no "sich halten"."""
    assert _first("Entweder sind die Prüfer unfähig oder sie halten uns für dumm.", "halten") == "consider"
    assert _first("Wir halten uns an die Regeln.", "halten") == "stick to"


def test_a_phrase_takes_one_of_a_word_its_clause_has_twice() -> None:
    """"Die Entscheidung wurde … in einer knappen Entscheidung getroffen": the phrase "eine Entscheidung
    treffen" is the first noun's (the decision taken), which shows decision; the second says how."""
    from reader.nlp import analyze

    text = "Die Entscheidung wurde vom Parlament in einer knappen Entscheidung getroffen."
    decisions = [token for token in analyze(text).tokens if token.text == "Entscheidung"]
    assert decisions[0].gloss[0] == "decision" and decisions[0].phrase is None
    assert _first(text, "getroffen") in ("take", "make")


def test_ein_before_a_genitive_plural_is_one_of_them() -> None:
    """"eines der Transitländer": one (of); "ein Land" stays a."""
    assert _first("Niger ist eines der wichtigsten Transitländer für Migranten.", "eines") == "one"
    assert _first("Ein Mann kam gestern in die Stadt.", "Ein") == "a"


def test_einer_and_keiner_opening_a_sentence_before_a_genitive_plural_are_one_and_none_of_them() -> None:
    """"Einer der Verteidiger": one (of), not the noun "Einer" (a single scull); "keiner der": none (of)."""
    assert _first("Einer der Verteidiger sagte, die Prüfer seien unfähig.", "Einer") == "one"
    assert _first("Keiner der Abgeordneten stimmte für den Antrag.", "Keiner") == "none"


def test_an_adjective_the_parser_gave_the_clause_of_the_participle_after_it_is_its_adverb() -> None:
    """"hat ihre Mehrheit endgültig verloren": finally (the auxiliary hung on the adjective); "sei …
    sorgfältig … behandelt worden": carefully; with sein and no verb after it, the adjective stays."""
    assert _first("Die Koalition hat ihre knappe Mehrheit endgültig verloren.", "endgültig") == "finally"
    assert _first("Die Sache sei in der Regierung sorgfältig und verantwortungsvoll behandelt worden.", "sorgfältig") == "carefully"
    assert _first("Die Entscheidung ist endgültig.", "endgültig") == "final"


def test_an_adverb_or_adjective_tagged_a_preposition_is_glossed_as_what_it_is() -> None:
    """"spart … jährlich eine Summe": annually, not a preposition; "steigender Sympathiewerte": rising."""
    assert _first("Der Staat Bayern spart durch diese Maßnahme jährlich eine Summe von 1,48 Millionen Euro.", "jährlich") == "annually"
    assert _first("Die Partei stand unter dem Druck steigender Sympathiewerte in Umfragen.", "steigender") == "rising"


def test_etwa_after_a_comma_before_a_noun_gives_an_example_and_before_a_number_a_rough_amount() -> None:
    assert _first("Das betrifft alle Amtsträger, etwa Bürgermeister und Abgeordnete.", "etwa") == "for example"
    assert _first("Zu der Kundgebung kamen viele Menschen, etwa 200 Gäste aus dem Umland.", "etwa") == "about"


def test_etwa_with_no_amount_after_it_gives_an_example_wherever_it_stands() -> None:
    """"wenn er etwa vor Feuer warnt", "so kann etwa Rettungskräften …": no number or part follows, so an
    example; a number after a preposition and its noun, or a part, is still an amount."""
    assert _first("Jesus spricht davon, wenn er etwa vor Feuer warnt.", "etwa") == "for example"
    assert _first("So kann etwa Rettungskräften eine Durchfahrt ermöglicht werden.", "etwa") == "for example"
    assert _first("Das geschah etwa im Jahr 1900.", "etwa") == "about"
    assert _first("Etwa die Hälfte der Befragten stimmte zu.", "Etwa") == "about"


def test_a_word_with_an_indefinite_article_is_the_common_noun_though_also_a_name() -> None:
    """"ein Neubau": a new building, though Neubau is also a district of Vienna (a name takes no "ein")."""
    assert _first("In der Stadt wird für die Polizei ein Neubau errichtet.", "Neubau") in ("new house", "new building")


def test_gegenueber_before_a_point_in_time_compares() -> None:
    """"gegenüber dem Vorjahr", "Gegenüber Dezember letzten Jahres": compared with, not towards."""
    assert _first("Die Quote sank gegenüber dem Vorjahr um 1,3 Punkte.", "gegenüber") == "compared with"
    assert _first("Gegenüber Dezember letzten Jahres gibt es 400.000 Arbeitslose mehr.", "Gegenüber") == "compared with"


def test_a_pronominal_adverb_before_its_dass_clause_is_its_correlate() -> None:
    """"dadurch erklärt, dass …": by the fact that; alone "dadurch" is "as a result"."""
    assert _first("Der Anstieg wird dadurch erklärt, dass viele Rentner sich arbeitslos meldeten.", "dadurch") == "by the fact that"
    assert _first("Dadurch stieg die Zahl der Arbeitslosen.", "Dadurch") == "as a result"


def test_von_with_sich_and_lassen_names_the_doer() -> None:
    """"will sich nicht von einem Beschluss abhalten lassen": by (not "from", abhalten's own valency)."""
    assert _first("Der Kanzler will sich nicht von einem Beschluss des Bundestages abhalten lassen.", "von") == "by"


def test_seitdem_before_a_finite_verb_is_the_adverb() -> None:
    assert _first("Seitdem sind fast 16 Jahre vergangen.", "Seitdem") == "since then"
    assert _first("Er sagte: „Seitdem sind fast 16 Jahre vergangen.“", "Seitdem") == "since then"
    assert _first("Er ist glücklich, seitdem er in Berlin wohnt.", "seitdem") == "since"


def test_werden_with_an_infinitive_the_tagger_called_otherwise_is_the_future() -> None:
    """"… benötigen wird" (the infinitive tagged a participle), "werde … endgültig sein" (the infinitive hung
    on the predicate): will, not the passive's "to be" or "to become"; a participle keeps the passive."""
    assert _first("Es ist unklar, wie viele Stimmen die Partei benötigen wird.", "wird") == "will"
    assert _first("Ein Rückzug werde dann endgültig sein, sagte er.", "werde") == "will"
    assert _first("Das Haus wird im Sommer gebaut.", "wird") == "be"
    # the future of a state passive or a perfect: "vertreten sein wird", "gelesen haben wird"
    assert _first("Die Partei, die erstmals im Parlament vertreten sein wird, jubelte.", "wird") == "will"
    assert _first("Bis Montag wird er das Buch gelesen haben.", "wird") == "will"
    assert _first("Zwei Verdächtige sollen festgenommen worden sein.", "worden") != "will"  # a passive's participle


def test_als_after_a_comparative_and_a_comma_is_than() -> None:
    assert _first("Ihm sei eine klare Antwort wichtiger, als in Dienstanweisungen neue Regeln hineinzuschreiben.", "als") == "than"


def test_wollen_with_a_noun_object_is_want_and_hatte_as_an_auxiliary_is_had() -> None:
    assert _first("Der Sudan wolle keinen Krieg mit Äthiopien.", "wolle") == "want"
    assert _first("Die Regierung hatte ihre Aussage mehrmals erneuert.", "hatte") == "had"


def test_nach_before_a_state_of_knowledge_is_according_to() -> None:
    assert _first("Nach heutigem Kenntnisstand starben zehn Menschen.", "Nach") == "according to"


def test_the_doer_after_a_participle_opening_a_passive_is_by() -> None:
    """"Begründet wird der Anstieg durch das kalte Wetter", "Gewählt wurde er von der Mehrheit": by."""
    assert _first("Begründet wird der Anstieg durch das kalte Wetter.", "durch") == "by"
    assert _first("Gewählt wurde er von der Mehrheit der Abgeordneten.", "von") == "by"
    assert _first("Betroffen sind von der Maßnahme 230 Beamte.", "von") == "by"


def test_a_complement_after_fuer_or_als_is_glossed_as_the_adjective() -> None:
    """"Sie halten uns für dumm": take us for stupid, not "stupidly"."""
    assert _first("Die Wähler halten die Minister für dumm.", "dumm") == "stupid"
    assert _first("Die Grünen haben den Plan als unsinnig bezeichnet.", "unsinnig") in ("senseless", "absurd", "nonsensical")


def test_selbst_stresses_the_noun_before_it_or_the_subject_or_what_follows_it() -> None:
    """"selbst" is as reflexive as the word it points back to, and "even" before the phrase it stresses."""
    assert _first("Selbständige müssen sich dagegen selbst versichern.", "selbst") == "themselves"
    assert _first("Die Zahlen stammen aus der Statistik selbst.", "selbst") == "itself"  # no person: no "herself"
    assert _first("Der Landtag kann sich nur mit großer Mehrheit selbst auflösen.", "selbst") == "itself"
    assert _first("Die Ministerin hat das selbst gesagt.", "selbst") == "herself"
    assert _first("Er selbst schrieb das Buch.", "selbst") == "himself"
    assert _first("Selbst die Regierung räumte Fehler ein.", "Selbst") == "even"
    # after a noun "selbst" points back to it only where it closes the noun's phrase
    assert _first("Sie ehrten Politiker, die in der Vergangenheit selbst Ziel von Angriffen waren.", "selbst") == "themselves"


def test_frau_and_mann_after_a_possessive_are_wife_and_husband() -> None:
    """"mit seiner Frau": wife; "eine Frau", "der Mann": woman, man (the sense written "(+ possessive)")."""
    assert _first("Er kam mit seiner Frau zur Feier.", "Frau") == "wife"
    assert _first("Ihr Mann ist seit Jahren krank.", "Mann") == "husband"
    assert _first("Eine Frau kam zur Feier.", "Frau") == "woman"
    assert _first("Der Mann kam zur Feier.", "Mann") == "man"


def test_one_owner_s_men_are_no_husbands() -> None:
    """One person has one spouse: "seine Männer" are his men; "ihre Männer" (theirs) may be husbands."""
    assert _first("Der Kapitän und seine Männer segeln los.", "Männer") == "men"
    assert _first("Die Frauen kamen mit ihren Männern.", "Männern").startswith("husbands")


def test_a_noun_declined_like_an_adjective_names_the_man_or_woman_its_article_says() -> None:
    assert _first("Er sprach lange mit dem Geistlichen.", "Geistlichen") == "clergyman"
    assert _first("Die Geistliche predigte lange.", "Geistliche") == "clergywoman"


def test_a_noun_made_from_an_adjective_takes_its_plural_s_senses() -> None:
    """"zwei Verletzte" (lemma "verletzt"): the injured, as "die Verletzten"; "der Verletzte" one person."""
    assert _first("Zwei Verletzte kamen ins Krankenhaus.", "Verletzte") == "the injured"
    assert _first("Der Verletzte kam ins Krankenhaus.", "Verletzte") == "injured person"


def test_an_adjective_of_measure_after_its_quantity_takes_that_sense() -> None:
    """"3,5 kg schweren": weighing (heavy), not the first sense, serious."""
    assert _first("Er baute einen 3,5 kg schweren Hubschrauber.", "schweren") == "weighing"
    assert _first("Er hatte einen schweren Unfall.", "schweren") == "serious"


def test_a_phrase_s_object_noun_is_no_noun_under_a_preposition() -> None:
    """"in abgewandelter Form hergestellt" is no "eine Form herstellen" (to mould); "heute noch" is still today."""
    tokens = _tokens("Das Spielzeug wird auch heute noch in abgewandelter Form hergestellt.")
    assert tokens["hergestellt"].phrase is None and gloss_core(tokens["hergestellt"].gloss[0]) != "mould"
    assert tokens["heute"].phrase["gloss"][0] == "still today"
    # a noun after a genitive preposition the phrase writes ("jdn. wegen Mordes verurteilen") is no object
    tokens = _tokens("Sie wurden wegen Mordes zu lebenslanger Haft verurteilt.")
    assert tokens["verurteilt"].phrase is not None and "Mordes" in tokens["verurteilt"].phrase["term"]


def test_selber_stresses_as_selbst_does_but_never_means_even() -> None:
    """"Der Ort Einsiedeln selber": the place the name renames, itself."""
    assert _first("Der Ort Einsiedeln selber liegt auf einer Hochebene.", "selber") == "itself"
    assert _first("Die Kinder haben selber gekocht.", "selber") == "themselves"
    assert _first("Er hat es selber gesagt.", "selber") == "himself"
    assert _first("Die Polizisten hatten das Spray dabei, nicht er selber.", "selber") == "himself"


def test_von_after_a_quantifier_standing_for_a_noun_names_the_group() -> None:
    """"viele von diesen Menschen", "einer von ihnen": of, not the sense a word later in the clause governs
    (the second "von", "von einem … Portal abhängig", is that one: on)."""
    text = "Das Problem ist, dass viele von diesen Menschen von einem einzigen Portal abhängig sind."
    from reader.nlp import analyze

    assert [gloss_core(token.gloss[0]) for token in analyze(text).tokens if token.text == "von"] == ["of", "on"]
    assert _first("Einer von ihnen sagte nichts.", "von") == "of"


def test_bestehen_with_darin_is_where_something_lies() -> None:
    """"Das Problem besteht darin, dass …": the problem lies in, not "to pass (an exam)"."""
    assert _first("Das Problem besteht darin, dass viele Menschen arm sind.", "besteht") == "lie"
    assert _first("Der Ausschuss besteht aus zehn Experten.", "besteht") == "consist"


def test_ueber_before_a_medium_is_via_unless_a_word_governs_it() -> None:
    """"Sie bekommen ihre Aufträge über Internetportale": via; "berichtete über das Internet": on."""
    assert _first("Sie bekommen ihre Aufträge über Internetportale.", "über") == "via"
    assert _first("Die Zeitung berichtete über das Internet.", "über") != "via"
    assert _first("Er klagte über die Luftverschmutzung.", "über") != "via"
    assert _first("Er äußerte sich negativ über das Fernsehen.", "über") != "via"


def test_a_participle_after_its_als_phrase_takes_the_verbs_als_sense() -> None:
    """"die als rechtspopulistisch geltende Partei": considered (gelten als), not "applicable"."""
    assert _first("Die als rechtspopulistisch geltende Partei gewann viele Stimmen.", "geltende") == "considered"
    assert _first("Die geltenden Regeln bleiben in Kraft.", "geltenden") != "considered"


def test_an_ordinal_before_a_superlative_ranks_it() -> None:
    """"drittstärkste Kraft": third-strongest, not a compound of "stärken" (to strengthen)."""
    assert _first("Die Partei ist die drittstärkste Kraft im Parlament.", "drittstärkste") == "third-strongest"
    assert _first("Hamburg ist die zweitgrößte Stadt Deutschlands.", "zweitgrößte") == "second-largest"  # Ding's own


def test_stimmen_against_something_is_to_vote() -> None:
    """"gegen eine Entschließung gestimmt": voted against, not "to be right"; "Das stimmt": right."""
    assert _first("Sie hatte als einzige Abgeordnete gegen eine Entschließung gestimmt.", "gestimmt") == "vote"
    assert _first("Das stimmt nicht.", "stimmt") == "be right"


def test_a_compass_point_opening_an_adjective_is_no_verb_form() -> None:
    """"westafrikanische": West African, not "west" (a form of wesen: exists)."""
    assert _first("Die westafrikanische Republik wählte ein neues Parlament.", "westafrikanische").lower() == "west african"


def test_an_unlisted_comparative_adverb_is_its_adjective_compared() -> None:
    """"nicht näher erläutern": closer (nah, näher), not "Näher" (a person who sews)."""
    assert _first("Er wollte das Angebot nicht näher erläutern.", "näher") in ("closer", "more closely", "nearer")


def test_a_sense_written_with_alternative_words_needs_one_of_them() -> None:
    """"to be due to (es/das liegt an)": "Das liegt am Wetter" is due to; "Dhaka liegt am Fluss" lies on it
    (a subject that is neither es nor das)."""
    assert construction("to be due to (es/das liegt an)", "liegen") == {"es|das", "an"}
    assert _first("Das liegt am Wetter.", "liegt") == "be due to"
    assert _first("Dhaka liegt am Fluss Buriganga.", "liegt") == "lie"


def test_am_before_a_superlative_is_no_preposition() -> None:
    """"die am stärksten verseuchten Orte", "am wichtigsten": the superlative, neither "an dem" with a dative
    nor an attribute of the noun; the phrase shows the adjective's own superlative first."""
    tokens = _tokens("Sie gehört zu den am stärksten verseuchten Orten der Welt.")
    assert tokens["am"].pos == "PART" and not any("Dative" in hint for hint in tokens["stärksten"].hints)
    assert not any("Dative after am" in hint for hint in tokens["am"].hints)
    assert _tokens("Das ist am wichtigsten.")["wichtigsten"].phrase["gloss"][0] == "most important"  # not "prime"
    # before a noun "meisten" is its determiner, not the superlative of a predicate: "am meisten Trost"
    assert _tokens("Rai sagt, am meisten Trost spenden ihm seine Freunde.")["am"].pos != "PART"


def test_an_infinitive_used_as_a_noun_is_glossed_as_an_action() -> None:
    """"durch das Treten der Pedale": the dictionary has treten only as a verb, so the noun is "stepping"
    (an English action noun), not "to step"; "das Drehen" is its own noun, not Dreh's form."""
    assert _first("Das Rad wird durch das Treten der Pedale bewegt.", "Treten").endswith("ing")
    assert _tokens("Die Welle wird durch das Drehen der Kurbel bewegt.")["Drehen"].lemma == "Drehen"


def test_von_after_an_action_noun_in_a_passive_is_of() -> None:
    """"durch das Drehen von Kurbeln angetrieben": the doer of the passive is not the cranks: "von" stands
    for the genitive of the noun of action before it."""
    assert _first("Die Pumpe wird durch das Drehen von Kurbeln angetrieben.", "von") == "of"


def test_je_with_desto_later_in_its_sentence_is_the_the() -> None:
    """"Je länger man wartet, desto teurer wird es": the … the, not "each"; "je zwei Euro" stays each."""
    assert _first("Je länger man wartet, desto teurer wird es.", "Je").startswith("the")
    assert _first("Die Äpfel kosten je zwei Euro.", "je") == "each"


def test_bis_hin_zu_is_no_separable_verb() -> None:
    """"reicht von der Schule bis hin zum Beruf": "hin" belongs to "bis hin zu" (right up to), so "reicht"
    is reichen, not hinreichen (to suffice)."""
    tokens = _tokens("Das reicht von der Schule bis hin zum Beruf.")
    assert tokens["reicht"].term == "reichen"
    assert "right up" in tokens["hin"].gloss[0]


def test_uber_between_von_and_bis_is_via() -> None:
    """"von Berlin über Leipzig bis München": a station on the way; "spricht … über die Probleme" keeps about."""
    assert _first("Der Zug fährt von Berlin über Leipzig bis München.", "über") == "via"
    assert _first("Von diesem Geld spricht er über die Probleme bis spät in die Nacht.", "über") == "about"


def test_an_infinitive_after_das_is_its_action_not_a_noun_of_another_gender() -> None:
    """"das Nutzen von Daten": using (der Nutzen, masculine, is a benefit, which "großen Nutzen" keeps)."""
    assert _first("Dazu gehören das Nutzen und das Speichern von Daten.", "Nutzen") == "using"
    assert _first("Das bringt den Bürgern großen Nutzen.", "Nutzen") != "using"


def test_wem_is_to_whom() -> None:
    """The dative of "wer" asks to whom, not who."""
    assert _first("Wem gehören die Daten?", "Wem") in ("whom", "to whom")


def test_sie_after_a_person_is_she() -> None:
    """"eine Person … sie": a noun whose senses name a person, of either sex, is no thing ("it")."""
    assert _first("Je offener eine Person ist, desto besser kann sie die Gefühle anderer deuten.", "sie") == "she"


def test_werden_with_a_participle_stays_passive_whatever_infinitive_a_later_clause_has() -> None:
    """"wird … als Recht verstanden, dass … zugänglich sein sollen": the "sein" of the dass-clause makes
    no future of "wird"; it is the passive's auxiliary."""
    text = "Datenschutz wird häufig als Recht verstanden, dass jeder selbst entscheiden darf, wem welche Daten zugänglich sein sollen."
    assert "passive" in _tokens(text)["wird"].gloss[0]


def test_a_noun_in_ung_of_a_known_verb_is_its_action_not_a_compound() -> None:
    """"Auskühlung" is auskühlen's action (cooling down), not "exit cooling" from "Aus" + "Kühlung"; its
    hints name no compound parts. A compound of no verb ("Sicherheitskonferenz") keeps its parts."""
    token = _tokens("Der Pelz schützt vor Nässe und Auskühlung.")["Auskühlung"]
    assert token.gloss[0].startswith("cooling down") and not any("Compound" in hint for hint in token.hints)
    assert any("Compound" in hint for hint in _tokens("Die Sicherheitskonferenz beginnt.")["Sicherheitskonferenz"].hints)
