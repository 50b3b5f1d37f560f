"""The structure of one sentence for the sentence view: subject, finite verb, objects and dependent
clauses, read from the stored analysis' dependency heads (no Textual; the UI only colours them)."""

from __future__ import annotations

from reader.nlp.analysis import Sentence, Token

SUBJECT_DEPS = {"nsubj", "nsubj:pass", "csubj"}
OBJECT_DEPS = {"obj", "iobj"}
CLAUSE_DEPS = {"ccomp", "advcl", "acl", "acl:relcl", "csubj", "parataxis"}
CLAUSE_NAMES = {
    "ccomp": "object clause",
    "advcl": "adverbial clause",
    "acl": "clause on a noun",
    "acl:relcl": "relative clause",
    "csubj": "subject clause",
    "parataxis": "inserted clause",
}


def is_finite(token: Token) -> bool:
    return token.pos in ("VERB", "AUX") and "VerbForm=Fin" in token.morph and token.dep != "compound:prt"


class SentenceStructure:
    """Roles of the tokens of one sentence, from the analysis' dependency heads."""

    def __init__(self, sentence: Sentence) -> None:
        self.sentence = sentence
        self.tokens = sentence.tokens
        self.by_i = {t.i: t for t in self.tokens}
        self.children: dict[int, list[Token]] = {}
        for token in self.tokens:
            if token.head != token.i:
                self.children.setdefault(token.head, []).append(token)

    def subtree(self, token: Token, clauses: bool = True) -> list[Token]:
        """`token` and its dependents; without the dependent clauses inside it when `clauses` is False."""
        out, stack = [], [token]
        while stack:
            node = stack.pop()
            out.append(node)
            stack.extend(c for c in self.children.get(node.i, []) if clauses or c.dep not in CLAUSE_DEPS)
        return sorted(out, key=lambda t: t.i)

    def verb_of(self, token: Token) -> Token | None:
        """The verb a subject or object belongs to (the main verb, not an auxiliary)."""
        verb = self.by_i.get(token.head)
        while verb is not None and verb.dep in ("aux", "aux:pass", "cop") and verb.head != verb.i:
            verb = self.by_i.get(verb.head)
        return verb

    def clause_name(self, head: Token, members: list[Token]) -> str:
        first = members[0]
        if first.pos == "SCONJ" and first.dep == "mark":
            return f"subordinate clause ({first.text.lower()})"
        if any(t.text == "zu" and t.pos == "PART" for t in members) or "zu" in head.text[2:-3]:
            return "zu-infinitive clause"
        if head.dep in ("acl:relcl", "acl") and first.pos in ("PRON", "DET", "ADP"):
            antecedent = self.by_i.get(head.head)
            return f"relative clause (about {antecedent.text})" if antecedent else "relative clause"
        return CLAUSE_NAMES[head.dep]

    def parts(self) -> list[tuple[str, Token, list[Token]]]:
        """(kind, head, words) of every subject and object: kind is "Subject", "Object" or "Indirect object"."""
        return [
            (
                "Subject" if token.dep in SUBJECT_DEPS else ("Indirect object" if token.dep == "iobj" else "Object"),
                token,
                [t for t in self.subtree(token, clauses=False) if t.is_word],
            )
            for token in self.tokens
            if token.dep in SUBJECT_DEPS | OBJECT_DEPS
        ]

    def finite_verbs(self) -> list[Token]:
        return [t for t in self.tokens if is_finite(t)]

    def roles(self) -> dict[int, str]:
        """token.i → "subject" | "verb" | "object" for every token of those parts."""
        roles: dict[int, str] = {}
        for token in self.tokens:
            if token.dep in SUBJECT_DEPS and token.dep != "csubj":
                for member in self.subtree(token, clauses=False):
                    roles.setdefault(member.i, "subject")
            elif token.dep in OBJECT_DEPS:
                for member in self.subtree(token, clauses=False):
                    roles.setdefault(member.i, "object")
        for token in self.tokens:
            if is_finite(token):
                roles[token.i] = "verb"
        return roles

    def clauses(self) -> list[tuple[str, Token, list[Token]]]:
        """(name, clause head, tokens) for every dependent clause, outermost first."""
        out = []
        for token in self.tokens:
            if token.dep in CLAUSE_DEPS and token.pos in ("VERB", "AUX", "ADJ", "NOUN"):
                members = [t for t in self.subtree(token) if t.is_word]
                if len(members) > 1:
                    out.append((self.clause_name(token, members), token, members))
        return out

    def main_clause(self) -> list[Token]:
        roots = [t for t in self.tokens if t.head == t.i]
        return [t for root in roots for t in self.subtree(root, clauses=False) if t.is_word]
