"""Anki export: the .apkg imports into a real Anki collection, re-exports update notes, writes are atomic."""

from __future__ import annotations

import dataclasses
import html
import http.server
import json
import re
import shutil
import socket
import threading
import time
from pathlib import Path

import genanki
import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from review_words import context_of

import reader.anki.export as anki_export
from reader.anki import (
    MODEL_ID,
    DEFAULT_DECK_NAME,
    WordNote,
    article_words,
    deck_id_for,
    export_words,
    guid_for_term,
    parse_since,
    parse_statuses,
    vocabulary_words,
)
from reader.anki.ankiconnect import AnkiConnect, quoted
from reader.cli import main
from reader.errors import ReaderError
from reader.library import Library
from reader.nlp.pipeline import pipeline_dir
from reader.speech import wav_name
from reader.vocab import IGNORED, KNOWN, LEARNING, Context, Status, TermKey, Vocabulary

SENTENCE = (
    "Während eines Treffens in München kamen Hayashi und Stoltenberg überein, die Souveränität und"
    " territoriale Integrität der Ukraine zu unterstützen, teilte das japanische Außenministerium mit."
)
UEBEREINKOMMEN = TermKey("übereinkommen", "VERB")
SOUVERAENITAET = TermKey("Souveränität", "NOUN", "f")
UNTERSTUETZEN = TermKey("unterstützen", "VERB")
AUSSENMINISTERIUM = TermKey("Außenministerium", "NOUN", "n")
SICHERHEITSKONFERENZ = TermKey("Sicherheitskonferenz", "NOUN")  # gender from the lexicon
STAAT = TermKey("Staat", "NOUN", "m")
MITTEILEN = TermKey("mitteilen", "VERB")
LEARNING_KEYS = (UEBEREINKOMMEN, SOUVERAENITAET, UNTERSTUETZEN, AUSSENMINISTERIUM, SICHERHEITSKONFERENZ)
NOUNS = 3


def context(*words: str) -> Context:
    """The test sentence with the spans of `words` (each found after the previous one)."""
    return context_of(SENTENCE, words)


@pytest.fixture
def library(home: Path, founding_article: Path):
    library = Library(home)
    article_id = library.import_file(founding_article)
    vocabulary = Vocabulary(library.connection)
    contexts = {
        UEBEREINKOMMEN: context("kamen", "überein"),
        SOUVERAENITAET: context("Souveränität"),
        UNTERSTUETZEN: context("unterstützen"),
        AUSSENMINISTERIUM: context("Außenministerium"),
    }
    vocabulary.set_status([UEBEREINKOMMEN, SOUVERAENITAET], Status.LEARNING_1, article_id, contexts)
    vocabulary.set_status([UNTERSTUETZEN, AUSSENMINISTERIUM], Status.LEARNING_3, article_id, contexts)
    vocabulary.set_status([SICHERHEITSKONFERENZ], Status.LEARNING_5)  # no sentence, no article
    vocabulary.set_status([STAAT], KNOWN, article_id)
    vocabulary.set_status([MITTEILEN], IGNORED, article_id)
    yield library
    library.close()


def export(library: Library, path: Path, timestamp: float | None = None, **options):
    words = vocabulary_words(library.connection, options.pop("statuses", LEARNING), **options)
    return export_words(library, words, path, timestamp=timestamp)


def import_into(collection_path: Path, package: Path):
    collection = Collection(str(collection_path))
    request = ImportAnkiPackageRequest(package_path=str(package), options=ImportAnkiPackageOptions())
    collection.import_anki_package(request)
    return collection


def notes_by_term(collection) -> dict[str, object]:
    notes = [collection.get_note(note_id) for note_id in collection.find_notes("")]
    return {note["Term"].rsplit(" ", 1)[-1]: note for note in notes}


def test_package_imports_into_a_real_collection_with_a_card_per_type(library, tmp_path: Path) -> None:
    result = export(library, tmp_path / "words.apkg")
    assert (result.notes, result.cards) == (len(LEARNING_KEYS), len(LEARNING_KEYS) + NOUNS)
    collection = import_into(tmp_path / "collection.anki2", result.path)
    try:
        assert collection.note_count() == len(LEARNING_KEYS)  # known and ignored words stay out
        assert collection.card_count() == len(LEARNING_KEYS) + NOUNS  # nouns get a gender card too
        assert len(collection.find_cards(f'"deck:{DEFAULT_DECK_NAME}"')) == len(LEARNING_KEYS) + NOUNS
        notes = notes_by_term(collection)
        assert set(notes) == {key.term for key in LEARNING_KEYS}
        for note in notes.values():
            assert note.note_type()["id"] == MODEL_ID
            for field in ("Term", "PartOfSpeech", "Gloss", "Frequency"):
                assert note[field], (note["Term"], field)
            assert "reader" in note.tags
        for term in ("übereinkommen", "Souveränität", "unterstützen", "Außenministerium"):
            for field in ("Sentence", "Cloze", "Source"):
                assert notes[term][field], (term, field)
        souveraenitaet = notes["Souveränität"]
        assert souveraenitaet["Term"] == '<span class="article">die</span> Souveränität'
        assert souveraenitaet["Gender"] == "f"
        assert souveraenitaet["Plural"] == "die Souveränitäten"
        assert "sovereignty" in souveraenitaet["Gloss"]
        assert "<b>Souveränität</b>" in souveraenitaet["Sentence"]
        assert "Japan und NATO" in souveraenitaet["Source"] and "2022-02-19" in souveraenitaet["Source"]
        assert {"pos::noun", "source::japan-und-nato-wollen-spannungen-um-die-ukraine-abbauen"} <= set(
            souveraenitaet.tags
        )
        assert any(tag.startswith("level::") for note in notes.values() for tag in note.tags)
        konferenz = notes["Sicherheitskonferenz"]  # gender and plural from the lexicon; no sentence known
        assert (konferenz["Gender"], konferenz["Plural"]) == ("f", "die Sicherheitskonferenzen")
        assert konferenz["Sentence"] == konferenz["Cloze"] == konferenz["Source"] == ""
        assert "compound" in konferenz["GrammarNote"]
        verb = notes["übereinkommen"]
        assert verb["Gender"] == verb["Plural"] == ""
        assert verb["GrammarNote"].startswith("separable verb: überein|kommen")
    finally:
        collection.close()


def test_each_card_type_shows_the_term_or_sentence(library, tmp_path: Path) -> None:
    result = export(library, tmp_path / "words.apkg")
    collection = import_into(tmp_path / "collection.anki2", result.path)
    try:
        notes = notes_by_term(collection)
        cards = {card.template()["name"]: card for card in notes["Souveränität"].cards()}
        assert set(cards) == {"Recognition", "Gender and plural"}
        recognition = cards["Recognition"].question()
        assert "Souveränität" in recognition and "<b>Souveränität</b>" in recognition
        assert 'class="term gender-f"' in recognition
        gender = cards["Gender and plural"].question()
        assert "Souveränität" in gender
        assert "gender-f" not in gender.split("</style>")[-1]  # the colour would give the answer away
        assert "die Souveränitäten" in cards["Gender and plural"].answer()
        assert "sovereignty" in cards["Recognition"].answer()
        [verb_card] = notes["übereinkommen"].cards()
        assert "<b>kamen</b>" in verb_card.question() and "<b>überein</b>" in verb_card.question()
    finally:
        collection.close()


def test_a_second_export_updates_the_same_note(library, tmp_path: Path, monkeypatch) -> None:
    first = export(library, tmp_path / "first.apkg", timestamp=time.time() - 60)
    collection = import_into(tmp_path / "collection.anki2", first.path)
    collection.close()

    original = anki_export.lookup

    def new_gloss(term: str, pos: str | None = None):
        entry = original(term, pos)
        return dataclasses.replace(entry, gloss=("supreme power",)) if term == "Souveränität" else entry

    monkeypatch.setattr(anki_export, "lookup", new_gloss)
    second = export(library, tmp_path / "second.apkg")
    collection = import_into(tmp_path / "collection.anki2", second.path)
    try:
        assert collection.note_count() == len(LEARNING_KEYS)
        assert collection.card_count() == len(LEARNING_KEYS) + NOUNS
        [note_id] = collection.find_notes('"Term:*Souveränität"')
        assert collection.get_note(note_id)["Gloss"] == "supreme power"
    finally:
        collection.close()


def test_a_sentence_from_another_article_updates_the_note_too(library, tmp_path: Path) -> None:
    first = export(library, tmp_path / "first.apkg", timestamp=time.time() - 60)
    collection = import_into(tmp_path / "collection.anki2", first.path)
    collection.close()
    other = "Die Souveränität des Landes steht nicht zur Debatte."
    start = other.index("Souveränität")
    word = vocabulary_words(library.connection, {Status.LEARNING_1})
    word = [dataclasses.replace(w, context=Context(other, ((start, start + 12),))) for w in word]
    second = export_words(library, word, tmp_path / "second.apkg")
    collection = import_into(tmp_path / "collection.anki2", second.path)
    try:
        assert collection.note_count() == len(LEARNING_KEYS)
        [note_id] = collection.find_notes('"Term:*Souveränität"')
        assert collection.get_note(note_id)["Sentence"].startswith("Die <b>Souveränität</b> des Landes")
    finally:
        collection.close()


def test_the_guid_is_the_term_identity_not_the_fields() -> None:
    one = WordNote(SOUVERAENITAET, {"Term": "die Souveränität", "Gloss": "sovereignty"})
    other = WordNote(SOUVERAENITAET, {"Term": "die Souveränität", "Gloss": "supreme power"})
    assert one.guid == other.guid == guid_for_term(SOUVERAENITAET) == genanki.guid_for(
        "reader", "Souveränität", "NOUN", "f"
    )
    assert guid_for_term(TermKey("Leiter", "NOUN", "m")) != guid_for_term(TermKey("Leiter", "NOUN", "f"))
    assert deck_id_for("German (reader)") == deck_id_for("German (reader)") != deck_id_for("Vokabeln")
    assert 1 << 30 <= deck_id_for("Vokabeln") < 1 << 31


def test_the_cloze_of_a_separable_verb_covers_both_parts_in_one_card(library, tmp_path: Path) -> None:
    result = export(library, tmp_path / "words.apkg")
    collection = import_into(tmp_path / "collection.anki2", result.path)
    try:
        cloze_text = notes_by_term(collection)["übereinkommen"]["Cloze"]
        assert "{{c1::kamen}}" in cloze_text and "{{c1::überein}}" in cloze_text
        assert cloze_text.count("{{c") == 2
        # Anki's own cloze note type makes one card that hides both parts at once.
        cloze = collection.new_note(collection.models.by_name("Cloze"))
        cloze["Text"] = cloze_text
        collection.add_note(cloze, collection.decks.id_for_name("Default"))
        [card] = cloze.cards()
        shown = re.sub(r"<[^>]*>", "", card.question().split("</style>")[-1])
        assert "kamen" not in shown and "überein" not in shown
        assert shown.count("[...]") == 2
        answer = re.sub(r"<[^>]*>", "", card.answer().split("</style>")[-1])
        assert "kamen Hayashi und Stoltenberg überein" in answer
    finally:
        collection.close()


def test_an_interrupted_export_leaves_the_old_file_intact(library, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "words.apkg"
    export(library, target)
    before = target.read_bytes()

    def fail_halfway(self, file, timestamp=None):
        Path(file).write_bytes(b"PK\x03\x04 half a zip")
        raise KeyboardInterrupt

    monkeypatch.setattr(genanki.Package, "write_to_file", fail_halfway)
    with pytest.raises(KeyboardInterrupt):
        export(library, target)
    assert target.read_bytes() == before
    assert sorted(path.name for path in tmp_path.iterdir() if path.name.startswith(".")) == []


def test_a_write_error_is_one_reader_error(library, tmp_path: Path, monkeypatch) -> None:
    def disk_full(self, file, timestamp=None):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(genanki.Package, "write_to_file", disk_full)
    with pytest.raises(ReaderError, match="No space left on device"):
        export(library, tmp_path / "words.apkg")
    assert list(tmp_path.glob("*.apkg")) == [] and list(tmp_path.glob(".*")) == []
    with pytest.raises(ReaderError, match="no such directory"):
        export(library, tmp_path / "missing" / "words.apkg")


def test_status_and_since_select_the_words(library) -> None:
    def terms(**options) -> set[str]:
        return {word.key.term for word in vocabulary_words(library.connection, **options)}

    assert terms(statuses=parse_statuses("known")) == {"Staat"}
    assert terms(statuses=parse_statuses("3,5")) == {"unterstützen", "Außenministerium", "Sicherheitskonferenz"}
    assert terms(statuses=parse_statuses("learning,ignored")) == {k.term for k in LEARNING_KEYS} | {"mitteilen"}
    assert terms(statuses=LEARNING, since=parse_since("2000-01-01")) == {k.term for k in LEARNING_KEYS}
    assert terms(statuses=LEARNING, since=parse_since("2999-01-01")) == set()
    with pytest.raises(ReaderError):
        parse_statuses("sleepy")
    with pytest.raises(ReaderError):
        parse_since("last week")


# The command line


def run(capsys, home: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--home", str(home), "export", "anki", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_writes_the_package_and_says_where(library, home: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "out.apkg"
    code, out, err = run(capsys, home, "-o", str(target), "--deck", "Deutsch::Zeitung")
    assert code == 0, err
    assert out.strip() == f"Wrote {len(LEARNING_KEYS)} notes ({len(LEARNING_KEYS) + NOUNS} cards) to {target}"
    collection = import_into(tmp_path / "collection.anki2", target)
    try:
        assert len(collection.find_cards('"deck:Deutsch::Zeitung"')) == len(LEARNING_KEYS) + NOUNS
        assert collection.note_count() == len(LEARNING_KEYS)
    finally:
        collection.close()


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="needs espeak-ng (.ci/run installs it)")
def test_cli_audio_puts_the_spoken_word_on_each_card(
    library, home: Path, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("READER_CACHE", str(tmp_path / "cache"))
    target = tmp_path / "audio.apkg"
    code, out, err = run(capsys, home, "-o", str(target), "--audio")
    assert code == 0, err
    collection = import_into(tmp_path / "collection.anki2", target)
    try:
        notes = notes_by_term(collection)
        media = Path(collection.media.dir())
        for term, spoken in (("Souveränität", "die Souveränität"), ("übereinkommen", "übereinkommen")):
            assert notes[term]["Audio"] == f"[sound:{wav_name(spoken)}]"
            wav = media / wav_name(spoken)
            assert wav.stat().st_size > 1000 and wav.read_bytes()[:4] == b"RIFF"
        recognition = collection.get_card(notes["Souveränität"].card_ids()[0])
        assert [tag.filename for tag in recognition.answer_av_tags()] == [wav_name("die Souveränität")]
    finally:
        collection.close()


def test_audio_cannot_go_through_ankiconnect(library, home: Path, capsys) -> None:
    code, _, err = run(capsys, home, "--audio", "--ankiconnect")
    assert code == 2 and err.count("\n") == 1 and "--audio" in err


@pytest.mark.parametrize(
    "args, message",
    [
        (["--article", "nowhere.txt"], "reader: no such file: nowhere.txt"),
        (["--article", "4711"], "reader: no article with id 4711"),
        (["--status", "sleepy"], "reader: unknown status 'sleepy'"),
        (["--since", "yesterday"], "reader: --since: 'yesterday' is not a date"),
        (["-o", "words.txt"], "reader: words.txt: an Anki package must end in .apkg"),
        (["-o", "/nonexistent-dir/words.apkg"], "reader: cannot write /nonexistent-dir/words.apkg: no such directory"),
    ],
)
def test_cli_bad_input_is_one_line_and_exit_2(library, home: Path, capsys, monkeypatch, tmp_path, args, message) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, home, *args)
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert err.startswith(message)
    assert not list(tmp_path.glob("*.apkg"))


def test_cli_empty_selection_is_a_clear_message_and_no_file(home: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "out.apkg"
    code, out, err = run(capsys, home, "-o", str(target))
    assert code == 1
    assert err.strip() == "reader: nothing to export: no words with status learning 1–5"
    assert not target.exists()


needs_pipeline = pytest.mark.skipif(
    not (pipeline_dir() / "meta.json").is_file(),
    reason="no German pipeline (set READER_PIPELINE=build/pipeline-quick until assets/pipeline exists)",
)


@needs_pipeline
def test_cli_article_exports_its_words_not_yet_known(home: Path, founding_article: Path, tmp_path: Path, capsys) -> None:
    library = Library(home)
    article_id = library.import_file(founding_article)
    from reader.nlp import engine_version

    code, out, err = run(capsys, home, "--article", str(founding_article), "-o", str(tmp_path / "first.apkg"))
    assert code == 0, err
    analysis = library.reading(article_id, engine_version()).full()  # stored for next time
    vocabulary = Vocabulary(library.connection)
    words = article_words(analysis, vocabulary, article_id)
    assert out.startswith(f"Wrote {len(words)} notes")
    known = [word.key for word in words[:5]]
    vocabulary.set_status(known, KNOWN)
    vocabulary.set_status([words[5].key], IGNORED)
    vocabulary.set_status([words[6].key], Status.LEARNING_2)
    code, out, err = run(capsys, home, "--article", str(article_id), "-o", str(tmp_path / "second.apkg"))
    assert code == 0, err
    assert out.startswith(f"Wrote {len(words) - 6} notes")
    collection = import_into(tmp_path / "collection.anki2", tmp_path / "second.apkg")
    try:
        notes = [collection.get_note(note_id) for note_id in collection.find_notes("")]
        assert len(notes) == len(words) - 6
        body = " ".join(library.get(article_id).article.body.split())
        for note in notes:  # each with its sentence from this article
            assert "<b>" in note["Sentence"] and "Japan und NATO" in note["Source"]
            assert " ".join(html.unescape(re.sub(r"<[^>]*>", "", note["Sentence"])).split()) in body
    finally:
        collection.close()
        library.close()
    code, out, err = run(capsys, home, "--article", str(article_id), "--status", "known", "-o", str(tmp_path / "k.apkg"))
    assert out.startswith("Wrote 5 notes")


# AnkiConnect


class FakeAnkiConnect(http.server.BaseHTTPRequestHandler):
    """Just enough of AnkiConnect: notes are found again by their Term and PartOfSpeech fields."""

    notes: dict[int, dict] = {}
    models: list[str] = []

    def do_POST(self) -> None:
        request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        params, action = request["params"], request["action"]
        result = None
        if action == "modelNames":
            result = list(self.models)
        elif action == "createModel":
            self.models.append(params["modelName"])
        elif action == "findNotes":
            query = params["query"]
            result = [
                number
                for number, note in self.notes.items()
                if f'"Term:{quoted(note["fields"]["Term"])}"' in query
                and f'"PartOfSpeech:{quoted(note["fields"]["PartOfSpeech"])}"' in query
            ]
        elif action == "addNote":
            result = len(self.notes) + 1
            self.notes[result] = params["note"]
        elif action == "updateNoteFields":
            self.notes[params["note"]["id"]]["fields"] = params["note"]["fields"]
        body = json.dumps({"result": result, "error": None}).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


def test_ankiconnect_adds_then_updates(library, tmp_path: Path) -> None:
    FakeAnkiConnect.notes, FakeAnkiConnect.models = {}, []
    server = http.server.HTTPServer(("127.0.0.1", 0), FakeAnkiConnect)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        client = AnkiConnect(f"http://127.0.0.1:{server.server_port}")
        words = vocabulary_words(library.connection, LEARNING)
        notes = anki_export.build_notes(words, anki_export.sources_of(library, words))
        assert client.send(notes, "Deutsch") == (len(LEARNING_KEYS), 0)
        assert client.send(notes, "Deutsch") == (0, len(LEARNING_KEYS))
        assert len(FakeAnkiConnect.notes) == len(LEARNING_KEYS)
        assert FakeAnkiConnect.models == ["reader: German word"]
    finally:
        server.shutdown()
        server.server_close()


def test_ankiconnect_not_running_is_one_clear_line(library, home: Path, capsys, monkeypatch) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nothing listens there
    monkeypatch.setattr("reader.anki.ankiconnect.DEFAULT_URL", f"http://127.0.0.1:{port}")
    code, out, err = run(capsys, home, "--ankiconnect")
    assert code == 2
    assert err.strip().startswith(f"reader: Anki is not reachable at http://127.0.0.1:{port}")
    assert len(err.strip().splitlines()) == 1


def test_cli_cram_exports_the_words_that_cover_most_unknown_tokens(home: Path, founding_article: Path, tmp_path: Path, capsys) -> None:
    from reader.difficulty import cram_list

    library = Library(home)
    analysis = library.ensure_analyzed(library.import_file(founding_article)).full()
    library.close()
    expected = {item.key.term for item in cram_list([analysis], {}, 5)}
    code, out, err = run(capsys, home, "--cram", "5", "-o", str(tmp_path / "cram.apkg"))
    assert code == 0, err
    assert "Wrote 5 notes" in out
    collection = import_into(tmp_path / "collection.anki2", tmp_path / "cram.apkg")
    terms = {html.unescape(re.sub("<[^>]+>", "", collection.get_note(note_id)["Term"])) for note_id in collection.find_notes("")}
    assert {term.split(" ")[-1] for term in terms} == expected  # nouns carry their article


def test_a_phrase_the_learner_marked_becomes_a_note_with_its_gloss_and_both_parts_in_bold(
    library, tmp_path: Path
) -> None:
    sentence = "Das Gesetz tritt am 1. Mai in Kraft."
    phrase = TermKey("in Kraft treten", "PHRASE")
    spans = tuple((sentence.index(word), sentence.index(word) + len(word)) for word in ("tritt", "in Kraft"))
    Vocabulary(library.connection).set_status([phrase], Status.LEARNING_1, contexts={phrase: Context(sentence, spans)})
    result = export(library, tmp_path / "words.apkg")
    collection = import_into(tmp_path / "collection.anki2", result.path)
    try:
        [note] = [collection.get_note(n) for n in collection.find_notes('"Term:in Kraft treten"')]
        assert "take effect" in note["Gloss"] or "into force" in note["Gloss"]
        assert "<b>tritt</b>" in note["Sentence"] and "<b>in Kraft</b>" in note["Sentence"]
        assert len(note.cards()) == 1  # a phrase has no gender card
    finally:
        collection.close()
