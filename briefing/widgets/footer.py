"""The key bar: each key of the screen with its description, on the bottom line, as one widget.

Textual's Footer mounts a widget per key and rebuilds them all each time the screen says its
bindings changed, several times while a screen opens: on this project's benchmarks that was a
third of the time to open a briefing. This bar draws the same keys as one line of text and is
merely repainted when they change. As in the Footer, a click on a key presses it, a key whose
action is unavailable is dimmed, and the command palette's key stands at the right.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.events import Click
from textual.screen import Screen
from textual.widget import Widget


HELP_ACTION = "help"  # the app's action that lists every key


class KeyFooter(Widget):
    COMPONENT_CLASSES = {"key-footer--key", "key-footer--description"}
    DEFAULT_CSS = """
    KeyFooter {
        dock: bottom;
        height: 1;
        background: $footer-background;
        color: $footer-foreground;
    }
    KeyFooter > .key-footer--key {
        color: $footer-key-foreground;
        background: $footer-key-background;
        text-style: bold;
    }
    KeyFooter > .key-footer--description {
        color: $footer-description-foreground;
        background: $footer-description-background;
    }
    """

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:
        if screen is self.screen:
            self.refresh()

    def shown(self) -> list[tuple[Binding, bool]]:
        """The keys shown, once per action, with whether each is enabled now."""
        shown: dict[str, tuple[Binding, bool]] = {}
        for _node, binding, enabled, _tooltip in self.screen.active_bindings.values():
            if binding.show and binding.action not in shown and binding.key != self.app.COMMAND_PALETTE_BINDING:
                shown[binding.action] = (binding, enabled)
        return list(shown.values())

    def render(self) -> Text:
        key_style = self.get_component_rich_style("key-footer--key")
        description_style = self.get_component_rich_style("key-footer--description")
        palette = self.screen.active_bindings.get(self.app.COMMAND_PALETTE_BINDING)
        palette_label = None
        if palette is not None and self.app.ENABLE_COMMAND_PALETTE:  # at the right, always
            _node, binding, enabled, _tooltip = palette
            palette_label = self._key(binding, enabled, key_style, description_style)
        room = self.size.width - (palette_label.cell_len + 1 if palette_label is not None else 0)
        shown = self.shown()
        keys = [self._key(binding, enabled, key_style, description_style) for binding, enabled in shown]
        if sum(key.cell_len for key in keys) > room:
            # too narrow for every key: the one that lists them all comes first
            order = sorted(range(len(keys)), key=lambda index: shown[index][0].action != HELP_ACTION)
            keys = [keys[index] for index in order]
        bar = Text(no_wrap=True, overflow="crop")
        for key in keys:
            if bar.cell_len + key.cell_len > room:
                break  # whole keys only: "r Refr…" tells nothing ("?" lists them all)
            bar.append_text(key)
        if palette_label is not None:
            bar.truncate(max(0, room), pad=True)
            bar.append("│", Style(dim=True))
            bar.append_text(palette_label)
        return bar

    def _key(self, binding: Binding, enabled: bool, key_style: Style, description_style: Style) -> Text:
        click = Style.from_meta({"key": binding.key.split(",")[0]})
        dim = Style(dim=not enabled)
        label = Text()
        label.append(f" {self.app.get_key_display(binding)} ", key_style + dim + click)
        label.append(f"{binding.description} ", description_style + dim + click)
        return label

    def on_click(self, event: Click) -> None:
        key = event.style.meta.get("key") if event.style else None
        if key:
            self.app.simulate_key(key)
