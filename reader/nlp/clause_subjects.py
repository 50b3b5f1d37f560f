"""Where a clause's subject is when it is not simply the phrase its forms and the verb's agreement point to.

The subject may be a pronoun that is no noun phrase of its own ("Dies betrifft die Frage", "dieser stellte
das Programm zur Verfügung"), the subject a verb joined by "und" shares with the verb before it ("ich
tangiere … und löse … aus"), a word such as "man", "es" or "was"; after a reporting verb it is the
speaker ("Das sagt Norbert Hofer"). A relative "die" has the number of the noun it points back to, and
a phrase the model took for a dative may be the only subject the clause has. Questions the clause rules
(reader.nlp.case_rules) ask.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.nlp.case_evidence import CASES, Phrase
from reader.nlp.clause_kinds import copular, finite_after_conjunction, passive, verb_lemma
from reader.nlp.doc_facts import sentence_start
from reader.nlp.lang.articles import FIRST_OR_SECOND_PERSON, REPORTED_CONTENT, Reading
from reader.nlp.lang.valency import ACCUSATIVE_OBJECT_VERBS, REPORTING_VERBS, SAYING_VERBS
from reader.nlp.noun_lexicon import person_noun
from reader.nlp.noun_phrases import lemma_of
from reader.nlp.relative_pronouns import is_relative, relative_determiner
from reader.nlp.subject_agreement import finite_number, parse_reading, phrase_number
from reader.nlp.verb_complex import verb_complex

if TYPE_CHECKING:  # annotations only: importing the rules must not load spaCy
    from spacy.tokens import Token

# Pronoun forms that are no nominative ("dem", "einem" end in -m too).
OBLIQUE_PRONOUNS = frozenset("den denen deren dessen einen keinen jeden diesen jenen wen".split())
FLOATING_QUANTIFIERS = frozenset("beide alle allesamt sämtliche".split())
# Pronouns that are singular in every use.
SINGULAR_PRONOUNS = frozenset(
    "dies dieses dieser das jenes jener man jemand niemand etwas nichts alles eines einer keiner keines jeder jedes was wer".split()
)


def subject_taken_for_a_dative(
    verb: Token, number: str | None, members: list[int], phrases: dict[int, Phrase], decided: dict[int, Reading],
    allowed: dict[int, set[str]],
) -> None:
    """A finite active clause has a subject: where no phrase is or could be it, the one phrase the model
    took for a dative though its forms allow the nominative and it agrees with the verb is the subject
    ("…, in die Spekulanten Milliarden investieren")."""
    if number is None or any(decided[i][0] == "Nom" for i in members):
        return  # (asked first: most clauses have their subject, and the complex is the costly question)
    if verb_complex(verb).finite is None or passive(verb) or copular(verb) or pronoun_subject(verb, members, []):
        return
    # an accusative that agrees is the subject candidate the other rules weigh; a bare phrase besides it
    # may be the subject too, since a noun without article or preposition is seldom dative ("Von der
    # Leyen tritt … die Nachfolge an", "…, in die Spekulanten Milliarden investieren")
    other_candidate = any(decided[i][0] == "Acc" and phrases[i].allows("Nom", number) and "Nom" in allowed[i] for i in members)
    dative = [
        i for i in members
        if decided[i][0] == "Dat" and phrases[i].source != "grammar" and "Nom" in allowed[i]
        and phrases[i].allows("Nom", number) and verb.doc[i].lower_ not in FIRST_OR_SECOND_PERSON
        and (not other_candidate or not phrases[i].members)
    ]
    if len(dative) == 1:
        decided[dative[0]] = phrases[dative[0]].best_in_case("Nom")


def after_was(phrase: Phrase) -> bool:
    """The phrase right after a "was" that opens the clause ("Was die Werte angeht", "…, was TikTok betrifft")."""
    doc = phrase.head.doc
    start = phrase.start
    if start < 1 or doc[start - 1].lower_ != "was":
        return False
    return start == 1 or not doc[start - 2].is_alpha


def _number_from_antecedent(pronoun: Token) -> bool:
    """"die" opening a relative clause, or the personal pronoun "sie": singular or plural as what it
    refers to is, which the tagger's number may miss ("da sie die Wahl verloren hat": she)."""
    if pronoun.lower_ == "sie" and pronoun.pos_ == "PRON":
        return True
    return pronoun.lower_ == "die" and (pronoun.pos_ == "PRON" or relative_determiner(pronoun))


def antecedent_number(pronoun: Token, phrases: dict[int, Phrase]) -> str | None:
    """The number of the noun before the comma a relative "die" follows, also past the verbs the clause
    was moved behind: "Lämmer zu züchten, die sie verkaufen könne" — "die" is plural like Lämmer, so it
    is no subject of the singular "könne"."""
    doc = pronoun.doc
    if pronoun.lower_ != "die" or not is_relative(pronoun) or pronoun.i < 2 or doc[pronoun.i - 1].text != ",":
        return None
    noun = doc[pronoun.i - 2]
    while noun.pos_ in ("VERB", "AUX", "PART") and noun.i > sentence_start(pronoun):
        noun = doc[noun.i - 1]
    phrase = phrases.get(noun.i)
    if noun.pos_ != "NOUN" or phrase is None:
        return None
    numbers = [number for number in ("Sing", "Plur") if any(phrase.allows(case, number) for case in CASES)]
    return numbers[0] if len(numbers) == 1 else None


# Pronouns that are no noun phrase here but stand as a clause's subject: demonstratives, indefinites, "was".
_SUBJECT_PRONOUN_TAGS = frozenset({"PDS", "PIS", "PWS", "PRELS"})


def opens_the_clause_before_its_finite_verb(word: Token, verb: Token) -> bool:
    """*word* opens its sentence (or a main clause after "und", "aber") right before the clause's finite verb."""
    finite = verb_complex(verb).finite or verb
    doc = word.doc
    opens = word.i == sentence_start(word) or doc[word.i - 1].lower_ in ("und", "aber", "doch", "denn", "oder")
    return opens and finite.i == word.i + 1


def pronoun_subject(verb: Token, members: list[int], open_: list[int]) -> bool:
    """The parser's subject of the clause is a demonstrative, indefinite or relative pronoun that is no
    noun phrase of its own ("dies", "dieser", "beide", "man") and not of an oblique form. "was" only
    where it continues the clause before the comma (", was die Debatte anheizte"; "Was die Regierung
    ablehnt" has it as the object as often), "beide", "alle" only before the phrases ("Steinmeier und
    Günther sind beide verreist": there they go with the subject)."""
    # (also one the parser hung on the auxiliary: "hat noch niemand die Verantwortung übernommen")
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "aux:pass")]
    for c in [*verb.children, *(g for auxiliary in auxiliaries for g in auxiliary.children)]:
        if c.dep_ not in ("nsubj", "nsubj:pass") or c.tag_ not in _SUBJECT_PRONOUN_TAGS or c.i in members:
            continue
        if c.lower_ in OBLIQUE_PRONOUNS or c.lower_.endswith("m"):
            continue
        if c.lower_ == "was" and not (c.i > 0 and c.doc[c.i - 1].text == ","):
            continue
        if c.lower_ in FLOATING_QUANTIFIERS and any(i < c.i for i in open_):
            continue
        if c.lower_ in SINGULAR_PRONOUNS and finite_number(verb) == "Plur":
            continue  # "Dies berichteten britische Medien": a singular is no subject of a plural verb
        if c.lower_ in REPORTED_CONTENT:
            finite_at = (verb_complex(verb).finite or verb).i
            if c.i < finite_at and speaker_after(verb, open_, finite_at):
                continue  # "Dies gab das Nobelkomitee bekannt": what was said comes first, the speaker after the verb
        return True
    return False


def speaker_after(verb: Token, open_: list[int], finite_at: int) -> bool:
    """A phrase after the finite verb of a verb of saying is its speaker; of a verb that reports
    ("erklären", "bestätigen") only a person or a name is: "Dies bestätigte die Ministerin", where "Dies
    bestätigt die Vermutung" has a thing as the object."""
    after = [verb.doc[i] for i in open_ if i > finite_at]
    lemma = verb_lemma(verb)
    if lemma in SAYING_VERBS:
        return bool(after)
    return lemma in REPORTING_VERBS and any(
        head.pos_ == "PROPN" or head.tag_ == "NE" or person_noun(lemma_of(head)) for head in after
    )


def shares_subject(verb: Token, phrase: Token, decided: dict[int, Reading]) -> bool:
    """A second verb joined by "und" whose subject is the first verb's ("ich tangiere … und löse …
    aus"), with the phrase the parser calls its object, or a clause whose subject is "man": the
    phrase is no subject."""
    if any(c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ == "man" for c in verb.children):
        return True
    # the parser's subject too where the verb needs an object ("… und eine Erneuerung nur in der Opposition sieht"),
    # or where the finite verb follows "und" directly, so its clause has no subject before it ("… und habe die
    # Menschenmenge zurückgedrängt")
    object_label = phrase.dep_ == "obj" or (
        phrase.dep_ == "nsubj" and (verb_lemma(verb) in ACCUSATIVE_OBJECT_VERBS or finite_after_conjunction(verb))
    )
    if verb.dep_ != "conj" or not object_label or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ == "cc" for c in verb.children):
        return False  # "die Adern treten hervor, ihre Hände zittern": side by side, each with its subject
    if any(c.dep_ in ("nsubj", "nsubj:pass", "expl") and c.i != phrase.i for c in verb.children):
        return False
    subject = None
    first = verb.head
    for _ in range(3):  # "Sie hat nicht gehört, ist abgehauen und hat die Wohnung demoliert": up the joined verbs
        # the subject may hang on the first verb's auxiliary ("dass sich die Kommission … einigen wird und …")
        around = [first, *(c for c in first.children if c.dep_ in ("aux", "aux:pass"))]
        subject = next((c for t in around for c in t.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subject is None:  # "sei sie eingeschritten", "sie" parsed as an object: the case found for it decides
            subject = next((c for t in around for c in t.children if c.dep_ == "obj" and decided.get(c.i, ("",))[0] == "Nom"), None)
        joined = first.dep_ in ("conj", "ccomp", "parataxis") and not any(c.dep_ == "mark" for c in first.children)
        if subject is not None or not joined or first.head.i == first.i or first.head.pos_ not in ("VERB", "AUX"):
            break
        first = first.head
    number = finite_number(verb)
    # "weil ein Teil … liegt und … Überschwemmungen drohen": the plural verb cannot share a singular subject
    if subject is None:
        return False
    return number is None or _number_from_antecedent(subject) or phrase_number(subject, parse_reading(subject)) in (number, None)


def has_subject_elsewhere(verb: Token, phrase: Token) -> bool:
    """The clause's subject is a word that is no noun phrase here: "was", "wer", "es", "man"."""
    return any(
        c.i != phrase.i and c.dep_ in ("nsubj", "expl") and c.lower_ in ("was", "wer", "es", "man", "das", "dies")
        for c in verb.children
    )
