"""Noun phrases as the parse shows them: head, determiners, adjectives, governing preposition.

Shared by the case rules and the grammar hints. The parser's labels are
checked against the word forms where it often errs: relative pronouns taken
for articles, prepositions taken for nouns, prepositions attached elsewhere.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from reader.lexicon import database
from reader.lexicon.database import LexiconMissingError
from reader.nlp.case_evidence import Phrase
from reader.nlp.lang.articles import (
    INDEFINITE_ARTICLES,
    INTERROGATIVE,
    PERSONAL,
    RELATIVE,
    adjective_ending,
    determiner_readings,
    quantifier_readings,
)
from reader.nlp.lang.grammar import NUMBER_NOUNS
from reader.nlp.lang.names import NAME_PARTICLES, PARTICLE_ARTICLES
from reader.nlp.lang.prepositions import POSTPOSITIONS, governed_cases
from reader.nlp.lang.valency import GENITIVE_WITH_SEIN
from reader.nlp import doc_facts, lemma_dictionary
from reader.nlp.doc_arrays import tokens_where
from reader.nlp.foreign_words import as_common_in_english
from reader.nlp.lemmas import lemmatize
from reader.nlp.morph_features import feature_values
from reader.nlp.noun_lexicon import lemma_by_article, noun_entry
from reader.nlp.participles import participle_of
from reader.nlp.preposition_uses import spans_time
from reader.nlp.token_memo import kept_per_token
from reader.nlp.verb_forms import zu_infinitive

if TYPE_CHECKING:  # annotations only: importing the rules must not load spaCy
    from spacy.tokens import Token

HEADS = {"NOUN", "PROPN"}
# Prepositions that are adverbs of quantity before a number.
NUMBER_ADVERBS = frozenset({"über", "unter"})
# Adverbs that qualify a number ("je", "rund", "etwa"): between a preposition and its noun phrase.
QUANTITY_ADVERBS = frozenset("je rund etwa circa ca. knapp fast beinahe gut nahezu insgesamt jeweils maximal mindestens".split())
# Units of measure, in the singular after a number ("35 Prozent", "2000 Euro").
UNITS = frozenset(
    """Prozent Prozentpunkt Euro Dollar Cent Franken Pfund Yen Yuan Rubel Grad Meter Kilometer Zentimeter
    Millimeter Quadratmeter Quadratkilometer Kubikmeter Hektar Kilogramm Kilo Gramm Liter Watt Megawatt
    Mal Stück Punkt Barrel Byte""".split()
)
# The objects of prepositions in fixed adverbs ("vor allem", "unter anderem", "seit langem").
ADVERB_OBJECTS = frozenset({"allem", "anderem", "kurzem", "langem", "weitem", "neuem", "vornherein"})
# Dependents that copy their case from the phrase they hang on (conjuncts, appositions, name parts).
INHERITING = ("conj", "appos", "flat", "flat:name")
# Prepositional phrases used as adverbs ("zum Beispiel" 'for example', "zum Teil" 'partly'): a noun the
# parser hangs on them as an apposition is no part of them.
FIXED_ADVERBIALS = frozenset({("zum", "Beispiel"), ("zum", "Teil"), ("zum", "Glück")})


@kept_per_token
def first_conjunct(token: Token) -> Token:
    """The first item of the list `token` ends or is in ("die Lehrer und Studierenden": Lehrer), which holds
    the article the later bare items share; `token` itself outside a list."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


def lemma_of(token: Token) -> str:
    """The lemma (`reader_morphology` runs before `reader_lemmatizer`, so compute it when unset)."""
    if token.lemma_:
        return token.lemma_
    lemma = _lemma(token.text, token.pos_, str(token.morph))
    return lemma_by_article(token, lemma) if token.pos_ in ("NOUN", "PROPN") else lemma


@functools.lru_cache(maxsize=65536)
def _lemma(form: str, pos: str, morph: str) -> str:
    features = dict(item.split("=", 1) for item in morph.split("|") if "=" in item)
    return lemmatize(form, pos, features)


def phrase_of(head: Token) -> Phrase:
    """The phrase of `head`: its agreeing determiners and adjectives before it, and its preposition."""
    phrase = Phrase(head)
    for child in head.lefts:
        if child.dep_ in ("det", "det:poss") and child.pos_ in ("DET", "PRON"):
            if is_determiner(child) and not particle_article(child):
                phrase.members.append(child)
        elif child.dep_ == "amod" and child.pos_ == "ADJ":
            phrase.members.append(child)
    # "von Trumps Account": the preposition governs the noun after the genitive name
    phrase.preposition = None if genitive_name(head) else preposition_of(head)
    return phrase


def name_after_its_particle(head: Token) -> bool:
    """"(Ursula) von der Leyen": the family name after its particle, which the model may have read as a
    preposition, so that neither the case it gave the name nor its relation ("obl") says anything."""
    return any(c.dep_ == "case" and name_particle(c) for c in head.lefts)


def genitive_with_sein(head: Token) -> bool:
    """"Die Regierung ist der Meinung, dass …": a noun of GENITIVE_WITH_SEIN with "der" or "einer", the
    predicate of a form of sein, is a genitive that goes with the verb; also where the parser hung it on
    the subject that sein's clause has first, when a dass-clause says what is thought ("ist die Regierung
    der Meinung, dass …"; "ist eine Frage der Überzeugung" is an attribute)."""
    if lemma_of(head) not in GENITIVE_WITH_SEIN or not any(c.lower_ in ("der", "einer") and c.dep_ == "det" for c in head.lefts):
        return False
    carrier = head
    if head.dep_ == "nmod" and head.head.i < head.i:
        doc = head.doc
        # (a pronoun takes no genitive attribute: "weil man der Ansicht war")
        if head.head.pos_ != "PRON" and (
            head.i + 2 >= len(doc) or doc[head.i + 1].text not in (",", ":") or doc[head.i + 2].lower_ != "dass"
        ):
            return False
        carrier = head.head
    verb = next((c for c in carrier.children if c.dep_ == "cop"), carrier.head)
    return lemma_of(verb) == "sein"


@kept_per_token
def object_of_participle(head: Token) -> Token | None:
    """The present participle whose object *head* is: a bare noun right before a participle that
    qualifies the noun after it ("die Organisation Erdöl exportierender Länder", "Hilfe suchende
    Menschen") is the participle's accusative object, not a phrase of the clause; None otherwise."""
    doc = head.doc
    if head.pos_ != "NOUN" or head.i + 2 >= len(doc) or head.left_edge.i != head.i:
        return None
    if head.i > 0 and doc[head.i - 1].pos_ in ("ADP", "DET", "ADJ", "PROPN", "NUM"):
        return None  # a phrase of its own, or a name's word
    if noun_entry(lemma_of(head))[0] is None:
        return None  # a German noun the dictionary knows, not a name or English ("Stanford University gehörende")
    participle = doc[head.i + 1]
    if participle.pos_ != "ADJ" or participle.dep_ != "amod" or participle.head.i <= participle.i:
        return None
    found = participle_of(participle.text)
    return participle if found is not None and found[1] == "present" else None


def particle_article(token: Token) -> bool:
    """"der" of "von der Leyen": part of the name, not the article of the phrase."""
    doc = token.doc
    return token.lower_ in PARTICLE_ARTICLES and token.i > 0 and name_particle(doc[token.i - 1])


def following_noun_index(token: Token) -> int:
    """The index of the first word after `token` that is no adjective ("LaBeoufs besten Auftritten")."""
    doc = token.doc
    following = token.i + 1
    while following < len(doc) and doc[following].pos_ == "ADJ":
        following += 1
    return following


@kept_per_token
def genitive_in_es(token: Token) -> bool:
    """"Sohn Gottes": a word in -es that the dictionary has as the genitive of a noun of one syllable, after
    a common noun; not the last part of a full name ("Sherlock Holmes"), whatever it says of "Holm"."""
    form, doc = token.text, token.doc
    if not form.endswith("es") or lemma_dictionary.lemmatize(form) != form[:-2] or token.i == 0:
        return False
    before = doc[token.i - 1]
    return before.pos_ != "PROPN" and (not before.is_title or noun_entry(before.text)[0] is not None)


def genitive_name(token: Token) -> bool:
    """"Trumps Account", "der Sicherheitsrat Japans", "Nachfolgerin von der Leyens": a name with the
    genitive -s, no article, right before the noun it belongs to or right after it. The name without
    -s must be known (to the dictionary's forms or elsewhere in the text), so "Thomas Müller" or
    "die Stadt Paris" are no genitives."""
    form = token.text
    if token.pos_ not in HEADS or len(form) < 4 or not form.endswith("s") or form.endswith("ss") or not form[:1].isupper():
        return False
    stem = form[:-1]
    doc = token.doc
    known_stem = lemma_dictionary.lemmatize(form) == stem or stem in doc_facts.forms(doc) or listed_name(stem)
    if not known_stem and not genitive_in_es(token):
        return False
    if token.i > 0 and doc[token.i - 1].pos_ == "PROPN" and as_common_in_english(form):
        return False  # "Detective Comics", "Fox News": an English name's last word, no genitive
    before = noun_before_genitive_name(token)
    articles = [c for c in token.children if c.dep_ in ("det", "det:poss", "amod") and not particle_article(c)]
    if articles:
        # the parser may head "die Eigenständigkeit Taiwans" by the name: the article is the noun's
        return before is not None and before.head.i == token.i and all(a.i < before.i for a in articles)
    following = following_noun_index(token)
    after = doc[following] if following < len(doc) else None
    # (or on the first name of a name the token ends: "Erich Kästners Karriere")
    name_head = token.head.i if token.dep_ in ("flat", "flat:name") and token.head.i < token.i else token.i
    if after is not None and after.pos_ in HEADS and after.text[:1].isupper() and (
        after.head.i in (token.i, name_head) or token.i < token.head.i <= following
        or (following == token.i + 1 and not any(c.dep_ in ("det", "det:poss") for c in after.children))
    ):
        # before its noun (the parser may hang it on an adjective between, or both on the verb:
        # "erklärte Spaniens Regierungschef": a bare noun right after it is its own)
        return True
    if token.dep_ == "conj" and token.head.i < token.i and genitive_name(token.head):
        return True  # "in Teilen Lateinamerikas und Ostasiens": joined to a genitive name
    # right after its noun, wherever the parser hung it ("die die Unabhängigkeit Flanderns fordert")
    adjacent = before is not None and before.i == token.i - 1 and before.pos_ == "NOUN"
    hung_together = before is not None and (token.head.i == before.i or before.head.i == token.i)
    return token.dep_ != "conj" and (hung_together or adjacent)


def listed_name(word: str) -> bool:
    """Wiktionary lists `word` as a name ("Wallonien", "Amber"); without a lexicon, no."""
    try:
        return database.name_kind(word) is not None
    except LexiconMissingError:
        return False


def noun_before_genitive_name(name: Token) -> Token | None:
    """The noun right before a name ("die Politik Saudi-Arabiens": the name's first part opens it;
    "Nachfolgerin von der Leyens": its particles too), or None."""
    doc = name.doc
    start = name.i
    while start > 1 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_:
        start -= 2
    before = doc[start - 1] if start > 0 else None
    if before is not None and particle_article(before) and start > 2:
        before = doc[start - 3]
    return before if before is not None and before.pos_ in HEADS else None


@kept_per_token  # asked again of the same article by the phrase, case and hint rules
def is_determiner(token: Token) -> bool:
    """An article or determiner by its form; a pronoun the parser hung on a noun ("wir", "es",
    a relative "die" after a comma, "deren") keeps its own case."""
    if quantifier_readings(token.text) is not None:
        # "die Rechte einiger Häftlinge"; after an article an adjective ("der beiden Vorsitzenden")
        return token.i == 0 or determiner_readings(token.doc[token.i - 1].text) is None
    if determiner_readings(token.text) is None or token.lower_ in ADVERB_OBJECTS:
        return False  # "vor allem Frankreich": "allem" belongs to "vor"
    if token.lower_ in ("der", "die", "das", "den", "dem", "des") and token.i > 0:
        before = token.doc[token.i - 1]
        after_comma = before.text == "," or (before.pos_ == "ADP" and token.i > 1 and token.doc[token.i - 2].text == ",")
        if after_comma and token.pos_ == "PRON":
            return False  # a relative pronoun: ", die Probleme haben", ", auf den Juden …"
        if after_comma and _subordinate_clause_open_before(token):
            return True  # "wobei sie mit ihrem Kollegen, Minister X, die Einzelheiten klären wird"
        clause = token.head.head
        if after_comma and zu_infinitive(clause):
            return True  # a zu-infinitive has no relative pronoun: "hinderten Beamte daran, die Schilder … aufzuhängen"
        if after_comma and clause.dep_ in ("acl", "acl:relcl") and clause.head.i < token.i \
                and not _verb_second_after(token.head, clause):
            first = next((t for t in clause.subtree if not t.is_punct), None)
            if first is not None and (first.i == token.i or (first.pos_ == "ADP" and first.i == token.i - 1)):
                return False  # ", der grundlegende Werte teilt": the relative pronoun, not an article
        if after_comma and _verb_final_clause(token):
            return False  # ", die Probleme in der Beziehung haben", "auf den Juden einen Anschlag verübten"
    return True


def _verb_second_after(noun: Token, verb: Token) -> bool:
    """The clause's finite verb right after the noun, with more of the clause after it: a main clause
    after the comma (", die Melodiepfeifen klingen höher, …"), no relative clause, whose verb stands last."""
    doc = noun.doc
    return (
        verb.i == noun.i + 1 and feature_values(verb, "VerbForm") == ["Fin"]
        and verb.i + 1 < len(doc) and not doc[verb.i + 1].is_punct
    )


def _verb_final_clause(word: Token) -> bool:
    """The clause `word` opens after a comma ends in its verb, away from the noun after `word`: a
    clause with the finite verb last opens with a subordinating word, so a d-word there is the
    relative pronoun. (After a comma a main clause has its finite verb right after its first phrase:
    ", die Regierung habe versagt".)"""
    doc = word.doc
    end = word.i + 1
    while end < len(doc) and not doc[end].is_punct:
        end += 1
    clause = doc[word.i + 1 : end]
    if len(clause) < 2:
        return False
    last = doc[end - 1]
    if last.pos_ not in ("VERB", "AUX") or any(t.tag_ == "PTKZU" for t in clause) or (last.tag_ == "VVIZU" and "zu" in last.lower_):
        return False  # ", die Steuern zu senken": a zu-infinitive, whose object "die" is
    if any(feature_values(t, "VerbForm") == ["Fin"] for t in clause[:-1]):
        return False
    if _subordinate_clause_open_before(word) or not _antecedent_before(word):
        return False  # the clause before the comma goes on (see `is_determiner`); "Er sagte, die Preise steigen."
    if doc[end - 2].pos_ in ("VERB", "AUX") or last.i > word.i + 2:  # ", die … gelöst haben"
        return True
    # ", die Menschen anpöbeln" might be a main clause with its verb second (", die Preise steigen"); right
    # after a noun it is that noun's relative clause ("Gruppen, die Menschen anpöbeln")
    return word.i >= 2 and doc[word.i - 2].pos_ in ("NOUN", "PROPN")


_SUBORDINATORS = frozenset({"KOUS", "PWAV", "PRELS", "PRELAT", "PWS"})


def _antecedent_before(word: Token) -> bool:
    """A relative pronoun points back to a noun or name before it in its sentence, or to a pronoun right
    before its comma ("Er, der …"): without one a d-word after the comma opens a main clause ("Er sagte,
    die Preise steigen")."""
    doc = word.doc
    comma = word.i - 1 if doc[word.i - 1].text == "," else word.i - 2
    if comma > 0 and doc[comma - 1].pos_ == "PRON":
        return True
    return any(t.pos_ in ("NOUN", "PROPN") for t in doc[doc_facts.sentence_start(word) : comma])


def _subordinate_clause_open_before(word: Token) -> bool:
    """Before the comma in front of `word` a subordinate clause has begun ("dass", "wobei", a relative
    pronoun) and its verb has not come yet: the comma closed an insertion, not that clause. A clause
    nested in it, closed by its verb before a comma, is passed over with its subordinator ("dass zu
    der Zeit, als er das Amt antrat, der Preis …")."""
    doc = word.doc
    nested = 0  # subordinate clauses passed over, whose subordinator is still to come
    for token in reversed(doc[doc_facts.sentence_start(word) : word.i]):
        if token.tag_ in ("VVFIN", "VAFIN", "VMFIN") or feature_values(token, "VerbForm") == ["Fin"]:
            if token.i + 1 >= word.i or doc[token.i + 1].text != ",":
                return False
            nested += 1
        elif token.tag_ in _SUBORDINATORS and token.i < word.i - 2:
            if not nested:
                return True
            nested -= 1
    return False


def relative_determiner(token: Token) -> bool:
    """A relative pronoun the parser took for an article (", der grundlegende Werte teilt"; also where the
    tagger knew it for a pronoun: ", der Europa neue Märkte öffnet"; not "deren", "dessen", which are the
    article of their noun: "in deren Ansinnen")."""
    pronoun = token.pos_ == "PRON" and token.lower_ not in ("deren", "dessen")
    return (token.pos_ == "DET" or pronoun) and token.dep_ == "det" and token.lower_ in RELATIVE and not is_determiner(token)


def is_pronoun(token: Token) -> bool:
    return token.pos_ == "PRON" and (token.lower_ in PERSONAL or token.lower_ in RELATIVE or token.lower_ in INTERROGATIVE)


def is_relative(token: Token) -> bool:
    if token.pos_ == "DET":
        return relative_determiner(token)
    if "Rel" in feature_values(token, "PronType") or (token.head.dep_ == "acl:relcl" and token.i < token.head.i and token.lower_ in RELATIVE):
        return True
    # ", die die Siedler brauchten": a d-pronoun after a comma (and a preposition) opening a verb-final clause
    return token.lower_ in RELATIVE and after_comma(token) and _verb_final_clause(token)


def after_comma(word: Token) -> bool:
    """Right after a comma, or after a comma and a preposition (", auf die …"): where a relative
    pronoun stands."""
    doc = word.doc
    before = doc[word.i - 1] if word.i > 0 else None
    if before is not None and before.pos_ == "ADP" and word.i > 1:
        before = doc[word.i - 2]
    return before is not None and before.text == ","


@kept_per_token
def inherits(token: Token) -> bool:
    """Whether `token` copies its case from its head (a conjunct, an apposition, a name part, the
    family name after "von": "Ludolf von Wartenberg")."""
    if token.head.i == token.i or after_fixed_adverbial(token):
        return False
    particle = next((c for c in token.children if c.dep_ == "case" and name_particle(c)), None)
    if unjoined_conjunct(token) or noun_hung_on_a_name(token) or object_of_participle(token) is not None:
        return False
    if token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX"):
        return False  # a predicate joined to a verb heads a clause of its own ("… und sind die größten …"): no case to copy
    return token.dep_ in INHERITING or (token.dep_ == "nmod" and particle is not None and token.head.i < particle.i)


def unjoined_conjunct(token: Token) -> bool:
    """A "conjunct" with no conjunction or comma before it: "können viele Eltern ihre Kinder nicht
    unterbringen" — two phrases of the clause side by side, which the parser joined."""
    if token.dep_ != "conj" or token.head.i > token.i or any(c.dep_ in ("cc", "punct") for c in token.children):
        return False
    first = token.left_edge
    before = token.doc[first.i - 1]
    return not any(t.is_punct or t.pos_ == "CCONJ" for t in (first, before))


def noun_hung_on_a_name(token: Token) -> bool:
    """A common noun in the plural or with words of its own that the parser made a part or an
    apposition of the name right before it, with no comma between: "werfen Mugabe
    Menschenrechtsverletzungen vor", "dass Macron Deutsche an der Spitze ablehne". Such a noun renames
    no name; it is a phrase of the clause. (A bare singular may be a surname: "Louis Post"; after a
    genitive name it is that name's noun: "Espers Nominierung".)"""
    name = token.head
    if token.dep_ not in INHERITING[1:] or name.pos_ not in HEADS or name.i > token.i or token.pos_ != "NOUN":
        return False
    if any(t.is_punct for t in token.doc[name.i + 1 : token.i]) or genitive_name(name):
        return False
    _gender, plural, _ = noun_entry(lemma_of(token))
    own_words = any(c.dep_ in ("det", "det:poss", "amod") for c in token.children)
    # (a name the tagger called a noun is one the dictionary does not know: "Mugabe")
    unknown_word = noun_entry(lemma_of(name))[:2] == (None, None)
    return (own_words or token.text == plural) and (name.pos_ == "PROPN" or unknown_word)


def after_fixed_adverbial(token: Token) -> bool:
    """"Hat eine Frau zum Beispiel Kleinkinder, …": the parser's apposition of "zum Beispiel" is a
    phrase of the clause."""
    head = token.head
    return (
        token.dep_ == "appos" and head.i == token.i - 1 and head.i > 0
        and (head.doc[head.i - 1].lower_, head.text) in FIXED_ADVERBIALS
    )


def hyphen_part(token: Token) -> bool:
    """The first part of a hyphenated compound ("Aids" of "Aids-Infektion"): one word with its head."""
    doc = token.doc
    return (
        token.dep_ == "compound"
        and token.head.i > token.i + 1
        and doc[token.i + 1].text == "-"
        and not doc[token.i + 1].whitespace_
        and not token.whitespace_
    )


def acts_as_preposition(token: Token) -> bool:
    """A preposition the tagger took for a noun ("Wegen des Sturms" with "Wegen" as the head)."""
    if not governed_cases(token.text) or token.pos_ == "ADP":
        return False
    return any(c.i > token.i and c.pos_ in HEADS and preposition_of(c) == token for c in token.children)


@kept_per_token
def preposition_of(head: Token) -> Token | None:
    """The preposition governing a noun phrase: its `case` child, or — when the parser attached it
    otherwise ("Wegen des Sturms" as a noun with a genitive attribute) — its head or the word just before it."""
    if uncounted_number(head) is not None:
        return None  # "war seit 2009 Mitglied": "seit" governs the year
    cases = [
        c for c in head.children
        # also a preposition hung on its noun by another relation ("von Donald Trump" with "von" as "dep")
        if (c.dep_ == "case" or (c.pos_ == "ADP" and c.i < head.i and c.dep_ != "compound:prt"))
        and governed_cases(c.text) and not adverbial_before_number(c) and not fixed_adverb(c) and not name_particle(c)
    ]
    if cases:  # "bis zum Ende": the nearest one governs
        # ", auf den Juden einen Anschlag verübten": "auf" governs the relative pronoun between
        before = [c for c in cases if c.i < head.i and not any(relative_determiner(t) for t in head.doc[c.i + 1 : head.i])]
        if before:
            return max(before, key=lambda c: c.i)
        # after its noun only a postposition ("den Berichten zufolge"); "zwischen" after "Bindungen" is the parser's slip
        return next((c for c in cases if c.lower_ in POSTPOSITIONS), None)
    parent = head.head
    if (
        parent.i < head.i
        and parent.pos_ not in ("VERB", "AUX")
        and parent.lower_ not in ("der", "die", "das")
        # "der nationalen Kraft Lettlands": a capital inside the sentence makes it a noun, not "kraft"
        and not (parent.pos_ in HEADS and parent.text[:1].isupper() and parent.i > doc_facts.sentence_start(parent))
        and governed_cases(parent.text)
        and not any(c.dep_ == "case" for c in parent.children)
        and _spans_only(head, parent.i + 1, head.i)
    ):
        return parent
    left = head.left_edge
    while left.i > doc_facts.sentence_start(head) + 1 and (
        _ordinal_number(head.doc[left.i - 1]) or (head.doc[left.i - 1].lower_ in QUANTITY_ADVERBS and left.like_num)
    ):
        # "am 3. Januar" with "3." as the parser's head of the phrase; "von je 10.000 Euro", "mit rund 500
        # Gästen": an adverb of quantity before the number, not the preposition
        left = head.doc[left.i - 1]
    if left.i > 0:
        before = head.doc[left.i - 1]
        if before.pos_ == "ADP" and before.dep_ != "compound:prt" and governed_cases(before.text):
            return None if adverbial_before_number(before) or fixed_adverb(before) or name_particle(before) else before
    return None


def _ordinal_number(word: Token) -> bool:
    """"3.", "21.": a day of the month written in digits."""
    return word.text.endswith(".") and word.text[:-1].isdigit()


@kept_per_token
def uncounted_number(head: Token) -> Token | None:
    """A year before a noun in the singular form, which it cannot count ("seit 2009 Mitglied": the
    preposition governs the year; "2009 Mitglieder" would be counted; units stay singular: "2000 Euro"):
    the number, else None."""
    number = next((c for c in head.children if c.dep_ == "nummod" and c.i < head.i), None)
    if number is None or head.pos_ != "NOUN" or not (number.text.isdigit() and 1000 <= int(number.text) <= 2100):
        return None
    if lemma_of(head) in UNITS:
        return None
    from reader.nlp.noun_lexicon import noun_entry  # the lexicon lookup loads the dictionary: only when asked

    lemma = lemma_of(head)
    _, plural, _ = noun_entry(lemma)
    singular = head.text == lemma and plural is not None and plural != lemma
    return number if singular and "," not in number.text else None


def name_particle(word: Token) -> bool:
    """"Ludolf von Wartenberg", "Ursula von der Leyen": between a given name and a family name
    "von" is part of the name, not a preposition."""
    doc = word.doc
    if word.lower_ not in NAME_PARTICLES or word.i + 1 >= len(doc):
        return False
    following = doc[word.i + 1]
    article = following.lower_ in PARTICLE_ARTICLES and word.i + 2 < len(doc)
    if article:
        following = doc[word.i + 2]
    if following.pos_ not in HEADS or not following.is_title:
        return False
    before = doc[word.i - 1] if word.i > doc_facts.sentence_start(word) and doc[word.i - 1].is_alpha else None
    if before is not None and before.is_title and _name_word(before) and following.pos_ == "PROPN" \
            and not _family_name_seen_before(before) and not _listed_place(following):
        return True  # (a given name is no acronym: "der CEO von L Brands"; "Hamburg zu Deutschland" no name)
    if before is not None and before.pos_ == "ADP" and governed_cases(before.text)[:1] not in ((), ("Gen",)) \
            and not fixed_adverb(before):
        # "gegen von der Leyen": two prepositions stand side by side only where "von" replaces a genitive
        # preposition's genitive ("außerhalb von München")
        return True
    # "Ursula von der Leyen", "Von der Leyen tritt an": with its article, a particle is part of a name
    # unless the word after it is a noun the dictionary declines ("von der Regierung", "von der Türkei");
    # after a name, or where German does not know the word after it ("Das brachte von der Leyen ins Spiel")
    family = following.text.removesuffix("s")
    # (opening the sentence, before a word German knows, it is the preposition: "Zu den Froschlurchen zählen …")
    opens_name = (before is not None and before.text[:1].isupper()) or not lemma_dictionary.is_known(family)
    return article and opens_name and not declined_noun(family)


def _family_name_seen_before(name: Token) -> bool:
    """The text named the person in full before, with this word last: "Mahmud Abbas … forderte Abbas von
    Israel" — a family name alone, which no "von" follows as part of the name."""
    doc = name.doc
    return any(
        0 < word.i < name.i and doc[word.i - 1].pos_ == "PROPN" and doc[word.i - 1].is_title
        for word in tokens_where(doc, "ORTH", (name.text,))  # (read from the Doc's arrays: a text is long)
    )


def _listed_place(word: Token) -> bool:
    """A name the dictionary lists itself ("Deutschland", "Frankreich"), as it lists places, not families."""
    try:
        from reader.lexicon import lookup

        return lookup(word.text, "PROPN").source == "exact"
    except LexiconMissingError:
        return False


def _name_word(word: Token) -> bool:
    """A name, or a capitalised word the tagger called a noun that the dictionary does not know at all,
    not even from its parts ("Ludolf")."""
    if word.pos_ == "PROPN":
        return True
    if word.pos_ != "NOUN" or not word.is_title:
        return False
    try:
        from reader.lexicon import lookup

        return not lookup(word.text, "NOUN").found
    except LexiconMissingError:
        return False


@functools.lru_cache(maxsize=4096)
def declined_noun(word: str) -> bool:
    """A common noun the dictionary lists with a gender ("Regierung", "Türkei"), not a bare name."""
    try:
        from reader.lexicon import lookup

        entry = lookup(word, "NOUN")
    except LexiconMissingError:  # no lexicon: a particle needs a name before it
        return True
    return entry.found and entry.gender is not None


def fixed_adverb(word: Token) -> bool:
    """"vor allem", "unter anderem", "seit langem": the preposition has its own object; the noun after
    it takes its case from elsewhere ("Vor allem Frankreich hat …": nominative)."""
    doc = word.doc
    return word.i + 1 < len(doc) and doc[word.i + 1].lower_ in ADVERB_OBJECTS


def adverbial_before_number(word: Token) -> bool:
    """"über 50 Menschen" ('more than'), "unter zehn Prozent" ('less than'), "bis zu 20 Länder" ('up
    to'), "zwischen 10 und 20 Länder" ('between'): before a number these are adverbs, and the noun
    phrase takes its case from its role ("auf über 50 Prozent": from "auf")."""
    doc = word.doc
    # (a web address the tagger called a number is none: "unter fairsharing.odem.org")
    number = lambda i: i < len(doc) and (doc[i].like_num or (doc[i].pos_ == "NUM" and not doc[i].like_url))  # noqa: E731
    if word.lower_ == "bis" and word.i + 1 < len(doc) and doc[word.i + 1].lower_ == "zu":
        return number(word.i + 2)  # "bis zu zwanzig Länder": 'up to'
    if word.lower_ == "zu" and word.i > 0 and doc[word.i - 1].lower_ == "bis":
        return number(word.i + 1)
    if word.lower_ == "zwischen":
        # "dass zwischen 2.000 und 3.000 Häftlinge flohen", "muss zwischen 32 und 36 Millimeter betragen": a count
        # with the case of its role; "zwischen 2000 und 2010", "zwischen 20 und 21 Uhr" are times, and "Kinder
        # zwischen 10 und 12 Jahren" shows the dative the preposition governs
        if word.i + 4 >= len(doc):
            return False
        counted = doc[word.i + 4]
        return (
            number(word.i + 1) and doc[word.i + 2].lower_ == "und" and number(word.i + 3)
            and counted.pos_ == "NOUN" and counted.lower_ != "uhr" and not _dative_plural_form(counted)
        )
    # (a number noun with "ein" counts too: "mit über einer Million Einwohnern", more than)
    counted = number(word.i + 1) or (
        word.i + 2 < len(doc) and doc[word.i + 1].lower_ in _ONE_ARTICLES and doc[word.i + 2].text in NUMBER_NOUNS
    )
    return word.lower_ in NUMBER_ADVERBS and counted and not spans_time(word)


_ONE_ARTICLES = frozenset({"eine", "einer", "einem", "einen"})


def _dative_plural_form(noun: Token) -> bool:
    """"Jahren", "Millimetern": the dative plural, told apart from the other plural forms by its -n."""
    plural = noun_entry(lemma_of(noun))[1]
    return plural is not None and not plural.endswith("n") and noun.text == plural + "n"


def _spans_only(head: Token, start: int, end: int) -> bool:
    """Whether every token from `start` to `end` (exclusive) belongs to the subtree of `head`."""
    inside = {t.i for t in head.subtree}
    return all(i in inside for i in range(start, end))


@kept_per_token
def is_compared(head: Token) -> bool:
    """"als wichtigen Partner", "wie Brasilien": the case follows the word compared, not the role."""
    if any(c.lower_ in ("als", "wie") and c.dep_ in ("case", "mark", "cc", "dep") and c.i < head.i for c in head.children):
        return True
    left = head.left_edge
    return left.i > 0 and head.doc[left.i - 1].lower_ in ("als", "wie")


def compared_adjunct(head: Token) -> bool:
    """"arbeitete als Landwirt", "Länder wie Brasilien": a phrase after "als"/"wie" that is no argument
    of the verb and follows no comparative ("mehr als 100 Menschen" is the subject itself)."""
    if not is_compared(head):
        return False
    left = head.left_edge
    marker = left if left.lower_ in ("als", "wie") else head.doc[left.i - 1]
    opening_als = marker.lower_ == "als" and marker.i == doc_facts.sentence_start(head)
    if head.dep_ in ("nsubj", "nsubj:pass", "obj", "iobj", "expl") and not opening_als:
        return False  # "Als Grund nannte May …": a sentence opening with "als" + noun is no argument
    if marker.i == 0:
        return True
    before = head.doc[marker.i - 1]
    if copula_predicate(before):
        return True  # "ist kleiner als Frankreich": compared with the subject of the predicate
    # "so/ebenso/genauso" compare only with "wie": before "als" they mean "also" ("aber ebenso als Varietät geführt")
    equal = before.lower_ in ("so", "ebenso", "genauso") and marker.lower_ == "wie"
    return before.lower_ not in ("mehr", "weniger") and not equal and "Cmp" not in feature_values(before, "Degree")


def copula_predicate(word: Token) -> bool:
    """An adjective a copula makes the predicate: "ist kleiner", also where the parser hung the copula on
    a measure before it ("ist elf Prozent kleiner")."""
    return word.pos_ == "ADJ" and any(
        t.dep_ == "cop" for t in (*word.children, *(g for c in word.children if c.i < word.i for g in c.children))
    )


def adverb_opening_sentence(token: Token) -> bool:
    """"Gestern wählte …", "Später warnte …": a capitalised adverb at the start of a sentence, which the
    tagger took for a noun: no noun phrase, so no case and no subject."""
    if token.pos_ not in HEADS or token.i != doc_facts.sentence_start(token):
        return False
    if any(c.dep_ in ("det", "det:poss", "amod", "case") for c in token.children):
        return False
    return _adverb(token.lower_)


@functools.lru_cache(maxsize=4096)
def _adverb(word: str) -> bool:
    try:
        from reader.lexicon import lookup

        entry = lookup(word, "ADV")
    except LexiconMissingError:  # no lexicon: keep the parse
        return False
    return entry.found and entry.pos == "ADV"


# Adjectives and adverbs a measure accusative stands before: "69 Jahre alt", "15 Kilometer östlich".
MEASURED = frozenset(
    """alt lang breit hoch tief schwer weit entfernt dick groß früher später zuvor östlich westlich
    nördlich südlich oberhalb unterhalb""".split()
)
# Prepositions of place a distance stands before: "sechs Meter über dem Meeresspiegel", "20 Kilometer vor der Küste".
_MEASURED_PLACES = frozenset("über unter vor hinter neben oberhalb unterhalb".split())
DISTANCES = frozenset("Meter Kilometer Zentimeter Millimeter Meile Seemeile".split())


def measure_accusative(head: Token) -> bool:
    """"elf Prozent kleiner", "69 Jahre alt", "15 Kilometer östlich von Halle", "mehrere hundert Meter
    lange Schlangen", "sechs Meter über dem Meeresspiegel", "ein Leben lang": a counted noun right before a
    comparative or a word of measure (also inflected), or a distance before a preposition of place, is an
    accusative of measure, no subject or object."""
    doc = head.doc
    if head.pos_ != "NOUN" or head.i + 1 >= len(doc):
        return False
    # (counted by a number, or by "ein" before "lang" or with a distance: "ein Leben lang", "einen Meter hoch";
    # not "ein Haus groß gebaut")
    one = (doc[head.i + 1].lower_ == "lang" or lemma_of(head) in DISTANCES) and any(
        c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in head.lefts
    )
    if not one and not any(c.dep_ == "nummod" or c.like_num for c in head.lefts):
        return False
    if any(c.dep_ == "case" for c in head.children):
        return False
    after = doc[head.i + 1]
    ending = adjective_ending(after.text)
    base = after.lower_[: -len(ending)] if ending else after.lower_  # "lange Schlangen": lang
    if after.pos_ == "ADP" and after.lower_ in _MEASURED_PLACES and lemma_of(head) in DISTANCES:
        return True
    return after.pos_ in ("ADJ", "ADV") and ("Cmp" in feature_values(after, "Degree") or after.lower_ in MEASURED or base in MEASURED)

