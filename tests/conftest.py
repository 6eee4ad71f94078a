"""Shared fixtures: the seed article and its gold annotation from ../shared, a temporary store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "fixtures" / "000_a651404527db1a0e.txt"
SEED_GOLD = SHARED / "fixtures" / "000_a651404527db1a0e.gold.json"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_gold() -> dict[str, Any]:
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))


@pytest.fixture(autouse=True)
def private_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, data and exports of every test go to a temporary home, never the user's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("BRIEFING_EXPORT_DIR", str(home / "exports"))
    (home / "exports").mkdir()
    return home


@pytest.fixture
def db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "briefing.db"
    monkeypatch.setenv("BRIEFING_DB", str(path))
    return path


def run_cli(*args: str, db: Path | None = None, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real `briefing` command in a subprocess, as a user would."""
    env = dict(os.environ)
    if db is not None:
        env["BRIEFING_DB"] = str(db)
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


async def choose_in_palette(pilot: Any, text: str) -> None:
    """Type `text` into the command palette, wait for its search, and choose the first hit."""
    await pilot.press("ctrl+p", *text)
    await pilot.pause(0.5)
    await pilot.press("enter")
    await pilot.pause()
