"""Fixed phrases and verb + preposition pairs from Ding, as lookup patterns (build time).

Ding lists thousands of multi-word entries, as headwords and inside other entries: "in Kraft
treten :: to come into force", "auf jdn./etw. warten :: to wait for sb./sth.", "es gibt … ::
there is …", "sich ergeben :: to result", "unter anderem :: among other things". The build turns
each into a pattern the parse can find:

* a verb pattern: the verb (its infinitive, the *anchor*) and the words that must hang on it in the
  clause, without placeholders and articles: warten + {auf}, treten + {in, kraft}, geben + {es},
  bringen + {mit, sich}, angehen + {was};
* a fixed pattern: words that stand together in this order: "unter anderem", "vor allem".

Pure code over parsed Ding lines; tools/build_lexicon.py stores the patterns, reader.nlp.phrases
finds them in a parse.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from reader.lexicon import labels as usage
from reader.lexicon.ding import DingLine
from reader.lexicon.indexing import ARTICLES, OBJECT_WORDS, PREPOSITIONS

MAX_WORDS = 4  # longer idioms are whole sentences, which a learner meets as a sentence
_TOKEN_RE = re.compile(r"^[^\W\d_][\w’'-]*$")
# Placeholders a phrase carries that are not words of the phrase ("jds.", "etw.", "…").
_PLACEHOLDERS = OBJECT_WORDS - {"sich", "mich", "dich", "uns", "euch", "einer", "einem", "einen"}
GAP = "…"
# prepositions fused with "das" ("ums Leben kommen") mark a phrase as their plain forms do
CONTRACTIONS = {"ums", "ans", "aufs", "durchs", "fürs", "übers", "unters", "vors", "hinters"}
MARKERS = PREPOSITIONS | CONTRACTIONS | {"sich", "es", "was"}
VALENCY_PREPOSITIONS = PREPOSITIONS | {"bis", "ab", "seit", "zu"}


@dataclass(frozen=True, slots=True)
class PhrasePattern:
    anchor: str  # the verb's infinitive for a verb pattern, the first word of a fixed one
    words: tuple[str, ...]  # verb pattern: the other words, sorted; fixed: all words in order
    kind: str  # "verb" or "fixed"
    term: str  # as a learner reads it: "in Kraft treten", "auf jdn./etw. warten"
    glosses: tuple[str, ...]
    tier: int  # labels.NEUTRAL, MARKED or OFFENSIVE_TIER
    main: bool  # the line's own entry rather than an example inside it


def phrase_patterns(line: DingLine, lemma: Callable[[str], str]) -> Iterator[PhrasePattern]:
    """Patterns for every multi-word German alternative of an aligned line.

    *lemma* turns a verb form into its infinitive ("gibt" -> "geben").
    """
    if not line.aligned:
        return
    entry_is_verb = any(alt.pos == "VERB" for alt in line.german[0])
    # "Marine…; von der Marine; Flotten… :: naval": a line of a compound's first parts renders them as an
    # English adjective, which its phrases are only before a noun ("von der Marine festgesetzt": by the navy)
    first_parts = any(alt.text.endswith(GAP) and " " not in alt.text for alt in line.german[0])
    for j, (german, english) in enumerate(zip(line.german, line.english)):
        # the neutral renderings; only where there are none, the marked ones with their labels
        neutral = [e.text for e in english if e.text and usage.tier(e.labels) == usage.NEUTRAL]
        glosses = tuple(neutral or [usage.display(e.text, e.labels) for e in english if e.text])[:3]
        if not glosses:
            continue
        for i, alt in enumerate(german):
            if j == 0 and alt.pos == "VERB":
                yield from _valency_patterns(alt, english[i] if len(english) == len(german) else english[0], lemma)
            if not neutral and usage.tier(alt.labels) == usage.NEUTRAL:
                continue  # plain German Ding renders only in slang ("Sex haben :: to get laid"): its words say more
            labels = alt.labels + tuple(label for e in english for label in e.labels)
            tier = usage.OFFENSIVE_TIER if any(usage.is_offensive(g) for g in glosses) else usage.tier(labels)
            if "+Gen." in alt.markers and alt.pos == "VERB":
                continue  # "ein Kind {+Gen.} sein" (to be a creature of sth.) needs the genitive its words leave out
            variants = _variants(alt.text)
            for number, text in enumerate(variants):
                pattern = _pattern(text, alt.pos == "VERB" or glosses[0].startswith("to "), lemma)
                if pattern is None:
                    continue
                anchor, words, kind = pattern
                if kind == "fixed" and j > 0 and (entry_is_verb or _noun_phrase(text)):
                    continue  # inside an entry: verb forms ("in gehend") and noun phrases, not set phrases
                if kind == "fixed" and (first_parts or _attribute_after_a_noun(german, english, text)):
                    continue
                own = tuple(_choice(gloss, number, len(variants)) for gloss in glosses)
                yield PhrasePattern(anchor, words, kind, text, own, tier, j == 0)


def _attribute_after_a_noun(german, english, text: str) -> bool:
    """Words Ding puts after a noun as its attribute ("(nachgestellt)"), or a prepositional phrase
    rendered as an English adjective: "nach dem Studium; nach der Promotion :: postdoctoral {adj}" is
    no gloss for "Nach dem Studium gründete er …" (after his studies)."""
    if any("nachgestellt" in comment for alt in german for comment in alt.comments):
        return True
    return text.split()[0].lower() in PREPOSITIONS | CONTRACTIONS and any(alt.pos == "ADJ" for alt in english)


def _noun_phrase(text: str) -> bool:
    """Words with a noun, unless a preposition opens them before an attribute: "das kleine Einmaleins" and
    "in der Nacht" name a thing and a time in words of their own (at night), while "im engeren Sinne",
    "aus unerfindlichen Gründen" say how or why, as set phrases do."""
    words = text.split()
    if not any(w[:1].isupper() for w in words):
        return False
    if len(words) != 3 or words[0].lower() not in PREPOSITIONS | CONTRACTIONS:
        return True
    _, attribute, noun = words
    determiner = attribute in ARTICLES or attribute.startswith(_DETERMINER_STEMS)
    return not (attribute.islower() and not determiner and noun[:1].isupper())


# Articles and pronouns before a noun ("in diesem Jahr", "in beiden Fällen"): no attribute of their own.
_DETERMINER_STEMS = (
    "dies", "ein", "kein", "mein", "dein", "sein", "ihr", "unser", "eur", "euer", "jed", "jen", "all", "beid",
    "manch", "welch", "solch",
)


# Verbs that take a bare infinitive as one phrase with it: "auf etw. schließen lassen" (to suggest),
# "verlauten lassen" (to announce), "sich scheiden lassen" (to get divorced), "stehen bleiben" (to stop).
INFINITIVE_ANCHORS = frozenset({"lassen", "bleiben"})


def _infinitive_before(word: str, raw: list[str], verb: str, lemma: Callable[[str], str]) -> bool:
    """*word* is the infinitive right before an anchor that takes one ("schließen lassen")."""
    return verb in INFINITIVE_ANCHORS and len(raw) > 1 and word == raw[-2] and word.islower() and lemma(word) == word


# Words Ding offers as choices, joined by slashes ("Kontakte/Beziehungen"), not placeholders ("jdn./etw.").
_CHOICE_RE = re.compile(r"(?<![\w./])[^\W\d_]+(?:/[^\W\d_]+)+(?![\w.])")


def _variants(text: str) -> list[str]:
    """One phrase per choice of words Ding writes with a slash: "Kontakte/Beziehungen pflegen" is
    "Kontakte pflegen" and "Beziehungen pflegen", not a phrase that needs both nouns. Placeholders
    ("jdn./etw.") are no choice of words."""
    match = _CHOICE_RE.search(text)
    if match is None:
        return [text]
    before, after = text[: match.start()], text[match.end() :]
    return [before + word + variant for word in match.group().split("/") for variant in _variants(after)]


def _choice(gloss: str, number: int, choices: int) -> str:
    """The English of one of a phrase's word choices, where the English offers as many, in order: "in
    zweifacher/dreifacher Ausfertigung :: in duplicate/triplicate" is "in duplicate" for "zweifacher"."""
    if choices < 2:
        return gloss
    for group in _CHOICE_RE.finditer(gloss):
        options = group.group().split("/")
        if len(options) == choices:
            return gloss[: group.start()] + options[number] + gloss[group.end() :]
    return gloss


def _valency_patterns(german, english, lemma: Callable[[str], str]) -> Iterator[PhrasePattern]:
    """Verb + preposition pairs from a verb's valency note: "warten {vi} (auf; bis) :: to wait (for;
    until)" gives warten + auf "to wait for" and warten + bis "to wait until"."""
    verb = german.text
    valency = [c for c in german.comments if all(p.strip() in VALENCY_PREPOSITIONS for p in c.split(";"))]
    if " " in verb or not verb.islower() or lemma(verb) != verb or len(valency) != len(german.comments):
        return  # "(regelmäßig) gehen (in; nach; zu)" is one narrow sense, not the verb's object
    for comment in valency:
        preps = [p.strip() for p in comment.split(";")]
        # one English note per preposition ("for; until"), or one for all ("leiden (an; unter)": "from")
        notes = next((c.split(";") for c in english.comments if len(c.split(";")) in (1, len(preps))), None)
        if notes is None:
            return
        for prep, note in zip(preps, notes * len(preps) if len(notes) == 1 else notes):
            if prep == "in":
                continue  # "in" phrases are nearly always where and when ("liegt im Durchschnitt"), rarely an object
            gloss = f"{english.text} {note.strip()}"
            yield PhrasePattern(verb, (prep,), "verb", f"{verb} {prep}", (gloss,), usage.tier(german.labels), True)


def _pattern(
    text: str, verb_sense: bool, lemma: Callable[[str], str]
) -> tuple[str, tuple[str, ...], str] | None:
    """(anchor, words, kind) for one German alternative, or None when it is no phrase we can find.

    A verb pattern keeps only words that mark the phrase in a parse: prepositions, "sich", "es",
    "was" and nouns ("in Kraft treten"); "nicht wissen" or "gut gehen" would match everywhere, and so
    would a verb with a bare preposition from an idiom ("in etw. liegen" in "liegt im Durchschnitt bei").
    """
    text = text.replace("...", GAP)
    plain = re.sub(r"\b(?:jdn|jdm|jds|jd|etw)\.", " ", text)
    if any(mark in plain for mark in ",.?!;:"):
        return None  # sentences and examples, not phrases
    raw = [t for t in plain.replace("/", " ").split() if t not in _PLACEHOLDERS and t != GAP]
    if len(raw) < 2 or len(raw) > MAX_WORDS or not all(_TOKEN_RE.match(t) for t in raw):
        return None
    gapped = GAP in text or len(raw) < len(text.split())
    if verb_sense or gapped:
        verb = lemma(raw[-1])
        if not verb.endswith("n") or not verb.islower():
            return None
        rest = [t for t in raw[:-1] if t.lower() not in ARTICLES]
        if not rest or not all(t.lower() in MARKERS or t[:1].isupper() or _infinitive_before(t, raw, verb, lemma) for t in rest):
            return None
        if all(t.lower() in PREPOSITIONS for t in rest):
            return None  # "in etw. liegen" would claim every "in"; verb + preposition pairs come from valency notes
        return verb, tuple(sorted(t.lower() for t in rest)), "verb"
    if len(raw) > 3 or raw[0].lower() in ARTICLES or raw[0] == "nicht":
        return None  # "das Gesetz :: the law" is a noun with its article, "nicht sicher" a negation
    words = tuple(t.lower() for t in raw)
    return words[0], words, "fixed"
