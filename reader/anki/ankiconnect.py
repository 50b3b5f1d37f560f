"""Sending notes straight into a running Anki through the AnkiConnect add-on (127.0.0.1:8765).

AnkiConnect cannot set a note's guid, so a note is found again by its Term and
PartOfSpeech fields in the reader note type: found notes get their fields
updated, the others are added. Notes added this way have Anki's own guids, so a
learner should use either AnkiConnect or .apkg files for one deck, not both.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterable

from reader.anki.model import CSS, FIELDS, MODEL_NAME, WORD_MODEL
from reader.anki.notes import WordNote
from reader.errors import ReaderError

DEFAULT_URL = "http://127.0.0.1:8765"
API_VERSION = 6


def quoted(text: str) -> str:
    """Text as an exact Anki search term: backslash before \\ " * _ and the whole in quotes."""
    for special in ("\\", '"', "*", "_"):
        text = text.replace(special, "\\" + special)
    return text


class AnkiConnect:
    """A small AnkiConnect client: one JSON request per call, errors as one-line ReaderErrors."""

    def __init__(self, url: str | None = None, timeout: float = 10.0) -> None:
        self.url = url or DEFAULT_URL
        self.timeout = timeout

    def request(self, action: str, **params):
        body = json.dumps({"action": action, "version": API_VERSION, "params": params}).encode()
        request = urllib.request.Request(self.url, body, {"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                reply = json.loads(response.read().decode("utf-8"))
        except (urllib.error.URLError, ConnectionError, TimeoutError) as error:
            raise ReaderError(
                f"Anki is not reachable at {self.url} (start Anki with the AnkiConnect add-on, or export a file)"
            ) from error
        except ValueError:
            raise ReaderError(f"{self.url} did not answer like AnkiConnect") from None
        if not isinstance(reply, dict) or "result" not in reply:
            raise ReaderError(f"{self.url} did not answer like AnkiConnect")
        if reply.get("error"):
            raise ReaderError(f"AnkiConnect {action}: {reply['error']}")
        return reply["result"]

    def ensure_model(self) -> None:
        """Create the reader note type in Anki unless it is there already."""
        if MODEL_NAME in self.request("modelNames"):
            return
        self.request(
            "createModel",
            modelName=MODEL_NAME,
            inOrderFields=list(FIELDS),
            css=CSS,
            isCloze=False,
            cardTemplates=[
                {"Name": template["name"], "Front": template["qfmt"], "Back": template["afmt"]}
                for template in WORD_MODEL.templates
            ],
        )

    def send(self, notes: Iterable[WordNote], deck_name: str) -> tuple[int, int]:
        """Add or update every note in `deck_name`; return (added, updated)."""
        self.request("createDeck", deck=deck_name)
        self.ensure_model()
        added = updated = 0
        for note in notes:
            fields = dict(zip(FIELDS, note.fields))
            query = (
                f'"note:{quoted(MODEL_NAME)}" "Term:{quoted(fields["Term"])}"'
                f' "PartOfSpeech:{quoted(fields["PartOfSpeech"])}"'
            )
            found = self.request("findNotes", query=query)
            if found:
                self.request("updateNoteFields", note={"id": found[0], "fields": fields})
                updated += 1
            else:
                self.request(
                    "addNote",
                    note={
                        "deckName": deck_name,
                        "modelName": MODEL_NAME,
                        "fields": fields,
                        "tags": list(note.tags),
                        "options": {"allowDuplicate": False},
                    },
                )
                added += 1
        return added, updated
