"""The library: every stored briefing, newest first, with search, add and delete."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlite_utils
from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Header, Input, ProgressBar, Static
from textual.worker import get_current_worker

from briefing.errors import BriefingError
from briefing.messages import OpenBriefing
from briefing.reading.document import without_password
from briefing.screens.confirm import ConfirmScreen
from briefing.store.articles import delete_article
from briefing.store.database import data_version, database_path, open_db
from briefing.store.feeds import list_feeds
from briefing.store.queries import count_articles, list_articles, read_marks, search_articles
from briefing.text import clean_line
from briefing.widgets.footer import KeyFooter
from briefing.widgets.library_table import Column, LibraryTable, Row

if TYPE_CHECKING:  # feeds are refreshed in workers, which import what they need when they run
    from briefing.subscriptions import RefreshProgress, RefreshReport

# (order of list_articles, what the subtitle says)
SORTS = [
    ("date", "newest first"),
    ("headline", "by headline"),
    ("quotes", "most quotes first"),
    ("speakers", "most speakers first"),
    ("figures", "most figures first"),
]
# (label, key, width); the headline takes what the others leave, the source a share of it
COLUMNS = [("Date", "date", 10), ("Headline", "headline", 0), ("Source", "source", 0), ("Quotes", "quotes", 6), ("Speakers", "speakers", 8), ("Figures", "figures", 7)]
MIN_HEADLINE_WIDTH = 30
SNIPPET_WORDS_BEFORE = 2  # words of a search snippet kept before its first match
PAGE_ROWS = 100
WATCH_SECONDS = 2.0  # how often the library looks for briefings written by other processes


def marked_snippet(snippet: str) -> Text:
    """A search snippet whose «matches» are shown in reverse, as plain (never markup) text on one
    line (it may span paragraphs). At most a few words come before the first match, so that a
    narrow column, cut at its end, still shows it."""
    parts = clean_line(snippet).replace("»", "«").split("«")
    words_before = parts[0].split(" ")
    if len(words_before) > SNIPPET_WORDS_BEFORE + 1:
        parts[0] = "…" + " ".join(words_before[-SNIPPET_WORDS_BEFORE - 1 :])
    text = Text()
    for index, part in enumerate(parts):
        text.append(part, style="reverse" if index % 2 else "")
    return text


class LibraryScreen(Screen[None]):
    CSS_PATH = "library.tcss"
    AUTO_FOCUS = "#articles"  # focused while composing: the first frame is drawn focused
    BINDINGS = [
        Binding("enter", "open", "Open", priority=True),
        Binding("slash", "search", "Search", key_display="/"),
        Binding("a", "add", "Add"),
        Binding("d", "delete", "Delete"),
        Binding("s", "sort", "Sort"),
        Binding("v", "next_view", "View"),
        Binding("r", "refresh_feeds", "Refresh feeds"),
        Binding("escape", "clear_search", "Clear search", show=False),
    ]

    def __init__(self, db: sqlite_utils.Database) -> None:
        super().__init__()
        self.db = db
        self.sort_index = 0
        self.rows: list[dict[str, Any]] = []  # the rows read so far (a page at a time)
        self.total = 0
        self.shown_query = ""
        self.view = "all"  # all | unread | highlighted | feed:ID
        self.left_view = 0  # rows shown that the view no longer holds (read since, in "unread")
        self.data_version = 0
        self.jobs = 0  # adds and refreshes running (the progress bar shows while any does)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder="Search headlines, paragraphs and quotes… (Escape clears)", id="search")
        yield Static(id="empty")
        yield LibraryTable(id="articles", read_edge=self._read_edge)
        yield ProgressBar(id="progress", show_eta=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        widths = self._widths(self.app.size.width)
        numbers = {"quotes", "speakers", "figures"}
        columns = [Column(key, Text(label, justify="right" if key in numbers else "left"), widths[key]) for label, key, _width in COLUMNS]
        self.query_one(LibraryTable).set_columns(columns)
        self.show_listing()
        self.data_version = data_version(self.db)
        self.set_interval(WATCH_SECONDS, self._reload_if_changed)

    def _reload_if_changed(self) -> None:
        version = data_version(self.db)
        if version != self.data_version:
            self.data_version = version
            self.reload()

    def on_screen_resume(self) -> None:
        """Briefings opened since the library was last shown (from here, the speaker view or the
        palette) are no longer shown as unread. Only the rows shown are read again: a reload
        would lose the reader's place in a long library. The highlighted view is read anew
        (highlights added or deleted meanwhile), the cursor kept on its briefing."""
        if self.view == "highlighted" and not self.shown_query:
            self.reload()
            return
        table = self.query_one(LibraryTable)
        unread = {row["id"]: index for index, row in enumerate(self.rows[: table.row_count]) if not row.get("read_at")}
        for article_id, read_at in read_marks(self.db, list(unread)).items():
            index = unread[article_id]
            self.rows[index]["read_at"] = read_at
            table.update_row(index, self._row(self.rows[index]))
            if self.view == "unread":  # still shown, but no longer counted by the next page's query
                self.left_view += 1
                self.total -= 1
        self._say_what_is_shown()

    def on_resize(self) -> None:
        table = self.query_one(LibraryTable)
        widths = self._widths(self.size.width, bool(self.shown_query))
        if any(column.width != widths[column.key] for column in table.columns):
            table.set_columns([Column(column.key, column.label, widths[column.key]) for column in table.columns])

    @staticmethod
    def _widths(total: int, searching: bool = False) -> dict[str, int]:
        """Fit the columns to the width: fixed numbers, the rest shared by headline and source.
        Search results too narrow for all of it leave the counts out instead of the match: why a
        briefing matched matters more then than its counts."""
        widths = {key: width for _label, key, width in COLUMNS}
        fixed = sum(widths.values()) + 2 * len(COLUMNS) + 2
        free = max(total - fixed, MIN_HEADLINE_WIDTH)
        if free >= 2 * MIN_HEADLINE_WIDTH:
            return {**widths, "headline": free - free // 3, "source": free // 3}
        if not searching:
            return {**widths, "headline": free, "source": 0}
        counts = ("quotes", "speakers", "figures")
        free += sum(widths[key] + 2 for key in counts)
        return {**widths, **dict.fromkeys(counts, 0), "headline": free // 2, "source": free - free // 2}

    # --- filling the table -------------------------------------------------------------------------

    def show_listing(self) -> None:
        """Show the first page of the library in the chosen order and view, or the search
        results, with the cursor on the first row."""
        self._read_listing()
        self._show(PAGE_ROWS)
        self.query_one(LibraryTable).move_cursor(0)

    def reload(self) -> None:
        """Show the same listing anew (after a delete, or a write by a worker or another process).

        The cursor stays on its briefing, or goes to the one that followed it if it is gone, on
        the same line of the view (a view at the top stays there, showing what arrived above).
        As many rows are read as were shown, and as many more as the
        listing grew by, so that the briefing is among them; if its own place in the order moved
        past them (its quotes counted anew, say), the cursor keeps its row."""
        table = self.query_one(LibraryTable)
        cursor = table.cursor_row
        line = cursor - round(table.scroll_offset.y)
        at_top = round(table.scroll_offset.y) == 0
        following = [row.key for row in table.rows[cursor : cursor + PAGE_ROWS]]
        shown, total = table.row_count, self.total
        self._read_listing()
        self._show(max(shown, PAGE_ROWS) + max(0, self.total - total))
        index = {row.key: number for number, row in enumerate(table.rows)}
        target = next((index[key] for key in following if key in index), cursor)
        # at the top, the view stays there: briefings that arrive above the cursor are seen
        table.scroll_to(y=0 if at_top else target - line, animate=False, immediate=True)
        table.move_cursor(target)

    def select_briefing(self, article_id: int) -> None:
        """Put the cursor on a briefing, if it is among the rows read."""
        row = next((number for number, row in enumerate(self.query_one(LibraryTable).rows) if row.key == str(article_id)), None)
        if row is not None:
            self.query_one(LibraryTable).move_cursor(row)

    def _read_listing(self) -> None:
        """Read the search results, or count the view's briefings (read later, a page at a time)."""
        query = self.query_one("#search", Input).value.strip()
        self.shown_query = query
        self.left_view = 0
        if query:
            self.rows = search_articles(self.db, query)
            self.total = len(self.rows)
        else:
            if self.view.startswith("feed:") and self.view not in dict(self._views()):
                self.notify("The feed shown was unsubscribed: the whole library is shown.", markup=False)
                self.view = "all"
            self.rows = []
            self.total = count_articles(self.db, self.view)

    def _show(self, rows: int) -> None:
        """Show the first `rows` rows of the listing just read, and say what it holds."""
        query = self.shown_query
        table = self.query_one(LibraryTable)
        table.clear()
        widths = self._widths(self.size.width or self.app.size.width, bool(query))
        table.set_columns([Column(c.key, Text("Match" if query else "Source") if c.key == "source" else c.label, widths[c.key]) for c in table.columns])
        self._show_more(rows)
        empty = self.query_one("#empty", Static)
        if not self.rows:
            if query:
                message = f"Nothing matches “{query}”. Escape clears the search."
            elif self.view != "all":
                message = f"No {self._view_label()}briefings. v shows another view."
            else:
                message = "The library is empty. Press a to add a file, a page URL or a feed."
            empty.update(Text(message))
        empty.display = not self.rows
        self._say_what_is_shown()

    def _say_what_is_shown(self) -> None:
        """The sub-title: how many briefings the view or search holds, and their order."""
        query = self.shown_query
        label = SORTS[self.sort_index][1] if not query else "best match first"
        view = "" if query else self._view_label()
        self.sub_title = f"{self.total} {view}briefing{'s' if self.total != 1 else ''}, {label}"

    def _show_more(self, rows: int = PAGE_ROWS) -> None:
        """Show `rows` more rows (-1: all the rest): a large library is read and shown as the
        cursor gets there, or all at once for End."""
        table = self.query_one(LibraryTable)
        if not self.shown_query and len(self.rows) < self.total:
            order = SORTS[self.sort_index][0]
            offset = len(self.rows) - self.left_view
            self.rows += list_articles(self.db, order, limit=rows, offset=offset, view=self.view)
        end = None if rows < 0 else table.row_count + rows
        table.add_rows([self._row(row) for row in self.rows[table.row_count : end]])

    def _read_edge(self, end: int) -> None:
        """End reads the rest of the listing, to show its real last row (its first is shown)."""
        if end:
            self._show_more(-1)

    def _row(self, row: dict[str, Any]) -> Row:
        return Row(str(row["id"]), partial(self._cells, row, bool(self.shown_query)))

    @staticmethod
    def _cells(row: dict[str, Any], snippet: bool) -> list[Text]:
        source = row["feed_title"] or row["url"] or row["source"] or ""
        return [
            Text((row["published"] or row["added_at"] or "")[:10]),
            Text(row["title"] or "(untitled)", style="" if row.get("read_at") else "bold"),
            marked_snippet(row["snippet"]) if snippet else Text(source),
            Text(str(row["quotes"]), justify="right"),
            Text(str(row["speakers"]), justify="right"),
            Text(str(row["figures"]), justify="right"),
        ]

    @on(LibraryTable.RowHighlighted)
    def _cursor_moved(self, event: LibraryTable.RowHighlighted) -> None:
        self._show_more_near(event.cursor_row)

    @on(LibraryTable.Scrolled)
    def _scrolled(self, event: LibraryTable.Scrolled) -> None:
        self._show_more_near(event.last_row)

    def _show_more_near(self, row: int) -> None:
        """The next page, once the cursor or the view gets near the end of the rows shown."""
        table = self.query_one(LibraryTable)
        if row >= table.row_count - PAGE_ROWS // 4 and table.row_count < self.total:
            self._show_more()

    @on(Input.Changed, "#search")
    def _search_changed(self) -> None:
        self.show_listing()

    @on(Input.Submitted, "#search")
    def _search_submitted(self) -> None:
        self.query_one(LibraryTable).focus()

    @on(LibraryTable.RowSelected)
    def _row_clicked(self) -> None:
        """A click on the selected row opens it (Enter is handled by the binding)."""
        self.action_open()

    @on(LibraryTable.HeaderSelected)
    def _header_selected(self, event: LibraryTable.HeaderSelected) -> None:
        keys = [key for key, _label in SORTS]
        if event.column_key in keys:
            self.sort_index = keys.index(event.column_key)
            self.show_listing()

    # --- actions -------------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        table = self.query_one(LibraryTable)
        if table.row_count == 0:
            return None
        return int(table.rows[table.cursor_row].key)

    def action_open(self) -> None:
        if self.focused is self.query_one("#search", Input):
            self.query_one(LibraryTable).focus()
            return
        article_id = self.selected_id()
        if article_id is not None:
            self.post_message(OpenBriefing(article_id))

    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        search.display = True
        search.focus()

    def action_clear_search(self) -> None:
        search = self.query_one("#search", Input)
        if search.value or search.display:
            search.value = ""
            search.display = False
            self.show_listing()
            self.query_one(LibraryTable).focus()

    def action_sort(self) -> None:
        self.sort_index = (self.sort_index + 1) % len(SORTS)
        self.show_listing()

    def _views(self) -> list[tuple[str, str]]:
        """(view, label): all, unread, highlighted, then one per subscribed feed."""
        feeds = [(f"feed:{feed['id']}", f"“{feed['title'] or without_password(feed['url'])}” ") for feed in list_feeds(self.db)]
        return [("all", ""), ("unread", "unread "), ("highlighted", "highlighted "), *feeds]

    def _view_label(self) -> str:
        return dict(self._views()).get(self.view, "")

    def action_next_view(self) -> None:
        views = [view for view, _label in self._views()]
        self.view = views[(views.index(self.view) + 1) % len(views)] if self.view in views else "all"
        self.show_listing()

    def action_refresh_feeds(self) -> None:
        if not list_feeds(self.db):
            self.notify("No feeds yet: a adds one (a feed URL or file), or briefing feed add URL.", markup=False)
            return
        if any(worker.group == "refresh" and worker.is_running for worker in self.workers):
            self.notify("The feeds are being refreshed already.")
            return
        self._job_started()
        self.refresh_worker(database_path(self.db))

    @work(thread=True, group="refresh")
    def refresh_worker(self, path: Path) -> None:
        """Refresh every feed off the UI thread, on connections of its own; new briefings appear
        as they land."""
        from briefing.subscriptions import refresh_feeds

        def progressed(snapshot: RefreshProgress) -> None:
            self.app.call_from_thread(self._refresh_progress, snapshot)

        try:  # quitting cancels the worker: the refresh stops after the entry being stored
            report: RefreshReport | str = refresh_feeds(path, on_progress=progressed, cancel=get_current_worker().cancelled_event)
        except (BriefingError, sqlite3.Error, OSError) as error:
            report = str(error)
        self.app.call_from_thread(self._refresh_done, report)

    def _refresh_progress(self, snapshot: RefreshProgress) -> None:
        self.query_one("#progress", ProgressBar).update(total=snapshot.feeds_total, progress=snapshot.feeds_done)
        if snapshot.feed is not None:
            self._reload_if_changed()

    def _refresh_done(self, report: RefreshReport | str) -> None:
        self._job_ended()
        self._reload_if_changed()
        if isinstance(report, str):
            self.notify(report, title="Could not refresh", severity="error", markup=False)
            return
        failed = report.failed
        message = report.summary_line()
        if failed:
            message += f". First failure: {failed[0].error}"
        self.notify(message, title="Feeds refreshed", severity="warning" if failed else "information", markup=False)

    def action_delete(self) -> None:
        article_id = self.selected_id()
        if article_id is None:
            return
        row = next((row for row in self.rows if row["id"] == article_id), None)
        title = (row["title"] or row["source"]) if row else "this briefing"  # an untitled one by its source, as the palette names it

        def confirmed(yes: bool | None) -> None:
            if not yes:
                return
            try:
                delete_article(self.db, article_id)
            except (BriefingError, sqlite3.Error) as error:
                self.notify(str(error), severity="error", markup=False)
            else:
                self.notify(f"Deleted “{title}”.", markup=False)
            self.reload()

        self.app.push_screen(ConfirmScreen(f"Delete “{title}” and its highlights?"), confirmed)

    def action_add(self) -> None:
        from briefing.screens.add_source import AddSourceScreen  # here: the first frame does not wait for it

        self.app.push_screen(AddSourceScreen(), self._add)

    def _add(self, spec: str | None) -> None:
        if spec:
            self._job_started()
            self.ingest(database_path(self.db), spec)

    def _job_started(self) -> None:
        """An add or a refresh begins: the progress bar shows until the last one running ends."""
        progress = self.query_one("#progress", ProgressBar)
        if not self.jobs:
            progress.update(total=None, progress=0)
        self.jobs += 1
        progress.display = True

    def _job_ended(self) -> None:
        self.jobs -= 1
        self.query_one("#progress", ProgressBar).display = self.jobs > 0

    @work(thread=True, group="ingest")
    def ingest(self, path: Path, spec: str) -> None:
        """Ingest off the UI thread, on a connection of its own, reporting each stored article."""
        from briefing.ingest import ingest
        from briefing.subscriptions import subscribe_added

        app = self.app
        try:
            db = open_db(path)
            try:
                outcomes = ingest(  # quitting cancels the worker: the add stops after the article being stored
                    db, spec, on_article=lambda: self._tell(app, self._advance), cancel=get_current_worker().cancelled_event
                )
                entries = [o for o in outcomes if o.article_id is not None and o.from_feed]
                if entries or not outcomes:  # a feed (only a feed yields no article at all): keep following it
                    subscribe_added(db, spec, [(o.article_id, o.entry_id) for o in entries], entries[0].feed_title if entries else None)
            finally:
                db.close()
        except (BriefingError, sqlite3.Error, OSError) as error:
            self._tell(app, self._ingest_done, [], str(error))
            return
        self._tell(app, self._ingest_done, outcomes, None)

    @staticmethod
    def _tell(app: App[Any], callback: Callable[..., None], *args: Any) -> None:
        """Run `callback` on the UI thread, from a worker; once the app has quit there is no one
        to tell, and the worker finishes its writes (a feed is subscribed to) all the same. (The
        app is taken as the worker starts: once it has quit, the screen no longer knows it.)"""
        try:
            app.call_from_thread(callback, *args)
        except Exception:  # the app gone, or going: its loop closed, or its screens unmounted
            if app.is_running:
                raise  # not the app quitting: a bug of the callback's own

    def _advance(self) -> None:
        self.query_one("#progress", ProgressBar).advance(1)
        self.reload()

    def _ingest_done(self, outcomes: list[Any], error: str | None) -> None:
        self._job_ended()
        self.reload()
        if error:
            self.notify(error, title="Could not add", severity="error", markup=False)
            return
        stored = [o for o in outcomes if not o.error]
        failed = [o for o in outcomes if o.error]
        new = sum(1 for o in stored if o.status == "new")
        updated = sum(1 for o in stored if o.status == "updated")
        if stored:
            self.select_briefing(stored[0].article_id)  # what was just added, in view
        message = f"{new} added, {updated} updated, {len(stored) - new - updated} already in the library"
        if failed:
            message += f", {len(failed)} failed: {failed[0].error}"
        self.notify(message, title="Added", severity="warning" if failed else "information", markup=False)
