"""Subscribed feeds: the `feeds` table, and what a refresh remembers about each entry.

Every write is one short transaction, so that a refresh run from cron and the open reader can
share the database (WAL, busy timeout; see `database.open_db`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlite_utils

from briefing.errors import BriefingError
from briefing.store.articles import now
from briefing.store.schema import next_id
from briefing.store.transaction import write_transaction

_FEED_COLUMNS = "id, url, title, etag, modified, added_at, last_refresh, last_result"


@dataclass
class EntryState:
    """What the library holds for one feed entry (matched by the feed and the entry's id)."""

    article_id: int
    entry_hash: str | None
    analysis_version: int
    teaser: bool


def add_feed(db: sqlite_utils.Database, url: str, title: str | None = None) -> tuple[int, bool]:
    """Subscribe to `url`: (feed id, True) or, when already subscribed, (its id, False).

    A title given for an existing subscription replaces the old one."""
    with write_transaction(db):
        row = db.execute("SELECT id FROM feeds WHERE url = ?", [url]).fetchone()
        if row:
            if title:
                db.execute("UPDATE feeds SET title = ? WHERE id = ?", [title, row[0]])
            return row[0], False
        feed_id = next_id(db, "feeds")
        db.execute("INSERT INTO feeds (id, url, title, added_at) VALUES (?, ?, ?, ?)", [feed_id, url, title or None, now()])
        return feed_id, True


def list_feeds(db: sqlite_utils.Database, feed_ids: list[int] | None = None) -> list[dict[str, Any]]:
    """Feeds in the order they were added, each with `items`: the number of its briefings."""
    where, params = "", []
    if feed_ids is not None:
        where = f"WHERE f.id IN ({', '.join('?' for _ in feed_ids)})"
        params = list(feed_ids)
    return list(
        db.query(
            f"""SELECT {', '.join('f.' + c for c in _FEED_COLUMNS.split(', '))},
                       (SELECT count(*) FROM articles a WHERE a.feed_id = f.id) AS items
                FROM feeds f {where} ORDER BY f.id""",
            params,
        )
    )


def get_feed(db: sqlite_utils.Database, feed_id: int) -> dict[str, Any]:
    rows = list_feeds(db, [feed_id])
    if not rows:
        raise BriefingError(f"no feed with id {feed_id}")
    return rows[0]


def find_feed(db: sqlite_utils.Database, url: str) -> dict[str, Any] | None:
    row = db.execute("SELECT id FROM feeds WHERE url = ?", [url]).fetchone()
    return get_feed(db, row[0]) if row else None


def remove_feed(db: sqlite_utils.Database, feed_id: int, delete_briefings: bool = False) -> int:
    """Unsubscribe. Its briefings stay in the library (no longer tied to a feed) unless
    `delete_briefings`; returns how many briefings were deleted."""
    from briefing.store.articles import delete_article

    get_feed(db, feed_id)  # a one-line error for an unknown id
    deleted = 0
    if delete_briefings:
        for (article_id,) in db.execute("SELECT id FROM articles WHERE feed_id = ?", [feed_id]).fetchall():
            delete_article(db, article_id)  # one transaction each: keeps the speaker index right
            deleted += 1
    with write_transaction(db):
        db.execute("DELETE FROM feeds WHERE id = ?", [feed_id])
    return deleted


def record_refresh(
    db: sqlite_utils.Database,
    feed_id: int,
    result: str,
    *,
    etag: str | None = None,
    modified: str | None = None,
    keep_validators: bool = True,
    title: str | None = None,
) -> None:
    """Remember when a feed was refreshed and how it went; new validators replace the old ones
    (`keep_validators=False` clears them so that the next refresh fetches the feed in full)."""
    with write_transaction(db):
        if keep_validators:
            db.execute(
                "UPDATE feeds SET etag = coalesce(?, etag), modified = coalesce(?, modified) WHERE id = ?",
                [etag, modified, feed_id],
            )
        else:
            db.execute("UPDATE feeds SET etag = NULL, modified = NULL WHERE id = ?", [feed_id])
        if title:
            db.execute("UPDATE feeds SET title = ? WHERE id = ? AND title IS NULL", [title, feed_id])
        db.execute("UPDATE feeds SET last_refresh = ?, last_result = ? WHERE id = ?", [now(), result, feed_id])


def entry_deleted(db: sqlite_utils.Database, feed_id: int, entry_id: str | None, entry_hash: str) -> bool:
    """Whether the reader deleted this entry's briefing (it is not to come back); an entry with
    no id is known by its hash (see delete_article)."""
    return db.execute(
        "SELECT 1 FROM deleted_entries WHERE feed_id = ? AND entry_id = ?", [feed_id, entry_id or f"hash:{entry_hash}"]
    ).fetchone() is not None


def unnamed_entry_state(db: sqlite_utils.Database, feed_id: int, entry_hash: str, digest: str) -> EntryState | None:
    """The feed's briefing of an entry with no id: the one stored from it as it is (its hash),
    else one with its text."""
    row = db.execute(
        "SELECT id, entry_hash, analysis_version, teaser FROM articles WHERE feed_id = ? AND (entry_hash = ? OR text_hash = ?)"
        " ORDER BY entry_hash = ? DESC LIMIT 1",
        [feed_id, entry_hash, digest, entry_hash],
    ).fetchone()
    return EntryState(row[0], row[1], row[2], bool(row[3])) if row else None


def entry_state(db: sqlite_utils.Database, feed_id: int, entry_id: str | None) -> EntryState | None:
    if not entry_id:
        return None
    row = db.execute(
        "SELECT id, entry_hash, analysis_version, teaser FROM articles WHERE feed_id = ? AND entry_id = ? LIMIT 1",
        [feed_id, entry_id],
    ).fetchone()
    return EntryState(row[0], row[1], row[2], bool(row[3])) if row else None


def adopt_entry(
    db: sqlite_utils.Database, feed_id: int, entry_id: str | None, url: str | None, digest: str
) -> EntryState | None:
    """A briefing of this entry left by an earlier subscription to the feed (removed, then
    subscribed to again: no feed, the same entry id, and the same link or, for an entry without
    one, the same text) is the feed's own again."""
    if not entry_id:
        return None
    row = db.execute(
        "SELECT id FROM articles WHERE feed_id IS NULL AND entry_id = ? AND (url = ? OR (url IS NULL AND ? IS NULL AND text_hash = ?)) LIMIT 1",
        [entry_id, url, url, digest],
    ).fetchone()
    if row is None:
        return None
    with write_transaction(db):
        db.execute("UPDATE articles SET feed_id = ? WHERE id = ? AND feed_id IS NULL", [feed_id, row[0]])
    return entry_state(db, feed_id, entry_id)

def claim_entries(db: sqlite_utils.Database, feed_id: int, entries: list[tuple[int, str | None]]) -> None:
    """Count briefings added from the feed's file or address, (article id, entry id) each, as
    the feed's own; one the reader deleted meanwhile is remembered as deleted, as delete_article
    would have, so that no refresh brings it back."""
    with write_transaction(db):
        for article_id, entry_id in entries:
            moved = db.execute("UPDATE articles SET feed_id = ? WHERE id = ? AND feed_id IS NULL", [feed_id, article_id]).rowcount
            if not moved and entry_id and db.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is None:
                db.execute(
                    "INSERT OR REPLACE INTO deleted_entries (feed_id, entry_id, deleted_at) VALUES (?, ?, ?)", [feed_id, entry_id, now()]
                )
