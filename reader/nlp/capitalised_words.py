"""Word classes a capital letter decides, where the tagger went by the word alone.

German capitalises nouns, names and the first word of a sentence, and adjectives only inside names.
A capitalised "adverb" the dictionary knows only as a noun ("Kommentar abgeben") is the noun, a
lower-case "noun" it knows only as an adverb ("zirka") the adverb, an undeclined adjective opening a
sentence ("Konkret …") too; a capitalised declined adjective before its noun is the adjective of a
name ("die Jungen Nationaldemokraten", also before a name ending in a noun: "Das Mittlere Holstentor"),
a capitalised noun the tagger took for an adjective before a name is the noun ("in die Wüste Sahara"), and
capitalised words the dictionary lists whole as a name are one ("nach Los Angeles"). Called by
reader.nlp.components with the other word-class repairs (reader.nlp.word_classes); as those, each pass
reads the words it may repair from the Doc's attribute arrays, and changes the class of no word but the
ones it reads (a name's words together).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from reader.labels import MORPH_GENDERS
from reader.lexicon import LexiconMissingError, database, function_entry, lookup
from reader.nlp import doc_facts, lemma_dictionary
from reader.nlp.doc_arrays import tokens_where
from reader.nlp.headings import in_heading
from reader.nlp.lang.articles import MIXED, NOMINATIVE_PERSONAL, STRONG, WEAK, adjective_ending, determiner_readings
from reader.nlp.lang.names import SAINT_WORDS
from reader.nlp.lang.verbs import WITHOUT_UMLAUT
from reader.nlp.morph_features import feature_values
from reader.nlp.noun_lexicon import gender_of_a_named_thing, listed_noun, noun_entry
from reader.nlp.parse_edits import hand_over, highest, set_head, take_place
from reader.nlp.verb_clauses import clause_end
from reader.nlp.verb_form_checks import dictionary_verb

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def nouns_and_adverbs_by_capital(doc: Doc) -> None:
    """German capitalises nouns, so the capital decides between the two where the dictionary knows the
    word as one of them only: "Kommentar abgeben" with "Kommentar" tagged an adverb (or an adjective:
    "Ebbe und Flut", "zwei Flächen Papier") is the noun ("Morgen",
    "Heute" stay adverbs), as is one after an article ("das „Fest der Völker“", not "firmly"), and a
    capitalised word it knows as neither, which the STTS tagger calls a noun or the text capitalises
    inside a sentence too, is a name; "mit zirka 300 Teilnehmern" with "zirka"
    tagged a noun is the adverb; so is an undeclined adjective opening a sentence that it knows as no
    noun ("Konkret gesperrt werden …")."""
    for token in tokens_where(doc, "POS", ("ADV", "ADJ", "NOUN")):
        capitalised = token.is_title and token.pos_ in ("ADV", "ADJ")
        if not token.is_alpha or not (capitalised or (token.is_lower and token.pos_ == "NOUN")):
            continue
        try:
            is_noun = listed_noun(token.text)
            adverb = lookup(token.lower_, token.pos_ if capitalised else "ADV")
        except LexiconMissingError:
            return
        # (or adjective, for a capitalised ADJ; the small word itself, not the noun's row found by its capital:
        # "Pech gehabt" is bad luck, no adverb "unluckily")
        is_adverb = adverb.found and adverb.pos in ("ADV", "ADJ") and adverb.source != "case"
        if capitalised and is_noun and token.pos_ == "ADV" and (not is_adverb or _after_an_article(token)):
            token.pos_, token.tag_ = "NOUN", "NN"
        elif capitalised and is_noun and token.pos_ == "ADJ" and not is_adverb:
            token.pos_, token.tag_ = "NOUN", "NN"  # "Ebbe und Flut", "zwei Flächen Papier": no adjective "flächen"
        elif capitalised and not is_noun and not is_adverb and not _before_its_noun(token) and (
            token.tag_ in ("NN", "NE") or _capitalised_elsewhere(token)
        ):
            # "Esper übernimmt …": a name the dictionary lacks, as the STTS tag or its other uses say
            token.pos_, token.tag_ = "PROPN", "NE"
            token.set_morph(None)
        elif not capitalised and is_adverb and not is_noun:
            token.pos_, token.tag_ = "ADV", "ADV"
            token.set_morph(None)
    for token in tokens_where(doc, "POS", ("NOUN", "ADJ")):
        # "Konkret gesperrt werden …": an undeclined adjective opening the sentence, no noun the dictionary
        # knows, is an adverb (a noun made from an adjective is declined: "Neues", "Verletzte")
        # (or an adjective the parser made the subject: no adjective stands alone as one)
        taken = token.pos_ == "NOUN" or (token.pos_ == "ADJ" and token.dep_ in ("nsubj", "nsubj:pass", "obj"))
        if taken and token.is_sent_start and token.is_title and _undeclined_adverb(token):
            token.pos_, token.tag_ = "ADV", "ADJD"
            token.set_morph(None)
            if token.dep_ in ("nsubj", "nsubj:pass", "obj"):
                token.dep_ = "advmod"


def infinitives_after_an_article(doc: Doc) -> None:
    """"Früher hatten die Adligen das Sagen" with "Sagen" tagged a verb: a capitalised infinitive inside a
    sentence, right after an article, is the neuter noun of its action, and the article is its."""
    for token in tokens_where(doc, "POS", ("VERB", "AUX")):
        if not token.is_title or doc_facts.sentence_start(token) == token.i or not _after_an_article(token):
            continue
        if not lemma_dictionary.is_infinitive(token.lower_) and not dictionary_verb(token.lower_):
            continue
        token.pos_, token.tag_ = "NOUN", "NN"
        token.set_morph("Gender=Neut|Number=Sing")
        article = doc[token.i - 1]
        if article.pos_ == "DET" and article.head.i != token.i:
            set_head(article, token, "det")


def infinitives_opening_a_clause_of_another(doc: Doc) -> None:
    """"Denken kann also bewusst oder unbewusst stattfinden" with "Denken" tagged the infinitive of "kann":
    a capitalised infinitive opening a sentence right before its finite verb, where the clause ends in
    another infinitive that verb governs, is the noun of its action and the clause's subject ("Lesen
    kann er gut" fronts the verb itself: no infinitive closes that clause). After a subject pronoun it is the
    object ("Rechnen kann man im Kopf üben")."""
    for start in sorted(set(doc_facts.sentence_starts(doc))):
        token = doc[start]
        if token.pos_ not in ("VERB", "AUX") or not token.is_title or start + 2 >= len(doc):
            continue
        finite, end = doc[start + 1], clause_end(token)
        last = doc[end - 1]
        if "Fin" not in feature_values(finite, "VerbForm") or last.i <= finite.i + 1 or last.pos_ not in ("VERB", "AUX"):
            continue
        if feature_values(last, "VerbForm") != ["Inf"] or not listed_noun(token.text):
            continue
        token.pos_, token.tag_ = "NOUN", "NN"
        token.set_morph("Gender=Neut|Number=Sing")
        head = highest(doc[start:end])
        if head.i != last.i:
            hand_over(head, last, "advmod" if head.pos_ in ("ADJ", "ADV") else "dep")
        set_head(finite, last, "aux")
        # ("Rechnen kann man üben": after a subject pronoun the fronted noun is the object)
        subject = any(word.lower_ in NOMINATIVE_PERSONAL or word.lower_ == "man" for word in doc[finite.i + 1 : end])
        set_head(token, last, "obj" if subject else "nsubj")


def focus_adverbs_opening_a_sentence(doc: Doc) -> None:
    """"Selbst Zucker und Salz sind im Blut" with "Selbst" a noun (the self) or a pronoun and "Zucker" hung on it: a
    sentence's first word with no article, which the hand-checked function words list as an adverb, before
    a noun phrase, is that adverb (even); the phrase after it takes its place in the clause."""
    for start in sorted(set(doc_facts.sentence_starts(doc))):
        token = doc[start]
        following = doc[start + 1] if start + 1 < len(doc) else None
        if token.pos_ not in ("NOUN", "PROPN", "PRON") or following is None or following.pos_ not in ("NOUN", "PROPN", "DET", "ADJ"):
            continue
        if any(child.dep_ == "det" for child in token.children) or function_entry(token.lower_, "ADV") is None:
            continue
        phrase = following if following.pos_ in ("NOUN", "PROPN") else following.head
        token.pos_, token.tag_ = "ADV", "ADV"
        token.set_morph(None)
        if phrase.head.i == token.i:
            hand_over(token, phrase, "advmod")
            clause = phrase.head.pos_ in ("VERB", "AUX") or any(child.dep_ == "cop" for child in phrase.head.children)
            if clause and phrase.dep_ == "advmod":
                phrase.dep_ = "nsubj"  # (a phrase before the finite verb; the case rules weigh its forms)


def names_the_dictionary_lists_as_phrases(doc: Doc) -> None:
    """"nach Los Angeles", "in New Jersey", "in Bad Mergentheim": capitalised words the dictionary lists
    together as a fixed phrase whose English is the phrase itself are a name, though a word of it is a
    German noun ("das Los", "das Bad"): no gender or case of that noun, nothing to learn word by word."""
    for token in doc:
        length = name_phrase_at(token)
        if length:
            _one_name(list(doc[token.i : token.i + length]))


def name_phrase_at(token: Token) -> int:
    """The number of words of the name the dictionary lists as a fixed phrase that starts at `token`
    ("Los Angeles": 2), or of a saint's place ("Sankt Petersburg": 2); 0 where none does."""
    doc = token.doc
    if token.text in SAINT_WORDS and token.i + 1 < len(doc) and doc[token.i + 1].is_title and doc[token.i + 1].is_alpha:
        return 2
    try:
        if not token.is_title or token.lower_ not in database.phrase_anchors("fixed"):
            return 0
        rows = database.phrases(token.lower_, "fixed")
    except LexiconMissingError:
        return 0
    for row in rows:
        words = doc[token.i : token.i + len(row.words)]
        same = len(words) == len(row.words) and [word.lower_ for word in words] == list(row.words)
        if same and all(word.is_title for word in words) and row.glosses[0].lower() == row.term.lower():
            following = doc[words.end] if words.end < len(doc) else None
            # (a part of a longer name is none of its own: "der New York Times")
            return 0 if following is not None and following.is_title and following.pos_ in ("PROPN", "NOUN") else len(words)
    return 0


def _one_name(words: list[Token]) -> None:
    """The words are one name: its first word in the place of the word the parser put highest, the others
    its parts ("Los" was made the article of "Angeles")."""
    inside = {word.i for word in words}
    top = highest(words)
    first = words[0]
    if top.i != first.i:
        take_place(first, top)
    for word in words[1:]:
        for child in list(word.children):
            if child.i not in inside:
                set_head(child, first)
        set_head(word, first, "flat")
    for word in words:
        word.pos_, word.tag_ = "PROPN", "NE"
        word.set_morph(None)


def capitalised_adjectives_before_their_noun(doc: Doc) -> None:
    """"die Jungen Nationaldemokraten", "Einzige traditionelle Ausnahme": a capitalised word tagged a
    noun (or a name the STTS tagger calls an adjective), spelt as a declined adjective the dictionary
    has, that the parser hung on the noun right after it (perhaps after more adjectives) is that
    adjective, capitalised in a name or at the sentence start: not "young animal" or "the only thing".
    Before a name it stays a noun ("der Vorsitzende Müller")."""
    made = set()  # adjectives this pass made: the next capitalised one of the name follows them
    for token in tokens_where(doc, "POS", ("NOUN", "PROPN")):
        # (a name the STTS tagger saw as an adjective or a common noun; in a title it calls every capitalised word a name)
        taken = token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.tag_ in ("ADJA", "NN"))
        # (or a name the text capitalises only as its first word: "Wichtigster Wirtschaftsfaktor … ist")
        taken = taken or doc_facts.sentence_start(token) == token.i and database.name_kind(token.text) is None
        if not token.is_title or not token.is_alpha:
            continue
        ending = adjective_ending(token.text)
        if not taken and not (token.pos_ == "PROPN" and ending is not None and in_heading(token)):
            continue
        if ending is None:
            continue
        if token.i > 0 and doc[token.i - 1].pos_ in ("ADJ", "NUM") and token.i - 1 not in made:
            continue  # "auf europäischer Ebene Gesetze": a noun with an adjective of its own
        try:
            base = _adjective_lemma(token.lower_[: -len(ending)])
            noun = _noun_after_attributes(token) if base is not None else None
        except LexiconMissingError:
            return
        if noun is None:
            continue
        if not token.i < token.head.i <= noun.i:
            # the parser gave it a phrase of its own: so it has ("Er gab den Kranken Medikamente") unless,
            # with no article before it, its strong ending agrees with the noun ("und Heiligem Geist"), or
            # the parser hung the noun inside its phrase and the article before it is the noun's ("des
            # Heiligen Römischen Reiches", where "Reiches" was made its genitive; not "des Geistlichen Nils …")
            # (a building's name the parser hung beside it has no phrase of its own: "Das Mittlere Holstentor")
            named_thing = _named_thing(noun)
            agrees = _strong_ending_agrees(token, ending, noun) or (
                (noun.pos_ == "NOUN" or noun.tag_ == "NN" or named_thing)
                and (_inside(noun, token) or (named_thing and noun.head.i == token.head.i))
                and _article_agrees(token, ending, noun)
            )
            if not agrees or not take_place(noun, token):
                continue
        for child in list(token.children):  # the article is the noun's, as is what the parser hung on the word
            if child.i != noun.i:
                set_head(child, noun, "det" if child.pos_ == "DET" and child.i < token.i else None)
        set_head(token, noun, "amod")
        token.pos_, token.tag_, token.lemma_ = "ADJ", "ADJA", base
        token.set_morph("Degree=Pos")
        made.add(token.i)


# Words after which a phrase with no article starts: a conjunction, a preposition, a verb, punctuation.
_BEFORE_A_BARE_PHRASE = frozenset({"CCONJ", "ADP", "PUNCT", "VERB", "AUX"})


def _strong_ending_agrees(adjective: Token, ending: str, noun: Token) -> bool:
    """`adjective`, opening its phrase (no article or attribute before it), has the strong ending of a
    reading of `noun`'s case, gender and number ("Heiligem Geist": dative masculine; not "Kranken
    Medikamente", accusative plural, where -en is a dative plural's)."""
    before = adjective.doc[adjective.i - 1] if adjective.i > 0 else None
    if before is not None and (before.pos_ not in _BEFORE_A_BARE_PHRASE or determiner_readings(before.text) is not None):
        return False
    cases, numbers = set(noun.morph.get("Case")), set(noun.morph.get("Number"))
    genders = {*noun.morph.get("Gender"), _gender(noun)}
    return any(
        case in cases and number in numbers and (number == "Plur" or reading_gender in genders)
        for case, reading_gender, number in STRONG.get(ending, ())
    )


def _article_agrees(adjective: Token, ending: str, noun: Token) -> bool:
    """The article right before `adjective` and the adjective's weak or mixed ending have a reading of
    `noun`'s gender and number, that the noun's own ending allows: a masculine or neuter genitive ends in
    -s, a dative plural in -n ("des Heiligen Römischen Reiches"; not "dem Kranken Medikamente")."""
    readings = determiner_readings(adjective.doc[adjective.i - 1].text) if adjective.i > 0 else None
    if readings is None:
        return False
    kind, article = readings
    numbers = set(noun.morph.get("Number"))
    gender = _gender(noun)
    for case, reading_gender, number in article & (WEAK if kind == "def" else MIXED).get(ending, frozenset()):
        if number not in numbers or (number == "Sing" and reading_gender != gender):
            continue
        if case == "Gen" and reading_gender in ("Masc", "Neut") and not noun.lower_.endswith("s"):
            continue
        if case == "Dat" and number == "Plur" and not noun.lower_.endswith(("n", "s")):
            continue
        return True
    return False


def _inside(token: Token, phrase: Token) -> bool:
    """`token` hangs, directly or through others, on `phrase`."""
    return any(ancestor.i == phrase.i for ancestor in token.ancestors)


def nouns_before_their_name(doc: Doc) -> None:
    """"in die Wüste Sahara": a capitalised word inside a sentence, tagged an adjective, that the
    dictionary lists as a noun of the article's gender, between the article and a name the parser hung
    it on (one Wiktionary lists, or one tagged a name that the dictionary has as no noun), is that
    noun, the name its apposition, the article its: not "wild" agreeing with "Sahara". "die Deutsche
    Telekom" keeps its adjective: the noun "Deutsche" is masculine."""
    for token in tokens_where(doc, "POS", ("ADJ",)):
        name = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if (
            not token.is_title or token.is_sent_start or not token.is_alpha
            or name is None or not name.is_title or token.head.i != name.i
        ):
            continue
        article = next((child for child in name.children if child.dep_ == "det" and child.i < token.i), None)
        try:
            named = database.name_kind(name.text) is not None or (name.tag_ == "NE" and not listed_noun(name.text))
            if article is None or not named or not listed_noun(token.text):
                continue
            gender = lookup(token.text, "NOUN").gender
        except LexiconMissingError:
            return
        if MORPH_GENDERS.get(gender or "") not in article.morph.get("Gender"):
            continue
        for child in list(name.children):  # the article is the noun's
            if child.i < token.i:
                set_head(child, token)
        set_head(token, name.head if name.head.i != name.i else token, name.dep_)
        set_head(name, token, "appos")
        token.pos_, token.tag_, token.lemma_ = "NOUN", "NN", token.text
        token.set_morph(None)


def _noun_after_attributes(token: Token) -> Token | None:
    """The common noun right after `token`, perhaps after adjectives (also capitalised ones of a name) with
    the same ending, as adjectives of one phrase have ("Freie Informationelle"; not "Reisende hohes Fieber")."""
    own = adjective_ending(token.text)
    for following in token.doc[token.i + 1 : token.sent.end]:
        ending = adjective_ending(following.text)
        adjective = ending == own and (
            following.pos_ == "ADJ" or (following.is_title and _adjective_lemma(following.lower_[: -len(ending)]) is not None)
        )
        common = following.pos_ == "NOUN" or following.tag_ == "NN"
        common = common or (following.pos_ == "PROPN" and (listed_noun(following.text) or _named_thing(following)))
        if common and following.is_title and not adjective:  # ("Heiligem Geist": the name's noun is a word)
            hyphen = following.i + 1 < len(following.doc) and following.doc[following.i + 1].text == "-"
            return None if hyphen else following  # "der Initiative Rundfunk-frei": a name after a noun
        if not adjective:
            return None
    return None


def _named_thing(name: Token) -> bool:
    """A name the dictionary lacks that ends in a noun it has, as a building's or place's does
    ("Holstentor": a Tor): a thing its adjectives agree with as with that noun."""
    return name.pos_ == "PROPN" and gender_of_a_named_thing(name.text) is not None


def _gender(noun: Token) -> str | None:
    """The gender of `noun` the dictionary gives, or that of the noun a name ends in ("Holstentor": Neut)."""
    return noun_entry(noun.text)[0] or (gender_of_a_named_thing(noun.text) if noun.pos_ == "PROPN" else None)


def _undeclined_adverb(token: Token) -> bool:
    try:
        if listed_noun(token.text) or function_entry(token.lower_, "PRON") or function_entry(token.lower_, "DET"):
            return False  # (nor a pronoun: "Manche von ihnen …")
        entry = lookup(token.lower_, "ADV")
    except LexiconMissingError:
        return False
    return entry.source == "exact" and entry.pos in ("ADV", "ADJ") and entry.term.lower() == token.lower_


def _before_its_noun(token: Token) -> bool:
    """An attributive adjective between an article and its noun, as a name's ("der Verfassungsgebenden
    Versammlung") is; a genitive name has none ("die Trumps Wahlkampfkomitee … verbreitete")."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    article = token.i > 0 and doc[token.i - 1].pos_ == "DET"
    return token.tag_ == "ADJA" or (article and following is not None and following.pos_ in ("NOUN", "PROPN"))


def _after_an_article(token: Token) -> bool:
    """The word follows an article, perhaps across the opening quote of a title (das „Fest der
    Völker“): a noun, whatever else the dictionary knows it as."""
    doc = token.doc
    before = token.i - 1
    while before >= 0 and doc[before].is_quote:
        before -= 1
    return before >= 0 and doc[before].tag_ == "ART"


def _capitalised_elsewhere(token: Token) -> bool:
    """The text uses the word capitalised where no sentence starts, besides this use."""
    inside = doc_facts.once(
        "capitalised_inside_sentences", token.doc, lambda doc: Counter(t.text for t in doc if t.is_title and not t.is_sent_start)
    )
    return inside[token.text] > (0 if token.is_sent_start else 1)


def _adjective_lemma(stem: str) -> str | None:
    """The adjective the dictionary has whose declined forms start with `stem`: the stem itself, or the
    stem with its "-e" where Ding lists the declined form ("mittler": mittlere, "ober": obere), or the
    adjective a superlative's stem is made of ("wichtigst": wichtig, "kürzest": kurz)."""
    superlatives = [stem[: -len(ending)] for ending in ("est", "st") if stem.endswith(ending) and len(stem) > len(ending) + 2]
    bases = (stem, stem + "e", *superlatives, *(base.translate(WITHOUT_UMLAUT) for base in superlatives))
    return next((lemma for lemma in bases if listed_as(lemma, "ADJ")), None)


def listed_as(word: str, pos: str) -> bool:
    """The dictionary has `word` itself in the class `pos`."""
    entry = lookup(word, pos)
    return entry.source == "exact" and entry.pos == pos and entry.term == word
