"""From what the user names to stored briefings: read, normalise, analyse, save."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing.analysis.model import Analysis
from briefing.analysis.pipeline import analyze
from briefing.errors import BriefingError
from briefing.reading.normalize import normalize
from briefing.reading.sources import read_source

if TYPE_CHECKING:
    import sqlite_utils


@dataclass
class Outcome:
    """What became of one article of an input: stored (with its status) or an error message."""

    source: str
    article_id: int | None = None
    status: str | None = None  # "new" | "updated" | "unchanged"
    title: str | None = None
    quotes: int = 0
    speakers: int = 0
    figures: int = 0
    error: str | None = None
    from_feed: bool = False
    feed_title: str | None = None
    entry_id: str | None = None  # a feed entry's id


def analyze_source(
    spec: str, summary_sentences: int | None = None, indirect: bool = False
) -> Iterator[Analysis | BriefingError]:
    """Each article of an input analysed, or the error that stopped it (one per bad entry)."""
    for document in read_source(spec):
        try:
            yield analyze(normalize(document), summary_sentences, indirect)
        except BriefingError as error:
            yield error


def ingest(
    db: sqlite_utils.Database,
    spec: str,
    summary_sentences: int | None = None,
    on_article: Callable[[], None] | None = None,
    cancel: threading.Event | None = None,
) -> list[Outcome]:
    """Store every article of one input; raises BriefingError when the input cannot be read.

    `on_article` is called after each article is handled, for progress displays; `cancel`,
    once set, stops the input after the article being stored (each is one transaction)."""
    from briefing.store.articles import save_analysis  # here, so that `briefing analyze` never loads the store

    outcomes = []
    for result in analyze_source(spec, summary_sentences):
        if isinstance(result, BriefingError):
            outcomes.append(Outcome(spec, error=str(result)))
            continue
        saved = save_analysis(db, result)
        outcomes.append(
            Outcome(
                source=result.article.source,
                article_id=saved.article_id,
                status=saved.status,
                title=result.article.title,
                quotes=result.quote_count,
                speakers=result.speaker_count,
                figures=len(result.figures),
                from_feed=result.article.from_feed,
                feed_title=result.article.feed_title,
                entry_id=result.article.entry_id,
            )
        )
        if on_article is not None:
            on_article()
        if cancel is not None and cancel.is_set():
            break  # before the next article is fetched or analysed
    return outcomes
