"""The command palette (Ctrl+P): jump to any briefing or speaker, or run a command."""

from __future__ import annotations

import heapq
from functools import partial
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual.command import DiscoveryHit, Hit, Hits, Provider

from briefing.store.queries import list_articles, list_speakers
from briefing.widgets.fuzzy import NameMatcher

if TYPE_CHECKING:
    from briefing.app import BriefingApp

MAX_HITS_PER_KIND = 30
MAX_ROWS_SEARCHED = 2000  # the newest briefings, the most quoted speakers; the rest: the library's search


class BriefingCommands(Provider):
    """Briefings by headline, speakers by name, and the app's own commands."""

    briefings: list[dict[str, Any]]
    speakers: list[dict[str, Any]]

    @property
    def briefing_app(self) -> BriefingApp:
        return self.app  # type: ignore[return-value]

    def _commands(self) -> list[tuple[str, str, object]]:
        app = self.briefing_app
        return [
            ("Library", "All briefings", app.action_library),
            ("Speakers across the library", "Every speaker, merged by name", app.action_speakers),
            ("Highlights of the library", "Every highlight with its note", partial(app.action_highlights, whole_library=True)),
            ("Keys", "Every key of every screen", app.action_help),
        ]

    async def startup(self) -> None:
        """Read the briefings and speakers once when the palette opens, not at every keystroke."""
        db = self.briefing_app.db
        self.briefings = list_articles(db, limit=MAX_ROWS_SEARCHED)
        self.speakers = list_speakers(db, limit=MAX_ROWS_SEARCHED)

    async def discover(self) -> Hits:
        for name, help_text, command in self._commands():
            yield DiscoveryHit(name, command, help=help_text)  # type: ignore[arg-type]

    async def search(self, query: str) -> Hits:
        matcher = NameMatcher(query)
        app = self.briefing_app
        for name, help_text, command in self._commands():
            score = matcher.score(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), command, help=help_text)  # type: ignore[arg-type]
        for score, row in _best(matcher, self.briefings, lambda row: row["title"] or row["source"]):
            title = row["title"] or row["source"]
            yield Hit(score, matcher.highlight(title), partial(app.open_briefing, row["id"]), text=title, help="Open briefing")
        for score, speaker in _best(matcher, self.speakers, lambda speaker: speaker["name"]):
            label = matcher.highlight(speaker["name"])
            label.append(f"  {speaker['quote_count']} quotes", style="dim")
            yield Hit(score, label, partial(app.action_speakers, speaker["name"]), text=speaker["name"], help="Speaker")


def _best(matcher: NameMatcher, rows: list[dict[str, Any]], text_of: Callable[[dict[str, Any]], str]) -> list[tuple[float, dict[str, Any]]]:
    """The rows that match best, at most MAX_HITS_PER_KIND, ties in the rows' own order (newest
    briefings, most quoted speakers): not the first that match ("Ito" among many Itos)."""
    scored = ((matcher.score(text_of(row)), -index, row) for index, row in enumerate(rows))
    best = heapq.nlargest(MAX_HITS_PER_KIND, (hit for hit in scored if hit[0] > 0), key=lambda hit: hit[:2])
    return [(score, row) for score, _order, row in best]
