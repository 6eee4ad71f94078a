"""The Textual app: a thin shell that opens the library and routes the app-wide keys.

Only the library is imported up front: the other screens are imported when first opened, so that
the library's first frame does not wait for modules it does not show.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlite_utils
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import ModalScreen, Screen

from briefing.commands import BriefingCommands
from briefing.errors import BriefingError
from briefing.messages import OpenBriefing
from briefing.screens.library import LibraryScreen
from briefing.settings import load_settings, save_setting

THEME_SETTING = "theme"


class BriefingApp(App[None]):
    """Read briefings from the terminal."""

    TITLE = "briefing"
    COMMANDS = App.COMMANDS | {BriefingCommands}
    BINDINGS = [
        Binding("question_mark", "help", "Keys", key_display="?"),
        Binding("S", "speakers", "Speakers", key_display="S"),
        Binding("H", "highlights", "Highlights", key_display="H"),
        Binding("x", "export", "Export"),
        Binding("q", "quit", "Quit"),
    ]

    def __init__(self, db: sqlite_utils.Database) -> None:
        super().__init__()
        self.db = db

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Textual's commands but its own "Keys" panel: the palette's "Keys" is this app's help,
        which lists every key of every screen."""
        return (command for command in super().get_system_commands(screen) if command.title != "Keys")

    def on_mount(self) -> None:
        saved_theme = load_settings().get(THEME_SETTING)
        if isinstance(saved_theme, str) and saved_theme in self.available_themes:
            self.theme = saved_theme
        self.theme_changed_signal.subscribe(self, lambda theme: save_setting(THEME_SETTING, theme.name))
        self.push_screen(LibraryScreen(self.db))

    def open_briefing(self, article_id: int, at_offset: int | None = None) -> None:
        from briefing.screens.briefing import BriefingScreen

        below = self.screen_stack[-2] if len(self.screen_stack) > 1 else None
        if isinstance(below, BriefingScreen) and below.article_id == article_id and not isinstance(self.screen, BriefingScreen):
            self.pop_screen()  # back to the open briefing (from its highlights, say), not a second copy
            if at_offset is not None:
                below.go_to(at_offset)
            return
        try:
            screen = BriefingScreen(self.db, article_id, at_offset)
        except BriefingError as error:  # deleted meanwhile, by another process say
            self.notify(str(error), severity="error", markup=False)
            return
        self.push_screen(screen)

    def action_command_palette(self) -> None:
        """Not over a dialog (a confirmation, the add or export dialog): it is answered or closed
        first, so that no briefing opens above a "Delete ...?" waiting for its Enter."""
        from briefing.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.pop_screen()  # the help, which names Ctrl+P, gives way to the palette
        elif isinstance(self.screen, ModalScreen):
            self.bell()
            return
        super().action_command_palette()

    def on_open_briefing(self, message: OpenBriefing) -> None:
        self.open_briefing(message.article_id, message.at_offset)

    def action_library(self) -> None:
        while len(self.screen_stack) > 2 and not isinstance(self.screen, LibraryScreen):
            self.pop_screen()

    def action_speakers(self, name_filter: str = "") -> None:
        from briefing.screens.speakers import SpeakersScreen

        existing = next((screen for screen in reversed(self.screen_stack) if isinstance(screen, SpeakersScreen)), None)
        if existing is not None:  # back to it (from a briefing it opened, say), its filter and place kept: no second copy
            while self.screen is not existing:
                self.pop_screen()
            if name_filter:
                existing.filter_by(name_filter)  # a speaker chosen in the palette
            return
        self.push_screen(SpeakersScreen(self.db, name_filter))

    def action_highlights(self, whole_library: bool = False) -> None:
        """The highlights of the briefing being read (of the whole library from elsewhere, or
        when asked for)."""
        from briefing.screens.briefing import BriefingScreen
        from briefing.screens.highlights import HighlightsScreen

        current = self.screen
        if isinstance(current, HighlightsScreen):  # already there: no second copy
            if whole_library:
                current.show_whole_library()  # asked for in the palette
            return
        article_id = current.article_id if isinstance(current, BriefingScreen) else None
        self.push_screen(HighlightsScreen(self.db, article_id, whole_library))

    def action_export(self) -> None:
        from briefing.screens.export import ExportScreen

        self.push_screen(ExportScreen(self.db, self.screen))

    def action_help(self) -> None:
        from briefing.screens.briefing import BriefingScreen
        from briefing.screens.export import ExportScreen
        from briefing.screens.help import HelpScreen
        from briefing.screens.highlights import HighlightsScreen
        from briefing.screens.speaker_picker import SpeakerPicker
        from briefing.screens.speakers import SpeakersScreen
        from briefing.widgets.article import ArticleView

        # keys that the dialogs' inputs and lists handle themselves, not their BINDINGS
        find = [Binding("enter", "", "Next match"), Binding("escape", "", "Close the find box")]
        picker = [Binding("enter", "", "Show the speaker's quotes"), *SpeakerPicker.BINDINGS]
        export = [Binding("up,down", "", "Choose"), Binding("tab", "", "What / format"), *ExportScreen.BINDINGS]
        self.push_screen(
            HelpScreen(
                [
                    ("Everywhere", [*self.BINDINGS, Binding("ctrl+p", "", "Palette: briefings, speakers, commands")]),
                    ("Library", list(LibraryScreen.BINDINGS)),
                    ("Briefing", list(BriefingScreen.BINDINGS) + list(ArticleView.BINDINGS)),
                    ("Find in the article (/)", find),
                    ("Speaker picker (f): type to filter", picker),
                    ("Speakers across the library", list(SpeakersScreen.BINDINGS)),
                    ("Highlights", list(HighlightsScreen.BINDINGS)),
                    ("Export (x)", export),
                ]
            )
        )
