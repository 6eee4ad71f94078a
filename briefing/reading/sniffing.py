"""Telling a feed from a page by its first bytes, before any parser is loaded.

Its own module so that the sniffing needs neither feedparser nor lxml: `briefing analyze` on a
text file imports neither.
"""

from __future__ import annotations

import codecs
import re

_SNIFF_BYTES = 65536
# Byte-order marks, then the first character "<" in each wide encoding, and the codec to read the
# markup with. latin-1 stands for every ASCII-compatible encoding: it maps bytes 1:1 to characters.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "latin-1"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_WIDE_STARTS = (
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00", "utf-16-le"),
    (b"\x00<", "utf-16-be"),
)
_PROLOGUE = r"""\s*(?:(?:<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>)\s*)*"""
_FEED_ROOT = re.compile(
    _PROLOGUE + r"<(?:rss|feed|rdf:RDF|entry|channel)[\s>/]", re.DOTALL | re.IGNORECASE
)
# JSON Feed (jsonfeed.org): an object with "version": "https://jsonfeed.org/version/1.1" or so.
_JSON_FEED = re.compile(r'\s*\{.*?"version"\s*:\s*"https?://jsonfeed\.org/version/', re.DOTALL)
_HTML_ROOT = re.compile(_PROLOGUE + r"<(?:html|head|body)[\s>/]", re.DOTALL | re.IGNORECASE)


def looks_like_feed(data: bytes) -> bool:
    """True if the root element (after any declaration, comments, DOCTYPE) is a feed's.

    RSS, Atom (feed or single entry), RSS 1.0 / 0.90 (rdf:RDF) and CDF (channel); also a JSON
    Feed, which read_feed refuses with a message that says so.
    """
    text = markup_start(data)
    return bool(_FEED_ROOT.match(text) or _JSON_FEED.match(text))


def markup_start(data: bytes) -> str:
    """The start of the document as text, good enough to read its markup."""
    bom, codec = markup_codec(data)
    return data[len(bom):_SNIFF_BYTES].decode(codec, "replace")


def markup_codec(data: bytes) -> tuple[bytes, str]:
    """The document's byte-order mark (or b"") and a codec that reads its markup."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return bom, codec
    return b"", next((codec for start, codec in _WIDE_STARTS if data.startswith(start)), "latin-1")


def is_html_page(head: str) -> bool:
    """True if the markup's root element (after any prologue) is an HTML page's."""
    return bool(_HTML_ROOT.match(head))


def is_json_feed(head: str) -> bool:
    """True if the text is a JSON Feed (jsonfeed.org), which feedparser cannot read."""
    return bool(_JSON_FEED.match(head))
