"""The core never imports Textual: checked at run time (import-linter checks it statically in `make test`)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import reader

UI_MODULES = ("reader.ui", "reader.cli", "reader.commands", "reader.__main__")


def core_modules() -> list[str]:
    names = [info.name for info in pkgutil.walk_packages(reader.__path__, prefix="reader.")]
    return sorted(name for name in names if not name.startswith(UI_MODULES))


def test_the_core_is_found() -> None:
    assert {"reader.nlp", "reader.library", "reader.db"} <= set(core_modules())


def test_importing_the_core_does_not_import_textual() -> None:
    imports = "; ".join(f"import {name}" for name in core_modules())
    check = f"{imports}; import sys; print(sorted(m for m in sys.modules if m.split('.')[0] == 'textual'))"
    result = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_the_app_starts_without_importing_spacy() -> None:
    """spaCy (seconds to import) loads in a worker when an article needs it, after the library shows."""
    check = "import reader.ui.app, sys; print('spacy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
