"""The impersonal pronoun "man" and its other forms, which the tagger reads as articles.

"man" is only ever a pronoun (one, you, people): the tagger's determiner would make the adjective after it
weak ("spürt man starke Veränderungen"). "man" has no dative or accusative of its own; German uses "einem"
and "einen" ("wenn einem übel wird", "Das schützt einen vor Gefahr"), which the tagger takes for the
article of a noun that never comes. An "einem"/"einen" that no phrase follows is that pronoun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.nlp.doc_arrays import tokens_where
from reader.nlp.parse_edits import set_head, verb_above

if TYPE_CHECKING:  # annotations only: importing the rule must not load spaCy
    from spacy.tokens import Doc, Token

_CASE_OF_FORM = {"man": ("Nom", "nsubj"), "einem": ("Dat", "iobj"), "einen": ("Acc", "obj")}
# Words that go on an article's phrase: "einem großen Haus", "einen Hund", "einem 2:0".
_IN_A_PHRASE = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
_ATTRIBUTIVE_TAGS = frozenset({"ADJA", "PIAT", "PIDAT"})  # "bei einem anderen Verlag"


def forms_of_man(doc: Doc) -> None:
    """"man" tagged a determiner, and "einem"/"einen" no phrase follows, are the pronoun: its case from its
    form, hung on its clause's verb where the parser made it an article."""
    for token in tokens_where(doc, "LOWER", tuple(_CASE_OF_FORM)):
        if token.lower_ == "man" and token.pos_ != "DET" and token.dep_ != "det":
            continue
        if token.lower_ != "man" and (token.pos_ != "DET" or _opens_a_phrase(token) or _after_an_article(token)):
            continue  # ("von der einen Seite": the one)
        case, relation = _CASE_OF_FORM[token.lower_]
        token.pos_, token.tag_ = "PRON", "PIS"
        token.set_morph(f"Case={case}|Number=Sing|PronType=Ind")
        if token.dep_ == "det":
            set_head(token, verb_above(token.head), relation)


def _after_an_article(word: Token) -> bool:
    return word.i > 0 and word.doc[word.i - 1].tag_ in ("ART", "PDAT", "PPOSAT")


def _opens_a_phrase(article: Token) -> bool:
    """A noun, adjective or number follows (past an adverb before an attributive adjective: "einem sehr
    großen Haus"; or an attributive "anderen"), a quotation, a genitive ("einen der Täter": one of), or an
    extended attribute before the noun."""
    doc = article.doc
    following = doc[article.i + 1] if article.i + 1 < len(doc) else None
    if following is None:
        return False
    if following.pos_ in _IN_A_PHRASE or following.tag_ in _ATTRIBUTIVE_TAGS:
        return True
    if following.is_quote or following.lower_ in ("der", "des"):
        return True
    after = doc[article.i + 2] if article.i + 2 < len(doc) else None
    if following.pos_ == "ADV" and after is not None and after.tag_ == "ADJA":
        return True
    return _noun_after_an_attribute(article)


def _noun_after_an_attribute(article: Token) -> bool:
    """An extended attribute between the article and its noun: "von einem von 60 Mitarbeitern der
    Universität unterschriebenen Brief" (a noun right after an attributive adjective in -en, the ending
    after "einem" and "einen"), before the clause's next punctuation, finite verb or article of another case
    than the genitive ("das einem ein bisschen Angst macht")."""
    for word in article.doc[article.i + 1 : article.i + 1 + _ATTRIBUTE_REACH]:
        if (word.is_punct and word.text != ",") or "Fin" in word.morph.get("VerbForm"):
            return False
        if word.tag_ == "ART" and "Gen" not in word.morph.get("Case") and word.doc[word.i - 1].pos_ != "ADP":
            return False  # (one after its preposition is of a phrase inside the attribute: "vor der Öffentlichkeit")
        before = word.doc[word.i - 1]
        if word.pos_ in ("NOUN", "PROPN") and before.tag_ == "ADJA" and before.lower_.endswith("en"):
            return True
    return False


# Words of an extended attribute: "einem von 60 Mitarbeitern der Universität … unterschriebenen Brief".
_ATTRIBUTE_REACH = 15
