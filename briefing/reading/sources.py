"""Resolving what the user names (a path, an http(s) URL, `-`) into source documents.

All bytes enter here: size caps, binary detection, decompression and decoding happen once,
then the content is dispatched to the feed, HTML, Markdown or plain-text reader.
"""

from __future__ import annotations

import os
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from dataclasses import dataclass
from pathlib import Path

from briefing import __version__
from briefing.errors import BriefingError
from briefing.reading.document import SourceDocument
from briefing.reading.feeds import looks_like_feed, read_feed
from briefing.reading.html import decode_html, read_html
from briefing.reading.plaintext import read_markdown, read_plain_text
from briefing.text import clean_line

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
FETCH_TIMEOUT_SECONDS = 20.0
MAX_BYTES_VARIABLE = "BRIEFING_MAX_BYTES"

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


def max_input_bytes() -> int:
    """The size cap for one input: BRIEFING_MAX_BYTES, or 20 MB."""
    configured = os.environ.get(MAX_BYTES_VARIABLE, "")
    return int(configured) if configured.isdigit() and int(configured) > 0 else DEFAULT_MAX_BYTES


def is_url(spec: str) -> bool:
    return spec.lower().startswith(("http://", "https://"))


def read_source(spec: str) -> list[SourceDocument]:
    """Every article in the input named by `spec`: one for a page or file, one per feed entry."""
    limit = max_input_bytes()
    if spec == "-":
        payload = Payload(_read_capped(sys.stdin.buffer, limit, "standard input"), "-")
    elif is_url(spec):
        payload = fetch(spec, limit)
    else:
        payload = _read_file(spec, limit)
    return parse_payload(payload, limit)


def parse_payload(payload: Payload, limit: int) -> list[SourceDocument]:
    data = _decompress(payload, limit)
    _reject_binary(data, payload.name)
    if looks_like_feed(data):
        return read_feed(data, payload.name, feed_url=payload.url)
    suffix = Path(payload.name.split("?")[0]).suffix.lower()
    if suffix == ".gz":
        suffix = Path(payload.name[:-3]).suffix.lower()
    is_html = suffix in _HTML_SUFFIXES or "html" in (payload.content_type or "") or _HTML_START.match(data[:4096])
    if is_html:
        return [read_html(decode_html(data, payload.charset), payload.name, url=payload.url)]
    text = decode_text(data, payload.name, payload.charset)
    if suffix in _MARKDOWN_SUFFIXES or "markdown" in (payload.content_type or ""):
        return [read_markdown(text, payload.name)]
    return [read_plain_text(text, payload.name)]


def fetch(
    url: str,
    limit: int,
    timeout: float | None = None,
    etag: str | None = None,
    modified: str | None = None,
) -> Payload:
    """GET an http(s) URL with a timeout and a size cap; errors become one-line BriefingErrors.

    With `etag`/`modified` the request is conditional (If-None-Match / If-Modified-Since) and a
    304 answer gives an empty Payload with `not_modified` set. The timeout bounds each network
    operation and the whole download (a server trickling bytes is cut off too)."""
    timeout = timeout or FETCH_TIMEOUT_SECONDS
    conditional = {}
    if etag:
        conditional["If-None-Match"] = etag
    if modified:
        conditional["If-Modified-Since"] = modified
    request = urllib.request.Request(
        url, headers={"User-Agent": f"briefing/{__version__}", "Accept-Encoding": "gzip", **conditional}
    )
    deadline = time.monotonic() + timeout
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = _read_capped_until(response, limit, url, deadline, timeout)
            content_type = response.headers.get_content_type()
            charset = response.headers.get_content_charset()
            final_url = response.geturl()
            validators = response.headers.get("ETag"), response.headers.get("Last-Modified")
    except urllib.error.HTTPError as error:
        if error.code == 304 and conditional:
            return Payload(b"", url, url=url, etag=error.headers.get("ETag") or etag,
                           modified=error.headers.get("Last-Modified") or modified, not_modified=True)
        raise BriefingError(f"{url}: HTTP {error.code} {clean_line(str(error.reason))}") from None
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError):
            raise BriefingError(f"{url}: timed out after {timeout:g} s") from None
        raise BriefingError(f"{url}: cannot fetch ({clean_line(str(error.reason))}); are you offline?") from None
    except TimeoutError:
        raise BriefingError(f"{url}: timed out after {timeout:g} s") from None
    except OSError as error:
        raise BriefingError(f"{url}: cannot fetch ({error})") from None
    return Payload(data, url, url=final_url, content_type=content_type, charset=charset,
                   etag=validators[0], modified=validators[1])


def read_payload(spec: str, limit: int, timeout: float | None = None) -> Payload:
    """The bytes of an http(s) URL, a file:// URL or a path, with the size cap (and timeout)."""
    if is_url(spec):
        return fetch(spec, limit, timeout)
    return _read_file(file_url_path(spec) if spec.lower().startswith("file:") else spec, limit)


def file_url_path(url: str) -> str:
    """The local path of a file:// URL (BriefingError for a remote host)."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() != "file" or parts.netloc not in ("", "localhost"):
        raise BriefingError(f"{url}: not a local file URL")
    return urllib.request.url2pathname(parts.path)


def unpack(payload: Payload, limit: int, check: bool = True) -> bytes:
    """The payload's bytes, decompressed (within the cap) and, with `check`, refused when empty
    or binary."""
    data = _decompress(payload, limit)
    if check:
        _reject_binary(data, payload.name)
    return data


def _read_file(spec: str, limit: int) -> Payload:
    path = Path(spec).expanduser()
    try:
        if path.is_dir():
            raise BriefingError(f"{spec}: is a directory, not an article")
        with path.open("rb") as handle:
            return Payload(_read_capped(handle, limit, spec), spec)
    except FileNotFoundError:
        raise BriefingError(f"{spec}: no such file") from None
    except PermissionError:
        raise BriefingError(f"{spec}: permission denied") from None
    except OSError as error:
        raise BriefingError(f"{spec}: cannot read ({error.strerror or error})") from None


def _read_capped_until(stream, limit: int, name: str, deadline: float, timeout: float) -> bytes:  # type: ignore[no-untyped-def]
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = stream.read(min(65536, limit + 1 - size))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            raise BriefingError(f"{name}: larger than the {limit:,}-byte limit (set {MAX_BYTES_VARIABLE} to raise it)")
        if time.monotonic() > deadline:
            raise BriefingError(f"{name}: timed out after {timeout:g} s")


def _read_capped(stream, limit: int, name: str) -> bytes:  # type: ignore[no-untyped-def]
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise BriefingError(f"{name}: larger than the {limit:,}-byte limit (set {MAX_BYTES_VARIABLE} to raise it)")
    return data


def _decompress(payload: Payload, limit: int) -> bytes:
    """Gzip/deflate content is unpacked with the same cap, so a gzip bomb stops at the limit."""
    data = payload.data
    if not data.startswith(b"\x1f\x8b"):
        return data
    decompressor = zlib.decompressobj(wbits=zlib.MAX_WBITS | 16)
    try:
        out = decompressor.decompress(data, limit + 1)
    except zlib.error:
        raise BriefingError(f"{payload.name}: corrupt gzip data") from None
    if len(out) > limit:
        raise BriefingError(f"{payload.name}: decompresses to more than the {limit:,}-byte limit")
    return out


def _reject_binary(data: bytes, name: str) -> None:
    if not data.strip():
        raise BriefingError(f"{name}: empty input")
    for signature, description in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise BriefingError(f"{name}: {description}, not an article")
    head = data[:8192]
    is_utf16 = head.startswith((b"\xff\xfe", b"\xfe\xff"))
    if b"\x00" in head and not is_utf16:
        raise BriefingError(f"{name}: binary data, not an article")


def decode_text(data: bytes, name: str, declared: str | None = None) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, a declared charset, else windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    candidates = [declared] if declared else []
    for encoding in [*candidates, "utf-8", "cp1252"]:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    raise BriefingError(f"{name}: not UTF-8 text and no known encoding fits")
