"""Turning stored briefings and quotes into plain text, JSON and CSV for pipes and files."""

from __future__ import annotations

import csv
import io
import json
import textwrap
from typing import Any

from briefing.store.queries import Briefing

QUOTE_FIELDS = ["article_id", "article_title", "published", "speaker", "speaker_role", "kind", "text", "start", "end", "url"]


def briefing_as_text(briefing: Briefing, width: int = 78) -> str:
    """The plain-text briefing of `briefing show`: summary, speakers with their quotes, figures."""
    article = briefing.article
    lines = [article["title"] or "(untitled)"]
    meta = " · ".join(str(v) for v in (article["byline"], article["published"], article["url"] or article["source"]) if v)
    if meta:
        lines.append(meta)
    lines.append("")
    lines.append("SUMMARY")
    for sentence in briefing.summary:
        lines.extend(textwrap.wrap(sentence["text"], width, initial_indent="  • ", subsequent_indent="    "))
    headed = [section for section in briefing.sections if section["heading"]]
    if headed:
        lines.append("")
        lines.append("SECTIONS")
        lines.extend(f"  {index}. {section['heading']}" for index, section in enumerate(headed, 1))
    lines.append("")
    lines.append("SPEAKERS")
    speakers = briefing.speakers()
    if not speakers:
        lines.append("  (no attributed quotes)")
    for entity, quotes in speakers:
        role = f", {entity['role']}" if entity["role"] else ""
        lines.append(f"  {entity['name']}{role} ({len(quotes)} quote{'s' if len(quotes) != 1 else ''})")
        for quote in quotes:
            mark = "" if quote["kind"] == "direct" else f" [{quote['kind']}]"
            lines.extend(textwrap.wrap(f"“{quote['text']}”{mark}", width, initial_indent="    - ", subsequent_indent="      "))
    lines.append("")
    lines.append("KEY FIGURES")
    if not briefing.figures:
        lines.append("  (none)")
    for figure in sorted(briefing.figures, key=lambda f: (f["kind"] == "date", f["start"])):
        lines.append(f"  {figure['text']}  ({figure['kind']})")
        lines.extend(textwrap.wrap(figure["context"], width, initial_indent="      ", subsequent_indent="      "))
    return "\n".join(lines) + "\n"


def quotes_as(quotes: list[dict[str, Any]], format: str) -> str:
    if format == "json":
        return json.dumps([{k: q.get(k) for k in QUOTE_FIELDS} for q in quotes], ensure_ascii=False, indent=2) + "\n"
    if format == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=QUOTE_FIELDS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(quotes)
        return buffer.getvalue()
    lines = []
    for quote in quotes:
        speaker = quote["speaker"] or "(unattributed)"
        lines.append(f"{speaker}: “{quote['text']}” [{quote['kind']}] (#{quote['article_id']} {quote['article_title'] or ''})")
    return "\n".join(lines) + ("\n" if lines else "")
