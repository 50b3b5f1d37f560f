"""A participle set off by commas right after its noun describes that noun: "Die Terrormiliz, auch IS
genannt, kontrolliert die Stadt". And an attribute before its noun may be a whole phrase ended by a comma:
"kritisierte die seit Jahren aus dem Ausland importierte, billige Kohle".

Such a participle has no auxiliary and so no subject of its own: the noun before the comma is what it
says something of, and that noun is a phrase of the clause around the insertion. The parser sometimes
makes the participle a clause of the main verb with the noun as its subject ("Terrormiliz: subject of
nennen"), which leaves the main verb's object ("die Stadt") as its subject. And the name a participle
of naming gives ("auch IS genannt", "als Hardliner bezeichnet") is no subject either: it is what the
noun is called, the predicate (in the nominative, as "Sie wird IS genannt" has it). An inflected
participle between an article and its noun is that noun's attribute, where a quote before the noun made
the tagger read it as a finite verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.nlp.doc_arrays import tokens_where
from reader.nlp.doc_facts import bracket_openings
from reader.nlp.lang.articles import CASE_NAMES, DEFINITE, STRONG, adjective_ending
from reader.nlp.lang.prepositions import governed_cases
from reader.nlp.morph_features import article_cases, feature_values
from reader.nlp.lang.valency import OBJECT_PREDICATIVE_VERBS
from reader.nlp.parse_edits import set_head, take_place
from reader.nlp.participles import participle_of
from reader.nlp.verb_tokens import lemma
from reader.nlp.verb_form_checks import only_a_participle

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_SUBJECTS = ("nsubj", "nsubj:pass")


def participles_after_their_noun(doc: Doc) -> None:
    """Each participle between two commas with no auxiliary hangs on the noun before the first comma,
    which takes the participle's place in the clause around; the name a participle of naming gives
    is its predicate."""
    for participle in tokens_where(doc, "TAG", ("VVPP", "VVFIN")):
        if participle.tag_ == "VVFIN" and not only_a_participle(participle.lower_):
            continue  # (a participle the tagger called finite: "genannt")
        if any(child.dep_.startswith(("aux", "cop")) for child in participle.children):
            continue
        if participle.i + 1 >= len(doc) or doc[participle.i + 1].text != ",":
            continue
        noun = _noun_before_the_insertion(participle)
        verb = participle.head
        if verb.i == participle.i and noun is not None and noun.head.i == participle.i:
            # "Der Stausee, … auch Weiher genannt, ist ein … See" with the participle made the root: the clause
            # after its comma heads the sentence
            verb = next((c for c in participle.children if c.i > participle.i + 1 and _heads_a_clause(c)), verb)
            if verb.i != participle.i and not take_place(verb, participle):
                continue
        clause = _heads_a_clause(verb)
        if noun is not None and noun.head.i == participle.i and verb.i > participle.i and clause:
            if set_head(noun, verb, "nsubj"):
                set_head(participle, noun, "acl")
        on_its_noun = participle.dep_ == "acl" or noun is not None and participle.head.i == noun.i
        if on_its_noun and lemma(participle) in OBJECT_PREDICATIVE_VERBS:
            for child in participle.children:
                if child.dep_ in (*_SUBJECTS, "obj") and child.i < participle.i:
                    child.dep_ = "xcomp"  # "auch IS genannt": what it is called (the noun is what is called)


def _heads_a_clause(word: Token) -> bool:
    """A verb, or a predicate with its copula."""
    return word.pos_ in ("VERB", "AUX") or any(child.dep_ == "cop" for child in word.children)


def _noun_before_the_insertion(participle: Token) -> Token | None:
    """The noun right before the comma that opens the participle's insertion: "Die Terrormiliz, auch IS
    genannt," (no other comma between), or before a bracket there ("Geocaching (…), auch … genannt,")."""
    doc = participle.doc
    comma = next((i for i in range(participle.i - 1, -1, -1) if doc[i].text == ","), None)
    if comma is None or comma == 0:
        return None
    before = comma - 1
    if doc[before].text == ")" and before > 0:  # "Geocaching (englisch …), … genannt, ist …": before the bracket
        before = bracket_openings(doc)[before - 1] - 1
    noun = doc[before] if before >= 0 else None
    return noun if noun is not None and noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in _SUBJECTS else None


_FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})


def extended_attributes_before_a_comma(doc: Doc) -> None:
    """"die seit den 1930er-Jahren aus der Tierpsychologie hervorgegangene, klassische … Verhaltensforschung":
    an article (or a preposition with the article in it: "zum zentral regierten, modernen Staat"), the
    phrases of a participle, the participle with an adjective's ending, a comma and an adjective with the
    same ending before the noun: the comma joins two attributes of one noun, which the article opens. The
    parser reads a relative clause (the article as its pronoun, the participle as its finite verb); the
    noun takes the article's place in the clause, the participle is its attribute and the phrases before
    it are the participle's."""
    for article in tokens_where(doc, "TAG", ("ART", "APPRART")):
        contraction = article.tag_ == "APPRART"  # "zum zentral regierten, modernen Industriestaat"
        if article.dep_ == "det" or article.i == 0 or (doc[article.i - 1].is_punct and not contraction):
            continue  # (after a comma an article may open a relative clause)
        found = _attribute_before_a_comma(article)
        if found is None:
            continue
        participle, noun = found
        outside = participle.head if participle.head.i != participle.i else noun
        if contraction:
            if noun.head.i == article.i or not set_head(noun, participle.head, "obl"):
                continue
            set_head(article, noun, "case")
        elif not set_head(noun, article.head, article.dep_):
            continue
        else:
            set_head(article, noun, "det")
        for word in doc[article.i + 1 : participle.i]:
            if not article.i < word.head.i <= participle.i:
                set_head(word, participle, word.dep_ if word.dep_ in ("advmod", "obl") else "obl")
        for word in [child for child in participle.children if child.i < article.i]:
            set_head(word, outside)  # "den Weg zum … regierten": the clause's object, not the participle's
        set_head(participle, noun, "amod")
        participle.pos_, participle.tag_ = "ADJ", "ADJA"
        participle.set_morph("Degree=Pos")


def _attribute_before_a_comma(article: Token) -> tuple[Token, Token] | None:
    """(participle, noun) of an attribute the article opens and a comma ends, or None."""
    doc = article.doc
    end = article.sent.end
    # (a hyphen is no end: "seit den 1930er-Jahren")
    comma = next((t.i for t in doc[article.i + 1 : end] if t.is_punct and t.text != "-"), None)
    if comma is None or doc[comma].text != "," or comma - article.i < 3 or comma + 2 >= end:
        return None
    participle = doc[comma - 1]
    ending = adjective_ending(participle.text)
    if ending is None or participle_of(participle.text, participle.lemma_.lower()) is None:
        return None
    # (a contraction is a preposition: the parser hangs it inside the attribute)
    inside = article.head.i in range(article.i, comma) and article.tag_ != "APPRART"
    if inside or any(t.tag_ in _FINITE_TAGS for t in doc[article.i + 1 : participle.i]):
        return None
    after = comma + 1
    while after < end and doc[after].tag_ == "ADJA" and adjective_ending(doc[after].text) == ending:
        after += 1
    if after == comma + 1 or after >= end or doc[after].pos_ not in ("NOUN", "PROPN"):
        return None
    noun = doc[after]
    if article.tag_ != "APPRART" and any(
        feature_values(noun, feature) and feature_values(article, feature)
        and not set(feature_values(noun, feature)) & set(feature_values(article, feature))
        for feature in ("Number", "Gender")
    ):
        return None
    return participle, noun



def extended_attributes_after_und(doc: Doc) -> None:
    """"In Seen und von Gezeiten abhängigen Flüssen": after "und", a preposition's phrase right before an
    adjective with an ending and its noun is that adjective's (dependent on tides); the noun is the
    conjunct of the phrase before "und". The parser joins the inner phrase's noun instead and hangs the
    outer noun on the first conjunct as an attribute."""
    for joining in tokens_where(doc, "LOWER", ("und", "oder")):
        if joining.i + 4 >= len(doc) or doc[joining.i + 1].pos_ != "ADP":
            continue
        inner = doc[joining.i + 1].head
        if inner.dep_ != "conj" or inner.i > joining.i + 3 or inner.i + 2 >= len(doc):
            continue
        adjective, noun = doc[inner.i + 1], doc[inner.i + 2]
        if adjective.dep_ != "amod" or adjective.head.i != noun.i or adjective_ending(adjective.text) is None:
            continue
        if noun.pos_ not in ("NOUN", "PROPN") or any(child.dep_ in ("det", "case") for child in noun.children):
            continue
        first = inner.head
        if not _declined_for_the_first_preposition(adjective, first) or not set_head(noun, first, "conj"):
            continue
        set_head(joining, noun, "cc")
        set_head(inner, adjective, "obl")


def _declined_for_the_first_preposition(adjective: Token, first: Token) -> bool:
    """The adjective's strong ending (no article before it) may have a case the preposition of the first
    conjunct governs, in the case its article shows: "In Seen und … abhängigen Flüssen" (dative), not "in
    der Stadt und auf dem Land neue Freunde" (no dative in -e)."""
    preposition = next((child for child in first.children if child.dep_ == "case"), None)
    if preposition is None:
        return False
    cases = set(governed_cases(preposition.text)) & (article_cases(first) or set(CASE_NAMES))
    return any(case in cases for case, _gender, _number in STRONG.get(adjective_ending(adjective.text) or "", ()))


def participles_tagged_finite_between_article_and_noun(doc: Doc) -> None:
    """"Die ebenfalls enthaltene „Chronik des Deutschen Films“ bietet …": an inflected participle between an
    article (and adverbs) and a noun (past an opening quote) is that noun's attribute, however a quote made
    the tagger read it as a verb with the article as its subject; where it was made the clause's verb, the
    noun takes its place."""
    for verb in tokens_where(doc, "POS", ("VERB",)):
        if participle_of(verb.text) is None:
            continue
        before = verb.i - 1
        while before >= 0 and doc[before].tag_ in ("ADV", "ADJD"):
            before -= 1
        after = verb.i + 1
        while after < len(doc) and doc[after].is_quote:
            after += 1
        if before < 0 or after >= len(doc) or doc[before].tag_ != "ART" or doc[after].pos_ not in ("NOUN", "PROPN"):
            continue
        noun = doc[after]
        if verb.head.i != noun.i:
            _noun_takes_the_participle_s_place(noun, verb)
        set_head(verb, noun, "amod")
        set_head(doc[before], noun, "det")
        for quote in doc[verb.i + 1 : after]:
            set_head(quote, noun, "punct")
        verb.pos_, verb.tag_ = "ADJ", "ADJA"
        verb.set_morph(None)


def prepositions_inside_an_attribute(doc: Doc) -> None:
    """"aller in ihm vorhandenen Potenziale": a preposition and a personal pronoun between an article and
    the adjective before its noun are a phrase of that adjective (in him), no preposition of the noun; the
    parser hung "in" on the noun, which gave the noun the preposition's case, and the pronoun on it as its
    determiner, which no personal pronoun is."""
    for pronoun in tokens_where(doc, "TAG", ("PPER",)):
        noun = pronoun.head
        if pronoun.dep_ != "det" or pronoun.i < 1 or noun.i <= pronoun.i + 1 or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        preposition = doc[pronoun.i - 1]
        adjective = doc[noun.i - 1]
        if preposition.pos_ != "ADP" or preposition.head.i != noun.i or adjective.tag_ != "ADJA" or adjective.head.i != noun.i:
            continue
        if all(word.tag_ == "ADJA" or word.pos_ == "ADV" for word in doc[pronoun.i + 1 : noun.i]):
            set_head(pronoun, adjective, "obl")
            set_head(preposition, pronoun, "case")


def reflexives_inside_an_attribute(doc: Doc) -> None:
    """"für die sich dort befindende Atommüllagerstätte bekannt": an article, "sich", maybe adverbs and a
    participle before a noun are one phrase (the waste store that is located there); the parser made the
    article a relative pronoun, "sich" the object of the clause's verb ("bekannt": sich bekennen) and the
    preposition that verb's. The article and the preposition are the noun's, "sich" the participle's."""
    for reflexive in tokens_where(doc, "LOWER", ("sich",)):
        if reflexive.i < 1 or doc[reflexive.i - 1].lower_ not in DEFINITE:
            continue
        article = doc[reflexive.i - 1]
        end = reflexive.i + 1
        while end < len(doc) and doc[end].pos_ == "ADV":
            end += 1
        if end + 1 >= len(doc) or doc[end].tag_ != "ADJA" or doc[end + 1].pos_ not in ("NOUN", "PROPN"):
            continue
        participle, noun = doc[end], doc[end + 1]
        if participle_of(participle.text) is None:
            continue
        set_head(reflexive, participle, "obj")
        if set_head(article, noun, "det"):
            article.pos_, article.tag_ = "DET", "ART"
        preposition = doc[article.i - 1] if article.i > 0 else None
        if preposition is not None and preposition.tag_ == "APPR" and preposition.head.i != noun.i:
            set_head(preposition, noun, "case")


def articles_cut_off_before_an_attribute(doc: Doc) -> None:
    """"Das mit Bleistift gemalte Papier gleitet …" with "Das" the subject of "gleitet" and "Papier" its
    object: an article hung on a verb as a phrase of its own, followed by a preposition's phrase and an
    attributive adjective (or participle) before a noun without an article, is that noun's; the noun
    takes the article's place in the clause."""
    # (the tagger may call it a demonstrative, standing alone: PDS)
    for article in tokens_where(doc, "TAG", ("ART", "PDS")):
        verb = article.head
        if article.dep_ not in _ARTICLE_ROLES or verb.pos_ not in ("VERB", "AUX") or article.i + 3 >= len(doc):
            continue
        if article.tag_ == "PDS" and article.lower_ not in DEFINITE:
            continue
        preposition = doc[article.i + 1]
        if preposition.pos_ != "ADP":
            continue
        noun = next((word for word in doc[article.i + 2 : min(article.i + 8, len(doc))] if word.pos_ in ("NOUN", "PROPN")
                     and word.head.i == verb.i and word.i - 1 > preposition.i and doc[word.i - 1].tag_ == "ADJA"), None)
        if noun is None or any(child.dep_ == "det" for child in noun.children):
            continue
        role = article.dep_
        if set_head(article, noun, "det"):
            noun.dep_ = role
            article.pos_, article.tag_ = "DET", "ART"


_ARTICLE_ROLES = frozenset({"nsubj", "nsubj:pass", "obj"})


def _noun_takes_the_participle_s_place(noun: Token, participle: Token) -> None:
    """The noun hangs where the participle hung; where that was the sentence's root, the finite verb the
    parser hung on it after the noun is the root, with the noun as its subject. The participle's other
    words go with the verb (or the noun), its adverbs before it stay."""
    finite = next(
        (c for c in participle.children if c.i > noun.i and c.tag_ in _FINITE_TAGS and c.pos_ in ("VERB", "AUX")), None
    )
    if participle.head.i == participle.i and finite is not None:
        take_place(finite, participle)
        set_head(noun, finite, "nsubj")
    elif not take_place(noun, participle):
        return
    clause = noun.head
    if noun.dep_ in _CLAUSE_RELATIONS and noun.i < clause.i and not any(c.dep_.startswith("nsubj") for c in clause.children):
        noun.dep_ = "nsubj"  # the phrase before the verb it was made a clause of is its subject
    for child in list(participle.children):
        if child.i > participle.i and child.i != noun.i and child.i != (finite.i if finite is not None else -1):
            set_head(child, finite if finite is not None and child.i > noun.i and child.dep_ != "punct" else noun)


_FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
_CLAUSE_RELATIONS = frozenset({"ccomp", "csubj", "advcl", "xcomp", "parataxis"})
