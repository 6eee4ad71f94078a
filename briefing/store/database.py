"""Opening the store: where the file lives and how the connection is set up."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import platformdirs
import sqlite_utils

from briefing.errors import BriefingError
from briefing.store.schema import migrate

DB_VARIABLE = "BRIEFING_DB"
BUSY_TIMEOUT_MS = 15_000


def default_db_path() -> Path:
    """BRIEFING_DB if set, else briefing.db in the user data directory."""
    configured = os.environ.get(DB_VARIABLE)
    if configured:
        return Path(configured).expanduser()
    return Path(platformdirs.user_data_dir("briefing", appauthor=False)) / "briefing.db"


def open_db(path: Path | str | None = None) -> sqlite_utils.Database:
    """Open (creating and migrating as needed) the store, with foreign keys, WAL and a busy timeout."""
    db_path = Path(path).expanduser() if path else default_db_path()
    connection = None
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(db_path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        # sqlite-utils plugins are for its own CLI's users: loading them costs every start of the
        # app some 15 to 30 ms (a scan of the installed packages), and none belongs in this store.
        db = sqlite_utils.Database(connection, execute_plugins=False)
        db.execute("PRAGMA foreign_keys = ON")
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        _enable_wal(db)
        # In WAL mode NORMAL stays consistent through any crash and loses no committed write when
        # the process dies; only a power cut may drop the last commits. FULL would fsync each one.
        db.execute("PRAGMA synchronous = NORMAL")
        migrate(db)
    except (sqlite3.DatabaseError, OSError, BriefingError) as error:
        if connection is not None:
            connection.close()
        if isinstance(error, BriefingError):
            raise
        if isinstance(error, OSError):
            raise BriefingError(f"{db_path}: cannot open the database ({error.strerror or error})") from None
        raise BriefingError(f"{db_path}: not a usable briefing database ({error})") from None
    return db


def _enable_wal(db: sqlite_utils.Database) -> None:
    """Switch to WAL, waiting while another process creating the same new store holds its lock:
    SQLite answers that switch with "database is locked" at once, without the busy timeout (cron's
    refresh and the app may open a store that does not exist yet at the same moment)."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            db.enable_wal()
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def database_path(db: sqlite_utils.Database) -> Path:
    """The file behind a connection, for workers that need a connection of their own."""
    return Path(db.execute("PRAGMA database_list").fetchone()[2])


def data_version(db: sqlite_utils.Database) -> int:
    """SQLite's counter of commits by other connections (a refresh from cron, a worker): a screen
    that shows stored data reads it again when the counter moves."""
    return db.execute("PRAGMA data_version").fetchone()[0]
