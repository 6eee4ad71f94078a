"""The tab bar above the briefing's side panes: one line of labels, the active one marked.

Drawn as a single line of text rather than Textual's Tabs (a widget per tab, and an animated
underline), which cost a briefing more to open than its whole article. A click on a label shows
that pane through the screen's `show_pane` action.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget


class PaneTabs(Widget):
    COMPONENT_CLASSES = {"pane-tabs--active", "pane-tabs--inactive"}
    DEFAULT_CSS = """
    PaneTabs {
        height: 1;
    }
    """

    active: reactive[str] = reactive("")

    def __init__(self, labels: dict[str, str], active: str, id: str | None = None) -> None:
        super().__init__(id=id)
        self.labels = dict(labels)
        self.set_reactive(PaneTabs.active, active)

    def set_label(self, pane: str, label: str) -> None:
        self.labels[pane] = label
        self.refresh()

    def render(self) -> Text:
        """Every label in full when they fit; else the inactive ones cut to three letters, then
        to their numbers alone, so that every pane's key stays in sight in a narrow terminal."""
        for inactive_letters in (None, 3, 0):
            bar = self._bar(inactive_letters)
            if bar.cell_len <= self.size.width:
                break
        return bar

    def _bar(self, inactive_letters: int | None) -> Text:
        bar = Text(no_wrap=True, overflow="ellipsis")
        for number, (pane, label) in enumerate(self.labels.items(), start=1):
            role = "active" if pane == self.active else "inactive"
            style = self.get_component_rich_style(f"pane-tabs--{role}") + Style.from_meta({"@click": f"screen.show_pane('{pane}')"})
            shown = label if role == "active" or inactive_letters is None else label[:inactive_letters]
            bar.append(f" {number} {shown} " if shown else f" {number} ", style)
            bar.append(" ")
        return bar
