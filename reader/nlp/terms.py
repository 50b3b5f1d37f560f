"""Terms: the dictionary form under which a learner knows a word.

A separable verb is one term on both of its parts ("kamen … überein" →
"übereinkommen"). The parser's `compound:prt` relation finds most pairs; a
clause-final particle the parser took for a preposition or adverb ("teilte …
mit.") is joined too when particle + verb is a verb simplemma knows: with the
nearest finite verb of its clause, even one the tagger missed ("deckte … ab"),
else with the verb the parser hung it on, across an embedded clause or before
a prepositional phrase ("geht zurück auf das 5. Jahrhundert"). "mit" before a
direction is a particle too ("nahm das Buch mit nach Hause"), and a word that is
only ever a particle joins the verb right after it ("inne haben"). A particle
that is also a preposition ("auf", "vor", "nach", "gegenüber") is one only where
its clause ends ("nehmen Kredite auf", "hörte nicht auf zu blinken"), never
before its noun ("wartet auf den Bus"), nor a "da-" word before the clause it points to ("Das kommt daher,
dass …"). The verb of its own clause hosts it, not
the verb of a relative or subordinate clause in between, and not a word the
tagger took for a verb when the clause's finite verb comes first ("Rufen Sie uns
bitte an"). The joined verb must exist: particle + the verb's lemma, else the
joined form lemmatised as a whole ("zusammen" + "brach" → "zusammenbrechen"),
must be an infinitive simplemma or the dictionary knows ("einräumen", never "anräumen"); a particle no
verb takes whose lemma the dictionary has as an adjective is that adjective ("Die Musik ist laut"). Every
other token's term is its lemma (zu-infinitives and participles of separable verbs already have theirs:
"einzumarschieren" → "einmarschieren").
Names, numbers and punctuation are not learnable, so they never count as
unknown words.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from reader.lexicon import LexiconMissingError, is_verb, lookup
from reader.lexicon.valency import governed_prepositions
from reader.nlp import lemma_dictionary
from reader.nlp.doc_arrays import tokens_where
from reader.nlp.capitalised_words import listed_as
from reader.nlp.clause_words import pronominal_preposition
from reader.nlp.doc_facts import cut_short
from reader.nlp.extensions import set_token_value
from reader.nlp.subordinate_clause_verbs import opens_subordinate_clause
from reader.nlp.lang.grammar import KONJUNKTIV_I, SUBORDINATORS
from reader.nlp.lang.prepositions import ACCUSATIVE, DATIVE, GENITIVE, TWO_WAY
from reader.nlp.names import declined
from reader.nlp.phrases import closes_fixed_phrase, opens_a_compound_preposition, opens_fixed_phrase
from reader.nlp.preposition_uses import after_von
from reader.nlp.lang.verbs import (
    BEFORE_NUMBERS,
    DIRECTION_PREPOSITIONS,
    DIRECTIONS,
    FEW_VERB_PARTICLES,
    PARTICLES_ONLY,
    SEPARABLE_PREFIXES,
)
from reader.nlp.verb_tokens import clearly_finite

_PARTICLES = frozenset(SEPARABLE_PREFIXES) | FEW_VERB_PARTICLES
_NOT_LEARNABLE = {"PROPN", "NUM", "PUNCT", "SYM", "SPACE", "X"}
_VERBS = {"VERB", "AUX"}
# "ein" closing its clause is a particle even where the tagger saw an article.
_PARTICLE_TAGS = {"ADP", "ADV", "PART", "ADJ", "VERB", "DET"}
# What the tagger calls a finite verb it did not recognise ("deckte" as an adverb).
_MISTAGGED_VERB = {"ADV", "ADJ", "VERB", "AUX", "NOUN", "X"}
_CLAUSE_END = {".", "!", "?", ",", ";", ":", "–", "—", "“", "\"", ")"}
# Particles that are prepositions too: one only where the clause ends ("nimmt … auf", not "auf den Bus").
_PREPOSITIONS = DATIVE | ACCUSATIVE | GENITIVE | TWO_WAY
_OPENS_SUBORDINATE = {"KOUS", "KOUI", "PRELS"}  # STTS: "dass", "um" (zu), relative pronouns
_COMPARISONS = {"wie", "als"}
_INFINITIVE_CONJUNCTIONS = {"um", "ohne", "statt", "anstatt"}
_OPENS_ASIDE = {"(", "[", "...", "…"}
_DASHES = {"-", "--"}  # a dash typed as hyphens  # "schließt Gewalt nicht aus (13.08.2005)", "Ich heb ab ..."  # "sieht aus wie ihre Mutter": the comparison stands after the clause


def assign_terms(doc: Doc) -> None:
    for token in doc:
        set_token_value(token, "term", _plural_only(token) or token.lemma_)
        set_token_value(token, "learnable", _learnable(token))
    joined: set[int] = set()
    # Right to left, so that in "sieht heute wieder gut aus" the particle that closes the clause
    # claims the verb before an adverb that only looks like one.
    for particle in reversed(tokens_where(doc, "LOWER", _PARTICLES)):  # the words that may be particles
        if particle.i == 0:
            continue
        for verb in _host_candidates(particle):
            if _prepositional_object(particle, verb):
                continue
            term = None if verb.i in joined else _joined_infinitive(particle, verb)
            if term is not None:
                joined.add(verb.i)
                verb._.term = particle._.term = term
                particle._.particle_of = verb.i
                particle._.learnable = verb._.learnable
                break
    _adjectives_taken_for_particles(doc)


def _adjectives_taken_for_particles(doc: Doc) -> None:
    """"Die Kinder sprechen laut", "Die Musik ist laut", "Die Tür ist zu", "ist es etwas wahrscheinlicher"
    with the last word a verb's particle (tagged PTKVZ) that no verb of its clause takes: the adjective the
    dictionary has (loud, closed, more likely), which says how, or what is; no preposition ("according to")."""
    for particle in tokens_where(doc, "TAG", ("PTKVZ",)):
        if particle._.particle_of is not None or not particle.is_lower:
            continue
        if not listed_as(particle.lemma_.lower(), "ADJ"):
            continue  # (by its lemma: a compared form, "wahrscheinlicher", is one too: more likely)
        particle.pos_, particle.tag_ = "ADJ", "ADJD"
        particle.set_morph("Degree=Pos")
        if particle.dep_ == "compound:prt":
            particle.dep_ = "advmod"


def _host_candidates(particle: Token) -> Iterator[Token]:
    """The verbs this token may be the separated particle of, the likeliest first."""
    if particle.lower_ in DIRECTIONS and particle.nbor(-1).lower_ == "mit":
        return  # "nahm sie mit zurück": the particle is "mit", this is where to
    if particle.nbor(-1).lower_ == "bis":
        return  # "von der Schule bis hin zum Beruf": the word belongs to "bis", no verb's particle
    if particle.nbor(-1).lower_ in _GRADING and listed_as(particle.lower_, "ADJ"):
        return  # "stand so hoch wie nie zuvor": a degree word grades the adjective, no "hochstehen"
    if particle.lower_ == "her" and after_von(particle):
        return  # "kam von Süden her": the word closes "von", no "herkommen" (to come here)
    following = particle.nbor() if particle.i + 1 < len(particle.doc) else None
    if _points_ahead(particle):
        return  # "Das kommt daher, dass …": the adverb points to the clause after it, no "daherkommen"
    if closes_fixed_phrase(particle) or opens_fixed_phrase(particle) or opens_a_compound_preposition(particle):
        return  # "Küchen, Vorräten und so weiter" (etc.), "hin und her", "sucht zusammen mit dem Arzt": no particle
    if cut_short(particle):
        return  # "hin- und herschwappen": the first part of a word the hyphen stands for, no particle of "lässt"
    if particle.text in PARTICLES_ONLY and following is not None and following.pos_ in _VERBS:
        yield following  # written apart before its verb: "die Ämter, die sie inne haben"
    head = particle.head
    labelled = particle.dep_ == "compound:prt"
    # "sieht aus wie ihre Mutter" as the parser reads it; but "nach wie vor", "zum Schluss hin wie …"
    at_clause_end = _closes_clause(particle) or _mit_before_direction(particle) or labelled and _before_comparison(particle)
    if particle.lower_ in _PREPOSITIONS and not at_clause_end:
        return  # "wartet auf den Bus", whatever the parser says
    if labelled and head.i != particle.i and _hosts_particles(head):
        nearest = next(_verbs_before(particle), None)
        embedded_before = head.i < particle.i and _ends_embedded_clause(head)
        if not embedded_before and (head.i > particle.i or nearest is None or nearest.i <= head.i):
            yield head
    if particle.pos_ not in _PARTICLE_TAGS:
        return
    parsed_host = head if head.i < particle.i and _hosts_particles(head) else None
    if at_clause_end and _predicate_of_sein(particle):
        return  # "… hat eine Auswahl -- von A bis B ist alles dabei": no verb's particle
    if at_clause_end:
        # The nearest finite verb before it ("marschierte ein und tauschte … aus"), even one the
        # tagger missed ("deckte … ab"); else the parser's verb, across an embedded clause
        # ("stimmen mit dem Anteil, der …, überein").
        yield from _verbs_before(particle)
        if parsed_host is not None:
            yield parsed_host
    elif parsed_host is not None and _opens_prepositional_phrase(particle.nbor()) and not _after_particle(particle) \
            and not closes_fixed_phrase(particle, shortest=2):
        # "geht zurück auf das 5. Jahrhundert"; but in "nahm … mit zurück in …" the particle is "mit", and
        # "kommt es immer wieder zu …" closes "immer wieder"
        yield parsed_host


def _points_ahead(particle: Token) -> bool:
    """A "da-" adverb right before a comma and the subordinate clause it points to ("kommt daher, dass …",
    "kam dazu, dass …"): the adverb that stands for that clause, no verb's particle ("stellten ihn so dar,
    wie …" keeps its particle: "dar" points nowhere)."""
    doc = particle.doc
    word = particle.lower_
    return (
        (pronominal_preposition(word) is not None or word in _POINTING_DIRECTIONS)
        and particle.i + 2 < len(doc) and doc[particle.i + 1].text == "," and doc[particle.i + 2].lower_ in SUBORDINATORS
    )


_POINTING_DIRECTIONS = frozenset({"daher", "dahin"})  # "kommt daher, dass …", "läuft dahin, dass …"
_GRADING = frozenset({"so", "sehr", "zu", "genauso", "ebenso", "ziemlich", "besonders", "extrem"})  # "so hoch wie"


def _predicate_of_sein(particle: Token) -> bool:
    """The nearest finite verb before the word in its clause is sein or werden, whose clause-final word is
    a predicate: "von der Jolle bis zur Jacht ist alles dabei"; not across a conjunction ("war lang und
    deckte … ab", with "deckte" tagged no verb)."""
    for token in reversed(particle.doc[particle.sent.start : particle.i]):
        if token.text == "," or token.text in _CLAUSE_END or token.text in _DASHES and token.whitespace_ or token.pos_ == "CCONJ":
            return False
        if token.pos_ in _VERBS and "Fin" in token.morph.get("VerbForm"):
            # (a Konjunktiv I is finite though its form may end in neither -t nor -e: "das sei wahr")
            return not _hosts_particles(token) and (clearly_finite(token) or token.lower_ in KONJUNKTIV_I)
    return False


def _hosts_particles(verb: Token) -> bool:
    """"Das Museum ist zu", "es wird anders": after sein and werden a clause-final word is a
    predicate, not a particle (haben has them: "Was hat er vor?" is vorhaben)."""
    return verb.pos_ in _VERBS and verb.lemma_ not in ("sein", "werden")


def _closes_clause(particle: Token) -> bool:
    """The particle ends its clause: before punctuation, a conjunction, an aside, or the
    extraposed zu-infinitive ("hörte nicht auf zu blinken")."""
    doc = particle.doc
    following = doc[particle.i + 1] if particle.i + 1 < len(doc) else None
    if following is None or _ends_clause(following) or following.text in _OPENS_ASIDE:
        return True
    if following.text in _DASHES and particle.whitespace_:
        return True  # "kamen erst im zweiten Anlauf durch -- auf Kosten …"; not "auf- und abbauen"
    after = doc[particle.i + 2] if particle.i + 2 < len(doc) else None
    before_infinitive = following.lower_ == "zu" and after is not None and after.pos_ in _VERBS and after.is_lower
    return before_infinitive and not _opens_infinitive_clause(particle)


def _before_comparison(particle: Token) -> bool:
    return particle.i + 1 < len(particle.doc) and particle.nbor().lower_ in _COMPARISONS


def _opens_infinitive_clause(token: Token) -> bool:
    """"…, um zu lernen": "um" (ohne, statt) opening a zu-infinitive is no particle."""
    return token.tag_ == "KOUI" or token.lower_ in _INFINITIVE_CONJUNCTIONS and token.nbor(-1).text == ","


def _mit_before_direction(particle: Token) -> bool:
    """"nahm das Buch mit nach Hause", "kam mit zurück": a preposition "mit" would govern a noun
    phrase, so before a direction it is the particle of mitnehmen, mitkommen."""
    if particle.lower_ != "mit" or particle.i + 1 == len(particle.doc):
        return False
    following = particle.nbor().lower_
    return following in DIRECTIONS or following in DIRECTION_PREPOSITIONS


def _after_particle(token: Token) -> bool:
    return token.i > 0 and token.nbor(-1).lower_ in _PARTICLES


def _opens_prepositional_phrase(token: Token) -> bool:
    return token.pos_ == "ADP" and token.head.i > token.i and token.lower_ not in BEFORE_NUMBERS


def _ends_clause(token: Token) -> bool:
    if token.pos_ == "CCONJ":
        # "marschierte ein und …" ends a clause; "hin und her" does not.
        after = token.nbor() if token.i + 1 < len(token.doc) else None
        # "mit und ohne Leine": prepositions coordinated, no clause ends.
        return after is None or after.lower_ not in _PARTICLES and after.lower_ not in _PREPOSITIONS
    # Any closing quote mark or bracket too: „…”, ``…'', »…«; an opening quote leads into the clause's
    # next words ("über ``ausreichend'' Deutschkenntnisse verfügen").
    if token.is_quote and _opens_quotation(token):
        return False
    return token.text in _CLAUSE_END or token.is_quote or token.is_right_punct or (token.is_space and "\n" in token.text)


def _opens_quotation(quote: Token) -> bool:
    """A quote mark written against the word after it, apart from the word before it."""
    doc = quote.doc
    before_apart = quote.i == 0 or bool(doc[quote.i - 1].whitespace_)
    return before_apart and not quote.whitespace_ and quote.i + 1 < len(doc) and doc[quote.i + 1].is_alpha


def _verbs_before(particle: Token) -> Iterator[Token]:
    """Back through the clause: verb forms the tagger missed that make a known verb with the
    particle ("deckte" + "ab"), up to the first finite verb of a main clause, which ends the search.
    A comma does not end it: an enumeration ("brach … in der Brust, im Bauch … zusammen") or an
    embedded clause ("stimmen mit den Schätzungen, die das Amt veröffentlichte, überein") may
    stand between a verb and its particle; the embedded clause's own verb is passed over, since a
    verb at the end of its clause carries its particle attached. Before a zu-infinitive inside a
    clause opened by "um" or "dass" (no comma between), the word belongs to that infinitive. A word the tagger may have
    missed as a verb comes after the finite verb of the same clause ("Rufen Sie uns bitte an"), but
    first when a conjunction stands between them ("war lang und deckte … ab")."""
    crossed_comma = found_finite = False
    missed: list[Token] = []
    doc = particle.doc
    before_zu = particle.i + 1 < len(doc) and doc[particle.i + 1].lower_ == "zu"
    for token in reversed(doc[particle.sent.start : particle.i]):
        if token.text == "," and found_finite:
            break
        if token.text == ",":
            crossed_comma = True
        elif token.text in _CLAUSE_END and token.text != "“" or token.text in _DASHES and token.whitespace_:
            break
        elif before_zu and not crossed_comma and token.tag_ in _OPENS_SUBORDINATE:
            break  # "…, um eine Bestimmung dazu zu nutzen": the word is inside that clause
        elif token.pos_ == "CCONJ":
            if found_finite:
                break
            yield from missed
            missed = []
        elif token.pos_ in _VERBS and "Fin" in token.morph.get("VerbForm"):
            if not found_finite and _ends_embedded_clause(token):
                continue
            if _hosts_particles(token):
                yield token
            # A clause has one finite verb: a second one before it in the same clause, if the first
            # made no verb with the particle, is the real one ("Rufen Sie uns bitte an", "bitte" as a verb).
            found_finite = True
        elif not crossed_comma and not found_finite and token.pos_ in _MISTAGGED_VERB and token.is_lower and _makes_verb(particle, token):
            missed.append(token)
    yield from missed


def _ends_embedded_clause(verb: Token) -> bool:
    """The finite verb of a clause opened by a conjunction or a relative pronoun ("…, die er kannte,"):
    by the parse, or by the words, for a verb that closes its clause after such an opener."""
    clause = verb.head if verb.dep_.startswith("aux") else verb
    if any(child.dep_ == "mark" or "Rel" in child.morph.get("PronType") for child in clause.children):
        return True
    doc = verb.doc
    if verb.i + 1 < len(doc) and not _ends_clause(doc[verb.i + 1]):
        return False
    start, sentence_start = verb.i, verb.sent.start  # (verb.sent scans the sentence: once)
    while start > sentence_start and doc[start - 1].text != ",":
        start -= 1
    opener = doc[start]
    if opener.pos_ == "ADP" and start + 1 < verb.i:
        opener = doc[start + 1]  # "…, in dem er …"
    return start > sentence_start and opener.i < verb.i and opens_subordinate_clause(opener)


def _makes_verb(particle: Token, form: Token) -> bool:
    whole = particle.lower_ + form.lower_
    lemma = lemma_dictionary.lemmatize(whole)
    return lemma != whole and lemma.endswith("n") and lemma_dictionary.is_known(lemma)


def _joined_infinitive(particle: Token, verb: Token) -> str | None:
    """The infinitive of particle + verb, if it is a known verb: "kamen" + "überein" → "übereinkommen".
    Particle + the verb's lemma first ("weisen … auf" is aufweisen, though simplemma reads the form
    "aufweisen" as "aufweise"; "gehört … an" keeps the ge- of gehören); else the joined form
    lemmatised as a whole, for a verb whose own lemma is wrong ("brach" + "zusammen")."""
    prefix = particle.lower_
    candidates = (prefix + verb.lemma_.lower(), lemma_dictionary.lemmatize(prefix + verb.lower_))
    for candidate in candidates:
        if candidate.startswith(prefix) and lemma_dictionary.is_infinitive(candidate):
            return candidate
    # Verbs simplemma lacks but the dictionary lists ("bereiterklären", "gutschreiben").
    joined = candidates[0]
    return joined if joined.endswith(("en", "ern", "eln")) and _dictionary_verb(joined) else None


def _prepositional_object(particle: Token, verb: Token) -> bool:
    """"zählen dazu … zu niedrige Preise": a "da-" adverb whose preposition the verb governs ("zählen zu": to
    be among) is that verb's object (among them), not a particle, unless the dictionary lists the joined
    verb ("dabeibleiben")."""
    preposition = pronominal_preposition(particle.lower_)
    if preposition is None:
        return False
    try:
        return preposition in governed_prepositions(verb.lemma_) and not is_verb(particle.lower_ + verb.lemma_)
    except LexiconMissingError:
        return False


def _dictionary_verb(word: str) -> bool:
    try:
        return is_verb(word)
    except LexiconMissingError:
        return False


def _plural_only(noun: Token) -> str | None:
    """A plural the dictionary lists as a noun of its own, where the lemma is no headword:
    "Schulden" (debts), not simplemma's "Schulde"."""
    if noun.pos_ != "NOUN" or noun.text == noun.lemma_ or not noun.text[:1].isupper():
        return None
    try:
        if lookup(noun.lemma_, "NOUN").source == "exact":
            return None
        own = lookup(noun.text, "NOUN")
    except LexiconMissingError:
        return None
    return noun.text if own.source == "exact" and own.gender is None else None


def _learnable(token: Token) -> bool:
    if token.pos_ in _NOT_LEARNABLE or token.is_space or token.is_punct:
        return False
    if token.dep_.startswith("flat") and token.head.pos_ == "PROPN" and token.head.is_alpha and not declined(token):
        return False  # the rest of a multi-word name: "Joe Biden" (not "CIA Dokumente", nor a heading's "# …")
    text = token.text
    if text.isalpha():
        return True  # (most words: letters only, so no digit; asked of every token)
    return any(char.isalpha() for char in text) and not any(char.isdigit() for char in text)
