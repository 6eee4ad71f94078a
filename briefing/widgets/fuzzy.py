"""Fuzzy matching of names and headlines: blind to accents, and safe for untrusted text.

Textual's `Matcher.highlight` parses its candidate as markup, so a headline such as
"[@click=app.quit]" would become an action; this builds plain `Text` from the match offsets.
"""

from __future__ import annotations

from rich.text import Text
from textual.fuzzy import Matcher

from briefing.text import fold_accents

MATCH_STYLE = "bold underline"


class NameMatcher:
    """Textual's fuzzy matcher, blind to accents: "alvarez" finds "José Álvarez"."""

    def __init__(self, query: str) -> None:
        self.matcher = Matcher(fold_accents(query))

    def score(self, candidate: str) -> float:
        return self.matcher.match(fold_accents(candidate))

    def highlight(self, candidate: str) -> Text:
        """The candidate as plain text, its matched letters styled (when folding its accents
        kept its length, as it does for composed letters)."""
        text = Text(candidate)
        folded = fold_accents(candidate)
        if len(folded) != len(candidate):
            return text
        score, offsets = self.matcher.fuzzy_search.match(self.matcher.query, folded)
        if score:
            for offset in offsets:
                if not candidate[offset].isspace():
                    text.stylize(MATCH_STYLE, offset, offset + 1)
        return text
