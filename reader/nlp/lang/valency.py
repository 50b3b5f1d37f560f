"""Which case a two-way preposition takes after a given verb or noun (its valency).

A two-way preposition (an, auf, in, über, unter, vor, hinter, neben, zwischen)
takes the accusative for direction and the dative for location; with a
prepositional object the verb or noun fixes the case ("warten auf" + Acc,
"teilnehmen an" + Dat, "Angst vor" + Dat). Where the article does not show the
case ("auf Anhöhen", "in Alarmbereitschaft", "über Twitter"), this is the
evidence a learner's grammar gives. Entries are as learners' dictionaries list
them (Duden, Langenscheidt); verbs by infinitive, nouns by lemma.
"""

from __future__ import annotations

import functools

# Verbs of place (where?): a two-way preposition after them takes the dative.
POSITION_VERBS: frozenset[str] = frozenset(
    """liegen stehen sitzen hängen stecken leben wohnen bleiben verbleiben stattfinden befinden
    ankommen eintreffen landen arbeiten sterben existieren übernachten warten erscheinen auftreten
    spielen lernen studieren geboren aufwachsen regieren herrschen protestieren demonstrieren
    konkurrieren""".split()
)
# Verbs of direction (where to?): a two-way preposition after them takes the accusative.
DIRECTION_VERBS: frozenset[str] = frozenset(
    """legen stellen setzen bringen schicken senden werfen versetzen geraten gelangen fließen münden
    einmarschieren einziehen eintreten einreisen einsteigen eindringen fahren fliegen reisen gehen
    laufen ziehen kommen zurückkehren umziehen verlegen verlagern verschieben verbannen führen
    investieren verwandeln umwandeln übersetzen einteilen aufteilen entlassen aufnehmen treten nehmen""".split()
)
# Verbs of naming with two accusatives, the object and its name ("nannte die Stadt Byzanz"): in the passive
# both are nominatives ("Die Stadt wurde Byzanz genannt").
NAMING_VERBS: frozenset[str] = frozenset("nennen heißen taufen schimpfen rufen".split())

# Verbs with an object and a predicative "als" noun that renames the object (accusative): "nannte ihr
# Scheitern als Grund", "bezeichneten das Meer als Mare Nostrum".
OBJECT_PREDICATIVE_VERBS: frozenset[str] = frozenset(
    """nennen bezeichnen betrachten ansehen sehen einstufen werten bewerten beschreiben darstellen empfinden
    ausweisen anerkennen einschätzen kennzeichnen""".split()
)
# Verbs whose adjective describes their subject, as a copula's does: "sind ehrlich" (honest, not
# honestly), "wirkt müde" (tired); with "sich": "zeigte sich zufrieden" (satisfied).
PREDICATIVE_VERBS: frozenset[str] = frozenset("sein werden bleiben scheinen erscheinen wirken aussehen klingen".split())
REFLEXIVE_PREDICATIVE_VERBS: frozenset[str] = frozenset("zeigen fühlen erweisen geben".split())
# Verbs whose adjective after their object describes that object: "Amerika sicher zu halten" (safe, not
# certainly), "hält die Kosten niedrig", "fand es gut" (good, not well).
OBJECT_COMPLEMENT_VERBS: frozenset[str] = frozenset("halten erhalten finden".split())
# Prepositional objects: (verb or noun, preposition) -> case, whatever the verb's other uses.
PREPOSITIONAL_OBJECTS: dict[tuple[str, str], str] = {
    **{(verb, "auf"): "Acc" for verb in
       """warten hoffen achten verzichten reagieren hinweisen verweisen einigen verlassen beziehen zielen
       abzielen setzen antworten aufmerksam vertrauen freuen vorbereiten konzentrieren beschränken
       ausweiten übertragen ankommen""".split()},
    # a change of amount to a new level: "stieg auf 5 Prozent", "auf 53 Milliarden Mark klettern"
    **{(verb, "auf"): "Acc" for verb in
       """steigen ansteigen klettern sinken absinken fallen erhöhen senken anheben zurückgehen schrumpfen
       verringern reduzieren kürzen aufstocken anwachsen""".split()},
    **{(verb, "an"): "Acc" for verb in
       """denken glauben erinnern wenden appellieren gewöhnen schreiben schicken richten senden liefern
       verkaufen übergeben weitergeben anpassen grenzen angrenzen""".split()},
    **{(verb, "über"): "Acc" for verb in
       """sprechen reden berichten diskutieren informieren verhandeln entscheiden abstimmen streiten klagen
       beschweren freuen ärgern nachdenken urteilen lachen schreiben beraten debattieren spekulieren
       aufklären täuschen wundern""".split()},
    **{(verb, "in"): "Acc" for verb in "verlieben eingreifen einmischen vertrauen".split()},
    **{(verb, "an"): "Dat" for verb in
       """teilnehmen beteiligen arbeiten leiden sterben erkranken zweifeln festhalten scheitern mangeln
       fehlen hindern hängen""".split()},
    **{(verb, "auf"): "Dat" for verb in "beruhen bestehen basieren".split()},
    **{(verb, "vor"): "Dat" for verb in "warnen schützen fliehen flüchten fürchten retten bewahren".split()},
    **{(noun, "auf"): "Acc" for noun in
       """Einfluss Anspruch Recht Antwort Hinweis Blick Reaktion Angriff Anschlag Hoffnung Verzicht
       Auswirkung Auswirkungen Fokus Zugriff Bezug Einigung Appell Attentat Attacke Überfall Druck Jagd Antrag
       Aussicht Rücksicht""".split()},
    **{(noun, "über"): "Acc" for noun in
       """Bericht Debatte Diskussion Streit Information Informationen Gespräch Gespräche Verhandlung
       Verhandlungen Entscheidung Abstimmung Freude Ärger Buch Film Studie Urteil Kontrolle Macht
       Differenz Differenzen Meinungsverschiedenheit Meinungsverschiedenheiten Uneinigkeit Einigkeit Konflikt
       Vortrag Artikel Auskunft""".split()},
    **{(noun, "an"): "Acc" for noun in
       "Brief Appell Frage Forderung Erinnerung Botschaft Zahlung Lieferung Spende Übergabe Einladung Mitteilung".split()},
    **{(noun, "in"): "Acc" for noun in "Investition Investitionen Eingriff Vertrauen Einblick Umzug".split()},
    **{(noun, "an"): "Dat" for noun in "Kritik Interesse Teilnahme Beteiligung Mangel Anteil Zweifel".split()},
    **{(noun, "vor"): "Dat" for noun in "Angst Furcht Warnung Schutz Respekt Sorge".split()},
}


# Two-way prepositions with a bare noun in a fixed phrase of place or circumstance, which take the dative
# whatever the verb ("in Verbindung bringen", though "bringen" is a verb of direction; "auf Basis von",
# "in Höhe von", "unter Leitung von": with an article "auf der Basis", "in der Höhe"); "auf" upon a request
# or an order takes the accusative ("auf Nachfrage", "auf Anordnung des Gerichts").
FIXED_PHRASES: dict[tuple[str, str], str] = {
    **{("auf", noun): "Dat" for noun in "Basis Grundlage".split()},
    **{("auf", noun): "Acc" for noun in "Nachfrage Anfrage Wunsch Antrag Anordnung Befehl Einladung Initiative Drängen".split()},
    **{("in", noun): "Dat" for noun in "Verbindung Höhe Zusammenarbeit Anwesenheit Abwesenheit Folge Zukunft".split()},
    **{("unter", noun): "Dat" for noun in "Berufung Leitung Beteiligung Führung Vorsitz".split()},
}


# Nouns that with their article and "sein" say what someone thinks, in the genitive ("Die Regierung ist der
# Meinung, dass …": is of the opinion), by the English of the phrase; the parser makes the noun the
# predicate, and its "der" reads as a dative.
GENITIVE_WITH_SEIN: dict[str, str] = {
    "Meinung": "of the opinion", "Ansicht": "of the view", "Auffassung": "of the view", "Überzeugung": "convinced",
}


# Verbs whose only object is a dative ("Das Haus gehört der Gemeinde", "Er hilft den Nachbarn").
DATIVE_OBJECT_VERBS: frozenset[str] = frozenset(
    """helfen danken folgen gehören gefallen schaden drohen widersprechen zustimmen begegnen gratulieren
    vertrauen misstrauen nützen dienen fehlen gelingen misslingen passieren geschehen ähneln gleichen
    entsprechen gehorchen applaudieren zuhören zusehen zufallen zukommen beitreten ausweichen angehören
    unterliegen widerfahren entgehen entstammen obliegen""".split()
)
# Verbs whose object is a genitive ("der Opfer gedenken", "bedarf der Zustimmung"), the reflexive ones with
# their "sich" ("sich der Stimme enthalten"): "der", "einer" before such an object are no dative.
GENITIVE_OBJECT_VERBS: frozenset[str] = frozenset("gedenken bedürfen".split())
REFLEXIVE_GENITIVE_OBJECT_VERBS: frozenset[str] = frozenset(
    "enthalten bedienen bemächtigen vergewissern erfreuen rühmen annehmen entledigen".split()
)
# Verbs that take no accusative object (intransitive, or with a prepositional object only): a phrase in
# the nominative or accusative beside them is the subject ("…, ob die Verhandlungen stattfinden").
NO_ACCUSATIVE_VERBS: frozenset[str] = frozenset(
    """stattfinden entstehen existieren sterben verschwinden explodieren scheitern funktionieren
    zusammenbrechen abstürzen ausbrechen eintreffen ankommen zurücktreten teilnehmen reagieren warten
    stammen wohnen schlafen sinken steigen wachsen fallen zunehmen abnehmen verunglücken
    einschlagen gelten""".split()
) | DATIVE_OBJECT_VERBS
# Verbs that need an accusative object: beside one of them, a lone phrase in a clause whose subject the
# verb shares with the verb before "und" is the object ("da sie … eingefahren hat und eine Erneuerung nur
# in der Opposition sieht"). With the verbs of naming, which have one too.
ACCUSATIVE_OBJECT_VERBS: frozenset[str] = frozenset(
    """erzielen fordern verlangen kritisieren ablehnen unterstützen erreichen verhindern beschließen nutzen
    brauchen benötigen planen übernehmen erhalten bekommen besitzen enthalten betreffen vorlegen einführen
    gewinnen verlieren verletzen erheben ergreifen treffen""".split()
) | OBJECT_PREDICATIVE_VERBS
# The few verbs with two accusative objects ("kostet ihn viel Geld", "lehrte die Kinder Latein"); beside
# any other verb, one of two objects is the dative.
DOUBLE_ACCUSATIVE_VERBS: frozenset[str] = frozenset("kosten lehren abfragen abhören fragen heißen schimpfen taufen".split())
# Verbs that may take two accusatives: their own ("lehrte die Kinder das Lesen") or an object and its "als"
# noun ("bezeichneten das Meer als Mare Nostrum").
TWO_ACCUSATIVE_VERBS: frozenset[str] = DOUBLE_ACCUSATIVE_VERBS | OBJECT_PREDICATIVE_VERBS
# Verbs with a dative person and an accusative thing (or a clause as the thing): "verbietet Frauen,
# … zu tragen", "gab dem Minister das Wort".
DATIVE_PERSON_VERBS: frozenset[str] = frozenset(
    """geben schenken sagen zeigen erklären empfehlen erlauben verbieten versprechen mitteilen vorwerfen
    anbieten schicken schreiben ermöglichen garantieren zusichern raten überlassen vorschlagen
    untersagen gestatten befehlen bieten leihen verkaufen liefern melden berichten""".split()
)

# "Was die Werte angeht/betrifft/anbelangt, …" (as far as … is concerned): "was" is the subject, the
# phrase the accusative object.
CONCERNING_VERBS: frozenset[str] = frozenset("angehen betreffen anbelangen anlangen".split())


def two_way_case(preposition: str, governor: str, verb: bool) -> str | None:
    """The case a two-way `preposition` takes after `governor` (a verb's infinitive or a noun's lemma),
    or None when its valency does not say."""
    found = object_case(preposition, governor, verb)
    if found or not verb:
        return found
    if governor in POSITION_VERBS:
        return "Dat"
    if governor in DIRECTION_VERBS:
        return "Acc"
    return None


@functools.lru_cache(maxsize=16384)
def object_case(preposition: str, governor: str, verb: bool) -> str | None:
    """The case `governor` (a verb's infinitive or a noun's lemma) fixes for its prepositional object
    with `preposition` ("warten auf" + Acc), or None when it takes none with it (kept per question: a
    noun's answer scans the whole table for its last part)."""
    found = PREPOSITIONAL_OBJECTS.get((governor, preposition))
    if found is None and not verb:
        # a compound noun has the valency of its last part: "Mordanschlag auf" as "Anschlag auf"
        found = next(
            (case for (noun, word), case in PREPOSITIONAL_OBJECTS.items()
             if word == preposition and noun[:1].isupper() and len(governor) > len(noun) and governor.endswith(noun.lower())),
            None,
        )
    return found
# Verbs that report what someone said or thought: the clause they take is reported speech, whose
# Konjunktiv II stands in for a Konjunktiv I that would look like the indicative ("sagte, die Parteien
# hätten …", "erklärte, der Entwurf würde … fertiggestellt").
REPORTING_VERBS: frozenset[str] = frozenset(
    """sagen erklären berichten mitteilen betonen meinen behaupten ankündigen bestätigen warnen melden
    schreiben antworten entgegnen hinzufügen versichern verkünden erwarten glauben vermuten befürchten
    fürchten hoffen kritisieren beklagen bekräftigen einräumen zugeben verlauten argumentieren
    bekanntgeben angeben äußern""".split()
)
# Reporting verbs whose subject is always the speaker, never a thing: a fronted "das"/"dies" is what was said
# ("Das sagt Norbert Hofer"); "Dies bestätigt die Berichterstattung", "Das erklärt den Anstieg" have a thing as
# the subject.
SAYING_VERBS: frozenset[str] = frozenset(
    """sagen mitteilen berichten melden bekanntgeben schreiben betonen ankündigen verkünden antworten äußern
    hinzufügen verlauten""".split()
)
