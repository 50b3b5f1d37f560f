"""The forms a German verb really has: Präteritum, Partizip II, Perfekt auxiliary, Konjunktiv II.

    forms("erleiden")  # VerbForms(infinitive="erleiden", preterite="erlitt", participle="erlitten", …)
    is_preterite("litt", "leiden")     # True: a Präteritum, not a present
    is_participle("überschritten", "überschreiten")   # True: werden + this is the passive
    is_konjunktiv_ii("ginge", "gehen")  # True; "gingen" is not: it equals the indicative

Sources, kept as data in `reader.nlp.lang`: the strong and irregular verbs
(`strong_verbs.py`), Ding's verb lines (`verb_forms.tsv`, built by
tools/build_verb_forms.py), and the regular weak pattern for any other verb.
A prefixed verb takes its base's forms ("ankommen": kam an, angekommen).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reader.nlp import lemma_dictionary
from reader.nlp.lang.grammar import HABEN_DESPITE_ENDING, SEIN_VERBS, todays_spelling
from reader.nlp.lang.english import past_participle_of_gloss
from reader.nlp.lang.strong_verbs import ENGLISH_PARTICIPLES, IRREGULAR_KONJUNKTIV_II, SECOND_KONJUNKTIV_II_STEMS, STRONG_VERBS
from reader.nlp.lang.verbs import FEW_VERB_PARTICLES, SEPARABLE_PREFIXES, with_umlaut

if TYPE_CHECKING:
    from spacy.tokens import Token

    from reader.lexicon import Entry

_TSV = Path(__file__).parent / "lang" / "verb_forms.tsv"
# Prefixes that never separate and take no ge- in the participle ("erlitten", "verstorben").
INSEPARABLE = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "hinter", "über", "unter", "wider", "voll")


@dataclass(frozen=True)
class VerbForms:
    infinitive: str
    preterite: str  # 1st/3rd person singular, joined ("ankam", "erlitt"); a main clause separates "kam … an"
    participle: str
    auxiliary: str  # "h" (haben), "s" (sein), "hs" (either), "" (unknown)
    strong: bool = False


@functools.cache
def _ding() -> dict[str, tuple[str, str, str]]:
    table = {}
    for line in _TSV.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        infinitive, participle, preterite, auxiliary = line.split("\t")
        table[infinitive] = (participle, preterite.split(" ")[0], auxiliary)
    return table


def _stem(infinitive: str) -> str:
    return infinitive[:-2] if infinitive.endswith("en") else infinitive[:-1]


def konjunktiv_i_stem(infinitive: str) -> str | None:
    """The stem the Konjunktiv I adds its "-e" to: "plan" of planen, "handel" of handeln (which drops
    only the -n); None for an infinitive in neither -en nor -eln/-ern ("tun", "sein")."""
    if infinitive.endswith("en"):
        return infinitive[:-2]
    return infinitive[:-1] if infinitive.endswith(("eln", "ern")) else None


def _weak_preterite(infinitive: str) -> str:
    stem = _stem(infinitive)
    return stem + ("ete" if _takes_linking_e(stem) else "te")


def _takes_linking_e(stem: str) -> bool:
    """A weak stem that needs an "e" before the past's "-te" and the participle's "-t": one in -t or -d
    ("arbeitete"), or in -m/-n after a consonant other than l, r, h or the same nasal ("ordnete",
    "rechnete", "widmete"; but "lernte", "wohnte", "kämmte")."""
    if stem.endswith(("t", "d")):
        return True
    if len(stem) < 2 or stem[-1] not in "mn":
        return False
    before = stem[-2]
    if before in "aeiouäöüy" or before in "lrmn":
        return False
    return before != "h" or stem[-3:-2] == "c"


@functools.cache
def forms(infinitive: str) -> VerbForms:
    """The forms of `infinitive` (lower case); a regular weak verb's when nothing else is known."""
    infinitive = infinitive.lower()
    ding = _ding().get(infinitive)
    if infinitive in STRONG_VERBS:
        preterite, participle, auxiliary = STRONG_VERBS[infinitive]
        return VerbForms(infinitive, preterite, participle, auxiliary, strong=True)
    base = _base(infinitive)
    if ding and base and ding[0] and ding[0] != _derived_participle(*base) and not _slipped(base[0], ding[0]):
        base = None  # "begleiten" is no "gleiten", "verhängen" no strong "hängen": Ding knows the verb
    if base is not None:
        prefix, verb = base
        preterite, _, auxiliary = STRONG_VERBS[verb]
        participle = _derived_participle(prefix, verb)
        if not (prefix in SEPARABLE_PREFIXES and prefix not in INSEPARABLE):
            if prefix == "be" or infinitive in HABEN_DESPITE_ENDING:
                auxiliary = "h"  # "bekommen", "erfahren": the prefix makes them transitive
        if ding and ding[2]:
            auxiliary = ding[2]
        elif _sein_by_ending(infinitive):
            auxiliary = "s"  # "entstehen", "erscheinen": listed as taking sein, unlike their base
        return VerbForms(infinitive, prefix + preterite, participle, auxiliary, strong=True)
    auxiliary = "s" if _sein_by_ending(infinitive) else ("hs" if _sein_base_after_prefix(infinitive) else "")
    if ding:
        participle, preterite, ding_auxiliary = ding
        participle = participle or _weak_participle(infinitive)  # Ding's line repeated the infinitive
        preterite = preterite or _preterite_after_particle(infinitive, participle) or _weak_preterite(infinitive)
        strong = not participle.endswith("t")
        return VerbForms(infinitive, preterite, participle, ding_auxiliary or auxiliary, strong)
    tail = _known_tail(infinitive)
    if tail is not None:  # "zwangsernähren": "zwangs" + the forms of "ernähren" (zwangsernährt, no "ge-")
        head, verb = infinitive[: -len(tail.infinitive)], tail
        return VerbForms(infinitive, head + verb.preterite, head + verb.participle, verb.auxiliary, verb.strong)
    return VerbForms(infinitive, _weak_preterite(infinitive), _weak_participle(infinitive), auxiliary)


_SHORTEST_HEAD, _SHORTEST_TAIL = 3, 5
_VERB_PREFIXES = (*SEPARABLE_PREFIXES, *FEW_VERB_PARTICLES, *INSEPARABLE)


def _known_tail(infinitive: str) -> VerbForms | None:
    """The forms of the longest known verb a compound verb ends in, where the front is no verb prefix
    but a word of its own ("zwangs|ernähren", "bauch|landen"): the compound inflects as it does."""
    if infinitive.startswith(_VERB_PREFIXES):
        return None
    for cut in range(_SHORTEST_HEAD, len(infinitive) - _SHORTEST_TAIL + 1):
        tail = infinitive[cut:]
        if (listed_verb(tail) or any(
            tail.startswith(prefix) and listed_verb(tail[len(prefix):]) for prefix in INSEPARABLE
        )) and _word_of_its_own(infinitive[:cut]):  # "ernähren": er + nähren, the longest verb first
            return forms(tail)
    return None


def _word_of_its_own(front: str) -> bool:
    """The front of a compound verb is a word the lexicon knows ("zwangs": Zwang, "bauch", "fest"):
    "heiraten" is no "hei" + "raten"."""
    from reader.lexicon import LexiconMissingError, lookup  # (no import cycle at module level)

    try:
        return any(lookup(word, pos).found for word, pos in ((front.capitalize(), "NOUN"), (front, "ADJ"), (front, "ADV")))
    except LexiconMissingError:
        return True  # no lexicon: trust the verb lists


def listed_verb(infinitive: str) -> bool:
    """Ding or the strong-verb list has the infinitive as a verb."""
    return infinitive in STRONG_VERBS or infinitive in _ding()


def _preterite_after_particle(infinitive: str, participle: str) -> str | None:
    """"wahrnehmen" with Ding's participle "wahrgenommen": a particle the lists lack before a strong
    verb, whose Partizip II the participle ends in, so the Präteritum is the particle + "nahm"."""
    for split in range(2, len(infinitive) - 3):
        particle, verb = infinitive[:split], infinitive[split:]
        if verb in STRONG_VERBS and participle == particle + STRONG_VERBS[verb][1]:
            return particle + STRONG_VERBS[verb][0]
    return None


# Prefixes separable in some verbs and not in others ("umgehen": umgangen and umgegangen).
_EITHER_WAY = ("durch", "um", "wieder")


def _slipped(prefix: str, participle: str) -> bool:
    """Ding's participle of a verb with a separable prefix lacks the ge- after it: a slip of its
    columns ("davonzieht", "hingeausgekommen"), so the base verb's forms are right."""
    separable = prefix in SEPARABLE_PREFIXES and prefix not in INSEPARABLE and prefix not in _EITHER_WAY
    return separable and not participle.startswith(prefix + "ge")


# The sein verbs by their last four letters (none is shorter): an infinitive can only end in those
# that share its own last four.
_SEIN_VERBS_BY_END: dict[str, tuple[str, ...]] = {}
for _verb in SEIN_VERBS:
    _SEIN_VERBS_BY_END[_verb[-4:]] = (*_SEIN_VERBS_BY_END.get(_verb[-4:], ()), _verb)


def _sein_by_ending(infinitive: str) -> bool:
    """A verb of motion or change of state by its last part ("einmarschieren", "zurückkehren")."""
    if infinitive in HABEN_DESPITE_ENDING:
        return False
    for verb in _SEIN_VERBS_BY_END.get(infinitive[-4:], ()):
        prefix = infinitive[: -len(verb)]
        if infinitive.endswith(verb) and (not prefix or _separable_chain(prefix)):
            return True  # "einmarschieren", "zurückkehren"; not "begleiten" (be- makes it transitive)
    return False


def _sein_base_after_prefix(infinitive: str) -> bool:
    """"verreisen", "entgleisen": a verb of motion behind an inseparable prefix may keep sein or turn
    transitive and take haben ("bereisen"), so nothing known says "either" ("hs"), never "haben" alone;
    be- always makes the verb transitive."""
    for prefix in INSEPARABLE:
        if prefix != "be" and infinitive.startswith(prefix) and _sein_by_ending(infinitive[len(prefix):]):
            return True
    return False


def _derived_participle(prefix: str, verb: str) -> str:
    participle = STRONG_VERBS[verb][1]
    if _separable_chain(prefix):  # "zurück", "hinaus", "zugute"; not "aner" of "anerkannt"
        return prefix + participle
    return prefix + participle.removeprefix("ge")


# The verb prefixes in the order `_base` tries them, by their first two letters (no prefix is
# shorter): a new infinitive is tested against a handful of them, not all hundred.
_PREFIXES_BY_START: dict[str, tuple[str, ...]] = {}
for _prefix in (*SEPARABLE_PREFIXES, *FEW_VERB_PARTICLES, *INSEPARABLE):
    _PREFIXES_BY_START[_prefix[:2]] = (*_PREFIXES_BY_START.get(_prefix[:2], ()), _prefix)


@functools.cache
def _base(infinitive: str) -> tuple[str, str] | None:
    """("er", "leiden") for "erleiden", ("aner", "kennen") for "anerkennen": the strong verb under the
    prefixes, one prefix at a time; a verb Ding knows as weak on the way stops the search
    ("vorbereiten" is vor + bereiten, weak, not vorbe + reiten)."""
    for prefix in _PREFIXES_BY_START.get(infinitive[:2], ()):
        rest = infinitive[len(prefix):]
        if not infinitive.startswith(prefix) or len(rest) < 3:
            continue
        if rest in STRONG_VERBS:
            return prefix, rest
        known = _ding().get(rest)
        if known and known[0] and known[0].endswith("t") and not known[0].endswith("nnt"):
            continue  # a weak verb of its own ("bereiten": bereitet)
        inner = _base(rest)
        if inner is not None:
            return prefix + inner[0], inner[1]
    return None


@functools.cache  # asked for every prefix of every strong verb; there are only so many prefixes
def _separable_chain(prefix: str) -> bool:
    """Separable prefixes only ("ein", "zurück", "hinaus"): "vorbe" of "vorbereiten" is none."""
    if prefix in FEW_VERB_PARTICLES or (prefix in SEPARABLE_PREFIXES and prefix not in INSEPARABLE):
        return True
    return any(
        prefix.startswith(p) and _separable_chain(prefix[len(p):])
        for p in SEPARABLE_PREFIXES if len(p) < len(prefix) and p not in INSEPARABLE
    )


@functools.lru_cache(maxsize=16384)
def _weak_participle(infinitive: str) -> str:
    stem = _stem(infinitive)
    ending = "et" if _takes_linking_e(stem) else "t"
    if infinitive.endswith("ieren") or infinitive.startswith(INSEPARABLE):
        return stem + ending
    for prefix in SEPARABLE_PREFIXES:
        if infinitive.startswith(prefix) and len(infinitive) - len(prefix) > 3:
            # the particle before its verb's participle: "weiter|entwickeln" weiterentwickelt, as "entwickelt"
            return prefix + forms(infinitive[len(prefix):]).participle
    return "ge" + stem + ending


def zu_infinitive(verb: Token) -> bool:
    """An infinitive with "zu": "zu begegnen", "einzusetzen" (VVIZU), also one with its "zu" inside
    that the tagger called a plain infinitive ("fertigzustellen": VVINF)."""
    # (before the lemmatizer component has run, the form's dictionary lemma)
    lower = verb.lower_
    lemma = verb.lemma_.lower() or lemma_dictionary.lemmatize(lower)
    return (verb.tag_ == "VVIZU" or any(child.tag_ == "PTKZU" for child in verb.children)
            or (lower != lemma and "zu" in lower and lower.replace("zu", "", 1) == lemma))


def is_participle(form: str, infinitive: str) -> bool:
    """`form` is the Partizip II of `infinitive` ("überschritten" of "überschreiten"; "veranlaßt" as
    "veranlasst")."""
    form = form.lower()
    respelled = todays_spelling(form)
    if respelled != form and is_participle(respelled, infinitive):
        return True
    verb = forms(infinitive)
    if form == verb.participle or (form == _weak_participle(infinitive) and not verb.strong):
        return True
    ding = _ding().get(infinitive)
    if form == infinitive and ding is not None and not ding[0] and _base(infinitive) is not None:
        return True  # Ding spells this strong verb's participle as its infinitive: "umgeben" (surrounded), not only "umgegeben"
    base = _base(infinitive)  # "angewandt" beside Ding's "angewendet"
    return base is not None and form == _derived_participle(*base)


@functools.lru_cache(maxsize=16384)
def preterite_forms(infinitive: str) -> frozenset[str]:
    """The finite Präteritum forms (indicative) of `infinitive`: "litt", "littst", "litten", "littet"."""
    out = set()
    for preterite in _preterite_stems(infinitive):
        if preterite.endswith("e"):
            out.update(preterite + ending for ending in ("", "st", "n", "t"))
        else:
            tail = "e" if preterite.endswith(("t", "d", "s", "ß")) else ""
            out.update({preterite, preterite + tail + "st", preterite + "en", preterite + tail + "t"})
    return frozenset(out)


# "zustande" before "zu": the longest particle that opens the verb is its particle.
_PARTICLES_LONGEST_FIRST = tuple(sorted({*SEPARABLE_PREFIXES, *FEW_VERB_PARTICLES}, key=lambda p: (-len(p), p)))


@functools.lru_cache(maxsize=16384)
def _preterite_stems(infinitive: str) -> frozenset[str]:
    """The Präteritum singular joined and, for a separable verb, without its particle ("ankam", "kam")."""
    verb = forms(infinitive)
    prefix = next(
        (
            p for p in _PARTICLES_LONGEST_FIRST
            if p not in INSEPARABLE and infinitive.startswith(p) and len(infinitive) - len(p) >= 4
            and verb.participle.startswith(p) and verb.participle != verb.infinitive
        ),
        None,
    )
    if prefix is None:
        return frozenset({verb.preterite})
    bare = verb.preterite.removeprefix(prefix)
    return frozenset({bare, prefix + bare})


def is_preterite(form: str, infinitive: str) -> bool:
    forms_ = preterite_forms(infinitive)
    return form.lower() in forms_ or todays_spelling(form.lower()) in forms_  # ("mußte" as "musste")


@functools.lru_cache(maxsize=16384)  # asked of every finite verb by the complexes, the mood and the hints
def is_konjunktiv_ii(form: str, infinitive: str) -> bool:
    """A Konjunktiv II that differs from the indicative: "ginge", "käme", "hätte", "würde"; not
    "gingen" or "sagte", which are also the indicative past."""
    form = form.lower()
    if form in IRREGULAR_KONJUNKTIV_II:
        return True
    if not forms(infinitive).strong or form in preterite_forms(infinitive) or form == infinitive:
        return False  # (the infinitive is also the present plural: "gebären", "gären")
    return any(
        form in (stem + "e", stem + "est", stem + "et", stem + "en") for stem in _konjunktiv_ii_stems(infinitive)
    )


def _konjunktiv_ii_stems(infinitive: str) -> list[str]:
    """The Konjunktiv II stems of a strong verb: the Präteritum's with an umlaut ("kam" → "käm", "vorlag" →
    "vorläg", "ging" stays), and a second one for some ("bestand": bestünd)."""
    stems = []
    for preterite in _preterite_stems(infinitive):
        stems.append(with_umlaut(preterite).removesuffix("e"))
        stems.extend(
            preterite.removesuffix(base) + second
            for base, second in SECOND_KONJUNKTIV_II_STEMS.items() if preterite.endswith(base)
        )
    return stems


@functools.cache
def _konjunktiv_ii_forms() -> dict[str, str]:
    """Konjunktiv II form → infinitive, for the strong verbs ("käme": kommen, "besäße": besitzen)."""
    table = {}
    for infinitive in STRONG_VERBS:
        for stem in _konjunktiv_ii_stems(infinitive):
            for ending in ("e", "est", "et", "en"):
                table.setdefault(stem + ending, infinitive)
    return {form: infinitive for form, infinitive in table.items() if is_konjunktiv_ii(form, infinitive)}


def infinitive_of_konjunktiv_ii(form: str) -> str | None:
    """The strong verb whose Konjunktiv II `form` is ("käme": kommen), which simplemma may not know."""
    return _konjunktiv_ii_forms().get(form.lower())


def takes_sein(infinitive: str) -> str:
    """"s": the Perfekt is formed with sein; "h": with haben; "hs": either; "": not known."""
    return forms(infinitive).auxiliary


@functools.cache
def english_participle(infinitive: str) -> str:
    """The English past participle of the verb's first gloss ("folgen": "to follow" → "followed"),
    "" when the gloss is no plain verb or there is no lexicon."""
    if infinitive in ENGLISH_PARTICIPLES:
        return ENGLISH_PARTICIPLES[infinitive]
    entry = verb_entry(infinitive)
    return past_participle_of_gloss(entry.gloss[0]) if entry is not None else ""


def verb_entry(infinitive: str) -> Entry | None:
    """The lexicon's entry of a verb with senses, None without one or without a lexicon."""
    from reader.lexicon import LexiconMissingError, lookup  # (no import cycle at module level)

    try:
        entry = lookup(infinitive, "VERB")
    except LexiconMissingError:
        return None
    return entry if entry.pos == "VERB" and entry.gloss else None


@functools.cache
def _participles() -> dict[str, str]:
    table: dict[str, str] = {}
    for infinitive in sorted(_ding()):
        table.setdefault(forms(infinitive).participle, infinitive)
    for infinitive in STRONG_VERBS:
        table[forms(infinitive).participle] = infinitive
    for verb in STRONG_VERBS:  # "entschlossen" of entschließen, "zurückgegangen" of zurückgehen
        for prefix in (*SEPARABLE_PREFIXES, *INSEPARABLE):
            table.setdefault(_derived_participle(prefix, verb), prefix + verb)
    return table


def infinitive_of_participle(form: str) -> str | None:
    """"verstorben" → "versterben": the verb a known Partizip II belongs to, else None."""
    return _participles().get(form.lower())


def is_infinitive(form: str) -> bool:
    """A verb's infinitive the tables list ("überlegen"), though it may also be another verb's participle."""
    form = form.lower()
    return form in STRONG_VERBS or form in _ding()


# How much more common (zipf) the form must be than its verb to be read as an adjective.
_ADJECTIVE_LEAD = 1.0


@functools.lru_cache(maxsize=4096)
def adjective_in_use(form: str, verb: str) -> bool:
    """A Partizip II that lives on as an adjective far more than its verb is used: "bekannt" (known;
    bekennen, to confess, is rare), "verschieden" (different). "wurde bekannt" became known, no
    passive; "wurde gefragt" (fragen is common) stays one."""
    from reader.frequency import frequency
    from reader.lexicon import LexiconMissingError, form_entry  # (as verb_entry: no import cycle)

    try:
        listed = form_entry(form, "ADJ") is not None
    except LexiconMissingError:
        return False
    return listed and frequency(form).zipf >= frequency(verb).zipf + _ADJECTIVE_LEAD


@functools.lru_cache(maxsize=4096)
def adjective_after_sein(form: str, verb: str) -> bool:
    """With sein, a Partizip II that is an adjective of its own: one in use far more than its verb
    (`adjective_in_use`), or an old form beside the participle the verb makes now, which the lexicon
    lists as an adjective ("Die Sprachen sind nahe verwandt": related; verwenden's participle is
    "verwendet"; "beritten", "verhangen")."""
    if adjective_in_use(form, verb):
        return True
    from reader.lexicon import LexiconMissingError, form_entry

    try:
        return form != forms(verb).participle and form_entry(form, "ADJ") is not None
    except LexiconMissingError:
        return False
