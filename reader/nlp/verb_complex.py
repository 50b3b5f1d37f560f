"""The verb complex of a clause as one unit: finite verb, auxiliaries, participles and infinitives.

    vc = verb_complex(head)   # head: the clause's main verb (or predicate) from the parse
    vc.tense, vc.mood, vc.voice   # "Perfekt", "Konjunktiv I", "passive"

Tense, mood and voice are read from the whole complex, each member checked
against the forms its verb really has (`reader.nlp.verb_forms`), not from the
tagger's features of one token: "überschritten werden" is a present passive
(werden + Partizip II), "wird … sein" a Futur I (werden + infinitive),
"erlitt" a Präteritum, "gingen" an indicative (its Konjunktiv II would be the
same form), "ist … verstorben" a Perfekt (sterben takes sein), "habe …
geschrieben" in reported speech a Konjunktiv I Perfekt.

Names follow German school grammar (Duden): Präsens, Präteritum, Perfekt,
Plusquamperfekt, Futur I, Futur II; Konjunktiv I and II named by the tense of
their form ("wäre": Konjunktiv II Präteritum, "hätte … gesagt": Konjunktiv II
Plusquamperfekt, "würde … sagen": Konjunktiv II Futur I).

What one verb token is (its infinitive, its kind of form, whether it is finite) is read in
`reader.nlp.verb_tokens`. Where the parser split a complex (an auxiliary hung on another word),
`reader.nlp.verb_complexes` joins it again and `reader.nlp.verb_clauses` writes the join into the parse.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.lexicon import form_entry
from reader.lexicon.database import LexiconMissingError
from reader.lexicon.valency import intransitive_only
from reader.nlp.lang.grammar import AUX_DEPS, GRADING_ADVERBS, INFINITIVE_AUXILIARIES, MODALS
from reader.nlp.lang.verbs import SEPARABLE_PREFIXES
from reader.nlp.morph_features import feature_values
from reader.nlp.noun_phrases import lemma_of
from reader.nlp.token_memo import kept_per_token
from reader.nlp.verb_mood import mood as mood_of_form
from reader.nlp.verb_form_checks import dictionary_verb, only_a_participle, present_form
from reader.nlp.verb_forms import (
    adjective_after_sein,
    adjective_in_use,
    infinitive_of_participle,
    is_konjunktiv_ii,
    is_participle,
    is_preterite,
    takes_sein,
)
from reader.nlp.verb_tokens import (
    VERBAL,
    auxiliary_verb,
    clearly_finite,
    is_participle_form,
    is_verb,
    kind,
    lemma,
    zu_infinitive,
)

if TYPE_CHECKING:  # annotations only: importing the rules must not load spaCy
    from spacy.tokens import Token

_COPULAS = {"werden", "sein", "bleiben"}
# What follows an infinitive only when it is a finite verb in second place.
_OBJECTS = {"obj", "iobj", "obl"}
WH_ADVERBS = frozenset("wo wohin woher warum weshalb wieso wann wie womit wodurch wofür worauf".split())


@dataclass
class VerbComplex:
    head: Token  # the clause's head: main verb, or the predicate of a copula
    members: list[Token]  # the verbal tokens, in text order
    finite: Token | None
    tense: str | None = None
    voice: str | None = None  # "passive" (werden), "state passive" (sein) or None (active)
    perfect_auxiliary: str | None = None  # "haben" or "sein" for a Perfekt / Plusquamperfekt
    modal: Token | None = None
    perfect_infinitive: bool = False  # the modal's infinitive is a perfect one ("muss … verkauft haben")
    main: Token | None = None  # the lexical verb (None for a copula with a noun or adjective)
    probably: bool = False  # the forms leave the reading open (a verb that takes haben and sein)

    @functools.cached_property
    def mood(self) -> str | None:
        """"Konjunktiv I", "Konjunktiv II", "imperative" or None (indicative). Read when first asked:
        only the hints ask, and the parse repairs and the case rules build complexes too."""
        return None if self.finite is None else mood_of_form(self.finite, lemma(self.finite))

    @property
    def tokens(self) -> list[Token]:
        """The members and the head (a predicate noun or adjective of a copula), in text order."""
        return sorted({t.i: t for t in [*self.members, self.head]}.values(), key=lambda t: t.i)

    @property
    def nonfinite(self) -> list[Token]:
        return [t for t in self.members if self.finite is None or t.i != self.finite.i]


def members_of(head: Token) -> list[Token]:
    """The verbal tokens of the clause headed by `head`: the head if it is a verb, its auxiliaries,
    and the bare infinitive the parser hung on werden or a modal ("wird … sauberer sein")."""
    members = [
        c for c in head.children
        if c.dep_ in AUX_DEPS and c.pos_ in VERBAL and auxiliary_verb(c) and not _other_clause(c, head)
    ]
    # "wurden und werden … bezeichnet": an auxiliary joined to the one before by "und" is a second finite
    # verb of the same clause, no infinitive of a future
    members = [c for c in members if not _joined_to_auxiliary_before(c, members)]
    finite = [c for c in members if clearly_finite(c)]
    if len(finite) > 1:  # "So wurde er Prinz … und hat … adoptiert": one finite verb per clause, the nearest
        nearest = min(finite, key=lambda c: abs(c.i - head.i))
        members = [c for c in members if c.i == nearest.i or not clearly_finite(c)]
    if clearly_finite(head):
        members = []  # "könne …, so verlautete …": an auxiliary hung on another finite verb is its own clause's
    # "…, der mit … dotiert ist": a participle the tagger called a predicate adjective of sein, where
    # the form lives on as no adjective of its own, is the state passive's participle
    copula = next((c for c in head.children if c.dep_ == "cop" and lemma(c) == "sein"), None)
    state = copula is not None and head.pos_ == "ADJ" and is_participle_form(head) and not adjective_after_sein(head.lower_, lemma(head))
    if is_verb(head) or state or (any(c.dep_ in ("aux", "aux:pass") for c in members) and is_participle_form(head)):
        members.append(head)  # "… erspart hätte": a participle the tagger called an adjective
        shared = _werden_of_a_conjunct(head) if is_participle_form(head) and not any(c.dep_ == "aux:pass" for c in members) else None
        if shared is not None and any(c.dep_ == "aux" and lemma(c) in MODALS for c in members):
            members.append(shared)  # (one "werden" serves two participles: "kann … vermerkt und … ergänzt werden")
        if lemma_of(head).lower() == "bleiben":
            # "bleibt … geschlossen": bleiben + Partizip II is a state passive, so the participle belongs
            members += [c for c in head.children if c.dep_ in ("xcomp", "oa", "pred") and c.pos_ in VERBAL and kind(c) == "part"]
        if lemma_of(head).lower() in INFINITIVE_AUXILIARIES:
            # "wird … sauberer sein"; in a verb-final clause the infinitive comes first ("…, dass sie sich einigen wird")
            final = opens_subordinate_clause(head)
            members += [
                c for c in head.children
                if (c.dep_ == "xcomp" and (c.i > head.i or final) or final and c.i == head.i - 1)
                and c.pos_ in VERBAL and kind(c) == "inf" and not zu_infinitive(c)
                and not any(g.dep_ in AUX_DEPS for g in c.children)
            ]
    return sorted(members, key=lambda t: t.i)


def _joined_to_auxiliary_before(auxiliary: Token, members: list[Token]) -> bool:
    if auxiliary.i < 2 or auxiliary.doc[auxiliary.i - 1].pos_ != "CCONJ":
        return False
    return any(member.i == auxiliary.i - 2 for member in members)


def _other_clause(auxiliary: Token, head: Token) -> bool:
    """"bleiben nur Neuwahlen, da … eine Mehrheit hätten": a subordinating conjunction between an
    auxiliary and its head opens the auxiliary's own clause, unless its clause ends between them too
    ("müsse die Vorschläge – „sofern sie existieren“ – endlich vorlegen")."""
    low, high = sorted((auxiliary.i, head.i))
    return any(
        t.pos_ == "SCONJ" and (t.dep_ == "mark" or t.doc[t.i - 1].text == ",") and t.lower_ not in ("wie", "als")
        and not (low < t.head.i < high and t.head.pos_ in ("VERB", "AUX"))
        for t in auxiliary.doc[low + 1 : high]
    )


def finite_of(members: list[Token], head: Token) -> Token | None:
    """The finite verb: the member whose form is finite (an auxiliary before the head's participle)."""
    finite = [t for t in members if kind(t) == "fin" and not _bare_infinitive(t, head) and not zu_infinitive(t)]
    if len(finite) > 1:
        finite = [t for t in finite if t.dep_ in AUX_DEPS] or finite
    if finite:
        return finite[0]
    tagged = [
        t for t in members
        if (t.tag_.endswith("FIN") or "Fin" in feature_values(t, "VerbForm")) and kind(t) != "inf" and not zu_infinitive(t)
        and not _bare_infinitive(t, head) and not (t.dep_ == "advmod" and kind(t) == "part")  # "wurden wiederholt …"
        and not (kind(t) == "part" and only_a_participle(t.lower_))  # "genannt" is no finite form of nennen
    ]
    if len(tagged) > 1:
        tagged = [t for t in tagged if t.dep_ in AUX_DEPS] or tagged
    if tagged:
        return tagged[0]
    return None


def _bare_infinitive(token: Token, head: Token) -> bool:
    """A form equal to the infinitive, tagged finite, that is an infinitive: the second of two verbs
    under one modal ("wollten … zurücknehmen und … verschieben"), or alone without a subject on a
    line that is no statement ("Kommentar abgeben")."""
    if token.lower_ != lemma(token) or token.i != head.i:
        return False
    first = head.head  # "wollten … zurücknehmen und … verschieben": the modal of the first conjunct serves both
    for _ in range(_CONJUNCT_HOPS):  # "können … sehen, fühlen und schmecken": all of them
        if first.dep_ != "conj" or first.head.i == first.i or any(c.dep_ == "aux" for c in first.children):
            break
        first = first.head
    # (not haben or sein, which take no bare infinitive, nor across a subject of its own: "hatte … ausgewertet,
    # dabei entnehmen sie …")
    if head.dep_ == "conj" and any(c.dep_ == "aux" and lemma(c) in INFINITIVE_AUXILIARIES for c in first.children):
        # an infinitive stands at its clause's end; one with its objects after it is a finite verb in second
        # place ("wollen ihre Stimme abgeben und strömen zu den Wahllokalen")
        return not any(c.dep_ in ("nsubj", "nsubj:pass") or (c.i > head.i and c.dep_ in _OBJECTS) for c in head.children)
    following = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if following is not None and following.lower_ == "zu":
        return True  # "… explodieren zu lassen": the infinitive under a zu-infinitive
    governor = head.head
    between = head.doc[min(governor.i, head.i) + 1 : max(governor.i, head.i)]
    if head.dep_ in ("xcomp", "obj") and governor.pos_ in VERBAL and not any(t.text == "," for t in between):
        return not any(c.dep_ in ("nsubj", "mark") for c in head.children)  # governed by another verb
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass", "expl", "mark")]
    # a singular "subject" cannot agree with the plural form the infinitive looks like (nor can a word the
    # tagger gave no number: "Kommentar" of "Kommentar abgeben" as an adverb)
    singular = all(feature_values(c, "Number") != ["Plur"] and not any(g.dep_ == "conj" for g in c.children) for c in subjects)
    last = next((t for t in reversed(head.sent) if not t.is_space), None)
    statement = last is not None and last.text in (".", "!", "?", "“", "\"", "…", ":", ";")
    return not statement and singular


_CONJUNCT_HOPS = 4


def _modal_after_the_last_conjunct(head: Token) -> bool:
    """The modal after the last of the verbs listed after `head` is the finite verb of them all ("…, weil sie
    nicht mehr hören, lesen und laufen können"): the first is an infinitive too, no present tense."""
    last = head
    for _ in range(_CONJUNCT_HOPS):
        later = [child for child in last.children if child.dep_ == "conj" and child.i > last.i and child.pos_ in VERBAL]
        if not later:
            break
        last = later[-1]
        if any(child.dep_.startswith("nsubj") for child in last.children):
            return False  # "dass die USA ihre Quote erhöhen und Europa … ankurbeln müsse": a clause of its own
    return last.i != head.i and any(
        c.dep_ == "aux" and c.i > last.i and lemma(c) in MODALS for c in last.children  # (the tagger may say VMINF)
    )


def verb_complex(head: Token, extra: Token | None = None, members: list[Token] | None = None) -> VerbComplex:
    if extra is not None or members is not None:
        return _verb_complex(head, extra, members)
    return _complex_of(head)


@kept_per_token
def _complex_of(head: Token) -> VerbComplex:
    """The complex of `head` alone, built once per head while tokens are unchanged (the case rules ask
    up to four times per clause); shared, so read it only."""
    return _verb_complex(head, None, None)


def _verb_complex(head: Token, extra: Token | None, members: list[Token] | None) -> VerbComplex:
    members = members_of(head) if members is None else members
    if extra is not None and all(m.i != extra.i for m in members):
        members = sorted([*members, extra], key=lambda t: t.i)
    preferred = extra if extra is not None and kind(extra) == "fin" else None
    vc = VerbComplex(head, members, preferred or finite_of(members, head))
    vc.main = head if is_verb(head) else None
    # "…, weil sie nicht mehr hören, lesen und laufen können": an infinitive of the modal after the list
    listed_under_a_modal = head.lower_ == lemma(head) and _modal_after_the_last_conjunct(head)
    if listed_under_a_modal and vc.finite is not None and vc.finite.i == head.i:
        vc.finite = None
    if vc.finite is None and members and _clause_needs_finite(head, members[-1]) and not _bare_infinitive(members[-1], head) \
            and not listed_under_a_modal:
        vc.finite = members[-1]  # "ob die Preise steigen": the plural present looks like the infinitive
    if vc.finite is not None and not is_verb(vc.finite):
        vc.finite = None  # "lautstark", "heran" tagged a finite verb are none
    if vc.finite is None:
        return vc
    vc.modal = next((t for t in members if lemma(t) in MODALS and t.i != head.i), None)
    _read(vc)
    return vc


def _clause_needs_finite(head: Token, last: Token) -> bool:
    """A clause with its own subject or a subordinating conjunction has a finite verb; in a verb-final
    clause it is the last verb."""
    if any(c.dep_ == "mark" and c.lower_ in ("zu", "um", "ohne", "statt", "anstatt") for c in head.children):
        return False
    found = kind(last)
    if found == "part" and head.i == last.i and opens_subordinate_clause(head) and not only_a_participle(last.lower_):
        # "…, die die Arbeit überwacht", "…, die den Brief unterschrieben": no auxiliary; not "genannt",
        # which is no present of nennen
        return True
    if found != "inf" or zu_infinitive(last):
        return False
    if any(c.dep_ in ("nsubj", "nsubj:pass", "mark") for c in head.children):
        return True
    first = head.head  # "ob die Preise steigen und die Löhne sinken": as the first conjunct
    if first.pos_ not in VERBAL or members_of(first) != [first] or first.i > head.i:
        return False
    comma = any(t.text == "," for t in head.doc[first.i + 1 : head.i])
    if kind(first) == "fin" and (head.dep_ == "conj" or comma and head.dep_ in ("xcomp", "parataxis", "dep")):
        # "die Adern treten hervor, ihre Hände zittern": a clause of its own, with its own noun phrase
        return any(c.dep_ in ("obj", "nsubj") and not any(g.dep_ == "case" for g in c.children) for c in head.children)
    return head.dep_ == "conj" and _clause_needs_finite(first, first)


def opens_subordinate_clause(head: Token) -> bool:
    """The clause opens with a subordinating conjunction, a relative pronoun (also "dessen") or a wh-adverb
    ("wohin")."""
    doc = head.doc
    return any(c.dep_ == "mark" or c.tag_ == "PRELS" for c in head.children) or any(
        t.tag_ in ("PRELS", "PRELAT", "PWAV", "KOUS")  # (PRELAT: "…, dessen Lehre … begründet")
        or (t.lower_ in WH_ADVERBS and t.i > 0 and doc[t.i - 1].text == ",")  # "…, wohin …" tagged ADV
        for t in head.subtree if t.i < head.i
    )


def _read(vc: VerbComplex) -> None:
    finite = vc.finite
    verb = lemma(finite)
    past = _past(finite, verb)
    rest = vc.nonfinite
    if verb in _COPULAS:  # "wurde bekannt" (became known): a predicate adjective ("hat sich … bekannt": a participle)
        rest = [t for t in rest if not adjective_in_use(t.lower_, lemma(t))]
    # "sind … bekannt": with sein, a participle the tagger reads as an adjective (ADJD) is a predicate where
    # the form lives on as an adjective of its own
    participles = [
        t for t in rest
        if _participle_beside_finite(t) and not (verb == "sein" and t.tag_ == "ADJD" and adjective_after_sein(t.lower_, lemma(t)))
        and not (verb == "sein" and _graded(t))
        and not _infinitive_with_object(t, vc, verb)
        and not (t.i > 0 and t.doc[t.i - 1].tag_ == "PTKZU")  # "war … zu empfangen": sein + zu-infinitive
    ]
    infinitives = [t for t in rest if all(t.i != p.i for p in participles)]  # beside a finite verb, what is not a participle
    inf_lemmas = {lemma(t) for t in infinitives}
    worden = any(t.lower_ == "worden" for t in participles) or _worden_of_a_conjunct(vc.head)
    content = [t for t in participles if t.lower_ not in ("worden",)]
    if verb == "werden":
        if participles and "werden" in inf_lemmas:
            vc.tense, vc.voice = "Futur I", "passive"  # "wird gebaut werden"
        elif participles and "sein" in inf_lemmas and not worden and content and "s" not in _perfect_auxiliary(content[-1]):
            vc.tense, vc.voice = "Futur I", "state passive"  # "wird … vertreten sein": a state to come
        elif participles and inf_lemmas & {"haben", "sein"}:
            vc.tense = "Futur II"  # "wird gebaut haben", "wird gegangen sein", "wird gebaut worden sein"
            vc.voice = "passive" if worden else None
        elif participles:
            vc.tense, vc.voice = ("Präteritum" if past else "Präsens"), "passive"
        elif infinitives:
            vc.tense = "Futur I"
            if "sein" in inf_lemmas and content:
                vc.voice = "state passive"
        else:
            vc.tense = "Präteritum" if past else "Präsens"  # "wird Präsident": werden as a full verb
        return
    if verb == "bleiben" and content:
        # "bleibt geschlossen" (a state passive) — but "bleibt verschwunden" is no passive (sein-verb)
        vc.tense = "Präteritum" if past else "Präsens"
        vc.voice = "state passive" if "s" not in _perfect_auxiliary(content[-1]) else None
        return
    # haben + bare infinitive is always a Perfekt with the "Ersatzinfinitiv" of a modal or of lassen,
    # sehen, hören, helfen ("hatte … ausbauen lassen", "hat … kommen sehen")
    ersatz = verb == "haben" and infinitives and not any(zu_infinitive(t) for t in infinitives)
    if verb in ("haben", "sein") and (participles or ersatz):
        states = [t for t in content if t.lower_ != "gewesen"]
        if verb == "sein" and not worden and len(states) < len(content) and states and "s" not in _perfect_auxiliary(states[-1]):
            # "sei … manipuliert gewesen": the Perfekt of the state passive
            vc.tense, vc.voice, vc.perfect_auxiliary = ("Plusquamperfekt" if past else "Perfekt"), "state passive", verb
            return
        if verb == "sein" and not worden and content and not vc.modal:
            auxiliary = _perfect_auxiliary(content[-1])
            # a verb Ding has only without an object has no passive: "war … zusammengetroffen" is its
            # Perfekt, "ist geeignet" the adjective (suitable); nor has a verb Ding lacks: "ist geschuppt"
            # (scaly; "schuppen" is no verb of its)
            without_passive = "s" not in auxiliary and (_without_passive(content[-1]) or not dictionary_verb(lemma(content[-1])))
            if "s" not in auxiliary and not without_passive:
                vc.tense, vc.voice = ("Präteritum" if past else "Präsens"), "state passive"
                return
            if without_passive and _listed_adjective(content[-1]):
                vc.tense = "Präteritum" if past else "Präsens"
                return
            vc.probably = auxiliary == "hs" and any(c.dep_ == "obj" for c in vc.head.children)
        vc.tense = "Plusquamperfekt" if past else "Perfekt"
        vc.perfect_auxiliary = verb
        vc.voice = "passive" if worden else None
        return
    vc.tense = "Präteritum" if past else "Präsens"
    if vc.modal is not None or verb in MODALS:
        if participles and "werden" in inf_lemmas:
            vc.voice = "passive"  # "muss gebaut werden"
        elif worden and "sein" in inf_lemmas:
            vc.voice, vc.perfect_infinitive = "passive", True  # "soll gebaut worden sein"
        elif content and "sein" in inf_lemmas and "s" not in _perfect_auxiliary(content[-1]):
            vc.voice = "state passive"  # "muss geschlossen sein"
        else:
            # "muss … verkauft haben", "könnte … gewesen sein": the modal speaks of the past
            vc.perfect_infinitive = bool(content) and bool(inf_lemmas & {"haben", "sein"})


def _without_passive(participle: Token) -> bool:
    """The participle of a verb Ding has only without an object."""
    try:
        return intransitive_only(lemma(participle))
    except LexiconMissingError:
        return False  # no lexicon: the tables' auxiliary decides


def _listed_adjective(participle: Token) -> bool:
    return form_entry(participle.lower_, "ADJ") is not None


def _worden_of_a_conjunct(head: Token) -> bool:
    """"sind 20 Soldaten getötet und 30 weitere verletzt worden": one "worden" serves both participles;
    not a participle that may take sein ("sei … geraten und … geräumt worden")."""
    partners = [c for c in head.children if c.dep_ == "conj" and c.i > head.i]
    shared = any(g.lower_ == "worden" and g.dep_ in AUX_DEPS for partner in partners for g in partner.children)
    return shared and "s" not in _perfect_auxiliary(head)


def _werden_of_a_conjunct(head: Token) -> Token | None:
    """"kann … vermerkt und … ergänzt werden": the passive's "werden" after the last participle serves the
    first one too."""
    return next(
        (
            g for partner in head.children if partner.dep_ == "conj" and partner.i > head.i and is_participle_form(partner)
            for g in partner.children if g.lower_ == "werden" and g.dep_ == "aux:pass"
        ),
        None,
    )


def _infinitive_with_object(token: Token, vc: VerbComplex, verb: str) -> bool:
    """"sie würden Informationen enthalten": a form that is infinitive and participle alike (enthalten,
    erhalten, bekommen, betragen) beside werden is the infinitive when the clause has a direct object or
    an amount ("werden 25 Euro betragen"), which a werden-passive never has."""
    if verb != "werden" or token.lower_ != lemma(token) or token.i != vc.head.i:
        return False
    return any(
        (c.dep_ == "obj" and c.lower_ not in ("sich", "mich", "dich", "uns", "euch")) or _amount(c) for c in vc.head.children
    )


def _amount(phrase: Token) -> bool:
    """A counted noun without a preposition that is no subject: "25 Euro" of "werden 25 Euro betragen"."""
    return (
        phrase.dep_ == "obl" and phrase.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in phrase.children)
        and not any(c.dep_ == "case" for c in phrase.children)
    )


def _perfect_auxiliary(participle: Token) -> str:
    """The Perfekt auxiliaries of the verb a participle belongs to; a form two verbs share ("geraten"
    of raten and geraten) takes sein if either verb does."""
    candidates = {lemma(participle), infinitive_of_participle(participle.lower_) or "", participle.lower_}
    found = "".join(takes_sein(c) for c in sorted(candidates) if c and is_participle(participle.lower_, c))
    return "".join(sorted(set(found))) or takes_sein(lemma(participle)) or _auxiliary_of_its_base(participle.lower_)


def _auxiliary_of_its_base(participle: str) -> str:
    """"umgegangen" is um + gegangen, a separable verb's participle, which takes its base's auxiliary
    (gehen: sein) where the dictionary knows only the inseparable verb ("umgehen": umgangen)."""
    for prefix in SEPARABLE_PREFIXES:
        base = participle[len(prefix) :]
        if participle.startswith(prefix) and base.startswith("ge"):
            verb = infinitive_of_participle(base)
            if verb:
                return takes_sein(verb)
    return ""


def _graded(participle: Token) -> bool:
    """A grading adverb right before the participle makes it an adjective: "ist sehr beliebt", "das weit
    entfernt ist"."""
    before = participle.doc[participle.i - 1] if participle.i else None
    return before is not None and before.lower_ in GRADING_ADVERBS and before.head.i == participle.i


def _participle_beside_finite(token: Token) -> bool:
    """Beside the finite verb a form is a participle or an infinitive; the tagger's PP decides a form
    the tables do not know."""
    found = kind(token)
    return found == "part" or (found == "fin" and token.tag_.endswith("PP") and token.lower_ != lemma(token))


def _past(finite: Token, verb: str) -> bool:
    """Präteritum (or a Konjunktiv II, formed from it) rather than Präsens, by the form."""
    form = finite.lower_
    if is_preterite(form, verb) or is_konjunktiv_ii(form, verb):
        return True
    if verb == form:
        return False
    tense = feature_values(finite, "Tense")
    if tense == ["Past"] and verb.endswith("n") and not form.startswith(verb[:-2] if verb.endswith("en") else verb[:-1]):
        # an irregular past the tables miss: trust the model where the stem changed, but not for a present
        # with an umlaut ("verläuft")
        return not present_form(form, verb)
    return False
