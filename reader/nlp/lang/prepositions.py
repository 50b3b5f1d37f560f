"""The case German prepositions govern, as learners' grammars list them.

Two-way prepositions (Wechselpräpositionen) take the accusative for direction
("in die Ukraine": where to?) and the dative for location or time ("in der
Ukraine": where?). Genitive prepositions take the dative in everyday speech
and when the genitive is not visible ("wegen Problemen"), so the dative is
allowed for them too.
"""

from __future__ import annotations

DATIVE: frozenset[str] = frozenset(
    """aus außer bei mit nach seit von zu gegenüber ab samt mitsamt nebst entgegen gemäß zufolge
    entsprechend nahe fern zuliebe v. n.""".split()  # ("v. Chr.", "n. Chr.", "Karl v. Habsburg": vor, nach, von)
)
ACCUSATIVE: frozenset[str] = frozenset("durch für gegen ohne um bis wider per pro je betreffend".split())
GENITIVE: frozenset[str] = frozenset(
    """wegen während trotz statt anstatt anstelle innerhalb außerhalb aufgrund anlässlich angesichts
    bezüglich infolge mithilfe oberhalb unterhalb seitens zugunsten zuungunsten jenseits diesseits
    hinsichtlich mittels einschließlich ausschließlich abseits inmitten unweit zwecks ungeachtet
    namens vonseiten anhand kraft laut dank binnen inklusive exklusive zuzüglich abzüglich
    beiderseits entlang nördlich südlich östlich westlich nordöstlich nordwestlich südöstlich
    südwestlich""".split()
)
# Prepositions that may follow their noun phrase ("den Berichten zufolge", "der Sache wegen").
POSTPOSITIONS: frozenset[str] = frozenset("zufolge gegenüber entlang nach wegen halber zuliebe entgegen gemäß".split())
# Prepositions of the genitive that take the dative where nothing shows the case: "laut Mahama",
# "laut Experten" (a bare name or plural), but "laut des Berichts" where the article shows it.
DATIVE_WHEN_BARE: frozenset[str] = frozenset({"laut"})
TWO_WAY: frozenset[str] = frozenset("an auf hinter in neben über unter vor zwischen".split())
# "wo" + a preposition ("worauf", "womit", "wofür"): an adverb asking or relating "on what", "with which",
# never the preposition of the noun after it ("…, worauf der Vater heiratet": whereupon).
WO_ADVERBS: frozenset[str] = frozenset(
    ("wor" if preposition[0] in "aeiouäöü" else "wo") + preposition
    for preposition in "an auf aus bei durch für gegen in mit nach über um unter von vor zu".split()
)

# Preposition + article in one word: (preposition, case, gender or None, number).
CONTRACTIONS: dict[str, tuple[str, str, str | None, str]] = {
    "am": ("an", "Dat", None, "Sing"),
    "im": ("in", "Dat", None, "Sing"),
    "beim": ("bei", "Dat", None, "Sing"),
    "vom": ("von", "Dat", None, "Sing"),
    "zum": ("zu", "Dat", None, "Sing"),
    "hinterm": ("hinter", "Dat", None, "Sing"),
    "überm": ("über", "Dat", None, "Sing"),
    "unterm": ("unter", "Dat", None, "Sing"),
    "vorm": ("vor", "Dat", None, "Sing"),
    "zur": ("zu", "Dat", "Fem", "Sing"),
    "ins": ("in", "Acc", "Neut", "Sing"),
    "ans": ("an", "Acc", "Neut", "Sing"),
    "aufs": ("auf", "Acc", "Neut", "Sing"),
    "durchs": ("durch", "Acc", "Neut", "Sing"),
    "fürs": ("für", "Acc", "Neut", "Sing"),
    "ums": ("um", "Acc", "Neut", "Sing"),
    "übers": ("über", "Acc", "Neut", "Sing"),
    "unters": ("unter", "Acc", "Neut", "Sing"),
    "vors": ("vor", "Acc", "Neut", "Sing"),
    "hinters": ("hinter", "Acc", "Neut", "Sing"),
}
# "am"/"im"/"beim"/"vom"/"zum" hold "dem": masculine or neuter.
CONTRACTION_GENDERS = ("Masc", "Neut")


def governed_cases(preposition: str) -> tuple[str, ...]:
    """The cases a preposition can govern, the usual one first; () when it is not a preposition."""
    word = preposition.lower()
    if word in CONTRACTIONS:
        return (CONTRACTIONS[word][1],)
    if word in TWO_WAY:
        return ("Dat", "Acc")
    if word in DATIVE:
        return ("Dat",)
    if word in ACCUSATIVE:
        return ("Acc",)
    if word in GENITIVE:
        return ("Gen", "Dat")
    return ()


def base_preposition(word: str) -> str:
    """"zur" → "zu"; other prepositions as they are (lower case)."""
    word = word.lower()
    return CONTRACTIONS[word][0] if word in CONTRACTIONS else word


# Nouns of saying, knowing and telling after which "nach" (also "zufolge") names a source, not a time or
# place: "nach Angaben der Polizei" is "according to the police", "nach der Überlieferung" according to
# tradition; and nouns of rules, after which it
# names what they lay down: "nach internationalem Recht", "nach den Regeln des Abkommens", "nach dem
# Zeitplan" (according to, under). A compound ends in one of them ("Weltbankangaben", "Völkerrecht").
SOURCE_NOUNS: frozenset[str] = frozenset(
    """Angabe Ansicht Meinung Auffassung Einschätzung Schätzung Information Bericht Darstellung Aussage
    Erkenntnis Auskunft Mitteilung Ermittlung Umfrage Prognose Studie Berechnung Überzeugung
    Verständnis Quelle Zeuge Erfahrung Wort Regel Prinzip Grundsatz Recht Gesetz Plan Vorschrift
    Vorgabe Maßgabe Kriterium Planung Ergebnis Stand Tradition Überlieferung Legende Sage Lehre Glaube
    Theorie Definition Deutung Auslegung Lesart Interpretation""".split()
)

# English words of a noun's senses that name a channel things pass through, seldom a topic: "über
# Internetportale", "über eine Hotline", "über Twitter" is via ("über das Fernsehen", "über das Netzwerk" is as
# often about).
MEDIUM_WORDS: frozenset[str] = frozenset(
    """portal platform website app hotline e-mail email phone telephone intermediary intermediaries
    twitter facebook instagram youtube telegram whatsapp tiktok""".split()
)

# The words that close a range or a change begun by "von": "von drei Jahren auf zwei", "von Berlin nach Paris".
RANGE_ENDS: frozenset[str] = frozenset({"bis", "nach"})

# The objects of prepositions in fixed adverbs ("vor allem", "unter anderem", "seit langem").
ADVERB_OBJECTS: frozenset[str] = frozenset({"allem", "anderem", "kurzem", "langem", "weitem", "neuem", "vornherein"})
