"""The library: every stored briefing, newest first."""

from __future__ import annotations

import sqlite_utils
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from briefing.screens.briefing import BriefingScreen
from briefing.store.queries import list_articles


class LibraryScreen(Screen[None]):
    CSS_PATH = "library.tcss"
    BINDINGS = [
        Binding("enter", "open", "Open", priority=True),
        Binding("R", "reload", "Reload"),
    ]

    def __init__(self, db: sqlite_utils.Database) -> None:
        super().__init__()
        self.db = db

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="empty")
        yield DataTable(id="articles", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("Date", "Headline", "Source", "Quotes", "Speakers", "Figures")
        self.action_reload()

    def action_reload(self) -> None:
        table = self.query_one(DataTable)
        table.clear()
        rows = list_articles(self.db)
        for row in rows:
            date = (row["published"] or row["added_at"] or "")[:10]
            source = row["feed_title"] or row["url"] or row["source"]
            table.add_row(
                Text(date),
                Text(row["title"] or "(untitled)"),
                Text(source or "", overflow="ellipsis"),
                Text(str(row["quotes"]), justify="right"),
                Text(str(row["speakers"]), justify="right"),
                Text(str(row["figures"]), justify="right"),
                key=str(row["id"]),
            )
        empty = self.query_one("#empty", Static)
        empty.update(Text("The library is empty. Add an article from the shell: briefing add PATH|URL"))
        empty.display = not rows
        table.display = bool(rows)

    def action_open(self) -> None:
        table = self.query_one(DataTable)
        if table.row_count == 0:
            return
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        self.app.push_screen(BriefingScreen(self.db, int(row_key.value or 0)))
