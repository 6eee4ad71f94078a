"""Fetching an http(s) URL: a timeout over the whole exchange, a size cap, conditional requests.

Its own module so that reading a local file never imports the HTTP stack (urllib, ssl, email),
which costs `briefing analyze` start-up time.
"""

from __future__ import annotations

import base64
import functools
import http.client
import io
import queue
import re
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

from briefing import __version__
from briefing.errors import BriefingError
from briefing.reading.document import without_password
from briefing.reading.sources import MAX_BYTES_VARIABLE, Payload
from briefing.text import clean_line

FETCH_TIMEOUT_SECONDS = 20.0
_URL_SPACE_OR_CONTROL = re.compile("[\x00-\x20\x7f-\x9f]")
_URL_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_NON_ASCII = re.compile("[^\x00-\x7f]+")


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
    shown = without_password(url)  # what error messages say
    conditional = {}
    if etag:
        conditional["If-None-Match"] = etag
    if modified:
        conditional["If-Modified-Since"] = modified
    request = urllib.request.Request(
        target,
        headers={"User-Agent": f"briefing/{__version__}", "Accept-Encoding": "gzip", **_basic_authorization(url), **conditional},
    )
    deadline = time.monotonic() + timeout
    opener = urllib.request.build_opener(_DeadlineHTTPHandler(deadline), _DeadlineHTTPSHandler(deadline), _WebRedirects())
    try:
        with opener.open(request) as response:
            data = _read_body(response, limit, shown)
            content_type = response.headers.get_content_type()
            charset = response.headers.get_content_charset()
            final_url = response.geturl()
            validators = response.headers.get("ETag"), response.headers.get("Last-Modified")
    except urllib.error.HTTPError as error:
        if error.code == 304 and conditional:
            return Payload(b"", url, url=url, etag=error.headers.get("ETag") or etag,
                           modified=error.headers.get("Last-Modified") or modified, not_modified=True)
        raise BriefingError(f"{shown}: HTTP {error.code} {clean_line(str(error.reason))}") from None
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError):
            raise BriefingError(f"{shown}: timed out after {timeout:g} s") from None
        raise BriefingError(f"{shown}: cannot fetch ({clean_line(str(error.reason))}); are you offline?") from None
    except TimeoutError:
        raise BriefingError(f"{shown}: timed out after {timeout:g} s") from None
    except OSError as error:
        raise BriefingError(f"{shown}: cannot fetch ({error})") from None
    except http.client.HTTPException as error:  # a malformed or truncated answer
        raise BriefingError(f"{shown}: cannot fetch (a broken HTTP answer: {type(error).__name__})") from None
    except ValueError as error:  # the URL itself was checked: a redirect's cannot be requested
        raise BriefingError(f"{shown}: cannot fetch (redirected to a bad URL: {clean_line(str(error))})") from None
    # The URL as given, unless the server redirected: an IRI stays readable.
    return Payload(data, url, url=url if final_url == target else final_url, content_type=content_type,
                   charset=charset, etag=validators[0], modified=validators[1])


def _request_url(url: str) -> str:
    """An http(s) URL as a request can carry it: the host in IDNA and other non-ASCII characters
    percent-encoded as UTF-8, as browsers do with an IRI such as http://example.com/zürich.

    BriefingError for what no request can carry: a space or control character, a malformed
    host or port."""
    shown = without_password(url)
    if _URL_SPACE_OR_CONTROL.search(url):
        visible = _URL_CONTROL.sub(lambda match: f"\\x{ord(match.group()):02x}", shown)
        raise BriefingError(f"{visible}: not a valid URL (it contains a space or a control character)")
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port  # ValueError unless a number from 0 to 65535
    except ValueError as error:
        raise BriefingError(f"{shown}: not a valid URL ({error})") from None
    if not parts.hostname:
        raise BriefingError(f"{shown}: not a valid URL (no host)")
    try:
        host = parts.hostname.encode("idna").decode("ascii")
    except UnicodeError:
        raise BriefingError(f"{shown}: not a valid URL (bad host name {parts.hostname!r})") from None
    netloc = parts.netloc.rpartition("@")[2]  # a user name and password go in a header: _basic_authorization
    if not netloc.isascii():
        netloc = (f"[{host}]" if ":" in host else host) + ("" if port is None else f":{port}")
    start = len(parts.scheme) + len("://")
    rest = url[start + len(parts.netloc):]
    try:
        return url[:start] + netloc + _percent_encoded(rest)
    except UnicodeError:  # a lone surrogate: undecodable bytes of a command-line argument
        raise BriefingError(f"{clean_line(shown)}: not a valid URL (not UTF-8)") from None


def _basic_authorization(url: str) -> dict[str, str]:
    """The Authorization header of a user name and password given in the URL
    (https://user:token@example.com/private.rss), as browsers, curl and feed readers send it."""
    parts = urllib.parse.urlsplit(url)
    if parts.username is None:
        return {}
    pair = f"{urllib.parse.unquote(parts.username)}:{urllib.parse.unquote(parts.password or '')}"
    return {"Authorization": "Basic " + base64.b64encode(pair.encode("utf-8")).decode("ascii")}


def _percent_encoded(text: str) -> str:
    return _NON_ASCII.sub(lambda match: urllib.parse.quote(match.group(), safe="", errors="strict"), text)


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
        redirected = super().redirect_request(req, fp, code, msg, headers, newurl)
        if redirected is not None and (redirected.host != req.host or redirected.type != req.type):
            redirected.remove_header("Authorization")  # the user's password goes to the host it was given for only
        return redirected


class _DeadlineHTTPHandler(_DeadlineHandler, urllib.request.HTTPHandler):
    pass


class _DeadlineHTTPSHandler(_DeadlineHandler, urllib.request.HTTPSHandler):
    pass
