"""Start-up measured as a user gets it, shared by the benchmarks that launch briefing."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def compile_bytecode() -> None:
    """Compile the package's bytecode, as `pip install` does for an installed briefing.

    Run from a checkout with PYTHONDONTWRITEBYTECODE set, every launch would otherwise compile
    each changed module of briefing again, which no installed copy does.
    """
    import compileall  # here, not at the top: the launches that app_library times import this module

    compileall.compile_dir(REPO / "briefing", quiet=1)
