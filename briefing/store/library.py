"""The whole library as one JSON document, and back: what the user stored, not what the analysis
derived (that is recomputed on import), so a dump outlives changes of the analysis."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

import sqlite_utils

from briefing.analysis.model import Article
from briefing.analysis.pipeline import analyze
from briefing.errors import BriefingError
from briefing.reading.document import RawSection, SourceDocument
from briefing.reading.normalize import normalize
from briefing.store.articles import save_analysis, stored_article
from briefing.store.feeds import add_feed, list_feeds
from briefing.store.highlights import restore_highlight
from briefing.store.transaction import write_transaction
from briefing.text import clean_line, clean_text

FORMAT = "briefing.library/1"
_ARTICLE_FIELDS = ("id", "source", "title", "byline", "published", "url", "entry_id", "added_at", "read_at")


def dump_library(db: sqlite_utils.Database) -> dict[str, Any]:
    """Feeds, and every article with its text, its own sections and the user's highlights."""
    feed_urls = {feed["id"]: feed["url"] for feed in list_feeds(db)}
    articles = []
    for row in db.query(f"SELECT {', '.join(_ARTICLE_FIELDS)}, feed_id FROM articles ORDER BY id"):
        article = stored_article(db, row["id"])
        articles.append(
            {
                **{key: row[key] for key in _ARTICLE_FIELDS if key != "id"},
                "feed_url": feed_urls.get(row["feed_id"]),
                "text": article.text,
                "sections": [
                    {"heading": s.heading, "paragraphs": [[p.start, p.end] for p in s.paragraphs]} for s in article.sections
                ],
                "highlights": list(
                    db.query(
                        'SELECT start, "end", text, note, created_at FROM highlights WHERE article_id = ? ORDER BY start',
                        [row["id"]],
                    )
                ),
            }
        )
    feeds = [{"url": f["url"], "title": f["title"]} for f in list_feeds(db)]
    return {"format": FORMAT, "feeds": feeds, "articles": articles}


def restore_library(db: sqlite_utils.Database, document: dict[str, Any]) -> tuple[int, int]:
    """Add a dump's feeds and articles (analysed anew) with their highlights, each article in one
    transaction; returns how many articles were new to the store and how many it held already
    (recognised, not duplicated). A malformed dump is refused before anything is written."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BriefingError(f"not a briefing library dump (expected format {FORMAT})")
    from briefing.subscriptions import feed_url_from_data  # the rules of every feed URL read from a file

    try:
        feeds = [(feed_url_from_data(feed["url"]), clean_line(feed.get("title") or "") or None) for feed in document.get("feeds", [])]
        items = [
            (_dumped_times(item, ("added_at", "read_at")), _dumped_article(item),
             [_dumped_times(_dumped_highlight(h), ("created_at",)) for h in item.get("highlights", [])])
            for item in document.get("articles", [])
        ]
    except (KeyError, TypeError, ValueError, IndexError, AttributeError) as error:
        raise BriefingError(f"not a briefing library dump (malformed: {type(error).__name__} {error})") from None
    feed_ids = {url: add_feed(db, url, title)[0] for url, title in feeds}
    new = 0
    for item, article, highlights in items:
        analysis = analyze(article)
        with write_transaction(db):
            saved = save_analysis(db, analysis, feed_id=feed_ids.get(item.get("feed_url")))
            db.execute("UPDATE articles SET added_at = coalesce(?, added_at), read_at = ? WHERE id = ?",
                       [item.get("added_at"), item.get("read_at"), saved.article_id])
            for highlight in highlights:
                restore_highlight(db, saved.article_id, highlight)
        new += saved.status == "new"
    return new, len(items) - new


def _dumped_times(item: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    """The item, once its times are checked: each absent, null or an ISO 8601 date and time (the
    library sorts and shows them; "not a date" would sort first as the newest)."""
    for field in fields:
        value = item.get(field)
        if value is not None and not (isinstance(value, str) and _is_iso_time(value)):
            raise ValueError(f"{field} is not an ISO 8601 time: {value!r:.40}")
    return item


def _is_iso_time(value: str) -> bool:
    """A date, or a date and time, as the store writes them ("2024-03-01", "2024-03-01T09:30:00+00:00";
    not the week dates and basic forms that datetime.fromisoformat also reads, "2024-W01-1")."""
    if not _ISO_TIME.fullmatch(value):
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


_ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:\d{2})?)?")


def _dumped_highlight(highlight: dict[str, Any]) -> dict[str, Any]:
    """A dumped highlight, checked (its text and its place, -1 when it had none, as numbers) and
    cleaned as the article's text was, so that its excerpt is found in it; the note is shown too."""
    if not isinstance(highlight["text"], str) or not all(isinstance(highlight[key], int) for key in ("start", "end")):
        raise ValueError(f"a highlight without text or place: {highlight!r:.80}")
    if not isinstance(highlight.get("note") or "", str):
        raise ValueError(f"a highlight's note is not text: {highlight!r:.80}")
    return {**highlight, "text": clean_text(highlight["text"]), "note": clean_text(highlight.get("note") or "") or None}


def _dumped_article(item: dict[str, Any]) -> Article:
    """A dumped article read as any other input is: its strings cleaned (a dump is a file like
    any other, and may have been written by anyone), its paragraphs laid out anew."""
    text = item["text"]
    sections = []
    for section in item["sections"]:
        paragraphs = []
        for start, end in section["paragraphs"]:
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
                raise ValueError(f"a paragraph at {start!r}:{end!r} outside its text")
            paragraphs.append(text[start:end])
        sections.append(RawSection(section["heading"], paragraphs))
    document = SourceDocument(
        item["source"], sections, item["title"], item["byline"], item["published"], item["url"], entry_id=item["entry_id"]
    )
    try:
        return normalize(document)
    except BriefingError as error:  # no text left
        raise ValueError(str(error)) from None
