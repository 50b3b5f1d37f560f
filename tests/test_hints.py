"""Grammar hints on news German written for these tests: every hint type, asserted by its key phrase.

Each case names a sentence, a word in it and a phrase its hints must contain
(lower case, so wording polish does not break the test); a case fails when the
hint is missing or says something else. The wrong readings a learner could be
told are asserted absent where it matters ("probably" on a case the grammar
decides, Konjunktiv on an indicative).
"""

from __future__ import annotations

import functools

import pytest

from reader.nlp import analyze
from reader.nlp.hints.compounds import split_surface


@functools.cache
def _analysis(sentence: str):
    return analyze(sentence)


def hints_of(sentence: str, word: str, nth: int = 0) -> str:
    """All hints of the `nth` token spelled `word`, joined and lower-cased."""
    tokens = [t for t in _analysis(sentence).tokens if t.text == word]
    assert len(tokens) > nth, f"{word!r} not in {sentence!r}"
    return " | ".join(tokens[nth].hints).lower()


def check(sentence: str, word: str, *phrases: str, absent: tuple[str, ...] = (), nth: int = 0) -> None:
    got = hints_of(sentence, word, nth)
    for phrase in phrases:
        assert phrase.lower() in got, f"{word!r} in {sentence!r}: expected {phrase!r}, got {got!r}"
    for phrase in absent:
        assert phrase.lower() not in got, f"{word!r} in {sentence!r}: did not expect {phrase!r}, got {got!r}"


# (sentence, word, expected key phrases)
PREPOSITIONS = [
    # a noun in -ende that the dictionary declines as nouns do is no participle made a noun ("der Vorsitzende")
    ("Er kam am Wochenende nach Hause.", "Wochenende", ["dative singular, neuter (das Wochenende)"]),
    ("Die Preise stiegen zum Jahresende.", "Jahresende", ["dative singular, neuter"]),
    # a preposition the parser hung on the verb, its noun (past adjectives split by a comma) the verb's object
    ("Der Staat muss für alte, arme Menschen bezahlen.", "Menschen", ["accusative after für"]),
    # a neuter noun spelt as an adjective's strong masculine is that noun: das Alter (age), no "Alter" (old man)
    ("Was man im Alter bekommt, ist wenig.", "Alter", ["dative singular, neuter (das Alter)"]),
    # a phrase joined to a prepositional object with the same preposition is governed by the same verb
    ("Israel grenzt an den Libanon sowie an den Gazastreifen.", "Gazastreifen", ["accusative"]),
    # an undeclined adjective listed as a dative preposition, before a dative phrase, is that preposition
    ("Der Staat ist gemäß eigenem Selbstverständnis ein Nationalstaat.", "Selbstverständnis", ["dative after gemäß"]),
    # a preposition that is also a noun opens the sentence before its phrase
    ("Gegenüber Dezember letzten Jahres gibt es 400.000 Arbeitslose mehr.", "Dezember", ["dative after gegenüber"]),
    # "zu" before an adjective and its noun is the preposition, not the degree particle or the infinitive's
    ("Das Material wird zu militärischen Zwecken genutzt.", "zu", ["preposition zu", "dative"]),
    ("Die Kanzlerin sprach am Montag mit dem Präsidenten.", "Präsidenten", ["dative after mit", "singular"]),
    ("Der Minister reiste mit seinen Beratern nach Paris.", "Beratern", ["dative after mit", "dative plural"]),
    ("Die Hilfe kommt von der Europäischen Union.", "Union", ["dative after von", "feminine"]),
    ("Das Treffen fand bei dem Botschafter statt.", "Botschafter", ["dative after bei"]),
    ("Seit dem Krieg sind die Preise gestiegen.", "Krieg", ["dative after seit"]),
    ("Die Soldaten kehrten aus dem Einsatz zurück.", "Einsatz", ["dative after aus"]),
    ("Die Delegation fuhr zur Konferenz.", "Konferenz", ["dative after zur (= zu der)"]),
    ("Der Präsident kam zum Gipfel.", "Gipfel", ["dative after zum (= zu dem)"]),
    ("Die Regierung stimmte für den Vorschlag.", "Vorschlag", ["accusative after für", "masculine"]),
    ("Tausende protestierten gegen die neue Regierung.", "Regierung", ["accusative after gegen"]),
    ("Die Verhandlungen endeten ohne einen Kompromiss.", "Kompromiss", ["accusative after ohne"]),
    ("Der Zug fuhr durch den Tunnel.", "Tunnel", ["accusative after durch"]),
    ("Wegen des Sturms fielen viele Flüge aus.", "Sturms", ["genitive after wegen", "genitive singular"]),
    ("Trotz des Verbots demonstrierten viele Menschen.", "Verbots", ["genitive after trotz"]),
    ("Während der Sitzung verließ der Minister den Saal.", "Sitzung", ["genitive after während"]),
    ("Aufgrund der Kälte blieben die Schulen geschlossen.", "Kälte", ["genitive after aufgrund"]),
    ("Die Gespräche fanden in der Hauptstadt statt.", "Hauptstadt", ["dative after in", "location"]),
    ("Russische Truppen marschierten in die Ukraine ein.", "Ukraine", ["accusative after in", "direction"]),
    ("Die Ministerin legte den Bericht auf den Tisch.", "Tisch", ["accusative after auf", "direction"]),
    ("Der Bericht liegt auf dem Tisch.", "Tisch", ["dative after auf", "location"]),
    ("Im Parlament gab es eine lange Debatte.", "Parlament", ["dative after im (= in dem)"]),
    ("Am Freitag sagte der Kanzler seine Reise ab.", "Freitag", ["dative after am (= an dem)"]),
]

ROLES = [
    # a phrase with no verb before a colon names what follows: nominative, no member of the next clause
    ("Viele Staaten halten am Embargo fest. Nicht so Bundeskanzler Gerhard Schröder (SPD): Er strebt eine Aufhebung an.",
     "Bundeskanzler", ["nominative", "before the colon"]),
    # a comma between two adjectives does not part a phrase from its verb, nor the article from its noun
    ("Man war der Ansicht, dass China eine aggressive, militärisch unterstützte Außenpolitik machen würde.", "China",
     ["nominative", "subject of machen"]),
    ("Viele meinten, dass Russland eine harte, politisch motivierte Außenpolitik machen würde.", "Russland",
     ["nominative", "subject of machen"]),
    ("Viele meinten, dass Russland eine harte, politisch motivierte Außenpolitik machen würde.", "Außenpolitik",
     ["accusative", "direct object of machen"]),
    # a relative pronoun taken for an article is the subject; of two objects then, one is the dative
    ("Aufgrund des neuen Gesetzes, das China kriegerische Mittel gegen Regionen erlaubt, halten viele Staaten fest.",
     "das", ["nominative", "subject of erlauben"]),
    ("Aufgrund des neuen Gesetzes, das China kriegerische Mittel gegen Regionen erlaubt, halten viele Staaten fest.",
     "China", ["dative", "indirect object of erlauben"]),
    ("Kritiker bemängeln ein Abkommen, das Moskau weitreichende Rechte erlaubt.", "Moskau", ["dative"]),
    # no verb but a few ("kosten", "lehren") has two accusative objects
    ("Ein Vertrag, der Europa neue Märkte öffnet, wurde unterzeichnet.", "Europa", ["dative", "object of öffnen"]),
    ("Ein Vertrag, der Europa neue Märkte öffnet, wurde unterzeichnet.", "Märkte", ["accusative", "direct object of öffnen"]),
    ("Der Umbau kostet die Stadt viel Geld.", "Stadt", ["accusative", "direct object of kosten"]),
    ("Er besuchte Paris jeden Sommer.", "Paris", ["accusative", "direct object of besuchen"]),
    # a capital article inside a sentence opens a title, cited in the nominative, no member of the clause
    ("In der Zeitung Die Zeit sagte der Kanzler, dass er zufrieden sei.", "Zeit", ["nominative"]),
    ("Er las im Magazin Der Spiegel einen Artikel.", "Spiegel", ["nominative singular"]),
    ("Das Magazin Der Spiegel berichtete darüber.", "Magazin", ["nominative", "subject of berichten"]),
    # a bare name right after a noun of the clause renames it; a plural noun is no part of a name
    ("Bei der Wahl erlitten die großen Volksparteien CDU, CSU und SPD Verluste.", "CDU", ["nominative", "renames"]),
    ("Bei der Wahl erlitten die großen Volksparteien CDU, CSU und SPD Verluste.", "Verluste",
     ["accusative", "direct object of erleiden"]),
    # a word joined by a hyphen to the next is its first part, no preposition ("pro-aserbaidschanisch")
    ("Sie erhielt Geld einer pro-aserbaidschanischen Lobbygruppe.", "Lobbygruppe", ["genitive singular"]),
    # an "als" phrase describing the subject takes the number the finite verb shows
    ("Im Ausschuss stimmte sie als einzige Abgeordnete gegen den Antrag.", "Abgeordnete", ["nominative singular"]),
    ("Im Ausschuss stimmten sie als einzige Abgeordnete gegen den Antrag.", "Abgeordnete", ["nominative plural"]),
    # a number with a thousands point counts a plural noun
    ("Gegenüber Dezember letzten Jahres gibt es rund 400.000 Arbeitslose mehr.", "Arbeitslose", ["plural"]),
    # a noun of time beside a verb that takes no accusative and has no other subject is the subject
    ("Seitdem sind fast 16 Jahre vergangen.", "Jahre", ["nominative", "subject of vergehen"]),
    ("Er ist drei Jahre in Berlin geblieben.", "Jahre", ["accusative of time"]),
    # "der Ansicht sein" after a pronoun subject, which takes no genitive attribute
    ("Weil man der Ansicht war, dass das Embargo falsch ist, handelte er.", "Ansicht", ["genitive with sein"]),
    # with lassen and its bare infinitive the subject is lassen's: he lets it be done to him
    ("Der Kanzler will sich nicht von einem Beschluss des Bundestages abhalten lassen.", "Kanzler", ["subject of lassen"]),
    ("Dabei will sich der Bundeskanzler nicht von einem Beschluss des Bundestags abhalten lassen.", "Bundeskanzler",
     ["subject of lassen"]),
    # the subject of the participle the parser left under an adjective ("endgültig verloren")
    ("Die Koalition hat ihre knappe Mehrheit endgültig verloren.", "Koalition", ["nominative", "subject of verlieren"]),
    # a noun of time placed by "vergangenen", "jeden" is an adverbial accusative; the subject comes later
    ("Vergangenen Freitag fand in der Hauptstadt ein Treffen statt.", "Freitag", ["accusative of time"]),
    ("Vergangenen Freitag fand in der Hauptstadt ein Treffen statt.", "Treffen", ["nominative", "subject of stattfinden"]),
    ("Jeden Tag kommen neue Flüchtlinge in die Stadt.", "Tag", ["accusative of time"]),
    # also where the lemmatiser gives the adjective another lemma ("letzter", "nah" for "nächste");
    # "das nächste Mal" with its article too, unless it is the subject of a predicate
    ("Letztes Jahr stieg die Zahl der Arbeitslosen.", "Jahr", ["accusative of time"]),
    ("Letztes Jahr stieg die Zahl der Arbeitslosen.", "Zahl", ["nominative", "subject of steigen"]),
    ("Sie waren zufrieden und wollen das nächste Mal wieder dabei sein.", "Mal", ["accusative of time"]),
    ("Das letzte Mal war anders.", "Mal", ["nominative"]),
    ("Unsere Gäste waren zufrieden und wollen das nächste Mal beim Kochkurs dabei sein.", "Mal", ["accusative of time"]),
    # a participle between commas after its noun describes it; the noun is the subject of the clause around
    ("Die Terrormiliz, auch IS genannt, kontrolliert die Stadt.", "Terrormiliz", ["nominative", "subject of kontrollieren"]),
    ("Die Terrormiliz, auch IS genannt, kontrolliert die Stadt.", "Stadt", ["accusative", "direct object of kontrollieren"]),
    # a full name after a body's name renames the person at its head, past the body
    ("Das seien keine Alternativen, betonte der Vorsitzende der Jüdischen Gemeinde zu Berlin, Jerzy Kanal.", "Jerzy",
     ["nominative"]),
    # a phrase compared with "wie" between the copula and the predicate is no predicate itself
    ("Bakterien sind wie die Archaeen Prokaryoten.", "Prokaryoten", ["nominative", "predicate noun after sein"]),
    ("Der Minister ist wie sein Vorgänger ein Anhänger der Reform.", "Anhänger", ["predicate noun after sein"]),
    # a change to a new amount takes "auf" with the accusative; the unit after "Milliarden" is what they count
    ("Der Umsatz werde um acht Prozent auf 53 Milliarden Mark klettern.", "Milliarden", ["accusative", "klettern auf"]),
    ("Der Umsatz werde um acht Prozent auf 53 Milliarden Mark klettern.", "Mark", ["accusative", "the unit it counts"]),
    # "es" first in its clause, before the finite verb, is no object (an object "es" never stands there)
    ("Es stand lange unter britischer Herrschaft.", "Es", ["nominative"]),
    ("Es stand in der Zeitung.", "Es", ["nominative"]),
    # a full name in the genitive before its noun's adjectives: the noun is the subject, not the first name
    ("Kästner schrieb viel. Erich Kästners publizistische Karriere begann früh.", "Karriere",
     ["nominative", "subject of beginnen"]),
    ("Kästner schrieb viel. Erich Kästners publizistische Karriere begann früh.", "Kästners", ["genitive"]),
    # a place's genitive is shown with the place's own name; a name in -s joined to a genitive name is one too
    ("Baseball genießt in Teilen Lateinamerikas und Ostasiens große Popularität.", "Lateinamerikas", ["(das Lateinamerika)"]),
    ("Baseball genießt in Teilen Lateinamerikas und Ostasiens große Popularität.", "Ostasiens", ["genitive"]),
    # a list of adjectives after a preposition's determiner, the first taken for the verb of a passive
    ("Die Bezeichnung wurde früher für alle mikroskopisch kleinen, meistens einzelligen Organismen gebraucht.", "Organismen",
     ["accusative plural", "after für"]),
    ("Die Bezeichnung wurde früher für alle mikroskopisch kleinen, meistens einzelligen Organismen gebraucht.", "wurde",
     ["Präteritum, werden-passive"]),
    # also where the parser made the determiner a phrase of its own and the passive's subject an object
    ("Bis gegen Ende des vorigen Jahrhunderts wurde die Bezeichnung in der Mikrobiologie für alle mikroskopisch kleinen, "
     "meistens einzelligen Organismen gebraucht, die keinen echten Zellkern besitzen.", "Bezeichnung",
     ["nominative", "subject of the passive"]),
    # an infinitive made a noun after a neuter singular article, not a masculine noun's plural
    ("Das Wort entstand durch das Anhängen des Suffixes an den Wortstamm.", "Anhängen", ["(das Anhängen)"]),
    # a quantifier before adjectives and a plural noun is its determiner, not the subject
    ("Beide zuletzt genannten Varietäten verursachen die gleichen Symptome.", "Varietäten",
     ["nominative plural", "subject of verursachen"]),
    # a compound the dictionary lacks has the gender of the longest noun it ends in (die Säure)
    ("Die Giftwirkung wird auf die Wirkung der Ibotensäure zurückgeführt.", "Ibotensäure", ["genitive singular, feminine"]),
    # an adverb the parser hung on the preposition before it is its object: the noun after is no longer bis's
    ("Dem Begriff liegen bis heute universelle Modelle zu Grunde.", "Modelle", ["nominative plural"]),
    # so is one the parser hung on the noun after it
    ("Über sein Geburtsdatum herrscht bis heute Unklarheit.", "Unklarheit", ["nominative singular"]),
    # "ebenso als" is "also as": an als phrase in a passive has the subject's case
    ("Der Pilz wird als Art anerkannt, aber ebenso als Varietät des Fliegenpilzes geführt.", "Varietät", ["nominative"]),
    # a genitive after "einer", "zwei": the group they are part of; a number heading a noun is no compound part
    ("Einer der Verteidiger sagte, die Prüfer seien unfähig.", "Verteidiger", ["genitive plural", "the group einer is part of"]),
    ("Zwei der Opfer starben im Krankenhaus.", "Opfer", ["genitive plural", "the group zwei is part of"]),
    # the subject of a copula before "und" and a second clause stays the copula's, in the nominative
    ("Die Vorschläge sind unannehmbar und wir lehnen sie ab.", "Vorschläge", ["nominative", "subject of sein"]),
    ("Entweder sind die Prüfer unfähig oder sie halten uns für dumm.", "sie", ["nominative", "subject of halten"]),
    ("Der Kanzler besucht heute die Hauptstadt.", "Kanzler", ["nominative", "subject of besuchen"]),
    ("Die Polizei hat den Verdächtigen festgenommen.", "Verdächtigen", ["accusative: direct object of festnehmen"]),
    ("Die Regierung gab den Bürgern mehr Geld.", "Bürgern", ["dative"]),
    ("Die Polizei nahm den Mann am Abend fest.", "Mann", ["accusative", "direct object of festnehmen"]),
    ("Die Sprecherin der Regierung äußerte sich nicht.", "Regierung", ["genitive", "belongs to sprecherin"]),
    ("Der Chef des Unternehmens trat zurück.", "Unternehmens", ["genitive singular", "belongs to chef"]),
    ("Der Präsident, ein erfahrener Politiker, sprach lange.", "Politiker", ["same case as präsident", "apposition"]),
    ("Er gab dem Journalisten ein Interview.", "Interview", ["accusative"]),
]

AGREEMENT = [
    ("Der neue Präsident hielt eine Rede.", "Der", ["article of präsident", "nominative singular, masculine"]),
    ("Der neue Präsident hielt eine Rede.", "neue", ["adjective agreeing with präsident", "weak declension"]),
    ("Die Minister sprachen mit den betroffenen Ländern.", "betroffenen", ["dative plural", "weak declension"]),
    ("Ein großer Teil der Bevölkerung ist arm.", "großer", ["nominative singular, masculine", "mixed declension"]),
    ("Die Regierung plant neue Gesetze.", "neue", ["accusative plural", "strong declension"]),
    ("Die Firma gehört einem reichen Investor.", "einem", ["dative singular, masculine"]),
]

VERBS = [
    ("Die Regierung erhöht die Steuern.", "erhöht", ["präsens"]),
    ("Der Minister sagte am Montag nichts.", "sagte", ["präteritum"]),
    ("Die Regierung hat neue Regeln beschlossen.", "hat", ["perfekt with haben"]),
    ("Die Regierung hat neue Regeln beschlossen.", "beschlossen", ["perfekt with haben"]),
    ("Der Präsident ist nach Berlin gereist.", "ist", ["perfekt with sein"]),
    ("Die Zahl der Fälle ist stark gestiegen.", "gestiegen", ["perfekt with sein"]),
    ("Die Polizei hatte den Mann bereits gewarnt.", "hatte", ["plusquamperfekt with haben"]),
    ("Die Kanzlerin wird morgen nach Paris reisen.", "wird", ["futur i"]),
    ("Der Minister sagte, er sei überzeugt.", "sei", ["konjunktiv i", "reported speech"]),
    ("Die Sprecherin sagte, die Regierung habe alles getan.", "habe", ["konjunktiv i", "reported speech"]),
    ("Ohne die Hilfe wäre die Firma längst pleite.", "wäre", ["konjunktiv ii", "hypothetical"]),
    ("Die Opposition würde das Gesetz ablehnen.", "würde", ["konjunktiv ii", "würde + infinitive"]),
    ("Mit mehr Geld hätte die Stadt neue Schulen gebaut.", "hätte", ["konjunktiv ii"]),
    ("Das Gesetz wurde im Parlament beschlossen.", "wurde", ["werden-passive", "präteritum"]),
    ("Die Brücke wird im nächsten Jahr gebaut.", "gebaut", ["werden-passive", "präsens"]),
    ("Der Täter ist festgenommen worden.", "festgenommen", ["werden-passive", "perfekt"]),
    ("Das Museum ist seit Montag geschlossen.", "geschlossen", ["sein-passive", "state passive"]),
    ("Die Regierung muss die Steuern senken.", "muss", ["modal verb müssen + infinitive"]),
    ("Die Bürger können ab Montag wählen.", "wählen", ["modal verb können + infinitive"]),
    ("Die Regierung kündigte neue Hilfen an.", "kündigte", ["separable verb: an|kündigen", "kündigte … an"]),
    ("Die Regierung kündigte neue Hilfen an.", "an", ["separable verb: an|kündigen"]),
    ("Die Minister kamen überein, enger zusammenzuarbeiten.", "kamen", ["separable verb: überein|kommen"]),
    ("Der Konzern versucht, Stellen abzubauen.", "abzubauen", ["separable verb ab|bauen", "zu goes between"]),
    ("Die Parteien haben sich auf einen Kompromiss geeinigt.", "geeinigt", ["reflexive verb: sich einigen"]),
    ("Der Minister freut sich über den Erfolg.", "freut", ["reflexive verb: sich freuen"]),
    ("Die Regierung versucht, die Krise zu beenden.", "beenden", ["zu-infinitive", "versuchen"]),
    ("Die Stadt baut Wohnungen, um die Mieten zu senken.", "senken", ["um … zu", "in order to"]),
]

CLAUSES = [
    ("Der Minister sagte, dass die Lage ernst sei.", "dass", ["subordinate clause", "goes to the end"]),
    ("Der Minister sagte, dass die Lage ernst sei.", "sei", ["subordinate clause with dass"]),
    ("Es ist unklar, ob die Wahl stattfindet.", "stattfindet", ["subordinate clause with ob"]),
    ("Die Schulen bleiben geschlossen, weil das Virus sich ausbreitet.", "ausbreitet", ["subordinate clause with weil"]),
    ("Wenn die Preise steigen, leiden die Armen.", "steigen", ["subordinate clause with wenn"]),
    ("Obwohl es regnete, kamen viele Menschen.", "regnete", ["subordinate clause with obwohl"]),
    ("Nachdem die Wahl vorbei war, begannen die Gespräche.", "war", ["subordinate clause with nachdem"]),
    ("Der Politiker, der die Wahl gewonnen hat, sprach am Abend.", "hat", ["relative clause about politiker"]),
    ("Die Stadt, die viele Touristen besuchen, ist teuer.", "besuchen", ["relative clause about stadt"]),
    ("Die Regierung beschloss am Montag ein neues Gesetz.", "beschloss", ["main clause", "second place"]),
    ("Am Montag beschloss die Regierung ein neues Gesetz.", "beschloss", ["second place", "subject regierung follows the verb"]),
    ("Heute trifft der Kanzler den Präsidenten.", "trifft", ["verb second", "subject kanzler follows the verb"]),
    # a fronted "als" phrase with the finite verb right after it, which goes on: no clause "when …"
    ("Als wichtige Kennzeichen der Epoche gelten die Toleranz und die Vernunft.", "gelten", ["main clause", "verb second"]),
    ("Als Kind spielte er oft im Garten.", "spielte", ["main clause", "verb second"]),
    # a fronted list after "als" is one phrase, whatever word the parser headed it by
    ("Als kritischer, politisch engagierter Journalist, Essayist und Satiriker war Heine gefürchtet.", "war",
     ["main clause", "verb second"]),
    ("Als die Polizei am Tatort eintraf, war niemand da.", "eintraf", ["subordinate clause with als"]),
    ("Als die Polizei eintraf und die Tür öffnete, war niemand da.", "eintraf", ["subordinate clause with als"]),
    # after a comparative the clause "als" opens compares
    ("Die Lage ist ernster, als viele glauben.", "glauben", ["subordinate clause with als ('than')"]),
]

COMPOUNDS = [
    ("Die Sicherheitskonferenz beginnt am Freitag.", "Sicherheitskonferenz", ["sicherheits|konferenz", "conference"]),
    ("Die Klimaschutzkonferenz dauerte lange.", "Klimaschutzkonferenz", ["compound", "konferenz", "conference"]),
    ("Das Klimaschutzgesetz wurde verabschiedet.", "Klimaschutzgesetz", ["compound", "gesetz"]),
]

ALL = [
    *(("preposition", *c) for c in PREPOSITIONS),
    *(("role", *c) for c in ROLES),
    *(("agreement", *c) for c in AGREEMENT),
    *(("verb", *c) for c in VERBS),
    *(("clause", *c) for c in CLAUSES),
    *(("compound", *c) for c in COMPOUNDS),
]


@pytest.mark.parametrize(("kind", "sentence", "word", "phrases"), ALL, ids=[f"{c[0]}-{c[2]}-{i}" for i, c in enumerate(ALL)])
def test_hint(kind: str, sentence: str, word: str, phrases: list[str]) -> None:
    check(sentence, word, *phrases)


def test_the_name_a_naming_participle_gives_is_no_subject() -> None:
    """"Der Islamische Staat, auch Daesh genannt, …": Daesh is what it is called, not who calls."""
    check("Der Islamische Staat, auch Daesh genannt, verübte den Anschlag.", "Daesh", absent=("subject",))


def test_ueber_before_a_number_is_no_preposition_deciding_the_case() -> None:
    """"von über 10 Milliarden": "über" is more than; "von" decides the dative."""
    check("Der Umsatz von über 10 Milliarden Dollar ist hoch.", "von", "always takes the dative", absent=("another preposition",))


def test_a_number_heading_a_noun_is_no_first_part_of_a_compound() -> None:
    check("Zwei der Opfer starben im Krankenhaus.", "Zwei", absent=("compound",))


def test_a_hyphenated_first_part_is_no_preposition() -> None:
    check("Sie hat ein pro-aserbaidschanisches Verhalten gezeigt.", "pro", absent=("preposition",))
    check("Sie hat ein pro-aserbaidschanisches Verhalten gezeigt.", "Verhalten", "direct object of zeigen", absent=("after pro",))
    check("Die Preise stiegen pro Jahr um fünf Prozent.", "Jahr", "accusative after pro")


def test_a_zu_infinitive_of_a_perfect_is_no_modal_haben() -> None:
    """"beschuldigte sie, Geld erhalten zu haben": of having received, not "has to receive"."""
    check("Man beschuldigte sie, Geld von einer Lobbygruppe erhalten zu haben.", "erhalten", "zu-infinitive",
          absent=("must be done",))
    check("Er hat die Rechnung bis Montag zu zahlen.", "zahlen", "must be done")


def test_a_title_after_its_noun_is_no_member_of_the_clause() -> None:
    check("In der Zeitung Die Zeit sagte der Kanzler, dass er zufrieden sei.", "Zeit", absent=("object of sagen",))
    check("Er las im Magazin Der Spiegel einen Artikel.", "Der", absent=("genitive",))


def test_at_least_sixty_sentences() -> None:
    assert len({case[1] for case in ALL}) >= 60


def test_a_case_the_article_decides_is_stated_without_probably() -> None:
    check("Die Kanzlerin sprach am Montag mit dem Präsidenten.", "Präsidenten", "dative", absent=("probably",))
    check("Wegen des Sturms fielen viele Flüge aus.", "Sturms", "genitive", absent=("probably",))


def test_indicative_is_not_called_konjunktiv() -> None:
    check("Die Regierung erhöht die Steuern.", "erhöht", "präsens", absent=("konjunktiv",))
    check("Der Minister sagte am Montag nichts.", "sagte", "präteritum", absent=("konjunktiv",))
    check("Ich habe das Buch gelesen.", "habe", "perfekt", absent=("konjunktiv",))


def test_perfekt_with_sein_is_not_called_passive() -> None:
    check("Der Präsident ist nach Berlin gereist.", "gereist", "perfekt with sein", absent=("passive",))


def test_no_reason_is_claimed_against_the_preposition() -> None:
    # "in die Ukraine" is accusative: the hint must not say dative.
    check("Russische Truppen marschierten in die Ukraine ein.", "Ukraine", absent=("dative after",))


def test_the_morph_carries_the_corrected_case() -> None:
    tokens = {t.text: t for t in _analysis("Die Hilfe kommt von der Europäischen Union.").tokens}
    assert "Case=Dat" in tokens["Union"].morph
    assert "Case=Dat" in tokens["der"].morph
    assert "Gender=Fem" in tokens["Union"].morph


def test_split_surface_keeps_the_linking_s() -> None:
    assert split_surface("Sicherheitskonferenz", ["Sicherheit", "Konferenz"]) == "Sicherheits|konferenz"
    assert split_surface("NATO-Generalsekretär", ["NATO", "Generalsekretär"]) == "NATO|Generalsekretär"


def test_prepositions_say_which_case_they_take() -> None:
    check("Die Kanzlerin sprach am Montag mit dem Präsidenten.", "mit", "always takes the dative")
    check("Wegen des Sturms fielen viele Flüge aus.", "Wegen", "takes the genitive")
    check("Die Gespräche fanden in der Hauptstadt statt.", "in", "two-way preposition", "here dative")
    check("Die Delegation fuhr zur Konferenz.", "zur", "zur = zu + der")


PRONOUNS = [
    ("Die Regierung lobte ihn am Montag.", "ihn", ["accusative singular, masculine", "direct object of loben"]),
    ("Der Minister gab ihr das Dokument.", "ihr", ["dative singular, feminine"]),
    ("Er sprach lange mit ihnen.", "ihnen", ["dative plural", "dative after mit"]),
    ("Wir fordern mehr Geld für die Schulen.", "Wir", ["nominative plural, 1st person", "subject of fordern"]),
    ("Der Politiker, der die Wahl gewonnen hat, sprach am Abend.", "der", ["relative pronoun", "refers back to politiker"]),
]


@pytest.mark.parametrize(("sentence", "word", "phrases"), PRONOUNS, ids=[c[1] for c in PRONOUNS])
def test_pronoun_hint(sentence: str, word: str, phrases: list[str]) -> None:
    check(sentence, word, *phrases)


def test_derselbe_has_its_article_inside() -> None:
    """"in dieselbe Richtung": no adjective without an article; "die" is written into the word."""
    hint = hints_of("Beide Boote fuhren in dieselbe Richtung.", "dieselbe")
    assert "strong declension" not in hint and "die + selbe" in hint


def test_a_distance_beside_a_verb_without_object_is_how_far() -> None:
    """"Der Weg geht dann zehn Kilometer durch den Wald": the distance, no direct object of "gehen"."""
    hint = hints_of("Der Weg geht dann zehn Kilometer durch den Wald.", "Kilometer")
    assert "direct object" not in hint and "how far" in hint


def test_a_noun_with_ein_before_lang_is_how_long() -> None:
    """"ein ganzes Jahr lang warten", "ein Leben lang": an accusative of time, no object; "ein Haus groß
    bauen" keeps its object."""
    assert "direct object" not in hints_of("Die Kinder mussten ein Leben lang mit der Krankheit leben.", "Leben")
    assert "direct object" in hints_of("Er hat ein Haus groß gebaut.", "Haus")


def test_a_relative_pronoun_after_the_verb_of_its_noun_has_the_nouns_gender() -> None:
    """"einen Beruf zu finden, mit dem man …": the relative clause stands after "finden", and "dem" is
    the job's, masculine (not neuter)."""
    hint = hints_of("Es ist schwer, einen Beruf zu finden, mit dem man genug Geld verdient.", "dem")
    assert "masculine" in hint and "neuter" not in hint


def test_a_plural_shows_no_gender_the_lexicon_does_not_give_its_singular() -> None:
    """"unter defizitären Kommunalfinanzen": "Finanzen" has no singular, so no "masculine" guessed by the
    model; "Flächen" keeps its singular's "feminine noun (die Fläche)"."""
    assert "masculine" not in hints_of("Die Gemeinde leidet unter hohen Kommunalfinanzen.", "Kommunalfinanzen")
    assert "feminine" in hints_of("Die Flächen sind sehr groß.", "Flächen")


def test_es_before_a_plural_sein_is_a_placeholder_for_the_subject_after_it() -> None:
    """"Bis zur Grenze sind es zwölf Kilometer": the verb is plural, so the kilometres are the subject and
    "es" only holds its place; "Es ist ein schöner Tag" keeps its predicate."""
    text = "Vom Bahnhof bis zur Grenze sind es zwölf Kilometer."
    assert "placeholder" in hints_of(text, "es")
    assert "subject" in hints_of(text, "Kilometer") and "predicate" not in hints_of(text, "Kilometer")
    assert "predicate noun" in hints_of("Es ist ein schöner Tag.", "Tag")


def test_a_noun_in_er_declined_as_nouns_are_is_no_adjective_made_noun() -> None:
    """"Mauern" is the plural of "die Mauer", not of an adjectival "der/die Maue" (from the rare "mau");
    "die Abgeordneten" stay "der/die Abgeordnete"."""
    check("Außerdem gibt es Mauern und Gräben.", "Mauern", "plural", absent=("maue",))
    check("Die Abgeordneten stimmten zu.", "Abgeordneten", "der/die Abgeordnete")


def test_the_word_of_a_fixed_adverb_is_no_article_of_the_adjective_after_it() -> None:
    """"Vor allem arme Kinder und Kinder auf dem Land …": "allem" belongs to "vor allem" (above all); "arme"
    has the strong ending of a phrase with no article."""
    sentence = "Vor allem arme Kinder und Kinder auf dem Land können in vielen Ländern keine Schule besuchen."
    check(sentence, "arme", "strong declension", absent=("after allem",))


def test_the_plural_in_s_of_a_noun_in_a_vowel_is_plural() -> None:
    """"Eskimo" lists its plural unchanged ("die Eskimo"); "Eskimos" is its plural too, not only its genitive
    singular: "aller Eskimos" genitive plural, "von Eskimos" dative plural, "des Eskimos" still singular."""
    check("Die Sprachen aller Eskimos ähneln sich.", "Eskimos", "genitive plural", absent=("feminine",))
    check("Man erzählt Geschichten von Eskimos.", "Eskimos", "dative plural")
    check("Das Zelt des Eskimos war warm.", "Eskimos", "genitive singular")


def test_the_noun_of_an_action_with_no_plural_is_singular_and_the_subject() -> None:
    """"Zeichnen bedeutet, dass …": a verb's noun the lexicon lists without a plural ("das Zeichnen") is
    singular, so it agrees with "bedeutet" and is its subject, no accusative plural."""
    sentence = "Zeichnen bedeutet, dass man mit einem Stift Linien auf Papier zieht."
    check(sentence, "Zeichnen", "nominative singular", "subject of bedeuten", absent=("plural",))


def test_a_modal_verb_governs_the_infinitive_that_closes_its_clause() -> None:
    """"Träumen kann also bewusst oder unbewusst passieren": the modal's infinitive is "passieren", the verb
    the clause ends in, not the adverb "bewusst" the parser hung it on."""
    sentence = "Träumen kann also bewusst oder unbewusst passieren."
    check(sentence, "kann", "kann … passieren", absent=("kann … bewusst",))


def test_a_capitalised_infinitive_before_a_modal_whose_clause_ends_in_another_is_its_subject() -> None:
    """"Denken kann also bewusst oder unbewusst stattfinden" with "Denken" tagged the verb: the clause ends in
    its own infinitive, so the capitalised one opening it is the noun (thinking), the subject."""
    text = "Denken bedeutet, dass ein Mensch seinen Verstand verwenden kann. Denken kann also bewusst oder unbewusst stattfinden."
    check(text, "Denken", "nominative singular", "subject of stattfinden", nth=1)
    check(text, "kann", "kann … stattfinden", nth=1)


def test_a_name_the_lexicon_lists_with_a_gender_and_no_plural_is_singular_one_with_neither_plural() -> None:
    """"in die Havel" (die Havel, feminine, no plural) is singular; "die Bahamas", listed with neither
    gender nor plural, are plural; so is "die Schweden", whose article the neuter country cannot take."""
    check("Der Fluss mündet bei Dessau in die Elbe und bei Spandau in die Havel.", "Havel", "accusative singular")
    check("Wir lieben die Bahamas.", "Bahamas", "accusative plural")
    # "die Schweden" cannot be "das Schweden" (the country): the Swedes, plural
    check("Er hatte nicht hart genug gegen die Schweden gekämpft.", "Schweden", "accusative plural")


def test_a_list_of_adjectives_before_a_noun_is_no_list_of_verbs() -> None:
    """"in direkten, freien, aber nicht gleichen Abstimmungen" with the first two tagged verbs ("freien",
    to marry): words of the list sharing the ending of the adjective before the noun are its attributes,
    and "wurden … gewählt" is the passive."""
    sentence = "Die Räte wurden in direkten, freien, aber nicht gleichen Abstimmungen gewählt."
    check(sentence, "freien", "agreeing with abstimmungen", "dative plural")
    check(sentence, "direkten", "agreeing with abstimmungen")
    check(sentence, "wurden", "werden-passive")
    assert [t.gloss[0] for t in _analysis(sentence).tokens if t.text == "freien"] == ["free"]


def test_a_noun_of_giving_takes_an_with_the_accusative() -> None:
    """"die Lieferung an Kunden": what is given or sent goes to someone, "an" with the accusative (to), no
    place where (at)."""
    check("Die Lieferung an Kunden in Bayern verzögert sich.", "Kunden", "accusative", absent=("dative",))


def test_an_abbreviation_has_the_gender_of_the_noun_it_stands_for() -> None:
    """"in Art. 14": "Art." stands for "der Artikel", masculine, not the feminine "die Art" (kind)."""
    check("Das steht in Art. 14 des Vertrags.", "Art.", "masculine", absent=("feminine",))


def test_of_two_nominatives_after_sein_the_later_is_the_predicate() -> None:
    """"Damit ist der Rat nicht nur das wichtigste Gremium der Stadt, sondern die einzige gewählte
    Vertretung": the council is the subject; the body and the representation are what is said of it."""
    sentence = "Damit ist der Rat nicht nur das wichtigste Gremium der Stadt, sondern die einzige gewählte Vertretung."
    check(sentence, "Rat", "subject of sein")
    check(sentence, "Gremium", "predicate noun", absent=("subject",))
    check(sentence, "Vertretung", "predicate noun", absent=("subject",))


def test_a_genitive_the_parser_made_an_object_of_a_verb_without_one_belongs_to_the_word_before_it() -> None:
    """"als es Mitgliedern nationaler Regierungen möglich ist", "traf dies auf 72 % aller Anträge zu": sein
    and zutreffen take no genitive object; the genitive belongs to the noun or amount right before it.
    "gedenken" takes one."""
    check("Die Abgeordneten haben mehr Einfluss, als es Mitgliedern nationaler Regierungen möglich ist.",
          "Regierungen", "belongs to mitgliedern", absent=("object",))
    check("Im Jahr 2009 traf dies auf 72 % aller Anträge zu.", "Anträge", "72 % is part of", absent=("object",))
    check("Die Bürger gedachten der Opfer.", "Opfer", "object of", "takes the genitive")


def test_a_verb_form_the_tagger_took_for_a_preposition_is_the_verb_of_its_clause() -> None:
    """"…, übt gemeinsam mit der Kommission die Aufsicht aus und …" with "übt" tagged a preposition: no
    preposition is spelt so; it is the finite verb, and "aus" its particle (ausüben: to exercise)."""
    sentence = "Der Rat tagt in Brüssel, übt gemeinsam mit der Kommission die Aufsicht aus und nimmt die Kontrolle wahr."
    check(sentence, "übt", "ausüben")
    check(sentence, "aus", "separable verb", "aus|üben")


def test_a_feminine_noun_in_nis_makes_its_plural_in_nisse() -> None:
    """"ihre Haushaltsbefugnisse": the dictionary gives the compound no plural, but a feminine "-nis" always
    makes it in "-nisse", so the form is plural."""
    check("Die Länder behalten ihre Haushaltsbefugnisse.", "Haushaltsbefugnisse", "accusative plural")


def test_a_relative_pronoun_after_its_preposition_before_adverbs_opens_its_clause() -> None:
    """"…, in der fast ausschließlich wohlhabende Familien wohnten": the adverbs between "der" and the bare
    "-e" attribute change nothing: "der" is the relative pronoun (in which), the families the subject."""
    sentence = "Sie wohnten in einer Straße, in der fast ausschließlich wohlhabende Familien wohnten."
    check(sentence, "der", "dative after in", absent=("article",))
    check(sentence, "wohlhabende", "strong declension")
    check(sentence, "Familien", "subject of wohnen")


def test_a_personal_pronoun_the_parser_made_an_article_is_the_subject() -> None:
    """"für den er große Bewunderung empfand" with "er" hung on the noun as its article: a personal pronoun
    is never one; "er" is the subject, and "große" has the strong ending of a phrase with no article."""
    sentence = "Er las die Schriften von Luther, für den er große Bewunderung empfand."
    check(sentence, "er", "subject of empfinden")
    check(sentence, "große", "strong declension", absent=("after er",))


def test_a_name_after_the_subject_of_heissen_is_what_it_is_called() -> None:
    """"Bei seiner Geburt hieß sein Vater Michael King": the name after the subject is the predicate of
    heißen, not another name for the father beside him (an apposition)."""
    check("Bei seiner Geburt hieß sein Vater Michael King.", "Michael", "predicate noun after heißen", absent=("apposition",))


def test_a_quantifier_the_parser_made_the_phrase_takes_its_noun_past_listed_adjectives() -> None:
    """"fließt durch viele kleinere und größere Seen hindurch" with "viele" hung on the verb with "durch"
    and the lakes the verb's object: the quantifier is the noun's determiner, and the noun is the one
    after "durch" (accusative), no object of fließen."""
    sentence = "Der Bach fließt durch viele kleinere und größere Teiche hindurch."
    check(sentence, "Teiche", "accusative after durch", absent=("direct object",))
    check(sentence, "viele", "article of teiche")


def test_a_noun_the_parser_made_an_attribute_after_a_preposition_heads_the_preposition_s_phrase() -> None:
    """"Jeder möchte in dieser Branche Geld verdienen" with "Branche" an adjective of "Geld" and "in dieser"
    Geld's: the sector is the dative after "in", the money the object."""
    sentence = "Jeder möchte in dieser Branche Geld verdienen."
    check(sentence, "dieser", "article of branche")
    check(sentence, "Geld", "accusative", "direct object", absent=("dative",))


def test_a_noun_added_after_a_comma_and_besonders_is_the_object_of_the_verb_before() -> None:
    """"Der Kater schläft viel und frisst gern, besonders Lasagne": the lasagne is what he eats most, the
    object of "frisst" (accusative), not a nominative beside the clause."""
    check("Der Hund schläft viel und frisst gern, besonders Würstchen.", "Würstchen", "accusative", "direct object of fressen")


def test_auf_upon_a_request_takes_the_accusative() -> None:
    """"weigerte sich auf Nachfragen, …", "auf Anordnung des Gerichts": "auf" upon a request or an order is
    a fixed phrase in the accusative, no place (dative)."""
    check("Die Firma weigerte sich am Montag auf Nachfragen, den Plan zu erklären.", "Nachfragen", "accusative", absent=("dative",))


def test_a_preposition_the_tagger_took_for_a_verb_governs_the_noun_after_it() -> None:
    """"Massive Wahlfälschungen zugunsten der Regierungspartei werden befürchtet" with "zugunsten" tagged a
    verb: no verb is spelt so; it is the preposition (genitive), and "Wahlfälschungen" the subject."""
    sentence = "Massive Wahlfälschungen zugunsten der Regierungspartei werden befürchtet."
    check(sentence, "Regierungspartei", "genitive", absent=("dative",))
    check(sentence, "Wahlfälschungen", "subject")


def test_a_bare_mass_noun_spelt_alike_in_both_numbers_is_singular() -> None:
    """"aus Gerste oder Weizen": "Weizen" is spelt alike in both numbers, and English has no plural of
    wheat, so the bare noun is a singular mass; "Er sucht Lehrer" stays plural (teachers count)."""
    check("Das Brot wird meist aus Roggen oder Weizen gebacken.", "Weizen", "dative singular", absent=("plural",))
    check("Die Schule sucht Lehrer.", "Lehrer", "plural")


def test_the_phrases_of_es_gibt_are_accusatives_with_no_dative_among_them() -> None:
    """"Es gibt aber auch Sorten ohne Alkohol, zum Beispiel Malzbier": "es gibt" gives nothing to anyone, so
    of its two phrases the first is no dative (as in "gab den Bürgern Zeit")."""
    sentence = "Bier wird aus Gerste gebraut. Es gibt aber auch Sorten ohne Alkohol, zum Beispiel Malzbier."
    check(sentence, "Sorten", "accusative plural", absent=("dative",))
    check("Sie gab den Bürgern Zeit.", "Bürgern", "dative plural")


def test_names_listed_after_a_colon_rename_the_plural_before_it() -> None:
    """"… an mehreren Dörfern vorbei: Altdorf, Neudorf und Kleinheim": the names after the colon, with no
    verb of their own, list the villages; they take the dative of "Dörfern" and are no objects."""
    sentence = "Der Bach fließt an mehreren Dörfern vorbei: Altdorf, Neudorf und Kleinheim."
    check(sentence, "Altdorf", "dative", "same case as dörfern", absent=("object",))
    check(sentence, "Neudorf", "dative", absent=("object",))


def test_a_language_named_by_its_adjective_is_the_subject_and_neuter() -> None:
    """"Arabisch ist eine semitische Sprache": the language is the subject, the noun with "eine" the predicate."""
    check("Arabisch ist eine semitische Sprache.", "Arabisch", "neuter", "subject")
    check("Arabisch ist eine semitische Sprache.", "Sprache", "predicate")


def test_an_ordinal_in_digits_gives_its_noun_the_preposition() -> None:
    """"seit dem frühen 20. Jahrhundert": the century takes "seit" (dative), no accusative of time, and the
    noun before the verb is the object of "es gibt", no dative."""
    sentence = "Flughäfen gibt es seit dem späten 20. Jahrhundert."
    check(sentence, "Jahrhundert", "dative after seit", absent=("accusative",))
    check(sentence, "Flughäfen", "accusative", absent=("dative",))


def test_a_noun_the_parser_made_an_adjective_of_the_next_noun_heads_its_own_phrase() -> None:
    """"Im Sommer sammelten die Kinder Beeren": "Kinder" is no adjective of "Beeren" with "die" their article;
    the children are the subject, the berries the object."""
    sentence = "Im Sommer sammelten die Kinder Beeren und Pilze."
    check(sentence, "Kinder", "subject of sammeln")
    check(sentence, "Beeren", "direct object of sammeln")


def test_a_bare_plural_after_a_definite_phrase_renames_nothing() -> None:
    """"Im Herbst sammelten die Kinder Nüsse" with "Nüsse" an apposition of "Kinder": a bare plural is a phrase
    of the clause, the object; "der Begriff Freiheit" still renames."""
    check("Im Herbst sammelten die Kinder Nüsse und Pilze.", "Nüsse", "direct object of sammeln", absent=("renames",))
    check("Der Begriff Freiheit ist alt.", "Freiheit", "renames")


def test_a_finite_verb_the_parser_made_a_preposition_heads_the_clause() -> None:
    """"Auf dem Land sammelten die Eskimos Beeren" with "sammelten" the preposition of "Eskimos" and the
    fronted phrase the root: the verb heads the clause, the people are its subject, the berries its object
    (no apposition of them)."""
    sentence = "Auf dem Land sammelten die Eskimos Beeren, Wurzeln oder andere Teile von Pflanzen."
    check(sentence, "Eskimos", "subject of sammeln")
    check(sentence, "Beeren", "direct object of sammeln", absent=("apposition",))


def test_a_copular_clause_after_a_comma_is_no_apposition() -> None:
    """"… vor allem Harpunen, das sind Speere mit Widerhaken": "Speere" is the predicate of "das sind", no second
    name for the harpoons."""
    sentence = "Die Jagdwaffen der Inuit waren vor allem Harpunen, das sind Speere mit Widerhaken."
    check(sentence, "Speere", "predicate noun", absent=("apposition", "renames"))


def test_a_form_of_derselbe_declines_as_its_article() -> None:
    """"in demselben flachen Stil": dative after "in" (where), as "dem" is; "dieselben" is a plural."""
    check("Die Bilder waren alle in demselben flachen Stil gemalt.", "Stil", "dative", absent=("accusative",))
    check("Sie tragen dieselben Schuhe.", "Schuhe", "accusative plural")


def test_a_noun_of_its_own_is_not_read_as_an_adjectival_neuter() -> None:
    """"ein weißer Junge": der Junge (boy), masculine, as "weißer" after "ein" shows; not the neuter "Junges"
    (a young animal) that the lemmatizer reads; "das Junge der Katze" is still the young animal."""
    check("Sein Freund war ein kleiner Junge aus dem Dorf.", "Junge", "masculine", "der Junge", absent=("neuter",))
    check("Das Junge der Katze schläft.", "Junge", "neuter")


def test_a_genitive_preposition_before_a_bare_plural_with_an_adjective_governs_it() -> None:
    """"mittels persönlicher Verhandlungen": by means of, a genitive after "mittels", no genitive attribute
    of the name before it."""
    sentence = "Der Präsident will vor allem mit Nordkorea mittels persönlicher Verhandlungen eine Lösung der Krise herbeiführen."
    check(sentence, "mittels", "genitive")
    check(sentence, "Verhandlungen", "genitive after mittels", absent=("belongs to",))
