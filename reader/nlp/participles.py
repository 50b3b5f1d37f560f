"""Participles used as adjectives: "der neu gestaltete Stand", "den erstellten Identikits",
"die steigenden Preise", "Das ist erschreckend".

An inflected participle before its noun is an adjective formed from a verb,
not a finite verb, though the tagger often says VERB ("gestaltete" looks like
a Präteritum). Such a token is made an adjective before case and hints are
decided, so its phrase agrees and no tense is claimed for it; the hint names
the verb it comes from.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.lexicon.database import LexiconMissingError
from reader.nlp import lemma_dictionary
from reader.nlp.doc_arrays import tokens_where
from reader.nlp.lemmas import finite_ge_verb
from reader.nlp.lang.articles import adjective_ending
from reader.nlp.parse_edits import set_head, take_place
from reader.nlp.verb_form_checks import finite_form, only_an_adjective
from reader.nlp.verb_forms import infinitive_of_participle, is_participle, takes_sein

if TYPE_CHECKING:  # annotations only: importing the rule must not load spaCy
    from spacy.tokens import Doc, Token

_VERBS = {"VERB", "AUX"}
_FINITE_WERDEN = frozenset("wird werden wurde wurden würde würden".split())
# What may complete werden besides a participle: a predicate adjective or an infinitive (its subject and
# adverbials do not; a predicate noun would stand after the adverb, right before werden).
_COMPLEMENTS = frozenset({"ADJ", "VERB"})
_NOT_COMPLEMENTS = frozenset({"nsubj", "nsubj:pass", "obl", "nmod", "advmod", "conj", "advcl", "parataxis", "punct"})
_FINITE_AUXILIARIES = frozenset("wird werden wurde wurden ist sind war waren hat haben hatte hatten".split())
_NOUNS = {"NOUN", "PROPN"}
# Words that may stand between an attributive participle and its noun, or before it in the phrase.
_INSIDE_PHRASE = {"ADJ", "ADV", "NUM"}
_OPENS_PHRASE = {"DET", "ADP", "ADJ", "NUM"}
# After these only the parser's word (amod, ADJA) makes it attributive: "Gestern erstellten Experten …"
# has its finite verb in the same place.
_MAY_OPEN_PHRASE = {"ADV", "PUNCT", "CCONJ"}


def participle_of(form: str, verb: str = "") -> tuple[str, str] | None:
    """("gestalten", "past") for "gestaltete", ("steigen", "present") for "steigenden"; None when
    the form is no inflected participle."""
    ending = adjective_ending(form)
    if ending is None:
        return None
    base = form.lower()[: -len(ending)]
    if base.endswith(("end", "rnd", "lnd")) and len(base) > 5 and lemma_dictionary.is_infinitive(base[:-1]):
        # "steigend" → "steigen", "behindernd" → "behindern", "handelnd"; not "zehntausenden" (no verb "zehntausen")
        return base[:-1], "present"
    # simplemma may read the bare form as an adjective and the inflected one as the verb ("verstümmelte")
    for candidate in (verb, lemma_dictionary.lemmatize(base).lower(), lemma_dictionary.lemmatize(form.lower())):
        if candidate and candidate != base and is_participle(base, candidate):
            return candidate, "past"
    known = infinitive_of_participle(base)
    return (known, "past") if known else None


def adjectives_from_participles(doc: Doc) -> None:
    """Inflected participles before their noun, and present participles the tagger took for a verb,
    become adjectives (part of speech and tag); a
    participle fronted before its auxiliary ("Verliehen wird der Preis …"), which the tagger takes
    for a noun, becomes a participle again."""
    for token in doc:
        pos = token.pos_  # (read once: each read makes a string, and most tokens pass every test below)
        if pos in _VERBS and _attributive(token) and participle_of(token.text, token.lemma_.lower()):
            token.pos_ = "ADJ"
            token.tag_ = "ADJA"
            token.set_morph("Degree=Pos")
        elif pos in _VERBS and token.dep_ == "amod" and _adjective_not_verb(token):
            token.pos_ = "ADJ"  # "die kulturellen Angebote": no verb has this form
            token.tag_ = "ADJA"
            token.set_morph("Degree=Pos")
        elif pos in _VERBS and _dictionary_adjective_before_noun(token):
            token.pos_ = "ADJ"  # "zollfreien hormonfreien Rindfleisches": adjectives, which no verb spells so
            token.tag_ = "ADJA"
            token.set_morph("Degree=Pos")
        elif pos == "VERB" and _present_participle(token):
            token.pos_ = "ADJ"  # "Das ist erschreckend": no finite verb ends in -end
            token.tag_ = "ADJD"
            token.set_morph("Degree=Pos")
        elif pos not in _VERBS and _fronted_participle(token):
            token.pos_ = "VERB"
            token.tag_ = "VVPP"
            token.set_morph("VerbForm=Part")
        elif pos == "VERB" and token.tag_ == "VVFIN" and (verb := _participle_only(token)) is not None:
            token.tag_ = "VVPP"  # "in der Dose, tiefgekühlt oder getrocknet": no finite verb is spelt so
            token.set_morph("VerbForm=Part")
            token.lemma_ = verb


def _participle_only(token: Token) -> str | None:
    """The verb whose weak Partizip II the form is, where it is no finite form of it nor of a verb whose stem
    its ge- belongs to ("tiefgekühlt"; not "verwendet", also "man verwendet", nor "gefällt" of gefallen, nor a
    strong one in -en, spelt as a plural present: "sie verlassen")."""
    form = token.lower_
    verb = infinitive_of_participle(form) if form.endswith("t") else None
    if verb is None or finite_form(form, verb) or finite_ge_verb(form) is not None:
        return None
    return verb


def participles_taken_for_adverbs(doc: Doc) -> None:
    """"…, wie stark die Esslust durch die Psyche bestimmt wird": an adverb cannot complete werden, so a
    word tagged an adverb right before a clause-final werden with no other complement, which is the Partizip
    II of a verb, is that participle: the clause is a passive it heads (not "certainly … becomes")."""
    for token in tokens_where(doc, "POS", ("ADV",)):
        if not token.is_lower or token.i + 2 >= len(doc):
            continue
        werden = doc[token.i + 1]
        if werden.lower_ not in _FINITE_WERDEN or not doc[token.i + 2].is_punct or werden.pos_ not in _VERBS:
            continue
        if any(child.pos_ in _COMPLEMENTS and child.dep_ not in _NOT_COMPLEMENTS for child in werden.children):
            continue
        verb = lemma_dictionary.lemmatize(token.lower_)
        if verb == token.lower_ or not is_participle(token.lower_, verb):
            continue
        token.pos_ = "VERB"
        token.tag_ = "VVPP"
        token.set_morph("VerbForm=Part")
        token.lemma_ = verb
        if werden.head.i == token.i:
            continue  # the parser hung werden on it already: only its word class was wrong
        if not take_place(token, werden):
            continue
        for child in list(werden.children):
            if child.i != token.i:
                set_head(child, token)
        set_head(werden, token, "aux:pass")


def _dictionary_adjective_before_noun(token: Token) -> bool:
    """An inflected word the lexicon has as an adjective (or compound adjective, "hormonfrei") and not as
    a verb, before its noun, perhaps after other adjectives: no verb, whatever the tagger says."""
    if not token.is_lower or adjective_ending(token.text) is None or not only_an_adjective(token.lower_):
        return False
    for following in token.doc[token.i + 1 : token.i + 4]:
        if following.pos_ in _NOUNS:
            return following.is_title
        if not (following.pos_ == "ADJ" or (following.is_lower and only_an_adjective(following.lower_))):
            return False
    return False


def _present_participle(token: Token) -> bool:
    """An uninflected present participle the tagger took for a verb: "erschreckend" (erschrecken)."""
    lower = token.lower_
    return lower.endswith("end") and len(lower) > 5 and lower[:-1] == token.lemma_.lower()


def _adjective_not_verb(token: Token) -> bool:
    """An inflected word before a noun whose base simplemma reads as no verb (every infinitive ends in -n)."""
    if adjective_ending(token.text) is None:
        return False
    return not lemma_dictionary.lemmatize(token.lower_).endswith("n")


def _fronted_participle(token: Token) -> bool:
    """"Verliehen wird …", "Übergeben wurde …": a sentence's first word, a known participle (and no
    noun of the lexicon), right before a finite auxiliary."""
    doc = token.doc
    if not token.is_sent_start or token.i + 1 >= len(doc) or not token.is_title:
        return False
    following = doc[token.i + 1]
    if following.lower_ not in _FINITE_AUXILIARIES or infinitive_of_participle(token.lower_) is None:
        return False
    return not _is_noun(token.text)


def _is_noun(word: str) -> bool:
    try:
        from reader.lexicon import lookup

        return lookup(word, "NOUN").pos == "NOUN"
    except LexiconMissingError:  # no lexicon: trust the form
        return False


def _genitive_name(word: Token) -> bool:
    """A name with the genitive -s ("Gongadses"; the lemmatizer, which takes it off, runs later)."""
    return word.pos_ == "PROPN" and word.text.endswith("s") and len(word.text) > 3


def _attributive(token: Token) -> bool:
    """Inside a noun phrase: the noun follows (perhaps after adjectives) and a phrase opens before it."""
    doc = token.doc
    if token.i == 0 or token.i + 1 >= len(doc):
        return False
    previous = doc[token.i - 1]
    following = doc[token.i + 1]
    if previous.pos_ == "DET" and token.is_lower:
        return True  # "des abgewählten, aber noch amtierenden Präsidenten": no verb follows an article
    if _genitive_name(previous) and token.is_lower and token.dep_ == "amod" and token.head.i == following.i:
        return True  # "Gongadses verstümmelte Leiche": a genitive name stands where an article would
    noun = token.head
    # (perhaps past other adjectives: "der vor ein paar Tagen veröffentlichten schriftlichen Begründung")
    before_noun = noun.i > token.i and all(t.pos_ == "ADJ" for t in doc[token.i + 1 : noun.i])
    if token.dep_ == "amod" and before_noun and noun.pos_ in _NOUNS:
        # "der vom Krieg verwüsteten Staaten": an extended attribute, a preposition between article and
        # participle (also one the tagger called an infinitive: "die im Norden gelegenen Dörfer"); not "Viele
        # Menschen bewohnten Alaska", where the verb follows the subject
        if _extended_attribute(token) and _other_finite(token):
            return True
    if previous.pos_ in _MAY_OPEN_PHRASE and previous.tag_ != "PIAT":
        if not (token.dep_ == "amod" or token.tag_ == "ADJA") or not _other_finite(token):
            return False
    elif previous.pos_ not in _OPENS_PHRASE and previous.tag_ != "PIAT":
        return False
    for following in doc[token.i + 1 : token.i + 4]:
        if following.pos_ in _NOUNS:
            return following.is_title or following.pos_ == "PROPN"
        if following.pos_ not in _INSIDE_PHRASE:
            return False
    return False


def _extended_attribute(token: Token) -> bool:
    """An article or a preposition, then right away a phrase with its own preposition, then `token`, however
    long the attribute: "der vom Krieg …", "eine von der NATO 1999 während des Kosovo-Krieges … zerstörte",
    "für in den USA registrierte …" (the phrase may have an article of its own); not "Die Leute in der
    Stadt …", where a noun follows the article first."""
    doc = token.doc
    for opener in (t for t in reversed(doc[token.sent.start : token.i]) if t.pos_ in ("DET", "ADP")):
        words = doc[opener.i + 1 : token.i]
        preposition = next((t for t in words if t.pos_ == "ADP"), None)
        if preposition is not None and not any(t.pos_ in _NOUNS for t in doc[opener.i + 1 : preposition.i]):
            return True
    return False


def _other_finite(token: Token) -> bool:
    """Whether the sentence has a finite verb besides `token`."""
    return any(
        other.i != token.i and other.pos_ in _VERBS and (other.tag_.endswith("FIN") or "Fin" in other.morph.get("VerbForm"))
        for other in token.sent
    )


def participles_after_sein(doc: Doc) -> None:
    """A participle spelled like an infinitive, with "sein" as its auxiliary, is the participle of the
    verb that forms its Perfekt with sein: "war … gefallen" is fallen (to fall), not gefallen (to
    please, which takes haben)."""
    for token in tokens_where(doc, "POS", ("VERB",)):  # (this pass changes lemmas only)
        if token.lemma_.lower() != token.lower_ or "s" in takes_sein(token.lower_):
            continue
        verb = infinitive_of_participle(token.lower_)
        if verb and verb != token.lower_ and "s" in takes_sein(verb) and any(
            child.dep_ in ("aux", "aux:pass") and child.lemma_ == "sein" for child in token.children
        ):
            token.lemma_ = verb

