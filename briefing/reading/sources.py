"""Resolving what the user names (a path, an http(s) URL, `-`) into source documents.

All bytes enter here: size caps, binary detection, decompression and decoding happen once,
then the content is dispatched to the feed, HTML, Markdown or plain-text reader.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import sys
import urllib.parse
import zlib
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import BriefingError
from briefing.reading.document import SourceDocument
from briefing.reading.plaintext import read_markdown, read_plain_text
from briefing.reading.sniffing import looks_like_feed
from briefing.text import clean_line

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
MAX_BYTES_VARIABLE = "BRIEFING_MAX_BYTES"
_LARGEST_CAP = 2**62  # a larger cap is no cap, and would not fit the sizes of reads
_READ_CHUNK = 1 << 20

_BINARY_SIGNATURES = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive",
    b"\x7fELF": "an executable",
    b"BZh": "a bzip2 archive",
    b"\xfd7zXZ": "an xz archive",
}
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|div|p)\b", re.I | re.S)
# Wide encodings by their byte-order mark (UTF-32 first: its little-endian mark starts with UTF-16's).
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SNIFF_BYTES = 8192
JSON_LINES_CHECKED = 5  # lines of a JSON Lines input looked at to tell it from text
_TEXT_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_XML_DECLARATION = re.compile(rb"^(?:\xef\xbb\xbf)?\s*<\?xml\b[^>]*\?>\s*")  # XHTML pages have one too
_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
_MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}


@dataclass
class Payload:
    """Raw bytes with what is known about them from where they came."""

    data: bytes
    name: str
    url: str | None = None
    content_type: str | None = None
    charset: str | None = None
    etag: str | None = None  # validators for a later conditional request
    modified: str | None = None
    not_modified: bool = False  # a 304 answer to a conditional request: no data
    base: str | None = None  # a local file's own URL, which a feed's relative links and ids resolve against


MAX_GZIP_MEMBERS = 1000  # a file joined from gzip parts has a few; a server sending thousands is hostile
_OTHER_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:(?://|[^/\\])")  # "ftp://x", "javascript:x"; not "C:\\x"


def max_input_bytes() -> int:
    """The size cap for one input: BRIEFING_MAX_BYTES (a whole number of bytes), or 20 MB."""
    configured = os.environ.get(MAX_BYTES_VARIABLE, "").strip()
    if not configured:
        return DEFAULT_MAX_BYTES
    if not configured.isdigit() or int(configured) == 0:
        raise BriefingError(f"{MAX_BYTES_VARIABLE}={clean_line(configured)!r}: not a number of bytes (unset it for the default, 20 MB)")
    return min(int(configured), _LARGEST_CAP)


def is_url(spec: str) -> bool:
    return spec.lower().startswith(("http://", "https://"))


def read_source(spec: str) -> list[SourceDocument]:
    """Every article in the input named by `spec`: one for a page or file, one per feed entry."""
    limit = max_input_bytes()
    if spec == "-":
        payload = Payload(_read_capped(sys.stdin.buffer, limit, "standard input"), "-")
    else:
        payload = read_payload(spec, limit)
    return parse_payload(payload, limit)


def parse_payload(payload: Payload, limit: int) -> list[SourceDocument]:
    data = _decompress(payload, limit)
    _reject_binary(data, payload.name)
    # The feed and HTML readers (feedparser, lxml) are imported only for the inputs that need them,
    # which keeps them out of the start-up of `briefing analyze` on a text file.
    if looks_like_feed(data):
        from briefing.reading.feeds import read_feed

        return read_feed(data, payload.name, feed_url=payload.url or payload.base)
    charset = payload.charset
    wide = _wide_encoding(data)
    if wide:  # read as UTF-8 from here on, so that the HTML sniffing below sees the markup
        data, charset = data.decode(wide, errors="replace").encode("utf-8"), "utf-8"
    _reject_json(data, payload.name)
    if _XML_DECLARATION.match(data) and not _HTML_START.match(_XML_DECLARATION.sub(b"", data[:4096], count=1)):
        raise BriefingError(f"{payload.name}: XML that is not a feed (no RSS, Atom or RDF root element), not an article")
    suffix = Path(payload.name.split("?")[0]).suffix.lower()
    if suffix == ".gz":
        suffix = Path(payload.name[:-3]).suffix.lower()
    is_html = suffix in _HTML_SUFFIXES or "html" in (payload.content_type or "") or _HTML_START.match(data[:4096])
    if is_html:
        from briefing.reading.html import decode_html, read_html

        return [read_html(decode_html(data, charset), payload.name, url=payload.url)]
    text = decode_text(data, payload.name, charset)
    if suffix in _MARKDOWN_SUFFIXES or "markdown" in (payload.content_type or ""):
        return [read_markdown(text, payload.name)]
    return [read_plain_text(text, payload.name)]


def read_payload(spec: str, limit: int, timeout: float | None = None) -> Payload:
    """The bytes of an http(s) URL, a file:// URL or a path, with the size cap (and timeout);
    any other URL scheme (ftp:, javascript:) is refused."""
    if is_url(spec):
        from briefing.reading.fetching import fetch  # the HTTP stack: start-up time a local file need not pay

        return fetch(spec, limit, timeout)
    if spec.lower().startswith("file:"):
        return _read_file(file_url_path(spec), limit)
    if _OTHER_URL.match(spec) and not Path(spec).expanduser().exists():
        raise BriefingError(f"{spec}: refused (only http and https URLs are fetched, and file: URLs read)")
    return _read_file(spec, limit)


def file_url_path(url: str) -> str:
    """The local path of a file:// URL (BriefingError for a remote host)."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() != "file" or parts.netloc not in ("", "localhost"):
        raise BriefingError(f"{url}: not a local file URL")
    if os.name == "nt":
        from urllib.request import url2pathname  # (only here: urllib.request costs start-up time)

        return url2pathname(parts.path)
    return os.fsdecode(urllib.parse.unquote_to_bytes(parts.path))  # a name that is no UTF-8 ("%FF") too


def unpack(payload: Payload, limit: int, check: bool = True) -> bytes:
    """The payload's bytes, decompressed (within the cap) and, with `check`, refused when empty
    or binary."""
    data = _decompress(payload, limit)
    if check:
        _reject_binary(data, payload.name)
    return data


def file_base_url(path: str | Path) -> str:
    """The URL a local feed's relative links and ids resolve against, the same for `add` and
    `refresh` (else a refresh would not know the entries an `add` stored): "file://localhost/x",
    which feedparser keeps whole, where it folds "file:///x" into "file://x"."""
    return "file://localhost" + urllib.parse.urlsplit(Path(path).expanduser().resolve().as_uri()).path


def _read_file(spec: str, limit: int) -> Payload:
    path = Path(spec).expanduser()
    try:
        if path.is_dir():
            raise BriefingError(f"{spec}: is a directory, not an article")
        # the name as text that can be stored and printed, though the file's is not UTF-8
        name = spec.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        with path.open("rb") as handle:
            return Payload(_read_capped(handle, limit, name), name, base=file_base_url(path))
    except FileNotFoundError:
        raise BriefingError(f"{spec}: no such file") from None
    except PermissionError:
        raise BriefingError(f"{spec}: permission denied") from None
    except OSError as error:
        raise BriefingError(f"{spec}: cannot read ({error.strerror or error})") from None


def _read_capped(stream, limit: int, name: str) -> bytes:  # type: ignore[no-untyped-def]
    """The stream's bytes within the cap, read a chunk at a time: one read of the cap's size
    would reserve that much memory first, whatever the input's size."""
    chunks: list[bytes] = []
    size = 0
    while size <= limit and (chunk := stream.read(min(_READ_CHUNK, limit + 1 - size))):
        chunks.append(chunk)
        size += len(chunk)
    if size > limit:
        raise BriefingError(f"{name}: larger than the {limit:,}-byte limit (set {MAX_BYTES_VARIABLE} to raise it)")
    return b"".join(chunks)


def _decompress(payload: Payload, limit: int) -> bytes:
    """Gzip/deflate content is unpacked with the same cap, so a gzip bomb stops at the limit."""
    data = payload.data
    if not data.startswith(b"\x1f\x8b"):
        return data
    out = bytearray()
    members = 0
    while data:  # members one after another (`cat a.gz b.gz`), each read to its end
        members += 1
        if members > MAX_GZIP_MEMBERS:
            raise BriefingError(f"{payload.name}: gzip data of more than {MAX_GZIP_MEMBERS:,} parts")
        decompressor = zlib.decompressobj(wbits=zlib.MAX_WBITS | 16)
        try:
            out += decompressor.decompress(data, limit + 1 - len(out))
        except zlib.error:
            raise BriefingError(f"{payload.name}: corrupt gzip data") from None
        if len(out) > limit:
            raise BriefingError(f"{payload.name}: decompresses to more than the {limit:,}-byte limit")
        if not decompressor.eof:
            raise BriefingError(f"{payload.name}: the gzip data is cut short")
        data = decompressor.unused_data
        if data and not data.startswith(b"\x1f\x8b"):
            break  # trailing padding, as some tools write
    return bytes(out)


def _reject_binary(data: bytes, name: str) -> None:
    if not data.strip():
        raise BriefingError(f"{name}: empty input")
    for signature, description in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise BriefingError(f"{name}: {description}, not an article")
    if b"\x00" in data[:_SNIFF_BYTES] and _wide_encoding(data) is None:
        raise BriefingError(f"{name}: binary data, not an article")


def _wide_encoding(data: bytes) -> str | None:
    """The codec of UTF-32 or UTF-16 text, else None.

    Text with a byte-order mark, or UTF-16 without one when it starts with an ASCII character
    (as a feed starts with "<"), its zero bytes (the high bytes of characters below U+0100:
    markup, spaces, digits) fall on one side only of each pair and make at least one character
    in eight, and its start decodes to text without control characters. Binary data has zero
    bytes on both sides, or decodes to controls or broken surrogate pairs."""
    for bom, codec in _WIDE_BOMS:
        if data.startswith(bom):
            return codec
    head = data[:_SNIFF_BYTES]
    head = head[: len(head) // 2 * 2]
    zeros_even, zeros_odd = head[0::2].count(0), head[1::2].count(0)
    if (zeros_even == 0) == (zeros_odd == 0) or max(zeros_even, zeros_odd) * 8 < len(head) // 2:
        return None
    codec = "utf-16-le" if zeros_even == 0 else "utf-16-be"
    try:  # incremental: a surrogate pair cut at the end of the head is no error
        text = codecs.getincrementaldecoder(codec)().decode(head)
    except UnicodeDecodeError:
        return None
    return codec if text[:1].isascii() and not _TEXT_CONTROLS.search(text) else None


def _reject_json(data: bytes, name: str) -> None:
    """JSON (an API answer, a library export) or JSON Lines (`analyze --format jsonl`) is data:
    never analysed as an article."""
    if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] not in (b"{", b"["):
        return
    try:
        json.loads(data)
    except ValueError:  # text that merely starts with a bracket, or one JSON value a line
        lines = [line for line in data.splitlines() if line.strip()]
        if not all(line.lstrip()[:1] in (b"{", b"[") and _is_json(line) for line in lines[:JSON_LINES_CHECKED]):
            return
    raise BriefingError(f"{name}: JSON data, not an article")


def _is_json(line: bytes) -> bool:
    try:
        json.loads(line)
    except ValueError:
        return False
    return True


def decode_text(data: bytes, name: str, declared: str | None = None) -> str:
    """UTF-8 (with or without BOM), a declared charset, else windows-1252 (UTF-16 and UTF-32
    are transcoded to UTF-8 before)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    candidates = [declared] if declared else []
    for encoding in [*candidates, "utf-8", "cp1252"]:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    raise BriefingError(f"{name}: not UTF-8 text and no known encoding fits")
