"""Errors the user caused and can fix; the CLI prints them as one line and exits 2."""


class ReaderError(Exception):
    """A problem with the user's input (a missing file, a bad id), not a bug."""
