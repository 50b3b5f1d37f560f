"""An apposition has the case of the phrase it renames, and both are decided together.

Between commas ("an Jack Dorsey, den Vorstandsvorsitzenden des Unternehmens"; "Neben Lamy, einem
Mitglied der Partei"), whichever of the two shows its case in its forms decides for both: the case is
the one the forms of both allow that the evidence of both supports most.

Names that rename the noun right before them take its case: "des Präsidenten Anders Fogh Rasmussen",
"des früheren Abgeordneten Eduard Linter", "des Innenministers Beckstein" (a close apposition, no comma
between); so does a full name (two words or more: "die Arbeitsministerin Amber Rudd", "Regierungschef
de Villepin", "der al-Qaida-Führer Osama bin Laden") after a singular noun in any case.

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
from reader.nlp.lang.names import NAME_PARTICLES, PARTICLE_ARTICLES
from reader.nlp.lang.sentences import MONTHS, WEEKDAYS
from reader.nlp.noun_lexicon import adjectival_noun, noun_entry, person_noun
from reader.nlp.noun_phrases import genitive_name, lemma_of, listed_name
from reader.nlp.phrase_context import dated


def close_appositions(doc: Doc, phrases: dict[int, Phrase], decided: dict[int, Reading]) -> None:
    """The case of the noun before a name that renames it, for every word of the name: a genitive noun
    before a bare name, a singular noun before a full name."""
    for i, phrase in phrases.items():
        head = phrase.head
        if phrase.members or phrase.preposition is not None or not _in_name(head):
            continue  # (a name renaming the noun before stands bare: asked first, as it rules out most phrases)
        start, end = _name_run(head)
        before = doc[start - 1] if start > 0 else None
        if before is None or before.i not in decided or before.pos_ not in ("NOUN", "PROPN"):
            continue
        case, _gender, number = decided[before.i]
        genitive = case == "Gen" and phrases[before.i].members and is_name(head)
        full_name = number == "Sing" and full_name_after(before)  # "Arbeitsministerin Amber Rudd"
        if (genitive or full_name) and case in phrase.allowed_cases():
            decided[i] = phrase.best_in_case(case)


def full_name_after(noun: Token) -> bool:
    """A person's full name (two words or more) right after `noun`, which it renames: "den
    58-jährigen Franzosen Pascal Lamy", "die Arbeitsministerin Amber Rudd"."""
    doc = noun.doc
    if noun.i + 2 >= len(doc) or not _in_name(doc[noun.i + 1]) or is_name(noun):
        return False
    start, end = _name_run(doc[noun.i + 1])
    return start == noun.i + 1 and end - start >= 2 and not genitive_name(doc[end - 1])


def _in_name(token: Token) -> bool:
    """A word of a name: a proper noun, a name particle ("de Villepin"), the word after one ("bin
    Laden"), or a word Wiktionary lists as a name too right before a proper noun ("Amber Rudd")."""
    if is_name(token) or token.tag_ == "NE":
        return True
    doc = token.doc
    if token.lower_ in NAME_PARTICLES and token.is_lower:
        # "de Villepin", "von der Leyen"; not a preposition before a full name ("Tweets von Donald Trump")
        after = doc[token.i + 1 : token.i + 3]
        return len(after) == 2 and (
            after[0].lower_ in PARTICLE_ARTICLES
            or after[0].text[:1].isupper() and not (is_name(after[1]) or after[1].tag_ == "NE")
        )
    if token.i > 0 and doc[token.i - 1].lower_ in NAME_PARTICLES and token.text[:1].isupper():
        return True
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    bare = not any(c.dep_ in ("det", "det:poss", "amod", "compound") for c in token.children)  # not "der … Führer"
    return following is not None and is_name(following) and bare and token.text[:1].isupper() and listed_name(token.text)


def _name_run(head) -> tuple[int, int]:
    """The words of the name around `head`: proper nouns side by side, no punctuation between."""
    doc = head.doc
    start = end = head.i
    while start > 0 and _in_name(doc[start - 1]):
        start -= 1
    while end + 1 < len(doc) and _in_name(doc[end + 1]):
        end += 1
    return start, end + 1


def _person_renamed(apposition: Phrase) -> Token | None:
    """The person a full name renames where the parser hung it on a name after the person's noun:
    "Der Premierminister von Japan, Yoshihiko Noda,", "der Botschafter in Quito, Carlos Holguín," rename
    the minister and the ambassador, not the place; past a body the person belongs to ("der Vorsitzende
    der Gemeinde zu Berlin, Jerzy Kanal"). The name takes that noun's case."""
    renamed = apposition.head.head
    if not _full_name(apposition) or not is_name(renamed):
        return None
    while is_name(renamed) and _attribute_of_a_noun(renamed):
        renamed = renamed.head
    if renamed.pos_ != "NOUN":
        return None
    # "der Vorsitzende der Jüdischen Gemeinde zu Berlin, Jerzy Kanal": the person, not the body
    person = renamed
    while not _person(person) and _attribute_of_a_noun(person):
        person = person.head
    return person if _person(person) else renamed


def _attribute_of_a_noun(word: Token) -> bool:
    return word.dep_ == "nmod" and word.head.i < word.i and word.head.pos_ == "NOUN"


def _person(noun: Token) -> bool:
    lemma = lemma_of(noun)
    return person_noun(lemma) or adjectival_noun(lemma)


def _full_name(phrase: Phrase) -> bool:
    """The phrase is a name of two words or more with nothing else: "Yoshihiko Noda"."""
    start, end = _name_run(phrase.head)
    return not phrase.members and end - start >= 2


def is_name(token: Token) -> bool:
    """A proper noun, or a capitalized noun the dictionary does not know ("Fogh" tagged as a noun)."""
    if token.pos_ == "PROPN":
        return True
    return token.pos_ == "NOUN" and token.text[:1].isupper() and noun_entry(lemma_of(token))[:2] == (None, None)


def bracketed_after(phrase: Phrase) -> Token | None:
    """The noun right before "(" when the phrase is all that stands in the brackets: "am Montag
    (9. September)", "des Währungsfonds (IWF)". Such an aside renames that noun; it is no member of the clause."""
    doc = phrase.head.doc
    start = phrase.start
    end = phrase.head.i + 1
    if start < 2 or end >= len(doc) or doc[start - 1].text != "(" or doc[end].text != ")":
        return None
    before = doc[start - 2]
    return before if before.pos_ in ("NOUN", "PROPN") else None


def bracketed_appositions(phrases: dict[int, Phrase], decided: dict[int, Reading]) -> None:
    """A phrase alone in brackets after a noun has that noun's case, where its forms allow it."""
    for i, phrase in phrases.items():
        renamed = bracketed_after(phrase)
        aside = phrase.head.dep_ == "parataxis" and renamed is None and phrase.preposition is None
        if aside and "Nom" in phrase.allowed_cases():
            decided[i] = phrase.best_in_case("Nom")  # "bauen sich ab (Apoptose)": an aside names; nothing governs it
            continue
        if renamed is None or renamed.i not in decided or phrase.preposition is not None or dated(phrase.head, renamed):
            continue
        case = decided[renamed.i][0]
        if case in phrase.allowed_cases():
            decided[i] = phrase.best_in_case(case)


def appositions_agree(doc: Doc, phrases: dict[int, Phrase], decided: dict[int, Reading]) -> None:
    """A phrase and its apposition between commas get the case both allow with the most evidence."""
    for i, phrase in phrases.items():
        head = phrase.head
        renamed = phrases.get(head.head.i)
        if head.dep_ != "appos" or renamed is None or head.head.i >= i or phrase.preposition is not None:
            continue
        if not any(t.text == "," for t in doc[renamed.head.i : i]):
            continue  # a close apposition ("Präsident Müller") is the name's own phrase
        if lemma_of(head) in MONTHS and lemma_of(renamed.head) not in MONTHS | WEEKDAYS:
            continue  # "am Montag, den 16. September, brachte …": a date renames the day, not a noun before it
        person = _person_renamed(phrase)
        if person is not None:
            if decided[person.i][0] in phrase.allowed_cases():
                decided[i] = phrase.best_in_case(decided[person.i][0])
            continue
        shared = phrase.allowed_cases() & renamed.allowed_cases()
        if not shared:
            continue
        case = max(shared, key=lambda c: (phrase.score(phrase.best_in_case(c)) + renamed.score(renamed.best_in_case(c)), -CASES.index(c)))
        decided[i] = phrase.best_in_case(case)
        decided[renamed.head.i] = renamed.best_in_case(case)
