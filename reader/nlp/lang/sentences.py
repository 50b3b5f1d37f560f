"""Tokens after which a German news sentence does not end, although they end with a full stop, and the
words of dates and times they go with."""

# Abbreviations that (almost) never close a sentence in news text.
ABBREVIATIONS: frozenset[str] = frozenset(
    """
    z. B. d. h. u. a. o. ä. v. a. s. o. u. U. i. d. R. z. T.
    Dr. Prof. Hr. Fr. Nr. Str. St. ca. bzw. vgl. sog. inkl. zzgl. ggf. evtl. bspw. Mio. Mrd.
    Abs. Art. Jh. Jhd. geb. gest. Tel. Gen. Min. Kap. Bd. Hrsg. Dipl. Ing. Mag.
    """.split()
)

# Adverbial phrases written as two abbreviations, which the tokenizer splits: "z. B." (zum Beispiel), "d. h."
ABBREVIATED_PHRASES: frozenset[tuple[str, str]] = frozenset(
    {("z.", "B."), ("d.", "h."), ("u.", "a."), ("z.", "T."), ("u.", "U."), ("i.", "d."), ("o.", "ä."), ("v.", "a.")}
)

MONTHS: frozenset[str] = frozenset(
    "Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember".split()
)

WEEKDAYS: frozenset[str] = frozenset("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag".split())

# Nouns of time that stand without a preposition in the accusative: "jeden Tag", "wenige Stunden später".
TIME_NOUNS: frozenset[str] = frozenset(
    """Sekunde Minute Stunde Tag Woche Wochenende Monat Jahr Jahrzehnt Jahrhundert Nacht Abend Morgen
    Vormittag Mittag Nachmittag Mitternacht Frühjahr Sommer Herbst Winter Mal Zeit Saison Quartal
    Semester Ende Anfang Mitte""".split()
)

# Adjectives that place a time relative to now ("vergangenen Freitag", "nächste Woche", "kommenden
# Monat"): with them a bare noun of time is an adverbial in the accusative, not the subject.
TIME_ADJECTIVES: frozenset[str] = frozenset("vergangen letzt nächst kommend vorig folgend selb gleich".split())

# Words after which "3." is an ordinal ("am 3. Oktober", "zum 1. Mal"), not a sentence end.
ORDINAL_CONTEXT: frozenset[str] = frozenset(
    "am im vom zum bis seit ab der die das den dem des ihr ihre sein seine beim".split()
)

OPENING_QUOTES = frozenset("„‚«»“\"'")
# Quotation marks that only ever open a quote (German „ and ‚).
OPENING_ONLY = frozenset("„‚")
CLOSING_QUOTES = frozenset("“‘»«”\"'")
SENTENCE_END = frozenset(".!?…")
# After these a word starts a sentence of its own, for capitalisation: a quote, a bracket, a colon.
OPENS_SENTENCE = frozenset("„“\"‚»«(:")
# ... and a dash, which opens an insertion whose first word is capitalised as a sentence start would be.
OPENS_CAPITALISED = OPENS_SENTENCE | {"–", "-"}

# Closing punctuation: it ends what came before, so a sentence never starts with it.
NEVER_STARTS = frozenset(".,;:!?…)]“”")
# Words that, after a comma, introduce with a colon another form of the word before ("Die Havel, sprich:
# Hafel, ist …", "…, wörtlich: …"): the colon opens no sentence.
INLINE_RENDERINGS = frozenset({"sprich", "wörtlich", "wörtl.", "eigentlich", "auch", "kurz"})

# Marks that open a Markdown line: list items and headings ("* Punkt", "## Titel").
MARKDOWN_MARKS = frozenset("* - + # ## ### ####".split())
