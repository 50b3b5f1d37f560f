"""English forms made from the glosses: past participles for the examples the tense hints give
("Plusquamperfekt: … ('had followed')"), participles and comparatives for German adjectives
formed from verbs ("die genannten": named) and compared ("geringere": lower), plurals for plural
nouns ("Staaten": states).

The example is built from the verb's English gloss, so it says what the panel says the verb means:
"to follow" → "followed", "to withdraw" → "withdrawn", "to amount to" → "amounted to".
"""

from __future__ import annotations

import functools
import re

from reader.lexicon.composed import regular_plural
from reader.lexicon.entry import strip_notes

# Irregular English verbs, and verbs that double a stressed final consonant: infinitive → past participle.
IRREGULAR_PARTICIPLES: dict[str, str] = dict(
    pair.split(":")
    for pair in """
    arise:arisen awake:awoken be:been bear:borne beat:beaten become:become begin:begun bend:bent bet:bet
    bid:bid bind:bound bite:bitten bleed:bled blow:blown break:broken breed:bred bring:brought
    broadcast:broadcast build:built burn:burnt burst:burst buy:bought cast:cast catch:caught
    choose:chosen cling:clung come:come cost:cost creep:crept cut:cut deal:dealt dig:dug do:done
    draw:drawn dream:dreamt drink:drunk drive:driven eat:eaten fall:fallen feed:fed feel:felt
    fight:fought find:found flee:fled fling:flung fly:flown forbid:forbidden forecast:forecast
    foresee:foreseen forget:forgotten forgive:forgiven freeze:frozen get:got give:given go:gone
    grind:ground grow:grown hang:hung have:had hear:heard hide:hidden hit:hit hold:held hurt:hurt
    keep:kept kneel:knelt know:known lay:laid lead:led lean:leant leap:leapt learn:learnt leave:left
    lend:lent let:let lie:lain light:lit lose:lost make:made mean:meant meet:met mislead:misled
    mistake:mistaken overcome:overcome overtake:overtaken overthrow:overthrown pay:paid prove:proven
    put:put quit:quit read:read rid:rid ride:ridden ring:rung rise:risen run:run say:said see:seen
    seek:sought sell:sold send:sent set:set shake:shaken shed:shed shine:shone shoot:shot show:shown
    shrink:shrunk shut:shut sing:sung sink:sunk sit:sat sleep:slept slide:slid speak:spoken
    speed:sped spend:spent spin:spun split:split spread:spread spring:sprung stand:stood steal:stolen
    stick:stuck sting:stung stink:stunk strike:struck strive:striven swear:sworn sweep:swept
    swim:swum swing:swung take:taken teach:taught tear:torn tell:told think:thought throw:thrown
    tread:trodden undergo:undergone understand:understood undertake:undertaken upset:upset
    wake:woken wear:worn weave:woven weep:wept win:won wind:wound withdraw:withdrawn
    withhold:withheld withstand:withstood write:written
    admit:admitted commit:committed compel:compelled control:controlled deter:deterred equip:equipped
    expel:expelled occur:occurred omit:omitted patrol:patrolled permit:permitted prefer:preferred
    refer:referred regret:regretted submit:submitted transfer:transferred
    """.split()
)

# Words that may follow the verb in a phrasal verb and stay as they are ("to bring in" → "brought in").
_PARTICLES = frozenset(
    "about across after against ahead along apart around aside at away back by down for forward from in "
    "into off on onto out over through to together up upon with without".split()
)
_PLACEHOLDERS = frozenset({"sb.", "sth.", "sb./sth.", "sth./sb.", "oneself", "one's", "sb.'s"})
_VOWELS = "aeiou"


def past_participle_of_gloss(gloss: str) -> str:
    """"to follow" → "followed", "to bring in" → "brought in"; "" for a gloss that is no plain verb
    ("to go and lose", "to make a decision")."""
    words = _plain_verb(gloss)
    return " ".join([past_participle(words[0]), *words[1:]]) if words else ""


def past_participle(verb: str) -> str:
    """The English past participle of a verb: irregular from the table, else -ed by the spelling rules."""
    if verb in IRREGULAR_PARTICIPLES:
        return IRREGULAR_PARTICIPLES[verb]
    for prefix in ("re", "over", "under", "out", "mis", "with"):  # "rebuild" → "rebuilt"
        if verb.startswith(prefix) and verb[len(prefix) :] in IRREGULAR_PARTICIPLES:
            return prefix + IRREGULAR_PARTICIPLES[verb[len(prefix) :]]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in _VOWELS:
        return verb[:-1] + "ied"
    if _doubles_final_consonant(verb):
        return verb + verb[-1] + "ed"
    return verb + "ed"


def _doubles_final_consonant(verb: str) -> bool:
    """"stop" → "stopped", "ban" → "banned": one stressed syllable ending consonant-vowel-consonant
    (not w, x, y). Longer verbs keep one consonant ("visited", "opened"), which is right for most."""
    if len(verb) < 3 or verb[-1] in _VOWELS + "wxy" or verb[-2] not in _VOWELS or verb[-3] in _VOWELS:
        return False
    return sum(1 for char in verb if char in _VOWELS) == 1


def present_participle_of_gloss(gloss: str) -> str:
    """"to rise" → "rising", "to run out" → "running out", "to stand as a candidate" → "standing as a
    candidate" (the -ing form leaves the words after the verb as they are); "" for a gloss that is no
    verb."""
    words = [w for w in strip_notes(gloss).split() if w not in _PLACEHOLDERS]
    if len(words) < 2 or words[0] != "to" or not words[1].isalpha() or not words[1].islower():
        return ""
    return " ".join([present_participle(words[1]), *words[2:]])


def present_participle(verb: str) -> str:
    """The English -ing form: "rise" → "rising", "die" → "dying", "stop" → "stopping", "see" → "seeing"."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and verb != "be":
        return verb[:-1] + "ing"
    if _doubles_final_consonant(verb):
        return verb + verb[-1] + "ing"
    return verb + "ing"


# Adjectives whose comparative is no -er or more-form.
IRREGULAR_COMPARATIVES = {
    "good": "better", "well": "better", "bad": "worse", "far": "further", "little": "less", "much": "more",
    "many": "more",
}


def comparative_of_gloss(gloss: str) -> str:
    """"low" → "lower", "difficult" → "more difficult"; "" for a gloss of more than one word
    ("well known", "sb.'s plight"), which no rule compares safely, and for a comparative in -er that
    English does not use ("only": "onlier"; the German is then no comparative: "als einziger")."""
    words = strip_notes(gloss).split()
    if len(words) != 1 or not words[0].isalpha() or not words[0].islower():
        return ""
    compared = comparative(words[0])
    if " " not in compared and compared not in IRREGULAR_COMPARATIVES.values():
        from wordfreq import zipf_frequency  # (loaded on first use, as the lexicon's lookup does)

        return compared if zipf_frequency(compared, "en") >= _USED_COMPARATIVE else ""
    return compared


_USED_COMPARATIVE = 1.5  # wordfreq's Zipf of an English comparative in -er: "nobler" 2.3, "onlier" 0


# The endings of English participles of one syllable ("known", "shown", "dried"), compared with more/most.
_PARTICIPLE_ENDINGS = ("wn", "ed")
# Words whose -ly is no adverb's suffix: they compare with -ier ("earlier"), where "strongly" takes "more".
_LY_OF_THE_STEM = {"early", "only", "holy", "ugly", "silly", "jolly"}


def comparative(adjective: str) -> str:
    """The English comparative: irregular from the table; one syllable takes -er ("large" → "larger",
    "big" → "bigger"), two ending in -y take -ier ("easy" → "easier"), an adverb in -ly and the others
    "more" ("more strongly", "more difficult")."""
    if adjective in IRREGULAR_COMPARATIVES:
        return IRREGULAR_COMPARATIVES[adjective]
    if adjective.endswith("ly") and adjective not in _LY_OF_THE_STEM:
        return "more " + adjective
    syllables = _syllables(adjective)
    if syllables == 1 and len(adjective) > 3 and adjective.endswith(_PARTICIPLE_ENDINGS):
        return "more " + adjective  # a participle: "more known", "most known", not "knownest"
    if syllables == 1:
        if adjective.endswith("e"):
            return adjective + "r"
        if _doubles_final_consonant(adjective):
            return adjective + adjective[-1] + "er"
        return adjective + "er"
    if syllables == 2 and adjective.endswith("y") and adjective[-2] not in _VOWELS:
        return adjective[:-1] + "ier"
    return "more " + adjective


# Adjectives whose -ly form means something else ("hardly", "lately") or that are adverbs as they are.
_FLAT_ADVERBS = frozenset(
    "late hard high near short close fast early long low deep right wrong straight far well still even "
    "just most least little much enough first last only fine free full".split()
)
_COMMON_ADVERB = 2.5  # wordfreq's Zipf of an -ly form English uses: "predominantly", not "outly"


def adverb_of_gloss(gloss: str) -> str:
    """An adjective's one-word gloss as an adverb where English forms one in -ly and uses it:
    "predominant" → "predominantly", "incredible" → "incredibly", "basic" → "basically"; "" for
    others ("late": lately means something else)."""
    words = strip_notes(gloss).split()
    if len(words) != 1 or not words[0].isalpha() or not words[0].islower() or words[0] in _FLAT_ADVERBS:
        return ""
    word = words[0]
    if word.endswith("ly"):
        return ""
    # the spellings English might use, the commonest wins: "publicly" over "publically", "truly" over "truely"
    candidates = {word + "ly"}
    if word.endswith("ic"):
        candidates.add(word + "ally")  # basically
    if word.endswith("le"):
        candidates.add(word[:-1] + "y")  # incredibly
    if word.endswith("e"):
        candidates.add(word[:-1] + "ly")  # truly
    if word.endswith("y"):
        candidates.add(word[:-1] + "ily")  # easily
    from wordfreq import zipf_frequency  # (loaded on first use, as the lexicon's lookup does)

    frequency, adverb = max((zipf_frequency(candidate, "en"), candidate) for candidate in candidates)
    return adverb if frequency >= _COMMON_ADVERB else ""


def superlative_of_gloss(gloss: str) -> str:
    """"poor" → "poorest", "difficult" → "most difficult"; "" for a gloss of more than one word."""
    compared = comparative_of_gloss(gloss)
    if not compared:
        return ""
    if compared.startswith("more "):
        plain = compared[5:]
        return plain + "most" if plain in MOST_SUPERLATIVES else "most " + plain
    return IRREGULAR_SUPERLATIVES.get(compared) or compared[:-2] + "est"


# The superlatives of the irregular comparatives.
IRREGULAR_SUPERLATIVES = {"better": "best", "worse": "worst", "further": "furthest", "less": "least", "more": "most"}
# Adjectives of direction and place whose superlative adds "-most": "nördlichste" is northernmost.
MOST_SUPERLATIVES = frozenset("northern southern eastern western inner outer upper".split())


# Words after a noun phrase's head: "member of parliament", "proposal for modification".
_AFTER_THE_HEAD = _PARTICLES | {"of"}
# English nouns whose plural no ending rule makes.
IRREGULAR_PLURALS = {
    "man": "men", "woman": "women", "child": "children", "person": "people", "foot": "feet", "tooth": "teeth",
    "mouse": "mice", "criterion": "criteria", "phenomenon": "phenomena",
}
# English nouns whose plural names something else ("securities" are bonds and shares, "interests" are not
# the interest paid on a loan): a German plural keeps the singular's gloss.
PLURALS_OF_THEIR_OWN = frozenset(
    "security interest hostility damage good arm custom manner spirit ground quarter work glass premise".split()
)
# A plural this much rarer than its singular (Zipf) names no countable thing: "informations", "advices".
_UNCOUNTABLE_GAP = 1.5


def plural_of_gloss(gloss: str) -> str:
    """The gloss of a noun in the plural: its head word, the last or the one before a preposition ("state"
    → "states", "member of parliament" → "members of parliament", "operation (police, rescue)" →
    "operations (police, rescue)"); "" where English has no countable plural of it ("information"), the
    head is a plural already ("forces"), or the gloss is no plain noun phrase."""
    core = strip_notes(gloss)
    words = core.split()
    if not words or words[0] in ("to", "a", "an", "the") or not all(w.isalpha() for w in words):
        return ""
    head = next((i - 1 for i, word in enumerate(words) if i and word in _AFTER_THE_HEAD), len(words) - 1)
    if not words[head].islower():
        return ""  # a name ("Franconia"); a proper adjective before the head is English too ("Swiss francs")
    plural = _plural(words[head])
    if not plural:
        return ""
    return gloss.replace(core, " ".join([*words[:head], plural, *words[head + 1 :]]), 1)


def plural_of_people(name: str) -> str:
    """A member of a people in the plural: "Pole" → "Poles", "Dane" → "Danes"; "" for anything but one word."""
    plural = _plural(name.lower()) if name.isalpha() else ""
    return plural[:1].upper() + plural[1:]


@functools.cache
def _plural(noun: str) -> str:
    """The commonest plural form of *noun* among the regular and irregular ones, "" where it is far
    rarer than the noun (a mass noun, or a plural already)."""
    from wordfreq import zipf_frequency  # (loaded on first use, as the lexicon's lookup does)

    if noun in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[noun]
    if noun in PLURALS_OF_THEIR_OWN:
        return ""
    if noun.endswith("is"):
        candidates = {noun[:-2] + "es"}  # "crisis": crises
    elif noun.endswith(("f", "fe")):
        candidates = {noun + "s", noun.removesuffix("e").removesuffix("f") + "ves"}  # chiefs, lives
    elif noun.endswith("o"):
        candidates = {noun + "s", noun + "es"}  # photos, heroes
    else:
        candidates = {regular_plural(noun)}  # taxes, policies, states
    plural = max(sorted(candidates), key=lambda form: zipf_frequency(form, "en"))
    return plural if zipf_frequency(plural, "en") >= zipf_frequency(noun, "en") - _UNCOUNTABLE_GAP else ""


def _syllables(word: str) -> int:
    """Vowel groups, a silent final -e not counted ("large": 1, "simple": 2, "free": 1)."""
    groups = len(re.findall(r"[aeiouy]+", word))
    if word.endswith("e") and not word.endswith(("le", "ee")) and groups > 1:
        groups -= 1
    return max(groups, 1)


def _plain_verb(gloss: str) -> list[str]:
    """The verb and its particle of a plain verb gloss ("to bring in": bring, in), else []."""
    words = [w for w in strip_notes(gloss).split() if w not in _PLACEHOLDERS]
    if len(words) < 2 or words[0] != "to" or not words[1].isalpha() or not words[1].islower():
        return []
    if len(words) > 3 or any(word not in _PARTICLES for word in words[2:]):
        return []
    return words[1:]


# English words a German noun's first senses use when it names a woman, or any person ("Mutter": mother,
# "Vater": father, "Mensch": human being): such nouns are persons whether or not they form a feminine in -in.
FEMALE_WORDS = frozenset(
    "woman women female mother daughter sister wife lady queen girl aunt niece grandmother widow bride nun "
    "princess duchess empress actress".split()
)
# English nouns of events, which "bei" places something at or in ("bei den letzten Wahlen": in the elections).
EVENT_WORDS = frozenset(
    "election elections vote votes poll polls meeting meetings assembly assemblies session sessions conference "
    "conferences summit summits talks negotiations games championship championships tournament tournaments "
    "match matches ceremony ceremonies celebration celebrations festival festivals concert concerts "
    "demonstration demonstrations protest protests".split()
)
# English verbs of the senses, which stand without an object as well ("weil sie nicht mehr richtig sehen
# können": see, not look).
PERCEPTION_VERBS = frozenset("see hear smell taste feel".split())
# English nouns of conditions, which "bei" names the case of ("Bei dieser Krankheit verlieren Menschen …": with).
CONDITION_WORDS = frozenset(
    "disease diseases illness illnesses condition conditions disorder disorders syndrome infection infections "
    "injury injuries weather temperature temperatures heat cold fever pain".split()
)
PERSON_WORDS = FEMALE_WORDS | frozenset(
    "man men male person people human humans being father son brother husband king boy uncle nephew "
    "grandfather widower groom monk prince duke emperor actor child baby fan".split()
)
# English names of languages, which a German adjective in -isch names as a noun ("Arabisch": Arabic, not
# Arab; "Türkisch": Turkish).
LANGUAGE_NAMES = frozenset(
    "Afrikaans Albanian Arabic Aramaic Armenian Basque Bengali Bosnian Bulgarian Catalan Chinese Coptic Croatian "
    "Czech Danish Dutch English Estonian Finnish Flemish French Frisian Gaelic Georgian German Greek Hebrew Hindi "
    "Hungarian Icelandic Indonesian Irish Italian Japanese Korean Kurdish Ladin Latin Latvian Lithuanian "
    "Macedonian Malay Maltese Mongolian Norwegian Persian Polish Portuguese Romanian Romansh Russian Sanskrit "
    "Scottish Serbian Slovak Slovenian Sorbian Spanish Swahili Swedish Swiss Thai Tibetan Turkish Ukrainian Urdu "
    "Vietnamese Welsh Yiddish".split()
)
