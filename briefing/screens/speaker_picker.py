"""Pick a speaker with a fuzzy filter: type a few letters, Enter picks, Escape cancels."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from briefing.widgets.fuzzy import NameMatcher


class SpeakerPicker(ModalScreen[int | None]):
    CSS_PATH = "speaker_picker.tcss"
    BINDINGS = [
        Binding("escape", "dismiss(None)", "Cancel"),
        Binding("down", "move(1)", "Next", show=False),
        Binding("up", "move(-1)", "Previous", show=False),
    ]

    def __init__(self, speakers: list[tuple[int, str, int]]) -> None:
        """`speakers`: (entity id, name, number of quotes), most quoted first."""
        super().__init__()
        self.speakers = speakers

    def compose(self) -> ComposeResult:
        with Vertical(id="picker"):
            yield Input(placeholder="Speaker…", id="speaker-filter")
            yield OptionList(id="speaker-options")

    def on_mount(self) -> None:
        self._fill("")

    @on(Input.Changed)
    def _filter(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def _fill(self, query: str) -> None:
        options = self.query_one(OptionList)
        options.clear_options()
        matcher = NameMatcher(query) if query else None
        ranked = []
        for entity_id, name, count in self.speakers:
            score = matcher.score(name) if matcher else 1.0
            if score > 0:
                label = matcher.highlight(name) if matcher else Text(name)
                label.append(f"  {count}", style="dim")
                ranked.append((score, Option(label, id=str(entity_id))))
        ranked.sort(key=lambda item: -item[0])
        options.add_options([option for _, option in ranked] or [Option(Text("No speaker matches."), disabled=True)])
        options.highlighted = 0 if ranked else None

    def action_move(self, step: int) -> None:
        options = self.query_one(OptionList)
        if options.option_count:
            options.highlighted = ((options.highlighted or 0) + step) % options.option_count

    @on(Input.Submitted)
    def _submit(self) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is not None:
            option = options.get_option_at_index(options.highlighted)
            if not option.disabled and option.id:
                self.dismiss(int(option.id))

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.dismiss(int(event.option.id))
