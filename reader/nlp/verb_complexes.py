"""The verb complexes of a sentence, joined where the parser split them.

    complexes = verb_complexes(heads)   # one VerbComplex per clause head, auxiliaries reunited

The parser often hangs an auxiliary on the wrong word: "WikiNews hat … die
Kundgebung … begleitet" with "hat" as a copula of a noun, "Begründet hat er …"
with the participle as a subject, "sollen" as a determiner before "… festgenommen
worden sein". Here a finite auxiliary left without a partner joins the nearest
participle or infinitive without a finite verb of its own, within its clause
(insertions between commas are skipped); haben and sein never take a bare
infinitive, nor a zu-infinitive across a comma or a participle.

Only the complexes are joined here; `reader.nlp.verb_clauses.join_split_complexes` writes them
into the parse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.nlp.lang.grammar import AUXILIARY_RELATIONS, MODALS
from reader.nlp.lang.verbs import COMMENT_PARTICIPLES
from reader.nlp.verb_complex import VerbComplex, opens_subordinate_clause, verb_complex
from reader.nlp.verb_tokens import AUXILIARIES, is_participle_form, is_verb, kind, lemma, zu_infinitive

if TYPE_CHECKING:  # annotations only: importing the rules must not load spaCy
    from spacy.tokens import Token


def _after_a_comma(word: Token) -> bool:
    return word.i > 0 and word.doc[word.i - 1].text == ","


def verb_complexes(heads: list[Token]) -> list[VerbComplex]:
    """The complexes of these clause heads; an auxiliary the parser hung elsewhere ("WikiNews hat … die
    Kundgebung … begleitet" with "hat" as a copula of the noun) joins the participle or infinitive that
    has no finite verb of its own, and loses its own complex."""
    complexes = _without_stray_auxiliaries([verb_complex(head) for head in heads])
    complexes = _fronted_participles(complexes)
    complexes = _coordinated_participles(complexes)
    lone = {vc.finite.i: vc for vc in complexes if _lone_auxiliary(vc)}
    taken = set()
    for number, vc in enumerate(complexes):
        if not is_verb(vc.head) or kind(vc.head) == "fin" or zu_infinitive(vc.head):
            continue
        alone = len(vc.members) == 1 and kind(vc.head) in ("part", "inf")
        if vc.finite is not None and not alone and not _infinitive_like(vc):
            continue  # only a participle ("propagiert") or an infinitive ("… worden sein") the tagger called finite joins
        governor = vc.head.head
        if vc.head.dep_ in ("xcomp", "amod", "acl") and is_verb(governor) and not (governor.i in lone and kind(vc.head) == "part"):
            continue  # "sah ihn kommen", "versucht, … zu …": governed by another verb (not a lone "waren" of "waren … aufgewachsen")
        if vc.head.dep_ in ("advcl", "acl", "parataxis") and _after_a_comma(vc.head):
            # "…, gefolgt von der AfD": a participle clause of its own (participle_clauses_after_a_comma); "ist die
            # Sankt-Michaelis-Kirche, genannt „Michel“": an insertion on the noun before the comma
            continue
        if vc.head.dep_ == "advcl" and vc.head.lower_ in COMMENT_PARTICIPLES:
            continue  # "war staatsrechtlich gesehen ein Staatenbund": a comment, no auxiliary's participle
        auxiliary = _orphan_auxiliary(vc, lone)
        if auxiliary is not None and auxiliary.dep_ == "cop" and _after_a_comma(vc.head) and auxiliary.i < vc.head.i:
            auxiliary = None  # "ist es die Hinterlassenenversicherung, abgekürzt die AHV": the noun's copula, no passive
        if auxiliary is not None and auxiliary.i < vc.head.left_edge.i and opens_subordinate_clause(vc.head):
            auxiliary = None  # "ist der Ehrenname …, dessen Lehre … begründet": a clause's verb takes none from before it
        if auxiliary is not None and kind(vc.head) == "inf" and lemma(auxiliary) in ("haben", "sein"):
            auxiliary = None  # haben and sein take participles, not bare infinitives
        if auxiliary is not None and vc.finite is not None and kind(vc.head) == "inf" and any(
            t.text == "," for t in vc.head.doc[auxiliary.i + 1 : vc.head.i]
        ):
            # an infinitive read as a plural present ("wir werden Maßnahmen ergreifen") joins werden or a
            # modal of its own clause only ("Firmen, die reich werden, kaufen …" are two)
            auxiliary = None
        if auxiliary is not None and auxiliary.i not in taken:
            taken.add(auxiliary.i)
            joined = verb_complex(vc.head, extra=auxiliary)
            complexes[number] = joined  # by position: list.index compares complexes field by field
    for number, vc in enumerate(complexes):
        finite = vc.finite
        if finite is None or finite.i in taken or not _lone_auxiliary(vc) or lemma(finite) not in ("haben", "sein", "werden"):
            continue
        before = finite.doc[finite.i - 1] if finite.i > 0 else None
        if before is not None and not is_verb(before) and is_participle_form(before) and opens_subordinate_clause(vc.head):
            # "…, der das Kapitol gestürmt hatte" with "gestürmt" tagged an adjective
            complexes[number] = verb_complex(before, members=[before, finite])
    inside = {t.i for vc in complexes for t in vc.members if t.i != vc.head.i}
    return [
        vc for vc in complexes
        if (vc.finite is None or vc.finite.i not in taken or vc.nonfinite) and vc.head.i not in inside
    ]


def _infinitive_like(vc: VerbComplex) -> bool:
    """"sein", "werden", "haben" as the last of several verbs: the infinitive ("verstärkt werden")."""
    finite = vc.finite
    if opens_subordinate_clause(vc.head):
        return False  # "…, wohin Verdächtige transportiert werden": verb-final, so finite
    return finite.lower_ in ("sein", "werden", "haben") and len(vc.members) > 1 and finite.i == max(t.i for t in vc.members)


def _without_stray_auxiliaries(complexes: list[VerbComplex]) -> list[VerbComplex]:
    """haben and sein never take a bare infinitive ("hatte … explodieren" is the parser's slip; only a
    modal or lassen does, "hat … kommen lassen"): such an auxiliary stands alone, to find its participle."""
    out = []
    for vc in complexes:
        finite = vc.finite
        stray = (
            finite is not None and finite.i != vc.head.i and lemma(finite) in ("haben", "sein")
            and vc.modal is None and kind(vc.head) == "inf" and not zu_infinitive(vc.head)
            and all(kind(t) == "inf" for t in vc.nonfinite) and lemma(vc.head) not in ("lassen", "sehen", "hören")
        )
        if finite is not None and finite.i < vc.head.i and zu_infinitive(vc.head) and lemma(finite) in ("haben", "sein"):
            # "hatte …, mehrere Flugzeuge explodieren zu lassen, vereitelt": haben + zu never spans a comma,
            # nor a participle ("hätten … abgebaut anstatt … zu senken")
            between = vc.head.doc[finite.i + 1 : vc.head.i]
            stray = any(t.text == "," or (is_verb(t) and kind(t) == "part") for t in between)
        if finite is not None and finite.i < vc.head.i and not stray:
            # "haben … Gefängnisse, wohin Verdächtige transportiert werden": a second finite verb beyond a
            # comma has a clause of its own; one clause has one finite verb
            comma = next((t.i for t in vc.head.doc[finite.i + 1 : vc.head.i] if t.text == ","), None)
            stray = comma is not None and any(t.i > comma and t.i != finite.i and t.tag_.endswith("FIN") for t in vc.members)
        if stray:
            out.append(verb_complex(vc.head, members=[t for t in vc.members if t.i != finite.i]))
            out.append(verb_complex(finite, members=[finite]))
        else:
            out.append(vc)
    return out


def _lone_auxiliary(vc: VerbComplex) -> bool:
    """A finite auxiliary with no participle or infinitive: a copula of a noun, or a verb alone."""
    if vc.finite is None or vc.nonfinite:
        return False
    if vc.finite.i != vc.head.i:
        return vc.finite.lemma_ in AUXILIARIES
    return vc.head.lemma_ in ("haben", "sein", "werden") or vc.head.lemma_ in MODALS and vc.head.dep_ not in ("ROOT", "conj")


def _fronted_participles(complexes: list[VerbComplex]) -> list[VerbComplex]:
    """"Begründet hat er dies mit …", "Betroffen von dem Verbot sind …": a participle that opens the
    sentence, before a finite auxiliary with only its own words between (the prefield holds one
    phrase), is that auxiliary's participle, wherever the parser hung the auxiliary; so is an
    infinitive before werden or a modal ("Teilnehmen werden Lehrer …": Futur I)."""
    for number, vc in enumerate(complexes):
        head = vc.head
        if vc.finite is not None or not head.is_sent_start or kind(head) not in ("part", "inf"):
            continue
        auxiliary = next((t for t in head.doc[head.i + 1 : head.sent.end] if is_verb(t) or t.is_punct), None)
        takes = ("haben", "sein", "werden") if kind(head) == "part" else ("werden", *MODALS)
        if auxiliary is None or lemma(auxiliary) not in takes or kind(auxiliary) != "fin":
            continue
        for other_number, other in enumerate(complexes):
            if other_number != number and any(t.i == auxiliary.i for t in other.members):
                rest = [t for t in other.members if t.i != auxiliary.i]
                complexes[other_number] = verb_complex(other.head, members=rest)
        complexes[number] = verb_complex(head, extra=auxiliary)
    return complexes


def _coordinated_participles(complexes: list[VerbComplex]) -> list[VerbComplex]:
    """"…, dass die Brennstäbe geliefert und wieder entsorgt werden würden", "Die Häuser wurden zerstört
    und geplündert": participles joined by a conjunction share the auxiliaries of the one that has
    them, so neither is a finite verb of its own ("geliefert … werden würden", "wurden … geplündert")."""
    by_head = {vc.head.i: vc for vc in complexes}
    for number, vc in enumerate(complexes):
        head = vc.head
        if len(vc.members) != 1 or kind(head) != "part" or any(c.dep_ in (*AUXILIARY_RELATIONS, "cop") for c in head.children):
            continue  # (one with an auxiliary or copula of its own: "die unterernährt sind oder bedroht sind")
        partners = [c for c in head.children if c.dep_ == "conj"] + ([head.head] if head.dep_ == "conj" else [])
        partner = next((by_head[p.i] for p in partners if p.i in by_head and kind(p) == "part"), None)
        if partner is None or partner.finite is None or partner.finite.i == partner.head.i:
            continue
        # only auxiliaries outside the coordination are shared: after the last participle or before the first
        first, last = sorted((head.i, partner.head.i))
        shared = [t for t in partner.members if t.i != partner.head.i]
        if all(t.i < first for t in shared) or all(t.i > last for t in shared):
            complexes[number] = verb_complex(head, members=sorted([head, *shared], key=lambda t: t.i))
    return complexes


def _orphan_auxiliary(vc: VerbComplex, lone: dict[int, VerbComplex]) -> Token | None:
    """The nearest lone finite auxiliary before `verb` in its sentence with no clause edge between
    (a conjunction, another verb, a colon; a comma only around an insertion: "sei, so X, … worden")."""
    verb = vc.head
    last = max(t.i for t in vc.members)
    after = verb.doc[last + 1] if last + 1 < len(verb.doc) else None
    if after is not None and after.i in lone and opens_subordinate_clause(verb):
        return after  # verb-final in a subordinate clause: "…, die … erspart hätte", "… vertreten sein wird"
    words = list(verb.doc[verb.sent.start : verb.i])
    position = len(words) - 1
    inside = False  # after a comma: a clause edge may be an insertion ("…, mehrere … zu lassen, vereitelt")
    while position >= 0:
        token = words[position]
        if token.i in lone:
            return token
        opener = _matching_opener(words, position)
        if opener is not None:
            position = opener - 1  # a bracket or quotation closed before the verb: "mit dem Namen „…“ (TAK)"
            continue
        if token.text == ",":
            inside = True
        elif token.text in (";", ":", "–", "(", "„", "“") or is_verb(token) or token.pos_ == "SCONJ" or token.tag_ in ("PRELS", "PWAV") or (
            token.pos_ == "CCONJ" and is_verb(token.head)  # "und" between clauses; not in "mit den USA, Russland und Jordanien"
        ) or (position > 0 and words[position - 1].text == "," and token.lower_ in _SUBJECT_RELATIVES):
            # (a d-word right after a comma opens a relative clause, or an insertion skipped as one:
            # "…, die Leistungen … erhalten" with "die" tagged an article)
            opening = next((k for k in range(position - 1, -1, -1) if words[k].text == ","), None) if inside else None
            if opening is None:
                return None
            position, inside = opening, False  # skip the insertion, up to its opening comma
        position -= 1
    return None


# Relative pronouns that may be their clause's subject; "dem", "den" after a comma open appositions as
# often ("von Michael Ebling, dem Oberbürgermeister von Mainz eröffnet").
_SUBJECT_RELATIVES = frozenset({"der", "die", "das"})
# (a dash closes the insertion an earlier dash opened: "er sei von Kollegen – Pinker benannte … – eingeladen worden")
_OPENER_OF = {")": "(", "“": "„", "«": "»", "”": "“", "–": "–"}


def _matching_opener(words: list[Token], position: int) -> int | None:
    """The position of the bracket or quote mark that the mark at `position` closes, if it does."""
    opener = _OPENER_OF.get(words[position].text)
    if opener is None:
        return None
    return next((k for k in range(position - 1, -1, -1) if words[k].text == opener), None)
