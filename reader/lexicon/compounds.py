"""Splitting German compounds into known dictionary words.

News German coins compounds freely ("Sicherheitskonferenz",
"Bürgermeisterstichwahlen"); no dictionary lists them all, but their parts
are ordinary words joined by a linking element (Fugenelement):
Sicherheit|s|konferenz, Tag|es|zeit, Klasse|n|fahrt, Kind|er|garten,
Hund|e|hütte. The splitter tries every known head (the last part decides
meaning, gender and plural) and explains the rest as a known word plus an
optional linking element, recursively for three- and four-part words. Of the
explanations it keeps the one with the fewest parts, then the most even one:
"Ostsee|hafen" (Baltic port), not "Ost|seehafen" (east seaport); "Erdgas|pipeline",
not "Erd|gaspipeline".

The splitter is pure: it asks a ``known(word) -> bool`` callback, so the
runtime can back it with the SQLite lexicon and the build with a set.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

# "nen" is no true linking element: it turns a feminine plural modifier back
# into its lemma (Erzieherinnen|mangel -> Erzieherin).
LINKING_ELEMENTS = ("", "s", "es", "n", "en", "er", "e", "ns", "nen")
USUAL_LINKS = ("", "s", "es", "n", "en", "ns")
GENITIVE_LINKS = ("s", "es")  # the rest ("er", "e", "nen") mostly make a plural
MIN_PART = 3  # shorter pieces ("Er", "In") produce nonsense splits
SHORT_PART = 2  # but a two-letter noun ("Öl", "Ei") may open a word as a last resort
MAX_PARTS = 4


@dataclass(frozen=True, slots=True)
class CompoundPart:
    """One part of a compound: the dictionary key and the linking element after it."""

    key: str
    surface: str  # the letters of the compound this part covers (without link)
    link: str = ""


def linked(part: CompoundPart) -> str:
    """A first part as written with a genitive link ("Landes" for Land|es, "Bundes"): such a fixed
    first part often has a sense of its own ("Landes-": state, where "Land-" is also "land"); ""
    for other parts."""
    return written(part) if part.link in GENITIVE_LINKS else ""


def written(part: CompoundPart) -> str:
    """A first part as written with any link ("Nachrichten" for Nachricht|en, "Landes"): the build
    learns a plural first part's sense under the plural, which the runtime splitter leaves out as a
    key ("Nachrichten…": news, where "Nachricht" is first "news item"); "" without a link."""
    if not part.link or not part.key.startswith(part.surface):
        return ""
    return part.surface + part.link


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def modifier_keys(stem: str, capitalised: bool) -> list[str]:
    """Dictionary forms a non-final part may stand for."""
    lower = stem.lower()
    upper = _upper_first(lower)
    return [
        *((upper, lower) if capitalised else (lower, upper)),
        upper + "e",  # Schul|buch -> Schule
        lower + "en",  # Wohn|gebiet -> wohnen (verb stem)
        lower + "n",  # Wander|weg -> wandern
        upper + "en",
    ]


def split_compound(
    word: str,
    known: Callable[[str], bool],
    max_parts: int = MAX_PARTS,
    known_modifier: Callable[[str], bool] | None = None,
    short_noun: Callable[[str], bool] | None = None,
    frequency: Callable[[str], float] | None = None,
) -> list[CompoundPart] | None:
    """Split *word* into known parts, or None when no split explains it.

    *known_modifier* (default: *known*) decides for the non-final parts; the
    runtime uses it to skip plural forms, so "Nasenschutz" is Nase|n|schutz.
    *short_noun* names the two-letter nouns that may open a word no other
    split explains: "Ölwirtschaft" is Öl|wirtschaft. *frequency* (a part's frequency in German text)
    decides between splits of as many parts: the one whose rarest part is commonest.

    >>> split_compound("Sicherheitskonferenz", {"Sicherheit", "Konferenz"}.__contains__)
    [CompoundPart(key='Sicherheit', surface='Sicherheit', link='s'), CompoundPart(key='Konferenz', surface='konferenz', link='')]
    """
    known_modifier = known_modifier or known
    if len(word) < 2 * MIN_PART or not word.isalpha():
        return None
    capitalised = word[:1].isupper()
    splits = []
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        head_surface = word[cut:]
        head_key = _upper_first(head_surface) if capitalised else head_surface
        if not known(head_key):
            continue
        modifier = _split_modifier(word[:cut], known, known_modifier, capitalised, max_parts - 1, frequency)
        if modifier is not None and _owes_linking_s(modifier[-1], head_surface, known, capitalised):
            continue  # "Demonstrations|orte", not "Demonstration|sorte"
        if modifier is not None:
            splits.append(modifier + [CompoundPart(head_key, head_surface)])
    if not splits and short_noun is not None and capitalised:
        return _after_short_noun(word, known, short_noun)
    return _simplest(splits, frequency)


# Nouns with these endings take a linking "s" in every compound they open (Sicherheit|s|-, Zeitung|s|-).
_S_LINKED_ENDINGS = ("ung", "heit", "keit", "schaft", "ion", "tät", "ling")


def _owes_linking_s(part: CompoundPart, head: str, known: Callable[[str], bool], capitalised: bool) -> bool:
    """*part* ends in a suffix that always takes a linking "s" but has none, and the head explains the
    "s" as that link: the "s" is the link, and the head (maybe inflected: "-orte") the word after it."""
    if part.link or not part.key.endswith(_S_LINKED_ENDINGS) or not head.startswith("s"):
        return False
    rest = _upper_first(head[1:]) if capitalised else head[1:]
    forms = [rest] + [rest[: -len(ending)] for ending in ("e", "en", "n", "er", "s") if rest.endswith(ending)]
    return any(len(form) >= MIN_PART and known(form) for form in forms)


def _after_short_noun(word: str, known: Callable[[str], bool], short_noun: Callable[[str], bool]) -> list[CompoundPart] | None:
    """A two-letter noun and a known word after it, as a last resort: Öl|wirtschaft, Ei|produktion."""
    first, rest = word[:SHORT_PART], word[SHORT_PART:]
    head_key = _upper_first(rest)
    if len(rest) < MIN_PART + 1 or not short_noun(first) or not known(head_key):  # "Öl|fund"; no three-letter head
        return None
    return [CompoundPart(first, first), CompoundPart(head_key, rest)]


def _simplest(splits: list[list[CompoundPart]], frequency: Callable[[str], float] | None = None) -> list[CompoundPart] | None:
    """Of several explanations, the one with the fewest parts, then (given *frequency*, where all are
    of nouns) the one whose rarest part is commonest: "Büro|arbeitsplätze" (office jobs), not
    "Büroarbeit|s|plätze"; "Bundespräsident|en|wahl", not "Bund|es|präsidentenwahl"; where they share
    the rarest part, the next rarest decides: "Landrat|s|amt", not "Landrat|samt" (velvet); then the
    longest shortest part: "Kokabauernführer" is Koka|Bauer|n|Führer, not Koka|Bau|Ern|Führer (Ern: a regional
    "hall"). A function word or adjective is common in any text, so its frequency says nothing of
    the split: "Gleichstrom|erzeugung", not "gleich|Stromerzeugung"."""
    if not splits:
        return None
    fewest = min(len(parts) for parts in splits)
    splits = [parts for parts in splits if len(parts) == fewest]
    # (asked only where several splits of nouns compete: most words have one, and frequencies load slowly)
    weigh = frequency and len(splits) > 1 and all(part.key[:1].isupper() for parts in splits for part in parts)

    def rank(parts: list[CompoundPart]) -> tuple:
        rarest_first = sorted(frequency(part.key) for part in parts) if weigh else []
        return ([-zipf for zipf in rarest_first], -min(len(part.surface) for part in parts))

    return min(splits, key=rank)


# (the front as the word itself?, with which links): the front as a word, then with a usual link,
# then with the rarer ones. A pass leaves out the links an earlier pass of its kind tried: their
# keys were not known then and are not now.
_MODIFIER_PASSES = (
    (True, ("",)),
    (False, ("",)),
    (True, tuple(link for link in USUAL_LINKS if link)),
    (False, tuple(link for link in LINKING_ELEMENTS if link)),
    (True, tuple(link for link in LINKING_ELEMENTS if link not in USUAL_LINKS)),
)


def _split_modifier(
    text: str,
    known: Callable[[str], bool],
    known_modifier: Callable[[str], bool],
    capitalised: bool,
    parts_left: int,
    frequency: Callable[[str], float] | None = None,
) -> list[CompoundPart] | None:
    """Explain the front of a compound as known word(s) plus a linking element."""
    if parts_left < 1:
        return None
    stems = []
    for link in LINKING_ELEMENTS:
        if link and not text.endswith(link):
            continue
        stem = text[: len(text) - len(link)] if link else text
        if len(stem) >= MIN_PART:
            stems.append((stem, link))
    # (_MODIFIER_PASSES) "Wander-" is wandern (not Wand|er), "Renn-" rennen (not Ren|n, reindeer),
    # "Landes-" Land|es (not landen|s), "Kinder-" Kind|er
    keys = [modifier_keys(stem, capitalised or text[:1].isupper()) for stem, _ in stems]  # made once for every pass
    for exact, links in _MODIFIER_PASSES:
        for (stem, link), stem_keys in zip(stems, keys):
            if link in links:
                for key in stem_keys[:2] if exact else stem_keys[2:]:
                    if known_modifier(key):
                        return [CompoundPart(key, stem, link)]
    if parts_left < 2:
        return None
    splits = []
    for stem, link in stems:
        inner = split_compound(
            _upper_first(stem) if capitalised else stem, known, parts_left, known_modifier, frequency=frequency
        )
        if inner:
            last = inner[-1]
            splits.append(inner[:-1] + [CompoundPart(last.key, last.surface, link)])
    return _simplest(splits, frequency)
