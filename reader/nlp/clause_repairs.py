"""Repairs of where the parser hung a clause's verb or the phrases that are its own (part of
reader.nlp.phrase_heads' pass).

A word the tagger calls a finite verb may have been hung as an attribute of a noun; "haben" is no
copula, and an auxiliary has no words of its own: they are its verb's. A noun phrase hung on another
phrase, on a comma, on a fixed adverbial or on a title's name may be the subject or an object of the
clause ("…, und Mugabe wurde Ministerpräsident"; "können viele Eltern ihre Kinder … unterbringen"), and
two subjects joined by "und" are one coordinated subject, which a singular verb cannot have; an infinitive
joined to one a modal serves has that modal's subject, not one of its own ("muss … drehen und die Finger
spreizen").
"""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING

from reader.lexicon import LexiconMissingError, form_entry
from reader.nlp import lemma_dictionary
from reader.nlp.doc_arrays import tokens_where
from reader.nlp.lang.articles import determiner_readings
from reader.nlp.lang.grammar import FOCUS_ADVERBS, INFINITIVE_AUXILIARIES
from reader.nlp.lang.valency import object_case
from reader.nlp.morph_features import feature_values
from reader.nlp.noun_phrases import declined_noun
from reader.nlp.parse_edits import set_head as _set_head, take_place as _take_place
from reader.nlp.phrase_roles import after_fixed_adverbial

if TYPE_CHECKING:  # annotations only: importing the rules must not load spaCy
    from spacy.tokens import Doc, Token

_NOMINAL = {"NOUN", "PROPN"}
_COORDINATING = {"und", "oder", "sowie"}
_CLAUSE_MEMBERS = {"nsubj", "nsubj:pass", "obj", "obl"}
_FINITE_TAGS = {"VVFIN", "VAFIN", "VMFIN"}
_ATTRIBUTES = {"amod", "case", "det"}  # (what the parser makes of a finite verb before a noun)


def finite_verb_taken_for_an_attribute(verb: Token) -> None:
    """"…, das Land führe Krieg", "Die Kinder helfen Nachbarn beim Umzug": a word the tagger tags a
    finite verb (VVFIN) that the parser hung as an attribute of the noun after it (as an adjective, a verb,
    or its article or preposition), where the dictionary knows no such adjective, is the verb of its clause
    and the noun its object, or its subject where it has none ("Zuvor herrschten Differenzen"); the noun's
    words of the clause (its subject, punctuation) go to the verb, and a phrase with a preposition before
    it that the parser made the root is the verb's."""
    noun = verb.head
    finite = verb.tag_ in _FINITE_TAGS or verb.pos_ == "VERB" and verb.morph.get("VerbForm") == ["Fin"]  # (or as the morphology says)
    if not finite or verb.pos_ not in ("ADJ", "VERB") or verb.dep_ not in _ATTRIBUTES or noun.i <= verb.i:
        return
    if noun.pos_ not in _NOMINAL or _listed_adjective(verb.text):
        return
    fronted = noun.head
    if fronted.head.i == fronted.i and fronted.i < verb.i and any(c.dep_ == "case" for c in fronted.children):
        # "Auf dem Land sammelten die Eskimos Beeren" with "Land" the root: the phrase before the verb is its own
        if _set_head(verb, verb, "ROOT") and _set_head(fronted, verb, "obl"):
            for child in list(fronted.children):
                if child.i > verb.i:
                    _set_head(child, verb)
            _set_head(noun, verb, _role_after_the_verb(verb, noun))
        return
    root = noun.head.i == noun.i
    if _set_head(verb, verb if root else noun.head, "ROOT" if root else "ccomp"):
        for child in list(noun.children):
            if child.dep_ in ("nsubj", "punct"):
                _set_head(child, verb)
        _set_head(noun, verb, _role_after_the_verb(verb, noun))
        if verb.pos_ == "ADJ":
            verb.pos_ = "AUX" if verb.tag_ in ("VAFIN", "VMFIN") else "VERB"
            verb.set_morph("VerbForm=Fin")


def _role_after_the_verb(verb: Token, noun: Token) -> str:
    """The noun right after a finite verb is its object where the verb has a subject, else its subject
    ("Zuvor herrschten Differenzen"); the case rules weigh the forms. With a preposition it is neither
    ("übt gemeinsam mit dem Rat … aus")."""
    if any(child.dep_ == "case" for child in noun.children):
        return "obl"
    return "obj" if any(child.dep_.startswith("nsubj") for child in verb.children) else "nsubj"


def finite_verb_hung_on_its_subject(verb: Token) -> None:
    """"Der Zeitpfeil bestimmt die Richtung der Zeit" with the noun the sentence's root and "bestimmt" its
    adverb (certainly): a word the tagger tags a finite verb, hung as a modifier on the root noun before it,
    heads the sentence; the noun is its subject, and the noun's words after the verb are the verb's."""
    noun = verb.head
    if verb.tag_ not in _FINITE_TAGS or verb.pos_ != "VERB" or verb.dep_ not in ("advmod", "amod"):
        return
    if noun.pos_ not in _NOMINAL or noun.head.i != noun.i or noun.i >= verb.i:
        return
    if _set_head(verb, verb, "ROOT") and _set_head(noun, verb, "nsubj"):
        for child in list(noun.children):
            if child.i > verb.i:  # a noun phrase without a preposition is the object, one with it a phrase of the clause
                prepositional = any(c.dep_ == "case" for c in child.children)
                _set_head(child, verb, ("obl" if prepositional else "obj") if child.pos_ in _NOMINAL else None)


def _listed_adjective(word: str) -> bool:
    try:
        return form_entry(word, "ADJ") is not None
    except LexiconMissingError:
        return True  # without the dictionary, trust the tagger


def join_coordinated_subjects(doc: Doc) -> None:
    """"Der Minister und NATO-Generalsekretär Stoltenberg haben vereinbart": the parser made both
    subjects of the verb; the second is a conjunct of the first. A bare name right after the first, with
    nothing between, renames it ("Der Landesname Belarus setzt sich … zusammen")."""
    # (the words with a subject: this pass makes no new subject, only conjuncts of one)
    for verb in sorted({subject.head for subject in tokens_where(doc, "DEP", ("nsubj",))}, key=attrgetter("i")):
        subjects = [child for child in verb.children if child.dep_ == "nsubj"]
        for first, second in zip(subjects, subjects[1:]):
            conjunction = second.left_edge
            between = doc[first.right_edge.i + 1 : conjunction.i]
            if conjunction.dep_ == "cc" and conjunction.lower_ in _COORDINATING and all(t.is_punct for t in between):
                _set_head(second, first, "conj")
            elif _renames(second, first):
                _set_head(second, first, "appos")


def _renames(second: Token, first: Token) -> bool:
    """A bare capitalised word right after a common noun with its article: "Der Landesname Belarus" (not
    "Epstein Hof hielt", a name and the object of an idiom)."""
    named = first.pos_ == "NOUN" and any(child.dep_ == "det" for child in first.children)
    return named and first.right_edge.i + 1 == second.i and not list(second.children) and second.text[:1].isupper()


# Dependents of a noun that belong to its phrase; the others belong to the clause.
_PHRASE_DEPENDENTS = {"det", "det:poss", "amod", "nummod", "case", "nmod", "nmod:poss", "compound", "flat", "flat:name", "appos", "acl", "acl:relcl", "conj", "cc"}


def haben_heads_its_object(haben: Token) -> None:
    """"Sie hat etwa 6.500 Einwohner": the parser made "hat" the auxiliary or copula of the noun; haben
    is no copula, so it is the clause's verb and the noun its object (accusative, not a predicate). So
    where it made it the auxiliary of an adverb that holds the object ("Damit haben sie beinahe einen
    Rundum-Blick"): haben has the object, the adverb is its own."""
    word = haben.head
    if haben.dep_ not in ("aux", "cop") or lemma_dictionary.lemmatize(haben.lower_) != "haben":
        return
    # (not beside a verb whose auxiliary haben is: "hat … endgültig verloren")
    verbs = [word.head, *word.children] if word.head.i != word.i else list(word.children)
    adverb = word.pos_ in ("ADV", "ADJ") and any(child.dep_ == "obj" and child.pos_ in _NOMINAL for child in word.children) \
        and not any(verb.pos_ == "VERB" for verb in verbs)
    if word.pos_ not in _NOMINAL and not adverb:
        return
    for child in list(word.children):
        if child.i != haben.i and (adverb or child.dep_ not in _PHRASE_DEPENDENTS):
            _set_head(child, haben)
    _set_head(haben, haben if word.head.i == word.i else word.head)
    haben.dep_ = word.dep_ if word.head.i != word.i else "ROOT"
    haben.pos_ = "VERB"
    _set_head(word, haben)
    word.dep_ = "advmod" if adverb else "obj"


def clause_words_on_an_auxiliary_join_its_verb(auxiliary: Token) -> None:
    """"Den ganzen Tag hatte es Gespräche … gegeben", "Die Fraktion und mehrere Bürger hatten … geklagt":
    the parser hung the subject (or an adverbial) on the auxiliary; an auxiliary has no words of its own,
    they are its verb's ("es gab Gespräche": there were talks). Not across a comma that opens another
    clause between them (a comma of a list may stand there: "hatte es in Bayern, in Bremen … gegeben"),
    and so has a copula ("Bei Homer ist Troja eine Stadt": the subject is the predicate's),
    nor for an "auxiliary" with a conjunction of its own, which is the verb of another clause ("…, weil
    man der Ansicht war")."""
    verb = auxiliary.head
    if auxiliary.dep_ not in ("aux", "aux:pass", "cop") or verb.i == auxiliary.i:
        return
    if auxiliary.dep_ != "cop" and verb.pos_ not in ("VERB", "AUX") or auxiliary.dep_ == "cop" and auxiliary.pos_ != "AUX":
        return  # (a full verb the parser made a copula keeps its words: "Weitere Sitze fallen automatisch an …")
    start, end = sorted((auxiliary.i, verb.i))
    between = auxiliary.doc[start + 1 : end]
    clause_between = any(token.text == "," for token in between) and any(
        token.tag_ in _OPENS_CLAUSE or token.tag_.endswith("FIN") for token in between
    )
    if clause_between or any(child.dep_ == "mark" for child in auxiliary.children):
        return
    for child in list(auxiliary.children):
        if child.dep_ in _CLAUSE_RELATIONS:
            _set_head(child, verb)


def modal_hung_on_an_adverbial(modal: Token) -> None:
    """"Denken kann also bewusst oder unbewusst stattfinden" with "kann" and the subject hung on
    "bewusst" and the infinitive its conjunct: a modal verb governs the infinitive that closes its
    clause, which heads the clause; the adjective is its adverb (the words joined to it stay)."""
    adverbial = modal.head
    if modal.dep_ != "aux" or modal.tag_ != "VMFIN" or adverbial.pos_ not in ("ADJ", "ADV") or adverbial.i < modal.i:
        return
    infinitive = next(
        (child for child in adverbial.children
         if child.i > adverbial.i and child.pos_ == "VERB" and feature_values(child, "VerbForm") == ["Inf"]),
        None,
    )
    if infinitive is None or infinitive.i + 1 < len(modal.doc) and not modal.doc[infinitive.i + 1].is_punct:
        return
    _take_place(infinitive, adverbial)
    for child in list(adverbial.children):
        if child.dep_ in _CLAUSE_RELATIONS | {"aux", "punct", "mark"} and child.dep_ != "cc" and child.i != infinitive.i:
            _set_head(child, infinitive)
    _set_head(adverbial, infinitive, "advmod")


_CLAUSE_RELATIONS = {"nsubj", "nsubj:pass", "expl", "obj", "iobj", "obl", "advmod", "cc"}
# STTS tags of the words that open a clause: subordinators, relative and interrogative pronouns, "zu".
_OPENS_CLAUSE = {"KOUS", "KOUI", "PRELS", "PRELAT", "PWS", "PWAV", "PWAT", "PTKZU"}


def phrase_without_genitive_article_joins_the_clause(noun: Token) -> None:
    """"können viele Eltern ihre Kinder … unterbringen": a bare noun phrase hung on the noun before it
    is a genitive attribute only if its article can be genitive; "ihre", "die", "den", "einen" cannot,
    so the phrase is the clause's own (here the object)."""
    parent = noun.head
    if noun.dep_ != "nmod" or noun.pos_ not in _NOMINAL or parent.pos_ not in _NOMINAL or parent.i > noun.i:
        return
    if any(c.dep_ == "case" for c in noun.children):
        return
    article = next((c for c in noun.children if c.dep_ in ("det", "det:poss") and c.i < noun.i), None)
    readings = determiner_readings(article.text) if article is not None else None
    if readings is None or any(case == "Gen" for case, _, _ in readings[1]):
        return
    verb = parent.head
    if parent.dep_ in ("nsubj", "nsubj:pass", "obj", "iobj") and verb.pos_ in ("VERB", "AUX", "ADJ"):
        _set_head(noun, verb, "obj" if parent.dep_.startswith("nsubj") else "dep")


def prepositional_object_of_the_verb(noun: Token) -> None:
    """"Wir warten seit Stunden auf den Bus" with "auf den Bus" hung on "Stunden": a prepositional phrase
    hung on a phrase of the verb, after it, whose preposition the verb takes for its prepositional object
    (the valency table: warten auf, leiden unter) and the noun it hangs on does not, is the verb's."""
    parent = noun.head
    verb = parent.head
    if noun.dep_ != "nmod" or noun.pos_ not in _NOMINAL or parent.i > noun.i or parent.pos_ not in _NOMINAL:
        return
    if parent.dep_ not in ("obl", "obj", "iobj") or verb.pos_ != "VERB" or verb.i == parent.i:
        return
    preposition = next((c for c in noun.children if c.dep_ == "case" and c.i < noun.i and c.pos_ == "ADP"), None)
    if preposition is None:
        return
    word = preposition.lower_
    infinitive = lemma_dictionary.lemmatize(verb.lower_)
    if object_case(word, infinitive, True) is None or object_case(word, parent.text, False) is not None:
        return
    if object_case(word, lemma_dictionary.lemmatize(parent.text), False) is not None:
        return
    _set_head(noun, verb, "obl")


def predicate_taken_for_a_conjunct(predicate: Token) -> None:
    """"Öl, Gold oder Nahrungsmittel wie Weizen sind Rohstoffe" with "Rohstoffe" a conjunct of "Öl" and "Öl"
    the sentence's head: a noun with its own finite copula before it and no conjunction of its own heads
    its clause; the noun it was joined to, before the copula, is its subject."""
    subject = predicate.head
    if predicate.dep_ != "conj" or subject.pos_ not in _NOMINAL or subject.i >= predicate.i:
        return
    copula = next((c for c in predicate.children if c.dep_ == "cop" and c.i < predicate.i), None)
    if copula is None or copula.i < subject.i or "Fin" not in feature_values(copula, "VerbForm") or any(c.dep_ == "cc" for c in predicate.children):
        return
    if _take_place(predicate, subject):
        _set_head(subject, predicate, "nsubj")


def conjunct_before_a_finite_verb_opens_a_clause(noun: Token) -> None:
    """"…, und Mugabe wurde Ministerpräsident", "…, Kritiker befürchten …", "…, 19 Abgeordnete enthielten
    sich": a noun the parser joined to a noun or a verb before it, but followed right away by a finite
    verb, is the subject of a clause of its own."""
    doc = noun.doc
    if noun.pos_ not in _NOMINAL or noun.i + 1 >= len(doc):
        return
    joined_to_noun = noun.dep_ == "conj" and noun.head.pos_ in _NOMINAL
    hung_on_verb_before = noun.dep_ in _CLAUSE_MEMBERS and noun.head.i < noun.i and noun.head.pos_ in ("VERB", "AUX")
    if not (joined_to_noun or hung_on_verb_before):
        return
    verb = doc[noun.i + 1]
    if verb.pos_ not in ("VERB", "AUX") or feature_values(verb, "VerbForm") != ["Fin"] or any(c.dep_ == "case" for c in noun.children):
        return
    start = min([c.i for c in noun.children if c.dep_ in ("det", "det:poss", "amod", "nummod") and c.i < noun.i], default=noun.i)
    before = doc[start - 1] if start > 0 else None
    # only after a clause edge: a comma, or a conjunction after a comma ("…, und Mugabe wurde …");
    # "Daten und politischer Rhetorik ist …", "Staats- und Regierungschefs sollten …" are one phrase
    if before is not None and before.lower_ in ("und", "aber", "doch", "sondern", "oder") and start > 1:
        before = doc[start - 2]
    if before is None or before.text != ",":
        return
    predicate = verb.head if verb.dep_ in ("aux", "aux:pass", "cop") and verb.head.i != verb.i else verb
    if any(child.dep_.startswith("nsubj") and child.i > noun.i for child in predicate.children):
        return  # the verb has its subject after it: the noun is something else ("…, Kritikern zufolge hat er …")
    _set_head(noun, predicate, "nsubj")


def noun_added_after_a_focus_adverb(noun: Token) -> None:
    """"Der Kater schläft viel und frisst gern, besonders Lasagne" with "Lasagne" a conjunct of "viel": a
    noun joins no verb or adverb; after a comma and an adverb that picks out ("besonders", "vor allem"), with no
    verb after it, it names what the verb before the comma acts on most, that verb's object where it has none."""
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or noun.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return
    doc = noun.doc
    opening = next(word for word in noun.subtree if not word.is_punct)
    comma = opening.i - 1 - (opening.lower_ == "allem")  # ("vor allem": two words)
    if opening.lower_ not in FOCUS_ADVERBS or comma < 1 or doc[comma].text != ",":
        return
    if any(word.pos_ in ("VERB", "AUX") for word in doc[noun.i : noun.sent.end]):
        return
    verb = next((word for word in reversed(doc[noun.sent.start : comma]) if word.pos_ == "VERB"), None)
    if verb is not None and not any(child.dep_ == "obj" for child in verb.children):
        _set_head(noun, verb, "obj")


def singular_verb_has_no_coordinated_subject(verb: Token) -> None:
    """"hatte Präsident Widodo Häfen, Straßen und Flughäfen … ausbauen lassen": subjects joined by "und"
    take a plural verb, so nouns the parser joined to a singular subject of a singular verb are not
    part of the subject; they are the verb's (objects)."""
    finite = _finite_of_chain(verb)
    if finite is None or feature_values(finite, "Number") != ["Sing"] or feature_values(finite, "Person") not in (["3"], []):
        return
    for subject in [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]:
        if subject.pos_ not in _NOMINAL or feature_values(subject, "Number") != ["Sing"]:
            continue
        joined = [c for c in subject.children if c.dep_ == "conj" and c.pos_ in _NOMINAL]
        listed = [t for c in joined for t in c.subtree if t.dep_ == "conj" and t.pos_ in _NOMINAL]
        conjunctions = [t.lower_ for c in listed for t in c.children if t.dep_ == "cc"]
        if joined and conjunctions and all(word == "und" for word in conjunctions):
            first = joined[0]
            if _set_head(first, verb, "obj"):
                for other in joined[1:]:
                    _set_head(other, first, "conj")


def infinitive_conjunct_has_no_subject(verb: Token) -> None:
    """"Man muss den Bogen drehen und die Finger spreizen": an infinitive joined to one that a modal or
    "werden" serves shares that verb's subject, so a phrase before it that the parser made its subject is
    its object."""
    if not shares_an_auxiliary(verb):
        return
    for subject in [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and c.pos_ in _NOMINAL]:
        _set_head(subject, verb, "obj")


def shares_an_auxiliary(verb: Token) -> bool:
    """*verb* is an infinitive joined by a conjunction to one that a modal or "werden" serves: both are
    that auxiliary's, with its subject ("muss … drehen und die Finger spreizen")."""
    first = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VVINF" or first.tag_ != "VVINF" or any(c.dep_.startswith("aux") for c in verb.children):
        return False
    return any(c.dep_ == "aux" and lemma_dictionary.lemmatize(c.lower_) in INFINITIVE_AUXILIARIES for c in first.children)


def plural_after_a_name_is_no_apposition(noun: Token) -> None:
    """"hatte Bürgermeister Schmidt Brücken, Schulen und Bäder renovieren lassen" with "Brücken" an
    apposition of "Bürgermeister": a close apposition is a name; a common noun in the plural right
    after a singular title and its name, with no comma between, is a phrase of the clause (here the
    object), hung on the verb the title hangs on."""
    title = noun.head
    if noun.dep_ != "appos" or noun.pos_ != "NOUN" or title.i >= noun.i or title.pos_ not in _NOMINAL:
        return
    between = noun.doc[title.i + 1 : noun.i]
    if not between or any(not t.text[:1].isupper() or t.pos_ != "PROPN" for t in between):
        return
    if feature_values(noun, "Number") != ["Plur"] or feature_values(title, "Number") != ["Sing"] or not declined_noun(noun.text):
        return
    verb = title.head
    if verb.pos_ in ("VERB", "AUX") and verb.i > noun.i:
        _set_head(noun, verb, "obj")


def phrase_hung_on_punctuation(noun: Token) -> None:
    """"…, und Okafor wurde Präsident" with "Okafor" a conjunct of the comma: a punctuation mark heads
    nothing; a bare phrase right before the finite verb of the clause after the comma is that clause's
    subject (its verb, or the predicate the verb is the copula of)."""
    doc = noun.doc
    if not noun.head.is_punct or noun.i + 1 >= len(doc) or any(c.dep_ in ("case", "det", "det:poss") for c in noun.children):
        return
    verb = doc[noun.i + 1]
    if verb.pos_ not in ("VERB", "AUX") or not verb.tag_.endswith("FIN"):
        return
    clause = verb if verb.head.i == verb.i or verb.dep_ not in ("aux", "aux:pass", "cop") else verb.head
    if clause.i > noun.i:
        _set_head(noun, clause, "nsubj")


def phrase_after_a_fixed_adverbial(noun: Token) -> None:
    """"Hat eine Frau zum Beispiel Kleinkinder, …" with "Kleinkinder" an apposition of "Beispiel": "zum
    Beispiel" is an adverb (for example); the phrase after it belongs to the clause, as the object of the
    verb above it."""
    if not after_fixed_adverbial(noun):
        return
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ in ("VERB", "AUX"):
        _set_head(noun, verb, "obj")


def _finite_of_chain(verb: Token) -> Token | None:
    """The finite verb of the clause of `verb`, up through infinitives it completes ("hatte … renovieren
    lassen" for "renovieren")."""
    node = verb
    for _ in range(3):
        # an auxiliary is the finite verb where there is one ("sind … verreist", even if "verreist" is tagged finite)
        for token in (*node.children, node):
            if token.pos_ in ("VERB", "AUX") and feature_values(token, "VerbForm") == ["Fin"] and (token.i == node.i or token.dep_.startswith("aux")):
                return token
        if node.dep_ != "xcomp" or node.head.i == node.i:
            return None
        node = node.head
    return None
