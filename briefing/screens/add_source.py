"""Ask for what to add: a file path, an http(s) URL of a page or a feed."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label


class AddSourceScreen(ModalScreen[str | None]):
    CSS_PATH = "add_source.tcss"
    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label("Add a file, a page URL or a feed (Enter adds, Escape cancels)")
            yield Input(placeholder="~/Downloads/article.html or https://example.com/feed.xml", id="source")

    @on(Input.Submitted)
    def _submit(self, event: Input.Submitted) -> None:
        value = event.value.strip()
        if value == "-":
            self.app.notify("Standard input belongs to the terminal here: give a path or a URL.", severity="warning")
        elif value:
            self.dismiss(value)
