"""The user's highlights: excerpts of an article, each with an optional note.

A highlight keeps its excerpt's text, so that it can be found again when the article's text
changes (see `articles._reanchor_highlights`); `start`/`end` are -1 while it cannot be placed.
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

from briefing.errors import BriefingError
from briefing.store.articles import anchored_start, now
from briefing.store.transaction import write_transaction


def add_highlight(
    db: sqlite_utils.Database, article_id: int, start: int, end: int, note: str | None = None, shown: str | None = None
) -> int:
    """Highlight text[start:end]; `shown` is the excerpt the reader saw there, refused if the
    stored article has changed since (another process re-ingested it)."""
    with write_transaction(db):  # the text read and checked is the text the highlight is written on
        row = db.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()
        if row is None:
            raise BriefingError(f"no briefing with id {article_id}")
        excerpt = row[0][start:end]
        if shown is not None and excerpt != shown:
            raise BriefingError("the briefing has changed since it was opened: nothing was highlighted")
        if not excerpt.strip() or start < 0:
            raise BriefingError("nothing to highlight there")
        existing = db.execute(
            'SELECT id FROM highlights WHERE article_id = ? AND start = ? AND "end" = ?', [article_id, start, end]
        ).fetchone()
        if existing:
            return existing[0]
        return db.execute(
            'INSERT INTO highlights (article_id, start, "end", text, note, created_at) VALUES (?, ?, ?, ?, ?, ?)',
            [article_id, start, end, excerpt, note or None, now()],
        ).lastrowid


def restore_highlight(db: sqlite_utils.Database, article_id: int, highlight: dict[str, Any]) -> None:
    """A highlight from a dump, as it was (its note and date kept): at its place if its text is
    there, else where its text now is, else unplaced (-1) but kept, as re-analysis keeps it."""
    text = db.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()[0]
    excerpt = highlight["text"]
    start = anchored_start(text, excerpt, highlight["start"])
    end = start + len(excerpt) if start >= 0 else -1
    with write_transaction(db):
        if db.execute(
            'SELECT 1 FROM highlights WHERE article_id = ? AND start = ? AND "end" = ? AND text = ?', [article_id, start, end, excerpt]
        ).fetchone():
            return  # imported twice: the highlight is there already
        db.execute(
            'INSERT INTO highlights (article_id, start, "end", text, note, created_at) VALUES (?, ?, ?, ?, ?, ?)',
            [article_id, start, end, excerpt, highlight.get("note") or None, highlight.get("created_at") or now()],
        )


def set_note(db: sqlite_utils.Database, highlight_id: int, note: str | None) -> None:
    with write_transaction(db):
        db.execute("UPDATE highlights SET note = ? WHERE id = ?", [note or None, highlight_id])


def delete_highlight(db: sqlite_utils.Database, highlight_id: int) -> None:
    with write_transaction(db):
        db.execute("DELETE FROM highlights WHERE id = ?", [highlight_id])


def list_highlights(db: sqlite_utils.Database, article_id: int | None = None) -> list[dict[str, Any]]:
    """Highlights of one briefing, or of the whole library (newest briefing first)."""
    where, params = ("WHERE h.article_id = ?", [article_id]) if article_id is not None else ("", [])
    return list(
        db.query(
            f"""
            SELECT h.id, h.article_id, h.start, h."end", h.text, h.note, h.created_at,
                   a.title AS article_title, a.published, a.url, a.source
            FROM highlights h JOIN articles a ON a.id = h.article_id
            {where}
            ORDER BY coalesce(a.published, a.added_at) DESC, h.article_id, h.start
            """,
            params,
        )
    )
