"""Determiner and pronoun forms and the (case, gender, number) readings each can have.

A reading is (case, gender, number) with case Nom/Acc/Dat/Gen, gender
Masc/Fem/Neut (None in the plural, where German does not show gender) and
number Sing/Plur — the values of Universal Dependencies features.
"""

from __future__ import annotations

Reading = tuple[str, str | None, str]

M, F, N = "Masc", "Fem", "Neut"
SG, PL = "Sing", "Plur"


def _r(spec: str) -> frozenset[Reading]:
    """"Nom.m Dat.f Gen.pl" → readings."""
    out = set()
    cases = {"Nom": "Nom", "Acc": "Acc", "Dat": "Dat", "Gen": "Gen"}
    genders = {"m": M, "f": F, "n": N}
    for item in spec.split():
        case, gender = item.split(".")
        if gender == "pl":
            out.add((cases[case], None, PL))
        else:
            out.add((cases[case], genders[gender], SG))
    return frozenset(out)


# The definite article and der-words (dieser, jener, jeder, welcher, mancher, solcher, aller).
DEFINITE: dict[str, frozenset[Reading]] = {
    "der": _r("Nom.m Dat.f Gen.f Gen.pl"),
    "die": _r("Nom.f Acc.f Nom.pl Acc.pl"),
    "das": _r("Nom.n Acc.n"),
    "den": _r("Acc.m Dat.pl"),
    "dem": _r("Dat.m Dat.n"),
    "des": _r("Gen.m Gen.n"),
}
DER_WORD_ENDINGS: dict[str, frozenset[Reading]] = {
    "er": _r("Nom.m Dat.f Gen.f Gen.pl"),
    "e": _r("Nom.f Acc.f Nom.pl Acc.pl"),
    "es": _r("Nom.n Acc.n Gen.m Gen.n"),
    "en": _r("Acc.m Dat.pl"),
    "em": _r("Dat.m Dat.n"),
}
DER_WORD_STEMS = ("dies", "jen", "jed", "welch", "manch", "solch", "all")

# The indefinite article and ein-words (kein, possessives): no ending in Nom.m, Nom.n, Acc.n.
EIN_WORD_ENDINGS: dict[str, frozenset[Reading]] = {
    "": _r("Nom.m Nom.n Acc.n"),
    "e": _r("Nom.f Acc.f Nom.pl Acc.pl"),
    "en": _r("Acc.m Dat.pl"),
    "em": _r("Dat.m Dat.n"),
    "er": _r("Dat.f Gen.f Gen.pl"),
    "es": _r("Gen.m Gen.n"),
}
EIN_WORD_STEMS = ("ein", "kein", "mein", "dein", "sein", "ihr", "unser", "euer", "eur", "Ihr")

# Determiners that make a noun phrase definite (the, this, that, a possessive) or indefinite (a, no): of
# two nominatives around "sein", the indefinite one is what is said of the definite one.
_INDEFINITE_STEMS = ("ein", "kein")
DEFINITE_DETERMINERS: frozenset[str] = frozenset(
    [*DEFINITE, *(stem + ending for stem in ("dies", "jen") for ending in DER_WORD_ENDINGS)]
    + [stem.lower() + ending for stem in EIN_WORD_STEMS if stem not in _INDEFINITE_STEMS for ending in EIN_WORD_ENDINGS]
)
INDEFINITE_DETERMINERS: frozenset[str] = frozenset(stem + ending for stem in _INDEFINITE_STEMS for ending in EIN_WORD_ENDINGS)
# The indefinite article, which is also the number one: "ein Leben lang", "um etwa eine Stunde".
INDEFINITE_ARTICLES: frozenset[str] = frozenset(form for form in INDEFINITE_DETERMINERS if form.startswith("ein"))

# Adjective endings: weak after der-words, mixed after ein-words, strong without a determiner.
WEAK: dict[str, frozenset[Reading]] = {
    "e": _r("Nom.m Nom.f Nom.n Acc.f Acc.n"),
    "en": _r("Acc.m Dat.m Dat.f Dat.n Gen.m Gen.f Gen.n Nom.pl Acc.pl Dat.pl Gen.pl"),
}
MIXED: dict[str, frozenset[Reading]] = {
    "er": _r("Nom.m"),
    "es": _r("Nom.n Acc.n"),
    "e": _r("Nom.f Acc.f"),
    "en": _r("Acc.m Dat.m Dat.f Dat.n Gen.m Gen.f Gen.n Nom.pl Acc.pl Dat.pl Gen.pl"),
}
STRONG: dict[str, frozenset[Reading]] = {
    "er": _r("Nom.m Dat.f Gen.f Gen.pl"),
    "e": _r("Nom.f Acc.f Nom.pl Acc.pl"),
    "es": _r("Nom.n Acc.n"),
    "en": _r("Acc.m Gen.m Gen.n Dat.pl"),
    "em": _r("Dat.m Dat.n"),
}

# Personal and reflexive pronouns (lower case; "Sie"/"Ihnen" as the plural forms).
PERSONAL: dict[str, frozenset[Reading]] = {
    "ich": _r("Nom.m Nom.f"), "mich": _r("Acc.m Acc.f"), "mir": _r("Dat.m Dat.f"),
    "du": _r("Nom.m Nom.f"), "dich": _r("Acc.m Acc.f"), "dir": _r("Dat.m Dat.f"),
    "er": _r("Nom.m"), "ihn": _r("Acc.m"), "ihm": _r("Dat.m Dat.n"),
    "es": _r("Nom.n Acc.n"),
    "sie": _r("Nom.f Acc.f Nom.pl Acc.pl"), "ihr": _r("Dat.f Nom.pl"),
    "wir": _r("Nom.pl"), "uns": _r("Acc.pl Dat.pl"),
    "euch": _r("Acc.pl Dat.pl"), "ihnen": _r("Dat.pl"),
    "man": _r("Nom.m"),
}
# The personal pronouns a subject may be: "Schauen Sie", "auf wie vielen Zehen sie gehen".
NOMINATIVE_PERSONAL: frozenset[str] = frozenset(
    word for word, readings in PERSONAL.items() if any(case == "Nom" for case, _gender, _number in readings)
)
# The personal pronouns of the first and second person, which no third person's verb has as its subject.
FIRST_OR_SECOND_PERSON: frozenset[str] = frozenset("ich du wir ihr mich dich uns euch".split())
# Pronouns that stand for what was said, before a reporting verb ("Das sagt Norbert Hofer").
REPORTED_CONTENT: frozenset[str] = frozenset("dies das dieses".split())
# The question and free relative pronoun "wer" ("Wer eine andere Politik will, …" — "wer" is the subject).
INTERROGATIVE: dict[str, frozenset[Reading]] = {
    "wer": _r("Nom.m"), "wen": _r("Acc.m"), "wem": _r("Dat.m"), "wessen": _r("Gen.m"),
}
# Relative and demonstrative pronouns: the article forms plus the long forms.
RELATIVE: dict[str, frozenset[Reading]] = {
    "der": _r("Nom.m"),
    "die": _r("Nom.f Acc.f Nom.pl Acc.pl"),
    "das": _r("Nom.n Acc.n"),
    "den": _r("Acc.m"),
    "dem": _r("Dat.m Dat.n"),
    "dessen": _r("Gen.m Gen.n"),
    "deren": _r("Gen.f Gen.pl"),
    "denen": _r("Dat.pl"),
    "welcher": _r("Nom.m Dat.f"),
    "welche": _r("Nom.f Acc.f Nom.pl Acc.pl"),
    "welches": _r("Nom.n Acc.n"),
    "welchen": _r("Acc.m Dat.pl"),
    "welchem": _r("Dat.m Dat.n"),
}

# Quantifiers after which an adjective declines strongly, as if no article stood there: the
# indeclinable ones ("wenig Geld", "etwas neue Hoffnung", numbers) and the plural ones with a
# strong ending of their own ("viele neue Gesetze", "mit einigen kleinen Änderungen").
STRONG_AFTER: frozenset[str] = frozenset(
    """wenig viel etwas mehr weniger genug allerlei lauter
    viele vielen vieler wenige wenigen weniger einige einigen einiger mehrere mehreren mehrerer
    zahlreiche zahlreichen zahlreicher verschiedene verschiedenen""".split()
)

# Quantifiers of a plural that decline like the strong adjective ("einige Länder", "mit vielen Menschen",
# "die Rechte einiger Häftlinge"); "einig-" also counts a feminine mass noun ("nach einiger Zeit").
QUANTIFIER_STEMS = ("einig", "viel", "mehrer", "beid", "zahlreich", "etlich")
QUANTIFIER_ENDINGS: dict[str, frozenset[Reading]] = {
    "e": _r("Nom.pl Acc.pl"),
    "en": _r("Dat.pl"),
    "er": _r("Gen.pl"),
}

# "viel" and "einig" also count a singular thing, declined as a strong adjective: "vielen Dank" (accusative),
# "einige Zeit", "mit einiger Mühe"; the noun's own form then decides (a dative plural ends in -n).
_MASS_QUANTIFIERS = ("viel", "einig")
_MASS_ENDINGS: dict[str, frozenset[Reading]] = {
    "e": _r("Nom.f Acc.f"),
    "en": _r("Acc.m Gen.m Gen.n"),
    "er": _r("Gen.f Dat.f"),
}

CASE_NAMES = {"Nom": "nominative", "Acc": "accusative", "Dat": "dative", "Gen": "genitive"}
GENDER_NAMES = {"Masc": "masculine", "Fem": "feminine", "Neut": "neuter"}
NUMBER_NAMES = {"Sing": "singular", "Plur": "plural"}


def determiner_readings(word: str) -> tuple[str, frozenset[Reading]] | None:
    """("def" | "ein", readings) for an article or determiner form; None if not one."""
    lower = word.lower()
    if lower in DEFINITE:
        return "def", DEFINITE[lower]
    for stem in EIN_WORD_STEMS:
        stem = stem.lower()
        if lower.startswith(stem):
            ending = lower[len(stem):]
            if stem == "eur" and not ending:
                continue
            if ending in EIN_WORD_ENDINGS:
                readings = EIN_WORD_ENDINGS[ending]
                if stem == "ein":  # the indefinite article has no plural: "einen Lieferanten" is accusative
                    readings = frozenset(r for r in readings if r[2] == SG)
                return "ein", readings
    for stem in DER_WORD_STEMS:
        if lower.startswith(stem):
            ending = lower[len(stem):]
            if ending in DER_WORD_ENDINGS:
                return "def", DER_WORD_ENDINGS[ending]
    article, _, same = lower.partition("selbe")
    if same in ("", "n") and article in DEFINITE and lower != article:
        # "derselbe", "demselben": its article declines ("dem"), then "selbe" weakly: -e only in the
        # nominative singular and the feminine and neuter accusative
        return "def", frozenset(r for r in DEFINITE[article] if (same == "") == (r in _WEAK_E))
    return None


_WEAK_E = frozenset({("Nom", gender, "Sing") for gender in ("Masc", "Fem", "Neut")} | {("Acc", "Fem", "Sing"), ("Acc", "Neut", "Sing")})


def relative_readings(pronoun: str, after_preposition: bool = False) -> frozenset[Reading] | None:
    """The readings of a relative pronoun's form; after a preposition none is a nominative, and "der" is the
    feminine dative ("die Stelle, an der …")."""
    readings = RELATIVE.get(pronoun.lower())
    if readings and after_preposition:
        readings = frozenset(r for r in readings if r[0] != "Nom") | (_r("Dat.f") if pronoun.lower() == "der" else frozenset())
    return readings


def relative_pronoun_fits(pronoun: str, gender: str | None, number: str | None, after_preposition: bool = False) -> bool:
    """A relative pronoun's form may point back to a noun of this gender and number (None: unknown) by any of
    its readings ("dem": a masculine or neuter singular, whatever a tagger picked); true for a form the
    table lacks; after a preposition by the readings there (`relative_readings`)."""
    readings = relative_readings(pronoun, after_preposition)
    return not readings or any(
        (number is None or reading_number == number) and (reading_number == PL or gender is None or reading_gender == gender)
        for _case, reading_gender, reading_number in readings
    )


def adjective_ending(form: str) -> str | None:
    """The declension ending of an attributive adjective form: "em", "en", "er", "es", "e" or None."""
    lower = form.lower()
    for ending in ("em", "en", "er", "es", "e"):
        if lower.endswith(ending) and len(lower) > len(ending) + 2:
            return ending
    return None


def quantifier_readings(word: str) -> frozenset[Reading] | None:
    """The readings of a declined quantifier of a plural ("einiger": genitive plural, or the genitive or
    dative of a feminine with "einig-"); None if the word is none."""
    lower = word.lower()
    for stem in QUANTIFIER_STEMS:
        ending = lower[len(stem):] if lower.startswith(stem) else None
        if ending in QUANTIFIER_ENDINGS:
            readings = QUANTIFIER_ENDINGS[ending]
            if stem in _MASS_QUANTIFIERS:
                readings = readings | _MASS_ENDINGS[ending]
            return readings
    return None
