"""Who does what in a clause the parser misread, one construction per test, on sentences written for these
tests: a relative clause's verb read as an adjective, a pronoun subject hung on the object, a plural
relative pronoun, a present plural after a fronted adverb, an apposition opened by a preposition, a
relative clause's second verb taken for the main clause, an "als" phrase taken for a particle or a
conjunct, the adjectives of a name ending in a noun, an adverb before a preposition, a fixed adverb before
a noun, a relative clause on a noun of another phrase, an "als" phrase agreeing with the object, a main
clause the parser hung on the relative clause after it, the noun after an imperative, a state passive of a
participle spelt as its infinitive, a relative clause past a singular its plural verb rules out, two finite
auxiliaries joined by "und", a predicate noun hung on a phrase before a relative clause, a prepositional
phrase of the noun before it, an adjective opening the sentence before the copula, a list after a fronted passive
participle, a participle between an article and a quoted noun, an article opening a zu-infinitive, a relative
clause after the closing verb, one "werden" for two participles, an infinitive joined to one under a modal,
a fronted "als" phrase, a wiki heading's markers, an era named by its genitive, a placeholder "es"."""

from __future__ import annotations

from tests.test_hint_constructions import _token, case_of, hints, joined


def test_a_present_in_t_closing_a_relative_clause_is_its_verb() -> None:
    """"…, das die Altstadt … nach Norden begrenzt": "begrenzt" (also a participle, "limited") is the finite
    verb the clause ends in; the pronoun is its subject and the old town its object, not a second subject."""
    text = "Das Nordtor ist ein Stadttor, das die Altstadt der Hansestadt Rostock nach Norden begrenzt."
    verb = _token(text, "begrenzt")
    assert verb.pos == "VERB" and verb.gloss[0] == "to limit"
    assert any("subject of begrenzen" in hint for hint in hints(text, "das"))
    assert any("direct object of begrenzen" in hint for hint in hints(text, "Altstadt"))


def test_a_pronoun_after_the_verb_is_the_subject_and_the_bare_plural_the_object() -> None:
    """"Stattdessen haben sie … sehr kräftige Hinterbeine": the parser hung "sie" on "Hinterbeine" as if the
    legs were a predicate and made them the subject; "sie" is haben's subject, the legs its object."""
    text = "Stattdessen haben sie aber im Verhältnis zu ihrer Körpergröße sehr kräftige Hinterbeine."
    assert any("subject of haben" in hint for hint in hints(text, "sie"))
    assert case_of(text, "Hinterbeine") == "Accusative"
    assert any("the subject sie follows the verb" in hint for hint in hints(text, "haben"))


def test_a_relative_die_after_a_plural_form_is_plural_whatever_the_tagger_guessed() -> None:
    """"… sehr kräftige Hinterbeine, die ihnen weite Sprünge erlauben": "Hinterbeine" spells only the plural,
    so "die" is plural, the subject of "erlauben", not the feminine "Körpergröße" before; the jumps are the
    object."""
    text = "Stattdessen haben sie aber im Verhältnis zu ihrer Körpergröße sehr kräftige Hinterbeine, die ihnen weite Sprünge erlauben."
    assert joined(text, "die").startswith("Nominative plural")
    assert case_of(text, "Sprünge") == "Accusative"


def test_a_present_plural_after_a_fronted_adverb_is_the_finite_verb() -> None:
    """"Deshalb besitzen Katzen an ihren Pfoten sogenannte Ballen": "besitzen", tagged an adjective of the
    cats, is the verb in second place; the cats its subject, the pads (after the preposition's phrase, no
    apposition) its object."""
    text = "Deshalb besitzen Katzen an ihren Pfoten sogenannte Ballen."
    assert _token(text, "besitzen").pos == "VERB"
    assert any("subject of besitzen" in hint for hint in hints(text, "Katzen"))
    assert any("direct object of besitzen" in hint for hint in hints(text, "Ballen"))
    assert not any("renames" in hint for hint in hints(text, "Ballen"))


def test_a_verb_after_und_in_a_relative_clause_is_no_main_clause() -> None:
    """"Keratin ist ein festes Protein, das … gebildet werden kann und den Haaren … eine hohe Festigkeit
    gibt": "gibt" is the relative clause's second verb; the protein stays the predicate after sein, not
    the subject of geben, and the strength is geben's object."""
    text = "Keratin ist ein festes Protein, das in der Haut gebildet werden kann und den Haaren auf diese Weise eine hohe Festigkeit gibt."
    assert any("predicate noun after sein" in hint for hint in hints(text, "Protein"))
    assert case_of(text, "Festigkeit") == "Accusative"
    text = "Resilin ist ein Protein, das gespannt werden kann und dem Floh sehr weite und hohe Sprünge ermöglicht."
    assert case_of(text, "Sprünge") == "Accusative"
    assert "accusative plural" in joined(text, "weite")


def test_the_adjectives_of_a_name_that_ends_in_a_noun_are_adjectives() -> None:
    """"als „Äußeres Hüxtertor“", "Das Innere Hüxtertor": a name the dictionary lacks that ends in "Tor"
    (neuter) takes its adjective's strong or weak ending as that noun would: outer, inner; not the nouns
    "appearance" or "go-between". After "als" it is compared with the subject, no object of stehen."""
    text = 'Lange stand es als "Äußeres Hüxtertor" vor der Stadt.'
    outer = _token(text, "Äußeres")
    assert outer.pos == "ADJ" and outer.gloss[0] == "outer"
    assert case_of(text, "Hüxtertor") == "Nominative"
    assert not any("object" in hint for hint in hints(text, "Hüxtertor"))
    text = "Das Mittlere Hüxtertor wurde 1890 abgerissen."
    middle = _token(text, "Mittlere")
    assert middle.pos == "ADJ" and middle.gloss[0] == "middle"
    assert any("weak declension after Das" in hint for hint in hints(text, "Mittlere"))


def test_an_adverb_before_a_phrase_s_preposition_describes_the_verb() -> None:
    """"wurde entsprechend von den Römern … bezeichnet": the phrase's preposition is "von"; "entsprechend"
    before it is the adverb (accordingly), and "als Germanien" the name given, no second agent."""
    text = "Das Gebiet wurde entsprechend von den Römern als Germanien bezeichnet."
    assert _token(text, "entsprechend").gloss[0] == "accordingly"
    assert case_of(text, "Germanien") == "Nominative"
    assert not any("joined with" in hint for hint in hints(text, "Germanien"))


def test_a_fixed_adverb_before_a_noun_phrase_is_no_article_of_it() -> None:
    """"sind unter anderem bestimmte Lautwandel": "unter anderem" (among other things) is no preposition and
    article of the noun after it, which is the predicate, in the nominative; "bestimmte" declines strongly."""
    text = "Merkmale der Sprache sind unter anderem bestimmte Lautwandel."
    assert any("strong declension (no article" in hint for hint in hints(text, "bestimmte"))
    assert case_of(text, "Lautwandel") == "Nominative"


def test_a_relative_clause_is_about_the_noun_before_its_comma_not_one_of_another_phrase() -> None:
    """"… nach antikem griechischen Vorbild auf dem Boden des Ostreiches, das im Jahr 1453 unterging": the
    pronoun fits "Ostreiches", right before the comma, in a phrase of its own: the empire fell, not the model."""
    text = "Einige dieser Völker gründeten Staaten nach antikem griechischen Vorbild auf dem Boden des Ostreiches, das im Jahr 1453 unterging."
    assert any("Relative clause about Ostreiches" in hint for hint in hints(text, "unterging"))


def test_an_als_phrase_agrees_with_the_object_the_parser_called_the_subject() -> None:
    """"nachdem der Minister den Mann, der …, in einer Rede als „Helden“ bezeichnete": the hero is the man,
    the accusative object, not a dative of "Rede"."""
    text = "Er ärgerte sich, nachdem der Minister den Mann, der das Haus gestürmt hatte, in einer Rede als „Helden“ bezeichnete."
    assert case_of(text, "Helden") == "Accusative"


def test_a_main_clause_before_a_relative_clause_with_dessen_keeps_its_copula() -> None:
    """"Ihr Ziel war vor allem Mitsprache …, dessen Gesetze … sie keineswegs ändern wollten": the parser made
    "war … ändern" a tense (sein is no auxiliary of an infinitive); the aim is the subject of sein, the say
    its predicate, and the relative clause about the country has "sie" (they) as its subject and the laws
    as its object."""
    text = "Ihr Ziel war vor allem Mitsprache in der Politik des Landes, dessen Gesetze und Bräuche sie keineswegs ändern wollten."
    assert any("subject of sein" in hint for hint in hints(text, "Ziel"))
    assert any("predicate noun after sein" in hint for hint in hints(text, "Mitsprache"))
    assert any("direct object of ändern" in hint for hint in hints(text, "Gesetze"))
    sie = _token(text, "sie")
    assert sie.gloss[0] == "they" and any("subject of ändern" in hint for hint in sie.hints)


def test_the_noun_after_an_imperative_is_its_object() -> None:
    """"(siehe Parasitismus)": "siehe" is a request, with no subject in the third person; the noun is what to
    see, an accusative, not the subject of sehen."""
    text = "Mehr dazu im Artikel über Flöhe (siehe Parasitismus)."
    assert case_of(text, "Parasitismus") == "Accusative"
    assert not any("subject" in hint for hint in hints(text, "Parasitismus"))


def test_a_second_adjective_in_en_after_a_strong_one_is_named_as_such() -> None:
    """"nach antikem römischen Vorbild": the dative singular's strong ending is -em; "römischen" follows the
    strong "antikem" with the -en many writers use there, which the hint says instead of calling -en strong."""
    text = "Sie gründeten Reiche nach antikem römischen Vorbild."
    assert any("after antikem" in hint for hint in hints(text, "römischen"))
    assert not any("-en: strong declension" in hint for hint in hints(text, "römischen"))


def test_a_strong_verb_whose_participle_is_its_infinitive_makes_a_state_passive_with_sein() -> None:
    """"Das Haus ist von hohen Bäumen umgeben": Ding spells umgeben's participle as its infinitive (no
    "umgegeben"), so "ist … umgeben" is the state passive (is surrounded), with "von" its doer (by), no
    present tense of umgeben."""
    text = "Das Haus ist von hohen Bäumen umgeben."
    assert any("state passive" in hint for hint in hints(text, "umgeben"))
    assert _token(text, "von").gloss[0] == "by"


def test_a_relative_pronoun_subject_of_a_plural_verb_passes_a_singular_for_a_noun_that_may_be_plural() -> None:
    """"bestimmte Lautwandel gegenüber der älteren Ursprache, die … zusammengefasst werden": "werden" is
    plural, "Ursprache" shows the singular, so the clause is about "Lautwandel", whose form both numbers
    spell: the pronoun is plural."""
    text = "Merkmale der Sprachen sind bestimmte Lautwandel gegenüber der älteren Ursprache, die als erste Lautverschiebung zusammengefasst werden."
    assert any("Relative clause about Lautwandel" in hint for hint in hints(text, "zusammengefasst"))
    assert joined(text, "die").startswith("Nominative plural")


def test_two_finite_auxiliaries_joined_by_und_make_no_future() -> None:
    """"wurden und werden … gebaut": past and present passive side by side, no "Futur I" of wurden +
    the infinitive werden."""
    text = "Solche Häuser wurden und werden meist aus Holz gebaut."
    assert not any("Futur" in hint for hint in hints(text, "gebaut"))
    assert any("werden-passive" in hint for hint in hints(text, "gebaut"))


def test_a_predicate_noun_the_parser_hung_on_a_phrase_heads_the_main_clause_before_a_relative_clause() -> None:
    """"Eine Truhe ist meistens ein Kasten, in dem sich Kleider sowie oft auch alte Briefe befinden": the
    relative clause's verb is no root with "ist" its auxiliary; the chest is the main clause's subject, the
    clothes and the old letters (past "sowie oft auch") the subject of befinden."""
    text = "Eine Truhe ist in der Regel ein hölzerner Kasten, in dem sich Kleider sowie oft auch alte Briefe befinden."
    assert not any("befinden" in hint for hint in hints(text, "Truhe"))
    assert case_of(text, "Briefe") == "Nominative"
    assert any("Relative clause about Kasten" in hint for hint in hints(text, "befinden"))


def test_a_phrase_the_noun_before_it_takes_is_the_noun_s() -> None:
    """"ging der Antrag der Opposition auf Prüfung … ein": "auf Prüfung" belongs to "Antrag" (Antrag auf:
    application for, with the accusative), not to the verb, which is no "eingehen auf" (to respond to) but
    arrives."""
    text = "Am Montag ging der Antrag der Opposition auf Prüfung des Gesetzes beim Gericht ein."
    assert _token(text, "auf").gloss[0].startswith("for")
    assert case_of(text, "Prüfung") == "Accusative"
    assert "respond" not in _token(text, "ging").gloss[0]


def test_an_adjective_opening_the_sentence_before_the_copula_is_its_predicate() -> None:
    """"Ähnlich ist die Lage im Nachbarland": the situation is the subject, "ähnlich" what is said of it,
    not a predicate noun "Lage" with an adverb "similarly"."""
    text = "Ähnlich ist die Lage im Nachbarland."
    assert any("subject" in hint for hint in hints(text, "Lage"))
    assert not any("predicate noun" in hint for hint in hints(text, "Lage"))
    assert _token("Neu ist der Plan nicht.", "Neu").pos == "ADJ"


def test_a_list_after_a_fronted_passive_participle_is_its_subject() -> None:
    """"Verkauft werden Bücher, Karten der Region, Kerzen und Postkarten": the first noun, which the parser
    joined to the participle, is the passive's subject, and the bare plurals after the genitive "der Region"
    (which could not be genitives) are items of that list, nominative."""
    text = "Verkauft werden Bücher, Karten der Region, Kerzen und Postkarten."
    assert any("subject of the passive" in hint for hint in hints(text, "Bücher"))
    assert case_of(text, "Kerzen") == "Nominative" and case_of(text, "Postkarten") == "Nominative"


def test_a_participle_between_article_and_a_quoted_noun_is_its_attribute() -> None:
    """"Die neu gegründete „Stiftung für Kunst“ vergibt …": the quote made the tagger read "gegründete" as the
    clause's verb and "Die" as its subject pronoun; it is the foundation's attribute, "Die" its article and
    the foundation the subject of vergeben."""
    text = "Die neu gegründete „Stiftung für Kunst“ vergibt jedes Jahr einen Preis."
    assert _token(text, "gegründete").pos == "ADJ" and _token(text, "Die").pos == "DET"
    assert any("subject of vergeben" in hint for hint in hints(text, "Stiftung"))


def test_an_article_opening_a_zu_infinitive_after_a_comma_is_no_relative_pronoun() -> None:
    """"hinderten Beamte der Stadt daran, die neuen Schilder … aufzuhängen": a zu-infinitive has no relative
    pronoun; "die" is the article of the object, accusative."""
    text = "Die Gegner hinderten Beamte der Stadt daran, die neuen Schilder am Rathaus aufzuhängen."
    assert not any("Relative pronoun" in hint for hint in hints(text, "die"))
    assert case_of(text, "Schilder") == "Accusative"


def test_a_relative_clause_after_the_closing_verb_is_the_noun_s_before_it() -> None:
    """"… wird der Schlüssel an der Stelle versteckt, an der er gefunden wurde": the relative clause follows
    the clause's last verb; the parser made it an adverbial clause, but "an der" (a feminine dative, as in
    "die Frau, der er half") points back to "Stelle"."""
    text = "Danach wird der Schlüssel wieder an der Stelle versteckt, an der er vorher gefunden wurde."
    assert any("Relative clause about Stelle" in hint for hint in hints(text, "gefunden"))
    assert hints(text, "der", 2)[0].startswith("Dative singular, feminine")


def test_one_werden_serves_two_participles_after_a_modal() -> None:
    """"kann online ausgefüllt und danach per Post verschickt werden": the "werden" after the second
    participle makes the first a passive too, not "können + infinitive ausgefüllt"."""
    text = "Das Formular kann online ausgefüllt und danach per Post verschickt werden."
    assert any("werden-passive" in hint for hint in hints(text, "ausgefüllt"))
    assert any("subject of the passive" in hint for hint in hints(text, "Formular"))


def test_a_participle_the_dictionary_has_only_as_an_adjective_makes_no_state_passive() -> None:
    """"Er ist meist geschuppt" (scaly): the dictionary lists "geschuppt" as an adjective and has no verb
    "schuppen", so "ist … geschuppt" is no state passive, and the subject hint names no verb it lacks."""
    text = "Der Drache ist in den meisten Sagen geschuppt."
    assert not any("passive" in hint for hint in hints(text, "ist"))
    assert not any("None" in hint for hint in hints(text, "Drache"))
    assert any("passive" in hint for hint in hints("Die Tür ist heute geschlossen.", "ist"))  # schließen is a verb


def test_bis_opening_a_clause_after_a_comma_is_until_and_its_noun_the_subject() -> None:
    """"…, bis die Gäste kommen": bis is the conjunction (the clause's verb stands last), so "die Gäste" is
    the subject in the nominative, no "accusative after bis"; "bis 2020" stays the preposition."""
    text = "Wir warten im Saal, bis die Gäste kommen."
    assert case_of(text, "Gäste") == "Nominative"
    assert not any("after bis" in hint for hint in hints(text, "Gäste"))
    assert any("Preposition bis" in hint for hint in hints("Die Häuser, die bis 2020 hier standen, sind weg.", "bis"))
    # before another preposition it is one, whatever clause follows ("bis zu 50 Zentimeter": up to)
    text = "Die Fische sind klein, während die größten bis zu 50 Zentimeter lang werden."
    assert _token(text, "bis").gloss[0] == "up to"


def test_a_participle_graded_by_sehr_or_weit_is_an_adjective_no_state_passive() -> None:
    """"das weit entfernt ist" (far away, not removed), "ist sehr beliebt": a state passive is not graded;
    "völlig zerstört" still is one."""
    assert not any("passive" in hint for hint in hints("Sie sahen ein Dorf, das weit entfernt ist.", "ist"))
    assert not any("passive" in hint for hint in hints("Das Spiel ist bei Kindern sehr beliebt.", "ist"))
    assert any("passive" in hint for hint in hints("Die Brücke ist völlig zerstört.", "ist"))


def test_of_two_nominatives_after_sein_the_indefinite_one_is_the_predicate() -> None:
    """"In … Schöpfungsmythen ist der Drache ein Sinnbild des Chaos, …" with "Drache" made the predicate
    and "Sinnbild" its subject (or "In … Schöpfungsmythen" the subject, with the copula hung on "Drache"):
    after the copula the subject comes first, and the indefinite noun is what is said of the definite one."""
    text = (
        "In orientalischen und westlichen Schöpfungsmythen ist der Drache ein Sinnbild des Chaos, ein gott- und "
        "menschenfeindliches Ungeheuer, das die fruchtbringenden Wasser zurückhält."
    )
    assert any("subject of sein" in hint for hint in hints(text, "Drache"))
    assert any("predicate noun" in hint for hint in hints(text, "Sinnbild"))


def test_a_clause_opened_by_dessen_ends_in_its_own_verb() -> None:
    """"…, dessen Lehre die Weltreligion begründet": the parser hung "begründet" on the verb before the
    comma and let "ist" take it for a state passive; the clause is a relative clause whose subject is
    "Lehre", whose object is "Weltreligion", and whose verb is in the present."""
    text = "Buddha ist der Ehrenname des Religionsstifters Siddhartha Gautama, dessen Lehre die Weltreligion des Buddhismus begründet."
    assert not any("passive" in hint for hint in hints(text, "ist"))
    assert any("subject of begründen" in hint for hint in hints(text, "Lehre"))
    assert case_of(text, "Weltreligion") == "Accusative"
    assert any(hint.startswith("Präsens: begründet") for hint in hints(text, "begründet"))
    # with the predicate before the comma made the subject of "begründet", it heads its clause again
    text = (
        "Das Wort bezeichnet einen Menschen, der die Erleuchtung erfahren hat, und ist der Ehrenname des "
        "Religionsstifters Siddhartha Gautama, dessen Lehre die Weltreligion des Buddhismus begründet."
    )
    assert any("predicate noun after sein" in hint for hint in hints(text, "Ehrenname"))
    assert not any("passive" in hint for hint in hints(text, "ist"))


def test_beside_the_noun_of_dessen_a_name_or_person_is_the_subject() -> None:
    """"dessen" opens its clause whatever its noun's role, so word order does not tell: "…, dessen Einfuhr
    die EU verboten hatte" has the EU, a name, as its subject and the import as its object."""
    text = "Es geht um den Streit über Fleisch mit Hormonen, dessen Einfuhr die EU schon 1988 verboten hatte."
    assert case_of(text, "Einfuhr") == "Accusative"
    assert any("subject of verbieten" in hint for hint in hints(text, "EU"))


def test_a_second_verb_of_a_relative_clause_leaves_the_main_clause_its_object() -> None:
    """"versteht man unter einem Buddha ein Wesen, das … erreicht und somit … erlangt hat": the parser made
    "erlangt hat" a clause of "versteht" with "ein Wesen" its subject; it is the relative clause's second
    verb, and "ein Wesen" the object of verstehen ("man" is the subject)."""
    text = (
        "Im Buddhismus versteht man unter einem Buddha ein Wesen, das aus eigener Kraft die Reinheit und "
        "Vollkommenheit seines Geistes erreicht und somit eine grenzenlose Entfaltung aller seiner Kräfte erlangt hat."
    )
    assert any("direct object of verstehen" in hint for hint in hints(text, "Wesen"))
    assert any("direct object of erlangen" in hint for hint in hints(text, "Entfaltung"))


def test_a_preposition_and_pronoun_inside_an_attribute_belong_to_its_adjective() -> None:
    """"die Entfaltung aller in ihm vorhandenen Kräfte": "in ihm" (in him) belongs to "vorhandenen"; the
    noun's case comes from its article "aller" (a genitive plural here), not from "in"."""
    text = "Das Ziel des Weges ist eine grenzenlose Entfaltung aller in ihm vorhandenen Kräfte."
    assert any("Genitive: belongs to Entfaltung" in hint for hint in hints(text, "Kräfte"))
    assert not any("after in" in hint for hint in hints(text, "Kräfte"))


def test_a_naming_participle_after_a_bracket_is_no_clause_of_its_own() -> None:
    """"Bouldern (…), in der Schweiz auch Blocklaufen genannt, ist …": "genannt" is a participle, no
    finite verb (no form of nennen is spelt so), so "der" opens no relative clause, and the name it gives
    is what the word is called, no direct object."""
    text = 'Bouldern (englisch bouldering, abgeleitet von englisch boulder „Felsblock“), in der Schweiz auch Blocklaufen genannt, ist eine Form des Kletterns.'
    assert not any("Präteritum" in hint for hint in hints(text, "genannt"))
    assert not any("Relative" in hint for hint in hints(text, "der"))
    assert not any("direct object" in hint for hint in hints(text, "Blocklaufen"))
    assert any("subject of sein" in hint for hint in hints(text, "Bouldern"))


def test_a_genitive_of_quality_after_sein_is_the_predicate() -> None:
    """"Im Gegensatz zu … ist Barbados nicht vulkanischen Ursprungs": an adjective and a noun in the genitive
    with no article say what the subject is like (of volcanic origin); the parser made the island the
    predicate and "Ursprungs" its attribute, and "polnischer Herkunft" a dative."""
    text = "Im Gegensatz zu den meisten Nachbarinseln ist Barbados nicht vulkanischen Ursprungs."
    assert any("subject of sein" in hint for hint in hints(text, "Barbados"))
    assert any("Genitive with sein" in hint for hint in hints(text, "Ursprungs"))
    assert case_of("Seine Mutter war polnischer Herkunft.", "Herkunft") == "Genitive"


def test_after_sein_a_noun_after_the_first_one_s_relative_clause_is_the_predicate() -> None:
    """"daher ist ein Zeitalter, in dem ein Buddha erscheint, ein glückliches Zeitalter": the noun with the
    relative clause is the subject, the one after the clause's closing comma the predicate (the parser made
    it an attribute of the first)."""
    text = "Es gab vor ihm schon andere Lehrer, daher ist ein Land, in dem ein Lehrer erscheint, ein glückliches Land."
    assert any("subject of sein" in hint for hint in hints(text, "Land", 0))
    assert any("predicate noun after sein" in hint for hint in hints(text, "Land", 1))


def test_the_name_a_participle_of_naming_gives_is_a_nominative() -> None:
    """"Der Gletscher, in Österreich auch Kees genannt, ist …": the name is what the glacier is called, a
    nominative as in "Er wird Kees genannt", no direct object of nennen."""
    text = "Der Stausee, in Bayern auch Weiher oder Speicher genannt, ist ein künstlicher See."
    assert case_of(text, "Weiher") == "Nominative"
    assert any("what Stausee is called" in hint for hint in hints(text, "Weiher"))


def test_a_noun_after_als_is_no_second_subject() -> None:
    """"In den Alpen wird die Gletscherregion als glaziale Höhenstufe bezeichnet": the noun after "als" is
    what the region is called, not a subject joined with it."""
    text = "In den Alpen wird die Gletscherregion als glaziale Höhenstufe bezeichnet."
    assert not any("subject" in hint for hint in hints(text, "Höhenstufe"))
    assert not any("Höhenstufe follows" in hint for hint in hints(text, "wird"))


def test_a_noun_inside_a_bracket_is_no_item_of_a_list_outside_it() -> None:
    """"Herzog (althochdeutsch herizogo, ursprünglich Führer, Heerführer im Kriege) ist ein Adelstitel": the
    bracket explains the word; its nouns are no subjects joined with "Herzog"."""
    text = "Herzog (althochdeutsch herizogo, ursprünglich Führer, Heerführer im Kriege) ist ein Titel."
    assert not any("subject" in hint for hint in hints(text, "Führer") + hints(text, "Heerführer"))


def test_a_predicate_after_und_is_a_clause_of_its_own() -> None:
    """"Gletscher speichern … Süßwasser auf der Erde und sind … die größten Wasserspeicher": the parser joined
    the predicate to "Erde"; it is the second clause's predicate noun, a nominative, sharing the subject."""
    text = "Wälder speichern derzeit viel Kohlenstoff auf der Erde und sind nach den Meeren die größten Kohlenstoffspeicher."
    assert any("predicate noun after sein" in hint for hint in hints(text, "Kohlenstoffspeicher"))
    assert case_of(text, "Kohlenstoffspeicher") == "Nominative"


def test_a_main_clause_before_a_relative_clause_keeps_its_predicate_out_of_brackets() -> None:
    """"…, insbesondere waren sie dies in den Kaltzeiten (Eiszeitalter) des Pleistozäns, in welchen …
    hineinreichten": where the parser hung the main clause on the relative clause after it, a noun in
    brackets or in the genitive is no predicate the copula "waren" could head."""
    text = (
        "Gletscher sind auch bedeutende Landschaftsformer, insbesondere waren sie dies in den Kaltzeiten "
        "(Eiszeitalter) des Pleistozäns, in welchen auf der Nordhalbkugel Inlandeismassen bis in das nördliche "
        "Mitteleuropa hineinreichten."
    )
    assert any("predicate noun after sein" in hint for hint in hints(text, "Landschaftsformer"))


def test_an_infinitive_joined_to_one_under_a_modal_shares_its_subject() -> None:
    """"Man muss den Bogen drehen und die Finger spreizen": "spreizen" is the modal's second infinitive, no
    present tense with a subject of its own; the fingers are what is spread."""
    text = "Man muss den Bogen anders drehen und die Finger mehr spreizen."
    assert case_of(text, "Finger") == "Accusative"
    assert any("direct object of spreizen" in hint for hint in hints(text, "Finger"))
    assert not any("Präsens" in hint for hint in hints(text, "spreizen"))
    assert _token(text, "spreizen").gloss[0] == "to spread"  # (Ding: to straddle)


def test_a_fronted_als_phrase_is_no_subject_of_the_verb_after_it() -> None:
    """"Als Kind erkrankte sie an Kinderlähmung": "Als Kind" (as a child) says when; "sie" is the subject,
    the woman, not the illness named before it ("it")."""
    text = "Die Malerin kam aus Mexiko. Als Kind erkrankte sie an Kinderlähmung."
    assert any("subject of erkranken" in hint for hint in hints(text, "sie"))
    assert not any("subject" in hint for hint in hints(text, "Kind"))
    assert _token(text, "sie").gloss[0] == "she"


def test_the_markers_of_a_wiki_heading_are_no_subject_of_its_verb() -> None:
    """"== Warum verschwanden so viele Festungen?": the "=" of wiki markup is the heading's punctuation; the
    fortresses are what disappeared, the subject of the intransitive verb, not its object."""
    text = "Früher gab es viele Burgen.\n\n== Warum verschwanden so viele Festungen?\n\nDie Kanonen wurden besser."
    assert case_of(text, "Festungen") == "Nominative"
    assert any("subject of verschwinden" in hint for hint in hints(text, "Festungen"))


def test_a_time_a_genitive_names_may_be_the_subject_of_an_intransitive_verb() -> None:
    """"Allerdings endete die Zeit der großen Festungen": an era named by its genitive is no time saying
    when, but what ended; "die Zeit" alone after such a verb stays a time ("Er schlief die ganze Zeit")."""
    text = "Früher gab es viele Burgen. Allerdings endete die Zeit der großen Festungen, als sie nicht mehr so viel ausmachten."
    assert any("subject of enden" in hint for hint in hints(text, "Zeit"))
    assert case_of("Er schlief die ganze Zeit.", "Zeit") == "Accusative"


def test_the_phrase_after_a_reflexive_verb_and_a_placeholder_es_is_the_subject() -> None:
    """"Es setzt sich dann die Information durch": "es" only holds the first place; the information is what
    prevails, the subject, not the object ("sich" is the verb's accusative)."""
    text = "Es setzt sich dann die Information durch."
    assert any("subject of durchsetzen" in hint for hint in hints(text, "Information"))
    assert case_of("Das Kind setzt sich die Mütze auf.", "Mütze") == "Accusative"
