"""Read an HTML page into a SourceDocument: the article body only, with its metadata.

trafilatura does the main-content extraction; a plain lxml walk over <article>/<body> is the
fallback for pages it gives up on. Both break on control characters (a single ``&#27;`` makes
lxml drop the document), so those are removed from the markup first.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from lxml import etree
from lxml import html as lxml_html

from briefing.errors import BriefingError
from briefing.reading.document import RawSection, SourceDocument
from briefing.text import UNSPACED_SCRIPT, strip_escape_sequences

# C0 controls except \t \n \r (harmless whitespace to every parser), DEL, and C1 controls.
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CHAR_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?")
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([-\w.:]+)|<\?xml[^>]*?encoding\s*=\s*["']([-\w.:]+)""",
    re.IGNORECASE,
)
# Labels that browsers (WHATWG Encoding) read as a wider encoding than Python's codec of that name.
_WHATWG_SUPERSETS = {
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "iso8859-9": "cp1254",
    "tis-620": "cp874",
    "shift_jis": "cp932",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc_kr": "cp949",
}
# Text codecs Python knows that no web page is in (and which would misread markup).
_NOT_WEB_ENCODINGS = {"unicode-escape", "raw-unicode-escape", "idna", "punycode", "utf-7"}


def decode_html(data: bytes, declared: str | None = None) -> str:
    """Decode a page: BOM, then the HTTP charset, then <meta charset>, then UTF-8, then cp1252."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, "replace")
    for label in (declared, _meta_charset(data)):
        encoding = _web_encoding(label) if label else None
        if encoding:
            return data.decode(encoding, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii")
    # A page whose bytes reached the <meta> as ASCII cannot be UTF-16 (WHATWG: read as UTF-8).
    return "utf-8" if label.lower().startswith(("utf-16", "utf16")) else label


def _web_encoding(label: str) -> str | None:
    try:
        name = codecs.lookup(label.strip()).name
        b"<".decode(name, "replace")  # LookupError for bytes-to-bytes codecs (base64, zlib...)
    except LookupError:
        return None
    if name in _NOT_WEB_ENCODINGS:
        return None
    return _WHATWG_SUPERSETS.get(name, name)


def strip_controls(markup: str) -> str:
    """Remove terminal escape sequences whole, and control characters, written raw or as
    numeric character references.

    References 128-159 are read as windows-1252 (what browsers display, e.g. ``&#146;`` is ’);
    the five of them windows-1252 leaves undefined are dropped.
    """
    return _CONTROL_CHARS.sub("", _CHAR_REF.sub(_resolve_control_ref, strip_escape_sequences(markup)))


def _resolve_control_ref(match: re.Match[str]) -> str:
    hex_digits, decimal = match.groups()
    code = int(hex_digits, 16) if hex_digits else int(decimal)
    if 0x80 <= code <= 0x9F:
        return bytes([code]).decode("cp1252", "ignore")
    if code > 0x10FFFF or _CONTROL_CHARS.match(chr(code)):
        return ""
    return match.group(0)


@dataclass(frozen=True)
class _Vocabulary:
    """Which element names start a heading, a paragraph or a line, and which to skip."""

    headings: frozenset[str]
    blocks: frozenset[str]
    skipped: frozenset[str]
    breaks: frozenset[str]
    cells: frozenset[str]


_PAGE_TAGS = _Vocabulary(
    headings=frozenset({"h1", "h2", "h3", "h4", "h5", "h6"}),
    blocks=frozenset({
        "p", "div", "li", "dt", "dd", "blockquote", "pre", "tr", "table", "ul", "ol", "dl",
        "section", "article", "main", "figure", "figcaption", "address", "center", "details",
        "summary", "hr", "caption",
    }),
    skipped=frozenset({
        "head", "nav", "header", "footer", "aside", "script", "style", "form", "noscript",
        "template", "iframe", "object", "embed", "svg", "button", "select", "textarea",
        "input", "label", "menu", "dialog", "canvas", "audio", "video", "map",
    }),
    breaks=frozenset({"br"}),
    cells=frozenset({"td", "th"}),
)
# trafilatura's output vocabulary (its XML-TEI-like tree).
_TRAFILATURA_TAGS = _Vocabulary(
    headings=frozenset({"head"}),
    blocks=frozenset({"p", "item", "list", "quote", "code", "row", "table", "div"}),
    skipped=frozenset({"graphic"}),
    breaks=frozenset({"lb"}),
    cells=frozenset({"cell"}),
)


def sections_from_tree(root: etree._Element, tags: _Vocabulary = _PAGE_TAGS) -> list[RawSection]:
    """Walk an element (iteratively, so depth is no problem) into headed sections of paragraphs.

    Block elements end a paragraph; two <br> in a row do too, one is a space.
    """
    builder = _SectionBuilder()
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        # Comments and processing instructions have a function as tag: skip them like <script>.
        tag = element.tag.rsplit("}", 1)[-1].lower() if isinstance(element.tag, str) else None
        skipped = tag is None or tag in tags.skipped
        if event == "start":
            if skipped:
                walker.skip_subtree()
                continue
            builder.open(tag, tags)
            builder.add_text(element.text)
        else:
            if not skipped:
                builder.close(tag, tags)
            if element is not root:
                builder.add_text(element.tail)
    return builder.finish()


class _SectionBuilder:
    """Accumulates inline text and cuts it into paragraphs and sections as blocks open and close."""

    def __init__(self) -> None:
        self.sections: list[RawSection] = [RawSection(heading=None)]
        self.pieces: list[str] = []
        self.in_heading = False
        self.pending_break = False

    def open(self, tag: str, tags: _Vocabulary) -> None:
        if tag in tags.breaks:
            if self.pending_break:
                self.flush()
            self.pending_break = True
            self.pieces.append(" ")
            return
        self.pending_break = False
        if tag in tags.headings or tag in tags.blocks:
            self.flush()
            self.in_heading = self.in_heading or tag in tags.headings
        elif tag in tags.cells and self.pieces:
            self.pieces.append(" | ")

    def close(self, tag: str, tags: _Vocabulary) -> None:
        if tag in tags.headings or tag in tags.blocks:
            self.flush()
        if tag in tags.headings:
            self.in_heading = False

    def add_text(self, text: str | None) -> None:
        if text and text.strip():
            self.pending_break = False
            self.pieces.append(text)

    def flush(self) -> None:
        text = _HTML_SPACE.sub(" ", "".join(self.pieces)).strip().strip("|").strip()
        self.pieces = []
        if not text:
            return
        if self.in_heading:
            self.sections.append(RawSection(heading=text))
        else:
            self.sections[-1].paragraphs.append(text)

    def finish(self) -> list[RawSection]:
        self.flush()
        return [s for s in self.sections if s.heading or s.paragraphs]


def sections_from_fragment(markup: str) -> list[RawSection]:
    """Sections of an HTML fragment (a feed entry's content), with no main-content guessing."""
    tree = _parse_page(strip_controls(markup))
    body = tree.find("body") if tree is not None else None
    return sections_from_tree(body) if body is not None else []


def paragraph_count(sections: Iterable[RawSection]) -> int:
    return sum(len(section.paragraphs) for section in sections)


def read_html(html: str, source: str, url: str | None = None) -> SourceDocument:
    """Extract the article of a page; BriefingError if it has no article text."""
    markup = strip_controls(html)
    sections, metadata = _trafilatura_extract(markup, url)
    tree = None
    if not paragraph_count(sections) or len(metadata) < len(_METADATA_FIELDS):
        tree = _parse_page(markup)
    if not paragraph_count(sections) and tree is not None:
        sections = sections_from_tree(_article_root(tree))
    words = _word_count(sections)
    if not paragraph_count(sections) or words < _MIN_ARTICLE_WORDS:
        raise BriefingError(f"{source}: no article text found")
    if words <= _MAX_NOTICE_PAGE_WORDS and _only_a_javascript_notice(sections):
        raise BriefingError(f"{source}: no article text found (the page asks for JavaScript, which shows its text)")
    tree = tree if tree is not None else _parse_page(markup)
    if tree is not None and _mostly_links(sections, tree):
        raise BriefingError(f"{source}: no article text found (the page is mostly links: a home or section page?)")
    fallback = _page_metadata(tree) if tree is not None and len(metadata) < len(_METADATA_FIELDS) else {}
    title = metadata.get("title") or fallback.get("title")
    return SourceDocument(
        source=source,
        sections=_without_title_heading(sections, title),
        title=title,
        byline=metadata.get("author") or fallback.get("author"),
        published=metadata.get("date") or fallback.get("date"),
        url=metadata.get("url") or fallback.get("url") or url,
    )


_UTF8_PARSER = lxml_html.HTMLParser(encoding="utf-8", huge_tree=True)  # huge_tree: nesting deeper than 256, to 2048
_MIN_ARTICLE_WORDS = 5  # fewer is a page of furniture ("menu"), not an article
# The wording of a notice that a page needs JavaScript: "You need to enable JavaScript to run this app."
_NEEDS_JAVASCRIPT = re.compile(
    r"\b(?:(?:enable|turn\s+on|switch\s+on|activate)\s+(?:\w+\s+)?javascript"
    r"|javascript\s+(?:is\s+)?(?:required|disabled|turned\s+off|not\s+enabled)"
    r"|(?:site|page|app|application|website)\s+(?:requires|needs)\s+javascript)\b",
    re.IGNORECASE,
)  # (not "the flaw, which requires JavaScript to be enabled": a story about it)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_MAX_NOTICE_PAGE_WORDS = 80  # a page with more text is read, whatever notice it holds
_MAX_LINK_SHARE = 0.5  # of the text found, beyond which it is a page of links
_METADATA_FIELDS = ("title", "author", "date", "url")


def _without_title_heading(sections: list[RawSection], title: str | None) -> list[RawSection]:
    """Drop a first heading that only repeats the page title (the <h1> above the article)."""
    first = sections[0]
    if not (title and first.heading and _repeats(first.heading, title)):
        return sections
    if not first.paragraphs:
        return sections[1:]
    return [RawSection(heading=None, paragraphs=first.paragraphs), *sections[1:]]


def _repeats(heading: str, title: str) -> bool:
    """True if the heading is the title, or most of it ("Title | Site", "Section: Title")."""
    heading, title = heading.casefold(), title.casefold()
    return heading in title and 2 * len(heading) >= len(title)


def _trafilatura_extract(
    markup: str, url: str | None
) -> tuple[list[RawSection], dict[str, str]]:
    import trafilatura

    try:
        document = trafilatura.bare_extraction(
            markup,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_recall=True,
        )
    except (RecursionError, ValueError, etree.LxmlError):
        return [], {}
    if document is None or document.body is None:
        return [], {}
    metadata = {
        key: value
        for key in _METADATA_FIELDS
        if isinstance(value := getattr(document, key, None), str) and value.strip()
    }
    return sections_from_tree(document.body, _TRAFILATURA_TAGS), metadata


def _mostly_links(sections: list[RawSection], tree: etree._Element) -> bool:
    """Whether the text found is mostly the words of the page's links (menus, a list of
    headlines) with little or no prose: a home or section page, or a page of furniture."""
    text = " ".join(_texts(sections))
    links = {" ".join(anchor.text_content().split()) for anchor in tree.iter("a")} - {""}
    if sum(map(len, links)) <= _MAX_LINK_SHARE * len(text):
        return False  # too little link text on the whole page to be most of the text found
    linked = sum(len(link) * text.count(link) for link in links if len(link) > 1)
    return linked > _MAX_LINK_SHARE * len(text)


def _only_a_javascript_notice(sections: list[RawSection]) -> bool:
    """Whether the text found is a notice that the page needs JavaScript, and next to nothing
    besides (not an article with a comments widget's notice under it). Asked of short pages only:
    the text is read sentence by sentence."""
    sentences = _SENTENCE_END.split(" ".join(_texts(sections)))
    besides = [sentence for sentence in sentences if not _NEEDS_JAVASCRIPT.search(sentence)]
    return len(besides) < len(sentences) and len(" ".join(besides).split()) < _MIN_ARTICLE_WORDS


def _word_count(sections: list[RawSection]) -> int:
    """Words of the text found; in scripts written without spaces (Chinese, Japanese, Thai), a
    word for every two of their characters, as such a word mostly is."""
    return sum(len(part.split()) + len(UNSPACED_SCRIPT.findall(part)) // 2 for part in _texts(sections))


def _texts(sections: list[RawSection]) -> Iterator[str]:
    """The text found, heading and paragraphs in order."""
    for section in sections:
        yield section.heading or ""
        yield from section.paragraphs


def _parse_page(markup: str) -> etree._Element | None:
    # As UTF-8 bytes: lxml refuses a str that starts with an XML encoding declaration.
    if not markup.strip():
        return None
    try:
        return lxml_html.document_fromstring(markup.encode("utf-8"), parser=_UTF8_PARSER)
    except (ValueError, etree.LxmlError):
        return None


def _article_root(tree: etree._Element) -> etree._Element:
    """The <article> or <main> with the most paragraph text (teasers are <article>s too)."""
    candidates = tree.xpath("//article | //main")
    best = max(candidates, key=_paragraph_text_length, default=None)
    if best is not None and _paragraph_text_length(best):
        return best
    body = tree.find("body")
    return body if body is not None else tree


def _paragraph_text_length(element: etree._Element) -> int:
    return sum(len(p.text_content()) for p in element.iter("p"))


def _page_metadata(tree: etree._Element) -> dict[str, str]:
    """Title, author, date and canonical URL from <head>, for when trafilatura found none."""
    candidates = {
        "title": ("//meta[@property='og:title']/@content", "//title/text()", "//h1//text()"),
        "author": (
            "//meta[@name='author']/@content",
            "//meta[@property='article:author']/@content",
        ),
        "date": ("//meta[@property='article:published_time']/@content", "//time/@datetime"),
        "url": ("//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content"),
    }
    found = {}
    for key, paths in candidates.items():
        value = next((v for p in paths for v in tree.xpath(p) if str(v).strip()), None)
        if value is not None:
            found[key] = _HTML_SPACE.sub(" ", str(value)).strip()
    if "date" in found:
        found["date"] = _iso_date(found["date"])
    return {key: value for key, value in found.items() if value}


def _iso_date(value: str) -> str | None:
    try:
        return datetime.fromisoformat(value).date().isoformat()
    except ValueError:
        return None
