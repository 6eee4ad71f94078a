"""Write transactions that take the lock up front."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import sqlite_utils

_WRITING: set[int] = set()  # id() of the connections inside a write_transaction (taken out as it ends)


@contextlib.contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One all-or-nothing write; BEGIN IMMEDIATE takes the write lock up front so that a
    concurrent writer waits (busy timeout) instead of failing half way. Inside another
    write_transaction it is a savepoint, which the outer one commits or rolls back with the rest."""
    if id(db.conn) in _WRITING:
        db.execute("SAVEPOINT nested_write")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK TO nested_write")
            db.execute("RELEASE nested_write")
            raise
        db.execute("RELEASE nested_write")
        return
    db.execute("BEGIN IMMEDIATE")
    _WRITING.add(id(db.conn))
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        raise
    finally:
        _WRITING.discard(id(db.conn))
    db.execute("COMMIT")
