"""Where the learner's data and the bundled data live.

The learner's home holds one SQLite database. It defaults to platformdirs'
user data dir; `READER_HOME` or `--home` override it so tests and scripts
never touch a real user's data.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ASSETS_DIR = PROJECT_ROOT / "assets"
BUNDLED_TEXTS_DIR = PROJECT_ROOT / "texts"
HOME_ENV = "READER_HOME"


def user_home(override: str | os.PathLike[str] | None = None, *, create: bool = True) -> Path:
    """The learner's data directory, created if missing (unless `create` is false): `override`, else
    `$READER_HOME`, else platformdirs."""
    if override:
        home = Path(override)
    elif os.environ.get(HOME_ENV):
        home = Path(os.environ[HOME_ENV])
    else:
        from platformdirs import user_data_dir

        home = Path(user_data_dir("reader", appauthor=False))
    home = home.expanduser()
    if create:
        home.mkdir(parents=True, exist_ok=True)
    return home


def database_path(home: Path) -> Path:
    return home / "reader.db"
