"""Hints for verbs and clauses: tense, mood, voice, modal, separable, reflexive and zu-infinitive
verbs; verb-second main clauses, verb-final subordinate and relative clauses."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from reader.nlp.hints.common import (
    _PARTICIPLE,
    _PARTICIPLE_OF_SEPARABLE,
    _ZU_INFIX,
    AUX_DEPS,
    NOMINAL,
    REFLEXIVE,
    VERBAL,
    Hints,
    _relative_pronoun_of,
    _subordinator,
    _verb_term,
)
from reader.nlp.lang.grammar import (
    HABEN_DESPITE_ENDING,
    KONJUNKTIV_I,
    KONJUNKTIV_II,
    MODALS,
    SEIN_VERBS,
    SUBORDINATORS,
)


@dataclass
class _Complex:
    head: Token
    auxes: list[Token] = field(default_factory=list)

    @property
    def tokens(self) -> list[Token]:
        return sorted([self.head, *self.auxes], key=lambda t: t.i)

    @property
    def finite(self) -> Token | None:
        finite = [t for t in self.tokens if "Fin" in t.morph.get("VerbForm")]
        if len(finite) > 1:  # the model may call a participle finite: the auxiliary is
            finite = [t for t in finite if t != self.head] or finite
        if finite:
            return finite[0]
        for token in self.tokens:  # the model may miss VerbForm; a finite form has Person or Mood
            if token.morph.get("Person") or token.morph.get("Mood"):
                return token
        if _subordinator(self.head) is not None or _relative_pronoun_of(self.head) is not None:
            return self.tokens[-1]  # verb-final clause: the finite verb comes last
        return None


def _verb_heads(doc: Doc) -> list[Token]:
    heads = []
    for token in doc:
        if token.dep_ in AUX_DEPS or token.dep_ == "compound:prt":
            continue
        has_aux = any(c.dep_ in AUX_DEPS and c.pos_ in VERBAL for c in token.children)
        if token.pos_ in VERBAL or has_aux:
            heads.append(token)
    return heads


def _lemma(token: Token) -> str:
    return (token.lemma_ or token.lower_).lower()


def _verb(head: Token, hints: Hints) -> None:
    vc = _Complex(head, [c for c in head.children if c.dep_ in ("aux", "aux:pass", "cop") and c.pos_ in VERBAL])
    tokens = vc.tokens
    verb_hints: list[str] = []
    verb_hints += _tense_mood_voice(vc)
    separable = _separable(head)
    if separable:
        verb_hints.append(separable)
    reflexive = next(
        (c for c in head.children if c.lower_ in REFLEXIVE and c.pos_ == "PRON" and c.dep_ in ("obj", "expl:pv", "iobj", "expl", "dep", "obl")),
        None,
    )
    if reflexive is not None and _lemma(head) not in ("sein", "werden"):
        term = _verb_term(head)
        verb_hints.append(f"Reflexive verb: sich {term} ({reflexive.text} refers back to the subject).")
        hints.add(reflexive, f"Reflexive pronoun of sich {term}: it refers back to the subject.")
    zu = _zu_infinitive(head)
    if zu:
        verb_hints.append(zu)
    for text in verb_hints:
        for token in tokens:
            hints.add(token, text)
    particle = _particle(head)
    if particle is not None and separable:
        hints.add(particle, separable)
    _clause(vc, hints)


def _tense_mood_voice(vc: _Complex) -> list[str]:
    head, auxes = vc.head, vc.auxes
    finite = vc.finite
    passive_aux = [a for a in auxes if a.dep_ == "aux:pass"]
    perfect_aux = [a for a in auxes if _lemma(a) in ("haben", "sein") and a.dep_ == "aux"]
    other_aux = [a for a in auxes if a not in perfect_aux]
    participle = "Part" in head.morph.get("VerbForm") or (
        bool(auxes)
        and (
            bool(_PARTICIPLE.match(head.lower_))  # "gereist", "festgenommen", "informiert"
            or (bool(perfect_aux) and not other_aux and "Fin" not in head.morph.get("VerbForm") and head.lower_.endswith(("t", "en")))
        )
    )
    infinitive = "Inf" in head.morph.get("VerbForm") or (head.lower_.endswith(("en", "ern", "eln")) and not participle)
    term = _verb_term(head)
    out: list[str] = []
    modal = next((a for a in auxes if _lemma(a) in MODALS), None)
    if modal is not None:
        out.append(f"Modal verb {_lemma(modal)} + infinitive: {modal.text} … {_infinitive_phrase(vc)}.")
    mood = _mood(finite) if finite is not None else None
    if mood == "KI":
        out.append(f"Konjunktiv I ({finite.text}): reported speech — what someone else says, not the writer's claim.")
    elif mood == "KII":
        if _lemma(finite) == "werden" and finite.lower_.startswith("würde") and not passive_aux:
            out.append(f"Konjunktiv II: würde + infinitive {head.text} = 'would …' (hypothetical or polite).")
        else:
            out.append(f"Konjunktiv II ({finite.text}): hypothetical, unreal or polite ('would', 'could').")
    # voice
    werden_pass = [
        a for a in auxes
        if _lemma(a) == "werden" and (a.dep_ == "aux:pass" or participle or (_tense_of(a) == "Past" and _mood(a) is None))
    ]
    if werden_pass and ("Inf" in head.morph.get("VerbForm") or head.lower_ == _lemma(head)) and not any(
        a.lower_ == "worden" or _tense_of(a) == "Past" for a in werden_pass
    ):
        werden_pass = []  # "wird … reisen": werden + infinitive is the future, not the passive
    if werden_pass and not participle and head.pos_ != "ADJ":
        participle = True  # "wurde … beschlossen": after past werden, a participle
    if participle and werden_pass:
        worden = any(a.lower_ == "worden" for a in auxes)
        tense = _tense_of(finite) if finite is not None else None
        if worden:
            tense_name = "Plusquamperfekt" if tense == "Past" else "Perfekt"
        elif modal is not None:
            tense_name = None
        else:
            tense_name = "Präteritum" if tense == "Past" else "Präsens"
        label = f"werden-passive ({tense_name})" if tense_name and mood is None else "werden-passive"
        out.append(f"{label[0].upper() + label[1:]}: something is done to the subject; werden + participle {head.text}.")
        return out
    sein_aux = next((a for a in auxes if _lemma(a) == "sein" and a.lower_ not in ("sein",)), None)
    if sein_aux is not None and sein_aux.dep_ == "cop" and not _PARTICIPLE.match(head.lower_):
        sein_aux = None  # "ist wichtig": a linking verb, not a tense
    haben_aux = next((a for a in auxes if _lemma(a) == "haben"), None)
    if participle and (haben_aux is not None or sein_aux is not None):
        aux = haben_aux if haben_aux is not None else sein_aux
        if aux == sein_aux and not _takes_sein(term):
            out.append(f"Probably sein-passive (a state): sein + participle {head.text} — unless {term} forms its Perfekt with sein.")
            return out
        tense = _tense_of(aux) if aux == finite else "Pres"
        if modal is not None or (finite is not None and _lemma(finite) == "werden"):
            out.append(f"Perfect infinitive: {aux.text} + participle {head.text} (has/had {term}).")
        elif mood is not None:
            out.append(f"Past in {'reported speech' if mood == 'KI' else 'Konjunktiv II'}: {aux.text} + participle {head.text}.")
        elif tense == "Past":
            out.append(f"Plusquamperfekt with {_lemma(aux)}: {aux.text} … {head.text} (had {term}; past before the past).")
        else:
            out.append(f"Perfekt with {_lemma(aux)}: {aux.text} … {head.text} (past event; spoken and news German).")
        return out
    if finite is not None and _lemma(finite) == "werden" and finite != head and infinitive and mood is None:
        out.append(f"Futur I: werden + infinitive {head.text} (future: 'will …', or a supposition).")
        return out
    if finite is not None and mood is None and modal is None:
        tense = _simple_tense(finite)
        of = term if finite == head else (finite.lemma_ or finite.lower_)
        if tense == "Past":
            out.append(f"Präteritum (simple past) of {of}.")
        elif tense == "Pres":
            out.append(f"Präsens (present tense) of {of}.")
    return out


def _infinitive_phrase(vc: _Complex) -> str:
    rest = [t.text for t in vc.tokens if _lemma(t) not in MODALS]
    return " ".join(rest)


def _takes_sein(term: str) -> bool:
    term = term.lower()
    if term in HABEN_DESPITE_ENDING:
        return False
    return any(term == verb or (term.endswith(verb) and len(term) - len(verb) >= 2) for verb in SEIN_VERBS)


def _simple_tense(finite: Token) -> str | None:
    """Präsens or Präteritum of a finite verb; the form overrides the model where it is clear."""
    tense = _tense_of(finite)
    lemma = _lemma(finite)
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1] if lemma.endswith("n") else lemma
    lower = finite.lower_
    if tense == "Past" and lower in (stem + "t", stem + "et", stem + "e", stem + "en", stem + "st", stem + "est"):
        return "Pres"  # "erhöht" is present; its past would be "erhöhte"
    if tense == "Pres" and lower in (stem + "te", stem + "ten", stem + "tet", stem + "ete", stem + "eten"):
        return "Past"
    return tense


def _tense_of(token: Token) -> str | None:
    tense = token.morph.get("Tense")
    return tense[0] if tense else None


def _mood(finite: Token) -> str | None:
    """"KI", "KII" or None (indicative) for a finite verb."""
    lower = finite.lower_
    if lower in KONJUNKTIV_II:
        return "KII"
    if lower in ("sei", "seien", "seiest", "seiet"):
        return "KI"
    if lower in KONJUNKTIV_I:
        return "KI" if _third_person_singular_subject(finite) is True else None
    lemma = _lemma(finite)
    if (
        finite.pos_ == "VERB" and lemma.endswith("en") and lower == lemma[:-2] + "e"
        and _third_person_singular_subject(finite) is True
    ):
        return "KI"  # "Japan betrachte …": the indicative would be "betrachtet"
    if "Sub" in finite.morph.get("Mood"):
        if _tense_of(finite) == "Past":
            return "KII"
        return "KI" if _third_person_singular_subject(finite) is not False else None
    return None


def _third_person_singular_subject(verb: Token) -> bool | None:
    clause = verb if verb.dep_ not in AUX_DEPS else verb.head
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subject is None:
        return None
    if subject.lower_ in ("ich", "wir", "sie", "ihr", "du"):
        return subject.lower_ == "sie" and subject.morph.get("Number") == ["Sing"]
    if any(c.dep_ == "conj" for c in subject.children):
        return False
    return subject.morph.get("Number") != ["Plur"]




def _particle(head: Token) -> Token | None:
    """The separated particle the terms component joined to this verb ("kamen … überein"), so a hint
    names a separable verb exactly when the learner's term is the joined one."""
    return next((token for token in head.sent if token._.particle_of == head.i), None)


def _separable(head: Token) -> str | None:
    particle = _particle(head)
    term = _verb_term(head)
    if particle is not None:
        base = term[len(particle.lower_):] if term.lower().startswith(particle.lower_) else _lemma(head)
        return f"Separable verb: {particle.lower_}|{base} ({head.text} … {particle.text})."
    match = _ZU_INFIX.match(head.lower_)
    if match and term.lower().startswith(match.group(1)):
        prefix = match.group(1)
        return f"Separable verb {prefix}|{term[len(prefix):]}: zu goes between the parts ({head.text})."
    match = _PARTICIPLE_OF_SEPARABLE.match(head.lower_)
    if match and term.lower().startswith(match.group(1)) and term.lower() != head.lower_:
        prefix = match.group(1)
        return f"Separable verb {prefix}|{term[len(prefix):]}: ge goes between the parts in the participle ({head.text})."
    return None


def _zu_infinitive(head: Token) -> str | None:
    zu = next((c for c in head.children if c.lower_ == "zu" and c.dep_ == "mark"), None)
    infix = _ZU_INFIX.match(head.lower_)
    if zu is None and infix is None:
        return None
    um = next((c for c in head.children if c.dep_ == "mark" and c.lower_ in ("um", "ohne", "statt", "anstatt")), None)
    form = f"zu {head.text}" if zu is not None else head.text
    if um is not None and um.lower_ == "um":
        return f"zu-infinitive with um … zu: purpose ('in order to'): um … {form}."
    if um is not None:
        return f"zu-infinitive with {um.lower_} … zu ({um.lower_} … {form})."
    governor = head.head
    if governor.i != head.i and (governor.pos_ in VERBAL or governor.pos_ in ("NOUN", "ADJ")):
        return f"zu-infinitive ({form}, 'to …') completing {_verb_term(governor) or governor.text}."
    return f"zu-infinitive ({form}, 'to …')."


def _clause(vc: _Complex, hints: Hints) -> None:
    head = vc.head
    finite = vc.finite
    if finite is None:
        return
    mark = _subordinator(head)
    if mark is not None and not _verb_final(vc, finite):
        return  # the parse contradicts itself: say nothing rather than something wrong
    if mark is not None:
        gloss = SUBORDINATORS.get(mark.lower_)
        word = mark.text if mark.i != mark.sent.start else mark.lower_
        what = f"{word} ('{gloss}')" if gloss else word
        text = f"Subordinate clause with {what}: the finite verb {finite.text} goes to the end."
        for token in {head, finite}:
            hints.add(token, text)
        hints.add(mark, f"Conjunction {what}: starts a subordinate clause; its verb ({finite.text}) goes to the end.")
        return
    pronoun = _relative_pronoun_of(head)
    if head.dep_ in ("acl:relcl", "acl") and pronoun is not None and _verb_final(vc, finite):
        antecedent = head.head
        text = f"Relative clause about {antecedent.text}"
        if pronoun is not None:
            text += f" (relative pronoun {pronoun.text})"
        text += f": the finite verb {finite.text} goes to the end."
        for token in {head, finite}:
            hints.add(token, text)
        return
    if head.dep_ in ("ROOT", "root", "conj", "parataxis", "ccomp") and finite.i != finite.sent.start:
        _main_clause(vc, finite, hints)


def _verb_final(vc: _Complex, finite: Token) -> bool:
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


def _main_clause(vc: _Complex, finite: Token, hints: Hints) -> None:
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
    if len(before) != 1:
        return
    first = before[0]
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subject is None and finite != head:
        subject = next((c for c in finite.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subject is None:  # the parse missed it: a nominative noun phrase of the clause
        subject = next(
            (c for c in head.children if c.pos_ in NOMINAL and c.morph.get("Case") == ["Nom"] and c.dep_ in ("obj", "nsubj", "obl", "dep")),
            None,
        )
    text = f"Main clause: the finite verb {finite.text} stands in second place (verb second)"
    if subject is not None and first.i != subject.i and subject.i > finite.i:
        conjuncts = [c.text for c in subject.children if c.dep_ == "conj"]
        subject_text = " und ".join([", ".join([subject.text, *conjuncts[:-1]]), conjuncts[-1]]) if conjuncts else subject.text
        if first.dep_ in ("ccomp", "advcl", "csubj", "parataxis", "xcomp"):
            text += f"; the clause before it comes first, so the subject {subject_text} follows the verb"
        else:
            words = [t.text for t in first.subtree if not t.is_punct]
            first_words = " ".join(words[:3]) + (" …" if len(words) > 3 else "")
            text += f"; {first_words} comes first, so the subject {subject_text} follows the verb"
    hints.add(finite, text + ".")

