"""What a preposition's noun makes of it, for the preposition's hand-checked gloss.

"nach Angaben" is "according to" (a source), "von der CDU unterstützt" "by" (the doer of a passive,
wherever the parser hung the phrase), "um 5 Prozent gesenkt" "by" (an amount), "um 8 Uhr" "at" (a
time of day), "in die Stadt" "into" (the accusative points somewhere). The uses name rows of
reader/lexicon/data/function_words.tsv.
"""

from __future__ import annotations

import re

from reader.lexicon import database, is_name, lookup, plural_glosses
from reader.lexicon.ranking import gloss_core
from reader.lexicon.valency import governed_prepositions
from reader.nlp import lemma_dictionary
from reader.nlp.doc_facts import sentence_start
from reader.nlp.extensions import token_value
from reader.nlp.foreign_words import language_adjective
from reader.nlp.lang.change_verbs import CHANGE_VERBS
from reader.nlp.lang.english import CONDITION_WORDS, EVENT_WORDS
from reader.nlp.lang.grammar import ACTION_NOUN_ENDINGS, NUMBER_NOUNS, UNMARKED_COMPARATIVES
from reader.nlp.lang.prepositions import MEDIUM_WORDS, RANGE_ENDS, SOURCE_NOUNS, TWO_WAY, governed_cases
from reader.nlp.lang.sentences import MONTHS, TIME_NOUNS, WEEKDAYS
from reader.nlp.lang.valency import POSITION_VERBS
from reader.nlp.morph_features import feature_values
from reader.nlp.noun_lexicon import adjectival_noun, in_a_language, noun_entry, person_noun, takes_preposition
from reader.nlp.parse_edits import verb_above
from reader.nlp.passive_agents import counted_doers, names_the_doer
from reader.nlp.quantities import counted
from reader.nlp.sense_conditions import construction
from reader.nlp.verb_forms import takes_sein

_CLOCK_TIME = re.compile(r"\d{1,2}[:.]\d{2}")
_YEAR = re.compile(r"1[0-9]{3}|20[0-9]{2}")
_SOURCE_ENDINGS = tuple(noun.lower() for noun in SOURCE_NOUNS)


def spans_time(word) -> bool:
    """"über vier Jahre hinweg": über … hinweg spans a time (over), it counts nothing."""
    return word.lower_ == "über" and any(t.lower_ == "hinweg" for t in word.doc[word.i + 1 : word.i + 7])


def _closed_by_hinaus(uber) -> bool:
    """"über den Tod hinaus", "über die Grenzen Europas hinaus": über … hinaus is beyond."""
    for token in uber.doc[uber.i + 1 : uber.i + 7]:
        if token.is_punct or token.pos_ in ("VERB", "AUX"):
            return False
        if token.lower_ == "hinaus":
            return True
    return False


def _before_a_number(token) -> bool:
    from reader.nlp.noun_phrases import adverbial_before_number  # (noun_phrases imports this module)

    return adverbial_before_number(token)


def _year(noun) -> bool:
    """"1900", "2005", "das Jahr 1900", or any number before "v. Chr." / "n. Chr." ("um 625 v. Chr.")."""
    if _YEAR.fullmatch(noun.text):
        return True
    if noun.lemma_ == "Jahr" and any(_YEAR.fullmatch(child.text) for child in noun.children if child.i > noun.i):
        return True
    following = noun.doc[noun.i + 1 : noun.i + 3].text.replace(" ", "")
    return noun.like_num and following.startswith(("v.Chr", "n.Chr"))


def _closed_by_aus(von) -> bool:
    """"von der Altstadt aus gesehen", "Von Berlin aus fuhr er …": "aus" right after the phrase "von"
    opens, with no noun of its own, closes the circumposition (from)."""
    noun = von.head
    after = noun.right_edge.i + 1 if noun.i > von.i else von.i + 1
    if after + 1 >= len(von.doc) or von.doc[after].lower_ != "aus":
        return False
    return von.doc[after + 1].pos_ not in ("NOUN", "PROPN", "DET", "ADJ", "NUM", "PRON")


def closes_von_an(word) -> bool:
    """"vom 28. Dezember an", "von nun an": "an" after the phrase "von" opens, with no noun of its own,
    closes the circumposition (from … on)."""
    if word.lower_ != "an" or word.i + 1 >= len(word.doc):
        return False
    following = word.doc[word.i + 1]
    if following.pos_ in ("NOUN", "PROPN", "DET", "ADJ", "NUM", "PRON"):
        return False
    return after_von(word)


def _closes_von_bis(word) -> bool:
    """"von 2014 bis 2017", "vom 1. bis 3. Mai": "bis" after the phrase "von" opens closes a range (to)."""
    return word.lower_ == "bis" and after_von(word)


def after_von(word) -> bool:
    """A phrase opened by "von" runs up to *word*: no verb or punctuation between."""
    before = word.doc[max(sentence_start(word), word.i - 6) : word.i]
    opener = next((t for t in reversed(before) if t.lower_ in ("von", "vom")), None)
    return opener is not None and not any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in word.doc[opener.i + 1 : word.i])


def preposition_uses(token) -> list[str]:
    """What a preposition's noun makes of it: a source ("nach Angaben": according to), the doer of
    a passive ("von der CDU unterstützt": by), an amount ("von 65 auf 60 Rial gesenkt": from … to,
    "bis zu 45 Jahre": up to, "um 5 Prozent": by), within a noun phrase a measure ("ein Zeitraum von
    zehn Jahren": of), a time of day ("um 8 Uhr": at), a year ("um 1900": around) or a name ("nach
    Berlin": to)."""
    if spans_time(token):
        return ["span"]  # "über vier Jahre hinweg": over
    if token.lower_ == "über" and _closed_by_hinaus(token):
        return ["beyond"]  # "über den Tod hinaus"
    if token.lower_ == "über" and _after_a_time(token):
        return ["span"]  # "den ganzen Tag über": over, all day long
    if token.lower_ == "über" and token.i + 1 < len(token.doc) and language_adjective(token.doc[token.i + 1]):
        return ["medium"]  # "von aleutisch Alaxsxax über russisch …": a word's way through a language, via
    if token.lower_ == "über" and _above_a_level(token):
        return ["height"]  # "652 m über Meeresspiegel": above
    if token.lower_ == "über" and token.head.text in NUMBER_NOUNS and _before_a_number(token):
        return ["quantity"]  # "mit über einer Million Einwohnern": more than
    if closes_von_an(token):
        return ["onwards"]  # "vom 28. Dezember an": from … on
    if token.lower_ == "von" and _closed_by_aus(token):
        return ["origin"]  # "von der Altstadt aus gesehen": from
    if _closes_von_bis(token):
        return ["range"]  # "von 2014 bis 2017": to, not "up to"
    if token.lower_ == "von" and _distance_from(token.head):
        return ["origin"]  # "80 Kilometer von der Grenze entfernt": from
    noun = token.head
    lemma = noun.lemma_
    if in_a_language(token.lower_, noun):
        return ["language"]  # "auf Deutsch", "auf Englisch erschienen": in
    if token.lower_ == "nach" and (lemma.lower().endswith(_SOURCE_ENDINGS) or _postposed_nach(token)):
        return ["source"]  # "nach Angaben", "nach Polizeiangaben", "nach internationalem Recht"
    if _CLOCK_TIME.fullmatch(noun.text) or any(child.lemma_ == "Uhr" for child in noun.children):
        return ["clock"]  # "um 08:00 Uhr", where the parser heads the phrase by the time
    if token.lower_ == "gegen" and (lemma in TIME_NOUNS or lemma in MONTHS or lemma in WEEKDAYS):
        return ["clock"]  # "gegen Ende des Jahres", "gegen Mittag": towards, around
    if token.lower_ == "gegenüber" and (_point_in_time(noun) or _change_compared(noun)):
        return ["comparison"]  # "gegenüber Dezember letzten Jahres", "gegenüber dem Vorjahr": compared with
    if token.lower_ == "gegenüber" and verb_above(noun).lemma_ in POSITION_VERBS:
        return ["place"]  # "Gegenüber dem Rathaus steht eine Kirche": opposite, not towards
    if token.lower_ == "von" and _after_genitive_preposition(token):
        return []  # "innerhalb von zwei Wochen", "außerhalb von München": of, never by or from
    if token.lower_ == "von" and _part_of_a_whole(token, noun):
        return ["share"]  # "in zwölf von sechzehn Bundesländern", "383 von 733 Stimmen": of, out of
    if token.lower_ == "um" and _year(noun) and verb_above(noun).lemma_ not in CHANGE_VERBS:
        return ["year"]  # "seit den Anfängen um 1900": around, no amount
    if noun.pos_ == "NUM" or range_follows(noun):
        return ["quantity"]  # "von 460 auf 525", "von Berlin nach Paris": from … to
    if token.lower_ == "um" and (verb_above(noun).lemma_ in CHANGE_VERBS or _before_a_comparative(noun)):
        return ["quantity"]  # "um mehr als das Minimum reduziert", "um die Hälfte größer": by
    if token.lower_ == "mit" and _an_age(noun):
        return ["age"]  # "Die Weibchen werden mit etwa drei Jahren geschlechtsreif": at the age of
    if token.lower_ == "beim" and _action_of_a_verb(noun):
        return ["action"]  # "Beim Dirigieren zeigt er …": when conducting
    if token.lower_ in _NAMING_THE_DOER and counted_doers(noun):
        return ["agent"]  # "wurde von zehn Polizeifahrzeugen eskortiert": by
    # (not where the noun before takes the preposition: "Informationen über zirka 30.000 Filme" are about them)
    if counted(noun) and not (noun.dep_ == "nmod" and takes_preposition(noun.head.text, token.lower_)):
        if lemma == "Uhr":
            return ["clock"]
        return ["measure", "quantity"] if noun.dep_ == "nmod" else ["quantity"]
    if token.lower_ == "von" and _genitive_substitute(token):
        return []  # "die Verschwendung von Steuergeldern wurde kritisiert": of, in a passive too
    if token.lower_ in _NAMING_THE_DOER and names_the_doer(token, noun):
        return ["agent"]
    if token.lower_ == "von" and (_from_somewhere(noun) or _starting_point(noun)):
        return ["origin"]  # "Kritik kam von den Grünen", "von der Plattform verbannen", "von China aus": from
    if token.lower_ in ("unter", "bei") and _people(noun):
        return ["group"]  # "unter Katholiken bekannt", "unter den Toten": among, not under; "bei den Inuit": with
    if token.lower_ == "bei" and _about_what(token, noun):
        return ["instance"]  # "dass es sich bei Graphit um reinen Kohlenstoff handelt": in the case of
    if token.lower_ == "außer" and _adds_to_it(token):
        return ["addition"]  # "Außer der Elbe fließen drei weitere Flüsse …": besides, not except
    if token.lower_ == "bei" and _circumstance(noun):
        # "bei gutem Wetter", "bei vielen Getreidearten", "bei den Behörden": with, in; not at, but for events
        # ("bei den letzten Wahlen": in, at)
        return [] if _event(noun) else ["circumstance"]
    if token.lower_ == "über":
        use = _uber_use(noun)
        if use:
            return [use]
    # a two-way preposition with the accusative points somewhere: "in iranische Gewässer eskortiert"
    # (into), "eine Einladung an Trump", "an die Tories verloren" (to; a verb that governs "an" has its
    # own sense for it, "denkt an die Familie": of)
    motion = ["Acc"] if token.lower_ in TWO_WAY and "Acc" in feature_values(noun, "Case") else []
    if token.lower_ == "in" and noun.pos_ == "PROPN" and not any(child.dep_ == "det" for child in noun.children):
        motion = []  # "In Südamerika": a bare place name after "in" is where, "in die Schweiz" needs its article
    # "nach Berlin": to; so a name the tagger called a noun, with no article ("nach Tibet")
    # (not a person's name with its article: "nach dem nur 24 Tage amtierenden Michael Flynn" is after him)
    determined = any(c.dep_ == "det" for c in noun.children)
    person = determined and any(c.dep_ in ("flat", "flat:name", "appos") and c.pos_ == "PROPN" for c in noun.children)
    person = person or _given_and_family_name(noun)  # "Nach Michael Flynn, …": after
    named = not person and (noun.pos_ == "PROPN" or (_listed_name(noun) and not determined))
    # "nach links", "nach oben": before an adverb of place, where to (to the left, up)
    towards = token.lower_ == "nach" and noun.pos_ == "ADV"
    return (["name"] if named or towards else []) + motion


def _given_and_family_name(noun) -> bool:
    """*noun* opens a person's name: a word Wiktionary lists only as a name, the next word a name hung on
    it, and the two no place the dictionary lists ("Michael Flynn"; not "Los Angeles", "Sri Lanka")."""
    doc = noun.doc
    following = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if following is None or following.head.i != noun.i or following.dep_ not in ("flat", "flat:name") or following.pos_ != "PROPN":
        return False
    words = (noun.lower_, following.lower_)
    return database.name_kind(noun.text) == "only" and not any(row.words[:2] == words for row in database.phrases(noun.lower_, "fixed"))


def _listed_name(noun) -> bool:
    """A word the lexicon lists as a name and as no common word, or as one it glosses with a name
    ("Tibet": Tibet; not "Glück", a surname too, but luck)."""
    kind = database.name_kind(noun.text)
    if kind is None:
        return False
    senses = lookup(noun.text, "NOUN").gloss
    return kind == "only" or (bool(senses) and senses[0][:1].isupper())


_NAMING_THE_DOER = {"von", "vom", "durch"}


def _adds_to_it(ausser) -> bool:
    """Its sentence goes on to name more of the kind: "weitere", "zusätzlich", "noch einen" ("Außer dem Lehrer
    soll es noch einen weiteren Erwachsenen geben")."""
    return any(word.lower_.startswith(_ADDING) for word in ausser.doc[ausser.i + 1 : ausser.sent.end])


_ADDING = ("weitere", "zusätzlich", "ebenfalls")  # ("weitere", "weiteren" …: no "weiter" of "weiter weg")


def _circumstance(noun) -> bool:
    """A common noun in the plural or without an article, uncounted and no time: what "bei" names is a
    condition or a kind ("bei gutem Wetter", "bei Bedarf", "bei Pferden"), not a place or an event
    ("bei der Unterzeichnung", "bei Apple", "lag bei 4,4 Kindern", "bei Nacht", nor a name the tagger
    took for a noun: "bei Berlin-Spandau", near)."""
    if noun.pos_ != "NOUN" or noun.lemma_ in TIME_NOUNS or counted(noun) or noun.like_num or is_name(noun.text):
        return False
    plural = "Plur" in feature_values(noun, "Number")
    bare = not any(child.dep_ in ("det", "det:poss") for child in noun.children)
    return plural or bare or _first_sense_word(noun) in CONDITION_WORDS  # "bei dieser Krankheit": with


def _event(noun) -> bool:
    """The noun's first sense is an event's: "Wahlen" (elections), "Versammlungen" (meetings)."""
    return _first_sense_word(noun) in EVENT_WORDS


def _first_sense_word(noun) -> str | None:
    """The last English word of the noun's first sense (of its plural's, for a plural)."""
    senses = plural_glosses(noun.text) if "Plur" in feature_values(noun, "Number") else ()
    senses = senses or lookup(token_value(noun, "term") or noun.lemma_, "NOUN").gloss
    words = gloss_core(senses[0]).split() if senses else []
    return words[-1] if words else None


def _distance_from(noun) -> bool:
    """"entfernt" (away) closes the phrase or is what it hangs on: "80 Kilometer von der Grenze entfernt"."""
    after = noun.right_edge.i + 1
    closing = noun.doc[after] if after < len(noun.doc) else None
    return noun.head.lower_ == "entfernt" or (closing is not None and closing.lower_ == "entfernt")


def _before_a_comparative(noun) -> bool:
    """The phrase measures a comparative it hangs on or that follows it: "um die Hälfte größer"."""
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return any(
        word is not None and word.pos_ in ("ADJ", "ADV")
        and ("Cmp" in feature_values(word, "Degree") or word.lower_ in UNMARKED_COMPARATIVES)
        for word in (noun.head, following)
    )


def _an_age(noun) -> bool:
    """A counted "Jahren" with nothing after it that it counts: "mit (etwa) drei Jahren geschlechtsreif", not
    "mit drei Jahren Verspätung"."""
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    counted = any(child.dep_ == "nummod" or child.like_num for child in noun.children)
    return noun.lower_ == "jahren" and counted and (following is None or following.pos_ not in ("NOUN", "PROPN"))


def _action_of_a_verb(noun) -> bool:
    """A verb's infinitive made a noun ("beim Dirigieren", "beim Lesen"): its own small spelling is a verb,
    and the noun has no sense of its own but the action ("beim Unternehmen" is at the company)."""
    if noun.pos_ != "NOUN" or not noun.text.endswith("n") or not noun.text[1:].islower():
        return False
    verb, own = lookup(noun.text.lower(), "VERB"), lookup(noun.text, "NOUN")
    own_sense = own.gloss[0] if own.pos == "NOUN" and own.gloss else ""
    return verb.pos == "VERB" and bool(verb.gloss) and (not own_sense or gloss_core(own_sense).endswith("ing"))


def _people(noun) -> bool:
    """A plural in the dative naming people: a noun that forms a feminine in -in ("Katholiken") or one
    declined like an adjective ("den Toten")."""
    if noun.pos_ != "NOUN" or feature_values(noun, "Number") != ["Plur"] or "Dat" not in feature_values(noun, "Case"):
        return False
    lemma = noun.lemma_
    return person_noun(lemma) or adjectival_noun(lemma) or noun_entry(lemma)[2]  # (the strong "Toter" too)


def _about_what(bei, noun) -> bool:
    """"es handelt sich bei X um Y" (X is Y): the phrase before "um" names what the clause says something
    of ("Bei Brombeeren handelt es sich um bei der Reife … Früchte": the second "bei" is at)."""
    verb = verb_above(noun)
    if verb.lemma_ != "handeln" or not any(child.lower_ == "sich" for child in verb.children):
        return False
    return any(word.lower_ == "um" and word.i > bei.i for word in verb.subtree)


_TIME_ENDINGS = tuple(word.lower() for word in (*TIME_NOUNS, *MONTHS, "Zeitraum"))


def _change_compared(noun) -> bool:
    """The phrase tells from what a change or difference is measured: it hangs on a noun whose English
    names one ("Lautwandel gegenüber der Ursprache": sound changes, compared with), or its clause's verb
    is one of change ("stieg gegenüber …")."""
    owner = noun.head
    if noun.dep_ == "nmod" and owner.pos_ == "NOUN" and owner.i < noun.i:
        senses = lookup(token_value(owner, "term") or owner.lemma_, "NOUN").gloss
        words = gloss_core(senses[0]).split() if senses else []
        return bool(words) and words[-1] in _CHANGE_WORDS
    return verb_above(noun).lemma_ in CHANGE_VERBS


# The English nouns of a change or difference, singular and plural.
_CHANGE_WORDS = frozenset(
    "change changes difference differences increase increases decrease decreases rise rises drop drops"
    " gain gains loss losses shift shifts growth".split()
)


def _point_in_time(noun) -> bool:
    """A month, a year, a period ("Dezember", "2005", "dem Vorjahr", "dem Vorjahreszeitraum")."""
    return noun.like_num or noun.lemma_.lower().endswith(_TIME_ENDINGS)


def _from_somewhere(noun) -> bool:
    """A "von" phrase of a verb that does not govern "von" says where something comes from ("kam von
    den Grünen"); one it governs keeps the verb's sense ("hängt von … ab", "spricht von": of, on), and
    so does one after a noun, whose attribute it mostly is."""
    verb = noun.head
    if noun.dep_ not in ("obl", "obl:arg") or verb.pos_ not in ("VERB", "AUX") or _after_a_noun(noun):
        return False
    term = token_value(verb, "term") or verb.lemma_
    if "von" in governed_prepositions(term):
        return False
    return not any("von" in construction(sense, term.lower()) for sense in lookup(term, "VERB").gloss)


def _starting_point(noun) -> bool:
    """The phrase is where something starts: "aus" closes it ("von China aus gesehen") or "bis" follows it
    ("von der Herrschaft des Gallienus bis zur …")."""
    end = noun.right_edge.i + 1
    return end < len(noun.doc) and noun.doc[end].lower_ in ("aus", "bis")


def _after_a_noun(noun) -> bool:
    """A common noun right before the phrase (adverbs aside): the phrase is likely its attribute,
    whatever the parser hung it on ("tausende von Eiern", "Grenzwerte insbesondere von Stickoxiden")."""
    start = min((child.i for child in noun.children if child.dep_ == "case"), default=noun.i)
    for word in reversed(noun.doc[sentence_start(noun) : start]):
        if word.pos_ != "ADV":
            return word.pos_ == "NOUN"
    return False


# The second word of a two-part conjunction, and the first: "weder … noch" (nor), "sowohl … als auch".


# Quantifiers that stand for a noun (STTS PIS) and name a part of a group after "von".
_PARTITIVE_PRONOUNS = ("viel", "einig", "manch", "all", "kein", "jed", "beid", "mehrer", "wenig", "ein", "meist")


def _part_of_a_whole(von, noun) -> bool:
    """"zwölf von sechzehn Bundesländern", "383 von 733 abgegebenen Stimmen": a number right before
    "von" and a number after it count a part of a whole; a quantifier or a superlative standing for a noun
    names a part of the group after it ("viele von diesen Menschen", "einer von ihnen", "das älteste von
    fünf Kindern": of)."""
    before = von.doc[von.i - 1] if von.i > 0 else None
    if before is not None and before.tag_ == "PIS" and before.lower_.startswith(_PARTITIVE_PRONOUNS):
        return True
    if before is not None and _superlative_for_a_noun(before) and "Plur" in feature_values(noun, "Number"):
        return True  # "das älteste von fünf Kindern": the eldest of
    if before is None or not _number(before):
        return False
    return noun.pos_ == "NUM" or counted(noun) or any(_number(word) for word in von.doc[von.i + 1 : noun.i])


def _superlative_for_a_noun(word) -> bool:
    """A superlative with no noun after it: "das älteste", "der größte" (von …)."""
    if "Sup" in feature_values(word, "Degree"):
        return True
    adjective = word.pos_ == "ADJ" or word.tag_ == "ADJA"  # ("das älteste" may be called a noun)
    return adjective and word.lower_.endswith(("ste", "sten")) and word.lemma_.lower() != word.lower_


def _uber_use(noun) -> str | None:
    """"über" is "about" with a topic; with a medium it is via ("über Internetportale"); with a time it is
    over ("über Jahrzehnte"); on a verb of motion (whose Perfekt takes sein: "ist über die Bahamas gezogen")
    the way (over, across) and with the dative where (over: "eine Flugverbotszone über dem Golf"), unless
    the verb has a sense of its own for it ("über die Nachricht erschrocken": at)."""
    if _a_medium(noun) or _station_of_a_range(noun):
        return "medium"
    if noun.lemma_ in TIME_NOUNS:
        return "span"
    verb = verb_above(noun)
    if verb.pos_ == "VERB" and "s" in takes_sein(verb.lemma_) and "über" not in governed_prepositions(verb.lemma_):
        return "path"
    if feature_values(noun, "Case") == ["Dat"]:
        return "place"
    return None


def _station_of_a_range(noun) -> bool:
    """"von der Kriminalistik über die Psychologie bis hin zum Marketing": between a "von" and a "bis",
    with no verb between them, "über" names a station on the way (via), no topic."""
    uber = next((c for c in noun.children if c.dep_ == "case"), None)
    if uber is None:
        return False
    doc = noun.doc
    before = next((w for w in reversed(doc[sentence_start(noun) : uber.i]) if w.lower_ == "von" or _verb(w)), None)
    after = next((w for w in doc[noun.i + 1 : noun.sent.end] if w.lower_ == "bis" or _verb(w)), None)
    return before is not None and before.lower_ == "von" and after is not None and after.lower_ == "bis"


def _verb(word) -> bool:
    return word.pos_ in ("VERB", "AUX")


def _a_medium(noun) -> bool:
    """A noun whose first senses name a medium or a channel ("Internetportal": Internet portal)."""
    if noun.pos_ != "NOUN" or noun.lower_ in MEDIUM_WORDS:
        return noun.lower_ in MEDIUM_WORDS  # "über Twitter", whatever the tagger calls it
    senses = lookup(token_value(noun, "term") or noun.lemma_, "NOUN").gloss[:2]
    return any(word in MEDIUM_WORDS for sense in senses for word in gloss_core(sense).lower().split())


def _number(word) -> bool:
    """Digits or a number word, whatever the tagger called it ("sechzehn" as an adjective)."""
    return word.pos_ == "NUM" or word.like_num or lookup(word.lower_).pos == "NUM"


def _after_a_time(uber) -> bool:
    """"den ganzen Tag über", "das Jahr über": "über" after a noun of time, governing nothing after it."""
    before = uber.doc[uber.i - 1] if uber.i > 0 else None
    after = uber.doc[uber.i + 1] if uber.i + 1 < len(uber.doc) else None
    return (
        before is not None and before.lemma_ in TIME_NOUNS and "Acc" in feature_values(before, "Case")
        and (after is None or after.pos_ not in _PHRASE_STARTS)
    )


# Levels a height is measured from: "652 m über Meeresspiegel", "über NN".
_LEVELS = frozenset({"Meeresspiegel", "Meereshöhe", "NN", "Normalnull"})


def _above_a_level(uber) -> bool:
    """"über" between a height ("652 m") and the level it is measured from: above."""
    noun = uber.head
    before = uber.doc[uber.i - 1] if uber.i > 1 else None
    return noun.lemma_ in _LEVELS or (before is not None and _measured_height(before))


def _measured_height(word) -> bool:
    return word.lower_ in ("m", "meter", "metern", "km") and _number(word.doc[word.i - 1])


def _postposed_nach(word) -> bool:
    """"aller Wahrscheinlichkeit nach", "meiner Meinung nach": "nach" after a noun in the dative, with
    nothing after it that it could govern, is that noun's postposition: according to, in."""
    if word.lower_ != "nach" or word.i == 0:
        return False
    before = word.doc[word.i - 1]
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return (
        before.pos_ in ("NOUN", "PROPN") and "Dat" in feature_values(before, "Case")
        and (after is None or after.pos_ not in _PHRASE_STARTS or after.tag_ == "PAV")  # (not "dadurch")
    )


_PHRASE_STARTS = {"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "ADV"}  # "nach Berlin", "nach oben"


def _genitive_substitute(von) -> bool:
    """"von" + a noun without an article right after a noun of an action or a number stands for a
    genitive the article-less noun cannot show: "die Lieferung von Waffen", "Tausende von Menschen" (of);
    so does a plural of things after any noun, whose attribute the parser made it ("der Zustand von
    Gewässern"; people there may be a passive's doers: "die Stadt von Soldaten erobert")."""
    before = von.doc[von.i - 1] if von.i > 0 else None
    noun = von.head
    if before is None or any(child.dep_ == "det" for child in noun.children):
        return False
    if before.lemma_.title() in NUMBER_NOUNS:
        return True  # "hunderte von Personen", whatever the tagger calls "hunderte"
    if before.pos_ != "NOUN":
        return False
    things = noun.pos_ == "NOUN" and noun.dep_ == "nmod" and noun.head.i == before.i and not _people(noun)
    return before.lemma_.endswith(ACTION_NOUN_ENDINGS) or _infinitive_as_noun(before) or (things and feature_values(noun, "Number") == ["Plur"])


def _infinitive_as_noun(noun) -> bool:
    """"das Drehen von Kurbeln": an infinitive used as a noun names an action, as a noun in -ung does."""
    return noun.lemma_ == noun.text and noun.text.endswith("en") and lemma_dictionary.is_infinitive(noun.lower_)


def _after_genitive_preposition(von) -> bool:
    """"innerhalb von zwei Wochen": "von" stands in for the genitive a preposition governs (the tagger may
    call one of place an adjective: "westlich von Tokio")."""
    before = von.nbor(-1) if von.i > 0 else None
    return before is not None and before.pos_ in ("ADP", "ADJ", "ADV") and governed_cases(before.text)[:1] == ("Gen",)


# not "zu" ("von der UNESCO zum Tag erklärt": by), "auf" only after a number ("von Tabak auf …")


def range_follows(noun) -> bool:
    """After "von", a second preposition right after the phrase closes a range: "von Berlin nach Paris";
    "zu" only before the same noun again ("von Generation zu Generation", "von Tür zu Tür": from … to) or the
    next or other one ("von einem Ort zum anderen")."""
    doc = noun.doc
    following = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    opener = next((child for child in noun.children if child.dep_ == "case"), None)
    if opener is None or opener.lemma_ != "von" or following is None or following.pos_ != "ADP":
        return False
    after = doc[noun.i + 2] if noun.i + 2 < len(doc) else None
    # (or the other one: "von einem Land zum anderen")
    repeated = following.lower_ in ("zu", "zum", "zur") and after is not None and (
        after.text == noun.text or following.lower_ != "zu" and after.lower_ in _THE_OTHER
    )
    return following.lower_ in RANGE_ENDS or repeated


_THE_OTHER = frozenset({"anderen", "andern", "nächsten"})


