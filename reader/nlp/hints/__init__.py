"""Grammar hints a learner can read: short English sentences per token, from the parse.

    hints = doc_hints(doc)      # {token.i: ["Dative singular, feminine (die Ukraine).", …]}

Nouns, articles, adjectives and pronouns get their case, gender and number
(as corrected by `reader_morphology`) and the reason for the case; verbs get
tense, mood, voice, modal verbs, separable and reflexive verbs and
zu-infinitives; finite verbs and conjunctions get the clause they build;
compounds get their parts with glosses. Where the evidence is weak (the case
rests only on the parse, not on forms or prepositions) a hint says "probably" after the case,
so that every case hint opens with the case's name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from reader.nlp import doc_facts
from reader.nlp.morph_features import feature_values
from reader.nlp.doc_arrays import merged, tokens_where
from reader.nlp.function_word_uses import umso_written_apart
from reader.nlp.hints.common import NOMINAL, Hints
from reader.nlp.hints.compounds import add_compound_hints
from reader.nlp.hints.nominal import add_compound_part_hint, add_nominal_hints, add_preposition_hints, before_hyphen
from reader.nlp.hints.verbs import add_verb_hints, verb_complexes_of
from reader.nlp.lang.prepositions import governed_cases
from reader.nlp.name_tokens import shown_as_names
from reader.nlp.phrases import Phrase, find_phrases
from reader.nlp.token_memo import tokens_unchanged
from reader.nlp.noun_phrases import adverbial_before_number, fixed_adverb, name_particle, preposition_of
from reader.nlp.phrase_roles import acts_as_preposition, adverb_opening_sentence

__all__ = ["doc_hints"]


def doc_hints(doc: Doc, phrases: dict[int, Phrase] | None = None) -> dict[int, list[str]]:
    """Hints for every token of `doc` that has any, keyed by the spaCy token index; `phrases` as
    `find_phrases(doc)` gives them (found here when not passed)."""
    hints = Hints(find_phrases(doc) if phrases is None else phrases)
    names = shown_as_names(doc)
    with tokens_unchanged(doc):  # hints only read the tokens: each clause's complex is built once
        complexes = verb_complexes_of(doc)
    hints.complex_of_auxiliary = {
        member.i: vc for vc in complexes if vc.main is not None for member in vc.members if member.i != vc.head.i
    }
    # read only: the words that can have a hint here are nominal, a preposition's (case) or the
    # head of a noun (a preposition taken for a noun); the others need not be asked
    heads_of_nouns = [noun.head for noun in tokens_where(doc, "POS", ("NOUN", "PROPN"))]
    # a number written against a hyphen is a compound's first part, whatever its class ("Fünf-Jahres-Perioden")
    compound_numbers = [t for t in tokens_where(doc, "POS", ("NUM",)) if before_hyphen(t)]
    for token in merged(tokens_where(doc, "POS", NOMINAL), tokens_where(doc, "DEP", ("case",)), heads_of_nouns, compound_numbers):
        if not any(char.isalpha() for char in token.text):
            continue  # a Markdown "#", a dash, a number: no grammar to explain
        if token.pos_ == "NOUN" and governed_cases(token.lower_) and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "von":
            hints.add(token, f"Preposition {token.lower_} von: the noun phrase after von is in the dative.")
            continue  # "Anstelle von Rüstungsexporten": a preposition written with a capital, not a noun
        if acts_as_preposition(token):
            add_preposition_hints(token, hints, noun=next(c for c in token.children if preposition_of(c) == token))
            continue
        if token.pos_ == "NUM":
            if before_hyphen(token):  # (a number heading a noun, "Zwei der Opfer", is no compound's part)
                add_compound_part_hint(token, hints)
        elif token.pos_ in NOMINAL and feature_values(token, "Case") and not (
            adverb_opening_sentence(token) or _abbreviated_pair(token)
        ):
            add_nominal_hints(token, hints)
        if token.pos_ == "NOUN" and token.i not in names:
            add_compound_hints(token, hints)  # not "Wiese|Heu" for the name Wiesheu
        if token.dep_ == "case" and governed_cases(token.text) and token.pos_ != "X":  # (not "an" in an English title)
            if fixed_adverb(token):
                hints.add(token, f"{token.text} {doc[token.i + 1].text}: a fixed phrase used as an adverb, no case to choose.")
            elif adverbial_before_number(token):
                meaning = {"über": "more than", "unter": "less than", "zwischen": "between"}.get(token.lower_, "up to")
                hints.add(token, f"{token.text} before a number: '{meaning}', an adverb here, not a preposition.")
            elif name_particle(token):
                hints.add(token, f"{token.text}: part of the name here, not a preposition.")
            elif umso_written_apart(token):
                hints.add(token, f"{token.text} so: the old spelling of umso ('all the') before a comparative, no preposition.")
            elif _governs_noun_phrase(token):
                add_preposition_hints(token, hints)
    with tokens_unchanged(doc):
        for vc in complexes:
            add_verb_hints(vc, hints)
    return _explained_once(doc, {i: list(dict.fromkeys(h)) for i, h in hints.items() if h})


def _abbreviated_pair(token: Token) -> bool:
    """"z. B.", "n. Chr.", "u. a.": two abbreviations in a row make an adverb, whatever class the tagger
    gave them; no case to explain."""
    doc = token.doc
    neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return _abbreviation(token) and any(_abbreviation(word) for word in neighbours)


def _abbreviation(word: Token) -> bool:
    return word.text.endswith(".") and 2 <= len(word.text) <= 4 and word.text[:-1].isalpha()


# Long explanations and the short form later tokens of the same sentence get.
SHORT_FORMS = {
    ": location or time (where? when?)": " (location or time)",
    ": direction (where to?) or a fixed phrase": " (direction, or a fixed phrase)",
    ": direction (where to?)": " (direction)",
}


def _explained_once(doc: Doc, hints: dict[int, list[str]]) -> dict[int, list[str]]:
    """The long explanation once per sentence (on its first token, for the sentence view), the short
    form on the others."""
    seen: set[tuple[int, str]] = set()
    sentence_starts = doc_facts.sentence_starts(doc)
    for i in sorted(hints):
        start = sentence_starts[i]
        texts = []
        for text in hints[i]:
            for long, short in SHORT_FORMS.items():
                if long in text:
                    if (start, long) in seen:
                        text = text.replace(long, short)
                    seen.add((start, long))
            texts.append(text)
        hints[i] = texts
    return hints


def _governs_noun_phrase(prep: Token) -> bool:
    """A preposition with its noun phrase after it; not "mit dabei", nor "um" of "um … zu"."""
    head = prep.head
    return head.i > prep.i and (head.pos_ in (*NOMINAL, "NUM", "DET", "ADJ") or preposition_of(head) == prep) and head.pos_ not in ("VERB", "AUX", "ADV")
