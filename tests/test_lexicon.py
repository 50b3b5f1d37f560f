"""The offline lexicon: what a learner sees when they look a word up.

These run against the shipped assets/lexicon/lexicon.sqlite, so they also
guard the build: a rebuild that loses gender, plurals, separable verbs or the
everyday sense of a word fails here.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections import Counter

import pytest

from reader.lexicon import full_entry, lookup, noun_genders, short_gloss
from reader.lexicon import database
from reader.lexicon.compound_senses import composes_from_parts, head_glosses, head_phrase, modifier_gloss, unsupported_prefix
from reader.lexicon.compounds import split_compound
from reader.lexicon.ding import parse_line
from reader.lexicon.ranking import Candidate, rank_candidates


# --- entries a learner meets in the founding article -------------------------

def test_noun_with_gender_plural_and_everyday_sense_first() -> None:
    entry = lookup("Spannung")
    assert entry.gender == "f"
    assert entry.plural == "Spannungen"
    assert entry.pos == "NOUN"
    assert entry.gloss[0] == "tension"  # Ding lists the medical "tautness" first
    assert not entry.composed


def test_a_noun_of_two_genders_has_its_first_sense_s_gender_and_keeps_the_other() -> None:
    """"der See" is a lake, "die See" the sea: Ding lists "die See" first, but the first sense shown is
    "lake", so the noun is masculine, and feminine too; Ding's stray feminine "Einfluss" in a list of
    synonyms ("Einfluss {f}; Gewicht {f}") is no gender of its own, as Wiktionary knows."""
    lake = lookup("See", "NOUN")
    assert (lake.gloss[0], lake.gender, noun_genders("See")) == ("lake", "m", "mf")
    assert noun_genders("Steuer") == "fn" and lookup("Steuer", "NOUN").gloss[0] == "tax"
    assert (lookup("Mark", "NOUN").gender, lookup("Mark", "NOUN").gloss[0]) == ("f", "mark (currency)")
    assert noun_genders("Einfluss") == "m" and noun_genders("Spannung") == "f"


def test_souveraenitaet_means_sovereignty_not_aplomb() -> None:
    entry = lookup("Souveränität")
    assert entry.gender == "f"
    assert entry.gloss[0] == "sovereignty"
    assert "aplomb" in entry.gloss  # still there, just not first


@pytest.mark.parametrize(
    ("verb", "meaning"),
    [
        ("übereinkommen", "agree"),
        ("abbauen", "reduce"),
        ("einmarschieren", "march"),
        ("festnehmen", "arrest"),
        ("aufrufen", "call"),
    ],
)
def test_separable_verbs_find_their_entry(verb: str, meaning: str) -> None:
    """Keys come from "jdn. festnehmen", "in etw. einmarschieren", "mit jdm. übereinkommen"."""
    entry = lookup(verb, "VERB")
    assert entry.pos == "VERB"
    assert entry.term == verb
    assert any(meaning in gloss for gloss in entry.gloss), entry.gloss


def test_short_gloss_fits_the_panel() -> None:
    for word in ("Sicherheit", "groß", "gehen", "Spannung", "Konferenz"):
        entry = lookup(word)
        assert 0 < len(entry.short) <= 40, entry.short
        assert entry.short.startswith(entry.gloss[0].split(" (")[0][:20])


# --- fallbacks ----------------------------------------------------------------

def test_compound_not_in_ding_is_composed_from_its_parts() -> None:
    assert database.term_rows("Sicherheitskonferenz") == ()  # really not in the data
    entry = lookup("Sicherheitskonferenz")
    assert entry.composed
    assert entry.source == "compound"
    assert [part for part, _ in entry.parts] == ["Sicherheit", "Konferenz"]
    assert entry.gloss[0] in ("security conference (probably)", "safety conference (probably)")
    assert entry.gender == "f"  # from the head, Konferenz
    assert entry.plural == "Sicherheitskonferenzen"


def test_a_rare_compound_whose_english_its_parts_do_not_give_keeps_ding_s_gloss() -> None:
    # the build leaves out rare compounds the lookup composes as Ding has them ("eel smokery"), not others
    assert composes_from_parts("eel smokery", [["eel"]], ["smokery", "smoking"])
    assert not composes_from_parts("viral envelope", [["virus"]], ["cover", "case", "shell"])
    assert lookup("Virushülle").gloss[0] == "viral envelope"  # not "virus cover (probably)"
    assert lookup("verfassungsgebend", "ADJ").gloss[0] == "constituent"  # not "to give (constitutional)"


def test_a_form_without_a_word_class_opens_no_compound() -> None:
    assert lookup("Sprachformen").gloss[0] == "language forms (probably)"  # Sprache, not "sprach" (quoth)


def test_a_name_is_no_compound_of_rare_short_words() -> None:
    assert not lookup("Tanjug").gloss  # the news agency, not "tangent jug"
    assert not lookup("Leister").gloss  # a surname, not "lei stère"
    assert lookup("Sicherheitsrat").found and lookup("Gnuherde").composed  # a common short part still composes


def test_a_compound_splits_where_its_parts_are_most_even() -> None:
    """A known compound as the modifier beats a short modifier before a long head: the Baltic Sea's
    port, not an eastern seaport; natural gas, not earth and gas."""
    assert [part for part, _ in lookup("Ostseehafen").parts] == ["Ostsee", "Hafen"]
    assert lookup("Erdgaspipeline").gloss[0].startswith("natural gas")


def test_an_adjective_compound_ends_in_an_adjective() -> None:
    assert lookup("kontaktfreien", "ADJ").gloss[0] == "contact-free (probably)"  # not "freien": to woo


def test_a_first_part_spelt_like_a_participle_is_the_noun_with_its_link() -> None:
    entry = lookup("Gefahrenbewertung")  # Gefahr|en|bewertung, not "gefahren" (driven) + Bewertung
    assert entry.composed
    assert entry.parts[0][0] == "Gefahr"


def test_a_compounds_parts_take_the_senses_their_compounds_use() -> None:
    # "nach-" compounds: "follow-up", "aftermath"; only a form of one of the part's own senses counts,
    # and "aftermath" is no form of "after"
    counts = Counter({"aftermath": 6.0, "afterwards": 5.0, "after": 1.0})
    assert modifier_gloss(["after", "to"], counts) is None
    assert modifier_gloss(["fight", "combat"], Counter({"fighter": 5.0, "combat": 1.0})) == "fighter"
    # an English compound ends in its head: "managing director" can lead with "director", not "managing"
    counts = Counter({"managing": 9.0, "director": 5.0, "manager": 3.0})
    assert head_glosses(["managing director", "manager"], counts)[0] != "managing"
    assert "managing" not in lookup("Kreisgeschäftsführer").gloss[0]


def test_a_head_english_puts_first_is_learnt_from_how_the_listed_compounds_read() -> None:
    # "freedom of the press", "freedom of assembly" outnumber "… freedom" more than twice
    phrasing = Counter({"freedom of": 12.0, "freedom": 3.0, "liberty": 1.0})
    assert head_phrase(["freedom", "liberty"], phrasing) == "freedom of"
    assert head_phrase(["ban", "prohibition"], Counter({"ban on": 8.0, "ban": 6.0})) is None  # "driving ban" too
    kundgebung = lookup("Kundgebungsfreiheit", "NOUN")
    assert kundgebung.gloss[0] == "freedom of rally (probably)"
    assert kundgebung.gloss[1] == "rally freedom"
    # a part Ding's compounds use in front keeps its place ("Nord…": north), nor do three parts change
    assert lookup("Nordrand", "NOUN").gloss[0] == "north edge (probably)"


def test_of_splits_into_as_many_nouns_the_one_whose_rarest_part_is_commonest_wins() -> None:
    # Grundschule|Zeit, not Grund|Schulzeit ("reason school time"); both are two parts as long
    assert lookup("Grundschulzeit", "NOUN").gloss[0] == "primary school time (probably)"
    assert lookup("Küstenlandschaft", "NOUN").parts[0][0] == "Küste"  # not Küstenland|Schaft
    # an adjective is common in any text: "neu" stays the first part of "Neuerrichtung" (not Neue|Richtung)
    assert lookup("Neuerrichtung", "NOUN").gloss[0] == "new construction (probably)"


def test_of_splits_sharing_their_rarest_part_the_commoner_other_part_wins() -> None:
    # Landrat|s|amt (district office), not Landrat|samt (velvet): both end in a word, Amt is the commoner
    office = lookup("Landratsamt", "NOUN")
    assert [key for key, _ in office.parts] == ["Landrat", "Amt"]
    assert office.gloss[0] == "district administrator office (probably)"


def test_a_plural_first_part_takes_the_sense_its_plural_has_in_compounds() -> None:
    # split Nachricht|en, but Ding's compounds read "Nachrichten…" as "news" ("Nachricht": news item)
    archive = lookup("Nachrichtenarchiv", "NOUN")
    assert archive.gloss[0] == "news archive (probably)"
    assert archive.parts[0] == ("Nachricht", "news")


def test_a_first_part_entry_the_compounds_do_not_use_gives_way_to_the_part_s_own_sense() -> None:
    # "Besuchs…; Kontakt…; Hilfs…. [soc.] :: befriending": the compounds starting with Besuch read
    # "visiting hours", "visit report"
    counts = Counter({"visiting": 3.9, "hours": 2.3, "befriending": 1.0, "visits": 0.7})
    assert unsupported_prefix(["befriending"], ["visit", "visitor"], counts)
    assert not unsupported_prefix(["main"], ["head"], Counter({"main": 9.0}))
    assert lookup("Besuchsverbot", "NOUN").gloss[0] == "visit ban (probably)"


def test_three_part_compound() -> None:
    entry = lookup("Bürgermeisterstichwahlen")
    assert entry.composed
    assert "mayor" in entry.gloss[0]


@pytest.mark.parametrize(
    ("word", "expected"),
    [("US-Präsident", "US president"), ("Ukraine-Krise", "Ukraine crisis")],
)
def test_hyphenated_word_keeps_the_acronym_and_glosses_the_head(word: str, expected: str) -> None:
    entry = lookup(word)
    assert entry.composed
    assert entry.source == "hyphen"
    assert entry.gloss[0] == expected
    assert entry.gender in ("m", "f")


def test_a_hyphenated_street_named_after_a_person_keeps_the_person_s_name() -> None:
    """"Konrad-Adenauer-Ufer": "Konrad", which Ding knows only as an Austrian word for a plunger, and
    "Altmeier", a surname it reads from its parts, are names kept as written; a name Ding renders in
    English stays translated ("Rhein-Main-Gebiet")."""
    assert lookup("Konrad-Adenauer-Ufer").gloss[0] == "Konrad Adenauer bank"
    assert lookup("Peter-Altmeier-Ufer").gloss[0] == "Peter Altmeier bank"
    assert lookup("Rhein-Main-Gebiet").gloss[0].startswith("Rhine")


def test_ss_spelling_finds_the_eszett_entry() -> None:
    entry = lookup("Strasse")  # Swiss spelling
    assert entry.term == "Straße"
    assert entry.source == "ss"
    assert entry.gender == "f"
    assert any(g in ("street", "road") for g in entry.gloss[:3])
    assert lookup("Spass").term == "Spaß"


def test_a_compound_in_the_spelling_before_the_reform_is_glossed_as_today_s() -> None:
    """"Friedensprozeß" (GSD's news, the 1990s): the compound of "Friedensprozess", not nothing; an
    "ß" after a long vowel stays ("Fußballspiel")."""
    entry = lookup("Friedensprozeß", "NOUN")
    assert entry.term == "Friedensprozess" and "peace process" in entry.gloss
    assert lookup("Fußballspiel", "NOUN").term == "Fußballspiel"


def test_a_spelling_the_reform_left_beside_another_finds_the_one_ding_lists() -> None:
    entry = lookup("Scheinselbständigkeit", "NOUN")  # Ding: "Scheinselbstständigkeit"
    assert entry.gloss[0] == "false self-employment"
    assert lookup("substantiell", "ADJ").gloss[0] == "substantial"  # Ding: "substanziell"


def test_other_capitalisation() -> None:
    entry = lookup("konferenz")
    assert entry.term == "Konferenz"
    assert entry.source == "case"
    assert lookup("Groß").term == "groß"  # sentence-initial adjective


def test_lemma_variants_nominalised_adjectives_and_inflection() -> None:
    assert lookup("deutschen", "ADJ").term == "deutsch"  # not the noun "Deutschen"
    assert lookup("deutschen", "ADJ").gloss[0] == "German"
    assert lookup("Deutschen", "NOUN").gloss[0] == "Germans"
    assert lookup("abzubauen").term == "abbauen"
    plural = lookup("Spannungen")
    assert "tension" in plural.gloss[0]


def test_feminine_of_a_listed_noun_for_a_person() -> None:
    entry = lookup("Betreiberin", "NOUN")
    assert entry.gloss[0] == "operator (female)"
    assert (entry.gender, entry.plural) == ("f", "Betreiberinnen")
    assert not lookup("Kaminin", "NOUN").found  # Kamin is no person: no feminine is guessed


@pytest.mark.parametrize(("word", "gloss"), [("jährige", "-year-old"), ("stündigen", "-hour"), ("tägiger", "-day")])
def test_number_suffix_left_alone_by_the_tokenizer(word: str, gloss: str) -> None:
    assert lookup(word, "ADJ").gloss == (gloss,)


def test_prefix_part_of_a_compound() -> None:
    assert lookup("Panafrikaner", "NOUN").gloss[0] == "pan-African (probably)"


def test_abbreviations_and_article_headwords_are_indexed() -> None:
    assert "European Union" in lookup("EU").gloss[0]
    assert "police" in lookup("Polizei").gloss[0]  # Ding writes "die Polizei {f}"
    assert lookup("Polizei").gender == "f"


def test_news_patterns_loanwords_and_missing_function_words() -> None:
    assert lookup("46-jährige").gloss[0] == "46-year-old"
    assert lookup("1960er").gloss[0] == "1960s"
    assert lookup("Tweets").gloss[0] == "tweet"  # Wiktionary noun, English loanword
    assert lookup("Tweets").gender == "m"
    assert lookup("zwar").found  # Ding has it only inside "zwar …, aber …"
    assert lookup("Telefon-").gloss == lookup("Telefon").gloss  # "Telefon- und Internet…"
    assert lookup("ausschliessen").term == "ausschließen"  # only the second "ss" is ß


def test_proper_noun_tag_still_finds_the_noun() -> None:
    assert lookup("Ukraine", "PROPN").gloss[0] == "Ukraine"
    assert lookup("sein", "AUX").gloss[0] == "to be"
    assert lookup("sein", "PRON").gloss[0] == "his"


def test_unknown_word_gives_an_empty_entry_without_error() -> None:
    for word in ("Xqzwrtlbrmpf", "", "   ", "1234", "!!!", "Qaasuitsup"):
        entry = lookup(word)
        assert entry.gloss == ()
        assert entry.short == ""
        assert entry.composed is False
        assert json.loads(json.dumps(entry.to_dict()))["gloss"] == []


def test_to_dict_has_the_analyze_contract_fields() -> None:
    data = json.loads(json.dumps(lookup("Spannung").to_dict()))
    assert {"term", "gloss", "gender", "plural", "pos", "composed"} <= set(data)
    assert data["gloss"][0] == "tension" and data["gender"] == "f"
    composed = lookup("Sicherheitskonferenz").to_dict()
    assert composed["composed"] is True
    assert composed["parts"][1][0] == "Konferenz"


def test_full_entry_has_all_senses_with_labels_and_examples() -> None:
    full = full_entry("Spannung")
    assert full.entry.gloss[0] == "tension"
    english = [g for sense in full.senses for g in sense.english]
    assert any("suspense" in g for g in english)
    assert any("pol." in sense.labels for sense in full.senses)
    assert any(sense.examples for sense in full.senses)
    assert len(full.senses) >= 4
    assert full_entry("Xqzwrtlbrmpf").senses == ()


# --- runtime properties -------------------------------------------------------

def test_runtime_does_not_import_build_time_packages() -> None:
    code = (
        "import sys, reader.lexicon as lx; lx.lookup('Haus'); lx.lookup('Sicherheitskonferenz');"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'german_nouns', 'wordfreq', 'textual'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_database_is_opened_read_only() -> None:
    lookup("Haus")
    with pytest.raises(sqlite3.OperationalError):
        database.connection().execute("CREATE TABLE scribble(x)")


def test_missing_database_is_a_clear_error(tmp_path) -> None:
    code = "import reader.lexicon as lx; lx.lookup('Haus')"
    env = {"READER_LEXICON": str(tmp_path / "nope.sqlite"), "PATH": ""}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.returncode != 0
    assert "lexicon database not found" in out.stderr


# --- building blocks ----------------------------------------------------------

@pytest.mark.parametrize(
    ("word", "known", "keys", "links"),
    [
        ("Sicherheitskonferenz", {"Sicherheit", "Konferenz"}, ["Sicherheit", "Konferenz"], ["s", ""]),
        ("Tageszeit", {"Tag", "Zeit"}, ["Tag", "Zeit"], ["es", ""]),
        ("Klassenfahrt", {"Klasse", "Fahrt"}, ["Klasse", "Fahrt"], ["n", ""]),
        ("Kindergeld", {"Kind", "Geld"}, ["Kind", "Geld"], ["er", ""]),
        ("Hundehütte", {"Hund", "Hütte"}, ["Hund", "Hütte"], ["e", ""]),
        ("Schulbuch", {"Schule", "Buch"}, ["Schule", "Buch"], ["", ""]),
        ("Maiswurzelbohrer", {"Mais", "Wurzel", "Bohrer"}, ["Mais", "Wurzel", "Bohrer"], ["", "", ""]),
        # a noun in -ion (-ung, -heit …) takes the linking s: a place of demonstrations, not a sort of one
        ("Demonstrationsorte", {"Demonstration", "Ort", "Orte", "Sorte"}, ["Demonstration", "Orte"], ["s", ""]),
    ],
)
def test_compound_splitter_linking_elements(word, known, keys, links) -> None:
    parts = split_compound(word, known.__contains__)
    assert [p.key for p in parts] == keys
    assert [p.link for p in parts] == links


def test_compound_splitter_refuses_what_it_cannot_explain() -> None:
    assert split_compound("Verhandlung", {"Handlung"}.__contains__) is None  # "Ver" is no word
    assert split_compound("Haus", {"Haus"}.__contains__) is None  # too short to be two parts


def test_ding_line_parser_aligns_subentries_and_keeps_annotations() -> None:
    line = parse_line(
        "Spannung {f} (zwischen jdm.) [pol.] [soc.] | Spannungen {pl} :: tension (between sb.) | tensions"
    )
    head = line.german[0][0]
    assert (head.text, head.gender, head.pos) == ("Spannung", "f", "NOUN")
    assert head.labels == ("pol.", "soc.")
    assert line.german[1][0].is_plural and line.english[1][0].text == "tensions"
    assert parse_line("# comment") is None


def test_a_slash_between_english_alternatives_is_no_abbreviation() -> None:
    """"/Gov./" is an abbreviation; " / among sb. (by sth./" is text, and cutting it out left a
    gloss with half a parenthesis."""
    line = parse_line("beleidigen {vt} :: to cause/give offence to sb. / among sb. (by sth./ by saying/doing sth.)")
    assert line.english[0][0].text == "to cause/give offence to sb. / among sb."
    assert parse_line("Regierung {f} :: government /Gov./").english[0][0].text == "government"


def test_ranking_prefers_headword_plain_register_and_recurring_gloss() -> None:
    zipf = {"do": 5.0, "bash": 3.0, "party": 5.0, "celebration": 4.0}.get

    def cand(line, kind, glosses, labels=()):
        return Candidate(line, kind, 0 if kind == "head" else 1, labels, [(g, ()) for g in glosses])

    ranked = rank_candidates(
        [
            cand(1, "head", ["do", "bash"], ("ugs.",)),  # colloquial line
            cand(2, "head", ["celebration"]),
            cand(3, "syn", ["celebration", "party"]),
        ],
        lambda core: zipf(core, 0.0),
    )
    assert ranked.glosses[0] == "celebration"  # plain register, recurs on two lines
    assert ranked.line_ids[0] == 2


def test_short_gloss_joins_up_to_three_senses_within_40_chars() -> None:
    assert short_gloss(["security", "safety", "surety", "collateral"]) == "security; safety; surety"
    assert short_gloss(["conference (on)"]) == "conference"
    assert len(short_gloss(["a very long gloss " * 5])) == 40
    assert short_gloss([]) == ""


def test_closing_the_lexicon_forgets_its_answers_and_the_next_use_opens_the_one_named_then(
    tmp_path, monkeypatch
) -> None:
    """A rebuilt lexicon reaches lookups in the same process once the old one is closed: no cached
    gloss of the old one survives (lookup's own cache included)."""
    import shutil

    assert lookup("Haus").gloss[0] == "house"
    copy = tmp_path / "lexicon.sqlite"
    shutil.copy(database.lexicon_path(), copy)
    with sqlite3.connect(copy) as connection:
        connection.execute("UPDATE term SET glosses = 'dwelling' WHERE word = 'Haus' AND pos = 'NOUN'")
    monkeypatch.setenv(database.ENV_OVERRIDE, str(copy))
    assert lookup("Haus").gloss[0] == "house"  # the open lexicon lives on until it is closed
    database.close_current()
    try:
        assert database.current().path == copy
        assert lookup("Haus").gloss[0] == "dwelling"
    finally:
        monkeypatch.undo()
        database.close_current()
    assert lookup("Haus").gloss[0] == "house"


def test_a_noun_made_from_an_adjective_reads_with_its_weak_ending_after_the_article() -> None:
    from reader.lexicon import after_definite_article

    entry = lookup("Abgeordneter")
    assert after_definite_article(entry.term, entry.gender, entry.plural) == ("Abgeordnete", "Abgeordneten")
    teacher = lookup("Lehrer")
    assert after_definite_article(teacher.term, teacher.gender, teacher.plural) == ("Lehrer", "Lehrer")


def test_a_phrase_written_with_a_choice_of_words_is_one_phrase_per_choice() -> None:
    from reader.lexicon.ding import parse_line
    from reader.lexicon.phrases import phrase_patterns

    line = parse_line("Kontakte/Beziehungen pflegen {vt} :: to cultivate contacts/relationships")
    patterns = {pattern.term: pattern.words for pattern in phrase_patterns(line, lambda word: word)}
    assert patterns == {"Kontakte pflegen": ("kontakte",), "Beziehungen pflegen": ("beziehungen",)}


def test_an_infinitive_before_lassen_is_a_word_of_its_phrase_but_not_before_another_verb() -> None:
    from reader.lexicon.ding import parse_line
    from reader.lexicon.phrases import phrase_patterns

    def patterns(raw: str) -> dict[str, tuple[str, ...]]:
        return {pattern.term: pattern.words for pattern in phrase_patterns(parse_line(raw), lambda word: word)}

    assert patterns("auf etw. schließen lassen {vi} :: to be indicative of sth.") == {
        "auf etw. schließen lassen": ("auf", "schließen"),
    }
    assert patterns("schwimmen gehen {vi} :: to go swimming") == {}  # "gehen" would claim every infinitive


def test_a_line_of_compound_first_parts_gives_no_fixed_phrase() -> None:
    """"Marine…; von der Marine; Flotten… :: naval" renders the parts as an English adjective: "von der
    Marine" is naval only before a noun, and "von der Marine festgesetzt" is by the navy."""
    from reader.lexicon.ding import parse_line
    from reader.lexicon.phrases import phrase_patterns

    assert list(phrase_patterns(parse_line("Marine…; von der Marine; Flotten… :: naval"), lambda word: word)) == []
    assert [p.term for p in phrase_patterns(parse_line("an der Basis :: grassroots"), lambda word: word)] == ["an der Basis"]


def test_a_phrase_shows_its_neutral_renderings_and_plain_german_rendered_only_in_slang_is_no_phrase() -> None:
    """"Sex haben :: to get laid [slang]": the plain German phrase would show slang first, so it is left
    to its words ("sex", "to have"); a phrase with a neutral rendering drops its slang ones, and marked
    German keeps its marked English, labelled."""
    from reader.lexicon.ding import parse_line
    from reader.lexicon.phrases import phrase_patterns

    def glosses(raw: str) -> dict[str, tuple[str, ...]]:
        return {p.term: p.glosses for p in phrase_patterns(parse_line(raw), lambda word: word)}

    assert "Sex haben" not in glosses("flachgelegt werden {vi} [ugs.]; Sex haben :: to get laid [slang]")
    assert glosses("auf den Putz hauen {vi} [ugs.] :: to paint the town red [coll.]") == {
        "auf den Putz hauen": ("to paint the town red [colloquial]",)
    }
    assert glosses("in die Luft gehen {vi} :: to blow up; to go ballistic [coll.]")["in die Luft gehen"] == ("to blow up",)


def test_a_conjunction_opens_no_compound() -> None:
    """"Sonderermittler" is Sonder|ermittler (special investigator), not "sondern" (but) + Ermittler."""
    from reader.lexicon import lookup

    entry = lookup("Sonderermittler", "NOUN")
    assert entry.composed and entry.gloss[0].startswith("special investigator")


def test_a_two_letter_noun_opens_a_compound_only_where_no_other_split_explains_it() -> None:
    """"Ölwirtschaft" is Öl|wirtschaft (oil economy); a chemical symbol ("La") opens none."""
    from reader.lexicon import lookup

    oil = lookup("Ölwirtschaft", "NOUN")
    assert oil.composed and oil.parts[0] == ("Öl", "oil") and "economy" in oil.gloss[0]
    assert not lookup("Laverwaltung", "NOUN").gloss


def test_the_lower_house_is_no_compound_of_unter_and_haus() -> None:
    """Ding lists "Unterhaus" only as "Unterhaus des britischen Parlaments": the supplement has it."""
    from reader.lexicon import lookup

    entry = lookup("Unterhaus", "NOUN")
    assert not entry.composed and entry.gloss[0] == "lower house"


def test_sich_verteuern_is_to_become_more_expensive() -> None:
    """"Ein Barrel verteuerte sich": became more expensive; "Die Steuer verteuert das Benzin": increases the price."""
    from reader.nlp import analyze

    reflexive = next(t for t in analyze("Im Handel verteuerte sich ein Barrel Öl.").tokens if t.text == "verteuerte")
    plain = next(t for t in analyze("Die Steuer verteuert das Benzin.").tokens if t.text == "verteuert")
    assert reflexive.gloss[0].startswith("to become more expensive") and plain.gloss[0] == "to increase the price"


def test_a_person_noun_is_one_with_a_feminine_in_in() -> None:
    """"Minister"/"Ministerin", "Arzt"/"Ärztin", "Experte"/"Expertin" name persons; "Regierung" and
    "der Termin" (no feminine, though it ends in -in) do not."""
    from reader.nlp.noun_lexicon import person_noun

    assert all(person_noun(word) for word in ("Minister", "Ministerin", "Arzt", "Ärztin", "Experte", "Expertin"))
    assert not any(person_noun(word) for word in ("Regierung", "Termin", "Magazin", "Vermutung"))


def test_the_english_preposition_of_a_governed_one_comes_from_the_sense_shown() -> None:
    from reader.lexicon.valency import governed_preposition

    # "Interesse {n} (an jdm./etw.; für jdn./etw.) :: interest (in sb./sth.)"
    assert governed_preposition("Interesse", "NOUN", "an", "interest") == "in"
    # "Einladung {f} (an jdn. / zu einer Veranstaltung) :: invitation (to sb. / to an event)"
    assert governed_preposition("Einladung", "NOUN", "an", "invitation") == "to"
    # "sich an etw. beteiligen :: to take part in sth.": the preposition written with the object
    assert governed_preposition("beteiligen", "VERB", "an", "to take part") == "in"
    # "auf etw. hindeuten :: to indicate sth.": the sense shown takes no preposition, and "of" of
    # "to be indicative of sth." would be wrong beside it
    assert governed_preposition("hindeuten", "VERB", "auf", "to indicate sth.") is None
    assert governed_preposition("Interesse", "NOUN", "gegen", "interest") is None


def test_terms_read_ahead_are_the_rows_a_lookup_reads() -> None:
    words = ["Haus", "haus", "Sicherheitskonferenz", "sein", "Sein", "xyzzy", "Leiter"]
    database.close_current()  # nothing read ahead yet: the rows below come from one query each
    asked = {word: database.term_rows.__wrapped__(word) for word in words}
    database.prefetch_terms(words)
    assert {word: database.term_rows.__wrapped__(word) for word in words} == asked


def test_a_noun_that_is_also_another_nouns_plural_opens_a_compound_as_itself() -> None:
    # "Akte" (file, plural Akten) is also the plural of "Akt" (act; nude): Akten|seite is Akte|n, not Akt|en
    assert lookup("Aktenseite", "NOUN").parts[0] == ("Akte", "file")
    # a plural with no lemma of its own still opens no compound: Nase|n|schutz, not "Nasen"
    assert lookup("Nasenschutz", "NOUN").parts[0][0] == "Nase"


def test_a_compound_part_counts_as_common_as_its_plural() -> None:
    # "Regenfälle" is far commoner than "Regenfall": Monsun|regenfall (rainfall), not Monsunregen|fall (case)
    assert [key for key, _ in lookup("Monsunregenfall", "NOUN").parts] == ["Monsun", "Regenfall"]


def test_letters_in_brackets_glued_to_an_english_word_are_an_optional_part_of_it() -> None:
    """"colo(u)r" is shown as one word, not "colo r"; "in the narrow(er)/strict(er) sense" keeps its slash."""
    from reader.lexicon.ding import parse_line

    line = parse_line("Farbe {f} | im engeren Sinne :: colo(u)r | in the/a narrow(er)/strict(er) sense")
    assert line.english[0][0].text == "color"
    assert line.english[1][0].text == "in the/a narrow/strict sense"
    # a note after a space stays a note ("to wait (for)"), and German words keep their brackets as notes
    line = parse_line("warten {vi} (auf) :: to wait (for)")
    assert line.english[0][0].text == "to wait" and line.english[0][0].comments == ("for",)


def test_each_word_choice_of_a_phrase_takes_its_own_english() -> None:
    """"in zweifacher/dreifacher Ausfertigung :: in duplicate/triplicate": one phrase per choice, each
    with its English, not the whole list; a choice the English does not mirror keeps the gloss as it is."""
    from reader.lexicon.ding import parse_line
    from reader.lexicon.phrases import phrase_patterns

    line = parse_line(
        "Ausfertigung {f} | in zweifacher/dreifacher/vierfacher Ausfertigung :: official copy | in duplicate/triplicate/quadruplicate"
    )
    glosses = {p.term: p.glosses[0] for p in phrase_patterns(line, lambda word: word)}
    assert glosses == {
        "in zweifacher Ausfertigung": "in duplicate",
        "in dreifacher Ausfertigung": "in triplicate",
        "in vierfacher Ausfertigung": "in quadruplicate",
    }


def test_a_present_participle_used_as_a_noun_is_someone_who_does_it() -> None:
    # "der starr Blickende": no "view end" (Blick|Ende), nor "film tub end" for "Filmschaffende"
    assert lookup("Blickende", "NOUN").gloss[0] == "someone who looks (probably)"
    assert lookup("Filmschaffenden", "NOUN").gloss[0] == "someone who creates (film) (probably)"
    # a compound of a listed participle noun is the compound splitter's: "Landes|vorsitzende" (Vorsitzender)
    assert lookup("Landesvorsitzende", "NOUN").gloss[0].startswith("state ")
    # "schichtend" is no participle in use: the end of a shift; "Legende" is a noun of its own
    assert lookup("Schichtende", "NOUN").gloss[0] == "shift end (probably)"
    assert "legend" in lookup("Unabhängigkeitslegende", "NOUN").gloss[0]
