"""Names the statistical tagger took for common words ("Leyen", "TikTok", "Spaldingstraße").

A learner must see a name as a name: not learnable, never counted as an unknown
word. The tagger often calls a rare name NOUN (or, mid-sentence, ADJ/ADV), so
this module looks for evidence of a name that is independent of the gloss
lexicon (whether the dictionary glosses a word must not decide whether it is a
word, or coverage of the dictionary would be true by construction):

- the form alone: handles (@POTUS), intercapitals (TikTok, WikiLeaks, nCoV),
  unknown all-capital abbreviations (ZANU), web addresses (musical.ly);
- for a capitalised word simplemma's German dictionary (1.1 million forms) does
  not know and that does not split into parts it knows: any sign of a name in
  the text: the tagger's own PROPN for the same word elsewhere ("Leyens"), a
  neighbouring name ("Sandro Gaycken", "Qaasuitsup Kommunia"), a classifier
  noun before it ("Kommune Qeqertalik"), coordination with a name, a name
  particle ("von der Leyen"), a street-name ending ("Spaldingstraße"), no
  article although singular ("in Winterhude"), capitals on a non-noun
  mid-sentence ("Trumps Ankündigung");
- for a word the dictionary does know (it lists "Twitter", "Mugabe"): only the
  tagger's PROPN for it elsewhere in the same text together with a bare use
  or a name just before it, or a first name just before it ("Sebastian Kurz");
- finally a word found to be a name names its other uses in the text too.

The signs of a name this module weighs, a word's and its place's, are in reader.nlp.names.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from reader.lexicon import database, is_name
from reader.nlp.capitalised_words import name_phrase_at
from reader.nlp.doc_arrays import tokens_where
from reader.nlp.foreign_words import FOREIGN_TAG, english_name_word
from reader.nlp.headings import in_heading
from reader.nlp.lang.names import COMMON_ACRONYMS, NAME_PARTICLES, PARTICLE_ARTICLES
from reader.nlp.names import (
    adjective_of_a_persons_name,
    after_first_name,
    after_name,
    after_name_particle,
    after_place_classifier,
    bare,
    before_unknown_name,
    beside_first_name,
    capitalised_by_position,
    common_noun,
    declined,
    later_part_of_name,
    name_by_form,
    name_context,
    name_keys,
    no_word_before_unknown_name,
    only_a_name,
    opens_a_name,
    place_in_a_persons_name,
    place_of_adjective,
    title_before_name,
    titled,
    unknown_word,
    unlisted,
    unlisted_name,
)
from reader.nlp.noun_lexicon import listed_with_feminine

if TYPE_CHECKING:  # spaCy loads with the pipeline, not with this module
    from spacy.tokens import Doc, Token

# Tags a name may wrongly carry; PROPN is already a name, function words never are.
_RETAGGABLE = {"NOUN", "ADJ", "ADV", "VERB"}
_NAMES_OF_DOC: weakref.WeakKeyDictionary[Doc, frozenset[int]] = weakref.WeakKeyDictionary()
_SHOWN_AS_NAMES: weakref.WeakKeyDictionary[Doc, frozenset[int]] = weakref.WeakKeyDictionary()


def name_indices(doc: Doc) -> frozenset[int]:
    """Indices of the tokens tagged NOUN, ADJ, ADV or VERB that are names, and of name particles
    inside names ("di" in "Elio di Rupo"). Found once per parsed doc: the hints and the analysis
    both ask."""
    found = _NAMES_OF_DOC.get(doc)
    if found is None:
        found = _NAMES_OF_DOC[doc] = frozenset(_find_names(doc))
    return found


def shown_as_names(doc: Doc) -> frozenset[int]:
    """Indices of every token the panel shows as a name (no gloss, not learnable, no gender of a
    compound's last part): the name_indices, the tagger's names that are words too and the particles
    of names ("von der" of "Ursula von der Leyen"). Found once per doc."""
    found = _SHOWN_AS_NAMES.get(doc)
    if found is None:
        from reader.nlp.noun_phrases import name_particle, particle_article  # (it imports spaCy: only with a doc)

        names = set(name_indices(doc))
        names |= names_the_tagger_saw(doc, names)
        # "von der" of "von der Leyen", where a name follows ("zu den Eltern" is no name's)
        particles = {
            token.i for token in tokens_where(doc, "LOWER", NAME_PARTICLES | PARTICLE_ARTICLES)
            if (name_particle(token) or particle_article(token)) and _name_follows(token, names)
            or _hyphened_particle(token)
        }
        found = _SHOWN_AS_NAMES[doc] = frozenset(names | particles)
    return found


def _hyphened_particle(token: Token) -> bool:
    """A name particle joined to a name by a hyphen: "al" of "al-Qaida", "el" of "el-Sisi" (not
    aluminium)."""
    doc = token.doc
    if token.lower_ not in NAME_PARTICLES or not token.is_lower or token.whitespace_ or token.i + 2 >= len(doc):
        return False
    hyphen, name = doc[token.i + 1], doc[token.i + 2]
    return hyphen.text in ("-", "‑") and not hyphen.whitespace_ and name.is_title


def _name_follows(particle: Token, names: set[int]) -> bool:
    """The word after a name particle and its article is a name, undeclined: "von der Leyen"."""
    doc = particle.doc
    following = particle.i + 1
    while following < len(doc) and doc[following].lower_ in PARTICLE_ARTICLES:
        following += 1
    if following >= len(doc) or declined(doc[following]) or english_name_word(doc[following]):
        return False  # "von der Deutschen Bank": an adjective's ending; "Reeves von Democracy Now": English
    return doc[following].pos_ == "PROPN" or following in names


def tag_names(doc: Doc) -> None:
    """Names found here that the tagger called a common word and German does not know ("Fallon",
    "Mishima") become proper nouns (PROPN), as the panel shows them."""
    for index in name_indices(doc):
        token = doc[index]
        # Only words German does not know: a known word ("Präsident" of "Ex-Präsident Robert Mugabe")
        # found in a name's place keeps its class, so its compound and phrase are still found.
        if token.pos_ in _RETAGGABLE and (unknown_word(token) or only_a_name(token.text) or token.lower_ in NAME_PARTICLES):
            if token.pos_ == "VERB":  # "bint" of "Haya bint al-Hussein" is no finite verb either
                token.tag_ = "NE"
                token.set_morph(None)
            token.pos_ = "PROPN"  # also "Zweibrücken", which only looks like a compound of words
            if token.lemma_ != token.text and database.name_kind(token.text) is not None:
                # the place's own name, not a common noun's plural and gender: "bei Bingen" (no "die Binge")
                token.lemma_ = token.text
                features = {field: value for field, value in token.morph.to_dict().items() if field != "Gender"}
                token.set_morph({**features, "Number": "Sing"})


def _find_names(doc: Doc) -> set[int]:
    # the tagger's names, not a PROPN its own fine tag calls a common noun (NN) that German knows as
    # one: "wegen Betrugs" (but "das Mathematikum"), unless a first name comes right before it: "Gustav
    # Klimt", though simplemma lists "Klimt"
    # (each set below is read from the words of its class: the Doc's arrays find them at once)
    model_names = {
        key for token in tokens_where(doc, "POS", ("PROPN",))
        if not (token.tag_ == "NN" and common_noun(token.text) and not after_first_name(token))
        and not title_before_name(token) and not in_heading(token)
        for key in name_keys(token.text)
    }
    retaggable = tokens_where(doc, "POS", _RETAGGABLE)
    names = {token.i for token in retaggable if name_by_form(token.text)}
    candidates = [
        token
        for token in retaggable
        if token.text[:1].isupper() and not any(char.isdigit() for char in token.text)
        and token.text.upper() not in COMMON_ACRONYMS  # "MESZ", "LKW": never names
        # "die Görlitzer Wahl", "der Booleschen Algebra"
        and not (token.pos_ == "ADJ" and (place_of_adjective(token.text) or adjective_of_a_persons_name(token.text)))
    ]
    for token in candidates:  # left to right, so "Palle Jerimiassen" grows as a chain
        if token.i in names:
            continue
        if title_before_name(token) and listed_with_feminine(token.text) and not after_first_name(token):
            continue  # "Norwegens König Harald": a title before a name is a word, though "König" is a surname too
        if unknown_word(token):
            if name_keys(token.text) & model_names or name_context(token, names):
                names.add(token.i)
        elif unlisted(token) and (after_name_particle(token) or titled(token) or after_name(token, names)):
            names.add(token.i)  # "de Villepin", "Innenminister Beckstein", "Reiner Haseloff": no "villas pin", "baker stone"
        elif capitalised_by_position(token):
            continue  # a known word capitalised because it opens the sentence: "Kurz danach"
        elif token.pos_ != "NOUN" and only_a_name(token.text):
            # "Ministerpräsident Reiner Haseloff": capitals mid-sentence on a word Wiktionary knows only as
            # a name, not "pure" (a noun's form may spell a place too: "in den Medien", not Media)
            names.add(token.i)
        elif name_keys(token.text) & model_names and (bare(token) or after_name(token, names) and not declined(token)):
            names.add(token.i)  # (a declined German word after a name is no part of it: "CIA Dokumente")
        elif after_first_name(token) or beside_first_name(token) or after_place_classifier(token) \
                or place_in_a_persons_name(token) or opens_a_name(token) or no_word_before_unknown_name(token):
            names.add(token.i)
    found = {key for i in names for key in name_keys(doc[i].text)}
    # its other uses, but not a word capitalised only because it opens a sentence ("Kurz danach"), nor
    # a German word with its article or number ("fünf Mark" beside "Mark Milley")
    names |= {
        token.i for token in candidates
        if name_keys(token.text) & found and not capitalised_by_position(token)
        and (unlisted(token) or not any(child.dep_.startswith("det") or child.pos_ == "NUM" for child in token.children))
    }
    names |= {token.i for token in tokens_where(doc, "LOWER", _PARTICLES_IN_NAMES) if _inside_name(token, names)}
    names |= _double_first_names(doc, names)
    return names


def _double_first_names(doc: Doc, names: set[int]) -> set[int]:
    """"Premierminister Jean-Pierre Raffarin", "Hans-Robert Lichtenberg": two capitalised words joined
    by a hyphen right before a surname, after a title or a first name the dictionary knows, are a
    double first name ("jeans … pier reindeer" otherwise)."""
    found = set()
    for hyphen in tokens_where(doc, "ORTH", ("-",)):
        if not 0 < hyphen.i < len(doc) - 2:
            continue
        first, second, after = doc[hyphen.i - 1], doc[hyphen.i + 1], doc[hyphen.i + 2]
        if first.whitespace_ or hyphen.whitespace_ or not second.whitespace_:
            continue
        if not (first.is_title and second.is_title and after.is_title) or not (after.pos_ == "PROPN" or after.i in names):
            continue
        titled = first.i > 0 and doc[first.i - 1].pos_ == "NOUN" and doc[first.i - 1].is_title
        if titled or is_name(first.text) or is_name(second.text):
            found |= {first.i, second.i}
    return found


def names_the_tagger_saw(doc: Doc, names: set[int]) -> set[int]:
    """Indices of tokens the tagger calls names (PROPN) that are words too, or that the splitter
    explains, where the text makes them a person's or a place's and so no word: a later part of a
    name ("Clemens Raab", not the river Rába), "die Gemeinde Auenwald" (not a floodplain forest),
    "Verteidigungsminister Rumsfeld" (no "rum field"), a name in English ("Human Rights Watch"), the first
    word of a name the dictionary lists whole ("Los Angeles": no "lot"); and
    their other uses in the text, also of a word found a name where the tagger called it a common word.
    *names* are the name_indices of the doc."""
    tagged_names = tokens_where(doc, "POS", ("PROPN",))
    named = {
        token.i for token in tagged_names
        if token.text.upper() not in COMMON_ACRONYMS
        and (later_part_of_name(token) or after_first_name(token) or after_place_classifier(token)
             or place_in_a_persons_name(token) or unlisted_name(token, names) or before_unknown_name(token) or name_phrase_at(token))
    }
    english = {token.i for token in tokens_where(doc, "TAG", (FOREIGN_TAG,)) if english_name_word(token)}
    keys = {key for i in named | names if doc[i].text[:1].isupper() for key in name_keys(doc[i].text)}
    english_keys = {key for i in english for key in name_keys(doc[i].text)}
    # an English name's word alone is that name too, whatever the tagger called it ("Labour muss …"), but
    # not a German noun with its article ("Base Ball" in English, "einen Ball" in German)
    return named | english | {
        token.i for token in (doc if english_keys else tagged_names)  # (no English name: only the tagger's names)
        if (token.pos_ == "PROPN" and name_keys(token.text) & (keys | english_keys))
        or (token.text[:1].isupper() and name_keys(token.text) & english_keys and not _with_determiner(token))
    }


def _with_determiner(token: Token) -> bool:
    return token.pos_ == "NOUN" and any(child.dep_.startswith("det") for child in token.children)


_PARTICLES_IN_NAMES = NAME_PARTICLES - {"von", "zu"}


def _inside_name(token: Token, names: set[int]) -> bool:
    """A name particle between two parts of a name: "Elio di Rupo", "Vincent van Gogh", "Ali al-Haidari"
    ("von" and "zu" are prepositions too often to count here)."""
    if token.lower_ not in _PARTICLES_IN_NAMES or not 0 < token.i < len(token.doc) - 1:
        return False
    doc = token.doc
    before, after = token.nbor(-1), token.i + 1
    # "Ali al-Haidari", "Haya bint al-Hussein": past the hyphen and the particles after it
    while after + 1 < len(doc) and (doc[after].text == "-" or doc[after].lower_ in _PARTICLES_IN_NAMES):
        after += 1
    named_before = before.pos_ == "PROPN" or before.i in names or before.lower_ in NAME_PARTICLES
    return named_before and doc[after].text[:1].isupper()
