"""How an adjective, adverb or participle is used, for the gloss it is shown with.

An adjective the parser hung on a verb may be an adverb ("wiederholt gefordert": repeatedly) or the
predicate of sein, of a verb like it or of "als" ("dass sie ehrlich sind": honest, "zeigte sich
zufrieden", "als „unsicher“ eingeschätzt"); a form may be a comparative or superlative with a gloss of
its own ("geringere": lower, "höchste": highest); a participle before its noun is glossed as an English
participle ("die genannten Punkte": named), and one with sein that is no Perfekt as the dictionary's
adjective ("Betroffen sind …": affected). Called by reader.nlp.glossing.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from reader.lexicon import Entry, form_entry, full_entry, lookup, short_gloss
from reader.lexicon.entry import strip_notes
from reader.lexicon.ranking import gloss_core
from reader.nlp.lang.english import (
    adverb_of_gloss,
    comparative_of_gloss,
    past_participle_of_gloss,
    present_participle_of_gloss,
    superlative_of_gloss,
)
from reader.nlp import lemma_dictionary
from reader.nlp.lang.articles import EIN_WORD_STEMS, adjective_ending
from reader.nlp.lang.grammar import ORDINAL_STEMS
from reader.nlp.lang.valency import OBJECT_COMPLEMENT_VERBS, PREDICATIVE_VERBS, REFLEXIVE_PREDICATIVE_VERBS
from reader.nlp.lang.verbs import WITHOUT_UMLAUT
from reader.nlp.participles import participle_of
from reader.nlp.sense_conditions import construction
from reader.nlp.verb_forms import infinitive_of_participle, is_participle, takes_sein


def modifier_entry(token, pos: str) -> Entry | None:
    """An adjective or adverb glossed by its own form where the dictionary lists it: a participle
    or adjective used as an adverb ("wiederholt": repeatedly, "völlig unklar": completely), an
    adjective whose forms come from another stem ("nächsten": next, not "close" like its lemma nah),
    a superlative listed as such ("höchste": highest), a comparative ("geringere": lower)."""
    if pos in ("ADJ", "VERB") and token.dep_ == "advmod" and token.tag_ != "ADJA" and _adverbial(token):
        # (an inflected adjective, "nationaler", is no adverb, whatever the parse)
        listed = form_entry(token.text, "ADV")
        if pos == "ADJ" and _comparative(token) and (listed is None or listed.term != token.lower_):
            # "stärker gewählt": more strongly (the adverb compared), not "stronger"
            adverb = lookup(token.lemma_, "ADV")
            return (_compared(adverb, comparative_of_gloss) if adverb.pos == "ADV" else None) or listed
        return listed
    if pos == "ADV" and predicate_adjective(token):
        return lookup(token.lower_, "ADJ")  # "sonst werden die Hülsen zäh": tough, not "sluggishly"
    if pos == "ADV":
        return form_entry(token.text, pos) or _compared_adverb(token.lower_) or _adjective_as_adverb(token)
    if pos == "ADJ" and _plain(token.text)[:3] != _plain(token.lemma_)[:3]:
        return form_entry(token.text, pos)
    if pos == "ADJ" and token.lower_.startswith(tuple(ORDINAL_STEMS)):
        listed = lookup(token.lemma_, pos)  # (Ding has "zweitgrößte": second-largest)
        ranked = None if listed.found and not listed.composed else _ranked_superlative(token.lower_)
        if ranked is not None:
            return ranked  # "drittstärkste": third-strongest
    if pos == "ADJ" and _superlative(token.text, token.lemma_):
        # "höchsten": highest, "jüngsten": latest, where listed, else "ärmsten": poorest
        return _listed_degree(token, pos) or _compared(lookup(token.lemma_, pos), superlative_of_gloss)
    if pos == "ADJ" and _comparative(token):
        # "früheren": former, "geringere": lesser where listed, else the lemma's senses compared, unless
        # English has no comparative of its main sense ("als einziger": only, no "onlier")
        senses = lookup(token.lemma_, pos)
        if senses.gloss and " " not in strip_notes(senses.gloss[0]) and not comparative_of_gloss(senses.gloss[0]):
            return None
        return _listed_degree(token, pos) or _compared(senses, comparative_of_gloss)
    return None


def _listed_degree(token, pos: str) -> Entry | None:
    """The dictionary's entry of a compared form as a word of its own ("früheren": früher, former); not its
    lemma's, which the form only points to ("bekannter": bekannt, known)."""
    listed = form_entry(token.text, pos)
    return listed if listed is not None and listed.term.lower() != token.lemma_.lower() else None


def _adjective_as_adverb(token) -> Entry | None:
    """"Aktuell leiden …", "so unglaublich charmant": a word the tagger calls an adverb that the
    dictionary lists only as an adjective, its senses as English adverbs (currently, incredibly)
    where English forms them; None where the first sense has none."""
    if any(child.dep_ == "cop" for child in token.head.children):
        return None  # "Zuständig für den Vollzug sind die Länder": the copula's fronted predicate
    entry = lookup(token.lower_, "ADV")
    if entry.pos != "ADJ" or entry.composed or not entry.gloss or not adverb_of_gloss(entry.gloss[0]):
        return None
    glosses = tuple(dict.fromkeys(adverb_of_gloss(gloss) or gloss for gloss in entry.gloss))
    return replace(entry, pos="ADV", gloss=glosses, short=short_gloss(glosses))


def _compared_adverb(word: str) -> Entry | None:
    """"nicht näher erläutern": an adverb no dictionary lists that is an adjective's comparative (nah,
    näher) is that adjective's adverb compared (more closely), not a word spelt like it ("Näher": sewer)."""
    if not word.endswith("er") or len(word) < 5 or lookup(word, "ADV").source == "exact":
        return None
    stem = word[:-2]
    for base in dict.fromkeys((stem, stem.translate(WITHOUT_UMLAUT))):
        adjective = lookup(base, "ADJ")
        if adjective.pos == "ADJ" and adjective.source == "exact":
            adverb = lookup(base, "ADV")
            return _compared(adverb if adverb.pos == "ADV" and adverb.source == "exact" else adjective, comparative_of_gloss)
    return None


def _ranked_superlative(word: str) -> Entry | None:
    """"drittstärkste", "viertgrößten": an ordinal before a superlative ranks it (third-strongest); None
    where the rest is no superlative of a listed adjective."""
    stem = next(stem for stem in ORDINAL_STEMS if word.startswith(stem))
    rest = word[len(stem) :]
    base = lemma_dictionary.lemmatize(rest)
    if len(rest) < 4 or not _superlative(rest, base):
        return None
    compared = form_entry(rest, "ADJ") or _compared(lookup(base, "ADJ"), superlative_of_gloss)
    if compared is None:
        return None
    glosses = tuple(f"{ORDINAL_STEMS[stem]}-{gloss}" for gloss in compared.gloss if " " not in gloss.strip())
    return replace(compared, term=word, gloss=glosses, short=short_gloss(glosses)) if glosses else None


def _adverbial(token) -> bool:
    """An adjective the parser hung on something as an adverb is used as one ("wiederholt gefordert",
    "völlig unklar", "rund 100"), unless it is a predicate: a copula's (see used_as_adjective) or the
    one a degree word the parser made the copula's stands for ("nicht mutig genug zu sein": brave); or
    a particle written apart from its verb ("frei lassen": freilassen, to release). A predicate noun it
    describes keeps it an adverb ("ist überwiegend ein Agrarland": mainly)."""
    head = token.head
    if used_as_adjective(token):
        return False
    if head.tag_ not in ("ADJA", "ADJD") and head.pos_ not in ("NOUN", "PROPN") and any(child.dep_ == "cop" for child in head.children):
        return False
    return head.pos_ not in ("VERB", "AUX") or lookup(token.lower_ + head.lemma_, "VERB").source != "exact"


def _comparative(token) -> bool:
    """*token* is its lemma's comparative: "geringere" (gering + er + e), a predicate "größer"; a
    declined "-er" alone is the positive ("ein schneller Wagen"). The morphologizer mostly says "Pos"."""
    plain, stem = _plain(token.text), _plain(token.lemma_)
    if not plain.startswith(stem):
        return False
    ending = plain[len(stem):]
    return ending.startswith("er") and (
        bool(_DECLENSION.fullmatch(ending[2:]))
        or (ending == "er" and token.tag_ == "ADJD" and not _after_ein_word(token) and not _before_its_noun(token))
    )


def _before_its_noun(token) -> bool:
    """A noun follows, past only other attributes listed with it ("nach derzeitiger Planung", "in tafeliger,
    schuppiger oder stängeliger Form"): the word is its attribute, its "-er" the strong ending."""
    for word in token.doc[token.i + 1 : token.sent.end]:
        if word.pos_ in ("NOUN", "PROPN"):
            return True
        if not (word.pos_ in ("ADJ", "CCONJ") or word.text == "," or word.is_bracket or word.is_quote):
            return False  # (past brackets and quotes too: "als (erwarteter) Wendepunkt")
    return False


def _after_ein_word(token) -> bool:
    """An ein-word without an ending before the adjective, quotation marks aside ("ein „netter, hilfsbereiter
    Mann“"), makes its "-er" the masculine ending (nice), not the comparative."""
    before = next((word for word in reversed(token.doc[max(token.i - 3, 0) : token.i]) if not word.is_quote), None)
    return before is not None and before.lower_ in EIN_WORD_STEMS


def superlative_noun_entry(word: str, entry: Entry) -> Entry | None:
    """A noun made from an adjective's superlative that the dictionary lists only as the adjective ("das
    Billigste": billig, cheap): the adjective's senses as superlatives (cheapest); None for other nouns."""
    if entry.pos != "ADJ" or not _superlative(word, entry.term):
        return None
    return _compared(entry, superlative_of_gloss)


def _compared(entry: Entry, degree) -> Entry | None:
    """*entry*'s one-word senses in the comparative or superlative (*degree*: "low" → "lower",
    "lowest"); None when it has none."""
    glosses = tuple(dict.fromkeys(filter(None, map(degree, entry.gloss))))
    return replace(entry, gloss=glosses, short=short_gloss(glosses)) if glosses else None


def as_participle(token, entry: Entry) -> Entry:
    """An adjective formed from a verb whose entry gives the verb's senses ("die genannten Punkte":
    "to name"): the senses as English participles (named), "the ernannte Minister" appointed; so an
    uninflected one ("hält die Kritik für übertrieben": exaggerated)."""
    uninflected = infinitive_of_participle(token.lower_) if token.tag_ == "ADJD" else None
    participle = participle_of(token.text) or ((uninflected, "past") if uninflected else None)
    if participle is None or entry.composed:  # a compound's guess keeps its "(probably)"
        return entry
    english = past_participle_of_gloss if participle[1] == "past" else present_participle_of_gloss
    glosses = tuple(dict.fromkeys((english(g) if g.startswith("to ") else g) or g for g in entry.gloss))
    return replace(entry, gloss=glosses, short=short_gloss(glosses))


def sense_of_its_adverb(token, entry: Entry) -> Entry:
    """"die gut erhaltenen Mauern", "das kürzlich erhaltene Schreiben": a past participle before its noun
    with an adverb of its own takes the sense Ding shows with that adverb in an example of its verb ("gut
    erhalten sein": to be well preserved; "kürzlich erhalten": recently received)."""
    participle = participle_of(token.text) if token.tag_ == "ADJA" and not entry.composed else None
    ending = adjective_ending(token.text)
    adverb = next((c.lower_ for c in token.children if c.dep_ == "advmod" and c.i < token.i), None)
    if participle is None or participle[1] != "past" or ending is None or adverb is None:
        return entry
    core = _sense_with_adverb(participle[0], adverb, token.lower_[: -len(ending)])
    first = next((gloss for gloss in entry.gloss if gloss_core(gloss) == core), None)
    if first is None or first == entry.gloss[0]:
        return entry
    glosses = (first, *(gloss for gloss in entry.gloss if gloss != first))
    return replace(entry, gloss=glosses, short=short_gloss(glosses))


@lru_cache(maxsize=4096)
def _sense_with_adverb(verb: str, adverb: str, participle: str) -> str | None:
    """The core of the English verb of the first sense of *verb* with an example "*adverb* *participle*"."""
    example = re.compile(rf"\b{re.escape(adverb)} {re.escape(participle)}\b")
    for sense in full_entry(verb, "VERB").senses:
        if sense.english and any(example.search(german) for german, _ in sense.examples):
            return gloss_core(sense.english[0])
    return None


def participle_in_its_verbs_order(token, entry: Entry) -> Entry:
    """A past participle found in the participle column of Ding's verb lines ("etw. generieren; etw.
    errechnen | … | generiert; errechnet :: … generated"), its senses in the order of its own verb's
    ("errechnen": to calculate first): "zum errechneten Termin" is calculated, not generated."""
    if entry.pos != "VERB" or entry.composed:
        return entry  # (the cheap tests first: every adjective is asked)
    participle = participle_of(token.text)
    if participle is None or participle[1] != "past":
        return entry
    order = [past_participle_of_gloss(g) for g in lookup(participle[0], "VERB").gloss if g.startswith("to ")]
    rank = {gloss: place for place, gloss in reversed(list(enumerate(order)))}
    glosses = tuple(sorted(entry.gloss, key=lambda gloss: rank.get(gloss, len(rank))))
    return replace(entry, gloss=glosses, short=short_gloss(glosses))


def present_participle(token, entry: Entry) -> Entry:
    """A present participle the dictionary does not list ("des den Mutterleib verlassenden Kindes"): its
    verb's senses in -ing (leaving), not the senses of an adjective its stem is spelt like ("verlassen":
    abandoned); "folgende" keeps Ding's "following"."""
    if entry.source == "exact" or entry.composed:
        return entry
    participle = participle_of(token.text)
    if participle is None or participle[1] != "present":
        return entry
    verb = lookup(participle[0], "VERB")
    return as_participle(token, verb) if verb.pos == "VERB" and verb.source == "exact" else entry


def participle_with_als(token, entry: Entry) -> Entry:
    """"die als rechtspopulistisch geltende AfD", "die als Terroristen eingestuften Männer": a participle
    after the "als" phrase of its verb takes the verb's sense written with "als" ("to be considered
    (gelten als)": considered), not its adjective's ("applicable")."""
    participle = participle_of(token.text) if _after_its_als_phrase(token) else None  # (the cheap test first)
    if participle is None:
        return entry
    verb = participle[0]
    sense = next((s for s in lookup(verb, "VERB").gloss if "als" in construction(s, verb)), None)
    if sense is None:
        return entry
    english = sense.removeprefix("to be ") if sense.startswith("to be ") else past_participle_of_gloss(sense) or sense
    gloss = (english, *(g for g in entry.gloss if g != english))
    return replace(entry, gloss=gloss, short=short_gloss(gloss))


_ALS_REACH = 5  # words between "als" and its participle: "als drittstärkste politische Kraft geltende"


def _after_its_als_phrase(participle) -> bool:
    """An "als" a few words before *participle*, no punctuation nor finite verb between (the parser
    hangs "als" anywhere in such a phrase)."""
    for word in reversed(participle.doc[max(participle.i - _ALS_REACH, 0) : participle.i]):
        if word.is_punct or word.tag_.endswith("FIN"):
            return False
        if word.lower_ == "als":
            return True
    return False


_COPULAS = {"sein", "werden", "bleiben"}
_DECLENSION = re.compile(r"e|en|em|es")


def used_as_adjective(token) -> bool:
    """An adjective the parser made an adverb: the predicate of a copula ("ist minimal", "muss klar
    sein", "dass sie ehrlich sind", "zeigte sich zufrieden") or of "als" ("als „unsicher“
    eingeschätzt"), or declined, which no adverb is ("ein „netter“ Mann"; "-er" only after an article,
    else it may be a comparative: "läuft schneller")."""
    if any(child.dep_ == "cop" for child in token.children):
        return True
    if token.dep_ == "advmod" and token.tag_ in ("ADJD", "ADV") and (_predicate_of(token) or _fronted_predicate(token)):
        return True
    if token.dep_ == "conj" and token.tag_ in ("ADJD", "ADV") and token.head.tag_ == "ADJD" and used_as_adjective(token.head):
        return True  # "Besonders wichtig und gefährlich war die Jagd": dangerous, as important is
    if token.dep_ == "advmod" and token.tag_ in ("ADJD", "ADV") and _joined_to_a_predicate(token):
        return True  # "sind … verwandt und daher gegenseitig verständlich": intelligible
    if token.tag_ == "ADJD" and _after_als(token):
        return True
    if token.dep_ == "advmod" and token.tag_ == "ADJD" and _object_s_predicate(token):
        return True
    lower, lemma = token.lower_, token.lemma_.lower()
    if not lower.startswith(lemma) or lower == lemma:
        return False
    ending = lower[len(lemma):]
    after_article = token.i > 0 and any(
        word.pos_ == "DET" for word in token.doc[max(token.i - 2, 0) : token.i]
    )
    return bool(_DECLENSION.fullmatch(ending)) or (ending == "er" and after_article)


def predicate_adjective(token) -> bool:
    """A word the tagger called an adverb that the dictionary lists as an adjective too, the predicate of
    sein, werden or bleiben: "Die Hülsen werden zäh", "sonst werden die Hülsen zäh" (werden hung on it)."""
    if token.pos_ != "ADV" or lookup(token.lower_, "ADJ").pos != "ADJ":
        return False
    if any(child.dep_ in ("aux", "aux:pass") and child.lemma_ in _COPULAS for child in token.children):
        return True
    return token.tag_ == "ADJD" and used_as_adjective(token)


def _predicate_of(token) -> bool:
    """*token* is the predicate of a verb whose adjective describes its subject ("sind ehrlich", "zeigte
    sich zufrieden"): the last word modifying it, as a predicate stands last ("ist wirklich so": so)."""
    verb = token.head
    lemma = verb.lemma_
    if verb.dep_ == "cop":  # the predicate is the copula's head: "ist nicht mehr in der Lage"
        return False
    if lemma not in PREDICATIVE_VERBS and not (
        lemma in REFLEXIVE_PREDICATIVE_VERBS and any(child.tag_ == "PRF" for child in verb.children)
    ):
        return False
    if token.tag_ == "ADJD" and lemma in _COPULAS:
        return True
    # a word tagged an adverb only where nothing else is the predicate ("war noch gegen eine Koalition")
    modifiers = [child for child in verb.children if child.dep_ == "advmod" and child.tag_ in ("ADJD", "ADV")]
    other = any(child.dep_ in _OTHER_PREDICATES for child in verb.children)
    return modifiers[-1] == token and not (token.tag_ == "ADV" and other)


_OTHER_PREDICATES = {"obl", "obj", "xcomp", "ccomp", "nmod"}


def _object_s_predicate(token) -> bool:
    """*token* describes the object of a verb like halten ("Amerika sicher zu halten": safe; "hält die
    Kosten niedrig"): it stands after that object, and only the verb or its particle "zu" follows it."""
    verb = token.head
    if verb.lemma_ not in OBJECT_COMPLEMENT_VERBS or verb.i < token.i:
        return False
    between = token.doc[token.i + 1 : verb.i]
    objects = [child for child in verb.children if child.dep_ == "obj" and child.i < token.i]
    return bool(objects) and all(word.tag_ == "PTKZU" for word in between)


def _joined_to_a_predicate(token) -> bool:
    """*token* follows "und" or "oder" after the copula's predicate adjective it hangs on: a second predicate."""
    predicate = token.head
    if predicate.i > token.i or predicate.tag_ != "ADJD" or not any(child.dep_ == "cop" for child in predicate.children):
        return False
    return any(word.dep_ == "cc" and word.lower_ in ("und", "oder") for word in token.doc[predicate.i + 1 : token.i])


def _fronted_predicate(token) -> bool:
    """"Besonders wichtig … war die Jagd", hung on the noun as its adverb: an adjective in the clause's first
    field, before the copula and the noun after it, is what is said of that noun (not "ist überwiegend
    ein Agrarland", an adverb after the copula)."""
    if token.head.dep_ == "cop":  # (hung on the copula itself: "wichtig und gefährlich war")
        copula, noun = token.head, token.head.head
    else:
        noun = token.head
        copula = next((child for child in noun.children if child.dep_ == "cop"), None)
    opening = token.doc[token.sent.start : token.i]  # (the clause's first field: no verb before it)
    return noun.pos_ in ("NOUN", "PROPN", "PRON") and copula is not None and token.i < copula.i < noun.i \
        and not any(word.pos_ in ("VERB", "AUX") for word in opening)


def _after_als(token) -> bool:
    """*token*, a verb's, follows "als": "als „strategisch interessant“ bezeichnet", "gilt als sicher"
    (not "strategisch", which describes "interessant")."""
    if token.head.pos_ not in ("VERB", "AUX"):
        return False
    before = token.i - 1
    while before >= 0 and (token.doc[before].is_punct or token.doc[before].head == token and token.doc[before].lower_ != "als"):
        before -= 1
    return before >= 0 and token.doc[before].lower_ == "als"


_SUPERLATIVE_ENDING = re.compile(r"e?st(?:e|en|em|er|es)?")
_AFTER_SIBILANT = re.compile(r"e?s?t(?:e|en|em|er|es)?")  # "größte": groß + t, "kürzeste": kurz + est


def _superlative(word: str, lemma: str) -> bool:
    """*word* is its lemma's superlative ("jüngsten" of jung): the morphologizer often says "Pos"."""
    plain, stem = _plain(word), _plain(lemma)
    ending = _AFTER_SIBILANT if stem.endswith(("s", "ß", "z", "x")) else _SUPERLATIVE_ENDING
    return plain.startswith(stem) and bool(ending.fullmatch(plain[len(stem):]))


def _plain(word: str) -> str:
    return word.lower().translate(WITHOUT_UMLAUT)


def describes_its_verb(participle) -> bool:
    """A past participle after a full verb, with no auxiliary of its own, says how it is done, as the
    dictionary's adverb does ("reagierte gelassen": calmly, not "let")."""
    verb = participle.head
    return (
        participle.tag_ == "VVPP" and participle.dep_ in ("xcomp", "advmod") and verb.pos_ == "VERB" and verb.i < participle.i
        and not any(child.dep_ in ("aux", "aux:pass", "cop") for child in participle.children)
        and not _after_a_predicative_verb(participle)
    )


def _after_a_predicative_verb(participle) -> bool:
    """"Das Geschäft bleibt geschlossen": after bleiben, scheinen, wirken the participle names the subject's
    state (closed), as after sein, not how something is done (not "unitedly")."""
    return participle.dep_ == "xcomp" and participle.head.lemma_ in PREDICATIVE_VERBS


def names_a_state(participle) -> bool:
    """A past participle with sein that is no Perfekt names a state, as the dictionary's adjective does
    ("Betroffen sind die Kolonien": affected, "war dem Minister unterstellt": subordinate to, "sind
    miteinander verwandt": related); not "ist gekommen" (kommen's Perfekt takes sein) nor "ist
    gewählt worden" (a werden-passive)."""
    if not (participle.tag_ == "VVPP" or is_participle(participle.text, participle.lemma_)):
        return False
    if _after_a_predicative_verb(participle):
        return True
    auxiliaries = [child for child in participle.children if child.dep_ in ("aux", "aux:pass", "cop")]
    if participle.tag_ == "ADJD" and any(child.dep_ == "cop" and child.lemma_ == "sein" for child in auxiliaries):
        return True  # the tagger's own predicative adjective with its copula: "für … bekannt ist" (known)
    lemmas = {child.lemma_ for child in auxiliaries}
    passive = any(child.dep_ == "aux:pass" for child in auxiliaries)
    # what it was done with makes it the action's result: "mit Robbenfell überzogen" (covered, no "excessive")
    done_with = any(word.lower_ == "mit" for child in participle.children if child.dep_ == "obl" for word in child.children)
    return "sein" in lemmas and "haben" not in lemmas and not passive and not done_with and "s" not in takes_sein(participle.lemma_)
