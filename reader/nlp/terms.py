"""Terms: the dictionary form under which a learner knows a word.

A separable verb is one term on both of its parts ("kamen … überein" →
"übereinkommen"). The parser's `compound:prt` relation finds most pairs; a
clause-final particle the parser took for a preposition or adverb ("teilte …
mit.") is joined too when particle + verb is a verb simplemma knows. The
joined form is lemmatised as a whole ("zusammen" + "brach" → "zusammenbrach" →
"zusammenbrechen"), which also fixes verb forms that look like other words
alone. Every other token's term is its lemma (zu-infinitives and participles of
separable verbs already have theirs: "einzumarschieren" → "einmarschieren").
Names, numbers and punctuation are not learnable, so they never count as
unknown words.
"""

from __future__ import annotations


import simplemma
from spacy.tokens import Doc, Token

from reader.nlp.lang.verbs import SEPARABLE_PREFIXES

_PARTICLES = frozenset(SEPARABLE_PREFIXES)
_NOT_LEARNABLE = {"PROPN", "NUM", "PUNCT", "SYM", "SPACE", "X"}
_VERBS = {"VERB", "AUX"}
_PARTICLE_TAGS = {"ADP", "ADV", "PART", "ADJ", "VERB"}
_CLAUSE_END = {".", "!", "?", ",", ";", ":", "–", "—", "“", "\"", ")"}


def assign_terms(doc: Doc) -> None:
    for token in doc:
        token._.term = token.lemma_
        token._.learnable = _learnable(token)
    joined: set[int] = set()
    for particle in doc:
        verb = _separated_verb(particle)
        if verb is None or verb.i in joined:
            continue
        term = _joined_infinitive(particle, verb)
        if term is None:
            continue
        joined.add(verb.i)
        verb._.term = particle._.term = term
        particle._.particle_of = verb.i
        particle._.learnable = verb._.learnable


def _separated_verb(particle: Token) -> Token | None:
    """The verb this token is the separated particle of, if it is one."""
    if particle.lower_ not in _PARTICLES or particle.i == 0:
        return None
    head = particle.head
    labelled = particle.dep_ == "compound:prt" and _hosts_particles(head) and head.i != particle.i
    nearest = _finite_verb_before(particle)
    if labelled and (head.i > particle.i or nearest is None or nearest.i <= head.i):
        return head
    # Not labelled, or labelled to a verb of an earlier clause: a particle that closes its clause
    # belongs to the nearest finite verb before it ("marschierte ein und tauschte … aus").
    following = particle.nbor() if particle.i + 1 < len(particle.doc) else None
    if particle.pos_ not in _PARTICLE_TAGS or (following is not None and not _ends_clause(following)):
        return None
    return nearest if nearest is not None and _hosts_particles(nearest) else None


def _hosts_particles(verb: Token) -> bool:
    """"Das Museum ist zu", "es wird anders": after sein and werden a clause-final word is a
    predicate, not a particle (haben has them: "Was hat er vor?" is vorhaben)."""
    return verb.pos_ in _VERBS and verb.lemma_ not in ("sein", "werden")


def _ends_clause(token: Token) -> bool:
    if token.pos_ == "CCONJ":
        # "marschierte ein und …" ends a clause; "hin und her" does not.
        after = token.nbor() if token.i + 1 < len(token.doc) else None
        return after is None or after.lower_ not in _PARTICLES
    return token.text in _CLAUSE_END or (token.is_space and "\n" in token.text)


def _finite_verb_before(particle: Token) -> Token | None:
    for token in reversed(particle.doc[particle.sent.start : particle.i]):
        if token.text in _CLAUSE_END and token.text != "“":
            return None
        if token.pos_ in _VERBS and "Fin" in token.morph.get("VerbForm"):
            return token
    return None


def _joined_infinitive(particle: Token, verb: Token) -> str | None:
    """The infinitive of particle + verb, if it is a known verb: "kamen" + "überein" → "übereinkommen"."""
    prefix = particle.lower_
    whole = simplemma.lemmatize(prefix + verb.lower_, lang="de")
    if whole.startswith(prefix) and whole.endswith("n") and whole != prefix + verb.lower_:
        return whole
    candidate = prefix + verb.lemma_
    labelled = particle.dep_ == "compound:prt" and verb.pos_ in _VERBS
    if labelled or simplemma.is_known(candidate, lang="de"):
        return candidate
    return None


def _learnable(token: Token) -> bool:
    if token.pos_ in _NOT_LEARNABLE or token.is_space or token.is_punct:
        return False
    if token.dep_.startswith("flat") and token.head.pos_ == "PROPN":
        return False  # the rest of a multi-word name: "Joe Biden"
    return any(char.isalpha() for char in token.text) and not any(char.isdigit() for char in token.text)
