"""The core never imports Textual: checked at run time (import-linter checks it statically in `make test`)."""

from __future__ import annotations

import pkgutil
import re
import subprocess
import sys
from pathlib import Path

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


def test_the_ui_and_the_commands_run_no_sql() -> None:
    """Every table has one owner in the core (the learner's words: `reader.vocab.Vocabulary`): the UI and
    the commands call it and never run SQL of their own (import-linter forbids them sqlite3 as well)."""
    root = Path(reader.__file__).parent
    files = [root / "cli.py", *sorted((root / "ui").rglob("*.py")), *sorted((root / "commands").rglob("*.py"))]
    sql = re.compile(r"\.execute(many|script)?\(|\b(SELECT|INSERT|UPDATE|DELETE)\b.*\b(FROM|INTO|SET)\b")
    offending = [
        f"{path.relative_to(root)}:{number}: {line.strip()}"
        for path in files
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if sql.search(line)
    ]
    assert len(files) > 20
    assert offending == []


def test_one_module_writes_the_learners_words() -> None:
    """`terms` and `status_history` are written by `reader/vocab/vocabulary.py` alone."""
    root = Path(reader.__file__).parent
    writes = re.compile(r"(INSERT( OR \w+)? INTO|UPDATE|DELETE FROM)\s+(terms|status_history)\b")
    writers = {
        str(path.relative_to(root)) for path in root.rglob("*.py") if writes.search(path.read_text(encoding="utf-8"))
    }
    assert writers == {"vocab/vocabulary.py"}


def test_labels_and_verb_forms_are_defined_once() -> None:
    """The article and gender tables live in reader/labels.py, the separable verb forms in
    reader/nlp/lang/verbs.py, the sentence structure in reader/nlp/structure.py: no copies elsewhere."""
    root = Path(reader.__file__).parent
    definitions = {
        r"""["']m["']\s*:\s*["']der""": {"labels.py"},  # {"m": "der", …}
        r"""["']m["']\s*:\s*["']Masc""": {"labels.py"},  # {"m": "Masc", …}
        r"""["']Masc["']\s*:\s*["']der""": set(),  # derived from the two above
        r"""["']NOUN["']\s*:\s*["']noun""": {"labels.py"},  # word class names
        r"""\)zu\(\[a-zäöüß\]""": {"nlp/lang/verbs.py"},  # "abzubauen"
        r"""\)ge\(\[a-zäöüß\]""": {"nlp/lang/verbs.py"},  # "abgebaut"
        r"""class SentenceStructure\b""": {"nlp/structure.py"},
        r"""set_extension\(""": {"nlp/extensions.py"},
    }
    sources = {str(path.relative_to(root)): path.read_text(encoding="utf-8") for path in root.rglob("*.py")}
    for pattern, owners in definitions.items():
        found = {name for name, text in sources.items() if re.search(pattern, text)}
        assert found == owners, pattern
