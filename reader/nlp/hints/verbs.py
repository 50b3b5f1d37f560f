"""Hints for verbs: tense, mood, voice, modal, separable, reflexive and zu-infinitive verbs; the clause
each verb builds is told by reader.nlp.hints.clauses."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from reader.lexicon.database import LexiconMissingError
from reader.lexicon.valency import reflexive_verb
from reader.nlp.hints.clauses import add_clause_hints
from reader.nlp.hints.common import AUX_DEPS, VERBAL, Hints, verb_term
from reader.nlp import doc_facts
from reader.nlp.clause_words import refers_to_the_subject
from reader.nlp.doc_arrays import merged, tokens_where
from reader.nlp.lang.english import past_participle_of_gloss
from reader.nlp.lang.grammar import MODALS, PERFECT_INFINITIVE_MEANINGS, REFLEXIVE
from reader.nlp.lang.strong_verbs import ENGLISH_PARTICIPLES
from reader.nlp.lang.valency import REPORTING_VERBS
from reader.nlp.lang.verbs import SEPARABLE_PARTICIPLE, ZU_INFINITIVE
from reader.nlp.intransitive_verbs import sich_of_lassen
from reader.nlp.morph_features import feature_values
from reader.nlp.noun_lexicon import person_noun
from reader.nlp.verb_complex import VerbComplex, verb_complex
from reader.nlp.verb_complexes import verb_complexes
from reader.nlp.verb_tokens import auxiliary_verb, clearly_finite, is_verb, kind, lemma
from reader.nlp.sense_conditions import construction, senses_for_use
from reader.nlp.verb_forms import english_participle, verb_entry
from reader.nlp.verb_mood import conditional_verb_first
from reader.nlp.doc_facts import sentence_start


def verb_complexes_of(doc: Doc) -> list[VerbComplex]:
    return verb_complexes(_verb_heads(doc))


def _verb_heads(doc: Doc) -> list[Token]:
    """The clause heads: verbs, and words with a verbal auxiliary (read only, so only those are asked)."""
    with_auxiliary = [child.head for child in tokens_where(doc, "DEP", AUX_DEPS)]
    heads = []
    for token in merged(tokens_where(doc, "POS", VERBAL), with_auxiliary):
        if token.dep_ == "compound:prt":
            continue
        if token.dep_ in AUX_DEPS and auxiliary_verb(token) and not clearly_finite(token.head) and not _left_by_its_head(token):
            continue  # an auxiliary belongs to its head's complex; "fallen" as the parser's copula is a verb of its own
        finite = token.tag_.endswith("FIN") or "Fin" in feature_values(token, "VerbForm")
        if token.dep_ == "amod" and not finite and not any(c.dep_ in AUX_DEPS for c in token.children):
            continue  # an adjective the tagger took for a verb ("kulturellen"): no tense to tell
        has_aux = any(c.dep_ in AUX_DEPS and c.pos_ in VERBAL for c in token.children)
        if token.pos_ in VERBAL or has_aux:
            heads.append(token)
    return heads


def _left_by_its_head(auxiliary: Token) -> bool:
    """A finite auxiliary its head's complex does not take is a verb of its own clause: "So wurde er
    Prinz … und hat … adoptiert" (werden as a full verb), "…, da … eine Mehrheit hätten"."""
    finite = auxiliary.tag_.endswith("FIN") and kind(auxiliary) == "fin"
    return finite and all(m.i != auxiliary.i for m in verb_complex(auxiliary.head).members)


def _lemma(token: Token) -> str:
    return (token.lemma_ or token.lower_).lower()


def add_verb_hints(vc: VerbComplex, hints: Hints) -> None:
    head = vc.head
    if not vc.members:
        return  # "lautstark" tagged a verb, with no auxiliary: nothing verbal to explain
    verb_hints: list[str] = []
    tense = _tense_mood_voice(vc) or _participle_clause(vc)
    if tense:
        verb_hints.append(tense)
    if vc.modal is not None:
        verb_hints.append(f"Modal verb {_lemma(vc.modal)} + infinitive: {vc.modal.text} … {_infinitive_phrase(vc)}.")
    separable = _separable(head)
    if separable:
        verb_hints.append(separable)
    reflexive = next(
        (
            c for c in [*head.children, *(head.head.children if head.dep_ == "conj" else [])]
            if c.lower_ in REFLEXIVE and c.pos_ == "PRON" and c.dep_ in ("obj", "expl:pv", "iobj", "expl", "dep", "obl")
            and _in_own_conjunct(head, c) and refers_to_the_subject(c, head)
            and not any(g.dep_ == "case" for g in c.children)  # "für sich sorgen": sorgen für, not sich sorgen
        ),
        None,
    )
    if reflexive is not None and head.dep_ == "xcomp" and _lemma(head.head) == "lassen":
        reflexive = None  # "lässt sich leicht lösen": the "sich" of sich lassen, no reflexive "sich lösen"
    term = verb_term(head) if reflexive is not None and _lemma(head) not in ("sein", "werden") and is_verb(head) else None
    if term is not None and _takes_sich(term):
        verb_hints.append(f"Reflexive verb: sich {term} ({reflexive.text} refers back to the subject).")
        hints.add(reflexive, f"Reflexive pronoun of sich {term}: it refers back to the subject.")
    zu = _zu_infinitive(head)
    if zu:
        verb_hints.append(zu)
    can_be = _sich_lassen(head)
    if can_be:
        verb_hints.append(can_be)
    for text in verb_hints:
        for token in vc.members:
            hints.add(token, text)
    particle = _particle(head)
    if particle is not None and separable:
        hints.add(particle, separable)
    add_clause_hints(vc, hints)


# Subjects that let something be done to themselves rather than can have it done ("Er lässt sich nicht
# beirren": he does not let himself be put off); "sie" may be a woman or things, so it says neither.
_PERSONAL_SUBJECTS = frozenset({"ich", "du", "er", "sie", "wir", "ihr", "man"})


def _sich_lassen(head: Token) -> str | None:
    """"Das Problem lässt sich leicht lösen": lassen with "sich" and a bare infinitive, said of a thing
    with no object of its own left, is a passive with "can" (the problem can be solved easily)."""
    if _lemma(head) != "lassen":
        return None
    infinitive = next((c for c in head.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and not _has_zu(c)), None)
    reflexive = sich_of_lassen(head, infinitive) if infinitive is not None else None
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "expl")), None)
    if reflexive is None or subject is None or any(c.dep_ in ("obj", "nsubj") and c != reflexive for c in infinitive.children):
        return None  # ("Er lässt sich die Haare schneiden": has them cut)
    if subject.lower_ in _PERSONAL_SUBJECTS or person_noun(subject.lemma_):
        return None
    words = sorted((head, reflexive, infinitive), key=lambda t: t.i)
    gaps = (" " if word.i == before.i + 1 else " … " for before, word in zip(words, words[1:]))
    forms = words[0].text + "".join(gap + word.text for gap, word in zip(gaps, words[1:]))
    return f"sich lassen + infinitive ({forms}): 'can be …', said of the subject (a passive with can)."


def _takes_sich(term: str) -> bool:
    """The dictionary has the verb with "sich" ("sich verändern"); "sinken", "haben" never take it, so a
    "sich" the parser hung on them is another verb's ("ein sich … veränderndes China habe")."""
    try:
        return reflexive_verb(term)
    except LexiconMissingError:
        return True  # without a dictionary, the parse stands


def _in_own_conjunct(verb: Token, word: Token) -> bool:
    """Whether `word` stands in the verb's own part of "… und …": "verlor die Wahl und einigte sich"
    — "sich" is einigte's even if the parser hung it on verlor."""
    for conjunct in (c for c in verb.children if c.dep_ == "conj" and c.pos_ in VERBAL and c.i > verb.i):
        joint = next((c for c in conjunct.children if c.dep_ == "cc"), None)
        if joint is not None and word.i > joint.i:
            return False
    joint = next((c for c in verb.children if c.dep_ == "cc"), None)
    return not (verb.dep_ == "conj" and joint is not None and word.i < joint.i)


_MEANING = {
    "Präsens": "present tense",
    "Präteritum": "simple past",
    "Perfekt": "a past event, the usual past in speech and news",
    "Plusquamperfekt": "past before the past",
    "Futur I": "future ('will …') or a supposition",
    "Futur II": "'will have …': done by a time in the future, or a supposition about the past",
}


# The Konjunktiv II is named by the time it speaks of, as learners' grammars do ("Konjunktiv II
# Gegenwart/Vergangenheit"), not by the tense its form is built from: "hätte", "wäre" and "würde
# sagen" speak of the present, "hätte gesagt" of the past. Calling "hätte" a Präteritum or
# "würde sagen" a Futur I would teach a wrong time.
_KONJUNKTIV_II_TIME = {
    "Präteritum": "Präsens (present time)",
    "Futur I": "Präsens (present time)",
    "Plusquamperfekt": "Plusquamperfekt (past time)",
}


def _tense_mood_voice(vc: VerbComplex) -> str | None:
    """One hint naming the tense, mood and voice of the whole verb complex, with its forms."""
    if vc.tense is None or vc.finite is None:
        return None
    label = _KONJUNKTIV_II_TIME.get(vc.tense, vc.tense) if vc.mood == "Konjunktiv II" else vc.tense
    perfect_infinitive = (
        PERFECT_INFINITIVE_MEANINGS.get((_lemma(vc.modal), vc.mood)) if vc.modal is not None and vc.perfect_infinitive else None
    )
    if perfect_infinitive:
        # the modal's own time ("könnte" is a Konjunktiv II of the present), the infinitive's the past
        form = f"{label.split(' (')[0]}, Konjunktiv II" if vc.mood == "Konjunktiv II" else vc.tense
        label = f"{form} of {_lemma(vc.modal)} + perfect infinitive (past time)"
    if vc.perfect_auxiliary and vc.voice is None:
        label += f" with {vc.perfect_auxiliary}"
    finite = vc.finite
    wuerde = vc.mood == "Konjunktiv II" and _lemma(finite) == "werden" and vc.tense == "Futur I"
    wish = vc.mood == "Konjunktiv I" and _opens_statement(finite)
    if wish:
        label += ", Konjunktiv I (a wish)"
    elif vc.mood == "Konjunktiv I":
        label += ", Konjunktiv I (reported speech)"
    elif wuerde:
        label += ", Konjunktiv II (würde + infinitive)"
    elif vc.mood and not perfect_infinitive:  # (whose label names the modal's mood)
        label += f", {vc.mood}"
    if vc.voice == "passive":
        label += ", werden-passive"
    elif vc.voice == "state passive":
        label += ", sein-passive (state passive)"
    # "Sollte es regnen, …": the Präteritum's form, opening a condition ('should it rain'); learners' grammars
    # call it a Konjunktiv II, the form cannot tell
    condition = conditional_verb_first(vc.finite) and (
        vc.mood == "Konjunktiv II" or (vc.mood is None and vc.tense == "Präteritum")
    )
    if condition and vc.mood is None:
        label += " form"
    if vc.probably:
        label = "Probably " + label
    shown = [t for t in vc.members if t.dep_ != "compound:prt"]
    forms = " … ".join(t.text for t in shown)
    if perfect_infinitive:
        meaning = perfect_infinitive
    elif vc.mood == "imperative":
        meaning = "a request or command"
    elif wish:
        meaning = "first in its sentence, a wish ('may …', 'long live …')"
    elif vc.mood == "Konjunktiv I":
        meaning = "what someone else says, not the writer's claim"
    elif vc.mood == "Konjunktiv II" and finite.lower_.startswith("möcht"):
        meaning = "'would like (to)': a wish, said politely; learners' grammars list möchten as a modal of its own"
    elif condition:
        meaning = "opening its sentence, a condition, as with wenn ('should …', 'if …')"
    elif vc.mood == "Konjunktiv II" and _reported(vc.head):
        meaning = "reported speech: what someone else says; the Konjunktiv II stands in for a Konjunktiv I"
        meaning += " ('would …')" if wuerde else ""
    elif vc.mood == "Konjunktiv II":
        meaning = "'would …' (hypothetical or polite)" if wuerde else "hypothetical, unreal or polite ('would', 'could')"
        if finite.lower_.endswith("en") and lemma(finite) != "sein":
            # "sie hätten gesprochen": the plural Konjunktiv I ("sie haben") looks like the indicative
            meaning += "; in reported speech it stands for the Konjunktiv I, whose plural looks like the indicative"
    elif vc.voice == "passive":
        meaning = "something is done to the subject"
    elif vc.voice == "state passive":
        meaning = "the state after an action (unless the verb forms its Perfekt with sein)" if vc.probably else "the state after an action"
    else:
        meaning = _MEANING[vc.tense]
        english = _english_participle_here(vc.main) if vc.main is not None else ""
        if vc.tense == "Plusquamperfekt":
            meaning += f" ('had {english}')" if english else ""
        elif vc.tense in ("Präsens", "Präteritum") and len(shown) == 1:
            meaning += f" of {verb_term(finite) if finite.i == vc.head.i else lemma(finite)}"
    text = f"{label}: {forms} — {meaning}."
    return text[0].upper() + text[1:]


def _participle_clause(vc: VerbComplex) -> str | None:
    """"…, verursacht durch den Wind", "genau genommen": a participle with no finite verb of its own, set
    beside the main clause."""
    head = vc.head
    if vc.finite is not None or head.tag_ != "VVPP" or head.dep_ != "advcl" or len(vc.members) != 1:
        return None
    if kind(head) != "part":
        return None  # "…, aus der Union auszutreten" tagged a participle: a zu-infinitive
    english = _english_participle_here(head)
    meaning = f" ('{english}')" if english else ""
    return f"Partizip II of {lemma(head)}{meaning}: a participle clause, with no finite verb of its own; it adds to the main clause."


def _opens_statement(finite: Token) -> bool:
    """The finite verb is the first word of its sentence (after an opening quotation mark), which is no
    question: a verb-first Konjunktiv I is a wish ("Möge seine Seele in Frieden ruhen")."""
    start = sentence_start(finite)
    words = [t for t in finite.doc[start : finite.i + 1] if not t.is_punct]
    last = next((t for t in reversed(finite.sent) if not t.is_punct or t.text == "?"), None)
    return len(words) == 1 and (last is None or last.text != "?")


def _reported(head: Token) -> bool:
    """The clause is what a reporting verb reports ("sagte …, der Entwurf würde … fertiggestellt"), with
    or without "dass", and is no "wenn"/"als ob" clause (those are unreal)."""
    if head.dep_ not in ("ccomp", "parataxis") or any(c.dep_ == "mark" and c.lower_ != "dass" for c in head.children):
        return False
    governor = head.head
    while governor.dep_ in AUX_DEPS and governor.head.i != governor.i:
        governor = governor.head
    return lemma(governor) in REPORTING_VERBS


# "uns" is reflexive only beside "wir" ("wir freuen uns"), not in "Lassen Sie uns handeln" (let us act).
def _infinitive_phrase(vc: VerbComplex) -> str:
    rest = [t.text for t in vc.tokens if _lemma(t) not in MODALS]
    return " ".join(rest)


def _particle(head: Token) -> Token | None:
    """The separated particle the terms component joined to this verb ("kamen … überein"), so a hint
    names a separable verb exactly when the learner's term is the joined one."""
    index = doc_facts.particles(head.doc).get(head.i)
    return None if index is None else head.doc[index]


def _separable(head: Token) -> str | None:
    particle = _particle(head)
    term = verb_term(head)
    if particle is not None:
        base = term[len(particle.lower_):] if term.lower().startswith(particle.lower_) else _lemma(head)
        return f"Separable verb: {particle.lower_}|{base} ({head.text} … {particle.text})."
    match = ZU_INFINITIVE.match(head.lower_)
    if match and term.lower().startswith(match.group(1)):
        prefix = match.group(1)
        return f"Separable verb {prefix}|{term[len(prefix):]}: zu goes between the parts ({head.text})."
    match = SEPARABLE_PARTICIPLE.match(head.lower_)
    if match and term.lower().startswith(match.group(1)) and term.lower() != head.lower_:
        prefix = match.group(1)
        return f"Separable verb {prefix}|{term[len(prefix):]}: ge goes between the parts in the participle ({head.text})."
    return None


# sein and haben with a zu-infinitive are modal, not "to …" completing a verb.
_MODAL_ZU = {
    "sein": "something can or must be done ('ist zu erwarten': 'is to be expected')",
    "haben": "something must be done ('hat zu zahlen': 'has to pay')",
}


def _zu_infinitive(head: Token) -> str | None:
    if not _has_zu(head):
        return None
    zu = _zu_of(head)
    form = f"zu {head.text}" if zu is not None else head.text
    if zu is not None and zu.i > head.i and zu.i + 1 < len(head.doc):
        # "anfechten zu wollen": zu stands before the last verb of the group, the modal
        form = f"{head.text} zu {head.doc[zu.i + 1].text}"
    auxiliary = next((c for c in head.children if c.dep_ in AUX_DEPS and _lemma(c) in _MODAL_ZU), None)
    if auxiliary is not None and zu is not None and head.i < zu.i < auxiliary.i:
        auxiliary = None  # "erhalten zu haben": the zu-infinitive of a perfect (to have received), no modal "haben zu"
    completed = _predicate_before_comma(head, auxiliary) if auxiliary is not None else None
    if completed is not None:
        # "ist in der Lage, … zu zerstören", "hat das Recht, … zu wählen": the infinitive after the comma
        # completes the predicate of sein or haben; a modal "ist zu erwarten" has no comma between
        return f"zu-infinitive ({form}, 'to …') completing {completed.text}."
    if auxiliary is not None:
        return f"{_lemma(auxiliary)} + zu-infinitive ({auxiliary.text} … {form}): {_MODAL_ZU[_lemma(auxiliary)]}."
    first, governor = head, head.head
    while governor.i < first.i and governor.head.i != governor.i and _has_zu(governor) and _joined(governor, first):
        # "vorwerfen, … einzutreten und … zu schüren", "um darüber zu debattieren und zu entscheiden": joined
        # zu-infinitives complete the same verb, or share the first one's "um"
        first, governor = governor, governor.head
    um = next((c for c in first.children if c.dep_ == "mark" and c.lower_ in ("um", "ohne", "statt", "anstatt")), None)
    if um is not None and um.lower_ == "um":
        return f"zu-infinitive with um … zu: purpose ('in order to'): um … {form}."
    if um is not None:
        return f"zu-infinitive with {um.lower_} … zu ({um.lower_} … {form})."
    if governor.i != first.i and (governor.pos_ in VERBAL or governor.pos_ in ("NOUN", "ADJ")):
        return f"zu-infinitive ({form}, 'to …') completing {verb_term(governor) or governor.text}."
    return f"zu-infinitive ({form}, 'to …')."


def _predicate_before_comma(infinitive: Token, auxiliary: Token) -> Token | None:
    """The noun or adjective right before the first comma between `auxiliary` (sein, haben) and
    `infinitive`: the predicate the infinitive's clause completes; else None."""
    doc = infinitive.doc
    comma = next((t.i for t in doc[auxiliary.i + 1 : infinitive.i] if t.text == ","), None)
    if comma is None:
        return None
    before = doc[comma - 1]
    return before if before.pos_ in ("NOUN", "ADJ") else None


def _joined(first: Token, second: Token) -> bool:
    """"und"/"oder" between two verbs (whatever the parser hung it on)."""
    return any(t.pos_ == "CCONJ" and t.lower_ in ("und", "oder", "sowie") for t in first.doc[first.i + 1 : second.i])


def _zu_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.lower_ == "zu" and c.dep_ == "mark"), None)


def _has_zu(verb: Token) -> bool:
    """A zu-infinitive: with its "zu" or with "zu" inside ("einzutreten")."""
    return _zu_of(verb) is not None or ZU_INFINITIVE.match(verb.lower_) is not None


def _english_participle_here(verb: Token) -> str:
    """The English participle of the verb's sense in this clause: "hatten auf … bestanden" is 'had
    insisted' (bestehen auf), "hatte die Prüfung bestanden" 'had passed', not 'had existed'."""
    infinitive = lemma(verb)
    entry = verb_entry(infinitive)
    if infinitive in ENGLISH_PARTICIPLES or entry is None:
        return english_participle(infinitive)
    sense = senses_for_use(verb, entry).gloss[0]
    if construction(sense, infinitive) == {"sich"}:
        sense = entry.gloss[0]  # a reflexive variant says the same ("sich zurückziehen": withdrawn)
    return past_participle_of_gloss(sense) or english_participle(infinitive)
