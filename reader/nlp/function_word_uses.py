"""How a function word is used in its sentence, for the hand-checked gloss of that use.

reader/lexicon/data/function_words.tsv may give a word a row per use ("werden" AUX:passive, "ein"
DET:partitive, "etwa" ADV:example); the glossing asks `function_word_uses` only for the few words
that have such rows. A use is read from the parse and the words around: an auxiliary's verb
("wurde beschlossen": passive, "wird kommen": future), a mood ("würde": Sub), "um" opening a
zu-infinitive, "mehr" after a negation ("nicht mehr": no longer), "als" after a comparative
("wichtiger, als …": than), a pronominal adverb before its dass clause ("dadurch, dass": by the fact
that), "etwa" before an example.
"""

from __future__ import annotations

import re

from reader.lexicon import lookup
from reader.lexicon.valency import TRANSITIVE, sense_valency
from reader.nlp import doc_facts
from reader.nlp.auxiliary_uses import auxiliary_uses
from reader.nlp.clause_kinds import verb_lemma
from reader.nlp.clause_words import after_a_quantity, before_what_is_said, pronominal_preposition
from reader.nlp.contextual_classes import asks_how
from reader.nlp.degree_words import grades_the_word_after
from reader.nlp.doc_facts import sentence_start
from reader.nlp.extensions import token_value
from reader.nlp.governed_prepositions import governed_adverb
from reader.nlp.lang.articles import INDEFINITE_ARTICLES
from reader.nlp.lang.grammar import ORDINAL_STEMS, SPELT_NUMBER, UNMARKED_COMPARATIVES
from reader.nlp.lang.prepositions import WO_ADVERBS
from reader.nlp.lang.sentences import MONTHS, TIME_NOUNS
from reader.nlp.lang.valency import REPORTING_VERBS
from reader.nlp.morph_features import feature_values, tagged_finite
from reader.nlp.preposition_uses import after_von, preposition_uses
from reader.nlp.owner_uses import intensifier_uses, subject_number
from reader.nlp.pronoun_uses import demonstrative_number, polite, pronoun_uses
from reader.nlp.verb_forms import is_participle, zu_infinitive
from reader.nlp.words_taken_for_verbs import introduces_a_pronunciation


# Words of a count of units: "alle 14 Tage", "alle paar Minuten", "alle sechs bis acht Stunden".
_COUNTING_WORDS = frozenset("paar halbe bis oder - –".split())


def counts_an_interval(alle) -> bool:
    """"alle" before a count and a noun of time ("alle 14 Tage", "alle paar Minuten", "alle sechs bis acht
    Stunden"): every, an interval, not all of them."""
    if alle.lower_ != "alle":
        return False  # (asked of every function word: the cheap test first)
    doc = alle.doc
    end = alle.i + 1
    while end < len(doc) and end - alle.i <= 4 and (doc[end].like_num or doc[end].pos_ == "NUM" or doc[end].lower_ in _COUNTING_WORDS):
        end += 1
    return end > alle.i + 1 and end < len(doc) and doc[end].lemma_ in TIME_NOUNS


def function_word_uses(token) -> tuple[str, ...]:
    """How a function word is used here, for its hand-checked gloss: its mood ("würde": Sub), an
    auxiliary's verb ("wurde beschlossen": passive, "wird kommen": future, "wurde bekannt": copula),
    "um" opening a zu-infinitive (mark), a particle inside its clause ("ja": after all)."""
    # "um" marks a zu-infinitive only where one follows ("Um das Verbot hatte sie gebeten": no "in order to")
    marks_infinitive = token.dep_ != "mark" or token.pos_ != "ADP" or _zu_follows(token)
    uses = [*feature_values(token, "Mood"), token.dep_ if marks_infinitive else ""]
    if token.lower_ == "um" and _opens_purpose_clause(token):
        uses.insert(0, "mark")  # "um … zu" the parser took for a preposition: in order to
    if after_a_quantity(token):
        uses.append("partitive")  # "viele davon": of them
    if token.tag_ == "PTKA" or grades_the_word_after(token):
        uses.append("degree")  # "zu schnell": too; "etwas überfordert": somewhat; "gleich hoch": equally
    if token.pos_ in ("ADV", "PART", "PRON") and _inside_clause(token):
        uses.append("midfield")  # "ja" as a particle, "Sie" as the polite "you"
    if token.pos_ == "PRON" and "Prs" in feature_values(token, "PronType") and token.lower_ != "sich":
        uses += pronoun_uses(token)  # "sie": she or they, "it" where it points back to a thing
    if token.pos_ in ("DET", "PRON") and token.lower_.startswith(("dies", "jen")) and token.lower_ != "dies":
        uses += demonstrative_number(token)  # "diese Berichte": these
    if token.pos_ == "PRON" and "Rel" in feature_values(token, "PronType") and _after_its_preposition(token):
        uses.append("governed")  # "der Tag, an dem …": on which, not "on that"
    if token.pos_ == "ADP" or (token.pos_ == "SCONJ" and token.dep_ != "mark"):
        uses += preposition_uses(token)  # (the tagger may call "um 5 Prozent" a conjunction)
    uses += [opener for opener in CORRELATIVES.get(token.lower_, ()) if _after(token, opener)]
    if token.lower_ == "so" and _names_the_speaker(token):
        uses.insert(0, "attribution")  # "„…“, so der Sprecher": says
    elif token.lower_ == "so" and _before_its_article(token):
        uses.insert(0, "such")  # "So eine Förderkraft kennt sich aus": such a, not "so"
    if token.lower_ == "mehr" and _negated(token):
        uses.insert(0, "negated")  # "nicht mehr", "keine Rolle mehr": no longer, not "more"
    if token.lower_ == "auch" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "wenn":
        uses.insert(0, "concessive")  # "auch wenn sie zweifeln": even if, not also
    if before_what_is_said(token) and pronominal_preposition(token.text) is not None:
        uses.insert(0, "speech")  # "erklärte dazu: „…“": about this
    if token.lower_ == "dagegen" and _contrasting(token):
        uses.insert(0, "contrast")  # "Mbeki hofft dagegen auf …": on the other hand, not against it
    if counts_an_interval(token):
        uses.insert(0, "interval")  # "alle 14 Tage": every fortnight, not all 14 days
    if token.lemma_ in ("ein", "kein") and _before_genitive_plural(token):
        uses.insert(0, "partitive")  # "eines der Transitländer", "keiner der Abgeordneten": one of, none of
    if token.tag_ == "PAV" and _before_dass(token):
        uses.insert(0, "correlative")  # "dadurch, dass viele Rentner …": by the fact that
    if token.lower_ == "je" and (_second_part_follows(token, ("desto", "umso")) or _umso_before(token)):
        uses.insert(0, "correlative")  # "je offener …, desto besser …", "umso besser, je mehr …": the … the, not each
    if token.lower_ in ("um", "so") and umso_written_apart(token):
        uses.insert(0, "umso")  # "um so besser, je mehr es koste": umso (all the), no "around" and "so"
    if token.lower_ == "erst" and _before(token, "dann") and token.nbor(1).lower_ != "dann":
        # "erst … angezündet und dann … geschossen": first; "erst dann" is only then
        uses.insert(0, "sequence")
    if token.lower_ == "sprich" and introduces_a_pronunciation(token):
        uses.insert(0, "pronunciation")  # "Chaplin, sprich: Tscharli Tschäpplin": pronounced
    if token.lower_ == "her" and after_von(token):
        uses.insert(0, "direction")  # "mündet von Süden her": from the south, not "ago"
    if token.lower_ == "damit" and _opens_a_verb_final_clause(token):
        uses.insert(0, "purpose")  # "…, damit nicht die Gemeinde … bezahlen muss": so that, not "with that"
    if token.lower_ == "darauf" and _after_a_time(token):
        uses.insert(0, "time")  # "gleich darauf verteilt", "am Tag darauf": afterwards, not "on it"
    if sentence_start(token) == token.i:
        uses.append("opening")  # "Weiterhin verkehren dort …": furthermore, not still
    if token.lower_ in WO_ADVERBS and token.i and token.nbor(-1).text == ",":
        uses.insert(0, "relative")  # "…, worauf der Vater heiratet": whereupon, no question "on what?"
    if token.lower_ == "also" and _renames_what_came_before(token):
        uses.insert(0, "apposition")  # "…, also an die Zeit der Ritter": that is, not so
    if token.lower_ == "etwa" and _introduces_example(token):
        uses.insert(0, "example")  # "Optionen wie etwa eine Koalition", "Amtsträger, etwa Bürgermeister": for example
    if token.lower_ == "wie" and _opens_a_source(token):
        uses.insert(0, "source")  # "Wie die Polizei mitteilte, …", "…, wie Wikileaks berichtete": as
    elif token.lower_ == "wie" and _wie_auch(token):
        uses.insert(0, "likewise")  # "…, wie auch die Entwicklung … sich … verband": just as, not how
    elif token.lower_ == "wie" and token.pos_ in _COMPARISON_TAGS and not _opens_a_clause(token):
        # "…, wie viele andere Wissenschaften, …", "Stars wie Marilyn Monroe": like, no clause of "how"; "so
        # groß wie", "genauso … wie ich": as
        uses.insert(0, "equal" if _after_so(token) else "comparison")
    elif token.lower_ == "wie" and _asks_how_much(token):
        uses.insert(0, "how")  # "auf wie vielen Zehen sie gehen": how, whatever class the tagger gave it
    if token.lower_ in ("dessen", "deren") and _no_clause_opens(token):
        # "Dessen Name geht … zurück", "Er und dessen Frau": his, not whose; "sich dessen bewusst": of it
        uses.insert(0, "demonstrative" if _before_its_noun(token) else "standalone")
    if token.lower_ == "als" and compares(token):
        uses.insert(0, "comparative")  # "mehr als", "größer als", "nichts anderes als": than
    if (token.pos_ == "DET" and "Yes" in feature_values(token, "Poss")) or token.lower_ == "sich":
        if polite(token):
            uses.insert(0, "polite")  # "Geben Sie Ihre Daten ein": your; "Engagieren Sie sich": yourself
        uses += subject_number(token)
    if token.lower_ == "selbst":
        # "Selbst die Regierung räumte ein": even; "Selbständige müssen sich selbst versichern": themselves
        uses += ["focus"] if _focuses_a_phrase(token) else intensifier_uses(token)
    elif token.lower_ == "selber":
        uses += intensifier_uses(token)  # "Der Ort Einsiedeln selber": itself; never "even"
    if token.pos_ == "AUX":
        uses += auxiliary_uses(token)  # "wurde beschlossen": passive, "wird kommen": future, "ist gestürzt": perfect
    return tuple(uses)


def _before_its_article(so) -> bool:
    """Right before an indefinite article of a noun phrase ("so eine Förderkraft", "so einen Fall")."""
    following = so.doc[so.i + 1] if so.i + 1 < len(so.doc) else None
    return following is not None and following.lower_ in INDEFINITE_ARTICLES and following.pos_ == "DET"


def _wie_auch(wie) -> bool:
    """"wie auch", not "wie auch immer" (however)."""
    doc = wie.doc
    following = [t.lower_ for t in doc[wie.i + 1 : wie.i + 3]]
    return following[:1] == ["auch"] and following[1:] != ["immer"]


def _opens_a_source(wie) -> bool:
    """"wie" opens a clause of a verb of saying with no object of its own: the clause names who said the
    rest ("Wie die Polizei bekannt gab": as), not what or how ("fragten, wie er das meinte")."""
    verb = wie.head
    return (
        wie.dep_ == "mark" and verb.pos_ == "VERB" and verb_lemma(verb) in REPORTING_VERBS
        and not any(child.dep_ in ("obj", "ccomp") for child in verb.children)
    )


def _after_its_preposition(pronoun) -> bool:
    before = pronoun.doc[pronoun.i - 1] if pronoun.i else None
    return before is not None and before.tag_ == "APPR" and before.head.i == pronoun.i


_COMPARISON_TAGS = frozenset({"SCONJ", "ADV", "CCONJ", "ADP"})  # (the comparison particle's tags: KOKOM as CCONJ or ADP)
_EQUALLY = frozenset({"so", "genauso", "ebenso", "gleich", "doppelt", "halb"})


def _after_so(wie) -> bool:
    """"so groß wie", "genauso schnell wie": "wie" after an equal degree of an adjective, in its clause."""
    doc = wie.doc
    before = doc[max(wie.sent.start, wie.i - 4) : wie.i]
    return any(word.lower_ in _EQUALLY for word in before)


def _opens_a_clause(wie) -> bool:
    return _finite_verb_follows(wie) or asks_how(wie)


def _opens_a_verb_final_clause(word) -> bool:
    """Right after a comma, with no finite verb right after it, and its first finite verb closing its clause:
    "…, damit nicht die Gemeinde … bezahlen muss" (not "…, damit hat er nicht gerechnet")."""
    doc = word.doc
    if word.i == 0 or doc[word.i - 1].text != "," or word.i + 1 >= len(doc) or doc[word.i + 1].tag_.endswith("FIN"):
        return False
    finite = next((t for t in doc[word.i + 1 : word.sent.end] if t.tag_.endswith("FIN")), None)
    return finite is not None and finite.i + 1 < len(doc) and doc[finite.i + 1].is_punct


def _after_a_time(darauf) -> bool:
    """Right after a word of time: "gleich darauf", "kurz darauf", "am Tag darauf", "ein Jahr darauf"."""
    before = darauf.doc[darauf.i - 1] if darauf.i else None
    return before is not None and (before.lower_ in _SOON or before.lemma_ in TIME_NOUNS)


_SOON = frozenset({"gleich", "kurz", "bald", "unmittelbar", "sofort", "wenig"})  # (not "direkt darauf": right on it)


def _asks_how_much(wie) -> bool:
    """"wie" before an amount, a length or an adjective it asks about, in a clause of its own: "wie viele
    Zehen sie haben", "wie lange es dauert", "wie groß sie sind" (not "wie üblich", "wie bereits berichtet")."""
    following = wie.doc[wie.i + 1] if wie.i + 1 < len(wie.doc) else None
    if following is None or not following.text.islower():
        return False
    asked = following.lemma_ in _ASKED_AMOUNTS or following.lower_ in _ASKED_AMOUNTS or following.tag_ == "ADJD"
    return asked and _finite_verb_follows(wie)


_ASKED_AMOUNTS = frozenset({"viel", "wenig", "oft", "lange", "weit", "sehr"})


def _finite_verb_follows(word) -> bool:
    """A verb other than a participle stands after *word* before the next punctuation: *word* opens a
    clause ("wie es die Verträge vorsehen": a plural present the tagger may call an infinitive); "wie
    geplant" and "wie viele andere Länder" have none."""
    doc = word.doc
    for token in doc[word.i + 1 : word.sent.end]:
        # (not a compound's hyphen: "wie die Alzheimer-Krankheit … abläuft")
        hyphen = token.text in ("-", "‑") and not token.whitespace_ and not doc[token.i - 1].whitespace_
        if token.is_punct and token.text not in _QUOTES and not hyphen:
            return False
        if token.pos_ in ("VERB", "AUX") and (not is_participle(token.lower_, token.lemma_) or _own_subject(token)):
            return True  # (a participle spelt as the present, with a subject and no auxiliary: "wie man dort überlebt")
    return False


def _own_subject(verb) -> bool:
    children = [child.dep_ for child in verb.children]
    return any(dep.startswith("nsubj") for dep in children) and not any(dep in ("aux", "aux:pass", "cop") for dep in children)


_QUOTES = frozenset("„“”\"'‚‘’»«")


def _no_clause_opens(word) -> bool:
    """No comma, bracket or dash before *word* (or before the preposition it follows): a relative clause
    opens with one ("…, dessen Name", "…, mit deren Hilfe"), so "dessen" or "deren" here points back; so
    does one after a comma where no finite verb follows to close a clause ("…, seit dessen
    Unabhängigkeit von der Kolonialmacht 1980.": its)."""
    doc = word.doc
    before = word.i - 1
    if before >= sentence_start(word) and doc[before].pos_ == "ADP":
        before -= 1
    if before < sentence_start(word) or doc[before].text not in _CLAUSE_OPENERS:
        return True
    return not any(tagged_finite(t) for t in doc[word.i + 1 : word.sent.end])


_CLAUSE_OPENERS = frozenset({",", "(", "–", "—", "-"})


def _before_its_noun(word) -> bool:
    following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return following is not None and (following.pos_ in ("NOUN", "PROPN") or following.tag_ == "ADJA")


def _before_genitive_plural(token) -> bool:
    """The next word is a genitive plural article: "eines der Länder" names one of them."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and following.pos_ == "DET" and {"Gen"} <= set(feature_values(following, "Case")) \
        and {"Plur"} <= set(feature_values(following, "Number"))


def _before_dass(adverb) -> bool:
    """", dass" follows, perhaps after the clause's closing verbs ("dadurch erklärt, dass"): the dass
    clause says what the pronominal adverb stands for."""
    doc = adverb.doc
    after = adverb.i + 1
    while after < len(doc) and (doc[after].pos_ in ("VERB", "AUX") or doc[after].tag_ == "PTKVZ"):
        after += 1
    return after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].lower_ == "dass"


def _renames_what_came_before(also) -> bool:
    """"…, also an die Zeit der Ritter", "…, also der Sultanatszeit": "also" after a comma, before a phrase
    that has no verb of its own up to the next punctuation, says the same again (that is); before a
    clause it concludes ("…, also blieb er": so)."""
    doc = also.doc
    if also.i == 0 or doc[also.i - 1].text != ",":
        return False
    ahead = []
    for word in doc[also.i + 1 : also.sent.end]:
        if word.is_punct:
            break
        ahead.append(word)
    return bool(ahead) and not any(word.pos_ in ("VERB", "AUX") for word in ahead)


def _introduces_example(etwa) -> bool:
    """"wie etwa", ", etwa Bürgermeister", "wenn er etwa vor Feuer warnt", "so kann etwa Rettungskräften …":
    "etwa" with no amount after it (before any punctuation: "wie etwa - im Freiland …") gives an example;
    before a number, a part or a time ("etwa 200 Menschen", "etwa im Jahr 1900", "etwa ein Viertel", "etwa
    doppelt so groß", "etwa eine Stunde", "etwa im Februar") it is "about"."""
    doc = etwa.doc
    ahead = doc[etwa.i + 1 : min(etwa.i + 1 + _AMOUNT_REACH, etwa.sent.end)]
    for word in ahead:
        if word.is_punct:
            break
        if word.like_num or word.pos_ == "NUM" or word.lower_ in _AMOUNTS or SPELT_NUMBER.fullmatch(word.lower_):
            return False
        if _multiple(word.lower_):
            return False  # "etwa zwanzigmal größer": a multiple
        if word.lower_.startswith(_EVERY) or word.lower_.startswith(tuple(ORDINAL_STEMS)):
            return False  # "etwa jedes zweite Jahr": a frequency
        if word.lower_ in INDEFINITE_ARTICLES and word.i + 1 < len(doc) and doc[word.i + 1].lemma_ in TIME_NOUNS:
            return False  # "um etwa eine Stunde": one hour, an amount
        if word.text in MONTHS or (word.pos_ == "NOUN" and word.lemma_ in TIME_NOUNS):
            return False  # "paaren sich etwa im Februar", "etwa zur gleichen Zeit": about a time
    return True


def _multiple(word: str) -> bool:
    """A number word with "-mal" or "-fach": "zwanzigmal", "dreifache", "10-mal"."""
    match = _MULTIPLE.fullmatch(word)
    return match is not None and (match.group(1).isdigit() or bool(SPELT_NUMBER.fullmatch(match.group(1))))


_MULTIPLE = re.compile(r"(\w+?)-?(?:mal|fach(?:e[mnrs]?)?)")


_AMOUNT_REACH = 3  # "etwa im Jahr 1900": the number may follow a preposition and its noun
_EVERY = ("jede", "jeden", "jedem", "jeder")
# Words that say how much without a digit: fractions and multiples ("etwa die Hälfte", "etwa gleich groß").
_AMOUNTS = frozenset(
    "hälfte drittel viertel fünftel zehntel dutzend doppelt doppelte dreifach dreifache zweimal dreimal gleich gleiche".split()
)


CORRELATIVES = {"noch": ("weder",), "als": ("sowohl",), "auch": ("sowohl",), "hin": ("bis",)}
_CORRELATIVE_REACH = 12  # words between the two parts at most


def _after(token, opener: str) -> bool:
    """*opener* stands before *token* in its sentence, close enough to be its first part."""
    start = max(sentence_start(token), token.i - _CORRELATIVE_REACH)
    return any(word.lower_ == opener for word in token.doc[start : token.i])


def _before(token, closer: str) -> bool:
    """*closer* follows *token* close enough to be its second part, no punctuation between ("erst …
    angezündet und dann …"; not "tritt erst 2025 in Kraft, dann gilt …")."""
    for word in token.doc[token.i + 1 : min(token.sent.end, token.i + 1 + _CORRELATIVE_REACH)]:
        if word.is_punct:
            return False
        if word.lower_ == closer:
            return True
    return False


def _umso_before(je) -> bool:
    """"umso", "desto" or "um so" stands before "je" in its sentence: "wirke umso besser, je mehr es koste"."""
    words = je.doc[je.sent.start : je.i]
    return any(word.lower_ in ("desto", "umso") or umso_written_apart(word) for word in words)


def umso_written_apart(word) -> bool:
    """"um so" before a comparative, the old spelling of "umso" ("um so besser")."""
    doc = word.doc
    um = word.i if word.lower_ == "um" else word.i - 1
    if um < 0 or um + 2 >= len(doc) or doc[um].lower_ != "um" or doc[um + 1].lower_ != "so":
        return False
    compared = doc[um + 2]
    return "Cmp" in feature_values(compared, "Degree") or compared.lower_ in UNMARKED_COMPARATIVES


def _second_part_follows(token, closers: tuple[str, ...]) -> bool:
    """One of *closers* follows *token* in its sentence, across the comma that a clause of "je" ends with."""
    return any(word.lower_ in closers for word in token.doc[token.i + 1 : token.sent.end])


# Words that compare without a marked comparative, "ander" too ("nichts anderes als": nothing but).
_COMPARING = UNMARKED_COMPARATIVES | {"ander", "anderer"}
_COMPARISON_REACH = 3  # "mehr Geld als", "weniger kleine Firmen als"


def _negated(mehr) -> bool:
    """"mehr" after "nicht", "kein…", "nie" or "nichts" in its clause, comparing nothing ("nicht mehr als
    zehn" and "nicht mehr Geld" compare)."""
    following = mehr.doc[mehr.i + 1] if mehr.i + 1 < len(mehr.doc) else None
    if following is not None and (following.lower_ == "als" or following.pos_ in ("NOUN", "NUM")):
        return False
    if following is not None and following.pos_ == "ADJ" and any(
        word.lower_ == "als" for word in mehr.doc[following.i + 1 : following.i + 1 + _COMPARISON_REACH]
    ):
        # "nicht mehr tot als lebendig"; else German compares an adjective by its -er: "nicht mehr eindeutig" is no longer
        return False
    for word in reversed(mehr.doc[max(sentence_start(mehr), mehr.i - _CORRELATIVE_REACH) : mehr.i]):
        if word.is_punct:
            return False
        if word.lower_ in _NEGATIONS or word.lower_.startswith("kein"):
            return True
    return False


_NEGATIONS = frozenset({"nicht", "nie", "niemals", "nichts", "niemand", "kaum"})


def _contrasting(dagegen) -> bool:
    """"dagegen" sets its clause against the one before where no word of the clause governs "gegen" and
    the clause goes on after it ("hofft dagegen auf …", "Dagegen wuchs …"); "votierten dagegen.", "ist
    dagegen, dass …" are against it."""
    following = dagegen.doc[dagegen.i + 1] if dagegen.i + 1 < len(dagegen.doc) else None
    return following is not None and not following.is_punct and governed_adverb(dagegen) is None


def compares(als) -> bool:
    """"als" is "than": after a comparative in its phrase, or opening a clause only a comparison has, "als
    dass" or, after a comma, a zu-infinitive with no finite verb ("eher …, als der Entwicklung gerecht zu
    werden"; not "galt als schwer zu fassen")."""
    return _after_comparison(als) or _opens_compared_clause(als)


def _opens_compared_clause(als) -> bool:
    doc = als.doc
    if als.i + 1 < len(doc) and doc[als.i + 1].lower_ in ("dass", "daß"):
        return True
    if als.i == 0 or doc[als.i - 1].text != "," or als.i + 1 < len(doc) and doc[als.i + 1].pos_ in ("ADJ", "ADV", "NUM"):
        return False  # (not "kündigte an, als nächstes … anzugreifen": next)
    for word in doc[als.i + 1 : als.sent.end]:
        if word.pos_ in ("VERB", "AUX") and zu_infinitive(word):
            return True
        if word.is_punct or word.tag_.endswith("FIN"):
            return False
    return False


def _after_comparison(token) -> bool:
    """A comparative before *token* in its phrase (no punctuation or verb between, but the comma before
    a clause "als" opens: "wichtiger, als … neue Regeln hineinzuschreiben", and the verbs that close the
    clause before "als": "vier Meter höher lag als derzeit"): "als" is "than"."""
    closing_verbs = True  # (the verbs right before "als" end the clause the comparative stands in)
    reach = _COMPARISON_REACH  # (words of the phrase, which the comma and the closing verbs do not use up)
    for word in reversed(token.doc[sentence_start(token) : token.i]):
        if word.text == "," and word.i == token.i - 1:
            continue
        if closing_verbs and word.pos_ in ("VERB", "AUX"):
            continue
        closing_verbs = False
        reach -= 1
        if reach < 0 or word.is_punct or word.pos_ in ("VERB", "AUX"):
            return False
        if "Cmp" in feature_values(word, "Degree") or word.lower_ in _COMPARING or word.lemma_.lower() in _COMPARING:
            return True
        if word.tag_ == "ADJD" and _without_umlauts(word.lower_) in {_without_umlauts(word.lemma_.lower()) + e for e in ("er", "r")}:
            return True  # "wichtiger, als …", "größer": a comparative the morphologizer left positive
    return False


def _without_umlauts(word: str) -> str:
    return word.translate(_UMLAUTS)


_UMLAUTS = str.maketrans("äöü", "aou")


def _opens_purpose_clause(um) -> bool:
    """The "um" of "um … zu" where the parse does not say so: tagged as that "um" (KOUI) with a
    zu-infinitive after it, or before an accusative that can only be the object of the zu-infinitive
    it hangs on, which has none and takes one ("mehr Zeit um ihre Arbeit zu beenden"; not "um das
    Haus zu laufen", around)."""
    if um.tag_ == "KOUI" and um.dep_ == "mark":
        return zu_infinitive(um.head)  # not "…, um 11 Uhr zu einer Feier aufgerufen" (a time, mistagged)
    noun, verb = um.head, um.head.head
    if verb.i < um.i or not zu_infinitive(verb):
        return False
    if um.tag_ == "KOUI":
        return True
    if "Acc" not in feature_values(noun, "Case"):
        return False
    if any(child.dep_ == "obj" for child in verb.children):
        return False
    entry = lookup(token_value(verb, "term") or verb.lemma_, "VERB")
    return entry.pos == "VERB" and bool(entry.gloss) and sense_valency(entry.term, entry.gloss[0]) == {TRANSITIVE}


def _names_the_speaker(so) -> bool:
    """"…“, so der Sprecher.", "…, so Obama am Montag.": after a comma, a phrase with a noun or name and
    no verb to the end of the sentence names who said what came before."""
    if so.i == sentence_start(so) or so.doc[so.i - 1].text != ",":
        return False
    rest = [word for word in so.doc[so.i + 1 : so.sent.end] if not word.is_punct]
    return bool(rest) and rest[0].pos_ in ("DET", "NOUN", "PROPN", "ADJ") and not any(
        word.pos_ in ("VERB", "AUX") for word in rest
    ) and any(word.pos_ in ("NOUN", "PROPN") for word in rest)


def _zu_follows(token) -> bool:
    """A "zu" of a zu-infinitive after *token* in its sentence."""
    end = token.sent.end
    return any(word.tag_ in ("PTKZU", "VVIZU") for word in token.doc[token.i + 1 : end])  # "zu retten", "abzuwenden"


def _inside_clause(token) -> bool:
    """Neither the first word of its sentence nor after a comma or dash: where "ja" is the modal
    particle ("Das ist ja bekannt": after all), not the answer ("Ja, das stimmt": yes)."""
    return token.i > sentence_start(token) and not token.doc[token.i - 1].is_punct


_FOCUSED = {"DET", "NOUN", "PROPN", "NUM", "SCONJ", "ADP"}


def _focuses_a_phrase(selbst) -> bool:
    """"selbst die Regierung", "selbst wenn", "selbst in Berlin": "selbst" right before the phrase or
    clause it stresses, after no noun or pronoun it could point back to, is "even"."""
    doc = selbst.doc
    before = doc[selbst.i - 1] if selbst.i else None
    after = doc[selbst.i + 1] if selbst.i + 1 < len(doc) else None
    if before is not None and before.pos_ in ("NOUN", "PROPN", "PRON"):
        return False
    return after is not None and after.pos_ in _FOCUSED
