"""Subscriptions: feed add/list/rm, refresh from a local server, teasers, failures, OPML, real feeds."""

from __future__ import annotations

import http.server
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from conftest import SHARED, run_cli

from briefing.errors import BriefingError
from briefing.store.database import open_db
from briefing.store.feeds import add_feed, list_feeds, remove_feed
from briefing.store.highlights import add_highlight, list_highlights
from briefing.store.schema import SCHEMA_VERSION, migrate, schema_version
from briefing.subscriptions import RefreshProgress, read_opml, refresh_feeds

FEEDS = SHARED / "eval" / "feeds"

LONG_A = (
    "The harbour authority reopened the north quay on Friday after storms closed it for nine days, officials said. "
    "Crews cleared debris from the channel and divers checked the piers for damage before the first ships returned. "
    "“We are open for business again,” said harbour master Ines Duarte, who thanked the crews for working overnight. "
    "Shipping firms said the closure had delayed about 40 vessels and cost the port roughly $2 million in fees. "
    "The authority expects traffic to return to normal levels within two weeks, once the backlog of container ships has cleared."
)
LONG_B = (
    "The central library will stay open until 10 p.m. on weekdays from March, its director said on Tuesday. "
    "The longer hours follow a survey in which 3,000 residents asked for evening access to study rooms. "
    "“Students and shift workers told us the old hours did not work for them,” said director Paul Okafor. "
    "The council approved an extra £250,000 a year to pay for staff and heating in the evenings. "
    "A trial of Sunday opening will start in June at two branch libraries and run until the end of the year, the council said."
)
HIGHLIGHT = "“We are open for business again,” said harbour master Ines Duarte"


def item(guid: str, title: str, text: str, link: str) -> str:
    paragraphs = "".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in text.split("\n\n"))
    return f"<item><title>{title}</title><link>{link}</link><guid>{guid}</guid><description>{paragraphs}</description></item>"


def rss(*items: str, title: str = "Local News") -> bytes:
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
        f"<link>https://local.example/</link>{''.join(items)}</channel></rss>"
    ).encode()


ARTICLE_PAGE = (
    "<!doctype html><html><head><title>Ferry service returns</title></head><body><nav>Home</nav><article>"
    "<h1>Ferry service returns</h1>"
    + "".join(
        f"<p>The island ferry resumed its {n} daily crossings on Monday after a repair that took six weeks and cost"
        f" about $1.5 million, the operator said in a statement on its website this morning.</p>"
        for n in ("first", "second", "third", "fourth", "fifth")
    )
    + "</article></body></html>"
).encode()


@dataclass
class Route:
    body: bytes
    status: int = 200
    content_type: str = "application/rss+xml"
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0


@dataclass
class Server:
    base: str
    routes: dict[str, Route]
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path

    def headers_of(self, path: str) -> list[dict[str, str]]:
        return [headers for requested, headers in self.requests if requested == path]


@pytest.fixture
def server() -> Iterator[Server]:
    routes: dict[str, Route] = {}
    requests: list[tuple[str, dict[str, str]]] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the http.server API)
            requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
            route = routes.get(self.path)
            if route is None:
                self.send_error(404, "Not Found")
                return
            time.sleep(route.delay)
            fresh = route.etag is not None and self.headers.get("If-None-Match") == route.etag
            if fresh or (route.last_modified is not None and self.headers.get("If-Modified-Since") == route.last_modified):
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            self.send_header("Content-Length", str(len(route.body)))
            if route.etag:
                self.send_header("ETag", route.etag)
            if route.last_modified:
                self.send_header("Last-Modified", route.last_modified)
            self.end_headers()
            try:
                self.wfile.write(route.body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield Server(f"http://127.0.0.1:{httpd.server_address[1]}", routes, requests)
    httpd.shutdown()
    httpd.server_close()


def query(db: Path, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def subscribe(db: Path, *urls: str) -> list[int]:
    store = open_db(db)
    ids = [add_feed(store, url)[0] for url in urls]
    store.conn.close()
    return ids


def errors_of(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("briefing: error:")]


# -- the commands ---------------------------------------------------------------------------


def test_feed_add_list_rm_through_the_cli(tmp_path: Path, db_path: Path) -> None:
    feed_file = tmp_path / "local.xml"
    feed_file.write_bytes(rss(item("a", "Harbour reopens", LONG_A, "https://local.example/a")))
    added = run_cli("feed", "add", "https://news.example.com/rss", "--title", "Example News", db=db_path)
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "#1\thttps://news.example.com/rss"
    assert run_cli("feed", "add", str(feed_file), db=db_path).stdout.strip() == f"#2\t{feed_file.resolve().as_uri()}"
    again = run_cli("feed", "add", feed_file.resolve().as_uri(), db=db_path)  # the same feed, named by its URL
    assert again.stdout.strip().startswith("#2\t") and again.stderr.strip() == "Already subscribed."
    retitled = run_cli("feed", "add", "https://news.example.com/rss", "--title", "Example", db=db_path)
    assert retitled.stderr.strip() == "Already subscribed; its title is now 'Example'."
    run_cli("feed", "add", "https://news.example.com/rss", "--title", "Example News", db=db_path)

    refreshed = run_cli("refresh", "2", "--no-full-text", db=db_path)
    assert refreshed.returncode == 0, refreshed.stderr
    listing = run_cli("feed", "list", db=db_path).stdout.splitlines()
    assert listing[0].split("\t")[:5] == ["1", "Example News", "https://news.example.com/rss", "0 briefings", "never"]
    second = listing[1].split("\t")
    assert second[1:4] == ["Local News", feed_file.resolve().as_uri(), "1 briefing"]
    assert second[5] == "ok: 1 new, 0 updated, 0 unchanged"

    for bad, message in (("ftp://example.com/feed.xml", "refused"), ("javascript:alert(1)", "refused"), (str(tmp_path / "nope.xml"), "no such file")):
        result = run_cli("feed", "add", bad, db=db_path)
        assert result.returncode == 1 and len(errors_of(result.stderr)) == 1 and message in result.stderr

    assert run_cli("feed", "rm", "2", db=db_path).returncode == 0
    assert query(db_path, "SELECT count(*), count(feed_id) FROM articles") == [(1, 0)]  # the briefing stays
    missing = run_cli("feed", "rm", "2", db=db_path)
    assert missing.returncode == 1 and missing.stderr.strip() == "briefing: error: no feed with id 2"
    assert run_cli("refresh", "https://unknown.example/rss", db=db_path).returncode == 1
    for command in (["feed", "--help"], ["feed", "add", "--help"], ["refresh", "--help"]):
        assert run_cli(*command).returncode == 0


def test_refresh_ingests_new_entries_then_sends_conditional_requests(server: Server, db_path: Path) -> None:
    server.routes["/feed.xml"] = Route(
        rss(item("a", "Harbour reopens", LONG_A, "https://local.example/a"), item("b", "Library hours", LONG_B, "https://local.example/b")),
        etag='"v1"', last_modified="Tue, 05 Mar 2024 09:30:00 GMT",
    )
    run_cli("feed", "add", server.url("/feed.xml"), db=db_path)
    first = run_cli("refresh", db=db_path)
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == f"#1\t{server.url('/feed.xml')}\tok: 2 new, 0 updated, 0 unchanged"
    assert first.stderr.strip().endswith("2 new, 0 updated, 0 unchanged, 0 duplicates skipped")
    assert query(db_path, "SELECT etag, modified FROM feeds") == [('"v1"', "Tue, 05 Mar 2024 09:30:00 GMT")]
    before = query(db_path, "SELECT id, text, updated_at FROM articles ORDER BY id")

    second = run_cli("refresh", server.url("/feed.xml"), db=db_path)
    assert second.returncode == 0, second.stderr
    assert "ok: not modified" in second.stdout
    headers = server.headers_of("/feed.xml")[-1]
    assert headers["if-none-match"] == '"v1"'
    assert headers["if-modified-since"] == "Tue, 05 Mar 2024 09:30:00 GMT"
    assert query(db_path, "SELECT id, text, updated_at FROM articles ORDER BY id") == before
    assert "2 briefings" in run_cli("feed", "list", db=db_path).stdout

    forced = run_cli("refresh", "--force", db=db_path)  # fetched in full: every entry recognised, none analysed
    assert "if-none-match" not in server.headers_of("/feed.xml")[-1]
    assert "ok: 0 new, 0 updated, 2 unchanged" in forced.stdout


def test_updated_entry_keeps_highlights_and_duplicates_are_skipped(server: Server, db_path: Path) -> None:
    server.routes["/feed.xml"] = Route(
        rss(item("a", "Harbour reopens", LONG_A, "https://local.example/a"), item("b", "Library hours", LONG_B, "https://local.example/b"))
    )
    [feed_id] = subscribe(db_path, server.url("/feed.xml"))
    assert refresh_feeds(db_path).total("new") == 2
    [(article_id, text)] = query(db_path, "SELECT id, text FROM articles WHERE title = 'Harbour reopens'")
    start = text.index(HIGHLIGHT)
    store = open_db(db_path)
    add_highlight(store, article_id, start, start + len(HIGHLIGHT), note="quote to keep")

    updated_a = "Update: the south quay reopened on Saturday as well, the authority said in a short statement. " + LONG_A
    server.routes["/feed.xml"] = Route(
        rss(
            item("a", "Harbour reopens", updated_a, "https://local.example/a"),  # same id, new text
            item("b", "Library hours", LONG_B, "https://local.example/b"),  # as before
            item("b-again", "Library hours (repost)", LONG_B, "https://local.example/b"),  # same link, new id
            item("c", "Harbour reopens (copy)", updated_a, "https://local.example/copy-of-a"),  # same text, new id and link
        )
    )
    [result] = refresh_feeds(db_path, [feed_id]).results
    assert (result.new, result.updated, result.unchanged, result.duplicates) == (0, 1, 1, 2), result
    assert result.result_line() == "ok: 0 new, 1 updated, 1 unchanged, 2 duplicates skipped"
    [highlight] = list_highlights(store, article_id)
    new_text = query(db_path, "SELECT text FROM articles WHERE id = ?", (article_id,))[0][0]
    assert new_text.startswith("Update:") and highlight["note"] == "quote to keep"
    assert new_text[highlight["start"] : highlight["end"]] == HIGHLIGHT and highlight["start"] > start
    assert query(db_path, "SELECT count(*) FROM articles") == [(2,)]


def test_a_corrected_headline_updates_and_home_page_links_tell_no_entries_apart(server: Server, db_path: Path) -> None:
    """An entry whose headline alone changes is updated (its text and analysis stand); entries
    that all link to the site's home page are told apart by their ids and texts, not merged."""
    server.routes["/feed.xml"] = Route(
        rss(item("a", "Harbour reopns", LONG_A, "https://local.example/a"), item("b", "Library hours", LONG_B, "https://local.example/"))
    )
    [feed_id] = subscribe(db_path, server.url("/feed.xml"))
    assert refresh_feeds(db_path).total("new") == 2
    bulletin = "The ferry to the islands will run every hour from Monday, the operator said in a short statement on Friday."
    server.routes["/feed.xml"] = Route(
        rss(
            item("a", "Harbour reopens", LONG_A, "https://local.example/a"),
            item("b", "Library hours", LONG_B, "https://local.example/"),
            item("c", "Ferry timetable", bulletin, "https://local.example/"),
        )
    )
    [result] = refresh_feeds(db_path, [feed_id], full_text=False).results
    assert result.result_line() == "ok: 1 new, 1 updated, 1 unchanged, 1 teasers only", result
    assert query(db_path, "SELECT title FROM articles ORDER BY id") == [("Harbour reopens",), ("Library hours",), ("Ferry timetable",)]


def test_a_failure_fetching_one_teasers_page_keeps_its_teaser_and_the_refresh_going(
    server: Server, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefing.subscriptions as subscriptions

    def broken_fetcher(*args: object) -> None:
        raise ValueError("URL can't contain control characters")

    monkeypatch.setattr(subscriptions, "_full_article", broken_fetcher)
    teaser = "The ferry to the islands will run every hour from Monday, the operator said."
    server.routes["/feed.xml"] = Route(rss(item("a", "Ferry timetable", teaser, server.url("/ferry"))))
    server.routes["/other.xml"] = Route(rss(item("b", "Library hours", LONG_B, "https://local.example/b")))
    subscribe(db_path, server.url("/feed.xml"), server.url("/other.xml"))
    report = refresh_feeds(db_path)
    assert [r.result_line().split(" (")[0] for r in report.results] == ["ok: 1 new, 0 updated, 0 unchanged, 1 teasers only", "ok: 1 new, 0 updated, 0 unchanged"]
    assert "unexpected ValueError: URL can't contain control characters; the teaser is stored" in report.results[0].warnings[0]


def test_a_feed_unsubscribed_while_it_is_refreshed_fails_alone(server: Server, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import briefing.subscriptions as subscriptions
    from briefing.store.feeds import remove_feed

    def unsubscribed_meanwhile(*args: object) -> None:
        remove_feed(open_db(db_path), first)  # `briefing feed rm` while the teaser's page downloads
        raise BriefingError("the page is gone")

    monkeypatch.setattr(subscriptions, "_full_article", unsubscribed_meanwhile)
    server.routes["/feed.xml"] = Route(rss(item("a", "Ferry timetable", "The ferry runs hourly…", server.url("/ferry"))))
    server.routes["/other.xml"] = Route(rss(item("b", "Library hours", LONG_B, "https://local.example/b")))
    first, _second = subscribe(db_path, server.url("/feed.xml"), server.url("/other.xml"))
    report = refresh_feeds(db_path, workers=1)
    assert [r.error for r in report.results] == [f"{server.url('/feed.xml')}: unsubscribed while it was refreshed", None]
    assert query(db_path, "SELECT title FROM articles") == [("Library hours",)]


def test_a_private_feeds_password_is_shown_nowhere(server: Server, db_path: Path) -> None:
    unreachable = "http://reader:s3cret@127.0.0.1:9/private.rss"  # nothing listens on port 9: its refresh fails
    server.routes["/private.rss"] = Route(rss(item("a", "Harbour reopens", LONG_A, "/news/harbour")))  # a link relative to the feed
    private = server.url("/private.rss").replace("http://", "http://reader:s3cret@")
    commands = (("feed", "add", unreachable), ("feed", "add", private), ("refresh", "--no-full-text"), ("feed", "list"),
                ("show", "1"), ("export", "1", "--format", "md"))
    outputs = [run_cli(*command, db=db_path) for command in commands]
    assert outputs[2].returncode == 1 and "http://reader:***@127.0.0.1:9/private.rss: cannot fetch" in outputs[2].stderr
    assert not any("s3cret" in result.stdout + result.stderr for result in outputs)
    assert query(db_path, "SELECT url FROM articles") == [(server.url("/news/harbour"),)]
    assert query(db_path, "SELECT url FROM feeds ORDER BY id") == [(unreachable,), (private,)]  # kept whole, for the next refresh


def test_ctrl_c_stops_a_refresh_without_fetching_the_feeds_still_queued(server: Server, db_path: Path) -> None:
    for n in range(6):
        server.routes[f"/slow{n}.xml"] = Route(rss(item(f"s{n}", f"Story {n}", LONG_A, f"https://local.example/{n}")), delay=8)
    subscribe(db_path, *(server.url(f"/slow{n}.xml") for n in range(6)))
    env = {**os.environ, "BRIEFING_DB": str(db_path)}
    started = time.monotonic()
    # (Ctrl-C's default action restored in the child: a test run started in the background, as CI
    # may be, hands its children SIGINT ignored, and Python then leaves it ignored)
    refresh = subprocess.Popen([sys.executable, "-m", "briefing", "refresh", "--workers", "1"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    while not server.requests and time.monotonic() - started < 30:
        time.sleep(0.05)  # until the first feed is downloading (however slowly the machine starts Python)
    downloading = time.monotonic()
    time.sleep(0.2)
    refresh.send_signal(signal.SIGINT)
    _out, err = refresh.communicate(timeout=60)
    assert refresh.returncode == 130 and err.decode().strip().endswith("briefing: interrupted")
    assert time.monotonic() - downloading < 5  # neither the download in flight (8 s) nor the five queued
    assert len(server.requests) == 1


def test_a_briefing_the_reader_deleted_does_not_come_back(server: Server, db_path: Path) -> None:
    from briefing.store.articles import delete_article

    server.routes["/feed.xml"] = Route(rss(item("a", "Harbour", LONG_A, "https://local.example/a"), item("b", "Library", LONG_B, "https://local.example/b")))
    [feed_id] = subscribe(db_path, server.url("/feed.xml"))
    refresh_feeds(db_path)
    [(library_id,)] = query(db_path, "SELECT id FROM articles WHERE title = 'Library'")
    delete_article(open_db(db_path), library_id)
    server.routes["/feed.xml"] = Route(rss(item("a", "Harbour", LONG_A, "https://local.example/a"), item("b", "Library hours", LONG_B + " More.", "https://local.example/b")))
    [result] = refresh_feeds(db_path, force=True).results
    assert result.result_line() == "ok: 0 new, 0 updated, 1 unchanged, 1 deleted briefings left out"
    assert query(db_path, "SELECT title FROM articles") == [("Harbour",)]
    store = open_db(db_path)
    remove_feed(store, feed_id)  # unsubscribed: what was deleted is forgotten with the feed
    assert query(db_path, "SELECT count(*) FROM deleted_entries") == [(0,)]


def test_a_feed_without_entries_yet_is_a_feed(server: Server, tmp_path: Path, db_path: Path) -> None:
    quiet = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title><description>none yet</description></channel></rss>'
    server.routes["/quiet.xml"] = Route(quiet)
    local = tmp_path / "quiet.xml"
    local.write_bytes(quiet)
    subscribe(db_path, server.url("/quiet.xml"), local.resolve().as_uri())
    result = run_cli("refresh", db=db_path)
    assert result.returncode == 0, result.stderr
    assert [line.split("\t")[2] for line in result.stdout.splitlines()] == ["ok: 0 new, 0 updated, 0 unchanged"] * 2
    analyzed = run_cli("analyze", str(local), "--format", "json")
    assert analyzed.returncode == 0 and json.loads(analyzed.stdout) == []


def test_a_corrected_date_dates_the_figures_anew_and_query_permalinks_tell_duplicates(server: Server, db_path: Path) -> None:
    dated = "The council will vote on Tuesday about the harbour plan, and the mayor said it would pass on March 9 by 7 votes to 2. " * 2
    server.routes["/feed.xml"] = Route(rss(item("a", "Harbour vote", dated, "https://blog.example/?p=123").replace(
        "</item>", "<pubDate>Fri, 01 Mar 2024 10:00:00 +0000</pubDate></item>")))
    server.routes["/other.xml"] = Route(rss(item("z", "Harbour vote (wire)", dated + "More.", "https://blog.example/?p=123")))
    feed_id, other_id = subscribe(db_path, server.url("/feed.xml"), server.url("/other.xml"))
    refresh_feeds(db_path, [feed_id], full_text=False)
    assert query(db_path, "SELECT value FROM figures WHERE kind = 'date' ORDER BY start") == [("2024-02-27",), ("2024-03-09",)] * 2
    server.routes["/feed.xml"] = Route(server.routes["/feed.xml"].body.replace(b"Fri, 01 Mar 2024", b"Mon, 02 Jun 2025"))
    [result] = refresh_feeds(db_path, [feed_id], full_text=False).results
    assert result.updated == 1
    assert query(db_path, "SELECT value FROM figures WHERE kind = 'date' ORDER BY start") == [("2025-05-27",), ("2025-03-09",)] * 2
    [other] = refresh_feeds(db_path, [other_id], full_text=False).results  # the same story at the same permalink
    assert (other.new, other.duplicates) == (0, 1)


def test_teasers_are_replaced_by_the_full_article_or_kept_and_marked(server: Server, tmp_path: Path, db_path: Path) -> None:
    server.routes["/ferry.html"] = Route(ARTICLE_PAGE, content_type="text/html; charset=utf-8")
    sign_in = b"<html><body><nav>Home News Sport</nav><main><h1>Sign in</h1><form><p>Email address</p><p>Password</p>" + (
        b"<p>Sign in to read the whole of this story and every story of ours, with an account that costs nothing at all.</p>"
        b"<p>Forgot your password? We send a new one to your email address within a few minutes of your request.</p></form></main></body></html>"
    )
    server.routes["/signin.html"] = Route(sign_in, content_type="text/html; charset=utf-8")
    server.routes["/feed.xml"] = Route(
        rss(
            item("ferry", "Ferry service returns", "The island ferry is back after six weeks… Read more", server.url("/ferry.html")),
            item("walled", "Council tax rises", "The council will raise its tax by 4% from April, its leader said…", server.url("/signin.html")),
            item("gone", "Museum closes", "The city museum will close for a year […]", server.url("/gone.html")),  # 404
            item("dead", "Pool reopens", "The public pool reopens on Monday.", "http://127.0.0.1:9/pool"),  # unreachable
            item("full", "Harbour reopens", LONG_A, "https://local.example/a"),  # not a teaser: never fetched
        )
    )
    local_page = tmp_path / "bridge.html"
    local_page.write_bytes(ARTICLE_PAGE.replace(b"ferry", b"bridge"))
    local_feed = tmp_path / "local.xml"
    local_feed.write_bytes(rss(item("bridge", "Bridge works", "The bridge is back…", "bridge.html")))  # relative link
    subscribe(db_path, server.url("/feed.xml"), local_feed.resolve().as_uri())

    report = refresh_feeds(db_path, timeout=2)
    web, local = report.results
    assert (web.new, web.teasers, local.new, local.teasers) == (5, 3, 1, 0), report
    assert len(web.warnings) == 3 and all("the teaser is stored" in w and "\n" not in w for w in web.warnings)
    rows = {r[0].rsplit("/", 1)[-1]: r[1:] for r in query(db_path, "SELECT entry_id, teaser, text, url, title FROM articles")}
    teaser, text, url, title = rows["ferry"]
    assert teaser == 0 and "resumed its fifth daily crossings" in text and "Read more" not in text
    assert (url, title) == (server.url("/ferry.html"), "Ferry service returns")
    assert rows["gone"][:2] == (1, "The city museum will close for a year […]")
    assert rows["walled"][:2] == (1, "The council will raise its tax by 4% from April, its leader said…")
    assert rows["dead"][:2] == (1, "The public pool reopens on Monday.")
    assert rows["full"][0] == 0 and not any(path == "/a" for path, _ in server.requests)
    assert rows["bridge"][0] == 0 and "resumed its fifth daily crossings" in rows["bridge"][1]
    assert rows["bridge"][2] == "file://localhost" + local_page.resolve().as_posix()


def test_a_full_article_is_never_replaced_by_its_teaser(server: Server, db_path: Path) -> None:
    """A new analysis version analyses the stored article again (nothing fetched); a changed
    teaser whose page is out of reach leaves the stored article and its highlights as they are."""
    server.routes["/ferry.html"] = Route(ARTICLE_PAGE, content_type="text/html; charset=utf-8")
    server.routes["/feed.xml"] = Route(rss(item("ferry", "Ferry service returns", "The island ferry is back after six weeks… Read more", server.url("/ferry.html"))))
    [feed_id] = subscribe(db_path, server.url("/feed.xml"))
    refresh_feeds(db_path)
    [(article_id, full_text)] = query(db_path, "SELECT id, text FROM articles WHERE teaser = 0")
    store = open_db(db_path)
    excerpt = "resumed its fifth daily crossings"
    add_highlight(store, article_id, full_text.index(excerpt), full_text.index(excerpt) + len(excerpt))
    store.conn.close()
    query(db_path, "UPDATE articles SET analysis_version = analysis_version - 1")  # as after an upgrade
    del server.routes["/ferry.html"]  # the page is gone: 404
    requested = len(server.requests)
    [result] = refresh_feeds(db_path, [feed_id], force=True).results
    assert (result.updated, result.teasers, result.warnings) == (1, 0, [])
    assert [path for path, _ in server.requests[requested:]] == ["/feed.xml"]
    server.routes["/feed.xml"] = Route(rss(item("ferry", "Ferry service returns", "The island ferry is back after six long weeks… Read more", server.url("/ferry.html"))))
    [result] = refresh_feeds(db_path, [feed_id]).results
    assert "the article stored before stands" in result.warnings[0] and result.teasers == 0
    assert query(db_path, "SELECT text, teaser FROM articles") == [(full_text, 0)]
    [highlight] = list_highlights(open_db(db_path))
    assert full_text[highlight["start"] : highlight["end"]] == excerpt


def test_a_local_feed_added_then_subscribed_is_known_to_its_refresh(tmp_path: Path, db_path: Path) -> None:
    """The app's `a` stores a feed file's entries, then subscribes to it: the refresh must read
    the entries' ids as the add did ("story-1" is resolved against the file's URL by both)."""
    from briefing.ingest import ingest
    from briefing.subscriptions import subscribe_added

    feed = tmp_path / "local.xml"
    feed.write_bytes(rss(item("story-1", "Harbour", LONG_A, ""), item("story-2", "Library", LONG_B, "")).replace(b"<link></link>", b""))
    store = open_db(db_path)
    outcomes = ingest(store, str(feed))
    subscribe_added(store, str(feed), [(o.article_id, o.entry_id) for o in outcomes])
    store.conn.close()
    assert refresh_feeds(db_path).results[0].result_line() == "ok: 0 new, 0 updated, 2 unchanged"
    feed.write_bytes(feed.read_bytes().replace(b"central library", b"city library"))
    assert refresh_feeds(db_path).results[0].result_line() == "ok: 0 new, 1 updated, 1 unchanged"
    assert query(db_path, "SELECT count(*) FROM articles") == [(2,)]



def test_a_feed_briefing_deleted_while_its_add_runs_stays_deleted(tmp_path: Path, db_path: Path) -> None:
    from briefing.ingest import ingest
    from briefing.store.articles import delete_article
    from briefing.subscriptions import subscribe_added

    feed = tmp_path / "local.xml"
    feed.write_bytes(rss(item("story-1", "Harbour", LONG_A, "https://local.example/1"), item("story-2", "Library", LONG_B, "https://local.example/2")))
    store = open_db(db_path)
    outcomes = ingest(store, str(feed))
    delete_article(store, outcomes[0].article_id)  # `d` in the app, before the add subscribes
    subscribe_added(store, str(feed), [(o.article_id, o.entry_id) for o in outcomes])
    store.conn.close()
    assert refresh_feeds(db_path).results[0].result_line() == "ok: 0 new, 0 updated, 1 unchanged, 1 deleted briefings left out"


def test_entries_without_ids_that_link_to_the_home_page_stay_apart(server: Server, db_path: Path) -> None:
    untagged = "".join(
        f"<item><title>{title}</title><link>https://local.example/</link><description>{text}</description></item>"
        for title, text in (("Harbour", LONG_A), ("Library", LONG_B), ("Ferry", LONG_A.replace("harbour", "ferry")))
    )
    server.routes["/feed.xml"] = Route(rss(untagged))
    [feed_id] = subscribe(db_path, server.url("/feed.xml"))
    assert refresh_feeds(db_path).results[0].new == 3
    [again] = refresh_feeds(db_path, [feed_id], force=True).results
    assert (again.new, again.updated, again.unchanged) == (0, 0, 3)
    assert query(db_path, "SELECT title FROM articles ORDER BY id") == [("Harbour",), ("Library",), ("Ferry",)]
    query(db_path, "UPDATE articles SET analysis_version = analysis_version - 1")  # as after an upgrade
    [upgraded] = refresh_feeds(db_path, [feed_id], force=True).results
    assert (upgraded.new, upgraded.updated, upgraded.unchanged) == (0, 3, 0)
    from briefing.store.articles import delete_article

    delete_article(open_db(db_path), 2)
    [after] = refresh_feeds(db_path, [feed_id], force=True).results
    assert after.result_line() == "ok: 0 new, 0 updated, 2 unchanged, 1 deleted briefings left out"


def test_a_stored_entry_whose_new_analysis_fails_fails_alone(server: Server, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import briefing.analysis.pipeline as pipeline

    server.routes["/feed.xml"] = Route(rss(item("a", "Harbour", LONG_A, "https://local.example/a"), item("b", "Library", LONG_B, "https://local.example/b")))
    [feed_id] = subscribe(db_path, server.url("/feed.xml"))
    refresh_feeds(db_path)
    query(db_path, "UPDATE articles SET analysis_version = analysis_version - 1")
    analyze = pipeline.analyze

    def broken_on_the_library(article: Any, *args: Any, **kwargs: Any) -> Any:
        if "library" in article.text:
            raise RuntimeError("a bug")
        return analyze(article, *args, **kwargs)

    monkeypatch.setattr(pipeline, "analyze", broken_on_the_library)
    [result] = refresh_feeds(db_path, [feed_id], force=True).results
    assert result.result_line() == "ok: 0 new, 1 updated, 0 unchanged, 1 entries failed"


def test_failing_feeds_are_reported_one_line_each_and_others_still_ingest(
    server: Server, tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = rss(item("a", "Harbour reopens", LONG_A, "https://local.example/a"))
    bozo = rss(item("b", "Library & hours", LONG_B, "https://local.example/b"))  # a bare "&": ill-formed, still usable
    server.routes.update({
        "/good.xml": Route(good),
        "/bozo.xml": Route(bozo),
        "/notfeed.xml": Route(b'<?xml version="1.0"?><catalog><book>XML, no feed</book></catalog>', content_type="text/xml"),
        "/page.html": Route(ARTICLE_PAGE, content_type="text/html"),
        "/empty.xml": Route(b""),
        "/truncated.xml": Route(good[: good.index(b"<item>") - 20]),
        "/slow.xml": Route(good, delay=6),
        "/huge.xml": Route(rss(item("h", "Huge", "word " * 100_000, "https://local.example/h"))),
    })
    monkeypatch.setenv("BRIEFING_MAX_BYTES", "200000")
    local_empty = tmp_path / "empty.xml"
    local_empty.write_bytes(b"")
    paths = ["/good.xml", "/bozo.xml", "/missing.xml", "/notfeed.xml", "/page.html", "/empty.xml", "/truncated.xml", "/slow.xml", "/huge.xml"]
    subscribe(db_path, *[server.url(p) for p in paths], local_empty.resolve().as_uri(), "http://127.0.0.1:9/feed.xml")

    started = time.monotonic()
    result = run_cli("refresh", "--timeout", "2", "--workers", "8", db=db_path)
    assert time.monotonic() - started < 30
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    errors = errors_of(result.stderr)
    expected = {
        "/missing.xml": "HTTP 404", "/notfeed.xml": "not a feed (no RSS, Atom or RDF", "/page.html": "not a feed (an HTML page)",
        "/empty.xml": "not a feed (empty)", "/truncated.xml": "not a feed (ill-formed", "/slow.xml": "timed out",
        "/huge.xml": "larger than the 200,000-byte limit",
    }
    assert len(errors) == len(expected) + 2, result.stderr
    for path, reason in expected.items():
        [line] = [e for e in errors if e.startswith(f"briefing: error: {server.url(path)}: ")]
        assert reason in line, line
    assert any(e.startswith(f"briefing: error: {local_empty.resolve().as_uri()}: not a feed (empty)") for e in errors)
    assert any(e.startswith("briefing: error: http://127.0.0.1:9/feed.xml: cannot fetch") for e in errors)
    warnings = [line for line in result.stderr.splitlines() if line.startswith("briefing: warning:")]
    assert len(warnings) == 1 and warnings[0].startswith(f"briefing: warning: {server.url('/bozo.xml')}: ")
    assert query(db_path, "SELECT title FROM articles ORDER BY title") == [("Harbour reopens",), ("Library & hours",)]
    assert result.stderr.strip().splitlines()[-1].startswith("11 feeds: 2 refreshed, 0 not modified, 9 failed; 2 new")
    results = dict(query(db_path, "SELECT url, last_result FROM feeds"))
    assert results[server.url("/slow.xml")].startswith("error: timed out")
    assert results[server.url("/bozo.xml")].startswith("ok: 1 new, 0 updated, 0 unchanged (warning: ")


def test_progress_is_reported_and_a_refresh_runs_off_the_main_thread(tmp_path: Path, db_path: Path) -> None:
    feed = tmp_path / "local.xml"
    feed.write_bytes(rss(item("a", "Harbour reopens", LONG_A, "https://local.example/a"), item("b", "Library hours", LONG_B, "https://local.example/b")))
    subscribe(db_path, feed.resolve().as_uri())
    reader = open_db(db_path)  # the app's connection, open all along
    reader.execute("SELECT count(*) FROM articles").fetchone()
    seen: list[tuple[int, int, int]] = []

    def on_progress(state: RefreshProgress) -> None:
        seen.append((state.feeds_done, state.new, state.failures))

    reports = []
    worker = threading.Thread(target=lambda: reports.append(refresh_feeds(db_path, on_progress=on_progress, full_text=False)))
    worker.start()
    worker.join(30)
    assert seen == [(0, 1, 0), (0, 2, 0), (1, 2, 0)]
    assert reports[0].total("new") == 2
    assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    feed.write_bytes(feed.read_bytes())  # touched: read again, nothing new
    assert refresh_feeds(db_path, full_text=False).results[0].result_line() == "ok: 0 new, 0 updated, 2 unchanged"
    assert refresh_feeds(db_path, full_text=False).results[0].not_modified


def test_an_entry_is_stored_with_its_mark_in_one_transaction(tmp_path: Path, db_path: Path) -> None:
    """The store failing while the entry's hash is recorded leaves no briefing behind without
    it: the next refresh stores the entry whole, instead of re-analysing it as "updated"."""
    feed = tmp_path / "local.xml"
    feed.write_bytes(rss(item("a", "Harbour reopens", LONG_A, "https://local.example/a")))
    subscribe(db_path, feed.resolve().as_uri())
    db = open_db(db_path)
    db.execute("CREATE TRIGGER fail_mark BEFORE UPDATE OF entry_hash ON articles BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END")
    with pytest.raises(sqlite3.Error):
        refresh_feeds(db_path, full_text=False)
    assert query(db_path, "SELECT count(*) FROM articles") == [(0,)]
    assert query(db_path, "SELECT count(*) FROM quotes") == [(0,)]
    db.execute("DROP TRIGGER fail_mark")
    db.conn.close()
    assert refresh_feeds(db_path, full_text=False).results[0].result_line() == "ok: 1 new, 0 updated, 0 unchanged"
    assert query(db_path, "SELECT count(*) FROM articles WHERE entry_hash IS NOT NULL") == [(1,)]
    feed.write_bytes(feed.read_bytes())  # read again: the entry is known unchanged, not analysed anew
    assert refresh_feeds(db_path, full_text=False).results[0].result_line() == "ok: 0 new, 0 updated, 1 unchanged"


def test_version_2_database_migrates(tmp_path: Path) -> None:
    import sqlite_utils

    path = tmp_path / "old.db"
    old = sqlite_utils.Database(sqlite3.connect(path))
    migrate(old, target=2)
    old.execute(
        "INSERT INTO articles (title, source, text, text_hash, added_at, updated_at, analysis_version) VALUES ('Old', 'x', 't', 'h', 'now', 'now', 1)"
    )
    old.conn.commit()
    old.conn.close()
    store = open_db(path)
    assert schema_version(store) == SCHEMA_VERSION
    assert store.execute("SELECT title, teaser, entry_hash FROM articles").fetchall() == [("Old", 0, None)]


# -- OPML -----------------------------------------------------------------------------------


def test_opml_with_a_reference_to_a_forbidden_character_is_still_read(tmp_path: Path) -> None:
    opml = (b'<?xml version="1.0"?><opml version="1.0"><body><outline text="Bad &#27;[31m title" xmlUrl="https://a.example/rss"/>'
            b'<outline text="Good" xmlUrl="https://b.example/rss"/></body></opml>')
    found = read_opml(opml, "subs.opml")
    assert [(feed.url, feed.title) for feed in found.feeds] == [("https://a.example/rss", "Bad [31m title"), ("https://b.example/rss", "Good")]


def test_opml_import_refuses_other_schemes_and_entities_and_exports_round_trip(tmp_path: Path, db_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-MARKER", encoding="utf-8")
    opml = tmp_path / "subs.opml"
    opml.write_text(
        f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE opml [<!ENTITY xxe SYSTEM "{secret.as_uri()}"><!ENTITY lol "lollollol">]>
<opml version="1.0">
  <head><title>My feeds</title></head>
  <body>
    <outline text="News">
      <outline text="World &amp; more" title="World &xxe;&lol;" type="rss" xmlUrl="https://world.example/rss"/>
      <outline text="Tech">
        <outline text="Deep &eacute;t&eacute;" type="rss" xmlUrl="http://tech.example/atom.xml" htmlUrl="http://tech.example/"/>
      </outline>
    </outline>
    <outline text="Local" xmlUrl="file:///srv/feeds/local.xml"/>
    <outline text="Evil" xmlUrl="javascript:alert(document.cookie)"/>
    <outline text="Old" xmlurl="ftp://files.example/feed.xml"/>
    <outline text="Command" xmlUrl="exec:~/bin/make-feed"/>
    <outline text="Again" xmlUrl="https://world.example/rss"/>
    <outline text="Forged" xmlUrl="https://x.example/a&#10;briefing: error: fake&#155;2J.xml"/>
  </body>
</opml>""",
        encoding="utf-8",
    )
    imported = run_cli("feed", "import", str(opml), db=db_path)
    assert imported.returncode == 1
    refused = errors_of(imported.stderr)
    assert len(refused) == 4 and all("refused (only http, https and file URLs" in line for line in refused[:3])
    assert "refused (a URL without spaces or control characters" in refused[3] and "\x9b" not in imported.stderr
    assert imported.stderr.strip().splitlines()[-1] == "3 subscribed, 0 already subscribed, 4 refused"
    rows = query(db_path, "SELECT url, title FROM feeds ORDER BY id")
    assert rows == [
        ("https://world.example/rss", "World"),
        ("http://tech.example/atom.xml", "Deep été"),
        ("file:///srv/feeds/local.xml", "Local"),
    ]
    assert "TOP-SECRET" not in json.dumps(rows) and "lol" not in json.dumps(rows)

    exported = run_cli("feed", "export", "-o", str(tmp_path / "out.opml"), db=db_path)
    assert exported.returncode == 0, exported.stderr
    parsed = read_opml((tmp_path / "out.opml").read_bytes(), "out.opml")
    assert [(f.url, f.title) for f in parsed.feeds] == rows and not parsed.refused
    other_db = tmp_path / "other.db"
    assert run_cli("feed", "import", str(tmp_path / "out.opml"), db=other_db).returncode == 0
    assert query(other_db, "SELECT url, title FROM feeds ORDER BY id") == rows

    for bad in (b"", b"<html><body>not opml</body></html>", b"<opml><body><outline"):
        (tmp_path / "bad.opml").write_bytes(bad)
        result = run_cli("feed", "import", str(tmp_path / "bad.opml"), db=other_db)
        assert result.returncode == 1 and len(errors_of(result.stderr)) == 1


# -- real feeds -----------------------------------------------------------------------------


def test_opml_export_and_import_keep_untitled_feeds_untitled_and_odd_titles_readable(tmp_path: Path, db_path: Path) -> None:
    subscribe(db_path, "https://untitled.example/rss", "https://odd.example/rss")
    store = open_db(db_path)
    store.execute("UPDATE feeds SET title = ? WHERE url = ?", ["Odd\ufffe news", "https://odd.example/rss"])
    store.conn.commit()
    exported = run_cli("feed", "export", "-o", str(tmp_path / "out.opml"), db=db_path)
    assert exported.returncode == 0, exported.stderr
    other = tmp_path / "other.db"
    assert run_cli("feed", "import", str(tmp_path / "out.opml"), db=other).returncode == 0
    assert query(other, "SELECT url, title FROM feeds ORDER BY url") == [("https://odd.example/rss", "Odd news"), ("https://untitled.example/rss", None)]


def test_a_feed_removed_and_subscribed_again_takes_its_briefings_back(tmp_path: Path, db_path: Path) -> None:
    feed = tmp_path / "local.xml"
    feed.write_bytes(rss(item("a", "Harbour reopens", LONG_A, "https://local.example/a")))
    [first] = subscribe(db_path, feed.resolve().as_uri())
    refresh_feeds(db_path, full_text=False)
    assert run_cli("feed", "rm", str(first), db=db_path).returncode == 0
    [again] = subscribe(db_path, feed.resolve().as_uri())
    feed.write_bytes(rss(item("a", "Harbour reopens", LONG_A.replace("nine days", "ten days"), "https://local.example/a")))
    [result] = refresh_feeds(db_path, full_text=False).results
    assert result.result_line() == "ok: 0 new, 1 updated, 0 unchanged"  # its own again, and corrected
    assert query(db_path, "SELECT feed_id, instr(text, 'ten days') > 0 FROM articles") == [(again, 1)]


def test_entries_without_links_are_taken_back_by_their_text(tmp_path: Path, db_path: Path) -> None:
    feed = tmp_path / "nolink.xml"
    feed.write_bytes(rss(item("a", "Harbour reopens", LONG_A, "")).replace(b"<link></link>", b"").replace(b"<guid>", b'<guid isPermaLink="false">'))
    [first] = subscribe(db_path, feed.resolve().as_uri())
    refresh_feeds(db_path, full_text=False)
    assert run_cli("feed", "rm", str(first), db=db_path).returncode == 0
    [again] = subscribe(db_path, feed.resolve().as_uri())
    assert refresh_feeds(db_path).results[0].result_line() == "ok: 0 new, 0 updated, 1 unchanged"
    feed.write_bytes(feed.read_bytes().replace(b"nine days", b"ten days"))
    assert refresh_feeds(db_path).results[0].result_line() == "ok: 0 new, 1 updated, 0 unchanged"
    assert query(db_path, "SELECT feed_id FROM articles") == [(again,)]


def test_two_entries_sharing_one_id_keep_the_first_and_change_nothing_later(tmp_path: Path, db_path: Path) -> None:
    feed = tmp_path / "twice.xml"
    feed.write_bytes(rss(item("same", "Harbour", LONG_A, "https://local.example/a"), item("same", "Library", LONG_B, "https://local.example/b")))
    subscribe(db_path, feed.resolve().as_uri())
    assert refresh_feeds(db_path).results[0].result_line() == "ok: 1 new, 0 updated, 0 unchanged, 1 duplicates skipped"
    for _ in range(2):
        assert refresh_feeds(db_path, force=True).results[0].result_line() == "ok: 0 new, 0 updated, 1 unchanged, 1 duplicates skipped"
    assert query(db_path, "SELECT title FROM articles") == [("Harbour",)]


def test_every_real_feed_ingests_or_gives_a_one_line_error(db_path: Path) -> None:
    import feedparser

    expected = {e["file"]: e for e in json.loads((FEEDS / "feed-rs.feedparser-6.0.14.json").read_text(encoding="utf-8"))}
    files = sorted(p for p in (FEEDS / "feed-rs").rglob("*") if p.is_file() and not p.name.endswith(".serde.json"))
    assert len(files) == len(expected)
    ids = subscribe(db_path, *[p.resolve().as_uri() for p in files])
    report = refresh_feeds(db_path, full_text=False)
    by_id = {r.feed_id: r for r in report.results}
    ingested = 0
    for feed_id, path in zip(ids, files, strict=True):
        name = path.relative_to(FEEDS / "feed-rs").as_posix()
        result = by_id[feed_id]
        parsed = feedparser.parse(path.read_bytes())
        usable = sum(1 for e in parsed.entries if e.get("title") or e.get("summary") or e.get("content"))
        assert len(parsed.entries) == expected[name]["entries"], name
        if result.error is not None:
            assert "\n" not in result.error and result.error.startswith(path.resolve().as_uri() + ": "), result.error
            assert usable == 0, (name, result.error)
            continue
        assert result.entries == usable, (name, result)
        stored = result.new + result.duplicates + len(result.entry_errors)
        assert stored == usable, (name, result)
        ingested += 1
    assert ingested >= 60
    assert {r.url.rsplit("/", 1)[-1] for r in report.failed} == {
        "rss_2.0_invalid_1.xml", "xml_sample_1.xml", "xml_sample_2.xml",
        "jsonfeed_elastic_1.1.json", "jsonfeed_example_1.json", "jsonfeed_spec_1.json",
    }
    assert query(db_path, "SELECT count(*) FROM articles WHERE feed_id IS NOT NULL")[0][0] == sum(
        r.new for r in report.results
    )
    assert all(f["items"] == by_id[f["id"]].new for f in list_feeds(open_db(db_path)))


def test_file_names_that_are_no_utf8_are_read_and_subscribed(tmp_path: Path, db_path: Path) -> None:
    folder = os.fsencode(tmp_path)
    article = os.fsdecode(folder + b"/story\xff.txt")
    Path(article).write_text("Harbour reopens\n\n" + LONG_A, encoding="utf-8")
    feed = os.fsdecode(folder + b"/feed\xff.xml")
    Path(feed).write_bytes(rss(item("a", "Library", LONG_B, "https://local.example/b")))
    added = run_cli("add", article, db=db_path)
    assert added.returncode == 0 and "\tnew\tHarbour reopens" in added.stdout, added.stderr
    assert run_cli("feed", "add", feed, db=db_path).returncode == 0
    refreshed = run_cli("refresh", db=db_path)
    assert refreshed.returncode == 0 and "ok: 1 new" in refreshed.stdout, refreshed.stdout + refreshed.stderr


def test_an_add_cancelled_stops_after_the_article_being_stored(tmp_path: Path, db_path: Path) -> None:
    """Quitting the app cancels its add: the article being stored is stored whole, no later
    entry is fetched or analysed."""
    from briefing.ingest import ingest

    feed = tmp_path / "many.xml"
    feed.write_bytes(rss(*(item(f"e{n}", f"Story {n}", f"{LONG_A} It was story {n}.", f"https://local.example/{n}") for n in range(5))))
    db = open_db(db_path)
    cancel = threading.Event()
    outcomes = ingest(db, str(feed), on_article=cancel.set, cancel=cancel)
    assert [o.title for o in outcomes] == ["Story 0"]
    assert db.execute("SELECT title, quote_count FROM articles").fetchall() == [("Story 0", outcomes[0].quotes)]
