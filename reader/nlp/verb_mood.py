"""The mood of a finite verb by its form: Konjunktiv I and II only where the form differs from the
indicative ("er habe", "ginge", "könne"), and the imperative ("Engagieren Sie sich!", "Macht … Kinder!").

    mood(finite, infinitive)   # "Konjunktiv I", "Konjunktiv II", "imperative" or None (indicative)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.nlp.doc_facts import sentence_start
from reader.nlp.lang.grammar import AUX_DEPS, KONJUNKTIV_I, MODALS
from reader.nlp.verb_forms import is_konjunktiv_ii, konjunktiv_i_stem

if TYPE_CHECKING:  # annotations only: importing the rules must not load spaCy
    from spacy.tokens import Token

PERSONAL_SUBJECTS = {"ich": "1", "du": "2", "wir": "1", "ihr": "2"}
_SEI = {"sei", "seiest", "seien", "seiet", "seist"}
# Verbs whose singular present changes its vowel and drops the -e: stem + e is only ever Konjunktiv I.
_PRESENT_WITHOUT_E = (MODALS - {"möchten"}) | {"wissen"}


def mood(finite: Token, verb: str) -> str | None:
    """Konjunktiv I or II only where the form differs from the indicative; the imperative."""
    form = finite.lower_
    if _imperative(finite, verb):
        return "imperative"
    if is_konjunktiv_ii(form, verb):
        return "Konjunktiv II"
    if form in _SEI:
        return "Konjunktiv I"
    stem = konjunktiv_i_stem(verb)  # "es handele sich" beside the indicative "handelt"
    if stem and form == stem + "e" and verb in _PRESENT_WITHOUT_E:
        return "Konjunktiv I"  # "könne", "möge": the indicative is "kann", "mag" in every person that ends in -e
    if stem and (form == stem + "e" or form in KONJUNKTIV_I) and _third_person_singular(finite):
        return "Konjunktiv I"  # "er habe", "die Regierung plane": the indicative has -t
    if stem and form == stem + "est" and not stem.endswith(("t", "d")):
        return "Konjunktiv I"
    return None


def conditional_verb_first(finite: Token) -> bool:
    """"Sollten die USA den Iran überfallen, wird der Preis steigen", "Hätte er das gewusst, wäre er
    gekommen": a statement opened by its finite verb (or a quotation opened so) and followed, after a
    comma, by the main clause's finite verb (or "dann"/"so" and it) is a condition, as with "wenn"."""
    doc = finite.doc
    before = doc[finite.i - 1] if finite.i > sentence_start(finite) else None
    if before is not None and before.text not in _CLAUSE_OPENERS:
        return False
    words = [t for t in finite.sent if not t.is_space and t.i > finite.i]
    if any(t.text == "?" for t in words):
        return False
    for comma, following, next_but_one in zip(words, words[1:], words[2:]):
        verb = next_but_one if following.lower_ in ("dann", "so") else following
        if comma.text == "," and verb.tag_.endswith("FIN"):
            return True
    return False


def _imperative(finite: Token, verb: str) -> bool:
    """"Engagieren Sie sich jetzt!", "Macht nicht drei, sondern fünf Kinder!": the verb opens its
    sentence (or quotation, or follows "Bitte"), with "Sie" after the infinitive form, or with no subject
    before a "!"."""
    if imperative_stem(finite.lower_, verb):
        return True  # "siehe Wulstlinge", "gib": a form no person of the present has
    doc = finite.doc
    before = doc[finite.i - 1] if finite.i > sentence_start(finite) else None
    please = before is not None and before.lower_ == "bitte" and before.i == sentence_start(finite)  # "Bitte informieren Sie sich"
    if before is not None and before.text not in _CLAUSE_OPENERS and not please and not (
        before.text == "," and (_opens_with_subordinator(finite.sent) or _after_vocative(before))
    ):
        return False  # first in its sentence (after "Bitte"), quotation, fronted clause ("Wenn …, lassen Sie …") or address
    words = [t for t in finite.sent if not t.is_space]
    if not words or words[-1].text == "?" or (words[-1].text in ("“", "\"") and len(words) > 1 and words[-2].text == "?"):
        return False
    after = doc[finite.i + 1] if finite.i + 1 < len(doc) else None
    if after is not None and after.text == "Sie" and finite.lower_ == verb:
        return True
    stem = verb[:-2] if verb.endswith("en") else verb[:-1]
    if finite.tag_ == "VVIMP" and finite.lower_ in (stem, stem + "e"):
        return True  # „Sag die Wahrheit“: the bare stem the tagger (or the word classes) call an imperative
    exclaimed = any(t.text == "!" for t in words)
    subject = any(c.dep_ in ("nsubj", "nsubj:pass") for c in finite.children)
    return exclaimed and not subject and finite.lower_ in (stem, stem + "e", stem + "t", stem + "et")


def imperative_stem(form: str, verb: str) -> bool:
    """"sieh(e)" of sehen, "gib" of geben, "lies", "hilf": the stem's last e turned i or ie, which only
    the imperative singular spells without an ending of the present ("siehst", "gibt"); a stem in -t or
    -d has its 3rd person so too ("wird", "gilt")."""
    stem = verb[:-2] if verb.endswith("en") else verb[:-1]
    last_e = stem.rfind("e")
    if last_e < 0 or stem[last_e - 1 : last_e] == "i" or stem.endswith(("t", "d")):
        return False
    changed = {stem[:last_e] + vowel + stem[last_e + 1 :] for vowel in ("i", "ie")}
    return form in changed or form in {imperative + "e" for imperative in changed}


_ADDRESS_WORDS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "PUNCT"})
# Marks after which a request may open its clause: a quotation's start, a colon.
_CLAUSE_OPENERS = frozenset({"„", "\"", "»", ":"})


def _after_vocative(comma: Token) -> bool:
    """The comma closes the person addressed, with no verb, from the start of the sentence or of a
    quotation: "„Präsident Bush, stoppen Sie ihn“", "Liebe Kollegen, bitte …"."""
    doc = comma.doc
    words = []
    for token in reversed(doc[sentence_start(comma) : comma.i]):
        if token.text in _CLAUSE_OPENERS:
            break
        words.append(token)
    return bool(words) and any(t.pos_ in ("NOUN", "PROPN") for t in words) and all(t.pos_ in _ADDRESS_WORDS for t in words)


def _opens_with_subordinator(sentence) -> bool:
    opening = next((t for t in sentence if t.is_alpha), None)
    return opening is not None and opening.tag_ == "KOUS"


def _third_person_singular(verb: Token) -> bool:
    """Whether the subject of an -e form is 3rd person singular: only then does "-e" mark the
    Konjunktiv I. No plural subject takes an -e form, so only the 1st person ("ich habe") and the
    imperative ("Gehe!") read it as an indicative; a plural "subject" is the parser's mistake ("…, die
    Muslime genauso bedrohe wie …": Muslime is the object)."""
    doc = verb.doc
    near = [t for t in doc[max(sentence_start(verb), verb.i - 3) : verb.i + 3] if t.i != verb.i]
    if any(t.lower_ in PERSONAL_SUBJECTS and t.pos_ == "PRON" for t in near):
        return False  # "mit dem ich mich unterhalte": the 1st person, however the parser hung "ich"
    clause = verb.head if verb.dep_ in AUX_DEPS else verb
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubj:pass", "expl")), None)
    if subject is None:
        return verb.i > sentence_start(verb)  # first in its sentence with no subject: an imperative
    # "Sie" within a sentence is the polite plural; opening it, it may be "sie" (she): "Sie sorge nur für sich"
    return subject.lower_ not in PERSONAL_SUBJECTS and (subject.text != "Sie" or subject.i == sentence_start(subject))
