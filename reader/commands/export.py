"""`reader export anki`: the learner's words as an Anki package (or straight into Anki via AnkiConnect)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.errors import ReaderError

DEFAULT_OUTPUT = "reader-words.apkg"


def register(commands) -> None:
    export = commands.add_parser("export", help="export your words (to Anki)")
    targets = export.add_subparsers(title="targets", metavar="TARGET", required=True)
    anki = targets.add_parser(
        "anki",
        help="write an Anki package of your words",
        description="Write an Anki package (.apkg) of your words: one note per term, updated in place on re-import.",
    )
    anki.add_argument(
        "-o", "--output", metavar="FILE.apkg", type=Path, default=Path(DEFAULT_OUTPUT),
        help=f"where to write the package (default: {DEFAULT_OUTPUT})",
    )
    anki.add_argument(
        "--status", metavar="STATUS",
        help="learning (1–5), known, ignored, unknown or a stage 1–5; comma-separated"
        " (default: learning; with --article: every status but known and ignored)",
    )
    anki.add_argument(
        "--article", metavar="PATH_OR_ID", help="only the words of this article (a file is imported first)"
    )
    anki.add_argument(
        "--cram", metavar="N", type=int,
        help="the N unknown words that cover most unknown words of your library: learn these first",
    )
    anki.add_argument("--since", metavar="DATE", help="only words whose status changed on or after DATE (YYYY-MM-DD)")
    anki.add_argument("--deck", metavar="NAME", help="Anki deck name (default: anki_deck in settings.toml, else German (reader))")
    anki.add_argument(
        "--audio", action="store_true",
        help="each word spoken (espeak-ng, German voice) as a [sound:…] on the card, the WAV in the package",
    )
    anki.add_argument(
        "--ankiconnect", action="store_true",
        help="add or update the notes in a running Anki (AnkiConnect on 127.0.0.1:8765) instead of writing a file",
    )
    anki.set_defaults(handler=run_export_anki)


def run_export_anki(args: argparse.Namespace) -> int:
    from reader.anki import parse_since, parse_statuses
    from reader.paths import user_home
    from reader.settings import load_settings

    statuses = parse_statuses(args.status) if args.status is not None else None
    since = parse_since(args.since) if args.since else None
    if args.article is not None and since:
        raise ReaderError("--since cannot be combined with --article")
    if args.cram is not None and (args.article is not None or since or statuses):
        raise ReaderError("--cram chooses the words itself: drop --article, --since and --status")
    if args.cram is not None and args.cram < 1:
        raise ReaderError("--cram: give a number of words, 1 or more")
    if args.deck is not None and not args.deck.strip():
        raise ReaderError("--deck: the deck name is empty")
    deck_name = (args.deck or load_settings(user_home(args.home)).anki_deck).strip()
    if args.audio and args.ankiconnect:
        raise ReaderError("--audio packs the sound files into an .apkg: drop --ankiconnect to use it")
    output: Path = args.output
    if not args.ankiconnect and output.suffix.lower() != ".apkg":
        raise ReaderError(f"{output}: an Anki package must end in .apkg")

    from reader.library import Library

    library = Library(user_home(args.home))
    try:
        if args.cram is not None:
            words, selection = _cram(library, args.cram)
        else:
            words, selection = _select(library, statuses, since, args.article)
        if not words:
            print(f"reader: nothing to export: no {selection}", file=sys.stderr)
            return 1
        if args.ankiconnect:
            from reader.anki import build_notes, sources_of
            from reader.anki.ankiconnect import AnkiConnect

            notes = build_notes(words, sources_of(library, words))
            added, updated = AnkiConnect().send(notes, deck_name)
            print(f"Sent {len(notes)} notes to Anki (deck {deck_name!r}): {added} added, {updated} updated.")
            return 0
        from reader.anki import export_words

        result = export_words(library, words, output, deck_name, audio=args.audio)
    finally:
        library.close()
    print(f"Wrote {result.notes} notes ({result.cards} cards) to {result.path}")
    return 0


def _select(library, statuses, since, article):
    """The words to export and a description of the selection, for the 'nothing to export' message."""
    from reader.anki import NOT_YET_KNOWN, article_words, describe_statuses, vocabulary_words
    from reader.vocab import LEARNING, Vocabulary

    if article is None:
        statuses = statuses or LEARNING
        words = vocabulary_words(library.connection, statuses, since)
        what = f"words with status {describe_statuses(statuses)}"
        return words, what + (f" changed since {since}" if since else "")
    from reader.commands.reading import resolve_article

    article_id = resolve_article(library, article)
    stored = library.get(article_id)
    analysis = library.ensure_analyzed(article_id).full()
    statuses = statuses or NOT_YET_KNOWN
    words = article_words(analysis, Vocabulary(library.connection), article_id, statuses)
    described = "not known or ignored" if statuses == NOT_YET_KNOWN else f"with status {describe_statuses(statuses)}"
    return words, f"words {described} in {stored.article.title!r}"


def _cram(library, size: int):
    """The library-wide cram list, from the analyses already made (listing never analyses)."""
    from reader.anki import library_cram

    return library_cram(library, size).words, "unknown words in the analyzed articles of your library"
