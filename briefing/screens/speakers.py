"""Speakers across the library: every speaker merged by name, and all of their quotes.

Reads the speaker index (`speakers` table) and one speaker's quotes at a time, so that it
stays fast on a library of many thousands of briefings.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Header, Input, Static

from briefing.messages import OpenBriefing
from briefing.store.queries import list_speakers, speaker_quotes
from briefing.widgets.entry_list import Entry, EntryList
from briefing.widgets.footer import KeyFooter


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
        self.speakers: list[dict[str, Any]] = []
        self.current_speaker: dict[str, Any] | None = None
        self.quotes: list[dict[str, Any]] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(value=self.initial_filter, placeholder="Filter speakers by name…", id="speaker-filter")
        with Horizontal():
            with Vertical(id="speaker-column"):
                yield EntryList(id="speaker-list")
            with Vertical(id="quote-column"):
                yield Static(id="speaker-heading")
                yield EntryList(id="speaker-quotes")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.fill_speakers(self.initial_filter)
        self.query_one("#speaker-list", EntryList).focus()

    def fill_speakers(self, name_filter: str) -> None:
        self.speakers = list_speakers(self.db, name_filter)
        entries = [_speaker_entry(speaker) for speaker in self.speakers]
        if not self.speakers:
            message = f"No speaker matches “{name_filter}”." if name_filter else "No attributed quotes in the library yet."
            entries.append(Entry(Text(message)))
        self.query_one("#speaker-list", EntryList).set_entries(entries)
        self.show_quotes(self.speakers[0]["key"] if self.speakers else None)  # now, in the same frame as the list

    @on(Input.Changed, "#speaker-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.fill_speakers(event.value)

    @on(Input.Submitted, "#speaker-filter")
    def _filter_submitted(self) -> None:
        self.query_one("#speaker-list", EntryList).focus()

    @on(EntryList.EntryHighlighted, "#speaker-list")
    def _speaker_highlighted(self, event: EntryList.EntryHighlighted) -> None:
        if self.current_speaker is None or event.entry.key != self.current_speaker["key"]:
            self.show_quotes(event.entry.key)

    @on(EntryList.EntrySelected, "#speaker-list")
    def _speaker_selected(self) -> None:
        self.query_one("#speaker-quotes", EntryList).focus()

    def show_quotes(self, key: str | None) -> None:
        """The first page of a speaker's quotes; more are read as the cursor gets near the end."""
        speaker = self.current_speaker = next((s for s in self.speakers if s["key"] == key), None)
        heading = self.query_one("#speaker-heading", Static)
        heading.update(Text(f"{speaker['name']}: {speaker['quote_count']} quotes" if speaker else "", style="bold"), layout=False)  # one line, always
        self.quotes = []
        self.query_one("#speaker-quotes", EntryList).set_entries([])
        self._more_quotes()

    def _more_quotes(self) -> None:
        if self.current_speaker is None:
            return
        page = speaker_quotes(self.db, self.current_speaker["key"], limit=self._page_size(), offset=len(self.quotes))
        self.quotes += page
        self.query_one("#speaker-quotes", EntryList).add_entries(_quote_entry(quote) for quote in page)

    def _page_size(self) -> int:
        """A screenful of quotes; the next page is read as the cursor gets near the end."""
        return max(10, self.app.size.height // QUOTE_LINES)

    @on(EntryList.EntryHighlighted, "#speaker-quotes")
    def _near_the_end(self, event: EntryList.EntryHighlighted) -> None:
        total = self.current_speaker["quote_count"] if self.current_speaker else 0
        if event.index >= len(self.quotes) - self._page_size() // 4 and len(self.quotes) < total:
            self._more_quotes()

    @on(EntryList.EntrySelected, "#speaker-quotes")
    def _quote_selected(self, event: EntryList.EntrySelected) -> None:
        quote = self.quotes[event.index]
        self.post_message(OpenBriefing(quote["article_id"], at_offset=quote["start"]))

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
