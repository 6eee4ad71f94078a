"""Fuzzy-match highlighting that is safe for untrusted text.

Textual's `Matcher.highlight` parses its candidate as markup, so a headline such as
"[@click=app.quit]" would become an action; this builds plain `Text` from the match offsets.
"""

from __future__ import annotations

from rich.text import Text
from textual.fuzzy import Matcher

MATCH_STYLE = "bold underline"


def highlight_match(matcher: Matcher, candidate: str) -> Text:
    text = Text(candidate)
    score, offsets = matcher.fuzzy_search.match(matcher.query, candidate)
    if score:
        for offset in offsets:
            if not candidate[offset].isspace():
                text.stylize(MATCH_STYLE, offset, offset + 1)
    return text
