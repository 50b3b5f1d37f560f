"""Why a noun, pronoun or article has its case, as a hint says it: after a preposition (and what fixes a
two-way preposition's case: "verzichten auf", "in Betracht ziehen"), as the subject or an object of its
verb, as an accusative of time or measure, a genitive of belonging, an apposition, a predicate noun.

    case_reason(token, "Dat", hints)   # "dative: indirect object of geben (to or for whom?)", or None

None where the parse does not show the reason. Asked by reader.nlp.hints.nominal for a noun, its
article and its adjectives.
"""

from __future__ import annotations

from spacy.tokens import Token

from reader.lexicon.database import LexiconMissingError
from reader.lexicon.valency import intransitive_only
from reader.nlp.clause_kinds import COPULAR_LEMMAS
from reader.nlp.copular_clauses import bare_genitive
from reader.nlp.function_word_uses import counts_an_interval
from reader.nlp.hints.common import AUX_DEPS, NOMINAL, VERBAL, Hints, after_als, case_gender_number, verb_term
from reader.nlp.hints.declension import contracted_article
from reader.nlp.lang.articles import CASE_NAMES
from reader.nlp.lang.grammar import DISTANCES
from reader.nlp.lang.prepositions import CONTRACTIONS, TWO_WAY, governed_cases
from reader.nlp.lang.sentences import MONTHS, TIME_NOUNS, WEEKDAYS
from reader.nlp.lang.valency import (
    FIXED_PHRASES,
    GENITIVE_OBJECT_VERBS,
    GENITIVE_WITH_SEIN,
    NAMING_VERBS,
    REFLEXIVE_GENITIVE_OBJECT_VERBS,
    object_case,
)
from reader.nlp.morph_features import feature_values
from reader.nlp.noun_lexicon import in_a_language
from reader.nlp.noun_phrases import lemma_of, preposition_of
from reader.nlp.participles import participle_of
from reader.nlp.phrase_roles import genitive_with_sein, is_compared, measure_accusative, object_of_participle
from reader.nlp.phrase_context import dated, fragment_before_colon, governing_noun_before, placed_in_time
from reader.nlp.quantities import counting_noun
from reader.nlp.subject_agreement import finite_number
from reader.nlp.verb_complex import verb_complex

_TIMES = TIME_NOUNS | WEEKDAYS | MONTHS


def fixed_by(prep: Token, noun: Token, hints: Hints) -> str | None:
    """What fixes a two-way preposition's case (None for any other preposition) where neither place nor direction does: a verb or noun
    whose prepositional object it opens ("verzichtet auf das Amt": verzichten auf, accusative; "besteht
    auf der Erhöhung": bestehen auf, dative), or a fixed phrase with a bare noun ("in Betracht ziehen")."""
    case = case_gender_number(noun)[0] if noun.pos_ in NOMINAL else None
    if case not in ("Acc", "Dat"):
        return None
    word = CONTRACTIONS[prep.lower_][0] if prep.lower_ in CONTRACTIONS else prep.lower_
    if word not in TWO_WAY:
        return None
    if FIXED_PHRASES.get((word, lemma_of(noun))) == case or (case == "Acc" and in_a_language(word, noun)):
        return f"{word} {lemma_of(noun)}"  # (also "auf Deutsch": in a language)
    phrase = hints.phrases.get(prep.i)
    if phrase is not None and word == prep.lower_ and noun.i == prep.i + 1 and noun.i in phrase.tokens and any(
        prep.doc[i].pos_ in VERBAL for i in phrase.tokens
    ):
        return phrase.term  # "in Betracht ziehen", "auf Kritik stoßen": a verb's phrase with a bare noun, no place
    governor = noun.head
    if governor.i == noun.i or governor.pos_ not in ("VERB", "AUX", "NOUN", "PROPN") or lemma_of(noun) in _TIMES:
        return None  # "starb am Samstag": a time, whatever "sterben an" takes
    verb = governor.pos_ in ("VERB", "AUX")
    term = verb_term(governor) if verb else lemma_of(governor)
    if object_case(word, term, verb) == case:
        return f"{term} {word}"
    owner = None if verb else governing_noun_before(prep, word)  # "Anschläge mit Bomben auf Konvois"
    return f"{lemma_of(owner)} {word}" if owner is not None and object_case(word, lemma_of(owner), False) == case else None


def case_reason(token: Token, case: str, hints: Hints) -> str | None:
    """Why the token has this case, or None when the parse does not show it."""
    name = CASE_NAMES[case]
    prep = preposition_of(token)
    if prep is not None and prep.i > token.i and prep.dep_ != "case":
        prep = None
    if prep is None and token.dep_ == "conj" and token.head.pos_ in NOMINAL:
        first = token.head
        if after_als(token):
            # "wird die Gletscherregion als glaziale Höhenstufe bezeichnet": what it is called, no second subject
            return f"{name}: after als, the same case as {first.text}" if case_gender_number(first)[0] == case else None
        if case_gender_number(first)[0] == case:
            reason = case_reason(first, case, hints)
            if not reason:
                return None
            # a conjunct of a conjunct names the list's first word once: "(joined with Fähigkeit)"
            own, _, list_first = reason.partition(" (joined with ")
            return f"{own} (joined with {list_first.removesuffix(')') or first.text})"
        return None
    if prep is not None:
        cases = governed_cases(prep.text)
        if case not in cases:
            return None
        word = prep.lower_
        pair = fixed_by(prep, token, hints)
        if word in CONTRACTIONS:
            base = CONTRACTIONS[word][0]
            reason = f"{name} after {word} (= {base} {contracted_article(word)})"
            if pair is not None:
                reason += f": fixed by {pair}"
            elif base in TWO_WAY:
                reason += ": location or time (where? when?)" if case == "Dat" else ": direction (where to?)"
            return reason
        if pair is not None:
            return f"{name} after {word}: fixed by {pair}, not a place or a direction"
        if word in TWO_WAY:  # the preposition's own hint explains two-way prepositions
            if case == "Dat":
                return f"{name} after {word}: location or time (where? when?)"
            return f"{name} after {word}: direction (where to?) or a fixed phrase"
        if case == "Dat" and cases[0] == "Gen":
            return f"{name} after {word} (spoken German; written German often uses the genitive)"
        return f"{name} after {word}"
    if is_compared(token):
        return None
    participle = object_of_participle(token)
    if participle is not None:  # "Erdöl exportierender Länder": inside the attribute, not a phrase of the clause
        verb = participle_of(participle.text)[0]
        return f"{name}: object of {participle.text} ({verb}), which describes {participle.head.text}" if case == "Acc" else None
    verb = _governing_verb(token)
    dep = token.dep_
    if case == "Nom" and not dep.startswith(("appos", "flat")) and fragment_before_colon(token):
        return "nominative: stands alone before the colon, naming what follows"
    if dep in ("nsubj", "nsubj:pass") and case == "Nom" and _placeholder_es(token):
        return f"nominative: placeholder 'es'; the verb agrees with the real subject, {token.head.text}, which follows"
    if dep in ("nsubj", "nsubj:pass") and case == "Nom":
        if verb and verb_complex(token.head).voice is not None:  # whatever the parser's label: "Ergänzt wurde der Aufruf"
            if _name_given_in_the_passive(token, verb):
                return f"nominative: what the subject is called (the passive of {verb} has two nominatives)"
            return f"nominative: subject of the passive {verb}"
        return f"nominative: subject of {verb}" if verb else "nominative: subject"
    placed = lemma_of(token) in _TIMES and placed_in_time(token)  # "das nächste Mal"
    time_object = dep == "obj" and (_bare_time(token) or _time_of_intransitive(token) or placed)
    if case == "Acc" and dep == "obj" and _distance_of_intransitive(token):
        return "accusative of measure (how far?)"  # "geht es rund 100 Kilometer durch die Steiermark"
    if case == "Acc" and (time_object or measure_accusative(token)):
        # "Tag und Nacht arbeiten", "jeden Tag", "einen Abend verweilen", "mehrere hundert Meter lange Schlangen"
        return "accusative of time or measure (how long? when?)"
    if dep == "obj" and case == "Acc":
        return f"accusative: direct object of {verb}" if verb else "accusative: direct object"
    if dep in ("obj", "iobj") and case == "Dat":
        kind = "indirect object" if dep == "iobj" else "object"
        return f"dative: {kind} of {verb} (to or for whom?)" if verb else f"dative: {kind}"
    owner = _owner_before(token) if case == "Gen" and dep in ("obj", "iobj", "obl:arg") else None
    if owner is not None and owner.pos_ in ("NUM", "SYM"):
        # "auf 72 % aller Anträge": zutreffen takes no genitive; the phrase is what the amount is part of
        amount = owner.doc[owner.i - 1 : owner.i + 1].text if owner.pos_ == "SYM" and owner.i > 0 else owner.text
        return f"genitive: the group {amount} is part of ('{amount} of the …')"
    if owner is not None:  # "als es Mitgliedern nationaler Regierungen möglich ist": sein takes no genitive
        return f"genitive: belongs to {owner.text} ('the {owner.text} of …')"
    if case == "Gen" and dep in ("obj", "iobj", "obl:arg") and verb:
        return f"genitive: object of {verb}, which takes the genitive"  # "bedarf der Zustimmung"
    if case == "Gen" and genitive_with_sein(token):
        return f"genitive with sein: 'der {lemma_of(token)} sein', to be {GENITIVE_WITH_SEIN[lemma_of(token)]}"
    if case == "Gen" and any(c.dep_ == "cop" for c in token.children) and bare_genitive(token):
        return "genitive with sein: what the subject is like ('is of … kind, origin, opinion')"
    if dep == "nmod" and case == "Gen" and token.head.pos_ in NOMINAL and not governed_cases(token.head.text):
        return f"genitive: belongs to {token.head.text} ('the {token.head.text} of …')"
    if dep == "nmod" and case == "Gen" and token.head.pos_ in ("DET", "PRON", "NUM"):
        # "einer der Verteidiger", "keiner der Abgeordneten", "zwei der Opfer": a part of the group
        return f"genitive: the group {token.head.text} is part of ('{token.head.text} of the …')"
    if dep == "nmod:poss" and case == "Gen":
        return f"genitive: the owner of {token.head.text}"
    if dep == "appos" and token.head.pos_ in NOMINAL and token.head.text[:1].isalpha() and case_gender_number(token.head)[0] == case:
        if counting_noun(token.head.text):  # "53 Milliarden Mark"
            return f"same case as {token.head.text}: the unit it counts"
        if counting_noun(token.text) or any(c.dep_ == "nummod" for c in token.children) or dated(token, token.head):
            # "der Hinduismus (rund 900 Millionen)", "Einwohner (Mai 2020)": an amount or a date beside the
            # noun renames nothing
            return None
        return f"same case as {token.head.text}, which it renames (apposition)"
    if case == "Nom" and any(c.dep_ == "nsubj" and _placeholder_es(c) for c in token.children):
        return "nominative: the subject, after the placeholder 'es' (the verb agrees with it)"  # "sind es 254 Kilometer"
    if case == "Nom" and any(c.dep_ == "cop" for c in token.children):
        cop = next(c for c in token.children if c.dep_ == "cop")
        vc = hints.complex_of_auxiliary.get(cop.i)
        if vc is not None:  # "Ergänzt wurde der Aufruf": the "copula" is the passive's auxiliary
            passive = "the passive " if vc.voice == "passive" else ""
            return f"nominative: subject of {passive}{verb_term(vc.head)}"
        return f"nominative: predicate noun after {cop.lemma_ or cop.text}"
    if case == "Nom" and dep == "xcomp" and token.head.dep_ in ("acl", "advcl") and lemma_of(token.head) in NAMING_VERBS:
        return f"nominative: what {token.head.head.text} is called ({token.head.text})"  # "auch Kees genannt"
    if case == "Nom" and dep in ("obj", "xcomp", "dep") and token.head.pos_ in ("VERB", "AUX") and lemma_of(token.head) in COPULAR_LEMMAS:
        return f"nominative: predicate noun after {lemma_of(token.head)}"  # "Sein Name lautet Bharat"
    if dep in ("obl", "obl:tmod") and case == "Acc" and token.pos_ in NOMINAL and (
        lemma_of(token) in _TIMES or any(c.dep_ == "nummod" for c in token.children)
    ):
        return "accusative of time or measure (how long? when?)"
    return None


# Time nouns that are objects without an article too ("Zeit brauchen", "Ende finden").
_OBJECT_TIME_NOUNS = frozenset({"Zeit", "Ende", "Anfang", "Mitte", "Mal"})
# Determiners of a time noun in the accusative of time: "jeden Tag", "diese Woche", "dieses Jahr".
_TIME_DETERMINERS = frozenset("jeden jede jedes diesen diese dieses".split())


def _name_given_in_the_passive(noun: Token, verb: str | None) -> bool:
    """"Hochwasser wird der Zustand … genannt": in the passive of a verb of naming the name, a bare noun, is
    no subject beside the subject with its article."""
    if verb not in NAMING_VERBS or any(c.dep_ in ("det", "det:poss") for c in noun.children):
        return False
    return any(
        other.i != noun.i and other.dep_ in ("nsubj", "nsubj:pass") and any(c.dep_ == "det" for c in other.children)
        for other in noun.head.children
    )


def _bare_time(token: Token) -> bool:
    """A time noun with no article or with "jeden", "diese": when or how long, never the verb's object
    ("den Tag verbringen" has its article)."""
    return token.pos_ == "NOUN" and lemma_of(token) in _TIMES - _OBJECT_TIME_NOUNS and all(
        c.lower_ in _TIME_DETERMINERS or counts_an_interval(c) for c in token.children if c.dep_ in ("det", "det:poss")
    )


def _time_of_intransitive(token: Token) -> bool:
    """A noun of time in the accusative beside a verb Ding gives no object ("einen Abend verweilen",
    "den ganzen Tag arbeiten"): how long, not the verb's object ("den Tag verbringen" is one)."""
    verb = token.head
    return lemma_of(token) in _TIMES and verb.pos_ == "VERB" and intransitive_only(lemma_of(verb))


def _placeholder_es(token: Token) -> bool:
    """"Von der Quelle bis zur Mündung sind es 254 Kilometer": "es" as the subject of a plural "sein" whose
    predicate, a plural noun after it, is the real subject."""
    predicate = token.head
    if token.lower_ != "es" or predicate.pos_ not in ("NOUN", "PROPN") or predicate.i < token.i:
        return False
    copula = next((c for c in predicate.children if c.dep_ == "cop" and c.lemma_ == "sein"), None)
    return copula is not None and finite_number(predicate) == "Plur" and "Plur" in feature_values(predicate, "Number")


def _distance_of_intransitive(token: Token) -> bool:
    """A counted distance beside a verb Ding gives no object ("fließt 100 Kilometer", "ging drei Meilen"):
    how far, not the verb's object."""
    verb = token.head
    return lemma_of(token) in DISTANCES and any(child.dep_ == "nummod" or child.like_num for child in token.lefts) \
        and verb.pos_ == "VERB" and intransitive_only(lemma_of(verb))


def _governing_verb(token: Token) -> str | None:
    head = token.head
    while head.dep_ in AUX_DEPS and head.head.i != head.i:
        head = head.head
    if head.i == token.i:
        return None
    copula = next((c for c in head.children if c.dep_ == "cop"), None)
    if copula is not None and head.pos_ not in VERBAL:
        return lemma_of(copula)  # "Esper war Secretary of the Army": the subject of sein, not of the noun
    if token.dep_.startswith("nsubj") and _causing_lassen(head) is not None:
        return "lassen"  # "Der Kanzler will sich … abhalten lassen": he lets, the infinitive is done to him
    if head.pos_ in VERBAL or any(c.dep_ in AUX_DEPS for c in head.children):
        term = verb_term(head)
        return term if _is_verb_word(term) else None
    return None


def _causing_lassen(verb: Token) -> Token | None:
    """The infinitive lassen right after `verb`, which it takes as its bare infinitive ("abhalten lassen")."""
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    related = following is not None and (following.head.i == verb.i or verb.head.i == following.i)
    if related and following.lemma_ == "lassen" and verb.lemma_ != "lassen":
        return following
    return None


def _is_verb_word(term: str) -> bool:
    """False when the dictionary knows `term` only as another word class ("unterdessen" is an adverb)."""
    try:
        from reader.lexicon import lookup

        entry = lookup(term, "VERB")
    except LexiconMissingError:
        return True
    return not entry.found or entry.pos == "VERB"


def _owner_before(phrase: Token) -> Token | None:
    """The noun, number or unit right before a genitive phrase the parser made a verb's object, where the
    verb takes no genitive object: the phrase's owner."""
    verb = phrase.head
    start = min(t.i for t in phrase.subtree)
    before = phrase.doc[start - 1] if start > 0 else None
    if verb.lemma_ in GENITIVE_OBJECT_VERBS | REFLEXIVE_GENITIVE_OBJECT_VERBS or before is None:
        return None
    return before if before.pos_ in ("NOUN", "PROPN", "NUM", "SYM") else None

