"""Benchmark: exporting 5,000 learning terms to an .apkg (target: <= 3 s).

    python bench/bench_anki.py

Selecting, building and writing 5,000 notes in a fresh home. The lexicon and the
frequency list are loaded first and timed apart: a one-off cost per process.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import wordfreq

from reader.anki import export_words, vocabulary_words
from reader.frequency import frequency
from reader.lexicon import lookup
from reader.library import Library
from reader.vocab import LEARNING, Context, Status, TermKey, Vocabulary


def main() -> None:
    started = time.perf_counter()
    frequency("Haus"), lookup("Haus")
    print(f"loading the frequency list and lexicon: {time.perf_counter() - started:.2f} s")
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        library = Library(home)
        words = [word for word in wordfreq.top_n_list("de", 8000) if word.isalpha()][:5000]
        keys = [  # wordfreq lower-cases every word: the lexicon says which are nouns
            TermKey(word.capitalize(), "NOUN")
            if lookup(word).pos == "NOUN"
            else TermKey(word, "VERB" if word.endswith("en") else "ADJ")
            for word in words
        ]
        sentence = "Das ist ein Satz mit einem Wort."
        contexts = {key: Context(sentence, ((21, 26),)) for key in keys}
        Vocabulary(library.connection).set_status(keys, Status.LEARNING_2, None, contexts)
        started, cpu = time.perf_counter(), time.process_time()
        result = export_words(library, vocabulary_words(library.connection, LEARNING), home / "big.apkg")
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu
        library.close()
        print(f"exported {result.notes} notes ({result.cards} cards): {wall:.2f} s wall, {cpu:.2f} s CPU")


if __name__ == "__main__":
    main()
