"""Who does what a passive tells: "von" or "durch" naming the doer ("von der CDU unterstützt": by).

A phrase names the doer where its clause is a passive (werden, or lassen with "sich"), where it stands before
or on a past participle that describes a noun ("das von ihr geleitete Ministerium"), or where it runs up to
such a participle whatever the parser hung it on; not in an active perfect ("die Aufgabe von Esper übernommen
hatte": from) nor before a verb whose Perfekt takes sein ("von den Mauern gesprungen"). Called by
reader.nlp.preposition_uses.
"""

from __future__ import annotations

from reader.lexicon.lookup import CALENDAR_WORDS
from reader.nlp.lang.change_verbs import CHANGE_VERBS
from reader.nlp.lang.grammar import ACTION_NOUN_ENDINGS
from reader.nlp.lang.prepositions import RANGE_ENDS
from reader.nlp.lang.sentences import TIME_NOUNS
from reader.nlp.noun_lexicon import person_noun
from reader.nlp.parse_edits import verb_above
from reader.nlp.participles import participle_of
from reader.nlp.quantities import counted
from reader.nlp.verb_forms import adjective_after_sein, infinitive_of_participle, is_participle, takes_sein


def counted_doers(noun) -> bool:
    """A counted noun in a passive clause, or in a phrase running up to a past participle, that is no span of
    time nor the start of a range or a change: "von zehn Polizeifahrzeugen eskortiert", not "von drei Jahren
    auf zwei verkürzt"."""
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if noun.lemma_ in TIME_NOUNS or (following is not None and following.lower_ in RANGE_ENDS):
        return False
    if verb_above(noun).lemma_ in CHANGE_VERBS:
        return False  # "wurden von 65 Rial (ca. 28 Cents) auf 60 Rial gesenkt": from
    if noun.dep_ == "nmod" or not counted(noun):
        return False
    if _in_passive_clause(noun):
        return True
    # (or counted people before an attribute's participle: "von 60 Mitarbeitern … unterschriebenen Protestbrief";
    # not "von 1983 festgelegten")
    opener = next((child for child in noun.children if child.dep_ == "case"), None)
    return opener is not None and person_noun(noun.lemma_) and _runs_up_to_passive_participle(opener)


def names_the_doer(preposition, noun) -> bool:
    """The phrase names who does what a passive or a noun of an action tells: "von der CDU unterstützt",
    "das von ihr geleitete Ministerium", "die Überwachung durch Polizei und Verfassungsschutz" (by). A
    "von" right after the doer's noun is its attribute: "von Mitgliedern von Banden gefeiert" (of)."""
    if _after_a_doer(preposition):
        return False
    if noun.dep_ == "obl:agent" or _in_passive_clause(noun) or _before_participle(noun) or _on_participle(noun):
        return True
    if preposition.lower_ == "von" and _in_reflexive_lassen_clause(noun):
        return True
    if _after_passive_participle(preposition):
        return True
    if preposition.lower_ == "durch":
        return noun.dep_ == "nmod" and noun.head.lemma_.endswith(ACTION_NOUN_ENDINGS)
    return _runs_up_to_passive_participle(preposition)


def _after_a_doer(preposition) -> bool:
    before = preposition.doc[preposition.i - 1] if preposition.i else None
    return (
        preposition.lower_ == "von" and before is not None and before.pos_ in ("NOUN", "PROPN")
        and any(child.dep_ == "case" and child.lower_ == "von" for child in before.children)
    )


def _in_reflexive_lassen_clause(noun) -> bool:
    """"will sich nicht von einem Beschluss abhalten lassen", "lässt sich von niemandem aufhalten": with
    "sich" and lassen beside an infinitive, the infinitive is done to the subject, by whom "von" names."""
    verb = noun.head
    if verb.pos_ != "VERB":
        return False
    lassen = next((t for t in (verb.head, *verb.children) if t.lemma_ == "lassen" and t.i != verb.i), None)
    if lassen is None or verb.lemma_ == "lassen":
        return False
    return any(t.tag_ == "PRF" for owner in (verb, lassen) for t in owner.children)


def _before_participle(noun) -> bool:
    """"die von einer Kommission ausgearbeitete Reform", "fühlt sich von Russland bedroht": a phrase
    right before a past participle used as an adjective, or as a predicate with no auxiliary of its
    own ("hat von dem Plan erfahren" is a Perfekt), names who did it, whatever the parser hung it on."""
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if following is None:
        return False
    if following.tag_ == "VVPP" and is_participle(following.text, following.lemma_):  # ("abzurücken" tagged one)
        return not any(child.dep_.startswith("aux") or child.dep_ == "cop" for child in following.children)
    if following.pos_ != "ADJ":
        return False
    participle = participle_of(following.text)
    return participle is not None and participle[1] == "past"


def _after_passive_participle(preposition) -> bool:
    """"Die Opposition wird angeführt von Hailu Shawe": right after the participle of a werden-passive."""
    before = preposition.doc[preposition.i - 1] if preposition.i > 0 else None
    return before is not None and before.tag_ == "VVPP" and _passive_participle(before)


def _runs_up_to_passive_participle(von) -> bool:
    """"von einem Gericht in Palermo verurteilt", "das bisher von ihr geleitete Ministerium", "von
    Kampfjets begleitet": a phrase that runs from "von" up to a past participle names who did it,
    whatever the parser hung it on; not in an active perfect ("die Aufgabe von Esper übernommen
    hatte": from) nor before a verb whose Perfekt takes sein ("von den Mauern gesprungen": from). A phrase
    the parser hung on a noun before it is that noun's ("die Wirkung von Sturmflut und Wellengang wurde
    unterschätzt": of) unless its participle closes the clause right after it ("fühlt sich seit dem Beginn
    der Krise von Russland bedroht")."""
    noun = von.head
    attribute = noun.dep_ == "nmod" and noun.head.i < von.i and noun.head.pos_ in ("NOUN", "PROPN")
    named = False  # the phrase has named someone: a participle before that describes its noun
    another = False  # a phrase after it has begun: its participle describes that phrase's noun
    people = False  # the phrase has named people, whose genitive attribute may follow
    for word in von.doc[von.i + 1 : von.i + 1 + _AGENT_REACH]:
        infinitive = _past_participle_of(word)
        if not named and word.pos_ == "ADP" and von.doc[word.i - 1].pos_ == "DET":
            return False  # "von einem von vielen Bürgern unterschriebenen Brief": the inner "von" names the doer
        if infinitive is not None and named and not (another and word.pos_ == "ADJ"):
            if _finite_with_own_subject(word):
                return False  # "Von der Ackererbse verwendet man nur die Samen": the finite verb of an active clause
            if attribute and not _closes_clause(word):
                return False
            return takes_sein(infinitive) != "s" and not _with_haben(word)
        if word.is_punct or word.pos_ not in _IN_AGENT_PHRASE:
            return False
        # (a genitive's article after people is of the doers' phrase: "von 60 Mitarbeitern der Universität …
        # unterschriebenen"; after a thing it opens another: "Von den Baukosten der … Brücke … geplant")
        of_people = people and word.pos_ == "DET" and "Gen" in word.morph.get("Case")
        another = another or (named and word.pos_ in ("DET", "ADP") and not of_people)
        if not named and (word.lemma_ in TIME_NOUNS or word.text in CALENDAR_WORDS):
            return False  # "vom Mai 2018 bestätigt": a time, no doer
        named = named or word.pos_ in _NAMING or word.tag_ in ("PPER", "PPOSAT")
        people = people or word.pos_ == "NOUN" and not another and person_noun(word.lemma_ or word.text)
    return False


_AGENT_REACH = 12


def _finite_with_own_subject(word) -> bool:
    """A form spelt as a participle that is its active clause's finite verb: tagged finite, with a subject of
    its own and no werden before it in its sentence ("Damals wurde Ramos-Horta … unterstützt" is a passive
    however the parser hung "wurde")."""
    if not word.tag_.endswith("FIN") or not any(child.dep_ == "nsubj" for child in word.children):
        return False
    return not any(token.lemma_ == "werden" for token in word.doc[word.sent.start : word.i])


def _closes_clause(participle) -> bool:
    """The participle ends its clause: punctuation, a finite verb or nothing follows it."""
    doc = participle.doc
    following = doc[participle.i + 1] if participle.i + 1 < len(doc) else None
    return following is None or following.is_punct or following.tag_.endswith("FIN")


_IN_AGENT_PHRASE = {"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "ADP", "CCONJ", "ADV"}


_NAMING = {"NOUN", "PROPN", "PRON", "NUM"}


def _past_participle_of(word) -> str | None:
    """The infinitive of a past participle, as a verb ("verurteilt") or an adjective ("geleitete")."""
    if word.tag_ == "VVPP" or (word.pos_ == "VERB" and is_participle(word.text, word.lemma_)):
        return word.lemma_  # (a participle the tagger took for a finite verb: "von Russland bedroht")
    if word.pos_ == "ADJ":
        participle = participle_of(word.text)
        if participle is not None and participle[1] == "past":
            return participle[0]
    return None


def _with_haben(participle) -> bool:
    """The participle's Perfekt is formed with haben here: "übernommen hatte", "hat … gehört"."""
    following = participle.doc[participle.i + 1] if participle.i + 1 < len(participle.doc) else None
    return any(child.dep_ == "aux" and child.lemma_ == "haben" for child in participle.children) or (
        following is not None and following.lemma_ == "haben" and following.pos_ == "AUX"
    )


def _in_passive_clause(noun) -> bool:
    """The noun stands in the middle of a werden- or sein-passive, wherever the parser hung it ("wurde im
    ersten Wahlgang von CDU und FDP unterstützt": on Wahlgang): before the participle and, in a main
    clause, after the auxiliary ("Ein Vertreter von Amnesty wurde verhaftet": of)."""
    word = verb_above(noun)
    if word.dep_ in ("aux", "aux:pass") and word.head.i != word.i:
        word = word.head  # hung on the auxiliary ("Gewählt wurde er von der Mehrheit" via "er"): its participle's
    if word.pos_ != "VERB":
        return False
    from reader.nlp.verb_complex import verb_complex  # (verb_complex imports this module's callers)

    complex_ = verb_complex(word)
    auxiliary = next((child for child in word.children if child.dep_ == "aux:pass"), None)
    if auxiliary is None:
        # a sein-passive ("Auch ist Hamburg von der Richtlinie betroffen"), as the verb complex reads it
        auxiliary = complex_.finite if complex_.voice in ("passive", "state passive") else None
    if auxiliary is None:
        return False
    if noun.i > word.i:  # after the participle only where it opens the sentence: "Begründet wird … durch …"
        return word.is_sent_start and word.i < auxiliary.i < noun.i
    # (the finite verb decides where the middle field starts: "Die Eigenständigkeit von Cannabis … konnte …
    # nachgewiesen werden", with a modal before, has the phrase in the first field: of)
    finite = complex_.finite or auxiliary
    return finite.i > word.i or finite.i < noun.i


def _on_participle(noun) -> bool:
    """"eine von dem Vordenker angeregte Offenheit": the phrase hangs on a past participle used as an
    adjective; or on one that is the predicate of sein, a state passive ("die durch Flüsse getrennt sind")
    unless the form lives on as an adjective of its own ("von Natur aus verschieden")."""
    head = noun.head
    participle = participle_of(head.text) if head.pos_ == "ADJ" else None
    if participle is not None:
        return participle[1] == "past"
    verb = infinitive_of_participle(head.lower_) if head.pos_ in ("ADJ", "ADV") else None  # (either, by the tagger)
    copula = any(child.dep_ == "cop" and child.lemma_ == "sein" for child in head.children)
    return copula and verb is not None and not adjective_after_sein(head.lower_, verb)


def _passive_participle(verb) -> bool:
    """The verb of a werden-passive (the tagger may call its participle finite: "unterstützt")."""
    return any(child.dep_ == "aux:pass" for child in verb.children)
