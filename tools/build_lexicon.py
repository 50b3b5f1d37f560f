"""Build assets/lexicon/lexicon.sqlite from the vendored Ding file.

    python tools/build_lexicon.py [--out PATH]

Inputs (build time only):
  * assets/lexicon/de-en.ding.xz   Ding German–English, GPL-2.0-or-later
  * PyPI german-nouns              noun gender and plural (Wiktionary, CC BY-SA 4.0)
  * wordfreq                       English frequencies to break ranking ties
  * tools/core_glosses.tsv, tools/lexicon_supplement.tsv, tools/phrase_supplement.tsv
                                   the project's hand-checked senses (tools/hand_checked.py)

Output tables (read by reader/lexicon/database.py):
  term(word, pos, score, gender, plural, glosses, lines)
      one row per German key and part of speech, glosses ranked and joined
      by TAB, lines = ranked Ding line numbers for the full entry;
  phrase(anchor, words, kind, term, glosses)
      fixed phrases and verb + preposition pairs (reader/lexicon/phrases.py);
  name(word, only)
      names Wiktionary lists; only = 1 when it has no common noun of that spelling ("Oliver");
  line_block(id, data)
      the raw Ding lines, zlib-compressed in blocks of BLOCK_SIZE lines, so
      the full entry (all senses, examples, labels) is available on demand;
  meta(name, value).

The output is deterministic: same inputs, same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import csv
import lzma
import sqlite3
import sys
import time
import zlib
import re
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.lexicon.compounds import split_compound  # noqa: E402
from reader.lexicon.ding import parse_line  # noqa: E402
from reader.lexicon.indexing import ARTICLES, KEY_RE, PREPOSITIONS, line_candidates, prefix_candidates  # noqa: E402
from reader.lexicon.ranking import Candidate, gloss_core, rank_candidates, usage_stems  # noqa: E402
from reader.lexicon.function_words import curated_words  # noqa: E402
from reader.lexicon.labels import OFFENSIVE_TIER  # noqa: E402
from reader.lexicon.phrases import PhrasePattern, phrase_patterns  # noqa: E402
from reader.lexicon.compound_senses import (  # noqa: E402
    composes_from_parts, count_compound_usage, head_glosses, head_phrase, modifier_gloss, unsupported_prefix,
)
from reader.nlp.lang.prepositions import governed_cases  # noqa: E402
from reader.nlp.lang.strong_verbs import IRREGULAR_KONJUNKTIV_II  # noqa: E402
from hand_checked import add_core_glosses, add_supplement, checked_words  # noqa: E402
from reader.lexicon.database import AFFIX, BLOCK_SIZE, HEAD, PLURAL, SCHEMA_VERSION, decode_line_ids, encode_line_ids  # noqa: E402

DING_XZ = ROOT / "assets" / "lexicon" / "de-en.ding.xz"
DEFAULT_OUT = ROOT / "assets" / "lexicon" / "lexicon.sqlite"
ENGLISH_PREPOSITIONS = frozenset(
    """about above according across after against ahead along among around as at because before behind
    below beneath beside besides between beyond by despite down during for from in inside instead into
    near of off on onto out outside over per since through throughout to towards under until up upon
    via with within without""".split()
)
PHRASE_SUPPLEMENT = ROOT / "tools" / "phrase_supplement.tsv"
PLURAL_KEPT_ZIPF = 3.0  # plurals this common keep their own glosses, for plural tokens
ARTICLE_FORMS = ARTICLES | {"einen", "einem", "einer", "eines"}
USAGE_WORD_RE = re.compile(r"[^\W\d_]+")

def load_german_nouns() -> dict[str, list[tuple[str, str | None]]]:
    """lemma -> [(gender, plural)] from the german-nouns CSV (Wiktionary)."""
    from german_nouns.config import CSV_FILE_PATH

    nouns: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    with open(CSV_FILE_PATH, encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle)
        for row in rows:
            lemma = row["lemma"]
            if not lemma or not KEY_RE.match(lemma) or "Substantiv" not in row["pos"]:
                continue
            if "Toponym" in row["pos"] or "Vorname" in row["pos"] or "Nachname" in row["pos"]:
                continue
            genders = [row[c] for c in ("genus", "genus 1", "genus 2") if row.get(c)]
            plural = next(
                (row[c] for c in (
                    "nominativ plural", "nominativ plural 1", "nominativ plural*",
                    "nominativ plural stark",
                ) if row.get(c) and row[c] != "—"),
                None,
            )
            for gender in genders:
                if gender in ("m", "f", "n") and (gender, plural) not in nouns[lemma]:
                    nouns[lemma].append((gender, plural))
    return nouns


def load_names() -> list[tuple[str, int]]:
    """(word, only) for the names Wiktionary lists (first names, surnames, places): "Oliver", "Aachen".

    only is 1 when Wiktionary has no common noun of that spelling; "Sonntag" is a surname too, but
    also a common noun (only = 0).
    """
    from german_nouns.config import CSV_FILE_PATH

    names, common = set(), set()
    with open(CSV_FILE_PATH, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            lemma, kinds = row["lemma"], row["pos"]
            if not lemma or not KEY_RE.match(lemma):
                continue
            if any(kind in kinds for kind in ("Vorname", "Nachname", "Toponym")):
                names.add(lemma)
            elif "Substantiv" in kinds:
                common.add(lemma)
    return [(name, int(name not in common)) for name in sorted(names)]


def make_zipf():
    from wordfreq import zipf_frequency

    cache: dict[str, float] = {}

    def zipf(core: str) -> float:
        """English Zipf frequency; phrases pay half a point per extra word.

        wordfreq rates a phrase of common words ("go down", "last out") almost
        as high as its words, which would let phrasal readings beat the plain
        verb ("dismantle", "suffice").
        """
        if core not in cache:
            words = len(core.split())
            cache[core] = zipf_frequency(core, "en") - 0.5 * (words - 1) if core else 0.0
        return cache[core]

    return zipf


def build(out_path: Path) -> None:
    started = time.time()
    with lzma.open(DING_XZ, "rt", encoding="utf-8") as handle:
        raw_lines = handle.read().split("\n")
    if raw_lines and raw_lines[-1] == "":
        raw_lines.pop()
    version = next((l.split("::", 1)[1].strip() for l in raw_lines[:3] if "Version" in l), "?")

    groups: dict[tuple[str, str | None], list[Candidate]] = defaultdict(list)
    usage: dict[str, Counter[str]] = defaultdict(Counter)
    compounds: list[tuple[str, str]] = []
    phrases: list[PhrasePattern] = []
    lemma = make_lemmatizer()
    for line_id, raw in enumerate(raw_lines):
        parsed = parse_line(raw)
        if parsed is None:
            continue
        for key, pos, cand in line_candidates(line_id, parsed):
            cand.richness = len(parsed.german) - 1
            groups[(key, pos)].append(cand)
        count_usage(parsed, usage, lemma)
        compounds.extend(word_pairs(parsed))
        phrases.extend(phrase_patterns(parsed, lemma))
        for key, cand in prefix_candidates(line_id, parsed):
            groups[(key, AFFIX)].append(cand)
    print(f"parsed {len(raw_lines)} lines, {len(groups)} keys in {time.time() - started:.0f}s")
    # infinitives whose senses are hand-checked: "kommen aus" is theirs, "verglichen mit" a phrase
    verbs = {word for word in checked_words("VERB") if word.endswith("n") and lemma(word) == word}

    nouns = load_german_nouns()
    zipf = make_zipf()
    from wordfreq import zipf_frequency

    german_zipf = {key: zipf_frequency(key, "de") for key, _ in groups}
    lower_keys = {key for key, _ in groups if key[:1].islower()}
    rows = []
    sense_genders: dict[str, dict[str, str]] = {}
    kinds: dict[str, set[str]] = defaultdict(set)
    for (key, pos), cands in groups.items():
        kinds[key].update(c.kind for c in cands)
    for (key, pos), cands in groups.items():
        if key[:1].isupper() and pos in ("ADJ", "ADV", "VERB") and key.lower() in lower_keys:
            continue  # "Frei" {adj} from a phrase: the lowercase entry serves it
        max_glosses, max_lines = limits_for(german_zipf[key])
        ranked = rank_candidates(cands, zipf, max_glosses, max_lines, usage.get(key))
        if not ranked.glosses:
            continue
        gender, plural = ranked.gender, ranked.plural
        if pos == "NOUN" and key in nouns:
            gender, plural = merge_noun(gender, plural, nouns[key])
            if ranked.sense_genders and len({g for g, _ in nouns[key]}) > 1:
                sense_genders[key] = ranked.sense_genders
        rows.append((key, pos or "X", round(ranked.score * 100), gender, plural,
                     "\t".join(ranked.glosses), encode_line_ids(ranked.line_ids)))
    rows = drop_rare_compounds(rows, german_zipf)
    rows = drop_reachable_forms(rows, kinds, german_zipf)
    ding_nouns = {key for key, pos in groups if pos == "NOUN"}
    rows = add_supplement(rows, nouns)
    known = {row[0] for row in rows}
    loanwords = 0
    for lemma, forms in nouns.items():
        if lemma in ding_nouns or lemma in known or zipf_frequency(lemma, "de") == 0:
            continue
        if split_compound(lemma, known.__contains__) or lemma.rsplit("-", 1)[-1] in known - {lemma}:
            continue  # a compound takes gender and plural from its head ("NS-Regime": Regime, not "ns-regime")
        gender, plural = forms[0]
        gloss = loanword_gloss(lemma)
        loanwords += bool(gloss)
        rows.append((lemma, "NOUN", -10000 if not gloss else 0, gender, plural, gloss, ""))
    print(f"{loanwords} Wiktionary nouns glossed as English loanwords")
    names = load_names()
    rows = add_core_glosses(rows, {name for name, _ in names})
    rows = with_genders_of_senses(rows, sense_genders, nouns)
    rows = with_compound_senses(rows, compounds)
    rows.sort(key=lambda r: (r[0], r[1]))
    print(f"ranked {len(rows)} rows in {time.time() - started:.0f}s")
    write_sqlite(out_path, rows, raw_lines, version, names, phrase_rows(phrases, zipf, verbs))
    print(f"wrote {out_path} ({out_path.stat().st_size / 1e6:.1f} MB) in {time.time() - started:.0f}s")


def count_usage(line, usage: dict[str, Counter[str]], lemma) -> None:
    """For each German word of each sub-entry (and its lemma: "fordert" in an example counts for
    "fordern"), the English words of the aligned sub-entry."""
    if not line.aligned:
        return
    for german, english in zip(line.german, line.english):
        stems = set(usage_stems(" ".join(alt.text for alt in english)))
        if not stems:
            continue
        words = {w for alt in german for w in USAGE_WORD_RE.findall(alt.text)}
        for word in words | {lemma(w) for w in words}:
            usage[word].update(stems)


def make_lemmatizer():
    """Word forms to their lemma with simplemma ("gibt" -> geben), remembered per form."""
    from functools import cache

    import simplemma

    return cache(lambda word: simplemma.lemmatize(word, lang="de"))


def phrase_rows(patterns: list[PhrasePattern], zipf, verbs: set[str]) -> list[tuple]:
    """One row per (anchor, words, kind): the plainest main entry's term, its glosses merged, the
    commonest English first; then the hand-written tools/phrase_supplement.tsv for phrases Ding lacks."""
    grouped: dict[tuple, list[PhrasePattern]] = defaultdict(list)
    function_words = curated_words() | ARTICLE_FORMS
    for pattern in patterns:
        if pattern.kind == "fixed" and all(word in function_words for word in pattern.words):
            continue  # "mit dem", "ja auch", "innerhalb von" are everywhere, mostly not as Ding's idiom
        if pattern.kind == "fixed" and pattern.anchor in verbs and set(pattern.words[1:]) <= PREPOSITIONS:
            continue  # a verb and its preposition are the verb's ("kommen aus" is no "sourced in/from")
        if pattern.kind == "verb" and _konjunktiv_ii_written(pattern.term):
            continue  # "Ich möchte …", "Es dürfte …" say what the mood means; found by lemma, "ich mag" would match
        if pattern.tier < OFFENSIVE_TIER:
            grouped[(pattern.anchor, " ".join(pattern.words), pattern.kind)].append(pattern)
    rows = {}
    for key, group in grouped.items():
        # "sich melden" is "to report" before "to raise one's hand"
        group.sort(key=lambda p: (p.tier, not p.main, -round(zipf(gloss_core(p.glosses[0])), 1)))
        glosses = list(dict.fromkeys(g for p in group if p.term == group[0].term for g in p.glosses))[:4]
        if key[2] == "fixed":
            # "im Frühjahr" is read as its words, not as "vernal"; "zu Recht" is "rightly" before "justly"
            glosses.sort(key=lambda gloss: _rare_english_word(gloss, zipf))
            if all(_rare_english_word(gloss, zipf) for gloss in glosses):
                continue
        if key[2] == "fixed" and governed_cases(key[1].split()[0]):
            # a German phrase opening with a preposition reads best as an English one:
            # "im Internet" is "on the Internet" before "Internet-based"
            glosses.sort(key=lambda gloss: gloss.split()[0].lower() not in ENGLISH_PREPOSITIONS)
        rows[key] = (*key, group[0].term, "\t".join(glosses))
    for line in PHRASE_SUPPLEMENT.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            anchor, words, kind, term, glosses = line.split("\t")
            rows[(anchor, words, kind)] = (anchor, words, kind, term, "\t".join(glosses.split(" ; ")))
    print(f"{len(rows)} phrases")
    return sorted(rows.values())


def _konjunktiv_ii_written(term: str) -> bool:
    """The phrase writes its verb in the Konjunktiv II ("möchte", "dürfte"); "Würde" is a noun."""
    return any(word in IRREGULAR_KONJUNKTIV_II for word in term.split())


RARE_ENGLISH = 3.0  # Zipf: "vernal", "passim", "holus-bolus"; "rightly" and "retired" are common


def _rare_english_word(gloss: str, zipf) -> bool:
    """A gloss of one English word a learner seldom meets, as Ding gives many a common phrase."""
    core = gloss_core(gloss)
    return " " not in core and zipf(core) < RARE_ENGLISH


def word_pairs(line) -> list[tuple[str, str]]:
    """(single German word, its English) for every aligned sub-entry: compounds with their glosses."""
    if not line.aligned:
        return []
    pairs = []
    for german, english in zip(line.german, line.english):
        if not english:
            continue
        for i, alt in enumerate(german):
            if KEY_RE.match(alt.text) and len(alt.text) >= 7 and (alt.pos in ("NOUN", "ADJ") or alt.gender):
                pairs.append((alt.text, english[i if len(english) == len(german) else 0].text))
    return pairs


def with_compound_senses(rows: list[tuple], compounds: list[tuple[str, str]]) -> list[tuple]:
    """Add AFFIX rows (a word's English as a compound's first part) and HEAD rows (its senses as a
    last part, led by "freedom of" where English puts it first) learnt from the compounds Ding lists.
    A Ding "Haupt…" entry is one of the candidates and is replaced by what the compounds show, or
    dropped where they use the part's own senses more."""
    best: dict[str, tuple] = {}
    for row in rows:
        if row[1] not in (AFFIX, HEAD, PLURAL) and row[5] and (row[0] not in best or row[2] > best[row[0]][2]):
            best[row[0]] = row
    prefixes = {row[0]: row[5].split("\t") for row in rows if row[1] == AFFIX}
    from wordfreq import zipf_frequency

    first, last, bases, phrasing = count_compound_usage(
        compounds, best.__contains__, lambda word: max(0.0, zipf_frequency(word, "de") - 1.0)
    )
    added, replaced = [], set()
    for key, counts in first.items():
        base = bases.get(key, key)  # "Landes" has the senses of "Land"
        own = best[base][5].split("\t") if base in best else []
        form = modifier_gloss(prefixes.get(key, []) + own, counts)
        if form:
            added.append((key, AFFIX, 0, None, None, form, ""))
        if form or unsupported_prefix(prefixes.get(key, []), own, counts):
            replaced.add(key)
    for key, counts in last.items():
        if key not in best:
            continue
        senses = best[key][5].split("\t")
        reordered = head_glosses(senses, counts) or senses
        phrase = head_phrase(reordered, phrasing.get(key, Counter())) if best[key][1] == "NOUN" else None
        if phrase or reordered is not senses:
            added.append((key, HEAD, 0, None, None, "\t".join(([phrase] if phrase else []) + reordered), ""))
    print(f"{len(added)} compound-part senses from {len(compounds)} listed compounds; {len(replaced)} first-part entries replaced or dropped")
    return [row for row in rows if not (row[1] == AFFIX and row[0] in replaced)] + added


def limits_for(german_zipf: float) -> tuple[int, int]:
    """How many glosses and full-entry lines to keep: fewer for rare words."""
    if german_zipf >= 3.0:
        return 8, 16
    if german_zipf >= 2.0:
        return 5, 8
    if german_zipf > 0:
        return 3, 5
    return 2, 3


def drop_rare_compounds(rows: list[tuple], german_zipf: dict[str, float]) -> list[tuple]:
    """Drop words unseen in German text that the lookup composes from their parts as Ding has them.

    Ding lists tens of thousands of rare compounds ("Aalräucherei"); a word wordfreq has never seen
    whose English its parts' senses give costs space for little gain, because lookup() composes it at
    run time ("eel" + "smokery"). A compound whose English is another word ("Virushülle": viral
    envelope, not virus cover; "verfassungsgebend": constituent) keeps its row.
    """
    known = {row[0] for row in rows if german_zipf.get(row[0], 0) > 0}
    senses: dict[str, list[str]] = {}
    for row in rows:
        senses.setdefault(row[0], row[5].split("\t"))
    kept = []
    dropped = 0
    for row in rows:
        word = row[0]
        split = split_compound(word, known.__contains__) if german_zipf.get(word, 0) == 0 else None
        modifiers = [senses[part.key] for part in split[:-1]] if split else []
        if split and composes_from_parts(row[5].split("\t")[0], modifiers, senses[split[-1].key]):
            dropped += 1
            continue
        kept.append(row)
    print(f"dropped {dropped} rare compounds the lookup composes")
    return kept


def drop_reachable_forms(rows, kinds, german_zipf) -> list[tuple]:
    """Drop plural and participle rows that lookup() reaches via the lemma.

    "Spannungen" is found through the lemma variant "Spannung" (term, gender
    and plural of the lemma are what a learner wants anyway), so a separate
    row only costs space. Frequent participles ("gewählt") keep their own
    adjective-like gloss.
    """
    from reader.lexicon.spellings import lemma_variants

    glossed = {row[0] for row in rows if row[5]}
    kept, dropped = [], 0
    for row in rows:
        word, row_kinds = row[0], kinds.get(row[0], set())
        droppable = row_kinds <= {"plural"} or (
            row_kinds <= {"form", "plural"} and german_zipf.get(word, 0) < 2.5
        )
        if droppable and any(v in glossed for v in lemma_variants(word) if v != word):
            if row_kinds <= {"plural"} and row[1] == "NOUN" and german_zipf.get(word, 0) >= PLURAL_KEPT_ZIPF:
                kept.append((word, PLURAL) + row[2:])  # kept where tools/core_glosses.tsv checks it
            else:
                dropped += 1
            continue
        kept.append(row)
    print(f"dropped {dropped} plural/participle rows reachable from their lemma")
    return kept


def loanword_gloss(lemma: str) -> str:
    """English gloss for a Wiktionary noun Ding lacks that is an English word.

    "Tweet", "Whistleblower", "Coronavirus": German news borrows English
    nouns faster than Ding records them. A noun Wiktionary attests in German
    that is also common in English (Zipf >= 3) is glossed as itself.
    """
    from wordfreq import zipf_frequency

    if len(lemma) < 3:
        return ""
    english = lemma if lemma.isupper() else lemma.lower()
    return english if zipf_frequency(english, "en") >= 3.0 else ""


def with_genders_of_senses(rows: list[tuple], sense_genders: dict[str, dict[str, str]], nouns) -> list[tuple]:
    """A noun of several genders, which both Ding (for senses of their own) and Wiktionary give it,
    stores them all, the gender of its first sense first: "mf" for See (lake: der See; sea: die See),
    though Ding lists "die See" first. Ding alone gives stray genders in a synonym list ("Einfluss
    {f}; Gewicht {f}"). Read after the hand-checked senses have put the first sense first."""
    out = []
    for row in rows:
        offered = sense_genders.get(row[0]) if row[1] == "NOUN" and row[3] else None
        if offered:
            listed = {gender for gender, _ in nouns[row[0]]}
            shown = [offered.get(gloss_core(gloss)) for gloss in row[5].split("\t")]
            first = shown[0] if shown and shown[0] in listed else row[3]
            others = dict.fromkeys(g for g in shown if g in listed and g != first)
            plural = row[4] if first == row[3] else next((p for g, p in nouns[row[0]] if g == first and p), row[4])
            row = (*row[:3], first + "".join(others), plural, *row[5:])
        out.append(row)
    return out


def merge_noun(gender, plural, forms: list[tuple[str, str | None]]):
    """Prefer Wiktionary's gender and plural where it agrees or Ding is silent."""
    genders = [g for g, _ in forms]
    if gender is None or (gender not in genders and len(set(genders)) == 1):
        gender = genders[0]
    wiki_plural = next((p for g, p in forms if g == gender and p), None)
    return gender, wiki_plural or plural


def write_sqlite(out_path: Path, rows, raw_lines: list[str], version: str, names, phrases) -> None:
    tmp = out_path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    con.executescript(
        """
        PRAGMA page_size = 65536;
        PRAGMA journal_mode = OFF;
        CREATE TABLE meta(name TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
        CREATE TABLE term(
            word TEXT NOT NULL, pos TEXT NOT NULL, score INTEGER NOT NULL,
            gender TEXT, plural TEXT, glosses TEXT NOT NULL, lines TEXT NOT NULL,
            PRIMARY KEY (word, pos)
        ) WITHOUT ROWID;
        CREATE TABLE line_block(id INTEGER PRIMARY KEY, data BLOB NOT NULL);
        CREATE TABLE name(word TEXT PRIMARY KEY, only INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE phrase(
            anchor TEXT NOT NULL, words TEXT NOT NULL, kind TEXT NOT NULL, term TEXT NOT NULL,
            glosses TEXT NOT NULL, PRIMARY KEY (anchor, words, kind)
        ) WITHOUT ROWID;
        """
    )
    con.executemany("INSERT INTO term VALUES (?,?,?,?,?,?,?)", rows)
    con.executemany("INSERT INTO name VALUES (?, ?)", names)
    con.executemany("INSERT INTO phrase VALUES (?, ?, ?, ?, ?)", phrases)
    referenced = {lid for row in rows for lid in decode_line_ids(row[6])}
    # Lines no kept row points to are blanked: the full entry never shows them.
    lines = [text if i in referenced else "" for i, text in enumerate(raw_lines)]
    print(f"{len(referenced)} of {len(raw_lines)} Ding lines referenced")
    blocks = [
        (start // BLOCK_SIZE, zlib.compress("\n".join(lines[start:start + BLOCK_SIZE]).encode(), 9))
        for start in range(0, len(lines), BLOCK_SIZE)
    ]
    con.executemany("INSERT INTO line_block VALUES (?,?)", blocks)
    meta = {
        "schema_version": str(SCHEMA_VERSION),
        "ding_version": version,
        "block_size": str(BLOCK_SIZE),
        "sources": "Ding de-en (GPL-2.0-or-later); german-nouns/Wiktionary (CC BY-SA 4.0)",
        # names what the glosses are made of, so cached analyses know when they are stale
        "content_hash": hashlib.sha256(repr((rows, names, phrases)).encode()).hexdigest()[:16],
    }
    con.executemany("INSERT INTO meta VALUES (?,?)", sorted(meta.items()))
    con.commit()
    con.execute("VACUUM")
    con.close()
    tmp.replace(out_path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    build(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
