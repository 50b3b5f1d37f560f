"""Word classes the statistical model mixes up where the fine-grained tag is right.

The tagger tags the degree particle before an adjective as PTKA ("zu schnell": too fast, "am
besten": best) but its coarse class wavers between particle, adverb and preposition; as a
preposition "zu" would be glossed "to" and explained as taking the dative. The tag decides.
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
