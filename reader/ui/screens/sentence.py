"""The sentence view (key `g`): subject, finite verb, objects and clauses of the cursor's sentence, coloured."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.nlp import Sentence, Token

SUBJECT_DEPS = {"nsubj", "nsubj:pass", "csubj"}
OBJECT_DEPS = {"obj", "iobj"}
CLAUSE_DEPS = {"ccomp", "advcl", "acl", "acl:relcl", "csubj", "parataxis"}
STYLES = {
    "subject": "bold #5fafff",
    "verb": "bold #ff5f5f",
    "object": "bold #5fd75f",
    "clause": "#d7af00",
}
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


def render_sentence(sentence: Sentence, cursor: int | None = None) -> Text:
    """The sentence with roles coloured and dependent clauses in brackets, then a legend and a summary."""
    structure = SentenceStructure(sentence)
    roles = structure.roles()
    opens: dict[int, int] = {}
    closes: dict[int, int] = {}
    for _name, _head, members in structure.clauses():
        opens[members[0].i] = opens.get(members[0].i, 0) + 1
        closes[members[-1].i] = closes.get(members[-1].i, 0) + 1
    text = Text()
    for token in sentence.tokens:
        if opens.get(token.i):
            text.append("[" * opens[token.i], style=STYLES["clause"])
        style = STYLES.get(roles.get(token.i, ""), "")
        if token.i == cursor:
            style = f"{style} underline".strip()
        text.append(token.text, style=style)
        if closes.get(token.i):
            text.append("]" * closes[token.i], style=STYLES["clause"])
        text.append(token.whitespace.replace("\n", " ") if token.whitespace else "")
    text.append("\n\n")
    for role, label in (("subject", "subject"), ("verb", "finite verb"), ("object", "object")):
        text.append("■ ", style=STYLES[role])
        text.append(f"{label}   ")
    text.append("[ ]", style=STYLES["clause"])
    text.append(" dependent clause\n\n")
    heads = [t for t in sentence.tokens if t.dep in SUBJECT_DEPS | OBJECT_DEPS]
    main = structure.main_clause()
    if main and structure.clauses():
        text.append("Main clause: ", style="bold")
        words = " ".join(t.text for t in main)
        text.append(words if len(words) < 90 else words[:88] + " …")
        text.append("\n")
    for token in heads:
        kind = "Subject" if token.dep in SUBJECT_DEPS else ("Indirect object" if token.dep == "iobj" else "Object")
        words = " ".join(t.text for t in structure.subtree(token, clauses=False) if t.is_word)
        verb = structure.verb_of(token)
        text.append(f"{kind}: ", style=STYLES["subject" if kind == "Subject" else "object"])
        text.append(words)
        if verb is not None:
            text.append(f"  (of {verb.term})", style="dim")
        text.append("\n")
    finite = [t for t in sentence.tokens if is_finite(t)]
    if finite:
        text.append("Finite verbs: ", style=STYLES["verb"])
        text.append(", ".join(t.text for t in finite))
        text.append("\n")
    for name, head, members in structure.clauses():
        text.append(f"{name[0].upper() + name[1:]}: ", style=STYLES["clause"])
        words = " ".join(t.text for t in members)
        text.append(words if len(words) < 90 else words[:88] + " …")
        text.append("\n")
    return text


class SentenceScreen(ModalScreen[None]):
    """A modal over the reading screen: the structure of the sentence under the cursor."""

    BINDINGS = [
        Binding("escape,g,q", "dismiss", "Close", id="sentence.close"),
    ]
    DEFAULT_CSS = """
    SentenceScreen {
        align: center middle;
    }
    SentenceScreen > VerticalScroll {
        width: 90%;
        max-width: 110;
        height: auto;
        max-height: 90%;
        border: round $accent;
        padding: 1 2;
        background: $surface;
    }
    """

    def __init__(self, sentence: Sentence, cursor: int | None = None) -> None:
        super().__init__()
        self.sentence = sentence
        self.cursor = cursor

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(render_sentence(self.sentence, self.cursor), id="sentence-structure")
