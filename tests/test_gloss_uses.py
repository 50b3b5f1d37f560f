"""First glosses that depend on how a word is used, one behaviour per test, on sentences written for these
tests: whose "ihr" is, "von" standing for a genitive, a preposition an adjective may leave out, persons
without a feminine in -in, "auch wenn", "sowohl … als auch", the "sich" of "sich lassen", a preposition
tagged as another word, werden as the passive its grammar hint reads."""

from __future__ import annotations

from reader.nlp.noun_lexicon import person_noun
from tests.test_hint_constructions import _token


def test_ihr_on_its_clause_s_subject_points_back_to_the_plural_before_it() -> None:
    """"…, der Pegel von Flüssen, bei dem ihr Wasser über die Ufer tritt": the last noun "ihr" can point to
    (a feminine singular or a plural) is the rivers: their; after a feminine thing, its."""
    assert _token("Gemeint ist der Pegel von Flüssen, bei dem ihr Wasser über die Ufer tritt.", "ihr").gloss[0] == "their"
    assert _token("Mit dem Wort Temperatur wird hier ihr Wert gemeint.", "ihr").gloss[0] == "its"


def test_von_before_a_bare_plural_of_things_after_a_noun_is_of() -> None:
    """"der Zustand von Gewässern": "von" stands for the genitive the bare plural cannot show, also in a
    passive clause; the doers of a passive stay "by" ("von Soldaten erobert")."""
    assert _token("Als Hochwasser wird der Zustand von Flüssen bezeichnet.", "von").gloss[0] == "of"
    assert _token("Die Stadt wurde damals von Soldaten erobert.", "von").gloss[0] == "by"


def test_an_adjective_without_its_preposition_keeps_its_first_sense() -> None:
    """"abhängig (von: on)": "wirtschaftlich abhängig" is dependent, as "von den Gezeiten abhängig" is,
    never "addicted"; a fixed phrase's sense ("nach Angaben") still waits for its words."""
    assert _token("Das Land ist wirtschaftlich abhängig.", "abhängig").gloss[0].startswith("dependent")
    assert _token("Der Pegel ist von den Gezeiten abhängig.", "abhängig").gloss[0].startswith("dependent")
    assert "according to" not in _token("Sie ordnet die Wörter durch die Angabe ihrer Funktion.", "Angabe").gloss[0]


def test_a_person_noun_is_one_by_its_feminine_or_its_senses_never_by_a_made_up_feminine() -> None:
    """The lexicon makes up "Gewässerin" (body of water, female); a body of water is no person, while
    "Vater", "Sohn" are persons without a feminine in -in (their senses say so), "Arzt" one with "Ärztin",
    and "der Verlobte" one the dictionary declines like an adjective."""
    assert not person_noun("Gewässer") and not person_noun("Fenster")
    assert person_noun("Vater") and person_noun("Sohn") and person_noun("Arzt")
    assert person_noun("Verlobter") and person_noun("Abgeordnete")  # declined like adjectives: persons
    assert _token("Sein Vater interessierte sich sehr für Bücher.", "sich").gloss[0] == "himself"


def test_a_sentence_opening_sie_after_a_feminine_thing_is_it_unless_a_woman_is_named() -> None:
    """"Die Blase ist ein Organ … . Sie ermöglicht …": the capital "Sie" opening the sentence points back to
    the bladder (it), as a lower-case "sie" does, unless a woman is named just before (a name the lexicon
    has no entry for, or a noun naming a woman)."""
    text = "Die Blase ist ein Organ, in dem der Urin gespeichert wird. Sie ermöglicht es dem Körper, zu warten."
    assert _token(text, "Sie").gloss[0] == "it"
    assert _token("Die Stadt liegt im Bezirk Linz-Land. Sie liegt an der Donau.", "Sie").gloss[0] == "it"
    # a woman named just before is whom it means, whatever thing came last
    assert _token("Gewählt wurde die Kandidatin der Partei, Jane Dodds. Sie gewann klar.", "Sie").gloss[0] == "she"
    assert _token("Er sprach mit der Moderatorin der Sendung. Sie bat ihn um Antworten.", "Sie").gloss[0] == "she"


def test_a_present_form_is_not_read_as_another_verb_s_rare_past() -> None:
    """"Der Urin gelangt in die Blase": gelangen (to reach), not "ihr gelangt", the second person plural past
    of gelingen (to succeed); "Ihm gelang die Flucht" stays gelingen."""
    assert _token("Das Wasser gelangt über Rohre in den Tank.", "gelangt").lemma == "gelangen"
    assert _token("Ihm gelang am Ende die Flucht.", "gelang").lemma == "gelingen"



def test_a_plural_in_ien_finds_its_singular() -> None:
    """"Adverbien", "Prinzipien": the Latin-style plural in -ien of a noun the dictionary has (Adverb,
    Prinzip), where simplemma's lemma ("Adverbium") is no entry."""
    assert _token("Die Adverbien dieser Sprache sind einfach.", "Adverbien").gloss[0].startswith("adverb")
    assert _token("Die Prinzipien bleiben gleich.", "Prinzipien").gloss[0] == "principles"


def test_auch_before_wenn_is_even_if() -> None:
    """"auch wenn sie zweifeln": even if, not "also"; "auch" of "sowohl … als auch" is as well as, whatever
    the tagger calls it."""
    assert _token("Sie lobten den Schritt, auch wenn sie Zweifel hatten.", "auch").gloss[0].startswith("even if")
    assert _token("Er kam auch, wenn es regnete.", "auch").gloss[0] == "also"
    assert _token("Es kamen sowohl Ärzte als auch Politiker.", "auch").gloss[0].startswith("as well as")


def test_the_sich_of_sich_lassen_points_to_lassen_s_subject() -> None:
    """"Das Problem lässt sich leicht lösen": the "sich" hung on the infinitive is lassen's, the problem's
    (itself), with no reflexive verb "sich lösen" (to come loose) in the hints."""
    sich = _token("Das Problem lässt sich leicht lösen.", "sich")
    assert sich.gloss[0] == "itself"
    assert not any("sich lösen" in hint for hint in _token("Das Problem lässt sich leicht lösen.", "lösen").hints)
    assert _token("Nach der Tat ließ sich der Mann widerstandslos festnehmen.", "sich").gloss[0] == "himself"


def test_a_preposition_the_tagger_took_for_another_word_governs_its_phrase() -> None:
    """"mitsamt dem angeschlossenen Krankenhaus": a dative after "together with", not the dative object of
    schenken."""
    text = "Er schenkte ihnen einen Teil des Geländes mitsamt dem angeschlossenen Krankenhaus."
    mitsamt, hospital = _token(text, "mitsamt"), _token(text, "Krankenhaus")
    assert mitsamt.pos == "ADP" and mitsamt.gloss[0] == "together with"
    assert "Dative after mitsamt" in " | ".join(hospital.hints)
    assert not any("object of schenken" in hint for hint in hospital.hints)


def test_werden_hung_on_an_adverb_is_glossed_as_the_passive_its_hint_reads() -> None:
    """"Landschaftlich wird das Elsass meist als … beschrieben": the parser hung "wird" on "meist" as a
    copula; the verb complex is a passive (the hint says so), and so does the gloss, not "will"."""
    text = "Landschaftlich wird das Elsass meist als die Gegend zwischen Vogesen und Rhein beschrieben."
    wird = _token(text, "wird")
    assert any("werden-passive" in hint for hint in wird.hints)
    assert wird.gloss[0].startswith("to be (passive")
    assert _token("Er wird morgen kommen.", "wird").gloss[0].startswith("will")
