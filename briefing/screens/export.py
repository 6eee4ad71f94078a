"""Export from where you are: a briefing, its highlights, a speaker's quotes; md, JSON or CSV.

What can be exported depends on the screen it is opened from. The file is written in a worker
to the export directory ($BRIEFING_EXPORT_DIR, else the current directory), and a notification
gives its path.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import sqlite_utils
from rich.text import Text
from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Label, RadioButton, RadioSet

from briefing.errors import BriefingError
from briefing.export import ExportFormat, ExportKind, export_path, render_export
from briefing.screens.briefing import BriefingScreen
from briefing.screens.highlights import HighlightsScreen
from briefing.screens.library import LibraryScreen
from briefing.screens.speakers import SpeakersScreen
from briefing.store.highlights import list_highlights
from briefing.store.queries import Briefing, find_quotes, get_briefing, speaker_quotes

EXPORT_DIR_VARIABLE = "BRIEFING_EXPORT_DIR"
FORMATS: list[tuple[str, ExportFormat]] = [("Markdown", "md"), ("JSON", "json"), ("CSV", "csv")]


@dataclass
class ExportChoice:
    """One thing that can be exported from the current screen."""

    label: str
    kind: ExportKind
    title: str
    what: str
    load: Callable[[], Briefing | list[dict[str, Any]]]
    article_id: int | None = None


def export_directory() -> Path:
    return Path(os.environ.get(EXPORT_DIR_VARIABLE) or Path.cwd()).expanduser()


def choices_for(db: sqlite_utils.Database, origin: Screen[Any]) -> list[ExportChoice]:
    """What the screen the user is on offers for export."""
    if isinstance(origin, BriefingScreen):
        article_id, title = origin.article_id, origin.briefing.article["title"] or "briefing"
        choices = [
            ExportChoice("The whole briefing", "briefing", title, "", lambda: get_briefing(db, article_id), article_id),
            ExportChoice("Highlights of this briefing", "highlights", title, "highlights", lambda: list_highlights(db, article_id), article_id),
        ]
        speaker = origin.briefing.entity(origin.article.selected_speaker)
        if speaker is not None:
            name, entity_id = speaker["name"], speaker["id"]
            choices.insert(0, ExportChoice(f"Quotes of {name}", "quotes", title, name, lambda: find_quotes(db, speaker_id=entity_id), article_id))
        return choices
    if isinstance(origin, LibraryScreen):
        choices = [ExportChoice("Highlights of the whole library", "highlights", "library", "highlights", lambda: list_highlights(db))]
        article_id = origin.selected_id()
        if article_id is not None:
            title = next((r["title"] for r in origin.rows if r["id"] == article_id), None) or "briefing"
            choices.insert(0, ExportChoice("The selected briefing", "briefing", title, "", lambda: get_briefing(db, article_id), article_id))
        return choices
    if isinstance(origin, HighlightsScreen):
        scope = None if origin.whole_library else origin.article_id
        title = "library" if scope is None else next((row["article_title"] for row in origin.rows), None) or "briefing"
        return [ExportChoice("These highlights", "highlights", title, "highlights", lambda: list_highlights(db, scope), scope)]
    if isinstance(origin, SpeakersScreen) and origin.current_speaker is not None:
        key, name = origin.current_speaker["key"], origin.current_speaker["name"]
        return [ExportChoice(f"Quotes of {name} across the library", "quotes", name, "quotes", lambda: speaker_quotes(db, key))]
    return []


class Options(RadioSet):
    """A RadioSet whose arrow keys choose, not only point: Enter exports at once (it is the
    dialog's key), so what the arrows reached must be what gets exported."""

    def action_next_button(self) -> None:
        super().action_next_button()
        self._choose_pointed()

    def action_previous_button(self) -> None:
        super().action_previous_button()
        self._choose_pointed()

    def _choose_pointed(self) -> None:
        if self._selected is not None:
            button = self.query(RadioButton)[self._selected]
            button.value = True


class ExportScreen(ModalScreen[None]):
    CSS_PATH = "export.tcss"
    BINDINGS = [Binding("escape", "dismiss", "Cancel"), Binding("enter", "export", "Export", priority=True)]

    def __init__(self, db: sqlite_utils.Database, origin: Screen[Any]) -> None:
        super().__init__()
        self.choices = choices_for(db, origin)

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label("Export (Enter exports, Escape cancels)")
            with Options(id="what"):
                for index, choice in enumerate(self.choices):
                    yield RadioButton(Text(choice.label), value=index == 0)
            with Options(id="format"):
                for index, (label, _fmt) in enumerate(FORMATS):
                    yield RadioButton(label, value=index == 0)
            with Horizontal(id="buttons"):
                yield Button("Export", variant="primary", id="export")

    def on_mount(self) -> None:
        if not self.choices:
            self.dismiss()
            self.app.notify("Nothing to export here.", severity="warning")

    @on(Button.Pressed, "#export")
    def action_export(self) -> None:
        choice = self.choices[self.query_one("#what", Options).pressed_index]
        fmt = FORMATS[self.query_one("#format", Options).pressed_index][1]
        try:
            data = choice.load()
        except (BriefingError, sqlite3.Error) as error:  # deleted meanwhile, by another process say
            self.dismiss()
            self.app.notify(f"Could not export: {error}", severity="error", markup=False)
            return
        # The app's worker, not this modal's: the modal closes now, and the write outlives it.
        self.app.run_worker(partial(write_export, self.app, choice, fmt, data), thread=True, group="export")
        self.dismiss()


def write_export(app: App[Any], choice: ExportChoice, fmt: ExportFormat, data: Briefing | list[dict[str, Any]]) -> None:
    """Write the export file (in a worker thread) and tell where it went."""
    try:
        content = render_export(choice.kind, fmt, data)
        path = export_path(export_directory(), choice.title, choice.what, fmt, choice.article_id)
        with path.open("x", encoding="utf-8", newline="") as handle:
            handle.write(content)
    except OSError as error:
        app.call_from_thread(app.notify, f"Could not export: {error}", severity="error", markup=False)
        return
    app.call_from_thread(app.notify, f"Exported to {path}", title="Export", markup=False)
