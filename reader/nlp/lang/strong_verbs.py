"""Strong and irregular German verbs: infinitive, Präteritum (1st/3rd person singular), Partizip II,
and "s" where the Perfekt is formed with sein ("ist gegangen"); "hs" where both occur ("ist/hat gefahren").

A prefixed verb inherits the forms of its base ("erleiden": erlitt, erlitten; "ankommen": kam an,
angekommen), see `reader.nlp.verb_forms`. Ding's verb lines (`verb_forms.tsv`) add the prefixed and
weak verbs; this list is the part a learner's grammar prints as "the strong verbs", plus the prefixed
verbs whose Ding line gives the present for the participle ("bestehen | besteht", "besitzen | besitzt").
"""

from __future__ import annotations

_TABLE = """
besitzen besaß besessen
bestehen bestand bestanden
bersten barst geborsten s
dreschen drosch gedroschen
erlöschen erlosch erloschen s
gären gor gegoren
glimmen glomm geglommen
klimmen klomm geklommen s
kneifen kniff gekniffen
mahlen mahlte gemahlen
melken molk gemolken
quellen quoll gequollen s
rinnen rann geronnen s
salzen salzte gesalzen
saugen sog gesogen
schelten schalt gescholten
scheren schor geschoren
schinden schund geschunden
schleifen schliff geschliffen
sieden sott gesotten
spalten spaltete gespalten
speien spie gespien
sprießen spross gesprossen s
stieben stob gestoben
verdrießen verdross verdrossen
wägen wog gewogen
weben wob gewoben
wringen wrang gewrungen
backen backte gebacken
befehlen befahl befohlen
beginnen begann begonnen
beißen biss gebissen
bergen barg geborgen
betrügen betrog betrogen
biegen bog gebogen
bieten bot geboten
binden band gebunden
bitten bat gebeten
blasen blies geblasen
bleiben blieb geblieben s
braten briet gebraten
brechen brach gebrochen hs
brennen brannte gebrannt
bringen brachte gebracht
denken dachte gedacht
dringen drang gedrungen s
dürfen durfte gedurft
empfehlen empfahl empfohlen
erschrecken erschrak erschrocken s
essen aß gegessen
fahren fuhr gefahren hs
fallen fiel gefallen s
fangen fing gefangen
fechten focht gefochten
finden fand gefunden
flechten flocht geflochten
fliegen flog geflogen hs
fliehen floh geflohen s
fließen floss geflossen s
fressen fraß gefressen
frieren fror gefroren
gebären gebar geboren
geben gab gegeben
gedeihen gedieh gediehen s
gehen ging gegangen s
gelingen gelang gelungen s
gelten galt gegolten
genesen genas genesen s
genießen genoss genossen
geschehen geschah geschehen s
gewinnen gewann gewonnen
gießen goss gegossen
gleichen glich geglichen
gleiten glitt geglitten s
graben grub gegraben
greifen griff gegriffen
haben hatte gehabt
halten hielt gehalten
hängen hing gehangen
hauen hieb gehauen
heben hob gehoben
heißen hieß geheißen
helfen half geholfen
kennen kannte gekannt
klingen klang geklungen
kommen kam gekommen s
können konnte gekonnt
kriechen kroch gekrochen s
laden lud geladen
lassen ließ gelassen
laufen lief gelaufen s
leiden litt gelitten
leihen lieh geliehen
lesen las gelesen
liegen lag gelegen
lügen log gelogen
meiden mied gemieden
messen maß gemessen
misslingen misslang misslungen s
mögen mochte gemocht
müssen musste gemusst
nehmen nahm genommen
nennen nannte genannt
pfeifen pfiff gepfiffen
preisen pries gepriesen
raten riet geraten
reiben rieb gerieben
reißen riss gerissen hs
reiten ritt geritten hs
rennen rannte gerannt s
riechen roch gerochen
ringen rang gerungen
rufen rief gerufen
saufen soff gesoffen
schaffen schuf geschaffen
scheiden schied geschieden hs
scheinen schien geschienen
schieben schob geschoben
schießen schoss geschossen
schlafen schlief geschlafen
schlagen schlug geschlagen
schleichen schlich geschlichen s
schließen schloss geschlossen
schmeißen schmiss geschmissen
schmelzen schmolz geschmolzen s
schneiden schnitt geschnitten
schreiben schrieb geschrieben
schreien schrie geschrien
schreiten schritt geschritten s
schweigen schwieg geschwiegen
schwellen schwoll geschwollen s
schwimmen schwamm geschwommen hs
schwinden schwand geschwunden s
schwingen schwang geschwungen
schwören schwor geschworen
sehen sah gesehen
sein war gewesen s
senden sandte gesandt
singen sang gesungen
sinken sank gesunken s
sinnen sann gesonnen
sitzen saß gesessen
sollen sollte gesollt
spinnen spann gesponnen
sprechen sprach gesprochen
springen sprang gesprungen s
stechen stach gestochen
stehen stand gestanden
stehlen stahl gestohlen
steigen stieg gestiegen s
sterben starb gestorben s
stinken stank gestunken
stoßen stieß gestoßen hs
streichen strich gestrichen
streiten stritt gestritten
tragen trug getragen
treffen traf getroffen
treiben trieb getrieben
treten trat getreten hs
trinken trank getrunken
trügen trog getrogen
tun tat getan
verderben verdarb verdorben
vergessen vergaß vergessen
verlieren verlor verloren
verzeihen verzieh verziehen
wachsen wuchs gewachsen s
waschen wusch gewaschen
weichen wich gewichen s
weisen wies gewiesen
wenden wandte gewandt
werben warb geworben
werden wurde geworden s
werfen warf geworfen
wiegen wog gewogen
winden wand gewunden
wissen wusste gewusst
wollen wollte gewollt
ziehen zog gezogen hs
zwingen zwang gezwungen
"""

# infinitive -> (präteritum, partizip II, perfekt auxiliaries "h", "s" or "hs")
STRONG_VERBS: dict[str, tuple[str, str, str]] = {
    fields[0]: (fields[1], fields[2], fields[3] if len(fields) > 3 else "h")
    for fields in (line.split() for line in _TABLE.strip().splitlines())
}

# English past participles of the auxiliaries, which Ding lists under idioms ("would" for werden).
ENGLISH_PARTICIPLES: dict[str, str] = {"werden": "become", "sein": "been", "haben": "had"}

# Präteritum forms whose 1st/3rd person singular has no -e but whose Konjunktiv II has one and an
# umlaut ("kam" → "käme"); the plain past plural ("gingen", "blieben") equals the Konjunktiv II plural
# where there is no umlaut, so only an umlaut or the -e of a singular without one marks the mood.
IRREGULAR_KONJUNKTIV_II: frozenset[str] = frozenset(
    """wäre wären wärst wärest wäret hätte hätten hättest hättet würde würden würdest würdet
    könnte könnten könntest müsste müssten müßte müßten dürfte dürften möchte möchten
    bräuchte bräuchten wüsste wüssten brächte brächten dächte dächten""".split()
)

# Präteritum singulars whose verb has a second Konjunktiv II with another vowel, beside the umlaut of the
# Präteritum ("stand": stände and stünde; "half": hälfe and hülfe); news writes "bestünde", "stürbe".
# A prefixed verb's Präteritum ends in its base's ("bestand", "verstand", "entwarf"), and so does the stem.
SECOND_KONJUNKTIV_II_STEMS: dict[str, str] = {
    "stand": "stünd", "half": "hülf", "starb": "stürb", "warf": "würf", "warb": "würb", "darb": "dürb",
    "begann": "begönn", "gewann": "gewönn", "schwamm": "schwömm", "sann": "sönn", "spann": "spönn",
    "befahl": "beföhl", "empfahl": "empföhl", "stahl": "stöhl", "galt": "gölt", "schalt": "schölt",
}

# The present singular of the preterite-present verbs has a stem of its own ("ich/er weiß", "du weißt",
# "du kannst"), which simplemma may give to another verb ("weißt": weißen, to whitewash).
_PRETERITE_PRESENT_STEMS = {
    "weiß": "wissen", "kann": "können", "darf": "dürfen", "mag": "mögen", "muss": "müssen", "muß": "müssen",
    "soll": "sollen", "will": "wollen",
}
PRETERITE_PRESENT_SINGULAR: dict[str, str] = {
    **_PRETERITE_PRESENT_STEMS,
    **{stem + ("t" if stem.endswith(("s", "ß")) else "st"): verb for stem, verb in _PRETERITE_PRESENT_STEMS.items()},
}
