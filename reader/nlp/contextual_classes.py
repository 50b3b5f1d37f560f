"""Word classes the neighbouring words or the word's relation decide, where the model's class is wrong.

"Einer der Verteidiger" and "Jeden Tag" open a sentence with a determiner the model calls a noun
("single scull"); "zu militärischen Zwecken" has a preposition it calls a particle (the infinitive's
"to"); "Sie halten uns für dumm" has a complement it calls an adverb ("stupidly"); "spart … jährlich eine
Summe" has an adverb it calls a preposition; "Gemäß Wang …", "Gegenüber Dezember …" open a sentence with
a preposition it calls a noun; "nördlich der Kammlinie" a preposition it calls an adjective; ", das China
… erlaubt" a relative pronoun it calls an article;
"pro-aserbaidschanisch" a first part it calls a preposition; "Diejenigen, die …" a demonstrative it calls a
noun; "beschreibt, wie schnell …" the interrogative "wie" (how) it calls a comparison; "nach dem
lateinischen bzw. englischen Wort" a conjunction it calls a noun; "…; denn der Steuermann …" the
conjunction "denn" (for) it calls a particle.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.lexicon import LexiconMissingError, function_entry, lookup
from reader.nlp.article_repairs import attribute_without_article
from reader.nlp.capitalised_words import listed_as
from reader.nlp.doc_arrays import merged, tokens_where
from reader.nlp.doc_facts import sentence_start
from reader.nlp.lang.articles import adjective_ending, determiner_readings
from reader.nlp.lang.grammar import SUBORDINATORS
from reader.nlp.lang.prepositions import WO_ADVERBS, governed_cases
from reader.nlp.morph_features import feature_values
from reader.nlp.names import named_by_itself
from reader.nlp.noun_forms import noun_reading, plural_form
from reader.nlp.noun_lexicon import declines_weakly
from reader.nlp.parse_edits import set_head, take_place
from reader.nlp.participles import participle_of
from reader.nlp.relative_pronouns import closes_a_coordinated_clause, verb_final_clause
from reader.nlp.verb_clauses import clause_end
from reader.nlp.verb_form_checks import dictionary_verb, inflected_verb, only_a_participle

if TYPE_CHECKING:  # annotations only: importing the rule must not load spaCy
    from spacy.tokens import Doc, Token


def determiners_taken_for_nouns(doc: Doc) -> None:
    """"Einer der Verteidiger sagte", "Jeden Tag kommen …" with "Einer" as the noun (a single scull) and
    "Jeden" as a noun: a capitalised word the curated function words have as a determiner, right before
    a genitive plural article or before the noun it belongs to, is that determiner (UD has "einer" as
    DET too), with its base form."""
    for token in tokens_where(doc, "POS", ("NOUN", "PROPN")):
        if not token.text[:1].isupper() or token.i + 1 >= len(doc):
            continue
        following = doc[token.i + 1]
        partitive = following.tag_ == "ART" and {"Gen"} <= set(feature_values(following, "Case")) \
            and {"Plur"} <= set(feature_values(following, "Number"))
        attached = token.head.i == following.i and following.pos_ in ("NOUN", "PROPN")
        entry = function_entry(token.lower_, "DET") if partitive or attached else None  # (asked last: the costly test)
        if entry is None:
            continue
        token.pos_, token.tag_, token.lemma_ = "DET", "PIS" if partitive else "PIAT", entry.term
        if not partitive:
            set_head(token, following, "det")


_DERJENIGE = tuple(f"{article}jenige{ending}" for article in ("der", "die", "das", "des", "dem", "den") for ending in ("", "n"))


def demonstratives_taken_for_other_words(doc: Doc) -> None:
    """"Diejenigen, die kamen, blieben", "Er half denjenigen, die …" with the demonstrative as a noun or
    an adjective: a form of "derjenige" is a demonstrative pronoun (the one, those), or the determiner of
    the noun right after it ("diejenigen Länder, die …")."""
    for token in tokens_where(doc, "LOWER", _DERJENIGE):
        following = doc[token.i + 1] if token.i + 1 < len(doc) else token
        before_noun = following.pos_ in ("NOUN", "PROPN", "ADJ") and following.i != token.i
        token.pos_, token.tag_ = ("DET", "PDAT") if before_noun else ("PRON", "PDS")
        token.lemma_ = "derjenige"


def predicative_adjectives_taken_for_adverbs(doc: Doc) -> None:
    """"Sie halten uns für dumm", "bezeichnete den Plan als unsinnig" with the complement called an
    adverb ("stupidly"): a dictionary adjective that completes the verb's object (xcomp) or follows
    "für" or "als" says what the object is, so it is the undeclined adjective (ADJD)."""
    for token in tokens_where(doc, "POS", ("ADV",)):
        if not token.is_lower:
            continue
        if token.dep_ == "xcomp" or any(c.dep_ == "case" and c.lower_ in ("für", "als") for c in token.children):
            if token.tag_ == "ADJD" or listed_as(token.lower_, "ADJ"):
                token.pos_, token.tag_ = "ADJ", "ADJD"
                token.set_morph("Degree=Pos")


def wo_adverbs_taken_for_other_words(doc: Doc) -> None:
    """"…, worauf der Vater eine neue Frau heiratet", "Worauf wartest du?" with "worauf" a preposition
    governing "Vater" or a noun: a "wo" + preposition word is an adverb of its clause (whereupon, on what),
    the noun after it a phrase of the clause in its own case."""
    for token in tokens_where(doc, "LOWER", WO_ADVERBS):
        if token.pos_ == "ADV":
            continue
        token.pos_, token.tag_ = "ADV", "PWAV"
        token.set_morph(None)
        if token.dep_ == "case" and token.head.i > token.i and token.head.head.i != token.head.i:
            set_head(token, token.head.head, "advmod")


def prepositions_taken_for_particles(doc: Doc) -> None:
    """"zu militärischen Zwecken" with "zu" tagged a preposition (APPR) but classed a particle, which
    would gloss it as the infinitive's "to": a word both the tag and its relation ("case" of a noun
    phrase) make a preposition is one. So is "zu" tagged the infinitive's particle where the parser made
    it the preposition of the noun after it ("kommt es … immer wieder zu bedrohlichen Situationen")."""
    for token in tokens_where(doc, "POS", ("PART",)):
        if token.dep_ != "case":
            continue
        if token.tag_ in ("APPR", "APPRART"):
            token.pos_ = "ADP"
        elif token.tag_ == "PTKZU" and token.head.pos_ in ("NOUN", "PROPN") and token.head.i > token.i:
            token.pos_, token.tag_ = "ADP", "APPR"


def adverbs_taken_for_prepositions(doc: Doc) -> None:
    """"Der Staat spart … jährlich eine Summe von …", "unter dem Druck steigender Sympathiewerte" with
    "jährlich" and "steigender" tagged prepositions: a lower-case word that is no preposition (neither
    the grammar's list nor the curated function words have it) is the adverb or adjective the dictionary
    has; an adverb modifies the verb the phrase after it belongs to, an inflected adjective the noun. A
    form of a verb the dictionary has is that verb, finite ("…, übt gemeinsam mit dem Rat … aus")."""
    for token in tokens_where(doc, "POS", ("ADP",)):
        if not token.is_lower or not token.is_alpha or token.tag_ not in ("APPR", "APPRART"):
            continue
        if governed_cases(token.lower_) or function_entry(token.lower_, "ADP") is not None:
            continue
        noun = token.head if token.head.pos_ in ("NOUN", "PROPN") and token.head.i > token.i else None
        ending = adjective_ending(token.text)
        adverb = listed_as(token.lower_, "ADV")
        if adverb or listed_as(token.lower_, "ADJ") and token.lower_ == token.lemma_.lower():
            token.pos_, token.tag_ = ("ADV", "ADV") if adverb else ("ADJ", "ADJD")
            if noun is not None:
                set_head(token, noun.head if noun.head.i != noun.i else noun, "advmod")
        elif ending and noun is not None and (listed_as(token.lower_[: -len(ending)], "ADJ") or participle_of(token.text)):
            token.pos_, token.tag_ = "ADJ", "ADJA"
            set_head(token, noun, "amod")
        elif (verb := inflected_verb(token)) is not None and dictionary_verb(verb):
            token.pos_, token.tag_ = "VERB", "VVFIN"  # "…, übt gemeinsam mit dem Rat … aus": ausüben's finite verb
            token.lemma_ = verb
            # (its ending gives its number: "übt" is the third person singular, "üben" a plural)
            token.set_morph(f"Number={'Plur' if token.lower_.endswith('n') else 'Sing'}|Person=3|VerbForm=Fin")


def prepositions_before_a_predicate(doc: Doc) -> None:
    """"Die Sprachen sind nahe verwandt" with "nahe" a preposition hung on "verwandt": a preposition
    governs a phrase, so one hung on the predicate adjective right after it, with no noun before it that
    it could follow ("den Fremden gegenüber"), is the adverb (closely) or the adjective the dictionary
    also has."""
    for token in tokens_where(doc, "POS", ("ADP",)):
        predicate = token.head
        if predicate.i != token.i + 1 or predicate.tag_ != "ADJD" or not token.is_lower:
            continue
        if token.i and doc[token.i - 1].pos_ in ("NOUN", "PROPN", "PRON"):
            continue
        adverb = listed_as(token.lower_, "ADV")
        if adverb or listed_as(token.lower_, "ADJ"):
            token.pos_, token.tag_ = ("ADV", "ADV") if adverb else ("ADJ", "ADJD")
            token.set_morph(None)
            token.dep_ = "advmod"


def adjectives_governed_by_a_preposition(doc: Doc) -> None:
    """"von rechts nach links", "von weitem" with "rechts" an adjective (right-wing) and a dative of "das
    rechts": a lower-case adjective right after the preposition it heads, with no noun of its own, is the
    adverb the dictionary lists (on the right, to the left); a preposition's noun would be capitalised."""
    for token in tokens_where(doc, "POS", ("ADJ", "NOUN")):  # (a noun in lower case, as the model may call it)
        if not token.is_lower or token.i == 0 or not listed_as(token.lower_, "ADV"):
            continue
        preposition = doc[token.i - 1]
        if preposition.pos_ != "ADP" or preposition.lower_ in _BEFORE_A_PREDICATE or preposition.head.i != token.i:
            continue  # ("gelten als einfach", "für dumm halten": a predicate after them is the adjective)
        if any(child.pos_ in ("NOUN", "PROPN") for child in token.children):
            continue
        token.pos_, token.tag_ = "ADV", "ADV"
        token.set_morph(None)


_GENITIVE_ARTICLES = frozenset({"des", "der", "eines", "einer"})
# Words a predicate adjective follows: "als einfach", "für dumm", "rückständig bis archaisch" (a range).
_BEFORE_A_PREDICATE = frozenset({"als", "wie", "bis", "für"})


def adjectives_taken_for_prepositions(doc: Doc) -> None:
    """"Knapp nördlich der Kammlinie verläuft die Grenze", "südlich des Flusses" with "nördlich" an
    adjective (northern): an undeclined adjective the grammars list as a genitive preposition, right
    before an article that can be a genitive and its noun, is that preposition ("north of"); "nördlich
    von Berlin" and "der nördliche Teil" keep their adjective. So is one of a dative preposition (or an
    adverb the tagger saw) before a dative phrase ("gemäß eigenem Selbstverständnis": according to), whatever
    the tagger's tag ("mitsamt dem … Krankenhaus" tagged a finite verb the morphologizer made an adjective)."""
    for token in merged(tokens_where(doc, "TAG", ("ADJD", "ADV")), tokens_where(doc, "POS", ("ADJ", "ADV"))):
        cases = governed_cases(token.lower_) if token.i + 2 < len(doc) else ()
        if not cases:
            continue
        article, noun = doc[token.i + 1], doc[token.i + 1].head
        if noun.i <= article.i or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        # (or an adjective's strong genitive plural before a plural: "mittels persönlicher Verhandlungen")
        strong_plural = article.pos_ == "ADJ" and article.lower_.endswith("er") and "Plur" in feature_values(noun, "Number")
        genitive = cases[0] == "Gen" and (article.lower_ in _GENITIVE_ARTICLES and article.pos_ == "DET" or strong_plural)
        # "gemäß eigenem Selbstverständnis", "entsprechend den Regeln": a dative phrase after a dative preposition
        dative = cases == ("Dat",) and article.pos_ in ("DET", "ADJ") and "Dat" in feature_values(noun, "Case")
        if not (genitive or dative):
            continue
        token.pos_, token.tag_ = "ADP", "APPR"
        token.set_morph("")
        if noun.head.i == token.i:  # the parser hung the noun on the adjective: it takes the adjective's place
            set_head(noun, token.head if token.head.i != token.i else noun, "obl")
        set_head(token, noun, "case")


def adjectives_hung_before_a_preposition(doc: Doc) -> None:
    """"wurde entsprechend von den Römern … bezeichnet" with "entsprechend" hung on "Römern" as its
    preposition: a phrase has one preposition, here the "von" right after it, so an undeclined adjective
    before that one is an adverb of the verb ("accordingly"), not the noun's."""
    for token in tokens_where(doc, "DEP", ("case",)):
        noun = token.head
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.tag_ != "ADJD" or following is None or following.pos_ != "ADP" or following.head.i != noun.i:
            continue
        token.pos_, token.tag_ = "ADV", "ADJD"
        token.set_morph("")
        set_head(token, noun.head if noun.head.i != noun.i else noun, "advmod")


def adverbs_taken_for_conjunctions(doc: Doc) -> None:
    """"Seitdem sind fast 16 Jahre vergangen" with "Seitdem" classed a conjunction: a subordinating
    conjunction's clause ends in its finite verb, so a word right before a finite verb that the tagger
    calls an adverb (PAV) or the dictionary has as one is that adverb."""
    for token in tokens_where(doc, "POS", ("SCONJ",)):
        if token.i + 1 >= len(doc) or not doc[token.i + 1].tag_.endswith("FIN"):
            continue
        if token.tag_ in ("PAV", "ADV") or listed_as(token.lower_, "ADV"):
            token.pos_ = "ADV"
            if token.tag_ != "PAV":
                token.tag_ = "ADV"


def questions_taken_for_comparisons(doc: Doc) -> None:
    """"beschreibt, wie schnell … ein Körper seinen Ort verändert" with "wie" tagged the comparing
    conjunction (as): "wie" before an adjective or adverb that opens a clause ending in its finite verb
    asks how (the interrogative adverb); "so schnell wie möglich" has no such clause."""
    for token in tokens_where(doc, "TAG", ("KOKOM",)):
        if token.lower_ == "wie" and asks_how(token):
            token.pos_, token.tag_ = "ADV", "PWAV"


def asks_how(wie: Token) -> bool:
    """*wie* before an adjective or adverb opens a clause that ends in its finite verb: "wie schnell
    … verändert", "wie lange das dauert"."""
    after = wie.doc[wie.i + 1] if wie.i + 1 < len(wie.doc) else None
    return (
        after is not None and after.pos_ in ("ADJ", "ADV") and participle_of(after.text) is None
        and _verb_closing_the_clause(wie) is not None
    )


def conjunctions_taken_for_nouns(doc: Doc) -> None:
    """"nach dem lateinischen bzw. englischen Wort" with "bzw." as the phrase's noun: a lower-case word
    the curated function words have as a conjunction ("bzw", "sowie") and the dictionary has not in
    the class it was given (no noun "Bzw", no adjective) joins the words beside it."""
    for token in tokens_where(doc, "POS", ("NOUN", "PROPN", "ADJ")):
        if not token.is_lower:
            continue
        word = token.lower_.rstrip(".")
        try:
            if function_entry(word, "CCONJ") is None or listed_as(word.capitalize(), "NOUN") or listed_as(word, "ADJ"):
                continue
        except LexiconMissingError:
            return
        token.pos_, token.tag_ = "CCONJ", "KON"
        token.set_morph(None)


def possessives_taken_for_verbs(doc: Doc) -> None:
    """"Über sein genaues Geburtsdatum …", "Ihre lange, klebrige Zunge …" with "sein", "Ihre" a verb or an
    auxiliary though tagged a possessive determiner (PPOSAT): before its noun's adjective or the noun, the
    tag is right."""
    for token in tokens_where(doc, "TAG", ("PPOSAT",)):
        if token.pos_ in ("AUX", "VERB"):
            token.pos_ = "DET"
            token.set_morph("Poss=Yes|PronType=Prs")


def denn_opening_a_clause(doc: Doc) -> None:
    """"…, denn der Steuermann stand links" with "denn" tagged the particle (then, so): after a comma or
    at the start of a sentence it is the conjunction (for, because); the particle stands inside its
    clause ("Was ist denn los?")."""
    for token in tokens_where(doc, "LOWER", ("denn",)):
        before = doc[token.i - 1] if token.i else None
        if token.pos_ == "ADV" and (before is None or before.text in (",", ";") or token.is_sent_start):
            token.pos_, token.tag_ = "CCONJ", "KON"


def prefixes_taken_for_prepositions(doc: Doc) -> None:
    """"einer pro-aserbaidschanischen Lobbygruppe" with "pro" tagged a preposition governing the noun: a
    word joined by a hyphen to the word after it, with no space, is that word's first part (a truncated
    part, TRUNC), no preposition of the phrase."""
    for token in tokens_where(doc, "POS", ("ADP",)):
        if token.whitespace_ or token.i + 2 >= len(doc):
            continue
        hyphen, word = doc[token.i + 1], doc[token.i + 2]
        if hyphen.text in ("-", "‑") and not hyphen.whitespace_ and word.is_alpha:
            token.pos_, token.tag_ = "X", "TRUNC"
            set_head(token, word, "compound")


_D_RELATIVES = frozenset({"der", "die", "das", "dem", "den", "denen", "dessen", "deren", "derer"})


def relative_pronouns_taken_for_determiners(doc: Doc) -> None:
    """"des Gesetzes, das China kriegerische Mittel erlaubt" with "das" tagged a relative pronoun (PRELS)
    but classed an article: a word the tagger calls a relative pronoun standing for a noun, that is no
    noun's article, is that pronoun (UD: PRON, PronType=Rel), and the clause rules count it as the
    relative clause's subject or object."""
    for token in tokens_where(doc, "TAG", ("PRELS",)):
        if token.pos_ == "DET" and token.dep_ != "det" and token.lower_ in _D_RELATIVES:  # (UD: "welcher" is DET)
            kept = {f: v for f, v in token.morph.to_dict().items() if f in ("Case", "Gender", "Number")}
            token.pos_ = "PRON"
            token.set_morph({**kept, "PronType": "Rel"})


def relative_pronouns_after_a_comma(doc: Doc) -> None:
    """"…, an dem Donald Trump zum Golfspielen geflogen war", "…, durch die eine Verfolgung … verhindert
    wird", "…, in der germanische Stämme … beibrachten", "…, die einfache Antworten … liefert", "…, der
    einen Hut trägt": after a comma (and a preposition), a d-word before another article or an attribute
    that no article stands before ("-e" before a plural noun) — after a preposition also before a name —
    is a relative pronoun where its clause ends in its finite verb (a main clause puts its finite verb
    right after the phrase: "…, in dem Bericht der Kommission stehe …", unless no article can
    stand before it; "…, die alten Regeln gelten" has an article's "-en"). It takes its preposition and
    hangs on the clause's verb; without one it is the clause's subject, or its object in the accusative
    ("den") or dative ("dem", "denen"). A clause the parser joined to the one before the comma hangs on
    the noun before the comma."""
    for token in tokens_where(doc, "TAG", ("ART",)):
        if token.lower_ not in _D_RELATIVES or token.i < 2 or token.dep_ != "det" or token.head.i < token.i:
            continue
        # (past adverbs: "…, in der fast ausschließlich wohlhabende Familien wohnten")
        preposition, following = doc[token.i - 1], next((t for t in doc[token.i + 1 :] if t.pos_ != "ADV"), doc[token.i + 1])
        if preposition.text == "," or _second_relative_clause(token):
            preposition, comma = None, preposition
        else:
            comma = doc[token.i - 2]
            if preposition.tag_ != "APPR" or preposition.lower_ in SUBORDINATORS:  # "…, bis der …"
                continue
        if comma.text not in (",", "und", "oder") or token.is_sent_start or token.lower_ in _RELATIVE_DETERMINERS:
            continue
        # (no article can stand before it, or the article after it fits none of its readings: "der einen")
        unmistakable = (
            attribute_without_article(following) or _articles_disagree(token, following)
            or _plural_after_singular(token, following)
        )
        after_preposition = preposition is not None and (
            following.pos_ == "PROPN" or following.pos_ == "NOUN" and comma.text == "," and verb_final_clause(token)
        )
        if not (unmistakable or following.tag_ == "ART" or after_preposition):
            continue
        finite = _verb_closing_the_clause(token)
        if finite is None or finite.i == token.head.right_edge.i + 1 and not unmistakable:
            continue
        _make_relative(token, preposition, comma, finite)
    for token in tokens_where(doc, "LOWER", _WELCH_FORMS):
        # "…, in welchen … hineinreichten" with "welchen" tagged a noun: the relative pronoun "welch-"
        preposition, comma = _opening_comma(token)
        # (a determiner of the question's noun, "…, welche Rolle Berlin spielt"; but no name takes one:
        # "Die Region, welche Birmingham umgibt": the relative pronoun, its subject; nor does a relative
        # clause's pronoun after its noun: "die Möglichkeiten der Kommissarin, welche … Maßnahmen umfassen")
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        before_a_name = following is not None and (following.pos_ == "PROPN" or named_by_itself(following.text))
        relative = before_a_name or _after_its_noun(comma)
        if token.tag_ in ("PRELS", "PWS") or token.tag_ == "PWAT" and not relative or comma is None or comma.text != ",":
            continue
        finite = _verb_closing_the_clause(token)
        if finite is not None:
            _make_relative(token, preposition, comma, finite)


def interrogative_determiners_taken_for_pronouns(doc: Doc) -> None:
    """"Der Fall zeigte, über welche Finanzkraft die Vereine verfügen" with "welche" the relative pronoun and
    "Finanzkraft" hung elsewhere: a relative "welch-" stands alone, so before a noun it is the question's
    determiner of that noun (which), and the clause an indirect question; the noun takes its place."""
    for token in tokens_where(doc, "LOWER", _WELCH_FORMS):
        noun = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if noun is None or token.tag_ not in ("PRELS", "PWS") or noun.pos_ != "NOUN" or noun.head.i == token.i:
            continue
        if named_by_itself(noun.text):
            continue  # no determiner before a name: "Die Region, welche Birmingham umgibt"
        preposition, comma = _opening_comma(token)
        if _after_its_noun(comma):  # a relative clause's pronoun: "Handelspraktiken, bei welchen Unternehmen … anbieten"
            finite = _verb_closing_the_clause(token)
            if finite is not None and token.dep_ in ("det", "amod"):
                _make_relative(token, preposition, comma, finite)
            continue
        take_place(noun, token)
        for child in list(token.children):
            set_head(child, noun)
        token.pos_, token.tag_ = "DET", "PWAT"
        token.set_morph({**{f: v for f, v in token.morph.to_dict().items() if f in ("Case", "Gender", "Number")}, "PronType": "Int"})
        set_head(token, noun, "det")


def _opening_comma(token: Token) -> tuple[Token | None, Token | None]:
    """The preposition right before *token*, if any, and the word before that (a comma where *token* opens
    a clause)."""
    doc = token.doc
    preposition = doc[token.i - 1] if token.i > 1 and doc[token.i - 1].tag_ == "APPR" else None
    return preposition, doc[token.i - 2] if preposition is not None else doc[token.i - 1] if token.i else None


def _after_its_noun(comma: Token | None) -> bool:
    """A comma right after a noun: a clause "welch-" opens there describes that noun (an indirect question
    follows a verb: "zeigte, über welche Finanzkraft …")."""
    return comma is not None and comma.text == "," and comma.i > 0 and comma.doc[comma.i - 1].pos_ in ("NOUN", "PROPN")


def _make_relative(token: Token, preposition: Token | None, comma: Token, finite: Token) -> None:
    """Make *token* the relative pronoun of the clause *finite* closes, with its preposition."""
    doc = token.doc
    verb = finite.head if finite.dep_.startswith("aux") and finite.head.i != finite.i else finite
    # the noun the word was taken for the article of, hung outside the clause or holding its preposition
    # ("…, bei welchen Unternehmen … anbieten": the companies offer, the preposition is the pronoun's)
    noun = token.head if token.dep_ in ("det", "amod") and token.head.i > token.i else None
    if noun is not None and noun.head.i > comma.i and not (preposition is not None and preposition.head.i == noun.i):
        noun = None
    kept = {f: v for f, v in token.morph.to_dict().items() if f in ("Case", "Gender", "Number")}
    token.pos_, token.tag_ = "PRON", "PRELS"
    token.set_morph({**kept, "PronType": "Rel"})
    if preposition is None:
        set_head(token, verb, _RELATIVE_ROLES.get(token.lower_, "nsubj"))
    elif set_head(token, verb, "obl"):
        set_head(preposition, token, "case")
    if noun is not None and not any(child.dep_.startswith("nsubj") and child.i > comma.i for child in verb.children):
        set_head(noun, verb, "nsubj")  # "…, bei dem Parlament und Rat gleichberechtigt sind": no phrase of the noun before
    antecedent = doc[comma.i - 1]
    if comma.text == "," and antecedent.pos_ in ("NOUN", "PROPN") and verb.dep_ == "conj" and verb.head.i < comma.i:
        set_head(verb, antecedent, "acl:relcl")  # (the parser took the clause for a main clause's conjunct)


# The forms of the relative "welch-" (written, not spoken German: "…, in welchen …").
_WELCH_FORMS = ("welcher", "welche", "welches", "welchem", "welchen")


def _second_relative_clause(word: Token) -> bool:
    """"…, deren Identität … ist und der einen Anzug trägt": after "und" and a relative clause, a d-word
    before an article it cannot share a phrase with (no case, gender and number fit both) opens a
    second relative clause."""
    doc = word.doc
    if doc[word.i - 1].lower_ not in ("und", "oder") or word.i + 1 >= len(doc):
        return False
    if not _articles_disagree(word, doc[word.i + 1]):
        return False
    return any(t.tag_ in ("PRELS", "PRELAT") for t in doc[sentence_start(word) : word.i])


def _articles_disagree(word: Token, following: Token) -> bool:
    """*following* is an article with no case, gender and number that *word*, read as an article, has."""
    own, next_ = determiner_readings(word.lower_), determiner_readings(following.lower_)
    return following.tag_ == "ART" and own is not None and next_ is not None and not own[1] & next_[1]


def _plural_after_singular(word: Token, following: Token) -> bool:
    """*following* is a noun in a plural form no singular spells, and *word*, read as an article, has no
    plural: "…, das Gewebeschädigungen verhindert" ("das" is no article of a plural)."""
    readings = determiner_readings(word.lower_)
    if readings is None or any(r[2] == "Plur" for r in readings[1]) or not plural_form(following):
        return False
    gender, plural, _, lemma = noun_reading(following)
    return not declines_weakly(lemma, gender, plural)  # "dem Präsidenten": a weak noun's singular


# A relative pronoun's role where its form allows one only; "der", "die", "das" open a clause as its subject.
_RELATIVE_ROLES = {"den": "obj", "dem": "iobj", "denen": "iobj"}
# Relative d-words that are determiners of the noun after them: "…, dessen Vater …", "…, deren Kinder …".
_RELATIVE_DETERMINERS = frozenset({"dessen", "deren", "derer"})


def _verb_closing_the_clause(opener):
    """The finite verb that ends the clause *opener* opens, where it is the clause's only one; else None
    (also where the form tagged finite is only a participle: "…, in der Schweiz auch Blocklaufen genannt,")."""
    doc = opener.doc
    end = clause_end(opener)
    finite = [word for word in doc[opener.i + 1 : end] if word.tag_.endswith("FIN")]
    if finite and finite[0].i + 1 < end and closes_a_coordinated_clause(finite[0], doc[finite[0].i + 1]):
        finite, end = finite[:1], finite[0].i + 1  # "…, bei dem … gleichberechtigt sind und … einbringen können"
    if len(finite) != 1 or finite[0].i != end - 1 or only_a_participle(finite[0].lower_):
        return None
    return finite[0]


# Words that open a noun phrase right after a preposition.
_PHRASE_OPENERS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})


def prepositions_opening_a_sentence(doc: Doc) -> None:
    """"Gemäß Wang stellte sie sich … vor" with "Gemäß" as a noun (the subject) and the name hung on it: a
    capitalised first word that is a preposition and no noun is that preposition, and the phrase after
    it is the verb's, governed by it. So is one that is a noun too ("Laut", "Dank", "Gegenüber") where
    the parser hung it, with no article of its own, on the noun phrase right after it ("Gegenüber
    Dezember letzten Jahres gibt es …")."""
    for sentence in doc.sents:
        first = sentence[0]
        if first.pos_ == "ADP" or not first.is_title or first.i + 1 >= len(doc) or not governed_cases(first.lower_):
            continue
        hung_on_phrase = first.head.i > first.i and first.head.pos_ in ("NOUN", "PROPN")
        try:
            if lookup(first.text, "NOUN").pos == "NOUN" and not (
                hung_on_phrase and doc[first.i + 1].pos_ in _PHRASE_OPENERS
                and not any(c.dep_ == "det" for c in first.children)
            ):
                continue  # "Laut" (a sound), "Dank" (thanks): nouns too
        except LexiconMissingError:
            return
        if hung_on_phrase:
            phrase = first.head
            if phrase.head.pos_ in ("VERB", "AUX") and phrase.dep_ in ("nsubj", "obj", "iobj", "dep"):
                phrase.dep_ = "obl"
            first.dep_ = "case"
        else:
            phrase = next((c for c in first.children if c.i > first.i and c.pos_ in ("NOUN", "PROPN")), None)
            if phrase is None:
                continue
            if first.head.i != first.i:  # (the sentence's root keeps its place: the parse has no verb above it)
                set_head(phrase, first.head, "obl")
            set_head(first, phrase, "case")
        first.pos_, first.tag_ = "ADP", "APPR"
        first.set_morph(None)
