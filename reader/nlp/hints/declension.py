"""The declension an attributive adjective's ending follows, for its hint: weak after an article (also
the one inside "im", "zum"), mixed after an ending-less ein-word, strong with no article or after a
quantifier that does not show the case; an article a list's later noun shares with its first; the -en of a
second adjective after a strong one ("nach antikem römischen Vorbild")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from reader.lexicon.database import LexiconMissingError
from reader.nlp.lang.articles import MIXED, STRONG, STRONG_AFTER, WEAK, adjective_ending, determiner_readings
from reader.nlp.lang.prepositions import CONTRACTIONS
from reader.nlp.morph_features import feature_values
from reader.nlp.noun_phrases import first_conjunct

_EIN_WORDS = ("ein", "kein", "mein", "dein", "sein", "ihr", "unser", "euer", "eur")


def _shared_article(noun: Token, ending: str) -> Token | None:
    """"mit dem Lehrer und jungen Kollegen", "dem Heiligen Römischen Reich bzw. Deutschen Reich": the article
    of the list's first noun, where `noun`, a later conjunct with none of its own, has a case, gender and
    number the adjective's strong ending cannot show, as the ending after that article can."""
    opening = first_conjunct(noun)
    article = next((c for c in opening.children if c.dep_ in ("det", "det:poss")), None) if opening.i != noun.i else None
    found = determiner_readings(article.text) if article is not None else None
    if found is None:
        return None
    case, gender, number = (feature_values(noun, field) for field in ("Case", "Gender", "Number"))
    if len(case) != 1 or len(number) != 1:
        return None
    reading = (case[0], gender[0] if number == ["Sing"] and len(gender) == 1 else None, number[0])
    after_article = {"def": WEAK, "ein": MIXED}[found[0]].get(ending, frozenset())
    return article if reading in found[1] and reading in after_article and reading not in STRONG.get(ending, ()) else None


# "derselbe", "dieselbe", "dasselbe", "denselben" …: the article written together with "selb-"
_SAME = re.compile(r"^(der|die|das|den|dem|des)selb(?:e|en|er|es|em)$")


def adjective_declension(adjective: Token, noun: Token) -> str | None:
    """Which declension the adjective's ending follows: weak after an article (also the one inside
    "im", "zum"), mixed after an ending-less ein-word, strong with no article or after a quantifier
    that does not show the case ("wenig", "viele", numbers)."""
    lower = adjective.lower_
    if lower == (adjective.lemma_ or "").lower():
        return None
    ending = next((e for e in ("em", "en", "er", "es", "e") if lower.endswith(e)), None)
    if ending is None:
        return None
    same = _SAME.match(lower)
    if same:  # "in dieselbe Richtung": der/die/das + selbe, one word
        article = same.group(1)
        return (f"Ending -{ending}: {adjective.text} is {article} + {lower[len(article):]}, written as one word:"
                " the article declines, -selb- takes the weak ending after it.")
    before = [
        c for c in noun.children
        if c.i < adjective.i and (c.dep_ in ("det", "det:poss", "nummod") or c.lower_ in STRONG_AFTER or c.lower_ in CONTRACTIONS)
        and not _adjective_in_parallel(c, ending)
    ]
    # an article before a number decides ("den 20 größten Städten": weak)
    articles = [c for c in before if c.dep_ in ("det", "det:poss") and c.pos_ != "NUM" and not c.like_num and c.lower_ not in STRONG_AFTER]
    det = max(articles or before, key=lambda c: c.i) if before else None
    if det is None:
        shared = _shared_article(noun, ending)
        if shared is not None:
            kind = "mixed" if shared.lower_.startswith(_EIN_WORDS) else "weak"
            return f"Ending -{ending}: {kind} declension after {shared.text}, the article {noun.text} shares with the noun before it."
        strong = _strong_adjective_before(adjective, noun, ending)
        if strong is not None:
            return (
                f"Ending -{ending}: after {strong.text}, whose strong ending already shows the case, a second"
                " adjective often takes -en (strictly it declines strongly too)."
            )
        return f"Ending -{ending}: strong declension (no article before it)."
    if det.lower_ in CONTRACTIONS:
        base, _, _, _ = CONTRACTIONS[det.lower_]
        article = contracted_article(det.lower_)
        return f"Ending -{ending}: weak declension after {det.text} (= {base} {article}: the article is inside)."
    if det.lower_ in STRONG_AFTER or det.pos_ == "NUM" or det.like_num:
        return f"Ending -{ending}: strong declension after {det.text} (as with no article)."
    if det.lower_.startswith(_EIN_WORDS):
        return f"Ending -{ending}: mixed declension after {det.text}."
    return f"Ending -{ending}: weak declension after {det.text}."


def _strong_adjective_before(adjective: Token, noun: Token, ending: str) -> Token | None:
    """"nach antikem römischen Vorbild": an adjective in -en whose noun's case, gender and number need
    another strong ending (-em), after an adjective of the same noun that has it: the weak -en many
    writers give the second of two adjectives in the dative singular."""
    reading = tuple(feature_values(noun, field) for field in ("Case", "Gender", "Number"))
    if ending != "en" or any(len(values) != 1 for values in reading):
        return None
    case, gender, number = (values[0] for values in reading)
    endings = {form for form, readings in STRONG.items() if (case, gender, number) in readings}
    if not endings or ending in endings:
        return None
    return next(
        (c for c in noun.children if c.dep_ == "amod" and c.i < adjective.i and adjective_ending(c.text) in endings),
        None,
    )


def _adjective_in_parallel(word: Token, ending: str) -> bool:
    """A word the tagger took for a determiner that the dictionary lists as an adjective, with the
    adjective's own ending: the two decline alike, the article before both decides ("diverser
    psychologischer Schulen": strong, as with no article)."""
    if word.tag_ in ("ART", "PPOSAT") or word.lower_ in STRONG_AFTER or not word.lower_.endswith(ending):
        return False
    if word.lower_ == (word.lemma_ or "").lower() or word.lower_.startswith(_EIN_WORDS):
        return False
    try:
        from reader.lexicon import lookup

        entry = lookup(word.lemma_, "ADJ")
    except LexiconMissingError:
        return False
    return entry.found and entry.pos == "ADJ"


def contracted_article(word: str) -> str:
    """The article inside a contraction: "zur" holds "der", "ins" "das", "im" "dem"."""
    return "das" if CONTRACTIONS[word][1] == "Acc" else ("der" if word == "zur" else "dem")
