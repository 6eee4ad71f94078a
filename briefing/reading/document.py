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
    if password is not None:
        userinfo, _at, host = parts.netloc.rpartition("@")
        return url.replace(parts.netloc, f"{userinfo.partition(':')[0]}:***@{host}", 1)
    return _PASSWORD_THAT_BREAKS_THE_URL.sub(r"\1***@", url, count=1)


def without_credentials(url: str) -> str:
    """The URL without the user name and password in it, if any."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2])) if "@" in parts.netloc else url


# "https://reader:ab/cd@host": a user, then after ":" no port ("host:8443/"), up to the first "@"
_PASSWORD_THAT_BREAKS_THE_URL = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*://[^/@\[\]:?#]+:)(?!\d*(?:[/?#]|$))[^@]*@")


def names_one_article(url: str) -> bool:
    """A URL with a path or a query (`/?p=123`) names one article; a site's home page (which some
    pages and feed entries give as their link) names none, and must not make one article replace
    another."""
    parts = urlsplit(url)
    path = parts.path.strip("/")
    return bool(parts.query) or (bool(path) and path.lower() not in ("index.html", "index.htm", "home", "news"))
