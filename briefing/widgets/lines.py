"""Helpers for the widgets that draw themselves line by line (the line API)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding

if TYPE_CHECKING:
    from textual.widget import Widget

    _Mixin = Widget
else:
    _Mixin = object  # a plain mixin: as a Widget subclass it would shadow the widget's own bases


# The keys of a list with a cursor; its widget has the actions move, page and edge.
CURSOR_BINDINGS = [
    Binding("down", "move(1)", "Down", show=False),
    Binding("up", "move(-1)", "Up", show=False),
    Binding("pagedown", "page(1)", "Page down", show=False),
    Binding("pageup", "page(-1)", "Page up", show=False),
    Binding("home,ctrl+home", "edge(0)", "First", show=False),
    Binding("end,ctrl+end", "edge(1)", "Last", show=False),
]


def line_segments(text: Text, console: Console) -> list[Segment]:
    """The segments of `text`, its own style included: `Text.render` leaves the style a Text was
    made with ("bold" for an unread headline) out when the text has no spans."""
    segments = list(text.render(console))
    if not text.style:
        return segments
    return list(Segment.apply_style(segments, console.get_style(text.style)))


class CachedStyles(_Mixin):
    """A line-API widget asks for its style on every line it draws; Textual works it out anew
    each time (from the CSS of the widget and of its ancestors), which made it a large part of
    drawing a frame. Here it is kept until the widget is restyled (a theme, focus)."""

    def cached_style(self, component: str = "", partial: bool = False) -> Style:
        """The widget's style, or one of its components' ("" for the widget itself)."""
        cache: dict[tuple[str, bool], Style] = self.__dict__.setdefault("_cached_styles", {})
        key = (component, partial)
        if key not in cache:
            cache[key] = self.get_component_rich_style(component, partial=partial) if component else self.rich_style
        return cache[key]

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self.__dict__.get("_cached_styles", {}).clear()
