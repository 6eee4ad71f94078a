"""Plain text and Markdown: paragraphs are separated by blank lines, `#` headings open sections."""

from __future__ import annotations

import re
from datetime import date

from briefing.reading.document import RawSection, SourceDocument

_BLANK_LINES = re.compile(r"\n[ \t]*\n+")
_YAML_LINE = re.compile(r"^(?:[\w-]+:(?:\s.*)?|\s+.*|-\s.*|#.*|)$")  # key: value, an indented or list line, a comment
_FENCE = re.compile(r"^\s{0,3}(?:```|~~~)")
_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_ATX_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t#]*$")
_SETEXT_UNDERLINE = re.compile(r"^(=+|-+)[ \t]*$")
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|`)(?=\S)(.+?)(?<=\S)\1")
_MD_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+")
_MD_QUOTE_PREFIX = re.compile(r"^(?:>[ \t]?)+")
_MD_RULE = re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$")
_MAX_TITLE_LENGTH = 200
_BYLINE = re.compile(r"^By\s+[A-Z][^\n]{2,150}$")
_MAX_HEADING_WORDS = 12
_MIN_PARAGRAPH_WORDS = 12


def read_plain_text(text: str, source: str) -> SourceDocument:
    """Plain text: a short first line without final punctuation is the headline, and later
    short lines of the same kind standing before a paragraph are section headings."""
    blocks = _blocks(_unix_lines(text))
    title = byline = None
    if blocks and "\n" not in blocks[0] and _looks_like_headline(blocks[0]):
        title = blocks[0]
        blocks = blocks[1:]
        if blocks and _BYLINE.match(blocks[0]):
            byline = blocks.pop(0)[3:].strip()
    sections = [RawSection(None)]
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else ""
        if block != title and _looks_like_heading_line(block, following):
            sections.append(RawSection(block))
        else:
            sections[-1].paragraphs.append(" ".join(block.split()))
    return SourceDocument(source=source, title=title, byline=byline, sections=sections)


def read_markdown(text: str, source: str) -> SourceDocument:
    """Markdown: the first level-1 heading at the top is the headline, other headings sections;
    YAML front matter is no text, and its title, author and date stand in for missing ones."""
    text, front = _front_matter(_unix_lines(text))
    sections = [RawSection(None)]
    title = byline = None
    for block in _markdown_blocks(text):
        if title and byline is None and not any(s.paragraphs for s in sections) and _BYLINE.match(block):
            byline = block[3:].strip()
            continue
        lines = block.split("\n")
        heading = _heading(lines)
        if heading is not None:
            level, heading_text = heading
            if title is None and level == 1 and not any(s.paragraphs for s in sections):
                title = heading_text
            else:
                sections.append(RawSection(heading_text))
            continue
        if _MD_RULE.match(block):
            continue
        sections[-1].paragraphs.extend(_markdown_paragraphs(lines))
    return SourceDocument(
        source=source,
        title=title or front.get("title"),
        byline=byline or front.get("author"),
        published=front.get("date"),
        sections=sections,
    )


def _unix_lines(text: str) -> str:
    """Windows (CRLF) and old Mac (CR) line ends as newlines: blank lines must part paragraphs."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _front_matter(text: str) -> tuple[str, dict[str, str]]:
    """The text without a leading YAML front matter block, and its simple `key: value` fields
    (title, author, date), as far as they hold text."""
    match = _FRONT_MATTER.match(text)
    if match is None or not all(_YAML_LINE.match(line) for line in match.group(1).split("\n")):
        return text, {}  # two rules around prose are no front matter
    fields: dict[str, str] = {}
    for line in match.group(1).split("\n"):
        key, colon, value = line.partition(":")
        value = value.strip().strip("\"'").strip()
        if colon and key.strip().lower() in ("title", "author", "date") and value:
            fields[key.strip().lower()] = " ".join(value.split())
    if "date" in fields:
        try:
            fields["date"] = date.fromisoformat(fields["date"][:10]).isoformat()
        except ValueError:
            del fields["date"]
    return text[match.end() :], fields


def _markdown_blocks(text: str) -> list[str]:
    """Blocks parted by blank lines, and each `#` heading line a block of its own (Markdown needs
    no blank line around one: "# Headline" then the text on the next line)."""
    blocks: list[str] = []
    fenced = False  # within ``` or ~~~ code, where a "#" line is a comment, not a heading
    for block in _blocks(text):
        current: list[str] = []
        for line in block.split("\n"):
            if _FENCE.match(line):
                fenced = not fenced
            if _ATX_HEADING.match(line) and not fenced:
                if current:
                    blocks.append("\n".join(current))
                blocks.append(line)
                current = []
            else:
                current.append(line)
        if current:
            blocks.append("\n".join(current))
    return blocks


def _blocks(text: str) -> list[str]:
    return [block.strip() for block in _BLANK_LINES.split(text) if block.strip()]


def _looks_like_headline(line: str) -> bool:
    """Short and without a sentence's final punctuation, inside closing quote marks too: a lead
    paragraph may end "... that locals call “the Strip.”"."""
    return len(line) <= _MAX_TITLE_LENGTH and not line.rstrip().rstrip("”\"’'»").endswith((".", ",", ";", ":"))


def _looks_like_heading_line(block: str, following: str) -> bool:
    """A short capitalised line without final punctuation, followed by a real paragraph."""
    words = block.split()
    return (
        "\n" not in block
        and len(words) <= _MAX_HEADING_WORDS
        and block[0].isupper()
        and not block.endswith((".", ",", ";", ":", "!", "?", "\"", "”", "’", "'", ")", "…"))
        and len(following.split()) >= _MIN_PARAGRAPH_WORDS
        and (following[0].isupper() or following[0] in "“\"‘'")
    )


def _heading(lines: list[str]) -> tuple[int, str] | None:
    atx = _ATX_HEADING.match(lines[0])
    if atx and len(lines) == 1:
        return len(atx.group(1)), _strip_inline(atx.group(2))
    if len(lines) == 2 and _SETEXT_UNDERLINE.match(lines[1]):
        return (1 if lines[1].startswith("=") else 2), _strip_inline(lines[0])
    return None


def _markdown_paragraphs(lines: list[str]) -> list[str]:
    """List items become paragraphs of their own; other lines of a block are joined."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if _MD_LIST_ITEM.match(line) and current:
            paragraphs.append(" ".join(current))
            current = []
        current.append(_strip_inline(_MD_LIST_ITEM.sub("", _MD_QUOTE_PREFIX.sub("", line))))
    if current:
        paragraphs.append(" ".join(current))
    return [p for p in paragraphs if p.strip()]


def _strip_inline(text: str) -> str:
    text = _MD_LINK.sub(r"\1", text)
    return _MD_EMPHASIS.sub(r"\2", text).strip()
