"""How many content words of real news get a gloss, and which ones do not.

    python tools/lexicon_coverage.py [--corpus DIR] [--misses N] [--sample FILE]

Counts the tokens tagged NOUN, VERB, ADJ or ADV in the Wikinews articles and
reports the share for which ``lookup(term, pos)`` returns a gloss (target
>= 97 %). The term is the simplemma lemma, with a separable verb particle
joined on when the parser links it ("kamen … überein" -> "übereinkommen").

By default tokens, POS and terms come from the product's own analysis
(reader.nlp.analysis.analyze, with the shipped pipeline or, until it lands,
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

    for path in PIPELINES:
        if (path / "meta.json").is_file():
            return spacy.load(path), str(path)
    return spacy.blank("de"), "blank German tokenizer + crude POS guess"


def crude_pos(token) -> str | None:
    text = token.text
    if not text.isalpha() or text.lower() in FUNCTION_WORDS:
        return None
    if text[:1].isupper() and not token.is_sent_start:
        return "NOUN"
    return "VERB" if text.endswith("en") else "ADJ"


def reader_engine():
    """The project's own analysis (reader.nlp), if it and a pipeline are there."""
    import os

    shipped = PIPELINES[0]
    if not (shipped / "meta.json").is_file():
        quick = PIPELINES[1]
        if not (quick / "meta.json").is_file():
            return None
        os.environ.setdefault("READER_PIPELINE", str(quick))
    try:
        from reader.nlp.analysis import analyze

        analyze("Die Stadt warnte die Bevölkerung.")
    except Exception as error:  # the engine is being written in parallel
        print(f"reader.nlp unavailable ({error.__class__.__name__}: {error}); using spaCy directly")
        return None
    return analyze


def reader_content_tokens(analyze, text: str):
    """Yield (surface, pos, term) from the product's own analysis."""
    for token in analyze(text).tokens:
        if token.pos in CONTENT and token.is_word:
            yield token.text, token.pos, token.term


def content_tokens(nlp, text: str):
    """Yield (surface, pos, term) for content words of *text*."""
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
        yield token.text, pos, lemma


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--misses", type=int, default=80, help="misses to print")
    parser.add_argument("--sample", type=Path, help="write a 60-lemma gloss sample here")
    parser.add_argument("--engine", choices=("auto", "reader", "spacy"), default="auto",
                        help="reader: the product's analysis (terms, separable verbs); "
                        "spacy: pipeline POS + simplemma lemmas")
    args = parser.parse_args(argv)

    analyze = reader_engine() if args.engine in ("auto", "reader") else None
    if analyze is not None:
        tokens_of = lambda text: reader_content_tokens(analyze, text)  # noqa: E731
        import os

        print(f"POS and terms from: reader.nlp.analysis ({os.environ.get('READER_PIPELINE', 'shipped pipeline')})")
    else:
        nlp, source = load_nlp()
        tokens_of = lambda text: content_tokens(nlp, text)  # noqa: E731
        print(f"POS from: {source}; lemmas from simplemma")
    total = covered = composed = 0
    misses: Counter = Counter()
    lemmas: set[tuple[str, str]] = set()
    for _name, text in article_texts(args.corpus):
        for surface, pos, term in tokens_of(text):
            total += 1
            entry = lookup(term, pos)
            lemmas.add((term, pos))
            if entry.found:
                covered += 1
                composed += entry.composed
            else:
                misses[(term, pos, surface)] += 1
    share = 100 * covered / total if total else 0.0
    print(f"content tokens: {total}  glossed: {covered} ({share:.1f} %)  "
          f"of which composed: {composed}")
    print(f"misses ({sum(misses.values())} tokens, {len(misses)} distinct):")
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
