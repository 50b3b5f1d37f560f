"""Which German lookup keys a Ding line offers, and with what standing.

Build-time helper for tools/build_lexicon.py (no third-party imports). For
every line it yields (key, part of speech, Candidate): the headword and its
synonyms, phrase heads with placeholders stripped ("sich einigen",
"jdn. festnehmen", "in etw. einmarschieren" -> einigen, festnehmen,
einmarschieren), plurals, participles, compounds listed as sub-entries,
abbreviations ("/EU/") and, weakly, the infinitive ending a verb idiom.
The Candidate's kind and labels feed the sense ranking in ranking.py.
"""

from __future__ import annotations

import re

from reader.lexicon.ding import Alternative, DingLine
from reader.lexicon import labels as usage
from reader.lexicon.ranking import Candidate

# Placeholders Ding puts in front of a verb or phrase; stripping them turns
# "sich einschränken", "jdn. festnehmen", "in etw. einmarschieren" into keys.
OBJECT_WORDS = {
    "sich", "jdn.", "jdm.", "jds.", "jd.", "etw.", "etw", "jdn", "jdm",
    "jemanden", "jemandem", "jemandes", "etwas", "einer", "Sache", "einem",
    "einen", "mich", "dich", "uns", "euch", "(sich)",
}
ARTICLES = {"der", "die", "das", "den", "dem", "des", "ein", "eine"}
PREPOSITIONS = {
    "an", "auf", "aus", "bei", "durch", "für", "gegen", "in", "mit", "nach",
    "über", "um", "unter", "von", "vor", "zu", "zwischen", "als", "wegen",
    "gegenüber", "hinter", "neben", "ohne", "seit", "zum", "zur", "am", "im",
    "ins", "vom", "beim",
}
SLASH_ENDINGS_RE = re.compile(r"(?<=\w)(?:/[a-z]{1,2})+(?=\s|$|;)")
KEY_RE = re.compile(r"^[^\W\d_][\w'’-]*$")
CONTENT_POS = {"NOUN", "VERB", "ADJ", "ADV"}
# The English of a German preposition and its object, at the end of a gloss: "to serve as sth."
ENGLISH_OBJECT_RE = re.compile(
    r"\s+(?:as|on|to|for|with|about|of|from|in|into|at|against|by|upon|over|after|towards?)"
    r"\s+(?:sb\.|sth\.)(?:/(?:sb\.|sth\.))?(?:’s|'s)?$"
)


def german_keys(text: str, pos: str | None) -> list[tuple[str, str | None]]:
    """Lookup keys for a German alternative: [(key, demotion)].

    demotion is None for a plain headword or one with a single placeholder
    stripped ("jdn. festnehmen"); "reflexive" for a reflexive verb ("sich
    anbieten" is not the plain "anbieten"); "prepositional" for a verb with its
    preposition ("als etw. dienen"); "stripped" when two or more words
    went ("in etw. einmarschieren", "etw. aus sich machen"); "phrase" for the
    last word of a verb idiom.
    """
    if "…" in text or "..." in text:  # prefix/suffix forms like "Gratis…"
        return []
    text = SLASH_ENDINGS_RE.sub("", text)  # "sogenannte/r/s" -> "sogenannte"
    clipped = "," in text  # "machen, was man will", "übereinkommen, etw. zu tun"
    text = text.split(",")[0].strip()
    tokens = text.split()
    if not tokens:
        return []
    # a placeholder stands for an object only beside other words: "Sache {f}" alone is the noun
    drop = [t in OBJECT_WORDS and (len(tokens) > 1 or not t[:1].isupper()) for t in tokens]
    for i in range(len(tokens) - 1):
        if drop[i + 1] and tokens[i].lower() in PREPOSITIONS:
            drop[i] = True
    kept = [t for t, d in zip(tokens, drop) if not d]
    if len(kept) == 2 and kept[0] in ARTICLES and pos == "NOUN":
        kept = kept[1:]  # "die Polizei {f}", "die Niederlande {f}"
    if len(kept) == 1 and KEY_RE.match(kept[0]):
        if not clipped and pos == "VERB" and any(
            d and t.lower() in PREPOSITIONS for t, d in zip(tokens, drop)
        ):
            return [(kept[0], "prepositional")]  # "als etw. dienen", "auf jdn. warten"
        if clipped or len(tokens) - len(kept) >= 2:
            return [(kept[0], "stripped")]
        return [(kept[0], "reflexive" if tokens[0] == "sich" and pos == "VERB" else None)]
    if len(kept) > 1 and pos == "VERB":
        last = kept[-1]
        if KEY_RE.match(last) and last.islower() and last.endswith("n"):
            return [(last, "phrase")]
    return []


def restrictions(alt: Alternative) -> int:
    """German comments that narrow the sense ("(Druck)"), not valency notes."""
    return sum(
        1 for c in alt.comments
        if not any(w in c for w in ("jdm", "jdn", "jds", "etw", "sich", "über", "mit", "von"))
    )


def resolve_pos(alternatives: tuple[Alternative, ...]) -> list[str | None]:
    """Word class per alternative; unmarked ones take the next marked one's.

    Ding writes "feststellen; bemerken; haben {vt}": the marker at the end
    covers the whole group.
    """
    own = [alt.pos for alt in alternatives]
    resolved: list[str | None] = []
    for i, pos in enumerate(own):
        if pos is None:
            pos = next((p for p in own[i + 1:] if p), None)
        if pos is None:
            pos = next((p for p in reversed(own[:i]) if p), None)
        resolved.append(pos)
    return resolved


def guess_pos(key: str, english: tuple[Alternative, ...]) -> str | None:
    if english and english[0].text.startswith("to "):
        return "VERB"
    if key[:1].isupper():
        return "NOUN"
    return None


def english_glosses(sub: tuple[Alternative, ...]) -> list[tuple[str, tuple[str, ...]]]:
    out = []
    for alt in sub:
        text = alt.text.strip(" ,;")
        if text:
            out.append((text, alt.labels))
    return out


def line_candidates(line_id: int, line: DingLine):
    """Yield (key, pos, Candidate) for every German key a line offers."""
    if not line.german or not line.english:
        return
    entry, gloss0 = line.german[0], line.english[0]
    positions = resolve_pos(entry)
    entry_labels = tuple(label for alt in entry for label in alt.labels)
    # Ding often writes [slang] or [pej.] after the last German alternative only, though it marks
    # the line; on the English side labels belong to their alternative ("the police; the Old Bill [slang]").
    line_offensive = tuple(dict.fromkeys(
        label for alt in entry for label in alt.labels if label in usage.OFFENSIVE
    ))
    plural_sub = None
    if line.aligned and len(line.german) > 1 and line.german[1] and all(
        alt.is_plural for alt in line.german[1]
    ):
        plural_sub = line.german[1]
    for i, alt in enumerate(entry):
        pos = positions[i]
        for abbreviation in alt.abbreviations:
            if KEY_RE.match(abbreviation) and abbreviation != alt.text:
                yield abbreviation, pos or "NOUN", Candidate(  # "EU" from "/EU/"
                    line_id, "syn", i + 1, alt.labels, english_glosses(gloss0),
                    alt.gender if pos == "NOUN" else None,
                )
        for key, weak in german_keys(alt.text, pos):
            kpos = pos or guess_pos(key, gloss0)
            plural = None
            if plural_sub is not None and not alt.is_plural:
                if len(plural_sub) == len(entry):
                    plural = german_keys(plural_sub[i].text, "NOUN")
                elif len(entry) == 1:
                    plural = german_keys(plural_sub[0].text, "NOUN")
                plural = plural[0][0] if plural else None
            own_labels = alt.labels + tuple(
                label for label in entry_labels + line_offensive if label not in alt.labels
                and (label in line_offensive or not _is_regional_or_register(label))
            )
            kind = weak or ("head" if i == 0 else "syn")
            gender = alt.gender if kpos == "NOUN" else None
            glosses = english_glosses(gloss0)
            if kind == "prepositional":  # "to serve as sth." is "to serve" without "als etw."
                glosses = [(ENGLISH_OBJECT_RE.sub("", text) or text, labels) for text, labels in glosses]
            yield key, kpos, Candidate(
                line_id, kind, i, own_labels, glosses, gender, plural, restrictions(alt),
            )
            if plural and plural != key and line.aligned:
                yield plural, "NOUN", Candidate(
                    line_id, "plural", i, own_labels, english_glosses(line.english[1]), gender
                )
    if not line.aligned:
        return
    entry_is_verb = any(p == "VERB" for p in positions)
    for j in range(1, len(line.german)):
        sub, gloss_j = line.german[j], line.english[j]
        if j == 1 and sub is plural_sub:
            continue
        sub_positions = resolve_pos(sub)
        for i, alt in enumerate(sub):
            pos = sub_positions[i]
            if pos is None and entry_is_verb and j in (1, 2) and " " not in alt.text:
                for key, _ in german_keys(alt.text, None):
                    yield key, "VERB", Candidate(
                        line_id, "form", i, alt.labels, english_glosses(gloss_j)
                    )
                continue
            if pos not in CONTENT_POS:
                continue
            for key, weak in german_keys(alt.text, pos):
                if weak == "phrase":
                    continue
                yield key, pos, Candidate(
                    line_id, "sub", i, alt.labels, english_glosses(gloss_j),
                    alt.gender if pos == "NOUN" else None,
                )


PREFIX_RE = re.compile(r"^([^\W\d_][\w-]*)(?:…|\.\.\.)$")


def prefix_candidates(line_id: int, line: DingLine):
    """Yield (first part, Candidate) for Ding's compound-first-part entries: "Haupt… :: main".

    They say what a word means at the start of a compound, which is often not its own first
    sense: "Haupt" alone is "head", "Haupt…" is "main".
    """
    if not line.german or not line.english:
        return
    for i, alt in enumerate(line.german[0]):
        match = PREFIX_RE.match(alt.text)
        if match:
            yield match.group(1), Candidate(
                line_id, "head" if i == 0 else "syn", i, alt.labels,
                [(text.rstrip(" …").strip(), labels) for text, labels in english_glosses(line.english[0])],
            )


def _is_regional_or_register(label: str) -> bool:
    return usage.kind(label) in ("regional", "colloquial", "dated")
