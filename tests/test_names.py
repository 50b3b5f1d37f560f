"""Names the tagger takes for common words are shown as names, from evidence the gloss lexicon has no part in.

The sentences are written for these tests. The first group runs the whole
analysis (shipped pipeline and rules); the second builds parsed sentences by
hand, so each piece of evidence is tested whatever the statistical model tags.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from reader.nlp import analyze
from reader.nlp.name_tokens import name_indices


def _tokens(text: str) -> dict:
    return {token.text: token for token in analyze(text).tokens}


def test_a_heading_the_tagger_calls_a_name_leaves_the_word_in_the_text_a_word() -> None:
    """"# Geist" tagged a name: the heading is a title, and "Geist" in the sentences below stays the
    noun, glossed and learnable."""
    text = '# Geist\n\nGeist ist ein uneinheitlich verwendeter Begriff. Die Bedeutung des Begriffs "Geist" ist umstritten.'
    below = [token for token in analyze(text).tokens if token.text == "Geist"][1:]
    assert len(below) == 2 and all(token.pos == "NOUN" and token.learnable and token.gloss for token in below)


def test_a_family_name_after_a_name_particle_is_a_name() -> None:
    tokens = _tokens("Im Parlament sprach gestern Agnieszka van der Brelokowski über die Haushaltspläne.")
    assert tokens["Brelokowski"].pos == "PROPN"
    assert not tokens["Brelokowski"].learnable


def test_a_name_particle_joined_to_a_name_by_a_hyphen_is_part_of_the_name() -> None:
    """"al-Qaida": "al" is no aluminium; nor a word to learn."""
    al = _tokens("Die Gruppen, die al-Qaida nahestanden, griffen das Dorf an.")["al"]
    assert al.gloss == [] and not al.learnable


def test_a_name_right_before_a_name_german_does_not_know_is_a_first_name() -> None:
    """"Hossein Mussawian": no "Hose" and "Sein" (trouser being), though the splitter explains it."""
    hossein = _tokens("Der Unterhändler Hossein Mussawian sagte das der Presse.")["Hossein"]
    assert hossein.gloss == [] and not hossein.learnable
    # a word the dictionary has stays a word there: the hurricane that Katrina names
    assert _tokens("Der Hurrikan Katrina traf die Stadt.")["Hurrikan"].gloss[0] == "hurricane"
    # a compound the dictionary lacks, with its article, is a noun naming the name after it
    assert _tokens("In der Region ist der Energieriese Exxon aktiv.")["Energieriese"].gloss[0].startswith("energy giant")
    # also one the tagger calls a common noun, which names nothing in the dictionary
    alan = _tokens("1937 veröffentlichte Alan Turing seine Arbeit.")["Alan"]
    assert alan.pos == "PROPN" and not alan.learnable
    assert _tokens("Die Oppositionsführerin Tichanowskaja floh nach Litauen.")["Oppositionsführerin"].learnable


def test_a_chain_of_name_particles_is_part_of_the_name() -> None:
    """"bint" (daughter of) and "al-" between the parts of an Arabic name: no verb "bien", no aluminium."""
    tokens = _tokens("Prinzessin Haya bint al-Hussein ist nach London geflohen.")
    for word in ("bint", "al", "Hussein"):
        assert tokens[word].pos == "PROPN" and not tokens[word].learnable and not tokens[word].gloss
    assert not any("bint" in hint for hint in tokens["bint"].hints)


def test_a_capitalised_adjective_of_a_name_after_its_article_is_an_adjective() -> None:
    tokens = _tokens("Sie ist offenbar ins Vereinigte Königreich geflohen.")
    assert tokens["Vereinigte"].pos == "ADJ"
    assert "Accusative" in " ".join(tokens["Königreich"].hints)  # not the subject of geflohen


def test_an_unknown_real_compound_stays_a_learnable_noun_glossed_from_its_parts() -> None:
    token = _tokens("Die Gemeinde beschloss im Herbst die Schulhofsanierung.")["Schulhofsanierung"]
    assert token.pos == "NOUN"
    assert token.learnable
    assert token.gloss and token.gloss[0].startswith("school yard")  # from Schulhof + Sanierung


def test_a_compound_after_a_place_s_adjective_or_with_its_article_stays_a_learnable_noun() -> None:
    text = (
        "Die Görlitzer Oberbürgermeisterwahl galt als Test. Das Ergebnis der Görlitzer Oberbürgermeisterwahl "
        "war knapp. Die Region wurde zur Deeskalationszone erklärt."
    )
    words = [token for token in analyze(text).tokens if token.text in ("Oberbürgermeisterwahl", "Deeskalationszone")]
    assert len(words) == 3
    assert all(token.learnable and token.gloss for token in words)


def test_a_double_first_name_before_a_surname_is_a_name() -> None:
    tokens = _tokens("Frankreichs Premierminister Jean-Pierre Raffarin sprach gestern.")
    assert tokens["Jean"].pos == tokens["Pierre"].pos == "PROPN"
    assert not tokens["Jean"].learnable and not tokens["Jean"].gloss  # not "jeans (Austrian)"


def test_a_street_name_is_a_name() -> None:
    token = _tokens("Die Polizei sperrte am Morgen die Wiesenkampstraße für den Verkehr.")["Wiesenkampstraße"]
    assert token.pos == "PROPN"
    assert not token.learnable


def test_an_intercapital_brand_is_a_name() -> None:
    token = _tokens("Viele Jugendliche nutzen die App SnapTalk jeden Tag.")["SnapTalk"]
    assert token.pos == "PROPN"
    assert not token.learnable


def _doc(spec: str) -> Doc:
    """"Wort/POS/dep/head-offset …" → a parsed Doc (head offset relative to the token, 0 = root)."""
    words, pos, deps, heads = [], [], [], []
    for i, item in enumerate(spec.split()):
        word, tag, dep, offset = item.rsplit("/", 3)
        words.append(word)
        pos.append(tag)
        deps.append(dep)
        heads.append(i + int(offset))
    return Doc(Vocab(), words=words, pos=pos, deps=deps, heads=heads, lemmas=words)


def _named(doc: Doc) -> set[str]:
    return {doc[i].text for i in name_indices(doc)}


@pytest.mark.parametrize(
    ("spec", "name"),
    [
        # an unknown word without article although singular: "in Brelokhude"
        ("Sie/PRON/nsubj/1 wohnt/VERB/ROOT/0 in/ADP/case/1 Brelokhude/NOUN/obl/-2 ./PUNCT/punct/-3", "Brelokhude"),
        # after a classifier noun: "die Kommune Qarnaviik"
        ("Die/DET/det/1 Kommune/NOUN/nsubj/2 Qarnaviik/NOUN/appos/-1 wächst/VERB/ROOT/0", "Qarnaviik"),
        # after a first name the model tagged PROPN: "Sandra Kowalczyk"
        (
            (
                "Das/PRON/nsubj/1 sagte/VERB/ROOT/0 die/DET/det/2 Ministerin/NOUN/nsubj/-2 Sandra/PROPN/appos/-1 "
                "Kowalczyk/NOUN/flat/-1 ./PUNCT/punct/-5"
            ),
            "Kowalczyk",
        ),
        # a prenominal genitive the model took for an adjective: "Brelokowskis Plan"
        ("Kritik/NOUN/ROOT/0 an/ADP/case/2 Brelokowskis/ADJ/amod/1 Plan/NOUN/nmod/-3", "Brelokowskis"),
        # a handle and an unknown abbreviation
        ("Das/DET/det/1 Konto/NOUN/nsubj/2 @QRZV/NOUN/appos/-1 schweigt/VERB/ROOT/0", "@QRZV"),
        ("Die/DET/det/1 QRZV/NOUN/nsubj/1 gewann/VERB/ROOT/0 ./PUNCT/punct/-1", "QRZV"),
    ],
)
def test_evidence_of_a_name(spec: str, name: str) -> None:
    assert name in _named(_doc(spec))


def test_the_same_word_is_a_name_throughout_a_text() -> None:
    doc = _doc(
        "Brelokhude/PROPN/nsubj/1 wächst/VERB/ROOT/0 ./PUNCT/punct/-1 "
        "Das/DET/det/1 Brelokhude/NOUN/nsubj/1 liegt/VERB/ROOT/0 am/ADP/case/1 Meer/NOUN/obl/-2"
    )
    assert [token.i for token in doc if token.i in name_indices(doc)] == [4]


@pytest.mark.parametrize(
    "spec",
    [
        # a known noun, even without article
        "Polizei/NOUN/nsubj/1 sucht/VERB/ROOT/0 Zeugen/NOUN/obj/-1",
        # an unknown word with its article and an adjective: a coinage, not a name
        "Die/DET/det/2 neue/ADJ/amod/1 Brelokierung/NOUN/nsubj/1 kommt/VERB/ROOT/0",
        # the thing owned after a genitive name is no part of the name
        "Sie/PRON/nsubj/1 sperrte/VERB/ROOT/0 Trump/PROPN/nmod/2 Trumps/PROPN/nmod/1 Account/NOUN/obj/-3",
        # a common abbreviation
        "Der/DET/det/1 LKW/NOUN/nsubj/1 fuhr/VERB/ROOT/0",
    ],
)
def test_no_name_without_evidence(spec: str) -> None:
    doc = _doc(spec)
    assert not _named(doc), _named(doc)


def test_a_word_after_a_first_name_is_a_surname_and_a_sentence_opening_it_stays_a_word() -> None:
    tokens = analyze("Bundeskanzler Sebastian Kurz stellte das Programm vor. Kurz danach sprach er.").tokens
    surname, adverb = (token for token in tokens if token.text == "Kurz")
    assert not surname.learnable and not surname.gloss  # not "frisson"
    assert adverb.learnable and adverb.gloss


def test_a_word_that_names_a_place_or_a_person_here_is_no_word() -> None:
    place = analyze("In der Gemeinde Auenwald gewann Kai Uwe Ernst die Wahl. Auenwald liegt im Osten.").tokens
    assert all(not t.gloss and not t.learnable for t in place if t.text in ("Auenwald", "Kai"))  # no "quay"
    assert not _tokens("Die Staatsanwaltschaft Halle bestätigte den Bericht.")["Halle"].gloss
    assert _tokens("Die Stadt plant eine neue Halle.")["Halle"].gloss[0] == "hall"
    people = analyze("Herausforderer Clemens Raab verlor. Raab kam auf 31 Prozent.").tokens
    assert all(not t.gloss for t in people if t.text == "Raab")  # not the river Rába
    # an everyday word after the classifier is that word: the city was a member
    assert _tokens("Im Mittelalter war die Stadt Mitglied in der Hanse.")["Mitglied"].gloss[0] == "member"


def test_a_name_german_does_not_know_is_a_proper_noun_and_a_known_word_keeps_its_class() -> None:
    from reader.nlp.pipeline import load_pipeline

    doc = load_pipeline()("Laut Guilbeault ist die Lage ernst. Der Ex-Präsident Robert Mugabe ist tot.")
    pos = {token.text: token.pos_ for token in doc}
    assert pos["Guilbeault"] == "PROPN"  # the tagger says NOUN
    assert pos["Präsident"] == "NOUN" and pos["Lage"] == "NOUN"


def test_a_declined_word_after_a_name_is_a_word_not_part_of_the_name() -> None:
    """A name takes no ending but "-s": "CIA Dokumente" are documents of the CIA."""
    documents = _tokens("Er hatte zuvor schon CIA Dokumente veröffentlicht.")["Dokumente"]
    assert documents.gloss[0] in ("document", "documents") and documents.learnable
    assert not _tokens("Jörg Sonntag kam am Morgen.")["Sonntag"].gloss  # a surname stays one


def test_a_place_s_er_adjective_describes_its_noun_and_is_glossed_by_the_place() -> None:
    """"den Kaiserslauterer Oberbürgermeister": of Kaiserslautern, not "emperor-louder"; the article
    belongs to the noun, and the adjective never changes its ending."""
    tokens = _tokens("Die Ermittlungen gegen den Kaiserslauterer Oberbürgermeister laufen.")
    place = tokens["Kaiserslauterer"]
    assert place.pos == "ADJ" and place.gloss[0] == "of Kaiserslautern" and not place.learnable
    assert any("always ends in -er" in hint for hint in place.hints)
    assert any("Article of Oberbürgermeister" in hint for hint in tokens["den"].hints)
    assert _tokens("Der Kaiser kam nach Rom.")["Kaiser"].gloss[0] == "emperor"  # "Kais" is a name, Kaiser a word


def test_a_name_the_morphologizer_called_punctuation_is_still_a_name() -> None:
    tokens = _tokens("Nachdem der Oberstaatsanwalt, Udo Gering, es mitgeteilt hat, kam er.")
    assert tokens["Udo"].pos == "PROPN"
    assert not tokens["Gering"].learnable  # a surname after a first name, not "low"


def test_a_word_after_a_first_name_the_dictionary_glosses_as_itself_is_a_surname() -> None:
    """Ding glosses "Hans" as "Hans": a first name, so "Eichel" after it is no acorn."""
    tokens = _tokens("Der deutsche Finanzminister Hans Eichel lobte den Beschluss.")
    assert not tokens["Eichel"].learnable and "acorn" not in tokens["Eichel"].gloss


def test_a_common_noun_after_a_name_s_adjective_is_a_word_to_learn() -> None:
    """"Islamischer Dschihad", "Löbstedter Straße": the noun of a name after its adjective is learnt;
    a common noun after a first name ("Hans Eichel") stays a surname."""
    tokens = _tokens("Ein Sprecher des Islamischen Dschihad sprach vor der Löbstedter Straße 12 mit Hans Eichel.")
    assert tokens["Dschihad"].gloss  # Jihad
    assert "street" in tokens["Straße"].gloss and tokens["Straße"].learnable
    assert not tokens["Eichel"].gloss


def test_an_unlisted_word_after_a_title_or_a_name_particle_is_a_name_though_it_splits() -> None:
    """"des Innenministers Waldhorst" is no "forest eyrie", "Luc de Bergpin" no "mountain pin"."""
    tokens = _tokens("Der Sprecher des Innenministers Waldhorst lobte den Premier Luc de Bergpin.")
    assert not tokens["Waldhorst"].gloss and not tokens["Waldhorst"].learnable
    assert not tokens["Bergpin"].gloss and not tokens["Bergpin"].learnable
    new_compound = _tokens("Der Sprecher des Innenministers lobte die Schulhofsanierung.")["Schulhofsanierung"]
    assert new_compound.gloss and new_compound.learnable  # a new compound elsewhere is still glossed


def test_a_propn_its_fine_tag_calls_a_common_noun_names_nothing_elsewhere() -> None:
    """The tagger's PROPN on "Betrugs" with the tag NN (common noun) is no evidence that "Betrug"
    without an article ("wegen Betrug") is a name; with the tag NE it is."""
    words = "Es geht um Betrugs und Beihilfe . Der Verdacht wegen Betrug bleibt".split()
    pos = ["PRON", "VERB", "ADP", "PROPN", "CCONJ", "NOUN", "PUNCT", "DET", "NOUN", "ADP", "NOUN", "VERB"]
    heads = [1, 1, 3, 1, 5, 3, 1, 8, 11, 10, 8, 11]
    deps = ["nsubj", "ROOT", "case", "obl", "cc", "conj", "punct", "det", "nsubj", "case", "nmod", "ROOT"]
    for fine_tag, named in (("NN", False), ("NE", True)):
        tags = ["PPER", "VVFIN", "APPR", fine_tag, "KON", "NN", "$.", "ART", "NN", "APPR", "NN", "VVFIN"]
        doc = Doc(Vocab(), words=words, pos=pos, tags=tags, deps=deps, heads=heads, lemmas=words)
        assert ("Betrug" in _named(doc)) is named


def test_a_name_the_tagger_calls_a_noun_at_a_sentence_start_is_the_name_of_the_text() -> None:
    """"Rumsfeld" opening a sentence, tagged a noun there: the name of the earlier sentences, with no "rum
    field" and no gender from "Feld"."""
    tokens = analyze(
        "Der amtierende Verteidigungsminister Donald Rumsfeld hat zugestimmt. Dies erklärte Rumsfeld in "
        "Kuwait. Rumsfeld möchte im Amt bleiben."
    ).tokens
    uses = [token for token in tokens if token.text == "Rumsfeld"]
    assert len(uses) == 3
    assert all(not token.learnable and not token.gloss for token in uses)
    assert not any("neuter" in hint for token in uses for hint in token.hints)


def test_a_first_name_that_is_a_word_too_opens_the_name_after_it() -> None:
    """"Mark Milley": not the currency; "fünf Mark" in the same text still is."""
    tokens = analyze("Das Gespräch mit Mark Milley dauerte lange. Das Brot kostete früher fünf Mark.").tokens
    first_name, currency = (token for token in tokens if token.text == "Mark")
    assert not first_name.learnable and not first_name.gloss
    assert not any("(das Mark)" in hint for hint in first_name.hints)
    assert currency.learnable and currency.gloss


def test_the_particles_of_a_name_are_part_of_it_not_words_to_learn() -> None:
    """"von der Leyen" after a verb too: no "from", "the" to learn; "von der Leine" keeps its words."""
    name = analyze("Das brachte von der Leyen ins Spiel.").tokens
    assert all(not t.learnable and not t.gloss for t in name if t.text in ("von", "der", "Leyen"))
    words = _tokens("Der Hund kam von der Leine los.")
    assert words["von"].learnable and words["von"].gloss and words["der"].learnable


def test_a_word_wiktionary_knows_only_as_a_name_is_one_mid_sentence() -> None:
    """"Ministerpräsident Reiner Haseloff": not "pure", and the unlisted word after the first name is the
    surname (no "common dace off-screen"); "reiner Zufall" keeps the adjective."""
    tokens = analyze("Der amtierende Ministerpräsident Reiner Haseloff kann weiterregieren. Das war reiner Zufall.").tokens
    assert all(not t.learnable and not t.gloss for t in tokens if t.text in ("Reiner", "Haseloff"))
    assert next(t for t in tokens if t.text == "reiner").gloss[0] == "pure"


def test_an_arabic_name_with_its_article_is_a_name_whatever_the_taggers_called_it() -> None:
    """"Ali al-Haidari": both taggers read "Ali" as a preposition and "al" as an article; German has
    neither, so they are a name, and the word after "al-" is its family name (no "aluminium")."""
    tokens = analyze("Der Gouverneur von Bagdad, Ali al-Haidari, wurde erschossen.").tokens
    assert all(not t.learnable and not t.gloss for t in tokens if t.text in ("Ali", "al", "Haidari"))


def test_a_title_before_a_name_stays_a_glossed_word_in_every_use() -> None:
    """"Prinzessin Haya": the tagger may call the title part of the name; it is the word princess, also
    where it stands alone later in the text."""
    text = ("Das sagte sie vor der Presse. Prinzessin Haya besitzt ein Schengen-Visum, hat die Süddeutsche Zeitung "
            "erfahren. Die vermutliche Flucht Prinzessin Hayas ermögliche es, dass Robinson ihren Fehler wiedergutmache.")
    for token in analyze(text).tokens:
        if token.text == "Prinzessin":
            assert token.pos == "NOUN" and token.learnable and token.gloss[0] == "princess"


def test_a_declined_common_noun_after_a_place_name_is_no_surname() -> None:
    """"in Leipzig Urteile": a plural, not a surname after "Leipzig"."""
    text = "Im Februar bestätigte das Bundesverwaltungsgericht in Leipzig Urteile der Oberverwaltungsgerichte."
    judgments = _tokens(text)["Urteile"]
    assert judgments.pos == "NOUN" and judgments.learnable and judgments.gloss


def test_a_word_the_text_uses_as_a_common_noun_is_no_name_elsewhere_in_it() -> None:
    text = ("Der Band gelang ein Durchbruch. Nach dem Sieg ihres Titels Waterloo war die Band insbesondere "
            "in Europa sehr erfolgreich.")
    bands = [token for token in analyze(text).tokens if token.text == "Band"]
    assert [(token.pos, token.learnable) for token in bands] == [("NOUN", True), ("NOUN", True)]


def test_an_adjective_made_of_a_persons_name_describes_its_noun() -> None:
    """"der Booleschen Algebra": an adjective of Boole's, no name that "Algebra" renames; the noun heads the
    phrase and a second one joined by "und" is joined to the first noun, in its case."""
    tokens = _tokens("Er beschäftigte sich mit der Booleschen Algebra und der Gaußschen Normalverteilung.")
    assert tokens["Booleschen"].pos == "ADJ" and tokens["Gaußschen"].pos == "ADJ"
    assert any("Dative" in hint for hint in tokens["Algebra"].hints)
    assert any("Dative" in hint for hint in tokens["Normalverteilung"].hints)
    assert _tokens("Sie half den Menschen Afrikas.")["Menschen"].pos == "NOUN"  # a noun in -sch-en


def test_a_noun_in_the_plural_the_dictionary_gives_it_is_no_name() -> None:
    """"In seinen Filmen werden manchmal Charaktere gezeigt": the tagger's name is the plural of Charakter;
    names are hardly ever plural, so it is the common noun, glossed and learnable."""
    token = _tokens("In seinen Filmen werden manchmal Charaktere gezeigt, die Probleme haben.")["Charaktere"]
    assert token.pos == "NOUN" and token.learnable and token.gloss[0] == "characters"


def test_a_roman_numeral_after_a_name_is_part_of_the_name() -> None:
    """"des Kaisers, Wilhelms I.": the numeral is the name's last part, not iodine nor a thing Wilhelm owns;
    "Friedrich II." likewise."""
    text = "Das Reiterstandbild des ersten Deutschen Kaisers, Wilhelms I., ist bekannt."
    numeral = _tokens(text)["I."]
    assert numeral.pos == "PROPN" and not numeral.gloss and not numeral.learnable
    assert not any("owner" in hint for hint in _tokens(text)["Wilhelms"].hints)
    assert _tokens("Unter Friedrich II. wuchs Preußen.")["II."].pos == "PROPN"
    # a list of rulers is no place renamed after a comma
    felipe = _tokens("Dann hätten die Töchter von Luis X., Felipe V. und Carlos IV. mehr Anspruch.")["Felipe"]
    assert not any("renames" in hint for hint in felipe.hints) and felipe.hints[0].startswith("Dative")


def test_a_species_name_is_latin_and_its_author_a_name() -> None:
    """"die Eiche (Quercus robur)", "(Talpa europaea Linnaeus, 1758)": genus and epithet are Latin, with
    no German gloss and nothing to learn (not the verb "europaea" of a clause), the author who named the
    species a name, not a noun to learn; the clause around keeps its own subject and verb."""
    tokens = _tokens("Die Eiche (Quercus robur) wächst langsam.")
    assert all(tokens[word].pos == "X" and not tokens[word].learnable for word in ("Quercus", "robur"))
    assert any("subject of wachsen" in hint for hint in tokens["Eiche"].hints)
    text = "Der Floh lebt auf dem Maulwurf (Talpa europaea Linnaeus, 1758), der im Boden gräbt."
    tokens = _tokens(text)
    assert tokens["europaea"].pos == "X" and not tokens["europaea"].gloss
    assert tokens["Linnaeus"].pos == "PROPN" and not tokens["Linnaeus"].learnable
    tokens = _tokens("Die bekannteste Art ist der Menschenfloh (Pulex irritans).")
    assert tokens["irritans"].pos == "X" and not tokens["irritans"].gloss
    assert tokens["Menschenfloh"].hints[0].startswith("Nominative")
    gentes = _tokens("Es kam zu Zügen germanischer Stämme (gentes), die Verbände bildeten.")["gentes"]
    assert gentes.pos == "X" and not gentes.gloss  # a Latin word alone in brackets: no "Ghent"
    # German words after a capitalised one stay German: "Das Tor wurde genannt"
    assert _tokens("Das Tor wurde 1890 abgerissen.")["wurde"].pos == "AUX"


def test_a_latin_word_cited_after_a_common_noun_is_foreign_and_the_noun_stays_german() -> None:
    """"abgeleitet von dem lateinischen Verb computare": the Latin word is foreign, no verb of the clause;
    "Verb" keeps its gloss, and the clause's own verb "abgeleitet von" reads "von" as from."""
    tokens = _tokens("Das Wort ist abgeleitet von dem lateinischen Verb computare, was rechnen bedeutet.")
    assert tokens["computare"].pos == "X" and not tokens["computare"].gloss
    assert tokens["Verb"].gloss[0] == "verb" and tokens["von"].gloss[0] == "from"


def test_a_name_the_dictionary_lists_as_a_phrase_is_a_name_not_its_words() -> None:
    """"nach Los Angeles", "in Bad Mergentheim": Ding lists the names whole, their English the same, so
    "Los" is no neuter "lot" and "Bad" no bathroom to learn, and "nach" before the place is to; "Das Los
    fiel auf ihn" keeps its noun."""
    tokens = _tokens("Er zog nach Los Angeles, um Schauspieler zu werden.")
    assert tokens["Los"].pos == "PROPN" and not tokens["Los"].learnable
    assert not any("neuter" in hint for hint in tokens["Los"].hints)
    assert tokens["nach"].gloss[0] == "to"
    assert _tokens("Sie kurte in Bad Mergentheim.")["Bad"].pos == "PROPN"
    assert _tokens("Das Los fiel auf ihn.")["Los"].pos == "NOUN"


def test_a_place_after_a_name_and_von_is_part_of_the_name() -> None:
    """"Hartmann von Aue", "Hildegard von Bingen": after a person's name and "von", a word that is a name
    too is the place the person is named by — no floodplain, no "binges" to learn, no plural or gender of
    a common noun — also where the place comes up again ("bei Bingen"); "von Kollegen" stays a plural."""
    tokens = _tokens("Der Dichter Hartmann von Aue schrieb den Erec.")
    assert tokens["Aue"].pos == "PROPN" and not tokens["Aue"].learnable and not tokens["Aue"].gloss
    bingen = [t for t in analyze("Hildegard von Bingen lebte in einem Kloster bei Bingen.").tokens if t.text == "Bingen"]
    assert all(t.pos == "PROPN" and not t.gloss for t in bingen)
    assert not any("plural" in hint or "feminine" in hint for t in bingen for hint in t.hints)
    assert _tokens("Anna wurde von Kollegen begleitet.")["Kollegen"].pos == "NOUN"


def test_a_place_s_genitive_has_no_gender_the_model_guessed() -> None:
    """"der Einwohner Helsinkis", "die Straßen Oslos": a city's name the lexicon gives no gender keeps none
    in its hint (not the model's guess); a name the lexicon has as a noun keeps its own ("Russlands": neuter)."""
    genders = ("masculine", "feminine", "neuter")
    helsinkis = _tokens("Rund ein Zehntel der Einwohner Helsinkis spricht Schwedisch.")["Helsinkis"]
    oslos = _tokens("Die Straßen Oslos sind breit.")["Oslos"]
    assert not any(gender in hint for gender in genders for hint in helsinkis.hints + oslos.hints)
    assert any("neuter" in hint for hint in _tokens("Die Einwohner Russlands sind stolz.")["Russlands"].hints)


def test_a_saint_s_place_is_one_name() -> None:
    """"von Sankt Petersburg": "Sankt" opens the place's name (no word to learn, no "sinken"), and
    "Petersburg" renames nothing."""
    tokens = _tokens("Der Zug fährt von Sankt Petersburg nach Moskau.")
    assert tokens["Sankt"].pos == "PROPN" and not tokens["Sankt"].learnable and tokens["Sankt"].lemma == "Sankt"
    assert not any("renames" in hint for hint in tokens["Petersburg"].hints)


def test_von_after_a_family_name_used_alone_is_a_preposition() -> None:
    """"Mahmud Abbas … forderte Abbas von Israel": the text named him in full before, so "Abbas" alone is
    his family name, and the "von" after it is the preposition, no part of a name."""
    text = "Der Präsident, Mahmud Abbas, lobte den Abzug. Dann forderte Abbas von Israel weitere Schritte."
    von = [t for t in analyze(text).tokens if t.text == "von"][0]
    assert von.pos == "ADP" and not any("part of the name" in hint for hint in von.hints)


def test_a_people_s_noun_is_a_word_to_learn_not_a_name_nor_another_noun_s_plural() -> None:
    """"Der Pole gewann das Rennen": a man from Poland (Polin is his feminine), learnable, not the plural of
    "Pol" (pole), though his English is capitalised as a name's; "der Rhein" stays a name."""
    pole = _tokens("Der Pole gewann gestern das Rennen.")["Pole"]
    assert pole.pos == "NOUN" and pole.learnable and pole.gloss[0] == "Pole"
    assert _tokens("Der Rhein ist ein langer Fluss.")["Rhein"].pos == "PROPN"


def test_a_surname_after_its_first_name_names_its_bare_uses_later() -> None:
    """"Gustav Klimt" and then "Klimt" alone: the tagger calls the later ones common nouns (simplemma lists
    "Klimt"), but the text named the man; no "feminine", nothing to learn."""
    text = "Gustav Klimt war ein Maler. Eigentlich sollte Klimt Goldgraveur werden. Später malte Klimt Bilder."
    later = [token for token in analyze(text).tokens if token.text == "Klimt"][1:]
    assert len(later) == 2
    assert all(token.pos == "PROPN" and not token.learnable for token in later)
    assert not any("feminine" in hint for token in later for hint in token.hints)


def test_a_capitalised_noun_the_dictionary_knows_as_no_adjective_is_no_adjective() -> None:
    """"Ebbe und Flut" with "Flut" tagged an adjective (to flood), "zwei Flächen Papier" with "Flächen":
    German capitalises its nouns, and the dictionary has no adjective "flut" or "flächen"."""
    tide = _tokens("Ebbe und Flut wechseln sich an der Küste jeden Tag zweimal ab.")
    assert tide["Flut"].pos == "NOUN" and tide["Flut"].gloss
    assert tide["Ebbe"].pos == "NOUN" and tide["Ebbe"].learnable
    assert _tokens("Man muss dafür zwei Flächen Papier bemalen.")["Flächen"].pos == "NOUN"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Von Rosenhausen aus sieht man die Burg.", "Rosenhausen"),  # no "rose belugas"
        ("Die Gemeinde grenzt an Eichenhausen und an Buchingen.", "Buchingen"),  # no "book slime eels"
    ],
)
def test_an_unknown_word_with_a_place_name_s_ending_is_a_name(sentence, name) -> None:
    token = _tokens(sentence)[name]
    assert not token.gloss and not token.learnable


@pytest.mark.parametrize(
    ("sentence", "word", "first"),
    [
        ("Damals kamen viele Polen nach Gelsenkirchen.", "Polen", "Poles"),  # the plural of "Pole"
        ("Er reiste im Sommer nach Polen.", "Polen", "Poland"),
        ("Die Sachsen feierten ein großes Fest.", "Sachsen", "Saxons"),  # the land entry's people
        ("Ab 1815 gehörte die Stadt zu Preußen.", "Preußen", "Prussia"),  # not the singular "Prussian"
    ],
)
def test_a_land_s_name_in_the_plural_is_its_people(sentence, word, first) -> None:
    token = next(t for t in analyze(sentence).tokens if t.text == word)
    assert token.gloss[0] == first
