"""Words that show a text speaks of the states of a federation (Germany's or Austria's Länder).

"Land" is a country first, but in "Bund und Länder", "das Land Bremen" or a report on the Landtag
it is one of the federation's states. Used by `reader.nlp.noun_senses`.
"""

from __future__ import annotations

# The states of Germany and of Austria, and the parts their hyphenated names are split into.
FEDERAL_STATES: frozenset[str] = frozenset(
    """Baden-Württemberg Bayern Berlin Brandenburg Bremen Hamburg Hessen Mecklenburg-Vorpommern
    Niedersachsen Nordrhein-Westfalen Rheinland-Pfalz Saarland Sachsen Sachsen-Anhalt
    Schleswig-Holstein Thüringen Burgenland Kärnten Niederösterreich Oberösterreich Salzburg
    Steiermark Tirol Vorarlberg Wien Baden Württemberg Mecklenburg Vorpommern Nordrhein Westfalen
    Rheinland Pfalz Anhalt Schleswig Holstein""".split()
)

# How the nouns (lemmas) of a federation's institutions begin: a text with one of them speaks of its
# states ("Landtagswahl", "Bundesländer", "Landesregierung").
FEDERAL_INSTITUTIONS: tuple[str, ...] = tuple(
    """Bundesland Landtag Landesregierung Landesparlament Bundesrat Länderkammer Landeshauptmann
    Landesverfassung Landesgesetz Landeswahlleiter Ministerpräsidentenkonferenz""".split()
)

# What a state of the federation stands beside in a list: "Bund und Länder", "Länder und Kommunen".
FEDERAL_LEVELS: frozenset[str] = frozenset("Bund Kommune Gemeinde Kreis Landkreis".split())

# The nouns that mean such a state there, with the sense that says so.
STATE_SENSES: dict[str, str] = {"Land": "state"}
