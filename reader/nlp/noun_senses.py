"""A noun's sense from the words around it that the dictionary's ranking cannot see.

Three signals: the article's gender ("in der Heide" is a heath, not a heathen, der Heide; "dem Geistlichen" a
clergyman, "die Geistliche" a clergywoman), a text about a federation's states, where "Land" is a state
("Bund und Länder", "das Land Bremen", a report on the Landtag), not a country, and the compounds of the
text that end in the word ("Stadttor", "Burgtor": "Tor" is a gate there). Called by reader.nlp.glossing
after the pipeline has run.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from wordfreq import zipf_frequency

from reader.labels import MORPH_GENDERS
from reader.lexicon import Entry, database, lookup, senses_of_gender, short_gloss
from reader.lexicon.compounds import split_compound
from reader.lexicon.ranking import gloss_core
from reader.nlp import doc_facts
from reader.nlp.extensions import token_value
from reader.nlp.lang.federation import FEDERAL_INSTITUTIONS, FEDERAL_LEVELS, FEDERAL_STATES, STATE_SENSES
from reader.nlp.morph_features import feature_values
from reader.nlp.noun_lexicon import adjectival_noun, noun_entry

_LETTER_OF_GENDER = {gender: letter for letter, gender in MORPH_GENDERS.items()}
_REGION_ADJECTIVE = "isch"  # "in dem westafrikanischen Land", "beider nordischer Länder": countries


def senses_of_its_gender(noun, entry: Entry) -> Entry:
    """A noun whose article (or, without one, its adjective) shows another gender than its main sense's
    has that gender's senses first: "in der Heide" (feminine) is a heath, not a heathen (der Heide);
    "auf hoher See" the sea, not a lake (der See). The article before a first
    part cut off before "und" is the compound's ("der Haus- und Familienarbeit": no feminine Haus)."""
    doc = noun.doc
    if noun.i + 1 < len(doc) and doc[noun.i + 1].text in ("-", "‑"):
        return entry
    if "Plur" in feature_values(noun, "Number"):
        return entry  # a plural's words show no gender: "viele Gebäude" (buildings, whatever "viele" was tagged)
    genders = {
        gender for child in noun.children if child.dep_ == "det" for gender in feature_values(child, "Gender")
    }
    if not genders and any(child.dep_ == "amod" for child in noun.children):
        genders = set(feature_values(noun, "Gender"))  # an adjective's ending shows it: "auf hoher See"
    if len(genders) != 1 or entry.composed or not entry.gender or len(entry.gloss) < 2:
        return entry
    gender = _LETTER_OF_GENDER.get(genders.pop())
    if gender is None or gender == entry.gender:
        return entry
    if {gender, entry.gender} == {"m", "n"} and not {"Nom", "Acc"} & set(feature_values(noun, "Case")):
        return entry  # "dem", "des", "einem" are masculine or neuter alike: "vor dem Haus" is no "der Haus"
    cores = senses_of_gender(entry.term, gender)
    if not cores and gender in _MASCULINE_OR_NEUTER and not {"Nom", "Acc"} & set(feature_values(noun, "Case")):
        # "des Steuers": "des" is neuter too, so das Steuer (helm), not die Steuer (tax)
        cores = senses_of_gender(entry.term, _MASCULINE_OR_NEUTER[gender])
    return _first(entry, [sense for sense in entry.gloss if gloss_core(sense) in cores])


_MASCULINE_OR_NEUTER = {"m": "n", "n": "m"}  # the other gender a dative or genitive article may be


def person_of_its_gender(noun, entry: Entry) -> Entry:
    """A noun declined like an adjective names a man or a woman as its article says, whichever form the
    lemmatizer gave: "dem Geistlichen" is the clergyman (the dictionary's "Geistlicher"), "die
    Geistliche" the clergywoman ("Geistliche")."""
    genders = feature_values(noun, "Gender")
    if feature_values(noun, "Number") != ["Sing"] or genders not in (["Masc"], ["Fem"]):
        return entry
    lemma = token_value(noun, "term") or noun.lemma_
    if lemma.endswith("er") and noun_entry(lemma)[2]:
        lemma = lemma[:-1]  # the strong "Geistlicher"
    if not adjectival_noun(lemma):
        return entry
    own = lookup(lemma + "r" if genders == ["Masc"] else lemma, "NOUN")
    if own.source != "exact" or own.pos != "NOUN" or not own.gloss or own.gloss == entry.gloss:
        return entry
    return replace(entry, gloss=own.gloss, short=own.short)


def state_of_a_federation(noun, entry: Entry) -> Entry:
    """"Land" as one of the federation's states where the text speaks of them: named after it ("das
    Land Bremen"), beside the federation or its towns ("Bund und Länder", "Länder und Kommunen"), or
    in a text about the states' institutions (Landtag, Bundesrat), unless a region's adjective makes
    it a country ("in dem westafrikanischen Land")."""
    state = STATE_SENSES.get(entry.term)
    if state is None or any(child.dep_ == "amod" and child.lemma_.endswith(_REGION_ADJECTIVE) for child in noun.children):
        return entry
    doc = noun.doc
    named = noun.i + 1 < len(doc) and doc[noun.i + 1].text in FEDERAL_STATES
    beside = any(other.lemma_ in FEDERAL_LEVELS for other in noun.conjuncts)
    if not (named or beside or _about_federal_states(doc)):
        return entry
    return _first(entry, [sense for sense in entry.gloss if gloss_core(sense).split()[-1:] in ([state], [state + "s"])])


# How a noun joins the noun after it in a compound: Öl|förderung, Wahl|gewinn, Angriff|s|ziel, Partei|führung
_COMPOUND_LINKS = ("", "s", "es", "n", "en", "er", "e")
_ATTRIBUTES = ("nmod", "nmod:poss")  # a genitive or a "von" phrase after the noun
_SENSES_TRIED = 8  # later senses are rare; a compound that points to one says little


def sense_its_text_s_compounds_give(noun, entry: Entry) -> Entry:
    """"Das Holstentor ist neben dem Burgtor das einzige erhaltene Stadttor …, ein Tor": a word takes the
    sense the compounds of its text that end in it give it (castle gate, city gate: a gate here, no goal;
    "Wähler-" and "Gegenstimmen" make "Stimmen" votes), where two more of them give that sense than its
    first: one sense per text, as the dictionary's English of those compounds shows it."""
    if entry.composed or entry.pos != "NOUN" or len(entry.gloss) < 2:
        return entry
    chosen = doc_facts.once("senses_by_compounds", noun.doc, lambda doc: {})  # (asked per token, found per word)
    if entry not in chosen:
        chosen[entry] = _sense_of_compounds(entry, _compounds_by_head(noun.doc).get(entry.term.lower(), ()))
    return chosen[entry]


def _sense_of_compounds(entry: Entry, compounds: list[frozenset[str]]) -> Entry:
    """*entry* with the sense that *compounds* (the English words of the text's compounds ending in it)
    give it first, where two more of them give that sense than its first."""
    senses = entry.gloss[:_SENSES_TRIED]
    heads = [(sense, {_head_word(sense), _head_word(sense).removesuffix("s")} - {""}) for sense in senses]
    counts = Counter()
    for english in compounds:
        counts.update(next(([sense] for sense, words in heads if words & english), []))
    best = max(senses, key=lambda sense: counts[sense])
    return _first(entry, [best]) if counts[best] >= _COMPOUNDS_NEEDED + counts[senses[0]] else entry


_SHORTEST_MODIFIER = 3  # letters before the word in a compound: "Burgtor", not "Motor"
# Compounds more than the first sense has: one may be no compound of the word ("Ursache": cause) or use
# a sense of its own ("Heiligabend": Christmas Eve)
_COMPOUNDS_NEEDED = 2


def _compounds_by_head(doc) -> dict[str, list[frozenset[str]]]:
    """The text's nouns the dictionary lists, by each word they may end in after a modifier of at least
    _SHORTEST_MODIFIER letters ("burgtor": "gtor", "tor"), with the English words of their first sense:
    each noun asks for its own end once, instead of scanning every noun of the text."""
    def compute(doc) -> dict[str, list[frozenset[str]]]:
        seen: set[str] = set()
        by_head: dict[str, list[frozenset[str]]] = {}
        for token in doc:
            lemma = token_value(token, "term") or token.lemma_ if token.pos_ == "NOUN" else None
            if not lemma or lemma.lower() in seen:
                continue
            entry = lookup(lemma, "NOUN")
            if entry.source == "exact" and not entry.composed and entry.gloss:
                words = gloss_core(entry.gloss[0]).split()
                english = frozenset(words + [word.removesuffix("s") for word in words])
                lower = lemma.lower()
                seen.add(lower)
                for start in range(_SHORTEST_MODIFIER, len(lower)):
                    by_head.setdefault(lower[start:], []).append(english)
        return by_head

    return doc_facts.once("compounds_by_head", doc, compute)


def sense_of_its_compound(noun, entry: Entry) -> Entry:
    """A noun with a noun attribute reads as the compound Ding lists for the two: "die Förderung von
    Öl" as "Ölförderung" (oil production: Förderung is production, not funding), "die Ziele der
    Angriffe" as "Angriffsziel" (target), "den Gewinn der Wahl" as "Wahlgewinn" (win); so does one
    with an adjective made from a noun ("militärische Ziele" as "Militärziel")."""
    if entry.composed or len(entry.gloss) < 2:
        return entry
    modifiers = [
        token_value(child, "term") or child.lemma_ for child in noun.children
        if child.dep_ in _ATTRIBUTES and child.pos_ == "NOUN" and child.i > noun.i
        and all(c.lower_ == "von" for c in child.children if c.dep_ == "case")
    ]
    modifiers += [
        base for child in noun.children if child.dep_ == "amod" and child.pos_ == "ADJ"
        for base in [_noun_of_adjective(child.lemma_)] if base
    ]
    for modifier in modifiers:
        english = compound_english(modifier, entry.term)
        if english:
            fitting = [sense for sense in entry.gloss[:_SENSES_TRIED] if {_head_word(sense), _head_word(sense).removesuffix("s")} & english]
            return _first(entry, fitting[:1])
    return entry


_NOUN_SUFFIXES = ("isch", "lich")  # "militärisch": Militär, "wirtschaftlich": Wirtschaft


_REGION_SENSES = ("area", "region")
_REGION_ADJECTIVES = (_REGION_ADJECTIVE, "sprachig")  # "im pazifischen Raum", "im deutschsprachigen Raum"


def area_of_its_region(noun, entry: Entry) -> Entry:
    """A noun with an adjective of a region or language is the area it names where one of its senses is
    an area: "im deutschsprachigen Raum" (the German-speaking area, not room), "im pazifischen Raum"."""
    if len(entry.gloss) < 2 or not any(
        child.dep_ == "amod" and child.lemma_.endswith(_REGION_ADJECTIVES) for child in noun.children
    ):
        return entry
    return _first(entry, [sense for sense in entry.gloss if gloss_core(sense) in _REGION_SENSES][:1])


_ACTION_SUFFIX = "ung"
_RARE_ZIPF = 3.5  # commoner nouns have hand-checked senses (tools/core_glosses.tsv)
_SENSES_OF_ACTION = 6
_STEM = 5  # letters an English verb and its noun share: "overlap", "abdicate" / "abdication"


@database.lexicon_cache(maxsize=4096)
def sense_of_its_verb(entry: Entry) -> Entry:
    """A rare noun of an action in -ung reads as its verb does: "Überlappung" is an overlap (überlappen:
    to overlap), not Ding's first "lap"; "Abdankung" an abdication, "Verdoppelung" a doubling. The entry
    alone decides, so the answer is kept per entry (asked of every such noun a text has)."""
    term = entry.term
    if entry.composed or not term.endswith(_ACTION_SUFFIX) or len(entry.gloss) < 2:
        return entry
    if zipf_frequency(term, "de") >= _RARE_ZIPF:
        return entry
    stem = term[: -len(_ACTION_SUFFIX)].lower()
    verbs = (lookup(stem + "en", "VERB"), lookup(stem + "n", "VERB"))  # "überlappen", "verdoppeln"
    verb = next((found for found in verbs if found.source == "exact"), None)
    if verb is None:
        return entry
    cores = [gloss_core(sense).split() for sense in verb.gloss[:2] if sense.startswith("to ")]
    stems = {words[0][:_STEM] for words in cores if words}
    fitting = [sense for sense in entry.gloss[:_SENSES_OF_ACTION] if gloss_core(sense)[:_STEM] in stems]
    return _first(entry, fitting[:1])


def _noun_of_adjective(adjective: str) -> str | None:
    """The noun an adjective is made from, where the dictionary has it: "militärisch" Militär."""
    for suffix in _NOUN_SUFFIXES:
        if adjective.endswith(suffix) and len(adjective) > len(suffix) + 2:
            noun = adjective[: -len(suffix)].capitalize()
            if _listed_noun(noun):
                return noun
    return None


@database.lexicon_cache(maxsize=16384)
def compound_english(modifier: str, head: str) -> frozenset[str]:
    """The English words of the compound of *modifier* and *head* Ding lists, or none; else of its
    own last part's compound where that still speaks of the modifier's thing: a compound Ding lacks
    ("Werbeanzeigen" as "Anzeige") or one whose English names it ("Grundrechte" as "Recht":
    "Rechtsverletzung" names a right; "Hintergrund" is no "Grund" of "Grundbildung")."""
    english = _listed_compound_english(modifier, head)
    parts = () if english else split_compound(modifier, database.has_gloss) or ()
    if len(parts) < 2:
        return english
    english = _listed_compound_english(parts[-1].key, head)
    own = lookup(modifier, "NOUN")  # a word the splitter composed means what its parts do
    return english if own.composed or own.gloss and _head_word(own.gloss[0]).removesuffix("s") in english else frozenset()


def _listed_compound_english(modifier: str, head: str) -> frozenset[str]:
    for stem in (modifier, modifier[:-1]) if modifier.endswith("e") else (modifier,):
        for link in _COMPOUND_LINKS:
            compound = f"{stem}{link}{head.lower()}"
            row = _listed_noun(compound)
            if row is not None:
                return frozenset(english for sense in row.glosses[:3] for english in gloss_core(sense).split())
    return frozenset()


def _listed_noun(word: str) -> database.TermRow | None:
    """The lexicon's own noun row of *word*, or None: a lookup of a word Ding lacks would compose it."""
    return next((row for row in database.term_rows(word) if row.word == word and row.pos == "NOUN" and row.glosses), None)


def _head_word(sense: str) -> str:
    words = gloss_core(sense).split()
    return words[-1] if words else ""


def _about_federal_states(doc) -> bool:
    """The text names a federation's institution, other than as what something is compared with: not an
    article on Australia whose states are "wie Bundesländer" (like federal states)."""
    return doc_facts.once("about_federal_states", doc, _names_the_federation)


def _names_the_federation(doc) -> bool:
    return any(
        token.lemma_.startswith(FEDERAL_INSTITUTIONS) and not (token.i and doc[token.i - 1].lower_ in ("wie", "als"))
        for token in doc
    )


def _first(entry: Entry, fitting: list[str]) -> Entry:
    if not fitting or fitting[0] == entry.gloss[0]:
        return entry
    gloss = (*fitting, *(sense for sense in entry.gloss if sense not in fitting))
    return replace(entry, gloss=gloss, short=short_gloss(gloss))
