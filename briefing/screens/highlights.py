"""Highlights of one briefing or of the whole library, with their notes."""

from __future__ import annotations

import sqlite3
from typing import Any

import sqlite_utils
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static
from textual.widgets.data_table import ColumnKey

from briefing.messages import OpenBriefing
from briefing.screens.confirm import ConfirmScreen
from briefing.screens.note import NoteScreen
from briefing.store.highlights import delete_highlight, list_highlights, set_note
from briefing.widgets.footer import KeyFooter


COLUMNS = [("Briefing", "briefing"), ("Highlight", "highlight"), ("Note", "note")]
UNPLACED = "[not in the text now]"  # a highlight whose words an update of its briefing took out


class HighlightsScreen(Screen[None]):
    CSS_PATH = "highlights.tcss"
    BINDINGS = [
        Binding("enter", "open", "Open", priority=True),
        Binding("e", "edit_note", "Note"),
        Binding("d", "delete", "Delete"),
        Binding("l", "toggle_scope", "This briefing/library"),
        Binding("escape", "app.pop_screen", "Back"),
        Binding("home", "edge(0)", "First", show=False, priority=True),  # before the table's own (it only scrolls)
        Binding("end", "edge(1)", "Last", show=False, priority=True),
    ]

    def __init__(self, db: sqlite_utils.Database, article_id: int | None = None, whole_library: bool = False) -> None:
        """`article_id`: the briefing being read, if any, which `l` switches to and from."""
        super().__init__()
        self.db = db
        self.article_id = article_id
        self.whole_library = whole_library or article_id is None
        self.rows: list[dict[str, Any]] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="empty")
        yield DataTable(id="highlights", cursor_type="row", zebra_stripes=True)
        yield Static(id="detail")  # the highlight under the cursor in full, with its note
        yield KeyFooter()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for label, key in COLUMNS:
            table.add_column(label, key=key, width=10)
        self._fit_columns(self.app.size.width)
        self.reload()
        table.focus()

    def on_resize(self, event: events.Resize) -> None:
        self._fit_columns(event.size.width)
        self._show(self.rows)  # the rows added anew: the table measures its width from them

    def action_edge(self, end: int) -> None:
        """Home and End: the first or the last highlight (the table only scrolls to them)."""
        table = self.query_one(DataTable)
        if table.row_count:
            table.move_cursor(row=table.row_count - 1 if end else 0)

    def on_screen_resume(self) -> None:
        """Back from a briefing opened here, where highlights may have been added."""
        self.reload()

    def _fit_columns(self, width: int) -> None:
        """The columns share the width, the highlight taking half, so that the note stays in
        sight in any terminal (a column as wide as its longest cell pushed it off screen)."""
        table = self.query_one(DataTable)
        room = max(30, width - 2 * table.cell_padding * len(COLUMNS) - 2)  # 2: the scrollbar
        widths = {"briefing": room * 3 // 10, "note": room // 5}
        widths["highlight"] = room - sum(widths.values())
        for key, column_width in widths.items():
            table.columns[ColumnKey(key)].width = column_width
        table.refresh()

    def reload(self) -> None:
        """Read the highlights again and show them."""
        self._show(list_highlights(self.db, None if self.whole_library else self.article_id))

    def _show(self, rows: list[dict[str, Any]]) -> None:
        """Fill the table anew, the cursor kept on the same highlight (or at the same row)."""
        current = self.selected()
        row_index = self.query_one(DataTable).cursor_row
        self.rows = rows
        table = self.query_one(DataTable)
        table.clear()
        for row in self.rows:
            excerpt = Text(row["text"], overflow="ellipsis", no_wrap=True)
            if row["start"] < 0:
                excerpt = Text.assemble((f"{UNPLACED} ", "italic"), row["text"], overflow="ellipsis", no_wrap=True)
            table.add_row(
                Text(row["article_title"] or "(untitled)", overflow="ellipsis", no_wrap=True),
                excerpt,
                Text(row["note"] or "", overflow="ellipsis", no_wrap=True),
                key=str(row["id"]),
            )
        if self.rows:
            same = next((index for index, row in enumerate(self.rows) if current and row["id"] == current["id"]), None)
            table.move_cursor(row=same if same is not None else min(row_index, len(self.rows) - 1), animate=False)
        empty = self.query_one("#empty", Static)
        empty.update(Text("No highlights yet. In a briefing, h highlights the current quote or paragraph."))
        empty.display = not self.rows
        self.sub_title = f"Highlights of {'the whole library' if self.whole_library else 'this briefing'}: {len(self.rows)}"

    @on(DataTable.RowHighlighted)
    def _show_detail(self) -> None:
        """The cells cut long highlights and notes short: the current one is shown whole below."""
        highlight = self.selected()
        detail = Text()
        if highlight is not None:
            if highlight["start"] < 0:
                detail.append(f"{UNPLACED}: the briefing was updated without these words.\n", style="italic")
            if highlight["note"]:  # first: a long highlight's last lines may be scrolled out of the panel
                detail.append("Note: ", style="bold")
                detail.append(highlight["note"])
                detail.append("\n")
            detail.append(highlight["text"])
        self.query_one("#detail", Static).update(detail)
        self.query_one("#detail", Static).display = highlight is not None

    def selected(self) -> dict[str, Any] | None:
        table = self.query_one(DataTable)
        if not self.rows:
            return None
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        return next((r for r in self.rows if str(r["id"]) == row_key.value), None)

    def action_open(self) -> None:
        highlight = self.selected()
        if highlight is None:
            return
        if highlight["start"] < 0:
            self.notify("This highlight's words are no longer in the briefing: it opens at the top.", severity="warning")
        self.post_message(OpenBriefing(highlight["article_id"], at_offset=max(highlight["start"], 0)))

    def action_edit_note(self) -> None:
        highlight = self.selected()
        if highlight is None:
            return

        def save(note: str | None) -> None:
            if note is not None:
                try:
                    set_note(self.db, highlight["id"], note)
                except sqlite3.Error as error:
                    self.notify(f"Could not save the note: {error}", severity="error", markup=False)
                self.reload()

        self.app.push_screen(NoteScreen(highlight["note"]), save)

    def action_delete(self) -> None:
        highlight = self.selected()
        if highlight is None:
            return

        def confirmed(yes: bool | None) -> None:
            if yes:
                try:
                    delete_highlight(self.db, highlight["id"])
                except sqlite3.Error as error:
                    self.notify(f"Could not delete: {error}", severity="error", markup=False)
                self.reload()

        self.app.push_screen(ConfirmScreen("Delete this highlight and its note?"), confirmed)

    def show_whole_library(self) -> None:
        if not self.whole_library:
            self.whole_library = True
            self.reload()

    def action_toggle_scope(self) -> None:
        if self.article_id is None:
            self.notify("Opened from the library: this lists every highlight.")
            return
        self.whole_library = not self.whole_library
        self.reload()
