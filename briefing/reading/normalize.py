"""Normalisation at the edge: a SourceDocument becomes a clean Article with exact offsets."""

from __future__ import annotations

import re

from briefing.analysis.model import Article, Paragraph, Section
from briefing.errors import BriefingError
from briefing.reading.document import SourceDocument
from briefing.text import clean_line

PARAGRAPH_SEPARATOR = "\n\n"
# A paragraph longer than this (a page or a transcript without blank lines) is cut into pieces at
# sentence ends: the reader, the search's snippets and the analysis then work on bounded pieces.
MAX_PARAGRAPH_LENGTH = 3000
_SENTENCE_END = re.compile(r"[.!?…][”\"’')\]]*\s+")

# Page furniture that trails an article body when a page is saved as text.
_TRAILING_BOILERPLATE = re.compile(
    r"""^(?:
        (?:post|leave|add|write)\s+a\s+comment
      | \d+\s+comments?
      | (?:no|view|show|read)\s+comments?
      | comments?\s*(?:\(\d+\))?
      | share(?:\s+(?:this|on)\b.*)?
      | (?:related|read\s+more|more\s+from|recommended|advertisement|sponsored).{0,40}
      | (?:follow|subscribe\s+to)\s+us\b.{0,60}
      | (?:tags?|filed\s+under|topics?)\s*:.{0,120}
      | (?:previous|next)\s+(?:article|post|story).{0,80}
      | sign\s+up\b.{0,80}
      | (?:copyright|©).{0,120}
      | all\s+rights\s+reserved\.?
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_NON_WORD = re.compile(r"\W+")


def _same_words(a: str, b: str) -> bool:
    return _NON_WORD.sub(" ", a).strip().casefold() == _NON_WORD.sub(" ", b).strip().casefold()


def _optional(value: str | None) -> str | None:
    cleaned = clean_line(value) if value else ""
    return cleaned or None


def normalize(doc: SourceDocument) -> Article:
    """Clean every string, drop a repeated headline and trailing boilerplate, lay out the text.

    Paragraphs are joined by one blank line; section and paragraph offsets index into the
    resulting text. Raises BriefingError when no article text remains.
    """
    title = _optional(doc.title)
    raw_sections = [
        (_optional(section.heading), [p for p in map(clean_line, section.paragraphs) if p])
        for section in doc.sections
    ]
    _drop_repeated_headline(raw_sections, title)
    _drop_trailing_boilerplate(raw_sections)
    # cut long paragraphs only now: a piece of one is no boilerplate ("Related talks continue ...")
    raw_sections = [(heading, [piece for p in paragraphs for piece in _bounded(p)]) for heading, paragraphs in raw_sections]

    text_parts: list[str] = []
    sections: list[Section] = []
    offset = 0
    for heading, paragraphs in raw_sections:
        if not paragraphs:
            continue
        section = Section(start=offset, end=offset, heading=heading)
        for paragraph in paragraphs:
            if text_parts:
                offset += len(PARAGRAPH_SEPARATOR)
            section.paragraphs.append(Paragraph(start=offset, end=offset + len(paragraph)))
            text_parts.append(paragraph)
            offset += len(paragraph)
        section.start = section.paragraphs[0].start
        section.end = section.paragraphs[-1].end
        sections.append(section)
    if not sections:
        raise BriefingError(f"{doc.source}: no article text found")
    return Article(
        source=clean_line(doc.source),  # a file name may hold escape sequences too
        text=PARAGRAPH_SEPARATOR.join(text_parts),
        sections=sections,
        title=title,
        byline=_optional(doc.byline),
        published=_optional(doc.published),
        url=_optional(doc.url),
        feed_url=_optional(doc.feed_url),
        feed_title=_optional(doc.feed_title),
        entry_id=_optional(doc.entry_id),
        from_feed=doc.from_feed,
    )


def _bounded(paragraph: str) -> list[str]:
    """The paragraph in pieces of at most MAX_PARAGRAPH_LENGTH characters, each cut after the last
    sentence end in its second half (else at a space, else anywhere); most paragraphs: itself."""
    if len(paragraph) <= MAX_PARAGRAPH_LENGTH:
        return [paragraph] if paragraph else []
    pieces, start = [], 0
    while len(paragraph) - start > MAX_PARAGRAPH_LENGTH:
        half, limit = start + MAX_PARAGRAPH_LENGTH // 2, start + MAX_PARAGRAPH_LENGTH
        cut = max((m.end() for m in _SENTENCE_END.finditer(paragraph, half, limit)), default=0)
        if not cut:
            space = paragraph.rfind(" ", half, limit)
            cut = space + 1 if space > 0 else limit
        pieces.append(paragraph[start:cut].rstrip())
        start = cut
        while start < len(paragraph) and paragraph[start].isspace():
            start += 1
    pieces.append(paragraph[start:])
    return [piece for piece in pieces if piece]


def _drop_repeated_headline(sections: list[tuple[str | None, list[str]]], title: str | None) -> None:
    """Pages and text dumps often repeat the headline as the first line(s) of the body.

    An article whose only text is its headline (a bare feed entry) keeps it."""
    if not title:
        return
    for _heading, paragraphs in sections:
        while paragraphs and _same_words(paragraphs[0], title) and _paragraph_count(sections) > 1:
            paragraphs.pop(0)
        if paragraphs:
            return


def _paragraph_count(sections: list[tuple[str | None, list[str]]]) -> int:
    return sum(len(paragraphs) for _heading, paragraphs in sections)


def _drop_trailing_boilerplate(sections: list[tuple[str | None, list[str]]]) -> None:
    for _heading, paragraphs in reversed(sections):
        while paragraphs and len(paragraphs[-1]) <= 160 and _TRAILING_BOILERPLATE.match(paragraphs[-1]):
            paragraphs.pop()
        if paragraphs:
            return
