"""What a function word means where it stands: a pronominal adverb of a verb phrase, "etwas" as an object
or a degree, "so" before an article, "beim" before an action, "um" before a comparative, "mit" before an
age, "wie" asking how much, a sentence's first "Ihr" after a plural, "erst dann", a pronoun after a
heading, the forms of "man", and "sprich" before a pronunciation."""

from __future__ import annotations

import pytest

from reader.nlp import analyze


def _tokens(text: str) -> dict[str, object]:
    return {token.text: token for sentence in analyze(text).sentences for token in sentence.tokens}


def _first(text: str, word: str) -> str:
    return _tokens(text)[word].gloss[0]


@pytest.mark.parametrize(
    ("sentence", "word", "shown"),
    [
        ("Darauf reagieren einige Menschen allergisch.", "Darauf", "to it"),  # reagieren auf: react to
        ("Es geht darum, dass alle Schüler gemeinsam lernen.", "darum", "about it"),  # es geht um: be about
        ("Daran beteiligen sich auch andere Länder.", "Daran", "in it"),  # sich beteiligen an: take part in
    ],
)
def test_a_verb_phrase_s_pronominal_adverb_is_its_preposition_and_it_before_the_phrase(sentence, word, shown) -> None:
    token = _tokens(sentence)[word]
    assert token.gloss[0].startswith(shown + " (")
    assert token.phrase is not None and token.phrase["word_first"]


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        ("Mit Händen kann man gut etwas greifen.", "something"),  # the object of the infinitive after it
        ("Sie hat gestern etwas gekauft.", "something"),  # of a Perfekt with haben
        ("Aber das ist etwas ganz anderes.", "something"),  # before "ganz anderes"
        ("Damit beschreibt man etwas ganz besonders Schreckliches.", "something"),  # past the adverbs, a noun
        ("Der Baum ist etwas gewachsen.", "somewhat"),  # a degree of a Perfekt with sein
        ("Er kam etwas später.", "somewhat"),
    ],
)
def test_etwas_is_something_as_an_object_and_somewhat_as_a_degree(sentence, first) -> None:
    assert _first(sentence, "etwas") == first


def test_so_before_an_indefinite_article_is_such() -> None:
    assert _first("So eine Förderkraft kennt sich gut mit Behinderungen aus.", "So").startswith("such")
    assert _first("So ist es.", "So") == "so"


def test_beim_before_a_verb_made_a_noun_is_when_doing() -> None:
    assert _first("Beim Lesen hilft eine Brille.", "Beim").startswith("when")
    # a noun of its own is a place: at the company
    assert _first("Er arbeitet seit Jahren beim Unternehmen.", "beim").startswith("at")


def test_um_before_a_comparative_measures_the_difference() -> None:
    assert _first("Das Land ist etwa um die Hälfte größer als Deutschland.", "um").startswith("by")


def test_mit_before_a_counted_age_is_at_the_age_of() -> None:
    assert _first("Die Weibchen werden mit etwa drei Jahren geschlechtsreif.", "mit").startswith("at (the age of)")
    assert _first("Der Zug kam mit drei Jahren Verspätung an.", "mit") == "with"


def test_wie_before_an_amount_in_a_clause_of_its_own_asks_how() -> None:
    assert _first("Je nachdem, auf wie vielen Zehen sie gehen, spricht man von Hufen.", "wie") == "how"
    assert _first("Das ist, wie viele andere Länder, ein Staat.", "wie") == "like"


def test_a_possessive_opening_its_sentence_points_to_the_plural_subject_before() -> None:
    tokens = _tokens("Faultiere hängen so gut, dass sie nicht herunterfallen. Ihr Fell lässt den Regen ablaufen.")
    assert tokens["Ihr"].gloss[0] == "their"
    assert _first("Manche Kinder haben eine Behinderung: Ihr Gehirn ist schlecht entwickelt.", "Ihr") == "their"
    assert _first("Maria kam spät nach Hause. Ihr Bruder war schon da.", "Ihr") == "her"


def test_ihr_points_past_a_subject_it_cannot_belong_to() -> None:
    """The subject "man" (or a masculine noun) owns no "ihr": the plural before it does; a name the
    dictionary lacks may be a woman's, and keeps "her"."""
    assert _first("Weil sie nachts fressen, sieht man sie kaum. Ihr Nest findet man in hohen Bäumen.", "Ihr") == "their"
    named = "Zwei Männer wurden verletzt. Dr. Brice sagte auf ihrer langen Reise, sie sei müde."
    assert _first(named, "ihrer") == "her"


def test_a_verb_joined_by_und_shares_its_subject_with_the_possessive() -> None:
    assert _first("Die Schüler lesen viel und können ihre Aufsätze gut schreiben.", "ihre") == "their"
    many = "Später können sie nicht mehr laufen, vergessen alles und können ihren Namen nicht mehr sagen."
    assert _first(many, "ihren") == "their"  # the first of three verbs has the subject


def test_sie_after_a_name_said_to_be_a_thing_is_it() -> None:
    """"Delhi ist eine Stadt. Sie zählt …": the name is a city's, so "Sie" is it; after a politician, she."""
    assert _first("Kumasi ist eine Stadt in Ghana. Sie wächst sehr schnell.", "Sie") == "it"
    assert _first("Jane Dodds ist eine Politikerin. Sie gewann die Wahl.", "Sie") == "she"


def test_a_wo_adverb_after_a_comma_relates_and_governs_no_noun() -> None:
    """"…, worauf der König …": whereupon, and "der König" the subject (no dative after "worauf");
    opening a question it asks ("on what?")."""
    tokens = _tokens("Die Königin starb, worauf der König eine neue Frau nahm.")
    assert tokens["worauf"].gloss[0] == "whereupon"
    assert tokens["König"].hints[0].startswith("Nominative")
    assert _first("Worauf wartest du noch?", "Worauf") != "whereupon"


def test_nach_before_a_name_the_tagger_called_a_noun_is_to() -> None:
    assert _first("Im Sommer reist das Team nach Tibet.", "nach") == "to"
    assert _first("Nach Abschluss der Arbeiten reiste er ab.", "Nach") == "after"


def test_wie_opening_a_clause_past_a_hyphenated_compound_asks_how() -> None:
    assert _first("Niemand weiß bisher, wie die Vogel-Grippe entsteht.", "wie") == "how"


def test_weiterhin_opening_its_sentence_is_furthermore_and_inside_it_still() -> None:
    assert _first("Weiterhin fahren dort mehrere Buslinien.", "Weiterhin") == "furthermore"
    assert _first("Der Trainer bleibt weiterhin im Amt.", "weiterhin") == "still"


def test_bei_before_an_illness_is_with() -> None:
    assert _first("Bei dieser Krankheit verlieren viele Menschen ihr Gedächtnis.", "Bei") == "with"


def test_also_after_a_comma_before_a_phrase_is_that_is_and_before_a_clause_so() -> None:
    assert _first("Das Schloss stammt aus dem Mittelalter, also aus der Zeit der Ritter.", "also") == "that is"
    assert _first("Es schneite stark, also blieben wir zu Hause.", "also") == "so"


def test_etwa_before_a_month_or_a_time_is_about() -> None:
    assert _first("Die Störche kommen etwa im April zurück.", "etwa") == "about"
    assert _first("Manche Tiere, etwa Bären, schlafen im Winter.", "etwa") == "for example"


def test_erst_right_before_dann_is_only_then_and_first_before_a_later_dann() -> None:
    assert _first("Die Kinder spielen draußen und kommen erst dann nach Hause.", "erst") == "only"
    assert _first("Man muss den Teig erst kneten und dann backen.", "erst") == "first"


def test_an_adverb_the_parser_made_a_clause_s_conjunction_is_glossed_as_the_conjunction() -> None:
    assert _first("Man spart Geld, damit nicht die Gemeinde alles bezahlen muss.", "damit") == "so that"
    assert _first("Damit hat er nicht gerechnet.", "Damit") != "so that"


def test_an_adjective_the_tagger_called_an_adverb_is_the_adjective_as_werden_s_predicate() -> None:
    tokens = _tokens("Zudem müssen diese jung sein, sonst werden die Hülsen zäh.")
    assert tokens["zäh"].gloss[0] == "tough" and tokens["werden"].gloss[0] == "to become"
    assert _first("Er läuft schnell.", "schnell") == "quickly"


def test_von_before_the_finite_verb_of_an_active_clause_names_no_doer() -> None:
    assert _first("Von der Ackererbse verwendet man nur die Samen.", "Von") != "by"
    assert _first("Der Brief wurde von einem Gericht in Palermo verfasst.", "von") == "by"
    # a passive however the parser hung its "wurde" (on the subject) and tagged its participle (finite)
    passive = "Damals wurde Ramos-Horta noch von Xanana Gusmão unterstützt, doch das Verhältnis ist zerbrochen."
    assert _first(passive, "von") == "by"


def test_an_object_sie_has_the_number_of_what_it_stands_for() -> None:
    tokens = _tokens("Die Menschen essen Erbsen. Man erntet sie so früh, dass die Samen klein sind.")
    assert tokens["sie"].gloss[0] == "them" and "plural" in tokens["sie"].hints[0].lower()
    tokens = _tokens("Die Ministerin kam spät. Man begrüßte sie herzlich.")
    assert tokens["sie"].gloss[0] == "her" and "singular" in tokens["sie"].hints[0].lower()


def test_sie_the_parser_made_the_object_of_a_verb_without_one_is_its_subject() -> None:
    token = _tokens("Je nachdem, auf wie vielen Zehen sie gehen, spricht man von Hufen.")["sie"]
    assert token.gloss[0] == "they" and "nominative" in token.hints[0].lower()


def test_von_before_entfernt_says_how_far_from() -> None:
    assert _first("Das Flugzeug stürzte 80 Kilometer von der Grenze entfernt ab.", "von") == "from"


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        ("Sie können bei gutem Wetter mehr ernten.", "with"),  # a condition, no article
        ("Dies ist bei vielen anderen Getreidearten nicht so.", "with"),  # a kind, in the plural
        ("Der Sender holt sich Hilfe bei den Vollstreckungsbehörden.", "with"),  # bodies, in the plural
        ("Die SPD gewann bei den letzten Landtagswahlen deutlich.", "at"),  # events
        ("Er arbeitet seit Jahren bei Apple.", "at"),  # a name: a place or a firm
        ("Bei der Unterzeichnung war der Minister anwesend.", "at"),  # an event
        ("Die Geburtenrate lag bei 4,4 Kindern pro Frau.", "at"),  # an amount
    ],
)
def test_bei_before_a_condition_or_a_kind_is_with_and_before_a_place_or_an_event_at(sentence, first) -> None:
    token = next(t for t in _tokens(sentence).values() if t.text.lower() == "bei")
    assert token.gloss[0].split(" (")[0] == first  # ("at (anwesend bei: present at)")


def test_a_capitalised_noun_the_tagger_called_an_adverb_is_the_noun() -> None:
    """The small word's row, not the noun's found by its capital, makes an adverb: "Pech" is bad luck."""
    token = _tokens("Wer früh stirbt, hat Pech gehabt.")["Pech"]
    assert (token.pos, token.gloss[0]) == ("NOUN", "bad luck")


def test_darauf_after_a_word_of_time_is_afterwards() -> None:
    assert _first("Das Geld wird gesammelt und gleich darauf verteilt.", "darauf") == "afterwards"
    assert _first("Am Tag darauf kam er zurück.", "darauf") == "afterwards"
    assert _first("Er besteht darauf.", "darauf").startswith("on it")


def test_a_possessive_whose_subject_is_a_sie_pointing_to_a_thing_is_its() -> None:
    text = "Hamburg ist eine Stadt im Norden. Sie liegt an der Elbe und ist bekannt für ihren großen Hafen."
    assert _first(text, "ihren") == "its"
    assert _first("Die Ministerin kam spät. Sie stellte ihr Programm vor.", "ihr") == "her"


def test_ausser_is_besides_where_its_sentence_names_more_and_except_elsewhere() -> None:
    assert _first("Außer der Elbe fließen drei weitere Flüsse durch Hamburg.", "Außer") == "besides"
    assert _first("Außer ihm kam niemand.", "Außer") == "except"


def test_um_so_before_a_comparative_is_umso_and_je_after_it_the_correlative() -> None:
    tokens = _tokens("Es sei ein Irrglaube, dass ein Medikament um so besser wirke, je mehr es koste.")
    assert tokens["um"].gloss[0].startswith("all the") and tokens["so"].gloss[0].startswith("all the")
    assert not any("Preposition" in hint for hint in tokens["um"].hints)
    assert tokens["je"].gloss[0].startswith("the … the")
    assert _first("Er kam, um so das Problem zu lösen.", "um").startswith("in order to")


@pytest.mark.parametrize(
    ("sentence", "verb", "particle"),
    [
        ("Ärzte nehmen auch an, dass die Krankheit schuld ist.", "nehmen", "an"),  # to assume (+ clause)
        ("Die Kultur zeichnet sich durch ihre Sprache aus.", "zeichnet", "aus"),  # to stand out (sich)
    ],
)
def test_a_separable_verb_s_particle_shows_the_sense_its_verb_shows(sentence, verb, particle) -> None:
    tokens = _tokens(sentence)
    assert tokens[particle].gloss[0] == tokens[verb].gloss[0]


def test_damit_opening_a_verb_final_clause_after_a_comma_is_so_that() -> None:
    text = "In vielen Ländern muss man eine Altersvorsorge haben, damit nicht die Gemeinde für alte, arme Menschen bezahlen muss."
    assert _first(text, "damit") == "so that"
    assert _first("Er kam zu spät, damit hat er nicht gerechnet.", "damit") != "so that"


def test_etwa_before_a_spelt_out_number_or_a_frequency_is_about() -> None:
    assert _first("Bond ist etwa dreißig Jahre alt.", "etwa") == "about"
    assert _first("Seitdem gibt es etwa jedes zweite Jahr einen neuen Film.", "etwa") == "about"
    assert _first("Optionen wie etwa eine Koalition gibt es.", "etwa") == "for example"


@pytest.mark.parametrize(
    ("sentence", "word", "first"),
    [
        ("Die Töne klingen gleich hoch wie bei der Geige.", "gleich", "equally"),  # before an adjective
        ("Gleich danach ging er nach Hause.", "Gleich", "immediately"),  # before an adverb of time
        ("Es gibt immer weniger Insekten.", "immer", "ever"),  # before a comparative
        ("Er ist immer freundlich.", "immer", "always"),  # before a plain adjective
        ("Es liegt nur ganz selten Schnee.", "ganz", "quite"),  # grading an adjective
    ],
)
def test_a_degree_word_grades_the_adjective_after_it(sentence, word, first) -> None:
    assert _first(sentence, word) == first


def test_daher_before_the_dass_clause_it_stands_for_is_no_particle() -> None:
    """"Das kommt daher, dass …" is "that comes from the fact that …", not daherkommen (to come along)."""
    tokens = _tokens("Das kommt daher, dass die Bratsche größer ist.")
    assert (tokens["kommt"].term, tokens["daher"].term) == ("kommen", "daher")
    assert tokens["daher"].gloss[0] == "from the fact that"
    assert _tokens("Er kam gestern daher.")["kam"].term == "daherkommen"
    # "dar" is a particle only, pointing nowhere: "stellten … dar, wie …" is darstellen
    assert _tokens("Die Bilder stellten ihn so dar, wie wir ihn kennen.")["stellten"].term == "darstellen"



def test_a_heading_s_nouns_are_no_antecedent_of_the_pronoun_after_it() -> None:
    """A pronoun after a wiki heading points past it: "=== Leben und Karriere" names no "sie" of the next
    sentence, which goes on with the woman named before the heading (she, not it)."""
    text = "Frida Kahlo war eine Malerin.\n\n=== Leben und Karriere\n\nIm September 1926 malte sie ihr erstes Bild."
    assert _first(text, "sie") == "she"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Das schützt einen vor Gefahr.", "einen"),  # man's accusative
        ("Manchmal wird einem auch übel.", "einem"),  # man's dative
        ("Das ist etwas, das einem ein bisschen Angst macht.", "einem"),
    ],
)
def test_einem_and_einen_with_no_phrase_after_them_are_forms_of_man(sentence, word) -> None:
    """"man" has no dative or accusative of its own: "einem"/"einen" standing alone are "one", no article "a";
    before a noun, even past an extended attribute, they stay the article."""
    token = _tokens(sentence)[word]
    assert token.pos == "PRON" and token.gloss[0] == "one"
    assert not any("Article of" in hint for hint in token.hints)
    assert _first("Sie berichtete von einem von vielen Bürgern unterschriebenen Brief.", "einem") == "a"
    assert _tokens("Die Information muss von der einen Seite kommen.")["einen"].pos != "PRON"  # der eine: the one


def test_man_is_no_article_of_the_phrase_after_it() -> None:
    """"spürt man starke Veränderungen": man is the subject; the adjective after it has the strong ending of a
    phrase with no article, no "weak declension after man"."""
    tokens = _tokens("Dabei spürt man starke Veränderungen.")
    assert tokens["man"].pos == "PRON"
    assert any("strong declension" in hint for hint in tokens["starke"].hints)


def test_sprich_before_a_colon_says_how_a_word_is_spoken() -> None:
    """"Charlie Chaplin, sprich: Tscharli Tschäpplin": pronounced, no imperative "speak!"."""
    token = _tokens("Charlie Chaplin, sprich: Tscharli Tschäpplin, war ein Schauspieler.")["sprich"]
    assert token.gloss[0] == "pronounced"
    assert not any("imperative" in hint for hint in token.hints)


def test_a_pronominal_adverb_before_what_is_said_is_its_topic() -> None:
    """"Der Trainer erklärte dazu: „…“": "dazu" before the quotation says what the words are about; it is
    no "erklären zu" (declare as), so the verb is glossed as saying. Before a dass clause it keeps its
    own senses."""
    tokens = _tokens("Der Trainer erklärte dazu: „Wir wollen gewinnen.“")
    assert tokens["dazu"].gloss[0] == "about this"
    assert "declare" not in tokens["erklärte"].gloss[0]
    assert _first("Er sagte dazu, dass alles gut sei.", "dazu") != "about this"


def test_als_after_mehr_across_the_verbs_closing_the_clause_is_than() -> None:
    """"…, dass mehr Geld ausgegeben wird, als nötig sei": the comparative's phrase is further back than
    the participle and auxiliary that close its clause; "als" is "than"."""
    assert _first("Er behauptet, dass in manchen Fällen mehr Geld ausgegeben wird, als nötig sei.", "als") == "than"


def test_zu_tagged_the_infinitive_s_particle_before_a_noun_phrase_is_the_preposition() -> None:
    """"kommt es … immer wieder zu bedrohlichen Szenen": "zu" opens a noun phrase, so it is the preposition
    (es kommt zu: there are), not the "to" of an infinitive, and "immer wieder" is no particle of
    "wiederkommen"; the place "in kleineren Stadien" is where (dative), nothing moves."""
    sentence = "Leider kommt es in manchen Fällen auch in kleineren Stadien immer wieder zu bedrohlichen Szenen."
    tokens = _tokens(sentence)
    assert tokens["zu"].pos == "ADP" and "infinitive" not in tokens["zu"].gloss[0]
    assert tokens["kommt"].term == "kommen"
    assert tokens["Stadien"].hints[0].startswith("Dative plural")


def test_a_relative_pronoun_the_parser_made_an_article_is_glossed_as_the_pronoun() -> None:
    """"Man kennt Vögel, die Zweige als Werkzeuge benutzen": the hints read "die" as the relative pronoun,
    and so does its gloss (that, which), not the article "the"; an article after "und" stays one."""
    tokens = _tokens("Man kennt Vögel, die Zweige als Werkzeuge benutzen.")
    assert tokens["die"].gloss[0] in ("that", "which", "who") and tokens["die"].pos == "PRON"
    assert _first("Er sah den Hund und der Mann lachte.", "der") == "the"


def test_bei_before_a_place_name_is_at_or_near() -> None:
    """"mündet bei Berlin-Spandau in die Havel": a place the tagger took for a noun is no circumstance
    ("bei gutem Wetter": with); "bei" says where, at or near."""
    assert _first("Der Kanal mündet bei Berlin-Spandau in die Havel.", "bei") in ("at", "near")
    assert _first("Bei gutem Wetter gehen wir schwimmen.", "Bei") == "with"


def test_welche_before_its_noun_asks_which_and_opens_no_relative_clause() -> None:
    """"Die Studie zeigt, über welche Kenntnisse die jungen Leute heute verfügen": a relative "welch-" stands
    alone, so before a noun it is the question's "which" of that noun, and the clause is no relative clause."""
    tokens = _tokens("Die Studie zeigt, über welche Kenntnisse die jungen Leute heute verfügen.")
    assert tokens["welche"].gloss[0] == "which" and tokens["welche"].hints[0].startswith("Article of Kenntnisse")
    assert not any("Relative clause" in hint for hint in tokens["verfügen"].hints)


def test_a_preposition_before_a_pronoun_of_either_case_is_the_one_its_verb_governs() -> None:
    """"ein Kater, der vor allem an sich selbst denkt": "sich" is accusative or dative by its form, so it
    shows no other case than "denken an" takes; "an" is "of" (think of), not the place "at"."""
    assert _first("Er ist ein Kater, der vor allem an sich selbst denkt.", "an").startswith("of")


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        ("Der Name bezieht sich auf die von Korea aus gesehen östliche Lage des Landes.", "from"),  # "aus" closes the phrase
        ("Die Straße führt von der Küste bis zu den Bergen.", "from"),  # "bis" follows: a range
        ("Weil das Land früher von Frankreich abhängig war, spricht man dort Französisch.", "on"),  # abhängig von
    ],
)
def test_von_reads_as_the_words_around_its_phrase_say(sentence, first) -> None:
    assert _first(sentence, "von").startswith(first)


def test_dessen_after_a_comma_with_no_verb_to_close_a_clause_points_back() -> None:
    """"Er regiert das Land, seit dessen Unabhängigkeit von der Kolonialmacht 1980": no finite verb follows,
    so no relative clause opens; "dessen" is "its", not "whose". "…, dessen Frau Ärztin ist" stays "whose"."""
    assert _first("Der Präsident regiert das Land, seit dessen Unabhängigkeit von der Kolonialmacht 1980.", "dessen") == "its"
    assert _first("Das ist der Mann, dessen Frau Ärztin ist.", "dessen") == "whose"
