"""The command palette (Ctrl+P): jump to any briefing or speaker, or run a command."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from textual.command import DiscoveryHit, Hit, Hits, Provider

from briefing.store.queries import list_articles, list_speakers
from briefing.widgets.fuzzy import highlight_match

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
        matcher = self.matcher(query)
        app = self.briefing_app
        for name, help_text, command in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, highlight_match(matcher, name), command, help=help_text)  # type: ignore[arg-type]
        found = 0
        for row in self.briefings:
            title = row["title"] or row["source"]
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, highlight_match(matcher, title), partial(app.open_briefing, row["id"]), text=title, help="Open briefing")
                found += 1
                if found == MAX_HITS_PER_KIND:
                    break
        found = 0
        for speaker in self.speakers:
            score = matcher.match(speaker["name"])
            if score > 0:
                label = highlight_match(matcher, speaker["name"])
                label.append(f"  {speaker['quote_count']} quotes", style="dim")
                yield Hit(score, label, partial(app.action_speakers, speaker["name"]), text=speaker["name"], help="Speaker")
                found += 1
                if found == MAX_HITS_PER_KIND:
                    break
