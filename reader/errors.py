"""Errors the user caused and can fix; the CLI prints them as one line and exits 2."""

from pathlib import Path


class ReaderError(Exception):
    """A problem with the user's input (a missing file, a bad id), not a bug."""


class DatabaseDamaged(ReaderError):
    """The learner's database file is damaged (or not a database at all): nothing may read or write it
    until a backup is restored, so its contents are never made worse."""

    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        self.detail = detail
        super().__init__(f"the database {path} is damaged ({detail})")


class DatabaseTooNew(ReaderError):
    """The database was written by a newer reader: its schema is one this reader does not know."""

    def __init__(self, path: Path, version: int, known: int) -> None:
        self.path = path
        super().__init__(
            f"the database {path} was written by a newer version of reader (schema {version}, this one knows"
            f" up to {known}): update reader to open it"
        )
