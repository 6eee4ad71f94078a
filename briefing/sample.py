"""The sample briefing bundled with the package, loaded into an empty library on first run."""

from __future__ import annotations

from importlib import resources

import sqlite_utils

from briefing.store.queries import count_articles

SAMPLE_NAME = "sample-briefing.md"


def sample_text() -> str:
    return resources.files("briefing").joinpath("data", SAMPLE_NAME).read_text(encoding="utf-8")


def load_sample_if_empty(db: sqlite_utils.Database) -> int | None:
    """Store the sample when the library has no briefing yet; returns its id if it was stored."""
    if count_articles(db):
        return None
    # imported only now: every launch asks, and the analysis takes a tenth of a second to import
    from briefing.analysis.pipeline import analyze
    from briefing.reading.normalize import normalize
    from briefing.reading.plaintext import read_markdown
    from briefing.store.articles import save_analysis

    document = read_markdown(sample_text(), f"briefing:{SAMPLE_NAME}")
    return save_analysis(db, analyze(normalize(document))).article_id
