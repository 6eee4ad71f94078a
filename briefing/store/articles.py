"""Writing briefings: one transaction per article, duplicates recognised, highlights kept."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import sqlite_utils

from briefing.analysis.model import Analysis, Article, Paragraph, Section
from briefing.analysis.version import ANALYSIS_VERSION
from briefing.errors import BriefingError
from briefing.reading.document import names_one_article
from briefing.store.schema import next_id
from briefing.store.transaction import write_transaction
from briefing.text import fold_accents

_CHILD_TABLES = ("summary_sentences", "figures", "quotes", "mentions", "entities", "paragraphs", "sections")
_TITLE_WORDS = re.compile(r"^(?:(?:mr|mrs|ms|miss|dr|prof|president|sir|dame)\.?\s+)+", re.IGNORECASE)
_INITIAL = re.compile(r"\b\w\.\s*")
_GENERATION = re.compile(r",?\s+(?:Jr|Sr|II|III|IV)\.?$")  # "James R. Knight Jr." is Mr. Knight


@dataclass
class Saved:
    article_id: int
    status: str  # "new" | "updated" | "unchanged"
    entry_marked: bool = False  # the stored briefing is the feed entry's own, and carries its mark


@dataclass
class EntryMark:
    """What a feed refresh records on the briefing of one of its entries: the entry's hash as
    the feed gave it (to recognise it unchanged next time) and whether only its teaser is held."""

    entry_hash: str
    teaser: bool


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def name_key(name: str) -> str:
    """The key that merges one speaker across articles: "Vladimir V. Putin" -> "vladimir putin",
    "James R. Knight Jr." -> "james knight", "José Álvarez" -> "jose alvarez"."""
    return key_words(_GENERATION.sub("", _INITIAL.sub("", _TITLE_WORDS.sub("", name.strip()))))


def key_words(text: str) -> str:
    """Text as speaker keys hold it: lower case, without accents, single-spaced."""
    return " ".join(fold_accents(text.casefold()).split())


def library_speaker_key(db: sqlite_utils.Database, name: str) -> str:
    """The key of a speaker across the library: a bare surname ("Mr. Putin" in one article) joins
    the one full name with that surname already in the library ("Vladimir Putin" in another)."""
    key = name_key(name)
    if " " in key:
        return key
    matches = db.execute("SELECT key FROM speakers WHERE surname = ? AND key != ? LIMIT 2", [key, key]).fetchall()
    return matches[0][0] if len(matches) == 1 else key


def merge_surname_speakers(db: sqlite_utils.Database, keys: set[str]) -> set[str]:
    """Quotes stored under a bare surname move to a full name that has just arrived, when that
    full name is the only one with the surname. Returns the keys whose counts changed."""
    changed: set[str] = set()
    for key in keys:
        if " " not in key:
            continue
        surname = key.rsplit(" ", 1)[1]
        rivals = db.execute(
            "SELECT count(*) FROM speakers WHERE surname = ? AND key NOT IN (?, ?)", [surname, key, surname]
        ).fetchone()[0]
        if not rivals and db.execute("UPDATE quotes SET speaker_key = ? WHERE speaker_key = ?", [key, surname]).rowcount:
            changed |= {key, surname}
    return changed


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def save_analysis(
    db: sqlite_utils.Database, analysis: Analysis, feed_id: int | None = None, mark: EntryMark | None = None
) -> Saved:
    """Store an analysed article, or recognise it: same URL, same feed entry or same text.
    `mark` is recorded, in the same transaction, when the briefing is this feed entry's own."""
    article = analysis.article
    digest = text_hash(article.text)
    with write_transaction(db):
        saved = _save(db, analysis, digest, feed_id)
        if mark is not None:
            saved.entry_marked = _mark_entry(db, saved.article_id, feed_id, article.entry_id, mark)
        return saved


def replace_analysis(db: sqlite_utils.Database, article_id: int, analysis: Analysis) -> Saved:
    """Store a new analysis of the stored briefing `article_id` (re-analysis after an upgrade),
    in place: never matched to another briefing by its URL, entry or text."""
    with write_transaction(db):
        if db.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is None:
            raise BriefingError(f"no briefing with id {article_id}")
        _update(db, article_id, analysis, text_hash(analysis.article.text))
        return Saved(article_id, "updated")


def _save(db: sqlite_utils.Database, analysis: Analysis, digest: str, feed_id: int | None) -> Saved:
    existing = _find_existing(db, analysis.article, digest, feed_id)
    if existing is None:
        article_id = _insert_article(db, analysis, digest, feed_id)
        _insert_analysis(db, article_id, analysis)
        keys = _speaker_keys(db, article_id)
        refresh_speakers(db, keys | merge_surname_speakers(db, keys))
        return Saved(article_id, "new")
    article_id = existing["id"]
    if existing["text_hash"] == digest and existing["analysis_version"] == ANALYSIS_VERSION:
        article = analysis.article
        heading = {"title": article.title, "byline": article.byline, "published": article.published}
        if not existing["by_identity"] or all(existing[key] == value for key, value in heading.items()):
            return Saved(article_id, "unchanged")
        if existing["published"] == article.published:
            # a corrected headline or byline: the text and its analysis stand
            db.execute("UPDATE articles SET title = ?, byline = ?, updated_at = ? WHERE id = ?",
                       [article.title, article.byline, now(), article_id])
            return Saved(article_id, "updated")
    # new text, a new analysis, or a corrected date (figures such as "Tuesday" are dated from it)
    _update(db, article_id, analysis, digest)
    return Saved(article_id, "updated")


def _update(db: sqlite_utils.Database, article_id: int, analysis: Analysis, digest: str) -> None:
    old_keys = _speaker_keys(db, article_id)
    _update_article(db, article_id, analysis, digest)
    _delete_analysis(db, article_id)
    _insert_analysis(db, article_id, analysis)
    _reanchor_highlights(db, article_id, analysis.article.text)
    keys = _speaker_keys(db, article_id)
    refresh_speakers(db, old_keys | keys | merge_surname_speakers(db, keys))


def _mark_entry(db: sqlite_utils.Database, article_id: int, feed_id: int | None, entry_id: str | None, mark: EntryMark) -> bool:
    """Record the entry's mark on its briefing; False when the briefing found is another
    entry's or another source's (the same text stored from elsewhere), which keeps its own."""
    return bool(
        db.execute(
            "UPDATE articles SET entry_hash = ?, teaser = ? WHERE id = ? AND feed_id IS ? AND entry_id IS ?",
            [mark.entry_hash, int(mark.teaser), article_id, feed_id, entry_id],
        ).rowcount
    )


def stored_article(db: sqlite_utils.Database, article_id: int) -> Article:
    """A stored briefing as an Article again, for re-analysis: its text, and the sections the
    article itself gave (topical sections are found anew)."""
    row = db.execute(
        "SELECT source, text, title, byline, published, url, entry_id FROM articles WHERE id = ?", [article_id]
    ).fetchone()
    if row is None:
        raise BriefingError(f"no briefing with id {article_id}")
    source, text, title, byline, published, url, entry_id = row
    sections: list[Section] = []
    rows = db.execute(
        'SELECT s.id, s.heading, s.topical, p.start, p."end" FROM paragraphs p JOIN sections s ON s.id = p.section_id'
        " WHERE p.article_id = ? ORDER BY p.start",
        [article_id],
    )
    current: int | None = -1  # the section being filled; None stands for all topical ones
    for section_id, heading, topical, start, end in rows:
        key = None if topical else section_id
        if key != current:
            sections.append(Section(start=start, end=end, heading=None if topical else heading))
            current = key
        sections[-1].paragraphs.append(Paragraph(start=start, end=end))
        sections[-1].end = end
    return Article(source, text, sections, title, byline, published, url, entry_id=entry_id)


def delete_article(db: sqlite_utils.Database, article_id: int) -> None:
    """Delete a briefing; a feed entry's is remembered as deleted, so that no refresh brings it back."""
    with write_transaction(db):
        keys = _speaker_keys(db, article_id)
        db.execute(  # an entry with no id is remembered by its hash as the feed gave it
            "INSERT OR REPLACE INTO deleted_entries (feed_id, entry_id, deleted_at)"
            " SELECT feed_id, coalesce(entry_id, 'hash:' || entry_hash), ? FROM articles"
            " WHERE id = ? AND feed_id IS NOT NULL AND coalesce(entry_id, entry_hash) IS NOT NULL",
            [now(), article_id],
        )
        deleted = db.execute("DELETE FROM articles WHERE id = ?", [article_id]).rowcount
        refresh_speakers(db, keys)
    if not deleted:
        raise BriefingError(f"no briefing with id {article_id}")


def mark_read(db: sqlite_utils.Database, article_id: int) -> None:
    """Record when the briefing was first opened, for the library's "unread" view."""
    with write_transaction(db):
        db.execute("UPDATE articles SET read_at = ? WHERE id = ? AND read_at IS NULL", [now(), article_id])


def refresh_speakers(db: sqlite_utils.Database, keys: set[str]) -> None:
    """Recount the library-wide speaker index for these speakers (inside the caller's transaction).

    The index makes the cross-library speaker view fast on a large library: it is kept up to date
    as articles are written, instead of grouping every quote each time the view opens.
    """
    for key in keys:
        quote_count, article_count, last_seen = db.execute(
            """SELECT count(*), count(DISTINCT q.article_id), max(coalesce(a.published, a.added_at))
               FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker_key = ?""",
            [key],
        ).fetchone()
        if not quote_count:
            db.execute("DELETE FROM speakers WHERE key = ?", [key])
            continue
        name, role = db.execute(
            """SELECT q.speaker, e.role FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_id
               WHERE q.speaker_key = ? ORDER BY length(q.speaker) DESC, e.role IS NULL, q.article_id DESC LIMIT 1""",
            [key],
        ).fetchone()
        db.execute(
            "INSERT OR REPLACE INTO speakers (key, surname, name, role, quote_count, article_count, last_seen)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [key, key.rsplit(" ", 1)[-1], name, role, quote_count, article_count, last_seen],
        )


def _speaker_keys(db: sqlite_utils.Database, article_id: int) -> set[str]:
    rows = db.execute("SELECT DISTINCT speaker_key FROM quotes WHERE article_id = ? AND speaker_key IS NOT NULL", [article_id])
    return {row[0] for row in rows}


def _find_existing(db: sqlite_utils.Database, article: Article, digest: str, feed_id: int | None) -> dict[str, Any] | None:
    """The stored briefing this article is, if any, and whether it was found by identity (its
    feed entry or URL), which lets its headline, byline and date change, or only by its text."""
    lookups: list[tuple[str, list[Any]]] = []
    if article.entry_id and feed_id is not None:  # entry ids ("1", "2") are unique in one feed only
        lookups.append(("entry_id = ? AND feed_id = ?", [article.entry_id, feed_id]))
    if article.url and names_one_article(article.url):
        lookups.append(("url = ?", [article.url]))
    lookups.append(("text_hash = ?", [digest]))
    for index, (where, params) in enumerate(lookups):
        row = db.execute(
            f"SELECT id, text_hash, analysis_version, title, byline, published FROM articles WHERE {where} LIMIT 1", params
        ).fetchone()
        if row:
            keys = ("id", "text_hash", "analysis_version", "title", "byline", "published")
            return {**dict(zip(keys, row)), "by_identity": index < len(lookups) - 1}
    return None


def _article_values(analysis: Analysis, digest: str) -> dict[str, Any]:
    article = analysis.article
    return {
        "title": article.title,
        "byline": article.byline,
        "published": article.published,
        "url": article.url,
        "source": article.source,
        "entry_id": article.entry_id,
        "text": article.text,
        "text_hash": digest,
        "analysis_version": ANALYSIS_VERSION,
        "quote_count": analysis.quote_count,
        "speaker_count": analysis.speaker_count,
        "figure_count": len(analysis.figures),
    }


def _insert_article(db: sqlite_utils.Database, analysis: Analysis, digest: str, feed_id: int | None) -> int:
    values = {"id": next_id(db, "articles"), **_article_values(analysis, digest), "feed_id": feed_id, "added_at": now(), "updated_at": now()}
    columns = ", ".join(f'"{c}"' for c in values)
    marks = ", ".join("?" for _ in values)
    return db.execute(f"INSERT INTO articles ({columns}) VALUES ({marks})", list(values.values())).lastrowid


def _update_article(db: sqlite_utils.Database, article_id: int, analysis: Analysis, digest: str) -> None:
    values = {**_article_values(analysis, digest), "updated_at": now()}
    assignments = ", ".join(f'"{c}" = ?' for c in values)
    db.execute(f"UPDATE articles SET {assignments} WHERE id = ?", [*values.values(), article_id])


def _delete_analysis(db: sqlite_utils.Database, article_id: int) -> None:
    for table in _CHILD_TABLES:
        db.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])


def _insert_analysis(db: sqlite_utils.Database, article_id: int, analysis: Analysis) -> None:
    text = analysis.article.text
    conn = db.conn
    # Ids are given here rather than read back row by row, so that each table takes one
    # executemany: a briefing writes a few statements instead of a hundred.
    first_section = _next_id(db, "sections")
    conn.executemany(
        'INSERT INTO sections (id, article_id, position, heading, topical, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?)',
        [
            (first_section + i, article_id, i, section.heading, int(section.topical), section.start, section.end)
            for i, section in enumerate(analysis.sections)
        ],
    )
    conn.executemany(
        'INSERT INTO paragraphs (article_id, section_id, position, start, "end", text) VALUES (?, ?, ?, ?, ?, ?)',
        [
            (article_id, first_section + i, p_index, p.start, p.end, text[p.start : p.end])
            for i, section in enumerate(analysis.sections)
            for p_index, p in enumerate(section.paragraphs)
        ],
    )
    first_entity = _next_id(db, "entities")
    entity_rows = {entity.id: first_entity + i for i, entity in enumerate(analysis.entities)}
    conn.executemany(
        "INSERT INTO entities (id, article_id, number, name, type, role, aliases, name_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (entity_rows[e.id], article_id, e.id, e.name, e.type, e.role, json.dumps(e.aliases, ensure_ascii=False), name_key(e.name))
            for e in analysis.entities
        ],
    )
    conn.executemany(
        'INSERT INTO mentions (article_id, entity_id, start, "end", text) VALUES (?, ?, ?, ?, ?)',
        [(article_id, entity_rows[e.id], m.start, m.end, m.text) for e in analysis.entities for m in e.mentions],
    )
    quote_rows = []
    keys: dict[str, str] = {}
    for position, quote in enumerate(analysis.quotes):
        speaker = analysis.entity(quote.speaker_id)
        if speaker is not None and speaker.name not in keys:
            keys[speaker.name] = library_speaker_key(db, speaker.name)
        quote_rows.append(
            (
                article_id, position, quote.start, quote.end, quote.text, quote.kind,
                entity_rows.get(quote.speaker_id) if speaker else None,
                speaker.name if speaker else None,
                keys[speaker.name] if speaker else None,
                quote.utterance,
            )
        )
    conn.executemany(
        'INSERT INTO quotes (article_id, position, start, "end", text, kind, speaker_id, speaker, speaker_key, utterance)'
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        quote_rows,
    )
    conn.executemany(
        'INSERT INTO figures (article_id, position, start, "end", text, value, unit, kind, approximate, counts, equivalent_to, context)'
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (article_id, i, f.start, f.end, f.text, _storable(f.value), f.unit, f.kind, int(f.approximate), f.counts, f.equivalent_to, f.context)
            for i, f in enumerate(analysis.figures)
        ],
    )
    conn.executemany(
        'INSERT INTO summary_sentences (article_id, position, start, "end", text) VALUES (?, ?, ?, ?, ?)',
        [(article_id, i, s.start, s.end, s.text) for i, s in enumerate(analysis.summary)],
    )


def _storable(value: float | int | str | None) -> float | int | str | None:
    """A figure's value as SQLite can hold it: an integer beyond 64 bits (an account or tracking
    number) as its digits, exactly."""
    if isinstance(value, int) and not -(2**63) <= value < 2**63:
        return str(value)
    return value


def _next_id(db: sqlite_utils.Database, table: str) -> int:
    return db.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]


def _reanchor_highlights(db: sqlite_utils.Database, article_id: int, text: str) -> None:
    """Highlights are anchored by their text: after a change they move to where it now is."""
    rows = db.execute('SELECT id, start, text FROM highlights WHERE article_id = ?', [article_id]).fetchall()
    for highlight_id, start, excerpt in rows:
        new_start = anchored_start(text, excerpt, start)
        if new_start != start:
            new_end = new_start + len(excerpt) if new_start >= 0 else -1
            db.execute('UPDATE highlights SET start = ?, "end" = ? WHERE id = ?', [new_start, new_end, highlight_id])


def anchored_start(text: str, excerpt: str, start: int) -> int:
    """Where a highlight's excerpt stands in `text`: at `start` if it is still there, else at its
    occurrence nearest to `start`, else nowhere (-1)."""
    if start >= 0 and excerpt and text[start : start + len(excerpt)] == excerpt:
        return start
    found = [m.start() for m in re.finditer(re.escape(excerpt), text)] if excerpt else []
    return min(found, key=lambda offset: abs(offset - start)) if found else -1
