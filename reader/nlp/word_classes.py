"""Word classes the statistical model mixes up where one word or tag decides.

The tagger tags the degree particle before an adjective as PTKA ("zu schnell": too fast, "am
besten": best) but its coarse class wavers between particle, adverb and preposition; as a
preposition "zu" would be glossed "to" and explained as taking the dative. The tag decides. And a
preposition that opens a zu-infinitive ("anstatt die Beiträge zu senken") is a conjunction: the
noun after it is no genitive.
"""

from __future__ import annotations

from spacy.tokens import Doc

from reader.nlp.parse_edits import set_head


def degree_particles(doc: Doc) -> None:
    """A PTKA-tagged word is a particle that modifies the adjective or adverb after it."""
    for token in doc:
        if token.tag_ != "PTKA" or token.i + 1 >= len(doc):
            continue
        token.pos_ = "PART"
        following = doc[token.i + 1]
        if following.pos_ in ("ADJ", "ADV"):
            set_head(token, following, "advmod")


# Prepositions that also open a zu-infinitive ("anstatt die Beiträge zu senken": instead of lowering).
_INFINITIVE_OPENERS = {"anstatt", "statt", "ohne", "um"}


def infinitive_conjunctions(doc: Doc) -> None:
    """"anstatt", "ohne", "um" that the parser hangs on a zu-infinitive as its marker are conjunctions
    (KOUI): the noun after them is the infinitive's object, in no case they govern."""
    for token in doc:
        if token.lower_ in _INFINITIVE_OPENERS and token.pos_ == "ADP" and token.dep_ == "mark" and _zu_infinitive(token.head):
            token.pos_, token.tag_ = "SCONJ", "KOUI"


def _zu_infinitive(verb) -> bool:
    return verb.tag_ == "VVIZU" or any(child.tag_ == "PTKZU" for child in verb.children)
