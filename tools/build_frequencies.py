"""Build the lemma frequency list that difficulty scoring uses (assets/frequency/de-lemmas.tsv.xz).

wordfreq counts surface forms: "einzumarschieren" is rare although
"einmarschieren" is not. Summing the frequencies of all forms of a lemma
(forms lemmatised with simplemma) gives the frequency a learner meets the
word with. Output: one `lemma<TAB>zipf` line per lemma (case-folded, as wordfreq folds: ß → ss), most
frequent first, so the line number is the frequency rank.

    python tools/build_frequencies.py [--words 250000]
"""

from __future__ import annotations

import argparse
import lzma
import math
from collections import defaultdict
from pathlib import Path

import simplemma
import wordfreq

OUTPUT = Path(__file__).resolve().parent.parent / "assets" / "frequency" / "de-lemmas.tsv.xz"
# Lemmas rarer than this (about once in 100 million words) add size, not information.
MIN_ZIPF = 1.5


def lemma_frequencies(word_count: int) -> dict[str, float]:
    frequencies: dict[str, float] = defaultdict(float)
    words = wordfreq.get_frequency_dict("de", wordlist="large")
    for number, (word, frequency) in enumerate(words.items()):
        if number >= word_count:
            break
        if not any(char.isalpha() for char in word):
            continue
        # wordfreq folds case, so "frage" is both the noun "Frage" and a form of "fragen": credit both.
        # It also writes "ß" as "ss", and simplemma reads "strasse" as a form of "Strass": credit the
        # spelling with "ß" too, or "Straße" and "Fuß" count as rare words.
        forms = {word, word.capitalize()}
        if "ss" in word:
            forms |= {form.replace("ss", "ß") for form in forms}
        lemmas = {simplemma.lemmatize(form, lang="de").casefold() for form in forms}
        for lemma in lemmas:
            frequencies[lemma] += frequency
    return frequencies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=250_000, help="most frequent word forms to read")
    args = parser.parse_args()
    frequencies = lemma_frequencies(args.words)
    rows = sorted(frequencies.items(), key=lambda item: (-item[1], item[0]))
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    kept = 0
    with lzma.open(OUTPUT, "wt", encoding="utf-8", preset=9) as out:
        for lemma, frequency in rows:
            zipf = math.log10(frequency * 1e9)
            if zipf < MIN_ZIPF:
                break
            out.write(f"{lemma}\t{zipf:.2f}\n")
            kept += 1
    print(f"{kept} lemmas from {args.words} word forms -> {OUTPUT} ({OUTPUT.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
