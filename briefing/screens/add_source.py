"""Ask for what to add: a file path, an http(s) URL of a page or a feed."""

from __future__ import annotations

import re
import shlex
import urllib.parse
import urllib.request

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label


_WINDOWS_PATH = re.compile(r"^[A-Za-z]:\\")  # C:\\Users\\...: its backslashes are no escapes


def pasted_path(text: str) -> str:
    """A path as terminals paste a dropped file: quoted as a shell would ('/my story.txt',
    '/it'\\''s.txt'), with shell escapes (my\\ story\\ \\(1\\).txt) or as a file:// URL; a URL
    to fetch, or text no shell would read as one word, is left as it is."""
    value = text.strip()
    if "://" not in value and not _WINDOWS_PATH.match(value) and ("\\" in value or value[:1] in "'\""):
        try:
            words = shlex.split(value)
        except ValueError:  # an unclosed quote: not shell quoting
            words = []
        if len(words) == 1:
            value = words[0]
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
