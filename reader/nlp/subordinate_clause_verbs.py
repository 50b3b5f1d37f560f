"""A subordinate clause ends in its finite verb: the verb closing a clause the tagger did not see as one.

"…, aus der die USA … Informationen hacken.": a clause opened after a comma by a relative pronoun or a
subordinating conjunction ends in its finite verb, the first verb before punctuation; the plural present
there looks like the infinitive, and the tagger often takes a relative pronoun for an article. So does
the second of two joined subordinate clauses ("…, weil ein Teil der Stadt tief liegt und bei Regen
Fluten drohen."), and after a subordinate clause the main clause's verb follows ("Die Werte, die die
Stadt misst, steigen."). Part of reader.nlp.finite_verbs' pass.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.lexicon import is_verb
from reader.nlp import doc_facts, lemma_dictionary
from reader.nlp.capitalised_words import listed_as
from reader.nlp.doc_arrays import tokens_where
from reader.nlp.finite_readings import (
    AUXILIARY_LEMMA,
    SENTENCE_PUNCTUATION,
    finite_reading,
    is_finite_verb,
    verb_of_present_form,
)
from reader.nlp.lang.grammar import SUBORDINATORS
from reader.nlp.parse_edits import set_head
from reader.nlp.verb_form_checks import (
    INFINITIVE_ENDINGS,
    VERBS,
    dictionary_verb,
    inflected_verb,
    make_finite,
    zu_infinitive_form,
)
from reader.nlp.verb_forms import is_participle

if TYPE_CHECKING:  # annotations only: importing the rule must not load spaCy
    from spacy.tokens import Doc, Span, Token


def subordinate_clause_verbs(statement: Span) -> None:
    """"…, aus der die USA … Informationen hacken.", "…, die Muslime genauso bedrohe wie …": a clause
    opened after a comma by a relative pronoun (also after its preposition) or a subordinating
    conjunction ends in its finite verb, the first verb before punctuation (or an extraposed "wie"/"als"
    comparison). A clause with no finite verb gets that one."""
    words = list(statement)
    for position, token in enumerate(words[:-1]):
        clause = _subordinate_clause(words, position) if token.text == "," else None
        if clause is None:
            continue
        verb = words[clause[-1]]
        if zu_infinitive_form(verb.lower_):
            continue
        own = [words[k] for k in clause]
        # (the morphologizer's finite features on a word the tagger calls an infinitive do not count:
        # "…, deren Mitglieder aus … Ländern stammen" with "stammen" as VVINF)
        if any(is_finite_verb(word) and not word.tag_.endswith("INF") for word in own):
            _second_conjunct_auxiliary(own)
            continue
        lemma = AUXILIARY_LEMMA.get(verb.lower_)
        if lemma is None and verb.tag_[:2] in ("VV", "VA", "VM") and verb.is_lower:
            lemma = lemma_dictionary.lemmatize(verb.lower_)  # "hacken", "unterstehen": the plural is the infinitive
        if lemma is None:
            lemma = _closing_verb(verb)
            if lemma is not None and not dictionary_verb(lemma):
                lemma = None
        if lemma is not None and lemma.endswith(INFINITIVE_ENDINGS):
            make_finite(verb, lemma)


def _second_conjunct_auxiliary(clause: list[Token]) -> None:
    """"…, dass Betriebe Mitarbeiter einstellen können und … kündigen können": the auxiliary or modal
    that ends the second of two joined subordinate clauses, after its infinitive or participle, is
    that clause's finite verb too."""
    last, before = clause[-1], clause[-2]
    joined = [word.i for word in clause if word.lower_ in ("und", "oder")]
    if not joined or is_finite_verb(last) or last.lower_ not in AUXILIARY_LEMMA or before.pos_ not in VERBS:
        return
    if any(is_finite_verb(word) for word in clause if word.i > joined[-1]):
        return
    if any(is_finite_verb(word) and word.lower_ == last.lower_ for word in clause if word.i < joined[-1]):
        make_finite(last, AUXILIARY_LEMMA[last.lower_])


def _closing_verb(word: Token) -> str | None:
    """The verb `word`, closing a subordinate clause, is a form of: an inflected form, or a present in
    -t the lemmatiser reads as its participle-adjective ("…, das die Altstadt nach Westen begrenzt.")."""
    lemma = inflected_verb(word)
    return lemma if lemma is not None or word.tag_ != "ADJD" else verb_of_present_form(word)


def _subordinate_clause(words: list[Token], comma: int) -> list[int] | None:
    """The positions of the words of the clause opened after `comma`, up to the verb that closes it,
    without the clauses nested in it ("…, nach denen Mädchen, die … geboren werden, ihren Platz
    abtreten müssen, …"); None if no clause opens there."""
    opener = comma + 1
    if words[opener].pos_ == "ADP" and opener + 1 < len(words):
        opener += 1  # "aus der", "mit denen"
    # The tagger often takes a relative pronoun for the article it looks like ("…, die Muslime … bedrohe");
    # the verb at the end decides.
    if not (opens_subordinate_clause(words[opener]) or words[opener].lower_ in _RELATIVE_PRONOUNS):
        return None
    own = list(range(comma + 1, opener + 1))
    k = opener + 1
    while k < len(words) - 1:
        own.append(k)
        following = words[k + 1]
        if not (following.is_punct or following.lower_ in ("wie", "als")):
            k += 1
            continue
        if words[k].tag_[:2] in ("VV", "VA", "VM") or _closing_verb(words[k]) is not None:
            return own
        if following.text in SENTENCE_PUNCTUATION:
            return None  # the clause ended without a verb the words show (a quotation or bracket inside goes on)
        nested = _subordinate_clause(words, k + 1) if following.text == "," else None
        if nested is not None and nested[-1] + 2 < len(words) and words[nested[-1] + 1].text == ",":
            k = nested[-1] + 2  # the nested clause and the comma closing it
        else:
            k += 1
    return None


# (and "welche": "…, von welchem Gruppen sagen, …", "…, welche Maßnahmen Aachen ergreifen muss")
_RELATIVE_PRONOUNS = frozenset(
    {"der", "die", "das", "den", "dem", "denen", "deren", "dessen", "welche", "welcher", "welches", "welchem", "welchen"}
)


def main_verb_after_clause(statement: Span) -> None:
    """"Die Werte, die die Stadt misst, steigen.": after a subordinate clause, a verb is the main
    clause's finite verb."""
    words = list(statement)
    for position, token in enumerate(words[:-1]):
        clause = _subordinate_clause(words, position) if token.text == "," else None
        if clause is None or clause[-1] + 2 >= len(words) or words[clause[-1] + 1].text != ",":
            continue
        after = words[clause[-1] + 2]
        if after.is_lower and after.tag_[:2] in ("VV", "VA", "VM") and not is_finite_verb(after):
            make_finite(after, AUXILIARY_LEMMA.get(after.lower_) or lemma_dictionary.lemmatize(after.lower_))


def opens_subordinate_clause(token: Token) -> bool:
    """A relative pronoun or a subordinating conjunction: the clause it opens ends in its finite verb."""
    return token.tag_ in ("PRELS", "KOUS") or token.lower_ in SUBORDINATORS and token.lower_ not in ("wie", "als", "was")


def clause_final_verbs_the_tagger_saw(doc: Doc) -> None:
    """"…, aber unterschiedlich viel kosteten, müsse …" with "kosteten" classed an adjective: a lower-case
    word the STTS tagger calls finite, that ends its clause (punctuation after it) and is a finite form of
    a verb the dictionary has, is that finite verb (else its lemma and gloss come from another word:
    "kosen", to caress). So is such a form tagged a separable particle ("…, als Piloten … ein Geräusch
    wahrnahmen."): particles are a closed class of short words no finite form belongs to, but a
    participle may be one ("ging verloren"); and so is such a form tagged an adjective the dictionary has
    no adjective of ("Wer früh stirbt, …")."""
    for token in doc[:-1]:
        particle = token.tag_ == "PTKVZ"
        # (undeclined: a declined one is an attribute, "des abgewählten, aber noch … amtierenden Präsidenten")
        unknown_adjective = token.tag_ == "ADJD" and token.is_lower and not listed_as(token.lower_, "ADJ")
        if token.pos_ in VERBS or not (token.tag_.endswith("FIN") or particle or unknown_adjective):
            continue
        if not (token.is_alpha and token.is_lower):
            continue
        if not doc[token.i + 1].is_punct:
            continue
        lemma = finite_reading(token)
        if lemma is not None and not (particle and is_participle(token.lower_, lemma)):
            make_finite(token, lemma)
            if token.dep_ == "compound:prt":  # no particle of the verb it hung on: a clause of its own
                set_head(token, token.head, "advcl")


def second_subordinate_verbs(doc: Doc) -> None:
    """"…, weil ein Teil der Stadt tief liegt und bei Regen Fluten drohen." with "drohen" tagged an
    infinitive: the verb that closes the second of two joined subordinate clauses, with no auxiliary,
    modal or "zu" of its own, is finite like the first clause's verb."""
    for token in tokens_where(doc, "DEP", ("conj",)):
        first = token.head
        if token.pos_ != "VERB" or not token.tag_.endswith("INF") or token.i + 1 == len(doc) or not doc[token.i + 1].is_punct:
            continue
        if not first.tag_.endswith("FIN") or first.i > token.i or not _opened_by_conjunction(first):
            continue
        if any(c.dep_ in ("aux", "aux:pass", "mark") or c.lower_ == "zu" for c in token.children):
            continue
        if not any(c.dep_ == "cc" for c in token.children) or not doc[first.i + 1 : token.i]:
            continue
        lemma = finite_reading(token) or lemma_dictionary.lemmatize(token.lower_)
        if is_verb(lemma):
            make_finite(token, lemma)


def _opened_by_conjunction(verb: Token) -> bool:
    """A subordinating conjunction (KOUS: weil, dass, ob …) opens the clause `verb` ends."""
    for word in reversed(verb.doc[doc_facts.sentence_start(verb) : verb.i]):
        if word.is_punct:
            return False
        if word.tag_ == "KOUS":
            return True
    return False
