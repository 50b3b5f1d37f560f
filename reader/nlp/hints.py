"""Grammar hints a learner can read: short English sentences per token, from the parse.

    hints = doc_hints(doc)      # {token.i: ["Dative singular, feminine (die Ukraine).", …]}

Nouns, articles, adjectives and pronouns get their case, gender and number
(as corrected by `reader_morphology`) and the reason for the case; verbs get
tense, mood, voice, modal verbs, separable and reflexive verbs and
zu-infinitives; finite verbs and conjunctions get the clause they build;
compounds get their parts with glosses. Where the evidence is weak (the case
rests only on the parse, not on forms or prepositions) a hint says "probably".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from reader.nlp.lang.articles import CASE_NAMES, GENDER_NAMES, NUMBER_NAMES, RELATIVE
from reader.nlp.lang.grammar import (
    HABEN_DESPITE_ENDING,
    KONJUNKTIV_I,
    KONJUNKTIV_II,
    MODALS,
    SEIN_VERBS,
    SUBORDINATORS,
)
from reader.nlp.lang.prepositions import CONTRACTIONS, TWO_WAY, governed_cases
from reader.nlp.lang.verbs import SEPARABLE_PREFIXES
from reader.nlp.morphology import acts_as_preposition, is_compared, is_determiner, preposition_of

NOMINAL = {"NOUN", "PROPN", "PRON"}
VERBAL = {"VERB", "AUX"}
AUX_DEPS = {"aux", "aux:pass", "cop"}
REFLEXIVE = {"sich", "mich", "dich", "uns", "euch"}
ARTICLE = {"Masc": "der", "Fem": "die", "Neut": "das"}
_PREFIX = "|".join(SEPARABLE_PREFIXES)
_ZU_INFIX = re.compile(rf"^({_PREFIX})zu([a-zäöüß]{{2,}}(?:en|ern|eln|n))$")
_PARTICIPLE = re.compile(r"^(?:\w*ge\w+(?:t|en)|\w+iert)$")
_PARTICIPLE_OF_SEPARABLE = re.compile(rf"^({_PREFIX})ge([a-zäöüß]{{2,}}(?:t|en))$")


def doc_hints(doc: Doc) -> dict[int, list[str]]:
    """Hints for every token of `doc` that has any, keyed by the spaCy token index."""
    hints = _Hints()
    for token in doc:
        if acts_as_preposition(token):
            _preposition(token, hints, noun=next(c for c in token.children if preposition_of(c) == token))
            continue
        if token.pos_ in NOMINAL and token.morph.get("Case"):
            _nominal(token, hints)
        if token.pos_ == "NOUN":
            _compound(token, hints)
        if token.dep_ == "case" and governed_cases(token.text):
            _preposition(token, hints)
    for head in _verb_heads(doc):
        _verb(head, hints)
    return {i: list(dict.fromkeys(h)) for i, h in hints.items() if h}


class _Hints(dict):
    def add(self, token: Token, text: str) -> None:
        self.setdefault(token.i, []).append(text)


# ---------------------------------------------------------------- nouns and their phrase


def _feats(token: Token) -> tuple[str | None, str | None, str | None]:
    morph = token.morph
    first = lambda key: (morph.get(key) or [None])[0]  # noqa: E731
    return first("Case"), first("Gender"), first("Number")


def _sure(token: Token) -> bool:
    sure = token._.case_sure if token.has_extension("case_sure") else None
    return bool(sure)


PERSONS = {"1": "1st person", "2": "2nd person", "3": "3rd person"}
NO_GENDER = {"ich", "du", "wir", "mich", "mir", "dich", "dir", "uns", "euch", "man"}


def _form_text(case: str, gender: str | None, number: str | None, pos: str, token: Token | None = None) -> str:
    words = [CASE_NAMES[case]]
    if number:
        words.append(NUMBER_NAMES[number])
    text = " ".join(words)
    if token is not None and token.lower_ in NO_GENDER:
        person = (token.morph.get("Person") or [None])[0]
        return f"{text}, {PERSONS[person]}" if person in PERSONS else text
    if gender and (number == "Sing" or pos == "NOUN"):
        text += f", {GENDER_NAMES[gender]}"
    return text


def _nominal(token: Token, hints: _Hints) -> None:
    case, gender, number = _feats(token)
    if case not in CASE_NAMES:
        return
    if token.pos_ == "PRON" and token.lower_ in REFLEXIVE:
        return  # told on the verb ("reflexive verb")
    if token.dep_.startswith("flat"):
        return  # the rest of a name: the first part has the hint
    sure = _sure(token)
    probably = "" if sure else "Probably "
    shown_gender = gender
    if token.pos_ == "PROPN" and gender != _lexicon_gender(token):
        shown_gender = None  # a name's gender is the model's guess: "Stoltenberg" is not neuter
    form = _form_text(case, shown_gender, number, token.pos_, token)
    if token.pos_ == "NOUN" and gender and gender == _lexicon_gender(token):
        noun = "" if number == "Sing" else " noun"
        form += f"{noun} ({ARTICLE[gender]} {_display_term(token)})"
    reason = _case_reason(token, case)
    first = f"{probably}{form}".strip()
    hints.add(token, first[0].upper() + first[1:] + ".")
    if reason and not sure and not reason.startswith("probably"):
        reason = "probably " + reason  # the case rests on the parse: so does its reason
    if reason:
        hints.add(token, reason[0].upper() + reason[1:] + ".")
    if token.pos_ == "PRON" and _is_relative(token):
        _relative_pronoun(token, hints)
    for member in token.children:
        if member.dep_ in ("det", "det:poss") and member.i < token.i and not is_determiner(member):
            clause = token.head
            if clause.dep_ in ("acl", "acl:relcl") and clause.head.i < member.i and member.lower_ in RELATIVE:
                hints.add(member, f"Relative pronoun: refers back to {clause.head.text}; its case comes from its own clause.")
            continue
        if member.dep_ in ("det", "det:poss") and member.i < token.i:
            text = f"{'Article' if member.pos_ == 'DET' else 'Determiner'} of {token.text}: {_form_text(case, gender, number, 'DET')}."
            hints.add(member, (probably + text[0].lower() + text[1:]) if probably else text)
            if reason:
                hints.add(member, reason[0].upper() + reason[1:] + ".")
        elif member.dep_ == "amod" and member.pos_ == "ADJ" and member.i < token.i:
            text = f"Adjective agreeing with {token.text}: {_form_text(case, gender, number, 'ADJ')}."
            hints.add(member, (probably + text[0].lower() + text[1:]) if probably else text)
            ending = _adjective_declension(member, token)
            if ending:
                hints.add(member, ending)


def _lexicon_gender(token: Token) -> str | None:
    try:
        from reader.lexicon import lookup

        entry = lookup(token._.term or token.lemma_ or token.text, "NOUN")
    except Exception:
        return None
    return {"m": "Masc", "f": "Fem", "n": "Neut"}.get(entry.gender or "")


def _preposition(prep: Token, hints: _Hints, noun: Token | None = None) -> None:
    word = prep.lower_
    cases = governed_cases(word)
    noun = noun if noun is not None else prep.head
    case = _feats(noun)[0] if noun.pos_ in NOMINAL else None
    if word in CONTRACTIONS:
        base, contracted, _, _ = CONTRACTIONS[word]
        article = "das" if contracted == "Acc" else ("der" if word == "zur" else "dem")
        hints.add(prep, f"{prep.text} = {base} + {article}: {CASE_NAMES[contracted]}.")
        return
    if word in TWO_WAY:
        text = f"Two-way preposition {word}: accusative for direction (where to?), dative for location or time (where? when?)"
        if case in ("Acc", "Dat") and _sure(noun):
            text += f"; here {CASE_NAMES[case]}"
        hints.add(prep, text + ".")
    elif cases == ("Gen", "Dat"):
        hints.add(prep, f"Preposition {word}: takes the genitive (in speech often the dative).")
    elif len(cases) == 1:
        hints.add(prep, f"Preposition {word}: always takes the {CASE_NAMES[cases[0]]}.")


def _case_reason(token: Token, case: str) -> str | None:
    """Why the token has this case, or None when the parse does not show it."""
    name = CASE_NAMES[case]
    prep = preposition_of(token)
    if prep is not None and prep.i > token.i and prep.dep_ != "case":
        prep = None
    if prep is None and token.dep_ == "conj" and token.head.pos_ in NOMINAL:
        first = token.head
        if _feats(first)[0] == case:
            reason = _case_reason(first, case)
            return f"{reason} (joined with {first.text})" if reason else None
        return None
    if prep is not None:
        cases = governed_cases(prep.text)
        if case not in cases:
            return None
        word = prep.lower_
        if word in CONTRACTIONS:
            base = CONTRACTIONS[word][0]
            article = "das" if CONTRACTIONS[word][1] == "Acc" else ("der" if word == "zur" else "dem")
            reason = f"{name} after {word} (= {base} {article})"
            if base in TWO_WAY:
                reason += ": location or time (where? when?)" if case == "Dat" else ": direction (where to?)"
            return reason
        if word in TWO_WAY:
            if case == "Dat":
                return f"{name} after {word}: two-way preposition, dative for location or time (where? when?)"
            return f"{name} after {word}: two-way preposition, accusative for direction (where to?) or a fixed phrase"
        if case == "Dat" and cases[0] == "Gen":
            return f"{name} after {word} (spoken German; written German often uses the genitive)"
        return f"{name} after {word}"
    if is_compared(token):
        return None
    verb = _governing_verb(token)
    dep = token.dep_
    if dep in ("nsubj", "nsubj:pass") and case == "Nom":
        if dep == "nsubj:pass":
            return f"nominative: subject of the passive {verb}"
        return f"nominative: subject of {verb}" if verb else "nominative: subject"
    if dep == "obj" and case == "Acc":
        return f"accusative: direct object of {verb}" if verb else "accusative: direct object"
    if dep in ("obj", "iobj") and case == "Dat":
        kind = "indirect object" if dep == "iobj" else "object"
        return f"dative: {kind} of {verb} (to or for whom?)" if verb else f"dative: {kind}"
    if dep == "nmod" and case == "Gen" and token.head.pos_ in NOMINAL and not governed_cases(token.head.text):
        return f"genitive: belongs to {token.head.text} ('the {token.head.text} of …')"
    if dep == "nmod:poss" and case == "Gen":
        return f"genitive: the owner of {token.head.text}"
    if dep == "appos" and token.head.pos_ in NOMINAL and _feats(token.head)[0] == case:
        return f"same case as {token.head.text}, which it renames (apposition)"
    if case == "Nom" and any(c.dep_ == "cop" for c in token.children):
        cop = next(c for c in token.children if c.dep_ == "cop")
        return f"nominative: predicate noun after {cop.lemma_ or cop.text}"
    if dep in ("obl", "obl:tmod") and case == "Acc" and token.pos_ == "NOUN":
        return "probably accusative of time or measure (how long? when?)"
    return None


def _governing_verb(token: Token) -> str | None:
    head = token.head
    while head.dep_ in AUX_DEPS and head.head.i != head.i:
        head = head.head
    if head.i == token.i:
        return None
    if head.pos_ in VERBAL or any(c.dep_ in AUX_DEPS for c in head.children):
        term = _verb_term(head)
        return term if _is_verb_word(term) else None
    return None


def _is_verb_word(term: str) -> bool:
    """False when the dictionary knows `term` only as another word class ("unterdessen" is an adverb)."""
    try:
        from reader.lexicon import lookup

        entry = lookup(term, "VERB")
    except Exception:
        return True
    return not entry.found or entry.pos == "VERB"


def _adjective_declension(adjective: Token, noun: Token) -> str | None:
    lower = adjective.lower_
    if lower == (adjective.lemma_ or "").lower():
        return None
    ending = next((e for e in ("em", "en", "er", "es", "e") if lower.endswith(e)), None)
    if ending is None:
        return None
    det = next((c for c in noun.children if c.dep_ in ("det", "det:poss") and c.i < adjective.i), None)
    if det is None:
        return f"Ending -{ending}: strong declension (no article before it)."
    if det.lower_.startswith(("ein", "kein", "mein", "dein", "sein", "ihr", "unser", "euer", "eur")):
        return f"Ending -{ending}: mixed declension after {det.text}."
    return f"Ending -{ending}: weak declension after {det.text}."


def _is_relative(token: Token) -> bool:
    """A relative pronoun: the first word (after a preposition, perhaps) of a clause attached to a noun."""
    if token.i == token.sent.start or token.lower_ not in RELATIVE:
        return False
    node = token
    for _ in range(4):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.dep_ in ("acl:relcl", "acl") and node.i > token.i:
            return _relative_pronoun_of(node) == token
    return False


def _relative_pronoun_of(clause: Token) -> Token | None:
    if clause.dep_ not in ("acl:relcl", "acl") or clause.head.i > clause.i:
        return None
    words = [t for t in clause.subtree if not t.is_punct]
    if not words:
        return None
    left = words[0]
    if left.pos_ == "ADP" and len(words) > 1:
        left = words[1]  # "mit dem …"
    if left.lower_ in RELATIVE and left.i < clause.i:
        return left
    return None


def _subordinator(head: Token) -> Token | None:
    mark = next(
        (c for c in head.children if c.dep_ == "mark" and c.lower_ not in ("zu", "um", "ohne", "statt", "anstatt")),
        None,
    )
    if mark is None:
        first = next((t for t in head.subtree if not t.is_punct), head)
        if first.pos_ == "SCONJ" and first.lower_ in SUBORDINATORS and first.i < head.i and first.dep_ != "case":
            mark = first
    return mark


def _relative_pronoun(token: Token, hints: _Hints) -> None:
    clause = token.head
    while clause.dep_ not in ("acl:relcl", "acl") and clause.head.i != clause.i and clause.head.i > token.i:
        clause = clause.head
    if clause.dep_ not in ("acl:relcl", "acl"):
        return
    antecedent = clause.head
    hints.add(token, f"Relative pronoun: refers back to {antecedent.text}; its case comes from its own clause.")


# ---------------------------------------------------------------- compounds


def _compound(token: Token, hints: _Hints) -> None:
    try:
        from reader.lexicon import lookup

        entry = lookup(token._.term or token.lemma_ or token.text, "NOUN")
    except Exception:
        return
    if not entry.composed or len(entry.parts) < 2:
        return
    word = _display_term(token)
    split = split_surface(word, [part for part, _ in entry.parts])
    parts = []
    for number, (part, gloss) in enumerate(entry.parts):
        if number == len(entry.parts) - 1 and "-" in word:
            part = word.split("-")[-1]
        gloss = gloss.split(";")[0].strip()
        parts.append(f"{part} '{gloss}'" if gloss and gloss.lower() != part.lower() else part)
    hints.add(token, f"Compound: {split} = {' + '.join(parts)}.")


def _display_term(token: Token) -> str:
    """The noun's dictionary form, keeping the capital after a hyphen ("Ukraine-Krise", not "Ukraine-krise")."""
    term = token._.term or token.lemma_ or token.text
    if "-" in term and "-" in token.text:
        last = token.text.split("-")[-1]
        head, _, tail = term.rpartition("-")
        if last[:1].isupper() and tail[:1].islower():
            term = f"{head}-{tail[:1].upper()}{tail[1:]}"
    return term


def split_surface(word: str, parts: list[str]) -> str:
    """"Sicherheitskonferenz", [Sicherheit, Konferenz] → "Sicherheits|konferenz" (linking -s- kept)."""
    if "-" in word and len(word.split("-")) == len(parts):
        return "|".join(word.split("-"))
    lower = word.lower()
    starts = []
    position = 0
    for number, part in enumerate(parts):
        found = lower.find(part.lower(), position)
        if found < 0:
            # the last part may be inflected or shortened; take the rest
            if number == len(parts) - 1 and position < len(word):
                found = position
            else:
                return "|".join(parts)
        starts.append(found)
        position = found + max(len(part) - 1, 1)
    if starts[0] != 0:
        return "|".join(parts)
    pieces = [word[a:b] for a, b in zip(starts, starts[1:] + [len(word)])]
    return "|".join(pieces[:1] + [p.lower() if p[:1].isupper() and not p.isupper() else p for p in pieces[1:]])


# ---------------------------------------------------------------- verbs and clauses


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


def _verb(head: Token, hints: _Hints) -> None:
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


def _verb_term(head: Token) -> str:
    """The verb as a learner looks it up: the terms component already joined a separated particle."""
    return head._.term or head.lemma_ or head.lower_


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


def _clause(vc: _Complex, hints: _Hints) -> None:
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


def _main_clause(vc: _Complex, finite: Token, hints: _Hints) -> None:
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
