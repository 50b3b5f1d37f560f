"""A participle clause set off by a comma, which the tagger read as a finite verb.

"Die Wellen steigen und fallen, verursacht durch den Wind", "Verursacht durch einen Sturm, stürzte der Baum
um": the participles of verbs with an unstressed prefix spell their present too ("verursacht", "bestimmt",
"erreicht"), and the parser joins even a participle it saw to the verb before as a conjunct. Where such a
form opens a group of words set off by the sentence's start or a comma, and an agent ("durch", "von") follows
it, with no subject and no other verb in the group, it is the participle of a passive clause that says how
the main clause came about ("caused by the wind"), not a second finite verb nor a state passive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.nlp import lemma_dictionary
from reader.nlp.parse_edits import set_head
from reader.nlp.verb_forms import infinitive_of_participle, is_participle

if TYPE_CHECKING:  # annotations only: importing the rule must not load spaCy
    from spacy.tokens import Doc, Token

# The words that name the agent of a passive participle ("verursacht durch", "gefolgt von").
_AGENT_PREPOSITIONS = frozenset({"durch", "von", "vom"})
_VERBS = frozenset({"VERB", "AUX"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "expl"})


def participle_clauses(doc: Doc) -> None:
    """Make each such participle a participle heading an adverbial clause of the main clause's verb."""
    for token in doc[:-1]:
        if doc[token.i + 1].lower_ not in _AGENT_PREPOSITIONS or not _participle(token):
            continue
        opens_sentence = token.is_sent_start
        if not (opens_sentence or (token.i > 0 and doc[token.i - 1].text == ",")):
            continue
        group = _group(doc, token)
        if any(word.i != token.i and word.pos_ in _VERBS for word in group) or any(c.dep_ in _SUBJECTS for c in token.children):
            continue
        main = _main_verb(doc, group[-1].i + 1) if opens_sentence else _clause_head(token)
        if main is None:
            continue
        token.pos_ = "VERB"
        token.tag_ = "VVPP"
        token.set_morph("VerbForm=Part")
        for child in list(token.children):
            if child.i < token.i:  # the auxiliary the parser took from the main clause ("war … verursacht")
                set_head(child, main)
        set_head(token, main, "advcl")


def _participle(token: Token) -> bool:
    """The word is the Partizip II of the verb simplemma reads in it (a capital opening a sentence aside)."""
    form = token.lower_
    if not token.is_alpha or not (token.is_lower or token.is_sent_start):
        return False
    verb = lemma_dictionary.lemmatize(form)
    return (verb != form and is_participle(form, verb)) or infinitive_of_participle(form) is not None


def _group(doc: Doc, start: Token) -> list[Token]:
    """The words from `start` up to the next comma or the sentence's end."""
    sentence_end = start.sent.end
    group = []
    for word in doc[start.i : sentence_end]:
        if word.text in (",", ";", ":") or (word.is_punct and word.text in ".!?"):
            break
        group.append(word)
    return group


def _main_verb(doc: Doc, comma: int) -> Token | None:
    """After an opening group and its comma, the finite verb that comes next ("…, stürzte der Baum um")."""
    if comma >= len(doc) or doc[comma].text != "," or comma + 1 >= len(doc):
        return None
    following = doc[comma + 1]
    return following if following.pos_ in _VERBS and following.tag_.endswith("FIN") else None


def _clause_head(participle: Token) -> Token | None:
    """The head of the clause before the comma: what the parser hung the participle on, or, where it made
    the participle the root, the root of the words before it."""
    if participle.head.i != participle.i:
        head = participle.head
        return head if head.i < participle.i else None
    before = [word for word in participle.sent if word.i < participle.i and word.head.i == participle.i and not word.is_punct]
    return next((word for word in before if word.pos_ in _VERBS), None)
