"""Subscriptions: refreshing every subscribed feed, and OPML import and export.

A feed is identified by its URL: an http(s) URL as given, a local file by the file:// URL of its
absolute path (`feed_location`). `refresh_feeds` fetches feeds concurrently (a bounded pool of
threads doing only I/O and parsing), and analyses and stores the entries on the calling thread,
one short transaction per article, on a connection of its own: it can run on a worker thread of
the app, or from cron while the app is open.

An entry is told apart by its id within its feed (unchanged when the feed gives it as it did
last time, updated when its text changed), then by its link, then by the hash of its normalised
text (a duplicate of a briefing already in the library: skipped). An entry that holds only a
teaser is replaced by its full article when its link can be fetched (http and https links, and
file links of a local feed), else stored as it is and marked as a teaser.
"""

from __future__ import annotations

import hashlib
import html.entities
import os
import re
import sqlite3
import threading
import urllib.parse
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from email.utils import formatdate
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing.analysis.model import Article
from briefing.errors import BriefingError
from briefing.reading.document import names_one_article, without_credentials, without_password
from briefing.text import clean_line

if TYPE_CHECKING:
    from briefing.store.feeds import EntryState

DEFAULT_WORKERS = 4
TEASER_WORDS = 80  # an entry with fewer words (and a link) is taken for a teaser
TEASER_OVERLAP = 0.5  # the share of a teaser's words its full article must hold (see _tells_the_same_story)
_TEASER_END = re.compile(
    r"(?:…|\.\.\.|\[\s*(?:…|\.\.\.)\s*\]|\b(?:read more|continue reading|read the (?:full|rest)\b[^.!?]{0,30}"
    r"|more\s*[»→])|[»→])\W{0,3}$",
    re.IGNORECASE,
)
_DOCTYPE = re.compile(rb"<!DOCTYPE(?:[^\[>]|\[.*?\])*>", re.DOTALL | re.IGNORECASE)
_ENTITY_REF = re.compile(rb"&([A-Za-z_][\w.-]*);")
_XML_ENTITIES = {b"amp", b"lt", b"gt", b"quot", b"apos"}
_CHARACTER_REF = re.compile(rb"&#(?:[xX]([0-9A-Fa-f]{1,8})|([0-9]{1,10}));")


# -- where a feed lives ---------------------------------------------------------------------


def feed_location(spec: str) -> str:
    """The URL that identifies a feed: http(s) URLs as given, files as file:// URLs of their
    absolute path. Other schemes are refused."""
    spec = spec.strip()
    scheme = urllib.parse.urlsplit(spec).scheme.lower()
    if scheme in ("http", "https"):
        if not urllib.parse.urlsplit(spec).netloc:
            raise BriefingError(f"{display(spec)}: not a URL (no host)")
        return _printable_url(spec)
    if scheme == "file":
        from briefing.reading.sources import file_url_path

        path = Path(file_url_path(spec))
    elif len(scheme) > 1 and not Path(spec).expanduser().exists():
        raise BriefingError(f"{_display_url(spec)}: refused (only http, https and file URLs are followed)")
    else:
        path = Path(spec).expanduser()
    if not path.exists():
        raise BriefingError(f"{spec}: no such file")
    if path.is_dir():
        raise BriefingError(f"{spec}: is a directory, not a feed")
    return path.resolve().as_uri()


def subscribe_added(db: Any, spec: str, entries: list[tuple[int, str | None]], title: str | None = None) -> int:
    """Subscribe to a feed that was just added as an input (under its own title), and count its
    briefings, (article id, entry id) each, as its own, so that the next refresh recognises
    their entries; one the reader deleted while the add ran stays deleted. Returns its id."""
    from briefing.store.feeds import add_feed, claim_entries

    feed_id, _created = add_feed(db, feed_location(spec), title)
    claim_entries(db, feed_id, entries)
    return feed_id


def display(text: str, limit: int = 120) -> str:
    """Text from a feed or an OPML file made safe to print on one line of a terminal."""
    cleaned = clean_line(text)
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"


def _display_url(url: str) -> str:
    """A URL from the user, a feed or an OPML file as a message shows it: `display`, its password as ***."""
    return display(without_password(url))


def _printable_url(url: str) -> str:
    """A URL to subscribe to, refused when it holds spaces or control characters: a URL never
    does, and such characters would later be printed to the terminal in every feed list."""
    if any(c.isspace() or not c.isprintable() for c in url):
        raise BriefingError(f"{_display_url(url)}: refused (a URL without spaces or control characters is expected)")
    return url


def _scheme(url: str) -> str:
    return urllib.parse.urlsplit(url).scheme.lower()


# -- refreshing -----------------------------------------------------------------------------


@dataclass
class FeedResult:
    """How one feed's refresh went."""

    feed_id: int
    url: str
    title: str | None = None
    entries: int = 0  # entries read from the feed (with a title or some text)
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0
    deleted: int = 0  # entries whose briefing the reader deleted: not brought back
    teasers: int = 0  # stored as teasers, the full article being out of reach
    not_modified: bool = False
    error: str | None = None  # the feed could not be read: one line, "URL: reason"
    warnings: list[str] = field(default_factory=list)  # one line each, "URL: reason"
    entry_errors: list[str] = field(default_factory=list)  # entries that could not be stored

    @property
    def skipped(self) -> int:
        return self.unchanged + self.duplicates + self.deleted

    @property
    def failed(self) -> bool:
        return self.error is not None

    def result_line(self) -> str:
        """What `feeds.last_result` says: "ok: 3 new, 1 updated, 10 unchanged" or "error: ..."."""
        if self.error is not None:
            return "error: " + _without_prefix(self.error, self.url)
        if self.not_modified:
            return "ok: not modified"
        parts = [f"{self.new} new", f"{self.updated} updated", f"{self.unchanged} unchanged"]
        if self.duplicates:
            parts.append(f"{self.duplicates} duplicates skipped")
        if self.deleted:
            parts.append(f"{self.deleted} deleted briefings left out")
        if self.teasers:
            parts.append(f"{self.teasers} teasers only")
        if self.entry_errors:
            parts.append(f"{len(self.entry_errors)} entries failed")
        line = "ok: " + ", ".join(parts)
        if self.warnings:
            line += " (warning: " + _without_prefix(self.warnings[0], self.url) + ")"
        return line


@dataclass
class RefreshProgress:
    """A snapshot for progress displays, given after every stored entry and every finished feed."""

    feeds_total: int
    feeds_done: int = 0
    new: int = 0
    updated: int = 0
    skipped: int = 0
    failures: int = 0  # feeds that failed
    feed: FeedResult | None = None  # the feed just finished, when this snapshot is for one


@dataclass
class RefreshReport:
    results: list[FeedResult] = field(default_factory=list)
    cancelled: bool = False

    @property
    def failed(self) -> list[FeedResult]:
        return [r for r in self.results if r.failed]

    def total(self, name: str) -> int:
        return sum(getattr(r, name) for r in self.results)

    def summary_line(self) -> str:
        refreshed = sum(1 for r in self.results if not r.failed and not r.not_modified)
        not_modified = sum(1 for r in self.results if r.not_modified)
        line = (
            f"{len(self.results)} feeds: {refreshed} refreshed, {not_modified} not modified, {len(self.failed)} failed; "
            f"{self.total('new')} new, {self.total('updated')} updated, {self.total('unchanged')} unchanged, "
            f"{self.total('duplicates')} duplicates skipped"
        )
        deleted = self.total("deleted")
        if deleted:
            line += f", {deleted} deleted briefings left out"
        teasers = self.total("teasers")
        if teasers:
            line += f", {teasers} teasers only"
        entry_errors = sum(len(r.entry_errors) for r in self.results)
        if entry_errors:
            line += f", {entry_errors} entries failed"
        return line + (" (cancelled)" if self.cancelled else "")


@dataclass
class _Entry:
    article: Article
    entry_hash: str


@dataclass
class _Fetched:
    """What a fetch worker hands back: the feed's entries normalised, or why there are none."""

    entries: list[_Entry] = field(default_factory=list)
    entry_errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    etag: str | None = None
    modified: str | None = None
    not_modified: bool = False
    title: str | None = None


def refresh_feeds(
    db_path: str | os.PathLike[str] | None = None,
    feed_ids: Iterable[int] | None = None,
    on_progress: Callable[[RefreshProgress], None] | None = None,
    *,
    workers: int = DEFAULT_WORKERS,
    timeout: float | None = None,
    force: bool = False,
    full_text: bool = True,
    summary_sentences: int | None = None,
    cancel: threading.Event | None = None,
) -> RefreshReport:
    """Refresh the subscribed feeds (all, or those of `feed_ids`) into the library at `db_path`.

    Opens its own connections, so it may run on any thread; `on_progress` is called on the
    calling thread. `force` ignores ETag / Last-Modified; `full_text=False` never fetches the
    article behind a teaser; `cancel` stops the refresh between two entries. One feed failing
    is reported in its FeedResult and does not stop the others."""
    from briefing.reading.sources import max_input_bytes
    from briefing.store.database import open_db
    from briefing.store.feeds import get_feed, list_feeds

    db = open_db(db_path)
    try:
        feeds = [get_feed(db, feed_id) for feed_id in feed_ids] if feed_ids is not None else list_feeds(db)
        report = RefreshReport()
        progress = RefreshProgress(feeds_total=len(feeds))
        if not feeds:
            return report
        limit = max_input_bytes()
        pool = ThreadPoolExecutor(max_workers=max(1, min(workers, len(feeds))), thread_name_prefix="feed")
        try:
            run = _Run(pool, progress, on_progress, limit, timeout, full_text, summary_sentences, cancel)
            futures = {pool.submit(_fetch_feed, feed, limit, timeout, force): feed for feed in feeds}
            _store_as_fetched(db, run, report, futures)
        except BaseException:  # Ctrl-C: nothing queued is fetched, nothing in flight waited for
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown()
        report.results.sort(key=lambda r: r.feed_id)
        return report
    finally:
        db.conn.close()


def _store_as_fetched(db: Any, run: _Run, report: RefreshReport, futures: dict[Future[_Fetched], dict[str, Any]]) -> None:
    """Store each feed as its download ends, in the order they end."""
    progress = run.progress
    for future in as_completed(futures):
        feed = futures[future]
        if run.cancelled:
            report.cancelled = True
            break
        result = FeedResult(feed["id"], without_password(feed["url"]), feed["title"])  # (what it says, in cron's mail too)
        fetched, complete = None, False
        try:
            fetched = future.result()
        except BriefingError as error:
            result.error = _one_line(str(error), result.url)
        except Exception as error:  # a parser's bug on odd input: still this feed's failure only
            result.error = f"{result.url}: unexpected {type(error).__name__}: {clean_line(str(error))}"
        else:
            try:
                complete = _store_feed(db, run, feed, fetched, result)
            except sqlite3.IntegrityError:
                if db.execute("SELECT 1 FROM feeds WHERE id = ?", [feed["id"]]).fetchone():
                    raise  # the store itself is in trouble: stop, as every other command does
                result.error = f"{result.url}: unsubscribed while it was refreshed"  # `feed rm` meanwhile
        _record(db, feed, result, fetched, complete)
        report.results.append(result)
        progress.feeds_done += 1
        progress.failures += result.failed
        progress.feed = result
        run.report()
        progress.feed = None
        if run.cancelled:
            report.cancelled = True
            break
    if report.cancelled:
        for pending in futures:
            pending.cancel()


def _one_line(message: str, url: str) -> str:
    message = clean_line(message)
    return message if message.startswith(url) else f"{url}: {message}"


def _without_prefix(message: str, url: str) -> str:
    return message[len(url) + 2:] if message.startswith(url + ": ") else message


def _fetch_feed(feed: dict[str, Any], limit: int, timeout: float | None, force: bool) -> _Fetched:
    """On a worker thread: the feed's bytes (conditionally), parsed and normalised. No database."""
    from briefing.reading.feeds import read_feed
    from briefing.reading.normalize import normalize
    from briefing.reading.fetching import fetch
    from briefing.reading.sources import Payload, file_base_url, file_url_path, read_payload, unpack

    url = feed["url"]
    etag, modified = (None, None) if force else (feed["etag"], feed["modified"])
    fetched = _Fetched()
    if _scheme(url) == "file":
        path = file_url_path(url)
        try:
            stat = os.stat(path)
        except FileNotFoundError:
            raise BriefingError(f"{url}: no such file") from None
        except OSError as error:
            raise BriefingError(f"{url}: cannot read ({error.strerror or error})") from None
        fetched.modified = f"file:{stat.st_mtime_ns}:{stat.st_size}"
        if fetched.modified == modified:
            fetched.not_modified = True
            return fetched
        payload = read_payload(path, limit)
        payload = Payload(payload.data, url, url=file_base_url(path))
    elif _scheme(url) in ("http", "https"):
        payload = fetch(url, limit, timeout, etag=etag, modified=modified)
        fetched.etag, fetched.modified = payload.etag, payload.modified
        if payload.not_modified:
            fetched.not_modified = True
            return fetched
    else:
        raise BriefingError(f"{_display_url(url)}: refused (only http, https and file URLs are followed)")
    data = unpack(payload, limit, check=False)
    shown = without_password(url)
    # (links relative to a private feed's URL made without its user and password: articles' URLs are shown and exported)
    documents = read_feed(data, shown, feed_url=without_credentials(payload.url or url), warnings=fetched.warnings)
    fetched.warnings = [_one_line(w, shown) for w in fetched.warnings]
    for document in documents:
        fetched.title = fetched.title or document.feed_title
        try:
            article = normalize(document)
        except BriefingError as error:
            fetched.entry_errors.append(_one_line(str(error), shown))
            continue
        fetched.entries.append(_Entry(article, _entry_hash(article)))
    return fetched


def _entry_hash(article: Article) -> str:
    digest = hashlib.sha256()
    for part in (article.title, article.url, article.byline, article.published, article.text):
        digest.update((part or "").encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()


def is_teaser(article: Article) -> bool:
    """An entry that ends like a cut ("…", "[...]", "Read more"), or a short one with a link to
    the article it introduces."""
    text = article.text.rstrip()
    return bool(_TEASER_END.search(text[-40:])) or (bool(article.url) and len(text.split()) < TEASER_WORDS)


@dataclass
class _Run:
    """What every feed of one refresh shares: the fetching pool, the options, the progress."""

    pool: ThreadPoolExecutor
    progress: RefreshProgress
    on_progress: Callable[[RefreshProgress], None] | None
    limit: int
    timeout: float | None
    full_text: bool
    summary_sentences: int | None
    cancel: threading.Event | None

    def report(self) -> None:
        if self.on_progress is not None:
            self.on_progress(self.progress)

    @property
    def cancelled(self) -> bool:
        return self.cancel is not None and self.cancel.is_set()


def _store_feed(db: Any, run: _Run, feed: dict[str, Any], fetched: _Fetched, result: FeedResult) -> bool:
    """On the calling thread: tell new, updated and duplicate entries apart; analyse and store.

    False when cancelled before every entry was handled."""
    from briefing.analysis.version import ANALYSIS_VERSION
    from briefing.store.articles import text_hash
    from briefing.store.feeds import adopt_entry, entry_deleted, entry_state, unnamed_entry_state

    result.not_modified = fetched.not_modified
    result.title = result.title or fetched.title
    result.warnings = fetched.warnings
    result.entry_errors = list(fetched.entry_errors)
    result.entries = len(fetched.entries) + len(fetched.entry_errors)
    local_feed = _scheme(feed["url"]) == "file"
    pending: list[tuple[_Entry, EntryState | None, Future[Article] | None]] = []
    seen: set[str] = set()  # entry ids met in this fetch
    for entry in fetched.entries:
        article = entry.article
        if article.entry_id in seen:  # a feed giving two entries one id: the first (the newest, as feeds list them) stands
            result.duplicates += 1
            continue
        if article.entry_id:
            seen.add(article.entry_id)
        if entry_deleted(db, feed["id"], article.entry_id, entry.entry_hash):
            result.deleted += 1
            continue
        digest = text_hash(article.text)
        if article.entry_id:
            state = entry_state(db, feed["id"], article.entry_id) or adopt_entry(db, feed["id"], article.entry_id, article.url, digest)
        else:  # an entry with no id nor link of its own: known by its hash or its text
            state = unnamed_entry_state(db, feed["id"], entry.entry_hash, digest)
        if state is not None:
            if state.entry_hash == entry.entry_hash and state.analysis_version == ANALYSIS_VERSION:
                result.unchanged += 1
                continue
        elif _is_duplicate(db, article, digest):
            result.duplicates += 1
            continue
        page: Future[Article] | None = None
        unchanged_entry = state is not None and state.entry_hash == entry.entry_hash  # only the analysis is new
        if article.url and is_teaser(article) and not unchanged_entry:
            scheme = _scheme(article.url)
            if run.full_text and (scheme in ("http", "https") or (scheme == "file" and local_feed)):
                page = run.pool.submit(_full_article, article, run.limit, run.timeout)
        pending.append((entry, state, page))
    run.progress.skipped += result.skipped
    # Entries that need nothing fetched first, while the pages of the others download.
    pending.sort(key=lambda item: item[2] is not None)
    for entry, state, page in pending:
        if run.cancelled:
            for _entry, _state, other in pending:
                if other is not None:
                    other.cancel()
            return False
        article, teaser = entry.article, is_teaser(entry.article)
        if page is not None:
            try:
                article, teaser = page.result(), False
            except Exception as error:  # a BriefingError, or a fetcher's bug on an odd link: this entry's teaser stays
                reason = _without_prefix(clean_line(str(error)), without_password(article.url or ""))
                if not isinstance(error, BriefingError):
                    reason = f"unexpected {type(error).__name__}: {reason}"
                kept = "the article stored before stands" if state is not None and not state.teaser else "the teaser is stored"
                result.warnings.append(f"{result.url}: {without_password(article.url)}: {reason}; {kept}")
        if state is not None and (state.entry_hash == entry.entry_hash or (teaser and not state.teaser)):
            # the entry as stored, or only its teaser where the full article is held: the stored
            # text is analysed again (a new analysis version), never replaced by the teaser
            status = _reanalyse_stored(db, state, entry.entry_hash, result, run.summary_sentences)
        else:
            status = _save_entry(db, feed["id"], article, entry.entry_hash, teaser, result, run.summary_sentences)
        if status == "new":
            run.progress.new += 1
        elif status == "updated":
            run.progress.updated += 1
        elif status is not None:
            run.progress.skipped += 1
        run.report()
    return True


def _reanalyse_stored(db: Any, state: EntryState, entry_hash: str, result: FeedResult, summary_sentences: int | None) -> str | None:
    """Analyse a feed entry's stored briefing again, in place, when its analysis is out of date;
    "unchanged" when it is not. Its entry hash is brought up to date either way. The analysis
    runs before the write lock is taken, and is stored only if the text is still the one analysed."""
    from briefing.analysis.pipeline import analyze
    from briefing.analysis.version import ANALYSIS_VERSION
    from briefing.store.articles import replace_analysis, stored_article, text_hash
    from briefing.store.transaction import write_transaction

    try:
        analysis = None
        if state.analysis_version != ANALYSIS_VERSION:
            analysis = analyze(stored_article(db, state.article_id), summary_sentences)
        with write_transaction(db):
            db.execute("UPDATE articles SET entry_hash = ? WHERE id = ?", [entry_hash, state.article_id])
            stored = db.execute("SELECT text_hash FROM articles WHERE id = ?", [state.article_id]).fetchone()
            if analysis is not None and stored is not None and stored[0] == text_hash(analysis.article.text):
                replace_analysis(db, state.article_id, analysis)
    except sqlite3.Error:
        raise  # the store itself is in trouble: stop, as every other command does
    except Exception as error:
        _entry_failed(result, f"#{state.article_id}", error)
        return None
    if state.analysis_version == ANALYSIS_VERSION:
        result.unchanged += 1
        return "unchanged"
    result.updated += 1
    return "updated"


def _entry_failed(result: FeedResult, name: str, error: Exception) -> None:
    """One entry that could not be stored, in one line; a bug on one odd entry must not stop the
    refresh either."""
    if isinstance(error, BriefingError):
        result.entry_errors.append(clean_line(str(error)))
    else:
        result.entry_errors.append(f"{name}: unexpected {type(error).__name__}: {clean_line(str(error))}")


def _is_duplicate(db: Any, article: Article, digest: str) -> bool:
    """Already in the library under another feed entry: the same link (one that names an
    article, not the site's home page), else the same text."""
    if article.url and names_one_article(article.url):
        if db.execute("SELECT 1 FROM articles WHERE url = ? LIMIT 1", [article.url]).fetchone():
            return True
    return db.execute("SELECT 1 FROM articles WHERE text_hash = ? LIMIT 1", [digest]).fetchone() is not None


def _save_entry(
    db: Any, feed_id: int, article: Article, entry_hash: str, teaser: bool, result: FeedResult, summary_sentences: int | None
) -> str | None:
    """Analyse and store one entry; its status ("new", "updated", "unchanged", "duplicate") or
    None when it could not be stored (the error is in `result.entry_errors`)."""
    from briefing.analysis.pipeline import analyze
    from briefing.store.articles import EntryMark, save_analysis

    try:
        saved = save_analysis(db, analyze(article, summary_sentences), feed_id=feed_id, mark=EntryMark(entry_hash, teaser))
    except sqlite3.Error:
        raise  # the store itself is in trouble: stop, as every other command does
    except Exception as error:
        _entry_failed(result, article.source, error)
        return None
    status = saved.status
    if status == "unchanged" and not saved.entry_marked:
        status = "duplicate"  # the same text stored from elsewhere
    if status == "new":
        result.new += 1
    elif status == "updated":
        result.updated += 1
    elif status == "duplicate":
        result.duplicates += 1
    else:
        result.unchanged += 1
    if saved.entry_marked:
        result.teasers += teaser
    return status


def _full_article(entry: Article, limit: int, timeout: float | None) -> Article:
    """On a worker thread: the entry with its text replaced by the article its link points to."""
    from briefing.reading.normalize import normalize
    from briefing.reading.sniffing import looks_like_feed
    from briefing.reading.sources import parse_payload, read_payload

    assert entry.url is not None
    payload = read_payload(entry.url, limit, timeout)
    if looks_like_feed(payload.data):  # (which reads only the start)
        raise BriefingError(f"{entry.url}: a feed, not an article page")
    documents = parse_payload(payload, limit)
    if len(documents) != 1:
        raise BriefingError(f"{entry.url}: not one article")
    page = normalize(documents[0])
    if len(page.text.split()) <= len(entry.text.split()):
        raise BriefingError(f"{entry.url}: the page holds no more text than the teaser")
    if not _tells_the_same_story(entry.text, page.text):
        raise BriefingError(f"{entry.url}: the page does not hold the teaser's story (a sign-in or cookie page?)")
    return Article(
        source=entry.source,
        text=page.text,
        sections=page.sections,
        title=entry.title or page.title,
        byline=entry.byline or page.byline,
        published=entry.published or page.published,
        url=entry.url,
        feed_url=entry.feed_url,
        feed_title=entry.feed_title,
        entry_id=entry.entry_id,
    )


def _tells_the_same_story(teaser: str, page: str) -> bool:
    """Whether most of the teaser's words (those of four letters or more) are on the page: a
    teaser is the article's opening or a summary of it, while a sign-in, cookie or error page
    that a link may lead to shares only a few of them."""
    words = {w for w in re.findall(r"\w{4,}", teaser.lower())}
    if not words:
        return True
    found = set(re.findall(r"\w{4,}", page.lower()))
    return len(words & found) >= TEASER_OVERLAP * len(words)


def _record(db: Any, feed: dict[str, Any], result: FeedResult, fetched: _Fetched | None, complete: bool) -> None:
    """The feed's last refresh and its result; its new validators only when every entry was
    handled, so that a refresh cut short fetches the feed in full next time."""
    from briefing.store.feeds import record_refresh

    if fetched is None:
        record_refresh(db, feed["id"], result.result_line())
        return
    record_refresh(
        db, feed["id"], result.result_line(), etag=fetched.etag, modified=fetched.modified,
        keep_validators=complete, title=fetched.title,
    )


# -- OPML -----------------------------------------------------------------------------------


@dataclass
class OpmlFeed:
    url: str
    title: str | None


@dataclass
class OpmlImport:
    feeds: list[OpmlFeed] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # one line each: "URL: reason"


def read_opml(data: bytes, name: str) -> OpmlImport:
    """The feeds of an OPML document (outlines with an xmlUrl, nested at any depth).

    Read as data only: a DOCTYPE (and so any entity declaration) is dropped before parsing,
    references to undeclared entities are replaced (HTML names) or removed, and only http,
    https and file:// URLs are accepted; every other outline is refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        data = re.sub(r"^\s*<\?xml[^>]*\?>", "", data.decode("utf-16")).encode("utf-8")
    elif data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    data = _DOCTYPE.sub(b"", data)
    if b"<!ENTITY" in data.upper():
        raise BriefingError(f"{name}: not a readable OPML file (entity declarations are refused)")
    data = _CHARACTER_REF.sub(_replace_character, _ENTITY_REF.sub(_replace_entity, data))
    try:
        root = ET.fromstring(data, parser=ET.XMLParser())
    except ET.ParseError as error:
        raise BriefingError(f"{name}: not a readable OPML file ({error})") from None
    if _local(root.tag) != "opml":
        raise BriefingError(f"{name}: not an OPML file (the root element is <{display(_local(root.tag), 40)}>)")
    result = OpmlImport()
    seen: set[str] = set()
    for outline in root.iter():
        if _local(outline.tag) != "outline":
            continue
        attributes = {key.lower(): value for key, value in outline.attrib.items()}
        url = (attributes.get("xmlurl") or "").strip()
        if not url:
            continue
        title = clean_line(attributes.get("title") or attributes.get("text") or "") or None
        if title == url:
            title = None  # an untitled feed, as written by feed export (OPML requires a `text`)
        try:
            location = feed_url_from_data(url)
        except BriefingError as error:
            result.refused.append(str(error))
            continue
        if location not in seen:
            seen.add(location)
            result.feeds.append(OpmlFeed(location, title))
    return result


def feed_url_from_data(url: str) -> str:
    """A feed URL read from a file (OPML, a library dump) as one to subscribe to: http(s) with a
    host, or an absolute file:// URL; BriefingError for anything else (javascript:, exec:, ...)."""
    scheme = _scheme(url)
    parts = urllib.parse.urlsplit(url)
    if scheme in ("http", "https") and parts.netloc:
        return _printable_url(url)
    if scheme == "file" and parts.netloc in ("", "localhost") and parts.path.startswith("/"):
        return Path(urllib.parse.unquote(parts.path)).as_uri()
    raise BriefingError(f"{_display_url(url)}: refused (only http, https and file URLs are followed)")


def _replace_entity(match: re.Match[bytes]) -> bytes:
    name = match.group(1)
    if name in _XML_ENTITIES:
        return match.group(0)
    codepoint = html.entities.name2codepoint.get(name.decode("ascii", "replace"))
    return f"&#{codepoint};".encode() if codepoint else b""


def _replace_character(match: re.Match[bytes]) -> bytes:
    """A reference to a character XML forbids (`&#27;`, an escape) is dropped, not the file refused."""
    codepoint = int(match.group(1), 16) if match.group(1) else int(match.group(2))
    allowed = codepoint in (0x9, 0xA, 0xD) or 0x20 <= codepoint <= 0xD7FF or 0xE000 <= codepoint <= 0xFFFD or 0x10000 <= codepoint <= 0x10FFFF
    return match.group(0) if allowed else b""


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_chars(text: str) -> str:
    """Text without the characters XML 1.0 cannot hold (U+FFFE, controls), which would make the
    file unreadable to every reader."""
    return _NOT_XML.sub("", text)


def write_opml(feeds: Iterable[dict[str, Any]]) -> str:
    """OPML 2.0 of the subscriptions, as newsboat, Miniflux and FreshRSS import it."""
    opml = ET.Element("opml", version="2.0")
    head = ET.SubElement(opml, "head")
    ET.SubElement(head, "title").text = "briefing subscriptions"
    ET.SubElement(head, "dateCreated").text = formatdate(usegmt=True)
    body = ET.SubElement(opml, "body")
    for feed in feeds:
        outline = {"type": "rss", "text": _xml_chars(feed.get("title") or feed["url"]), "xmlUrl": _xml_chars(feed["url"])}
        if feed.get("title"):  # readers show `text`, which OPML requires; an untitled feed has no `title`
            outline["title"] = outline["text"]
        ET.SubElement(body, "outline", outline)
    ET.indent(opml)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(opml, encoding="unicode") + "\n"
