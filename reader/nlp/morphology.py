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
- the syntactic role (subject → nominative, direct object → accusative …);
- the statistical model's own guess, as a tie-breaker.

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
SURE_MARGIN = 2.5

Token.set_extension("case_sure", default=None, force=True)
Token.set_extension("case_source", default=None, force=True)

ROLE_CASE = {"nsubj": "Nom", "nsubj:pass": "Nom", "obj": "Acc", "iobj": "Dat", "expl": "Nom"}


@dataclass
class Phrase:
    head: Token
    members: list[Token] = field(default_factory=list)  # determiners and adjectives
    preposition: Token | None = None
    scores: dict[Reading, float] = field(default_factory=dict)
    grammar: dict[Reading, float] = field(default_factory=dict)  # evidence from forms and prepositions only
    source: str = ""

    def add(self, readings, weight: float, grammar: bool = True, match=None) -> None:
        """Add `weight` to every reading in `readings` (or matching `match`)."""
        for reading in READINGS:
            hit = match(reading) if match else reading in readings
            if hit:
                self.scores[reading] = self.scores.get(reading, 0.0) + weight
                if grammar:
                    self.grammar[reading] = self.grammar.get(reading, 0.0) + weight


def correct_morphology(doc: Doc) -> None:
    """Decide case, gender and number of every noun phrase and pronoun in `doc`, in place."""
    decided: dict[int, Reading] = {}
    heads = [t for t in doc if t.pos_ in HEADS or _is_pronoun(t)]
    # Phrases that copy their case from another one (conjuncts, appositions, name parts) go last.
    first = [t for t in heads if not _inherits(t)]
    later = [t for t in heads if _inherits(t)]
    for token in first + later:
        phrase = _phrase(token)
        if phrase is None:
            continue
        _score(phrase, decided)
        reading = _best(phrase)
        decided[token.i] = reading
        _write(phrase, reading)


def _is_pronoun(token: Token) -> bool:
    return token.pos_ == "PRON" and (token.lower_ in PERSONAL or token.lower_ in RELATIVE)


def _inherits(token: Token) -> bool:
    return token.dep_ in ("conj", "appos", "flat", "flat:name") and token.head.i != token.i


def _phrase(head: Token) -> Phrase | None:
    phrase = Phrase(head)
    for child in head.children:
        if child.dep_ in ("det", "det:poss") and child.pos_ in ("DET", "PRON") and child.i < head.i:
            phrase.members.append(child)
        elif child.dep_ == "amod" and child.pos_ == "ADJ" and child.i < head.i:
            phrase.members.append(child)
        elif child.dep_ == "case" and governed_cases(child.text):
            phrase.preposition = child
    return phrase


def _score(phrase: Phrase, decided: dict[int, Reading]) -> None:
    head = phrase.head
    determiner_kind = None
    if head.pos_ == "PRON":
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
                phrase.add(None, 1.0, match=lambda r: r[0] == "Gen")
    if head.pos_ == "NOUN":
        _noun_evidence(phrase)
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
    if head.pos_ == "PROPN" or not _lexicon(head)[0]:
        phrase.add(None, W_MODEL_OTHER, grammar=False, match=lambda r: r[1] in (model.get("Gender"), None))


def _is_relative(token: Token) -> bool:
    return "Rel" in token.morph.get("PronType") or (
        token.head.dep_ == "acl:relcl" and token.i < token.head.i and token.lower_ in RELATIVE
    )


def _antecedent(pronoun: Token) -> Token | None:
    """The noun a relative pronoun refers to: the head of its relative clause."""
    if not _is_relative(pronoun):
        return None
    clause = pronoun.head
    while clause.dep_ != "acl:relcl" and clause.head.i != clause.i and clause.head.i > pronoun.i:
        clause = clause.head
    if clause.dep_ == "acl:relcl" and clause.head.i < pronoun.i:
        return clause.head
    return None


def _role_case(head: Token, prep: Token | None) -> str | None:
    if prep is not None:
        return None
    if head.dep_ in ROLE_CASE:
        return ROLE_CASE[head.dep_]
    if head.dep_ == "nmod" and head.head.pos_ in HEADS and head.i > head.head.i:
        return "Gen"  # "die Integrität der Ukraine"
    if head.dep_ in ("ROOT", "acl:relcl", "ccomp", "advcl") and any(c.dep_ == "cop" for c in head.children):
        return "Nom"  # predicate noun: "Er ist Präsident"
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
    phrase.source = "grammar" if best_grammar - max(other_cases) >= SURE_MARGIN else "parse"
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
