"""Repairs of the parse around verbs and their clauses, where the parser split a verb complex or
joined two clauses.

    join_split_complexes(doc)   # each complex reader.nlp.verb_complexes joined, written into the parse

The finite auxiliary the parser hung on another word hangs on its verb again, with the phrases the
parser gave it; a finite auxiliary the parser gave a verb across a comma, a dash or a conjunction is
the verb of a clause of its own; a participle after a comma opens a clause of its own or an
insertion; a word that is nothing but a verb's particle is the particle of the finite verb before it;
an auxiliary on an attributive adjective is the clause's; a subordinating conjunction taken for a
preposition marks its clause, which is never the main clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.nlp import doc_facts
from reader.nlp.article_repairs import spaced_punctuation
from reader.nlp.doc_arrays import merged, tokens_where
from reader.nlp.parse_edits import set_head, take_place
from reader.nlp.token_memo import tokens_unchanged
from reader.nlp.lang.grammar import AUXILIARY_RELATIONS, PREPOSITION_OR_CONJUNCTION
from reader.nlp.lang.verbs import FEW_VERB_PARTICLES, PARTICLES_ONLY
from reader.nlp.verb_forms import listed_verb
from reader.nlp.verb_tokens import clearly_finite, is_participle_form, kind, lemma, zu_infinitive

if TYPE_CHECKING:  # annotations only: importing the rules must not load spaCy
    from spacy.tokens import Doc, Token


def join_split_complexes(doc: Doc) -> None:
    """Write each complex the parser split back into the parse: the finite auxiliary hangs on its verb
    ("aux"), and the phrases the parser hung on the auxiliary ("Allerdings hat eine Gruppe … die
    Verantwortung … übernommen": the subject) become the verb's, so the case rules see one clause."""
    from reader.nlp.hints.verbs import verb_complexes_of  # (the hints' clause heads; that module imports this one)

    with tokens_unchanged(doc):  # all complexes are found before the first head moves
        complexes = verb_complexes_of(doc)
    for vc in complexes:
        finite, head = vc.finite, vc.head
        if finite is None or finite.i == head.i or vc.main is None or (finite.head.i == head.i and finite.dep_ in ("aux", "aux:pass")):
            continue
        if _serves_a_conjunct(finite, head):
            continue  # shared by coordinated participles ("hatte … angegriffen und verletzt"): it stays where it is
        low, high = sorted((finite.i, head.i))
        if any(m.i != finite.i and clearly_finite(m) for m in vc.members) or spaced_punctuation(doc[low:high]):
            continue  # two finite verbs, or a comma or dash between: perhaps two clauses ("Bildung ist Ländersache - … kann …")
        passive = vc.voice == "passive" and lemma(finite) == "werden"
        # the auxiliary taken for a noun's copula: the noun is the subject ("Ergänzt wurde der Aufruf …")
        subject = finite.head if finite.dep_ == "cop" and finite.head.pos_ in ("NOUN", "PROPN") else None
        replaced = subject if subject is not None else finite
        if head.head.i == replaced.i:  # the verb hangs on the word it replaces: it takes that word's place
            take_place(head, replaced)
        for owner in (finite, subject) if subject is not None else (finite,):
            for child in list(owner.children):
                if child.dep_ in _CLAUSE_MEMBERS and child.i != head.i:
                    set_head(child, head)
        if subject is not None:
            set_head(subject, head, "nsubj:pass" if passive else "nsubj")
        set_head(finite, head, "aux:pass" if passive else "aux")


def _serves_a_conjunct(finite: Token, head: Token) -> bool:
    """`finite` is the auxiliary of a verb coordinated with `head` (see reader.nlp.verb_complexes)."""
    owner = finite.head
    return finite.dep_ in AUXILIARY_RELATIONS and (
        (head.dep_ == "conj" and head.head.i == owner.i) or (owner.dep_ == "conj" and owner.head.i == head.i)
    )


def split_coordinated_auxiliaries(doc: Doc) -> None:
    """"Er hatte breite Unterstützung … und wurde … bestätigt", parsed as one complex with "hatte" and
    "wurde" both auxiliaries of "bestätigt", or "Die Vorschläge sind unannehmbar und wir lehnen sie ab"
    with "sind" an auxiliary of the finite "lehnen": one verb has one finite auxiliary and none if it
    is finite itself, so the first, before the conjunction, is a full verb of its own clause. It takes
    the words before the conjunction (its subject and object), and the verb becomes its conjunct."""
    heads = {auxiliary.head.i: auxiliary.head for auxiliary in tokens_where(doc, "DEP", ("aux", "aux:pass"))}
    for verb in (heads[i] for i in sorted(heads)):  # (only a word with an auxiliary can have two)
        found = _finite_auxiliary_of_another_clause(verb)
        if found is None:
            continue
        first, conjunction = found
        take_place(first, verb)
        for child in list(verb.children):
            if child.i < conjunction.i and child.i != first.i:
                set_head(child, first)
        set_head(verb, first, "conj")


def _finite_auxiliary_of_another_clause(verb: Token) -> tuple[Token, Token] | None:
    """The finite haben or sein hung on `verb` that belongs to the clause before a conjunction, with
    that conjunction: the first of two finite auxiliaries, or one before a verb that is finite itself
    (not a participle or zu-infinitive, which haben and sein take) and has its own subject after the
    conjunction ("sind … oder sie halten")."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "aux:pass")]
    finite = [c for c in auxiliaries if clearly_finite(c)]
    if len(finite) > 1 and finite[0].i < verb.i:
        first, end, owners = finite[0], finite[1].i, (verb.i, finite[1].i)
    elif (
        auxiliaries and auxiliaries[0].tag_ == "VAFIN" and auxiliaries[0].i < verb.i
        and verb.tag_ in ("VVFIN", "VMFIN") and not is_participle_form(verb) and not zu_infinitive(verb)
    ):
        first, end, owners = auxiliaries[0], verb.i, (verb.i,)
    else:
        return None
    if lemma(first) not in ("haben", "sein"):
        return None
    conjunction = next((t for t in verb.doc[first.i + 1 : end] if t.pos_ == "CCONJ" and t.head.i in owners), None)
    if conjunction is None:
        return None
    if end == verb.i and not any(c.dep_.startswith("nsubj") and c.i > conjunction.i for c in verb.children):
        return None
    return first, conjunction


def auxiliaries_of_a_later_clause(doc: Doc) -> None:
    """"Unterschieden werden die Vates, …, und die Filid, die Barden … waren" with "waren" a second
    auxiliary of "unterschieden": a finite auxiliary after the verb and another auxiliary, with a comma
    or a dash between, is the verb of a clause of its own (here a relative clause's copula), no part of
    the complex. Each is weighed against the last auxiliary that stays ("Gelernt haben wir …, X hat … --
    … ist alles dabei": "hat" and "ist" both leave)."""
    heads = {auxiliary.head.i: auxiliary.head for auxiliary in tokens_where(doc, "DEP", ("aux", "aux:pass"))}
    for verb in heads.values():
        auxiliaries = [c for c in verb.children if c.dep_ in AUXILIARY_RELATIONS]
        kept = auxiliaries[:1]
        for later in auxiliaries[1:]:
            # (a verb-final clause's auxiliaries follow their verb with no comma between)
            start = max(kept[-1].i, verb.i)
            if later.i > verb.i and clearly_finite(later) and any(_ends_a_clause(t) for t in doc[start + 1 : later.i]):
                set_head(later, verb, "parataxis")
            else:
                kept.append(later)


def _ends_a_clause(mark: Token) -> bool:
    """A comma, semicolon or colon, or a dash with a space beside it (not a compound's hyphen)."""
    return mark.text in (",", ";", ":") or mark.text in _DASHES and bool(mark.whitespace_)


_DASHES = frozenset({"-", "–", "—", "--"})


def auxiliaries_of_an_earlier_clause(doc: Doc) -> None:
    """"Das Immunsystem hat … eine große Bedeutung, denn Lebewesen sind … ausgesetzt" with "hat" the
    auxiliary of "ausgesetzt": a finite auxiliary before a comma is no part of a participle's complex
    when the clause after the comma has a finite form of sein, haben or werden of its own before the
    participle. It is the verb of the clause before the comma (here "haben", to have), and the
    participle's words before the comma are its own; the later form is the participle's auxiliary."""
    for auxiliary in tokens_where(doc, "DEP", AUXILIARY_RELATIONS):
        verb = auxiliary.head
        if not (auxiliary.i < verb.i and clearly_finite(auxiliary) and is_participle_form(verb)):
            continue
        comma = next((t.i for t in doc[auxiliary.i + 1 : verb.i] if t.text == ","), None)
        if comma is None or comma + 1 >= verb.i or not doc[comma + 1].pos_ in ("CCONJ", "SCONJ"):
            continue
        own = next((t for t in doc[comma + 2 : verb.i] if lemma(t) in _PERFECT_OR_PASSIVE and t.tag_ == "VAFIN"), None)
        # ("hat gesagt, dass … gerettet worden sind": "hat" has its participle before the comma)
        own_verb = any(t.pos_ in ("VERB", "AUX") and t.tag_.endswith(("PP", "INF")) for t in doc[auxiliary.i + 1 : comma])
        if own is None or own_verb:
            continue
        earlier = [c for c in verb.children if c.i < comma and c.i != auxiliary.i]
        take_place(auxiliary, verb)
        auxiliary.pos_ = "VERB"
        for child in earlier:
            set_head(child, auxiliary)
        set_head(verb, auxiliary, "conj")
        set_head(own, verb, "aux:pass" if lemma(own) == "werden" else "aux")


_CLAUSE_MEMBERS = frozenset("nsubj nsubj:pass obj iobj obl advmod expl mark cc punct".split())


_PREDICATE_RELATIONS = ("nsubj", "nsubj:pass", "obj")
_PERFECT_OR_PASSIVE = ("haben", "sein", "werden")


def participle_clauses_after_a_comma(doc: Doc) -> None:
    """"Bei der Wahl wurde die CDU stärkste Partei, gefolgt von der AfD": a participle right after a
    comma opens a clause of its own, so "wurde" is no passive of "gefolgt" but the copula of the noun
    before the comma, with no other comma between (an insertion, "wurde der Mann, der …, verhaftet",
    ends with one). The noun takes the participle's place, the participle hangs on it."""
    for verb in tokens_where(doc, "ORTH", (",",), shifts=(1,)):
        comma = verb.i - 1
        if comma < 1 or not is_participle_form(verb):
            continue
        # the auxiliary hung on the participle, or (the parser's other reading) on the noun before the comma
        auxiliary = next((c for c in verb.children if c.dep_ in AUXILIARY_RELATIONS and c.i < comma), None) or next(
            (t for t in reversed(doc[doc_facts.sentence_start(verb) : comma])
             if t.dep_ in AUXILIARY_RELATIONS and t.head.pos_ in ("NOUN", "PROPN") and t.head.i < comma),
            None,
        )
        if auxiliary is None or lemma(auxiliary) not in ("werden", "sein"):
            continue
        if any(t.is_punct for t in doc[auxiliary.i + 1 : comma]):
            continue
        # the phrases between the auxiliary and the comma, wherever the parser hung them
        nouns = [
            t for t in doc[auxiliary.i + 1 : comma]
            if t.pos_ in ("NOUN", "PROPN") and (t.dep_ in _PREDICATE_RELATIONS or t.i == auxiliary.head.i)
            and not any(grand.dep_ == "case" for grand in t.children)
        ]
        if len(nouns) < 2 or nouns[-1].head.i != verb.i and nouns[-1].i != auxiliary.head.i:
            continue  # one noun is the subject of a passive: "wurde die Stadt, gefolgt …" stays as it is
        predicate = nouns[-1]
        if not take_place(predicate, verb):
            continue
        for child in list(verb.children):
            if child.i < comma and child.i != predicate.i:
                set_head(child, predicate, "nsubj" if child.dep_ in _PREDICATE_RELATIONS else None)
        set_head(auxiliary, predicate, "cop")
        set_head(verb, predicate, "advcl")


def participle_insertions(doc: Doc) -> None:
    """"Die Stadt wurde am Montag, begleitet von Protesten, geräumt": a participle clause between commas
    inside the sentence, with a participle alone after the second comma at the sentence's end, is an
    insertion; the participle at the end is the auxiliary's ("wurde … geräumt"), the inserted one hangs on it."""
    for verb in tokens_where(doc, "ORTH", (",",), shifts=(1,)):
        opening = verb.i - 1
        if opening < 1 or not is_participle_form(verb):
            continue
        auxiliaries = [c for c in verb.children if c.dep_ in AUXILIARY_RELATIONS and c.i < opening]
        end = verb.sent.end
        closing = next((t.i for t in doc[verb.i + 1 : end] if t.text == ","), None)
        if not auxiliaries or closing is None:
            continue
        rest = [t for t in doc[closing + 1 : end] if not t.is_punct]
        if len(rest) != 1 or not is_participle_form(rest[0]) or any(c.dep_ in AUXILIARY_RELATIONS for c in rest[0].children):
            continue
        main = rest[0]
        if not take_place(main, verb):
            continue
        for child in list(verb.children):
            if child.i < opening or child.dep_ in AUXILIARY_RELATIONS:
                set_head(child, main)
        set_head(verb, main, "advcl")
        verb.tag_ = "VVPP"  # a participle clause has no tense of its own
        verb.set_morph("VerbForm=Part")


_PARTICLE_WORDS = PARTICLES_ONLY | FEW_VERB_PARTICLES


def particles_taken_for_verbs(doc: Doc) -> None:
    """"Finnland hält … die EU-Ratspräsidentschaft inne": a word that is nothing but a verb's particle
    ("inne", "fehl", "zugute"), tagged a verb of its own at the clause's end, is the particle of the
    finite verb before it where the two make a verb; its phrases are that verb's."""
    for particle in tokens_where(doc, "LOWER", _PARTICLE_WORDS):
        if particle.pos_ not in ("VERB", "AUX"):
            continue
        following = doc[particle.i + 1] if particle.i + 1 < len(doc) else None
        if following is not None and not following.is_punct:
            continue
        verb = next(
            (t for t in reversed(doc[particle.sent.start : particle.i]) if t.pos_ in ("VERB", "AUX") and clearly_finite(t)),
            None,
        )
        if verb is None or not listed_verb(particle.lower_ + lemma(verb)):
            continue
        for child in list(particle.children):
            if not child.is_punct:
                set_head(child, verb)
        set_head(particle, verb, "compound:prt")
        particle.pos_, particle.tag_ = "ADP", "PTKVZ"
        particle.set_morph(None)


def auxiliaries_on_attributive_adjectives(doc: Doc) -> None:
    """"Johnson müsse die … versprochenen Vorschläge … endlich vorlegen" with "müsse" and "Johnson" hung on
    the participle before the noun: an attributive adjective (ADJA) has no auxiliary and no subject, so
    they are the clause's, whose verb is the infinitive or participle after the noun with no auxiliary
    of its own; the noun becomes its object where the parser made the noun the clause's head."""
    for adjective in tokens_where(doc, "TAG", ("ADJA",)):  # (this pass changes heads and relations only)
        if adjective.dep_ != "amod":
            continue
        moved = [c for c in adjective.children if c.dep_ in (*AUXILIARY_RELATIONS, "nsubj") and c.i < adjective.i]
        if not any(c.dep_ in AUXILIARY_RELATIONS for c in moved):
            continue
        noun = adjective.head
        verb = next(
            (t for t in doc[noun.i + 1 : adjective.sent.end]
             if t.pos_ == "VERB" and kind(t) in ("inf", "part") and not any(c.dep_ in AUXILIARY_RELATIONS for c in t.children)),
            None,
        )
        if verb is None:
            continue
        if noun.head.i == noun.i and take_place(verb, noun):
            set_head(noun, verb, "obj")
        for child in moved:
            set_head(child, verb)


_CLAUSE_ENDS = frozenset({",", ".", ";", ":", "!", "?", "–"})


def clause_end(word: Token) -> int:
    """The index of the punctuation that ends the clause *word* stands in (its sentence's end if none)."""
    sentence_end = word.sent.end
    return next((t.i for t in word.doc[word.i + 1 : sentence_end] if t.text in _CLAUSE_ENDS), sentence_end)


def subordinators_taken_for_prepositions(doc: Doc) -> None:
    """"Als Lewis und Clark 1804 Nordamerika durchquerten, …" with "Als" (tagged a subordinating
    conjunction) hung on "Lewis" as a preposition: the conjunction marks the clause whose finite verb
    stands last before the next punctuation. A conjunction that marks a clause is one, not a preposition
    ("Während … gesprochen wird, erkennt …": while, not during); so is a word that is both, tagged a
    preposition, where a preposition or pronoun follows it instead of its noun phrase ("Während in der
    Erzählung … gesprochen wird, …") or where it opens its clause after a comma ("…, bis die Jungtiere
    schlüpfen": until; not "die während des Krieges geflohen sind", a relative clause's phrase). "bis"
    before another preposition is always one ("bis zu 68 Zentimeter", "bis zum Abend": up to, until)."""
    homographs = []
    for word in tokens_where(doc, "TAG", ("APPR",)):
        if word.lower_ not in PREPOSITION_OR_CONJUNCTION or word.i + 1 >= len(doc):
            continue
        before_preposition = doc[word.i + 1].pos_ == "ADP"
        if word.lower_ == "bis" and before_preposition:
            continue
        if before_preposition or doc[word.i + 1].pos_ == "PRON" or doc[word.i - 1].text == ",":
            homographs.append(word)
    for word in merged(tokens_where(doc, "TAG", ("KOUS",)), homographs):
        end = clause_end(word)
        verb = doc[end - 1]
        if end - 1 <= word.i + 1 or verb.pos_ not in ("VERB", "AUX") or not verb.tag_.endswith("FIN"):
            continue
        if word.dep_ != "mark":
            head = verb.head if verb.dep_ in ("aux", "aux:pass", "cop") else verb  # "Kanzlerin wurde"
            set_head(word, head, "mark")
        # ("während … ernennen": an infinitive; after a comma the clause's last verb is its finite one)
        if word.pos_ == "ADP" and (verb.pos_ == "AUX" or clearly_finite(verb) or doc[word.i - 1].text == ","):
            word.pos_, word.tag_ = "SCONJ", "KOUS"


def subordinate_clauses_taken_for_the_main_clause(doc: Doc) -> None:
    """"Johnson müsse die … Vorschläge – „sofern sie existieren“ – endlich vorlegen" with "existieren" the
    sentence's root: a clause a subordinating conjunction opens is never the main clause, so a verb the
    parser hung on it after it, beyond punctuation, is the main clause's verb; it takes the root's place
    and every word outside the subordinate clause, which becomes its adverbial clause."""
    for verb in doc:
        if verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX"):
            continue
        mark = next((c for c in verb.children if c.dep_ == "mark" and c.tag_ == "KOUS" and c.i < verb.i), None)
        if mark is None:
            continue
        main = next(
            (c for c in verb.children
             if c.pos_ == "VERB" and c.i > verb.i and c.dep_ in ("xcomp", "conj", "ccomp", "parataxis")
             and any(t.is_punct for t in doc[verb.i + 1 : c.i])),
            None,
        )
        if main is None or not take_place(main, verb):
            continue
        opening = mark.i - 1
        while opening >= 0 and doc[opening].is_punct and doc[opening].head.i == verb.i:
            opening -= 1  # the quote and dash that open the inserted clause stay with it
        for child in list(verb.children):
            if child.i <= opening or (child.i > verb.i and not (child.is_punct and child.i == verb.i + 1)):
                set_head(child, main)
        set_head(verb, main, "advcl")
