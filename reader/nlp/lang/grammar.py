"""Language data for grammar hints: verbs with "sein", modal verbs, Konjunktiv forms, conjunctions."""

from __future__ import annotations

import re

# Reflexive pronouns: "sich" and the forms it takes after ich, du, wir, ihr.
REFLEXIVE: frozenset[str] = frozenset("sich mich dich uns euch".split())
MODALS: frozenset[str] = frozenset("können müssen sollen wollen dürfen mögen möchten".split())
# The auxiliaries a bare infinitive depends on ("muss … drehen", "wird kommen"); haben and sein take none.
INFINITIVE_AUXILIARIES: frozenset[str] = MODALS | {"werden"}
# What a modal with a perfect infinitive says of the past ("soll … getötet worden sein", "könnte …
# gewesen sein"), by the modal and its mood (None: the indicative).
PERFECT_INFINITIVE_MEANINGS: dict[tuple[str, str | None], str] = {
    ("sollen", None): "what others say happened ('is said to have …')",
    ("wollen", None): "what the subject claims to have done ('claims to have …')",
    ("müssen", None): "a firm conclusion about the past ('must have …')",
    ("können", None): "a possibility in the past ('may have …', 'can have …')",
    ("dürfen", None): "a likelihood in the past ('probably …')",
    ("mögen", None): "a concession about the past ('may have …')",
    ("können", "Konjunktiv II"): "a possibility in the past ('could have …', 'might have …')",
    ("sollen", "Konjunktiv II"): "what should have happened ('should have …')",
    ("müssen", "Konjunktiv II"): "what had to happen and did not, or a guess ('would have had to …')",
    ("dürfen", "Konjunktiv II"): "a likelihood in the past ('probably …', 'is likely to have …')",
}
# Words that compare without the comparative's -er the morphologizer marks (Degree=Cmp): the comparatives
# of viel, wenig, bald, gern, and "anders" ("mehr als", "anders als").
UNMARKED_COMPARATIVES: frozenset[str] = frozenset({"mehr", "weniger", "eher", "lieber", "anders"})
# Nouns that count what follows them as numbers do ("eine Million Menschen", "Tausende Demonstranten").
NUMBER_NOUNS: frozenset[str] = frozenset("Dutzend Hundert Tausend Million Milliarde Billion".split())
# Units of distance, which measure before a word of measure or a preposition of place ("15 Kilometer
# östlich", "sechs Meter über dem Meeresspiegel").
DISTANCES: frozenset[str] = frozenset("Meter Kilometer Zentimeter Millimeter Meile Seemeile".split())
# Forms of the auxiliaries and modals that are no other word in lower case ("sein" is also the
# possessive, "waren" and "können" capitalised are nouns), by their infinitive; all finite except the
# infinitive itself, which is also the plural present.
AUXILIARY_FORMS: dict[str, str] = {
    form: verb
    for verb, forms in {
        "werden": "werden wird wirst werdet wurde wurden wurdest würde würden",
        "haben": "haben hat hast habt hatte hatten hattest hätte hätten",
        "sein": "ist bist sind seid war waren warst wäre wären",
        "können": "können kann kannst könnt konnte konnten könnte könnten",
        "müssen": "müssen muss musst müsst musste mussten müsste müssten",
        "sollen": "sollen soll sollst sollt sollte sollten",
        "wollen": "wollen will willst wollt wollte wollten",
        "dürfen": "dürfen darf darfst dürft durfte durften dürfte dürften",
    }.items()
    for form in forms.split()
}
# Adverbs that only grade the adjective or adverb after them ("sehr schnell": very fast); "ganz" and
# "so" are left out, as they begin idioms of their own ("ganz gleich": no matter).
DEGREE_ADVERBS: frozenset[str] = frozenset(
    "sehr äußerst höchst überaus ziemlich extrem besonders völlig total wirklich recht".split()
)
# Adverbs that grade a participle after "sein" as an adjective, which a state passive cannot be graded
# so: "ist sehr beliebt", "ist weit entfernt" (far away, not removed); "völlig zerstört" stays a passive.
GRADING_ADVERBS: frozenset[str] = frozenset("sehr äußerst höchst überaus ziemlich extrem besonders weit".split())
# Adverbs that pick out, after a comma, what a clause's verb applies to most ("frisst gern, besonders
# Lasagne"; "vor allem" is written as two words).
FOCUS_ADVERBS: frozenset[str] = frozenset(
    "besonders insbesondere allem vornehmlich hauptsächlich vorwiegend namentlich vorzugsweise".split()
)
# The relations that join an auxiliary, modal or copula to its verb.
AUX_DEPS: frozenset[str] = frozenset({"aux", "aux:pass", "cop"})
# The relations that join an auxiliary to its verb (a copula's is "cop").
AUXILIARY_RELATIONS: tuple[str, ...] = ("aux", "aux:pass")
# The endings of a declined adjective, longest first so that stripping one leaves the stem.
ADJECTIVE_ENDINGS: tuple[str, ...] = ("en", "em", "er", "es", "e")

# Verbs that form the Perfekt with "sein" (motion and change of state), by their last part:
# a prefixed verb ("einmarschieren", "zurücktreten", "ankommen") ends in one of these.
SEIN_VERBS: tuple[str, ...] = tuple(
    """kommen gehen fahren fliegen laufen reisen sterben werden bleiben sein geschehen passieren
    gelingen misslingen scheitern steigen sinken fallen wachsen ziehen treten folgen fliehen rennen
    schwimmen springen stürzen reiten wandern entstehen verschwinden erscheinen marschieren
    aufwachen einschlafen erwachen explodieren landen starten eintreffen begegnen weichen
    geraten rücken schreiten kriechen eilen flüchten platzen schmelzen sterben ertrinken
    umkommen ausbrechen einbrechen abstürzen zerfallen verfallen gleiten zurückkehren kehren
    entbrennen gelangen verunglücken erkranken verblassen verstummen verhungern verdursten verarmen
    verrotten erblinden erfrieren ersticken schrumpfen eskalieren verwelken""".split()
)
# … but not these, which end like one of them and take "haben".
HABEN_DESPITE_ENDING: frozenset[str] = frozenset(
    "bekommen verfolgen befolgen vertreten betreten übertreten erziehen beziehen anziehen vorziehen "
    "überziehen entziehen bewahren übergehen begehen umgehen erfahren überfallen befallen gefallen "
    "erreichen unterlaufen überwachsen besteigen vertreiben".split()
)

# Konjunktiv I forms that are unmistakable (3rd person, where the indicative differs).
KONJUNKTIV_I: frozenset[str] = frozenset(
    """sei seiest seien seiet habe werde könne müsse solle wolle dürfe möge wisse gebe gehe komme
    stehe liege bleibe finde gelte lasse trage sehe""".split()
)

# Words that are a preposition and a subordinating conjunction: "während der Sitzung" (during), "während
# er sprach" (while); "seit Jahren", "seit er kam"; "bis Montag", "bis die Jungen schlüpfen".
PREPOSITION_OR_CONJUNCTION: frozenset[str] = frozenset({"während", "seit", "bis"})

SUBORDINATORS: dict[str, str] = {
    "dass": "that", "daß": "that", "ob": "whether", "weil": "because", "wenn": "if, when", "als": "when",
    "nachdem": "after", "obwohl": "although", "obgleich": "although", "während": "while",
    "damit": "so that", "bevor": "before", "ehe": "before", "seit": "since", "seitdem": "since",
    "sobald": "as soon as", "falls": "in case", "da": "since, as", "indem": "by (doing)",
    "sodass": "so that", "bis": "until", "sofern": "provided that", "soweit": "as far as",
    "solange": "as long as", "wie": "how, as", "wo": "where", "warum": "why", "weshalb": "why",
    "wer": "who", "was": "what", "wann": "when", "woraufhin": "whereupon", "wohingegen": "whereas",
    "zumal": "especially as", "als ob": "as if",
}

# Nouns made from adjectives, declined like them, gender from the person meant ("der/die Deutsche",
# "ein Deutscher"); participles ("Vorsitzende", "Abgeordnete") are recognised by their form.
ADJECTIVAL_NOUNS: frozenset[str] = frozenset(
    """Deutsche Tote Kranke Arbeitslose Jugendliche Erwachsene Alte Fremde Bekannte Verwandte Grüne
    Geistliche Heilige Weiße Schwarze Illegale Prominente Obdachlose Freiwillige Gläubige Arme Reiche
    Einheimische Oberste Schuldige Unschuldige Beteiligte Vertraute Adlige Konservative Liberale
    Radikale Angehörige Linke""".split()
)

# Cardinal numbers spelt out, which the tagger may call adjectives ("etwa dreißig Jahre alt").
_UNITS = "ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun"
SPELT_NUMBER = re.compile(
    rf"(?:(?:{_UNITS})und)?(?:zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)"
    rf"|(?:{_UNITS}|zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn|hundert|tausend)"
)
# The endings of nouns of an action, whose "durch" or genitive names who does it ("die Überwachung durch …").
ACTION_NOUN_ENDINGS = ("ung", "ion", "nahme")
# Ordinals that rank a superlative written with them: "drittstärkste" (third-strongest), "zweitgrößte".
ORDINAL_STEMS: dict[str, str] = {
    "zweit": "second", "dritt": "third", "viert": "fourth", "fünft": "fifth", "sechst": "sixth",
    "siebt": "seventh", "acht": "eighth", "neunt": "ninth", "zehnt": "tenth",
}

# Since 1996 an ß after a short vowel is written ss ("daß" dass, "gewußt" gewusst, "Prozeß" Prozess); after
# a diphthong it stays ("heißen", "draußen"). (A long vowel's ß cannot be told from the letters: "Straße".)
_SHARP_S_AFTER_SHORT_VOWEL = re.compile(r"(?<!ie|ei|au|äu|eu)ß")


def todays_spelling(word: str) -> str:
    """`word` with an ß after a short vowel written as today: "veranlaßt" veranlasst."""
    return _SHARP_S_AFTER_SHORT_VOWEL.sub("ss", word)

