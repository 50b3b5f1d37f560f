"""Terms a learner tracks: separable verbs joined on both parts, zu-infinitives, participles, names."""

from __future__ import annotations

import pytest

from reader.nlp import analyze


def terms_of(text: str) -> dict[str, str]:
    return {token.text: token.term for token in analyze(text).tokens}


@pytest.mark.parametrize(
    ("sentence", "verb", "particle", "term"),
    [
        ("In München kamen Hayashi und Stoltenberg überein, die Ukraine zu unterstützen.", "kamen", "überein", "übereinkommen"),
        ("Der Minister rief zur Förderung der Region auf.", "rief", "auf", "aufrufen"),
        ("Das Konzert fiel wegen des Sturms aus.", "fiel", "aus", "ausfallen"),
        ("Das Ministerium teilte am Freitag die Ergebnisse mit.", "teilte", "mit", "mitteilen"),
        ("Hayashi wies darauf hin, dass Tokyo eine Beziehung sucht.", "wies", "hin", "hinweisen"),
        # particles of only a few verbs, which the dictionary knows as verbs
        ("Dem Streit steht am Dienstag eine weitere Entscheidung bevor.", "steht", "bevor", "bevorstehen"),
        ("Die frühe Stimmabgabe legt die Vermutung nahe, dass viele wählen.", "legt", "nahe", "nahelegen"),
        ("Der erste Versuch schlug fehl.", "schlug", "fehl", "fehlschlagen"),
    ],
)
def test_separable_verb_is_one_term_on_both_parts(sentence: str, verb: str, particle: str, term: str) -> None:
    terms = terms_of(sentence)
    assert terms[verb] == term
    assert terms[particle] == term


@pytest.mark.parametrize(
    ("sentence", "verb", "particle", "term"),
    [
        # The tagger takes "deckte" for an adverb; particle + form is still a known verb.
        ("Der Bericht war lang und deckte fast alle Länder Europas ab.", "deckte", "ab", "abdecken"),
        # A relative clause stands between the verb and its particle.
        ("Die Zahlen stimmen mit den Schätzungen, die das Amt im Mai veröffentlichte, überein.",
         "stimmen", "überein", "übereinstimmen"),
        # A prepositional phrase after the particle (Ausklammerung).
        ("Die Tradition geht zurück auf das zwölfte Jahrhundert.", "geht", "zurück", "zurückgehen"),
        # An enumeration between the verb and its particle.
        ("Er brach mit Verletzungen an der Brust, am Bauch und am Kopf zusammen.", "brach", "zusammen", "zusammenbrechen"),
        # A headline: no full stop, the line break ends the clause.
        ("Post baut angeblich Personal ab\n\nDer Konzern schweigt.", "baut", "ab", "abbauen"),
        # "mit" before a direction cannot be a preposition: it is the particle.
        ("Er nahm das Buch mit nach Hause.", "nahm", "mit", "mitnehmen"),
        ("Sie kommt morgen mit ins Kino.", "kommt", "mit", "mitkommen"),
        # The verb's ge- is its stem's, not a participle's: angehören, not anhören.
        ("Er gehört seit 2010 dem Vorstand an.", "gehört", "an", "angehören"),
        # A word that is only ever a particle, written apart before its verb (old spelling).
        ("Sie kennt alle, die Ämter in San Chamula inne haben.", "haben", "inne", "innehaben"),
    ],
)
def test_separable_verb_the_parse_alone_misses(sentence: str, verb: str, particle: str, term: str) -> None:
    terms = terms_of(sentence)
    assert (terms[verb], terms[particle]) == (term, term)


def test_the_verb_of_a_relative_clause_is_passed_over() -> None:
    terms = terms_of("Sie lehnte den Vorschlag, den er am Montag machte, ab.")
    assert (terms["lehnte"], terms["ab"], terms["machte"]) == ("ablehnen", "ablehnen", "machen")


def test_the_particle_that_closes_the_clause_wins_over_an_adverb() -> None:
    terms = terms_of("Das Wetter sieht heute wieder gut aus.")
    assert (terms["sieht"], terms["aus"], terms["wieder"]) == ("aussehen", "aussehen", "wieder")


def test_mit_before_a_direction_is_the_particle_and_the_direction_stays_apart() -> None:
    terms = terms_of("Er nahm das Buch mit zurück in die Bibliothek.")
    assert (terms["nahm"], terms["mit"], terms["zurück"]) == ("mitnehmen", "mitnehmen", "zurück")


@pytest.mark.parametrize(
    ("sentence", "verb", "preposition"),
    [
        ("Er kam mit über 50 Jahren nach Berlin.", "kam", "mit"),
        ("Er fuhr mit bis zu 100 km/h durch die Stadt.", "fuhr", "mit"),
    ],
)
def test_a_preposition_before_a_number_stays_a_preposition(sentence: str, verb: str, preposition: str) -> None:
    terms = terms_of(sentence)
    assert terms[preposition] == preposition
    assert not terms[verb].startswith(preposition)


@pytest.mark.parametrize(
    ("sentence", "form", "term"),
    [
        ("Sie versuchen, die Spannungen abzubauen.", "abzubauen", "abbauen"),
        ("Putin habe beschlossen, in die Ukraine einzumarschieren.", "einzumarschieren", "einmarschieren"),
        ("Er reiste nach München, um an der Konferenz teilzunehmen.", "teilzunehmen", "teilnehmen"),
    ],
)
def test_zu_infinitive_of_a_separable_verb(sentence: str, form: str, term: str) -> None:
    assert terms_of(sentence)[form] == term


def test_participle_of_a_separable_verb() -> None:
    assert terms_of("Die Polizei hat drei Männer festgenommen.")["festgenommen"] == "festnehmen"


def test_preposition_that_looks_like_a_particle_stays_a_preposition() -> None:
    terms = terms_of("Er kam mit dem Zug aus Berlin.")
    assert terms["kam"] == "kommen"
    assert terms["aus"] == "aus"


def test_names_and_numbers_are_never_learnable() -> None:
    tokens = {token.text: token for token in analyze("Am Freitag sagte Joe Biden in Washington, 30 Nationen seien bereit.").tokens}
    assert not tokens["Biden"].learnable
    assert not tokens["Washington"].learnable
    assert not tokens["30"].learnable
    assert tokens["sagte"].learnable and tokens["Nationen"].learnable


@pytest.mark.parametrize(
    ("sentence", "verb", "particle", "term"),
    [
        # Verb first: the polite imperative, the "let us" form, questions.
        ("Schauen Sie sich das Video genau an, bevor Sie antworten.", "Schauen", "an", "anschauen"),
        ("Nehmen wir mal an, dass die Zahlen stimmen.", "Nehmen", "an", "annehmen"),
        ("Kommst du heute Abend mit?", "Kommst", "mit", "mitkommen"),
        ("Hört der Regen bald auf?", "Hört", "auf", "aufhören"),
        # A politeness word the tagger takes for a verb does not steal the particle.
        ("Rufen Sie uns morgen bitte an.", "Rufen", "an", "anrufen"),
        # Far from its verb: a coordinated object, a relative clause, a zu-infinitive after it.
        ("Das Buch zeichnet die Zerstörung der Stadt und ihren langsamen Niedergang im Krieg nach.",
         "zeichnet", "nach", "nachzeichnen"),
        ("Der Vertrag teilte große Teile des Landes, das damals noch zum Reich gehörte, auf die Balkanstaaten auf.",
         "teilte", "auf", "aufteilen"),
        ("Die Lampe hörte auch nach dem Neustart nicht mehr auf zu blinken.", "hörte", "auf", "aufhören"),
        ("Sie kaufte Brot und lud ihre Freunde zum Essen ein.", "lud", "ein", "einladen"),
        # Particles that are prepositions or adverbs too, at the end of their clause.
        ("Der Minister räumte am Montag schwere Fehler ein.", "räumte", "ein", "einräumen"),
        ("Die Zahlen weisen große Lücken auf.", "weisen", "auf", "aufweisen"),
        ("Der Plan steht einer Mehrheit im Parlament skeptisch gegenüber.", "steht", "gegenüber", "gegenüberstehen"),
        ("Die Straßen lassen in vielen Städten zu wünschen übrig.", "lassen", "übrig", "übriglassen"),
        ("Viele Unternehmen nehmen neue Kredite auf.", "nehmen", "auf", "aufnehmen"),
        ("Sie sieht aus wie ihre Mutter.", "sieht", "aus", "aussehen"),
    ],
)
def test_separable_verb_in_verb_first_clauses_and_far_from_its_verb(
    sentence: str, verb: str, particle: str, term: str
) -> None:
    terms = terms_of(sentence)
    assert (terms[verb], terms[particle]) == (term, term)


def test_the_verb_of_a_relative_clause_before_the_particle_does_not_take_it() -> None:
    terms = terms_of("Der Vertrag teilte große Teile des Landes, das damals noch zum Reich gehörte, auf die Balkanstaaten auf.")
    assert terms["gehörte"] == "gehören"


@pytest.mark.parametrize(
    ("sentence", "verb", "lemma", "preposition"),
    [
        ("Er wartet seit einer Stunde auf den Bus.", "wartet", "warten", "auf"),
        ("Sie spricht nach dem Essen vor der Klasse.", "spricht", "sprechen", "vor"),
    ],
)
def test_a_preposition_before_its_noun_is_no_particle(sentence: str, verb: str, lemma: str, preposition: str) -> None:
    terms = terms_of(sentence)
    assert (terms[verb], terms[preposition]) == (lemma, preposition)


def test_a_particle_inside_a_subordinate_clause_has_no_verb_before_it() -> None:
    terms = terms_of("Er könnte warten, um eine Regel dazu zu nutzen, aus dem Pakt auszutreten.")
    assert terms["könnte"] == "können"
    assert terms["dazu"] == "dazu"


def test_a_joined_verb_that_does_not_exist_is_not_made() -> None:
    # "an" + "räumen" is no German verb; the particle of räumte is "ein".
    terms = terms_of("Er räumte das Zimmer an einem Tag ein.")
    assert (terms["räumte"], terms["ein"], terms["an"]) == ("einräumen", "einräumen", "an")


def test_um_opening_a_zu_infinitive_is_no_particle() -> None:
    terms = terms_of("Er schlug ihr vor, dass sie mit ihm arbeiten könne, um zu lernen.")
    assert (terms["schlug"], terms["vor"], terms["um"]) == ("vorschlagen", "vorschlagen", "um")


def test_nach_wie_vor_is_no_particle() -> None:
    terms = terms_of("Schwarze Zahlen schreibt nach wie vor die Sparte Medizintechnik.")
    assert (terms["schreibt"], terms["nach"]) == ("schreiben", "nach")


def test_a_dash_typed_as_hyphens_ends_the_clause() -> None:
    terms = terms_of("Alle kamen erst im zweiten Anlauf durch -- auf Kosten des Nachwuchses.")
    assert (terms["kamen"], terms["durch"]) == ("durchkommen", "durchkommen")


def test_a_particle_after_sein_closes_its_own_clause_not_an_earlier_one() -> None:
    """"X hat eine Auswahl -- von A bis B ist alles dabei": "dabei" is sein's predicate; the dash and sein
    both end the search for "hat" (no "dabeihaben")."""
    text = "Der Verleih hat eine Riesenauswahl an Booten -- von der Jolle bis zur Jacht ist alles dabei."
    terms = terms_of(text)
    assert (terms["hat"], terms["dabei"]) == ("haben", "dabei")
    terms = terms_of("Der Verleih hat eine Riesenauswahl an Booten, von der Jolle bis zur Jacht ist alles dabei.")
    assert terms["hat"] == "haben"


def test_auseinander_is_a_particle() -> None:
    terms = terms_of("Die Delegationen setzten sich jetzt mit den Vorschlägen auseinander.")
    assert (terms["setzten"], terms["auseinander"]) == ("auseinandersetzen", "auseinandersetzen")


def test_prepositions_coordinated_are_no_particles() -> None:
    terms = terms_of("Später ging unser Hund mit und ohne Leine bei Fuß.")
    assert (terms["ging"], terms["mit"]) == ("gehen", "mit")


@pytest.mark.parametrize(
    "sentence",
    ["Er sagte, die Firmen „nehmen neue Kredite auf”.", "``Die Firmen nehmen neue Kredite auf'', sagte er."],
)
def test_a_closing_quote_of_any_kind_ends_the_clause(sentence: str) -> None:
    terms = terms_of(sentence)
    assert (terms["nehmen"], terms["auf"]) == ("aufnehmen", "aufnehmen")


def test_an_opening_quote_does_not_end_the_clause_before_the_noun_phrase() -> None:
    terms = terms_of("Sie dürfen bleiben, wenn sie hier gelebt haben und über „ausreichende“ Kenntnisse verfügen.")
    assert terms["über"] == "über" and terms["gelebt"] == "leben"


def test_a_plural_the_dictionary_lists_as_a_noun_of_its_own_is_its_own_term() -> None:
    """"Schulden" (debts) is learnt as "Schulden", not as simplemma's non-word "Schulde"."""
    debts = next(t for t in analyze("Die Kassen bauten ihre Schulden schnell ab.").tokens if t.text == "Schulden")
    assert debts.term == "Schulden" and debts.gloss[0] == "debts"
    assert not any("Schulde)" in hint for hint in debts.hints)
    houses = next(t for t in analyze("Die Häuser stehen leer.").tokens if t.text == "Häuser")
    assert houses.term == "Haus"  # a plural of a listed singular keeps its lemma


def test_a_first_part_cut_short_by_a_hyphen_is_no_particle() -> None:
    """"hin- und herschwappen": "hin-" stands for "hinschwappen", no particle of "lässt" ("hinlassen")."""
    terms = terms_of("Der Wind lässt das Wasser im Hafen hin- und herschwappen.")
    assert terms["lässt"] == "lassen"


def test_her_closing_a_phrase_opened_by_von_is_no_particle() -> None:
    """"kam von Süden her" came from the south: "her" closes "von", no "herkommen" (to come here);
    "Wo kommt er her?" is herkommen."""
    assert terms_of("Der Sturm kam von Westen her.")["kam"] == "kommen"
    assert terms_of("Wo kommt dieser Sturm her?")["kommt"] == "herkommen"


def test_a_word_opening_a_compound_preposition_is_no_particle() -> None:
    """"sucht er zusammen mit dem Patienten nach Lösungen": "zusammen mit" is together with, no
    "zusammensuchen"; at the clause's end "zusammen" stays the particle ("Er arbeitet mit ihr zusammen")."""
    assert terms_of("Dann sucht er zusammen mit dem Patienten nach Lösungen.")["sucht"] == "suchen"
    assert terms_of("Er arbeitet mit ihr zusammen.")["arbeitet"] == "zusammenarbeiten"


def test_a_present_plural_spelt_as_a_rarer_verb_s_past_is_the_present() -> None:
    """"Außerdem spannen sich die Muskeln an": spannen's present (anspannen, to tense), not spinnen's past
    "spannen" (anspinnen)."""
    assert terms_of("Außerdem spannen sich die Muskeln an.")["spannen"] == "anspannen"


def test_wahr_closing_the_clause_of_nehmen_is_its_particle() -> None:
    """"Das Parlament nimmt die Kontrolle wahr": wahrnehmen (to exercise, perceive), no "true"; "Das ist wahr"
    keeps the adjective."""
    tokens = {t.text: t for t in analyze("Das Parlament nimmt die politische Kontrolle wahr.").tokens}
    assert tokens["nimmt"].term == "wahrnehmen" and tokens["wahr"].term == "wahrnehmen"
    assert {t.text: t for t in analyze("Die Geschichte ist wahr.").tokens}["wahr"].term == "wahr"
    assert {t.text: t for t in analyze("Sie sagte, das sei wahr.").tokens}["wahr"].term == "wahr"  # no "wahrsagen"


def test_a_graded_adjective_closing_the_clause_is_no_particle() -> None:
    """"Der See stand so hoch wie nie zuvor": high (so hoch wie), no "hochstehen"; "hob die Hand hoch" still
    hochheben."""
    assert terms_of("Der See stand so hoch wie nie zuvor.")["stand"] == "stehen"
    assert terms_of("Er hob die Hand hoch.")["hob"] == "hochheben"
