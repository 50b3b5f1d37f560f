"""`reader lookup WORD... [--json]`: the offline dictionary, one answer per word, in order."""

from __future__ import annotations

import argparse
import json

from reader.labels import with_article


def register(commands) -> None:
    lookup = commands.add_parser("lookup", help="look words up in the offline German–English dictionary")
    lookup.add_argument("words", metavar="WORD", nargs="+", help="German words, in any form")
    lookup.add_argument("--json", action="store_true", help="one JSON object per word, one per line")
    lookup.add_argument("--full", action="store_true", help="every sense, with labels and examples")
    lookup.set_defaults(handler=run_lookup)


def run_lookup(args: argparse.Namespace) -> int:
    from reader.lexicon import full_entry, lookup

    for word in args.words:
        if args.json:
            found = full_entry(word) if args.full else lookup(word)
            print(json.dumps(found.to_dict(), ensure_ascii=False))
        elif args.full:
            _print_full(full_entry(word))
        else:
            _print_entry(lookup(word))
    return 0


def _print_entry(entry) -> None:
    from reader.lexicon import after_definite_article

    singular, plural = after_definite_article(entry.term, entry.gender, entry.plural)
    plural = f", pl. die {plural}" if plural else ""
    composed = "  (composed: " + " + ".join(f"{p} = {g}" for p, g in entry.parts) + ")" if entry.composed else ""
    gloss = "; ".join(entry.gloss[:3]) if entry.gloss else "—"
    print(f"{with_article(singular, entry.gender)} [{(entry.pos or '?').lower()}{plural}]: {gloss}{composed}")


def _print_full(full) -> None:
    _print_entry(full.entry)
    for sense in full.senses:
        labels = f" [{', '.join(sense.labels)}]" if sense.labels else ""
        print(f"    {sense.german}{labels}: {'; '.join(sense.english)}")
