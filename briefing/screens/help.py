"""Every key of every screen, gathered from the screens' own BINDINGS."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static


def keys_text(sections: list[tuple[str, list[BindingType]]]) -> Text:
    text = Text()
    for title, bindings in sections:
        text.append(f"{title}\n", style="bold underline")
        for binding in bindings:
            if not isinstance(binding, Binding):
                binding = Binding(*binding)
            keys = ", ".join(_key_name(k) for k in binding.key.split(","))  # every key, not only the one the footer shows
            text.append(f"  {keys:<18}", style="bold")
            text.append(f"{binding.description}\n")
        text.append("\n")
    return text


def _key_name(key: str) -> str:
    names = {"slash": "/", "question_mark": "?", "left_square_bracket": "[", "right_square_bracket": "]", "ctrl+p": "Ctrl+P"}
    return names.get(key, key)


class HelpScreen(ModalScreen[None]):
    CSS_PATH = "help.tcss"
    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close")]

    def __init__(self, sections: list[tuple[str, list[BindingType]]]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static(Text("Keys (Escape closes; Ctrl+P opens the command palette)\n", style="bold"))
            yield Static(keys_text(self.sections))
