"""Tense, mood and voice read from the whole verb complex, on sentences written for these tests.

What the learner sees on the finite verb: one hint that names the tense, the
mood and the voice of the complex ("Perfekt, werden-passive: ist … gewählt
worden — …"). Each case names the finite verb, what its first tense hint must
say, and readings it must not give (the wrong rule a learner would learn).
"""

from __future__ import annotations

import functools

import pytest

from reader.nlp import analyze
from reader.nlp.verb_forms import forms, is_konjunktiv_ii, is_participle, is_preterite

TENSES = ("Plusquamperfekt", "Perfekt", "Futur II", "Futur I", "Präteritum", "Präsens")


@functools.cache
def _tokens(sentence: str):
    return analyze(sentence).tokens


def tense_hint(sentence: str, word: str) -> str:
    """The first hint of `word` that names a tense: the one a learner reads as the verb's tense."""
    token = next(t for t in _tokens(sentence) if t.text == word)
    named = [h for h in token.hints if any(t in h for t in TENSES)]
    assert named, f"{word!r} in {sentence!r} has no tense hint: {token.hints}"
    assert len(named) == 1, f"{word!r} in {sentence!r} has several tense hints: {named}"
    return named[0]


CASES = [
    # (sentence, finite verb, must start with, must not contain)
    # "bekannt" is an adjective far more than the participle of bekennen; "gefragt" stays fragen's
    ("Am Abend wurde bekannt, dass der Minister zurücktritt.", "wurde", "Präteritum", ("passive",)),
    ("Der Minister wurde nach seinen Plänen gefragt.", "wurde", "Präteritum, werden-passive", ()),
    # a weak stem in -n after a consonant takes the past's "e": "ordneten" (not "ordnten")
    ("Die Regierungen ordneten die Mobilisierung ihrer Truppen an.", "ordneten", "Präteritum", ("Präsens",)),
    ("Sie hat sich offen zu ihrem Fehler bekannt.", "hat", "Perfekt with haben", ()),
    # "zustande kommen" is a phrase of kommen: käme … zustande is kommen's Konjunktiv II
    ("Eine Mehrheit käme nur in einer Koalition mit der FDP zustande.", "käme", "Präsens (present time), Konjunktiv II", ()),
    ("Sie hielten das für schwer vorstellbar, eine Mehrheit käme nur mit der FDP zustande.", "käme",
     "Präsens (present time), Konjunktiv II", ()),  # after a comma, tagged an adverb
    ("Der Vertrag kam am Ende nicht zustande.", "kam", "Präteritum", ("Präsens",)),
    ("Das Paar heiratete 2004 in der Hauptstadt.", "heiratete", "Präteritum", ("Präsens",)),
    ("Die Regierung prüft, ob die Grenzwerte überschritten werden.", "werden", "Präsens, werden-passive", ("Futur",)),
    ("Als nächster Schritt wird nun nachgemessen.", "wird", "Präsens, werden-passive", ("Futur",)),
    ("Im nächsten Jahr wird die Luft sauberer sein.", "wird", "Futur I", ("passive",)),
    ("Die Brücke wird im Sommer gebaut werden.", "wird", "Futur I, werden-passive", ()),
    ("Bis Ende des Jahres wird die Firma alle Stellen abgebaut haben.", "wird", "Futur II", ("passive",)),
    ("Der Papst erlitt einen Herzinfarkt.", "erlitt", "Präteritum", ("Präsens",)),
    ("Der Kranke litt seit Jahren an Husten.", "litt", "Präteritum", ("Präsens",)),
    # a present with an umlaut is no irregular past, whatever the tagger says
    ("Knapp nördlich der Kammlinie verläuft die Grenze.", "verläuft", "Präsens", ("Präteritum",)),
    # an infinitive that is also a strong verb's Konjunktiv II plural ("gebären") is the present
    ("Viele Tiere gebären im Frühjahr ihre Jungen.", "gebären", "Präsens", ("Konjunktiv",)),
    # a finite auxiliary after a comma beyond the complex's own is a later clause's verb
    ("Von den Druiden unterschieden werden die Vates, die ebenfalls mantische Bräuche und Opfer vollzogen, und die "
     "Filid, die Barden, Dichter, Sänger und Unterhalter der keltischen Fürsten waren.", "werden",
     "Präsens, werden-passive", ("Futur", "sein-passive")),
    # each later auxiliary is weighed against the last one kept: after "hat" leaves, so does "ist" past the dash
    ("Gelernt haben wir auf alten Booten, der Verleih hat eine Auswahl an Booten -- von der Jolle bis zur Jacht "
     "ist alles dabei.", "ist", "Präsens: ist", ("Perfekt",)),
    ("Damals gingen die Menschen auf die Straße.", "gingen", "Präteritum", ("Konjunktiv",)),
    ("Wenn er Zeit hätte, ginge er ins Kino.", "ginge", "Präsens (present time), Konjunktiv II", ("Präteritum",)),
    # "sollte" opening a condition is 'should it …': the Präteritum's form, named as a form, and a condition
    ("Sollte es morgen regnen, bleiben die Schulen geschlossen.", "Sollte", "Präteritum form", ("simple past",)),
    ("Er sollte gestern kommen, sagte sie.", "sollte", "Präteritum: sollte", ("condition",)),
    ("Sollten wir das wirklich tun?", "Sollten", "Präteritum: Sollten", ("condition",)),
    ("Der Rat hat sich mit dem Thema befasst.", "hat", "Perfekt with haben", ("Präsens",)),
    ("Der Politiker ist am Montag verstorben.", "ist", "Perfekt with sein", ("passive", "Probably")),
    # a separable verb's participle takes its base's auxiliary where the dictionary knows only the inseparable verb
    ("Man kann sich vorstellen, wie das Personal mit der Brille umgegangen ist.", "ist", "Perfekt with sein", ("passive",)),
    ("Er sagte, er habe den Brief geschrieben.", "habe", "Perfekt with haben, Konjunktiv I", ()),
    ("Das Gesetz ist vom Parlament beschlossen worden.", "ist", "Perfekt, werden-passive", ()),
    ("Das Gesetz war schon beschlossen worden.", "war", "Plusquamperfekt, werden-passive", ()),
    ("Die Straße muss sofort gesperrt werden.", "muss", "Präsens, werden-passive", ()),
    ("Die Opposition würde das Gesetz ablehnen.", "würde", "Präsens (present time), Konjunktiv II (würde + infinitive)", ("Futur",)),
    ("Die Minister hätten das Problem früher erkannt.", "hätten", "Plusquamperfekt (past time) with haben, Konjunktiv II", ()),
    ("Das Museum ist seit Montag geschlossen.", "ist", "Präsens, sein-passive", ("Perfekt",)),
    ("Der Sprecher sagte, das Urteil sei, so der Richter, im Namen des Volkes gesprochen worden.", "sei",
     "Perfekt, Konjunktiv I (reported speech), werden-passive", ()),
    ("Die Regierung plane neue Gesetze, sagte der Sprecher.", "plane", "Präsens, Konjunktiv I", ()),
    ("Die Regierung erhöht die Steuern.", "erhöht", "Präsens", ("Konjunktiv", "Perfekt")),
    # Ding gives the present for the participle of these two: "besteht" is no state passive
    ("Das Projekt, das dafür zuständig ist, besteht aus zwei Teilen.", "besteht", "Präsens", ("passive",)),
    ("Er sagte, der Diktator besäße kein Gewicht.", "besäße", "Präsens (present time), Konjunktiv II", ()),
    # aufrecht + erhalten: the participle is the infinitive's form, and without an object a passive
    ("Diese Behauptung wird auch in einem neueren Buch aufrechterhalten.", "wird", "Präsens, werden-passive", ("Futur",)),
    # a Konjunktiv II simplemma does not know, which the tagger took for an adverb
    ("Eine Mehrheit käme nach der Wahl nur mit der FDP zustande.", "käme", "Präsens (present time), Konjunktiv II", ()),
    # one "worden" serves two participles joined by "und"
    ("Bei dem Brand sind drei Menschen getötet und zehn weitere verletzt worden.", "sind", "Perfekt, werden-passive", ("sein-passive",)),
    # the finite verb of a clause the tagger missed: a relative clause ends in it, also after a
    # preposition and across listed places; after ", und" a verb in second place shares the subject
    ("Es ist ein Hafen, aus dem die Händler im Norden, im Westen und im Süden Waren holen.", "holen", "Präsens", ("passive",)),
    ("Es gibt Regionen, welche aber im Wesentlichen der Regierung in Madrid unterstehen.", "unterstehen", "Präsens", ("passive",)),
    ("Der Präsident lobte das Land, und verglich es mit dem Vereinigten Königreich.", "verglich", "Präteritum", ("passive",)),
    ("Die Frage ist keine abstrakte Frage, sondern berührt ihre vitalsten Interessen.", "berührt", "Präsens", ("passive",)),
    # an -e form in reported speech, whatever the parse calls its subject
    ("Er sagte, das sei eine Gefahr, die Bauern genauso bedrohe wie jeden Händler.", "bedrohe", "Präsens, Konjunktiv I", ()),
    # a finite auxiliary of another clause keeps its own tense
    ("So wurde er durch seine Hilfe zum Prinzen und hat inzwischen weitere Männer adoptiert.", "wurde", "Präteritum", ("passive",)),
    ("Es bleiben nur Neuwahlen, da weder die SPD noch die CDU im Landtag eine Mehrheit hätten.", "hätten",
     "Präsens (present time), Konjunktiv II", ()),
    # the future in a verb-final clause
    ("Beobachter glauben, dass sich die Kommission auf einen Kompromiss einigen wird.", "wird", "Futur I", ()),
    # a finite verb at the end of a clause the tagger took for a separable particle
    ("Der Unfall passierte nachts, als Anwohner einen lauten Knall wahrnahmen.", "wahrnahmen", "Präteritum", ()),
    # after a semicolon and an adverb, a Präteritum before a title and a name is the verb, not an adjective
    ("Der Minister schwieg; später verteidigte Dr. Weber den Plan vor dem Parlament.", "verteidigte", "Präteritum", ()),
    # a relative clause opened by "von welchem" ends in its finite verb
    ("Sie besuchten das Lager, von welchem viele Beobachter sagen, dass es zu groß sei.", "sagen", "Präsens", ()),
    # verbs in -eln and -ern: "handele", "ändere" beside the indicative "handelt", "ändert"
    ("Der Sprecher sagte, es handele sich um einen Fehler.", "handele", "Präsens, Konjunktiv I", ()),
    ("Die Firma erklärte, sie ändere nichts an dem Plan.", "ändere", "Präsens, Konjunktiv I", ()),
    # a Konjunktiv I the tagger took for an adjective of the noun before it
    ("Die Regierung erklärte, ein das Gesicht verbergender Schleier entspreche nicht dem Begriff der Freiheit.",
     "entspreche", "Präsens, Konjunktiv I", ()),
    # the Perfekt of the state passive: sein + participle + gewesen
    ("Die Opposition sagt, die Wahl sei manipuliert gewesen.", "sei", "Perfekt, Konjunktiv I (reported speech), sein-passive", ()),
    ("Das Museum war lange geschlossen gewesen.", "war", "Plusquamperfekt, sein-passive", ("with sein",)),
    # adjectives the tagger took for verbs leave the complex whole across a long middle field
    ("Bereits 2009 hatte die EU eine Grenze von 45.000 Tonnen zollfreien hormonfreien Rindfleisches pro Jahr vereinbart.",
     "hatte", "Plusquamperfekt", ()),
    # an adjective the parser made the clause's verb: the infinitive after it completes the future
    ("Erst am Freitag werde die Fraktion der Grünen endgültig ihre Marschroute festlegen, sagte die Sprecherin.",
     "werde", "Futur I, Konjunktiv I", ()),
    # a participle tagged a predicate adjective of sein, which lives on as no adjective: a state passive
    ("Der Preis, der mit zehn Millionen Kronen dotiert ist, wird im Dezember verliehen.", "ist", "Präsens, sein-passive", ()),
    # a reporting verb closing the sentence after a comma, taken for an adjective of its subject
    ("Die Verantwortlichen waren offenbar unter erheblichen Druck seitens der Regierung geraten, vermuten Beobachter.",
     "vermuten", "Präsens", ()),
    # a modal's Konjunktiv I opening a sentence is a wish, not reported speech, and no noun
    ("„Möge seine Seele in Frieden ruhen.“", "Möge", "Präsens, Konjunktiv I (a wish)", ("reported",)),
    # a relative clause's plural verb the tagger called an infinitive
    ("Die Polizei hat Kontakt zu der Gruppe aufgenommen, deren Mitglieder aus vielen Ländern stammen.", "stammen", "Präsens", ()),
    # a present tense the tagger called a participle, with no auxiliary, before a colon
    ("Der erste Zusatz zur Verfassung besagt: „Der Kongress darf kein Gesetz beschließen.“", "besagt", "Präsens", ()),
    # the main clause's verb the tagger saw, where only the relative clause after the comma had one
    ("Mit den Stimmen der rot-grünen Koalition beschloss der deutsche Bundestag am 3. Dezember 2004 das Gesetz, "
     "das die Rechte des Bundestages konkretisiert.", "beschloss", "Präteritum", ()),
    # a relative clause after a comma is no part of the main clause's complex ("ist … erhalten")
    ("Ein Ergebnis der Studie ist die starke Ungleichverteilung in Städten mit vielen Familien, die Leistungen "
     "nach dem Sozialgesetzbuch II erhalten.", "erhalten", "Präsens", ("passive",)),
    # a fronted infinitive before a plural werden is its Futur I, not a noun "der Teilnehmen"
    ("Teilnehmen werden Schüler aus allen Klassen.", "werden", "Futur I", ()),
    # a fronted participle with its phrase before the auxiliary
    ("Betroffen von der Sperre sind vor allem ältere Autos.", "sind", "Präsens, sein-passive", ()),
    # a plural present after a comma and an adverb, with its own subject, is no infinitive of the verb before
    ("In der Studie hatte das Institut Daten aus den Jahren 2010 bis 2012 ausgewertet, dabei entnehmen sie Daten über "
     "den Handel.", "entnehmen", "Präsens", ()),
    # "kennen" is a verb, though also the first part of "kennenlernen"
    ("Er nannte ihn einen Freund, den er seit vielen Jahren kenne.", "kenne", "Präsens, Konjunktiv I", ()),
    # an infinitive under a modal ends its clause: one with its own phrase after it is a second finite verb
    ("Die Fans wollen das Spiel sehen und strömen in großer Zahl in das Stadion.", "strömen", "Präsens", ()),
    # "und" with no comma before a second main verb the tagger took for an adjective
    ("Der Minister nannte den Plan gefährlich und verglich ihn mit einem Glücksspiel.", "verglich", "Präteritum", ()),
    # a relative clause nested in another: the outer one ends in its own modal, after the inner one's verb
    ("Es gelten Regeln, nach denen Kinder, die im Ausland geboren werden, ihren Pass selbst beantragen müssen, "
     "wenn sie volljährig sind.", "müssen", "Präsens", ()),
    # an insertion between dashes leaves the auxiliary to the participle after it
    ("Der Professor sagte der Zeitung, er sei von Kollegen – er nannte einen Mathematiker und einen Physiker – zu "
     "„Abendessen und Empfängen“ eingeladen worden, bei denen der Investor Hof hielt.",
     "sei", "Perfekt, Konjunktiv I (reported speech), werden-passive", ()),
    # a separable verb's Konjunktiv II umlauts the stem's vowel, not the particle's ("vorläge", not "vörläge")
    ("Er erfuhr, dass ein Haftbefehl gegen ihn vorläge, und fuhr sofort zum Gericht.", "vorläge",
     "Präsens (present time), Konjunktiv II", ("Präteritum",)),
    # "werden" is a verb whatever the tagger calls it, and takes the infinitive of its clause
    ("Die Fans wollen das Spiel sehen, aber wir werden Maßnahmen ergreifen, um das zu verhindern.", "werden", "Futur I", ()),
    # a copula before "und"/"oder" and a second clause with its own subject and finite verb: two clauses
    ("Die Vorschläge sind unannehmbar und wir lehnen sie ab.", "sind", "Präsens: sind —", ("lehnen",)),
    ("Die Vorschläge sind unannehmbar und wir lehnen sie ab.", "lehnen", "Präsens: lehnen —", ("sind",)),
    ("Entweder sind die Prüfer unfähig oder sie halten uns für dumm.", "halten", "Präsens: halten —", ("sind",)),
    # coordinated participles share the auxiliaries of the one that has them, before or after
    ("Man sagte, dass die Brennstäbe geliefert und auch wieder entsorgt werden würden.", "geliefert",
     "Präsens (present time), Konjunktiv II", ("Präsens: geliefert",)),
    ("Die Häuser wurden zerstört und geplündert.", "geplündert", "Präteritum, werden-passive", ()),
    # the present singular of a modal has a stem of its own: no past, whatever the tagger says
    ("Du musst jetzt gehen.", "musst", "Präsens: musst … gehen", ()),
]


@pytest.mark.parametrize(("sentence", "word", "start", "absent"), CASES, ids=[f"{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_the_finite_verb_names_the_tense_mood_and_voice_of_its_complex(sentence, word, start, absent) -> None:
    hint = tense_hint(sentence, word)
    assert hint.startswith(start), f"{word!r} in {sentence!r}: {hint!r}"
    for wrong in absent:
        assert wrong not in hint, f"{word!r} in {sentence!r}: {hint!r} should not say {wrong!r}"


def test_the_participle_carries_the_same_hint_as_its_auxiliary() -> None:
    sentence = "Das Gesetz ist vom Parlament beschlossen worden."
    assert tense_hint(sentence, "beschlossen") == tense_hint(sentence, "ist")


def test_a_plusquamperfekt_speaks_english_not_a_german_infinitive() -> None:
    hint = tense_hint("Der Papst hatte einen Herzinfarkt erlitten.", "hatte")
    assert "had suffered" in hint or "had …" not in hint
    assert "had erleiden" not in hint


def test_a_predicate_noun_gets_no_tense() -> None:
    token = next(t for t in _tokens("Der Mann ist Präsident.") if t.text == "Präsident")
    assert not any(tense in hint for hint in token.hints for tense in TENSES)


def test_an_auxiliary_the_parser_hung_elsewhere_still_joins_its_participle() -> None:
    sentence = "Die Zeitung hat für viele Leser in der Stadt die Kundgebung im Süden begleitet."
    assert tense_hint(sentence, "hat").startswith("Perfekt with haben")


def test_verb_forms_come_from_the_strong_verb_table_and_prefixes() -> None:
    assert forms("erleiden").preterite == "erlitt" and forms("erleiden").participle == "erlitten"
    assert forms("ankommen").participle == "angekommen" and is_preterite("kam", "ankommen")
    assert forms("versterben").auxiliary == "s"
    assert forms("bekommen").auxiliary == "h"
    assert is_participle("überschritten", "überschreiten")
    assert is_konjunktiv_ii("ginge", "gehen") and not is_konjunktiv_ii("gingen", "gehen")
    assert is_konjunktiv_ii("käme", "ankommen") and not is_konjunktiv_ii("sagte", "sagen")
    # some strong verbs have a second Konjunktiv II with another vowel, their prefixed verbs too
    assert is_konjunktiv_ii("stünde", "stehen") and is_konjunktiv_ii("stände", "stehen")
    assert is_konjunktiv_ii("bestünden", "bestehen") and is_konjunktiv_ii("hülfe", "helfen")
    assert not is_konjunktiv_ii("stand", "stehen") and not is_konjunktiv_ii("standen", "verstehen")
    # a particle the lists lack, shown by Ding's participle "wahrgenommen": the strong verb's Präteritum
    assert forms("wahrnehmen").preterite == "wahrnahm" and is_preterite("wahrnahmen", "wahrnehmen")
    assert forms("übelnehmen").preterite == "übelnahm"
    # a compound verb's front must be a word: "zwangs|ernähren", but "heiraten" is no "hei" + "raten"
    assert forms("zwangsernähren").participle == "zwangsernährt"
    assert forms("heiraten").preterite == "heiratete" and not forms("heiraten").strong


def test_a_modal_with_a_perfect_infinitive_speaks_of_the_past() -> None:
    hint = tense_hint("Die Männer sollen am Montag in der Provinz festgenommen worden sein.", "sollen")
    assert hint.startswith("Präsens of sollen + perfect infinitive (past time), werden-passive")
    assert "'is said to have …'" in hint
    assert "'must have …'" in tense_hint("Er muss das Haus schon verkauft haben.", "muss")
    could = tense_hint("Der Angriff könnte ein Racheakt gewesen sein.", "könnte")
    assert could.startswith("Präsens, Konjunktiv II of können + perfect infinitive (past time)") and "'could have …'" in could
    # a participle with sein that makes a state is no perfect infinitive: the state in the present
    assert tense_hint("Das Tor muss am Abend geschlossen sein.", "muss").startswith("Präsens, sein-passive")


def test_a_zu_infinitive_is_never_read_as_a_finite_verb() -> None:
    token = next(t for t in _tokens("Sie kamen, um Druck auf die Regierung auszuüben.") if t.text == "auszuüben")
    assert not any(tense in hint for hint in token.hints for tense in TENSES)


def test_infinitives_listed_under_one_modal_are_never_read_as_finite_verbs() -> None:
    """"…, weil sie … hören, lesen und laufen können": the modal after the list is the finite verb; its
    first infinitive is no present tense that "goes to the end"."""
    sentence = "Das Spiel ist schwer, weil sie noch nicht gut zählen, malen und rechnen können."
    token = next(t for t in _tokens(sentence) if t.text == "zählen")
    assert not any(tense in hint for hint in token.hints for tense in TENSES)


def test_both_participles_of_wenden_verbs_are_known() -> None:
    assert tense_hint("Auch Folter werde routinemäßig angewandt.", "werde").startswith("Präsens, Konjunktiv I (reported speech), werden-passive")


def test_werden_with_a_state_passive_infinitive_is_futur_i() -> None:
    hint = tense_hint("Beide Parteien werden nicht im Landtag vertreten sein.", "werden")
    assert hint.startswith("Futur I, sein-passive")


def test_sein_with_a_participle_of_a_haben_verb_is_a_state_and_of_a_sein_verb_a_perfekt() -> None:
    assert tense_hint("Die Gemeinden seien auf Sturzfluten nicht vorbereitet.", "seien").startswith(
        "Präsens, Konjunktiv I (reported speech), sein-passive"
    )
    assert tense_hint("Auch die Industrie ist in die Diskussion geraten.", "ist").startswith("Perfekt with sein")
    assert tense_hint("Danach ist eine Debatte um die Maut entbrannt.", "ist").startswith("Perfekt with sein")


def test_a_modal_the_tagger_called_an_adverb_still_heads_its_passive() -> None:
    hint = tense_hint("Auch die Kontrollen müssten verstärkt werden, um den Zustand der Maschinen feststellen zu können.", "müssten")
    assert hint.startswith("Präsens (present time), Konjunktiv II, werden-passive")


def test_a_link_line_with_an_infinitive_has_no_tense() -> None:
    token = next(t for t in _tokens("Kommentar abgeben\n") if t.text == "abgeben")
    assert not any(tense in hint for hint in token.hints for tense in TENSES)


def test_haben_skips_an_insertion_to_reach_its_participle() -> None:
    text = "Die Polizei hatte den Versuch von Terroristen, mehrere Flugzeuge explodieren zu lassen, vereitelt."
    assert tense_hint(text, "hatte").startswith("Plusquamperfekt with haben")
    token = next(t for t in _tokens(text) if t.text == "explodieren")
    assert not any(tense in hint for hint in token.hints for tense in TENSES)


def test_a_participle_form_alone_in_a_relative_clause_is_its_finite_verb() -> None:
    text = "Sadiq Khan, eines der Parlamentsmitglieder, die den Brief unterschrieben, verurteilte die Haltung der Regierung."
    assert tense_hint(text, "unterschrieben").startswith("Präteritum")


def test_a_request_with_sie_after_the_verb_is_an_imperative() -> None:
    text = "„Wenn Sie eine Botschaft mitnehmen, lassen Sie es diese sein: Engagieren Sie sich jetzt!“"
    assert tense_hint(text, "Engagieren").startswith("Präsens, imperative")
    assert "imperative" not in tense_hint("Kommen Sie morgen?", "Kommen")


def test_a_stem_with_i_for_e_and_no_ending_is_an_imperative_wherever_it_stands() -> None:
    """"siehe" (see), "gib": no person of the present spells them; "wird", "gilt" are 3rd persons."""
    assert tense_hint("Zur Herkunft des Wortes siehe Wulstlinge.", "siehe").startswith("Präsens, imperative")
    assert "imperative" not in tense_hint("Das Gesetz gilt ab Mai.", "gilt")
    assert "imperative" not in tense_hint("Die Anlage wird morgen eröffnet.", "wird")


def test_a_request_after_the_person_addressed_is_an_imperative() -> None:
    """„Präsident Bush, stoppen Sie ihn“: the comma closes the address, not a clause of its own."""
    assert tense_hint("Sie rief: „Präsident Bush, stoppen Sie ihn!“", "stoppen").startswith("Präsens, imperative")
    assert "imperative" not in tense_hint("Als die Polizei kam, gingen sie nach Hause.", "gingen")


def test_a_copula_with_a_predicate_the_tagger_called_a_verb_still_names_its_tense() -> None:
    assert tense_hint("Die Unruhen waren die heftigsten seit Jahren.", "waren").startswith("Präteritum")
    text = "In der Nacht ist es beinahe zum Luftschlag gegen den Iran gekommen."
    assert tense_hint(text, "ist").startswith("Perfekt with sein")


def test_reported_speech_with_sie_singular_is_konjunktiv_i() -> None:
    text = "Unter Tränen erklärte sie, sie verlasse ihren Posten ohne bösen Willen."
    assert tense_hint(text, "verlasse").startswith("Präsens, Konjunktiv I")
    assert "Konjunktiv" not in tense_hint("Die Minister sagten, sie verlassen die Stadt.", "verlassen")


def test_haben_belongs_to_the_participle_before_a_zu_infinitive() -> None:
    text = "Die Kassen hätten ihre Schulden zu schnell abgebaut anstatt die Beiträge zu senken."
    assert tense_hint(text, "hätten").startswith("Plusquamperfekt (past time) with haben, Konjunktiv II")


def test_a_participle_used_as_an_adverb_has_no_tense() -> None:
    token = next(t for t in _tokens("In vielen Ländern wurden wiederholt eklatante Probleme festgestellt.") if t.text == "wiederholt")
    assert not any(tense in hint for hint in token.hints for tense in TENSES)


def test_one_clause_has_one_finite_verb_across_a_comma() -> None:
    text = "Angeblich haben die USA einige geheime Gefängnisse, wohin Verdächtige transportiert werden und wo sie verhört werden."
    assert tense_hint(text, "haben").startswith("Präsens")
    assert tense_hint(text, "werden").startswith("Präsens, werden-passive")


def test_a_participle_of_a_prefixed_strong_verb_is_known() -> None:
    text = "Nach den Unruhen hat sich die Regierung entschlossen, die Preise zu senken."
    assert tense_hint(text, "hat").startswith("Perfekt with haben")


def test_an_auxiliary_after_a_participle_tagged_as_an_adjective_in_a_relative_clause() -> None:
    text = "Trump bezeichnete den Mob, der das Kapitol gestürmt hatte, in einem Tweet als Patrioten."
    assert tense_hint(text, "hatte").startswith("Plusquamperfekt with haben")


def test_a_verb_the_parser_made_a_copula_keeps_its_tense() -> None:
    assert tense_hint("Weitere 30 Sitze fallen automatisch an die Regierungspartei.", "fallen").startswith("Präsens")


def test_haben_with_a_bare_infinitive_is_a_perfekt_with_the_ersatzinfinitiv() -> None:
    hint = tense_hint("Der Bürgermeister hatte die alten Brücken reparieren lassen.", "hatte")
    assert hint.startswith("Plusquamperfekt with haben"), hint
    assert tense_hint("Die Firma hat ihre Kunden warten lassen.", "hat").startswith("Perfekt with haben")


def test_bleiben_with_the_participle_of_a_haben_verb_is_a_state_passive() -> None:
    assert tense_hint("Die Schwimmhalle bleibt bis Ostern geschlossen.", "bleibt").startswith("Präsens, sein-passive")
    hint = tense_hint("Der Schlüssel bleibt seit Tagen verschwunden.", "bleibt")
    assert hint.startswith("Präsens") and "passive" not in hint


def test_a_motion_verb_behind_an_inseparable_prefix_keeps_sein() -> None:
    assert forms("verreisen").auxiliary == "hs" and forms("bereisen").auxiliary != "hs"
    assert tense_hint("Die beiden Nachbarn sind im Sommer verreist.", "sind").startswith("Perfekt with sein")


def test_a_form_that_is_infinitive_and_participle_is_the_infinitive_beside_an_object() -> None:
    hint = tense_hint("Er glaubt, die Kisten würden alte Bücher enthalten.", "würden")
    assert "Konjunktiv II (würde + infinitive)" in hint and "passive" not in hint
    assert "passive" in tense_hint("Die Briefe werden morgen erhalten.", "werden")


def test_a_past_form_the_tagger_called_an_infinitive_is_the_finite_verb() -> None:
    hint = tense_hint("Man baute neue Schulen, die aber nicht ausreichten.", "ausreichten")
    assert hint.startswith("Präteritum"), hint


def test_a_plural_konjunktiv_ii_also_names_its_use_in_reported_speech() -> None:
    reported = tense_hint("Einige sprachen Englisch, andere hätten in der Landessprache gesprochen.", "hätten")
    assert "reported speech" in reported, reported
    unreal = tense_hint("Wenn er Zeit hätte, ginge er ins Kino.", "ginge")
    assert "reported speech" not in unreal, unreal


@pytest.mark.parametrize(
    ("sentence", "word", "english"),
    [
        ("Raab war ihm in die Stichwahl gefolgt.", "war", "'had followed'"),
        ("Er hatte die meisten Stimmen erhalten.", "hatte", "'had received'"),
        ("Die Partei hatte die Wahl gewonnen.", "hatte", "'had won'"),
        ("Der Minister hatte sich zurückgezogen.", "hatte", "'had withdrawn'"),
    ],
)
def test_the_english_example_of_a_plusquamperfekt_is_the_verb_s_own_gloss(sentence, word, english) -> None:
    assert english in tense_hint(sentence, word)


def test_english_participles_follow_the_spelling_rules_and_the_irregular_table() -> None:
    from reader.nlp.lang.english import past_participle_of_gloss

    cases = {
        "to follow": "followed", "to stop": "stopped", "to study": "studied", "to decide": "decided",
        "to visit": "visited", "to bring in": "brought in", "to amount to (sich belaufen auf)": "amounted to",
        "to rebuild": "rebuilt", "to refer sb. to": "referred to", "to make a decision": "",
    }
    assert {gloss: past_participle_of_gloss(gloss) for gloss in cases} == cases


def test_a_slip_in_ding_s_columns_does_not_replace_the_verb_s_forms() -> None:
    # Ding lists "besteht", "davonzieht", "hingeausgekommen" where the participle belongs
    assert [forms(v).participle for v in ("bestehen", "davonziehen", "hinauskommen")] == [
        "bestanden", "davongezogen", "hinausgekommen",
    ]
    assert [forms(v).participle for v in ("begleiten", "anschaffen", "umgehen")] == ["begleitet", "angeschafft", "umgangen"]
    # particles of a few verbs are prefixes too: aufrecht + erhalten, zugute + kommen
    assert [forms(v).participle for v in ("aufrechterhalten", "zugutekommen")] == ["aufrechterhalten", "zugutegekommen"]


def test_moechte_is_explained_as_would_like_not_as_something_unreal() -> None:
    hint = tense_hint("Der Präsident möchte die Verfassung ändern.", "möchte")
    assert "would like" in hint and "unreal" not in hint, hint


def test_the_english_example_follows_the_verb_s_sense_in_its_clause() -> None:
    """"hatten auf … bestanden" is 'had insisted' (bestehen auf), "hatte die Prüfung bestanden" 'had passed'."""
    insisted = tense_hint("Deutschland und Japan hatten lange auf einer anderen Lösung bestanden.", "hatten")
    assert "'had insisted'" in insisted
    passed = tense_hint("Er hatte die schwierige Prüfung bestanden.", "hatte")
    assert "'had passed'" in passed



def test_a_participle_the_parser_hung_on_a_copula_of_a_noun_joins_its_auxiliary() -> None:
    # parsed with "waren" as the copula of "Mundlos" and "aufgewachsen" hanging on "waren"
    text = "Mundlos, Kramer und Zschäpe waren in Köln aufgewachsen und lebten dort."
    assert tense_hint(text, "waren").startswith("Plusquamperfekt with sein")


def test_one_clause_has_one_finite_verb_also_when_it_is_a_modal() -> None:
    text = "Bildung ist in Deutschland Ländersache - aufgrund einer Bestimmung im Grundgesetz kann die Bundesregierung hier nicht eingreifen."
    assert tense_hint(text, "ist") == "Präsens: ist — present tense of sein."
    assert tense_hint(text, "kann").startswith("Präsens: kann … eingreifen")


def test_a_sentence_that_ends_in_a_colon_is_a_statement_with_a_finite_verb() -> None:
    text = "Diesen Umstand versuchen einige Studien zu berücksichtigen, indem der Geburtsort der Eltern erfasst wird: So gilt ein Kind nicht als Migrant."
    assert tense_hint(text, "versuchen").startswith("Präsens")


def test_a_fronted_participle_with_its_phrase_is_what_comes_first() -> None:
    token = next(t for t in _tokens("Betroffen von der Sperre sind vor allem ältere Autos.") if t.text == "sind")
    second = next(h for h in token.hints if h.startswith("Main clause"))
    assert "Betroffen von der … comes first" in second, second


def test_a_konjunktiv_ii_in_reported_speech_is_reported_not_unreal() -> None:
    reported = tense_hint("Der Sprecher erklärte, es gäbe noch einige offene Fragen.", "gäbe")
    assert "reported speech" in reported and "unreal" not in reported
    assert "unreal" in tense_hint("Wenn er Zeit hätte, käme er.", "hätte")


def test_a_participle_clause_after_a_comma_is_no_passive_of_the_copula_before_it() -> None:
    """"wurde die CDU stärkste Partei, gefolgt von der AfD": werden + noun (became), not "was followed"."""
    text = "Bei der Wahl wurde die CDU stärkste Partei, gefolgt von der AfD."
    assert "passive" not in tense_hint(text, "wurde") and tense_hint(text, "wurde").startswith("Präteritum")
    partei = next(t for t in analyze(text).tokens if t.text == "Partei")
    assert partei.hints[0].startswith("Nominative")


def test_a_participle_inserted_after_the_predicate_noun_is_no_state_passive() -> None:
    """"ist die Sankt-Michaelis-Kirche, genannt „Michel“", "ist es die Hinterlassenenversicherung, abgekürzt
    die AHV": the copula's tense only; the participle names the noun before the comma."""
    assert "passive" not in tense_hint("Das bekannteste Bauwerk der Stadt ist die Sankt-Michaelis-Kirche, genannt „Michel“.", "ist")
    assert "passive" not in tense_hint("In der Schweiz ist es die Alters- und Hinterlassenenversicherung, abgekürzt die AHV.", "ist")


def test_a_compound_verb_inflects_as_its_last_verb() -> None:
    """"zwangsernähren": zwangs + ernähren, so "zwangsernährt" (no ge-) is its participle: a passive."""
    assert is_participle("zwangsernährt", "zwangsernähren") and forms("notlanden").participle == "notgelandet"
    assert "passive" in tense_hint("Derzeit werden 21 Insassen zwangsernährt.", "werden")


def test_a_participle_clause_inserted_between_commas_leaves_the_auxiliary_to_the_last_participle() -> None:
    """"wurde am Montag, begleitet von Protesten, geräumt": the passive is "wurde … geräumt"."""
    text = "Die Stadt wurde am Montag, begleitet von Protesten, geräumt."
    assert "wurde … geräumt" in tense_hint(text, "wurde")
    inserted = next(t for t in _tokens(text) if t.text == "begleitet")
    assert not any(tense in hint for hint in inserted.hints for tense in TENSES)  # no tense of its own



def test_a_long_extended_attribute_is_an_adjective_however_far_its_article() -> None:
    """"eine von der Armee im Jahr 1999 während des Krieges durch einen Angriff zerstörte Brücke": the
    participle is an adjective formed from the verb, with no tense of its own."""
    text = "In der Stadt ist eine von der Armee im Jahr 1999 während des Krieges durch einen Angriff zerstörte Brücke wieder geöffnet worden."
    participle = next(t for t in _tokens(text) if t.text == "zerstörte")
    assert "Past participle of zerstören, used as an adjective." in participle.hints
    assert not any(tense in hint for hint in participle.hints for tense in TENSES)


def test_a_separable_verbs_konjunktiv_ii_umlauts_its_stem_only() -> None:
    assert is_konjunktiv_ii("anböte", "anbieten") and is_konjunktiv_ii("zurückträte", "zurücktreten")
    assert not is_konjunktiv_ii("anboten", "anbieten")  # the indicative past


def test_a_konjunktiv_ii_opening_its_sentence_before_the_main_clause_is_a_condition() -> None:
    assert "a condition, as with wenn" in tense_hint("Hätte er das gewusst, wäre er gekommen.", "Hätte")
    assert "a condition, as with wenn" in tense_hint("Sollte es morgen regnen, bleiben die Schulen zu.", "Sollte")
    assert "a condition" not in tense_hint("Hätte er das gewusst, wäre er gekommen.", "wäre")
