"""How many content words of real news get a gloss, and which ones do not.

    python tools/lexicon_coverage.py [--corpus DIR] [--misses N] [--sample FILE]
                                     [--count-by final|model|circular] [--moved]

Counts the tokens tagged NOUN, VERB, ADJ or ADV in the Wikinews articles and
reports the share for which ``lookup(term, pos)`` returns a gloss (target
>= 97 %). The term is the simplemma lemma, with a separable verb particle
joined on when the parser links it ("kamen … überein" -> "übereinkommen").

Which tokens are content words depends on the POS, so three counts are
printed; ``--count-by`` picks the one whose misses are listed:

- model: the statistical model's POS, before any rule;
- final: the POS the product shows, after the name rule
  (``reader.nlp.name_tokens``), which moves names the model called NOUN/ADJ/ADV/VERB
  to PROPN on evidence independent of the gloss lexicon. The product's number;
- circular: for comparison only, the old rule "a NOUN the lexicon cannot gloss
  is a name", which decides with the lexicon itself what counts, so a noun
  can never miss: not a valid coverage measure.

``--moved`` lists the tokens the name rule moved to PROPN, for checking by hand.

By default tokens, POS and terms come from the product's own pipeline and
rules (reader.nlp.pipeline.load_pipeline and reader.nlp.name_tokens, as
reader.nlp.analysis.analyze uses them, with the shipped pipeline or
build/pipeline-quick), i.e. exactly what `reader analyze` would look up.
``--engine spacy`` uses the pipeline's POS with simplemma lemmas instead;
without any trained pipeline, a crude guess (capitalised mid-sentence = NOUN,
function-word list = skipped).

``--sample FILE`` also writes 60 random content lemmas (fixed seed) with their
first gloss, for the by-hand sense check.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.lexicon import lookup  # noqa: E402

CORPUS = Path("/work/shared/corpora/wikinews-de")
PIPELINES = [ROOT / "assets" / "pipeline" / "de_reader", ROOT / "build" / "pipeline-quick"]
CONTENT = {"NOUN", "VERB", "ADJ", "ADV"}
PARTICLE_DEPS = {"svp", "compound:prt"}
FUNCTION_WORDS = set(
    """der die das des dem den ein eine einer eines einem einen und oder aber
    in im ins an am auf aus bei mit nach von vom zu zum zur für über unter vor
    hinter neben zwischen durch gegen ohne um als wie wenn dass daß ob weil da
    ich du er sie es wir ihr sich mich dich uns euch ihm ihn ihnen sein seine
    seiner seinen seinem ihre ihrer ihren ihrem nicht auch noch schon nur so
    ist sind war waren wird werden wurde wurden hat haben hatte hatten kann
    können soll sollen muss müssen will wollen dieser diese dieses diesem
    diesen welche welcher welches man kein keine keinen einer bis seit""".split()
)


def article_texts(corpus: Path) -> list[tuple[str, str]]:
    """(name, body) of each Markdown article, front matter and '#' removed."""
    out = []
    for path in sorted(corpus.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        if text.startswith("---"):
            text = text.split("---", 2)[2]
        text = re.sub(r"^#+\s*", "", text, flags=re.M)
        out.append((path.stem, text))
    return out


def load_nlp():
    import spacy

    from reader.nlp.pipeline import load_statistical

    for path in PIPELINES:
        if (path / "meta.json").is_file():
            return load_statistical(path), str(path)
    return spacy.blank("de"), "blank German tokenizer + crude POS guess"


def crude_pos(token) -> str | None:
    text = token.text
    if not text.isalpha() or text.lower() in FUNCTION_WORDS:
        return None
    if text[:1].isupper() and not token.is_sent_start:
        return "NOUN"
    return "VERB" if text.endswith("en") else "ADJ"


def reader_engine():
    """The product's own pipeline and name rule (reader.nlp), if they and a pipeline are there."""
    import os

    shipped = PIPELINES[0]
    if not (shipped / "meta.json").is_file():
        quick = PIPELINES[1]
        if not (quick / "meta.json").is_file():
            return None
        os.environ.setdefault("READER_PIPELINE", str(quick))
    try:
        from reader.nlp.name_tokens import name_indices
        from reader.nlp.pipeline import load_pipeline

        nlp = load_pipeline()
    except Exception as error:  # the engine is being written in parallel
        print(f"reader.nlp unavailable ({error.__class__.__name__}: {error}); using spaCy directly")
        return None
    return nlp, name_indices


def reader_content_tokens(engine, text: str):
    """Yield (surface, model POS, final POS, term, context) as reader.nlp.analysis.analyze sees them."""
    nlp, name_indices = engine
    doc = nlp(text)
    names = name_indices(doc)
    for token in doc:
        if token.pos_ in CONTENT and any(char.isalpha() for char in token.text):
            final = "PROPN" if token.i in names else token.pos_
            context = doc[max(0, token.i - 4) : token.i + 3].text.replace("\n", " ")
            yield token.text, token.pos_, final, token._.term or token.lemma_, context


def content_tokens(nlp, text: str):
    """Yield (surface, pos, pos, term, context) for content words of *text* (no name rule)."""
    import simplemma

    doc = nlp(text)
    tagged = nlp.has_pipe("morphologizer") or nlp.has_pipe("tagger")
    for token in doc:
        pos = token.pos_ if tagged else crude_pos(token)
        if pos not in CONTENT or not any(ch.isalpha() for ch in token.text):
            continue
        lemma = simplemma.lemmatize(token.text, lang="de")
        if pos == "NOUN":
            lemma = lemma[:1].upper() + lemma[1:]
        elif pos == "VERB":
            particles = [
                c.text.lower() for c in token.children
                if c.dep_ in PARTICLE_DEPS and c.text.isalpha() and c.pos_ in ("ADP", "PART", "ADV", "ADJ")
            ]
            lemma = "".join(particles) + lemma.lower() if particles else lemma.lower()
        yield token.text, pos, pos, lemma, ""


class Count:
    """Glossed content tokens under one way of deciding what a content word is."""

    def __init__(self) -> None:
        self.total = self.covered = self.composed = 0
        self.misses: Counter = Counter()

    def add(self, surface: str, pos: str, term: str, entry) -> None:
        self.total += 1
        if entry.found:
            self.covered += 1
            self.composed += entry.composed
        else:
            self.misses[(term, pos, surface)] += 1

    def line(self) -> str:
        share = 100 * self.covered / self.total if self.total else 0.0
        return f"{self.total} content tokens, glossed {self.covered} ({share:.2f} %), composed {self.composed}"


LABELS = {
    "model": "by the model's POS (no name rule)       ",
    "final": "by the final POS (name rule, the product)",
    "circular": "circular rule, NOT a valid measure      ",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--misses", type=int, default=80, help="misses to print")
    parser.add_argument("--sample", type=Path, help="write a 60-lemma gloss sample here")
    parser.add_argument("--count-by", choices=tuple(LABELS), default="final",
                        help="whose misses to list (all three shares are printed)")
    parser.add_argument("--moved", action="store_true", help="list the tokens the name rule moved to PROPN")
    parser.add_argument("--engine", choices=("auto", "reader", "spacy"), default="auto",
                        help="reader: the product's pipeline and rules (terms, separable verbs, names); "
                        "spacy: pipeline POS + simplemma lemmas")
    args = parser.parse_args(argv)

    engine = reader_engine() if args.engine in ("auto", "reader") else None
    if engine is not None:
        tokens_of = lambda text: reader_content_tokens(engine, text)  # noqa: E731
        import os

        print(f"POS and terms from: reader.nlp ({os.environ.get('READER_PIPELINE', 'shipped pipeline')})")
    else:
        nlp, source = load_nlp()
        tokens_of = lambda text: content_tokens(nlp, text)  # noqa: E731
        print(f"POS from: {source}; lemmas from simplemma; no name rule")
    counts = {way: Count() for way in LABELS}
    moved: list[tuple[str, str, bool, str]] = []
    lemmas: set[tuple[str, str]] = set()
    for _name, text in article_texts(args.corpus):
        for surface, model_pos, final_pos, term, context in tokens_of(text):
            entry = lookup(term, model_pos)
            lemmas.add((term, model_pos))
            counts["model"].add(surface, model_pos, term, entry)
            if final_pos in CONTENT:
                counts["final"].add(surface, final_pos, term, entry)
            else:
                moved.append((surface, model_pos, entry.found, context))
            if entry.found or model_pos != "NOUN":
                counts["circular"].add(surface, model_pos, term, entry)
    for way, label in LABELS.items():
        print(f"{label}: {counts[way].line()}")
    print(f"name rule moved {len(moved)} tokens to PROPN "
          f"({sum(found for _, _, found, _ in moved)} of them had a gloss)")
    if args.moved:
        for surface, pos, found, context in moved:
            print(f"  {surface:20s} {pos:5s} {'glossed' if found else 'no gloss':8s} … {context} …")
    misses = counts[args.count_by].misses
    print(f"misses by {args.count_by} POS ({sum(misses.values())} tokens, {len(misses)} distinct):")
    for (term, pos, surface), count in misses.most_common(args.misses):
        print(f"  {count:3d}  {term:30s} {pos:5s} ({surface})")
    if args.sample:
        write_sample(sorted(lemmas), args.sample)
    return 0


def write_sample(lemmas: list[tuple[str, str]], path: Path, size: int = 60) -> None:
    """60 random content lemmas (seed 4) with the first gloss, for review."""
    rng = random.Random(4)
    picked = rng.sample(lemmas, min(size, len(lemmas)))
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for term, pos in picked:
            entry = lookup(term, pos)
            first = entry.gloss[0] if entry.gloss else "—"
            mark = " (composed)" if entry.composed else ""
            handle.write(f"{term}\t{pos}\t{first}{mark}\t\n")
    print(f"wrote {len(picked)} sample lemmas to {path}")


if __name__ == "__main__":
    raise SystemExit(main())
