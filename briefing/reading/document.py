"""What every reader produces: a source document, before normalisation and analysis."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit


@dataclass
class RawSection:
    """A heading (or None for untitled text) and the paragraphs under it, as read."""

    heading: str | None
    paragraphs: list[str] = field(default_factory=list)


@dataclass
class SourceDocument:
    """One article as read from a file, page, feed entry or URL; text not yet normalised."""

    source: str
    sections: list[RawSection]
    title: str | None = None
    byline: str | None = None
    published: str | None = None
    url: str | None = None
    feed_url: str | None = None
    feed_title: str | None = None
    entry_id: str | None = None
    from_feed: bool = False  # an entry of a feed (which the reader may subscribe to)


def without_password(url: str) -> str:
    """The URL as messages and listings show it: a password in it (a private feed's
    `https://reader:token@example.com/rss`) written as ***, even one a URL cannot hold ("/" in it)."""
    found = _password_span(url)
    return url if found is None else url[: found[1]] + "***" + url[found[2] :]


def without_credentials(url: str) -> str:
    """The URL without the user name and password in it, if any."""
    found = _password_span(url)
    if found is not None:  # (also one a URL cannot hold: "https://reader:ab/cd@host")
        return url[: found[0]] + url[found[2] + 1 :]
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2])) if "@" in parts.netloc else url


def _password_span(url: str) -> tuple[int, int, int] | None:
    """Where the user name starts, the password starts and the "@" after it stands in `url`, if
    it holds a password: as urlsplit reads it, else a user, ":", then up to the first "@"."""
    try:
        parts = urlsplit(url)
        password = parts.password
    except ValueError:
        password = None
    if password is not None and parts.netloc in url:
        user = url.index(parts.netloc)
        at = user + parts.netloc.rindex("@")
        return user, url.index(":", user, at) + 1, at
    found = _USER_AND_PASSWORD.match(url)
    if found is None or (_looks_like_a_host(found["user"]) and _PORT_AND_PATH.match(found["password"])):
        return None  # "https://example.com:8443/@writer.rss": a port, no password
    return found.start("user"), found.start("password"), found.end() - 1


# "https://reader:ab/cd@host": a user, ":", then up to the first "@" (a password with "/" in it
# ends the URL's host early, and one with a newline is dropped by urlsplit)
_USER_AND_PASSWORD = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://(?P<user>[^/@\[\]:?#]+):(?P<password>[^@]*)@")
_PORT_AND_PATH = re.compile(r"\d+(?:[/?#]|$)")


def _looks_like_a_host(word: str) -> bool:
    return "." in word or word.lower() == "localhost"


def names_one_article(url: str) -> bool:
    """A URL with a path or a query (`/?p=123`) names one article; a site's home page (which some
    pages and feed entries give as their link) names none, and must not make one article replace
    another."""
    parts = urlsplit(url)
    path = parts.path.strip("/")
    return bool(parts.query) or (bool(path) and path.lower() not in ("index.html", "index.htm", "home", "news"))
