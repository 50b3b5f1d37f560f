"""The project's hand-checked glosses, merged into the Ding rows at lexicon build time.

tools/lexicon_supplement.tsv: words Ding lacks, and everyday senses Ding misses.
tools/core_glosses.tsv: the checked senses of the most frequent content words and plural forms.
"""

from __future__ import annotations

from pathlib import Path

from reader.lexicon.ranking import gloss_core
from reader.lexicon.database import PLURAL
from reader.lexicon.word_kinds import a_fields_common_word

TOOLS = Path(__file__).resolve().parent
SUPPLEMENT = TOOLS / "lexicon_supplement.tsv"
CORE_GLOSSES = TOOLS / "core_glosses.tsv"


def add_supplement(rows: list[tuple], nouns) -> list[tuple]:
    """Hand-written glosses (tools/lexicon_supplement.tsv) for words Ding lacks; "first" also adds a
    word class Ding lacks for a word it glosses ("anschließend" as an adverb: afterwards)."""
    glossed = {row[0] for row in rows if row[5]}
    by_key = {(row[0], row[1]): row for row in rows}
    added = 0
    for word, pos, gender, glosses, mode in _tsv(SUPPLEMENT):
        new = glosses.split(" ; ")
        old = by_key.get((word, pos))
        if mode == "first" and old is not None:
            by_key[(word, pos)] = _first(old, new)
        elif word not in glossed or mode == "first":
            plural = next((p for g, p in nouns.get(word, []) if g == gender), None)
            by_key[(word, pos)] = (word, pos, 0, gender or None, plural, "\t".join(new), "")
        else:
            continue
        added += 1
    print(f"applied {added} supplement entries")
    return list(by_key.values())


def add_core_glosses(rows: list[tuple], names: set[str]) -> list[tuple]:
    """The hand-checked senses of the most frequent content words (tools/core_glosses.tsv) go in
    front of Ding's, which follow them for the rarer senses; "-" leaves a row as Ding ranks it.
    A labelled sense ("really [colloquial]") follows the neutral ones, as in Ding's ranking.
    A plural form keeps its own senses only where they were checked: the others read as the lemma.
    A name whose every sense in Ding is some trade's ("Dirk": topping lift [naut.]) keeps them, so
    the reader still knows it as a name (reader.lexicon.word_kinds.is_name); a field's everyday word
    does not ("Schnee": snow [meteo.])."""
    by_key = {(row[0], row[1]): row for row in rows}
    checked = set()
    for word, pos, glosses in _tsv(CORE_GLOSSES):
        row = by_key.get((word, pos))
        if row is None and pos == PLURAL and (word, "NOUN") in by_key:
            row = (word, PLURAL, *by_key[(word, "NOUN")][2:])  # a plural Ding lists as a noun of its own
        if row is None or glosses == "-":
            continue
        senses = [sense for sense in row[5].split("\t") if sense]
        if word in names and all(sense.endswith("]") for sense in senses) and not a_fields_common_word(senses):
            continue
        senses = sorted(glosses.split(" ; "), key=lambda sense: sense.endswith("]"))
        by_key[(word, pos)] = _first(row, senses)
        checked.add((word, pos))
    print(f"applied {len(checked)} core glosses")
    return [row for key, row in by_key.items() if key[1] != PLURAL or key in checked]


def checked_words(pos: str) -> set[str]:
    """The words of class *pos* whose senses tools/core_glosses.tsv checks ("-" keeps Ding's: none)."""
    return {word for word, row_pos, glosses in _tsv(CORE_GLOSSES) if row_pos == pos and glosses != "-"}


def _tsv(path: Path) -> list[list[str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [[field.strip() for field in line.split("\t")] for line in lines if line.strip() and not line.startswith("#")]


def _first(row: tuple, glosses: list[str]) -> tuple:
    """*row* with *glosses* first, then its own that say something else ("to give sth." repeats "to give")."""
    said = {gloss_core(g) for g in glosses}
    merged = glosses + [g for g in row[5].split("\t") if g and gloss_core(g) not in said]
    return row[:5] + ("\t".join(merged[:8]),) + row[6:]
