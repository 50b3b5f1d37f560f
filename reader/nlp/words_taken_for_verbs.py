"""Words the statistical model took for a clause's verb where the word itself says it is none.

A capitalised word right after a noun or in a list of nouns ("Kultusminister Hans Zehetmair", "aus
Mythen, Sagen, Legenden und Märchen") is a noun or a name; a word no verb ends in that the dictionary has
as an adjective or adverb ("endgültig", "hinweg", "indes") is that word, and the verb the parser hung on
it heads the clause; a pronoun ("niemanden") is the object of the auxiliary hung on it, an adjective after
its article ("Die kleinsten") one made a noun; an inflected participle before a noun ("Gongadses
verstümmelte Leiche") is its attribute; an ordinal after its article ("Der siebte Tag") is no verb nor
noun, and with sein a participle that lives on as an adjective ("sind verschieden") is that adjective.
(Word classes one word or tag decides otherwise:
reader.nlp.word_classes.)

Each pass reads the words it may repair from the Doc's attribute arrays (reader.nlp.doc_arrays).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.lexicon import LexiconMissingError, function_entry, is_verb, lookup, ordinal_number
from reader.nlp import doc_facts, lemma_dictionary
from reader.nlp.capitalised_words import listed_as
from reader.nlp.doc_arrays import tokens_where
from reader.nlp.lang.articles import DEFINITE
from reader.nlp.lang.prepositions import governed_cases
from reader.nlp.noun_lexicon import listed_noun
from reader.nlp.parse_edits import hand_over, set_head, take_place
from reader.nlp.participles import participle_of
from reader.nlp.verb_form_checks import only_an_adjective
from reader.nlp.verb_forms import adjective_after_sein, infinitive_of_participle

if TYPE_CHECKING:  # annotations only: importing the rule must not load spaCy
    from spacy.tokens import Doc, Token


def names_taken_for_verbs(doc: Doc) -> None:
    """"… Kultusminister Hans Zehetmair (CSU)" with "Zehetmair" as a verb: a word capitalised inside its
    sentence that the STTS tagger calls a noun and that reads as no verb form (every infinitive ends
    in -n), or any capitalised word right after a noun ("Station Neugraben"), is a noun, or a name
    where the dictionary has no such noun."""
    for token in tokens_where(doc, "POS", ("VERB",)):
        if not token.is_title or token.is_sent_start:
            continue
        # "Station Neugraben": right after a noun, a capitalised word names it, whatever its tag; and one
        # listed with nouns is one of them ("aus Mythen, Sagen, Legenden und Märchen": legends)
        after_noun = doc[token.i - 1].pos_ in ("NOUN", "PROPN") and doc[token.i - 1].is_alpha  # (not "‚" tagged a noun)
        nounlike = after_noun or _listed_with_nouns(token)
        if not nounlike and token.tag_ not in ("NN", "NE"):
            continue
        if not nounlike and lemma_dictionary.lemmatize(token.lower_).endswith("n"):
            continue  # "das Treffen", "beim Wandern": an infinitive made a noun keeps its verb's reading
        try:
            token.pos_ = "NOUN" if listed_noun(token.text) else "PROPN"
        except LexiconMissingError:
            return
        token.set_morph(None)


def _listed_with_nouns(token: Token) -> bool:
    """`token` stands in a list of nouns: a conjunct of a noun, or the first item with nouns after it."""
    if token.dep_ == "conj" and token.head.pos_ == "NOUN":
        return True
    return any(child.dep_ == "conj" and child.pos_ == "NOUN" for child in token.children)


def adverbs_taken_for_verbs(doc: Doc) -> None:
    """"… werde die Fraktion endgültig ihre Marschroute festlegen" with "endgültig" as the clause's verb
    (a verb, or an adjective heading it): a word that is no verb form (no infinitive ends in it) and that
    the lexicon has as an adjective is an adverb or adjective; the verb the parser hung on it after it
    heads the clause and takes its words (not where the adjective has its own copula: "Die Vorschläge
    sind unannehmbar und wir lehnen sie ab" are two clauses). So is a participle the lexicon has as an
    adverb ("wurden wiederholt Probleme festgestellt": repeatedly) before a participle the parser joined
    to it with neither "und" nor a comma: two verbs are not coordinated without either."""
    for token in tokens_where(doc, "POS", ("VERB", "ADJ")):
        if not token.is_lower or token.lower_.endswith("n"):
            continue
        verb = next((c for c in token.children if c.dep_ in ("conj", "xcomp") and c.i > token.i and c.pos_ == "VERB"), None)
        if verb is None or any(c.dep_ == "cop" for c in token.children):
            continue
        if verb.lower_.endswith("n"):
            if not only_an_adjective(token.lower_):
                continue
        elif not (token.pos_ == "VERB" and verb.tag_ == "VVPP" and _unjoined(token, verb) and lookup(token.lower_, "ADV").pos == "ADV"):
            continue
        hand_over(token, verb, "advmod")
        token.pos_, token.tag_ = "ADJ", "ADJD"
        token.set_morph("Degree=Pos")


def _unjoined(first: Token, second: Token) -> bool:
    """No "und"/"oder" and no punctuation between two words."""
    return not any(t.is_punct or t.pos_ == "CCONJ" for t in first.doc[first.i + 1 : second.i])


def function_words_taken_for_verbs(doc: Doc) -> None:
    """"über vier Jahre hinweg", "berichtete … indes", "seien unbegründet" with "hinweg", "indes",
    "unbegründet" as a verb: a lower-case word the tagger calls a verb (not a separable verb's particle)
    that is no verb nor a form of one is the adverb the curated function words or the dictionary list
    it as, or else the undeclined adjective the dictionary has; one the grammar lists as a preposition is
    that preposition of the noun after it ("Wahlfälschungen zugunsten der Regierungspartei")."""
    for token in tokens_where(doc, "POS", ("VERB",)):
        if not token.is_lower or not token.is_alpha or token.dep_ == "compound:prt":
            continue
        try:
            if is_verb(token.lower_) or is_verb(lemma_dictionary.lemmatize(token.lower_)):
                continue
            if governed_cases(token.lower_):
                _preposition_of_the_noun_after(token)
                continue
            adjective = listed_as(token.lower_, "ADJ")
            if not adjective and not (function_entry(token.lower_, "ADV") is not None or listed_as(token.lower_, "ADV")):
                continue
        except LexiconMissingError:
            return
        token.pos_, token.tag_ = ("ADJ", "ADJD") if adjective else ("ADV", "ADV")
        token.set_morph("Degree=Pos" if adjective else None)


def _preposition_of_the_noun_after(preposition: Token) -> None:
    """`preposition` governs the next noun; a noun the parser hung on it before it takes its place."""
    doc = preposition.doc
    noun = next((word for word in doc[preposition.i + 1 : preposition.sent.end] if word.pos_ in ("NOUN", "PROPN", "PRON")), None)
    if noun is None:
        return
    preposition.pos_, preposition.tag_ = "ADP", "APPR"
    preposition.set_morph(None)
    before = next((child for child in preposition.children if child.i < preposition.i and child.pos_ in ("NOUN", "PROPN")), None)
    if before is not None and take_place(before, preposition):
        for child in list(preposition.children):
            if child.i != before.i:
                set_head(child, before)
    set_head(preposition, noun, "case")


def pronouns_and_adjectives_taken_for_verbs(doc: Doc) -> None:
    """"eine Stadt, die niemanden über sich hatte", "Die kleinsten sind …" with "niemanden", "kleinsten" as
    verbs: a word that is no verb nor a form of one is the pronoun the curated function words have, or
    after an article the adjective made a noun that the dictionary has. An auxiliary the parser hung on
    such a pronoun is the clause's verb, with the pronoun its object."""
    for token in tokens_where(doc, "POS", ("VERB",)):
        if not token.is_lower or not token.is_alpha:
            continue
        try:
            if is_verb(token.lower_) or is_verb(lemma_dictionary.lemmatize(token.lower_)):
                continue
            before = doc[token.i - 1] if token.i else None
            if function_entry(token.lower_, "PRON") is not None:
                _pronoun_of_its_auxiliary(token)
                continue
            # (by its lemma too: "älteste", which the dictionary lists as the noun "Älteste")
            adjective = only_an_adjective(token.lower_) or listed_as(lemma_dictionary.lemmatize(token.lower_), "ADJ")
            if before is not None and before.lower_ in DEFINITE and adjective:
                token.pos_, token.tag_ = "ADJ", "ADJA"
                token.set_morph(None)
                before.pos_, before.tag_ = "DET", "ART"  # "Die älteste dieser Städte": the article, no "that"
                set_head(before, token, "det")
        except LexiconMissingError:
            return


def ordinals_taken_for_verbs_and_nouns(doc: Doc) -> None:
    """"Der siebte Tag", "jeder zehnte": after an article or determiner, a word the dictionary has as an
    ordinal number is that ordinal (seventh, tenth), no form of "sieben" (to sieve) nor the noun "Zehnte"
    (tithe); before its noun it is the noun's attribute, and the article is the noun's."""
    for token in tokens_where(doc, "POS", ("VERB", "AUX", "NOUN")):
        before = doc[token.i - 1] if token.i else None
        if before is None or before.tag_ not in _DETERMINER_TAGS or not (token.is_lower or before.lower_.startswith("jed")):
            continue  # ("jeder Zehnte", capitalised as a noun made of the ordinal)
        if ordinal_number(token.lower_) is None:
            continue
        token.pos_, token.tag_ = "ADJ", "ADJA"  # (its lemma: reader.nlp.lemmas)
        token.set_morph("NumType=Ord")
        noun = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
            continue  # "etwa jeder siebte": the ordinal stands for its noun
        if noun.head.i == token.i:
            hand_over(token, noun, "amod")
        else:
            for child in list(token.children):
                set_head(child, noun)
            set_head(token, noun, "amod")
        set_head(before, noun, "det" if before.tag_ != "APPRART" else "case")


def pronunciation_markers_taken_for_verbs(doc: Doc) -> None:
    """"Charlie Chaplin, sprich: Tscharli Tschäpplin": "sprich" between a comma and a colon says how a word is
    spoken (pronounced), no imperative of sprechen."""
    for token in tokens_where(doc, "LOWER", ("sprich",)):
        if introduces_a_pronunciation(token):
            token.pos_, token.tag_ = "ADV", "ADV"
            token.set_morph(None)


def introduces_a_pronunciation(sprich: Token) -> bool:
    """"sprich" between a comma and a colon: ", sprich: Tscharli Tschäpplin"."""
    doc = sprich.doc
    return 0 < sprich.i < len(doc) - 1 and doc[sprich.i - 1].text == "," and doc[sprich.i + 1].text == ":"


def participles_living_on_as_adjectives(doc: Doc) -> None:
    """"Die Regeln sind verschieden", "ist … sehr verschieden": with sein, a participle whose form is used
    far more as an adjective than its verb is (verscheiden, to pass away, is rare), or an old participle
    the lexicon lists as an adjective ("sind verwandt"), is that adjective (different, related), the
    predicate, and sein its copula: no Perfekt of the verb."""
    for token in tokens_where(doc, "POS", ("VERB",)):
        verb = infinitive_of_participle(token.lower_)
        if not token.is_lower or verb is None:
            continue
        auxiliaries = [c for c in token.children if c.dep_ in ("aux", "aux:pass", "cop")]
        if [lemma_dictionary.lemmatize(c.lower_) for c in auxiliaries] != ["sein"] or not adjective_after_sein(token.lower_, verb):
            continue
        token.pos_, token.tag_ = "ADJ", "ADJD"
        token.set_morph("Degree=Pos")
        auxiliaries[0].dep_ = "cop"


# Articles and determiners an ordinal follows ("der siebte", "jeder zehnte", "am siebten", "sein zweiter").
_DETERMINER_TAGS = frozenset({"ART", "PDS", "PDAT", "PIAT", "PIS", "PPOSAT", "APPRART"})


def _pronoun_of_its_auxiliary(pronoun: Token) -> None:
    pronoun.pos_, pronoun.tag_ = "PRON", "PIS"
    pronoun.set_morph(None)
    auxiliary = next((child for child in pronoun.children if child.dep_ == "aux" and child.tag_.endswith("FIN")), None)
    if auxiliary is None:
        return
    hand_over(pronoun, auxiliary, "obj")
    auxiliary.pos_ = "VERB"


def attributive_participles_taken_for_verbs(doc: Doc) -> None:
    """"2000 wurde Gongadses verstümmelte Leiche in einem Wald gefunden" with "verstümmelte" as the
    clause's finite verb: a clause has one finite verb, so an inflected participle right before a noun,
    after the clause's finite auxiliary and before the participle or infinitive that closes the clause,
    is the noun's attribute (a participle used as an adjective); the verb at the end heads the clause."""
    for token in tokens_where(doc, "POS", ("VERB",)):
        if not 0 < token.i < len(doc) - 1:
            continue
        noun = doc[token.i + 1]
        if token.tag_ not in ("ADJA", "VVFIN") or noun.pos_ != "NOUN" or participle_of(token.lower_) is None:
            continue
        clause = [t for t in doc[doc_facts.sentence_start(token) : token.i]]
        auxiliary = next((t for t in reversed(clause) if t.pos_ == "AUX" and t.tag_ in ("VAFIN", "VMFIN")), None)
        if auxiliary is None or any(t.is_punct for t in doc[auxiliary.i : token.i]):
            continue
        verb = None
        for following in doc[noun.i + 1 : token.sent.end]:
            if following.is_punct:
                break
            if following.tag_ in ("VVPP", "VVINF", "VAINF", "VMINF"):
                verb = following
        if verb is None or not take_place(verb, token):
            continue
        for child in list(token.children):
            set_head(child, verb)
        set_head(token, noun, "amod")
        token.pos_, token.tag_ = "ADJ", "ADJA"
        token.set_morph("Degree=Pos")
