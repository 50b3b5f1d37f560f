"""Lemmas corrected by the part of speech: the rule classes simplemma alone gets wrong."""

from __future__ import annotations

import pytest

from reader.nlp import analyze
from reader.nlp.lemmas import lemmatize


@pytest.mark.parametrize(
    ("form", "pos", "morph", "lemma"),
    [
        ("Hat", "AUX", {}, "haben"),  # capitalised at the start of a sentence
        ("einladend", "ADJ", {"Degree": "Pos"}, "einladend"),  # participle as adjective, not "einladen"
        ("interessierte", "ADJ", {}, "interessiert"),
        ("Israels", "PROPN", {"Case": "Gen"}, "Israel"),  # genitive name
        ("Sicherheitsgründen", "NOUN", {"Case": "Dat"}, "Sicherheitsgrund"),  # unknown compound, known head
        ("Spannungen", "NOUN", {}, "Spannung"),
        ("Theaterhaus", "NOUN", {}, "Theaterhaus"),  # not simplemma's guess "Theaterhausen"
        ("Nominierungsprozess", "NOUN", {}, "Nominierungsprozess"),  # the head in today's spelling
        ("kamen", "VERB", {}, "kommen"),
        ("angehören", "VERB", {}, "angehören"),  # an infinitive, not "an|ge|hören" of anhören (to listen to)
        ("abgefangen", "VERB", {}, "abfangen"),  # a participle of abfangen
        ("Pass", "NOUN", {}, "Pass"),  # today's spelling, not simplemma's "Paß"
        ("Schlosses", "NOUN", {"Case": "Gen"}, "Schloss"),
        ("Flüsse", "NOUN", {"Number": "Plur"}, "Fluss"),  # today's spelling for a plural with umlaut too
        ("Füße", "NOUN", {"Number": "Plur"}, "Fuß"),  # (ß after a long vowel stays)
        ("Taube", "NOUN", {}, "Taube"),  # the dove, not the adjective "taub" simplemma reads
        ("Kelten", "NOUN", {"Number": "Plur"}, "Kelte"),  # the dictionary's plural of "Kelte"
        ("beschlossen", "VERB", {}, "beschließen"),  # ß after a long vowel stays
        ("„", "PUNCT", {}, "„"),
        ("draussen", "ADV", {}, "draußen"),  # Swiss ss after a long vowel
        ("Voraussetzung", "NOUN", {}, "Voraussetzung"),  # but not where "aus" ends a prefix
        ("ausgesetzt", "VERB", {}, "aussetzen"),
        ("geherrscht", "VERB", {"VerbForm": "Part"}, "herrschen"),  # simplemma knows it only as itself
        ("angedeutet", "VERB", {"VerbForm": "Part"}, "andeuten"),
        ("anders", "ADV", {}, "anders"),  # an adverb, not a form of "anderer"
        ("später", "ADV", {}, "spät"),  # a comparative keeps its base
        ("langanhaltende", "ADJ", {}, "langanhaltend"),  # adjectives simplemma does not know lose their ending
        ("dreiminütigen", "ADJ", {}, "dreiminütig"),
        ("namhaftesten", "ADJ", {}, "namhaft"),
        ("unverschämte", "ADJ", {}, "unverschämt"),  # not the noun "Unverschämte"
        ("selten", "ADJ", {}, "selten"),  # a known adjective ending in -en keeps it
        ("Niederlanden", "NOUN", {"Case": "Dat"}, "Niederlande"),  # the dative plural's -n, not simplemma's slip
        ("Futter", "NOUN", {}, "Futter"),  # the noun, not the verb "futtern" simplemma reads
        ("weiterentwickelte", "ADJ", {}, "weiterentwickelt"),  # a separable verb's participle, not "weiterentwickel"
        ("weiterentwickelt", "VERB", {"VerbForm": "Part"}, "weiterentwickeln"),  # weiter + entwickelt: no "ge"
    ],
)
def test_lemma(form: str, pos: str, morph: dict[str, str], lemma: str) -> None:
    assert lemmatize(form, pos, morph) == lemma


def test_polite_sie_inside_a_sentence_is_its_own_word() -> None:
    assert lemmatize("Sie", "PRON", {}, starts_sentence=False) == "Sie"
    assert lemmatize("Ihnen", "PRON", {}, starts_sentence=False) == "Sie"
    assert lemmatize("Sie", "PRON", {}, starts_sentence=True) == "sie"  # "Sie sagte": could be "she"


def test_genitive_of_a_name_the_text_also_uses() -> None:
    tokens = {token.text: token for token in analyze("Rabin sprach in Tel Aviv. Rabins Tod erschütterte das Land.").tokens}
    assert tokens["Rabins"].lemma == "Rabin"


def test_polite_sie_in_a_sentence() -> None:
    lemmas = [token.lemma for token in analyze("Wir danken Ihnen. Können Sie uns helfen?").tokens]
    assert lemmas.count("Sie") == 2


@pytest.mark.parametrize(
    ("sentence", "form", "lemma"),
    [
        ("Das Haus gehört meinem Vater.", "gehört", "gehören"),  # finite: ge- belongs to the stem
        ("Ich habe das Lied gehört.", "gehört", "hören"),  # the participle of hören
        ("Das Buch gefällt mir sehr.", "gefällt", "gefallen"),
    ],
)
def test_a_finite_verb_beginning_with_ge_is_no_participle(sentence: str, form: str, lemma: str) -> None:
    assert {token.text: token.lemma for token in analyze(sentence).tokens}[form] == lemma


def test_the_present_singular_of_wissen_and_the_modals_has_its_own_stem() -> None:
    """"du weißt" is wissen, not simplemma's "weißen" (to whitewash); "du musst" müssen."""
    assert {token.text: token.lemma for token in analyze("Du weißt es noch nicht.").tokens}["weißt"] == "wissen"
    assert lemmatize("musst", "AUX", {}, finite=True) == "müssen"
    assert lemmatize("kannst", "AUX", {}, finite=True) == "können"


def test_a_separable_verb_keeps_the_ss_across_its_particle() -> None:
    """simplemma's data has "außehen" for "ausgesehen" and "aussah": the verb is aus|sehen."""
    assert lemmatize("ausgesehen", "VERB", {}) == "aussehen"
    assert lemmatize("aussah", "VERB", {}, finite=True) == "aussehen"
    assert lemmatize("heißt", "VERB", {}, finite=True) == "heißen"


def test_the_superlative_of_a_compound_adjective_is_its_base() -> None:
    """"die bevölkerungsreichste Stadt": bevölkerungsreich (populous), not a "reichst" of reichen (to be
    enough); "umsatzstärksten" loses the superlative's umlaut."""
    assert lemmatize("bevölkerungsreichste", "ADJ", {}) == "bevölkerungsreich"
    assert lemmatize("bevölkerungsreichsten", "ADJ", {}) == "bevölkerungsreich"
    assert lemmatize("umsatzstärksten", "ADJ", {}) == "umsatzstark"


def test_a_strong_past_simplemma_knows_only_in_the_plural() -> None:
    assert lemmatize("stand", "VERB", {}, finite=True) == "stehen"  # as "standen"
    assert lemmatize("lag", "VERB", {}, finite=True) == "liegen"


def test_a_noun_lemma_that_shares_no_stem_with_its_form_is_a_slip_in_the_data() -> None:
    """simplemma has "Nierderlande" for "Niederlanden": the form stands, and the Netherlands are glossed."""
    assert lemmatize("Niederlanden", "NOUN", {}) != "Nierderlande"
    assert lemmatize("Häuser", "NOUN", {}) == "Haus"  # an umlaut and an ending change no stem


def test_an_infinitive_the_dictionary_lists_is_its_own_lemma() -> None:
    """"zu schicken": the verb schicken (send), not simplemma's adjective "schick" (smart)."""
    from reader.nlp import analyze

    token = next(t for t in analyze("Die Regierung plant, Soldaten in den Sudan zu schicken.").tokens if t.text == "schicken")
    assert token.lemma == "schicken" and token.gloss[0] == "to send"


def test_a_masculine_noun_in_en_after_its_singular_article_is_no_plural_of_a_feminine() -> None:
    """"dem Gaza-Streifen" is the strip (der Streifen), not the plural of "die Streife" (patrol); without
    such an article the plural reading stays, and "dem Experten" is still Experte."""
    def lemma_of(text: str, word: str) -> str:
        return next(t.lemma for t in analyze(text).tokens if t.text == word)

    assert lemma_of("Israel zog sich aus dem Gaza-Streifen zurück.", "Streifen") == "Streifen"
    assert lemma_of("Die Streifen der Polizei fahren durch die Stadt.", "Streifen") == "Streife"
    assert lemma_of("Sie sprach mit dem Experten.", "Experten") == "Experte"


def test_an_infinitive_after_a_neuter_article_is_a_noun_of_its_own() -> None:
    """"das Lüften", "beim Lüften": a nominalised infinitive (airing), not the dative plural of "die Luft",
    which no neuter article goes with; "in den Lüften" stays the plural."""
    tokens = {t.text: t for t in analyze("Ein Fensterflügel ermöglicht das Lüften der Räume.").tokens}
    assert tokens["Lüften"].lemma == "Lüften" and tokens["Lüften"].gloss[0] == "airing"
    assert next(t.lemma for t in analyze("Beim Lüften muss man aufpassen.").tokens if t.text == "Lüften") == "Lüften"
    assert next(t.lemma for t in analyze("Vögel fliegen hoch in den Lüften.").tokens if t.text == "Lüften") == "Luft"
    # a neuter noun's plural takes no singular article either: "zum Spielen" is playing, not games;
    # a weak masculine's singular is spelt like its plural ("des Schützen")
    assert next(t.lemma for t in analyze("Zum Spielen wird Luft geleitet.").tokens if t.text == "Spielen") == "Spielen"
    assert next(t.lemma for t in analyze("Er wurde Opfer des Schützen.").tokens if t.text == "Schützen") == "Schütze"
    # nor a neuter noun's dative the dictionary lists as no noun of its own ("im Herzen": Herz, not herzen)
    assert next(t.lemma for t in analyze("Die Stadt liegt im Herzen der Region.").tokens if t.text == "Herzen") == "Herz"


def test_a_dative_plural_two_nouns_share_is_the_commoner_ones() -> None:
    """"zu militärischen Zwecken": der Zweck (purpose), not "die Zwecke" (a tack), whose plural is spelt
    the same; "Reisen" stays die Reise, the commoner of Reise and Reis."""
    def lemma_of(text: str, word: str) -> str:
        return next(t.lemma for t in analyze(text).tokens if t.text == word)

    assert lemma_of("Das Material wird zu militärischen Zwecken genutzt.", "Zwecken") == "Zweck"
    assert lemma_of("Sie berichtete von ihren Reisen nach Asien.", "Reisen") == "Reise"


def test_a_present_two_verbs_share_is_the_intransitive_ones_without_an_object() -> None:
    """"fällt" is a form of fallen (to fall) and of fällen (to fell, of trees and verdicts): without an
    object it falls, and its particle makes ausfallen (to be cancelled), not "ausfällen" (to precipitate)."""
    def verb(text: str) -> tuple[str, str]:
        token = next(t for t in analyze(text).tokens if t.text == "fällt")
        return token.lemma, token.term

    assert verb("Der Kurs fällt um zwei Prozent.") == ("fallen", "fallen")
    assert verb("Der Termin fällt morgen aus.")[1] == "ausfallen"
    assert verb("Mir fällt auf, dass er fehlt.")[1] == "auffallen"
    assert verb("Das Gericht fällt ein Urteil.")[0] == "fällen"


def test_an_unknown_compound_splits_where_its_first_part_is_a_word() -> None:
    """"Halbleitersparte" is Halbleiter + Sparte, not "Halbleit" + Ersparte (savings)."""
    token = next(t for t in analyze("Bei der Halbleitersparte gibt es Probleme.").tokens if t.text == "Halbleitersparte")
    assert token.lemma == "Halbleitersparte"
