"""The schema, created in one place as an ordered list of migrations.

`PRAGMA user_version` records how many migrations a database has had; opening a database runs
the missing ones, each in its own transaction. Add a step at the end, never edit a shipped one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import sqlite_utils

from briefing.errors import BriefingError
from briefing.store.transaction import write_transaction

_CORE_TABLES = """
CREATE TABLE feeds (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    title TEXT,
    etag TEXT,
    modified TEXT,
    added_at TEXT NOT NULL,
    last_refresh TEXT,
    last_result TEXT
);
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    title TEXT,
    byline TEXT,
    published TEXT,
    url TEXT,
    source TEXT NOT NULL,
    feed_id INTEGER REFERENCES feeds(id) ON DELETE SET NULL,
    entry_id TEXT,
    text TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    added_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    analysis_version INTEGER NOT NULL,
    quote_count INTEGER NOT NULL DEFAULT 0,
    speaker_count INTEGER NOT NULL DEFAULT 0,
    figure_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX articles_order ON articles(coalesce(published, added_at) DESC, id DESC);
CREATE INDEX articles_url ON articles(url);
CREATE INDEX articles_entry ON articles(feed_id, entry_id);
CREATE INDEX articles_hash ON articles(text_hash);
CREATE TABLE sections (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    heading TEXT,
    topical INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL
);
CREATE INDEX sections_article ON sections(article_id);
CREATE TABLE paragraphs (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    section_id INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX paragraphs_article ON paragraphs(article_id);
CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    role TEXT,
    aliases TEXT NOT NULL,
    name_key TEXT NOT NULL
);
CREATE INDEX entities_article ON entities(article_id);
CREATE INDEX entities_key ON entities(name_key);
CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    speaker_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    speaker TEXT,
    speaker_key TEXT,
    utterance INTEGER NOT NULL
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker_key ON quotes(speaker_key, article_id);
CREATE TABLE speakers (
    key TEXT PRIMARY KEY,
    surname TEXT NOT NULL,
    name TEXT NOT NULL,
    role TEXT,
    quote_count INTEGER NOT NULL,
    article_count INTEGER NOT NULL,
    last_seen TEXT
);
CREATE INDEX speakers_surname ON speakers(surname);
CREATE TABLE figures (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    value,
    unit TEXT,
    kind TEXT NOT NULL,
    approximate INTEGER NOT NULL,
    counts TEXT,
    equivalent_to INTEGER,
    context TEXT NOT NULL
);
CREATE INDEX figures_article ON figures(article_id);
CREATE TABLE summary_sentences (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX summary_article ON summary_sentences(article_id);
CREATE TABLE highlights (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    note TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX highlights_article ON highlights(article_id);
"""


def _create_core_tables(db: sqlite_utils.Database) -> None:
    for statement in _CORE_TABLES.split(";"):
        if statement.strip():
            db.execute(statement)


def _enable_full_text_search(db: sqlite_utils.Database) -> None:
    """FTS5 over paragraphs and quotes, kept in step by triggers; existing rows are indexed."""
    db["paragraphs"].enable_fts(["text"], fts_version="FTS5", create_triggers=True, tokenize="porter")
    db["quotes"].enable_fts(["text", "speaker"], fts_version="FTS5", create_triggers=True, tokenize="porter")


def _add_feed_entry_columns(db: sqlite_utils.Database) -> None:
    """Feed refreshes: `teaser` marks a briefing that holds only a feed entry's teaser (its full
    article could not be fetched); `entry_hash` is the hash of the entry as the feed last gave it,
    so that an unchanged entry is recognised without fetching or analysing it again."""
    db.execute("ALTER TABLE articles ADD COLUMN teaser INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE articles ADD COLUMN entry_hash TEXT")


def _add_read_marks(db: sqlite_utils.Database) -> None:
    """`read_at`: when the reader first opened the briefing (NULL: unread), for the library's
    "unread" view."""
    db.execute("ALTER TABLE articles ADD COLUMN read_at TEXT")


def _add_deleted_entries(db: sqlite_utils.Database) -> None:
    """The feed entries whose briefing the reader deleted, so that a refresh does not bring them
    back; gone with their feed."""
    db.execute(
        """CREATE TABLE deleted_entries (
            feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            entry_id TEXT NOT NULL,
            deleted_at TEXT NOT NULL,
            PRIMARY KEY (feed_id, entry_id)
        )"""
    )


def _fold_accents_in_speaker_keys(db: sqlite_utils.Database) -> None:
    """Speaker keys without accents, so that "José Álvarez" and "Jose Alvarez" are one speaker
    across the library and "alvarez" finds both; the speaker index is counted again."""
    from briefing.store.articles import merge_surname_speakers, refresh_speakers
    from briefing.text import fold_accents

    db.conn.create_function("fold_accents", 1, lambda text: None if text is None else fold_accents(str(text)), deterministic=True)
    keys = {row[0] for row in db.execute("SELECT DISTINCT speaker_key FROM quotes WHERE speaker_key IS NOT NULL")}
    db.execute("UPDATE quotes SET speaker_key = fold_accents(speaker_key) WHERE speaker_key IS NOT NULL AND speaker_key != fold_accents(speaker_key)")
    db.execute("UPDATE entities SET name_key = fold_accents(name_key) WHERE name_key IS NOT NULL AND name_key != fold_accents(name_key)")
    folded = {fold_accents(key) for key in keys}
    # "Mr. Alvarez" in one article joins "José Álvarez" in another now that the two keys meet
    refresh_speakers(db, keys | folded | merge_surname_speakers(db, folded))


def _never_give_an_id_twice(db: sqlite_utils.Database) -> None:
    """`last_ids` keeps the highest id ever given to a briefing and to a feed, and new ones are
    numbered after it (see `next_id`): SQLite gives a deleted last row's id again, and a cron line
    `briefing refresh 3` or a saved `briefing export 12` would then act on another feed or briefing."""
    db.execute("CREATE TABLE last_ids (name TEXT PRIMARY KEY, id INTEGER NOT NULL)")
    for table in _NUMBERED_ONCE:
        db.execute(f"INSERT INTO last_ids (name, id) SELECT '{table}', coalesce(max(id), 0) FROM {table}")
        db.execute(
            f"CREATE TRIGGER {table}_last_id AFTER INSERT ON {table} BEGIN"
            f" UPDATE last_ids SET id = max(id, new.id) WHERE name = '{table}'; END"
        )


_NUMBERED_ONCE = ("articles", "feeds")


def next_id(db: sqlite_utils.Database, table: str) -> int:
    """The id for a new row of `table`, one of `_NUMBERED_ONCE`: after every id it ever gave
    (after its rows' ids in a store migrated only to an earlier version, as tests make)."""
    try:
        return db.execute("SELECT id + 1 FROM last_ids WHERE name = ?", [table]).fetchone()[0]
    except sqlite3.OperationalError as error:
        if "no such table: last_ids" not in str(error):
            raise
        return db.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _create_core_tables,
    _enable_full_text_search,
    _add_feed_entry_columns,
    _add_read_marks,
    _add_deleted_entries,
    _fold_accents_in_speaker_keys,
    _never_give_an_id_twice,
]
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: sqlite_utils.Database, target: int = SCHEMA_VERSION) -> None:
    """Bring the database up to `target`, one migration per transaction."""
    current = schema_version(db)
    if current > SCHEMA_VERSION:
        raise BriefingError(
            f"the database has schema version {current}, newer than this briefing ({SCHEMA_VERSION}); upgrade briefing"
        )
    for version in range(current, target):
        with write_transaction(db):
            if schema_version(db) > version:
                continue  # another process (cron's refresh, the app) took this step meanwhile
            MIGRATIONS[version](db)
            db.execute(f"PRAGMA user_version = {version + 1}")
