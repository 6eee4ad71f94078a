"""What every reader produces: a source document, before normalisation and analysis."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit


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
    authority = url.find("://") + 3
    if authority < 3:
        return url
    try:
        netloc = urlsplit(url).netloc
    except ValueError:
        netloc = ""
    userinfo_end = authority + netloc.rfind("@") if "@" in netloc else url.find("@", authority)
    user_end = url.find(":", authority, userinfo_end) if userinfo_end > 0 else -1
    return url if user_end < 0 else url[: user_end + 1] + "***" + url[userinfo_end:]


def names_one_article(url: str) -> bool:
    """A URL with a path or a query (`/?p=123`) names one article; a site's home page (which some
    pages and feed entries give as their link) names none, and must not make one article replace
    another."""
    parts = urlsplit(url)
    path = parts.path.strip("/")
    return bool(parts.query) or (bool(path) and path.lower() not in ("index.html", "index.htm", "home", "news"))
