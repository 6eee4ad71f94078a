"""The key bar: Textual's Footer, built once with the screen and rebuilt only when its keys change.

Textual's Footer starts empty, then rebuilds all its keys each time the screen says that its
bindings changed, which a screen does several times while it opens (mounting, focusing,
idling): each rebuild costs tens of milliseconds, most of them for the same keys. This one is
built with the screen's keys from the start, and rebuilds at most once per refresh, only when
the keys shown, or whether they are enabled, differ.

It overrides Footer's `bindings_changed` and sets its `_bindings_ready` flag, both internals of
the Textual release pinned in pyproject.toml (8.2); the Pilot tests of the footer's keys would
fail if a new release changed them.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer

_Keys = tuple[tuple[str, str, bool], ...]


class KeyFooter(Footer):
    def __init__(self) -> None:
        super().__init__()
        self._bindings_ready = True  # Footer's own flag: compose the keys now, not on a later signal
        self._rebuild_pending = False
        self._shown: _Keys = ()

    def compose(self) -> ComposeResult:
        self._shown = self._keys()
        yield from super().compose()

    def bindings_changed(self, screen: Screen) -> None:
        if screen.app.app_focus and self.is_attached and screen is self.screen and not self._rebuild_pending:
            self._rebuild_pending = True
            self.call_after_refresh(self._rebuild_if_changed)

    async def _rebuild_if_changed(self) -> None:
        self._rebuild_pending = False
        if self._keys() != self._shown:
            await self.recompose()

    def _keys(self) -> _Keys:
        return tuple(
            (binding.key, binding.description, enabled)
            for _node, binding, enabled, _tooltip in self.screen.active_bindings.values()
            if binding.show
        )
