"""Whom a personal pronoun points to, for its hand-checked gloss, and what any word points back to.

A subject "Sie" takes its finite verb's number ("Sie gewann": she); a capitalised "Sie"/"Ihre" inside the
sentence is the polite "you"/"your" (and its "sich" "yourself"); a singular "sie" is "it" where the feminine
noun it points back to names no woman ("Die Steuer … soll sie steigen") and "er" where the masculine one
names no person and no man was named just before ("der Geocache … an der er gefunden wurde"); an
accusative "sie" is "her"/"them", as what it stands for. A personal pronoun never points to a noun of its
own clause. The helpers that find the clause's subject, the thing or woman named before, and the referent
of an object "sie" serve reader.nlp.owner_uses too (possessives, "sich", "selbst"). The uses name rows of
reader/lexicon/data/function_words.tsv.
"""

from __future__ import annotations

from reader.labels import MORPH_GENDERS
from reader.lexicon import lookup, noun_gender
from reader.nlp.doc_arrays import tokens_where
from reader.nlp.doc_facts import cut_short, sentence_starts
from reader.nlp.headings import in_heading
from reader.nlp.lang.english import FEMALE_WORDS, PERSON_WORDS
from reader.nlp.lang.sentences import OPENS_CAPITALISED
from reader.nlp.lang.verbs import WITHOUT_UMLAUT
from reader.nlp.noun_lexicon import declined_person, has_feminine_form, person_noun, senses_name
from reader.nlp.parse_edits import verb_above
from reader.nlp.sentence_rules import starts_sentence
from reader.nlp.verb_forms import zu_infinitive


def pronoun_uses(pronoun) -> list[str]:
    """A personal pronoun's number, and "thing" for a singular "sie" that points back to one."""
    number = _pronoun_number(pronoun)  # a subject's is its verb's: "Dort halfen sie" (they), whatever the model guessed
    thing = pronoun.lower_ == "sie" and "Sing" in number and not _woman_still_the_subject(pronoun) and _points_to_a_thing(pronoun)
    thing = thing and not _woman_named_before(pronoun)
    if pronoun.lower_ in _MASCULINE_PRONOUNS and not thing:
        antecedent = masculine_thing_before(pronoun)
        # a man named just before is more likely meant than the last masculine thing ("Linné … hatte er
        # Zugriff auf die Bücher, die er …"); within the pronoun's sentence, only one named before it there
        # ("Der Besucher … . Anschließend wird der Geocache … versteckt, an der er …": it)
        own_start = sentence_starts(pronoun.doc)[pronoun.i]
        start = own_start if antecedent is not None and antecedent.i >= own_start else None
        thing = antecedent is not None and not person_named_before(pronoun, start, antecedent)
    # a sentence's first "Sie" points to a woman named just before rather than to the last thing ("… der
    # Partei, Jane Dodds, erfolgreich. Sie gewann …": she), unless a thing was the subject of the sentence
    # before, which a subject "Sie" goes on with ("Bei Plato ist Atlantis eine Insel … Sie lag …": it)
    thing = thing and not (pronoun.text == "Sie" and _woman_or_name_before(pronoun) and not _thing_the_subject_before(pronoun))
    # an accusative "sie" is her or them ("an sie erinnert"), the "sie" of a subject she or they
    objective = [f"object-{value}" for value in number] if pronoun.lower_ == "sie" and _object(pronoun) else []
    return (["thing"] if thing else []) + objective + number


_MASCULINE_PRONOUNS = frozenset(("er", "ihn", "ihm"))
_POINTING_BACK_DEPTH = 3  # "Der Fluss … Er … er …": pronouns pointing back to pronouns, a few sentences


def masculine_thing_before(pronoun, depth: int = _POINTING_BACK_DEPTH, genders: tuple[str, ...] = ("Masc",)):
    """The thing *pronoun* points back to, where the last masculine (or one of *genders*) singular word
    before it in its sentence or the one before, outside a personal pronoun's own clause, names one: a common noun that names no person ("der
    Geocache … an der er gefunden wurde": it; "der Tisch"), a name the lexicon has as a masculine noun ("der
    Rhein"), or an "er" that points to one; None where that word names a person or none stands there. A
    first part cut short by its hyphen and a name its noun classifies ("die Stadt Enns") are passed over."""
    own_clause = verb_above(pronoun).i if pronoun.pos_ == "PRON" else None  # (a possessive may point into its clause)
    for word in reversed(pronoun.doc[_start_of_sentence_before(pronoun) : pronoun.i]):
        if word.pos_ == "PRON" and word.lower_ in _MASCULINE_PRONOUNS:
            return masculine_thing_before(word, depth - 1) if depth > 1 else None
        if cut_short(word):
            continue
        fitting = any(gender in genders for gender in word.morph.get("Gender")) and "Sing" in word.morph.get("Number")
        if word.pos_ not in ("NOUN", "PROPN") or not fitting or verb_above(word).i == own_clause or in_heading(word):
            continue  # (a heading's words are no antecedent: "=== Leben und Karriere  Im September … malte sie")
        if word.pos_ == "PROPN" and _named_by_its_noun(word):
            continue  # "in der Stadt Enns … mündet er": the name of a place its noun classifies has that noun's gender
        if word.pos_ == "PROPN":
            return word if noun_gender(word.text) in ("m", "n") else None
        # (a word the lexicon lacks is a thing too where it has its article: "der Geocache")
        unlisted_with_article = noun_gender(word._.term or word.lemma_) is None and any(
            child.dep_ == "det" for child in word.children
        )
        return word if names_no_person(word, []) or unlisted_with_article else None
    return None


def _object(pronoun) -> bool:
    """An accusative "sie", not the subject after a relative "die"/"das", which is the clause's object
    however the parser read the two ("die Göttin, die sie verehren": they)."""
    if pronoun.dep_.startswith("nsubj") or pronoun.morph.get("Case") != ["Acc"]:
        return False
    return not _after_a_relative(pronoun)


def _after_a_relative(pronoun) -> bool:
    before = pronoun.doc[pronoun.i - 1] if pronoun.i else None
    return before is not None and before.lower_ in ("die", "das") and "Rel" in before.morph.get("PronType")


def person_named_before(token, start: int | None = None, thing=None) -> bool:
    """A man the text names in the sentence before *token* or the one before it (or from *start*), other
    than *thing*, to whom a "sein" is more likely to point than to its clause's subject: "Garang … Der
    Hubschrauber befand sich auf dem Weg zu seiner Residenz" (his). A name the lexicon has no noun of
    (not one after "von" or "nach", mostly a place's: "der Straße von Hormus"), "er", or a noun naming a man."""
    for word in token.doc[_start_of_sentence_before(token) if start is None else start : token.i]:
        if thing is not None and word.i == thing.i:
            continue
        if cut_short(word):
            continue  # "zwischen Ober- und Niederösterreich" names no waiter
        unlisted = word.pos_ in ("PROPN", "NOUN") and noun_gender(word._.term or word.text) is None
        if unlisted and word.text[:1].isupper():
            # (nor one its noun names a place: "die Stadt Enns")
            place = word.i > 0 and word.doc[word.i - 1].lower_ in ("von", "nach") or word.pos_ == "PROPN" and _named_by_its_noun(word)
            if not place:
                return True
            continue
        if word.pos_ == "PRON" and word.lower_ == "er":
            return True
        if word.pos_ == "NOUN" and not names_no_person(word, []):
            return True
    return False


def _named_by_its_noun(name) -> bool:
    """A name right after the noun that says what it names, no person: "die Stadt Enns", "der Fluss Inn"."""
    noun = name.head
    return name.dep_ in ("appos", "flat") and noun.pos_ == "NOUN" and noun.i < name.i and names_no_person(noun, [])


def _woman_or_name_before(token) -> bool:
    """In *token*'s sentence or the one before: a name the lexicon has no entry for and no article (a
    person's: "Jane Dodds", not "Linz", "Donau", "die Enns"), nor one said to be a thing ("Delhi ist eine
    Stadt"), or a noun naming a woman ("Moderatorin")."""
    for word in token.doc[_start_of_sentence_before(token) : token.i]:
        if word.pos_ == "PROPN" and word.text[:1].isupper() and not lookup(word.text, "PROPN").found \
                and not _with_its_article(word) and not _said_to_be_a_thing(word):
            return True
        if word.pos_ == "NOUN" and word.morph.get("Gender") == ["Fem"] and person_noun(word._.term or word.lemma_):
            return True
    return False


def _woman_named_before(pronoun) -> bool:
    """A subject "sie" with a name the text calls a woman in its sentence or the one before ("Wang Wenyi, die …"
    … "bei der Anklage Wangs … Wenn sie verurteilt wird": she), where the subject before is no thing it
    goes on with."""
    if not pronoun.dep_.startswith("nsubj"):
        return False
    subject = main_clause_subject_before(pronoun)
    if subject is not None and subject.pos_ == "NOUN" and names_a_thing(subject):
        return False  # "Die Partei … Sie stellt …": the party, whoever is named beside it
    window = pronoun.doc[_start_of_sentence_before(pronoun) : pronoun.i]
    return any(word.pos_ == "PROPN" and _names_a_woman_in_the_text(word) for word in window)


def _names_a_woman_in_the_text(name) -> bool:
    """The text calls the person *name* (or its genitive: "Wangs") a woman: a feminine title before the name
    somewhere ("Kanzlerin Merkel"), or the relative "die" after it ("Wang Wenyi, die …")."""
    doc = name.doc
    forms = {name.text, name.text[:-1] if name.text.endswith("s") else name.text}
    for word in tokens_where(doc, "ORTH", forms):
        if _gender_by_title(word) == "Fem":
            return True
        end = word.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1  # past the name's later words: "Wang Wenyi, die …"
        if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "die" and doc[end + 1].pos_ == "PRON" \
                and "Sing" in doc[end + 1].morph.get("Number"):
            return True
    return False


def _points_to_a_thing(sie, depth: int = _POINTING_BACK_DEPTH) -> bool:
    """A singular "sie" whose feminine noun before it names a thing, or whose sentence goes on with a thing
    the subject before it."""
    return names_a_thing(feminine_antecedent(sie)) or _thing_the_subject_before(sie, depth)


def _thing_the_subject_before(pronoun, depth: int = _POINTING_BACK_DEPTH) -> bool:
    """*pronoun* is a subject "Sie" opening its sentence, and the subject of the main clause before it is a
    feminine noun naming a thing, or such a "Sie" pointing to one ("Bei Plato ist Atlantis eine Insel …
    Sie lag im Westen … Sie wird auch genau beschrieben": it)."""
    if not pronoun.dep_.startswith("nsubj") or pronoun.text != "Sie" or pronoun.i != sentence_starts(pronoun.doc)[pronoun.i]:
        return False
    subject = main_clause_subject_before(pronoun)
    if subject is not None and subject.lower_ == "sie" and subject.pos_ == "PRON":
        return depth > 1 and _points_to_a_thing(subject, depth - 1) and not _woman_still_the_subject(subject, depth - 1)
    if subject is None or _said_to_be_a_person(subject):
        return False  # "Die Äbtissin war eine berühmte Gelehrte. … wird sie … verehrt": she
    if subject.pos_ == "PROPN" and _said_to_be_a_thing(subject):
        return subject.head.morph.get("Gender") == ["Fem"]  # "Birmingham … ist eine Großstadt … Sie hat …": it
    return names_a_thing(subject, names=True)


def _said_to_be_a_person(subject) -> bool:
    """The subject of sein with a predicate noun naming a person ("Die Äbtissin war eine Gelehrte")."""
    predicate = subject.head
    return predicate.pos_ == "NOUN" and any(c.dep_ == "cop" for c in predicate.children) and person_noun(predicate._.term or predicate.lemma_)


def _said_to_be_a_thing(name) -> bool:
    """The name is the subject of sein with a predicate noun that names no person ("Delhi ist eine Stadt")."""
    predicate = name.head
    return (
        name.dep_ == "nsubj" and predicate.pos_ == "NOUN" and any(child.dep_ == "cop" for child in predicate.children)
        and not person_noun(predicate._.term or predicate.lemma_)
    )


def woman_last_before(token) -> bool:
    """Of the words a possessive "ihr" may point back to in its sentence or the one before (a "sie", a
    feminine singular or a plural), the last is a woman: a singular "sie" that points to no thing, or a
    feminine noun naming a person."""
    for word in reversed(token.doc[_start_of_sentence_before(token) : token.i]):
        if word.pos_ == "PRON" and word.lower_ == "sie":
            uses = pronoun_uses(word)
            return "Sing" in uses and "thing" not in uses
        if word.pos_ in ("NOUN", "PROPN") and "Plur" in word.morph.get("Number"):
            return False
        if word.pos_ == "NOUN" and word.morph.get("Gender") == ["Fem"]:
            return not names_a_thing(word)
    return False


def finite_verb_number(verb) -> list[str]:
    return list(verb.morph.get("Number")) if "Fin" in verb.morph.get("VerbForm") else []


def names_no_person(noun, uses: list[str]) -> bool:
    """A singular common noun that names no person: the lexicon has no feminine in -in of it, it is no
    such feminine itself, and its first senses name none ("Landtag", "Körper"; not "Minister",
    "Ministerin", nor "Mensch": human being)."""
    if noun.pos_ != "NOUN" or "Plur" in uses:
        return False
    term = noun._.term or noun.lemma_
    listed = noun_gender(term) is not None  # a word the lexicon has no noun of is mostly a name: "Madsen"
    person = has_feminine_form(term) or (term.endswith("in") and person_noun(term))  # "Minister", "Ministerin"
    return listed and not person and not _adjective_made_noun(term) and not _senses_name(noun, PERSON_WORDS)


def referent_uses(subject, verb_number: list[str]) -> list[str]:
    """The uses of a word pointing back to *subject*: its pronoun or a person's, "thing", its number
    (*verb_number* where it has none) and "Neut"."""
    number = list(subject.morph.get("Number")) or verb_number
    if any(child.dep_ == "conj" for child in subject.children):
        number = ["Plur"]  # "Westerwelle und Niebel stellten ihr Programm vor": their
    if subject.lower_ == "sie" and number == ["Sing"] and "thing" in pronoun_uses(subject):
        return ["thing", "Sing"]  # "Hamburg ist eine Stadt … Sie ist bekannt für ihren Hafen": its
    # a pronoun subject says whose self "sich" is: er -> himself, sie (one person) -> herself
    person = [subject.lower_] if subject.pos_ == "PRON" and (subject.lower_ != "sie" or number == ["Sing"]) else []
    # a neuter subject is mostly a thing or a country: "Venezuela … seine Beziehungen" (its)
    # a name has the lexicon's gender where it knows one, the morphologizer guesses ("Venezuela": Masc)
    listed = MORPH_GENDERS.get(noun_gender(subject.text)) if subject.pos_ == "PROPN" else None
    # a name the lexicon does not know is mostly a person's: the morphologizer's "Neut" for "Salih"
    # would make "seine Ansprache" its
    unknown_name = subject.pos_ == "PROPN" and listed is None
    if unknown_name and number == ["Sing"]:  # a person's name: "Malmström äußerte sich" (herself)
        # the gender a title before the name gives anywhere in the text ("Kanzlerin Angela Merkel"), else the
        # morphologizer's guess
        titled = _gender_by_title(subject)
        genders = [titled] if titled else subject.morph.get("Gender")
        person += [_PERSON_OF_GENDER[g] for g in genders if g in _PERSON_OF_GENDER]
    elif subject.pos_ == "NOUN" and number == ["Sing"] and person_noun(subject.lemma_):
        # a noun naming a person has the dictionary's gender: "Die Ministerin äußerte sich" (herself)
        gender = MORPH_GENDERS.get(noun_gender(subject.lemma_))
        if gender in _PERSON_OF_GENDER:
            person.append(_PERSON_OF_GENDER[gender])
    elif subject.pos_ == "NOUN" and number == ["Sing"] and _names_a_woman(subject):
        person.append("sie")  # "Frau Brelokowska zeigte sich zufrieden", "Die Mutter freute sich": herself
    gender = [listed] if listed else [] if unknown_name else subject.morph.get("Gender")
    neuter = ["Neut"] if subject.pos_ in ("NOUN", "PROPN") and gender == ["Neut"] else []
    # a feminine noun that names no woman is a thing too: "Die Partei … ihre" (its)
    return person + (["thing"] if names_a_thing(subject, names=True) else []) + number + neuter


def _gender_by_title(name):
    """The gender of the person *name* (a name's first word, or its last) is called by, where the text puts
    a noun naming a person right before the name somewhere ("der Premierministerin Julija Tymoschenko",
    "Frau Merkel", "Kanzler Scholz"): that noun's gender in the dictionary."""
    doc = name.doc
    parts = [name, *(child for child in name.children if child.dep_ in ("flat", "flat:name"))]
    for word in tokens_where(doc, "ORTH", {part.text for part in parts}):  # (from the Doc's arrays: a text is long)
        if word.i == 0:
            continue
        first = word
        while first.i > 0 and doc[first.i - 1].pos_ == "PROPN" and doc[first.i - 1].is_title:
            first = doc[first.i - 1]  # past the first name: "Kanzlerin Angela Merkel"
        title = doc[first.i - 1] if first.i > 0 else None
        if title is None or title.pos_ != "NOUN" or not person_noun(title._.term or title.lemma_):
            continue
        gender = MORPH_GENDERS.get(noun_gender(title._.term or title.lemma_))
        if gender in _PERSON_OF_GENDER:
            return gender
    return None


def clause_verb_and_subject(token):
    """The verb of the clause `token` stands in (up the parse to the first verb), and its subject; for
    a zu-infinitive, which has none of its own, the verb it completes and the one who does it: that
    verb's object where it has one ("forderte die Bürger auf, sich zu melden": the citizens), else its
    subject ("Die EU nutzt das Programm, um ihre Ziele zu verfolgen": the EU); for lassen's bare infinitive,
    lassen and its subject."""
    verb = verb_above(token)
    subject = subject_of(verb)
    joined = [verb]
    for _ in range(_CLAUSE_HOPS):
        # "Fledermäuse finden ihren Weg und können ihre Beute fangen", "können sie nicht mehr sprechen, erinnern
        # sich an nichts und können ihren Körper nicht beherrschen": the first verb's subject, theirs
        last = joined[-1]
        if subject is not None or last.dep_ != "conj" or last.head.pos_ not in ("VERB", "AUX") or zu_infinitive(last.head):
            break
        joined.append(last.head)
        subject = subject_of(last.head)
    if subject is not None and len(joined) > 1 and any(_disagrees(subject, conjunct) for conjunct in joined[:-1]):
        # "…, dass Arme und Reiche … wohnen, sondern sich … ballen" hung on "Das bedeutet": not its subject
        subject = None
    if subject is None and verb.dep_ == "xcomp" and verb.head.lemma_ == "lassen" and not zu_infinitive(verb):
        verb = verb.head  # "Das Problem lässt sich lösen": the "sich" of sich lassen, on the bare infinitive
        subject = subject_of(verb)
    for _ in range(_CONTROL_DEPTH):
        purpose = any(child.tag_ == "KOUI" for child in verb.children)  # "um/ohne/statt … zu": the subject's
        if subject is not None or not zu_infinitive(verb) or verb.dep_ not in _INFINITIVE_CLAUSES | (
            {"acl"} if purpose else set()
        ):
            break
        verb = verb_above(verb)  # (past a noun: a purpose clause the parser hung on one, "nutzen das Programm, um …")
        objects = [child for child in verb.children if child.dep_ == "obj" and child.pos_ in _NOMINAL]
        subject = (None if purpose else next(iter(objects), None)) or subject_of(verb)
    return verb, subject


_CONTROL_DEPTH = 2  # "versucht, … zu beginnen, um … zu …"
_INFINITIVE_CLAUSES = {"xcomp", "advcl", "ccomp"}
_NOMINAL = {"NOUN", "PROPN", "PRON"}


def _disagrees(subject, verb) -> bool:
    """The verb's own finite number is not the subject's ("ballen", plural, and "Das")."""
    own = finite_verb_number(verb)
    number = ["Plur"] if any(child.dep_ == "conj" for child in subject.children) else list(subject.morph.get("Number"))
    return bool(own) and bool(number) and own != number


def subject_of(verb):
    return next((child for child in verb.children if child.dep_.startswith("nsubj")), None)


def polite(token) -> bool:
    """The polite "you": a capitalised "Sie"/"Ihr…" inside the sentence ("Engagieren Sie sich", "Geben
    Sie Ihre Daten ein"), and "sich" whose subject it is ("yourself")."""
    if token.lower_ == "sich":
        subject = clause_verb_and_subject(token)[1]
        return subject is not None and subject.text == "Sie" and polite(subject)
    if token.lower_ == "ihr" and token.dep_.startswith("nsubj"):
        return False  # "denn Ihr seid die Zukunft": the plural you, capitalised as in a letter (the polite one is "Sie")
    return token.text[:1] in "SI" and token.lower_.startswith(("sie", "ihr")) and not starts_sentence(token, OPENS_CAPITALISED)


_PERSON_OF_GENDER = {"Masc": "er", "Fem": "sie"}


def demonstrative_number(word) -> list[str]:
    """The number of a demonstrative: its noun's ("diese beiden Proteine", "in diesen Dokumenten":
    these), or, standing alone, its own, which as a subject is its verb's ("Diese tragen …": these)."""
    if word.pos_ == "DET" and word.head.pos_ in ("NOUN", "PROPN") and word.head.i != word.i:
        return list(word.head.morph.get("Number"))
    return _pronoun_number(word)


def _pronoun_number(pronoun) -> list[str]:
    """A subject pronoun's number is its finite verb's ("Sie bekam 383 Stimmen": she, whatever the
    morphologizer guessed for a capitalised "Sie"); other pronouns keep their own."""
    if pronoun.dep_.startswith("nsubj"):
        verb = pronoun.head
        words = (verb, *(child for child in verb.children if child.dep_ in ("aux", "aux:pass", "cop")))
        # the word tagged finite first, an auxiliary before its verb: the morphologizer may call a participle
        # or an infinitive finite ("nachdem sie sich … widersetzt hatten": hatten is plural; "die sie
        # verkaufen könne": könne is singular)
        for word in sorted(words, key=lambda word: (not word.tag_.endswith("FIN"), word is verb)):
            if "Fin" in word.morph.get("VerbForm") and word.morph.get("Number"):
                return list(word.morph.get("Number"))
    return list(pronoun.morph.get("Number"))  # (an object "sie" has its referent's, reader.nlp.phrase_evidence)


def referent_before(pronoun):
    """The last word before an object "sie" it may stand for (a plural, a feminine singular noun or a
    subject "sie"), in its sentence or the one before, outside its own clause, whose words it never means,
    and no subject of its sentence's other clauses: "Die Menschen essen Erbsen. Man erntet sie früh"
    (them), "Sie sind klein. In der Schweiz nennt man sie Margritli"."""
    if _after_a_relative(pronoun):
        return None  # the subject, however the parser read it ("die Göttin, die sie verehren": they)
    clause = verb_above(pronoun)
    own_start = sentence_starts(pronoun.doc)[pronoun.i]
    # nor the noun its relative clause is about ("für die Bereiche, die sie selbst verwirklichen": the Länder)
    described = clause.head.i if clause.dep_ in ("acl", "acl:relcl") else None
    for word in reversed(pronoun.doc[_start_of_sentence_before(pronoun) : pronoun.i]):
        if verb_above(word).i == clause.i or word.i == described or word.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        if word.i >= own_start and word.dep_.startswith("nsubj") and word.lower_ != "sie":
            # the doers of its sentence's other clauses: "Beamte zerrten sie weg, aber Jiang rief sie zurück";
            # not a "sie" ("Weil sie tagsüber schlafen, sieht man sie selten": them)
            continue
        if word.pos_ == "PRON" and (word.lower_ != "sie" or not word.dep_.startswith("nsubj")):
            continue  # (a subject "sie" has its verb's number; an object's would be guessed in turn)
        if word.pos_ == "PROPN" and word.morph.get("Gender") != ["Fem"]:
            continue
        if plural(word) or word.morph.get("Gender") == ["Fem"]:
            return word
    return None


def plural(word) -> bool:
    """The word is a plural: a noun's number, a subject pronoun's its verb's."""
    number = _pronoun_number(word) if word.pos_ == "PRON" else list(word.morph.get("Number"))
    return "Plur" in number


def _names_a_woman(noun) -> bool:
    """A singular noun whose first senses in the dictionary name a woman ("Frau", "Mutter", "Tochter")."""
    return _senses_name(noun, FEMALE_WORDS)


def _senses_name(noun, words: frozenset[str]) -> bool:
    return senses_name(noun._.term or noun.lemma_, words)


def names_a_thing(noun, names: bool = False) -> bool:
    """A feminine singular common noun whose senses name no person: a thing or an institution
    ("Partei", "Steuer"), not "Ministerin" (minister (female)), "Mutter" or "Person"; with *names*, also a
    name the lexicon has as a feminine noun ("Die Türkei hat ihre Grenzen …": its), where a woman's name
    has no gender: a subject says whose the possessive is, while the last feminine name before a "sie" is
    often not whom it means ("… der CDU. Sie …": the chairwoman)."""
    if noun is not None and noun.pos_ == "PROPN":
        # a place or body the lexicon has as a feminine noun, or a name with its own article ("Die Enns ist
        # ein Fluss … Sie fließt": it; standard German puts none before a woman's name)
        return names and noun_gender(noun.text) == "f" or _with_its_article(noun)
    if noun is None or noun.pos_ != "NOUN" or noun.morph.get("Gender") != ["Fem"] or "Plur" in noun.morph.get("Number"):
        return False
    term = noun._.term or noun.lemma_
    stem = term[:-2]
    if term.endswith("in") and any(lookup(base, "NOUN").source == "exact" for base in (stem, stem.translate(WITHOUT_UMLAUT))):
        return False  # "Ministerin" of "Minister", "Ärztin" of "Arzt"
    if term.endswith("in") and person_noun(term):
        return False  # "Hochkommissarin", which the dictionary lacks: a Kommissarin
    return not _adjective_made_noun(term) and not _senses_name(noun, PERSON_WORDS)  # ("eine Person … sie": she)


def _with_its_article(name) -> bool:
    """A name with a definite article of its own as its clause's subject: a river, a region, a ship ("Die
    Enns ist …"); not a body named beside a person ("Wie X gegenüber der Frankfurter Allgemeinen Zeitung
    erklärte, gehöre sie …": she), nor a person's name with an attribute, which takes the article ("Die
    inzwischen … lebende Guiffre")."""
    children = list(name.children)
    return name.dep_.startswith("nsubj") and not any(child.dep_ == "amod" for child in children) and any(
        child.dep_ == "det" and child.lower_ in ("der", "die", "das") for child in children
    )


def _adjective_made_noun(term: str) -> bool:
    """A person named by an adjective or participle: "die Abgeordnete", "der Vorsitzende", or a noun the
    dictionary declines so ("Universalgelehrter"); not a noun of its own spelt so ("die Wüste", not wüst)."""
    if declined_person(term):
        return True
    return term.endswith("e") and lookup(term[:-1].lower(), "ADJ").pos in ("ADJ", "VERB") \
        and noun_gender(term) is None  # (a participle's is VERB)


def _woman_still_the_subject(pronoun, depth: int = _POINTING_BACK_DEPTH) -> bool:
    """A subject "sie" goes on with the subject of the main clause before it, in its sentence or the one
    before, where that is a woman: a name the lexicon has no entry for, a noun naming a woman, or a "sie"
    that means one ("Als Sechsjährige erkrankte Kahlo an Kinderlähmung, durch das lange Krankenlager behielt
    sie …": she, not the illness)."""
    if not pronoun.dep_.startswith("nsubj"):
        return False
    subject = main_clause_subject_before(pronoun)
    if subject is None:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ == "sie" and depth > 1 and "Sing" in _pronoun_number(subject) and (
            _woman_still_the_subject(subject, depth - 1) or not _points_to_a_thing(subject, depth - 1)
        )
    if subject.pos_ == "PROPN":
        return not lookup(subject.text, "PROPN").found and not _said_to_be_a_thing(subject)
    return subject.morph.get("Gender") == ["Fem"] and "Sing" in subject.morph.get("Number") and not names_a_thing(subject)


def main_clause_subject_before(pronoun):
    """The nearest subject before *pronoun* of a main clause other than its own, in its sentence or the one
    before; in its own sentence also that of a clause opening it ("Als die Schwedin Greta Thunberg …
    anfing, …, hatte sie sich …": she)."""
    own_clause = verb_above(pronoun).i
    own_start = sentence_starts(pronoun.doc)[pronoun.i]
    for word in reversed(pronoun.doc[_start_of_sentence_before(pronoun) : pronoun.i]):
        if word.dep_.startswith("nsubj") and word.pos_ in ("NOUN", "PROPN", "PRON") and verb_above(word).i != own_clause:
            if _in_main_clause(word) or word.i >= own_start:
                return word
    return None


def _in_main_clause(word) -> bool:
    node = word.head
    for _ in range(_CLAUSE_HOPS):
        if node.head.i == node.i:
            return True
        if node.dep_ not in ("conj", "parataxis"):
            return False
        node = node.head
    return False


_CLAUSE_HOPS = 6  # main clauses joined to the first: "…, sie brachte …", "… und … verließ …"


def _start_of_sentence_before(token) -> int:
    """Where the sentence before *token*'s starts (its own, for the first sentence), past the line break
    between them (a text's new line is a token of its own)."""
    starts = sentence_starts(token.doc)
    start = starts[token.i]
    before = start - 1
    while before > 0 and token.doc[before].is_space:
        before -= 1
    return starts[before] if start else 0


def feminine_antecedent(pronoun):
    """The feminine singular noun a "sie" or "ihr" most likely points back to: the last one before it in its
    sentence or the one before; for a personal pronoun outside its own clause, whose nouns it never means
    ("In der Kirche wird sie verehrt": not the church), where a possessive may ("Die Partei stellt ihr
    Programm vor")."""
    own_clause = verb_above(pronoun) if pronoun.pos_ == "PRON" else None
    # nor the noun its own relative clause is about ("die Untreue ihres Gatten, die sie … verarbeitete": she)
    described = own_clause.head.i if own_clause is not None and own_clause.dep_ in ("acl", "acl:relcl") else None
    for word in reversed(pronoun.doc[_start_of_sentence_before(pronoun) : pronoun.i]):
        if word.pos_ in ("NOUN", "PROPN") and word.morph.get("Gender") == ["Fem"] and "Sing" in word.morph.get("Number") \
                and (own_clause is None or verb_above(word).i != own_clause.i) and word.i != described \
                and not in_heading(word):
            return word
    return None
