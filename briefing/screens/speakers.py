"""Speakers across the library: every speaker merged by name, and all of their quotes.

Reads the speaker index (`speakers` table) and one speaker's quotes a page at a time, from
either end, so that it stays fast on a library of many thousands of briefings.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Header, Input, Static

from briefing.messages import OpenBriefing
from briefing.store.database import data_version
from briefing.store.queries import list_speakers, speaker_quotes
from briefing.widgets.entry_list import Entry, EntryList
from briefing.widgets.footer import KeyFooter
from briefing.widgets.pages import Pages

SPEAKERS_PAGE = 100
WATCH_SECONDS = 2.0  # how often the view looks for briefings written or deleted by other processes
QUOTE_LINES = 3  # a quote takes two to four lines: its words, then its briefing and date


def _speaker_entry(speaker: dict[str, Any]) -> Entry:
    label = Text(speaker["name"], style="bold")
    quotes, articles = speaker["quote_count"], speaker["article_count"]
    label.append(f"  {quotes} quote{'s' if quotes != 1 else ''} in {articles} briefing{'s' if articles != 1 else ''}", style="dim")
    if speaker["role"]:
        label.append("\n" + speaker["role"], style="italic")
    return Entry(label, key=speaker["key"])


def _quote_entry(quote: dict[str, Any]) -> Entry:
    label = Text(f"“{quote['text']}”")
    if quote["kind"] != "direct":
        label.append(f" ({quote['kind']})", style="dim")
    date = (quote["published"] or "")[:10]
    label.append(f"\n{quote['article_title'] or '(untitled)'}{'  ' + date if date else ''}", style="dim italic")
    return Entry(label, key=str(quote["id"]))


class SpeakersScreen(Screen[None]):
    CSS_PATH = "speakers.tcss"
    BINDINGS = [
        Binding("slash", "focus_filter", "Filter", key_display="/"),
        Binding("escape", "clear_or_back", "Clear/back"),
        Binding("tab", "switch_list", "Switch list", show=False),
    ]

    def __init__(self, db: sqlite_utils.Database, name_filter: str = "") -> None:
        super().__init__()
        self.sub_title = "Speakers across the library"
        self.db = db
        self.initial_filter = name_filter
        self.speaker_pages = Pages("speaker-list", _speaker_entry)
        self.quote_pages = Pages("speaker-quotes", _quote_entry)
        self.current_speaker: dict[str, Any] | None = None
        self.data_version = 0

    @property
    def speakers(self) -> list[dict[str, Any]]:
        """The speakers read, as the speaker list shows them."""
        return self.speaker_pages.items

    @property
    def quotes(self) -> list[dict[str, Any]]:
        """The current speaker's quotes read, as the quote list shows them."""
        return self.quote_pages.items

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(value=self.initial_filter, placeholder="Filter speakers by name…", id="speaker-filter")
        with Horizontal():
            with Vertical(id="speaker-column"):
                yield self.speaker_pages.entry_list
            with Vertical(id="quote-column"):
                yield Static(id="speaker-heading")
                yield self.quote_pages.entry_list
        yield KeyFooter()

    def on_mount(self) -> None:
        self.data_version = data_version(self.db)
        self.fill_speakers(self.initial_filter)
        self.query_one("#speaker-list", EntryList).focus()
        self.set_interval(WATCH_SECONDS, self._reload_if_changed)

    def on_screen_resume(self) -> None:
        self._reload_if_changed()  # a briefing opened from here may have been deleted or re-analysed

    def _reload_if_changed(self) -> None:
        """Briefings added, re-analysed or deleted since (a refresh from cron, `briefing rm`):
        the speakers, their counts and the current one's quotes are read anew, each list keeping
        its place (its cursor on the same speaker and quote)."""
        version = data_version(self.db)
        if version == self.data_version or self.app.screen is not self:
            return  # (under another screen: read when it closes)
        self.data_version = version
        before = self.current_speaker
        self.speaker_pages.reread()
        if not self.speakers:
            self._say_no_speaker(self.query_one("#speaker-filter", Input).value)
        cursor = self.query_one("#speaker-list", EntryList).cursor
        now = self.speakers[cursor] if cursor is not None and cursor < len(self.speakers) else None
        if now is None or before is None or now["key"] != before["key"]:
            self.show_quotes(now["key"] if now else None)  # (its speaker gone: the one the cursor is on now)
        else:  # (the same count may hide a quote gone with its briefing and another come)
            self.current_speaker = now
            self._show_heading(now)
            self.quote_pages.reread()

    def filter_by(self, name: str) -> None:
        """Show the speakers whose name holds `name` (the filter box says so)."""
        self.query_one("#speaker-filter", Input).value = name

    def fill_speakers(self, name_filter: str) -> None:
        self.speaker_pages.start(
            lambda offset, limit, from_end: list_speakers(self.db, name_filter, limit, offset, from_end), SPEAKERS_PAGE
        )
        if not self.speakers:
            self._say_no_speaker(name_filter)
        self.show_quotes(self.speakers[0]["key"] if self.speakers else None)  # now, in the same frame as the list

    def _say_no_speaker(self, name_filter: str) -> None:
        message = f"No speaker matches “{name_filter}”." if name_filter else "No attributed quotes in the library yet."
        self.query_one("#speaker-list", EntryList).add_entries([Entry(Text(message))])

    @on(Input.Changed, "#speaker-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.fill_speakers(event.value)

    @on(Input.Submitted, "#speaker-filter")
    def _filter_submitted(self) -> None:
        self.query_one("#speaker-list", EntryList).focus()

    @on(EntryList.EntryHighlighted, "#speaker-list")
    def _speaker_highlighted(self, event: EntryList.EntryHighlighted) -> None:
        if (index := event.cursor_index()) is None:
            return  # the cursor moved on
        if self.current_speaker is None or event.entry.key != self.current_speaker["key"]:
            self.show_quotes(event.entry.key)
        self.speaker_pages.near(index, index)

    @on(EntryList.EntrySelected, "#speaker-list")
    def _speaker_selected(self) -> None:
        self.query_one("#speaker-quotes", EntryList).focus()

    def show_quotes(self, key: str | None) -> None:
        """The first page of a speaker's quotes; more are read as the cursor or the view nears
        the end of those read."""
        speaker = self.current_speaker = next((s for s in self.speakers if s["key"] == key), None)
        self._show_heading(speaker)
        read = (lambda offset, limit, from_end: speaker_quotes(self.db, speaker["key"], limit, offset, from_end)) if speaker else None
        self.quote_pages.start(read, self._page_size())

    def _show_heading(self, speaker: dict[str, Any] | None) -> None:
        title = ""
        if speaker:
            count = speaker["quote_count"]
            title = f"{speaker['name']}: {count} quote{'s' if count != 1 else ''}"
        self.query_one("#speaker-heading", Static).update(Text(title, style="bold"), layout=False)  # one line, always

    def _page_size(self) -> int:
        """A screenful of quotes; the next page is read as the cursor gets near the end."""
        return max(10, self.app.size.height // QUOTE_LINES)

    @on(EntryList.EntryHighlighted, "#speaker-quotes")
    def _quote_highlighted(self, event: EntryList.EntryHighlighted) -> None:
        if (index := event.cursor_index()) is not None:
            self.quote_pages.near(index, index)

    @on(EntryList.Scrolled)
    def _scrolled(self, event: EntryList.Scrolled) -> None:
        pages = self.speaker_pages if event.entry_list is self.speaker_pages.entry_list else self.quote_pages
        if (in_view := event.entry_list.in_view()) is not None:
            pages.near(*in_view)

    @on(EntryList.EntrySelected, "#speaker-quotes")
    def _quote_selected(self, event: EntryList.EntrySelected) -> None:
        """Found by its key: quotes read before it since (moving up) moved its index."""
        quote = next((quote for quote in self.quotes if str(quote["id"]) == event.entry.key), None)
        if quote is not None:  # else another speaker's quotes replaced it
            self.post_message(OpenBriefing(quote["article_id"], at_offset=quote["start"]))

    def on_key(self, event: events.Key) -> None:
        """Down from the filter box goes to the speakers, as Enter does."""
        if event.key == "down" and self.focused is self.query_one("#speaker-filter", Input):
            self.query_one("#speaker-list", EntryList).focus()
            event.stop()

    def action_focus_filter(self) -> None:
        self.query_one("#speaker-filter", Input).focus()

    def action_switch_list(self) -> None:
        speakers, quotes = self.query_one("#speaker-list", EntryList), self.query_one("#speaker-quotes", EntryList)
        (quotes if self.focused is speakers else speakers).focus()

    def action_clear_or_back(self) -> None:
        name_filter = self.query_one("#speaker-filter", Input)
        if name_filter.value:
            name_filter.value = ""
            self.query_one("#speaker-list", EntryList).focus()
        else:
            self.app.pop_screen()
