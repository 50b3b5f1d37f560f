"""Anki export from any screen: chosen words to `<home>/exports/NAME.apkg`, off the UI thread."""

from __future__ import annotations

from collections.abc import Callable

from textual import work
from textual.screen import Screen

from reader.anki import Word
from reader.errors import ReaderError
from reader.library import Library


@work(thread=True, exclusive=True, group="anki-export")
def export_to_anki(screen: Screen, name: str, words_of: Callable[[Library], list[Word]]) -> None:
    """Write the words `words_of` picks to an .apkg and say where; a connection of the worker's own."""
    app = screen.app
    library = Library(app.library.home)
    try:
        words = words_of(library)
        if not words:
            app.call_from_thread(app.notify, "Nothing to export.", severity="warning")
            return
        path = app.library.home / "exports" / f"{name}.apkg"
        path.parent.mkdir(parents=True, exist_ok=True)
        from reader.anki import export_words

        result = export_words(library, words, path, app.settings.anki_deck)
        app.call_from_thread(app.notify, f"Wrote {result.notes} Anki notes to {result.path}")
    except ReaderError as error:
        app.call_from_thread(app.notify, str(error), severity="error")
    finally:
        library.close()
