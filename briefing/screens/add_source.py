"""Ask for what to add: a file path, an http(s) URL of a page or a feed."""

from __future__ import annotations

import urllib.parse
import urllib.request

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label


def pasted_path(text: str) -> str:
    """A path as terminals paste a dropped file: in quotes ('/my story.txt'), with escaped
    spaces (my\\ story.txt) or as a file:// URL; a URL to fetch is left as it is."""
    value = text.strip()
    if len(value) > 1 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]
    elif "\\ " in value and "://" not in value:
        value = value.replace("\\ ", " ")
    if value.lower().startswith("file://"):
        value = urllib.request.url2pathname(urllib.parse.urlsplit(value).path)
    return value


class AddSourceScreen(ModalScreen[str | None]):
    CSS_PATH = "add_source.tcss"
    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label("Add a file, a page URL or a feed (Enter adds, Escape cancels)")
            yield Input(placeholder="~/Downloads/article.html or https://example.com/feed.xml", id="source")

    @on(Input.Submitted)
    def _submit(self, event: Input.Submitted) -> None:
        value = pasted_path(event.value)
        if value == "-":
            self.app.notify("Standard input belongs to the terminal here: give a path or a URL.", severity="warning")
        elif value:
            self.dismiss(value)
