"""A sense that belongs to one construction goes first where the sentence has it, last where not.

The hand-checked senses name their construction in a note: "to worry (sich sorgen)", "to ensure
(sorgen für)", "to be considered (gelten als)", "to remind (an: of)", "to take place (stattfinden)"
in the row of "finden". Such a sense is right only where the verb's clause has those words: a
reflexive pronoun for "sich", the preposition or its pronominal adverb ("damit rechnen"), the
particle; "(no object)" a clause without one ("Die Briten wählen": vote; "wählte den Weg": chose),
"(+ dative)" one with a dative object ("räumte ihm ein Vetorecht ein": granted), "(+ clause)" one with
a clause as its object ("Ärzte nehmen an, dass …": assume).
"Er hat ein Netzwerk unterhalten" is "maintained", not "talked" (sich unterhalten). A noun's
construction stands around it: "Höhe" is "amount" in "in Höhe von 50 Prozent".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from reader.lexicon import Entry, lookup, short_gloss
from reader.lexicon.ranking import USAGE_STOPWORDS, gloss_core
from reader.lexicon.valency import INTRANSITIVE, TRANSITIVE, sense_valency
from reader.nlp.extensions import token_value
from reader.nlp.lang.articles import determiner_readings
from reader.nlp.lang.english import PERCEPTION_VERBS
from reader.nlp.lang.grammar import SPELT_NUMBER, UNMARKED_COMPARATIVES
from reader.nlp.lang.prepositions import ACCUSATIVE, CONTRACTIONS, DATIVE, TWO_WAY
from reader.nlp.clause_words import clause_words
from reader.nlp.doc_facts import sentence_start
from reader.nlp.morph_features import feature_values
from reader.nlp.noun_senses import compound_english
from reader.nlp.noun_lexicon import takes_preposition
from reader.nlp.token_memo import kept_per_token
from reader.nlp.verb_forms import is_participle, takes_sein

if TYPE_CHECKING:
    from spacy.tokens import Token

_NOTE = re.compile(r"\(([^()]*)\)")
_WORD = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")
NUMBER = "<number>"  # a construction's number right before the word ("8 Uhr")
_PLACEHOLDERS = frozenset({"jdn", "jdm", "jds", "etw", "etwas", "jemand", "jemanden", "jemandem"})
_VERB_PREPOSITIONS = DATIVE | ACCUSATIVE | TWO_WAY | {"als"}
_ENGLISH_TOO = {"in", "an"}  # "to be set (in)" is English; "(an: of)" names the German "an"


def senses_for_use(token: Token, entry: Entry) -> Entry:
    """*entry* with the senses whose construction *token*'s clause has first, those it lacks last."""
    kept = _senses_by_entry(token)
    ordered = kept.get(entry)
    if ordered is None:
        ordered = kept[entry] = _senses_for_use(token, entry)
    return ordered


@kept_per_token
def _senses_by_entry(token: Token) -> dict[Entry, Entry]:
    """The answers of `senses_for_use` for *token*, by entry: the verb hints ask it of a verb's entry
    and the glosses again, a seventh of all calls (~40 us each)."""
    return {}


def _senses_for_use(token: Token, entry: Entry) -> Entry:
    lemma = entry.term.lower()
    needs = [construction(sense, lemma) for sense in entry.gloss]
    verb = token.pos_ in ("VERB", "AUX") and entry.pos == "VERB"
    if not any(needs) and not verb:
        return entry
    present = _in_clause(token) if token.pos_ in ("VERB", "AUX") else _around(token)
    if not verb:
        before = _before(token)
        needs = [need if _stands_as_written(token, _written_before(sense, lemma), before) else _NEVER for sense, need in zip(entry.gloss, needs)]
    fitting = [sense for sense, need in zip(entry.gloss, needs) if need and fits(need, present)]
    # the words a construction is written with say more than a missing object: "zum … gewählt"
    fitting.sort(key=lambda sense: construction(sense, lemma) == {NO_OBJECT})
    lacking = [sense for sense, need in zip(entry.gloss, needs) if need and not fits(need, present)]
    plain = [sense for sense, need in zip(entry.gloss, needs) if not need]
    if verb and not fitting:
        plain = _object_named_first(token, plain)
    # a verb of motion with a goal and no object moves, as its Perfekt with sein would show ("zog nach Los
    # Angeles, um … zu werden": moved; a clause of "um … zu" says what for, no object)
    moving = verb and _sein_perfect(token) and _goal_in_clause(token) and not _has_object(token, purpose=False)
    if verb and not fitting and (NO_OBJECT in present or moving):
        with_sein = _sein_perfect(token) and (_with_sein(token) or moving)
        if with_sein or not _object_the_parse_may_have_missed(token):
            plain = _without_object_first(entry.term, plain, with_sein)
            if plain and sense_valency(entry.term, plain[0]) == {TRANSITIVE}:
                # no sense without an object but one written with its preposition: "er müsse warten" is
                # "to wait (auf: for)", not "to service"
                alone = next((sense for sense in lacking if sense_valency(entry.term, sense) == {INTRANSITIVE}), None)
                if alone is not None:
                    plain, lacking = [alone, *plain], [sense for sense in lacking if sense != alone]
    if not verb:
        # a noun's or adjective's preposition may be left out ("wirtschaftlich abhängig": dependent); only a
        # sense written with other words ("in Höhe von") goes last without them
        optional = {sense for sense, need in zip(entry.gloss, needs) if need and _governed_preposition(sense)}
        plain = [sense for sense in entry.gloss if (sense in optional and sense not in fitting) or sense in plain]
        lacking = [sense for sense in lacking if sense not in optional]
    gloss = tuple(fitting + plain + lacking)
    return entry if gloss == entry.gloss else replace(entry, gloss=gloss, short=short_gloss(gloss))


def _object_named_first(verb: Token, senses: list[str]) -> list[str]:
    """The sense whose English note names the verb's object goes first: "eine Entscheidung treffen" is
    "to make (a decision)", not "to meet"; "Anzeigen schalten" "to place (an ad)", not "to switch"."""
    named = _object_words(verb)
    for sense in senses if named else ():  # (these senses need no German construction: their notes are English)
        if any(set(_ENGLISH_WORD.findall(note.lower())) & named for note in _NOTE.findall(sense)):
            return senses if sense == senses[0] else [sense, *(other for other in senses if other != sense)]
    return _as_its_action_noun(verb, senses)


_STEM = 5  # letters an English verb and its noun share ("violate", "violation"); fewer for a short verb


def _as_its_action_noun(verb: Token, senses: list[str]) -> list[str]:
    """"die Rechte verletzen" read as Ding's compound of the object and the verb's noun in -ung,
    "Rechtsverletzung" (violation of law): the sense whose English verb that compound's English
    spells goes first (to violate, not to injure); "die Preise senken" as "Preissenkung" (reduce)."""
    lemma = (token_value(verb, "term") or verb.lemma_).lower()
    if not lemma.endswith("en") or len(senses) < 2:
        return senses
    action = (lemma[:-1] if lemma.endswith(("ern", "eln")) else lemma[:-2]).capitalize() + "ung"
    objects = [child for child in verb.children if child.dep_ in _OBJECT_ROLES and child.pos_ == "NOUN"]
    for noun in objects:
        english = compound_english(token_value(noun, "term") or noun.lemma_, action)
        fitting = [sense for sense in senses if _spelt_as_noun(sense, english)]
        if fitting:
            return senses if fitting[0] == senses[0] else [fitting[0], *(other for other in senses if other != fitting[0])]
    return senses


def _spelt_as_noun(sense: str, english: frozenset[str]) -> bool:
    """The verb of *sense* ("to violate") begins one of the compound's English words ("violation")."""
    words = gloss_core(sense).split()
    if not sense.startswith("to ") or not words:
        return False
    stem = words[0][:_STEM]
    return any(word.startswith(stem) for word in english)


_ENGLISH_WORD = re.compile(r"[a-z]{3,}")
_OBJECT_ROLES = {"obj", "nsubj:pass"}


def _object_words(verb: Token) -> set[str]:
    """The English words of the first senses of the verb's object nouns (a passive's subject, the noun
    a participle describes: "der gefasste Beschluss"), of a compound's last part too, singular and plural."""
    nouns = [child for child in verb.children if child.dep_ in _OBJECT_ROLES and child.pos_ == "NOUN"]
    if verb.dep_ == "amod" and verb.head.pos_ == "NOUN":
        nouns.append(verb.head)
    words: set[str] = set()
    for noun in nouns:
        entry = lookup(token_value(noun, "term") or noun.lemma_, "NOUN")
        senses = [*entry.gloss[:_OBJECT_SENSES], *(gloss for _, gloss in entry.parts[-1:])]
        for sense in senses:
            for word in _ENGLISH_WORD.findall(gloss_core(sense).lower()):
                words |= {word, word + "s", word.removesuffix("s")}
    return words - USAGE_STOPWORDS


_OBJECT_SENSES = 3


def _without_object_first(verb: str, senses: list[str], perfect_with_sein: bool) -> list[str]:
    """A verb without an object in its clause: where its first sense is one Ding gives it only with an
    object ({vt}: "umstürzen" to blow over sth.), the first sense Ding gives it without one ({vi}: "to
    fall over"). An object is often left out ("wie die Zeitung berichtete"), so only a sense marked
    intransitive goes first, unless the verb's Perfekt with sein shows the intransitive use ("ist über
    die Bahamas gezogen"): then any sense not marked transitive. A sense whose note names its object in
    English ("eingehen": to take (a risk)) counts as transitive."""
    if not senses or (sense_valency(verb, senses[0]) != {TRANSITIVE} and not _OBJECT_NOTE.search(senses[0])):
        return senses
    if gloss_core(senses[0]) in PERCEPTION_VERBS:
        return senses  # "nicht mehr richtig sehen": to see, which English says without an object too
    allowed = ({INTRANSITIVE}, frozenset()) if perfect_with_sein else ({INTRANSITIVE},)
    # (among the first few: a rare sense far down is no better guess than the first, "anbieten": to offer
    # your services as a prostitute)
    other = next((sense for sense in senses[:_INTRANSITIVE_REACH] if sense_valency(verb, sense) in allowed), None)
    return senses if other is None else [other, *(sense for sense in senses if sense != other)]


_OBJECT_NOTE = re.compile(r"\((?:a|an|the) [a-z]")  # "to take (a risk)", "to enter into (a deal)"
_INTRANSITIVE_REACH = 4  # the senses searched for one without an object


def _object_the_parse_may_have_missed(verb: Token) -> bool:
    """Signs of an object the parse did not hang on *verb*: a zu-infinitive (its object often hangs on
    the verb it depends on), a pronominal adverb ("davon gehört"), or an accusative without a
    preposition in the verb's stretch of the sentence ("einen Ring in Florida unterhalten zu haben")."""
    if any(child.tag_ in ("PTKZU", "PAV") for child in verb.children) or verb.tag_ == "VVIZU":
        return True
    doc = verb.doc
    for step in (-1, 1):
        index = verb.i + step
        while 0 <= index < len(doc) and not doc[index].is_punct and doc[index].pos_ not in _VERBS:
            word = doc[index]
            if word.pos_ in _NOMINAL and "Acc" in feature_values(word, "Case") and not any(
                child.dep_ == "case" for child in word.children
            ):
                return True
            index += step
    return False


def _with_sein(participle: Token) -> bool:
    return any(child.dep_.startswith("aux") and child.lemma_ == "sein" for child in participle.children)


@kept_per_token
def _in_clause(verb: Token) -> frozenset[str]:
    """The words hanging on *verb*, and the prepositions of its nouns' modifiers: the parser often
    hangs a verb's phrase on the noun before it ("Fahrverbote für Aufmerksamkeit gesorgt", "ein
    Ausländer zum Bürgermeister gewählt"), which for a sense is still the verb's, unless a comma
    parts them. Kept per verb: the hints and the glosses both ask it of a participle."""
    words = clause_words(verb)
    present = set(words)
    if all(any(child.dep_ == "case" for child in verb.doc[i].children) for i in words.get("sich", ())):
        present.discard("sich")  # "für sich selbst entscheiden": no "sich entscheiden für" (to choose)
    if not _has_object(verb):
        present.add(NO_OBJECT)  # no object, not a passive ("wurde gewählt"), no attribute ("gewählte")
    if any(_dative_object(child) for child in verb.children):
        present.add(DATIVE_OBJECT)
    if any(child.dep_ in _CLAUSES for child in verb.children):
        present.add(CLAUSE_OBJECT)
    if any(child.tag_ == "ADJD" for child in verb.children):
        present.add(ADJECTIVE)  # "wie hoch der Tidenhub ausfällt", "wirkt müde"
    nouns = [child for child in verb.children if child.pos_ in _NOMINAL and not _whole_prefield(child, verb)]
    # (and a phrase the parser hung on an adverb of the verb: "besteht großteils aus hohem Gebirge")
    adverbs = [child for child in verb.children if child.pos_ == "ADV"]
    present |= {
        word.lower_ for adverb in adverbs for noun in adverb.children if noun.pos_ in _NOMINAL
        for word in noun.children if word.dep_ == "case" and not _comma_between(word, verb)
    }
    for _ in range(_NOUN_DEPTH):
        nouns = [word for noun in nouns for word in noun.children if word.dep_ in _INSIDE_NOUN_PHRASE]
        # (not a preposition the noun above takes itself: "der Antrag … auf Abstimmung ging ein" is no
        # "eingehen auf")
        present |= {
            word.lower_ for noun in nouns for word in noun.children
            if word.dep_ == "case" and not _comma_between(word, verb) and not takes_preposition(noun.head.text, word.lower_)
        }
    present |= _hung_on_another_verb(verb)
    present -= _own_particles(verb, words)
    return frozenset(present | {CONTRACTIONS[word][0] for word in present if word in CONTRACTIONS})


def _own_particles(verb: Token, words: dict[str, list[int]]) -> set[str]:
    """The separated particle joined to the verb ("fuhren … auf": auffahren), which is no phrase's
    preposition of that verb ("auffahren (auf: into)"), unless the clause has that word once more."""
    term = token_value(verb, "term") or verb.lemma_
    if term == verb.lemma_:
        return set()  # no particle joined to it (most verbs): no sentence to read
    own = [t for t in verb.sent if t.i != verb.i and term.startswith(t.lower_) and token_value(t, "term") == term]
    return {t.lower_ for t in own if set(words.get(t.lower_, ())) <= {t.i}}


def _whole_prefield(noun: Token, verb: Token) -> bool:
    """The noun's phrase is all that stands before the finite verb of a main clause: one phrase, so its
    modifiers are its own ("Das Büro … für Menschenrechte sprach davon": no "sprechen für")."""
    return noun.left_edge.i == sentence_start(verb) and noun.right_edge.i == verb.i - 1 and "Fin" in feature_values(verb, "VerbForm")


def _hung_on_another_verb(verb: Token) -> set[str]:
    """The prepositions of phrases in *verb*'s stretch of the sentence (no comma or other verb between)
    that the parser hung on another verb: in "Die Polizei gilt als Nutznießer, die Streitkräfte gelten als
    Entwickler" it hangs both "als" phrases on "gilt"; and an "als" opening a phrase the parser hung on
    a noun ("die Makuladegeneration als häufigste Ursache gilt"), unless it compares ("mehr als")."""
    found = set()
    for word in _stretch(verb):
        noun_head = word.head.head
        if word.dep_ == "case" and noun_head.pos_ in _VERBS and noun_head.i != verb.i:
            found.add(word.lower_)
        elif word.lower_ == "als" and word.tag_ == "KOKOM" and word.head.i > word.i and not _after_comparative(word):
            found.add(word.lower_)
    return found


def _stretch(verb: Token) -> Iterator[Token]:
    """The words before and after *verb* up to a punctuation mark other than a quote ("als „verlorene
    Kinder“ bezeichnet") or another verb."""
    doc = verb.doc
    for step in (-1, 1):
        index = verb.i + step
        while 0 <= index < len(doc):
            word = doc[index]  # (each doc[index] makes a Token: once per word)
            if (word.is_punct and not word.is_quote) or word.pos_ in _VERBS:
                break
            yield word
            index += step


def _after_comparative(als: Token) -> bool:
    """"mehr als", "größer als", "eher als": an "als" after a comparative compares."""
    before = als.doc[als.i - 1] if als.i else None
    return before is not None and (before.lower_ in UNMARKED_COMPARATIVES or "Cmp" in before.morph.get("Degree"))


_VERBS = {"VERB", "AUX"}


def _comma_between(word: Token, verb: Token) -> bool:
    """A comma parts *word* from *verb*: it is in an inserted phrase ("Der Politiker, Kandidat für eine
    Koalition, sprach von …"), not the verb's."""
    start, end = sorted((word.i, verb.i))
    return any(token.text == "," for token in word.doc[start:end])


NO_OBJECT = "no object"  # a sense note: the verb so used takes no object ("to vote (no object)")
DATIVE_OBJECT = "+ dative"  # and one for a sense with a dative object: "to grant (+ dative)" (jdm. etw. einräumen)
CLAUSE_OBJECT = "+ clause"  # and one with a clause as its object: "to assume (+ clause)" ("nehmen an, dass …")
POSSESSIVE = "+ possessive"  # a noun's sense with a possessive before it: "wife (+ possessive)" (seine Frau)
ADJECTIVE = "+ adjective"  # a verb's sense with an adjective saying how: "to turn out (+ adjective)" ("fiel gut aus")
_SYNTAX_NOTES = (NO_OBJECT, DATIVE_OBJECT, CLAUSE_OBJECT, POSSESSIVE, ADJECTIVE)
_CLAUSES = {"ccomp", "parataxis"}
_OBJECTS = {"obj", "iobj", "ccomp", "xcomp"}
_PASSIVE = {"aux:pass", "nsubj:pass"}
_NOMINAL = {"NOUN", "PROPN", "PRON"}
_INSIDE_NOUN_PHRASE = {"nmod", "flat", "appos", "conj"}  # not a clause (acl) of its own
_NOUN_DEPTH = 3


def _has_object(verb: Token, purpose: bool = True) -> bool:
    """An object, or a passive: a participle without "haben" is an attribute ("die gewählte
    Präsidentin") or a passive whose auxiliary the parse missed or a headline left out ("Von der
    Leyen zur Präsidentin gewählt"); with "haben" it is active, whatever the parser says of its
    subject ("Die Briten haben gewählt"). Without *purpose*, a clause of "um … zu" is none (the parser
    hangs it on the verb as it hangs a clause object)."""
    perfect = any(
        child.dep_.startswith("aux") and (child.lemma_ == "haben" or (child.lemma_ == "sein" and _sein_perfect(verb)))
        for child in verb.children
    )
    objects = _OBJECTS if perfect else _OBJECTS | _PASSIVE
    if any(child.dep_ in objects and (purpose or not _purpose_clause(child)) for child in verb.children):
        return True
    if any(_dass_clause(child) for child in verb.children):
        return True  # "Als Grund gibt die Polizei an, dass …", the clause hung on as an adverbial: to state
    participle = verb.tag_ == "VVPP" or (verb.text.startswith("ge") and is_participle(verb.text, verb.lemma_))
    return not perfect and (participle or verb.dep_ == "amod")  # (a headline's participle may be tagged finite)


def _dass_clause(clause: Token) -> bool:
    """A clause of "dass" alone, which says what (no "so dass", "ohne dass": a result, a manner), whatever
    relation the parser gave it."""
    openers = {child.lower_ for child in clause.children if child.dep_ == "mark"}
    start = clause.left_edge.i
    after_a_word_of_its_own = start > 0 and clause.doc[start - 1].lower_ in _BEFORE_DASS
    return clause.dep_ in ("advcl", "ccomp") and openers == {"dass"} and not after_a_word_of_its_own


_BEFORE_DASS = frozenset({"so", "ohne", "statt", "anstatt", "außer", "als", "auf"})


def _purpose_clause(verb: Token) -> bool:
    return any(child.tag_ == "KOUI" for child in verb.children)


def _goal_in_clause(verb: Token) -> bool:
    """A phrase of where to in the verb's clause: "nach" before a name, "zu" or "nach" after a "von" phrase
    ("von Ort zu Ort"), or a two-way preposition but "über" with the accusative ("in eine andere Stadt",
    "vor das Gericht")."""
    starts = False  # (a "von" phrase before: where from)
    for child in verb.children:
        preposition = next((word for word in child.children if word.dep_ == "case"), None)
        if preposition is None or child.dep_ not in ("obl", "obl:arg"):
            continue
        if preposition.lower_ == "nach" and child.pos_ == "PROPN" or starts and preposition.lower_ in ("zu", "nach"):
            return True
        starts = preposition.lower_ == "von"
        if preposition.lower_ in _GOAL_PREPOSITIONS and feature_values(child, "Case") == ["Acc"]:
            return True
    return False


_GOAL_PREPOSITIONS = TWO_WAY - {"über"}  # not "über die Zukunft entscheiden"


def _sein_perfect(participle: Token) -> bool:
    """"sein" with the participle of a verb whose Perfekt may take sein is that Perfekt, of the verb's
    use without an object ("Der Sturm ist über die Bahamas gezogen": moved), not a passive state."""
    return "s" in takes_sein(participle.lemma_)


def _dative_object(word: Token) -> bool:
    """A dative object: the parser's iobj, or a noun or pronoun in the dative without a preposition."""
    if word.dep_ == "iobj":
        return True
    return (word.dep_ not in ("nmod", "nsubj") and word.pos_ in _NOMINAL and "Dat" in feature_values(word, "Case")
            and not any(child.dep_ == "case" for child in word.children))  # "Ihm wurde … eingeräumt" (expl)


_ONE_OWNER = frozenset({"mein", "dein", "sein"})  # possessives of one owner


def _around(noun: Token) -> set[str]:
    """The words a noun's (or an adjective's) construction is written with, as they stand around it: "in
    Höhe von", "nach Angaben" (a contraction counts as its preposition too: "im Begriff"), a number before it
    ("um 8 Uhr"; "3,5 kg schweren", with its unit between) or right after it ("knapp 100")."""
    doc = noun.doc
    # (after it only the next word: "als drittstärkste Kraft erstmals im Bundestag" is no "in Kraft")
    near = [*noun.children, *doc[max(noun.i - 2, 0) : noun.i], *doc[noun.i + 1 : noun.i + 2]]
    # and the prepositions of the phrases hung on it: "von den Gezeiten abhängig" (dependent on)
    governed = [word for child in noun.children if child.i != noun.i for word in child.children if word.dep_ == "case"]
    # (a word in any form: "der bildenden Künste" is "(bildende Kunst)", fine arts)
    words = {form for token in (*near, *governed) for form in (token.lower_, token.lemma_.lower())}
    owners = [child for child in noun.children if child.i < noun.i and "Yes" in feature_values(child, "Poss")]
    # (one person has one spouse: "seine Männer" are his men; "ihre Männer" may be their husbands)
    if owners and not ("Plur" in feature_values(noun, "Number") and all(owner.lemma_.lower() in _ONE_OWNER for owner in owners)):
        words.add(POSSESSIVE)  # "mit seiner Frau": wife
    before = doc[noun.i - 1] if noun.i > 0 else None
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if before is not None and _measured(before) or after is not None and (_measured(after) or after.pos_ == "NUM"):
        words.add(NUMBER)  # "18:50 Uhr", "um 8 Uhr"; "knapp 160.000" (just under)
    elif before is not None and noun.i > 1 and before.is_alpha and _measured(doc[noun.i - 2]):
        words.add(NUMBER)  # a unit between: "3,5 kg schweren", "20 Meter hohen"
    return words | {CONTRACTIONS[word][0] for word in words if word in CONTRACTIONS}


def _before(noun: Token) -> set[str]:
    """The words that stand before a noun (or adjective) in its phrase: its left children and the two
    words right before it, a contraction as its preposition too ("im Begriff")."""
    doc = noun.doc
    words = {token.lower_ for token in (*noun.lefts, *doc[max(noun.i - 2, 0) : noun.i])}
    return words | {CONTRACTIONS[word][0] for word in words if word in CONTRACTIONS}


_NEVER = frozenset({"<never>"})  # a construction whose words stand on the wrong side of the word


def _stands_as_written(noun: Token, written: frozenset[str], before: set[str]) -> bool:
    """The words a construction writes before the word stand before it in the text, and where it writes no
    article, the text gives the word none either ("in Ordnung": all right; "in die Ordnung der
    Nachtschattigen" is a biological order)."""
    if not written <= before:
        return False
    article = any(child.dep_ in ("det", "det:poss") for child in noun.children)
    return not (written and article and not any(determiner_readings(word) for word in written))


@lru_cache(maxsize=16384)
def _written_before(sense: str, lemma: str) -> frozenset[str]:
    """The words a sense's construction writes before the word itself: "all right (in Ordnung)" needs
    "in" before "Ordnung" ("eine Ordnung in der Klasse" is an order), "(in Höhe von)" "in"."""
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
    for note in _NOTE.findall(sense):
        words = [word.lower() for word in _WORD.findall(note.split(":")[0])]
        place = next((k for k, word in enumerate(words) if word.startswith(stem)), None)
        if place is not None and not _DIGIT.search(note):  # ("um 8 Uhr", "10 kg schwer": a number's example)
            return frozenset(word for word in words[:place] if word not in _PLACEHOLDERS)
    return frozenset()


def _measured(word: Token) -> bool:
    """A number in digits or in words ("18:50 Uhr", "um elf Uhr")."""
    return word.like_num or bool(_DIGIT.search(word.text)) or bool(SPELT_NUMBER.fullmatch(word.lower_))


def fits(need: frozenset[str], present: set[str]) -> bool:
    """The clause has every word a construction needs; "an|unter" is either of them."""
    return all(any(word in present for word in alternatives.split("|")) for alternatives in need)


@lru_cache(maxsize=16384)
def construction(sense: str, lemma: str) -> frozenset[str]:
    """The German words a sense's notes ask for beside the verb: "sich sorgen" → {sich}, "sorgen
    für" → {für}, "führen zu" and "no object" → {zu, no object}, "an: of" → {an}, "unter/an: from" →
    {unter|an} (either), "es/das liegt an" → {es|das, an}, "stattfinden" in the row of finden → {statt}; empty for a note in
    English ("a decision") or one the verb's forms make ("liegt bei" → {bei})."""
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
    notes = _NOTE.findall(sense)
    objects = frozenset(note for note in notes if note in _SYNTAX_NOTES)
    # "to vote (no object)": not "wählte den Weg" (chose); "to result in (führen zu) (no object)": not
    # "wird zum Abitur geführt" (is led to)
    return objects | _words_needed(notes, stem, lemma)


def _governed_preposition(sense: str) -> bool:
    """"dependent (von: on)": the sense's first note names only the preposition the word governs (not a
    fixed phrase with the word itself: "information (nach Angaben: according to)")."""
    for note in _NOTE.findall(sense):
        if note in _SYNTAX_NOTES or "," in note:
            continue
        words = {word.lower() for word in _WORD.findall(note.split(":")[0])}
        return ":" in note and bool(words) and words <= _VERB_PREPOSITIONS
    return False


def _words_needed(notes: list[str], stem: str, lemma: str) -> frozenset[str]:
    """The German words the first note that names a construction asks for."""
    for note in notes:
        if note in _SYNTAX_NOTES:
            continue
        if "," in note:
            continue  # an explanation ("a decision, from fällen"), not a construction
        words = [word.lower() for word in _WORD.findall(note.split(":")[0])]
        own = [word for word in words if word.startswith(stem) or word.endswith(lemma)]
        lone_preposition = bool(words) and set(words) <= _VERB_PREPOSITIONS
        lone_preposition = lone_preposition and (":" in note or not set(words) & _ENGLISH_TOO)
        if not own and "sich" not in words and not lone_preposition:
            continue  # an English note
        if _DIGIT.search(note):
            return frozenset({NUMBER})  # "o'clock (um 8 Uhr)": the example's number is what it needs, not "um"
        # words joined by "/" are alternatives: "to suffer (unter/an: from)", "to be due to (es/das liegt an)"
        groups = ([w.lower() for w in _WORD.findall(part)] for part in note.split(":")[0].split())
        alternatives = ([w for w in group if w not in own and w not in _PLACEHOLDERS] for group in groups)
        need = {"|".join(options) for options in alternatives if options}
        need |= {word[: -len(lemma)] for word in own if word.endswith(lemma) and word != lemma}
        return frozenset(need)
    return frozenset()
