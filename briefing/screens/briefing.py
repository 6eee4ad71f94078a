"""One briefing: the article in a reader pane beside Summary, Speakers, Key figures and Quotes."""

from __future__ import annotations

import sqlite3
from typing import Any

import sqlite_utils
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import ContentSwitcher, Input

from briefing.errors import BriefingError
from briefing.export import quote_with_attribution
from briefing.screens.speaker_picker import SpeakerPicker
from briefing.store.articles import mark_read
from briefing.store.database import data_version
from briefing.store.highlights import add_highlight
from briefing.store.queries import Briefing, article_highlights, article_stamp, get_briefing
from briefing.widgets.article import ArticleView, palette_for
from briefing.widgets.entry_list import Entry, EntryList
from briefing.widgets.footer import KeyFooter
from briefing.widgets.pane_tabs import PaneTabs

PANES = ["summary", "speakers", "figures", "quotes"]
CONTEXT_REACH = 120  # characters of a figure's sentence shown on each side of it in the Figures pane
WATCH_SECONDS = 2.0  # how often an open briefing looks for a new version written by another process
PANE_LABELS = {"summary": "Summary", "speakers": "Speakers", "figures": "Figures", "quotes": "Quotes"}


def excerpt_around(context: str, at: int, length: int, reach: int = CONTEXT_REACH) -> str:
    """The words of `context` within `reach` characters of context[at:at + length], cut at spaces
    (or, in a script written without them, anywhere) and marked "…" where cut: a figure's
    sentence can run to thousands of characters in a text without full stops, and the pane would
    wrap all of it."""
    if len(context) <= 3 * reach:
        return context
    start = max(0, at - reach)
    if start:
        space = context.find(" ", start, at)
        start = space + 1 if space >= 0 else start
    end = min(len(context), at + length + reach)
    if end < len(context):
        space = context.rfind(" ", at + length, end)
        end = space if space >= 0 else end
    return ("…" if start else "") + context[start:end] + ("…" if end < len(context) else "")


def same_place(old: list[dict[str, Any]], current: int, new: list[dict[str, Any]]) -> int | None:
    """Where a reader on paragraph `current` of `old` goes in a new version of the text: the
    paragraph with the same words nearest that position (text added or cut above moves it), else
    the one at the same position."""
    if not new:
        return None
    if old and current < len(old):
        same = [index for index, paragraph in enumerate(new) if paragraph["text"] == old[current]["text"]]
        if same:
            return new[min(same, key=lambda index: abs(index - current))]["start"]
    return new[min(current, len(new) - 1)]["start"]


class BriefingScreen(Screen[None]):
    CSS_PATH = "briefing.tcss"
    AUTO_FOCUS = "#article"
    BINDINGS = [
        Binding("n", "article('quote', 1)", "Next quote"),
        Binding("N", "article('quote', -1)", "Previous quote", key_display="N", show=False),
        Binding("right_square_bracket", "article('section', 1)", "Next section", key_display="]", show=False),
        Binding("left_square_bracket", "article('section', -1)", "Previous section", key_display="[", show=False),
        Binding("tab", "cycle_pane(1)", "Next pane", show=False),
        Binding("shift+tab", "cycle_pane(-1)", "Previous pane", show=False),
        Binding("1", "show_pane('summary')", "Summary", show=False),
        Binding("2", "show_pane('speakers')", "Speakers", show=False),
        Binding("3", "show_pane('figures')", "Figures", show=False),
        Binding("4", "show_pane('quotes')", "Quotes", show=False),
        Binding("slash", "find", "Find", key_display="/"),
        Binding("f", "pick_speaker", "Speaker"),
        Binding("h", "highlight", "Highlight"),
        Binding("y", "copy_quote", "Copy quote"),
        Binding("escape", "clear_or_back", "Clear/back"),
    ]

    def __init__(self, db: sqlite_utils.Database, article_id: int, at_offset: int | None = None) -> None:
        super().__init__()
        self.db = db
        self.article_id = article_id
        self.at_offset = at_offset
        # read before the briefing: a change committed in between is seen by the first look
        self.data_version = data_version(db)
        self.briefing: Briefing = get_briefing(db, article_id)
        self._filled = {"summary"}  # the panes whose lists hold their entries

    def compose(self) -> ComposeResult:
        # No Header: the reader opens with the headline itself, and a header's title, set once
        # mounted, would cost the screen another layout pass as it opens.
        with Horizontal():
            with Vertical(id="reader-column"):
                yield ArticleView(self.briefing, palette_for(self.app), id="article")
                yield Input(placeholder="Find in the article (Enter: next match, Escape: close)", id="find")
            with Vertical(id="panes"):
                yield PaneTabs(PANE_LABELS, "summary", id="pane-tabs")
                with ContentSwitcher(initial="summary-list", id="pane-switcher"):
                    for pane in PANES:  # filled when first shown: most briefings are read, not browsed
                        yield EntryList(id=f"{pane}-list")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#summary-list", EntryList).set_entries(self._entries("summary"))
        try:
            mark_read(self.db, self.article_id)
        except sqlite3.Error:
            pass  # a busy store costs only the unread mark
        self.set_interval(WATCH_SECONDS, self._reopen_if_changed)
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.call_after_refresh(self._recolour_panes))
        if self.at_offset is not None:
            self.call_after_refresh(self.go_to, self.at_offset)

    @property
    def article(self) -> ArticleView:
        return self.query_one(ArticleView)

    def go_to(self, offset: int) -> None:
        """Show the quote that starts at `offset`, else the paragraph that holds it."""
        quote = next((q for q in self.briefing.quotes if q["start"] == offset), None)
        if quote is not None:
            self.article.goto_quote(quote)
        else:
            self.article.goto_offset(offset)
        self.article.focus()

    # --- changes made elsewhere --------------------------------------------------------------

    def on_screen_resume(self) -> None:
        """Back from the highlights screen, which may have deleted or added highlights."""
        highlights = article_highlights(self.db, self.article_id)
        if highlights != self.briefing.highlights:
            self.briefing.highlights = highlights
            self.article.refresh_marks()
        self._reopen_if_changed()

    def _reopen_if_changed(self) -> None:
        """A briefing re-ingested or deleted by another process (a feed refresh, `briefing add`)
        is shown anew, near the same place, or closed: the reader never shows, highlights or
        jumps into a version of the text the store no longer holds."""
        # only while on top: a screen over it (highlights, help) is left alone, and the check is
        # made again when it closes (Screen.is_current also holds for the screen just under it)
        version = data_version(self.db)
        if version == self.data_version or self.app.screen is not self:
            return
        self.data_version = version
        stamp = article_stamp(self.db, self.article_id)
        if stamp == (self.briefing.article["updated_at"], self.briefing.article["text_hash"]):
            return
        try:
            reopened = BriefingScreen(self.db, self.article_id) if stamp is not None else None
        except BriefingError:
            reopened = None  # deleted between the two reads
        if reopened is None:
            self.notify("This briefing was deleted elsewhere.", severity="warning")
            self.app.pop_screen()
            return
        reopened.at_offset = same_place(self.briefing.paragraphs, self.article.current, reopened.briefing.paragraphs)
        self.app.switch_screen(reopened)
        self.notify("This briefing was updated elsewhere: it is shown anew.")

    # --- side panes ------------------------------------------------------------------------------

    @property
    def active_pane(self) -> str:
        return self.query_one(PaneTabs).active

    def _entries(self, pane: str) -> list[Entry]:
        return {
            "summary": self._summary_entries,
            "speakers": self._speaker_entries,
            "figures": self._figure_entries,
            "quotes": lambda: self._quote_entries(self.article.selected_speaker),
        }[pane]()

    def _summary_entries(self) -> list[Entry]:
        if not self.briefing.summary:
            return [Entry(Text("No summary: the article is too short."))]
        return [Entry(Text(f"• {s['text']}"), key=f"offset-{s['start']}") for s in self.briefing.summary]

    def _speaker_entries(self) -> list[Entry]:
        speakers = self.briefing.speakers()
        if not speakers:
            return [Entry(Text("No attributed quotes in this article."))]
        entries = []
        for entity, quotes in speakers:
            label = Text(entity["name"], style=f"bold {self.article_colour(entity['id'])}")
            label.append(f"  {len(quotes)} quote{'s' if len(quotes) != 1 else ''}", style="dim")
            if entity["role"]:
                label.append("\n" + entity["role"], style="italic")
            entries.append(Entry(label, key=f"speaker-{entity['id']}"))
        return entries

    def _figure_entries(self) -> list[Entry]:
        if not self.briefing.figures:
            return [Entry(Text("No key figures in this article."))]
        figures = self.briefing.figures_in_order()
        entries = []
        for figure in figures:
            label = Text(figure["text"], style="bold")
            label.append(f"  {figure['kind']}", style="dim")
            label.append("\n" + excerpt_around(figure["context"], self._offset_in_context(figure), len(figure["text"])))
            entries.append(Entry(label, key=f"offset-{figure['start']}"))
        return entries

    def _offset_in_context(self, figure: dict[str, Any]) -> int:
        """Where the figure stands in its sentence (the same number may come twice in it)."""
        text, context, start = self.briefing.article["text"], figure["context"], figure["start"]
        found = text.rfind(context, max(0, start - len(context)), start + len(context))
        return start - found if 0 <= found <= start else max(0, context.find(figure["text"]))

    def _quote_entries(self, speaker_id: int | None = None) -> list[Entry]:
        quotes = self.briefing.quotes_of(speaker_id)
        if not quotes:
            return [Entry(Text("No quotes in this article."))]
        entries = []
        for quote in quotes:
            label = Text(f"“{quote['text']}”", style=self.article_colour(quote["speaker_id"]))
            label.append(f"\n— {quote['speaker'] or 'unattributed'}", style="dim")
            if quote["kind"] != "direct":
                label.append(f" ({quote['kind']})", style="dim")
            entries.append(Entry(label, key=f"quote-{quote['id']}"))
        return entries

    def article_colour(self, speaker_id: int | None) -> str:
        return self.article.colour_of(speaker_id)

    def _recolour_panes(self) -> None:
        """A new theme may bring new speaker tints (light or dark): the panes drawn with the old
        ones are filled again, the one shown now, the others when next shown."""
        self.article.restyle()  # the tints first: the panes take theirs from the reader
        self._filled = {self.active_pane}
        self.query_one(f"#{self.active_pane}-list", EntryList).set_entries(self._entries(self.active_pane))

    @on(EntryList.EntrySelected)
    def jump_to_entry(self, event: EntryList.EntrySelected) -> None:
        kind, _, value = (event.entry.key or "").partition("-")
        if kind == "offset":
            self.article.goto_offset(int(value))
            self.article.focus()
        elif kind == "quote":
            quote = next(q for q in self.briefing.quotes if q["id"] == int(value))
            self.article.goto_quote(quote)
            self.article.focus()
        elif kind == "speaker":
            self.select_speaker(int(value))
            self.action_show_pane("quotes")

    def select_speaker(self, speaker_id: int | None) -> None:
        self.article.select_speaker(speaker_id)
        self.query_one("#quotes-list", EntryList).set_entries(self._quote_entries(speaker_id))
        self._filled.add("quotes")
        entity = self.briefing.entity(speaker_id)
        self.query_one(PaneTabs).set_label("quotes", f"Quotes: {entity['name']}" if entity else "Quotes")
        if entity is not None:
            count = sum(1 for q in self.briefing.quotes if q["speaker_id"] == speaker_id)
            self.notify(f"{entity['name']}: {count} quote{'s' if count != 1 else ''} marked. Escape clears.", markup=False)

    # --- actions --------------------------------------------------------------------------------

    def action_article(self, action: str, step: int) -> None:
        """Quote and section keys work from any pane: they move the reader and focus it."""
        self.article.focus()
        getattr(self.article, f"action_{action}")(step)

    def action_show_pane(self, pane: str) -> None:
        entries = self.query_one(f"#{pane}-list", EntryList)
        if pane not in self._filled:
            entries.set_entries(self._entries(pane))
            self._filled.add(pane)
        self.query_one(PaneTabs).active = pane
        self.query_one(ContentSwitcher).current = f"{pane}-list"
        entries.focus()

    def action_cycle_pane(self, step: int) -> None:
        stops = ["article", *PANES]
        focused = self.focused
        current = "article"
        if focused is not None and focused.id and focused.id.endswith("-list"):
            current = focused.id.removesuffix("-list")
        target = stops[(stops.index(current) + step) % len(stops)]
        if target == "article":
            self.article.focus()
        else:
            self.action_show_pane(target)

    def action_find(self) -> None:
        find = self.query_one("#find", Input)
        find.display = True
        find.focus()

    @on(Input.Submitted, "#find")
    def find_next(self, event: Input.Submitted) -> None:
        if event.value and not self.article.find_next(event.value):
            self.notify(f"“{event.value}” is not in this article.", severity="warning", markup=False)

    def close_find(self) -> None:
        find = self.query_one("#find", Input)
        find.display = False
        find.value = ""
        self.article.find_next("")
        self.article.focus()

    def action_pick_speaker(self) -> None:
        speakers = [(entity["id"], entity["name"], len(quotes)) for entity, quotes in self.briefing.speakers()]
        if not speakers:
            self.notify("No attributed quotes in this article.")
            return
        self.app.push_screen(SpeakerPicker(speakers), self._picked_speaker)

    def _picked_speaker(self, speaker_id: int | None) -> None:
        if speaker_id is not None:
            self.select_speaker(speaker_id)
            self.action_show_pane("quotes")

    def action_clear_or_back(self) -> None:
        if self.query_one("#find", Input).display:
            self.close_find()
        elif self.article.selected_speaker is not None:
            self.select_speaker(None)
            self.notify("Speaker filter cleared.")
        else:
            self.app.pop_screen()

    def action_highlight(self) -> None:
        if self.article.text_selection is not None and self.article.selected_span() is None:
            self.clear_selection()
            self.notify("The selection holds no article text (a headline, a blank line): nothing was highlighted.", severity="warning")
            return
        start, end = self._highlight_target()
        self.clear_selection()  # used once: the next h acts on the cursor again
        if any(h["start"] == start and h["end"] == end for h in self.briefing.highlights):
            self.notify("Already highlighted. H lists highlights.")
            return
        try:
            add_highlight(self.db, self.article_id, start, end, shown=self.briefing.article["text"][start:end])
        except (BriefingError, sqlite3.Error) as error:
            self.notify(str(error), severity="error", markup=False)
            self._reopen_if_changed()
            return
        self.briefing.highlights = article_highlights(self.db, self.article_id)
        self.article.refresh_marks()
        self.notify("Highlighted. H lists highlights.")

    def _highlight_target(self) -> tuple[int, int]:
        """The selected text if any, else the current quote, else the current paragraph."""
        paragraph = self.briefing.paragraphs[self.article.current]
        selected = self.article.selected_span()
        if selected is not None:
            return selected
        quote = self.article.current_quote
        if quote is not None:
            return quote["start"], quote["end"]
        return paragraph["start"], paragraph["end"]

    def action_copy_quote(self) -> None:
        quote: dict[str, Any] | None = self.article.current_quote
        if quote is None:
            self.notify("No quote here: move to a quote first (n).", severity="warning")
            return
        entity = self.briefing.entity(quote["speaker_id"])
        article = self.briefing.article
        self.app.copy_to_clipboard(
            quote_with_attribution(
                quote["text"], quote["speaker"], entity["role"] if entity else None, article["title"], article["published"]
            )
        )
        self.notify("Quote copied with its attribution.")
