"""Clause-level case rules: one subject per clause, found by the forms or by verb agreement.

A clause has one nominative (besides copular "X ist Y"): when one phrase is
surely nominative ("er", "der Minister"), the others that could be nominative
or accusative are accusative; when one is surely accusative, the only other
candidate is the subject; otherwise the phrase that agrees in number with the
finite verb is. Werden-passives have no accusative object. Where the subject
is when no phrase of the clause is it (a pronoun, the subject a joined verb
shares, the speaker after a reporting verb) is asked of reader.nlp.clause_subjects;
the case of a phrase after "als"/"wie" is reader.nlp.compared_cases'.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from reader.lexicon.valency import reflexive_object_cases, reflexive_verb
from reader.nlp.appositions import bracketed_after
from reader.nlp.copular_clauses import bare_genitive
from reader.nlp.case_evidence import Phrase
from reader.nlp.clause_kinds import (
    bare_infinitive,
    clause_verb,
    copular,
    es_gibt,
    finite_after_conjunction,
    infinitive_clause,
    passive,
    takes_no_accusative,
    verb_lemma,
)
from reader.nlp.clause_subjects import (
    after_was,
    antecedent_number,
    has_subject_elsewhere,
    opens_the_clause_before_its_finite_verb,
    pronoun_subject,
    shares_subject,
    speaker_after,
    subject_taken_for_a_dative,
)
from reader.nlp.lang.articles import FIRST_OR_SECOND_PERSON, PERSONAL, REPORTED_CONTENT, Reading
from reader.nlp.lang.valency import (
    CONCERNING_VERBS,
    DATIVE_OBJECT_VERBS,
    DATIVE_PERSON_VERBS,
    GENITIVE_OBJECT_VERBS,
    OBJECT_PREDICATIVE_VERBS,
    REFLEXIVE_GENITIVE_OBJECT_VERBS,
    TWO_ACCUSATIVE_VERBS,
)
from reader.nlp.noun_lexicon import names_someone
from reader.nlp.noun_phrases import HEADS, lemma_of, name_after_its_particle
from reader.nlp.phrase_roles import (
    after_fixed_adverbial,
    compared_adjunct,
    genitive_with_sein,
    measure_accusative,
    noun_hung_on_a_name,
    object_of_participle,
    unjoined_conjunct,
)
from reader.nlp.relative_pronouns import after_comma, relative_determiner
from reader.nlp.subject_agreement import (
    coordinated,
    explicitly_singular,
    finite_number,
    phrase_number,
    prefield_conjunct,
    stray_finite_verb,
)
from reader.nlp.verb_complex import verb_complex, zu_infinitive
from reader.nlp.verb_forms import is_participle
from reader.nlp.verb_mood import imperative_stem
from reader.nlp.doc_facts import sentence_start
from reader.nlp.phrase_context import fragment_before_colon, genitive_attribute, time_adverbial

# Dependents that take their case from another phrase, not from the clause.
NOT_CLAUSE_MEMBERS = ("nmod", "appos", "conj", "flat", "flat:name", "dep", "parataxis")


def one_subject_per_clause(doc: Doc, phrases: dict[int, Phrase], decided: dict[int, Reading]) -> None:
    """A clause has one nominative (the subject): "Die Mängel hat er zugegeben" — "er" is the subject,
    so "die Mängel" is accusative. Copular clauses ("X ist Y") have two and are left alone."""
    by_verb: dict[int, list[int]] = {}
    for i, phrase in phrases.items():
        head = phrase.head
        if (
            measure_accusative(head) or bracketed_after(phrase) is not None or genitive_attribute(phrase)
            or object_of_participle(head) is not None or genitive_with_sein(head) or fragment_before_colon(head)
        ):
            # "elf Prozent kleiner": a measure; "am Montag (9. September)": an aside; "Attentate dieser Art":
            # a noun's attribute; "Hilfe suchender Menschen": a participle's object; "ist der Meinung": a
            # genitive with sein; "Nicht so Bundeskanzler Schröder: …": a fragment; neither subject nor object
            continue
        joins_clause = (
            _bare_name_after_noun(head) or after_fixed_adverbial(head) or unjoined_conjunct(head) or noun_hung_on_a_name(head)
        )
        # (a predicate with its own copula heads a clause of its own, a conjunct or not: "… und sind … die
        # größten Wasserspeicher")
        own_copula = head.dep_ == "conj" and any(c.dep_ == "cop" for c in head.children) and head.head.pos_ in ("VERB", "AUX")
        member = head.dep_ not in NOT_CLAUSE_MEMBERS or joins_clause or _loose_verb_phrase(head) or own_copula
        if phrase.preposition is None and member and not compared_adjunct(head):
            if head.dep_ == "det" and not (head.pos_ == "PRON" and head.lower_ in PERSONAL) and not relative_determiner(head):
                continue
            if any(c.dep_ == "cop" for c in head.children):
                verb = head  # "…, dass die Maya ein friedliebendes Volk waren": the predicate heads its clause
            elif unjoined_conjunct(head) and any(c.dep_ == "cop" for c in head.head.children):
                verb = head.head  # "…, da dies eine Angelegenheit Spaniens ist", the predicate parsed as a conjunct
            else:
                verb = clause_verb(head.head if head.dep_ == "det" or joins_clause else head)
                if verb is None and joins_clause and head.head.head.i != head.head.i:
                    verb = clause_verb(head.head.head)  # "eine Frau zum Beispiel Kleinkinder": up from "Frau"
                if verb is None:
                    verb = stray_finite_verb(head)
            if verb is not None and not _before_conjunction(head, verb):
                by_verb.setdefault(verb.i, []).append(i)
    _subjects_hung_on_the_infinitive(doc, by_verb, phrases)
    for verb_i, members in by_verb.items():
        # "Die Planung und die Finanzierung übernimmt das Land": the second of the two is part of the first
        conjuncts = {}
        for i in members:
            second = prefield_conjunct(doc[i])
            if second is not None and second.i in members:
                conjuncts[second.i] = i
        # (a space the tokenizer kept, which the parser may make a subject, is no phrase of the clause)
        members = [i for i in members if i not in conjuncts and not doc[i].is_space]
        targets = _clause_targets(doc[verb_i], members, phrases, decided)
        number = finite_number(doc[verb_i])
        for i, case in targets.items():
            if case == "Nom" and number is not None and phrases[i].allows("Nom", number):
                decided[i] = phrases[i].best_in_case_and_number("Nom", number)  # "sei sie …": singular
            elif decided[i][0] != case:
                decided[i] = phrases[i].best_in_case(case)
        for second, first in conjuncts.items():
            if decided[first][0] in phrases[second].allowed_cases():
                decided[second] = phrases[second].best_in_case(decided[first][0])
        _dative_objects(doc[verb_i], members, phrases, decided)


def _subjects_hung_on_the_infinitive(doc: Doc, by_verb: dict[int, list[int]], phrases: dict[int, Phrase]) -> None:
    """"Diesen Umstand versuchen einige Studien zu berücksichtigen", with "Studien" hung on the
    zu-infinitive (which has no subject): where the finite verb's own clause has no phrase that can be its
    subject, the first phrase between it and the infinitive that can agree with it is its subject."""
    for verb_i in list(by_verb):
        infinitive = doc[verb_i]
        finite = infinitive.head
        if infinitive.dep_ != "xcomp" or not zu_infinitive(infinitive) or finite.i >= infinitive.i or finite.i == infinitive.i:
            continue
        number = finite_number(finite)
        if number is None or verb_complex(finite).finite is None or passive(finite) or copular(finite):
            continue
        own = by_verb.get(finite.i, [])
        if any(phrases[i].allows("Nom", number) and "Nom" in phrases[i].allowed_cases() for i in own):
            continue
        between = [
            i for i in by_verb[verb_i]
            if finite.i < i < infinitive.i and phrases[i].allows("Nom", number)
            and not any(t.text == "," for t in doc[finite.i : i])  # ", Donald Trump … zu verbannen": the infinitive's own
        ]
        if between:
            by_verb[verb_i].remove(between[0])
            by_verb.setdefault(finite.i, []).append(between[0])


def _before_conjunction(phrase: Token, verb: Token) -> bool:
    """A phrase before the conjunction that opens the verb's clause belongs to another clause ("Der
    Präsident, …, bis ihn das Militär absetzte, ist gestorben": not "Präsident" of "absetzte")."""
    if any(c.dep_ == "mark" and c.pos_ == "SCONJ" and phrase.i < c.i < verb.i for c in verb.children):
        return True
    # "Die Forderung nach einer Datei, auf die Polizei und Verfassungsschutz Zugriff hätten, …"
    doc = phrase.doc
    return any(
        _opens_relative_clause(t) and not any(w.text == "," for w in doc[t.i : verb.i])  # the verb is the clause's own
        for t in doc[phrase.i + 1 : verb.i]
    )


def _opens_relative_clause(word: Token) -> bool:
    """A relative pronoun right after a comma, or after a comma and a preposition (", auf die …")."""
    return (word.tag_ in ("PRELS", "PRELAT") or relative_determiner(word)) and after_comma(word)


def _dative_objects(verb: Token, members: list[int], phrases: dict[int, Phrase], decided: dict[int, Reading]) -> None:
    """The verb's valency makes an object dative where the forms allow both: "gehört der Gemeinde" (a
    verb with a dative object only), "verbietet Frauen, … zu tragen" (a dative person beside a clause);
    of two objects of "geben"-verbs the first is the dative ("gab den Bürgern Zeit"); the one object of a
    verb Ding writes as "sich jdm. …" ("sich den Extremisten anzuschließen")."""
    doc = verb.doc
    lemma = verb_lemma(verb)
    reflexive = any(c.lower_ == "sich" and not any(g.dep_ == "case" for g in c.children) for c in verb.children)
    dative_after_sich = reflexive and reflexive_object_cases(lemma) == {"Dat"}
    two_objects_allowed = lemma in TWO_ACCUSATIVE_VERBS
    if lemma not in DATIVE_OBJECT_VERBS and lemma not in DATIVE_PERSON_VERBS and not dative_after_sich and two_objects_allowed:
        return
    if es_gibt(verb):
        return  # "Es gibt auch Sorten ohne Alkohol, zum Beispiel Malzbier": no one to give to, no dative
    # a subject before its verb stays one, unless the clause has its nominative elsewhere (", das China
    # … Mittel erlaubt": "das" is the subject, "China" the dative)
    subject_elsewhere = any(decided[i][0] == "Nom" and not doc[i].dep_.startswith("nsubj") for i in members)
    objects = sorted(
        i for i in members
        if decided[i][0] in ("Acc", "Dat")
        and (doc[i].dep_ in ("obj", "iobj", "nsubj", "nsubj:pass", "dep") or name_after_its_particle(doc[i]))  # (parsed "obl")
        and doc[i].pos_ in HEADS and not (doc[i].dep_.startswith("nsubj") and i < verb.i and not subject_elsewhere)
        and doc[i].lower_ != "sich" and not time_adverbial(doc[i])  # "besuchte Paris jeden Sommer": a time
    )
    if not objects or any(decided[i][0] == "Dat" for i in objects):
        return  # a dative is there already
    first = objects[0]
    clause_object = any(c.dep_ in ("ccomp", "xcomp", "csubj") for c in verb.children)
    dative = ((lemma in DATIVE_OBJECT_VERBS or dative_after_sich) and len(objects) == 1) or (
        lemma in DATIVE_PERSON_VERBS and (len(objects) == 2 or (len(objects) == 1 and clause_object))
    ) or (len(objects) == 2 and not two_objects_allowed)  # ", der Europa neue Märkte öffnet": no verb has two accusatives
    if dative and "Dat" in phrases[first].allowed_cases():
        decided[first] = phrases[first].best_in_case("Dat")


def _plural_by_sense(head: Token) -> bool:
    """"mehr als die Hälfte der Abgeordneten stimmten", "ein Teil der Kosten wurden …": a singular that
    counts a plural (its genitive plural attribute, or "mehr/weniger als" before it) may take a plural verb."""
    doc = head.doc
    als = head.left_edge if head.left_edge.lower_ == "als" else doc[max(head.left_edge.i - 1, 0)]
    counted = als.lower_ == "als" and als.i >= 1 and doc[als.i - 1].lower_ in ("mehr", "weniger")
    of_plural = any(c.dep_ == "nmod" and c.morph.get("Number") == ["Plur"] and c.morph.get("Case") == ["Gen"] for c in head.children)
    return counted or of_plural


def _clause_targets(verb: Token, members: list[int], phrases: dict[int, Phrase], decided: dict[int, Reading]) -> dict[int, str]:
    """The case each phrase of the clause of `verb` must have, for those the clause decides."""
    doc = verb.doc
    # A bare noun phrase that depends on a verb is hardly ever genitive ("der Minister" is the subject),
    # but for a genitive of quality after sein ("ist deutscher Herkunft")
    allowed = {i: (phrases[i].allowed_cases() - {"Gen"}) or {"Gen"} for i in members}
    if verb.i in allowed and "Gen" in phrases[verb.i].allowed_cases() and bare_genitive(verb) and copular(verb):
        allowed[verb.i] = {"Gen"}
        decided[verb.i] = phrases[verb.i].best_in_case("Gen")
    for i in _genitive_objects(verb, members, phrases):  # "bedarf der Zustimmung", "enthielt sich der Stimme"
        allowed[i] = {"Gen"}
        decided[i] = phrases[i].best_in_case("Gen")
    for i in members:  # "Sorgen bereitet der Regierung …": a bare "der" on a verb is dative, not genitive
        if decided[i][0] == "Gen" and "Dat" in allowed[i] and doc[i].dep_ in ("obj", "iobj", "obl", "obl:arg"):
            decided[i] = phrases[i].best_in_case("Dat")
        elif allowed[i] == {"Dat"} and decided[i][0] != "Dat":
            decided[i] = phrases[i].best_in_case("Dat")  # "künftigen Diskussionen überlassen": only a dative
    number = finite_number(verb)
    subject_taken_for_a_dative(verb, number, members, phrases, decided, allowed)
    lemma = verb_lemma(verb)
    if lemma not in DATIVE_OBJECT_VERBS and lemma not in DATIVE_PERSON_VERBS:  # (no union of the two made per clause)
        for i in members:
            # "Twitter sperrt Accounts": a bare noun the model took for a dative, beside a verb without a
            # dative object, is the subject or the object
            phrase = phrases[i]
            bare = not phrase.members and doc[i].pos_ == "NOUN"
            if decided[i][0] == "Dat" and phrase.source != "grammar" and bare and {"Nom", "Acc"} <= allowed[i]:
                decided[i] = max((phrase.best_in_case("Acc"), phrase.best_in_case("Nom")), key=phrase.score)
    open_ = [i for i in members if decided[i][0] in ("Nom", "Acc") and {"Nom", "Acc"} <= allowed[i]]
    if verb_lemma(verb) in CONCERNING_VERBS and any(after_was(phrases[i]) for i in open_):
        return {i: "Acc" for i in open_}  # "Was TikTok betrifft": "was" is the subject
    placeholder = next((i for i in open_ if doc[i].lower_ == "es" and i < verb.i), None)
    if (
        placeholder is not None and number != "Plur" and not copular(verb)
        and opens_the_clause_before_its_finite_verb(doc[placeholder], verb)
    ):
        # "Es stand lange unter britischer Herrschaft": an object "es" never stands first, before the verb
        return {placeholder: "Nom"}
    if placeholder is not None and number == "Plur" and verb_lemma(verb) != "geben":
        # "Es bestehen begründete Zweifel": a singular "es" is no subject of a plural verb but its placeholder
        plural = [i for i in open_ if i != placeholder and phrases[i].allows("Nom", "Plur")]
        if plural:
            return {plural[0]: "Nom"}
    fixed_nom = [i for i in members if allowed[i] == {"Nom"} or (phrases[i].source == "grammar" and decided[i][0] == "Nom")]
    fixed_acc = [i for i in members if "Nom" not in allowed[i] and decided[i][0] == "Acc"]
    if not open_:
        return {}
    finite = verb_complex(verb).finite
    if finite is not None and imperative_stem(finite.lower_, lemma_of(finite)):
        return {i: "Acc" for i in open_}  # "(siehe Ethnogenese)": a request has no subject but its reader
    if infinitive_clause(verb):
        # "…, mehrere Flugzeuge explodieren zu lassen": no subject, no nominative, inside the clause's commas
        opening = max((t.i for t in doc[sentence_start(verb) : verb.i] if t.text == ","), default=sentence_start(verb))
        # "Sein Ziel ist es, die Steuern zu senken": the copula the parser hung here stands before the comma
        # ("Das Haus ist zu verkaufen" has no comma: sein + zu-infinitive, with a subject)
        if not copular(verb) or any(c.dep_ == "cop" and c.i < opening for c in verb.children):
            return {i: "Acc" for i in open_ if i > opening}
    if bare_infinitive(verb):
        # "Kommentar abgeben": an infinitive as a heading has no subject, and a singular is no subject of the
        # plural the same form could be ("Beobachter vermuten" may be one)
        return {i: "Acc" for i in open_ if i < verb.i and not phrases[i].allows("Nom", "Plur")}
    if passive(verb) or _naming_participle_of_a_noun(verb):
        # a werden-passive has no accusative object ("bis dieser Kopf und jedes andere Artefakt zurückgegeben wird"),
        # nor a participle of naming that describes a noun: the name it gives is a nominative ("Der Gletscher, in
        # Österreich auch Kees genannt, …", as "Er wird Kees genannt")
        return {i: "Nom" for i in open_}
    # (not under "lassen": "Lass das Mikro fallen" has the accusative)
    if (
        len(open_) == 1 and not fixed_nom and (takes_no_accusative(verb) or _sich_is_the_object(verb)) and finite is not None
        and finite.morph.get("VerbForm") == ["Fin"] and lemma_of(finite) != "lassen"
    ):
        # "…, ob die Verhandlungen stattfinden", "Nachdem sich … das Reich Elam gebildet hatte": the one phrase
        # is no object
        return {open_[0]: "Nom"}
    if copular(verb):
        if any(c.dep_ == "nsubj" and c.lower_ == "es" for c in verb.children):
            return {}
        return {i: "Nom" for i in open_}  # "Viele Fragen sind unbeantwortet"
    if pronoun_subject(verb, members, open_) and not passive(verb):
        return {i: "Acc" for i in open_}  # "Dies betrifft die Frage", "dieser stellte das Programm zur Verfügung"
    if lemma_of(verb) == "geben" and not fixed_nom and any(c.lower_ == "es" for c in verb.children):
        # "es gibt …" + accusative, also where the parser hung "es" loosely ("Diese Firma gibt es nicht mehr")
        return {i: ("Nom" if doc[i].lower_ == "es" else "Acc") for i in open_}
    # a conjunct shares its subject with the first clause unless its phrase stands before its verb
    # ("…, die Adern treten hervor, ihre Hände zittern")
    own_clause = verb.dep_ != "conj" or (len(open_) == 1 and open_[0] < verb.i)
    own_clause = own_clause and verb_complex(verb).finite is not None  # "Flugzeuge explodieren zu lassen": no subject
    # "…, daß ich Tabus tangiere und auch Aufregung auslöse": the object; "… und habe die Menschenmenge 20 Meter
    # zurückgedrängt": right after "und", every phrase
    after_und = finite_after_conjunction(verb)
    if not fixed_nom and (after_und or (len(open_) == 1 and not fixed_acc)) and shares_subject(verb, doc[open_[0]], decided):
        return {i: "Acc" for i in open_}
    if len(open_) == 1 and not fixed_nom and not fixed_acc and number and own_clause:
        head = phrases[open_[0]].head
        plural = decided[open_[0]][2] == "Plur" or coordinated(head)
        # (the number guessed for a pronoun or a name may be wrong: "sie ändere nichts", "rechnet die EZB")
        agrees = (number == "Plur") == plural or (head.pos_ in ("PRON", "PROPN") and phrases[open_[0]].allows("Nom", number))
        agrees = agrees or (number == "Plur" and _plural_by_sense(head))
        if agrees and head.lower_ not in FIRST_OR_SECOND_PERSON:
            return {open_[0]: "Nom"}  # a finite clause has a subject
        if number == "Plur" and phrases[open_[0]].allows("Nom", "Plur") and phrases[open_[0]].source != "grammar" \
                and head.lower_ not in FIRST_OR_SECOND_PERSON and not has_subject_elsewhere(verb, head):
            # "…, aus der die USA Informationen hacken": "die USA" may be plural, and is the only subject
            decided[open_[0]] = phrases[open_[0]].best_in_case_and_number("Nom", "Plur")
            return {}
        if plural and number == "Sing" and phrases[open_[0]].source == "grammar" or has_subject_elsewhere(verb, head):
            return {open_[0]: "Acc"}  # "Was die Mieten angeht": a plural is no subject of "angeht"
        bare_name = head.pos_ == "PROPN" and not phrases[open_[0]].members
        if not plural and number == "Plur" and decided[open_[0]][0] == "Nom" and not any(c.dep_ == "conj" for c in head.children) and (
            bare_name or not phrases[open_[0]].allows("Nom", "Plur")
        ):
            # "Kommentar abgeben": a singular is no subject of a plural verb
            decided[open_[0]] = phrases[open_[0]].best_not_in("Nom", allowed[open_[0]])
        if plural and explicitly_singular(verb) and decided[open_[0]][0] == "Nom":
            # "das Frauen verbietet …": a plural cannot be the subject of a singular verb; whether it is
            # the accusative or the dative object, the forms and the model decide
            decided[open_[0]] = phrases[open_[0]].best_not_in("Nom", allowed[open_[0]])
        return {}
    if len(open_) >= 2 and verb_lemma(verb) in DATIVE_OBJECT_VERBS:
        # "droht Israel eine Verschlechterung": a verb with a dative object has no accusative, so of two
        # phrases the one that cannot be dative is the subject and the other the dative
        not_dative = [i for i in open_ if "Dat" not in allowed[i]]
        if len(not_dative) == 1:
            return {i: ("Nom" if i in not_dative else "Dat") for i in open_ if i in not_dative or "Dat" in allowed[i]}
    if fixed_nom:
        for i in members:  # "Der Minister gab ihr …": "ihr" cannot be a second subject
            if i not in fixed_nom and i not in open_ and decided[i][0] == "Nom" and len(allowed[i]) > 1:
                decided[i] = phrases[i].best_not_in("Nom", allowed[i])
        return {i: "Acc" for i in open_ if i not in fixed_nom}
    if fixed_acc and len(open_) == 1:
        return {open_[0]: "Nom"}
    if len(open_) >= 2:
        if number:
            # each phrase whose forms allow the verb's number, whatever number was guessed for it
            # ("BKA-Mitarbeiter hätten Computer, Handys und Festplatten mitgenommen": "Mitarbeiter" may be
            # plural; "dass sie Schockwellen erzeugt": "sie" may be singular); a coordination is plural
            agreeing = [
                i for i in open_
                if (number == "Plur" if coordinated(doc[i]) else phrases[i].allows("Nom", number))
                and doc[i].lower_ not in FIRST_OR_SECOND_PERSON and antecedent_number(doc[i], phrases) in (number, None)
            ]
        else:
            agreeing = [i for i in open_ if phrase_number(doc[i], decided[i]) is None and doc[i].lower_ not in FIRST_OR_SECOND_PERSON]
        # "…, Kritiker befürchten …": a phrase cut off from the verb by a comma belongs to the clause before
        unbroken = [i for i in agreeing if not _comma_between(doc[i], verb)]
        if unbroken and len(unbroken) < len(agreeing):
            agreeing = unbroken
        in_clause = [i for i in open_ if not _comma_between(doc[i], verb)] or open_
        expletive = [i for i in open_ if doc[i].lower_ == "es" and i < verb.i]
        if expletive:  # "Doch es wurden Reduzierungen beschlossen": "es" before the verb is nominative
            return {expletive[0]: "Nom"}
        finite_at = (finite or verb).i  # "Das hat das Amt mitgeteilt": after "hat"
        speaker = [i for i in agreeing if i > finite_at]
        if speaker and speaker_after(verb, speaker, finite_at) and any(
            doc[i].lower_ in REPORTED_CONTENT and i < finite_at and not phrases[i].members for i in open_
        ):
            # "Das sagt Norbert Hofer", "Das erklärte die Sprecherin", "Das hat das Amt mitgeteilt": what
            # was said comes first, the speaker after the finite verb
            return {i: ("Nom" if i == speaker[0] else "Acc") for i in open_}
        if len(agreeing) == 2 and any(c.tag_ == "PRELAT" for c in doc[agreeing[0]].children) and names_someone(doc[agreeing[1]]):
            # "…, dessen Strukturen sie zerstören wollten", "…, dessen Einfuhr die EU verboten hatte": the
            # phrase with "dessen" opens its clause whatever its role; a pronoun, name or person after it
            # is the subject
            return {i: ("Nom" if i == agreeing[1] else "Acc") for i in open_}
        if (number and len(agreeing) == 1) or (agreeing and (len(in_clause) == 2 or agreeing[0] == min(in_clause))):
            # the one that agrees with the verb; of several that agree, the first, usually
            return {i: ("Nom" if i == agreeing[0] else "Acc") for i in open_}
    return {}


def _genitive_objects(verb: Token, members: list[int], phrases: dict[int, Phrase]) -> list[int]:
    """The object of a verb that takes the genitive, where its forms allow one: a phrase hung on the verb
    as its object, its argument or its dative ("der Zustimmung", also a dative by its forms)."""
    lemma = verb_lemma(verb)
    sich = any(c.lower_ == "sich" for c in verb.children)
    if lemma not in GENITIVE_OBJECT_VERBS and not (sich and lemma in REFLEXIVE_GENITIVE_OBJECT_VERBS):
        return []
    return [
        i for i in members
        if verb.doc[i].dep_ in ("obj", "iobj", "obl:arg") and verb.doc[i].lower_ != "sich" and "Gen" in phrases[i].allowed_cases()
    ]


def _naming_participle_of_a_noun(verb: Token) -> bool:
    """A participle of a verb of naming with no auxiliary, hung on the noun it names ("Kees genannt")."""
    return (
        verb.dep_ in ("acl", "advcl") and verb.head.pos_ in HEADS and verb.tag_ in ("VVPP", "VVFIN")
        and lemma_of(verb) in OBJECT_PREDICATIVE_VERBS and is_participle(verb.lower_, lemma_of(verb))
        and not any(c.dep_.startswith(("aux", "nsubj")) or c.dep_ == "mark" for c in verb.children)
    )  # (no finite verb spelt like one: "…, wenn man Ost und West als … betrachtet")


def _sich_is_the_object(verb: Token) -> bool:
    """The verb's "sich" is its accusative object: Ding writes it with "sich" and no other accusative
    ("sich bilden", not "sich etw. ansehen")."""
    lemma = verb_lemma(verb)
    sich = any(c.lower_ == "sich" and c.dep_ in ("obj", "expl", "expl:pv") for c in verb.children)
    return sich and reflexive_verb(lemma) and "Acc" not in reflexive_object_cases(lemma)


def _comma_between(phrase: Token, verb: Token) -> bool:
    """A comma outside the phrase between a phrase before the verb and the verb."""
    if phrase.i > verb.i:
        return False
    # a comma inside another phrase ("eine aggressive, militärisch unterstützte Außenpolitik"), between the
    # adjectives of one ("keine lustigen, anmaßenden Vornamen") or the members of a list ("hätten Computer,
    # Handys und Festplatten mitgenommen") does not count
    between = phrase.doc[phrase.right_edge.i + 1 : verb.i]
    inside = [(t.left_edge.i, t.right_edge.i) for t in between if t.pos_ in HEADS and t.left_edge.i > phrase.right_edge.i]
    return any(
        t.text == "," and t.head.pos_ != "ADJ" and not (t.head.dep_ == "conj" and t.head.pos_ in HEADS)
        and not any(start < t.i < end for start, end in inside)
        for t in between
    )


def _loose_verb_phrase(head: Token) -> bool:
    """"sickerte am Donnerstag, den 28. Februar, die Nachricht … durch", with "Nachricht" loosely hung on
    the verb ("dep") after an insertion: a phrase with its article on the verb is one of the clause, unless
    another finite verb stands between them (then the parse lost a clause)."""
    verb = head.head
    if head.dep_ != "dep" or head.pos_ not in HEADS or verb.pos_ not in ("VERB", "AUX"):
        return False
    low, high = sorted((head.i, verb.i))
    between = head.doc[low + 1 : high]
    return any(c.dep_ in ("det", "det:poss") for c in head.children) and not any(
        "Fin" in t.morph.get("VerbForm") for t in between
    )


def _bare_name_after_noun(head: Token) -> bool:
    """"welche Maßnahmen Aachen ergreifen muss": a name without article or -s hung on the noun before
    it is no genitive attribute but a phrase of the clause."""
    return (
        head.dep_ == "nmod" and head.head.i == head.i - 1 and head.head.pos_ in HEADS
        and not any(c.dep_ in ("det", "det:poss", "case", "amod") for c in head.children)
        and not head.lower_.endswith(("s", "x", "z"))
    )
