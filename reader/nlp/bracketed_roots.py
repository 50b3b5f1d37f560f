"""A word in brackets that the parser made its sentence's root.

"Die Harnblase (lateinisch Vesica urinaria, …) ist ein Organ": the cited Latin "urinaria" looks like a verb,
and the parser hangs the whole sentence on it, so "Harnblase" becomes its subject and "Organ" one of its
conjuncts. A bracket is an aside: the sentence's root is outside it, the word after the closing bracket
that heads a clause (a finite verb, or a predicate with its copula); the bracket's words hang on the noun
before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.nlp.parse_edits import set_head

if TYPE_CHECKING:  # annotations only: importing the rule must not load spaCy
    from spacy.tokens import Doc, Token

_VERBS = frozenset({"VERB", "AUX"})


def roots_inside_brackets(doc: Doc) -> None:
    """Give each sentence whose root stands in brackets the root after the bracket."""
    for sentence in doc.sents:
        root = sentence.root
        opening = _opening_bracket(root)
        if opening is None:
            continue
        closing = next((t for t in doc[root.i : sentence.end] if t.text == ")"), None)
        if closing is None:
            continue
        new_root = _clause_head_after(doc[closing.i + 1 : sentence.end])
        renamed = doc[opening.i - 1] if opening.i > sentence.start else None
        if new_root is None or renamed is None or renamed.pos_ not in ("NOUN", "PROPN"):
            continue
        outside = [child for child in root.children if not opening.i < child.i < closing.i and child.i != new_root.i]
        set_head(new_root, new_root, "ROOT")
        for child in outside:
            set_head(child, new_root)
        set_head(root, renamed, "appos")


def _opening_bracket(word: Token) -> Token | None:
    """The "(" whose bracket holds `word` within its sentence, or None."""
    depth = 0
    for before in reversed(word.doc[word.sent.start : word.i]):
        if before.text == ")":
            depth += 1
        elif before.text == "(":
            if depth == 0:
                return before
            depth -= 1
    return None


def _clause_head_after(words) -> Token | None:
    """The first word that heads a clause: a finite verb with no copula role, or a predicate with its copula."""
    for word in words:
        if word.text == "(":
            return None  # (another aside: leave the sentence as it is)
        if any(child.dep_ == "cop" for child in word.children):
            return word
        if word.pos_ in _VERBS and word.tag_.endswith("FIN") and word.dep_ not in ("cop", "aux", "aux:pass"):
            return word
    return None
