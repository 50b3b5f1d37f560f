"""Verb first and verb second: the finite verb of a main clause by the place it stands in.

A question, a request or the polite form starts with its finite verb, capitalised like a noun ("Schauen
Sie sich das an", "Hört der Regen auf?"); a fronted infinitive stands before it ("Teilnehmen werden
Lehrer und Eltern"). Otherwise the finite verb stands second: after a single adverb opening the clause
("Darüberhinaus erwähnte Wiesheu …"), and right after ", und" or "sondern" in a main clause that shares
its subject ("…, und verglich es mit …"), where a plural present looks like the infinitive ("Die USA
leihen Geld … und importieren billige Ware"). Part of reader.nlp.finite_verbs' pass.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from reader.lexicon import LexiconMissingError
from reader.nlp import lemma_dictionary
from reader.nlp.finite_readings import AUXILIARY_LEMMA, clause_end, is_finite_verb, plural_verb_form
from reader.nlp.lang.articles import NOMINATIVE_PERSONAL
from reader.nlp.lang.grammar import MODALS
from reader.nlp.morph_features import feature_values
from reader.nlp.noun_lexicon import listed_noun
from reader.nlp.parse_edits import set_head
from reader.nlp.verb_form_checks import (
    AUXILIARIES,
    INFINITIVE_ENDINGS,
    VERBS,
    dictionary_verb,
    finite_form,
    inflected_verb,
    make_finite,
    unknown_noun,
    zu_infinitive_form,
)
from reader.nlp.verb_forms import is_participle, is_preterite

if TYPE_CHECKING:  # annotations only: importing the rule must not load spaCy
    from spacy.tokens import Doc, Span, Token

# What the model calls a verb-first verb it did not recognise: a noun ("Schauen"), a name ("Kommst").
_MAY_BE_A_VERB_FIRST = {"NOUN", "PROPN", "VERB", "AUX", "X", "ADV"}
_COORDINATORS = frozenset({"und", "aber", "sondern", "oder", "doch"})


def coordinated_verb_second(statement: Span) -> None:
    """"…, und verglich es mit …", "…, sondern berührt ihre Interessen": right after a comma and a
    coordinating conjunction, an inflected verb form with its clause's words after it (perhaps after an
    insertion: "und unterliegt, wie viele andere, einem …") stands in second place of a main clause that
    shares the subject; a participle would stand at the end."""
    words = list(statement)
    for position in range(1, len(words) - 2):
        if words[position].lower_ not in _COORDINATORS:
            continue
        verb, after = words[position + 1], words[position + 2]
        if is_finite_verb(verb) or after.lower_ in _COORDINATORS or verb.tag_ == "ADJA":
            continue
        if after.is_punct and (after.text != "," or words[position].lower_ not in ("und", "oder")):
            continue  # ("doch bitte, …": "doch" is a particle too)
        lemma = inflected_verb(verb)
        if lemma is None or not finite_form(verb.lower_, lemma) or not dictionary_verb(lemma):
            continue
        if after.is_punct and is_participle(verb.lower_, lemma):
            continue  # "… bezeichnet und erforscht, …": a participle may close its clause before a comma
        if words[position - 1].text == "," or _second_main_verb(words[:position], verb, lemma):
            make_finite(verb, lemma)
    _plural_after_und(words)


def _second_main_verb(before: list[Token], verb: Token, lemma: str) -> bool:
    """"nannte den Zaun beschämend und verglich ihn …": without a comma, the form after the conjunction
    is a second main verb when a main clause's finite verb came before and no subordinating conjunction
    opened a clause whose end the form could be; a form that is also the participle ("beruht") only
    where no auxiliary before could take it."""
    if not any(is_finite_verb(word) and word.tag_.startswith("V") for word in before):
        return False
    if any(word.pos_ == "SCONJ" or word.dep_ == "mark" or word.tag_ in ("PRELS", "PWS", "PWAV") for word in before):
        return False
    return not is_participle(verb.lower_, lemma) or not any(word.pos_ == "AUX" for word in before)


def _plural_after_und(words: list[Token]) -> None:
    """"Die USA leihen Geld in China und importieren billige Ware", "Die Fans wollen das Spiel sehen und
    strömen ins Stadion": right after "und", a verb in the infinitive's form with its own words after it,
    where the clause before has a verb in the plural present (a modal's clause closed by its infinitive),
    is that clause's second verb, finite (the plural present looks like the infinitive; two infinitives
    under a modal stand at the end: "wollen Geld leihen und Ware importieren")."""
    for position in range(1, len(words) - 2):
        if words[position].lower_ != "und":
            continue
        verb, after = words[position + 1], words[position + 2]
        if (is_finite_verb(verb) and verb.tag_.startswith("V")) or not verb.is_lower or after.is_punct or after.pos_ in VERBS:
            continue
        before = next((word for word in reversed(words[:position]) if is_finite_verb(word) and word.tag_.startswith("V")), None)
        if before is None or feature_values(before, "Number") != ["Plur"] or feature_values(before, "Tense") != ["Pres"]:
            continue
        if before.pos_ == "AUX" and words[position - 1].pos_ not in VERBS:
            continue  # after a modal or werden, only once its infinitive has closed the clause ("wollen … sehen und strömen …")
        lemma = lemma_dictionary.lemmatize(verb.lower_)
        if lemma == verb.lower_ and lemma.endswith("en") and dictionary_verb(lemma):
            make_finite(verb, lemma)
            # the parser may have hung it on the noun after it as a determiner ("importieren billige Ware")
            object_ = verb.head if verb.head.i > verb.i and verb.head.pos_ in ("NOUN", "PROPN") else None
            set_head(verb, before, "conj")
            if object_ is not None:
                set_head(object_, verb, "obj")


def verb_first(doc: Doc) -> None:
    """"Schauen Sie sich das an", "Nehmen wir mal an", "Hört der Regen auf?": the capitalised first
    word of a sentence is its finite verb when a subject pronoun follows and it reads as a verb
    form, or when the dictionary reads the capitalised word itself as a verb, never as a noun; so is a
    verb form opening a condition before "…, dann" ("Trinkt … ein Kind von demselben Glas, dann …")."""
    for sentence in doc.sents:
        words = [token for token in sentence if not token.is_punct and not token.is_space]
        if len(words) < 2:
            continue
        first, following = words[0], words[1]
        if not first.is_title or not first.is_alpha or (first.pos_ in VERBS and "Fin" in feature_values(first, "VerbForm")):
            continue
        if first.pos_ not in _MAY_BE_A_VERB_FIRST or first.tag_ in ("VVPP", "VAPP", "VMPP") or zu_infinitive_form(first.lower_):
            continue
        lemma = AUXILIARY_LEMMA.get(first.lower_) or lemma_dictionary.lemmatize(first.lower_)
        if lemma in AUXILIARIES | MODALS and first.lower_ != lemma and first.pos_ not in VERBS:
            make_finite(first, lemma)  # "„Möge seine Seele in Frieden ruhen“": a modal's form is never a noun
            verb, role = first.head, first.dep_
            if verb.pos_ in VERBS and verb.i > first.i:
                # parsed as a noun, it held phrases of the clause ("Sollte von der Leyen … bestätigt werden"):
                # its noun attribute takes the role the "noun" had
                for child in list(first.children):
                    noun_role = child.dep_ == "nmod" and role in ("nsubj", "nsubj:pass", "obj")
                    set_head(child, verb, role if noun_role else None)
                set_head(first, verb, "aux")
            continue
        if not (lemma.islower() and lemma_dictionary.is_infinitive(lemma) and dictionary_verb(lemma)):
            continue
        pronoun_follows = following.lower_ in NOMINATIVE_PERSONAL and following.pos_ == "PRON"
        # A question without a pronoun ("Hört der Regen auf?") when simplemma has no noun of that spelling;
        # a word the tagger called a name only where the dictionary knows it as neither name nor noun
        question = sentence[-1].text == "?" and (first.pos_ != "PROPN" or _neither_name_nor_noun(first.text))
        read_as_verb = question and lemma_dictionary.lemmatize(first.text) == lemma and lemma != first.lower_
        condition = (finite_form(first.lower_, lemma) or first.lower_ == lemma) and _condition_before_its_main_clause(sentence)
        if pronoun_follows or read_as_verb or condition:
            make_finite(first, lemma)
        if condition and first.pos_ in VERBS:
            _condition_heads_its_clause(first, sentence)


def _condition_before_its_main_clause(sentence: Span) -> bool:
    """"Trinkt nachher ein gesundes Kind von demselben Glas, dann …", "Gelangen … Bakterien ins Blut, dann
    …": the first comma followed by "dann" or "so" and the main clause's finite verb, with no auxiliary before
    it (the tagger may take a word of it for a finite verb: "demselben"): a condition opened by its verb, as
    with "wenn"."""
    words = list(sentence)
    comma = next((position for position, word in enumerate(words) if word.text == ","), None)
    if comma is None or comma + 2 >= len(words) or any(word.pos_ == "AUX" for word in words[1:comma]):
        return False
    following, next_but_one = words[comma + 1], words[comma + 2]
    return following.lower_ in ("dann", "so") and is_finite_verb(next_but_one)


def _condition_heads_its_clause(verb: Token, sentence: Span) -> None:
    """The verb opening a condition heads the words up to the comma, and hangs on the main clause's verb
    (after "dann") as its adverbial clause; the one bare noun phrase of the condition that agrees with the
    verb in number is its subject ("Trinkt … ein gesundes Kind …": the child drinks)."""
    doc = verb.doc
    comma = next(word.i for word in sentence if word.text == ",")
    main = doc[comma + 2]
    main = main.head if main.dep_.startswith("aux") or main.dep_ == "cop" else main
    clause = range(verb.i, comma + 1)
    set_head(main, main, "ROOT")
    set_head(verb, main, "advcl")
    for word in doc[verb.i + 1 : sentence.end]:
        inside = word.i in clause
        if word.i != main.i and inside and (word.head.i not in clause or word.head.i == word.i):
            set_head(word, verb, "advmod" if word.head.i == word.i and word.pos_ in ("ADV", "ADJ") else None)
        elif inside and word.dep_ in _CLAUSE_ROLES:
            set_head(word, verb)  # (a role the parser gave a word of the clause it took for its head)
        elif not inside and word.i != main.i and word.head.i in clause:
            set_head(word, main)
    number = feature_values(verb, "Number")
    phrases = [c for c in verb.children if c.pos_ in ("NOUN", "PROPN") and not any(g.dep_ == "case" for g in c.children)]
    if len(phrases) == 1 and not any(c.dep_.startswith("nsubj") for c in verb.children) and feature_values(phrases[0], "Number") == number:
        phrases[0].dep_ = "nsubj"


_CLAUSE_ROLES = frozenset({"nsubj", "obj", "iobj", "obl", "advmod"})


def _neither_name_nor_noun(word: str) -> bool:
    """The dictionary has `word` as no name (Wiktionary's names) and as no noun of its own ("Hört")."""
    try:
        from reader.lexicon.database import name_kind

        return name_kind(word) is None and not listed_noun(word)
    except LexiconMissingError:
        return False


# Plural forms of the verbs that take a bare infinitive.
_PLURAL_INFINITIVE_TAKERS = frozenset({"werden", "können", "müssen", "sollen", "wollen", "dürfen", "möchten"})


def fronted_infinitives(doc: Doc) -> None:
    """"Teilnehmen werden Lehrer und Eltern": a capitalised infinitive without an article opening the
    sentence right before a plural "werden" or modal is that verb's infinitive, fronted; a noun made
    from it ("das Teilnehmen") is singular, so it cannot be the subject of the plural verb."""
    for sentence in doc.sents:
        first = sentence[0]
        if len(sentence) < 3 or not first.is_title or not first.is_alpha or first.pos_ not in ("NOUN", "PROPN", "VERB"):
            continue
        following = sentence[1]
        if following.lower_ not in _PLURAL_INFINITIVE_TAKERS or not following.tag_.endswith("FIN"):
            continue
        infinitive = first.lower_
        if lemma_dictionary.is_infinitive(infinitive) and infinitive.endswith(INFINITIVE_ENDINGS) and dictionary_verb(infinitive):
            first.pos_, first.tag_ = "VERB", "VVINF"
            first.set_morph("VerbForm=Inf")


def verb_second_after_adverb(doc: Doc) -> None:
    """"Darüberhinaus erwähnte Wiesheu …", "…, doch überraschend erklärte Frankreichs Regierungschef …":
    after a single adverb that opens a main clause (the sentence, or a clause after a comma and a
    coordinating conjunction, or a semicolon), a Präteritum before a name or a pronoun is the finite
    verb in second place, not an adjective of the name; so is one before any noun where the clause has
    no other finite verb up to its first comma or "und" ("; andererseits verteidigte Dr. Rice das Lager, …",
    "Demnach formte Gott den Adam aus Erde und hauchte …"), and there a present plural too ("Daher besitzen
    Flöhe …")."""
    for opening in _main_clause_openings(doc):
        if opening + 2 >= len(doc) or not (doc[opening].pos_ == "ADV" or doc[opening].tag_ == "ADJD"):
            continue
        verb, following = doc[opening + 1], doc[opening + 2]
        if verb.pos_ != "ADJ" or not verb.is_lower:
            continue
        if not (following.pos_ in ("PROPN", "PRON") or unknown_noun(following) or _without_finite_verb(doc, opening)):
            continue
        lemma = lemma_dictionary.lemmatize(verb.text)
        preterite = lemma != verb.text and lemma.endswith(INFINITIVE_ENDINGS) and is_preterite(verb.text, lemma)
        # (or a present plural, the infinitive's form, in a clause with no other finite verb: "Daher
        # besitzen Flöhe … Resilinpolster")
        if preterite or (plural_verb_form(verb) and _without_finite_verb(doc, opening)):
            make_finite(verb, lemma)
            heads_its_clause(verb, opening)


def heads_its_clause(verb: Token, opening: int) -> None:
    """The verb found inside a noun phrase heads its clause (up to the first comma): the clause's words
    the parser hung outside it ("Dr." as the subject of the verb before the semicolon) become the verb's,
    so the case rules see its subject and object."""
    doc = verb.doc
    end = clause_end(doc, opening)
    outside = [t for t in doc[opening:end] if t.i != verb.i and not opening <= t.head.i < end]
    anchors = [t.head for t in outside if t.head.i != t.i]
    if not outside or not anchors:
        return  # the clause holds the sentence's root: the parser saw it as the main clause
    set_head(verb, anchors[0], "parataxis")
    for token in outside:
        set_head(token, verb)


def _without_finite_verb(doc: Doc, start: int) -> bool:
    """No finite verb from `start` to the first comma, coordinating conjunction or end of clause (the
    verb of a clause joined by "und" is its own: "Demnach formte Gott den Adam … und hauchte ihm …")."""
    end = clause_end(doc, start)
    end = next((t.i for t in doc[start:end] if t.pos_ == "CCONJ"), end)
    return not any(is_finite_verb(token) for token in doc[start:end])


def _main_clause_openings(doc: Doc) -> Iterator[int]:
    """The first word of each sentence, and the word after ", und/aber/doch/sondern/oder" or a semicolon."""
    for sentence in doc.sents:
        yield sentence.start
    for token in doc[1:-1]:
        if (token.lower_ in _COORDINATORS and doc[token.i - 1].text == ",") or token.text == ";":
            yield token.i + 1
