"""Words and word shapes that mark names in German text (used by `reader.nlp.names`).

None of this comes from the gloss lexicon: whether a word is a name must not
depend on whether the dictionary happens to gloss it.
"""

from __future__ import annotations

# Particles inside family names: "Ursula von der Leyen", "Vincent van Gogh", "Charles de Gaulle".
# bin, ibn: "son of"; bint: "daughter of"; al: "the"
NAME_PARTICLES: frozenset[str] = frozenset("von van de da di du zu ten ter bin bint ibn al el".split())
# Articles that may follow such a particle: "von der Leyen", "van den Berg".
PARTICLE_ARTICLES: frozenset[str] = frozenset("der den dem".split())

# Last parts of street names ("Spaldingstraße", "Sievekingsallee"): a word that ends in one of
# these and is not itself a word German dictionaries list is a street name, not a coined
# compound (those, "Umgehungsstraße", are listed). Endings that also close everyday compounds
# ("-weg", "-platz", "-markt", "-tor") are left out.
STREET_SUFFIXES: tuple[str, ...] = ("straße", "strasse", "allee", "gasse", "chaussee")
# So are the last parts of place names that close no everyday noun ("Sandhausen", not the beluga Hausen;
# "Tübingen", "Helmstedt", "Bayreuth", "Frauenweiler"); "-heim", "-dorf", "-bach", "-leben" do
# ("Altersheim", "Feriendorf", "Wildbach", "Landleben").
PLACE_SUFFIXES: tuple[str, ...] = ("ingen", "hausen", "stedt", "reuth", "weiler")

# Nouns that are a form of address right before a name ("Frau Arbour": Ms Arbour, not "woman Arbour"),
# with that sense of theirs.
FORMS_OF_ADDRESS: dict[str, str] = {"Frau": "Mrs / Ms", "Herr": "Mr"}
# Academic titles that may stand between the form of address and the name ("Frau Dr. Weber").
ACADEMIC_TITLES: frozenset[str] = frozenset({"Dr.", "Prof.", "Dres."})
# Words that open a place's name after a saint: "Sankt Petersburg", "St. Gallen", "San Francisco"; never
# a word of their own before a capitalised word.
SAINT_WORDS: frozenset[str] = frozenset({"Sankt", "St.", "San", "Santa", "São"})

# Top-level domains of brand names written as web addresses ("musical.ly").
DOMAIN_ENDINGS: frozenset[str] = frozenset("com de org net io ly tv fm me app info eu at ch".split())

# All-capital abbreviations that are common nouns, not names: never shown as names.
COMMON_ACRONYMS: frozenset[str] = frozenset(
    """LKW PKW AKW KFZ KMU GMBH AG KG OHG EDV PC TV WLAN DNA DNS SMS MMS PDF USB CD DVD
    IT KI UKW BIP ABM ICE IC EC ÖPNV HIV AIDS ADHS MEZ MESZ""".split()
)

# Preposition and article in one word: the noun after it has its article ("am Monatag").
ARTICLE_CONTRACTIONS: frozenset[str] = frozenset(
    "am im vom zum zur beim ins ans aufs durchs fürs ums hinterm überm unterm vorm".split()
)

# Nouns that name a place or body by the name right after them, without an article: "in der
# Gemeinde Auenwald", "die Staatsanwaltschaft Halle", "im Landkreis Harburg". The name may be a
# word as well ("Auenwald": floodplain forest, "Halle": hall).
PLACE_CLASSIFIERS: frozenset[str] = frozenset(
    """Gemeinde Stadt Großstadt Kleinstadt Kreisstadt Hauptstadt Dorf Ort Ortsteil Stadtteil Bezirk
    Landkreis Kreis Region Provinz Bundesland Land Kanton Bundesstaat Insel Fluss Staatsanwaltschaft
    Polizeidirektion Polizeipräsidium Amtsgericht Landgericht Oberlandesgericht Universität Hochschule
    Flughafen Bahnhof Hafen Klinikum Kloster Schloss Burg""".split()
)
