"""The JSON that `briefing analyze` prints, exactly as ../shared/CONTRACT.md specifies."""

from __future__ import annotations

from typing import Any

from briefing.analysis.model import Analysis

SCHEMA = "briefing.analysis/1"


def to_contract(analysis: Analysis) -> dict[str, Any]:
    article = analysis.article
    names = {e.id: e.name for e in analysis.entities}
    return {
        "schema": SCHEMA,
        "path": article.source,
        "title": article.title,
        "byline": article.byline,
        "published": article.published,
        "url": article.url,
        "text": article.text,
        "sections": [
            {
                "heading": s.heading,
                "start": s.start,
                "end": s.end,
                "paragraphs": [{"start": p.start, "end": p.end} for p in s.paragraphs],
                "topical": s.topical,
            }
            for s in analysis.sections
        ],
        "quotes": [
            {
                "text": q.text,
                "start": q.start,
                "end": q.end,
                "kind": q.kind,
                "speaker": names.get(q.speaker_id) if q.speaker_id is not None else None,
                "speaker_id": q.speaker_id,
                "utterance": q.utterance,
            }
            for q in analysis.quotes
        ],
        "entities": [
            {
                "id": e.id,
                "name": e.name,
                "type": e.type,
                "aliases": e.aliases,
                "role": e.role,
                "descriptions": e.descriptions,
                "mentions": [{"start": m.start, "end": m.end} for m in e.mentions],
            }
            for e in analysis.entities
        ],
        "figures": [
            {
                "text": f.text,
                "start": f.start,
                "end": f.end,
                "value": f.value,
                "unit": f.unit,
                "kind": f.kind,
                "context": f.context,
                "approximate": f.approximate,
                "counts": f.counts,
                "equivalent_to": f.equivalent_to,
            }
            for f in analysis.figures
        ],
        "summary": [{"text": s.text, "start": s.start, "end": s.end} for s in analysis.summary],
    }
