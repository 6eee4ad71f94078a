"""Read an RSS / Atom / RDF feed into one SourceDocument per entry.

feedparser does the parsing, always on bytes in memory: handed a str or bytes it would first try
them as a URL or a file name. Entry content is a small HTML fragment, so it is cut into
paragraphs by a plain lxml walk rather than by trafilatura (which drops short texts).
"""

from __future__ import annotations

import io
import re
from datetime import datetime, timezone
from typing import Any

from briefing.errors import BriefingError
from briefing.reading.document import RawSection, SourceDocument, names_one_article
from briefing.reading.html import paragraph_count, sections_from_fragment, strip_controls
from briefing.reading.sniffing import is_html_page, is_json_feed, markup_codec, markup_start
from briefing.text import clean_line

_DOCTYPE_SUBSET = re.compile(r"<!DOCTYPE[^\[>]*\[(.*?)\]\s*>", re.DOTALL | re.IGNORECASE)
_BLANK_LINE = re.compile(r"\n\s*\n")
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_feed(
    data: bytes, source: str, feed_url: str | None = None, warnings: list[str] | None = None
) -> list[SourceDocument]:
    """One document per entry with any text; BriefingError if the data is not a readable feed.

    A feed that is ill-formed but still yields entries is read; the parser's complaint is
    appended to ``warnings`` when a list is given.
    """
    if not data.strip():
        raise BriefingError(f"{source}: not a feed (empty)")
    head = markup_start(data)
    if is_html_page(head):
        raise BriefingError(f"{source}: not a feed (an HTML page)")
    if is_json_feed(head):  # feedparser 6.0 reads no JSON
        raise BriefingError(f"{source}: a JSON Feed, which briefing cannot read (only RSS, Atom and RDF feeds)")
    parsed = _parse(data, feed_url)
    if not parsed.entries and not parsed.version:
        raise BriefingError(f"{source}: not a feed (no RSS, Atom or RDF root element)")
    if not parsed.entries and parsed.bozo:
        reason = _one_line(parsed.bozo_exception)
        raise BriefingError(f"{source}: not a feed (ill-formed: {reason})")
    if parsed.bozo and warnings is not None:
        warnings.append(f"{source}: {_one_line(parsed.get('bozo_exception'))}")
    feed_title = clean_line(_text(parsed.feed.get("title_detail"))) or None
    documents = []
    for index, entry in enumerate(parsed.entries):
        document = _entry_document(entry, f"{source}#{index}", feed_url, feed_title)
        if document is not None:
            documents.append(document)
    if not documents and parsed.bozo and not any(entry.get(key) for entry in parsed.entries for key in _WHAT_AN_ENTRY_HOLDS):
        # entries feedparser made of broken XML with nothing in them (a podcast's entries that
        # hold no text are real entries: a feed with nothing to read, not a broken one)
        raise BriefingError(f"{source}: not a feed (ill-formed: {_one_line(parsed.bozo_exception)}; no usable entry)")
    return documents


# (an entry with none of these, of broken XML, is nothing: "<item>\x00</item><item><link>")
_WHAT_AN_ENTRY_HOLDS = ("title", "link", "id", "summary", "enclosures", "published", "updated")


def _one_line(error: object) -> str:
    return " ".join(str(error or "unreadable").split())


def _parse(data: bytes, feed_url: str | None) -> Any:
    import feedparser

    # Without a Content-Type feedparser flags every feed as bozo ("no Content-type specified"),
    # which would make a valid feed without entries yet look broken; application/xml lets the
    # XML declaration name the encoding, as it would without one.
    headers = {"content-type": "application/xml"} | ({"content-location": feed_url} if feed_url else {})
    stream = io.BytesIO(_without_entity_declarations(data))
    # Entry HTML is never rendered: it is reduced to text by reading.html, which drops scripts,
    # styles and every tag. feedparser's own sanitising and link rewriting would only double the
    # parse time.
    return feedparser.parse(stream, response_headers=headers, sanitize_html=False, resolve_relative_uris=False)


def _without_entity_declarations(data: bytes) -> bytes:
    """Drop a DOCTYPE internal subset that declares entities (billion laughs, external entities).

    expat already refuses external entities and caps entity expansion, but only after
    expanding megabytes; undeclared entities then fall to feedparser's lenient parser.
    """
    match = _DOCTYPE_SUBSET.search(markup_start(data))
    if match is None or "<!ENTITY" not in match.group(1).upper():
        return data
    bom, codec = markup_codec(data)
    try:
        text = data[len(bom):].decode(codec)
    except UnicodeDecodeError:
        return data
    return bom + (text[: match.start()] + text[match.end():]).encode(codec)


def _entry_document(
    entry: Any, source: str, feed_url: str | None, feed_title: str | None
) -> SourceDocument | None:
    title = _text(entry.get("title_detail")) or None
    sections = _body_sections(entry)
    if not paragraph_count(sections):
        if not title:
            return None
        sections = [RawSection(heading=None, paragraphs=[title])]
    link = entry.get("link") or None
    return SourceDocument(
        source=source,
        sections=sections,
        title=title,
        byline=(entry.get("author_detail") or {}).get("name") or entry.get("author") or None,
        # dict.get: feedparser's own get maps a missing "updated_parsed" back to
        # "published_parsed" with a DeprecationWarning
        published=_iso_time(entry.get("published_parsed") or dict.get(entry, "updated_parsed")),
        url=link,
        feed_url=feed_url,
        feed_title=feed_title,
        # without an id, a link that names one article stands for it; a home page names none
        entry_id=entry.get("id") or (link if link and names_one_article(link) else None),
        from_feed=True,
    )


def _body_sections(entry: Any) -> list[RawSection]:
    """The longest content, else the summary, cut into sections."""
    contents = [c for c in entry.get("content", []) if (c.get("value") or "").strip()]
    longest = max(contents, key=lambda c: len(c["value"]), default=None)
    detail = longest or entry.get("summary_detail")
    if not detail or not (detail.get("value") or "").strip():
        return []
    if detail.get("type") in _HTML_TYPES:
        return sections_from_fragment(detail["value"])
    paragraphs = [" ".join(p.split()) for p in _BLANK_LINE.split(strip_controls(detail["value"]))]
    return [RawSection(heading=None, paragraphs=[p for p in paragraphs if p])]


def _text(detail: Any) -> str:
    """A title-like field as plain text, whether the feed typed it as text or HTML."""
    if not detail or not detail.get("value"):
        return ""
    if detail.get("type") in _HTML_TYPES:
        sections = sections_from_fragment(detail["value"])
        return " ".join(text for s in sections for text in [s.heading or "", *s.paragraphs] if text)
    return " ".join(strip_controls(detail["value"]).split())


def _iso_time(parsed: Any) -> str | None:
    """feedparser's UTC struct_time as ISO 8601."""
    if not parsed:
        return None
    try:
        return datetime(*parsed[:6], tzinfo=timezone.utc).isoformat()
    except (TypeError, ValueError):
        return None
