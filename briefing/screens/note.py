"""Edit the note of a highlight: Enter saves (empty removes it), Escape cancels."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label


class NoteScreen(ModalScreen[str | None]):
    CSS_PATH = "add_source.tcss"
    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, note: str | None) -> None:
        super().__init__()
        self.note = note or ""

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label("Note for this highlight (Enter saves, Escape cancels)")
            yield Input(value=self.note, placeholder="Why it matters…", id="note")

    @on(Input.Submitted)
    def _submit(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip())
