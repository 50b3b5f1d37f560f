"""Reading an article file (.txt or .md with front matter) into an `Article`.

Token offsets in an analysis are offsets into `Article.body`: the decoded
text of a .txt file, or the part of a .md file after its front matter.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from reader.errors import ReaderError

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown")
MAX_FILE_BYTES = 25 * 1024 * 1024
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_FIELD = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")  # letters, hyphenated or elided words as one
_C1_CONTROLS = re.compile("[\x80-\x9f]")
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")  # soft hyphen, zero-width space, word joiner, BOM


@dataclass(frozen=True)
class Article:
    """One article's text and metadata, as read from a file or a page."""

    title: str
    body: str
    source: str = ""
    url: str = ""
    date: str = ""
    language: str = "de"
    origin: str = ""
    author: str = ""
    site: str = ""
    guid: str = ""

    @property
    def sha256(self) -> str:
        """Identity of the text, so the same article is never stored twice."""
        return hashlib.sha256(self.body.strip().encode("utf-8")).hexdigest()

    @property
    def words(self) -> int:
        """How many words the text has, as the library lists it (known before any analysis)."""
        return len(_WORD.findall(self.body))


def load_article(path: Path) -> Article:
    """Read a .txt or .md article; raise `ReaderError` with a one-line reason if it can't be read
    (missing, a directory, another type, too large, empty, binary or UTF-16, no text at all)."""
    if path.exists() and not path.is_dir() and path.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise ReaderError(f"{path}: unsupported file type {path.suffix!r} (use .txt or .md)")
    raw = read_checked(path)
    check_text(raw, str(path))
    text = decode_text(raw)
    if not text.strip():  # only characters Python counts as space ("\x1c"), which bytes.strip() keeps
        raise ReaderError(f"{path} has no text")
    if path.suffix.lower() == ".txt":
        return Article(title=_title_from_text(text, path), body=text, origin=str(path.resolve()))
    fields, body = split_front_matter(text)
    if not body.strip():
        raise ReaderError(f"{path} has no text after its front matter")
    return Article(
        title=fields.get("title") or _title_from_text(body, path),
        body=body,
        source=fields.get("source", ""),
        url=fields.get("url", ""),
        date=fields.get("date", ""),
        language=fields.get("language", "de"),
        origin=str(path.resolve()),
    )


def read_checked(path: Path) -> bytes:
    """The bytes of an existing, non-empty, not-too-large regular file; `ReaderError` otherwise."""
    if not path.exists():
        raise ReaderError(f"no such file: {path}")
    if path.is_dir():
        raise ReaderError(f"{path} is a directory, not an article file")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ReaderError(
                f"{path} is too large ({size / 2**20:.0f} MB; the limit is {MAX_FILE_BYTES / 2**20:.0f} MB)"
            )
        raw = path.read_bytes()
    except OSError as error:
        raise ReaderError(f"cannot read {path}: {error.strerror or error}") from None
    if not raw.strip():
        raise ReaderError(f"{path} is empty")
    return raw


def check_text(raw: bytes, name: str) -> None:
    """Refuse bytes that are not text: UTF-16/32 (say so) or binary data (NULs, control bytes)."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReaderError(f"{name} is UTF-16 text; save it as UTF-8 and try again")
    sample = raw[:65536]
    if b"\x00" in sample or len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise ReaderError(f"{name} looks like a binary file, not text")


def decode_text(raw: bytes) -> str:
    """UTF-8 (with or without BOM); otherwise cp1252, which keeps umlauts of older Windows files."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    return repair_characters(text.replace("\r\n", "\n").replace("\r", "\n"))


def windows_punctuation(text: str) -> str:
    """C1 control characters (U+0080–U+009F) as the Windows-1252 punctuation they almost always are:
    text written in Windows-1252 and read as Latin-1 keeps „ “ – … as controls, which glue to the
    next word so that it gets no gloss. One character for one, so offsets into the text stay."""
    return _C1_CONTROLS.sub(_windows_character, text)


def repair_characters(text: str) -> str:
    """Text as a browser shows it: Windows-1252 punctuation for C1 controls, and without the
    invisible characters (soft hyphens, zero-width spaces) that split a word for the parser."""
    return _INVISIBLE.sub("", windows_punctuation(text))


def _windows_character(match: re.Match) -> str:
    try:
        return match.group().encode("latin-1").decode("cp1252")
    except UnicodeDecodeError:  # the five bytes Windows-1252 leaves undefined
        return ""


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split `---`-delimited `key: value` front matter from a Markdown body."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    fields = {}
    for line in match.group(1).splitlines():
        field = _FIELD.match(line)
        if field:
            fields[field.group(1).lower()] = _unquote(field.group(2))
    return fields, text[match.end() :].lstrip("\n")


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def _title_from_text(text: str, path: Path) -> str:
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line if len(line) <= 90 else line[:89].rstrip() + "…"
    return path.stem.replace("-", " ").replace("_", " ")
