"""Word lookup with fallbacks, so nearly every word of a news text gets a gloss.

Order, first hit wins:
  1. exact key                          "Spannung"
  2. other capitalisation               "Die" -> "die", "deutsche" -> "Deutsche"
  3. ß/ss spellings                     "Strasse" -> "Straße", "daß" -> "dass"
  4. lemma variants                     "Deutsche" -> "deutsch", "abzubauen" -> "abbauen"
     (then lemma variants of the ß/ss spellings)
  5. hyphenated words                   "US-Präsident" -> "US president"
  6. feminine -in of a listed noun      "Nachfolgerin" -> "successor (female)"
     (and a present participle as a noun: "Blickende" -> "someone who looks", participle_nouns.py)
  7. compound splitting                 "Sicherheitskonferenz" -> "security conference"
An abbreviation no dictionary word is spelt as ("Feb.", "ha") comes from
reader/lexicon/data/abbreviations.tsv, before steps 5 to 7; a capitalised noun
none of the steps explains that is a common English word ("Briefing") is
glossed as that word (`loanword` in reader/lexicon/guesses.py, asked where the use shows a common
noun).
A number's suffix adjective on its own ("46-jährige" split by the tokenizer:
"jährige") is glossed as the English suffix ("-year-old").
Steps 5 and 7 set ``composed=True`` and list the parts. Unknown words give an
Entry with an empty gloss; lookup never raises for odd input.

Steps 1 to 4, 6 and 7 are here (the keys steps 1 to 4 try in reader/lexicon/spellings.py, the
splitting itself in reader/lexicon/compounds.py); step 5, with a first part cut off before "und"
("Telefon-") and the check that a lemma variant of a hyphenated word keeps its last part, is
reader/lexicon/hyphenated.py, which looks the parts up through `lookup`; the English of a composed
word, a compound's or a hyphenated word's, is put together in reader/lexicon/composed.py. Every sense
behind an entry (`full_entry`) is read in reader/lexicon/full_entries.py; a misspelling's entry
(`misspelt`) and a loanword's are guessed in reader/lexicon/guesses.py.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.lexicon import database
from reader.lexicon.abbreviations import abbreviation_entry
from reader.lexicon.composed import PREFIX_GLOSSES, compose, compound_in_plural, is_head_phrase, part_gloss
from reader.lexicon.compounds import LINKING_ELEMENTS, CompoundPart, modifier_keys, split_compound, written
from reader.lexicon.entry import Entry, declines_like_adjective, short_gloss, strip_notes
from reader.lexicon.function_words import function_entry
from reader.lexicon.negation import negated
from reader.lexicon.participle_nouns import participle_noun
from reader.lexicon.spellings import MIN_STEM, lemma_variants, spellings, upper_first

POS_ALIASES = {"PROPN": "NOUN", "AUX": "VERB", "SCONJ": "CCONJ"}
PHRASE = "PHRASE"  # the word class of a phrase term ("in Kraft treten"), as the learner's word list keeps it


def _pick(word: str, pos: str | None) -> database.TermRow | None:
    """The best row with a gloss for an exact key, preferring *pos*."""
    best = None
    for row in database.term_rows(word):  # best score first
        if row.glosses:
            if pos is None or row.pos == pos:
                return row
            best = best or row
    return best


def entry_from_row(row: database.TermRow, query: str, source: str) -> Entry:
    return Entry(
        term=row.word,
        gloss=row.glosses,
        short=short_gloss(row.glosses),
        gender=row.gender,
        plural=row.plural,
        pos=row.pos,
        query=query,
        source=source,
    )


def _noun_info(word: str) -> tuple[str | None, str | None]:
    """Gender and plural from a gloss-less Wiktionary row, if the build kept one."""
    for row in database.term_rows(word):
        if row.pos == "NOUN" and (row.gender or row.plural):
            return row.gender, row.plural
    return None, None


AGE_RE = re.compile(r"^(\d+)-jährig(?:e|er|en|em|es)?$")
# Adjectives made from a number and a unit ("2,5-stündige"); the tokenizer may leave the suffix
# alone as a token ("stündige"), which is glossed as the English suffix.
NUMBER_SUFFIXES = {
    "jährig": "-year-old", "monatig": "-month", "wöchig": "-week", "tägig": "-day",
    "stündig": "-hour", "minütig": "-minute", "sekündig": "-second", "köpfig": "-member",
    "prozentig": "-percent", "fach": "-fold", "seitig": "-page",
}
NUMBER_SUFFIX_RE = re.compile(r"^(" + "|".join(NUMBER_SUFFIXES) + r")(?:e|er|en|em|es)?$")
DECADE_RE = re.compile(r"^(\d+0)er(?:-Jahre[n]?|-Jahr)?$")


def _number_word(word: str) -> Entry | None:
    """Patterns with digits news uses daily: "46-jährige", "1960er"."""
    match = AGE_RE.match(word)
    if match:
        gloss = (f"{match.group(1)}-year-old", f"{match.group(1)} years old")
        return Entry(word, gloss, short_gloss(gloss), None, None, "ADJ", True,
                     ((match.group(1), match.group(1)), ("jährig", "years old")), word, "hyphen")
    match = DECADE_RE.match(word)
    if match:
        gloss = (f"{match.group(1)}s",)
        return Entry(word, gloss, gloss[0], None, None, "ADJ", True,
                     ((match.group(1), match.group(1)), ("-er", "decade")), word, "compound")
    return None


def _number_suffix(word: str) -> Entry | None:
    match = NUMBER_SUFFIX_RE.match(word.lower())
    if match is None:
        return None
    gloss = (NUMBER_SUFFIXES[match.group(1)],)
    return Entry(word, gloss, gloss[0], None, None, "ADJ", False, (), word, "variant")


# Endings of nouns for people, whose feminine adds -in: Nachfolger, Student, Polizist, Direktor.
PERSON_ENDINGS = ("er", "ent", "ant", "ist", "eur", "or", "at", "ot", "oge", "ekt", "ik")


def _feminine(word: str) -> Entry | None:
    """"Nachfolgerin" from "Nachfolger": the feminine -in of a listed noun, when Ding lacks it."""
    base = word[:-2] if word.endswith("in") else word[:-5] if word.endswith("innen") else ""
    if not word[:1].isupper() or len(base) < MIN_STEM or not base.endswith(PERSON_ENDINGS):
        return None
    row = _pick(base, "NOUN")
    if row is None or row.pos != "NOUN":
        return None
    gloss = tuple(f"{strip_notes(sense)} (female)" for sense in row.glosses[:2])
    return Entry(word, gloss, short_gloss(gloss), "f", base + "innen", "NOUN", False, (), word, "variant")


# German -ist/-ismus nouns and the English -ist/-ism they share: a follower of a person or a doctrine.
FOLLOWER_RE = re.compile(r"^([A-ZÄÖÜ][a-zäöüßéáíóú]{2,}?)(ist|isten|istin|istinnen|ismus)$")
FOLLOWER_SUFFIXES = {"ist": "ist", "isten": "ist", "istin": "ist", "istinnen": "ist", "ismus": "ism"}


def _follower(word: str) -> Entry | None:
    """A follower or doctrine named after a person or an idea that no dictionary lists, where English
    uses the word too (wordfreq knows it): "Peronisten" is Peronists, "Kemalismus" Kemalism; after a
    name capitalised, as English writes it ("Peronist"), else not ("populist"). Before compound
    splitting, which would explain "Gaullisten" as Gaul|listen."""
    match = FOLLOWER_RE.match(word)
    if match is None:
        return None
    stem, suffix = match.groups()
    english = stem.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue") + FOLLOWER_SUFFIXES[suffix]
    from wordfreq import zipf_frequency  # (loaded on first use: few words get this far)

    if not english.isascii() or zipf_frequency(english, "en") <= 0:
        return None
    if not lookup(stem, "NOUN").found:
        english = english[:1].upper() + english[1:]  # "Perón", "Mao": a name's
    gloss = (english,)
    feminine = suffix.startswith("istin")
    lemma = stem + ("ismus" if suffix == "ismus" else "istin" if feminine else "ist")
    gender, plural = ("m", None) if suffix == "ismus" else ("f", lemma + "nen") if feminine else ("m", lemma + "en")
    return Entry(lemma, gloss, english, gender, plural, "NOUN", False, (), word, "variant")


PLURAL_ENDINGS = ("n", "en", "e", "er", "s", "nen")


@database.lexicon_cache(maxsize=65536)
def _known_modifier(key: str) -> bool:
    """A glossed key that is not just the plural of another noun ("Nasen"), nor a word spelt like
    one in lower case: "Gefahrenplanung" is Gefahr|en|planung, not "gefahren" (driven) + Planung."""
    if key.lower() in PREFIX_GLOSSES and len(key) >= MIN_STEM:
        return True  # "Pan|afrikaner"
    if not database.has_gloss(key):
        # Ding lists it as a first part only ("Agrar…"), and no other reading of it is a word: no known
        # word with a link ("Bundes"), no adjective ("Privat": privat), no verb stem ("Förder": fördern)
        return bool(database.glosses_as(key, database.AFFIX)) and not any(
            key.endswith(link) and database.has_gloss(key[: -len(link)]) for link in LINKING_ELEMENTS if link
        ) and not any(database.has_gloss(form) and not _conjunction(form) for form in modifier_keys(key, True)[1:])
    if _conjunction(key):
        return False  # a conjunction opens no compound: "Sonderermittler" is Sonder|ermittler (special), not "sondern" (but)
    rows = database.term_rows(key)
    if key.islower() and rows and all(row.pos in ("VERB", "X") for row in rows) and not key.endswith("n"):
        # a finite verb form opens no compound: "westafrikanisch" is West|afrikanisch, not "west" (exists);
        # nor a form Ding lists with no word class: "Sprachformen" is Sprache|formen, not "sprach" (quoth)
        return False
    noun = upper_first(key)
    if any(row.pos == "NOUN" and row.gender and row.plural not in (None, noun) for row in rows):
        return True  # a noun of its own that is also another's plural: "Akte" (file, plural Akten), not Akt's acts
    for ending in PLURAL_ENDINGS:
        if noun.endswith(ending) and len(noun) - len(ending) >= MIN_STEM:
            singular = noun[: -len(ending)]
            if any(row.plural == noun for row in database.term_rows(singular)):
                return False
    return True


def _conjunction(key: str) -> bool:
    """The lexicon has *key* as a conjunction ("sondern"), whatever else it is."""
    return any(row.pos in ("CCONJ", "SCONJ") for row in database.term_rows(key))


def _part_frequency(key: str) -> float:
    """How common a compound part is in German text (wordfreq's Zipf scale), in its singular or its plural:
    "Regenfälle" is far commoner than "Regenfall", so "Monsun|regenfall" is no "Monsunregen|fall"."""
    from wordfreq import zipf_frequency  # (loaded on first use: few words get this far)

    plurals = {row.plural for row in database.term_rows(key) if row.pos == "NOUN" and row.plural}
    return max(zipf_frequency(form, "de") for form in (key, *plurals))


SHORT_PART = 4  # letters of a head that may be a coincidence of spelling
SHORT_PART_ZIPF = 3.0  # how common in German such a part must be: "Tor", "Amt", not "Jug", "Ster"


def _coincidental(key: str) -> bool:
    """A short word rare in German text as a compound's head: more likely the end of a name than a
    word of it ("Koka" may open a compound: "Kokabauer")."""
    return len(key) <= SHORT_PART and _part_frequency(key) < SHORT_PART_ZIPF


def _short_noun(key: str) -> bool:
    """A two-letter noun with a plural of its own ("Öl": Öle, "Ei": Eier): a word, not a symbol
    ("La": lanthanum) or an abbreviation, so it may open a compound."""
    return key[1:].islower() and any(
        row.pos == "NOUN" and row.glosses and row.plural and row.plural != key and row.gender
        and not any("[chem.]" in gloss or "(symbol" in gloss for gloss in row.glosses)
        for row in database.term_rows(key)
    )


def _compound(word: str, pos: str | None) -> Entry | None:
    """Split *word* (or, failing that, an inflection-stripped form of it); an adjective preferably
    into parts that end in an adjective ("kontaktfreien": kontakt|frei, not "freien": to woo)."""
    forms = [word]
    if word[:1].isupper() and pos not in ("NOUN", "PROPN"):
        forms.append(word.lower())
    forms += [v for v in lemma_variants(word) if v.isalpha() and v != word]
    if word[:1].islower() and pos in (None, "NOUN", "PROPN"):
        forms.append(upper_first(word))  # "dienstleistungsrichtlinie" after a hyphen
    splits: dict[str, list[CompoundPart] | None] = {}  # each form split when first reached: the first form often fits
    for head_class in ([pos] if pos == "ADJ" else []) + [None]:
        best = None
        for form in forms:
            if form not in splits:
                splits[form] = split_compound(form, database.has_gloss, known_modifier=_known_modifier,
                                              short_noun=_short_noun, frequency=_part_frequency)
            split = splits[form]
            if best is not None and (split is None or len(split) >= len(best.parts)):
                continue
            entry = _compound_entry(form, split, word, head_class) if split is not None else None
            if entry is not None and len(entry.parts) <= 2:
                return entry
            best = entry or best
        # three parts or more: a form with fewer, if any ("Bundesleistungen" is Bundes|leistung, not
        # Bund|es|lei|tun|gen)
        if best is not None:
            return best
    return None


# Common nouns whose English is capitalised like a name's: the tagger often calls them PROPN.
CALENDAR_WORDS = frozenset(
    """Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag Januar Jänner Februar
    März April Mai Juni Juli August September Oktober November Dezember Ostern Pfingsten Weihnachten
    Silvester Neujahr""".split()
)


def names_something(entry: Entry) -> bool:
    """An entry whose English is a name ("Cher", a river): no head of a common compound. Peoples
    ("Afrikaner": African) and months have a plural, names of rivers and people do not; a people's
    adjective ("koreanisch": Korean) is none."""
    return (entry.found and entry.pos != "ADJ" and entry.gloss[0][:1].isupper() and not entry.plural
            and not entry.term.isupper() and entry.term not in CALENDAR_WORDS)


def _affix_learnt(part: CompoundPart) -> bool:
    """Ding lists or its compounds show a sense of *part* as a compound's first part."""
    return any(database.glosses_as(key, database.AFFIX) for key in (written(part), part.key, part.key.lower()) if key)


def _compound_entry(word: str, split, query: str, head_class: str | None = None) -> Entry | None:
    """The composed entry, or None when the head has no row (of *head_class*, if given) or is a name."""
    head_part = split[-1]
    if _coincidental(head_part.key):
        return None  # "Tan|jug", "Lei|ster": a name the splitter explained with a rare short word
    head_row = _pick(head_part.key, "NOUN" if head_part.key[:1].isupper() else head_class)
    if head_row is None or (head_class and head_row.pos != head_class):
        return None
    head = entry_from_row(head_row, head_part.key, "exact")
    if names_something(head):
        return None  # "Kris|cher" is no dagger of Cher: a surname the splitter explained away
    as_head = database.glosses_as(head_part.key, database.HEAD)
    # a head English puts first ("freedom of") leads its HEAD row; a part is put after it unless
    # Ding's compounds show the part's English as a modifier in front (Nord…: "north edge")
    phrase = as_head[0] if as_head and is_head_phrase(as_head[0]) else ""
    as_head = as_head[1:] if phrase else as_head
    if as_head:  # "Flirtbörse" is a flirt "exchange", not a "stock exchange"
        head = replace(head, gloss=as_head, short=short_gloss(as_head))
    if len(split) != 2 or _affix_learnt(split[0]):
        phrase = ""
    modifiers, parts = [], []
    for part in split[:-1]:
        row = _pick(part.key, None)
        entry = entry_from_row(row, part.key, "exact") if row else Entry(part.key)
        gloss = part_gloss(part.key, entry, written(part))
        modifiers.append(gloss)
        parts.append((part.key, gloss))
    parts.append((head_part.key, head.short))
    # Built from parts, not found in a dictionary: the learner is told it is a guess.
    composed = compose(modifiers, head, phrase)
    gloss = (f"{composed[0]} (probably)", *composed[1:])
    gender, plural = _noun_info(word)
    if gender is None and head.pos == "NOUN":
        gender = head.gender
        prefix = word[: len(word) - len(head_part.surface)]
        if head.plural:
            plural = prefix + (head.plural.lower() if prefix else head.plural)
    entry = Entry(word, gloss, short_gloss(gloss), gender, plural, head.pos, True, tuple(parts), query, "compound")
    if plural and query != word and query in (plural, plural + "n"):
        return compound_in_plural(entry, query)  # "Demonstrationsorte" split as its singular: places
    return entry


@database.lexicon_cache(maxsize=50_000)
def lookup(word: str, pos: str | None = None) -> Entry:
    """The best gloss entry for a German word (lemma or form); never raises.

    *pos* is a Universal Dependencies tag (NOUN, VERB, ADJ, ADV, PROPN …) and
    only chooses between homographs ("sein" VERB vs PRON); when the word has
    no row of that class, the best row of another class is returned.
    """
    query = word
    if pos == PHRASE:
        row = database.phrase_by_term(word)
        if row is None and "-" in word and " " not in word:  # a hyphenated word is a phrase of its parts
            return replace(lookup(word), pos=PHRASE)
        gloss = row.glosses if row else ()
        return Entry(word, gloss, short_gloss(gloss), pos=PHRASE, query=word, source="phrase" if row else "none")
    word = (word or "").strip().strip(".,;:!?\"'()[]«»„“”‚‘’")
    if not word:
        return Entry(term=query or "", query=query or "")
    curated = function_entry(word, pos)
    if curated is not None:
        return curated
    # step 5, in reader/lexicon/hyphenated.py, looks the parts up here: no import cycle at module level
    from reader.lexicon.hyphenated import hyphenated_entry, keeps_head, truncated_part

    pos = POS_ALIASES.get(pos, pos) if pos else None
    fallback = None  # first hit of another word class, if none matches *pos*
    for source, key in spellings(word):
        row = _pick(key, pos)
        if row is not None and source == "variant" and "-" in key and not keeps_head(word, key, pos):
            continue  # "US-Botschafter" is no "US-Botschaft" (embassy) less its ending
        if row is not None and source == "variant" and _adjectival_form_of_another_noun(word, key, row):
            continue  # "das Meiste" is no "Meister", "Bosnien" no "Bosnier"
        if row is not None and source == "variant" and _plural_in_er_of_another_noun(word, key, row):
            continue  # "der Verstecker" (who hides it) is no plural of "das Versteck"
        if row is not None:
            if pos is None or row.pos == pos:
                return entry_from_row(row, query, source)
            fallback = fallback or entry_from_row(row, query, source)
    if fallback is not None:
        return fallback
    abbreviation = abbreviation_entry(word) or abbreviation_entry(word + ".")
    if abbreviation is not None:  # "Feb.", "ha": no dictionary word spelt so
        return replace(abbreviation, query=query)
    truncated = truncated_part(word, pos, query)  # "Telefon- und Internetanschluss"
    if truncated is not None:
        return truncated
    entry = _number_word(word) if any(ch.isdigit() for ch in word) else None
    if entry is None and "-" in word.strip("-"):
        entry = hyphenated_entry(word, pos)
    if entry is None and word.isalpha():
        entry = (_number_suffix(word) or _feminine(word) or negated(word, lookup) or _follower(word)
                 or (word[:1].isupper() and _first_part(word)) or participle_noun(word, lookup)
                 or _compound(word, pos) or _old_spelling(word, pos))
    if entry is not None:
        return entry
    gender, plural = _noun_info(word)
    return Entry(term=word, gender=gender, plural=plural, query=query)


def _old_spelling(word: str, pos: str | None) -> Entry | None:
    """A compound in the spelling before 1996, its last "ß" after a short vowel ("Friedensprozeß",
    "Kabinettsbeschluß"): the compound of today's spelling."""
    if "ß" not in word:
        return None
    before, _, after = word.rpartition("ß")
    return _compound(f"{before}ss{after}", pos)


def _adjectival_form_of_another_noun(word: str, key: str, row: database.TermRow) -> bool:
    """*key* is *word* read as the weak form of a noun made from an adjective ("Beamte", "Beamten":
    Beamter), but the noun it finds declines as nouns do, so *word* is none of its forms."""
    weak_form = key in (word + "r", word[:-1] + "r") and key[:1].isupper()
    return weak_form and row.pos == "NOUN" and not declines_like_adjective(row.word, row.gender, row.plural)


def _plural_in_er_of_another_noun(word: str, key: str, row: database.TermRow) -> bool:
    """*word* is *key* with the plural ending "-er(n)" ("Kinder", "Kindern": Kind), but the noun found
    forms its plural otherwise ("Versteck": Verstecke), so *word* is none of its forms."""
    if row.pos != "NOUN" or not row.plural or word not in (key + "er", key + "ern"):
        return False
    return word not in (row.plural, row.plural + "n")


def _first_part(word: str) -> Entry | None:
    """A word Ding lists only as a compound's first part ("Fernseh…": TV, "Steirer…": Styrian), on its
    own: the first part of "Fernseh- und Internetnutzung" cut off by the tokenizer, or the noun."""
    gloss = database.glosses_as(word, database.AFFIX)
    if not gloss:
        return None
    return Entry(word, gloss, short_gloss(gloss), None, None, None, False, (), word, "affix")
