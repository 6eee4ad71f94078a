"""One line of Rich text as the segments a line-API widget draws."""

from __future__ import annotations

from rich.console import Console
from rich.segment import Segment
from rich.text import Text


def line_segments(text: Text, console: Console) -> list[Segment]:
    """The segments of `text`, its own style included: `Text.render` leaves the style a Text was
    made with ("bold" for an unread headline) out when the text has no spans."""
    segments = list(text.render(console))
    if not text.style:
        return segments
    return list(Segment.apply_style(segments, console.get_style(text.style)))
