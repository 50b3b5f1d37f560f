"""A writer process for the durability tests: many status changes, each printed after its commit.

    python tests/vocab_writer.py HOME PREFIX COUNT [TERMS]

Change n gives the term `PREFIX-(n % TERMS)` the status cycling 1..5, 99, and
prints "n term status" only once `set_status` has returned (committed).
"""

from __future__ import annotations

import sys
from pathlib import Path

from reader.library import Library
from reader.vocab import Status, TermKey, Vocabulary

CYCLE = (1, 2, 3, 4, 5, 99)


def main() -> None:
    home, prefix, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    terms = int(sys.argv[4]) if len(sys.argv) > 4 else 50
    vocabulary = Vocabulary(Library(home).connection)
    print("ready", flush=True)
    for n in range(count):
        term = f"{prefix}-{n % terms}"
        status = CYCLE[n % len(CYCLE)]
        vocabulary.set_status([TermKey(term, "NOUN", "f")], Status(status))
        print(n, term, status, flush=True)


if __name__ == "__main__":
    main()
