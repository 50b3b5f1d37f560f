"""What a learner is shown for a token: its dictionary form, word class, whether it is learnable,
and the dictionary entry whose glosses fit this use of the word.

The parse decides which entry: a name is no word ("Oliver" is not "olive"), a common noun the
tagger took for a name is one ("Sonntag"); a function word gets its hand-checked gloss for this use
("wurde" in a passive, "ihr" after a plural subject; reader.nlp.function_word_uses); an adverbial form its own entry
("wiederholt": repeatedly; reader.nlp.modifier_uses); a plural its plural's senses ("Menschen": people); among a word's
senses the one the sentence points to goes first (reader.lexicon.context), and a sense for one
construction only where the sentence has it ("sich unterhalten": to talk, "in Höhe von": amount).
"""

from __future__ import annotations

import functools
import re

from dataclasses import dataclass, replace

from reader.nlp.extensions import token_value
from reader.lexicon import (
    Entry,
    compound_in_plural,
    form_glosses,
    function_entry,
    is_name,
    loanword,
    lookup,
    misspelt,
    plural_glosses,
    proper_noun,
    short_gloss,
)
from reader.lexicon.abbreviations import abbreviation_entry
from reader.lexicon.context import in_context
from reader.lexicon.entry import strip_notes
from reader.lexicon.subjects import in_subject
from reader.lexicon.word_kinds import verb_of_action_noun
from reader.lexicon.function_words import reads_uses
from reader.lexicon.ranking import gloss_core
from reader.nlp.capitalised_words import listed_as
from reader.nlp.doc_arrays import tokens_where
from reader.nlp.clause_kinds import passive
from reader.nlp.morph_features import feature_values
from reader.nlp.lang.english import plural_of_gloss, present_participle_of_gloss
from reader.nlp.lang.names import ACADEMIC_TITLES, FORMS_OF_ADDRESS
from reader.nlp.lang.prepositions import CONTRACTIONS
from reader.nlp.modifier_uses import (
    as_participle,
    describes_its_verb,
    modifier_entry,
    names_a_state,
    participle_in_its_verbs_order,
    participle_with_als,
    present_participle,
    sense_of_its_adverb,
    superlative_noun_entry,
    used_as_adjective,
)
from reader.nlp.names import later_part_of_name, name_by_form, place_of_adjective
from reader.nlp.noun_forms import listed_after_a_bare_plural
from reader.nlp.noun_lexicon import adjectival_noun
from reader.nlp.language_nouns import language_entry
from reader.nlp.peoples import people_or_land
from reader.nlp.noun_senses import (
    area_of_its_region,
    person_of_its_gender,
    sense_of_its_compound,
    sense_its_text_s_compounds_give,
    sense_of_its_verb,
    senses_of_its_gender,
    state_of_a_federation,
)
from reader.nlp.function_word_uses import function_word_uses
from reader.nlp.lemma_dictionary import is_infinitive
from reader.nlp.governed_prepositions import Governed, governed_adverb, governed_sense
from reader.nlp.sense_conditions import senses_for_use
from reader.nlp.subject_agreement import finite_number
from reader.nlp.relative_pronouns import relative_in_an_article_s_place
from reader.nlp.token_memo import kept_per_doc
from reader.nlp.verb_forms import takes_sein


@dataclass(frozen=True, slots=True)
class Shown:
    term: str
    pos: str
    is_word: bool
    learnable: bool
    entry: Entry | None


def _objects(verb) -> tuple[tuple[str, str], ...]:
    """The nouns a verb acts on, as the sentence's context spells them: its object, a passive's subject."""
    return tuple(
        (child.lower_, child.lemma_.lower()) for child in verb.children
        if child.dep_ in ("obj", "nsubj:pass") and child.pos_ in ("NOUN", "PROPN")
    )


def choose(token, name: bool, context: frozenset[tuple[str, str]], subjects: frozenset[str] = frozenset()) -> Shown:
    """The term, word class, learnability and entry of *token*; *name* marks a name the tagger
    called a common word (reader.nlp.name_tokens), *context* the content words of its sentence (form, lemma),
    *subjects* those its text is about (reader.lexicon.subjects)."""
    # each read of a token's attribute makes a new object: read once
    lemma, tagged, text, tag = token.lemma_, token.pos_, token.text, token.tag_
    term = token_value(token, "term") or lemma
    if tagged == "NOUN" and term[:1].islower() and not _lower_case_noun(term):
        if text[:1].isupper():
            term = _nominalised(term)
        elif lookup(term, "ADJ").pos == "ADJ":
            tagged = "ADJ"  # "Zwei weitere der fünf Gemeinden": an adjective whose noun is left out, in lower case
    if _adjective_the_tagger_missed(token, tagged, term):
        tagged = "ADJ"  # "Die historischen Bindungen" tagged a verb, "viel weitgehender" a conjunction
    if tagged == "PROPN" and not name and (tag == "NN" and _with_article(token) or _after_a_contraction(token)) and _common_noun(term):
        tagged = "NOUN"  # "in der Heide", "im Osten Asiens": a common noun with its article, though a name is spelt so too
    if tagged == "DET" and _article_without_noun(token):
        tagged = "PRON"  # "Das brachte von der Leyen ins Spiel": no article, a demonstrative (that)
    if tagged == "PRON" and token.dep_ == "det":
        tagged = "DET"  # the parser's article of a noun the tagger took for a pronoun: "das von der Stadt erlassene Verbot"
    if tagged == "DET" and relative_in_an_article_s_place(token):
        tagged = "PRON"  # "Affen, die Steine … benutzen": the relative pronoun the hints read there (that)
    if tag == "NN" and term == token.lower_ and tagged in ("NOUN", "ADJ") and lookup(term, "ADV").pos == "ADV":
        tagged = "ADV"  # "Mehrfach wurden …": an adverb capitalised at the start, no noun
    is_word = _has_letter(text)
    marked_learnable = token_value(token, "learnable")
    learnable = marked_learnable and not name
    abbreviation = abbreviation_entry(text)
    if abbreviation is not None:  # "ca.", "Nr.", "Mio.", "ha": whatever the tagger calls them, no "calcium", "Nauru"
        return Shown(text, tagged, is_word, marked_learnable, abbreviation)
    if len(text) == 1 and text.isalpha():  # a letter as a symbol ("v = s/t", "Plan B"): no "volume", no "B flat"
        return Shown(text, tagged, is_word, False, None)
    if tagged == "PROPN" and (compound := _truncated_compound(token)) is not None:
        # "Fernseh- und Radiosender": a first part cut off before "und" is the compound it stands for
        # (television station), no name
        return Shown(compound.term, "NOUN", is_word, True, compound)
    if tagged == "X":  # foreign material ("'business as usual'"): no German entry to show
        return Shown(text, tagged, is_word, False, None)
    pos = "PROPN" if name else tagged
    place = place_of_adjective(text) if tagged == "ADJ" else None
    if place is not None:  # "der Kaiserslauterer Oberbürgermeister": of Kaiserslautern, no word to learn
        return Shown(text, "ADJ", is_word, False, _place_entry(text, place))
    entry = None
    if is_word and pos == "NOUN" and is_name(term) and not _with_indefinite_article(token):
        pos = "PROPN"  # a word Wiktionary knows only as a name: "Oliver" at the start of a sentence
    particle_of = token_value(token, "particle_of")
    if is_word and tag == "ADJD" and pos == "ADJ" and term != token.lower_ and term.startswith(token.lower_) and particle_of is None:
        # an uninflected adjective is its lemma, not one with an ending: "einig" (agreed), not "einige"
        term = token.lower_ if listed_as(token.lower_, "ADJ") else term
    if is_word and pos == "ADV" and used_as_adjective(token) and lookup(term, "ADJ").pos == "ADJ":
        pos = "ADJ"  # "Die Gefahr ist minimal": minimal, not minimally
    if is_word and pos == "PROPN":
        entry, common = proper_noun(term)
        if text != term:  # "der Grünen": Ding lists the party as "Grünen"; "Ungarn" is Hungary, not Ungar's plural
            own, own_common = proper_noun(text)
            if own.gloss and (not entry.gloss or not own_common):
                entry, common = own, own_common
        learnable = learnable and common
        if name and (text.islower() or tagged == "PROPN"):
            entry = None  # "di" in "Elio di Rupo" is no "Tuesday", "Clemens Raab" no river Rába
        elif common and (name or later_part_of_name(token) or name_by_form(text)):
            entry = None  # a common word used as a name here: "Jörg Sonntag", the app "SnapTalk"
        elif common:
            pos, learnable = "NOUN", True
    elif is_word and term != lemma and particle_of is not None and token_value(token.doc[particle_of], "term") == term:
        # part of a separable verb: "ein" in "räumte … ein" is "einräumen", in the sense its verb shows ("nahmen
        # an, dass …": to assume, "zeichnet sich … aus": to stand out, "nimmt … wahr": to perceive)
        entry = choose(token.doc[particle_of], False, context, subjects).entry
    elif is_word and term != lemma:
        # a noun made from an adjective ("Verletzte", lemma "verletzt") takes its plural's senses as any noun
        # does ("zwei Verletzte")
        entry = _plural_entry(token, term, pos) if pos == "NOUN" else lookup(term, pos)
    elif is_word:
        # only the few words whose curated rows tell uses apart ("werden" as passive) need theirs worked out
        reads = reads_uses(text, pos) or reads_uses(text, "ADP") or reads_uses(term, pos) or reads_uses(term, "ADP")
        uses = function_word_uses(token) if reads else ()
        if pos == "SCONJ" and token.dep_ != "mark" and token.head.pos_ not in ("VERB", "AUX"):
            # "Als Hauptursache gilt …": a conjunction that opens no clause compares, as a preposition does
            entry = function_entry(text, "ADP", uses) or function_entry(term, "ADP", uses)
        elif pos == "ADV" and token.dep_ == "mark" and not _finite_verb_next(token):
            # "…, damit nicht die Gemeinde … bezahlen muss": the adverb the parser made a clause's conjunction
            # (not one a finite verb follows, which opens a main clause: "Seitdem sind 16 Jahre vergangen")
            entry = function_entry(text, "SCONJ", uses) or function_entry(term, "SCONJ", uses)
        entry = entry or function_entry(text, pos, uses) or function_entry(term, pos, uses) or modifier_entry(token, pos)
        if entry is not None and pos == "ADP":
            entry = _as_governed(token, entry, uses)
        if entry is None:  # the dictionary's senses, the one the sentence points to first
            entry = in_context(
                in_subject(_plural_entry(token, term, pos), subjects), context, (token.lower_, lemma.lower()),
                _objects(token) if pos == "VERB" else (),
            )
        if pos == "ADV" and entry is not None:
            entry = _with_governed_first(entry, governed_adverb(token))  # "bat darum, dass": for it
    if entry is not None and pos == "NOUN" and not entry.gloss and text != term:
        # the lemmatiser's lemma is no word, the form is one: "Schiiten" (Schiite), not "Schiit"
        form = lookup(text, pos)
        entry = form if form.pos == "NOUN" else entry
    if entry is not None and pos == "NOUN" and entry.source == "compound":
        # "Auskühlung" is auskühlen's action (cooling down), not an "exit cooling" of its parts
        entry = _verbal_noun(term) or entry
    if entry is not None and pos == "NOUN" and not entry.gloss:
        # "bei einem Briefing": an English noun with its article, though English names are words too
        english = _with_article(token) and loanword(term)
        english = english if english and not _in_a_name(token) else None  # (the name check reads the whole text)
        entry = _verbal_noun(term) or english or entry
    if entry is not None and pos == "NOUN" and entry.pos == "VERB" and term[:1].isupper():
        entry = _action_of_verb(term, entry)  # "durch das Treten der Pedale": stepping, not "to step"
    elif entry is not None and pos == "NOUN" and entry.gender in ("m", "f") and _infinitive_after_das(token):
        verb = lookup(token.lower_, "VERB")  # "das Nutzen von Daten": using (der Nutzen is a benefit)
        entry = _action_of_verb(text, verb) if verb.pos == "VERB" else entry
    elif entry is not None and pos == "NOUN" and _listed_with_actions(token):
        # "Lesen, Schreiben und Rechnen": writing, not a letter; the sense naming the action, where it has one
        action = next((sense for sense in entry.gloss if gloss_core(sense).endswith("ing") and "[" not in sense), None)
        entry = with_sense_first(entry, action) if action else entry
    if entry is not None and pos == "NOUN":
        entry = _truncated_compound(token) or entry  # "See- und Luftfahrt": Seefahrt (navigation), no lake
        entry = superlative_noun_entry(text, entry) or entry  # "das Billigste": the cheapest, not cheap
        entry = senses_of_its_gender(token, sense_its_text_s_compounds_give(token, entry))
        entry = sense_of_its_compound(token, state_of_a_federation(token, entry))
        entry = person_of_its_gender(token, entry)
        entry = area_of_its_region(token, sense_of_its_verb(entry))
        if term in FORMS_OF_ADDRESS and _before_a_name(token):
            entry = with_sense_first(entry, FORMS_OF_ADDRESS[term])
        elif term in FORMS_OF_ADDRESS:
            entry = _without_address_first(entry, FORMS_OF_ADDRESS[term])  # "ihrem Herren": gentleman, no "Mr"
    if entry is not None and pos == "VERB" and token.lower_ != term.lower() and _with_passive_auxiliary(token):
        entry = _participle_s_own_sense(token, entry)
    if entry is not None and pos == "VERB" and names_a_state(token):
        state = lookup(token.lower_, "ADJ")
        entry = state if state.pos == "ADJ" and state.source == "exact" else entry
    elif entry is not None and pos == "VERB" and describes_its_verb(token):
        manner = lookup(token.lower_, "ADV")
        entry = manner if manner.pos == "ADV" and manner.source == "exact" else entry
    if entry is not None and pos in ("VERB", "NOUN") and entry.pos != "ADJ":
        entry = senses_for_use(token, entry)
    elif entry is not None and pos == "ADJ" and entry.gloss and entry.gloss[0].startswith("to "):
        entry = as_participle(token, sense_of_its_adverb(token, entry))
    elif entry is not None and pos == "ADJ":
        entry = participle_with_als(token, participle_in_its_verbs_order(token, present_participle(token, entry)))
        if entry.pos in ("ADJ", "ADV") and entry.source != "function word":  # (a curated row's notes are its uses')
            # "3,5 kg schweren": weighing (10 kg schwer), not serious; "nur schwer" not seriously (schwer verletzt)
            entry = senses_for_use(token, entry)
    if entry is not None and not entry.gloss and pos in _MISSPELLABLE and not name:
        entry = misspelt(text, pos) or entry  # "am Monatag": Montag, "Wahlkamp": Wahlkampf
    language = language_entry(term) if is_word and pos == "NOUN" and not name else None
    if language is not None:  # "Arabisch ist eine semitische Sprache": Arabic, not Arab
        entry = language
    chosen = people_or_land(token) if is_word and pos in ("PROPN", "NOUN") and not name else None
    if chosen is not None:  # "Darunter waren auch Polen": Poles; "zu Preußen": Prussia
        entry, pos = chosen
        learnable = marked_learnable and pos == "NOUN"
    return Shown(term, pos, is_word, learnable, entry)


_MISSPELLABLE = {"NOUN", "VERB", "ADJ", "ADV", "NUM"}


_JOINING = frozenset({"und", "oder", "sowie", "bzw.", "bis"})


def _truncated_compound(part) -> Entry | None:
    """The compound a first part cut off before "und"/"oder" stands for, where the dictionary lists it:
    "See- und Luftfahrt" is Seefahrt and Luftfahrt, "Telefon- und Internetanschluss" Telefonanschluss;
    its head is the longest end of the word after the conjunction that the dictionary has as a noun."""
    doc = part.doc
    if part.i + 3 >= len(doc) or doc[part.i + 1].text != "-" or part.whitespace_:
        return None
    if doc[part.i + 2].lower_ not in _JOINING:
        return None
    full = doc[part.i + 3].text
    for cut in range(1, len(full) - _SHORTEST_HEAD + 1):
        head = full[cut].upper() + full[cut + 1 :]
        if lookup(head, "NOUN").source != "exact":
            continue
        compound = lookup(part.text + head.lower(), "NOUN")
        if compound.source == "exact" and compound.pos == "NOUN":
            return compound
    return None


_SHORTEST_HEAD = 4  # letters: "Fahrt", not "t"


def _participle_s_own_sense(participle, verb: Entry) -> Entry:
    """"wurde … geboren": the participle's checked senses where they hold one its verb has not ("to be
    born"; gebären is to give birth to); else the verb's, as chosen for this sentence ("verletzt" of a
    treaty: to breach). Not a verb spelt as the participle whose Perfekt takes haben where sein stands
    beside it and no passive: "ist … gefallen" is fallen's, not gefallen's (to please: hat gefallen)."""
    own = lookup(participle.lower_, "VERB")
    if own.source != "exact" or own.pos != "VERB" or not own.gloss[0].startswith("to ") or own.gloss[0] in verb.gloss:
        return verb
    if not passive(participle) and "s" not in takes_sein(own.term):
        return verb
    return own


def _with_passive_auxiliary(participle) -> bool:
    """A participle with werden or sein beside it: "wurde … geboren", "ist 1950 geboren"."""
    return "Part" in feature_values(participle, "VerbForm") and (
        passive(participle) or any(c.dep_.startswith("aux") and c.lemma_ == "sein" for c in participle.children)
    )


def _as_governed(token, entry: Entry, uses: tuple[str, ...]) -> Entry:
    """A preposition its phrase's verb, noun or adjective governs, glossed as that word renders it, first:
    "Interesse an": in, "hofft auf": for."""
    return _with_governed_first(entry, governed_sense(token, uses))


def _with_governed_first(entry: Entry, governed: Governed | None) -> Entry:
    if governed is None:
        return entry
    gloss = (governed.gloss, *(sense for sense in entry.gloss if sense != governed.english))
    return replace(entry, gloss=gloss, short=short_gloss(gloss))


def _finite_verb_next(token) -> bool:
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and following.tag_.endswith("FIN")


@functools.lru_cache(maxsize=65536)
def _has_letter(text: str) -> bool:
    """A word, not punctuation or a number: asked of every token, kept per spelling."""
    return any(char.isalpha() for char in text)


_FUNCTION_CLASSES = {"CCONJ", "SCONJ", "ADP", "DET", "PRON", "PART"}
_ADJECTIVE_ENDING = re.compile(r"(?:er|st)?(?:e|en|em|er|es)")


def _adjective_the_tagger_missed(token, tagged: str, lemma: str) -> bool:
    """An adjective the coarse tagger put in another class: a verb with the fine tag of an attributive
    adjective (ADJA) whose lemma is no verb, or a word German has no such function word for, declined
    or compared as adjectives are ("weitgehend-er")."""
    if tagged == "VERB" and token.tag_ == "ADJA":
        return lookup(lemma, "VERB").pos != "VERB" and lookup(lemma, "ADJ").pos == "ADJ"
    if tagged not in _FUNCTION_CLASSES or function_entry(token.text, tagged) or function_entry(lemma, tagged):
        return False
    lower = token.text.lower()
    inflected = lower != lemma and lower.startswith(lemma) and bool(_ADJECTIVE_ENDING.fullmatch(lower[len(lemma):]))
    return inflected and lookup(lemma, "ADJ").pos == "ADJ"


def _article_without_noun(token) -> bool:
    """A definite article the parser gave no noun: it stands for one, as a demonstrative ("Das
    brachte … ins Spiel"), whether the parser made it a subject or hung it on a noun a finite verb
    parts it from ("Das teilte Pelosi mit")."""
    if "Art" not in feature_values(token, "PronType") or "Def" not in feature_values(token, "Definite"):
        return False
    if token.dep_ != "det":
        return token.dep_ in _NOUN_ROLES
    start, end = sorted((token.i, token.head.i))
    return any(word.tag_ in _FINITE_TAGS for word in token.doc[start + 1 : end])


_NOUN_ROLES = {"nsubj", "nsubj:pass", "obj", "iobj", "obl"}  # "obl": "seit dem gehe ich …" (since that)
_FINITE_TAGS = {"VVFIN", "VAFIN", "VMFIN"}


def _before_a_name(noun) -> bool:
    """Right before a name, perhaps after an academic title: "Frau Arbour", "Herr Dr. Weber"."""
    following = noun.doc[noun.i + 1 : noun.i + 3]
    if len(following) and following[0].text in ACADEMIC_TITLES:
        following = following[1:]
    return len(following) > 0 and following[0].pos_ == "PROPN"


def _in_a_name(token) -> bool:
    """Part of a name of several words as the parser joins them ("der Partei Rassemblement National"),
    or a word the text calls a name elsewhere, maybe with a genitive or plural -s: "Boris Johnson"
    before "die Johnson … führe", "Hillary Clinton" before "die Clintons"."""
    if token.dep_.startswith("flat") or any(child.dep_.startswith("flat") for child in token.children):
        return True
    lower = token.lower_
    keys = {lower, lower[:-1]} if lower.endswith("s") else {lower}
    names = _names_by_form(token.doc)
    return any(other != token.i for key in keys for other in names.get(key, ()))


@kept_per_doc
def _names_by_form(doc) -> dict[str, list[int]]:
    """The indices of the text's proper nouns by their lower-case form, and by that form without a
    final -s ("Clintons" under "clinton"); not a compound's head ("Hurrikan-Briefing"). Made once per
    analysis: each glossless noun with its article asks, and a scan of the text each is quadratic."""
    names: dict[str, list[int]] = {}
    for other in tokens_where(doc, "POS", ("PROPN",)):
        if other.i > 0 and doc[other.i - 1].text == "-":
            continue
        lower = other.lower_
        for form in {lower, lower.rstrip("s")}:
            names.setdefault(form, []).append(other.i)
    return names


def _with_article(noun) -> bool:
    return any(child.dep_ == "det" and "Art" in feature_values(child, "PronType") for child in noun.children)


def _after_a_contraction(noun) -> bool:
    """A preposition with the article inside it opens the noun's phrase ("im", "zum"): no name but a
    country's takes one."""
    return any(child.dep_ == "case" and child.lower_ in CONTRACTIONS for child in noun.children)


def _with_indefinite_article(noun) -> bool:
    """"ein Neubau": a name takes no indefinite article, so the word is the common noun (a building,
    not the Vienna district)."""
    return any(child.dep_ == "det" and "Ind" in feature_values(child, "Definite") for child in noun.children)


def _common_noun(term: str) -> bool:
    """The dictionary lists *term* as a noun with a common word's English ("heath"; not "Passau")."""
    entry = lookup(term, "NOUN")
    return entry.source == "exact" and entry.pos == "NOUN" and entry.gloss[0][:1].islower()


def _verbal_noun(noun: str) -> Entry | None:
    """A noun in -ung the dictionary lacks, glossed from its verb as English nouns of action are
    formed: "Ausspähung" (ausspähen: to spy out) is "spying out"; marked a guess like a compound's."""
    verb = verb_of_action_noun(noun)
    if verb is None:
        return None
    actions = _actions(verb.gloss)
    if not actions:
        return None
    gloss = (f"{actions[0]} (probably)", *actions[1:])
    return Entry(term=noun, gloss=gloss, short=short_gloss(gloss), gender="f", pos="NOUN", composed=True,
                 parts=((verb.term, verb.short),), query=noun, source="derived")


def _infinitive_after_das(noun) -> bool:
    """An infinitive with "das" before it is the neuter noun of its action, whatever masculine or feminine
    noun it also spells ("das Nutzen", not der Nutzen)."""
    article = any(child.lower_ == "das" and child.dep_ == "det" and child.i < noun.i for child in noun.children)
    return article and is_infinitive(noun.lower_)  # (not the subject of "Das sind große Hallen")


def _listed_with_actions(noun) -> bool:
    """An infinitive used as a noun, joined by "und", "oder" or a comma to another one: a list of actions
    ("Lesen, Schreiben und Rechnen")."""
    if not is_infinitive(noun.lower_) or noun.lemma_ != noun.text:
        return False  # ("Gräser oder Pflanzen": the plural of die Pflanze)
    first = noun.head if noun.dep_ == "conj" else noun
    listed = [first, *(child for child in first.children if child.dep_ == "conj")]
    return any(other.i != noun.i and other.pos_ == "NOUN" and is_infinitive(other.lower_) for other in listed)


def _action_of_verb(noun: str, verb: Entry) -> Entry:
    """An infinitive used as a noun that the dictionary has only as a verb, glossed as English names an
    action: "das Treten" (treten: to step, to kick) is "stepping", "kicking". Senses with a note belong
    to a phrase or another verb ("to resign (zurücktreten)") and come after the plain ones."""
    actions = _actions(sorted(verb.gloss, key=lambda gloss: strip_notes(gloss) != gloss))
    if not actions:
        return verb
    return Entry(term=noun, gloss=actions, short=short_gloss(actions), gender="n", pos="NOUN", query=noun,
                 source="derived")


def _actions(glosses) -> tuple[str, ...]:
    """A verb's glosses as English names its action, each once: "to spy out" → "spying out"."""
    return tuple(dict.fromkeys(filter(None, map(present_participle_of_gloss, glosses))))


def _place_entry(word: str, place: str) -> Entry:
    english = proper_noun(place)[0].gloss[:1] or (place,)
    gloss = (f"of {english[0]}", f"{english[0]} (adjective)")
    return Entry(term=word, gloss=gloss, short=short_gloss(gloss), pos="ADJ", query=word, source="name")


def _lower_case_noun(lemma: str) -> bool:
    """A noun written in lower case: a unit ("914 m": metre, not "M", monsieur)."""
    entry = lookup(lemma, "NOUN")
    return entry.source == "exact" and entry.pos == "NOUN"


def _nominalised(lemma: str) -> str:
    """A noun made from an adjective or participle under its dictionary form: "die Verletzten"
    (the tagger's lemma "verletzt") is "Verletzte", injured people, not "to injure"."""
    base = lemma[:1].upper() + lemma[1:]
    for form in (base + "e", base + "er", base):
        if lookup(form, "NOUN").source == "exact":
            return form
    return lemma


def _plural_entry(token, term: str, pos: str) -> Entry:
    """A plural noun with the senses checked for its plural where they differ from the lemma's
    ("Stimmen": votes, where "Stimme" is first "voice"; "Daten": data, not "dates"). An unchecked
    plural Ding lists on its own gives only the lemma's main sense in the plural ("Grenzen":
    borders); a marked sense of the plural alone ("Fahnen": lugs [electr.]) leaves the lemma's; with
    none, the lemma's senses are put in the English plural ("Staaten": states, countries). A compound
    takes its head's plural senses ("Geheimverhandlungen": secret negotiations)."""
    entry = lookup(term, pos)
    if pos != "NOUN" or "Plur" not in feature_values(token, "Number"):
        return entry
    if token.text == term and not _plural_by_its_words(token):
        return entry  # "Er war Alkoholiker": a form both numbers share is singular unless its words say plural
    checked = plural_glosses(token.text) if token.text == term else ()
    if checked:  # a plural spelt as its lemma ("100 Tote"): the senses checked for the plural
        return replace(entry, gloss=checked, short=short_gloss(checked))
    if entry.composed:
        return compound_in_plural(entry, token.text)
    # a dative plural adds -n to the form the senses are checked for ("mit starken Kräften": forces)
    own = plural_glosses(token.text) or (token.text.endswith("n") and plural_glosses(token.text[:-1])) or ()
    if not own and token.text != term:  # (a plural spelt as its lemma, "Einwohner", lists the lemma's senses)
        listed = form_glosses(token.text)
        main = gloss_core(entry.gloss[0]) if entry.gloss else ""
        agreeing = [g for g in listed if main and gloss_core(g) in (main, main + "s", main + "es")]
        own = (agreeing[0], *(g for g in listed if g != agreeing[0])) if agreeing else ()
    if own and own[0].endswith("]"):
        return entry
    if not own:  # no senses of the plural's own: the lemma's, in the plural where English has one ("states")
        senses = entry.gloss
        if adjectival_noun(term):  # "Blinde": men and women alike, blind people, not "blind women"
            senses = sorted(senses, key=lambda sense: _SEXED.search(sense) is not None)
        own = tuple(dict.fromkeys(plural_of_gloss(sense) or sense for sense in senses))
    return replace(entry, gloss=own, short=short_gloss(own)) if own else entry


_SEXED = re.compile(r"\b(?:man|woman)\b")


def _plural_by_its_words(noun) -> bool:
    """An article, adjective or number of *noun* in the plural ("die Lehrer", "525.990 Einwohner"), or
    a plural verb whose subject it is alone ("Lehrer streiken"; not "der Lehrer und die Schülerin streiken").
    A noun joined to a list without an article of its own shares its first noun's article ("die Lehrer und
    Studierende")."""
    if listed_after_a_bare_plural(noun):
        return True  # "Gelehrte und Schriftsteller haben …"
    if noun.dep_ == "conj" and noun.head.i < noun.i and not any(child.dep_ in ("det", "det:poss") for child in noun.children):
        return _plural_by_its_words(noun.head)
    joined = any(child.dep_ == "conj" for child in noun.children)
    if noun.dep_.startswith("nsubj") and not joined and finite_number(noun.head) == "Plur":
        return True  # (the auxiliary's number where the verb has one: "hatten Bewohner protestiert")
    return any(
        (child.dep_ in ("det", "amod") and "Plur" in feature_values(child, "Number"))
        or (child.dep_ == "nummod" and child.lower_ not in ("1", "ein", "eine", "einer"))
        for child in noun.children
    )


def _without_address_first(entry: Entry, address: str) -> Entry:
    """The entry with its first sense that is no form of address ("Mr") first: one goes before a name only."""
    forms = {gloss_core(form).rstrip(".") for form in address.split(" / ")}
    if not entry.gloss or gloss_core(entry.gloss[0]).rstrip(".") not in forms:
        return entry
    other = next((sense for sense in entry.gloss if gloss_core(sense).rstrip(".") not in forms), None)
    return with_sense_first(entry, other) if other else entry


def with_sense_first(entry: Entry, sense: str) -> Entry:
    """*entry* with *sense* (one of the word's senses, chosen by its phrase) in front."""
    gloss = (sense, *(g for g in entry.gloss if g != sense))
    return replace(entry, gloss=gloss, short=short_gloss(gloss))
