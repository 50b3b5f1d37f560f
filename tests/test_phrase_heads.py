"""A noun phrase hangs on its noun, even where the statistical parser picked an adjective."""

from __future__ import annotations

from reader.nlp import analyze
from reader.nlp.analysis import Token


def tokens_of(text: str) -> dict[str, Token]:
    return {token.text: token for token in analyze(text).tokens}


def head_of(tokens: dict[str, Token], word: str) -> str:
    analysis_tokens = {token.i: token for token in tokens.values()}
    return analysis_tokens[tokens[word].head].text


def test_a_capitalised_adjective_in_a_name_describes_the_noun() -> None:
    tokens = tokens_of("Im Kalten Krieg war alles anders.")
    assert head_of(tokens, "Kalten") == "Krieg"
    assert tokens["Kalten"].pos == "ADJ" and tokens["Kalten"].lemma == "kalt"
    assert head_of(tokens, "Im") == "Krieg"


def test_a_capitalised_adjective_beside_its_noun_in_a_genitive_describes_it() -> None:
    # the parser hung "Deutschen" (as "the German") and "Films" side by side on "Chronik"
    tokens = tokens_of("Die Chronik des Deutschen Films ist lang.")
    assert tokens["Deutschen"].pos == "ADJ" and head_of(tokens, "Deutschen") == "Films"
    assert head_of(tokens, "des") == "Films"


def test_a_noun_before_a_name_is_no_adjective_of_it() -> None:
    # simplemma reads "Gemeinde" as a form of "gemeinden", which the lexicon has as no adjective
    tokens = tokens_of("Die Ortschaft teilt sich Einsiedeln mit der Gemeinde Feusisberg.")
    assert tokens["Gemeinde"].pos == "NOUN" and head_of(tokens, "der") == "Gemeinde"


def test_the_article_belongs_to_the_noun_not_to_its_adjective() -> None:
    tokens = tokens_of("Die Deutsche Bahn erhöht die Preise.")
    assert head_of(tokens, "Die") == "Bahn"


def test_a_noun_made_from_an_adjective_keeps_its_own_phrase() -> None:
    # "den Kranken" (dative plural) and "Medikamente" (accusative) are two phrases.
    tokens = tokens_of("Er gab den Kranken Medikamente.")
    assert head_of(tokens, "Kranken") != "Medikamente"
    assert tokens["Kranken"].pos == "NOUN"


def test_two_subjects_joined_by_und_are_one_coordinated_subject() -> None:
    tokens = tokens_of("Der Außenminister Hayashi und NATO-Generalsekretär Jens Stoltenberg haben vereinbart, zu helfen.")
    assert head_of(tokens, "Generalsekretär") == "Außenminister"
    assert "Case=Nom" in tokens["Generalsekretär"].morph


def test_repairs_never_loop_the_tree() -> None:
    # a copula on the conjunct itself, a repeated genitive name, coordination across clause edges
    texts = [
        "Öl, Gold oder Weizen sind Rohstoffe, in die Händler weltweit Geld stecken.",
        "Der Regen fiel, und Präsident war er nie.",
        "Trumps Trumps Trumps",
        "Die Partei gewann die Wahl, und Okafor wurde Präsident, und Merkels Kabinett, Ministerin Anna Weber, trat ab.",
    ]
    for text in texts:
        tokens = analyze(text).tokens
        by_index = {token.i: token for token in tokens}
        for token in tokens:
            node = token
            for _ in range(len(tokens)):
                if node.head == node.i:
                    break
                node = by_index[node.head]
            assert node.head == node.i, f"{token.text!r} in {text!r} never reaches the root"


def test_a_repair_never_hangs_a_word_below_its_own_dependent() -> None:
    """A loop in the tree makes spaCy's subtree walk past the document's end: the app would crash."""
    from reader.nlp.parse_edits import set_head as _set_head
    from reader.nlp.pipeline import load_pipeline

    doc = load_pipeline()("Der Minister besucht die Stadt.")
    verb = next(token for token in doc if token.dep_ == "ROOT")
    subject = next(token for token in doc if token.dep_ == "nsubj")
    assert not _set_head(verb, subject)  # the verb would hang below its own subject
    assert verb.head.i == verb.i and subject.head.i == verb.i
    assert [token.text for token in verb.subtree][0] == "Der"


def test_an_article_the_tagger_took_for_a_pronoun_is_its_noun_s_article() -> None:
    """"die" before an adverb and an adjective, or before numbers: the noun's article, so the noun
    gets the article's case ("die … Abstimmungen" accusative, not dative)."""
    postponed = tokens_of("Mehrere Länder hatten die bereits geplanten Abstimmungen verschoben.")
    assert postponed["die"].pos == "DET" and head_of(postponed, "die") == "Abstimmungen"
    assert "Case=Acc" in postponed["Abstimmungen"].morph
    athletes = tokens_of("Sie trafen sich in London, und die drei Sportler lobten Erdogan.")
    assert athletes["die"].pos == "DET" and head_of(athletes, "die") == "Sportler"
    relative = [t for t in analyze("Das sind die Leute, die gestern kamen.").tokens if t.text == "die"][1]
    assert relative.pos == "PRON"  # after a comma: a relative pronoun


def test_a_place_after_a_body_that_it_names_renames_it_even_before_a_verb() -> None:
    """"muss nun die Generalstaatsanwaltschaft Zweibrücken entscheiden": the article belongs to the
    prosecutor's office, the town renames it; "welche Maßnahmen Aachen ergreifen muss" keeps Aachen
    as the subject."""
    body = tokens_of("In dem Verfahren muss nun die Generalstaatsanwaltschaft Zweibrücken entscheiden.")
    assert head_of(body, "die") == "Generalstaatsanwaltschaft"
    assert head_of(body, "Zweibrücken") == "Generalstaatsanwaltschaft"
    measures = tokens_of("Offen ist, welche Maßnahmen Aachen ergreifen muss.")
    assert not any("renames" in hint for hint in measures["Aachen"].hints)  # no classifier: the subject


def test_a_genitive_name_the_tagger_called_an_adjective_is_the_owner_of_its_noun() -> None:
    # "auf Trumps Ankündigung" as the statistical model read it in a news article: "Trumps" an
    # attributive adjective (ADJA) carrying the preposition, "Trump" named earlier in the text
    from spacy.tokens import Doc

    from reader.nlp import load_pipeline
    from reader.nlp.phrase_heads import correct_phrase_heads

    words = ["Trump", "spricht", ".", "Sie", "reagieren", "auf", "Trumps", "Ankündigung", "."]
    doc = _repaired(
        words=words,
        tags=["NE", "VVFIN", "$.", "PPER", "VVFIN", "APPR", "ADJA", "NN", "$."],
        pos=["PROPN", "VERB", "PUNCT", "PRON", "VERB", "ADP", "ADJ", "NOUN", "PUNCT"],
        heads=[1, 1, 1, 4, 4, 6, 7, 4, 4], deps=["nsubj", "ROOT", "punct", "nsubj", "ROOT", "case", "amod", "obl", "punct"],
        sent_starts=[True, False, False, True, False, False, False, False, False],
    )
    correct_phrase_heads(doc)
    assert (doc[6].pos_, doc[6].dep_, doc[6].head.text) == ("PROPN", "nmod:poss", "Ankündigung")
    assert doc[5].head.text == "Ankündigung"


def test_the_subject_the_parser_hung_on_an_auxiliary_is_its_verbs() -> None:
    """"hatte es Gespräche … gegeben": "es" is gegeben's, so the clause reads "es gibt" (there were talks);
    "…, weil man der Ansicht war" keeps its own verb, which the parser took for an auxiliary."""
    tokens = tokens_of(
        "Den ganzen Tag über hatte es Gespräche zwischen der spanischen Außenministerin und dem britischen "
        "Außenminister Jack Straw gegeben."
    )
    assert head_of(tokens, "es") == "gegeben" and tokens["gegeben"].phrase["term"] == "es gibt …"
    tokens = tokens_of(
        "Er sagte, dass das Embargo nicht verhängt worden sei, „weil man der Ansicht war, dass China "
        "eine aggressive Außenpolitik machen würde.“"
    )
    assert head_of(tokens, "man") != "verhängt"
    # the commas of a list of places open no clause: "es" is still gegeben's
    tokens = tokens_of("Streit hatte es schon vor allem in Bayern, in Bremen und im Landtag gegeben.")
    assert head_of(tokens, "es") == "gegeben" and tokens["gegeben"].phrase["term"] == "es gibt …"


def test_for_example_written_z_b_hangs_on_the_example_not_the_example_on_it() -> None:
    """"Parasiten (z. B. Bandwürmer)": the parser took "B." for a noun with the example as its apposition;
    the example renames "Parasiten" and "z. B." (zum Beispiel) hangs on it."""
    tokens = tokens_of("Im Darm leben oft Parasiten (z. B. Bandwürmer), die Nährstoffe rauben.")
    assert head_of(tokens, "Bandwürmer") == "Parasiten"
    assert head_of(tokens, "B.") == "Bandwürmer"


def _repaired(**parse):
    """A sentence with the parse given (a parser's slip from the original text), its phrase heads and cases
    repaired as the pipeline repairs them."""
    from spacy.tokens import Doc

    from reader.nlp import load_pipeline
    from reader.nlp.morphology import correct_morphology
    from reader.nlp.phrase_heads import correct_phrase_heads

    doc = Doc(load_pipeline().vocab, **parse)
    correct_phrase_heads(doc)
    correct_morphology(doc)
    return doc


def test_an_article_hung_on_an_attribute_is_the_noun_s() -> None:
    """"Tweets des abgewählten, aber noch amtierenden Präsidenten" with "des" hung on "abgewählten" (the
    parse of the original sentence): the article is the noun's, and the noun a genitive singular."""
    words = ["Sie", "las", "Tweets", "des", "abgewählten", ",", "aber", "amtierenden", "Präsidenten", "."]
    doc = _repaired(
        words=words,
        pos=["PRON", "VERB", "NOUN", "DET", "ADJ", "PUNCT", "CCONJ", "ADJ", "NOUN", "PUNCT"],
        tags=["PPER", "VVFIN", "NN", "ART", "ADJA", "$,", "KON", "ADJA", "NN", "$."],
        heads=[1, 1, 1, 4, 8, 7, 7, 8, 2, 1],
        deps=["nsubj", "ROOT", "obj", "det", "amod", "punct", "cc", "amod", "nmod", "punct"],
        morphs=["Case=Nom", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin", "Case=Acc|Number=Plur",
                "Case=Gen|Gender=Masc|Number=Sing", "", "", "", "", "Case=Dat|Number=Plur", ""],
    )
    assert doc[3].head.i == 8
    assert doc[8].morph.get("Case") == ["Gen"] and doc[8].morph.get("Number") == ["Sing"]


def test_a_genitive_name_right_after_its_noun_is_its_attribute_wherever_the_parser_hung_it() -> None:
    """"…, die die Unabhängigkeit Flanderns fordert" with "Flanderns" the verb's object (the parse of the
    original sentence): a name in -s right after a noun is its genitive attribute."""
    words = ["Die", "Partei", ",", "die", "die", "Unabhängigkeit", "Flanderns", "fordert", ",", "wächst", "."]
    doc = _repaired(
        words=words,
        pos=["DET", "NOUN", "PUNCT", "PRON", "DET", "NOUN", "PROPN", "VERB", "PUNCT", "VERB", "PUNCT"],
        tags=["ART", "NN", "$,", "PRELS", "ART", "NN", "NE", "VVFIN", "$,", "VVFIN", "$."],
        heads=[1, 9, 7, 7, 5, 7, 7, 1, 9, 9, 9],
        deps=["det", "nsubj", "punct", "nsubj", "det", "obj", "obj", "acl:relcl", "punct", "ROOT", "punct"],
        morphs=["Case=Nom", "Case=Nom|Number=Sing", "", "Case=Nom|PronType=Rel", "Case=Acc", "Case=Acc", "Case=Acc|Number=Sing",
                "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", ""],
    )
    assert doc[6].head.i == 5 and doc[6].morph.get("Case") == ["Gen"]
    assert doc[5].morph.get("Case") == ["Acc"]
