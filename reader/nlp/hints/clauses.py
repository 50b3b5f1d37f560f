"""Hints for the clause a verb builds: verb-second main clauses, verb-final subordinate and relative
clauses, on the members of the verb complex and on the conjunction that opens the clause.

Asked by reader.nlp.hints.verbs for each complex, after the hints on the verb itself.
"""

from __future__ import annotations

from spacy.tokens import Token

from reader.nlp.doc_facts import sentence_start
from reader.nlp.function_word_uses import compares
from reader.nlp.hints.antecedents import antecedent_of_was, relative_antecedent
from reader.nlp.hints.common import (
    NOMINAL,
    VERBAL,
    Hints,
    after_als,
    clause_opener,
    relative_pronoun_of,
    subordinator,
)
from reader.nlp.lang.grammar import SUBORDINATORS
from reader.nlp.morph_features import feature_values
from reader.nlp.verb_complex import VerbComplex


def add_clause_hints(vc: VerbComplex, hints: Hints) -> None:
    """The clause the complex's finite verb builds: a subordinate or relative clause, whose finite verb
    goes to the end, or a main clause, whose finite verb stands second."""
    head = vc.head
    finite = vc.finite
    if finite is None or finite.doc[sentence_start(finite)].text.startswith("#"):
        return  # a Markdown heading is a title: no clause to describe
    mark = subordinator(head)
    if mark is None and head.dep_ == "conj" and head.head.pos_ in VERBAL:
        mark = subordinator(head.head)  # "ob … steigen und … sinken": coordinated clauses stay subordinate
    if mark is not None and not _verb_final(vc, finite):
        return  # the parse contradicts itself: say nothing rather than something wrong
    if mark is not None:
        gloss = "than" if mark.lower_ == "als" and compares(mark) else SUBORDINATORS.get(mark.lower_)
        word = mark.text if mark.i != sentence_start(mark) else mark.lower_
        what = f"{word} ('{gloss}')" if gloss else word
        text = f"Subordinate clause with {what}: the finite verb {finite.text} goes to the end."
        for token in vc.members:
            hints.add(token, text)
        hints.add(mark, f"Conjunction {what}: starts a subordinate clause; its verb ({finite.text}) goes to the end.")
        return
    pronoun = relative_pronoun_of(head) or _relative_pronoun_after_comma(head)
    if pronoun is not None and _verb_final(vc, finite):
        if pronoun.lower_ == "was":
            # "alles, was er sagt"; "…, was von den Demonstranten … beantwortet wurde": about what the clause before says
            before = antecedent_of_was(pronoun)
            text = f"Relative clause about {before.text}" if before is not None else "Relative clause about the whole clause before it"
        else:
            antecedent = relative_antecedent(head.head, pronoun)
            text = f"Relative clause about {antecedent.text}" if antecedent is not None else "Relative clause"
        if pronoun is not None:
            text += f" (relative pronoun {pronoun.text})"
        text += f": the finite verb {finite.text} goes to the end."
        for token in vc.members:
            hints.add(token, text)
        return
    if head.dep_ in ("ROOT", "root", "conj", "parataxis", "ccomp") and finite.i != sentence_start(finite):
        if not _opened_by_a_subordinator(finite) and vc.mood != "imperative":  # (a request puts its verb first)
            _main_clause(vc, finite, hints)


# STTS: relative pronouns and subordinating conjunctions open a verb-final clause wherever they stand;
# wh-words do after a comma ("…, was er will").
_OPENS_VERB_FINAL = {"PRELS", "PRELAT", "KOUS"}
_OPENS_AFTER_COMMA = {"PWS", "PWAV", "PWAT"}


def _opened_by_a_subordinator(finite: Token) -> bool:
    """"…, welche Artikel 11 betrifft und noch nicht beschlossen wurde": back from the finite verb to
    the last comma stands a relative pronoun or a subordinating conjunction, so its clause, and one
    joined to it by "und", is no main clause, whatever the parse says."""
    doc = finite.doc
    for token in reversed(doc[sentence_start(finite) : finite.i]):
        if token.text == ",":
            return False
        if token.tag_ in _OPENS_VERB_FINAL:
            return True
        if token.tag_ in _OPENS_AFTER_COMMA and token.i > 0 and doc[token.i - 1].text == ",":
            return True
    return False


def _relative_pronoun_after_comma(head: Token) -> Token | None:
    """"…, die vermutlich nicht ihnen gehören": a relative pronoun (STTS PRELS) opening the clause
    after a comma, where the parser did not label the clause a relative one."""
    first = clause_opener(head)
    if first is None or first.i > head.i or first.tag_ != "PRELS":
        return None
    start = first.i - 1 if first.i > 0 and first.doc[first.i - 1].pos_ == "ADP" else first.i
    return first if start > 0 and first.doc[start - 1].text == "," else None


def _verb_final(vc: VerbComplex, finite: Token) -> bool:
    """True when no word of the clause (its own dependents, not embedded clauses) follows the finite verb."""
    ids = {t.i for t in vc.tokens}
    if any(t.i > finite.i for t in vc.tokens):
        return False  # "er sei überzeugt": the rest of the verb follows the finite verb
    for owner in vc.tokens:
        for child in owner.children:
            if child.i in ids or child.is_punct or child.dep_ in ("conj", "cc", "parataxis", "ccomp", "advcl", "acl", "acl:relcl", "xcomp", "csubj"):
                continue
            if child.i > finite.i:
                return False
    return True


def _main_clause(vc: VerbComplex, finite: Token, hints: Hints) -> None:
    head = vc.head
    complex_ids = {t.i for t in vc.tokens}
    # The clause's own dependents (of the head and of the finite verb) that come before the finite verb.
    before = []
    for owner in {head, finite}:
        for child in owner.children:
            if child.i in complex_ids or child.is_punct or child.dep_ in ("cc", "punct", "mark"):
                continue
            if child.dep_ in ("conj", "parataxis") and child.i < finite.i:
                continue
            if child.i < finite.i:
                before.append(child)
    if head.dep_ == "ccomp" and head.head.i < finite.i and any(child.i < head.head.i for child in before):
        return
    if head.dep_ == "conj" and not before:
        return  # "… und verlangt": the subject is shared with the first clause
    # "Betroffen von dem Verbot sind …": a fronted participle or infinitive fills the first place with its words
    fronted = [t for t in vc.members if t.i < finite.i]
    if fronted and not any(c.i < fronted[0].i for c in before):
        first_words = _first_words(finite.doc[fronted[0].i : finite.i])
    elif len(before) == 1 and not fronted:
        first = before[0]
        first_words = None if first.dep_ in ("ccomp", "advcl", "csubj", "parataxis", "xcomp") else _first_words(first.subtree)
    else:
        return
    # The subject as the case rules decided it (by forms and agreement), not only as the parser labelled it.
    candidates = [*head.children, *(finite.children if finite.i != head.i else [])]
    nominative = [c for c in candidates if c.pos_ in NOMINAL and feature_values(c, "Case") == ["Nom"]]
    subject = next((c for c in nominative if c.dep_ in ("nsubj", "nsubj:pass")), None) or next(
        (c for c in nominative if c.dep_ in ("obj", "obl", "dep")), None
    )
    text = f"Main clause: the finite verb {finite.text} stands in second place (verb second)"
    if subject is not None and subject.i > finite.i:
        conjuncts = [c.text for c in subject.children if c.dep_ == "conj" and c.pos_ in NOMINAL and not after_als(c)]
        subject_text = " und ".join([", ".join([subject.text, *conjuncts[:-1]]), conjuncts[-1]]) if conjuncts else subject.text
        opening = "the clause before it" if first_words is None else first_words
        text += f"; {opening} comes first, so the subject {subject_text} follows the verb"
    hints.add(finite, text + ".")


def _first_words(words) -> str:
    """The first three words of the phrase that fills the first place, "…" for the rest."""
    texts = [t.text for t in sorted(words, key=lambda t: t.i) if not t.is_punct]  # (a repaired parse may cross)
    return " ".join(texts[:3]) + (" …" if len(texts) > 3 else "")
