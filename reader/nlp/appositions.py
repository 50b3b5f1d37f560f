"""An apposition has the case of the phrase it renames, and both are decided together.

Between commas ("an Jack Dorsey, den Vorstandsvorsitzenden des Unternehmens"; "Neben Lamy, einem
Mitglied der Partei"), whichever of the two shows its case in its forms decides for both: the case is
the one the forms of both allow that the evidence of both supports most.

Names that rename the noun right before them take its case: "des Präsidenten Anders Fogh Rasmussen",
"des früheren Abgeordneten Eduard Linter", "des Innenministers Beckstein" (a close apposition, no comma
between).

The parser hangs such a name anywhere (a genitive attribute, an apposition, a name of its own), and a
name shows no case, so the forms cannot tell. A name after a noun in the genitive (with its article)
is that noun's apposition: a genitive needs an article or an -s, and a bare name has
neither, so it cannot be a genitive attribute of its own, and a second phrase of the clause would
hardly stand between a genitive and its noun.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from reader.nlp.case_evidence import CASES, Phrase
from reader.nlp.lang.articles import Reading
from reader.nlp.noun_lexicon import noun_entry
from reader.nlp.noun_phrases import lemma_of


def close_appositions(doc: Doc, phrases: dict[int, Phrase], decided: dict[int, Reading]) -> None:
    """The case of the genitive noun before a bare name, for every word of the name."""
    for i, phrase in phrases.items():
        head = phrase.head
        if not is_name(head) or phrase.members or phrase.preposition is not None:
            continue
        start, end = _name_run(head)
        before = doc[start - 1] if start > 0 else None
        if before is None or before.i not in decided or before.pos_ not in ("NOUN", "PROPN"):
            continue
        if decided[before.i][0] == "Gen" and phrases[before.i].members and "Gen" in phrase.allowed_cases():
            decided[i] = phrase.best_in_case("Gen")


def _name_run(head) -> tuple[int, int]:
    """The words of the name around `head`: proper nouns side by side, no punctuation between."""
    doc = head.doc
    start = end = head.i
    while start > 0 and is_name(doc[start - 1]):
        start -= 1
    while end + 1 < len(doc) and is_name(doc[end + 1]):
        end += 1
    return start, end + 1


def is_name(token: Token) -> bool:
    """A proper noun, or a capitalized noun the dictionary does not know ("Fogh" tagged as a noun)."""
    if token.pos_ == "PROPN":
        return True
    return token.pos_ == "NOUN" and token.text[:1].isupper() and noun_entry(lemma_of(token))[:2] == (None, None)


def appositions_agree(doc: Doc, phrases: dict[int, Phrase], decided: dict[int, Reading]) -> None:
    """A phrase and its apposition between commas get the case both allow with the most evidence."""
    for i, phrase in phrases.items():
        head = phrase.head
        renamed = phrases.get(head.head.i)
        if head.dep_ != "appos" or renamed is None or head.head.i >= i or phrase.preposition is not None:
            continue
        if not any(t.text == "," for t in doc[renamed.head.i : i]):
            continue  # a close apposition ("Präsident Müller") is the name's own phrase
        shared = phrase.allowed_cases() & renamed.allowed_cases()
        if not shared:
            continue
        case = max(shared, key=lambda c: (phrase.score(phrase.best_in_case(c)) + renamed.score(renamed.best_in_case(c)), -CASES.index(c)))
        decided[i] = phrase.best_in_case(case)
        decided[renamed.head.i] = renamed.best_in_case(case)
