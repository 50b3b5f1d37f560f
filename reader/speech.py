"""Pronunciation, offline: espeak-ng's German voice writes a WAV, an audio player plays it (no Textual).

Each text is synthesised once into the user cache (`<cache>/speech/`), named
by a hash of voice and text, so a word heard again plays at once and the Anki
export (`--audio`) packs the same file. The player is `$READER_AUDIO_PLAYER`
(a command; the WAV's path is appended) or the first of the usual players
found on the PATH.
"""

from __future__ import annotations

import hashlib
import os
import shlex
import shutil
import subprocess
import tempfile
from pathlib import Path

from reader.cache import cache_dir
from reader.errors import ReaderError

VOICE = "de"
PLAYER_ENV = "READER_AUDIO_PLAYER"
# PulseAudio/PipeWire, ALSA, macOS, SoX: what a Linux desktop or a Mac has.
PLAYERS = (("paplay",), ("pw-play",), ("aplay", "-q"), ("afplay",), ("play", "-q"))
INSTALL_HINT = (
    "Pronunciation needs espeak-ng: sudo apt install espeak-ng (Fedora: sudo dnf install espeak-ng, macOS: brew install espeak-ng)"
)


class SpeechUnavailable(ReaderError):
    """espeak-ng (or an audio player) is missing: the message says how to get it, in one line."""


def espeak() -> str:
    """The espeak-ng program (or the older espeak), or SpeechUnavailable saying how to install it."""
    program = shutil.which("espeak-ng") or shutil.which("espeak")
    if program is None:
        raise SpeechUnavailable(INSTALL_HINT)
    return program


def wav_name(text: str) -> str:
    """The file name of the speech of `text`: the same text, the same name (Anki media names are global)."""
    digest = hashlib.sha1(f"{VOICE}\n{text}".encode()).hexdigest()[:16]
    return f"reader-{digest}.wav"


def speech_dir() -> Path:
    return cache_dir() / "speech"


def synthesise(text: str) -> Path:
    """The WAV of `text` spoken in German, written now unless it is cached."""
    path = speech_dir() / wav_name(text)
    if path.exists() and path.stat().st_size:
        return path
    program = espeak()
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=".speech-", suffix=".wav")
    os.close(handle)
    try:
        # The text goes on standard input: a word starting with "-" is never read as an option.
        subprocess.run(
            [program, "-v", VOICE, "-w", partial, "--stdin"],
            input=text, text=True, capture_output=True, check=True, timeout=60,
        )
        os.replace(partial, path)
    except subprocess.CalledProcessError as error:
        raise ReaderError(f"espeak-ng failed: {error.stderr.strip() or error.returncode}") from None
    finally:
        Path(partial).unlink(missing_ok=True)
    return path


def player() -> list[str]:
    """The command that plays a WAV (its path to be appended), or SpeechUnavailable."""
    configured = os.environ.get(PLAYER_ENV)
    if configured:
        return shlex.split(configured)
    for command in PLAYERS:
        if shutil.which(command[0]):
            return list(command)
    raise SpeechUnavailable(
        f"no audio player found ({', '.join(command[0] for command in PLAYERS)}); set {PLAYER_ENV} to one"
    )


def speak(text: str) -> Path:
    """Say `text` in German and return once it has been said; the WAV it played is returned."""
    path = synthesise(text)
    command = player()
    result = subprocess.run([*command, str(path)], capture_output=True, text=True)
    if result.returncode != 0:
        detail = result.stderr.strip().splitlines()[-1:] or [f"exit {result.returncode}"]
        raise ReaderError(f"{command[0]} could not play the sound: {detail[0]}")
    return path
