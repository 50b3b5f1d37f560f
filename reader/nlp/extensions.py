"""The attributes our pipeline components add to spaCy tokens, registered in this one place.

`load_pipeline` registers them before it adds the components that fill them; registering again
is harmless (spaCy replaces an extension of the same name).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy loads with the pipeline: the glossing that reads these values must not import it
    from spacy.tokens import Token

TOKEN_EXTENSIONS = {
    "term": None,  # the learner's dictionary form: the joined separable verb, the noun lemma, the infinitive
    "learnable": False,  # a word a learner can learn (not a name, number or punctuation)
    "particle_of": None,  # on the particle of a separable verb ("überein" of "kamen … überein"): its verb's index
    "case_sure": None,  # whether the case rests on forms and agreement (True) or on the parse alone (False)
    "case_source": None,  # what decided the case ("determiner", "preposition", …), for the hint's reason
}


def register_extensions() -> None:
    from spacy.tokens import Token

    for name, default in TOKEN_EXTENSIONS.items():
        Token.set_extension(name, default=default, force=True)


# spaCy keeps a token's extension values in doc.user_data under this key (spacy.tokens.underscore):
# reading and writing there directly spares making an Underscore object for each `token._` (1.5 µs;
# an analysis reads and writes the terms of every token).
def _key(name: str, token: Token) -> tuple[str, str, int, None]:
    return ("._.", name, token.idx, None)


def token_value(token: Token, name: str):
    """`getattr(token._, name)` for one of TOKEN_EXTENSIONS (whose defaults are immutable)."""
    return token.doc.user_data.get(_key(name, token), TOKEN_EXTENSIONS[name])


def set_token_value(token: Token, name: str, value) -> None:
    """`setattr(token._, name, value)` for one of TOKEN_EXTENSIONS."""
    token.doc.user_data[_key(name, token)] = value
