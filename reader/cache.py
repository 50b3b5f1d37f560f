"""Data derived from bundled files, kept between runs so a cold start does not rebuild it.

Decoding simplemma's dictionary or the frequency list takes seconds; reading
the result back takes a fraction of that. Each entry is keyed by what it was
built from (a package version, a file's size and time), so an upgrade rebuilds
it. The cache only accelerates: if it cannot be written, the data is built in
memory or in a temporary file as before.
"""

from __future__ import annotations

import marshal
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

CACHE_ENV = "READER_CACHE"
_T = TypeVar("_T")


def cache_dir() -> Path:
    """`$READER_CACHE`, else platformdirs' user cache directory."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV]).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("reader", appauthor=False))


def file_key(path: Path) -> str:
    """What identifies a bundled file's content well enough to key a cache entry on."""
    stat = path.stat()
    return f"{stat.st_size}-{stat.st_mtime_ns}"


def cached(name: str, key: str, build: Callable[[], _T]) -> _T:
    """`build()`, or what it returned last time for the same `name` and `key` (must be marshal-able)."""
    path = cache_dir() / f"{name}-{key}.marshal"
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        pass
    value = build()
    try:
        _publish(path, f"{name}-*.marshal", lambda tmp: Path(tmp).write_bytes(marshal.dumps(value)))
    except OSError:
        pass
    return value


def cache_file(name: str, key: str, suffix: str, build: Callable[[str], None]) -> Path:
    """A file `build(path)` wrote for this `name` and `key`, built now if there is none yet."""
    path = cache_dir() / f"{name}-{key}.{suffix}"
    if path.exists():
        return path
    try:
        _publish(path, f"{name}-*.{suffix}", build)
        return path
    except OSError:
        scratch = Path(tempfile.mkdtemp(prefix="reader-")) / path.name  # read-only cache: build aside
        build(str(scratch))
        return scratch


def _publish(path: Path, siblings: str, write: Callable[[str], object]) -> None:
    """Write under a temporary name, then rename, so no reader ever sees half a file; entries
    built from older inputs (`siblings`, a glob) are removed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f".{path.name}.{os.getpid()}"
    tmp.unlink(missing_ok=True)
    try:
        write(str(tmp))
        for stale in path.parent.glob(siblings):
            stale.unlink(missing_ok=True)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
