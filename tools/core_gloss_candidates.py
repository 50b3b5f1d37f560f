"""List the next lexicon rows to check by hand for tools/core_glosses.tsv, most frequent lemma first.

    python tools/core_gloss_candidates.py [--count 1000] [--kind lemma|form] > candidates.tsv

--kind lemma (the default): the NOUN/VERB/ADJ/ADV rows of the built lexicon for the most frequent
German lemmas: wordfreq's 60,000 most frequent German words, each lemmatised with simplemma (as
written and capitalised, half the word's frequency each) and summed per lemma.
--kind form: ADJ/ADV rows of word forms ranked by how often the form itself is written
(participles used as adjectives, comparison forms: "bewaffnet", "größte").
Function words (reader/lexicon/data/function_words.tsv) and rows already in core_glosses.tsv are
left out. Each line shows the glosses the reader shows now, for the person who checks them.
"""

from __future__ import annotations

import argparse
import itertools
import sqlite3
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.lexicon.function_words import curated_words  # noqa: E402

LEXICON = ROOT / "assets" / "lexicon" / "lexicon.sqlite"
CORE_GLOSSES = ROOT / "tools" / "core_glosses.tsv"
WORD_CLASSES = ("NOUN", "VERB", "ADJ", "ADV")


def lemma_frequencies() -> list[str]:
    import simplemma
    from wordfreq import top_n_list, zipf_frequency

    frequency: dict[str, float] = defaultdict(float)
    for word in top_n_list("de", 60_000):
        share = 10 ** zipf_frequency(word, "de") / 2
        for form in (word, word.capitalize()):
            frequency[simplemma.lemmatize(form, lang="de")] += share
    return sorted(frequency, key=lambda lemma: -frequency[lemma])


def form_candidates(connection, checked: set, function_words: set) -> Iterator[str]:
    """ADJ/ADV rows of the most often written forms that are not checked yet."""
    from wordfreq import top_n_list

    for word in top_n_list("de", 60_000):
        if word in function_words:
            continue
        rows = connection.execute(
            "SELECT word, pos, glosses FROM term WHERE word = ? AND pos IN ('ADJ', 'ADV') AND glosses != ''", (word,)
        )
        for form, pos, glosses in rows:
            if (form, pos) not in checked:
                yield f"{form}\t{pos}\t\t{' ; '.join(glosses.split(chr(9))[:8])}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--kind", choices=("lemma", "form"), default="lemma")
    args = parser.parse_args(argv)
    count = args.count
    lines = CORE_GLOSSES.read_text(encoding="utf-8").splitlines()
    checked = {tuple(line.split("\t")[:2]) for line in lines if line.strip() and not line.startswith("#")}
    function_words = curated_words()
    connection = sqlite3.connect(f"file:{LEXICON}?mode=ro", uri=True)
    if args.kind == "form":
        print("# word\tpos\t\tglosses shown now")
        for line in itertools.islice(form_candidates(connection, checked, function_words), count):
            print(line)
        return 0
    print("# word\tpos\tgender\tglosses shown now")
    for lemma in lemma_frequencies():
        if count <= 0:
            break
        if lemma.lower() in function_words or len(lemma) < 2:
            continue
        rows = connection.execute(
            "SELECT word, pos, gender, glosses FROM term WHERE word = ? AND glosses != ''", (lemma,)
        )
        for word, pos, gender, glosses in rows:
            # a capital belongs to a noun: "Habe" is a noun, "gut" no noun
            if pos in WORD_CLASSES and (word, pos) not in checked and (pos == "NOUN") == word[:1].isupper():
                print(f"{word}\t{pos}\t{gender or ''}\t{' ; '.join(glosses.split(chr(9))[:8])}")
                count -= 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
