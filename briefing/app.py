"""The Textual app: a thin shell that opens the library screen on a store."""

from __future__ import annotations

import sqlite_utils
from textual.app import App

from briefing.screens.library import LibraryScreen


class BriefingApp(App[None]):
    """Read briefings from the terminal."""

    TITLE = "briefing"
    BINDINGS = [("q", "quit", "Quit")]

    def __init__(self, db: sqlite_utils.Database) -> None:
        super().__init__()
        self.db = db

    def on_mount(self) -> None:
        self.push_screen(LibraryScreen(self.db))
