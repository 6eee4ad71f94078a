"""The library's table: a header and one line per briefing, drawn line by line.

Textual's DataTable renders every cell through Rich's full layout, which made it the largest cost
of the library's first frame; the library needs only fixed-width, one-line cells, a row cursor,
zebra stripes and a clickable header, which this widget draws directly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rich.segment import Segment
from rich.text import Text
from textual.events import Click
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefing.text import clean_line
from briefing.widgets.lines import CURSOR_BINDINGS, CachedStyles, line_segments

PADDING = 1  # blank cells on each side of a cell


@dataclass
class Column:
    key: str
    label: Text
    width: int


class Row:
    """A row's key and its cells. Cells given as a function are made when first asked for (when
    the row is drawn): End reads thousands of rows at once, of which only a screenful is drawn."""

    __slots__ = ("_cells", "key")

    def __init__(self, key: str, cells: list[Text] | Callable[[], list[Text]]) -> None:
        self.key = key
        self._cells = cells

    @property
    def cells(self) -> list[Text]:
        if callable(self._cells):
            self._cells = self._cells()
        return self._cells


class LibraryTable(CachedStyles, ScrollView, can_focus=True):
    """Rows of fixed-width cells under a header that stays in place, with a row cursor."""

    DEFAULT_CSS = """
    LibraryTable {
        background: $surface;
        color: $foreground;
        &:focus {
            background-tint: $foreground 5%;
            & > .library-table--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
            & > .library-table--header {
                background-tint: $foreground 5%;
            }
        }
        &:dark > .library-table--even {
            background: $surface-darken-1 40%;
        }
        & > .library-table--header {
            text-style: bold;
            background: $panel;
            color: $foreground;
        }
        & > .library-table--even {
            background: $surface-lighten-1 50%;
        }
        & > .library-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
    }
    """
    COMPONENT_CLASSES = {"library-table--header", "library-table--even", "library-table--cursor"}
    BINDINGS = CURSOR_BINDINGS

    class _AtCursor(Message):
        """Something happened at the cursor's row, `cursor_row`."""

        def __init__(self, table: LibraryTable, cursor_row: int) -> None:
            super().__init__()
            self.table = table
            self.cursor_row = cursor_row

    class RowHighlighted(_AtCursor):
        """The cursor moved to `cursor_row`."""

    class RowSelected(_AtCursor):
        """The row under the cursor was clicked again: a first click selects, a second opens."""

    class Scrolled(Message):
        """The rows were scrolled (by the wheel, say): `last_row` is the last one in view."""

        def __init__(self, table: LibraryTable, last_row: int) -> None:
            super().__init__()
            self.table = table
            self.last_row = last_row

    class HeaderSelected(Message):
        """A column's label was clicked."""

        def __init__(self, table: LibraryTable, column_key: str) -> None:
            super().__init__()
            self.table = table
            self.column_key = column_key

    def __init__(self, id: str | None = None, read_edge: Callable[[int], None] | None = None) -> None:
        """`read_edge`, given rows read a page at a time, is called by Home (0) and End (1) before
        the cursor moves, to read the rows up to that end."""
        super().__init__(id=id)
        self.read_edge = read_edge
        self.columns: list[Column] = []
        self.rows: list[Row] = []
        self.cursor_row = 0
        self._clicked: str | None = None  # the key of the row the last click selected
        self._lines: dict[int, Strip] = {}  # drawn rows, by index; -1 is the header

    # --- content -----------------------------------------------------------------------------

    @property
    def row_count(self) -> int:
        return len(self.rows)

    def set_columns(self, columns: list[Column]) -> None:
        self.columns = columns
        self._changed()

    def clear(self) -> None:
        self.rows = []
        self.cursor_row = 0
        self._clicked = None
        self.scroll_to(y=0, animate=False, immediate=True)
        self._changed()

    def add_rows(self, rows: list[Row]) -> None:
        self.rows.extend(rows)
        self._changed()

    def update_row(self, index: int, row: Row) -> None:
        self.rows[index] = row
        self._lines.pop(index, None)
        self.refresh()

    def _changed(self) -> None:
        self._lines.clear()
        width = sum(column.width + 2 * PADDING for column in self.columns if column.width > 0)
        self.virtual_size = Size(width, len(self.rows) + 1)
        self.refresh()

    def notify_style_update(self) -> None:
        """A theme change, or focus coming or going, restyles every line."""
        super().notify_style_update()
        self._lines.clear()

    # --- the cursor --------------------------------------------------------------------------

    def move_cursor(self, row: int) -> None:
        """Put the cursor on `row` (kept within the rows), in view, and say so."""
        row = max(0, min(row, len(self.rows) - 1))
        previous, self.cursor_row = self.cursor_row, row
        self._clicked = None  # a click selects anew (on_click sets it after moving)
        for index in (previous, row):
            self._lines.pop(index, None)
        self.refresh()
        self._scroll_cursor_into_view()
        if self.rows:
            self.post_message(self.RowHighlighted(self, row))

    def _scroll_cursor_into_view(self) -> None:
        visible = max(1, self.scrollable_content_region.height - 1)  # the lines under the header
        top = self.scroll_offset.y
        if self.cursor_row < top or self.cursor_row >= top + visible:
            y = self.cursor_row if self.cursor_row < top else self.cursor_row - visible + 1
            self.scroll_to(y=y, animate=False, immediate=True)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if round(old_value) != round(new_value) and self.rows:
            visible = max(1, self.scrollable_content_region.height - 1)
            self.post_message(self.Scrolled(self, min(len(self.rows) - 1, round(new_value) + visible - 1)))

    def on_resize(self) -> None:
        """A smaller terminal (or a search box shown above) keeps the cursor in view."""
        self._scroll_cursor_into_view()

    def action_move(self, step: int) -> None:
        self.move_cursor(self.cursor_row + step)

    def action_page(self, direction: int) -> None:
        self.move_cursor(self.cursor_row + direction * max(1, self.scrollable_content_region.height - 2))

    def action_edge(self, end: int) -> None:
        if self.read_edge is not None:
            self.read_edge(end)
        self.move_cursor(len(self.rows) - 1 if end else 0)

    def on_click(self, event: Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        if offset.y == 0:
            key = self._column_at(offset.x + self.scroll_offset.x)
            if key is not None:
                self.post_message(self.HeaderSelected(self, key))
            return
        row = offset.y - 1 + self.scroll_offset.y
        if 0 <= row < len(self.rows):
            key = self.rows[row].key
            if row == self.cursor_row and key == self._clicked:
                self.post_message(self.RowSelected(self, row))
            else:
                self.move_cursor(row)
            self._clicked = key

    def _column_at(self, x: int) -> str | None:
        left = 0
        for column in self.columns:
            if column.width <= 0:
                continue
            right = left + column.width + 2 * PADDING
            if left <= x < right:
                return column.key
            left = right
        return None

    # --- drawing -----------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        index = -1 if y == 0 else y - 1 + scroll_y
        if index >= len(self.rows):
            return Strip.blank(width, self.cached_style())
        strip = self._lines.get(index)
        if strip is None:
            strip = self._lines[index] = self._draw(index)
        return strip.crop_extend(scroll_x, scroll_x + width, self.cached_style())

    def _draw(self, index: int) -> Strip:
        """One line: the header (index -1) or a row, each cell cut to its column's width."""
        style = self.cached_style()
        if index == -1:
            style += self.cached_style("library-table--header")
            cells = [column.label for column in self.columns]
        else:
            if index % 2:
                style += self.cached_style("library-table--even")
            if index == self.cursor_row:
                style += self.cached_style("library-table--cursor")
            cells = self.rows[index].cells
        console = self.app.console
        pad = Segment(" " * PADDING)
        segments: list[Segment] = []
        for column, cell in zip(self.columns, cells):
            if column.width > 0:  # a column without room is left out
                segments += [pad, *line_segments(_fit(cell, column.width), console), pad]
        return Strip(Segment.apply_style(segments, style))


def _fit(cell: Text, width: int) -> Text:
    """The cell on one line of printable characters, cut to `width` with an ellipsis, and padded
    to it on the side its justification leaves free."""
    text = cell.copy()
    if not cell.plain.isprintable():  # a newline, a tab or an escape would break the line
        text = Text(clean_line(cell.plain), style=cell.style, justify=cell.justify)
    text.truncate(width, overflow="ellipsis")
    if cell.justify == "right":
        text.pad_left(width - text.cell_len)
    else:
        text.pad_right(width - text.cell_len)
    return text
