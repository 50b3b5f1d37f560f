"""A relative clause the parser read as the main clause.

"Die meisten Kirchen, zu denen die Altkatholische Kirche … zählen, sind keine Freikirchen": when a noun
phrase with a relative clause fills the first field, the parser sometimes makes the relative clause's verb
(zählen) the sentence's root, the main clause's predicate its conjunct, and the relative clause's subject an
apposition of the noun before the comma. German settles it by word order: a relative clause ends in its
finite verb, and the finite verb of the main clause comes right after the first field, here right after
the comma that closes the relative clause. So the verb after that comma heads the sentence, the words
outside the relative clause are its, and the relative clause describes the noun before its comma. A
relative clause the parser hung on that noun as an apposition or conjunct is its relative clause too, and
so is one hung on a noun further back whose number its subject, the pronoun, does not have, or, where that
noun fits the pronoun too, one that noun is no attribute of; so is one the parser hung on the verb before
the comma as an adverbial clause. The other way round, a main clause before the
comma that the parser hung on the relative clause after it heads the sentence again, and so does a predicate
noun the parser made the subject of the relative clause's second verb ("…, das … werden kann und … ermöglicht").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.nlp.doc_arrays import tokens_where
from reader.nlp.doc_facts import bracket_openings
from reader.nlp.lang.articles import relative_pronoun_fits
from reader.nlp.morph_features import article_cases, may_be_nominative
from reader.nlp.noun_forms import noun_reading
from reader.nlp.noun_lexicon import names_someone
from reader.nlp.noun_phrases import fixed_adverb
from reader.nlp.parse_edits import set_head, take_place
from reader.nlp.subject_agreement import finite_number

if TYPE_CHECKING:  # annotations only
    from spacy.tokens import Doc, Token

_NOMINAL = frozenset({"NOUN", "PROPN"})
_FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
_AUXILIARY_RELATIONS = frozenset({"aux", "aux:pass", "cop"})
# Relations by which the parser hangs the relative clause's subject on the noun before the comma.
_RENAMING = frozenset({"appos", "nmod", "conj"})


def relative_clauses_taken_for_the_main_clause(doc: Doc) -> None:
    """Each "NOUN, (preposition) RELATIVE … FINITE, FINITE …" opening its sentence whose relative clause
    the parser made the head of the main clause: the two change places."""
    for pronoun in tokens_where(doc, "TAG", ("PRELS",)):
        opening = _opening(pronoun)
        if opening is None:
            continue
        comma = doc[opening.i - 1]
        antecedent = doc[comma.i - 1]
        closing = _closing_finite_verb(pronoun)
        if antecedent.pos_ not in _NOMINAL or closing is None:
            continue
        sentence = pronoun.sent
        main = doc[closing.i + 2] if closing.i + 2 < sentence.end and doc[closing.i + 1].text == "," else None
        if main is None or not _finite(main):
            continue
        if any(_finite(t) for t in doc[sentence.start : comma.i]):
            continue  # the phrase before the comma is no first field: a finite verb stands before it
        relative = _clause_head(closing, opening.i)
        head = _clause_head(main, main.i)
        if not (relative.head.i == relative.i or any(a.i == relative.i for a in head.ancestors)):
            continue  # the parser read it right: the main clause does not hang on the relative clause
        _change_places(relative, head, antecedent, comma, range(opening.i, closing.i + 1))


def main_clause_hung_on_the_relative_clause_after_it(doc: Doc) -> None:
    """"Ihr Ziel war vor allem Teilhabe am Wohlstand des Imperiums, dessen Strukturen sie keineswegs
    zerstören wollten": the parser made the relative clause's verb, at the sentence's end, its root and the
    main clause's copula that verb's auxiliary ("war … zerstören", a tense German has not). A relative
    clause ends in its finite verb and describes the noun before its comma; the words before the comma,
    with their own finite verb, are the main clause, headed by that verb or the predicate its copula
    names (the first noun after the copula that is no subject and has no preposition; "vor allem" is none)."""
    for pronoun in tokens_where(doc, "TAG", ("PRELS", "PRELAT")):
        opening = _opening(pronoun)
        sentence = pronoun.sent
        relative = sentence.root
        if opening is None or relative.i <= opening.i or relative.pos_ not in ("VERB", "AUX"):
            continue
        comma = doc[opening.i - 1]
        antecedent = doc[comma.i - 1]
        closing = doc[sentence.end - 2] if sentence.end - sentence.start > 2 and doc[sentence.end - 1].is_punct else None
        if antecedent.pos_ not in _NOMINAL or closing is None or not _finite(closing):
            continue
        if any(t.text == "," for t in doc[opening.i : closing.i]):
            continue  # (the clause runs from its comma to the sentence's end)
        finite = next((t for t in doc[sentence.start : comma.i] if _finite(t) and t.head.i == relative.i), None)
        if finite is None:
            continue
        head = finite
        if finite.dep_ in _AUXILIARY_RELATIONS:
            # (hung on the verb, or on a word of the main clause: "ist in der Regel ein … Behälter, in dem …",
            # where the parser made "Behälter" an attribute of "Regel")
            brackets = bracket_openings(doc)
            head = next(
                (t for t in doc[finite.i + 1 : comma.i] if t.pos_ in _NOMINAL and (t.head.i == relative.i or finite.i <= t.head.i < comma.i)
                 and not t.dep_.startswith("nsubj") and not any(c.dep_ == "case" and not fixed_adverb(c) for c in t.children)
                 and brackets[t.i] < finite.i and article_cases(t) != {"Gen"}),  # (not "(Eiszeitalter)", "des Pleistozäns")
                None,
            )
            if head is None:
                continue
            set_head(finite, head, "cop")
        _change_places(relative, head, antecedent, comma, range(opening.i, closing.i + 1), listed=False)


def second_relative_verb_taken_for_the_main_clause(doc: Doc) -> None:
    """"Resilin ist ein elastisches Protein, das … gespannt werden kann und dem Floh … Sprünge ermöglicht":
    a verb after "und" with no comma between it and the relative clause's finite verb is that clause's
    second verb, sharing its pronoun; the parser made it the sentence's root and the predicate noun before
    the comma, which has its own copula, its subject. The predicate heads the sentence again; or it made it
    a clause of the main verb, with the words before the comma its own ("versteht man unter einem Buddha
    ein Wesen, das … erreicht und … erlangt hat"), which go back to the main verb. (The
    tagger may call the pronoun a demonstrative: after the comma, in a clause ending in its verb, it is none.)"""
    for pronoun in tokens_where(doc, "TAG", ("PRELS", "PDS")):
        opening = _opening(pronoun)
        if opening is None:
            continue
        comma = doc[opening.i - 1]
        predicate = doc[comma.i - 1]
        verb = predicate.head
        if predicate.dep_ == "nmod" and any(c.dep_ == "case" for c in verb.children):
            verb = verb.head  # "unter einem Buddha ein Wesen": no attribute of the preposition's noun
        if predicate.pos_ not in _NOMINAL or predicate.dep_ not in ("nsubj", "obj", "nmod") or verb.i <= pronoun.i:
            continue
        main = verb.head  # "versteht man unter einem Buddha ein Wesen, das … erreicht und … erlangt hat"
        main_verb = verb.dep_ in _CLAUSE_RELATIONS and main.pos_ in ("VERB", "AUX") and main.i < comma.i
        if verb.pos_ not in ("VERB", "AUX") or not (main_verb or any(c.dep_ == "cop" and c.i < predicate.i for c in predicate.children)):
            continue
        if predicate.dep_ == "nmod" and not main_verb:
            continue
        first = next((t for t in doc[pronoun.i + 1 : verb.i] if _finite(t)), None)
        if first is None and main_verb and pronoun.head.pos_ == "VERB" and pronoun.i < pronoun.head.i < verb.i:
            first = pronoun.head  # (a form the tagger read as a participle: "erreicht")
        if first is None or any(t.text == "," for t in doc[pronoun.i : verb.i]):
            continue
        joint = next((t for t in doc[first.i + 1 : verb.i] if t.pos_ == "CCONJ"), None)
        relative = _clause_head(first, pronoun.i)
        if joint is None or relative.i == verb.i or not (main_verb or take_place(predicate, verb)):
            continue
        head = main if main_verb else predicate
        has_subject = any(c.dep_.startswith("nsubj") for c in head.children)
        if predicate.dep_ == "nmod" and main_verb:
            set_head(predicate, verb, "nsubj")  # (for the step below: the phrase before the comma is the verb's)
        for child in list(verb.children):
            if child.i < comma.i and set_head(child, head) and main_verb and has_subject and child.dep_ == "nsubj":
                child.dep_ = "obj"  # "man" is the subject: the noun the parser gave the second verb is the object
        set_head(verb, relative, "conj")
        _second_verb_takes_its_words(verb, joint)


# Relations by which the parser hangs a second relative verb, as a clause of its own, on the main verb.
_CLAUSE_RELATIONS = frozenset({"ccomp", "xcomp", "conj", "parataxis", "advcl"})


def _second_verb_takes_its_words(verb: Token, joint: Token) -> None:
    """The words from the conjunction to the second verb are its clause's: those the parser hung outside
    it become the verb's (a conjunct of the predicate its object), an attributive adjective the next
    noun's ("sehr weite und hohe Sprünge"), with what the parser hung on that adjective."""
    doc = verb.doc
    span = range(joint.i, verb.i + 1)
    set_head(joint, verb, "cc")
    for word in doc[joint.i + 1 : verb.i]:
        if word.head.i in span:
            continue
        noun = _noun_after_attributes(word) if word.tag_ == "ADJA" else None
        if noun is None:
            set_head(word, verb, "obj" if word.dep_ == "conj" and word.pos_ in _NOMINAL else None)
            continue
        for child in list(word.children):
            if child.dep_ != "advmod":
                set_head(child, verb)
        set_head(word, noun, "amod")


def _noun_after_attributes(adjective: Token) -> Token | None:
    """The noun right after an attributive adjective, across adjectives, adverbs and conjunctions."""
    for word in adjective.doc[adjective.i + 1 : adjective.sent.end]:
        if word.pos_ in _NOMINAL:
            return word
        if word.pos_ not in ("ADJ", "ADV", "CCONJ"):
            return None
    return None


def relative_clauses_taken_for_renamings(doc: Doc) -> None:
    """"Die Mauer, die zuerst eine Konstruktion aus Holz war, …" with the clause's predicate hung on "Mauer"
    as an apposition (renaming the wall) or a conjunct: a clause a relative pronoun after the comma opens,
    with its own finite verb or copula, describes the noun before the comma."""
    for pronoun in tokens_where(doc, "TAG", ("PRELS",)):
        opening = _opening(pronoun)
        clause = pronoun.head
        if opening is None or pronoun.pos_ != "PRON" or clause.dep_ not in ("appos", "conj"):
            continue
        antecedent = doc[opening.i - 2]
        own_verb = clause.pos_ in ("VERB", "AUX") or any(c.dep_ in _AUXILIARY_RELATIONS for c in clause.children)
        if own_verb and antecedent.pos_ in _NOMINAL and clause.head.i <= antecedent.i < clause.i:
            set_head(clause, antecedent, "acl:relcl")


def relative_clauses_on_a_noun_of_another_number(doc: Doc) -> None:
    """"eine Bezeichnung für Lebensformen, die nicht von der Erde stammen": the relative pronoun is its
    clause's subject, so it has the finite verb's number; the parser hung the clause on the singular
    "Bezeichnung", but the noun right before the comma has that number and the pronoun's form fits it,
    so the clause is that noun's; and where the noun before the comma shows the other number, the clause
    is the nearest noun's before it that may have the verb's."""
    for pronoun in tokens_where(doc, "TAG", ("PRELS",)):
        clause = pronoun.head
        subject = _opening(pronoun) is pronoun and pronoun.dep_.startswith("nsubj")
        if not subject or clause.dep_ not in ("acl", "acl:relcl"):
            continue
        nearest = doc[pronoun.i - 2]
        number = finite_number(clause)
        if number is None or nearest.pos_ != "NOUN":
            continue
        if clause.head.i == nearest.i and _number_of_form(nearest) not in (None, number):
            # "Lautwandel gegenüber der älteren Ursprache, die … zusammengefasst werden": the singular before the
            # comma cannot be the plural verb's subject; the noun before it that may be is
            farther = next((t for t in _nouns_before(nearest) if _may_have(t, number) and _fits(pronoun, t, number)), None)
            if farther is not None:
                set_head(clause, farther, "acl:relcl")
            continue
        if clause.head.i == nearest.i or nearest.i < clause.head.i:
            continue
        if _number_of_form(clause.head) == number or _number_of_form(nearest) != number:
            continue
        if _fits(pronoun, nearest, number):
            set_head(clause, nearest, "acl:relcl")


def _nouns_before(noun: Token) -> list[Token]:
    """The nouns before `noun` in its sentence, the nearest first, up to a verb or punctuation."""
    found = []
    for word in reversed(noun.doc[noun.sent.start : noun.i]):
        if word.pos_ in ("VERB", "AUX") or word.is_punct:
            break
        if word.pos_ == "NOUN":
            found.append(word)
    return found


def _may_have(noun: Token, number: str) -> bool:
    """`noun` may be of `number`: its form shows it, or shows neither ("Lautwandel", "Lehrer")."""
    return _number_of_form(noun) in (number, None)


def _fits(pronoun: Token, noun: Token, number: str) -> bool:
    gender = noun_reading(noun)[0] if number == "Sing" else None
    return relative_pronoun_fits(pronoun.text, gender, number)


def relative_clauses_on_a_noun_further_back(doc: Doc) -> None:
    """"… nach antikem Vorbild auf dem Boden des Westreiches, das um 476 unterging": a relative clause
    follows the noun it describes; the parser hung it on "Vorbild", a noun of another phrase further back,
    but the noun right before the comma fits the pronoun's form too, so the clause is that noun's. (An
    attribute of the farther noun itself leaves it: "der Brief an den Minister, der …" may be either.)"""
    for pronoun in tokens_where(doc, "TAG", ("PRELS",)):
        opening = _opening(pronoun)
        clause = pronoun.head
        if opening is None or clause.dep_ not in ("acl", "acl:relcl"):
            continue
        nearest, antecedent = doc[opening.i - 2], clause.head
        if nearest.pos_ != "NOUN" or antecedent.i >= nearest.i or nearest.head.i == antecedent.i:
            continue
        number = _number_of_form(nearest) or next(iter(nearest.morph.get("Number")), None)
        gender = noun_reading(nearest)[0] if number == "Sing" else None
        if number is not None and relative_pronoun_fits(pronoun.text, gender, number):
            set_head(clause, nearest, "acl:relcl")


def relative_clauses_hung_on_a_verb(doc: Doc) -> None:
    """"…, wird der Geocache an der Stelle versteckt, an der er gefunden wurde": the parser made the relative
    clause an adverbial clause of the verb before it; a d-pronoun after the comma opens a relative clause of
    the noun right before the comma, or before the verbs that close the clause there (the relative clause
    follows them), where its form fits that noun ("an der": the feminine "Stelle") or the one that noun is
    the genitive attribute of."""
    for pronoun in tokens_where(doc, "TAG", ("PRELS",)):
        opening = _opening(pronoun)
        clause = pronoun.head
        if opening is None or pronoun.lower_ not in _D_PRONOUNS or clause.dep_ in ("acl", "acl:relcl"):
            continue
        before = opening.i - 2
        while before > 0 and doc[before].pos_ in ("VERB", "AUX"):
            before -= 1
        nearest = doc[before]
        predicate = clause.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in clause.children)  # ("vakant war")
        if nearest.pos_ != "NOUN" or not predicate or clause.i < pronoun.i or clause.head.i > opening.i:
            continue
        # the noun before the comma, or the one it is the genitive attribute of ("das Amt des … Beraters, das")
        for noun in (nearest, nearest.head) if nearest.dep_ == "nmod" and nearest.head.i < nearest.i else (nearest,):
            number = _number_of_form(noun) or next(iter(noun.morph.get("Number")), None)
            gender = noun_reading(noun)[0] if number == "Sing" else None
            if noun.pos_ == "NOUN" and number is not None and relative_pronoun_fits(pronoun.text, gender, number, opening is not pronoun):
                set_head(clause, noun, "acl:relcl")
                break


_D_PRONOUNS = frozenset("der die das dem den denen".split())


def clauses_of_whose_hung_outside(doc: Doc) -> None:
    """"…, ist der Ehrenname des Religionsstifters, dessen Lehre die Weltreligion begründet." with the
    clause's verb hung on a verb before the comma (as its conjunct) and "Lehre" made an apposition: a
    clause "dessen/deren" opens after a comma ends in its finite verb, and describes the noun before the
    comma. The noun "dessen" belongs to opens it, as subject or object: "dessen" comes first whatever its
    noun's role, so word order does not tell (_roles_beside_whose)."""
    for whose in tokens_where(doc, "TAG", ("PRELAT",)):
        opening = _opening(whose)
        if opening is None or doc[opening.i - 2].pos_ not in _NOMINAL:
            continue
        antecedent = doc[opening.i - 2]
        finite = next((t for t in doc[whose.i + 1 : whose.sent.end] if _finite(t)), None)
        after = doc[finite.i + 1] if finite is not None and finite.i + 1 < len(doc) else None
        if finite is None or after is None or not after.is_punct or finite.dep_ == "cop":
            continue  # (a clause ending in its copula: copular_clauses.copular_clauses_of_whose)
        head = _clause_head(finite, opening.i)
        clause = range(opening.i, finite.i + 1)
        owner = whose.head
        if head.dep_ == "ROOT" or head.head.i in clause or head.head.i > finite.i or owner.pos_ not in _NOMINAL:
            continue  # it heads the sentence (another repair's case), or hangs inside its clause or after it
        if owner.i not in clause or _hangs_within(owner, head, clause):
            continue  # the parser read it as the clause of "dessen"'s noun
        outside = [c for c in head.children if c.i < opening.i and not c.is_punct]
        # "und ist der Ehrenname …, dessen Lehre … begründet" with the predicate before the comma made the
        # subject of "begründet": the predicate (with its copula) takes the verb's place in the sentence
        predicate = next((c for c in outside if any(g.dep_ == "cop" for g in c.children)), None)
        if predicate is not None and not take_place(predicate, head):
            continue
        if not set_head(head, antecedent, "acl:relcl"):
            continue
        for child in outside:
            if predicate is not None and child.i != predicate.i:
                set_head(child, predicate)
        inside = owner.head.i in clause
        for word in (doc[i] for i in clause):
            if word.i != head.i and word.head.i not in clause:
                set_head(word, head)
        if not inside:
            _roles_beside_whose(owner, head)


def _hangs_within(word: Token, head: Token, clause: range) -> bool:
    """`word` hangs on `head` through words of `clause` only."""
    node = word
    while node.i != head.i:
        if node.head.i not in clause or node.head.i == node.i:
            return False
        node = node.head
    return True


def _roles_beside_whose(owner: Token, verb: Token) -> None:
    """Subject and object of a clause "dessen/deren" opens, where the parser gave the noun of "dessen" no
    role: with a pronoun, a name or a person beside it, that is the subject ("dessen Einfuhr die EU
    verboten hatte"), else the noun of "dessen" ("dessen Lehre die Weltreligion begründet")."""
    others = [c for c in verb.children if c.dep_ in ("nsubj", "obj") and c.i != owner.i and c.i < verb.i]
    other = next((c for c in others if c.pos_ in ("PRON", "PROPN", "NOUN")), None)
    animate = other is not None and names_someone(other)
    owner.dep_ = "obj" if animate else "nsubj"
    if other is not None:
        other.dep_ = "nsubj" if animate else "obj"


def _number_of_form(noun: Token) -> str | None:
    """"Plur" for a plural form its singular does not spell, "Sing" for a singular its plural does not, else None."""
    if noun.pos_ != "NOUN":
        return None
    _, plural, _, lemma = noun_reading(noun)
    if plural is None or plural == lemma:
        return None
    return "Plur" if noun.text == plural else "Sing" if noun.text == lemma else None


def _opening(pronoun: Token) -> Token | None:
    """The first word of the relative clause: the pronoun right after a comma, or its preposition."""
    doc = pronoun.doc
    if pronoun.i >= 2 and doc[pronoun.i - 1].text == ",":
        return pronoun
    if pronoun.i >= 3 and doc[pronoun.i - 1].pos_ == "ADP" and doc[pronoun.i - 2].text == ",":
        return doc[pronoun.i - 1]
    return None


def _closing_finite_verb(pronoun: Token) -> Token | None:
    """The first finite verb after the pronoun, where a comma follows it: the clause ends there."""
    doc = pronoun.doc
    finite = next((t for t in doc[pronoun.i + 1 : pronoun.sent.end] if _finite(t)), None)
    if finite is None or finite.i + 1 >= len(doc) or doc[finite.i + 1].text != ",":
        return None
    return finite


def _finite(word: Token) -> bool:
    """A finite verb by its tag and its class ("verwandte" tagged finite, classed an adjective: no verb)."""
    return word.tag_ in _FINITE_TAGS and word.pos_ in ("VERB", "AUX")


def _clause_head(finite: Token, start: int) -> Token:
    """The word heading the finite verb's clause: the verb, or the predicate or participle an auxiliary or
    copula hangs on after `start` ("…, sind … keine Freikirchen": Freikirchen)."""
    if finite.dep_ in _AUXILIARY_RELATIONS and finite.head.i > start and finite.head.sent == finite.sent:
        return finite.head
    return finite


def _change_places(relative: Token, head: Token, antecedent: Token, comma: Token, clause: range, listed: bool = True) -> None:
    """Make `head` the sentence's root with the words outside the relative clause, and the relative clause
    (the words in `clause`) a clause of `antecedent`; its subject, hung on a noun outside or on the
    relative pronoun, is its own: with `listed`, a list whose items the parser split (a clause whose
    pronoun is no subject, "zu denen …"); else a noun hung outside is its object where it has a subject
    ("dessen Strukturen … sie zerstören wollten")."""
    if not take_place(head, relative):
        return
    for child in list(relative.children):
        if child.i not in clause and child.i != head.i:
            set_head(child, head)
            if child.i < comma.i and child.dep_ in ("obj", "nsubj") and may_be_nominative(child):
                child.dep_ = "nsubj"  # the first field's phrase, the relative clause's object before
    if not set_head(relative, antecedent, "acl:relcl"):
        return
    set_head(comma, relative, "punct")
    subject = next((c for c in relative.children if c.dep_.startswith("nsubj")), None)
    for word in (relative.doc[i] for i in clause):
        renaming = word.pos_ in _NOMINAL and word.dep_ in _RENAMING
        if word.i == relative.i or (word.head.i in clause and not (renaming and word.head.tag_ == "PRELS")):
            continue  # (a relative pronoun has no attribute: a noun hung on it is the clause's)
        if not renaming:
            set_head(word, relative)
        elif not listed:
            set_head(word, relative, "obj" if subject is not None else "nsubj")
        elif subject is None or subject.i > word.i:
            if set_head(word, relative, "nsubj") and subject is not None:
                set_head(subject, word, "conj")  # the list's first item heads it
            subject = word
        else:
            set_head(word, subject, "conj")  # the list's later items
    if subject is not None:
        _last_item_taken_for_an_object(relative, subject)


def _last_item_taken_for_an_object(relative: Token, subject: Token) -> None:
    """"…, zu denen die Altkatholische Kirche, die Selbständige … Kirche und verwandte … Kirchen zählen":
    the object after "und" that ends the subject's list is its last item, with the adjectives before it."""
    doc = relative.doc
    items = [subject, *(c for c in subject.children if c.dep_ == "conj")]
    for word in list(relative.children):
        if word.dep_ != "obj" or word.pos_ not in _NOMINAL or word.i < subject.i:
            continue
        between = doc[max(t.right_edge.i for t in items) + 1 : word.i]
        joint = next((t for t in between if t.lower_ in ("und", "oder", "sowie")), None)
        # (adverbs too: "ein Logbuch sowie häufig auch verschiedene kleine Tauschgegenstände")
        if joint is None or any(t.pos_ not in ("ADJ", "ADV", "CCONJ", "DET", "PUNCT") for t in between):
            continue
        set_head(word, subject, "conj")
        set_head(joint, word, "cc")
        for attribute in between:
            if attribute.tag_ == "ADJA" and attribute.i > joint.i:
                set_head(attribute, word, "amod")
