"""Reading article files and keeping them in the learner's database."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from reader import db
from reader.difficulty import new_word_share, score
from reader.errors import ReaderError
from reader.lexicon.database import lexicon_path
from reader.library import Library, load_article
from reader.nlp import Analysis, analyze, engine_version
from reader.paths import database_path
from reader.vocab import KNOWN, Vocabulary, term_key
from reader.vocab.coverage import term_counts
from reader.vocab.stats import article_shares, unknown_shares


def test_markdown_front_matter_gives_title_date_and_body(founding_article: Path) -> None:
    article = load_article(founding_article)
    assert article.title == "Japan und NATO wollen Spannungen um die Ukraine abbauen"
    assert article.date == "2022-02-19"
    assert article.language == "de"
    assert article.body.startswith("Der japanische Außenminister")


def test_text_file_keeps_its_umlauts_in_any_common_encoding(tmp_path: Path) -> None:
    text = "Die Größe der Übung überrascht.\n"
    for encoding in ("utf-8", "utf-8-sig", "cp1252"):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(text.encode(encoding))
        assert load_article(path).body == text


@pytest.mark.parametrize("name", ["missing.txt", "folder", "article.pdf"])
def test_unreadable_input_raises_a_readable_error(tmp_path: Path, name: str) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "article.pdf").write_bytes(b"%PDF")
    with pytest.raises(ReaderError):
        load_article(tmp_path / name)


def test_the_same_article_is_stored_once(home: Path, founding_article: Path) -> None:
    library = Library(home)
    first = library.import_file(founding_article)
    assert library.import_file(founding_article) == first
    assert [stored.id for stored in library.articles()] == [first]


def test_bundled_articles_are_added_to_a_new_library(home: Path) -> None:
    library = Library(home)
    library.add_bundled()
    titles = [stored.article.title for stored in library.articles()]
    assert "Japan und NATO wollen Spannungen um die Ukraine abbauen" in titles


def test_cached_analysis_survives_a_restart_and_belongs_to_one_engine(home: Path, founding_article: Path) -> None:
    library = Library(home)
    article_id = library.import_file(founding_article)
    library.store_analysis(article_id, Analysis(title="t", words=3, sentences=[]), engine="engine-1")
    library.close()
    reopened = Library(home)
    assert reopened.reading(article_id, "engine-1").words == 3
    assert reopened.reading(article_id, "engine-2") is None


def test_database_is_versioned_and_in_wal_mode(home: Path) -> None:
    Library(home).close()
    connection = sqlite3.connect(database_path(home))
    assert connection.execute("PRAGMA user_version").fetchone()[0] == len(db.MIGRATIONS)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_an_analyzed_article_opens_from_its_kept_form_with_every_token_and_sentence(
    home: Path, founding_article: Path
) -> None:
    library = Library(home)
    article_id = library.import_file(founding_article)
    analysis = library.ensure_analyzed(article_id).full()
    library.close()
    reading = Library(home).reading(article_id)
    assert reading.texts == [token.text for token in analysis.tokens]
    assert reading.sentence_of(40) == analysis.sentence_of(40)
    assert list(reading.tokens) == analysis.tokens
    assert reading.full() == analysis


def test_a_database_of_the_previous_version_upgrades_and_keeps_its_data(
    home: Path, founding_article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = load_article(founding_article)
    analysis = analyze(article.body, article.title)
    known = next(term_key(token) for token in analysis.tokens if token.learnable)
    with monkeypatch.context() as previous_version:
        previous_version.setattr(db, "MIGRATIONS", db.MIGRATIONS[:7])  # before migration 8, the one stored form
        old = Library(home)
        article_id = old.add(article)
        old.connection.execute(
            "INSERT INTO analyses (article_id, engine, data) VALUES (?, ?, ?)",
            (article_id, engine_version(), json.dumps(analysis.to_dict())),
        )
        Vocabulary(old.connection).set_status([known], KNOWN)
        old.close()

    library = Library(home)
    assert library.connection.execute("PRAGMA user_version").fetchone()[0] == len(db.MIGRATIONS)
    assert [stored.article for stored in library.articles()] == [article]
    assert library.reading(article_id).full() == analysis
    assert Vocabulary(library.connection).status(known) == KNOWN
    # What the library lists is made once from the old cache, and agrees with scoring the analysis.
    statuses = Vocabulary(library.connection).statuses(term_counts(analysis.tokens))
    assert library.summaries()[article_id].level == score(analysis).level
    assert unknown_shares(library.connection)[article_id] == score(analysis, statuses).unknown_share
    share = article_shares(library.connection)[article_id]
    assert new_word_share(share.unknown_terms, share.tokens) == score(analysis, statuses).new_word_share
    assert list(library.reading(article_id).tokens) == analysis.tokens


def test_a_stored_article_shows_a_gloss_the_lexicon_changed_since(
    home: Path, founding_article: Path, tmp_path: Path
) -> None:
    library = Library(home)
    article_id = library.import_file(founding_article)
    minister = next(token for token in library.ensure_analyzed(article_id).tokens if token.text == "Außenminister")
    library.close()
    assert minister.gloss[0] == "foreign minister"
    changed = tmp_path / "lexicon.sqlite"
    shutil.copyfile(lexicon_path(), changed)
    with sqlite3.connect(changed) as lexicon:
        lexicon.execute("UPDATE term SET glosses = 'head of diplomacy' WHERE word = 'Außenminister'")
        lexicon.execute("UPDATE meta SET value = value || '-changed' WHERE name = 'content_hash'")
    lexicon.close()
    shown = subprocess.run(
        [sys.executable, "-c",
         "import sys; from pathlib import Path; from reader.library import Library;"
         " library = Library(Path(sys.argv[1]));"
         f" print(library.ensure_analyzed({article_id}).token({minister.i}).gloss[0])", str(home)],
        env={**os.environ, "READER_LEXICON": str(changed)}, capture_output=True, text=True, check=True,
    ).stdout.strip()
    assert shown == "head of diplomacy"


def test_the_upgrade_to_one_stored_form_gives_back_the_space_of_the_full_json(
    home: Path, founding_article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = load_article(founding_article)
    data = json.dumps(analyze(article.body, article.title).to_dict())
    with monkeypatch.context() as before_migration_8:
        before_migration_8.setattr(db, "MIGRATIONS", db.MIGRATIONS[:7])
        old = Library(home)
        article_id = old.add(article)
        old.connection.execute(
            "INSERT INTO analyses (article_id, engine, data) VALUES (?, ?, ?)", (article_id, "an older engine", data)
        )
        old.close()
    size_before = database_path(home).stat().st_size
    library = Library(home)
    tables = {row[0] for row in library.connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    library.close()
    assert "analyses" not in tables and "analyses_to_convert" not in tables
    assert database_path(home).stat().st_size < size_before - len(data) // 2
