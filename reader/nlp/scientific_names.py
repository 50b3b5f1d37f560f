"""Scientific names of living things: "(Pulex irritans)", "Talpa europaea Linnaeus, 1758".

Biology names a species by its genus, capitalised, and a Latin epithet in small letters, often followed by
the name of who described it and the year. German texts cite them in brackets or beside the German name.
The tagger reads their words as German ones: the epithet as a verb ("europaea"), a noun or an adjective,
the author as a noun to learn ("Chapin"), and the parser builds clauses around them. The genus and
epithet are Latin (foreign material: no German gloss, nothing to learn), the author a name; the name is
one phrase headed by its genus, and what the parser hung on its later words belongs to the clause around
it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wordfreq import zipf_frequency

from reader.lexicon import LexiconMissingError, function_entry, lookup
from reader.nlp import lemma_dictionary
from reader.nlp.foreign_words import FOREIGN_TAG
from reader.nlp.noun_lexicon import listed_noun
from reader.nlp.parse_edits import highest, set_head, take_place

if TYPE_CHECKING:  # annotations only: importing the rule must not load spaCy
    from spacy.tokens import Doc, Token

# Endings of Latin (and latinised Greek) epithets: "irritans", "europaea", "talpae", "schefferi", "lupus",
# "vulgaris", "officinale", "robur", "niger", "sapiens"; the lexicon tells German words so ending apart (an
# "-e" only after these letters: German verbs end so too, "retweetete")
_LATIN_ENDINGS = ("a", "ae", "ale", "are", "ile", "i", "us", "um", "is", "es", "ns", "x", "ur", "or", "er", "on")
_YEAR_DIGITS = 4
# Zipf frequencies in German text: epithets are rarer than this ("lupus" 3.0, "sativa" 2.7; "drei" 5.7),
# a noun Ding has that is as common as this is a German word ("Verb" 3.7, "Cannabis" 3.95; "Castor" 3.1 a genus)
_RARE_IN_GERMAN = 3.1
_COMMON_GERMAN = 3.5


def scientific_names(doc: Doc) -> None:
    """Mark each genus-and-epithet pair, with its author, and hang the name's words on its genus. After a
    common German noun a Latin word is cited, not named ("das lateinische Verb computare"): only that word
    is foreign, hung on the noun as its name is on a genus; so is one alone in brackets ("Stämme (gentes)")."""
    for genus in doc[:-1]:
        if _latin_word_in_brackets(genus):
            _foreign([genus])
            set_head(genus, doc[genus.i - 2], "appos")
            continue
        epithet = doc[genus.i + 1]
        if not (_genus(genus) and _epithet(epithet)):
            continue
        if _common_german_noun(genus):
            _hang_on_genus(genus, [genus, epithet])
            _foreign([epithet])
            continue
        latin = [genus, epithet]
        following = doc[epithet.i + 1] if epithet.i + 1 < len(doc) else None
        if following is not None and _epithet(following):
            latin.append(following)  # a subspecies: "Canis lupus familiaris"
        author = _author(latin[-1])
        name = latin + ([author] if author is not None else [])
        _hang_on_genus(genus, name)
        _foreign(latin)
        if author is not None:
            author.pos_, author.tag_ = "PROPN", "NE"
            author.set_morph(None)


def _latin_word_in_brackets(word: Token) -> bool:
    """"Stämme (gentes)": a Latin word alone in brackets after a noun gives that noun's Latin name."""
    doc = word.doc
    if word.i < 2 or word.i + 1 >= len(doc) or doc[word.i - 1].text != "(" or doc[word.i + 1].text != ")":
        return False
    return doc[word.i - 2].pos_ in ("NOUN", "PROPN") and _epithet(word)


def _foreign(words: list[Token]) -> None:
    for word in words:
        word.pos_, word.tag_ = "X", FOREIGN_TAG
        word.set_morph(None)


def _common_german_noun(word: Token) -> bool:
    """A noun the dictionary has that German texts use often ("Verb", "Wort"; not "Cannabis", "Castor")."""
    return zipf_frequency(word.lower_, "de") >= _COMMON_GERMAN and listed_noun(word.text)


def _genus(word: Token) -> bool:
    return word.is_alpha and word.is_title and len(word) > 2 and not word.is_sent_start


def _epithet(word: Token) -> bool:
    """A word in small letters with a Latin ending that is no German word: no form of a German verb or
    adjective, and the lexicon has no adjective, verb, adverb or function word of that spelling
    ("irritans" only as the noun "Irritans")."""
    form = word.lower_
    if not (word.is_alpha and word.is_lower and len(form) > 3 and form.endswith(_LATIN_ENDINGS)):
        return False
    if zipf_frequency(form, "de") >= _RARE_IN_GERMAN:
        return False  # a word German texts use ("drei", "jeglicher", "zustande")
    lemma = lemma_dictionary.lemmatize(form)
    if lemma != form and lemma.islower():
        return False  # a German verb's or adjective's form: "wurde", "genannt"
    try:
        if any(function_entry(form, pos) is not None for pos in ("ADP", "DET", "PRON", "CCONJ", "SCONJ", "ADV", "AUX")):
            return False
        return not any(_german(form, pos) for pos in ("ADJ", "VERB", "ADV"))
    except LexiconMissingError:
        return False


def _german(form: str, pos: str) -> bool:
    entry = lookup(form, pos)
    return entry.found and entry.pos == pos and entry.term.islower()


def _author(last: Token) -> Token | None:
    """The capitalised word after the epithet that a comma and a year follow ("Linnaeus, 1758"), or that
    closes the bracket ("(Talpa europaea Linnaeus)")."""
    doc = last.doc
    if last.i + 2 >= len(doc):
        return None
    author, after = doc[last.i + 1], doc[last.i + 2]
    if not (author.is_alpha and author.is_title):
        return None
    year = after.text == "," and last.i + 3 < len(doc) and doc[last.i + 3].is_digit and len(doc[last.i + 3]) == _YEAR_DIGITS
    return author if year or after.text == ")" else None


def _hang_on_genus(genus: Token, name: list[Token]) -> None:
    """The name is one phrase headed by its genus: in brackets after a noun, that noun's apposition, else
    in the place of its word the parser put highest; where that word is the sentence's root, the verb the
    parser hung on it, or the next one, takes the root instead. What the parser hung on the name's other
    words from outside hangs on the genus, but a member of a clause goes to the clause's verb ("der auf dem
    Maulwurf (Talpa europaea Linnaeus, 1758) parasitiert": the pronoun is the subject of "parasitiert", no
    epithet's)."""
    doc = genus.doc
    inside = {word.i for word in name}
    top = highest(name)
    root = top.head.i == top.i
    verb = next((t for t in doc[name[-1].i + 1 : genus.sent.end] if t.pos_ in ("VERB", "AUX") or t.text == ","), None)
    if verb is not None and verb.text == ",":
        verb = None if root else _next_verb(verb)  # (a root's clauses after the comma are left to the other repairs)
    if root:  # the verb the parser hung on the name ("ist abgeleitet von dem … Verb computare"), else the next one
        verb = next((c for c in top.children if c.pos_ == "VERB" and c.i not in inside), verb)
    if verb is not None and verb.dep_ in ("cop", "aux", "aux:pass") and verb.head.i > name[-1].i:
        verb = verb.head  # the predicate or participle its copula or auxiliary hangs on heads the clause
    if root and verb is not None:
        take_place(verb, top)  # "… durch einen Discus articularis getrennt." with "articularis" the root
        if genus.head.i in inside:
            set_head(genus, verb)  # ("von dem … Verb computare" hung on "computare"; not "von Cannabis" on a noun)
    elif top.i != genus.i:
        take_place(genus, top)  # ("Pulex" hung on "irritans")
    if genus.head.pos_ in ("VERB", "AUX") and any(c.dep_ == "case" for c in genus.children):
        genus.dep_ = "obl"  # "abgeleitet von dem … Verb computare": a prepositional phrase of the verb's
    for word in name[1:]:
        for child in list(word.children):
            if child.i in inside:
                continue
            member = verb is not None and child.dep_ in _CLAUSE_MEMBERS and child.i != verb.i
            set_head(child, verb if member else genus)
        set_head(word, genus, "flat")
    named = doc[genus.i - 2] if genus.i >= 2 and doc[genus.i - 1].text == "(" else None
    if named is not None and named.pos_ in ("NOUN", "PROPN"):
        set_head(genus, named, "appos")  # "Die Eiche (Quercus robur)": the name renames the noun before it


def _next_verb(word: Token) -> Token | None:
    return next((t for t in word.doc[word.i + 1 : word.sent.end] if t.pos_ in ("VERB", "AUX")), None)


_CLAUSE_MEMBERS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl", "expl"})
