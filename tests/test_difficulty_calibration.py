"""The difficulty score on leveled texts it was not fitted to (tools/calibrate_difficulty.py has the full numbers).

Needs ../shared/corpora/; skipped in a fresh clone without it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.difficulty import score
from reader.library.article import split_front_matter
from reader.nlp import analyze

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"
SIMPLIFIED = Path(__file__).parent / "data" / "simplified"
KLEXIKON = CORPORA / "leveled" / "klexikon-pairs"

pytestmark = pytest.mark.skipif(not CORPORA.is_dir(), reason="needs ../shared/corpora (not in a fresh clone)")


def scored(path: Path):
    return score(analyze(split_front_matter(path.read_text(encoding="utf-8"))[1]))


@pytest.mark.parametrize("rewrite", sorted(SIMPLIFIED.glob("*.md")), ids=lambda path: path.stem[:40])
def test_every_a2_rewrite_scores_easier_than_its_original(rewrite: Path) -> None:
    simple, original = scored(rewrite), scored(CORPORA / "wikinews-de" / rewrite.name)
    assert simple.score < original.score
    # A text written in A2 style needs a few thousand words, not the 15,000 of news.
    assert simple.coverage_95 < 5000 and simple.level in ("A1", "A2")


def test_children_s_encyclopedia_scores_easier_than_wikipedia_on_the_same_subject() -> None:
    # Every tenth pair, so the test stays short; the tool checks all 200 (200 of 200 easier).
    subjects = sorted((KLEXIKON / "klexikon").glob("*.md"))[::10]
    easier = [scored(path).score < scored(KLEXIKON / "wikipedia" / path.name).score for path in subjects]
    assert len(easier) == 20 and all(easier)


def test_a_long_sentence_full_of_rare_words_scores_harder_than_a_short_plain_one() -> None:
    plain = score(analyze("Der Hund schläft im Garten."))
    hard = score(analyze(
        "Die Bundesregierung beschloss, dass die Subventionen, die im Haushaltsentwurf vorgesehen waren,"
        " wegen der Inflationsrate gekürzt werden, obwohl Ökonomen vor einer Rezession warnten."
    ))
    assert plain.score < hard.score and plain.level in ("A1", "A2") and hard.level in ("B2", "C1", "C2")
