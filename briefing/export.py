"""Turning stored briefings, highlights and quotes into plain text, Markdown, JSON and CSV.

Everything here is a pure function from rows to a string (`export_path` only looks at which
files exist), so the CLI and the app share one renderer. Article text is untrusted: Markdown
output escapes whatever could open a heading, list, quote, code block, link or HTML tag.
"""

from __future__ import annotations

import csv
import io
import json
import re
import textwrap
import unicodedata
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote as url_quote
from urllib.parse import urlsplit

from briefing.store.queries import Briefing

ExportKind = Literal["briefing", "highlights", "quotes"]
ExportFormat = Literal["md", "json", "csv"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = ("md", "json", "csv")

QUOTE_FIELDS = ["article_id", "article_title", "published", "speaker", "speaker_role", "kind", "text", "start", "end", "url"]
HIGHLIGHT_FIELDS = ["id", "article_id", "article_title", "published", "url", "source", "text", "note", "start", "end", "created_at"]
# every row says which briefing it is from, as the quotes' and highlights' CSV do
BRIEFING_CSV_FIELDS = [
    "article_id", "article_title", "published", "url", "source",
    "type", "text", "speaker", "role", "kind", "value", "unit", "context", "note", "start", "end",
]

SLUG_MAX = 50  # characters of the title in an export's file name
WHAT_MAX = 20


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
    for figure in briefing.figures_in_order():
        lines.append(f"  {figure['text']}  ({figure['kind']})")
        lines.extend(textwrap.wrap(figure["context"], width, initial_indent="      ", subsequent_indent="      "))
    return "\n".join(lines) + "\n"


# --- the whole briefing ------------------------------------------------------------------------


def briefing_as(briefing: Briefing, format: ExportFormat) -> str:
    """The whole briefing as Markdown, JSON or CSV."""
    if format == "json":
        return _json(briefing_document(briefing))
    if format == "csv":
        return _csv(_briefing_rows(briefing), BRIEFING_CSV_FIELDS)
    if format == "md":
        return briefing_as_markdown(briefing)
    raise ValueError(f"unknown export format {format!r}")


def briefing_as_markdown(briefing: Briefing) -> str:
    article = briefing.article
    blocks = [f"# {_md_line(article['title'] or '(untitled)')}"]
    meta = _md_meta(article["byline"], article["published"], article["url"], article["source"])
    if meta:
        blocks.append(meta)
    blocks.append("## Summary")
    blocks.append("\n".join(f"- {_md_line(sentence['text'])}" for sentence in briefing.summary) or "(none)")
    headed = [section for section in briefing.sections if section["heading"]]
    if headed:
        blocks.append("## Sections")
        blocks.append("\n".join(f"{index}. {_md_line(s['heading'])}" for index, s in enumerate(headed, 1)))
    blocks.append("## Speakers")
    speakers = briefing.speakers()
    if not speakers:
        blocks.append("(no attributed quotes)")
    for entity, quotes in speakers:
        role = f", {entity['role']}" if entity["role"] else ""
        blocks.append(f"### {_md_line(entity['name'] + role)}")
        blocks.extend(_md_blockquote(f"“{quote['text']}”") + _md_kind(quote["kind"]) for quote in quotes)
    blocks.append("## Key figures")
    figures = briefing.figures_in_order()
    if figures:
        blocks.append(
            "\n".join(f"- **{_md_line(f['text'])}** ({_md_line(f['kind'])}): {_md_line(f['context'])}" for f in figures)
        )
    else:
        blocks.append("(none)")
    if briefing.highlights:
        blocks.append("## Highlights")
        for highlight in briefing.highlights:
            blocks.extend(_md_highlight(highlight))
    return "\n\n".join(blocks) + "\n"


def briefing_document(briefing: Briefing) -> dict[str, Any]:
    """The JSON document of a briefing; scare quotes, which are words not speech, are left out."""
    article = briefing.article
    speech = [q for q in briefing.quotes if q["kind"] != "scare"]
    return {
        "article": {key: article[key] for key in ("id", "title", "byline", "published", "url", "source")},
        "summary": [_pick(s, "text", "start", "end") for s in briefing.summary],
        "sections": [{**_pick(s, "heading", "start", "end"), "topical": bool(s["topical"])} for s in briefing.sections],
        "speakers": [
            {
                "name": entity["name"],
                "role": entity["role"],
                "aliases": entity["aliases"],
                "quotes": [_pick(q, "text", "kind", "start", "end") for q in quotes],
            }
            for entity, quotes in briefing.speakers()
        ],
        "unattributed_quotes": [_pick(q, "text", "kind", "start", "end") for q in speech if q["speaker_id"] is None],
        "figures": [
            {
                **_pick(f, "text", "value", "unit", "kind", "counts", "equivalent_to", "context", "start", "end"),
                "approximate": bool(f["approximate"]),
            }
            for f in briefing.figures
        ],
        "highlights": [_pick(h, "text", "note", "start", "end", "created_at") for h in briefing.highlights],
    }


def _briefing_rows(briefing: Briefing) -> list[dict[str, Any]]:
    entities = {e["id"]: e for e in briefing.entities}
    rows: list[dict[str, Any]] = [{"type": "summary", **_pick(s, "text", "start", "end")} for s in briefing.summary]
    for quote in briefing.quotes:
        if quote["kind"] == "scare":
            continue
        entity = entities.get(quote["speaker_id"]) if quote["speaker_id"] is not None else None
        rows.append({
            "type": "quote",
            **_pick(quote, "text", "speaker", "kind", "start", "end"),
            "role": entity["role"] if entity else None,
        })
    rows.extend({"type": "figure", **_pick(f, "text", "kind", "value", "unit", "context", "start", "end")} for f in briefing.figures)
    rows.extend({"type": "highlight", **_pick(h, "text", "note", "start", "end")} for h in briefing.highlights)
    article = briefing.article
    about = {"article_id": article["id"], "article_title": article["title"], "published": article["published"],
             "url": article["url"], "source": article["source"]}
    return [{**about, **row} for row in rows]


# --- highlights ---------------------------------------------------------------------------------


def highlights_as(highlights: list[dict[str, Any]], format: ExportFormat) -> str:
    """Highlights (rows of `list_highlights`, of one briefing or the library) as Markdown, JSON or CSV."""
    if format == "json":
        return _json([_pick(h, *HIGHLIGHT_FIELDS) for h in highlights])
    if format == "csv":
        return _csv(highlights, HIGHLIGHT_FIELDS)
    if format != "md":
        raise ValueError(f"unknown export format {format!r}")
    blocks = ["# Highlights"]
    if not highlights:
        blocks.append("(none)")
    for group in _by_article(highlights):
        first = group[0]
        blocks.append(f"## {_md_line(first['article_title'] or '(untitled)')}")
        meta = _md_meta(None, first["published"], first["url"], first["source"])
        if meta:
            blocks.append(meta)
        for highlight in group:
            blocks.extend(_md_highlight(highlight))
    return "\n\n".join(blocks) + "\n"


def _md_highlight(highlight: dict[str, Any]) -> list[str]:
    blocks = [_md_blockquote(highlight["text"])]
    if highlight["note"]:
        blocks.append("Note: " + "\n".join(_md_line(line) for line in highlight["note"].splitlines() if line.strip()))
    return blocks


# --- quotes -------------------------------------------------------------------------------------


def quotes_as(quotes: list[dict[str, Any]], format: str) -> str:
    """Quotes (rows of `find_quotes` or `speaker_quotes`) as text, Markdown, JSON or CSV."""
    if format == "json":
        return _json([_pick(q, *QUOTE_FIELDS) for q in quotes])
    if format == "csv":
        return _csv(quotes, QUOTE_FIELDS)
    if format == "md":
        return _quotes_as_markdown(quotes)
    lines = []
    for quote in quotes:
        speaker = quote["speaker"] or "(unattributed)"
        lines.append(f"{speaker}: “{quote['text']}” [{quote['kind']}] (#{quote['article_id']} {quote['article_title'] or ''})")
    return "\n".join(lines) + ("\n" if lines else "")


def _quotes_as_markdown(quotes: list[dict[str, Any]]) -> str:
    blocks = ["# Quotes"]
    if not quotes:
        blocks.append("(none)")
    for group in _by_article(quotes):
        first = group[0]
        blocks.append(f"## {_md_line(first['article_title'] or '(untitled)')}")
        meta = _md_meta(None, first["published"], first["url"], first.get("source"))
        if meta:
            blocks.append(meta)
        for quote in group:
            speaker = quote["speaker"] or "(unattributed)"
            if quote.get("speaker_role"):
                speaker += f", {quote['speaker_role']}"
            blocks.append(_md_blockquote(f"“{quote['text']}”\n\n— {speaker} ({quote['kind']})"))
    return "\n\n".join(blocks) + "\n"


def quote_with_attribution(
    quote_text: str, speaker: str | None, role: str | None, article_title: str | None, published: str | None
) -> str:
    """One line for the clipboard: “quote” — Speaker, role (Article title, 2025-08-08)."""
    text = " ".join(quote_text.split()).rstrip(",;:")
    line = f"“{text}”"
    if speaker:
        line += f" — {speaker}" + (f", {role}" if role else "")
    source = ", ".join(part for part in (article_title, (published or "")[:10]) if part)
    if source:
        line += f" ({source})"
    return " ".join(line.split())


# --- one entry point and file names ------------------------------------------------------------


def render_export(kind: ExportKind, format: ExportFormat, data: Briefing | list[dict[str, Any]]) -> str:
    """Render a briefing (a `Briefing`), highlights or quotes (lists of rows) in a format."""
    if format not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {format!r}")
    if kind == "briefing":
        if not isinstance(data, Briefing):
            raise TypeError("a briefing export needs a Briefing")
        return briefing_as(data, format)
    if isinstance(data, Briefing):
        raise TypeError(f"a {kind} export needs a list of rows")
    if kind == "highlights":
        return highlights_as(data, format)
    if kind == "quotes":
        return quotes_as(data, format)
    raise ValueError(f"unknown export kind {kind!r}")


def export_path(directory: Path, title: str, what: str, fmt: str, article_id: int | None = None) -> Path:
    """A new file in `directory` named like `briefing-12-putin-sees-trump-summit-highlights.md`.

    The name is ASCII, without separators, and is never that of an existing file (-2, -3, ...
    is added). Open it with mode "x" to be safe from a file created in the meantime.
    """
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    parts = ["briefing", str(article_id) if article_id is not None else "", _slug(title, SLUG_MAX), _slug(what, WHAT_MAX)]
    stem = "-".join(part for part in parts if part)
    candidate = directory / f"{stem}.{fmt}"
    number = 1
    while candidate.exists():
        number += 1
        candidate = directory / f"{stem}-{number}.{fmt}"
    return candidate


def _slug(text: str, limit: int) -> str:
    """Lower-case ASCII words joined by hyphens, cut at a hyphen to at most `limit` characters."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > limit:
        cut = slug[: limit + 1]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else slug[:limit]
    return slug


# --- Markdown safety ----------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"[\\`*\[\]<>#~|]|&(?=#?\w+;)|(?<![^\W_])_|_(?![^\W_])")
_MD_LINE_START = re.compile(r"^(\d{1,9})([.)])|^([-+=])")


def _md_line(text: str) -> str:
    """Text as one line of inline Markdown that opens no block and no span: headings, lists,
    quotes, code, emphasis, links and HTML are escaped; whitespace (newlines too) is collapsed."""
    line = _MD_SPECIAL.sub(lambda m: "\\" + m.group(0), " ".join(text.split()))
    return _MD_LINE_START.sub(lambda m: f"{m.group(1)}\\{m.group(2)}" if m.group(1) else "\\" + m.group(3), line)


def _md_blockquote(text: str) -> str:
    """Text as one blockquote: every line escaped and prefixed, blank lines kept as `>`."""
    lines = [_md_line(line) for line in text.strip().splitlines()]
    return "\n".join(f"> {line}" if line else ">" for line in lines)


def _md_kind(kind: str) -> str:
    return "" if kind == "direct" else f" *({_md_line(kind)})*"


def _md_meta(byline: str | None, published: str | None, url: str | None, source: str | None) -> str:
    """The line under a heading: byline, date and a link back (the URL, else the source)."""
    parts = []
    if byline:
        parts.append(f"By {_md_line(byline)}")
    if published:
        parts.append(_md_line(published[:10]))
    link = _md_link(url or "") or _md_link(source or "")
    if link:
        parts.append(link)
    elif source:
        parts.append(f"Source: {'standard input' if source == '-' else _md_line(source)}")
    return " · ".join(parts)


def _md_link(url: str) -> str | None:
    """An http(s) URL as a Markdown link named after its host; None for anything else."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    target = url_quote(url.strip(), safe=":/?#[]@!$&'*+,;=%~")
    return f"[{_md_line(parts.hostname)}]({target})"


# --- JSON and CSV -------------------------------------------------------------------------------


def _pick(row: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {key: row.get(key) for key in keys}


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def _csv(rows: list[dict[str, Any]], fields: list[str]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fields, extrasaction="ignore")
    writer.writeheader()
    writer.writerows({key: _inert_cell(value) for key, value in row.items()} for row in rows)
    return buffer.getvalue()


def _inert_cell(value: Any) -> Any:
    """Article text starting with = + - @ would run as a formula in a spreadsheet: a leading
    apostrophe (which spreadsheets hide) keeps it text."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _by_article(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Rows grouped by article, groups in the order of their first row."""
    groups: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(row["article_id"], []).append(row)
    return list(groups.values())
