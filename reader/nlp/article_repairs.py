"""Articles the tagger or the parser got wrong, put right before the case rules read them.

An article may open a whole phrase that describes its noun ("die von der Behörde getroffenen
Maßnahmen"); the parser then hangs it on a word of that phrase. And the tagger takes a "die"
far from its noun, or before numbers, for a pronoun ("hatten die bereits geplanten Abstimmungen
verschoben", "und die drei Sportler"), which gives the noun a wrong case; or it hangs the article on a
word after its noun; or, where a comma parts two adjectives, on the verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.lexicon import LexiconMissingError, lookup
from reader.nlp import lemma_dictionary
from reader.nlp.clause_kinds import COPULAR_FORMS
from reader.nlp.lang.articles import adjective_ending, determiner_readings
from reader.nlp.lang.prepositions import governed_cases
from reader.nlp.lang.sentences import CLOSING_QUOTES, OPENING_QUOTES
from reader.nlp.lang.valency import DATIVE_OBJECT_VERBS
from reader.nlp.morph_features import feature_values
from reader.nlp.noun_lexicon import noun_entry
from reader.nlp.parse_edits import can_hang_on, highest, set_head, take_place
from reader.nlp.participles import participle_of
from reader.nlp.relative_pronouns import after_comma

if TYPE_CHECKING:  # annotations only: importing the rule must not load spaCy
    from spacy.tokens import Span, Token

_NOMINAL = {"NOUN", "PROPN"}
# A pronoun closes the phrase of a preposition inside an attribute as a noun does: "die auf ihnen wachsenden Misteln".
_PERSONAL_PRONOUNS = {"PPER", "PRF"}
_FINITE_TAGS = {"VVFIN", "VAFIN", "VMFIN"}
# What opens an extended attribute between an article and its noun: "die [von der Behörde]
# getroffenen", "im [15 Kilometer] entfernten", "die [seit Jahren] steigenden".
_OPENS_ATTRIBUTE = {"ADP", "NUM", "ADV"}
_MAX_ATTRIBUTE = 10


def participle_closing_an_extended_attribute(article: Token) -> None:
    """"mit den von vier Konzernen bekannten Daten", "trotz der aufgrund der Pandemie bestehenden
    weltweiten Reisebeschränkungen", "eine von Bob Kane erdachte Figur" with the inflected participle
    taken for a finite verb: an article right before a preposition opens an attribute, and the first
    inflected participle before a noun after it, with no punctuation or finite verb between, closes it:
    an adjective of that noun, which takes the participle's place in the clause (after "ist" the
    noun is the predicate: "X ist eine von … erdachte Figur"). Two participles joined by "und" close it
    together ("eine von Kane erdachte und durch Finger weiterentwickelte Figur"; the first may be taken
    for a participle of the verb too: "geschriebene"). (article_of_an_extended_attribute then finds the
    noun.)"""
    doc = article.doc
    if article.tag_ != "ART" or article.i + 1 >= len(doc) or doc[article.i + 1].tag_ not in ("APPR", "APPRART"):
        return
    for token in doc[article.i + 2 : article.i + _MAX_ATTRIBUTE]:
        if _ends_attribute(token) and token.tag_ != "VVFIN":
            return
        if token.pos_ not in ("VERB", "ADV"):  # (an adverb does not inflect: "erdachtes" is no adverb)
            continue
        inflected = participle_of(token.lower_) is not None
        if token.pos_ == "ADV" and not inflected:
            continue
        second = _joined_participle(token) if inflected else None
        closing = second or token
        noun = _noun_after(closing)
        if not (token.tag_ == "VVFIN" or second is not None) or noun.pos_ not in _NOMINAL or not inflected:
            return  # a finite verb ends the attribute: "Im Rahmen der von … eingeleiteten Ermittlung machte …"
        if token.head.i == token.i:
            if not _root_given_away(token, article, noun):
                return
        else:
            for child in list(token.children):
                if child.i > token.i and child.i not in (noun.i, closing.i):
                    set_head(child, token.head)
            take_place(noun, token)
        for participle in {token, closing}:
            set_head(participle, noun, "amod")
            participle.pos_, participle.tag_ = "ADJ", "ADJA"
            participle.set_morph("Degree=Pos")
        return


def _noun_after(word: Token) -> Token:
    """The word after *word* and the adjectives that follow it: "bestehenden weltweiten Reisebeschränkungen"."""
    doc = word.doc
    noun = doc[word.i + 1] if word.i + 1 < len(doc) else word
    while noun.tag_ == "ADJA" and noun.i + 1 < len(doc):
        noun = doc[noun.i + 1]
    return noun


def _joined_participle(first: Token) -> Token | None:
    """The inflected participle "und" joins to *first* that stands before the noun both describe: "erdachte
    und durch Bill Finger weiterentwickelte Comicfigur"; None where no such one closes the attribute."""
    doc = first.doc
    if first.i + 2 >= len(doc) or doc[first.i + 1].lower_ not in ("und", "oder", "sowie"):
        return None
    for token in doc[first.i + 2 : first.i + _MAX_ATTRIBUTE]:
        inflected = token.pos_ in ("VERB", "ADJ") and participle_of(token.lower_) is not None
        if inflected and _noun_after(token).pos_ in _NOMINAL:
            return token
        if _ends_attribute(token) and not inflected:
            return None
    return None


def _root_given_away(participle: Token, article: Token, noun: Token) -> bool:
    """The participle taken for the sentence's root gives its place away: to the verb that closes the
    clause ("hat … trotz der … bestehenden Beschränkungen Hungrige versorgt"), the phrase the article's
    preposition opens hanging on that verb; after a copula ("ist", "wurde") to the noun, its predicate ("Batman
    ist eine von Bob Kane erdachte Comicfigur"). False where neither is found."""
    doc = participle.doc
    verb = next((t for t in doc[noun.i + 1 : participle.sent.end] if t.tag_ in ("VVPP", "VVINF")), None)
    copula = next(
        (c for c in participle.children if c.dep_ in ("aux", "cop") and c.lower_ in COPULAR_FORMS and c.i < article.i), None
    )
    opened = doc[article.i - 1] if article.i else None
    if verb is not None and opened is not None and opened.pos_ == "ADP" and take_place(verb, participle):
        for child in list(participle.children):
            if child.i < article.i or child.i > participle.i:
                set_head(child, verb)
        set_head(noun, verb, "obl")
        return True
    if verb is None and copula is not None and take_place(noun, participle):
        for child in list(participle.children):
            if (child.i < article.i or child.i > noun.i) and child.i != noun.i:
                set_head(child, noun)
        set_head(copula, noun, "cop")
        return True
    return False


def _ends_attribute(token: Token) -> bool:
    """Punctuation (not the hyphen of "Corona-Pandemie") or a finite verb: no attribute runs past it."""
    return (token.is_punct and token.text != "-") or token.tag_ in _FINITE_TAGS


def article_of_an_extended_attribute(article: Token) -> None:
    """"Die von der Umweltbehörde getroffenen Maßnahmen", "im 15 Kilometer östlich gelegenen Ort", "mit den
    Ackerbau betreibenden Bambara": an article may open a whole phrase that describes its noun (an extended
    attribute); it is the noun's article, however far away, where the words after it cannot be its noun."""
    doc = article.doc
    contraction = article.tag_ == "APPRART"
    # the tagger takes an article whose noun is far away for a pronoun ("hatten die bereits
    # geplanten Abstimmungen verschoben"); a relative pronoun follows a comma (and its preposition: "…, in
    # der fast ausschließlich wohlhabende Familien wohnten")
    pronoun = _article_taken_for_pronoun(article) and article.i > 0 and not doc[article.i - 1].is_punct and not after_comma(article)
    if article.i + 3 >= len(doc):
        return
    opener = doc[article.i + 1]
    participle = _participle_after_its_object(opener)
    with_its_object = participle is not None
    # (a quantifier, which the tagger may take for a pronoun: "alle den Fortschritt behindernden Strukturen")
    quantifier = with_its_object and article.lower_ in _QUANTIFIERS
    if not contraction and not pronoun and not quantifier and not (article.pos_ == "DET" and "Art" in article.morph.get("PronType")):
        return
    if opener.pos_ not in _OPENS_ATTRIBUTE and not with_its_object and not _object_of_participle(article, opener):
        return
    if participle is not None:  # an adjective, where the tagger took it for a verb
        participle.pos_, participle.tag_ = "ADJ", "ADJA"
        participle.set_morph("Degree=Pos")
    if quantifier:
        article.pos_, article.tag_ = "DET", "PIAT"
    inner = False  # inside a phrase of the attribute ("von [der Umweltbehörde]"), whose adjectives are its own
    closed_inner = False  # the last noun closed such a phrase, which "und" may continue
    for token in doc[article.i + 1 : article.i + _MAX_ATTRIBUTE]:
        if _ends_attribute(token):
            return
        if closed_inner and not inner and _name_after_a_noun(token):
            continue  # a name renaming the phrase's noun: "von den Enzyklopädisten Denis Diderot … herausgegebene"
        if token.pos_ in ("ADP", "DET") or (token.pos_ == "CCONJ" and closed_inner):
            inner = True  # "von 60 Mitarbeitern der Universität und anderer Institutionen unterschriebenen"
        elif (token.pos_ in _NOMINAL or token.tag_ in _PERSONAL_PRONOUNS) and not (
            token.i + 1 < len(doc) and doc[token.i + 1].text == "-"
        ):
            # (a first part before a hyphen closes no phrase: "einer CDU/CSU-geführten Bundesregierung")
            following = doc[token.i + 1] if token.i + 1 < len(doc) else token
            if not inner and following.tag_ not in ("ADJA", "ADJD", "ADV"):
                return  # "die 16 Bundesländer mit …": the article's own noun ("15 Kilometer östlich" measures)
            closed_inner, inner = inner, False
        elif _attributive(token) and not inner:
            noun = next((t for t in doc[token.i + 1 : token.i + 4] if not _attributive(t)), None)
            joined = _joined_participle(token)  # "erdachte und durch Bill Finger weiterentwickelte Figur"
            if joined is not None:
                noun = _noun_after(joined)
            if noun is None or noun.pos_ not in _NOMINAL or (pronoun and not _article_fits(article, noun)):
                return
            if not can_hang_on(article, noun):
                return  # the article heads the noun's phrase: "Der als Minister einer … Regierung gehandelte"
            before = doc[article.i - 1] if article.i else None
            if (
                before is not None and before.dep_ == "case"
                and before.head.i != noun.i and before.head.i in (article.i, article.head.i)
            ):
                # "von einem … unterschriebenen Brief", "um einen von den USA geleiteten Einsatz": the noun's
                # preposition
                set_head(before, noun, "case")
            if article.head.i != noun.i:
                set_head(article, noun, "case" if contraction else "det")
            _attribute_under_its_word(doc[article.i + 1 : token.i], token, noun)
            if with_its_object:
                _object_under_its_participle(opener, token)
            if joined is not None:
                _attribute_under_its_word(doc[token.i + 2 : joined.i], joined, noun)
            if pronoun:
                _make_article(article)
            return


def _name_after_a_noun(word: Token) -> bool:
    """A name, or a first name before one (which the tagger may call a noun: "Denis Diderot")."""
    doc = word.doc
    return word.pos_ == "PROPN" or (
        word.pos_ == "NOUN" and word.i + 1 < len(doc) and doc[word.i + 1].pos_ == "PROPN" and not word.text.isupper()
    )


def _participle_after_its_object(opener: Token) -> Token | None:
    """The inflected participle after an article's noun that an article right before opens, with a noun
    after the participle: "die den Fortschritt behindernden Strukturen", "mit den das Projekt leitenden
    Forschern" (two articles in a row cannot share a noun); None where there is none."""
    if opener.tag_ != "ART":
        return None
    noun = _noun_after(opener)
    if noun.pos_ != "NOUN" or noun.i + 2 >= len(opener.doc):
        return None
    participle = opener.doc[noun.i + 1]
    if participle.pos_ not in ("ADJ", "VERB") or participle_of(participle.lower_) is None:
        return None
    return participle if _noun_after(participle).pos_ in _NOMINAL else None


def _object_under_its_participle(article: Token, participle: Token) -> None:
    """The article's noun is the participle's object: a dative one where its verb takes one ("einer der
    Strafprozessordnung folgenden Verhandlung", "die den Kindern helfenden Lehrer"), else an accusative
    one where its article may be one ("die den Fortschritt behindernden Strukturen")."""
    verb = participle_of(participle.lower_)
    cases = set(feature_values(article, "Case"))
    dative = (verb is not None and verb[0] in DATIVE_OBJECT_VERBS) or cases == {"Dat"}
    dep = "iobj" if dative else "obj" if "Acc" in cases else None
    if dep is not None:
        set_head(_noun_after(article), participle, dep)


def _object_of_participle(article: Token, noun: Token) -> bool:
    """A bare noun right before an inflected participle and a noun, which the article cannot go with in
    number: the participle's object, which opens an extended attribute ("mit den Ackerbau betreibenden
    Bambara": after "mit", "den" is a dative plural, and "Ackerbau" is a singular; "eine Kinder betreuende
    Einrichtung"). "von der Regierung geplanten Umbau" stays: "der Regierung" agrees."""
    doc = noun.doc
    participle, after = doc[noun.i + 1], doc[noun.i + 2]
    if noun.pos_ != "NOUN" or participle.tag_ != "ADJA" or participle_of(participle.text) is None or after.pos_ not in _NOMINAL:
        return False
    readings = determiner_readings(article.lower_)
    before = doc[article.i - 1] if article.i else None
    cases = governed_cases(before.lower_) if before is not None and before.pos_ == "ADP" else ()
    numbers = {number for case, _, number in readings[1] if not cases or case in cases} if readings else set()
    # (the tagger's number of a singular headword may be wrong: "Ackerbau" as a plural)
    own = {"Sing"} if _singular_headword(noun.text) else set(feature_values(noun, "Number"))
    return bool(numbers and own) and not numbers & own


def _singular_headword(word: str) -> bool:
    """The dictionary lists *word* itself as a noun whose plural is spelt otherwise (no: without a lexicon)."""
    try:
        entry = lookup(word, "NOUN")
    except LexiconMissingError:
        return False
    return entry.found and entry.term == word and entry.plural != word


def _attribute_under_its_word(attribute: Span, word: Token, noun: Token) -> None:
    """The phrases of an extended attribute hang on the word that closes it, which describes the noun:
    "um einen von der Regierung geplanten Umbau" parsed with "Umbau" under "Regierung", or "von einem
    von vielen Bürgern … unterschriebenen Brief" with "Bürgern" on the clause's verb. Phrases hung on the
    noun stay: one may be a genitive attribute of a noun inside ("der als Minister einer … Regierung
    gehandelte Politiker")."""
    inside = noun.head
    if attribute.start <= inside.i < attribute.end:
        while attribute.start <= inside.head.i < attribute.end and inside.head.i != inside.i:
            inside = inside.head
        take_place(noun, inside)  # the noun takes the place of the attribute's top word
    for member in attribute:
        if member.pos_ == "ADP" and member.head.i == noun.i:
            # "die auf ihnen wachsenden Misteln" with "auf" on the noun: the preposition of the attribute's phrase
            inner = next((t for t in attribute if t.i > member.i and (t.pos_ in _NOMINAL or t.tag_ in _PERSONAL_PRONOUNS)), None)
            if inner is not None and set_head(inner, word, "obl"):
                set_head(member, inner, "case")
            continue
        hung_outside = not attribute.start - 1 <= member.head.i <= noun.i
        bare_noun = member.pos_ in _NOMINAL and not any(child.dep_ == "case" for child in member.children)
        # (a bare noun stays: under the participle as "obl" the case rules would read "in dem 2200 Seiten
        # umfassenden Bericht" with a dative)
        if hung_outside and not bare_noun:
            set_head(member, word, "obl" if member.pos_ in _NOMINAL else None)


def article_before_listed_adjectives(article: Token) -> None:
    """"dass Russland eine harte, politisch motivierte Außenpolitik machen würde" with "eine" and "harte"
    hung on the verb (the comma between two adjectives split the phrase): an article on a verb, followed
    by declined adjectives, their adverbs, commas or "und" and then a noun it fits, is that noun's; so
    are the adjectives, which decline (an "ADJD" with an ending is attributive). Whatever the relation the
    parser gave it ("verlieh … eine zuvor nicht gekannte, elegante Leichtigkeit": an adverb of the verb)."""
    doc = article.doc
    if article.tag_ != "ART" or article.dep_ not in ("det", "advmod") or article.head.pos_ not in ("VERB", "AUX"):
        return
    adjectives = []
    for token in doc[article.i + 1 : article.i + _MAX_ATTRIBUTE]:
        if token.pos_ in _NOMINAL:
            if adjectives and _article_fits(article, token):
                set_head(article, token, "det")
                for adjective in adjectives:
                    adjective.tag_ = "ADJA"
                    set_head(adjective, token, "amod")
            return
        if token.pos_ == "ADJ" and adjective_ending(token.text) and token.head.i != token.i:
            adjectives.append(token)
        elif not (token.text == "," or token.lower_ in ("und", "nicht") or token.pos_ == "ADV" or token.tag_ == "ADJD"):
            return


def article_hung_on_its_adjective(article: Token) -> None:
    """"zwei Tweets des abgewählten, aber noch bis 20. Januar amtierenden amerikanischen Präsidenten" with
    "des" the article of "abgewählten": an article on an attribute of a noun after it is that noun's,
    unless the noun has an article of its own."""
    adjective = article.head
    noun = adjective.head
    if article.tag_ != "ART" or article.dep_ != "det" or adjective.pos_ != "ADJ" or adjective.dep_ != "amod":
        return
    if noun.pos_ in _NOMINAL and noun.i > adjective.i > article.i and not any(c.dep_ == "det" for c in noun.children):
        set_head(article, noun, "det")


def title_after_its_noun(article: Token) -> None:
    """"In der Zeitung Die Zeit sagte der Kanzler …", "das Magazin Der Spiegel", "die Partei Die Linke":
    an article written with a capital inside a sentence, right after a common noun, opens a title; the
    title renames that noun (a close apposition), is no member of the clause (Zeit is no object) and is
    cited in the nominative."""
    doc = article.doc
    if article.tag_ != "ART" or not article.is_title or article.i == 0 or article.is_sent_start:
        return
    noun, title = doc[article.i - 1], article.head
    if noun.pos_ != "NOUN" or article.dep_ != "det" or title.pos_ not in _NOMINAL or not 0 < title.i - article.i <= 3:
        return
    if set_head(title, noun, "appos"):
        for word in (article, title):  # a title is cited in the nominative: "im Magazin Der Spiegel"
            word.set_morph({**word.morph.to_dict(), "Case": "Nom"})


_DEFINITE_ARTICLES = {"der", "die", "das", "den", "dem", "des"}


def _article_taken_for_pronoun(word: Token) -> bool:
    """A "der/die/das" the tagger or the morphologizer called a pronoun (PDS, PRELS or PRON)."""
    return word.lower_ in _DEFINITE_ARTICLES and (word.pos_ == "PRON" or word.tag_ in ("PDS", "PRELS"))


def article_taken_for_a_pronoun(word: Token) -> None:
    """"und die drei Sportler hatten …": a "die" the tagger called a pronoun, right before numbers
    or adjectives and the noun they describe, is that noun's article (not after a comma, where a
    relative pronoun stands, unless no verb follows)."""
    doc = word.doc
    if not _article_taken_for_pronoun(word) or word.i == 0 or word.i + 1 >= len(doc):
        return
    # (after a comma, only where no verb follows to make it a relative pronoun: "…, der heiligen Schrift des Islams.")
    rest = doc[word.i + 1 : word.sent.end]
    verbless_rest = doc[word.i - 1].text == "," and not any(t.pos_ in ("VERB", "AUX") for t in rest)
    if (doc[word.i - 1].is_punct and not verbless_rest) or attribute_without_article(doc[word.i + 1]):
        return  # (", in der germanische Stämme …": "-e" before a plural noun takes no article)
    following = word.i + 1
    while following < len(doc) and (doc[following].pos_ == "NUM" or _attributive(doc[following])):
        following += 1
    if following == word.i + 1 or following >= len(doc):
        return
    noun = doc[following]
    if noun.pos_ in _NOMINAL and _article_fits(word, noun):
        set_head(word, noun, "det")
        _make_article(word)


def pronoun_taken_for_an_article_across_the_verb(word: Token) -> None:
    """"Das bringt Wasser zum Kochen" with "Das" the article of "Wasser": an article stands before its
    noun with only that noun's attributes between, never the clause's finite verb; a d-word or "dies-"
    right before that verb stands alone, the demonstrative pronoun: the verb's subject, and the noun its
    object ("Die eine ist der Nationalrat": the article of "eine")."""
    noun = word.head
    verb = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    if word.dep_ != "det" or word.lower_ not in _STANDING_ALONE or noun.i <= word.i + 1 or verb is None:
        return
    if verb.tag_ not in ("VVFIN", "VAFIN", "VMFIN") or not set_head(word, verb, "nsubj"):
        return
    word.pos_, word.tag_ = "PRON", "PDS"
    word.set_morph({**{f: v for f, v in word.morph.to_dict().items() if f in ("Gender", "Number")}, "Case": "Nom", "PronType": "Dem"})
    if noun.dep_.startswith("nsubj") and noun.head.i == verb.i:
        noun.dep_ = "obj"


_STANDING_ALONE = frozenset({"das", "der", "die", "dies", "diese", "dieser", "dieses"})


def article_of_the_next_noun(article: Token) -> None:
    """"Pressemitteilung des Bundesgesundheitsministeriums - Ulla Schmidt" with "des" hung on "Ulla": an
    article right before a noun, hung on a word after it, is that noun's, where the noun is no part of an
    extended attribute ("das Auto fahrende Kind") nor the first part of a hyphenated compound."""
    doc = article.doc
    if article.tag_ != "ART" or article.i + 2 >= len(doc) or article.head.i <= article.i + 1:
        return
    noun, after = doc[article.i + 1], doc[article.i + 2]
    hyphenated = after.text in ("-", "‑") and not noun.whitespace_  # "die EU-Kommission"
    if noun.pos_ not in _NOMINAL or not noun.is_title or hyphenated or _attributive(after):
        return
    head = article.head
    if noun.head.i == head.i and noun.dep_ in ("compound", "amod") and not spaced_punctuation(doc[noun.i : head.i]):
        return  # the noun modifies the word the article hangs on
    if _article_fits(article, noun):
        set_head(article, noun, "det")


def determiner_given_its_nouns_role(determiner: Token) -> None:
    """"Ihre lange, klebrige Zunge schießt …" with "Ihre" hung on the verb beside its subject "Zunge": a
    determiner the parser hung on the clause's word, before a noun (only its attributes between) with a
    role on that word and no determiner of its own, is that noun's."""
    doc = determiner.doc
    if determiner.pos_ != "DET" or determiner.head.i == determiner.i or determiner.head.pos_ in _NOMINAL:
        return
    noun = next((word for word in doc[determiner.i + 1 : determiner.sent.end] if word.pos_ not in ("ADJ", "ADV") and word.text != ","), None)
    if noun is None or noun.pos_ not in _NOMINAL or noun.head.i != determiner.head.i or noun.dep_ not in _CLAUSE_ROLES:
        return
    if any(child.dep_.startswith("det") for child in noun.children):
        return
    for child in list(determiner.children):
        set_head(child, noun)
    set_head(determiner, noun, "det:poss" if determiner.tag_ == "PPOSAT" else "det")


_CLAUSE_ROLES = {"nsubj", "nsubj:pass", "obj", "iobj", "obl"}


def spaced_punctuation(words: Span) -> bool:
    """A punctuation mark with a space beside it among `words` (a dash, a comma), not a compound's hyphen."""
    doc = words.doc
    return any(t.is_punct and (t.whitespace_ or (t.i > 0 and doc[t.i - 1].whitespace_)) for t in words)


def _make_article(word: Token) -> None:
    word.pos_, word.tag_ = "DET", "ART"
    word.set_morph("Definite=Def|PronType=Art")  # its case, gender and number are the noun's (reader_morphology)


def _article_fits(article: Token, noun: Token) -> bool:
    """The article can be the noun's in number: "die … Abstimmungen", not "die … Projekt"."""
    readings = determiner_readings(article.lower_)
    numbers = {number for _case, _gender, number in readings[1]} if readings else set()
    return not numbers or not noun.morph.get("Number") or bool(numbers & set(noun.morph.get("Number")))


def attribute_without_article(word: Token) -> bool:
    """"germanische Stämme", "viele Menschen": an attribute in "-e" before a plural noun has no article
    (after one a plural attribute ends in "-en"), so a d-word right before it is none."""
    noun = word.head
    if not (word.tag_ in ("ADJA", "PIAT", "PIDAT") and word.lower_.endswith("e") and noun.i > word.i and noun.pos_ == "NOUN"):
        return False
    lemma = lemma_dictionary.lemmatize(noun.text)  # (the model's Number is often wrong here: the lexicon decides)
    return noun.text != lemma and noun.text == noun_entry(lemma)[1]


def _attributive(token: Token) -> bool:
    """An inflected adjective or participle before a noun (the tagger may also call it ADJ with
    another tag: "gelegenen" as PPOSAT)."""
    return token.tag_ == "ADJA" or (token.pos_ == "ADJ" and token.tag_ != "ADJD")


def article_before_quotation(article: Token) -> None:
    """"wird der „grüne Danny“ … schreiben" with "der" taken for the subject and the quoted name for its
    apposition: an article right before an opening quotation mark belongs to the quoted phrase's noun,
    which takes the article's place in the clause."""
    doc = article.doc
    if article.tag_ != "ART" or article.dep_ == "det" or article.i + 2 >= len(doc):
        return
    if doc[article.i + 1].text not in OPENING_QUOTES:
        return
    noun = next((t for t in doc[article.i + 2 : article.i + 6] if t.pos_ in _NOMINAL), None)
    if noun is None or any(t.is_punct for t in doc[article.i + 2 : noun.i]) or noun.head.i not in (article.i, article.head.i):
        return  # (or both hang on the verb, the noun taken for its particle: gegen das „Fest der Völker“)
    if take_place(noun, article):
        for child in list(article.children):
            if child.i != noun.i and not child.is_punct:
                set_head(child, noun)
        set_head(article, noun, "det")


def quotation_naming_the_noun_before(noun: Token) -> None:
    """"ein Buch mit dem Titel "Nova Atlantis"", "den Film „Titanic“" with the quoted words a phrase of
    the clause (the object of "schrieb"): a quotation without a verb right after a noun is that noun's
    name, its apposition."""
    doc = noun.doc
    if noun.pos_ != "NOUN" or noun.i + 2 >= len(doc) or doc[noun.i + 1].text not in OPENING_QUOTES:
        return
    end = next((t.i for t in doc[noun.i + 2 : noun.sent.end] if t.text in CLOSING_QUOTES), None)
    quoted = doc[noun.i + 2 : end] if end is not None else None
    if not quoted or any(t.pos_ in ("VERB", "AUX") or t.text in (".", "!", "?") for t in quoted):
        return
    name = highest(list(quoted))
    if name.pos_ in _NOMINAL and name.head.i != noun.i and not noun.i <= name.head.i < end:
        set_head(name, noun, "appos")


# Quantifiers that stand alone as pronouns too ("Beide stimmten zu") but before an adjective and a
# plural noun are its determiner ("Beide zuletzt genannten Varietäten").
_QUANTIFIERS = frozenset({"beide", "alle", "viele", "einige", "manche", "wenige", "mehrere"})


def quantifier_taken_for_a_pronoun(word: Token) -> None:
    """"Beide zuletzt genannten Varietäten verursachen …" with "Beide" the subject and the noun a dative
    of the verb: a quantifier the tagger called a pronoun, right before (adverbs and) adjectives and a
    plural noun, is that noun's determiner, and the noun takes its place in the clause (with the preposition
    the parser hung on the quantifier: "fließt durch viele kleinere und größere Seen hindurch")."""
    doc = word.doc
    # (tagged a pronoun, or a determiner the parser hung on no noun)
    if word.tag_ not in ("PIS", "PIAT") or word.dep_.startswith("det") or word.lower_ not in _QUANTIFIERS:
        return
    following = word.i + 1
    while following < len(doc) and following - word.i <= _ATTRIBUTE_WORDS and (
        doc[following].tag_ in ("ADV", "ADJA") or doc[following].lower_ in ("und", "oder") and doc[following - 1].tag_ == "ADJA"
    ):
        following += 1
    if following == word.i + 1 or following >= len(doc) or doc[following - 1].tag_ != "ADJA":
        return
    noun = doc[following]
    if noun.pos_ not in _NOMINAL or "Plur" not in feature_values(noun, "Number"):
        return
    preposition = next((c for c in word.children if c.dep_ == "case"), None)
    if word.dep_ in ("nsubj", "obj", "obl") and not any(c.dep_ == "case" for c in noun.children):
        take_place(noun, word)
        if preposition is not None:
            set_head(preposition, noun, "case")
    set_head(word, noun, "det")
    word.pos_, word.tag_ = "DET", "PIAT"


_ATTRIBUTE_WORDS = 4  # adverbs and adjectives between a quantifier and its noun
