"""A list of entries of one or more lines with a cursor, drawn line by line.

Textual's OptionList turns every option into a visual and wraps it through its full rendering
pipeline each time its options are replaced; the speaker view replaces both of its lists on
every key typed in its filter, which made OptionList most of the filter's cost. Here each entry
is wrapped once per width with Rich, and only the lines in view are drawn.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rich.console import Console
from rich.segment import Segment
from rich.text import Text
from textual.binding import Binding
from textual.events import Click
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefing.widgets.lines import CURSOR_BINDINGS, CachedStyles, line_segments

PADDING = 1  # blank cells on each side of an entry


@dataclass
class Entry:
    """One entry: its text (newlines start new lines; long lines are wrapped) and the key it is
    known by. An entry without a key is a message ("No speaker matches"), which the cursor skips."""

    text: Text
    key: str | None = None


class EntryList(CachedStyles, ScrollView, can_focus=True):
    """Entries one under the other, the one under the cursor shown highlighted."""

    DEFAULT_CSS = """
    EntryList {
        background: $surface;
        color: $foreground;
        &:focus {
            background-tint: $foreground 5%;
            & > .entry-list--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
        }
        & > .entry-list--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
        & > .entry-list--message {
            color: $text-muted;
        }
    }
    """
    COMPONENT_CLASSES = {"entry-list--cursor", "entry-list--message"}
    BINDINGS = [*CURSOR_BINDINGS, Binding("enter", "select", "Select", show=False)]

    class _AtCursor(Message):
        """Something happened to the entry at `index`."""

        def __init__(self, entry_list: EntryList, index: int) -> None:
            super().__init__()
            self.entry_list = entry_list
            self.index = index
            self.entry = entry_list.entries[index]

        @property
        def control(self) -> EntryList:
            return self.entry_list

        def cursor_index(self) -> int | None:
            """The entry's index now if the cursor is still on it (entries put before it move
            both), else None: the cursor moved on since, and a later message says where."""
            cursor = self.entry_list.cursor
            if cursor is not None and cursor < len(self.entry_list.entries) and self.entry_list.entries[cursor] is self.entry:
                return cursor
            return None

    class EntryHighlighted(_AtCursor):
        """The cursor moved to the entry at `index`."""

    class EntrySelected(_AtCursor):
        """The entry at `index` was chosen: Enter, or a click."""

    class Scrolled(Message):
        """Other entries came into view (the mouse wheel, say): `in_view` says which."""

        def __init__(self, entry_list: EntryList) -> None:
            super().__init__()
            self.entry_list = entry_list

        @property
        def control(self) -> EntryList:
            return self.entry_list

    def __init__(self, id: str | None = None, read_edge: Callable[[int], None] | None = None) -> None:
        """`read_edge`, given entries read a page at a time, is called by Home (0) and End (1)
        before the cursor moves, to read the entries at that end of the list."""
        super().__init__(id=id)
        self.read_edge = read_edge
        self.entries: list[Entry] = []
        self.cursor: int | None = None
        self._width = 0  # the width the entries were wrapped to
        self._wrapped: list[list[Text]] = []  # each entry's lines, wrapped to _width
        self._line_at: list[tuple[int, int]] = []  # (entry, line within it) of each line of the list
        self._first_line: list[int] = []  # the line each entry starts on
        self._strips: dict[int, Strip] = {}  # drawn lines, by line number

    # --- content -----------------------------------------------------------------------------

    def set_entries(self, entries: Iterable[Entry]) -> None:
        """Replace the entries, scrolled to the top."""
        self.entries, self.cursor = [], None
        self._wrapped, self._line_at, self._first_line = [], [], []
        self.scroll_to(y=0, animate=False, immediate=True)
        self.add_entries(entries)

    def add_entries(self, entries: Iterable[Entry]) -> None:
        """Add entries at the end; a list without a cursor puts it on the first that can take it."""
        self.entries.extend(entries)
        self._layout()
        if self.cursor is None and (first := self._selectable(0, 1)) is not None:
            self.move_cursor(first)

    def prepend_entries(self, entries: Iterable[Entry]) -> None:
        """Add entries at the start; the cursor and the view stay on the entries they were on."""
        added = list(entries)
        if not added:
            return
        self.entries[:0] = added
        if self.cursor is not None:
            self.cursor += len(added)
        if self._wrapped:  # wrapped to _width: wrap the new ones alike, and number the lines anew
            console = self.app.console
            self._wrapped[:0] = [_wrap(entry.text, self._width, console) for entry in added]
            self._line_at, self._first_line = [], []
        self._layout()
        if len(self._first_line) > len(added):
            self.scroll_to(y=self.scroll_offset.y + self._first_line[len(added)], animate=False, immediate=True)

    def _layout(self) -> None:
        """Wrap the entries not yet wrapped to the current width (all of them after a resize),
        and number the lines of those not yet numbered."""
        if not self.size:
            return  # not laid out yet: wrapped once it has a width (on_resize)
        width = max(1, self.scrollable_content_region.width - 2 * PADDING)
        if width != self._width:
            self._width = width
            self._wrapped, self._line_at, self._first_line = [], [], []
        console = self.app.console
        self._wrapped += [_wrap(entry.text, width, console) for entry in self.entries[len(self._wrapped) :]]
        for index in range(len(self._first_line), len(self.entries)):
            self._first_line.append(len(self._line_at))
            self._line_at.extend((index, line) for line in range(len(self._wrapped[index])))
        self._strips.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, len(self._line_at))
        self.refresh()

    def on_resize(self) -> None:
        self._layout()
        self._scroll_cursor_into_view()

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if round(old_value) != round(new_value) and self._line_at:
            self.post_message(self.Scrolled(self))

    def in_view(self) -> tuple[int, int] | None:
        """The first and the last entry in view, if any."""
        if not self._line_at:
            return None
        top = min(round(self.scroll_offset.y), len(self._line_at) - 1)
        bottom = min(top + self.scrollable_content_region.height - 1, len(self._line_at) - 1)
        return self._line_at[top][0], self._line_at[bottom][0]

    def render_lines(self, crop: Region) -> list[Strip]:
        """A scrollbar coming or going narrows or widens the lines without a resize: wrap anew."""
        if self.size and self.scrollable_content_region.width - 2 * PADDING != self._width:
            self._layout()
            self._scroll_cursor_into_view()
        return super().render_lines(crop)

    def notify_style_update(self) -> None:
        """A theme change, or focus coming or going, restyles every line."""
        super().notify_style_update()
        self._strips.clear()

    # --- the cursor --------------------------------------------------------------------------

    def _selectable(self, start: int, step: int) -> int | None:
        """The first entry from `start` on, going by `step`, that has a key."""
        index = start
        while 0 <= index < len(self.entries):
            if self.entries[index].key is not None:
                return index
            index += step
        return None

    def move_cursor(self, index: int) -> None:
        """Put the cursor on the entry at `index` (kept within the entries), in view, and say so."""
        if not self.entries:
            return
        index = max(0, min(index, len(self.entries) - 1))
        previous, self.cursor = self.cursor, index
        self._strips.clear()
        self.refresh()
        self._scroll_cursor_into_view()
        if index != previous:
            self.post_message(self.EntryHighlighted(self, index))

    def _scroll_cursor_into_view(self) -> None:
        if self.cursor is None or self.cursor >= len(self._first_line):
            return
        top = self._first_line[self.cursor]
        region = Region(0, top, 1, len(self._wrapped[self.cursor]))
        self.scroll_to_region(region, animate=False, immediate=True, force=True)

    def action_move(self, step: int) -> None:
        if self.cursor is None:  # no entry can take it
            return
        target = self._selectable(self.cursor + step, step)
        if target is not None:
            self.move_cursor(target)

    def action_page(self, direction: int) -> None:
        """A screenful of lines up or down, landing on the entry there."""
        if self.cursor is None or not self._line_at:
            return
        line = self._first_line[self.cursor] + direction * max(1, self.scrollable_content_region.height - 1)
        entry = self._line_at[max(0, min(line, len(self._line_at) - 1))][0]
        if entry == self.cursor:  # an entry taller than the pane: on to the next one
            entry += direction
        target = self._selectable(entry, direction)
        if target is None:
            target = self._selectable(entry, -direction)
        if target is not None:
            self.move_cursor(target)

    def action_edge(self, end: int) -> None:
        if self.read_edge is not None:
            self.read_edge(end)
        target = self._selectable(len(self.entries) - 1, -1) if end else self._selectable(0, 1)
        if target is not None:
            self.move_cursor(target)

    def action_select(self) -> None:
        if self.cursor is not None and self.entries[self.cursor].key is not None:
            self.post_message(self.EntrySelected(self, self.cursor))

    def on_click(self, event: Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        line = offset.y + self.scroll_offset.y
        if 0 <= line < len(self._line_at):
            index = self._line_at[line][0]
            if self.entries[index].key is not None:
                self.move_cursor(index)
                self.post_message(self.EntrySelected(self, index))

    # --- drawing -----------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        line = y + scroll_y
        if line >= len(self._line_at):
            return Strip.blank(width, self.cached_style())
        strip = self._strips.get(line)
        if strip is None:
            strip = self._strips[line] = self._draw(line, width)
        return strip.crop_extend(scroll_x, scroll_x + width, self.cached_style())

    def _draw(self, line: int, width: int) -> Strip:
        index, line_in_entry = self._line_at[line]
        style = self.cached_style()
        if self.entries[index].key is None:
            style += self.cached_style("entry-list--message")
        elif index == self.cursor:
            style += self.cached_style("entry-list--cursor")
        text = self._wrapped[index][line_in_entry]
        pad = Segment(" " * PADDING)
        segments = [pad, *line_segments(text, self.app.console), Segment(" " * max(0, width - PADDING - text.cell_len))]
        return Strip(Segment.apply_style(segments, style))


def _wrap(text: Text, width: int, console: Console) -> list[Text]:
    """The lines of `text` at `width`: most entries fit as they are, and Rich's wrapping, which
    measures every word, is only needed for the others."""
    lines = text.split("\n", allow_blank=True) if "\n" in text.plain else [text]
    if all(line.cell_len <= width for line in lines):
        return list(lines)
    return list(text.wrap(console, width, overflow="fold"))
