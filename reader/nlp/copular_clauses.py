"""Copular clauses the parser read the wrong way round.

"Weißrussland ist ein Binnenstaat, dessen Hauptstadt Minsk ist": the parser often misses a relative clause
opened by "dessen"/"deren" when it has no full verb: it hangs the copula on the predicate of the sentence
before the comma and makes the clause's two nouns appositions ("Hauptstadt" renaming "Binnenstaat",
"Minsk" renaming "Hauptstadt"). The clause ends in its copula; the noun "dessen" belongs to is its
subject, the last noun before the copula its predicate, and the clause describes the noun before the
comma.

"Im engeren Sinne ist Instinkt ein historischer Fachbegriff": with the subject after the copula, the parser
may make it the predicate and the real predicate, a noun with "ein", its attribute or its subject ("ist der
Drache ein Sinnbild"). Of a bare or definite noun and a noun with the indefinite article, the indefinite
one is what is said of the other: the predicate. An adjective opening the sentence before the copula is
the predicate too ("Ähnlich ist die Form …"), and so is a genitive of quality the parser hung on the
subject ("ist Barbados nicht vulkanischen Ursprungs"), and a noun after the comma that closes the first
noun's relative clause ("ist ein Zeitalter, in dem …, ein glückliches Zeitalter"). A predicate after
"und" is a clause of its own, not a conjunct of a noun before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.nlp.doc_arrays import tokens_where
from reader.nlp.lang.articles import DEFINITE_DETERMINERS, INDEFINITE_DETERMINERS
from reader.nlp.lang.grammar import AUXILIARY_FORMS
from reader.nlp.language_nouns import language_named
from reader.nlp.morph_features import article_cases, feature_values, may_be_nominative
from reader.nlp import lemma_dictionary
from reader.nlp.parse_edits import set_head, take_place, verb_above

if TYPE_CHECKING:  # annotations only: importing the rule must not load spaCy
    from spacy.tokens import Doc, Token

_NOMINAL = frozenset({"NOUN", "PROPN"})
_FINITE_SEIN = tuple(form for form, verb in AUXILIARY_FORMS.items() if verb == "sein")


def correct_copular_clauses(doc: Doc) -> None:
    """The repairs, over the whole text."""
    copular_clauses_of_whose(doc)
    for name in tokens_where(doc, "DEP", ("appos",)):
        name_taken_for_an_apposition(name)
    for auxiliary in tokens_where(doc, "DEP", ("aux", "aux:pass")):
        copula_hung_on_the_verb_after_und(auxiliary)
    for verb in tokens_where(doc, "LOWER", (*_FINITE_SEIN, "gewesen", "sein")):
        predicate_taken_for_a_second_subject(verb)
    for subject in tokens_where(doc, "DEP", ("nsubj",)):
        pronoun_subject_hung_on_a_noun(subject)
    for copula in tokens_where(doc, "DEP", ("cop",)):
        predicate_taken_for_an_attribute(copula)
        subject_taken_for_the_predicate(copula)
        genitive_of_quality_taken_for_an_attribute(copula)
        predicate_after_a_relative_clause(copula)
        copular_clause_joined_to_a_noun(copula)
        copula_hung_on_the_subject(copula)
        clause_taken_for_a_subject(copula)
        fronted_predicate_adjective(copula)
        copular_clause_taken_for_a_subject(copula)
    for predicate in tokens_where(doc, "DEP", ("appos",)):  # (after the copulas found their predicates)
        copular_clause_taken_for_an_apposition(predicate)


def copula_hung_on_the_verb_after_und(auxiliary: Token) -> None:
    """"Die Götter wurden zornig und sorgten dafür" with "wurden" a passive auxiliary of "sorgten": a finite
    verb has no finite auxiliary, so a finite werden or sein before "und" is the copula of the adjective or
    noun between them, which heads the first clause with its subject; the verb after "und" is its conjunct."""
    verb = auxiliary.head
    if auxiliary.dep_ not in ("aux", "aux:pass") or auxiliary.tag_ != "VAFIN" or verb.tag_ != "VVFIN" or verb.i < auxiliary.i:
        return
    if AUXILIARY_FORMS.get(auxiliary.lower_) not in ("werden", "sein"):
        return
    conjunction = next((c for c in verb.children if c.dep_ == "cc" and auxiliary.i < c.i < verb.i), None)
    predicate = conjunction.doc[conjunction.i - 1] if conjunction is not None else None
    if predicate is None or predicate.head.i != verb.i or not (predicate.tag_ == "ADJD" or predicate.pos_ == "NOUN"):
        return
    if not take_place(predicate, verb):
        return
    for child in list(verb.children):
        if child.i < conjunction.i and child.i != predicate.i:
            set_head(child, predicate, "nsubj" if child.dep_ == "nsubj:pass" else "cop" if child.i == auxiliary.i else None)
    set_head(verb, predicate, "conj")
    set_head(conjunction, verb)


def copular_clause_taken_for_a_subject(copula: Token) -> None:
    """"Dies war sein Antrittsbesuch in Deutschland, ein Gespräch … fand ebenfalls statt": a predicate noun
    with its copula and its own subject is a clause, no subject or object of the verb after the comma that
    the parser hung it on; the two main clauses stand side by side, the first heading the sentence."""
    predicate = copula.head
    verb = predicate.head
    if predicate.pos_ not in _NOMINAL or predicate.dep_ not in ("nsubj", "obj") or verb.pos_ not in ("VERB", "AUX"):
        return
    if verb.i < predicate.i or not any(child.dep_.startswith("nsubj") for child in predicate.children):
        return
    if not any(word.text == "," for word in copula.doc[predicate.i : verb.i]):
        return
    if take_place(predicate, verb):
        set_head(verb, predicate, "parataxis")


def fronted_predicate_adjective(copula: Token) -> None:
    """"Ähnlich ist die antiquierte Form des Fronhofes", "Wichtig ist vor allem die Sicherheit": an
    uninflected adjective opening the sentence right before the copula is what is said of the noun after
    it, which the parser made the predicate: the adjective is the predicate, the noun its subject."""
    noun = copula.head
    if copula.i < 1 or copula.lower_ not in _FINITE_SEIN or noun.pos_ not in _NOMINAL or noun.i < copula.i:
        return
    adjective = copula.doc[copula.i - 1]
    if not adjective.is_sent_start or adjective.head.i != noun.i or not _uninflected_adjective(adjective):
        return
    subjects = [child for child in noun.children if child.dep_.startswith("nsubj") and child.i != adjective.i]
    if subjects or _prepositional(noun) or not may_be_nominative(noun):
        return
    if take_place(adjective, noun):
        set_head(noun, adjective, "nsubj")
        set_head(copula, adjective, "cop")
        if adjective.pos_ != "ADJ":  # "Neu ist der Plan nicht": tagged a name
            adjective.pos_, adjective.tag_ = "ADJ", "ADJD"
            adjective.set_morph(None)


def _uninflected_adjective(word: Token) -> bool:
    """"Ähnlich", "Wichtig": capitalised only as the sentence's first word, an adjective's own form; not
    one naming a language, which is the subject ("Arabisch ist eine semitische Sprache")."""
    from reader.lexicon import lookup

    lower = word.lower_
    adjective = lookup(lower, "ADJ").pos == "ADJ" and lemma_dictionary.lemmatize(lower) == lower
    return word.text[:1].isupper() and adjective and language_named(word.text) is None


def copular_clause_taken_for_an_apposition(predicate: Token) -> None:
    """"… vor allem Harpunen, das sind Speere mit Widerhaken" with "Speere" an apposition of "Harpunen": a
    noun with a copula and a subject of its own is the predicate of a clause, which renames nothing."""
    children = list(predicate.children)
    if predicate.dep_ == "appos" and any(c.dep_ == "cop" for c in children) and any(c.dep_ == "nsubj" for c in children):
        predicate.dep_ = "parataxis"


def pronoun_subject_hung_on_a_noun(pronoun: Token) -> None:
    """"Stattdessen haben sie … kräftige Hinterbeine": a personal pronoun the parser made the subject of
    a noun with no copula, as if that noun were a predicate, is the subject of the noun's verb; the noun,
    made that verb's subject, is its object."""
    noun = pronoun.head
    verb = noun.head
    if pronoun.pos_ != "PRON" or "Prs" not in pronoun.morph.get("PronType") or noun.pos_ not in _NOMINAL:
        return
    if verb.pos_ not in ("VERB", "AUX") or verb.i == noun.i or not verb.i < pronoun.i < noun.i:
        return
    if any(child.dep_ == "cop" for child in (*noun.children, *verb.children)):
        return
    if any(word.text == "," for word in pronoun.doc[verb.i : noun.i]) or not set_head(pronoun, verb, "nsubj"):
        return
    if noun.dep_ == "nsubj":
        noun.dep_ = "obj"


def copular_clauses_of_whose(doc: Doc) -> None:
    """Each "…, dessen/deren NOUN … NOUN ist" whose copula hangs before the comma becomes a relative
    clause of the noun before the comma, headed by its predicate."""
    for relative in tokens_where(doc, "TAG", ("PRELAT",)):
        subject = relative.head
        if relative.i < 2 or doc[relative.i - 1].text != "," or subject.pos_ not in _NOMINAL or subject.i <= relative.i:
            continue
        antecedent = doc[relative.i - 2]
        copula = _closing_copula(subject)
        if antecedent.pos_ not in _NOMINAL or copula is None or copula.head.i >= relative.i:
            continue
        predicate = _predicate_before(copula, subject)
        if predicate is None or not set_head(predicate, antecedent, "acl"):
            continue
        clause = doc[relative.i : copula.i + 1]
        set_head(subject, predicate, "nsubj")
        set_head(copula, predicate, "cop")
        for word in clause:
            if word.i != predicate.i and not relative.i <= word.head.i <= copula.i:
                set_head(word, predicate)


def _closing_copula(subject: Token) -> Token | None:
    """The form of "sein" that ends the clause after `subject` (before its comma or full stop)."""
    doc = subject.doc
    end = next((t.i for t in doc[subject.i + 1 : subject.sent.end] if t.is_punct and t.text != "-"), subject.sent.end)
    last = doc[end - 1]
    # (the lemmas are set later: the form tells)
    copula = last.dep_ == "cop" and AUXILIARY_FORMS.get(last.lower_) == "sein"
    return last if copula and last.i > subject.i + 1 else None


def _predicate_before(copula: Token, subject: Token) -> Token | None:
    """The last noun before the copula, after the subject, that no preposition governs (a name's first word
    for a name: "Peter Müller")."""
    doc = copula.doc
    word = doc[copula.i - 1]
    while word.dep_.startswith("flat") and word.head.i < word.i and word.head.i > subject.i:
        word = word.head
    if word.pos_ not in _NOMINAL or word.i <= subject.i or any(c.dep_ == "case" for c in word.children):
        return None
    return word


def predicate_taken_for_an_attribute(copula: Token) -> None:
    """"ist Instinkt ein … Fachbegriff", "ist der Islam die … verbreitete Religion" with the first noun the
    predicate and the second its attribute: a second noun with an article that may be nominative and cannot
    be genitive (so no "des Landes" belonging to the first) is the predicate; the first is the subject."""
    first = copula.head
    if AUXILIARY_FORMS.get(copula.lower_) != "sein" or first.pos_ not in _NOMINAL or first.i < copula.i:
        return
    if any(c.dep_ == "case" or c.dep_ == "nsubj" and not _prepositional(c) for c in first.children):
        return
    if not _may_be_nominative(first, genitive=True):
        return
    predicate = next(
        (c for c in first.children if c.i > first.i and (_noun_with_article(c) or _bare_predicate(c, first)) and not _prepositional(c)),
        None,
    )
    if predicate is None or any(t.text in (",", ";", ":") for t in copula.doc[first.i + 1 : predicate.i]):
        return  # (a phrase in brackets may come between: "das Christentum vor dem Islam (…) die … Religion")
    if not _may_be_nominative(predicate):
        return
    if not take_place(predicate, first):
        return
    for child in list(first.children):
        if child.i < first.i and child.dep_ not in _OWN_DEPENDENTS or child.is_punct:
            set_head(child, predicate)
    set_head(first, predicate, "nsubj")


def subject_taken_for_the_predicate(copula: Token) -> None:
    """"In … Schöpfungsmythen ist der Drache ein Sinnbild des Chaos" with "Drache" the predicate and
    "Sinnbild" its subject: after the copula the subject comes first, and of a noun with the definite
    article (or a possessive) and one with the indefinite, the indefinite one is what is said of the other.
    The parser's subject, after its predicate and with "ein" or "kein", is the predicate."""
    first = copula.head
    if AUXILIARY_FORMS.get(copula.lower_) != "sein" or first.pos_ not in _NOMINAL or first.i < copula.i:
        return
    second = next((c for c in first.children if c.dep_ == "nsubj" and c.i > first.i and c.pos_ == "NOUN"), None)
    if second is None or _prepositional(second) or not _determined(first, DEFINITE_DETERMINERS):
        return
    if not _determined(second, INDEFINITE_DETERMINERS) or any(t.is_punct for t in copula.doc[first.i + 1 : second.i]):
        return
    _takes_the_predicate_s_place(second, first)


def genitive_of_quality_taken_for_an_attribute(copula: Token) -> None:
    """"Im Gegensatz zu … ist Barbados nicht vulkanischen Ursprungs" with "Barbados" the predicate and
    "Ursprungs" its attribute: a genitive of an adjective and a noun with no article after sein says what
    the subject is like ("is of volcanic origin", "ist deutscher Herkunft"); it is the predicate, the noun
    the parser hung it on the subject."""
    first = copula.head
    if AUXILIARY_FORMS.get(copula.lower_) != "sein" or first.pos_ not in _NOMINAL or first.i < copula.i:
        return
    genitive = next((c for c in first.children if c.dep_ == "nmod" and c.i > first.i and bare_genitive(c)), None)
    if genitive is not None and not any(c.dep_.startswith("nsubj") for c in first.children):
        _takes_the_predicate_s_place(genitive, first)


def predicate_after_a_relative_clause(copula: Token) -> None:
    """"daher ist ein Zeitalter, in dem ein Buddha erscheint, ein glückliches Zeitalter" with the second
    noun hung on the first as its attribute: after sein, a noun whose relative clause follows it is the
    subject, and the nominative after that clause's closing comma what is said of it, the predicate."""
    first = copula.head
    if AUXILIARY_FORMS.get(copula.lower_) != "sein" or first.pos_ not in _NOMINAL or first.i < copula.i:
        return
    if any(c.dep_.startswith("nsubj") for c in first.children):
        return
    clause = next((c for c in first.children if c.dep_ in ("acl", "acl:relcl") and c.i > first.i), None)
    if clause is None:
        return
    end = clause.right_edge.i + 1
    doc = copula.doc
    if end + 1 >= len(doc) or doc[end].text != ",":
        return
    second = next((c for c in first.children if c.i > end and c.dep_ in ("nmod", "appos") and _noun_with_article(c)), None)
    opening = next((t.i for t in second.subtree if not t.is_punct), None) if second is not None else None
    if opening == end + 1 and _may_be_nominative(second):
        _takes_the_predicate_s_place(second, first)


def _takes_the_predicate_s_place(predicate: Token, subject: Token) -> None:
    """Make `predicate` head the clause where the parser's predicate `subject` did: it takes the copula and
    what opens the clause ("In … Schöpfungsmythen", "daher", "nicht"), and `subject` becomes its subject."""
    if not take_place(predicate, subject):
        return
    for child in list(subject.children):
        if child.i < subject.i and child.dep_ not in _OWN_DEPENDENTS:
            set_head(child, predicate)
    set_head(subject, predicate, "nsubj")


def copular_clause_joined_to_a_noun(copula: Token) -> None:
    """"Gletscher speichern … 70 % des Süßwassers auf der Erde und sind … die größten Wasserspeicher" with the
    predicate made a conjunct of "Erde": a predicate with its copula after "und" is a second clause, joined
    to the verb of the clause before, whose subject it shares (no noun of that clause is joined with it)."""
    predicate = copula.head
    noun = predicate.head
    if AUXILIARY_FORMS.get(copula.lower_) != "sein" or predicate.dep_ != "conj" or noun.pos_ not in _NOMINAL:
        return
    if copula.i < 1 or copula.doc[copula.i - 1].lower_ != "und" or any(c.dep_ == "cop" for c in noun.children):
        return
    verb = verb_above(noun)
    if verb.pos_ in ("VERB", "AUX") and verb.i < noun.i and not any(c.dep_.startswith("nsubj") for c in predicate.children):
        set_head(predicate, verb, "conj")


def bare_genitive(noun: Token) -> bool:
    """An adjective and a noun with no article whose endings make them a genitive: "vulkanischen
    Ursprungs" (masculine or neuter, -en and -s), "deutscher Herkunft" (feminine, -er)."""
    from reader.lexicon import lookup

    if noun.pos_ != "NOUN" or any(c.dep_ in ("det", "det:poss", "case") for c in noun.children):
        return False
    adjective = next((c for c in noun.children if c.dep_ == "amod" and c.i < noun.i and c.tag_ == "ADJA"), None)
    if adjective is None:
        return False
    gender = lookup(noun.text, "NOUN").gender
    if adjective.lower_.endswith("en"):
        return gender in ("m", "n") and noun.lower_.endswith("s")
    return adjective.lower_.endswith("er") and gender == "f"


def _determined(noun: Token, determiners: frozenset[str]) -> bool:
    return any(c.dep_ in ("det", "det:poss") and c.i < noun.i and c.lower_ in determiners for c in noun.children)


def copula_hung_on_the_subject(copula: Token) -> None:
    """"Hinsichtlich seiner Fläche ist Indien das größte Land" with "ist" hung on "Indien", the subject of
    "Land" or a word below it: the copula belongs to the predicate, the noun after it that heads the clause
    (else the predicate, with no copula, is read as an accusative); so do the words before a subject that
    are not its own."""
    subject = copula.head
    own_subject = any(c.dep_.startswith("nsubj") and not _prepositional(c) for c in subject.children)
    if subject.pos_ not in _NOMINAL or subject.dep_ in _CLAUSES or own_subject:
        return  # a predicate with a subject of its own heads its clause ("In … Mythen" taken for one is none)
    predicate = subject.head
    for _ in range(_HOPS_TO_THE_PREDICATE):
        if predicate.i > copula.i or predicate.head.i == predicate.i:
            break
        predicate = predicate.head
    if predicate.i < copula.i or predicate.pos_ not in _NOMINAL or any(c.dep_ == "cop" for c in predicate.children):
        return
    if not any(c.dep_ == "det" for c in predicate.children) or any(t.text == "," for t in copula.doc[copula.i : predicate.i]):
        return
    for child in list(subject.children):
        if child.i == copula.i or (subject.dep_.startswith("nsubj") and child.i < subject.i and child.dep_ not in _OWN_DEPENDENTS):
            set_head(child, predicate)


def predicate_taken_for_a_second_subject(verb: Token) -> None:
    """"Die ursprünglichen Funktionen der Blätter sind Photosynthese (…) und Transpiration (…)" with both
    nouns the subjects of "sind": a clause has one subject; of the two nominatives of sein, the later one,
    after it, is what is said of the first, the predicate, and sein its copula (also where both follow it:
    "Damit ist der Rat nicht nur das wichtigste Gremium …"). Before a closing "gewesen" or "sein" too,
    where the later one has an indefinite article and the first none ("Atlantis soll eine prächtige Stadt
    … gewesen sein")."""
    subjects = [child for child in verb.children if child.dep_ == "nsubj" and child.pos_ in _NOMINAL]
    if len(subjects) == 1:  # (or the parser hung the first on the second)
        subjects = [child for child in subjects[0].children if child.dep_ == "nsubj" and child.pos_ in _NOMINAL] + subjects
    if len(subjects) != 2 or subjects[0].i > subjects[1].i:
        return
    first, predicate = subjects
    said_of_the_first = _determined(predicate, INDEFINITE_DETERMINERS) and not _determined(first, INDEFINITE_DETERMINERS)
    if predicate.i < verb.i and not said_of_the_first:
        return
    if not take_place(predicate, verb):
        return
    for child in list(verb.children):
        set_head(child, predicate)
    set_head(verb, predicate, "cop")
    verb.pos_ = "AUX"


def clause_taken_for_a_subject(copula: Token) -> None:
    """"Sein Vater war Pfarrer des Dorfes, sein Großvater … war Politiker" with "Pfarrer", which has a
    copula of its own, made the subject of "Politiker": a predicate with its copula is a clause, set beside
    the second; the noun after the comma the parser hung on the first is the second's subject, and what
    follows it there is the second clause's."""
    first = copula.head
    second = first.head
    if first.dep_ not in ("nsubj", "appos") or second.i <= copula.i or second.pos_ not in _NOMINAL:
        return
    second_copula = next((c for c in second.children if c.dep_ == "cop"), None)
    comma = next((t for t in copula.doc[copula.i + 1 : second_copula.i] if t.text == ","), None) if second_copula else None
    if comma is None or any(c.dep_.startswith("nsubj") and c.i > comma.i for c in second.children):
        return
    later = [c for c in first.children if c.i > comma.i and c.i != second.i]
    subject = next(
        (c for c in later if c.i < second_copula.i and c.pos_ in _NOMINAL and c.dep_ in ("appos", "nmod", "conj")), None
    )
    if subject is None:
        return
    first.dep_ = "parataxis"  # (the later clause keeps the root, whose predicate takes its number from the copula)
    for child in list(second.children):
        if child.i < comma.i and child.i != first.i:
            set_head(child, first)  # the first clause's words the parser hung on the second ("Ihre Mutter")
    set_head(subject, second, "nsubj")
    for child in later:
        # before the verb in second place, one phrase: the subject's ("sein Großvater Ulrich Dürrenmatt")
        if child.i != subject.i:
            set_head(child, subject if child.i < second_copula.i else second)
    set_head(comma, second, "punct")


_HOPS_TO_THE_PREDICATE = 3  # "Kanada" hung on "Größe", hung on "Land"
_CLAUSES = frozenset({"acl", "acl:relcl", "advcl", "ccomp", "parataxis", "conj"})


def name_taken_for_an_apposition(name: Token) -> None:
    """"Sein Name lautet in der Landessprache Sakartwelo" with the name hung on "Landessprache" as another
    name for it: after lauten or heißen with no predicate yet, a name (a noun without an article) right after
    a preposition's phrase is the predicate the verb needs (a nominative), not an apposition in the dative;
    so is one right after the subject after the verb ("Bei seiner Geburt hieß sein Vater Michael King")."""
    renamed = name.head
    verb = renamed.head
    if name.pos_ not in _NOMINAL or any(c.dep_ == "det" for c in name.children) or renamed.i > name.i:
        return
    subject_after_the_verb = renamed.dep_ == "nsubj" and verb.i < renamed.i
    if not any(c.dep_ == "case" for c in renamed.children) and not subject_after_the_verb:
        return
    if verb.pos_ not in ("VERB", "AUX") or lemma_dictionary.lemmatize(verb.lower_) not in _NAMING_VERBS or verb.i > renamed.i:
        return
    if any(t.is_punct for t in name.doc[renamed.i : name.i]) or any(c.dep_ in _PREDICATES for c in verb.children):
        return
    set_head(name, verb, "obj")
    following = name.doc[name.i + 1] if name.i + 1 < len(name.doc) else None
    if following is not None and following.head.i == renamed.i and following.dep_ in ("appos", "flat", "flat:name"):
        set_head(following, name, "flat")  # the rest of the name: "Bharat Ganarajya"


# Verbs whose subject is called what follows them (copular: a nominative, no object).
_NAMING_VERBS = frozenset({"lauten", "heißen"})
_PREDICATES = frozenset({"obj", "xcomp", "ccomp"})


# What stays with the first noun when the second takes the predicate's place: its article and attributes.
_OWN_DEPENDENTS = frozenset({"det", "det:poss", "amod", "nummod"})


def _noun_with_article(word: Token) -> bool:
    """A common noun with its article, hung as an attribute or apposition (not "(knapp zwei Millionen)")."""
    return word.dep_ in ("nmod", "appos") and word.pos_ == "NOUN" and any(c.dep_ == "det" for c in word.children)


def _bare_predicate(word: Token, first: Token) -> bool:
    """"war sein Amtsvorgänger John Bolton amerikanischer Botschafter": a singular noun with no article
    after one with its article is what is said of it (a role, a trade), not its attribute; not a genitive
    of quality ("vulkanischen Ursprungs")."""
    if word.dep_ not in ("nmod", "appos") or word.pos_ != "NOUN" or bare_genitive(word):
        return False
    if any(c.dep_ in ("det", "det:poss", "case") for c in word.children) or "Plur" in feature_values(word, "Number"):
        return False
    return any(c.dep_ in ("det", "det:poss") for c in first.children)


def _prepositional(noun: Token) -> bool:
    """"Mit rund 2,26 Milliarden Anhängern" taken for a subject: a preposition's phrase is none."""
    return any(c.dep_ == "case" for c in noun.children)


def _may_be_nominative(noun: Token, genitive: bool = False) -> bool:
    """A noun without an article, or with one that may be nominative (and, unless `genitive`, cannot be
    genitive: "der" of "der Islam" may be)."""
    return may_be_nominative(noun) and (genitive or "Gen" not in (article_cases(noun) or ()))
