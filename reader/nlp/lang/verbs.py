"""Separable verb particles: the first part of "übereinkommen", "aufrufen", "teilnehmen"; where they stand;
and the two forms that put a syllable between particle and verb ("abzubauen", "abgebaut")."""

import re

# Longest first, so a regular expression built from them prefers "heraus" to "her".
SEPARABLE_PREFIXES: tuple[str, ...] = tuple(
    sorted(
        {
            "ab", "an", "auf", "aus", "auseinander", "bei", "bekannt", "bereit", "da", "dabei", "dafür", "dagegen",
            "daher", "dahin", "daneben", "dar", "davon", "dazu", "dazwischen", "durch", "ein", "einher",
            "empor", "entgegen", "entlang", "entzwei", "fern", "fest", "fort", "frei", "gegenüber",
            "gleich", "heim", "her", "herab", "heran", "herauf", "heraus", "herbei", "herein", "herüber",
            "herum", "herunter", "hervor", "hin", "hinab", "hinauf", "hinaus", "hinein", "hinter", "hinüber",
            "hinunter", "hinweg", "hinzu", "hoch", "inne", "kennen", "klar", "kund", "los", "mit", "nach", "nieder",
            "offen", "preis", "statt", "stand", "teil", "über", "überein", "um", "umher", "unter", "voran",
            "voraus", "vorbei", "vorüber", "vor", "vorweg", "weg", "weiter", "wider", "wieder", "zu", "übrig",
            "zurecht", "zurück", "zusammen", "zuvor", "zwischen",
        },
        key=lambda prefix: (-len(prefix), prefix),
    )
)

# Particles of only a few verbs each ("steht bevor", "legt nahe", "kommt zugute", "schlug fehl", "nimmt … wahr"):
# separated particles at the clause end, and prefixes only where the rest is a verb of its own
# (aufrecht|erhalten), since other verbs begin with the same letters ("bevormunden", "nahen", "fehlen").
FEW_VERB_PARTICLES: frozenset[str] = frozenset(
    {"abhanden", "aufrecht", "bevor", "fehl", "nahe", "wahr", "wett", "zugrunde", "zugute", "zunichte", "zutage", "zuteil"}
)

# Strong verbs put an umlaut in the present ("fällt", "fährt"); without it the infinitive's stem shows
# (and a person noun's base: "Ärztin" of "Arzt").
WITHOUT_UMLAUT = str.maketrans("äöüÄÖÜ", "aouAOU")
_UMLAUT = str.maketrans("aouAOU", "äöüÄÖÜ")


def with_umlaut(word: str) -> str:
    """The last a, o or u umlauted, not the second letter of a diphthong: "Arzt" → "Ärzt" (Ärztin), "Bauer"
    → "Bäuer", "vorlag" → "vorläg" (vorläge), never the particle's vowel."""
    for index in range(len(word) - 1, -1, -1):
        if word[index] in "aouAOU" and not (index > 0 and word[index - 1] in "aeu"):
            return word[:index] + word[index].translate(_UMLAUT) + word[index + 1 :]
    return word


# Words that are nothing but a verb's particle, so written apart *before* the verb they still
# belong to it: the old spelling "inne haben", the common slip "teil nehmen".
PARTICLES_ONLY: frozenset[str] = frozenset(
    {"abhanden", "empor", "entzwei", "fehl", "inne", "kund", "preis", "teil", "überein"}
)

# Directions that may follow a separated "mit" ("nahm sie mit zurück", "kam mit hinein"), and the
# prepositions that open one ("mit nach Hause", "mit ins Kino"); not "über" ("mit über 50 Jahren").
DIRECTIONS: frozenset[str] = frozenset(
    {
        "fort", "heim", "her", "herauf", "heraus", "herein", "herüber", "herunter", "hin", "hinauf",
        "hinaus", "hinein", "hinüber", "hinunter", "rauf", "raus", "rein", "rüber", "runter", "weg",
        "zurück",
    }
)
DIRECTION_PREPOSITIONS: frozenset[str] = frozenset({"an", "ans", "auf", "aufs", "in", "ins", "nach", "zu", "zum", "zur"})

# Words between a preposition and a number ("auf über 50 Prozent", "mit bis zu 100 km/h").
# Participles that, after an adverb, comment on the sentence as a whole: "rechtlich gesehen" (legally
# speaking), "genau genommen", "ehrlich gesagt", "so betrachtet"; no passive nor perfect of their verb.
COMMENT_PARTICIPLES: frozenset[str] = frozenset({"gesehen", "betrachtet", "genommen", "gesagt"})
BEFORE_NUMBERS: frozenset[str] = frozenset({"ab", "bis", "etwa", "gut", "knapp", "rund", "über", "unter", "zirka"})

_PREFIX = "|".join(SEPARABLE_PREFIXES)
# "abzubauen" → ("ab", "bauen"): the zu-infinitive of a separable verb, written as one word.
ZU_INFINITIVE = re.compile(rf"^({_PREFIX})zu([a-zäöüß]{{2,}}(?:en|ern|eln|n))$")
# "abgebaut" → ("ab", "baut"): the participle of a separable verb, "ge" after the particle.
SEPARABLE_PARTICIPLE = re.compile(rf"^({_PREFIX})ge([a-zäöüß]{{2,}}(?:t|en))$")
