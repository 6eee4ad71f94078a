"""User settings that outlive a session (the chosen theme), in the user config directory."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import platformdirs


def settings_path() -> Path:
    return Path(platformdirs.user_config_dir("briefing", appauthor=False)) / "settings.json"


def load_settings() -> dict[str, Any]:
    """The saved settings; an unreadable file counts as none saved."""
    try:
        loaded = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


def save_setting(key: str, value: Any) -> None:
    settings = load_settings()
    settings[key] = value
    path = settings_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(settings, indent=2), encoding="utf-8")
        temporary.replace(path)
    except OSError:
        pass  # a read-only config directory costs the user only the remembered theme
