"""Word classes the statistical model mixes up where one word or tag decides.

The tagger tags the degree particle before an adjective as PTKA ("zu schnell": too fast, "am
besten": best) but its coarse class wavers between particle, adverb and preposition; as a
preposition "zu" would be glossed "to" and explained as taking the dative. The tag decides. And a
preposition that opens a zu-infinitive ("anstatt die Beiträge zu senken") is a conjunction: the
noun after it is no genitive. A word the tagger calls a pronoun that neither the curated function
words nor the dictionary know as one ("die jeweils die Hälfte tragen") is the adverb it is: no case
(what a capital letter decides: reader.nlp.capitalised_words); a subject the tagger called an adverb that the curated function words know as
a pronoun ("Manche von ihnen …") is the pronoun. A participle that opens a sentence
("Veranstaltet von …") is no noun; a word both taggers see as a noun the dictionary lists ("für
Medikamente") is no name.
A place's "-er" adjective before a noun ("den Kaiserslauterer Oberbürgermeister") is an adjective,
not the noun the article belongs to; so is a capitalised adjective of a name after its article ("ins
Vereinigte Königreich"). A word the morphologizer called punctuation ("Udo") or other ("vierter")
takes the class of its STTS tag. Where both taggers agree on a class German cannot have, the
dictionary decides: a participle or adjective called a determiner ("die angetretenen Parteien") is an
adjective, a capitalised "preposition" German lacks ("Ali al-Haidari") a name or noun; and a
3rd-person finite verb in -en is plural ("Dort halfen sie"). (English inside German text:
reader.nlp.foreign_words.)

Each pass reads the words it may repair from the Doc's attribute arrays (reader.nlp.doc_arrays): it
changes the class of no word but the one it reads (others get only new heads), so none it skipped
becomes one to repair.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.lexicon import LexiconMissingError, database, function_entry, is_verb, lookup
from reader.nlp import doc_facts, lemma_dictionary
from reader.nlp.doc_arrays import tokens_where
from reader.nlp.lang.articles import adjective_ending
from reader.nlp.lang.grammar import ADJECTIVE_ENDINGS
from reader.nlp.lang.names import NAME_PARTICLES
from reader.nlp.lang.prepositions import governed_cases
from reader.nlp.lang.sentences import OPENING_QUOTES
from reader.nlp.capitalised_words import listed_as
from reader.nlp.foreign_words import english
from reader.nlp.names import adjective_of_a_persons_name, place_of_adjective
from reader.nlp.noun_lexicon import listed_noun
from reader.nlp.parse_edits import set_head, take_place
from reader.nlp.participles import participle_of
from reader.nlp.verb_form_checks import only_an_adjective
from reader.nlp.verb_forms import forms, is_infinitive, is_participle, listed_verb, zu_infinitive

if TYPE_CHECKING:  # annotations only: importing the rule must not load spaCy
    from spacy.tokens import Doc, Token


def degree_particles(doc: Doc) -> None:
    """A PTKA-tagged word is a particle that modifies the adjective or adverb after it. "zu" tagged the
    particle of a zu-infinitive (PTKZU) right before an undeclined adjective or adverb that is no verb's
    infinitive ("zu schnell abgebaut") is that degree particle: the infinitive's "zu" stands before a verb,
    and never before a past participle that is no infinitive ("viel zu koordiniert": too). So is "am" before a
    superlative ("am schnellsten", "die am stärksten verseuchten Orte"), which is no "an dem" with a case."""
    for token in tokens_where(doc, "LOWER", ("zu",)):
        if token.tag_ == "PTKZU" and token.i + 1 < len(doc):
            following = doc[token.i + 1]
            if not following.is_lower or is_infinitive(following.text):
                continue
            participle = following.tag_ == "VVPP" and is_participle(following.text, lemma_dictionary.lemmatize(following.lower_))
            if following.tag_ in ("ADJD", "ADV") or participle:
                token.tag_ = "PTKA"
    for token in tokens_where(doc, "LOWER", ("am",)):
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        after = doc[token.i + 2] if token.i + 2 < len(doc) else None
        # (not a determiner of the noun after it: "am meisten Trost spenden ihm seine Freunde")
        if following is not None and _superlative(following) and (after is None or after.pos_ not in ("NOUN", "PROPN")):
            token.tag_ = "PTKA"  # "am schnellsten", "die am stärksten verseuchten Orte": no "an dem"
            following.pos_, following.tag_ = "ADJ", "ADJD"
            following.set_morph("Degree=Sup")
            if after is not None and after.tag_ == "ADJA":
                set_head(following, after, "advmod")  # it says how the attribute after it is: no attribute itself
    for token in tokens_where(doc, "TAG", ("PTKA",)):  # (the tags set just above)
        if token.i + 1 >= len(doc):
            continue
        token.pos_ = "PART"
        following = doc[token.i + 1]
        if following.pos_ in ("ADJ", "ADV") or following.tag_ == "VVPP":
            set_head(token, following, "advmod")


def _superlative(word) -> bool:
    """The superlative in -(e)sten of an adjective or adverb the dictionary lists ("schnellsten", "größten",
    "besten"): never a noun after "am", which would be a capitalised one."""
    form = word.lower_
    if not word.is_lower or not form.endswith("en") or not form[:-2].endswith(("st", "ßt")):
        return False
    base = lemma_dictionary.lemmatize(form)
    return base != form and (listed_as(base, "ADJ") or listed_as(base, "ADV"))


# Prepositions that also open a zu-infinitive ("anstatt die Beiträge zu senken": instead of lowering).
_INFINITIVE_OPENERS = {"anstatt", "statt", "ohne", "um"}


def infinitive_conjunctions(doc: Doc) -> None:
    """"anstatt", "ohne", "um" that open a zu-infinitive are conjunctions (KOUI), not prepositions: the
    noun after them is the infinitive's object, in no case they govern. So are they where the parser
    hung them on that noun ("um ihre Arbeit zu beenden", "um den Entwurf fertigzustellen"): the
    zu-infinitive ahead in the clause decides, and the infinitive takes the conjunction and the noun."""
    openers = tokens_where(doc, "LOWER", _INFINITIVE_OPENERS)
    for token in openers:
        if token.tag_ == "KOUI":
            _preposition_without_infinitive(token)
    for token in openers:
        # (also one the tagger called a conjunction but the parser hung on the noun as its preposition)
        if not (token.pos_ == "ADP" or token.dep_ == "case"):
            continue
        if token.dep_ == "mark" and zu_infinitive(token.head):
            token.pos_, token.tag_ = "SCONJ", "KOUI"
            continue
        infinitive = _zu_infinitive_ahead(token)
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if infinitive is None or following is None or following.like_num:
            continue  # "um 8 Uhr": a time
        noun = token.head if token.dep_ == "case" and token.head.i < infinitive.i else None
        token.pos_, token.tag_ = "SCONJ", "KOUI"
        set_head(token, infinitive, "mark")
        if noun is not None:
            set_head(noun, infinitive, "obj")


def _preposition_without_infinitive(opener: Token) -> None:
    """"Um das Verbot des Senders hatte die Behörde gebeten" with "Um" tagged the conjunction of a
    zu-infinitive (KOUI): with no zu-infinitive ahead in its clause it is the preposition, and the noun
    phrase after it its object (here of "bitten um")."""
    doc = opener.doc
    if opener.i + 1 >= len(doc):
        return
    inserted = False  # past a comma: a finite verb there may be an inserted clause's
    for token in doc[opener.i + 1 : opener.sent.end]:
        if token.text == ",":
            inserted = not inserted
        if token.tag_ == "PTKZU" or (token.pos_ in ("VERB", "AUX") and zu_infinitive(token)):
            return  # (past hyphens and insertions: "um eine Lieferung von COVID-19-Impfdosen zu erhalten")
        if token.tag_.endswith("FIN") and "Fin" in token.morph.get("VerbForm") and not inserted:
            break  # the clause's finite verb: the infinitive would stand before it
    noun = None
    for token in doc[opener.i + 1 : opener.sent.end]:
        if token.pos_ in ("NOUN", "PROPN"):
            noun = token
            break
        if token.pos_ not in ("DET", "ADJ", "NUM", "ADV"):
            return  # "ohne dass …", "statt zu …": no noun phrase follows
    if noun is None:
        return
    opener.pos_, opener.tag_ = "ADP", "APPR"
    opener.set_morph(None)
    verb = opener.head
    if noun.head.i == opener.head.i or noun.head.pos_ in ("VERB", "AUX"):
        set_head(noun, noun.head if noun.head.pos_ in ("VERB", "AUX") else verb, "obl")
    set_head(opener, noun, "case")


def _zu_infinitive_ahead(opener: Token) -> Token | None:
    """The zu-infinitive that ends the clause `opener` opens: "zu" + infinitive or one with zu inside,
    before any punctuation or finite verb but a relative clause between commas ("um dem Hungerstreik,
    der am 6. Januar begann, Herr zu werden")."""
    doc = opener.doc
    skip_to = 0
    for token in doc[opener.i + 1 : opener.sent.end]:
        if token.i < skip_to:
            continue
        if token.text == "," and _opens_relative_clause(token):
            skip_to = next((t.i + 1 for t in doc[token.i + 1 : opener.sent.end] if t.text == ","), len(doc))
            continue
        if token.is_punct or "Fin" in token.morph.get("VerbForm"):
            return None
        if token.tag_ == "PTKZU" and token.i + 1 < len(doc) and doc[token.i + 1].pos_ in ("VERB", "AUX"):
            return doc[token.i + 1]
        if token.pos_ in ("VERB", "AUX") and zu_infinitive(token):
            return token
    return None


def _opens_relative_clause(comma: Token) -> bool:
    """A relative pronoun right after the comma, or after its preposition ("…, in dem …")."""
    following = comma.doc[comma.i + 1 : comma.i + 3]
    return any(word.tag_ in ("PRELS", "PRELAT") for word in following[:1]) or (
        len(following) == 2 and following[0].pos_ == "ADP" and following[1].tag_ in ("PRELS", "PRELAT")
    )


def adverbs_taken_for_pronouns(doc: Doc) -> None:
    """A PRON the dictionary knows only as an adverb ("jeweils": each, respectively) is an adverb."""
    for token in tokens_where(doc, "POS", ("PRON",)):
        if function_entry(token.lower_, "PRON") is not None:
            continue
        try:
            if lookup(token.lower_, "PRON").pos == "ADV":
                token.pos_, token.dep_ = "ADV", "advmod"
                token.set_morph(None)
        except LexiconMissingError:
            return


def pronouns_taken_for_adverbs(doc: Doc) -> None:
    """"Manche von ihnen schwenkten …" with "Manche" tagged an adverb (or, opening the sentence, a noun):
    a subject the curated function words know as a pronoun is that indefinite pronoun (PIS)."""
    for token in tokens_where(doc, "DEP", ("nsubj",)):
        if token.pos_ not in ("ADV", "ADJ", "NOUN"):
            continue
        if token.pos_ == "NOUN" and not token.is_sent_start:
            continue  # a noun only where the capital opening the sentence misled the tagger
        if any(function_entry(word, "PRON") for word in (token.lower_, lemma_dictionary.lemmatize(token.lower_))):
            token.pos_, token.tag_ = "PRON", "PIS"
            token.set_morph(None)


def imperatives_opening_a_quotation(doc: Doc) -> None:
    """„Sag die Wahrheit“, „Geh nach Hause!“: a capitalised word opening a sentence or quotation, tagged a
    noun though the dictionary has it as no noun, whose form is the imperative singular of a verb it
    lists (the verb's stem), is that imperative, not "Sage" or "Gehen"."""
    for token in tokens_where(doc, "POS", ("NOUN", "PROPN")):
        if not token.is_title or token.i + 1 >= len(doc):
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        if not (token.is_sent_start or (before is not None and before.text in OPENING_QUOTES)):
            continue
        if doc[token.i + 1].is_punct or listed_noun(token.text) or not listed_verb(token.lower_ + "en"):
            continue
        token.pos_, token.tag_ = "VERB", "VVIMP"
        token.set_morph("Mood=Imp|Number=Sing|Person=2|VerbForm=Fin")


def undeclined_attributes(doc: Doc) -> None:
    """"Die Opposition hat wiederholt Neuwahlen gefordert" with "wiederholt" as an attribute of
    "Neuwahlen": an attributive adjective is declined (-e, -en, -em, -er, -es), so a lower-case word tagged
    one that ends in a consonant without such an ending describes the verb (an adverb use); it hangs on
    the verb its noun belongs to, or is a preposition ("mittels Fallen"). (Undeclinable colour words,
    "lila", "rosa", end in a vowel.)"""
    for token in tokens_where(doc, "TAG", ("ADJA",)):
        if not token.is_lower or not token.is_alpha or token.dep_ != "amod":
            continue
        form = token.lower_
        if form.endswith(ADJECTIVE_ENDINGS) or form[-1] in "aeiouy" or len(form) < 3:
            continue
        noun, verb = token.head, token.head.head
        if noun.pos_ not in ("NOUN", "PROPN") or verb.pos_ not in ("VERB", "AUX") or noun.i == verb.i:
            continue
        if governed_cases(form):  # "mittels Fallen": a preposition, of the noun after it
            token.pos_, token.tag_ = "ADP", "APPR"
            token.set_morph(None)
            if noun.i > token.i:
                set_head(token, noun, "case")
            continue
        token.tag_ = "ADJD"
        token.set_morph("Degree=Pos")
        set_head(token, verb, "advmod")


def attributive_adjectives_taken_for_verbs(doc: Doc) -> None:
    """"Der nicht kommerzielle und für die Nutzer kostenlose Internetauftritt verspricht …" with
    "kommerzielle" as a subjunctive heading the sentence, "aus denen alle festen, flüssigen oder
    gasförmigen Stoffe bestehen" with "festen" heading the clause and "flüssigen" a finite verb: a
    lower-case word after an article or determiner that the lexicon has only as an adjective, with an
    adjective ending, is an attribute of the noun that follows in its phrase (so are the words of a
    list of adjectives between them); the finite verb (or passive participle) the parser hung on it heads
    the clause and takes its words, and the article (and a preposition before it) is the noun's."""
    for token in tokens_where(doc, "POS", ("VERB",)):
        if not token.is_lower or not token.lower_.endswith(ADJECTIVE_ENDINGS):
            continue
        # (the tagger may have made the article a demonstrative: "Der" as PDS; the parser a phrase of its own,
        # with only adverbs between: "für alle mikroskopisch kleinen")
        article = next(
            (c for c in token.children if c.i < token.i and c.tag_ in _DETERMINER_TAGS and (
                c.dep_ in ("nsubj", "det") or all(t.tag_ in ("ADV", "ADJD") for t in doc[c.i + 1 : token.i]))),
            None,
        )
        # (or the participle of a passive: "wurde … für alle mikroskopisch kleinen, … Organismen gebraucht")
        verb = next((c for c in token.children if c.dep_ in ("conj", "advcl") and c.i > token.i + 1
                     and (c.tag_.endswith("FIN") or c.tag_ == "VVPP") and doc[c.i - 1].pos_ in ("NOUN", "PROPN")), None)
        if article is None or verb is None:
            continue
        noun = doc[verb.i - 1]  # the phrase's noun closes it, right before the verb
        # the other adjectives of the list, hung on the noun's phrase ("kostenlose"), or also taken for verbs ("flüssigen")
        listed = [t for t in doc[token.i + 1 : noun.i] if t.pos_ in ("VERB", "ADJ") and t.tag_ in ("ADJA", "VVFIN", "VVINF")
                  and t.head.i in (token.i, noun.i) and t.lower_.endswith(ADJECTIVE_ENDINGS) and only_an_adjective(t.lower_)]
        if not only_an_adjective(token.lower_):
            continue
        take_place(verb, token)
        preposition = next((c for c in (*token.children, *article.children) if c.dep_ == "case" and c.i == article.i - 1), None)
        passive = any(child.dep_ == "aux:pass" for child in token.children)
        for child in list(token.children):
            if child.i < token.i and child.dep_ == "advmod" or child.i in {t.i for t in listed} or child.is_punct:
                continue  # "nicht kommerzielle": the adjective's own
            if child.i == article.i:
                set_head(child, noun, "det")
            elif preposition is not None and child.i == preposition.i:
                set_head(child, noun, "case")
            else:  # (the passive's object the parser saw is its subject: "wurde die Bezeichnung … gebraucht")
                set_head(child, verb, "nsubj:pass" if passive and child.dep_ == "obj" else None)
        if preposition is not None:
            set_head(preposition, noun, "case")
        for adjective in (token, *listed):
            set_head(adjective, noun, "amod")
            adjective.pos_, adjective.tag_ = "ADJ", "ADJA"
            adjective.set_morph("Degree=Pos")
        set_head(noun, verb, "obl" if preposition is not None else "nsubj")


_DETERMINER_TAGS = frozenset({"ART", "PDS", "PIAT", "PDAT", "PPOSAT"})


def attributive_adjectives_taken_for_adverbs(doc: Doc) -> None:
    """"innerhalb verschiedener neuheidnischer Bewegungen" with "verschiedener" as an adverb (differently): a
    lower-case word with an adjective ending, whose stem the lexicon has as an adjective and which it
    has as no adverb, right before an attribute with the same ending, is an attribute of that attribute's
    noun too; so is one right before the noun the parser hangs it on ("Atome verschiedener Elemente"). Right
    after an article, where no adverb stands, also one the lexicon has as an adverb, and before a comma of
    attributes ("Ihre lange, klebrige Zunge")."""
    for token in tokens_where(doc, "POS", ("ADV",)):
        if not token.is_lower or token.i + 2 >= len(doc):
            continue
        ending, following = adjective_ending(token.text), doc[token.i + 1]
        determined = token.i > 0 and doc[token.i - 1].tag_ in _DETERMINER_TAGS
        if following.text == "," and determined:
            following = doc[token.i + 2]
        # ("Atome verschiedener Elemente": right before the noun the parser hangs it on, as an attribute)
        on_its_noun = token.dep_ == "amod" and token.head.i == following.i
        if ending is None or not (on_its_noun or following.tag_ == "ADJA" and adjective_ending(following.text) == ending):
            continue
        noun = following if on_its_noun else following.head
        if noun.pos_ not in ("NOUN", "PROPN") or noun.i < following.i or (listed_as(token.lower_, "ADV") and not determined):
            continue
        if listed_as(token.lower_[: -len(ending)], "ADJ"):
            token.pos_, token.tag_ = "ADJ", "ADJA"
            token.set_morph("Degree=Pos")
            set_head(token, noun, "amod")


def common_nouns_taken_for_names(doc: Doc) -> None:
    """"für Medikamente" with "Medikamente" classed a proper noun though the STTS tagger says NN: a word
    the dictionary has as a noun (or a form of one) and Wiktionary not as a name is that common noun,
    with its gender and plural ("names are singular" made it one drug). So is one both taggers call a
    name where the text has the same word as a common noun elsewhere ("war die Band" beside "der Band
    gelang", "das Chamäleon" beside "Chamäleons" as a noun), one in the plural the dictionary gives it
    ("manchmal werden Charaktere gezeigt"), or one standing alone as a heading ("# Hochwasser"), where the
    tagger has no context."""
    common_elsewhere = {token.text for token in doc if token.pos_ == "NOUN" and token.tag_ == "NN"}
    try:
        # the dictionary forms of those nouns: "Chamäleons" as a noun makes "das Chamäleon" one (not a
        # name's: "Venezuelas" tagged a noun makes no "Venezuela")
        terms = {lookup(text, "NOUN").term for text in common_elsewhere}
        common_elsewhere |= {term for term in terms if database.name_kind(term) is None}
    except LexiconMissingError:
        return
    for token in tokens_where(doc, "POS", ("PROPN",)):
        elsewhere = token.text in common_elsewhere
        # (whether it stands alone is asked only where it decides: it walks the sentence)
        alone = (token.dep_.startswith("flat") or (token.tag_ == "NE" and not elsewhere)) and _alone(token)
        taken = token.tag_ == "NN" or (token.tag_ == "NE" and (elsewhere or alone or _plural_of_a_noun(token)))
        if not taken or not token.is_title or len(token.text) < 3 or (token.dep_.startswith("flat") and not alone):
            continue  # (not a letter: "der G-7-Länder")
        before = doc[token.i - 1] if token.i else None
        try:
            noun_listed = listed_noun(token.text)
            listed_name = database.name_kind(token.text) is not None
            # "der Internationalen Mathematischen Union": a name's adjective, or the noun after one
            in_a_name = any(
                word is not None and word.is_title and lookup(word.lower_, "ADJ").pos == "ADJ" for word in (token, before)
            )
        except LexiconMissingError:
            return
        # (Wiktionary's names include common words — a town "Band" —, so the text's own use decides)
        if noun_listed and not in_a_name and (not listed_name or token.text in common_elsewhere):
            token.pos_ = "NOUN"


def _plural_of_a_noun(word: Token) -> bool:
    """The word is the plural the dictionary gives a noun ("Charaktere"), and no name or name particle
    follows it (as would a first name's: "Louise Arbour", "Louise de Vilmorin"): names are hardly ever plural."""
    following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    if following is not None and (following.text[:1].isupper() or following.lower_ in NAME_PARTICLES):
        return False
    try:
        entry = lookup(word.text, "NOUN")
    except LexiconMissingError:
        return False
    return entry.pos == "NOUN" and entry.plural == word.text and entry.term != word.text


def _alone(word: Token) -> bool:
    """The only word of its sentence (a heading)."""
    return not any(other.is_alpha for other in word.sent if other.i != word.i)


def fronted_participles(doc: Doc) -> None:
    """"Veranstaltet von La Falange wurde die Demonstration unterstützt": a sentence's capitalised first
    word that the dictionary has as no noun and whose lower case is the Partizip II of a verb it has is
    that participle, not a noun ("organizer"). So is a noun form right before a finite auxiliary
    ("Angeboten werden Fotos": offered, not the dative plural of "Angebot"), where a bare noun would
    need an article. One the dictionary lists as an adverb is that adverb where no such auxiliary follows
    ("Umgekehrt soll …": conversely)."""
    for sentence in doc.sents:
        first = sentence[0]
        if first.pos_ not in ("NOUN", "PROPN") or not first.is_title or not first.is_alpha or len(sentence) < 3:
            continue
        form = first.lower_
        verb = lemma_dictionary.lemmatize(form)
        # (lemmas are not set yet: the dictionary's)
        before_auxiliary = sentence[1].tag_ == "VAFIN" and lemma_dictionary.lemmatize(sentence[1].lower_) in ("werden", "sein")
        try:
            if (listed_noun(first.text) and not before_auxiliary) or verb == form or not is_verb(verb):
                continue
        except LexiconMissingError:
            return
        if not is_participle(form, verb):
            continue
        if not before_auxiliary and listed_as(form, "ADV"):
            first.pos_, first.tag_, first.dep_ = "ADV", "ADV", "advmod"  # "Umgekehrt soll …": conversely
            first.set_morph(None)
        else:
            first.pos_, first.tag_ = "VERB", "VVPP"
            first.set_morph("VerbForm=Part")


def place_adjectives(doc: Doc) -> None:
    """"der Kaiserslauterer Oberbürgermeister": a place's "-er" adjective right before a noun
    describes it (the phrase_heads repair then hangs the article on the noun); so does a capitalised
    adjective of a name after its article ("ins Vereinigte Königreich"), which German has as no noun."""
    for token in tokens_where(doc, "POS", ("NOUN", "PROPN"), shifts=(-1,)):  # the words before a noun
        following = doc[token.i + 1]
        if following.text[:1].isupper() and (
            place_of_adjective(token.text) or _adjective_of_a_name(token)
        ):
            token.pos_, token.tag_ = "ADJ", "ADJA"
            if following.head.i == token.i:  # the parser made the adjective the phrase's head
                head = token.head
                if token.dep_ == "conj" and head.dep_ == "amod":
                    head = head.head  # "der Booleschen Algebra und der Gaußschen Verteilung": joined to the noun
                set_head(following, head if token.head.i != token.i else following, token.dep_)
            set_head(token, following, "amod")


def _adjective_of_a_name(token: Token) -> bool:
    """A capitalised word after an article (or a preposition fused with one) whose form is a declined
    adjective or participle the dictionary knows, and no noun: "Vereinigte" of "ins Vereinigte Königreich";
    or an adjective made of a person's name with "-sch": "der Booleschen Algebra", "die Gaußsche Verteilung"."""
    if token.pos_ not in ("NOUN", "PROPN", "ADJ") or not token.is_title or token.i == 0:
        return False
    if token.doc[token.i - 1].tag_ not in ("ART", "APPRART") or doc_facts.sentence_start(token) == token.i:
        return False
    if adjective_of_a_persons_name(token.text):
        return True
    ending = adjective_ending(token.text)
    if ending is None or listed_noun(token.text) or token.pos_ == "ADJ":
        return False
    base = token.lower_[: -len(ending)]
    return lookup(base, "ADJ").pos == "ADJ" or participle_of(token.lower_) is not None


# The coarse class of the STTS tags of words the morphologizer may call punctuation.
_CLASS_OF_TAG = {"NE": "PROPN", "NN": "NOUN", "ADJA": "ADJ", "ADJD": "ADJ", "ADV": "ADV", "CARD": "NUM"}


def words_left_without_a_class(doc: Doc) -> None:
    """"Udo" tagged NE but classed PUNCT, "vierter" tagged ADJA but classed X (other): a word with letters
    is no punctuation, and one the tagger gives a German class is no "other"."""
    for token in tokens_where(doc, "POS", ("PUNCT", "X")):
        if any(char.isalpha() for char in token.text) and token.tag_ in _CLASS_OF_TAG:
            token.pos_ = _CLASS_OF_TAG[token.tag_]


def names_taken_for_prepositions(doc: Doc) -> None:
    """"Ali al-Haidari" tagged a preposition and an article by both taggers: a capitalised word inside the
    sentence that German has as no preposition or article (the curated function words) is a name where
    Wiktionary lists one, else a noun."""
    for token in tokens_where(doc, "POS", ("ADP", "DET")):
        if not token.text[:1].isupper() or token.is_sent_start:
            continue
        if function_entry(token.lower_, token.pos_) is not None or not token.is_alpha or english(token.text):
            continue  # (an English article or preposition keeps its class: "The Guardian")
        token.pos_, token.tag_ = ("PROPN", "NE") if database.name_kind(token.text) else ("NOUN", "NN")


def adjectives_taken_for_determiners(doc: Doc) -> None:
    """"Alle anderen angetretenen Parteien", "vorläufiges amtliches Endergebnis" with an adjective the
    morphologizer called a determiner: a word that neither the curated function words nor the
    dictionary know as a determiner or pronoun, and that the STTS tag (ADJA) or its form (a participle)
    makes an adjective, is one; as the noun's modifier it declines after the real article."""
    for token in tokens_where(doc, "POS", ("DET",)):
        if any(function_entry(word, "DET") for word in (token.lower_, token.lemma_.lower())):
            continue  # "anderen": a curated determiner's form
        if token.tag_ != "ADJA" and participle_of(token.text) is None:
            continue
        if lookup(token.lower_, "PRON").pos in ("PRON", "DET", "X"):
            continue  # "andere", "wenige", "irgendeiner": determiners to UD, pronouns to the dictionary
        token.pos_ = "ADJ"
        if token.dep_ == "det":
            token.dep_ = "amod"


def plural_verbs_read_as_singular(doc: Doc) -> None:
    """"Dort halfen sie": a finite verb of the 3rd person (finite to both taggers) that ends in -en is
    plural, whatever the morphologizer guessed (a singular ends so only where the stem does: "schien", the Präteritum of
    scheinen; not "half", "hilft", "helfe")."""
    # only a verb's features are read (as a dict, a few µs): the pass changes features, never a class
    for token in tokens_where(doc, "POS", ("VERB", "AUX")):
        features = token.morph.to_dict()
        if (
            features.get("VerbForm") == "Fin" and features.get("Number") == "Sing"
            and features.get("Person") == "3" and token.lower_.endswith("en") and token.tag_.endswith("FIN")
            and token.lower_ != forms(lemma_dictionary.lemmatize(token.lower_)).preterite
        ):
            features["Number"] = "Plur"
            token.set_morph("|".join(f"{key}={value}" for key, value in sorted(features.items())))
