"""Difficulty: frequency by lemma, coverage sizes, grammar load, the learner's share, and validation."""

from __future__ import annotations

from pathlib import Path

import pytest
import wordfreq

from reader.difficulty import cram_list, fit_for, score
from reader.frequency import frequency
from reader.library import load_article
from reader.library.article import split_front_matter
from reader.nlp import analyze
from reader.paths import BUNDLED_TEXTS_DIR
from reader.vocab import KNOWN, KNOWN_ASSUMED, placement, term_key

WIKINEWS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "wikinews-de"
SIMPLIFIED = Path(__file__).resolve().parent / "data" / "simplified"
KLEXIKON_PAIRS = WIKINEWS.parent / "leveled" / "klexikon-pairs"


def test_a_rare_form_of_a_common_lemma_counts_as_common() -> None:
    # The surface form "einzumarschieren" is rare; its term sums all forms of the lemma.
    token = next(t for t in analyze("Er plant, in das Land einzumarschieren.").tokens if t.text == "einzumarschieren")
    assert token.term == "einmarschieren"
    assert token.zipf == frequency("einmarschieren").zipf
    assert token.zipf > wordfreq.zipf_frequency("einzumarschieren", "de") + 0.5


def test_spelling_with_ss_or_sz_and_case_find_the_same_lemma() -> None:
    assert frequency("Straße") == frequency("strasse") == frequency("STRASSE")


def test_unknown_compound_is_as_common_as_its_rarest_part() -> None:
    assert frequency("Hundekonferenz").rank == max(frequency("Hund").rank, frequency("Konferenz").rank)


def test_hyphenated_acronym_is_a_name_and_the_head_counts() -> None:
    assert frequency("EU-Kommission") == frequency("Kommission")


def test_coverage_on_a_text_counted_by_hand() -> None:
    # 20 learnable tokens: "der" x10, "Hund" x9, one rare compound.
    text = " ".join(["Der Hund."] * 9 + ["Der Zwergpinscherzüchterverband."])
    difficulty = score(analyze(text))
    hund, rare = frequency("Hund").rank, frequency("Zwergpinscherzüchterverband").rank
    assert difficulty.tokens == 20
    # 95 % of 20 tokens = 19 tokens: "der" and "Hund" suffice; 98 % needs the rare word too.
    assert difficulty.coverage_95 == hund
    assert difficulty.coverage_98 == rare


def test_names_and_numbers_do_not_count() -> None:
    assert score(analyze("Joe Biden traf 30 Minister.")).tokens == 2


def test_grammar_load_sees_clauses_passive_and_konjunktiv() -> None:
    simple = score(analyze("Der Hund läuft. Die Katze schläft.")).grammar
    complex_ = score(analyze("Er sagte, dass das Gesetz beschlossen worden sei, weil die Mehrheit es wolle.")).grammar
    assert simple.subordinate_share == simple.passive_share == simple.subjunctive_share == 0
    assert complex_.subordinate_share == 1 and complex_.subjunctive_share == 1
    assert complex_.load > simple.load


def test_personal_unknown_share_falls_when_words_are_marked_known() -> None:
    analysis = analyze("Der Hund bellt. Der Hund schläft.")
    assert score(analysis, {}).unknown_share == 1.0
    known = {term_key(token): KNOWN for token in analysis.tokens if token.term in ("der", "Hund")}
    difficulty = score(analysis, known)
    assert difficulty.unknown_share == pytest.approx(2 / 6)
    assert difficulty.unknown_term_share == pytest.approx(2 / 4)
    assert difficulty.fit == "too hard"


def test_fit_bands_in_new_words_per_100_words() -> None:
    assert fit_for(0.01) == "easy"  # under 2: reading without stopping
    assert fit_for(0.03) == fit_for(0.10) == "good fit"  # up to 13: children's encyclopedia text for a B1 reader
    assert fit_for(0.20) == "hard"
    assert fit_for(0.30) == "too hard"


def test_fit_counts_a_new_word_once_however_often_it_recurs() -> None:
    objects = ["Fahrrad", "Auto", "Buch", "Haus", "Bild", "Brot", "Hemd", "Glas", "Radio", "Sofa"]
    one_new_word = analyze(" ".join(f"Die Frau kauft das {objects[0]}." for _ in objects))
    ten_new_words = analyze(" ".join(f"Die Frau kauft das {name}." for name in objects))

    def knowing_all_but_objects(analysis):
        return {term_key(t): KNOWN for t in analysis.tokens if t.learnable and t.term not in objects}

    repeated = score(one_new_word, knowing_all_but_objects(one_new_word))
    varied = score(ten_new_words, knowing_all_but_objects(ten_new_words))
    assert repeated.unknown_share == varied.unknown_share == pytest.approx(10 / 50)  # the same share of tokens
    assert repeated.new_word_share == pytest.approx(1 / 50) and varied.new_word_share == pytest.approx(10 / 50)
    assert (repeated.fit, varied.fit) == ("good fit", "hard")


@pytest.mark.skipif(not KLEXIKON_PAIRS.is_dir(), reason="needs ../shared/corpora/leveled/klexikon-pairs")
@pytest.mark.parametrize("bundled", sorted(BUNDLED_TEXTS_DIR.glob("klexikon-*.md"))[:3], ids=lambda path: path.stem)
def test_after_a_b1_placement_a_klexikon_text_fits_and_its_wikipedia_twin_is_hard(bundled: Path) -> None:
    size = placement.estimate(placement.answers_of_learner_knowing(3000)).vocabulary_size
    twin = KLEXIKON_PAIRS / "wikipedia" / (load_article(bundled).url.rsplit("/", 1)[-1] + ".md")

    def fit_for_b1(path: Path) -> str:
        analysis = analyze(load_article(path).body)
        known = {term_key(t): KNOWN_ASSUMED for t in analysis.tokens if t.learnable and placement.assumes_known(t.term, size)}
        return score(analysis, known).fit

    assert fit_for_b1(bundled) in ("easy", "good fit")
    assert fit_for_b1(twin) in ("hard", "too hard")


def test_cram_list_puts_the_most_frequent_unknown_terms_first() -> None:
    analysis = analyze("Die Krise wächst. Die Krise bleibt. Die Krise endet nie.")
    known = {term_key(token): KNOWN for token in analysis.tokens if token.term == "der"}
    cram = cram_list([analysis], known, size=2)
    assert cram[0].key.term == "Krise" and cram[0].count == 3
    assert cram[-1].cumulative_share == pytest.approx(4 / 7)


@pytest.mark.skipif(not WIKINEWS.is_dir(), reason="needs ../shared/corpora/wikinews-de")
@pytest.mark.parametrize("rewrite", sorted(SIMPLIFIED.glob("*.md")), ids=lambda path: path.stem[:40])
def test_a_simplified_rewrite_scores_easier_than_its_original(rewrite: Path) -> None:
    original = score(analyze(split_front_matter((WIKINEWS / rewrite.name).read_text(encoding="utf-8"))[1]))
    simple = score(analyze(split_front_matter(rewrite.read_text(encoding="utf-8"))[1]))
    assert simple.score < original.score
    assert simple.level in ("A1", "A2", "B1")
    assert original.level in ("B1", "B2", "C1", "C2")
