"""The reader pane: the article, a paragraph cursor, and the marks on the text.

One widget draws the whole article line by line (Textual's line API), rather than one widget per
paragraph: a briefing then opens without mounting, styling and laying out dozens of widgets.

Article text is untrusted: it is only ever rendered as `rich.text.Text` built from plain
strings, never parsed as markup.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.app import App
from textual.binding import Binding
from textual.events import Click
from textual.geometry import Offset, Region, Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip

from briefing.store.queries import Briefing
from briefing.widgets.lines import CachedStyles

@dataclass(frozen=True)
class Palette:
    """The colours the reader adds to a theme's: a tint per speaker, one for unattributed
    quotes, the highlight's background. Light themes need darker tints and a pale highlight."""

    speakers: tuple[str, ...]
    unattributed: str
    highlight: Style


DARK_PALETTE = Palette(
    ("#e5c07b", "#61afef", "#98c379", "#c678dd", "#56b6c2", "#e06c75", "#d19a66", "#8fbcbb"), "#a0a0a0", Style(bgcolor="#5c4d00")
)
LIGHT_PALETTE = Palette(
    ("#8a5d00", "#2f5fc4", "#3b7d2e", "#8e2c96", "#0e6f8a", "#b3322b", "#9a4f00", "#4c6a78"), "#666666", Style(bgcolor="#f7e27c")
)


def palette_for(app: App[Any]) -> Palette:
    return DARK_PALETTE if app.current_theme.dark else LIGHT_PALETTE


FIND_STYLE = Style(reverse=True)
FIGURE_STYLE = Style(bold=True)
MENTION_STYLE = Style(underline=True)
GUTTER = 2  # cells left of the text: the cursor bar of the current paragraph, then a space
_BLANK = (Text(""), None)


def speaker_colours(briefing: Briefing, palette: Palette) -> dict[int, str]:
    """A colour per speaker, in order of first quote, so that each speaker's quotes share a tint."""
    colours: dict[int, str] = {}
    for quote in briefing.quotes:
        speaker = quote["speaker_id"]
        if speaker is not None and speaker not in colours:
            colours[speaker] = palette.speakers[len(colours) % len(palette.speakers)]
    return colours


@dataclass
class _Mark:
    start: int
    end: int
    style: Style | str


class ArticleView(CachedStyles, ScrollView, can_focus=True):
    """The article, with a paragraph cursor, quotes tinted by speaker and marks for the rest."""

    BINDINGS = [
        Binding("j,down", "move(1)", "Next paragraph", show=False),
        Binding("k,up", "move(-1)", "Previous paragraph", show=False),
        Binding("g,home", "edge(0)", "Top", show=False),
        Binding("G,end", "edge(1)", "Bottom", show=False, key_display="G"),
    ]
    COMPONENT_CLASSES = {"article--current", "article--cursor", "article--heading"}
    ALLOW_SELECT = True

    current: reactive[int] = reactive(0, init=False)

    def __init__(self, briefing: Briefing, palette: Palette, id: str | None = None) -> None:
        super().__init__(id=id)
        self.briefing = briefing
        self.paragraph_starts = [p["start"] for p in briefing.paragraphs]
        self.palette = palette
        self.colours = speaker_colours(briefing, palette)
        self.selected_speaker: int | None = None
        self.find_term = ""
        # the quote `n`, `y` and `h` act on; a reactive's watcher does not run for its first value,
        # so the first paragraph's quote is set here
        self.current_quote: dict[str, Any] | None = self._first_quote_in(0) if briefing.paragraphs else None
        self._rows: list[tuple[Text, int | None]] = []  # each line drawn, with its paragraph
        self._row_starts: list[int | None] = []  # where each paragraph line starts in the article text
        self._paragraph_rows: list[tuple[int, int]] = []  # first line and end line of each paragraph
        self._width = 0
        self._heading_style = Style()  # as the rows were drawn with it
        self._resizing = False  # within a layout pass that changed the pane's size

    # --- layout ----------------------------------------------------------------------------------

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True) -> bool:
        """Wrap the article as soon as the pane's width is known, within the layout pass, so that
        the first frame already shows the text (a Resize event would come a frame later)."""
        # a scroll this causes (a taller pane scrolls back) must not move the cursor: the cursor
        # stays and the view follows it
        self._resizing = True
        try:
            resized = super()._size_updated(size, virtual_size, container_size, layout)
            if max(10, self.scrollable_content_region.width - GUTTER) != self._width:
                rewrapped = bool(self._rows)
                self._lay_out()
                if rewrapped:  # the current paragraph moved to other rows: keep it in view
                    self.scroll_to_paragraph(self.current)
        finally:
            self._resizing = False
        return resized

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.call_after_refresh(self.restyle))

    def restyle(self) -> None:
        """A new theme: the headings and the speakers' tints, drawn into the rows with the old
        colours, take the new ones."""
        palette = palette_for(self.app)
        if palette != self.palette:
            self.palette = palette
            self.colours = speaker_colours(self.briefing, palette)
            self._lay_out()
        elif self._rows and self.get_component_rich_style("article--heading", partial=True) != self._heading_style:
            self._lay_out()

    def colour_of(self, speaker_id: int | None) -> str:
        """The tint of a speaker's quotes (the unattributed one for None or no quote)."""
        return self.colours.get(speaker_id, self.palette.unattributed) if speaker_id is not None else self.palette.unattributed

    def _lay_out(self) -> None:
        """Wrap the article to the pane's width; the rows are drawn by render_line."""
        width = max(10, self.scrollable_content_region.width - GUTTER)
        self._width = width
        console = self.app.console
        rows: list[tuple[Text, int | None]] = []
        row_starts: list[int | None] = []
        paragraph_rows: list[tuple[int, int]] = []

        def add(text: Text, style: Style | str = "", paragraph: int | None = None, offset: int = 0) -> None:
            text.stylize(style)  # as a span: a Text's own style is not drawn once it is wrapped
            position = 0  # where the next row's text is looked for: past the row before, whose
            for line in text.wrap(console, width):  # words a row may repeat ("no more war, no more war")
                shown = line.plain.strip()
                found = text.plain.find(shown, position)
                start = found if found >= 0 else position
                rows.append((line, paragraph))
                row_starts.append(offset + start if paragraph is not None else None)
                position = start + len(shown)

        def blank() -> None:
            rows.append(_BLANK)
            row_starts.append(None)

        article = self.briefing.article
        add(Text(article["title"] or "(untitled)"), "bold")
        meta = " · ".join(str(v) for v in (article["byline"], (article["published"] or "")[:10], article["url"] or article["source"]) if v)
        if meta:
            add(Text(meta), "dim")
        blank()
        headings = {s["id"]: s["heading"] for s in self.briefing.sections}
        heading_style = self._heading_style = self.get_component_rich_style("article--heading", partial=True)
        section_id = None
        marks = self._marks()
        for index, paragraph in enumerate(self.briefing.paragraphs):
            if paragraph["section_id"] != section_id:
                section_id = paragraph["section_id"]
                if headings.get(section_id):
                    add(Text(headings[section_id]), heading_style)
                    blank()
            first = len(rows)
            add(self._paragraph_text(index, marks), paragraph=index, offset=paragraph["start"])
            paragraph_rows.append((first, len(rows)))
            blank()
        self._rows, self._row_starts, self._paragraph_rows = rows, row_starts, paragraph_rows
        # The pane's size does not depend on its text (its scrollbar is always there): the new
        # virtual size needs only the scrollbar updated and a repaint, not another layout pass.
        virtual_size = Size(width + GUTTER, len(rows))
        self.set_reactive(ScrollView.virtual_size, virtual_size)
        self._scroll_update(virtual_size)
        self.refresh()

    # --- rendering -------------------------------------------------------------------------

    def _paragraph_text(self, index: int, marks: list[_Mark]) -> Text:
        """One paragraph's text with its marks: mentions, figures, quotes, highlights, matches."""
        paragraph = self.briefing.paragraphs[index]
        start, end = paragraph["start"], paragraph["end"]
        text = Text(paragraph["text"])
        for mark in marks:
            if mark.start < end and mark.end > start:
                text.stylize(mark.style, max(mark.start, start) - start, min(mark.end, end) - start)
        if self.find_term:
            text.highlight_words([self.find_term], FIND_STYLE, case_sensitive=False)
        return text

    def _marks(self) -> list[_Mark]:
        """Everything marked on the text, in the order drawn: later marks win."""
        marks = [_Mark(m["start"], m["end"], MENTION_STYLE) for m in self.briefing.mentions]
        marks += [_Mark(f["start"], f["end"], FIGURE_STYLE) for f in self.briefing.figures]
        for quote in self.briefing.quotes:
            if quote["kind"] == "scare":
                continue
            colour = self.colour_of(quote["speaker_id"])
            selected = self.selected_speaker is not None and quote["speaker_id"] == self.selected_speaker
            marks.append(_Mark(quote["start"], quote["end"], Style(color=colour, italic=not selected, bold=selected, underline=selected)))
        marks += [_Mark(h["start"], h["end"], self.palette.highlight) for h in self.briefing.highlights]
        return marks

    def refresh_marks(self) -> None:
        self._lay_out()

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        row = scroll_y + y
        width = self.scrollable_content_region.width
        base = self.cached_style()
        if row >= len(self._rows):
            return Strip.blank(width, base).apply_offsets(scroll_x, row)
        line, paragraph = self._rows[row]
        current = paragraph is not None and paragraph == self.current
        style = base + self.cached_style("article--current") if current else base
        cursor = style + self.cached_style("article--cursor", partial=True)
        gutter = Segment("▌ ", cursor) if current else Segment(" " * GUTTER, style)
        text = line.copy()
        selection = self.text_selection
        if selection is not None and (span := selection.get_span(row)) is not None:
            start, end = span
            end = len(line) + GUTTER if end == -1 else end
            text.stylize(self.screen.get_component_rich_style("screen--selection"), max(0, start - GUTTER), max(0, end - GUTTER))
        segments = [gutter, *text.render(self.app.console)]
        strip = Strip(segments).crop_extend(scroll_x, scroll_x + width, style).simplify()
        return strip.apply_style(style).apply_offsets(scroll_x, row)

    def selected_span(self) -> tuple[int, int] | None:
        """The article text under the mouse selection, as offsets; None without one."""
        selection = self.text_selection
        if selection is None or not self._rows:
            return None
        first = selection.start or Offset(0, 0)
        last = selection.end or Offset(self._width + GUTTER, len(self._rows) - 1)
        start, end = self._text_offset(first, forward=True), self._text_offset(last, forward=False)
        return (start, end) if start is not None and end is not None and start < end else None

    def _text_offset(self, point: Offset, forward: bool) -> int | None:
        """The article offset at a point of the drawn rows; off the text (a headline, a blank
        row), the nearest paragraph text in the given direction."""
        rows = range(point.y, len(self._rows)) if forward else range(min(point.y, len(self._rows) - 1), -1, -1)
        for row in rows:
            row_start = self._row_starts[row]
            if row_start is None:
                continue
            length = len(self._rows[row][0].plain.rstrip())
            if row != point.y:
                return row_start if forward else row_start + length
            return row_start + min(max(0, point.x - GUTTER), length)
        return None

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        text = "\n".join(" " * GUTTER + line.plain for line, _paragraph in self._rows)
        return selection.extract(text), "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        self.refresh()

    # --- the cursor ----------------------------------------------------------------------------

    def watch_current(self, index: int) -> None:
        self.refresh()
        self.scroll_to_paragraph(index)
        if self.current_quote is None or not self._quote_in_paragraph(self.current_quote, index):
            self.current_quote = self._first_quote_in(index)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        """Scrolled (the mouse wheel, the scrollbar) past the current paragraph: the cursor comes
        along to the nearest paragraph in view, so that keys act on what is on screen."""
        super().watch_scroll_y(old_value, new_value)
        if self._resizing or not self._paragraph_rows or self.current >= len(self._paragraph_rows):
            return
        top, bottom = round(new_value), round(new_value) + self.scrollable_content_region.height
        first, end = self._paragraph_rows[self.current]
        if end > top and first < bottom:
            return  # still (partly) in view
        in_view = [index for index, (start, stop) in enumerate(self._paragraph_rows) if stop > top and start < bottom]
        if in_view:
            self.current = in_view[0] if first < top else in_view[-1]

    def scroll_to_paragraph(self, index: int) -> None:
        if index < len(self._paragraph_rows):
            first, end = self._paragraph_rows[index]
            self.scroll_to_region(Region(0, first, 1, end - first), animate=False, immediate=True)

    def paragraph_region(self, index: int) -> Region:
        """Where a paragraph's text is drawn, relative to the widget (an offset for a click)."""
        first, end = self._paragraph_rows[index]
        gutter = self.styles.gutter
        return Region(gutter.left + GUTTER, gutter.top + first - self.scroll_offset.y, self._width, end - first)

    def on_click(self, event: Click) -> None:
        offset = event.get_content_offset(self)
        if offset is not None:
            row = offset.y + self.scroll_offset.y
            if 0 <= row < len(self._rows) and self._rows[row][1] is not None:
                self.current = self._rows[row][1]
        self.focus()

    def paragraph_at(self, offset: int) -> int:
        return max(0, bisect_right(self.paragraph_starts, offset) - 1)

    def goto_offset(self, offset: int) -> None:
        self.current = self.paragraph_at(offset)

    def goto_quote(self, quote: dict[str, Any]) -> None:
        self.current_quote = quote
        self.current = self.paragraph_at(quote["start"])
        self.watch_current(self.current)  # also when already on that paragraph: scroll and tell

    def action_move(self, step: int) -> None:
        self.current = min(max(self.current + step, 0), len(self.briefing.paragraphs) - 1)

    def action_edge(self, end: int) -> None:
        self.current = (len(self.briefing.paragraphs) - 1) if end else 0
        if end:
            self.scroll_end(animate=False)
        else:
            self.scroll_home(animate=False)

    def action_quote(self, step: int) -> None:
        quotes = self._quotes()
        if not quotes:
            self.notify("No quotes here." if self.selected_speaker is None else "No quotes of this speaker.")
            return
        here = self.current_quote["start"] if self.current_quote else self.briefing.paragraphs[self.current]["start"] - (1 if step > 0 else 0)
        if step > 0:
            following = [q for q in quotes if q["start"] > here]
            target = following[0] if following else quotes[0]
        else:
            preceding = [q for q in quotes if q["start"] < here]
            target = preceding[-1] if preceding else quotes[-1]
        self.goto_quote(target)

    def action_section(self, step: int) -> None:
        starts = [self.paragraph_at(s["start"]) for s in self.briefing.sections]
        if len(starts) < 2:
            self.notify("This article has one section.")
            return
        if step > 0:
            target = next((s for s in starts if s > self.current), starts[0])
        else:
            target = next((s for s in reversed(starts) if s < self.current), starts[-1])
        self.current = target

    def find_next(self, term: str) -> bool:
        """Move to the next paragraph that contains `term` (wrapping): from the current one for a
        new term (the match may be right there), after it when the same term is asked again.
        Every match is marked."""
        first_look = term != self.find_term
        self.find_term = term
        self.refresh_marks()
        if not term:
            return False
        needle = term.casefold()
        count = len(self.briefing.paragraphs)
        for step in range(0 if first_look else 1, count + 1):
            index = (self.current + step) % count
            if needle in self.briefing.paragraphs[index]["text"].casefold():
                self.current = index
                return True
        return False

    def select_speaker(self, entity_id: int | None) -> None:
        self.selected_speaker = entity_id
        self.current_quote = self._first_quote_in(self.current)
        self.refresh_marks()

    def _quotes(self) -> list[dict[str, Any]]:
        return self.briefing.quotes_of(self.selected_speaker)

    def _first_quote_in(self, index: int) -> dict[str, Any] | None:
        return next((q for q in self._quotes() if self._quote_in_paragraph(q, index)), None)

    def _quote_in_paragraph(self, quote: dict[str, Any], index: int) -> bool:
        paragraph = self.briefing.paragraphs[index]
        return paragraph["start"] <= quote["start"] < paragraph["end"]
