"""A participle that comments on its sentence, which the parser read as the sentence's verb.

"Staatsrechtlich gesehen war die Eidgenossenschaft ein loser Bund", "Genau genommen wächst die Stadt nicht":
an adverb and one of a few participles (gesehen, genommen, gesagt, betrachtet), opening the sentence or
set off by commas, say from what point of view the sentence holds. The parser often makes the participle the
head and the finite verb its auxiliary (a "state passive" of sehen, with the subject its object). The
finite verb heads the clause again (with sein, the predicate after it), and the participle is its adverbial.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.lexicon import LexiconMissingError, lookup
from reader.nlp.doc_arrays import tokens_where
from reader.nlp.lang.grammar import AUXILIARY_FORMS
from reader.nlp.lang.verbs import COMMENT_PARTICIPLES
from reader.nlp.parse_edits import set_head, take_place

if TYPE_CHECKING:  # annotations only: importing the rule must not load spaCy
    from spacy.tokens import Doc, Token

_FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN"})
_PREDICATES = frozenset({"NOUN", "PROPN", "ADJ"})


def comment_participles(doc: Doc) -> None:
    """Give each commenting participle's clause back to its finite verb."""
    for participle in tokens_where(doc, "LOWER", COMMENT_PARTICIPLES):
        if participle.head.i != participle.i or not _comments(participle):
            continue
        finite = next((c for c in participle.children if c.tag_ in _FINITE_TAGS), None)
        if finite is None:
            continue
        adverb = doc[participle.i - 1]
        others = [c for c in participle.children if c.i not in (adverb.i, finite.i)]
        head = finite
        if AUXILIARY_FORMS.get(finite.lower_) == "sein":  # "war … ein loser Bund": the predicate heads
            head = next((c for c in reversed(others) if c.pos_ in _PREDICATES and c.i > finite.i), finite)
        if not take_place(head, participle):
            continue
        for child in [*others, finite]:
            if child.i != head.i:
                set_head(child, head)
        if head.i != finite.i:
            finite.dep_ = "cop"
            for child in head.children:
                if child.dep_ in ("obj", "nsubj") and child.i != head.i:
                    child.dep_ = "nsubj"
        set_head(participle, head, "advcl")


def _comments(participle: Token) -> bool:
    """Right after an adverb or undeclined adjective, the two set off by the sentence's start or a comma
    before and a comma or the finite verb after, or standing between sein and its predicate."""
    doc = participle.doc
    if participle.i < 1 or participle.i + 1 >= len(doc):
        return False
    adverb, following = doc[participle.i - 1], doc[participle.i + 1]
    if not adverb.is_alpha or not _adverbial(adverb):
        return False
    if adverb.is_sent_start or (adverb.i > 0 and doc[adverb.i - 1].text == ","):
        return following.text == "," or following.tag_ in _FINITE_TAGS
    # "war staatsrechtlich gesehen ein lockerer Staatenbund": right after sein and before its predicate (sein
    # makes no passive of sehen; with haben, "hat genau gesehen" is the verb's perfect)
    before = doc[adverb.i - 1] if adverb.i > 0 else None
    sein = before is not None and before.tag_ in _FINITE_TAGS and AUXILIARY_FORMS.get(before.lower_) == "sein"
    return sein and not following.is_punct and following.pos_ not in ("VERB", "AUX")


def _adverbial(word: Token) -> bool:
    """An adverb or an undeclined adjective, whatever class the tagger gave a sentence's first word."""
    if word.tag_ in ("ADJD", "ADV"):
        return True
    try:
        return lookup(word.lower_, "ADJ").pos == "ADJ"
    except LexiconMissingError:
        return False
