"""Every sentence has a finite verb: find the one the tagger missed.

The model sometimes takes an unfamiliar finite verb for an adjective, an
adverb, a noun, even a preposition ("Ein Jahr später schickte Frankreich
Truppen": *schickte* as an adjective), or tags a verb without its finite
features ("Das FBI ermittelt." as a participle). Lemma, term and grammar hints
then go wrong. A statement that starts with a capital, ends in . ! or ? and has
no finite verb gets one: the first word simplemma reads as an inflected verb
form that does not stand inside a noun phrase (verb second: it follows the
first phrase, never an article, a preposition or an attributive adjective:
"Das geforderte Bild sähe …"). Clauses are checked too, whatever the rest of the
statement has: a relative or subordinate clause ends in its finite verb ("…, aus
der die USA … Informationen hacken."), a verb right after ", und" with words
after it is in second place ("…, und verglich es mit …"), and the root of a main
clause read as an infinitive is its plural present ("Beobachter vermuten, dass …").

Verb-first clauses (imperatives, the polite and the "let us" form, questions)
start with their finite verb, capitalised like a noun: "Schauen Sie sich das
an", "Nehmen wir an", "Kommst du mit?", "Gibt es …?". The first word is that
verb when a subject pronoun follows and it reads as a verb form, or when
simplemma reads the capitalised word itself as a verb (it has no noun
"Gibt" or "Hört", but has "Schauen", plural of "Schau"). A strong verb's Konjunktiv II that
is no other word ("käme") is always the finite verb.

A pass over the whole text reads the words it may repair from the Doc's attribute arrays
(reader.nlp.doc_arrays): each changes the class of no word but the one it reads.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from reader.lexicon import LexiconMissingError, is_verb
from reader.nlp import doc_facts, lemma_dictionary
from reader.nlp.capitalised_words import listed_as
from reader.nlp.doc_arrays import tokens_where
from reader.nlp.lang.articles import NOMINATIVE_PERSONAL
from reader.nlp.lang.grammar import AUXILIARY_FORMS, MODALS, SUBORDINATORS
from reader.nlp.lang.sentences import SENTENCE_END
from reader.nlp.lang.valency import REPORTING_VERBS
from reader.nlp.morph_features import feature_values
from reader.nlp.noun_lexicon import listed_noun
from reader.nlp.parse_edits import set_head
from reader.nlp.verb_form_checks import (
    AUXILIARIES,
    INFINITIVE_ENDINGS,
    VERBS,
    dictionary_adjective,
    dictionary_verb,
    finite_form,
    inflected_verb,
    make_finite,
    present_form,
    present_participle,
    unknown_noun,
    zu_infinitive_form,
)
from reader.nlp.verb_forms import infinitive_of_konjunktiv_ii, is_participle, is_preterite, konjunktiv_i_stem

if TYPE_CHECKING:  # annotations only: importing the rule must not load spaCy
    from spacy.tokens import Doc, Span, Token

# Plural present forms that are also infinitives; with no other finite verb they are finite.
_AUXILIARY_LEMMA = {"haben": "haben", "werden": "werden", "sind": "sein"} | {modal: modal for modal in MODALS}
_STATEMENT_END = {".", "!", "?"}
_CLAUSE_RELATIONS = {"ROOT", "ccomp", "advcl", "conj", "parataxis", "acl:relcl", "dep"}
# What the model calls a verb-first verb it did not recognise: a noun ("Schauen"), a name ("Kommst").
_MAY_BE_A_VERB_FIRST = {"NOUN", "PROPN", "VERB", "AUX", "X", "ADV"}


def repair_finite_verbs(doc: Doc) -> None:
    _auxiliaries_tagged_as_other_words(doc)
    _infinitive_auxiliaries_after_a_finite_one(doc)
    _konjunktiv_ii_forms(doc)
    _konjunktiv_i_forms(doc)
    _fronted_infinitives(doc)
    _verb_first(doc)
    _verb_second_after_adverb(doc)
    _lower_case_nouns(doc)
    _clause_heads_with_a_subject(doc)
    _adjectives_with_a_subject_and_an_object(doc)
    _clause_final_verbs_the_tagger_saw(doc)
    _second_subordinate_verbs(doc)
    for statement in _statements(doc):
        _reporting_verb_after_comma(statement)
        _subordinate_clause_verbs(statement)
        _coordinated_verb_second(statement)
        _verb_root_of_main_clause(statement)
        _main_clause_verb_the_tagger_saw(statement)
        if any(token.pos_ in VERBS and "Fin" in feature_values(token, "VerbForm") for token in statement):
            continue
        # The STTS tagger may have seen the finite verb that the morphologizer did not.
        tagged = [
            token
            for token in statement
            if token.tag_.endswith("FIN") and token.is_alpha and not zu_infinitive_form(token.lower_)
        ]
        for token in tagged:
            make_finite(token, _AUXILIARY_LEMMA.get(token.lower_) or lemma_dictionary.lemmatize(token.lower_))
        if tagged:
            continue
        # The main clause's verb stands before its first comma, in second place; an auxiliary
        # the tagger read as an infinitive counts ("… werden erwartet.").
        for token in statement[1:]:
            if token.text == ",":
                break
            lemma = _AUXILIARY_LEMMA.get(token.lower_) or inflected_verb(token)
            if lemma is not None:
                make_finite(token, lemma)
                break
        # A subordinate clause ends in its finite auxiliary ("…, deren Schäden sich verdreifacht haben.").
        for token in statement[1:-1]:
            if token.lower_ in _AUXILIARY_LEMMA and token.nbor().is_punct and "Fin" not in feature_values(token, "VerbForm"):
                make_finite(token, _AUXILIARY_LEMMA[token.lower_])
        _main_verb_after_clause(statement)


def _auxiliaries_tagged_as_other_words(doc: Doc) -> None:
    """"aber wir werden Maßnahmen ergreifen" with "werden" tagged a possessive: a form of an auxiliary or
    modal that is no other word is a verb; finite, unless it has the infinitive's form and ends its clause
    or follows "zu" or another verb ("… gezogen werden", "werden können")."""
    for token in tokens_where(doc, "ORTH", AUXILIARY_FORMS):
        verb = AUXILIARY_FORMS[token.text]
        if token.tag_.startswith("V"):
            continue
        if token.text == verb:
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            previous = doc[token.i - 1] if token.i else None
            if following is None or following.is_punct or following.pos_ in VERBS or previous is not None and (
                previous.lower_ == "zu" or previous.pos_ in VERBS
            ):
                continue
        make_finite(token, verb)


def _infinitive_auxiliaries_after_a_finite_one(doc: Doc) -> None:
    """"Der Iran soll einen Tanker festgesetzt haben", with "haben" tagged finite: a clause has one finite
    verb, so an auxiliary spelt as its infinitive (haben, sein, werden) that stands after the verb it serves,
    which a finite auxiliary or modal before it serves too, is the infinitive of a perfect or passive
    infinitive ("festgesetzt haben", "gewesen sein", "gebaut werden")."""
    for token in tokens_where(doc, "LOWER", ("haben", "sein", "werden")):
        verb = token.head
        if token.dep_ not in ("aux", "aux:pass", "cop") or verb.i >= token.i:
            continue
        if "Fin" not in feature_values(token, "VerbForm") and not token.tag_.endswith("FIN"):
            continue
        if not any(
            c.i < verb.i and c.dep_ in ("aux", "aux:pass") and c.tag_.endswith("FIN") and "Fin" in feature_values(c, "VerbForm")
            for c in verb.children
        ):
            continue
        features = {k: v for k, v in token.morph.to_dict().items() if k not in ("Mood", "Number", "Person", "Tense", "VerbForm")}
        features["VerbForm"] = "Inf"
        token.tag_ = "VAINF"
        token.set_morph("|".join(f"{key}={value}" for key, value in sorted(features.items())))


def _main_clause_verb_the_tagger_saw(statement: Span) -> None:
    """"Mit den Stimmen der Koalition beschloss der Bundestag …, das …" with "beschloss" classed a
    preposition: where the main clause before the first comma has no finite verb, a lower-case word the
    STTS tagger calls finite that is a finite form of a verb the dictionary has is that verb (the
    relative clause's verb after the comma does not stand in for it)."""
    doc = statement.doc
    opening = doc[statement.start : _clause_end(doc, statement.start)]
    if not len(opening) or opening[0].lower_ in SUBORDINATORS or any(_finite(token) for token in opening):
        return
    for token in opening[1:]:
        lemma = _finite_reading(token) if token.tag_.endswith("FIN") and token.is_alpha and token.is_lower else None
        if lemma is not None:
            make_finite(token, lemma)
            return
    for token in opening[1:]:
        if doc[token.i - 1].pos_ not in ("NOUN", "PROPN"):
            continue
        # "Diese Anschuldigungen widersprechen Behauptungen, die …": a plural verb form tagged an
        # adjective right after the first phrase, which no adjective spells so
        if token.pos_ == "ADJ" and _plural_verb_form(token):
            make_finite(token, lemma_dictionary.lemmatize(token.lower_))
            return
        # "Die Verfassung bestimmt, dass …" with "bestimmt" (certainly) an adverb: a present form right
        # after the first phrase, with the clause it governs after the comma
        lemma = _verb_of_present_form(token) if token.pos_ in ("ADJ", "ADV") and _opens_clause_after(token) else None
        if lemma is not None:
            make_finite(token, lemma)
            return


def _opens_clause_after(token: Token) -> bool:
    """A comma follows, then a word opening a subordinate clause ("…, dass", "…, ob", "…, wie")."""
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].text == "," and doc[token.i + 2].lower_ in SUBORDINATORS


def _plural_verb_form(token: Token) -> bool:
    """A lower-case word in -en that is the plural present (the infinitive's form) or past of a verb the
    dictionary has, and no adjective of it."""
    form = token.lower_
    if not (token.is_alpha and token.is_lower and form.endswith("en")) or dictionary_adjective(form):
        return False
    lemma = lemma_dictionary.lemmatize(form)
    return dictionary_verb(lemma) and (form == lemma or is_preterite(form, lemma))


def _verb_of_present_form(token: Token) -> str | None:
    """The verb the dictionary has whose third person singular present `token` spells ("entfernt":
    entfernen, "bildet": bilden); else None."""
    form = token.lower_
    if not (token.is_alpha and token.is_lower and form.endswith("t")):
        return None
    candidates = (form[:-1] + "en", form[:-2] + "en") if form.endswith("et") else (form[:-1] + "en",)
    return next((lemma for lemma in candidates if dictionary_verb(lemma) and present_form(form, lemma)), None)


def _finite_reading(token: Token) -> str | None:
    """The verb `token` is a finite form of (a singular present or a past), where the dictionary has
    that verb; else None."""
    lemma = _AUXILIARY_LEMMA.get(token.lower_) or lemma_dictionary.lemmatize(token.lower_)
    return lemma if lemma != token.lower_ and finite_form(token.lower_, lemma) and dictionary_verb(lemma) else None


def _clause_end(doc: Doc, start: int) -> int:
    """The index of the first comma or clause-ending mark from `start` (the end of the doc if none)."""
    return next((t.i for t in doc[start:] if t.text == "," or t.text in _SENTENCE_PUNCTUATION), len(doc))


def _subordinate_clause_verbs(statement: Span) -> None:
    """"…, aus der die USA … Informationen hacken.", "…, die Muslime genauso bedrohe wie …": a clause
    opened after a comma by a relative pronoun (also after its preposition) or a subordinating
    conjunction ends in its finite verb, the first verb before punctuation (or an extraposed "wie"/"als"
    comparison). A clause with no finite verb gets that one."""
    words = list(statement)
    for position, token in enumerate(words[:-1]):
        clause = _subordinate_clause(words, position) if token.text == "," else None
        if clause is None:
            continue
        verb = words[clause[-1]]
        if zu_infinitive_form(verb.lower_):
            continue
        own = [words[k] for k in clause]
        # (the morphologizer's finite features on a word the tagger calls an infinitive do not count:
        # "…, deren Mitglieder aus … Ländern stammen" with "stammen" as VVINF)
        if any(_finite(word) and not word.tag_.endswith("INF") for word in own):
            _second_conjunct_auxiliary(own)
            continue
        lemma = _AUXILIARY_LEMMA.get(verb.lower_)
        if lemma is None and verb.tag_[:2] in ("VV", "VA", "VM") and verb.is_lower:
            lemma = lemma_dictionary.lemmatize(verb.lower_)  # "hacken", "unterstehen": the plural is the infinitive
        if lemma is None:
            lemma = _closing_verb(verb)
            if lemma is not None and not dictionary_verb(lemma):
                lemma = None
        if lemma is not None and lemma.endswith(INFINITIVE_ENDINGS):
            make_finite(verb, lemma)


def _reporting_verb_after_comma(statement: Span) -> None:
    """"…, vermuten Beobachter.", "…, sagte der Minister.": after the last comma, a reporting verb followed
    only by its subject's noun phrase is that closing clause's finite verb (the tagger may take it for
    an adjective of the noun)."""
    words = [word for word in statement if not word.is_space]
    commas = [k for k, word in enumerate(words) if word.text == ","]
    if not commas or commas[-1] + 2 >= len(words):
        return
    verb, rest = words[commas[-1] + 1], words[commas[-1] + 2 :]
    if _finite(verb) or not verb.is_lower or not rest[-1].is_punct:
        return
    lemma = lemma_dictionary.lemmatize(verb.lower_)
    phrase = rest[:-1]
    if lemma not in REPORTING_VERBS or not phrase or not all(word.pos_ in _PHRASE_WORDS for word in phrase):
        return
    if not any(word.pos_ in ("NOUN", "PROPN", "PRON") for word in phrase):
        return
    make_finite(verb, lemma)
    _heads_its_clause(verb, verb.i)


# The words of a noun phrase.
_PHRASE_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"})


def _second_conjunct_auxiliary(clause: list[Token]) -> None:
    """"…, dass Betriebe Mitarbeiter einstellen können und … kündigen können": the auxiliary or modal
    that ends the second of two joined subordinate clauses, after its infinitive or participle, is
    that clause's finite verb too."""
    last, before = clause[-1], clause[-2]
    joined = [word.i for word in clause if word.lower_ in ("und", "oder")]
    if not joined or _finite(last) or last.lower_ not in _AUXILIARY_LEMMA or before.pos_ not in VERBS:
        return
    if any(_finite(word) for word in clause if word.i > joined[-1]):
        return
    if any(_finite(word) and word.lower_ == last.lower_ for word in clause if word.i < joined[-1]):
        make_finite(last, _AUXILIARY_LEMMA[last.lower_])


def _closing_verb(word: Token) -> str | None:
    """The verb `word`, closing a subordinate clause, is a form of: an inflected form, or a present in
    -t the lemmatiser reads as its participle-adjective ("…, das die Altstadt nach Westen begrenzt.")."""
    lemma = inflected_verb(word)
    return lemma if lemma is not None or word.tag_ != "ADJD" else _verb_of_present_form(word)


def _subordinate_clause(words: list[Token], comma: int) -> list[int] | None:
    """The positions of the words of the clause opened after `comma`, up to the verb that closes it,
    without the clauses nested in it ("…, nach denen Mädchen, die … geboren werden, ihren Platz
    abtreten müssen, …"); None if no clause opens there."""
    opener = comma + 1
    if words[opener].pos_ == "ADP" and opener + 1 < len(words):
        opener += 1  # "aus der", "mit denen"
    # The tagger often takes a relative pronoun for the article it looks like ("…, die Muslime … bedrohe");
    # the verb at the end decides.
    if not (opens_subordinate_clause(words[opener]) or words[opener].lower_ in _RELATIVE_PRONOUNS):
        return None
    own = list(range(comma + 1, opener + 1))
    k = opener + 1
    while k < len(words) - 1:
        own.append(k)
        following = words[k + 1]
        if not (following.is_punct or following.lower_ in ("wie", "als")):
            k += 1
            continue
        if words[k].tag_[:2] in ("VV", "VA", "VM") or _closing_verb(words[k]) is not None:
            return own
        if following.text in _SENTENCE_PUNCTUATION:
            return None  # the clause ended without a verb the words show (a quotation or bracket inside goes on)
        nested = _subordinate_clause(words, k + 1) if following.text == "," else None
        if nested is not None and nested[-1] + 2 < len(words) and words[nested[-1] + 1].text == ",":
            k = nested[-1] + 2  # the nested clause and the comma closing it
        else:
            k += 1
    return None


# (and "welche": "…, von welchem Gruppen sagen, …", "…, welche Maßnahmen Aachen ergreifen muss")
_RELATIVE_PRONOUNS = frozenset(
    {"der", "die", "das", "den", "dem", "denen", "deren", "dessen", "welche", "welcher", "welches", "welchem", "welchen"}
)
# Marks that end a clause's words; commas, quotation marks and brackets may stand inside it.
_SENTENCE_PUNCTUATION = SENTENCE_END | {";", ":"}
_COORDINATORS = frozenset({"und", "aber", "sondern", "oder", "doch"})


def _coordinated_verb_second(statement: Span) -> None:
    """"…, und verglich es mit …", "…, sondern berührt ihre Interessen": right after a comma and a
    coordinating conjunction, an inflected verb form with its clause's words after it (perhaps after an
    insertion: "und unterliegt, wie viele andere, einem …") stands in second place of a main clause that
    shares the subject; a participle would stand at the end."""
    words = list(statement)
    for position in range(1, len(words) - 2):
        if words[position].lower_ not in _COORDINATORS:
            continue
        verb, after = words[position + 1], words[position + 2]
        if _finite(verb) or after.lower_ in _COORDINATORS or verb.tag_ == "ADJA":
            continue
        if after.is_punct and (after.text != "," or words[position].lower_ not in ("und", "oder")):
            continue  # ("doch bitte, …": "doch" is a particle too)
        lemma = inflected_verb(verb)
        if lemma is None or not finite_form(verb.lower_, lemma) or not dictionary_verb(lemma):
            continue
        if after.is_punct and is_participle(verb.lower_, lemma):
            continue  # "… bezeichnet und erforscht, …": a participle may close its clause before a comma
        if words[position - 1].text == "," or _second_main_verb(words[:position], verb, lemma):
            make_finite(verb, lemma)
    _plural_after_und(words)


def _second_main_verb(before: list[Token], verb: Token, lemma: str) -> bool:
    """"nannte den Zaun beschämend und verglich ihn …": without a comma, the form after the conjunction
    is a second main verb when a main clause's finite verb came before and no subordinating conjunction
    opened a clause whose end the form could be; a form that is also the participle ("beruht") only
    where no auxiliary before could take it."""
    if not any(_finite(word) and word.tag_.startswith("V") for word in before):
        return False
    if any(word.pos_ == "SCONJ" or word.dep_ == "mark" or word.tag_ in ("PRELS", "PWS", "PWAV") for word in before):
        return False
    return not is_participle(verb.lower_, lemma) or not any(word.pos_ == "AUX" for word in before)


def _plural_after_und(words: list[Token]) -> None:
    """"Die USA leihen Geld in China und importieren billige Ware", "Die Fans wollen das Spiel sehen und
    strömen ins Stadion": right after "und", a verb in the infinitive's form with its own words after it,
    where the clause before has a verb in the plural present (a modal's clause closed by its infinitive),
    is that clause's second verb, finite (the plural present looks like the infinitive; two infinitives
    under a modal stand at the end: "wollen Geld leihen und Ware importieren")."""
    for position in range(1, len(words) - 2):
        if words[position].lower_ != "und":
            continue
        verb, after = words[position + 1], words[position + 2]
        if (_finite(verb) and verb.tag_.startswith("V")) or not verb.is_lower or after.is_punct or after.pos_ in VERBS:
            continue
        before = next((word for word in reversed(words[:position]) if _finite(word) and word.tag_.startswith("V")), None)
        if before is None or feature_values(before, "Number") != ["Plur"] or feature_values(before, "Tense") != ["Pres"]:
            continue
        if before.pos_ == "AUX" and words[position - 1].pos_ not in VERBS:
            continue  # after a modal or werden, only once its infinitive has closed the clause ("wollen … sehen und strömen …")
        lemma = lemma_dictionary.lemmatize(verb.lower_)
        if lemma == verb.lower_ and lemma.endswith("en") and dictionary_verb(lemma):
            make_finite(verb, lemma)
            # the parser may have hung it on the noun after it as a determiner ("importieren billige Ware")
            object_ = verb.head if verb.head.i > verb.i and verb.head.pos_ in ("NOUN", "PROPN") else None
            set_head(verb, before, "conj")
            if object_ is not None:
                set_head(object_, verb, "obj")


def _verb_root_of_main_clause(statement: Span) -> None:
    """"Beobachter vermuten, dass …" with "vermuten" read as an infinitive: the verb the parse makes the
    statement's root, with no auxiliary of its own and no finite verb before the first comma, is the
    main clause's finite verb (its plural present looks like the infinitive)."""
    opening = []
    for token in statement:
        if token.text == ",":
            break
        opening.append(token)
    if any(_finite(token) for token in opening) or (opening and opening[0].lower_ in SUBORDINATORS):
        return
    for token in opening[1:]:
        if token.dep_ != "ROOT" or token.pos_ != "VERB" or not token.is_lower or zu_infinitive_form(token.lower_):
            continue
        if token.nbor(-1).lower_ == "zu" or any(c.dep_ in ("aux", "aux:pass", "cop", "mark") for c in token.children):
            continue
        lemma = lemma_dictionary.lemmatize(token.lower_)
        if (token.lower_ == lemma or finite_form(token.lower_, lemma)) and lemma.endswith(INFINITIVE_ENDINGS):
            make_finite(token, lemma)


def _main_verb_after_clause(statement: Span) -> None:
    """"Die Werte, die die Stadt misst, steigen.": after a subordinate clause, a verb is the main
    clause's finite verb."""
    words = list(statement)
    for position, token in enumerate(words[:-1]):
        clause = _subordinate_clause(words, position) if token.text == "," else None
        if clause is None or clause[-1] + 2 >= len(words) or words[clause[-1] + 1].text != ",":
            continue
        after = words[clause[-1] + 2]
        if after.is_lower and after.tag_[:2] in ("VV", "VA", "VM") and not _finite(after):
            make_finite(after, _AUXILIARY_LEMMA.get(after.lower_) or lemma_dictionary.lemmatize(after.lower_))


def _finite(token: Token) -> bool:
    return token.pos_ in VERBS and "Fin" in feature_values(token, "VerbForm")


def _verb_first(doc: Doc) -> None:
    """"Schauen Sie sich das an", "Nehmen wir mal an", "Hört der Regen auf?": the capitalised first
    word of a sentence is its finite verb when a subject pronoun follows and it reads as a verb
    form, or when the dictionary reads the capitalised word itself as a verb, never as a noun."""
    for sentence in doc.sents:
        words = [token for token in sentence if not token.is_punct and not token.is_space]
        if len(words) < 2:
            continue
        first, following = words[0], words[1]
        if not first.is_title or not first.is_alpha or (first.pos_ in VERBS and "Fin" in feature_values(first, "VerbForm")):
            continue
        if first.pos_ not in _MAY_BE_A_VERB_FIRST or first.tag_ in ("VVPP", "VAPP", "VMPP") or zu_infinitive_form(first.lower_):
            continue
        lemma = _AUXILIARY_LEMMA.get(first.lower_) or lemma_dictionary.lemmatize(first.lower_)
        if lemma in AUXILIARIES | MODALS and first.lower_ != lemma and first.pos_ not in VERBS:
            make_finite(first, lemma)  # "„Möge seine Seele in Frieden ruhen“": a modal's form is never a noun
            verb, role = first.head, first.dep_
            if verb.pos_ in VERBS and verb.i > first.i:
                # parsed as a noun, it held phrases of the clause ("Sollte von der Leyen … bestätigt werden"):
                # its noun attribute takes the role the "noun" had
                for child in list(first.children):
                    noun_role = child.dep_ == "nmod" and role in ("nsubj", "nsubj:pass", "obj")
                    set_head(child, verb, role if noun_role else None)
                set_head(first, verb, "aux")
            continue
        if not (lemma.islower() and lemma_dictionary.is_infinitive(lemma) and dictionary_verb(lemma)):
            continue
        pronoun_follows = following.lower_ in NOMINATIVE_PERSONAL and following.pos_ == "PRON"
        # A question without a pronoun ("Hört der Regen auf?") when simplemma has no noun of that spelling;
        # a word the tagger called a name only where the dictionary knows it as neither name nor noun
        question = sentence[-1].text == "?" and (first.pos_ != "PROPN" or _neither_name_nor_noun(first.text))
        read_as_verb = question and lemma_dictionary.lemmatize(first.text) == lemma and lemma != first.lower_
        if pronoun_follows or read_as_verb:
            make_finite(first, lemma)


def _neither_name_nor_noun(word: str) -> bool:
    """The dictionary has `word` as no name (Wiktionary's names) and as no noun of its own ("Hört")."""
    try:
        from reader.lexicon.database import name_kind

        return name_kind(word) is None and not listed_noun(word)
    except LexiconMissingError:
        return False


# Plural forms of the verbs that take a bare infinitive.
_PLURAL_INFINITIVE_TAKERS = frozenset({"werden", "können", "müssen", "sollen", "wollen", "dürfen", "möchten"})


def _fronted_infinitives(doc: Doc) -> None:
    """"Teilnehmen werden Lehrer und Eltern": a capitalised infinitive without an article opening the
    sentence right before a plural "werden" or modal is that verb's infinitive, fronted; a noun made
    from it ("das Teilnehmen") is singular, so it cannot be the subject of the plural verb."""
    for sentence in doc.sents:
        first = sentence[0]
        if len(sentence) < 3 or not first.is_title or not first.is_alpha or first.pos_ not in ("NOUN", "PROPN", "VERB"):
            continue
        following = sentence[1]
        if following.lower_ not in _PLURAL_INFINITIVE_TAKERS or not following.tag_.endswith("FIN"):
            continue
        infinitive = first.lower_
        if lemma_dictionary.is_infinitive(infinitive) and infinitive.endswith(INFINITIVE_ENDINGS) and dictionary_verb(infinitive):
            first.pos_, first.tag_ = "VERB", "VVINF"
            first.set_morph("VerbForm=Inf")


def opens_subordinate_clause(token: Token) -> bool:
    """A relative pronoun or a subordinating conjunction: the clause it opens ends in its finite verb."""
    return token.tag_ in ("PRELS", "KOUS") or token.lower_ in SUBORDINATORS and token.lower_ not in ("wie", "als", "was")


def _verb_second_after_adverb(doc: Doc) -> None:
    """"Darüberhinaus erwähnte Wiesheu …", "…, doch überraschend erklärte Frankreichs Regierungschef …":
    after a single adverb that opens a main clause (the sentence, or a clause after a comma and a
    coordinating conjunction, or a semicolon), a Präteritum before a name or a pronoun is the finite
    verb in second place, not an adjective of the name; so is one before any noun where the clause has
    no other finite verb up to its first comma or "und" ("; andererseits verteidigte Dr. Rice das Lager, …",
    "Demnach formte Gott den Adam aus Erde und hauchte …"), and there a present plural too ("Daher besitzen
    Flöhe …")."""
    for opening in _main_clause_openings(doc):
        if opening + 2 >= len(doc) or not (doc[opening].pos_ == "ADV" or doc[opening].tag_ == "ADJD"):
            continue
        verb, following = doc[opening + 1], doc[opening + 2]
        if verb.pos_ != "ADJ" or not verb.is_lower:
            continue
        if not (following.pos_ in ("PROPN", "PRON") or unknown_noun(following) or _without_finite_verb(doc, opening)):
            continue
        lemma = lemma_dictionary.lemmatize(verb.text)
        preterite = lemma != verb.text and lemma.endswith(INFINITIVE_ENDINGS) and is_preterite(verb.text, lemma)
        # (or a present plural, the infinitive's form, in a clause with no other finite verb: "Daher
        # besitzen Flöhe … Resilinpolster")
        if preterite or (_plural_verb_form(verb) and _without_finite_verb(doc, opening)):
            make_finite(verb, lemma)
            _heads_its_clause(verb, opening)


def _heads_its_clause(verb: Token, opening: int) -> None:
    """The verb found inside a noun phrase heads its clause (up to the first comma): the clause's words
    the parser hung outside it ("Dr." as the subject of the verb before the semicolon) become the verb's,
    so the case rules see its subject and object."""
    doc = verb.doc
    end = _clause_end(doc, opening)
    outside = [t for t in doc[opening:end] if t.i != verb.i and not opening <= t.head.i < end]
    anchors = [t.head for t in outside if t.head.i != t.i]
    if not outside or not anchors:
        return  # the clause holds the sentence's root: the parser saw it as the main clause
    set_head(verb, anchors[0], "parataxis")
    for token in outside:
        set_head(token, verb)


def _without_finite_verb(doc: Doc, start: int) -> bool:
    """No finite verb from `start` to the first comma, coordinating conjunction or end of clause (the
    verb of a clause joined by "und" is its own: "Demnach formte Gott den Adam … und hauchte ihm …")."""
    end = _clause_end(doc, start)
    end = next((t.i for t in doc[start:end] if t.pos_ == "CCONJ"), end)
    return not any(_finite(token) for token in doc[start:end])


def _main_clause_openings(doc: Doc) -> Iterator[int]:
    """The first word of each sentence, and the word after ", und/aber/doch/sondern/oder" or a semicolon."""
    for sentence in doc.sents:
        yield sentence.start
    for token in doc[1:-1]:
        if (token.lower_ in _COORDINATORS and doc[token.i - 1].text == ",") or token.text == ";":
            yield token.i + 1


def _lower_case_nouns(doc: Doc) -> None:
    """"In einer Sondersitzung beschloss das Parlament …" with "beschloss" as a noun: a German noun
    is capitalised, so a lower-case "noun" the morphologizer gave finite features is the verb."""
    for token in tokens_where(doc, "POS", ("NOUN", "PROPN")):
        if token.is_lower and "Fin" in feature_values(token, "VerbForm"):
            lemma = lemma_dictionary.lemmatize(token.text)
            if lemma != token.text and lemma.endswith(INFINITIVE_ENDINGS):
                make_finite(token, lemma)


def _clause_heads_with_a_subject(doc: Doc) -> None:
    """"…, sie verlasse ihren Posten" with "verlasse" as an adverb: a lower-case word that heads a
    clause with its own subject and reads as an inflected verb is that clause's finite verb; so is one
    the STTS tagger called finite wherever the parser hung it ("das Land führe Krieg", "führe" as punct)."""
    for token in doc:
        # "Beobachter vermuten, dass …" with "vermuten" tagged a zu-infinitive that has no zu; "Der erste
        # Zusatz besagt: …" with "besagt" tagged a participle, though no auxiliary goes with it
        misread_infinitive = token.tag_ == "VVIZU" and "zu" not in token.lower_
        lone_participle = token.tag_ == "VVPP" and not any(c.dep_ in ("aux", "aux:pass", "cop") for c in token.children)
        if (token.pos_ in VERBS and not (misread_infinitive or lone_participle)) or not token.is_lower:
            continue
        if lone_participle and not present_form(token.lower_, lemma_dictionary.lemmatize(token.text)):
            continue  # only a form that is a present tense too ("besagt"; "gesagt" is none)
        if token.dep_ not in _CLAUSE_RELATIONS and not token.tag_.endswith("FIN"):
            continue
        if not any(c.dep_ in ("nsubj", "nsubj:pass") for c in token.children):
            continue
        lemma = lemma_dictionary.lemmatize(token.text)
        if (lemma != token.text or misread_infinitive) and lemma.endswith(INFINITIVE_ENDINGS) and not present_participle(token.lower_):
            make_finite(token, lemma)


def _adjectives_with_a_subject_and_an_object(doc: Doc) -> None:
    """"Dieses Abwehrsystem entfernt … Mikroorganismen" with "entfernt" (distant) an adjective on which
    the parser hung the clause's subject and its object: no adjective takes an accusative object, so
    where the word is the present of a verb the dictionary has, it is that verb, finite."""
    for token in tokens_where(doc, "POS", ("ADJ",)):
        relations = {child.dep_ for child in token.children}
        if {"nsubj", "obj"} <= relations:
            lemma = _verb_of_present_form(token)
            if lemma is not None:
                make_finite(token, lemma)


def _clause_final_verbs_the_tagger_saw(doc: Doc) -> None:
    """"…, aber unterschiedlich viel kosteten, müsse …" with "kosteten" classed an adjective: a lower-case
    word the STTS tagger calls finite, that ends its clause (punctuation after it) and is a finite form of
    a verb the dictionary has, is that finite verb (else its lemma and gloss come from another word:
    "kosen", to caress). So is such a form tagged a separable particle ("…, als Piloten … ein Geräusch
    wahrnahmen."): particles are a closed class of short words no finite form belongs to, but a
    participle may be one ("ging verloren"); and so is such a form tagged an adjective the dictionary has
    no adjective of ("Wer früh stirbt, …")."""
    for token in doc[:-1]:
        particle = token.tag_ == "PTKVZ"
        # (undeclined: a declined one is an attribute, "des abgewählten, aber noch … amtierenden Präsidenten")
        unknown_adjective = token.tag_ == "ADJD" and token.is_lower and not listed_as(token.lower_, "ADJ")
        if token.pos_ in VERBS or not (token.tag_.endswith("FIN") or particle or unknown_adjective):
            continue
        if not (token.is_alpha and token.is_lower):
            continue
        if not doc[token.i + 1].is_punct:
            continue
        lemma = _finite_reading(token)
        if lemma is not None and not (particle and is_participle(token.lower_, lemma)):
            make_finite(token, lemma)
            if token.dep_ == "compound:prt":  # no particle of the verb it hung on: a clause of its own
                set_head(token, token.head, "advcl")


def _second_subordinate_verbs(doc: Doc) -> None:
    """"…, weil ein Teil der Stadt tief liegt und bei Regen Fluten drohen." with "drohen" tagged an
    infinitive: the verb that closes the second of two joined subordinate clauses, with no auxiliary,
    modal or "zu" of its own, is finite like the first clause's verb."""
    for token in tokens_where(doc, "DEP", ("conj",)):
        first = token.head
        if token.pos_ != "VERB" or not token.tag_.endswith("INF") or token.i + 1 == len(doc) or not doc[token.i + 1].is_punct:
            continue
        if not first.tag_.endswith("FIN") or first.i > token.i or not _opened_by_conjunction(first):
            continue
        if any(c.dep_ in ("aux", "aux:pass", "mark") or c.lower_ == "zu" for c in token.children):
            continue
        if not any(c.dep_ == "cc" for c in token.children) or not doc[first.i + 1 : token.i]:
            continue
        lemma = _finite_reading(token) or lemma_dictionary.lemmatize(token.lower_)
        if is_verb(lemma):
            make_finite(token, lemma)


def _opened_by_conjunction(verb: Token) -> bool:
    """A subordinating conjunction (KOUS: weil, dass, ob …) opens the clause `verb` ends."""
    for word in reversed(verb.doc[doc_facts.sentence_start(verb) : verb.i]):
        if word.is_punct:
            return False
        if word.tag_ == "KOUS":
            return True
    return False


def _statements(doc: Doc) -> Iterator[Span]:
    """Spans from a capital to . ! or ?, cut by punctuation rather than the parse: without its
    verb the parser often splits a sentence in two ("Ein Jahr später schickte Frankreich | Truppen …")."""
    start = 0
    for token in doc:
        line_break = token.is_space and "\n" in token.text
        if token.text in _STATEMENT_END or line_break:
            words = [word for word in doc[start : token.i + 1] if word.is_alpha]
            if not line_break and len(words) >= 2 and words[0].text[:1].isupper():
                yield doc[words[0].i : token.i + 1]
            start = token.i + 1


def _konjunktiv_ii_forms(doc: Doc) -> None:
    """"eine Mehrheit käme … zustande": a strong verb's Konjunktiv II that simplemma reads as no
    other word is a finite verb, whatever the tagger made of it."""
    for token in doc:
        if token.pos_ in VERBS or not (token.is_alpha and token.is_lower):
            continue
        verb = infinitive_of_konjunktiv_ii(token.text)
        if verb is not None and lemma_dictionary.lemmatize(token.text) in (token.text, verb):
            make_finite(token, verb)


def _konjunktiv_i_forms(doc: Doc) -> None:
    """"ein … Schleier entspreche nicht dem Begriff" with "entspreche" tagged an adjective: the verb's stem +
    "e" (its Konjunktiv I, or 1st person) is no adjective, unless the stem is one ("leere", "freie");
    after a noun or pronoun, it is the finite verb."""
    for token in tokens_where(doc, "POS", ("ADJ", "ADV")):
        if token.i == 0 or not (token.is_alpha and token.is_lower) or doc[token.i - 1].pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        lemma = lemma_dictionary.lemmatize(token.lower_)
        stem = konjunktiv_i_stem(lemma)
        if stem is None or token.lower_ != stem + "e" or dictionary_adjective(token.lower_):
            continue
        if dictionary_verb(lemma) or lemma in MODALS:  # "es dürfe nicht vergessen werden": a modal's too
            make_finite(token, lemma)


