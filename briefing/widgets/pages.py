"""A long listing shown in an EntryList a page at a time, from either end.

A speaker may be quoted 70,000 times: the list holds a run of the listing, read a page at a
time from one end, that grows as the cursor or the view nears its open side; Home and End read
the page at their end of the listing rather than all that lies between.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from briefing.widgets.entry_list import Entry, EntryList

# (offset, limit, from_end) -> items of a listing, in its order: from_end counts from its last
Read = Callable[[int, int, bool], list[dict[str, Any]]]


class Pages:
    """What an EntryList shows of a long listing: a run of it, read a page at a time from one
    end, that grows away from that end as the cursor or the view nears its open side. End and Home
    read the page at their end of the listing, not all that lies between: a speaker may be quoted
    70,000 times. `items[i]` is shown as the list's entry i."""

    def __init__(self, list_id: str, entry: Callable[[dict[str, Any]], Entry]) -> None:
        self.entry_list = EntryList(id=list_id, read_edge=self.edge)
        self.entry = entry
        self.read: Read | None = None
        self.page = 1
        self.items: list[dict[str, Any]] = []
        self.from_end = False  # the run ends with the listing's last item (End), or starts with its first
        self.complete = True  # the run is the whole listing

    def start(self, read: Read | None, page: int) -> None:
        """Show the first page of a listing (None: of none)."""
        self.read, self.page = read, page
        self._jump(from_end=False)

    def reread(self) -> None:
        """Read the listing again (another process changed it) from the same end, up to a page
        past the cursor: the cursor stays on the entry of the same key, else at the same place.
        (Not the whole run read so far: re-wrapping thousands of entries would hold up the UI.)"""
        entries, cursor = self.entry_list.entries, self.entry_list.cursor
        key = entries[cursor].key if cursor is not None and cursor < len(entries) else None
        reach = 0 if cursor is None else (len(self.items) - cursor if self.from_end else cursor + 1)
        self._jump(self.from_end, self.page + reach)
        same = next((index for index, entry in enumerate(self.entry_list.entries) if key is not None and entry.key == key), None)
        if same is None and cursor is not None:  # (its entry gone: the one now at its place, counted from the run's end)
            same = len(self.items) - reach if self.from_end else cursor
        if same is not None:
            self.entry_list.move_cursor(max(0, same))

    def _jump(self, from_end: bool, count: int | None = None) -> None:
        """Show the first or the last page of the listing (or its first or last `count` items)."""
        self.from_end = from_end
        self.items, more = self._read(0, count)
        self.complete = not more
        self.entry_list.set_entries(self.entry(item) for item in self.items)

    def _read(self, offset: int, count: int | None = None) -> tuple[list[dict[str, Any]], bool]:
        """A page (or `count` items) from `offset` on, counted from the run's end of the listing,
        and whether more lie beyond it (one more is read to tell)."""
        if self.read is None:
            return [], False
        count = count or self.page
        items = self.read(offset, count + 1, self.from_end)
        if len(items) <= count:
            return items, False
        return (items[1:], True) if self.from_end else (items[:-1], True)

    def _add(self, items: list[dict[str, Any]], more: bool) -> None:
        """Show items read on the run's open side."""
        self.complete = not more
        entries = [self.entry(item) for item in items]
        if self.from_end:
            self.items[:0] = items
            self.entry_list.prepend_entries(entries)
        else:
            self.items += items
            self.entry_list.add_entries(entries)

    def near(self, first: int, last: int) -> None:
        """Entries first..last are under the cursor or in view: read on if the open side is near."""
        margin = max(1, self.page // 4)
        if not self.complete and (first < margin if self.from_end else last >= len(self.items) - margin):
            self._add(*self._read(len(self.items)))

    def edge(self, end: int) -> None:
        """Home (0) or End (1): read the rest if it is a page at most, else jump to that end's page."""
        if self.complete or bool(end) == self.from_end:
            return  # that end is shown already
        items, more = self._read(len(self.items))
        if more:
            self._jump(from_end=bool(end))
        else:
            self._add(items, more)
