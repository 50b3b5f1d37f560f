"""Every sentence has a finite verb: find the one the tagger missed.

The model sometimes takes an unfamiliar finite verb for an adjective, an
adverb, a noun, even a preposition ("Ein Jahr später schickte Frankreich
Truppen": *schickte* as an adjective), or tags a verb without its finite
features ("Das FBI ermittelt." as a participle). Lemma, term and grammar hints
then go wrong. A statement that starts with a capital, ends in . ! or ? and has
no finite verb gets one: the first word simplemma reads as an inflected verb
form that does not stand inside a noun phrase (verb second: it follows the
first phrase, never an article, a preposition or an attributive adjective:
"Das geforderte Bild sähe …"). Clauses are checked too, whatever the rest of the
statement has: a relative or subordinate clause ends in its finite verb ("…, aus
der die USA … Informationen hacken."), a verb right after ", und" with words
after it is in second place ("…, und verglich es mit …"), and the root of a main
clause read as an infinitive is its plural present ("Beobachter vermuten, dass …").

Verb-first clauses (imperatives, the polite and the "let us" form, questions)
start with their finite verb, capitalised like a noun: "Schauen Sie sich das
an", "Nehmen wir an", "Kommst du mit?", "Gibt es …?". The first word is that
verb when a subject pronoun follows and it reads as a verb form, or when
simplemma reads the capitalised word itself as a verb (it has no noun
"Gibt" or "Hört", but has "Schauen", plural of "Schau"). A strong verb's Konjunktiv II that
is no other word ("käme") is always the finite verb.

The rules by the place of a main clause's verb (verb first, verb second) are in
reader.nlp.verb_positions, those for the verb that closes a subordinate clause in
reader.nlp.subordinate_clause_verbs, and the readings of a word they all ask for in
reader.nlp.finite_readings; this module runs them all.

A pass over the whole text reads the words it may repair from the Doc's attribute arrays
(reader.nlp.doc_arrays): each changes the class of no word but the one it reads.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from reader.nlp import lemma_dictionary
from reader.nlp.doc_arrays import tokens_where
from reader.nlp.finite_readings import (
    AUXILIARY_LEMMA,
    clause_end,
    finite_reading,
    is_finite_verb,
    plural_verb_form,
    verb_of_present_form,
)
from reader.nlp.lang.grammar import AUXILIARY_FORMS, MODALS, SUBORDINATORS
from reader.nlp.lang.valency import REPORTING_VERBS
from reader.nlp.lemmas import finite_ge_verb
from reader.nlp.morph_features import feature_values
from reader.nlp.parse_edits import hand_over, set_head
from reader.nlp.subordinate_clause_verbs import (
    clause_final_verbs_the_tagger_saw,
    main_verb_after_clause,
    second_subordinate_verbs,
    subordinate_clause_verbs,
)
from reader.nlp.verb_form_checks import (
    INFINITIVE_ENDINGS,
    VERBS,
    dictionary_adjective,
    dictionary_verb,
    finite_form,
    inflected_verb,
    make_finite,
    present_form,
    present_participle,
    zu_infinitive_form,
)
from reader.nlp.verb_forms import infinitive_of_konjunktiv_ii, is_infinitive, is_participle, konjunktiv_i_stem
from reader.nlp.verb_positions import (
    coordinated_verb_second,
    fronted_infinitives,
    heads_its_clause,
    verb_first,
    verb_second_after_adverb,
)
from reader.nlp.verb_tokens import is_participle_form

if TYPE_CHECKING:  # annotations only: importing the rule must not load spaCy
    from spacy.tokens import Doc, Span, Token

_STATEMENT_END = {".", "!", "?"}
_CLAUSE_RELATIONS = {"ROOT", "ccomp", "advcl", "conj", "parataxis", "acl:relcl", "dep"}


def repair_finite_verbs(doc: Doc) -> None:
    _auxiliaries_tagged_as_other_words(doc)
    _infinitive_auxiliaries_after_a_finite_one(doc)
    _konjunktiv_ii_forms(doc)
    _konjunktiv_i_forms(doc)
    fronted_infinitives(doc)
    verb_first(doc)
    verb_second_after_adverb(doc)
    _lower_case_nouns(doc)
    _adverbial_participles_tagged_finite(doc)
    _present_forms_tagged_participles(doc)
    _clause_heads_with_a_subject(doc)
    _adjectives_with_a_subject_and_an_object(doc)
    clause_final_verbs_the_tagger_saw(doc)
    second_subordinate_verbs(doc)
    for statement in _statements(doc):
        _reporting_verb_after_comma(statement)
        subordinate_clause_verbs(statement)
        coordinated_verb_second(statement)
        _verb_root_of_main_clause(statement)
        _main_clause_verb_the_tagger_saw(statement)
        if any(token.pos_ in VERBS and "Fin" in feature_values(token, "VerbForm") for token in statement):
            continue
        # The STTS tagger may have seen the finite verb that the morphologizer did not.
        tagged = [
            token
            for token in statement
            if token.tag_.endswith("FIN") and token.is_alpha and not zu_infinitive_form(token.lower_)
        ]
        for token in tagged:
            make_finite(token, AUXILIARY_LEMMA.get(token.lower_) or lemma_dictionary.lemmatize(token.lower_))
        if tagged:
            continue
        # The main clause's verb stands before its first comma, in second place; an auxiliary
        # the tagger read as an infinitive counts ("… werden erwartet.").
        for token in statement[1:]:
            if token.text == ",":
                break
            lemma = AUXILIARY_LEMMA.get(token.lower_) or inflected_verb(token)
            if lemma is not None:
                make_finite(token, lemma)
                break
        # A subordinate clause ends in its finite auxiliary ("…, deren Schäden sich verdreifacht haben.").
        for token in statement[1:-1]:
            if token.lower_ in AUXILIARY_LEMMA and token.nbor().is_punct and "Fin" not in feature_values(token, "VerbForm"):
                make_finite(token, AUXILIARY_LEMMA[token.lower_])
        main_verb_after_clause(statement)


def _auxiliaries_tagged_as_other_words(doc: Doc) -> None:
    """"aber wir werden Maßnahmen ergreifen" with "werden" tagged a possessive: a form of an auxiliary or
    modal that is no other word is a verb; finite, unless it has the infinitive's form and ends its clause
    or follows "zu" or another verb ("… gezogen werden", "werden können")."""
    for token in tokens_where(doc, "ORTH", AUXILIARY_FORMS):
        verb = AUXILIARY_FORMS[token.text]
        if token.tag_.startswith("V"):
            continue
        if token.text == verb:
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            previous = doc[token.i - 1] if token.i else None
            if following is None or following.is_punct or following.pos_ in VERBS or previous is not None and (
                previous.lower_ == "zu" or previous.pos_ in VERBS
            ):
                continue
        make_finite(token, verb)


def _infinitive_auxiliaries_after_a_finite_one(doc: Doc) -> None:
    """"Der Iran soll einen Tanker festgesetzt haben", with "haben" tagged finite: a clause has one finite
    verb, so an auxiliary spelt as its infinitive (haben, sein, werden) that stands after the verb it serves,
    which a finite auxiliary or modal before it serves too, is the infinitive of a perfect or passive
    infinitive ("festgesetzt haben", "gewesen sein", "gebaut werden")."""
    for token in tokens_where(doc, "LOWER", ("haben", "sein", "werden")):
        verb = token.head
        if token.dep_ not in ("aux", "aux:pass", "cop") or verb.i >= token.i:
            continue
        if "Fin" not in feature_values(token, "VerbForm") and not token.tag_.endswith("FIN"):
            continue
        if not any(
            c.i < verb.i and c.dep_ in ("aux", "aux:pass") and c.tag_.endswith("FIN") and "Fin" in feature_values(c, "VerbForm")
            for c in verb.children
        ):
            continue
        features = {k: v for k, v in token.morph.to_dict().items() if k not in ("Mood", "Number", "Person", "Tense", "VerbForm")}
        features["VerbForm"] = "Inf"
        token.tag_ = "VAINF"
        token.set_morph("|".join(f"{key}={value}" for key, value in sorted(features.items())))


def _main_clause_verb_the_tagger_saw(statement: Span) -> None:
    """"Mit den Stimmen der Koalition beschloss der Bundestag …, das …" with "beschloss" classed a
    preposition: where the main clause before the first comma has no finite verb, a lower-case word the
    STTS tagger calls finite that is a finite form of a verb the dictionary has is that verb (the
    relative clause's verb after the comma does not stand in for it)."""
    doc = statement.doc
    opening = doc[statement.start : clause_end(doc, statement.start)]
    if not len(opening) or opening[0].lower_ in SUBORDINATORS or any(is_finite_verb(token) for token in opening):
        return
    for token in opening[1:]:
        lemma = finite_reading(token) if token.tag_.endswith("FIN") and token.is_alpha and token.is_lower else None
        if lemma is not None:
            make_finite(token, lemma)
            return
    for token in opening[1:]:
        if doc[token.i - 1].pos_ not in ("NOUN", "PROPN"):
            continue
        # "Diese Anschuldigungen widersprechen Behauptungen, die …": a plural verb form tagged an
        # adjective right after the first phrase, which no adjective spells so
        if token.pos_ == "ADJ" and plural_verb_form(token):
            make_finite(token, lemma_dictionary.lemmatize(token.lower_))
            return
        # "Die Verfassung bestimmt, dass …" with "bestimmt" (certainly) an adverb: a present form right
        # after the first phrase, with the clause it governs after the comma
        lemma = verb_of_present_form(token) if token.pos_ in ("ADJ", "ADV") and _opens_clause_after(token) else None
        if lemma is not None:
            make_finite(token, lemma)
            return


def _opens_clause_after(token: Token) -> bool:
    """A comma follows, then a word opening a subordinate clause ("…, dass", "…, ob", "…, wie")."""
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].text == "," and doc[token.i + 2].lower_ in SUBORDINATORS


def _reporting_verb_after_comma(statement: Span) -> None:
    """"…, vermuten Beobachter.", "…, sagte der Minister.": after the last comma, a reporting verb followed
    only by its subject's noun phrase is that closing clause's finite verb (the tagger may take it for
    an adjective of the noun)."""
    words = [word for word in statement if not word.is_space]
    commas = [k for k, word in enumerate(words) if word.text == ","]
    if not commas or commas[-1] + 2 >= len(words):
        return
    verb, rest = words[commas[-1] + 1], words[commas[-1] + 2 :]
    if is_finite_verb(verb) or not verb.is_lower or not rest[-1].is_punct:
        return
    lemma = lemma_dictionary.lemmatize(verb.lower_)
    phrase = rest[:-1]
    if lemma not in REPORTING_VERBS or not phrase or not all(word.pos_ in _PHRASE_WORDS for word in phrase):
        return
    if not any(word.pos_ in ("NOUN", "PROPN", "PRON") for word in phrase):
        return
    make_finite(verb, lemma)
    heads_its_clause(verb, verb.i)


# The words of a noun phrase.
_PHRASE_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"})


def _verb_root_of_main_clause(statement: Span) -> None:
    """"Beobachter vermuten, dass …" with "vermuten" read as an infinitive: the verb the parse makes the
    statement's root, with no auxiliary of its own and no finite verb before the first comma, is the
    main clause's finite verb (its plural present looks like the infinitive)."""
    opening = []
    for token in statement:
        if token.text == ",":
            break
        opening.append(token)
    if any(is_finite_verb(token) for token in opening) or (opening and opening[0].lower_ in SUBORDINATORS):
        return
    for token in opening[1:]:
        if token.dep_ != "ROOT" or token.pos_ != "VERB" or not token.is_lower or zu_infinitive_form(token.lower_):
            continue
        if token.nbor(-1).lower_ == "zu" or any(c.dep_ in ("aux", "aux:pass", "cop", "mark") for c in token.children):
            continue
        lemma = lemma_dictionary.lemmatize(token.lower_)
        if (token.lower_ == lemma or finite_form(token.lower_, lemma)) and lemma.endswith(INFINITIVE_ENDINGS):
            make_finite(token, lemma)


def _lower_case_nouns(doc: Doc) -> None:
    """"In einer Sondersitzung beschloss das Parlament …" with "beschloss" as a noun: a German noun
    is capitalised, so a lower-case "noun" the morphologizer gave finite features is the verb."""
    for token in tokens_where(doc, "POS", ("NOUN", "PROPN")):
        if token.is_lower and "Fin" in feature_values(token, "VerbForm"):
            lemma = lemma_dictionary.lemmatize(token.text)
            if lemma != token.text and lemma.endswith(INFINITIVE_ENDINGS):
                make_finite(token, lemma)


def _adverbial_participles_tagged_finite(doc: Doc) -> None:
    """"So kann der Mensch gezielt ein Männchen … führen", "überträgt die Pollen selber und gezielt": a word
    tagged finite that is a verb's Partizip II, no finite form of any verb the dictionary has, and an
    adjective of its own ("gezielt": targeted) says how something is done: it is that adverb, and the verb
    the parser hung on it (a modal's infinitive) heads the clause."""
    for token in tokens_where(doc, "TAG", ("VVFIN",)):
        verb_lemma = lemma_dictionary.lemmatize(token.lower_)
        if not token.is_lower or not is_participle(token.lower_, verb_lemma) or finite_reading(token) is not None:
            continue
        if not dictionary_adjective(token.lower_) or is_infinitive(token.lower_):
            continue  # ("wenn sie die Siedlungen verlassen": a present plural too)
        auxiliaries = {lemma_dictionary.lemmatize(child.lower_) for child in token.children if child.dep_.startswith("aux")}
        if auxiliaries & _PERFECT_AUXILIARIES:
            continue  # ("eingetragen worden sei": a participle with its auxiliaries; a modal goes with an infinitive)
        infinitive = next(
            (c for c in token.children if c.dep_ in ("xcomp", "conj") and c.pos_ == "VERB" and c.i > token.i), None
        )
        if infinitive is None and (token.head.i == token.i or token.head.pos_ not in VERBS):
            continue  # (no other verb to head the clause)
        token.pos_, token.tag_ = "ADJ", "ADJD"
        token.set_morph("Degree=Pos")
        if infinitive is not None:
            hand_over(token, infinitive, "advmod")
        else:  # (its words are the verb's it hangs on: "dass einer die Maschine gezielt zum Absturz gebracht habe")
            for child in list(token.children):
                set_head(child, token.head)
            token.dep_ = "advmod"


_PERFECT_AUXILIARIES = frozenset({"haben", "sein", "werden"})


def _present_forms_tagged_participles(doc: Doc) -> None:
    """"…, der sich mit etwas auskennt oder …" with "auskennt" tagged a Partizip II: a word that is no verb's
    participle (auskennen's is "ausgekannt") but the third person singular present of a verb the
    dictionary has is that finite verb, so no modal or auxiliary after it joins it as its infinitive."""
    for token in tokens_where(doc, "TAG", ("VVPP",)):
        lemma = None if is_participle_form(token) else verb_of_present_form(token)
        if lemma is not None and not is_participle(token.lower_, lemma):  # ("überzeugt" is both)
            make_finite(token, lemma)


def _clause_heads_with_a_subject(doc: Doc) -> None:
    """"…, sie verlasse ihren Posten" with "verlasse" as an adverb: a lower-case word that heads a
    clause with its own subject and reads as an inflected verb is that clause's finite verb; so is one
    the STTS tagger called finite wherever the parser hung it ("das Land führe Krieg", "führe" as punct)."""
    for token in doc:
        # "Beobachter vermuten, dass …" with "vermuten" tagged a zu-infinitive that has no zu; "Der erste
        # Zusatz besagt: …" with "besagt" tagged a participle, though no auxiliary goes with it
        misread_infinitive = token.tag_ == "VVIZU" and "zu" not in token.lower_
        lone_participle = token.tag_ == "VVPP" and not any(c.dep_ in ("aux", "aux:pass", "cop") for c in token.children)
        if (token.pos_ in VERBS and not (misread_infinitive or lone_participle)) or not token.is_lower:
            continue
        lemma = lemma_dictionary.lemmatize(token.text)
        if lone_participle and not present_form(token.lower_, lemma):
            # only a form that is a present tense too ("besagt"; "gesagt" is none), also of a verb whose ge-
            # belongs to its stem ("…, die zu Indonesien gehört": gehören, no Perfekt of hören)
            lemma = finite_ge_verb(token.lower_) or ""
            if not present_form(token.lower_, lemma):
                continue
        if token.dep_ not in _CLAUSE_RELATIONS and not token.tag_.endswith("FIN"):
            continue
        if not any(c.dep_ in ("nsubj", "nsubj:pass") for c in token.children):
            continue
        if any(c.dep_ == "cop" and c.tag_.endswith("FIN") for c in token.children):
            continue  # the predicate of a finite copula: "Die Sprachen sind verwandt" (related)
        if (lemma != token.text or misread_infinitive) and lemma.endswith(INFINITIVE_ENDINGS) and not present_participle(token.lower_):
            make_finite(token, lemma)


def _adjectives_with_a_subject_and_an_object(doc: Doc) -> None:
    """"Dieses Abwehrsystem entfernt … Mikroorganismen" with "entfernt" (distant) an adjective on which
    the parser hung the clause's subject and its object: no adjective takes an accusative object, so
    where the word is the present of a verb the dictionary has, it is that verb, finite."""
    for token in tokens_where(doc, "POS", ("ADJ",)):
        relations = {child.dep_ for child in token.children}
        if {"nsubj", "obj"} <= relations:
            lemma = verb_of_present_form(token)
            if lemma is not None:
                make_finite(token, lemma)


def _statements(doc: Doc) -> Iterator[Span]:
    """Spans from a capital to . ! or ?, cut by punctuation rather than the parse: without its
    verb the parser often splits a sentence in two ("Ein Jahr später schickte Frankreich | Truppen …")."""
    start = 0
    for token in doc:
        line_break = token.is_space and "\n" in token.text
        if token.text in _STATEMENT_END or line_break:
            words = [word for word in doc[start : token.i + 1] if word.is_alpha]
            if not line_break and len(words) >= 2 and words[0].text[:1].isupper():
                yield doc[words[0].i : token.i + 1]
            start = token.i + 1


def _konjunktiv_ii_forms(doc: Doc) -> None:
    """"eine Mehrheit käme … zustande": a strong verb's Konjunktiv II that simplemma reads as no
    other word is a finite verb, whatever the tagger made of it."""
    for token in doc:
        if token.pos_ in VERBS or not (token.is_alpha and token.is_lower):
            continue
        verb = infinitive_of_konjunktiv_ii(token.text)
        if verb is not None and lemma_dictionary.lemmatize(token.text) in (token.text, verb):
            make_finite(token, verb)


def _konjunktiv_i_forms(doc: Doc) -> None:
    """"ein … Schleier entspreche nicht dem Begriff" with "entspreche" tagged an adjective: the verb's stem +
    "e" (its Konjunktiv I, or 1st person) is no adjective, unless the stem is one ("leere", "freie");
    after a noun or pronoun, it is the finite verb."""
    for token in tokens_where(doc, "POS", ("ADJ", "ADV")):
        if token.i == 0 or not (token.is_alpha and token.is_lower) or doc[token.i - 1].pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        lemma = lemma_dictionary.lemmatize(token.lower_)
        stem = konjunktiv_i_stem(lemma)
        if stem is None or token.lower_ != stem + "e" or dictionary_adjective(token.lower_):
            continue
        if dictionary_verb(lemma) or lemma in MODALS:  # "es dürfe nicht vergessen werden": a modal's too
            make_finite(token, lemma)
