"""Speaking a word or a sentence from any screen, in a worker: the UI never waits for espeak-ng."""

from __future__ import annotations

from textual import work
from textual.screen import Screen

from reader.errors import ReaderError
from reader.speech import SpeechUnavailable, speak


@work(thread=True, group="speech")
def speak_in_background(screen: Screen, text: str) -> None:
    """Say `text`; when espeak-ng or a player is missing, one line says how to get it."""
    app = screen.app
    try:
        speak(text)
    except SpeechUnavailable as missing:
        app.call_from_thread(app.notify, str(missing), severity="warning", timeout=8)
    except ReaderError as error:
        app.call_from_thread(app.notify, str(error), severity="error")
