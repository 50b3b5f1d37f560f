"""What a relative clause is about, for its hint: the noun the relative pronoun points back to, or what
"was" does ("alles, was …"). A clause after a bracket is about the noun before the bracket."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from reader.nlp.doc_facts import sentence_start
from reader.nlp.hints.common import NOMINAL
from reader.nlp.lang.articles import RELATIVE, relative_pronoun_fits
from reader.nlp.morph_features import feature_values
from reader.nlp.noun_forms import noun_reading

# After these "was" (not "das") opens the relative clause: "alles, was …".
_WAS_ANTECEDENTS = frozenset("alles etwas nichts vieles weniges einiges manches das dasjenige dasselbe".split())


def antecedent_of_was(was: Token) -> Token | None:
    """"alles, was er sagt", "das Beste, was …": the pronoun or nominalised superlative right before the
    comma; None when "was" refers to the whole clause before."""
    doc = was.doc
    if was.i < 2 or doc[was.i - 1].text != ",":
        return None
    before = doc[was.i - 2]
    superlative = before.text[:1].isupper() and before.lower_.endswith(("ste", "zige"))  # das Beste, das Einzige
    return before if before.lower_ in _WAS_ANTECEDENTS or superlative else None


def relative_antecedent(parsed: Token, pronoun: Token) -> Token | None:
    """What the relative clause is about: the noun the parser hung it on where it agrees with the
    pronoun, else the nearest noun before the pronoun that agrees with it in number and gender
    ("Gegenstände, die … gehören", not the verb "erhebe"; "Unruhen nach dem Tod von John Garang, der …":
    Garang, not the plural Unruhen)."""
    if parsed.pos_ == "PROPN" and parsed.i < pronoun.i:
        # a name fits any pronoun, so a common noun nearer the pronoun that agrees by its known features comes
        # first ("HQ … Q) wird der Zustand von Gewässern genannt, bei dem …": Zustand, not Q)
        nearer = (t for t in reversed(pronoun.doc[parsed.i + 1 : pronoun.i]) if t.pos_ == "NOUN" and _agrees(t, pronoun))
        parsed = next(nearer, parsed)
    if parsed.pos_ in NOMINAL and _agrees(parsed, pronoun) and not _in_brackets(parsed, pronoun):
        return parsed
    for token in _outside_brackets(pronoun.doc[sentence_start(pronoun) : pronoun.i]):
        if token.pos_ in NOMINAL and token.pos_ != "PRON" and _agrees(token, pronoun):
            return token
    return parsed if parsed.pos_ in NOMINAL else None


def _outside_brackets(words) -> Iterator[Token]:
    """`words` from the last to the first, without those in brackets: a relative clause after "(Talpa
    europaea Linnaeus, 1758)" is about the noun before the bracket."""
    depth = 0
    for token in reversed(words):
        depth += (token.text == ")") - (token.text == "(")
        if depth == 0 and token.text != "(":
            yield token


def _in_brackets(word: Token, pronoun: Token) -> bool:
    """`word` stands inside brackets closed before `pronoun`."""
    return all(token.i != word.i for token in _outside_brackets(pronoun.doc[word.i : pronoun.i]))


def _agrees(noun: Token, pronoun: Token) -> bool:
    """Number and, in the singular, gender of the relative pronoun fit the noun, where both are known (a
    name's are the model's guess: it fits)."""
    if noun.pos_ == "PROPN":
        return True
    noun_number, noun_gender = feature_values(noun, "Number"), feature_values(noun, "Gender")
    _, plural, _, lemma = noun_reading(noun)
    if plural == lemma == noun.text:
        noun_number = []  # a form both numbers spell says neither: "dem Lehrer der Schule, die dort arbeiten"
    if pronoun.lower_ in RELATIVE:  # every reading of the form ("dem": masculine or neuter), not the model's pick
        gender = noun_gender[0] if len(noun_gender) == 1 else None
        after_preposition = pronoun.i > 0 and pronoun.doc[pronoun.i - 1].pos_ == "ADP"
        return relative_pronoun_fits(pronoun.text, gender, noun_number[0] if len(noun_number) == 1 else None, after_preposition)
    number, gender = feature_values(pronoun, "Number"), feature_values(pronoun, "Gender")
    if number and noun_number and number != noun_number:
        return False
    return number != ["Sing"] or not gender or not noun_gender or bool(set(gender) & set(noun_gender))
