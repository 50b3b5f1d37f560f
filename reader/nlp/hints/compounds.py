"""Hints for compounds: the parts with their glosses (Sicherheits|konferenz)."""

from __future__ import annotations

from spacy.tokens import Token

from reader.nlp.extensions import token_value
from reader.lexicon.database import LexiconMissingError
from reader.lexicon.word_kinds import verb_of_action_noun
from reader.nlp.hints.common import Hints


def add_compound_hints(token: Token, hints: Hints) -> None:
    try:
        from reader.lexicon import lookup

        entry = lookup(token_value(token, "term") or token.lemma_ or token.text, "NOUN")
    except LexiconMissingError:
        return
    if not entry.composed or len(entry.parts) < 2 or verb_of_action_noun(entry.term) is not None:
        return  # (a noun of a verb's action is no compound of its parts: "Auskühlung" is auskühlen's)
    word = display_term(token)
    split = split_surface(word, [part for part, _ in entry.parts])
    last_part, last_piece = entry.parts[-1][0].lower(), split.split("|")[-1].lower()
    if not (last_piece.startswith(last_part[: max(3, len(last_part) - 1)]) or "-" in word):
        return  # the word does not end in the last part ("Demonstriere|nde"): a wrong split, say nothing
    parts = []
    for number, (part, gloss) in enumerate(entry.parts):
        if number == len(entry.parts) - 1 and "-" in word:
            part = word.split("-")[-1]
        gloss = gloss.split(";")[0].strip()
        parts.append(f"{part} '{gloss}'" if gloss and gloss.lower() != part.lower() else part)
    hints.add(token, f"Compound: {split} = {' + '.join(parts)}.")


def display_term(token: Token) -> str:
    """The noun's dictionary form, keeping the capital after a hyphen ("Ukraine-Krise", not "Ukraine-krise")."""
    term = token_value(token, "term") or token.lemma_ or token.text
    if "-" in term and "-" in token.text:
        last = token.text.split("-")[-1]
        head, _, tail = term.rpartition("-")
        if last[:1].isupper() and tail[:1].islower():
            term = f"{head}-{tail[:1].upper()}{tail[1:]}"
    return term


def split_surface(word: str, parts: list[str]) -> str:
    """"Sicherheitskonferenz", [Sicherheit, Konferenz] → "Sicherheits|konferenz" (linking -s- kept)."""
    if "-" in word and len(word.split("-")) == len(parts):
        return "|".join(word.split("-"))
    lower = word.lower()
    starts = []
    position = 0
    for number, part in enumerate(parts):
        found = lower.find(part.lower(), position)
        if found < 0:
            # the last part may be inflected or shortened; take the rest
            if number == len(parts) - 1 and position < len(word):
                found = position
            else:
                return "|".join(parts)
        starts.append(found)
        position = found + max(len(part) - 1, 1)
    if starts[0] != 0:
        return "|".join(parts)
    pieces = [word[a:b] for a, b in zip(starts, starts[1:] + [len(word)])]
    return "|".join(pieces[:1] + [p.lower() if p[:1].isupper() and not p.isupper() else p for p in pieces[1:]])


