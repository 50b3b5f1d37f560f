"""The shipped German pipeline: loaded from assets/, offline, built for speed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from reader.nlp.pipeline import SHIPPED_PIPELINE_DIR, load_pipeline
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


def test_the_statistical_layers_multiply_with_numpy_rather_than_generic_blis() -> None:
    """BLIS's generic kernels, its fallback on CPUs it does not recognise, halve the pipeline's speed."""
    nlp = load_pipeline()
    # spaCy always builds the parser's output layer on its own CPU ops; its C loop reads the weights directly.
    parser_output_layer = nlp.get_pipe("parser").model.get_ref("upper")
    layers = [
        layer
        for _, component in nlp.pipeline
        if hasattr(component, "model")
        for layer in component.model.walk()
        if layer is not parser_output_layer
    ]
    assert len(layers) > 10
    assert all(not layer.ops.use_blis for layer in layers)
