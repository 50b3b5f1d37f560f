"""The Textual application: the library screen, and reading screens pushed on top of it."""

from __future__ import annotations

import gc
from pathlib import Path

from textual.app import App
from textual.binding import Binding

from reader import db
from reader.errors import DatabaseDamaged, ReaderError
from reader.library import Library
from reader.settings import load_keymap, load_settings, settings_path
from reader.vocab import Vocabulary
from reader.ui.dialogs.damaged_database import DamagedDatabase
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.library import LibraryScreen
from reader.ui.screens.reading import ReadingScreen


class ReaderApp(App):
    """Reads German articles from the learner's library."""

    TITLE = "reader"
    CSS_PATH = "app.tcss"
    BINDINGS = [Binding("question_mark", "show_keys", "Keys", id="app.keys")]

    def __init__(
        self, home: Path, open_article: int | None = None, review: bool = False, first_start: bool = False
    ) -> None:
        super().__init__()
        self.home = home
        # A bad settings.toml or keymap.toml is a ReaderError before anything shows (one line from `reader`).
        self.settings = load_settings(home)
        self.set_keymap(load_keymap(home))
        # Analyze what the library has not analyzed yet, then offer the placement once (the `reader` command).
        self.first_start = first_start
        self.open_article_id = open_article
        self.start_with_review = review
        self.library: Library | None = None
        self.damage: DatabaseDamaged | None = None
        try:
            self._open_library()
        except DatabaseDamaged as damage:
            self.damage = damage

    def _open_library(self) -> None:
        self.library = Library(self.home)
        self.vocabulary = Vocabulary(self.library.connection)

    def on_mount(self) -> None:
        self._apply_settings()
        if self.damage is not None:
            self._show_damage(self.damage)
            return
        self._start()

    def _apply_settings(self) -> None:
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        else:
            self.notify(
                f"{settings_path(self.home)}: no theme {self.settings.theme!r}; "
                f"themes: {', '.join(sorted(self.available_themes))}",
                severity="warning",
                timeout=15,
            )
        self.set_class(not self.settings.gender_colours, "-plain-nouns")

    def _start(self) -> None:
        if not self._daily_backup():
            return
        self.push_screen(LibraryScreen())
        self.call_after_refresh(self._freeze_startup_objects)
        if self.open_article_id is not None:
            self.open_article(self.open_article_id)
        elif self.start_with_review:
            from reader.ui.screens.review import ReviewScreen

            self.push_screen(ReviewScreen())
        elif self.first_start:
            self._prepare_library()

    def _prepare_library(self) -> None:
        from reader.ui.screens.analyzing import AnalyzingScreen
        from reader.ui.screens.placement import PlacementScreen
        from reader.vocab.placement import offered

        def offer_placement(_=None) -> None:
            if not offered(self.library.connection):
                self.push_screen(PlacementScreen())

        missing = self.library.unanalyzed()
        if missing:
            self.push_screen(AnalyzingScreen(missing), offer_placement)
        else:
            offer_placement()

    @staticmethod
    def _freeze_startup_objects() -> None:
        """What exists once the library shows lives as long as the app: spare every later full garbage
        collection from scanning it (one cost ~0.1 s in the middle of opening a long article)."""
        gc.collect()
        gc.freeze()

    def _daily_backup(self) -> bool:
        """Today's backup of the database (the last 7 days are kept); False when it found the database
        damaged (then the damage is shown). Any other failure is shown, never fatal."""
        from reader.vocab.backup import daily_backup

        try:
            daily_backup(self.home, self.library.connection)
        except DatabaseDamaged as damage:
            self._show_damage(damage)
            return False
        except (OSError, db.Error) as error:
            self.notify(f"Backup failed: {error}", severity="warning")
        return True

    def _show_damage(self, damage: DatabaseDamaged) -> None:
        """The same line `reader` prints, as a dialog that can restore the newest backup at once."""
        from reader.vocab.backup import backups, damage_report

        self.damage = damage
        dialog = DamagedDatabase(damage_report(self.home, damage), can_restore=bool(backups(self.home)))
        self.push_screen(dialog, self._after_damage_dialog)

    def _after_damage_dialog(self, restore: bool | None) -> None:
        if not restore:
            self.exit(return_code=2)
            return
        from reader.vocab.backup import restore as restore_backup

        if self.library is not None:
            self.library.close()  # the damaged file is about to move aside
            self.library = None
        try:
            restored = restore_backup(self.home)
            self._open_library()
        except ReaderError as error:  # no sound backup: say why, and offer the choice again
            self.notify(str(error), severity="error", timeout=15)
            self._show_damage(self.damage)
            return
        note = f"Restored {restored.backup.name}"
        if restored.replaced is not None:
            note += f"; the damaged database is kept as {restored.replaced.name}"
        self.notify(note, timeout=10)
        self._start()

    def on_unmount(self) -> None:
        if self.library is not None:
            self.library.close()

    def action_show_keys(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def open_article(self, article_id: int) -> None:
        stored = self.library.get(article_id)
        if stored is None:
            self.notify(f"No article with id {article_id}.", severity="error")
            return
        self.push_screen(ReadingScreen(stored))
