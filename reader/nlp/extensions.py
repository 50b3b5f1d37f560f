"""The attributes our pipeline components add to spaCy tokens, registered in this one place.

`load_pipeline` registers them before it adds the components that fill them; registering again
is harmless (spaCy replaces an extension of the same name).
"""

from __future__ import annotations

from spacy.tokens import Token

TOKEN_EXTENSIONS = {
    "term": None,  # the learner's dictionary form: the joined separable verb, the noun lemma, the infinitive
    "learnable": False,  # a word a learner can learn (not a name, number or punctuation)
    "particle_of": None,  # on the particle of a separable verb ("überein" of "kamen … überein"): its verb's index
    "case_sure": None,  # whether the case rests on forms and agreement (True) or on the parse alone (False)
    "case_source": None,  # what decided the case ("determiner", "preposition", …), for the hint's reason
}


def register_extensions() -> None:
    for name, default in TOKEN_EXTENSIONS.items():
        Token.set_extension(name, default=default, force=True)
