"""Messages that screens send up to the app."""

from __future__ import annotations

from textual.message import Message


class OpenBriefing(Message):
    """Open a briefing, at an offset of its text if given (a quote, a highlight)."""

    def __init__(self, article_id: int, at_offset: int | None = None) -> None:
        super().__init__()
        self.article_id = article_id
        self.at_offset = at_offset
