"""Hyphenated words: "US-Präsident" is "US president", "Tory-Abgeordneten" "Tory MPs".

Step 5 of `lookup` (reader/lexicon/lookup.py), for a word with a hyphen inside that no dictionary
lists: the last part is looked up (or, after an abbreviation or a word that is no name, read as an
English loanword: "FEMA-Briefing") and the first parts modify it, each glossed as in a compound or,
when it is a name or an abbreviation, kept as written ("US", "Al-Qaida", "Rems-Murr", a person's name
with spaces: "Martin Luther ring"). The English is put together by reader/lexicon/composed.py, as a
compound's is. Also here: a first part cut off before "und" ("Telefon-"), the check that a hyphenated
word less an ending still ends in its own last part (`keeps_head`, asked of lookup's lemma variants),
and a hyphenated word read in the plural (`hyphenated_in_plural`, asked by the glossing of a phrase).

This module looks its parts up, so it imports lookup.py; lookup.py imports it inside `lookup`, when
the word is no function word (no import cycle at module level).
"""

from __future__ import annotations

from dataclasses import replace

from reader.lexicon import database
from reader.lexicon.composed import PREFIX_GLOSSES, compose, compound_in_plural, part_gloss, plural_senses
from reader.lexicon.entry import Entry, short_gloss
from reader.lexicon.guesses import loanword
from reader.lexicon.lookup import lookup

def keeps_head(word: str, key: str, pos: str | None) -> bool:
    """*key*, a dictionary form of the hyphenated *word* less an ending, ends in the dictionary form of
    *word*'s last part: "EU-Kommissionen" is "EU-Kommission", but "US-Botschafter" is no
    "US-Botschaft", as "Botschafter" (ambassador) is a word of its own."""
    last, key_last = word.rsplit("-", 1)[-1], key.rsplit("-", 1)[-1]
    if last == key_last:
        return True
    head = lookup(last, pos)
    return not head.found or head.term.lower() == key_last.lower()


def truncated_part(word: str, pos: str | None, query: str) -> Entry | None:
    """A first part the text cut off before "und"/"oder" ("Telefon-" of "Telefon- und
    Internetanschluss"), glossed as that part where it is found; *query* is the word as asked."""
    if not (word.endswith("-") and len(word) > 2):
        return None
    inner = lookup(word.rstrip("-"), pos)
    if not inner.found:
        return None
    return Entry(word, inner.gloss, inner.short, inner.gender, inner.plural,
                 inner.pos, True, ((inner.term, inner.short),), query, "hyphen")


def hyphenated_entry(word: str, pos: str | None) -> Entry | None:
    """The composed entry of a hyphenated *word* from its parts, or None when its last part is no word
    (nor an English loanword after an abbreviation or a word)."""
    pieces = word.split("-")
    if len(pieces) < 2 or not all(pieces) or all(piece.isupper() and len(piece) > 1 for piece in pieces):
        return None  # (acronyms all through are a name's: "ZANU-PF", no ZANU "post office box")
    head = lookup(pieces[-1], pos)
    if not head.found and pos in (None, "NOUN") and any(
        piece.isupper() or not _names_no_word(piece, lookup(piece)) for piece in pieces[:-1]
    ):
        head = loanword(pieces[-1]) or head  # "FEMA-Briefing", "Hurrikan-Briefing"; not a name's "Hillary-Clinton"
    if not head.found:
        return None
    modifiers, parts = [], []
    as_written = False  # the piece before was kept as written
    for number, piece in enumerate(pieces[:-1]):
        entry = lookup(piece)
        # after a name, a capitalised part Wiktionary knows as a name too is that name's ("Richard-Wagner-Festspiele":
        # no cartwright, "Robert-Koch-Institut": no cook; but "US-Koch-Show" is a cookery show)
        names_on = as_written and piece[:1].isupper() and database.name_kind(piece) is not None \
            and database.name_kind(pieces[number - 1]) is not None
        if piece.isupper() or any(ch.isdigit() for ch in piece) or names_on or _names_no_word(piece, entry):
            # keep acronyms and names as written: US, EU, G7, "Al-Qaida" (no aluminium), "Rems-Murr"
            if as_written:  # one name: "Rems-Murr", "Peer-to-Peer"; a person's with spaces: "Martin Luther"
                modifiers[-1] += _name_joiner(parts[-1][0], piece) + piece
                parts[-1] = (modifiers[-1], modifiers[-1])
            else:
                modifiers.append(piece)
                parts.append((piece, piece))
            as_written = True
            continue
        as_written = False
        gloss = part_gloss(piece, entry)
        modifiers.append(gloss)
        parts.append((piece, gloss))
    parts.append((pieces[-1], head.short))
    gloss = compose(_hyphen_modifiers(parts[:-1]), head)
    plural = None
    if head.plural:
        plural = "-".join(pieces[:-1] + [head.plural])
    return Entry(word, gloss, short_gloss(gloss), head.gender, plural, head.pos,
                 True, tuple(parts), word, "hyphen")


def _hyphen_modifiers(parts: list[tuple[str, str]]) -> list[str]:
    """The English of a hyphenated word's first parts, (German, English) each: coordinate ones joined by
    hyphens as English writes them before a noun, adjectives ("rot-rot-grün": red-red-green,
    "Schwarz-Gelb-Koalition": black-yellow coalition) or names and abbreviations as written
    ("US-EU-Gipfel": US-EU summit); stacked nouns keep their spaces ("TV-Kabel-Netz": TV cable
    network), and so does a modifier of several words."""
    glosses = [gloss for _, gloss in parts if gloss]
    kinds = {  # a colour is a noun as well ("das Rot"): an adjective reading in lower case counts
        "written" if piece == gloss else "ADJ" if lookup(piece.lower(), "ADJ").pos == "ADJ" else lookup(piece).pos
        for piece, gloss in parts if gloss
    }
    if len(glosses) < 2 or any(" " in gloss for gloss in glosses) or len(kinds) != 1 or kinds - {"written", "ADJ"}:
        return glosses
    joined = glosses[0]
    for gloss in glosses[1:]:
        joined += gloss if joined.endswith("-") else (_name_joiner(joined, gloss) if kinds == {"written"} else "-") + gloss
    return [joined]


def _name_joiner(before: str, piece: str) -> str:
    """How English joins two parts of a name written with a hyphen in German: a person's name with a space
    ("Martin-Luther-Ring": Martin Luther ring, "Hartz IV"), where the part before is a name Wiktionary
    lists and this one is capitalised; other names keep the hyphen ("Rems-Murr", "Peer-to-Peer")."""
    last = before.replace("-", " ").split()[-1]
    return " " if piece[:1].isupper() and database.name_kind(last) is not None else "-"


def _names_no_word(piece: str, entry: Entry) -> bool:
    """A hyphenated word's first part that is a name or an abbreviation, not a word to translate: the
    dictionary knows it not at all ("Yale", "Qaida"), or only as a chemical symbol ("Al" of "Al-Qaida"
    is no aluminium) or as an abbreviation in capitals ("to" of "Peer-to-Peer" is no Tonga), or a word
    Wiktionary knows only as a name that the dictionary knows only in a marked sense or from its parts
    ("Konrad-Adenauer-Ufer": no Austrian plunger; "Peter-Altmeier-Ufer": no alto steward)."""
    if piece.lower() in PREFIX_GLOSSES:
        return False  # "Ex-", "Co-": the English prefix
    if not entry.found or entry.source == "loanword":
        return True
    if database.name_kind(piece) == "only" and (entry.source == "compound" or entry.gloss[0].endswith("]")):
        return True
    if entry.source == "case" and entry.term.isupper() and not piece.isupper():
        return not piece[:1].isupper() or len(piece) <= 2  # "to": TO; "Aids" stays AIDS
    return "(symbol" in entry.gloss[0]


def hyphenated_in_plural(entry: Entry, form: str) -> Entry:
    """A hyphenated word read with its last part's plural senses where the lexicon checked them, as
    compound_in_plural reads a compound: "Tory-Abgeordneten" is "Tory MPs", "US-Nutzerdaten" "US
    user data"; *form* is the last part as written."""
    if entry.source != "hyphen" or len(entry.parts) < 2:
        return entry
    head = lookup(entry.parts[-1][0], "NOUN")
    plural = plural_senses(form)
    if not plural and head.composed:
        in_plural = compound_in_plural(head, form)
        plural = in_plural.gloss if in_plural is not head else ()
    if not plural:
        return entry
    gloss = compose(_hyphen_modifiers(list(entry.parts[:-1])), Entry(head.term, plural))
    if head.composed:
        gloss = (f"{gloss[0]} (probably)", *gloss[1:])
    return replace(entry, gloss=gloss, short=short_gloss(gloss))
