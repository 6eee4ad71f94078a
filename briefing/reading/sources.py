"""Resolving what the user names (a path, an http(s) URL, `-`) into source documents.

All bytes enter here: size caps, binary detection, decompression and decoding happen once,
then the content is dispatched to the feed, HTML, Markdown or plain-text reader.
"""

from __future__ import annotations

import codecs
import functools
import http.client
import io
import json
import os
import queue
import re
import socket
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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
_URL_SPACE_OR_CONTROL = re.compile("[\x00-\x20\x7f-\x9f]")
_URL_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_NON_ASCII = re.compile("[^\x00-\x7f]+")
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
    return int(configured)


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
    if looks_like_feed(data):
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
        return [read_html(decode_html(data, charset), payload.name, url=payload.url)]
    text = decode_text(data, payload.name, charset)
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
    304 answer gives an empty Payload with `not_modified` set. The timeout bounds the whole
    exchange: connecting, and every read of the answer gets only the time left, so a server
    trickling bytes is cut off too."""
    timeout = timeout or FETCH_TIMEOUT_SECONDS
    target = _request_url(url)
    conditional = {}
    if etag:
        conditional["If-None-Match"] = etag
    if modified:
        conditional["If-Modified-Since"] = modified
    request = urllib.request.Request(
        target, headers={"User-Agent": f"briefing/{__version__}", "Accept-Encoding": "gzip", **conditional}
    )
    deadline = time.monotonic() + timeout
    opener = urllib.request.build_opener(_DeadlineHTTPHandler(deadline), _DeadlineHTTPSHandler(deadline), _WebRedirects())
    try:
        with opener.open(request) as response:
            data = _read_body(response, limit, url)
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
    except http.client.HTTPException as error:  # a malformed or truncated answer
        raise BriefingError(f"{url}: cannot fetch (a broken HTTP answer: {type(error).__name__})") from None
    except ValueError as error:  # the URL itself was checked: a redirect's cannot be requested
        raise BriefingError(f"{url}: cannot fetch (redirected to a bad URL: {clean_line(str(error))})") from None
    # The URL as given, unless the server redirected: an IRI stays readable.
    return Payload(data, url, url=url if final_url == target else final_url, content_type=content_type,
                   charset=charset, etag=validators[0], modified=validators[1])


def _request_url(url: str) -> str:
    """An http(s) URL as a request can carry it: the host in IDNA and other non-ASCII characters
    percent-encoded as UTF-8, as browsers do with an IRI such as http://example.com/zürich.

    BriefingError for what no request can carry: a space or control character, a malformed
    host or port."""
    if _URL_SPACE_OR_CONTROL.search(url):
        visible = _URL_CONTROL.sub(lambda match: f"\\x{ord(match.group()):02x}", url)
        raise BriefingError(f"{visible}: not a valid URL (it contains a space or a control character)")
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port  # ValueError unless a number from 0 to 65535
    except ValueError as error:
        raise BriefingError(f"{url}: not a valid URL ({error})") from None
    if not parts.hostname:
        raise BriefingError(f"{url}: not a valid URL (no host)")
    try:
        host = parts.hostname.encode("idna").decode("ascii")
    except UnicodeError:
        raise BriefingError(f"{url}: not a valid URL (bad host name {parts.hostname!r})") from None
    if url.isascii():
        return url
    netloc = parts.netloc
    if not netloc.isascii():
        userinfo, at, _ = netloc.rpartition("@")
        netloc = _percent_encoded(userinfo) + at + (f"[{host}]" if ":" in host else host)
        netloc += "" if port is None else f":{port}"
    start = len(parts.scheme) + len("://")
    try:
        return url[:start] + netloc + _percent_encoded(url[start + len(parts.netloc):])
    except UnicodeError:  # a lone surrogate: undecodable bytes of a command-line argument
        raise BriefingError(f"{clean_line(url)}: not a valid URL (not UTF-8)") from None


def _percent_encoded(text: str) -> str:
    return _NON_ASCII.sub(lambda match: urllib.parse.quote(match.group(), safe="", errors="strict"), text)


def read_payload(spec: str, limit: int, timeout: float | None = None) -> Payload:
    """The bytes of an http(s) URL, a file:// URL or a path, with the size cap (and timeout);
    any other URL scheme (ftp:, javascript:) is refused."""
    if is_url(spec):
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
        return urllib.request.url2pathname(parts.path)
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


def _read_body(response: http.client.HTTPResponse, limit: int, name: str) -> bytes:
    """The answer's body within the cap, read as it arrives (the deadline is kept by each read)."""
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read1(min(65536, limit + 1 - size)):
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            raise BriefingError(f"{name}: larger than the {limit:,}-byte limit (set {MAX_BYTES_VARIABLE} to raise it)")
    if response.length:  # the connection closed before the length the server announced
        raise BriefingError(f"{name}: the answer was cut short ({size:,} of {size + response.length:,} bytes)")
    return b"".join(chunks)


def _time_left(deadline: float) -> float:
    """Seconds left before the deadline; TimeoutError once it has passed."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError("timed out")
    return left


def _connect_before(deadline: float, address: tuple[str, int], timeout: Any = None, source_address: Any = None) -> socket.socket:
    """socket.create_connection, the host name looked up in the time left before the deadline
    too: no socket timeout bounds the lookup, and a silent DNS server held a refresh for good."""
    host, port = address
    answer: queue.SimpleQueue[Any] = queue.SimpleQueue()

    def look_up() -> None:
        try:
            answer.put(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except Exception as error:  # raised in the caller's thread: OSError, or UnicodeError for a bad name
            answer.put(error)

    threading.Thread(target=look_up, name="briefing-dns", daemon=True).start()  # left behind if it hangs
    try:
        found = answer.get(timeout=_time_left(deadline))
    except queue.Empty:
        raise TimeoutError("timed out") from None
    if isinstance(found, Exception):
        raise found
    error: OSError | None = None
    for _family, _type, _proto, _name, sockaddr in found:
        try:
            return socket.create_connection(sockaddr[:2], _time_left(deadline), source_address)
        except OSError as failed:  # the next address (IPv4 after IPv6)
            error = failed
    raise error or OSError(f"no address for {host}")


class _DeadlineReader(io.RawIOBase):
    """A connection's socket, each read of which may only take the time left before a deadline
    (a socket timeout alone starts afresh with every byte a server trickles)."""

    def __init__(self, sock: socket.socket, deadline: float) -> None:
        super().__init__()
        self._sock = sock
        self._stream = sock.makefile("rb", buffering=0)  # holds the socket open, as HTTPResponse's own does
        self._deadline = deadline

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int | None:
        self._sock.settimeout(_time_left(self._deadline))
        return self._stream.readinto(buffer)

    def close(self) -> None:
        self._stream.close()
        super().close()


class _DeadlineResponse(http.client.HTTPResponse):
    """An HTTP answer whose status line, headers and body are read before the deadline."""

    def __init__(self, sock: socket.socket, *args: Any, deadline: float, **kwargs: Any) -> None:
        super().__init__(sock, *args, **kwargs)
        self.fp.close()
        self.fp = io.BufferedReader(_DeadlineReader(sock, deadline))


class _DeadlineHandler(urllib.request.AbstractHTTPHandler):
    """Opens connections (the first and any redirect's) that connect in the time left before the
    deadline and read their answers as _DeadlineResponse."""

    def __init__(self, deadline: float) -> None:
        super().__init__()
        self.deadline = deadline

    def do_open(self, http_class: Any, req: urllib.request.Request, **http_conn_args: Any) -> http.client.HTTPResponse:
        def connection(host: str, **options: Any) -> http.client.HTTPConnection:
            opened: http.client.HTTPConnection = http_class(host, **{**options, "timeout": _time_left(self.deadline)})
            opened.response_class = functools.partial(_DeadlineResponse, deadline=self.deadline)  # type: ignore[assignment]
            opened._create_connection = functools.partial(_connect_before, self.deadline)  # type: ignore[attr-defined]
            return opened

        return super().do_open(connection, req, **http_conn_args)


class _WebRedirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects to http and https only: urllib would follow one to ftp:, where no
    deadline holds (a silent server hung the fetch for good)."""

    def redirect_request(self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: Any, newurl: str) -> urllib.request.Request | None:
        scheme = urllib.parse.urlsplit(newurl).scheme.lower()
        if scheme not in ("http", "https"):
            raise ValueError(f"only http and https are followed, not {clean_line(scheme)}:")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class _DeadlineHTTPHandler(_DeadlineHandler, urllib.request.HTTPHandler):
    pass


class _DeadlineHTTPSHandler(_DeadlineHandler, urllib.request.HTTPSHandler):
    pass


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
