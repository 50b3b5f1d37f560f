"""Case, gender and number of noun phrases, corrected with German grammar.

The statistical morphologizer guesses each token's features on its own. Here
every noun phrase (noun, its determiner and adjectives, and the preposition
that governs it) is decided as a whole: each reading (case, gender, number)
is scored by the evidence for it, and the best reading is written back onto
every member of the phrase.

Evidence, strongest first:
- the form of the determiner ("dem" is dative masculine/neuter singular) or of
  a preposition with the article merged in ("zur", "ins");
- the case the preposition governs ("mit" → dative; two-way prepositions
  allow dative or accusative);
- the noun's gender and plural from the lexicon and its declension endings
  (dative plural -n, genitive singular -s/-es of masculine and neuter nouns);
- the ending of attributive adjectives (weak, mixed or strong declension);
- the syntactic role (subject → nominative, direct object → accusative …),
  nouns of time used as adverbials ("wenige Stunden später": accusative);
- the statistical model's own guess, as a tie-breaker.

Then, clause by clause: a clause has one nominative (besides copular "X ist
Y"): when one phrase is surely nominative ("er", "der Minister"), the others
that could be nominative or accusative are accusative; when one is surely
accusative, the only other candidate is the subject; otherwise the phrase
that agrees in number with the finite verb is. Werden-passives have no
accusative object.

Measured with tools/evaluate_case.py on the held-out split (noun Case accuracy).

Each token of a decided phrase also gets `token._.case_sure`: True when
grammar (not only the parse or the model) fixes the case, so hints can say
"probably" when it does not.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from reader.nlp.lang.articles import (
    MIXED,
    PERSONAL,
    RELATIVE,
    STRONG,
    WEAK,
    Reading,
    adjective_ending,
    determiner_readings,
)
from reader.nlp.lang.prepositions import CONTRACTION_GENDERS, CONTRACTIONS, governed_cases
from reader.nlp.lemmas import lemmatize

CASES = ("Nom", "Acc", "Dat", "Gen")
GENDERS = ("Masc", "Fem", "Neut")
READINGS: tuple[Reading, ...] = tuple(
    [(case, gender, "Sing") for case in CASES for gender in GENDERS] + [(case, None, "Plur") for case in CASES]
)
HEADS = {"NOUN", "PROPN"}
LEXICON_GENDER = {"m": "Masc", "f": "Fem", "n": "Neut"}

# Weights of the evidence (log-odds-like; a determiner form outweighs the parse and the model).
W_DETERMINER = 4.0
W_CONTRACTION = 4.0
W_PREPOSITION = 3.5
W_LEXICON_GENDER = 3.0
W_NOUN_FORM = 3.0
W_ADJECTIVE = 2.0
W_PRONOUN = 4.0
W_ROLE = 1.5
W_INHERITED = 2.5
W_MODEL_CASE = 1.0
W_MODEL_OTHER = 0.5
# A case is "sure" when grammar alone (not role or model) gives it this much more than any other case.
SURE_MARGIN = 2.0

Token.set_extension("case_sure", default=None, force=True)
Token.set_extension("case_source", default=None, force=True)

# Nouns of time that stand without a preposition in the accusative: "jeden Tag", "wenige Stunden später".
TIME_NOUNS = frozenset(
    """Sekunde Minute Stunde Tag Woche Wochenende Monat Jahr Jahrzehnt Jahrhundert Nacht Abend Morgen
    Vormittag Nachmittag Mal Zeit Saison Quartal Semester Ende Anfang Mitte""".split()
)
TIME_FOLLOWERS = frozenset("später früher zuvor danach darauf vorher lang lange nach bevor nachdem her zurück".split())
TIME_BEFORE = frozenset("heute gestern morgen vorgestern übermorgen".split())

# Personal pronoun forms that are never anything else (the tagger sometimes says VERB or NOUN).
ALWAYS_PRONOUNS = frozenset("ich mich mir du dich dir er ihn ihm wir uns euch ihnen".split())

# Question words the tagger sometimes takes for nouns at the start of a sentence ("Woher kommt …").
QUESTION_WORDS = frozenset("woher wohin wo wann warum wie was wer weshalb wieso weswegen".split())

ROLE_CASE = {"nsubj": "Nom", "nsubj:pass": "Nom", "obj": "Acc", "iobj": "Dat", "expl": "Nom"}


@dataclass
class Phrase:
    head: Token
    members: list[Token] = field(default_factory=list)  # determiners and adjectives
    preposition: Token | None = None
    scores: dict[Reading, float] = field(default_factory=dict)
    grammar: dict[Reading, float] = field(default_factory=dict)  # evidence from forms and prepositions only
    source: str = ""
    grammar_total: float = 0.0  # the grammar evidence a reading could satisfy at most

    def add(self, readings, weight: float, grammar: bool = True, match=None) -> None:
        """Add `weight` to every reading in `readings` (or matching `match`)."""
        if grammar:
            self.grammar_total += weight
        for reading in READINGS:
            hit = match(reading) if match else reading in readings
            if hit:
                self.scores[reading] = self.scores.get(reading, 0.0) + weight
                if grammar:
                    self.grammar[reading] = self.grammar.get(reading, 0.0) + weight


def correct_morphology(doc: Doc) -> None:
    """Decide case, gender and number of every noun phrase and pronoun in `doc`, in place."""
    for token in doc:
        if token.lower_ in ALWAYS_PRONOUNS and token.pos_ != "PRON":
            token.pos_ = "PRON"  # "mit ihnen": these forms are never verbs or nouns
    decided: dict[int, Reading] = {}
    phrases: dict[int, Phrase] = {}
    heads = [
        t for t in doc
        if (t.pos_ in HEADS and t.lower_ not in QUESTION_WORDS and not acts_as_preposition(t))
        or _is_pronoun(t) or _relative_determiner(t)
    ]
    # Phrases that copy their case from another one (conjuncts, appositions, name parts) go last.
    first = [t for t in heads if not _inherits(t)]
    later = [t for t in heads if _inherits(t)]
    for group in (first, later):
        for token in group:
            phrase = _phrase(token)
            _score(phrase, decided)
            decided[token.i] = _best(phrase)
            phrases[token.i] = phrase
        if group is first:
            _one_subject_per_clause(doc, phrases, decided)
    for i, phrase in phrases.items():
        _write(phrase, decided[i])


def _allowed_cases(phrase: Phrase) -> set[str]:
    """The cases the forms and the preposition leave open (all four when nothing shows)."""
    if not phrase.grammar:
        return set(CASES)
    top = max(phrase.grammar.values())
    return {r[0] for r in READINGS if phrase.grammar.get(r, 0.0) >= top - 0.5}


def _one_subject_per_clause(doc: Doc, phrases: dict[int, Phrase], decided: dict[int, Reading]) -> None:
    """A clause has one nominative (the subject): "Die Mängel hat er zugegeben" — "er" is the subject,
    so "die Mängel" is accusative. Copular clauses ("X ist Y") have two and are left alone."""
    by_verb: dict[int, list[int]] = {}
    for i, phrase in phrases.items():
        head = phrase.head
        if phrase.preposition is None and head.dep_ not in ("nmod", "appos", "conj", "flat", "flat:name"):
            if head.dep_ == "det" and not (head.pos_ == "PRON" and head.lower_ in PERSONAL) and not _relative_determiner(head):
                continue
            verb = _clause_verb(head.head if head.dep_ == "det" else head)
            if verb is not None:
                by_verb.setdefault(verb.i, []).append(i)
    for verb_i, members in by_verb.items():
        verb = doc[verb_i]
        # A bare noun phrase that depends on a verb is hardly ever genitive ("der Minister" is the subject).
        allowed = {i: (_allowed_cases(phrases[i]) - {"Gen"}) or {"Gen"} for i in members}
        open_ = [i for i in members if decided[i][0] in ("Nom", "Acc") and {"Nom", "Acc"} <= allowed[i]]
        fixed_nom = [i for i in members if allowed[i] == {"Nom"} or (phrases[i].source == "grammar" and decided[i][0] == "Nom")]
        fixed_acc = [i for i in members if "Nom" not in allowed[i] and decided[i][0] == "Acc"]
        if not open_:
            continue
        number = _finite_number(verb)
        if _passive(verb) and not fixed_nom:
            targets = {i: "Nom" for i in open_}  # a werden-passive has no accusative object
        elif _copular(verb):
            if not any(c.dep_ == "nsubj" and c.lower_ == "es" for c in verb.children):
                targets = {i: "Nom" for i in open_}  # "Viele Fragen sind unbeantwortet"
            else:
                continue
        elif _lemma(verb) == "geben" and any(doc[i].lower_ == "es" for i in members):
            targets = {i: ("Nom" if doc[i].lower_ == "es" else "Acc") for i in open_}  # "es gibt …" + accusative
        elif len(open_) == 1 and not fixed_nom and not fixed_acc and number and verb.dep_ != "conj":
            head = phrases[open_[0]].head
            plural = decided[open_[0]][2] == "Plur" or any(c.dep_ == "conj" for c in head.children)
            if (number == "Plur") == plural and not _first_or_second_person(head):
                targets = {open_[0]: "Nom"}  # a finite clause has a subject
            else:
                continue
        elif fixed_nom:
            targets = {i: "Acc" for i in open_ if i not in fixed_nom}
            for i in members:  # "Der Minister gab ihr …": "ihr" cannot be a second subject
                if i not in fixed_nom and i not in targets and decided[i][0] == "Nom" and len(allowed[i]) > 1:
                    decided[i] = max(
                        (r for r in READINGS if r[0] != "Nom" and r[0] in allowed[i]),
                        key=lambda r: (phrases[i].scores.get(r, 0.0), -READINGS.index(r)),
                    )
        elif fixed_acc and len(open_) == 1:
            targets = {open_[0]: "Nom"}
        elif len(open_) >= 2:
            agreeing = [i for i in open_ if decided[i][2] == number and not _first_or_second_person(phrases[i].head)]
            expletive = [i for i in open_ if doc[i].lower_ == "es" and doc[i].i < verb_i]
            if expletive:  # "Doch es wurden Reduzierungen beschlossen": "es" before the verb is nominative
                targets = {expletive[0]: "Nom"}
            elif number and len(agreeing) == 1:
                targets = {i: ("Nom" if i == agreeing[0] else "Acc") for i in open_}
            elif agreeing and len(open_) == 2:
                targets = {i: ("Nom" if i == agreeing[0] else "Acc") for i in open_}  # subject first, usually
            else:
                continue
        else:
            continue
        for i, case in targets.items():
            if decided[i][0] != case:
                decided[i] = _best_in_case(phrases[i], case)


def _clause_verb(token: Token) -> Token | None:
    """The verb whose clause a noun phrase belongs to, through words the parser put between
    ("Die Simkarte habe ich zwar": "Simkarte" hung on "zwar")."""
    node = token.head
    for _ in range(3):
        if node.i == token.i:
            return None
        if node.pos_ in ("VERB", "AUX") or any(c.dep_ in ("aux", "aux:pass", "cop") for c in node.children):
            while node.dep_ in ("aux", "aux:pass", "cop") and node.head.i != node.i:
                node = node.head
            return node
        if node.pos_ in ("NOUN", "PROPN", "PRON") or node.head.i == node.i:
            return None
        node = node.head
    return None


def _passive(verb: Token) -> bool:
    if verb.lower_ == _lemma(verb).lower() or "Inf" in verb.morph.get("VerbForm"):
        return False  # "wird … herüberziehen": werden + infinitive is the future
    if any(c.dep_ == "aux:pass" and _lemma(c) == "werden" for c in verb.children):
        return True
    return "Part" in verb.morph.get("VerbForm") and any(
        c.dep_ == "aux" and _lemma(c) == "werden" for c in verb.children
    )


def _copular(verb: Token) -> bool:
    return any(c.dep_ == "cop" for c in verb.children) or _lemma(verb) in ("sein", "werden", "bleiben", "heißen") or (
        verb.lower_ in ("ist", "sind", "war", "waren", "sei", "seien", "bleibt", "heißt", "wird", "wurde")
    )


def _first_or_second_person(token: Token) -> bool:
    return token.lower_ in ("ich", "du", "wir", "ihr", "mich", "dich", "uns", "euch")


def _finite_number(verb: Token) -> str | None:
    for token in (verb, *verb.children):
        finite = token.morph.get("VerbForm") == ["Fin"] or (token.morph.get("Person") and not token.morph.get("VerbForm"))
        if token.pos_ in ("VERB", "AUX") and finite and token.morph.get("Person") in (["3"], []):
            numbers = token.morph.get("Number")
            if numbers:
                return numbers[0]
    return None


def _best_in_case(phrase: Phrase, case: str) -> Reading:
    readings = [r for r in READINGS if r[0] == case]
    return max(readings, key=lambda r: (phrase.scores.get(r, 0.0), -READINGS.index(r)))


def _relative_determiner(token: Token) -> bool:
    """A relative pronoun the parser took for an article (", der grundlegende Werte teilt")."""
    return token.pos_ == "DET" and token.dep_ == "det" and token.lower_ in RELATIVE and not is_determiner(token)


def _is_pronoun(token: Token) -> bool:
    return token.pos_ == "PRON" and (token.lower_ in PERSONAL or token.lower_ in RELATIVE)


def _inherits(token: Token) -> bool:
    return token.dep_ in ("conj", "appos", "flat", "flat:name") and token.head.i != token.i


def _phrase(head: Token) -> Phrase:
    phrase = Phrase(head)
    for child in head.children:
        if child.dep_ in ("det", "det:poss") and child.pos_ in ("DET", "PRON") and child.i < head.i:
            if is_determiner(child):
                phrase.members.append(child)
        elif child.dep_ == "amod" and child.pos_ == "ADJ" and child.i < head.i:
            phrase.members.append(child)
    phrase.preposition = preposition_of(head)
    return phrase


def is_determiner(token: Token) -> bool:
    """An article or determiner by its form; a pronoun the parser hung on a noun ("wir", "es",
    a relative "die" after a comma, "deren") keeps its own case."""
    if determiner_readings(token.text) is None:
        return False
    if token.lower_ in ("der", "die", "das", "den", "dem", "des") and token.i > 0:
        before = token.doc[token.i - 1]
        after_comma = before.text == "," or (before.pos_ == "ADP" and token.i > 1 and token.doc[token.i - 2].text == ",")
        if after_comma and token.pos_ == "PRON":
            return False  # a relative pronoun: ", die Probleme haben", ", auf den Juden …"
        clause = token.head.head
        if after_comma and clause.dep_ in ("acl", "acl:relcl") and clause.head.i < token.i:
            first = next((t for t in clause.subtree if not t.is_punct), None)
            if first is not None and (first.i == token.i or (first.pos_ == "ADP" and first.i == token.i - 1)):
                return False  # ", der grundlegende Werte teilt": the relative pronoun, not an article
    return True


def acts_as_preposition(token: Token) -> bool:
    """A preposition the tagger took for a noun ("Wegen des Sturms" with "Wegen" as the head)."""
    if not governed_cases(token.text) or token.pos_ == "ADP":
        return False
    return any(c.i > token.i and c.pos_ in HEADS and preposition_of(c) == token for c in token.children)


def preposition_of(head: Token) -> Token | None:
    """The preposition governing a noun phrase: its `case` child, or — when the parser attached it
    otherwise ("Wegen des Sturms" as a noun with a genitive attribute) — its head or the word just before it."""
    cases = [c for c in head.children if c.dep_ == "case" and governed_cases(c.text)]
    if cases:  # "bis zum Ende": the nearest one governs
        before = [c for c in cases if c.i < head.i]
        return max(before, key=lambda c: c.i) if before else cases[0]
    parent = head.head
    if (
        parent.i < head.i
        and parent.pos_ not in ("VERB", "AUX")
        and parent.lower_ not in ("der", "die", "das")
        and governed_cases(parent.text)
        and not any(c.dep_ == "case" for c in parent.children)
        and all(t.i in {c.i for c in head.subtree} for t in parent.doc[parent.i + 1 : head.i])
    ):
        return parent
    left = head.left_edge
    if left.i > 0:
        before = head.doc[left.i - 1]
        if before.pos_ == "ADP" and before.dep_ != "compound:prt" and governed_cases(before.text):
            return before
    return None


def _score(phrase: Phrase, decided: dict[int, Reading]) -> None:
    head = phrase.head
    determiner_kind = None
    if head.pos_ == "PRON" or _relative_determiner(head):
        table = RELATIVE if _is_relative(head) else PERSONAL
        readings = table.get(head.lower_) or RELATIVE.get(head.lower_) or PERSONAL.get(head.lower_)
        if head.text in ("Sie", "Ihnen") and head.i > head.sent.start:
            readings = {"Sie": PERSONAL["sie"], "Ihnen": PERSONAL["ihnen"]}[head.text]
        phrase.add(readings, W_PRONOUN)
        antecedent = _antecedent(head)
        if antecedent is not None and antecedent.i in decided:
            _, gender, number = decided[antecedent.i]
            phrase.add(None, W_PRONOUN - 1, match=lambda r: r[1] == gender and r[2] == number)
    for member in phrase.members:
        if member.pos_ in ("DET", "PRON"):
            found = determiner_readings(member.text)
            if found:
                determiner_kind, readings = found
                phrase.add(readings, W_DETERMINER)
    for member in phrase.members:
        if member.pos_ == "ADJ" and member.lower_ != _lemma(member).lower():
            ending = adjective_ending(member.text)
            table = {"def": WEAK, "ein": MIXED, None: STRONG}[determiner_kind]
            if ending in table:
                phrase.add(table[ending], W_ADJECTIVE)
    prep = phrase.preposition
    if prep is not None:
        word = prep.lower_
        if word in CONTRACTIONS:
            _, case, gender, number = CONTRACTIONS[word]
            genders = (gender,) if gender else CONTRACTION_GENDERS
            phrase.add(None, W_CONTRACTION, match=lambda r: r[0] == case and r[2] == number and r[1] in genders)
        else:
            cases = governed_cases(word)
            phrase.add(None, W_PREPOSITION, match=lambda r: r[0] in cases)
            if len(cases) == 2 and cases[0] == "Gen":
                phrase.add(None, 3.0, match=lambda r: r[0] == "Gen")
    if prep is None and _genitive_attribute(phrase):
        phrase.add(None, 2.0, match=lambda r: r[0] == "Gen")
    if head.pos_ == "NOUN":
        _noun_evidence(phrase)
        if prep is None and not phrase.members and not any(c.dep_ == "nummod" for c in head.children):
            # a genitive needs an article or adjective to show it ("Zuversicht", "Kleinkinder" are not genitive)
            phrase.add(None, 2.0, match=lambda r: r[0] != "Gen")
    if head.pos_ in HEADS and prep is None and _time_adverbial(head):
        phrase.add(None, W_NOUN_FORM, match=lambda r: r[0] == "Acc")
    # The role in the sentence (from the parse) and what the model thought.
    role_case = _role_case(head, prep)
    if role_case:
        phrase.add(None, W_ROLE, grammar=False, match=lambda r: r[0] == role_case)
    if _inherits(head) and head.head.i in decided:
        inherited = decided[head.head.i]
        if head.dep_ != "conj" or not prep or prep.head != head:
            phrase.add(None, W_INHERITED, grammar=False, match=lambda r: r[0] == inherited[0])
            if head.dep_.startswith("flat"):
                phrase.add({inherited}, W_INHERITED, grammar=False)
    model = head.morph.to_dict()
    phrase.add(None, W_MODEL_CASE, grammar=False, match=lambda r: r[0] == model.get("Case"))
    phrase.add(None, W_MODEL_OTHER, grammar=False, match=lambda r: r[2] == model.get("Number"))
    if not phrase.members and (head.pos_ == "PROPN" or (head.pos_ == "NOUN" and _lexicon(head)[:2] == (None, None))):
        phrase.add(None, W_ROLE, grammar=False, match=lambda r: r[2] == "Sing")  # names are singular
    if head.pos_ == "PROPN" or not _lexicon(head)[0]:
        phrase.add(None, W_MODEL_OTHER, grammar=False, match=lambda r: r[1] in (model.get("Gender"), None))


def _is_relative(token: Token) -> bool:
    if token.pos_ == "DET":
        return _relative_determiner(token)
    return "Rel" in token.morph.get("PronType") or (
        token.head.dep_ == "acl:relcl" and token.i < token.head.i and token.lower_ in RELATIVE
    )


def _genitive_attribute(phrase: Phrase) -> bool:
    """"die Vereinigung der Schulleiter": a phrase with a genitive-capable article right after a noun."""
    head = phrase.head
    determiner = next((m for m in phrase.members if m.pos_ in ("DET", "PRON")), None)
    if determiner is None or determiner.lower_ not in ("des", "der", "eines", "einer", "dieses", "dieser", "seines", "ihres", "ihrer", "seiner"):
        return False
    first = min([determiner, *phrase.members], key=lambda t: t.i)
    if first.i == 0:
        return False
    before = head.doc[first.i - 1]
    return before.pos_ in ("NOUN", "PROPN") and head.dep_ in ("nmod", "nmod:poss") and head.head.i == before.i


def _time_adverbial(head: Token) -> bool:
    """A bare noun of time used as an adverbial: "wenige Stunden später", "heute Nacht", "Ende des Jahres"."""
    lemma = _lemma(head)
    if lemma not in TIME_NOUNS or head.dep_ in ("appos", "conj"):
        return False
    doc = head.doc
    after = doc[head.i + 1] if head.i + 1 < len(doc) else None
    before = doc[head.left_edge.i - 1] if head.left_edge.i > 0 else None
    if after is not None and after.lower_ in TIME_FOLLOWERS:
        return True
    if (before is not None and before.lower_ in TIME_BEFORE) or head.left_edge.lower_ in TIME_BEFORE:
        return True
    if lemma in ("Ende", "Anfang", "Mitte"):
        return after is not None and (after.like_num or after.lower_ in ("des", "der") or after.pos_ == "PROPN")
    return head.dep_ in ("obl", "obl:tmod", "nmod:tmod", "advmod", "obj") and head.head.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("det", "amod", "nummod") for c in head.children
    )


def _antecedent(pronoun: Token) -> Token | None:
    """The noun a relative pronoun refers to: the head of its relative clause."""
    if not _is_relative(pronoun):
        return None
    clause = pronoun.head
    while clause.dep_ not in ("acl:relcl", "acl") and clause.head.i != clause.i and clause.head.i > pronoun.i:
        clause = clause.head
    if clause.dep_ in ("acl:relcl", "acl") and clause.head.i < pronoun.i:
        return clause.head
    return None


def is_compared(head: Token) -> bool:
    """"als wichtigen Partner", "wie Brasilien": the case follows the word compared, not the role."""
    if any(c.lower_ in ("als", "wie") and c.dep_ in ("case", "mark", "cc") for c in head.children):
        return True
    left = head.left_edge
    return left.i > 0 and head.doc[left.i - 1].lower_ in ("als", "wie")


def _role_case(head: Token, prep: Token | None) -> str | None:
    if prep is not None or is_compared(head):
        return None
    if head.dep_ in ROLE_CASE:
        return ROLE_CASE[head.dep_]
    if head.dep_ == "nmod" and head.head.pos_ in HEADS and head.i > head.head.i and (
        any(c.dep_ in ("det", "det:poss", "amod") for c in head.children) or head.pos_ == "PROPN"
    ):
        return "Gen"  # "die Integrität der Ukraine"
    if head.dep_ in ("ROOT", "acl:relcl", "ccomp", "advcl") and any(c.dep_ == "cop" for c in head.children):
        return "Nom"  # predicate noun: "Er ist Präsident"
    if head.dep_ == "ROOT" and not any(t.pos_ in ("VERB", "AUX") or t.dep_ in ("nsubj", "obj") for t in head.sent):
        return "Nom"  # a sentence without a verb: "Eine ganz klare Empfehlung."
    return None


def _lexicon(head: Token) -> tuple[str | None, str | None, str]:
    """(gender, plural, lemma) of a noun from the lexicon; Nones when unknown."""
    try:
        from reader.lexicon import lookup

        lemma = _lemma(head)
        entry = lookup(lemma, "NOUN")
    except Exception:  # a missing lexicon must not break the analysis
        return None, None, head.text
    if entry.pos not in (None, "NOUN") or (not entry.found and not entry.gender):
        return None, None, lemma
    return LEXICON_GENDER.get(entry.gender or ""), entry.plural, lemma


def _lemma(token: Token) -> str:
    """The lemma (this component runs before `reader_lemmatizer`, so compute it when unset)."""
    return token.lemma_ or lemmatize(token.text, token.pos_, token.morph.to_dict())


def _noun_evidence(phrase: Phrase) -> None:
    head = phrase.head
    gender, plural, lemma = _lexicon(head)
    form = head.text
    if gender:
        phrase.add(None, W_LEXICON_GENDER, match=lambda r: r[1] in (gender, None))
    if not plural or "-" in form:
        return
    weak = gender == "Masc" and plural in (lemma + "en", lemma + "n") and not lemma.endswith(("er", "el"))
    if form == plural and plural != lemma:
        if weak:  # "Präsidenten": plural, or a weak masculine singular outside the nominative
            phrase.add(None, W_NOUN_FORM, match=lambda r: r[2] == "Plur" or r[0] != "Nom")
        else:
            phrase.add(None, W_NOUN_FORM, match=lambda r: r[2] == "Plur")
            if not plural.endswith(("n", "s")):  # "Länder" is not dative: that would be "Ländern"
                phrase.add(None, W_NOUN_FORM, match=lambda r: r[0] != "Dat")
    elif form == plural + "n" and not plural.endswith(("n", "s")):
        phrase.add(None, W_NOUN_FORM, match=lambda r: r == ("Dat", None, "Plur"))
    elif form == lemma and plural != lemma:
        if weak:
            phrase.add(None, W_NOUN_FORM, match=lambda r: r[0] == "Nom" and r[2] == "Sing")
        else:
            phrase.add(None, W_NOUN_FORM, match=lambda r: r[2] == "Sing")
            if gender in ("Masc", "Neut") and not lemma.endswith(("s", "ß", "x", "z")):
                phrase.add(None, 1.5, match=lambda r: r[0] != "Gen")
    elif gender in ("Masc", "Neut") and form in (lemma + "s", lemma + "es") and form != plural:
        phrase.add(None, W_NOUN_FORM, match=lambda r: r[0] == "Gen" and r[2] == "Sing")


def _best(phrase: Phrase) -> Reading:
    reading = max(READINGS, key=lambda r: (phrase.scores.get(r, 0.0), -READINGS.index(r)))
    best_grammar = phrase.grammar.get(reading, 0.0)
    other_cases = [phrase.grammar.get(r, 0.0) for r in READINGS if r[0] != reading[0]]
    # Sure only when the forms agree with each other: a reading that breaks one piece of grammar
    # evidence ("von ihr Sicherheitsgarantien" parsed as one phrase) means the parse is wrong somewhere.
    consistent = best_grammar >= phrase.grammar_total - 0.5
    phrase.source = "grammar" if consistent and best_grammar - max(other_cases) >= SURE_MARGIN else "parse"
    return reading


def _write(phrase: Phrase, reading: Reading) -> None:
    case, gender, number = reading
    sure = phrase.source == "grammar"
    for token in [phrase.head, *phrase.members]:
        morph = token.morph.to_dict()
        if token.pos_ == "ADJ" and "Case" not in morph and token.lower_ == _lemma(token).lower():
            continue  # uninflected
        morph["Case"] = case
        morph["Number"] = number
        if gender:
            morph["Gender"] = gender
        elif token.pos_ in ("DET", "ADJ"):
            morph.pop("Gender", None)  # German shows no gender in the plural
        elif token.pos_ == "NOUN":
            lexicon_gender = _lexicon(token)[0]
            if lexicon_gender:
                morph["Gender"] = lexicon_gender
        if token.pos_ == "PRON" and token.lower_ in ("sich",):
            continue
        token.set_morph(_join(morph))
        token._.case_sure = sure
        token._.case_source = phrase.source


def _join(morph: dict[str, str]) -> str:
    return "|".join(f"{key}={morph[key]}" for key in sorted(morph, key=str.lower))
