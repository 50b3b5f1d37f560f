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
(`phrase_evidence` adds each piece of it to a phrase's score.)

Then, clause by clause, one subject per clause (`case_rules`, with the verb's
agreement from `subject_agreement`), and the case of compared phrases
(`compared_cases`); last, appositions share the case of the phrase they rename
(`appositions`). The phrase structure comes from `noun_phrases` and
`phrase_roles`, the words around a phrase from `phrase_context`, what a noun's own
form says from `noun_forms`, the scoring of readings and the weights from `case_evidence`.

Measured with tools/evaluate_case.py on the held-out split (noun Case accuracy).

Each token of a decided phrase also gets `token._.case_sure`: True when
grammar (not only the parse or the model) fixes the case, so hints can say
"probably" when it does not.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from reader.lexicon import LexiconMissingError, is_name as is_name_only, lookup
from reader.nlp.extensions import set_token_value
from reader.nlp.case_evidence import Phrase
from reader.nlp.case_rules import one_subject_per_clause
from reader.nlp.compared_cases import compared_cases
from reader.nlp.doc_arrays import merged, tokens_where
from reader.nlp.appositions import appositions_agree, bracketed_appositions, close_appositions, is_name
from reader.nlp.lang.articles import NOMINATIVE_PERSONAL, Reading, quantifier_readings
from reader.nlp.doc_facts import sentence_start
from reader.nlp.noun_forms import noun_reading
from reader.nlp.phrase_evidence import features_of, score_phrase
from reader.nlp.dative_objects import dative_objects_taken_for_genitives
from reader.nlp.token_memo import tokens_unchanged
from reader.nlp.noun_phrases import HEADS, lemma_of, phrase_of
from reader.nlp.parse_edits import set_head, verb_above
from reader.nlp.phrase_roles import acts_as_preposition, adverb_opening_sentence, hyphen_part, inherits
from reader.nlp.relative_pronouns import is_pronoun, relative_determiner

# Personal pronoun forms that are never anything else (the tagger sometimes says VERB or NOUN).
ALWAYS_PRONOUNS = frozenset("ich mich mir du dich dir er ihn ihm wir uns euch ihnen".split())

# Question words the tagger sometimes takes for nouns at the start of a sentence ("Woher kommt …").
QUESTION_WORDS = frozenset("woher wohin wo wann warum wie was wer weshalb wieso weswegen".split())


def correct_morphology(doc: Doc) -> None:
    """Decide case, gender and number of every noun phrase and pronoun in `doc`, in place."""
    # (the words these two repairs may apply to, read from the Doc's arrays: each changes only the word it reads)
    for token in merged(tokens_where(doc, "LOWER", ALWAYS_PRONOUNS), tokens_where(doc, "POS", ("VERB", "ADJ"))):
        if token.lower_ in ALWAYS_PRONOUNS:
            token.pos_ = "PRON"  # "mit ihnen": these forms are never verbs or nouns, nor articles
            if token.dep_ == "det":  # "für den er große Bewunderung empfand"
                set_head(token, verb_above(token), "nsubj" if token.lower_ in NOMINATIVE_PERSONAL else "obj")
        elif _noun_taken_for_a_verb(token):
            token.pos_ = "PROPN" if token.tag_ == "NE" else "NOUN"  # "in der „Gruft“": tag and article say noun
    dative_objects_taken_for_genitives(doc)
    with tokens_unchanged(doc):  # the rules below only read the tokens, and ask the same of them often
        phrases, decided = _decide_phrases(doc)
    for i, phrase in phrases.items():
        _write(phrase, decided[i])


def _decide_phrases(doc: Doc) -> tuple[dict[int, Phrase], dict[int, Reading]]:
    """Every noun phrase and pronoun of `doc` by its head's index, and the reading decided for it."""
    decided: dict[int, Reading] = {}
    phrases: dict[int, Phrase] = {}
    heads = [
        t for t in tokens_where(doc, "POS", (*HEADS, "PRON", "DET"))  # (no other word heads a phrase)
        if (t.pos_ in HEADS and t.lower_ not in QUESTION_WORDS and not acts_as_preposition(t) and not adverb_opening_sentence(t))
        or is_pronoun(t) or relative_determiner(t)
    ]
    # Phrases that copy their case from another one (conjuncts, appositions, name parts) go last,
    # and the first parts of hyphenated compounds after their compound.
    first = [t for t in heads if not inherits(t) and not hyphen_part(t)]
    later = [t for t in heads if inherits(t) and not hyphen_part(t)]
    parts = [t for t in reversed(heads) if hyphen_part(t)]
    for group in (first, later, parts):
        for token in group:
            phrase = phrase_of(token)
            score_phrase(phrase, decided)
            decided[token.i] = phrase.decide()
            phrases[token.i] = phrase
            if group is parts and token.head.i in decided:
                # "seiner Aids-Infektion": the compound is one word, so its first part has its case
                decided[token.i] = phrase.best_in_case(decided[token.head.i][0])
                phrase.source = phrases[token.head.i].source
        if group is first:
            one_subject_per_clause(doc, phrases, decided)
            compared_cases(phrases, decided)
    appositions_agree(doc, phrases, decided)
    bracketed_appositions(phrases, decided)
    close_appositions(doc, phrases, decided)
    _name_parts_follow(doc, phrases, decided)
    _names_in_the_singular(phrases, decided)
    return phrases, decided


def _name_parts_follow(doc: Doc, phrases: dict[int, Phrase], decided: dict[int, Reading]) -> None:
    """Every word of a name has the case the appositions gave its first word ("Yoshihiko Noda")."""
    for i, phrase in phrases.items():
        token = phrase.head  # (the phrases are keyed by their head's index)
        head, dep = token.head, token.dep_
        name_after_name = dep == "appos" and head.i == i - 1 and is_name(head) and is_name(token)  # "Hugo Chávez"
        part = dep in ("flat", "flat:name") or name_after_name
        if part and head.i in decided and head.i < i:
            case = decided[head.i][0]
            if decided[i][0] != case and case in phrase.allowed_cases():
                decided[i] = phrase.best_in_case(case)


def _names_in_the_singular(phrases: dict[int, Phrase], decided: dict[int, Reading]) -> None:
    """A name without an article is one person or place ("Frankreich, Zypern und Portugal sind
    dagegen": each singular, the list plural); a plural name takes its article ("die USA")."""
    for i, phrase in phrases.items():
        case, gender, number = decided[i]
        if number == "Plur" and not phrase.members and _a_name(phrase.head):
            decided[i] = (case, gender, "Sing")


def _a_name(token: Token) -> bool:
    """A proper noun, or a word the dictionary knows only as a name ("Zypern", whatever the tagger
    called it), unless its English is a common noun's ("Medien": media, also the ancient land)."""
    if token.pos_ not in ("PROPN", "NOUN") or not token.text[:1].isupper():
        return False
    try:
        english = lookup(token.text, "NOUN").gloss
        common = bool(english) and english[0][:1].islower()
        return not common and (token.pos_ == "PROPN" or is_name_only(token.text))
    except LexiconMissingError:
        return False


def _noun_taken_for_a_verb(token: Token) -> bool:
    """A capitalized word inside the sentence with a noun tag (NN, NE) and an article or preposition of
    its own, which the coarse tag calls a verb or an adjective (quotation marks around a noun confuse it;
    "nach Niederösterreich")."""
    return (
        token.pos_ in ("VERB", "ADJ") and token.tag_ in ("NN", "NE") and token.text[:1].isupper()
        and token.i > sentence_start(token)
        and any(c.dep_ in ("det", "det:poss", "case") for c in token.children)
    )


def _write(phrase: Phrase, reading: Reading) -> None:
    case, gender, number = reading
    sure = phrase.source == "grammar"
    for token in [phrase.head, *phrase.members]:
        morph = dict(features_of(token))
        if token.pos_ == "ADJ" and "Case" not in morph and token.lower_ == lemma_of(token).lower():
            continue  # uninflected
        morph["Case"] = case
        morph["Number"] = number
        if gender:
            morph["Gender"] = gender
        elif token.pos_ in ("DET", "ADJ") and not quantifier_readings(token.text):
            morph.pop("Gender", None)  # German shows no gender in the plural (a quantifier keeps the tagger's)
        elif token.pos_ == "NOUN":
            lexicon_gender = noun_reading(token)[0]
            if lexicon_gender:
                morph["Gender"] = lexicon_gender
        if token.pos_ == "PRON" and token.lower_ in ("sich",):
            continue
        token.set_morph(_join(morph))
        set_token_value(token, "case_sure", sure)
        set_token_value(token, "case_source", phrase.source)


def _join(morph: dict[str, str]) -> str:
    return "|".join(f"{key}={morph[key]}" for key in sorted(morph, key=str.lower))
