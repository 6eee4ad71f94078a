"""The reader pane: the article's paragraphs, a paragraph cursor, and the marks on the text.

Article text is untrusted: it is only ever rendered as `rich.text.Text` built from plain
strings, never parsed as markup.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.events import Click
from textual.reactive import reactive
from textual.widgets import Static

from briefing.store.queries import Briefing

SPEAKER_COLOURS = ["#e5c07b", "#61afef", "#98c379", "#c678dd", "#56b6c2", "#e06c75", "#d19a66", "#8fbcbb"]
UNATTRIBUTED_COLOUR = "#a0a0a0"
HIGHLIGHT_STYLE = Style(bgcolor="#5c4d00")
FIND_STYLE = Style(reverse=True)
FIGURE_STYLE = Style(bold=True)
MENTION_STYLE = Style(underline=True)


def speaker_colours(briefing: Briefing) -> dict[int, str]:
    """A colour per speaker, in order of first quote, so that each speaker's quotes share a tint."""
    colours: dict[int, str] = {}
    for quote in briefing.quotes:
        speaker = quote["speaker_id"]
        if speaker is not None and speaker not in colours:
            colours[speaker] = SPEAKER_COLOURS[len(colours) % len(SPEAKER_COLOURS)]
    return colours


class ParagraphView(Static):
    """One paragraph; clicking it moves the cursor there."""

    def __init__(self, index: int, content: Text) -> None:
        super().__init__(content, classes="paragraph")
        self.index = index

    def on_click(self, event: Click) -> None:
        article = self.query_ancestor(ArticleView)
        article.current = self.index
        article.focus()


class ArticleView(VerticalScroll, can_focus=True):
    """The article, with a paragraph cursor, quotes tinted by speaker and marks for the rest."""

    BINDINGS = [
        Binding("j,down", "move(1)", "Next paragraph", show=False),
        Binding("k,up", "move(-1)", "Previous paragraph", show=False),
        Binding("g,home", "edge(0)", "Top", show=False),
        Binding("G,end", "edge(1)", "Bottom", show=False, key_display="G"),
    ]

    current: reactive[int] = reactive(0, init=False)

    def __init__(self, briefing: Briefing, colours: dict[int, str], id: str | None = None) -> None:
        super().__init__(id=id)
        self.briefing = briefing
        self.paragraph_starts = [p["start"] for p in briefing.paragraphs]
        self.colours = colours
        self.selected_speaker: int | None = None
        self.find_term = ""
        self.current_quote: dict[str, Any] | None = None

    def compose(self):  # type: ignore[no-untyped-def]
        article = self.briefing.article
        headline = Text(article["title"] or "(untitled)", style="bold")
        meta = " · ".join(str(v) for v in (article["byline"], (article["published"] or "")[:10], article["url"] or article["source"]) if v)
        if meta:
            headline.append("\n" + meta, style="dim")
        yield Static(headline, id="headline")
        headings = {s["id"]: s["heading"] for s in self.briefing.sections}
        section_id = None
        for index, paragraph in enumerate(self.briefing.paragraphs):
            if paragraph["section_id"] != section_id:
                section_id = paragraph["section_id"]
                if headings.get(section_id):
                    yield Static(Text(headings[section_id], style="bold"), classes="section-heading")
            yield ParagraphView(index, self.render_paragraph(index))

    def on_mount(self) -> None:
        self._mark_current(self.current)

    # --- rendering -------------------------------------------------------------------------

    def render_paragraph(self, index: int) -> Text:
        paragraph = self.briefing.paragraphs[index]
        start, end = paragraph["start"], paragraph["end"]
        text = Text(paragraph["text"])

        def mark(item_start: int, item_end: int, style: Style | str) -> None:
            if item_start < end and item_end > start:
                text.stylize(style, max(item_start, start) - start, min(item_end, end) - start)

        for mention in self.briefing.mentions:
            mark(mention["start"], mention["end"], MENTION_STYLE)
        for figure in self.briefing.figures:
            mark(figure["start"], figure["end"], FIGURE_STYLE)
        for quote in self.briefing.quotes:
            if quote["kind"] == "scare":
                continue
            colour = self.colours.get(quote["speaker_id"], UNATTRIBUTED_COLOUR)
            selected = self.selected_speaker is not None and quote["speaker_id"] == self.selected_speaker
            mark(quote["start"], quote["end"], Style(color=colour, italic=not selected, bold=selected, underline=selected))
        for highlight in self.briefing.highlights:
            mark(highlight["start"], highlight["end"], HIGHLIGHT_STYLE)
        if self.find_term:
            text.highlight_words([self.find_term], FIND_STYLE, case_sensitive=False)
        return text

    def refresh_marks(self) -> None:
        for view in self.query(ParagraphView):
            view.update(self.render_paragraph(view.index))

    def _mark_current(self, index: int) -> None:
        for view in self.query(ParagraphView):
            view.set_class(view.index == index, "-current")

    # --- the cursor ----------------------------------------------------------------------------

    def watch_current(self, index: int) -> None:
        self._mark_current(index)
        views = list(self.query(ParagraphView))
        if views:
            self.scroll_to_widget(views[index], animate=False, top=False)
        if self.current_quote is None or not self._quote_in_paragraph(self.current_quote, index):
            self.current_quote = next((q for q in self._quotes() if self._quote_in_paragraph(q, index)), None)

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
        """Move to the next paragraph (after the current one, wrapping) that contains `term`."""
        self.find_term = term
        self.refresh_marks()
        if not term:
            return False
        needle = term.casefold()
        count = len(self.briefing.paragraphs)
        for step in range(1, count + 1):
            index = (self.current + step) % count
            if needle in self.briefing.paragraphs[index]["text"].casefold():
                self.current = index
                return True
        return False

    def select_speaker(self, entity_id: int | None) -> None:
        self.selected_speaker = entity_id
        self.current_quote = None
        self.refresh_marks()

    def _quotes(self) -> list[dict[str, Any]]:
        return self.briefing.quotes_of(self.selected_speaker)

    def _quote_in_paragraph(self, quote: dict[str, Any], index: int) -> bool:
        paragraph = self.briefing.paragraphs[index]
        return paragraph["start"] <= quote["start"] < paragraph["end"]
