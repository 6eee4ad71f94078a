"""Snapshots of every screen and pane, at 80x24 and 160x48, on the seed article and the sample.

Update them after a deliberate change of the UI with `pytest tests/test_snapshots.py --snapshot-update`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils
from textual.widgets import Input

from briefing.app import BriefingApp
from briefing.ingest import ingest
from briefing.sample import load_sample_if_empty
from briefing.store.database import open_db
from briefing.store.highlights import add_highlight

SIZES = {"80x24": (80, 24), "160x48": (160, 48)}
FIXED_DATE = "2026-01-15T09:00:00+00:00"


@pytest.fixture
def library(tmp_path: Path, seed_path: Path) -> sqlite_utils.Database:
    """The sample and the seed article, with dates and sources that do not depend on the machine."""
    db = open_db(tmp_path / "snapshots.db")
    load_sample_if_empty(db)
    ingest(db, str(seed_path))
    db.execute("UPDATE articles SET added_at = ?, updated_at = ?", [FIXED_DATE, FIXED_DATE])
    db.execute("UPDATE articles SET source = ? WHERE source = ?", [seed_path.name, str(seed_path)])
    db.execute("UPDATE speakers SET last_seen = ?", [FIXED_DATE])
    seed_id = db.execute("SELECT id FROM articles WHERE title LIKE 'Putin%'").fetchone()[0]
    text = db.execute("SELECT text FROM articles WHERE id = ?", [seed_id]).fetchone()[0]
    start = text.index("They are willing to engage in combat")
    db.conn.commit()
    add_highlight(db, seed_id, start, start + len("They are willing to engage in combat for years if necessary,"), "key claim")
    return db


# name -> keys pressed from the library (the seed article is the first row, the sample second)
FLOWS = {
    "library": [],
    "library_search": ["slash", *"annexed"],
    "briefing_summary": ["enter"],
    "briefing_speakers": ["enter", "2"],
    "briefing_figures": ["enter", "3"],
    "briefing_quotes": ["enter", "4"],
    "briefing_speaker_filter": ["enter", "f", *"stan", "enter"],
    "briefing_find": ["enter", "slash", *"annexed", "enter"],
    "sample_briefing": ["down", "enter", "n"],
    "speaker_picker": ["enter", "f"],
    "speakers_library": ["S", "slash", *"sta"],
    "highlights": ["H"],
    "export": ["enter", "x"],
    "help": ["question_mark"],
    "add": ["a"],
    "confirm_delete": ["d"],
}


@pytest.fixture
def steady_cursor(monkeypatch: pytest.MonkeyPatch) -> None:
    """An input's cursor blinks every half second: on a slow run a snapshot could catch it hidden."""
    monkeypatch.setattr(Input, "_toggle_cursor", lambda self: None)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("flow", FLOWS)
@pytest.mark.usefixtures("steady_cursor")
def test_screen(snap_compare, library: sqlite_utils.Database, flow: str, size: str) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(BriefingApp(library), press=FLOWS[flow], terminal_size=SIZES[size])
