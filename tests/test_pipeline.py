"""The shipped German pipeline: loaded from assets/, offline, built for speed."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import textwrap

from reader.nlp.pipeline import SHIPPED_PIPELINE_DIR
from reader.paths import ASSETS_DIR

# Run in a fresh interpreter whose every socket operation fails, as on a machine with no network.
OFFLINE_LOAD = textwrap.dedent(
    """
    import json, socket

    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(repr(args[:2]))
        raise OSError("network unavailable")

    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse

    from reader.nlp import analyze
    from reader.nlp.pipeline import load_pipeline, pipeline_dir

    analysis = analyze("Die Regierung ruft die Bürger zur Ruhe auf.")
    print(json.dumps({
        "pipeline": str(pipeline_dir()),
        "name": load_pipeline().meta["name"],
        "terms": [token.term for token in analysis.tokens],
        "attempts": attempts,
    }))
    """
)


def test_the_shipped_pipeline_loads_from_assets_with_the_network_unavailable() -> None:
    env_without_override = {key: value for key, value in os.environ.items() if key != "READER_PIPELINE"}
    run = subprocess.run(
        [sys.executable, "-c", OFFLINE_LOAD], capture_output=True, text=True, env=env_without_override, timeout=300
    )
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout.splitlines()[-1])
    assert result["pipeline"] == str(SHIPPED_PIPELINE_DIR)
    assert SHIPPED_PIPELINE_DIR.is_relative_to(ASSETS_DIR)
    assert result["name"] == "de_reader"
    assert result["terms"].count("aufrufen") == 2  # the trained parse and the rules both ran
    assert result["attempts"] == []


def test_analysed_texts_are_not_kept_in_memory() -> None:
    """An import analyses hundreds of articles in one process: none of their parses may stay behind
    (the facts kept beside a parse, a separable verb's particle among them, once kept every one)."""
    from spacy.tokens import Doc

    from reader.nlp import analyze

    before = [obj for obj in gc.get_objects() if isinstance(obj, Doc)]  # other tests' parses, kept here
    for text in (
        "Die Regierung ruft die Bürger zur Ruhe auf.",
        "Die Minister kamen nach langen Gesprächen überein, dass Trumps Account gesperrt bleibt.",
    ):
        analysis = analyze(text)
        assert analysis.words > 0
    gc.collect()
    kept = {id(doc) for doc in before}
    assert [obj for obj in gc.get_objects() if isinstance(obj, Doc) and id(obj) not in kept] == []

