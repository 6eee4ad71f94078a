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
    try:
        parts = urlsplit(url)
        password = parts.password
    except ValueError:
        password = None
    if password is not None and parts.netloc in url:
        userinfo, _at, host = parts.netloc.rpartition("@")
        return url.replace(parts.netloc, f"{userinfo.partition(':')[0]}:***@{host}", 1)
    found = _USER_AND_PASSWORD.match(url)
    if found is None or (_looks_like_a_host(found.group(2)) and _PORT_AND_PATH.match(found.group(3))):
        return url  # "https://example.com:8443/@writer.rss": a port, no password
    return found.group(1) + ":***@" + url[found.end() :]


# "https://reader:ab/cd@host": a user, ":", then up to the first "@" (a password with "/" in it
# ends the URL's host early, and one with a newline is dropped by urlsplit)
_USER_AND_PASSWORD = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*://([^/@\[\]:?#]+)):([^@]*)@")
_PORT_AND_PATH = re.compile(r"\d+(?:[/?#]|$)")


def _looks_like_a_host(word: str) -> bool:
    return "." in word or word.lower() == "localhost"


def without_credentials(url: str) -> str:
    """The URL without the user name and password in it, if any."""
    masked = without_password(url)
    if masked != url:  # (also one a URL cannot hold: "https://reader:ab/cd@host")
        return masked[: masked.index("://") + 3] + masked[masked.index(":***@") + 5 :]
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2])) if "@" in parts.netloc else url


def names_one_article(url: str) -> bool:
    """A URL with a path or a query (`/?p=123`) names one article; a site's home page (which some
    pages and feed entries give as their link) names none, and must not make one article replace
    another."""
    parts = urlsplit(url)
    path = parts.path.strip("/")
    return bool(parts.query) or (bool(path) and path.lower() not in ("index.html", "index.htm", "home", "news"))
