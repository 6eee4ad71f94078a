"""Reading inputs: plain text, Markdown, URLs, stdin-like payloads, caps, and normalisation."""

from __future__ import annotations

import base64
import gzip
import http.server
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import SHARED, run_cli

from briefing.errors import BriefingError
from briefing.reading.document import RawSection, SourceDocument, without_password
from briefing.reading.html import read_html
from briefing.reading.normalize import normalize
from briefing.reading.plaintext import read_markdown, read_plain_text
from briefing.reading.fetching import fetch
from briefing.reading.sources import read_source
from briefing.text import clean_text


def article_from(path: Path):  # type: ignore[no-untyped-def]
    [document] = read_source(str(path))
    return normalize(document)


def test_escape_sequences_and_controls_never_survive() -> None:
    hostile = (
        "Red\x1b[31m alert\x1b[0m, link \x1b]8;;https://evil.example\x07here\x1b]8;;\x07,"
        " clipboard\x1b]52;c;ZXZpbA==\x07 done\x9b2J \x1bPqdata\x1b\\ bell\x07 nul\x00"
        " \u202eoverride\u202c \u2066isolate\u2069"
    )
    cleaned = clean_text(hostile)
    assert cleaned == "Red alert, link here, clipboard done2J  bell nul override isolate"  # (an 8-bit CSI loses its control only)
    assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in cleaned)


def test_a_stray_control_that_opens_no_terminated_sequence_takes_no_text_with_it() -> None:
    mojibake = "“Repairs are overdue.” She spoke on Tuesday. “Bye.”".encode("utf-8").decode("latin-1")  # ” holds a U+009D, “ a U+009C
    cleaned = clean_text(f"{mojibake}\n\nDrivers will be diverted.\n\nNote \x1b]resident view.")
    assert "overdue.â She spoke on Tuesday. âBye." in cleaned
    assert cleaned.endswith("\n\nDrivers will be diverted.\n\nNote resident view.")
    paragraphs = "".join(f"<p>{text}</p>" for text in (mojibake, "Drivers will be diverted along Route 9 for six months.", "The council said buses would keep running."))
    document = read_html(f"<html><body><article>{paragraphs}</article></body></html>", "page.html")
    assert [p.split()[-1] for p in document.sections[0].paragraphs] == ["âBye.â", "months.", "running."]


def test_unicode_is_nfc_and_tabs_newlines_kept() -> None:
    assert clean_text("cafe\u0301\tbar\nbaz") == "caf\u00e9\tbar\nbaz"


def test_repeated_headline_and_trailing_furniture_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(
        "Storm Closes Ports\n\nStorm Closes Ports\n\nThe storm closed three ports on Friday.\n\n"
        "Crews expect to reopen them by Sunday.\n\nShare this article\n\nPost a Comment\n\n0 Comments\n",
        encoding="utf-8",
    )
    article = article_from(path)
    assert article.title == "Storm Closes Ports"
    assert article.text == "The storm closed three ports on Friday.\n\nCrews expect to reopen them by Sunday."


def test_paragraph_offsets_are_exact(tmp_path: Path) -> None:
    document = SourceDocument("t", [RawSection(None, ["  One  para\u00a0graph. ", "", "Two\nlines here."]), RawSection("Later", ["Three."])])
    article = normalize(document)
    assert [article.text[p.start : p.end] for p in article.paragraphs] == ["One para graph.", "Two lines here.", "Three."]
    assert [s.heading for s in article.sections] == [None, "Later"]


def test_markdown_headings_become_sections() -> None:
    document = read_markdown(
        "# The Headline\n\nBy Ana Lima\n\nIntro with a [link](https://x.example) and **bold** words.\n\n"
        "## First part\n\nOne.\n\n- item a\n- item b\n\nSecond part\n-----------\n\nTwo.\n",
        "doc.md",
    )
    article = normalize(document)
    assert article.title == "The Headline"
    assert article.byline == "Ana Lima"
    assert [s.heading for s in article.sections] == [None, "First part", "Second part"]
    assert article.text.split("\n\n") == ["Intro with a link and bold words.", "One.", "item a", "item b", "Two."]


def test_markdown_headings_need_no_blank_line_and_front_matter_is_no_text() -> None:
    document = read_markdown(
        "---\ntitle: \"Front Matter Title\"\nauthor: Jane Roe\ndate: 2024-01-02\n---\n"
        "# The Headline\nThe minister said on Monday that the port will reopen.\n## Background\nMore text follows.\n",
        "doc.md",
    )
    article = normalize(document)
    assert (article.title, article.byline, article.published) == ("The Headline", "Jane Roe", "2024-01-02")
    assert [s.heading for s in article.sections] == [None, "Background"]
    assert article.text.split("\n\n") == ["The minister said on Monday that the port will reopen.", "More text follows."]
    untitled = normalize(read_markdown("---\ntitle: Only Here\n---\n\nSome text.\n", "doc.md"))
    assert (untitled.title, untitled.text) == ("Only Here", "Some text.")
    ruled = normalize(read_markdown("---\nA paragraph framed by rules.\n---\n\nMore text.\n", "doc.md"))
    assert ruled.text == "--- A paragraph framed by rules. ---\n\nMore text."  # two rules around prose: no front matter
    code = normalize(read_markdown("# Title\n\nIntro.\n\n```sh\npip install thing\n# then run it\n```\n\nThe end.\n", "doc.md"))
    assert [s.heading for s in code.sections] == [None] and code.text.endswith("The end.")  # a comment in code is no heading


def test_windows_line_ends_read_like_unix_ones(seed_path: Path, tmp_path: Path) -> None:
    unix = seed_path.read_text(encoding="utf-8")
    assert "\r" not in unix
    windows = tmp_path / "seed-windows.txt"
    windows.write_bytes(unix.replace("\n", "\r\n").encode("utf-8"))
    [expected], [found] = read_source(str(seed_path)), read_source(str(windows))
    assert normalize(found).text == normalize(expected).text and found.title == expected.title
    markdown = read_markdown("# Headline\r\n\r\nFirst paragraph.\r\n\r\n## Part\r\n\r\nSecond.\r\n", "doc.md")
    assert markdown.title == "Headline" and [s.heading for s in markdown.sections] == [None, "Part"]


def test_plain_text_without_headline_line() -> None:
    document = read_plain_text("This first paragraph is a sentence.\nIt wraps.\n\nSecond one.", "x.txt")
    assert document.title is None
    assert normalize(document).text == "This first paragraph is a sentence. It wraps.\n\nSecond one."


@pytest.mark.parametrize("closing", ["”", '"', "’", "'"])
def test_a_first_sentence_ending_inside_a_quote_is_no_headline(closing: str) -> None:
    opening = {"”": "“", "’": "‘"}.get(closing, closing)
    lead = f"For 31 years, Hector Villanueva has fixed cars on a stretch that locals call {opening}the Strip.{closing}"
    document = read_plain_text(f"{lead}\n\nNow Mr. Villanueva is not sure where he will go.", "x.txt")
    assert document.title is None
    assert normalize(document).text.startswith(lead)


def test_a_headline_may_end_with_a_quoted_word() -> None:
    document = read_plain_text("Boss hails ‘magnificent’ Dunmore after the final\n\nThe manager said so.", "x.txt")
    assert document.title == "Boss hails ‘magnificent’ Dunmore after the final"
    headline = read_plain_text("Minister: ‘We will not back down’\n\nThe minister said so on Monday.", "x.txt")
    assert headline.title == "Minister: ‘We will not back down’"


ENCODED_TEXT = "Menu Notes\n\nA naïve café owner, 42, said “bonjour”."


@pytest.mark.parametrize(
    "data",
    [
        ENCODED_TEXT.encode("cp1252"),
        ("\ufeff" + ENCODED_TEXT).encode("utf-16-le"),
        ENCODED_TEXT.encode("utf-8-sig"),
        ("\ufeff" + ENCODED_TEXT).encode("utf-32-be"),
        ("\ufeff" + ENCODED_TEXT).encode("utf-32-le"),
        ENCODED_TEXT.encode("utf-16-le"),
        ENCODED_TEXT.encode("utf-16-be"),
    ],
    ids=["undeclared-windows-1252", "utf-16-bom", "utf-8-bom", "utf-32be-bom", "utf-32le-bom", "utf-16le", "utf-16be"],
)
def test_text_encodings(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "enc.txt"
    path.write_bytes(data)
    article = article_from(path)
    assert article.title == "Menu Notes"
    assert article.text == "A naïve café owner, 42, said “bonjour”."


def test_gzip_input_is_unpacked_but_a_bomb_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    packed = tmp_path / "story.txt.gz"
    packed.write_bytes(gzip.compress(b"Packed Story\n\nIt was compressed on disk, officials said.\n"))
    assert article_from(packed).title == "Packed Story"

    monkeypatch.setenv("BRIEFING_MAX_BYTES", "1000000")
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"A" * 50_000_000))
    with pytest.raises(BriefingError, match="decompresses to more than"):
        read_source(str(bomb))


def test_gzip_cut_short_is_an_error_and_several_members_are_read_whole(tmp_path: Path) -> None:
    story = b"Packed Story\n\nIt was compressed on disk, officials said.\n\n" + b"More words of the story follow here. " * 200
    cut = tmp_path / "cut.txt.gz"
    cut.write_bytes(gzip.compress(story)[:-20])
    with pytest.raises(BriefingError, match="the gzip data is cut short"):
        read_source(str(cut))
    joined = tmp_path / "joined.txt.gz"  # what `cat a.gz b.gz` makes
    joined.write_bytes(gzip.compress(story[:1000]) + gzip.compress(story[1000:]))
    plain = tmp_path / "plain.txt"
    plain.write_bytes(story)
    assert article_from(joined).text == article_from(plain).text
    shredded = tmp_path / "shredded.txt.gz"  # thousands of tiny parts: refused at once, not unpacked for minutes
    shredded.write_bytes(gzip.compress(b"ab", mtime=0) * 50_000)
    started = time.monotonic()
    with pytest.raises(BriefingError, match="gzip data of more than 1,000 parts"):
        read_source(str(shredded))
    assert time.monotonic() - started < 2


def test_size_cap_is_configurable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.txt"
    path.write_text("Big\n\n" + "word " * 1000, encoding="utf-8")
    monkeypatch.setenv("BRIEFING_MAX_BYTES", "1000")
    with pytest.raises(BriefingError, match="larger than the 1,000-byte limit"):
        read_source(str(path))


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (the http.server API)
        if self.path == "/slow":
            time.sleep(3)
        if self.path.startswith("/trickle"):
            self._trickle()
            return
        if self.path.startswith("/private"):
            self._private()
            return
        if self.path == "/garbage":
            self.wfile.write(b"garbage\r\n\r\n")
            return
        if self.path == "/cut-short":  # the connection drops before the promised length
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "5000")
            self.end_headers()
            self.wfile.write(b"<html><body><article><p>The first words of a story that never ends")
            return
        body = b"<html><head><title>Served Page</title></head><body><article><p>" + b"Served over HTTP for the test, officials said. " * 5
        body += b"Asked for " + self.path.encode() + b".</p></article></body></html>"
        if self.path == "/missing":
            self.send_error(404, "Not Found")
            return
        if self.path in ("/bad-redirect", "/ftp-redirect"):
            self.send_response(302)
            self.send_header("Location", "http://bad..host/" if self.path == "/bad-redirect" else "ftp://127.0.0.1:9/feed.xml")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _private(self) -> None:
        """A page for user "reader", password "s3cret:x" only; /private-moved sends to it on another host name."""
        if self.path == "/private-moved":
            self.send_response(302)
            self.send_header("Location", f"http://localhost:{self.server.server_address[1]}/private")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.headers.get("Authorization") != "Basic " + base64.b64encode(b"reader:s3cret:x").decode():
            self.send_error(401, "Unauthorized")
            return
        body = b"<html><head><title>Members</title></head><body><article><p>" + b"For members only, the club said on Monday. " * 5 + b"</p></article></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _trickle(self) -> None:
        """One byte every 0.2 s for 8 s, of the body (after a large Content-Length) or of the headers."""
        if self.path == "/trickle-body":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
        else:
            self.wfile.write(b"HTTP/1.0 200 OK\r\nX-Slow: ")
        try:
            for _ in range(40):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.2)
        except OSError:  # the client gave up
            pass

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_is_fetched_and_extracted(server: str) -> None:
    [document] = read_source(f"{server}/story")
    article = normalize(document)
    assert "Served over HTTP for the test" in article.text
    assert article.title == "Served Page"


def test_url_errors_are_one_line(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(BriefingError, match="HTTP 404"):
        read_source(f"{server}/missing")
    monkeypatch.setattr("briefing.reading.fetching.FETCH_TIMEOUT_SECONDS", 0.5)
    with pytest.raises(BriefingError, match="timed out|cannot fetch"):
        read_source(f"{server}/slow")
    with pytest.raises(BriefingError, match="cannot fetch"):
        read_source("http://127.0.0.1:9/unreachable")


def test_a_user_name_and_password_in_the_url_are_sent_to_their_host_only_and_never_shown(server: str) -> None:
    private = server.replace("http://", "http://reader:s3cret%3Ax@")  # a ":" in the password, percent-encoded
    [document] = read_source(f"{private}/private")
    assert "For members only" in normalize(document).text
    with pytest.raises(BriefingError) as caught:
        read_source(server.replace("http://", "http://reader:wrong@") + "/private")
    assert str(caught.value) == server.replace("http://", "http://reader:***@") + "/private: HTTP 401 Unauthorized"
    with pytest.raises(BriefingError, match="HTTP 401") as caught:
        read_source(f"{private}/private-moved")  # the same server under another name: not given the password
    assert "s3cret" not in str(caught.value)


@pytest.mark.parametrize(("url", "shown"), [
    ("http://reader:s3cret@example.com:8080/feed", "http://reader:***@example.com:8080/feed"),
    ("http://reader:pa:ss@example.com/feed", "http://reader:***@example.com/feed"),
    ("http://reader:p@ss@example.com/feed", "http://reader:***@example.com/feed"),  # the last "@" ends the password
    ("https://reader:ab/cd@example.com/feed", "https://reader:***@example.com/feed"),  # no valid URL, still no password
    ("https://medium.com/@writer", "https://medium.com/@writer"),
    ("https://example.com:8443/@writer.rss", "https://example.com:8443/@writer.rss"),  # a port, no password
    ("https://nitter.example/search/rss?q=from:me@x", "https://nitter.example/search/rss?q=from:me@x"),
    ("http://[::1]:8080/@a/feed", "http://[::1]:8080/@a/feed"),
    ("https://reader:2024/secret@example.com/feed", "https://reader:***@example.com/feed"),  # digits and "/": no port of a host
    ("https://reader:pa\nss@example.com/feed", "https://reader:***@example.com/feed"),  # (urlsplit drops the newline)
    ("https://reader@example.com/feed", "https://reader@example.com/feed"),
])
def test_a_password_in_a_url_is_never_shown(url: str, shown: str) -> None:
    assert without_password(url) == shown


def test_a_redirect_to_another_scheme_is_refused(server: str) -> None:
    with pytest.raises(BriefingError, match=r"cannot fetch \(redirected to a bad URL: only http and https are followed, not ftp:\)"):
        read_source(f"{server}/ftp-redirect")


@pytest.mark.parametrize("path", ["/trickle-body", "/trickle-headers"])
def test_a_server_trickling_bytes_is_cut_off_at_the_timeout(server: str, path: str) -> None:
    started = time.monotonic()
    with pytest.raises(BriefingError) as caught:
        fetch(server + path, 1_000_000, timeout=1.0)
    assert str(caught.value) == f"{server}{path}: timed out after 1 s"
    assert time.monotonic() - started < 2.0


def test_a_host_name_whose_lookup_hangs_is_cut_off_at_the_timeout_and_others_resolve(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    resolve = socket.getaddrinfo

    def silent_dns_for_one_name(host: str, *args: Any, **kwargs: Any) -> Any:
        if host == "news.silent-dns.example":
            time.sleep(5)
        return resolve(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", silent_dns_for_one_name)
    started = time.monotonic()
    with pytest.raises(BriefingError) as caught:
        fetch("http://news.silent-dns.example/feed.xml", 1_000_000, timeout=0.5)
    assert str(caught.value) == "http://news.silent-dns.example/feed.xml: timed out after 0.5 s"
    assert time.monotonic() - started < 1.5
    by_name = server.replace("127.0.0.1", "localhost")  # ::1 may come first and refuse: 127.0.0.1 then
    assert "Served over HTTP for the test" in fetch(f"{by_name}/story", 1_000_000, timeout=5).data.decode()


def test_an_answer_cut_short_is_an_error_not_half_an_article(server: str) -> None:
    with pytest.raises(BriefingError) as caught:
        read_source(f"{server}/cut-short")
    assert str(caught.value).startswith(f"{server}/cut-short: the answer was cut short (")


def test_an_iri_is_fetched_percent_encoded_as_browsers_do(server: str) -> None:
    [document] = read_source(f"{server}/news/zürich-story?city=Zürich")
    assert "Asked for /news/z%C3%BCrich-story?city=Z%C3%BCrich." in normalize(document).text
    assert document.url == f"{server}/news/zürich-story?city=Zürich"  # as given, not the encoded form


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://[::1", "http://[::1: not a valid URL (Invalid IPv6 URL)"),
        ("http://127.0.0.1:9/a b", "http://127.0.0.1:9/a b: not a valid URL (it contains a space or a control character)"),
        ("http://127.0.0.1:9/a\x1b[2Jb", "http://127.0.0.1:9/a\\x1b[2Jb: not a valid URL (it contains a space or a control character)"),
        ("http://127.0.0.1:99999/", "http://127.0.0.1:99999/: not a valid URL (Port out of range 0-65535)"),
        ("http://bad..host/story", "http://bad..host/story: not a valid URL (bad host name 'bad..host')"),
        ("http:///story", "http:///story: not a valid URL (no host)"),
    ],
    ids=["ipv6", "space", "escape", "port", "host", "no-host"],
)
def test_a_url_no_request_can_carry_is_a_one_line_error(url: str, message: str) -> None:
    with pytest.raises(BriefingError) as caught:
        read_source(url)
    assert str(caught.value) == message


def test_a_broken_answer_or_redirect_is_a_one_line_error(server: str) -> None:
    with pytest.raises(BriefingError, match=r"/garbage: cannot fetch \(a broken HTTP answer: BadStatusLine\)$"):
        read_source(f"{server}/garbage")
    with pytest.raises(BriefingError, match=r"^[^\n]*/bad-redirect: cannot fetch \(redirected to a bad URL: [^\n]*\)$"):
        read_source(f"{server}/bad-redirect")


def test_a_bad_url_fails_alone_among_the_inputs_of_add(tmp_path: Path, db_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Harbour Reopens\n\nThe harbour reopened on Friday after the storm, officials said.\n", encoding="utf-8")
    result = run_cli("add", "http://[::1", str(story), "http://127.0.0.1:9/a b", db=db_path)
    assert result.returncode == 1
    assert [line for line in result.stderr.splitlines() if line.startswith("briefing: error:")] == [
        "briefing: error: http://[::1: not a valid URL (Invalid IPv6 URL)",
        "briefing: error: http://127.0.0.1:9/a b: not a valid URL (it contains a space or a control character)",
    ]
    assert "\tnew\tHarbour Reopens\t" in result.stdout


def test_plain_text_heading_lines_open_sections() -> None:
    document = read_plain_text(
        "Council Backs Seawall\n\nCouncillors voted on Tuesday to rebuild the seawall after the storm of last winter.\n\n"
        "A divided chamber\n\nThe vote passed by seven to four after a debate that lasted most of the evening.\n\n"
        "Short line\n\nToo short to follow.\n",
        "story.txt",
    )
    article = normalize(document)
    assert article.title == "Council Backs Seawall"
    assert [s.heading for s in article.sections] == [None, "A divided chamber"]
    assert article.text.endswith("Short line\n\nToo short to follow.")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document"),
        (gzip.compress(b"\x89PNG\r\n\x1a\n" + bytes(range(256))), "a PNG image"),
        (b"\x00\x01\x02binary\x00\xff" * 50, "binary data"),
        (b"".join(n.to_bytes(2, "little") for n in range(1, 4000)), "binary data"),  # zeros on one side, like UTF-16
        (b"Notes\n\nA stray\x00 zero byte in windows-1252 text, caf\xe9 owners said.", "binary data"),
    ],
    ids=["pdf", "gzipped-png", "binary", "16-bit-numbers", "text-with-a-zero-byte"],
)
def test_binary_inputs_are_refused(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(data)
    with pytest.raises(BriefingError, match=message):
        read_source(str(path))


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("feed.json", '{"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": [{"id": "1", "content_text": "Hi."}]}',
         "a JSON Feed, which briefing cannot read (only RSS, Atom and RDF feeds)"),
        ("library.txt", '[{"title": "Harbour reopens", "text": "The harbour reopened on Friday."}]', "JSON data, not an article"),
        # what `briefing analyze --format jsonl` prints
        ("analyses.jsonl", '{"schema": "briefing.analysis/1", "title": "A"}\n{"schema": "briefing.analysis/1", "title": "B"}\n',
         "JSON data, not an article"),
    ],
)
def test_json_is_refused_and_a_json_feed_named(tmp_path: Path, name: str, content: str, reason: str) -> None:
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(BriefingError) as caught:
        read_source(str(path))
    assert str(caught.value) == f"{path}: {reason}"


def test_xml_that_is_not_a_feed_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BriefingError) as caught:
        read_source(str(SHARED / "eval" / "feeds" / "feed-rs" / "xml" / "xml_sample_1.xml"))
    assert "XML that is not a feed" in str(caught.value)
    page = tmp_path / "page.xhtml"  # an XHTML page opens with an XML declaration too
    page.write_text('<?xml version="1.0" encoding="utf-8"?>\n<html><body><article><p>The harbour reopened on Friday after nine days, '
                    "officials said.</p></article></body></html>", encoding="utf-8")
    assert "The harbour reopened" in article_from(page).text


def test_text_that_opens_with_a_bracket_is_no_json(tmp_path: Path) -> None:
    bracketed = tmp_path / "update.txt"
    bracketed.write_text("[Update] The harbour reopened on Friday.\n\nShips returned.")
    assert article_from(bracketed).text == "[Update] The harbour reopened on Friday.\n\nShips returned."


def test_a_10_mb_single_line_is_analysed_in_bounded_time(tmp_path: Path) -> None:
    import subprocess
    import sys

    words = "the harbour master said 12 boats left Ostend on Monday while Mr. Ruiz counted ships".split()
    path = tmp_path / "one-line.txt"
    path.write_text(" ".join(words[i % len(words)] for i in range(1_800_000)), encoding="utf-8")
    assert path.stat().st_size > 10_000_000
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "briefing", "analyze", str(path), "--format", "jsonl"], capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert time.monotonic() - started < 90


def test_file_urls_are_read_and_other_schemes_refused(seed_path: Path) -> None:
    [document] = read_source(seed_path.resolve().as_uri())
    assert document.title and document.title.startswith("Putin Sees Trump")
    for spec in ("ftp://example.com/story.txt", "javascript:alert(1)"):
        with pytest.raises(BriefingError, match=r"refused \(only http and https URLs are fetched, and file: URLs read\)$"):
            read_source(spec)


def test_a_text_without_blank_lines_is_cut_into_bounded_paragraphs_at_sentence_ends() -> None:
    """A transcript or a page saved without blank lines is one paragraph of megabytes: cut, the
    reader, the search's snippets and the analysis stay quick on it."""
    text = "The council met on Monday to discuss the new bridge over the river. " * 400
    article = normalize(read_plain_text(text, "transcript.txt"))
    paragraphs = [article.text[p.start : p.end] for p in article.paragraphs]
    assert len(paragraphs) >= 9
    assert all(len(p) <= 3000 and p.endswith("river.") for p in paragraphs)
    assert article.text.split() == text.split()  # every word kept, in order



def test_a_size_cap_that_is_no_number_is_a_one_line_error(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The harbour reopened on Monday after repairs, the council said.", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "briefing", "add", str(article)], capture_output=True, text=True,
                            env={**os.environ, "BRIEFING_MAX_BYTES": "abc", "BRIEFING_DB": str(tmp_path / "l.db")})
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[0] == "briefing: error: BRIEFING_MAX_BYTES='abc': not a number of bytes (unset it for the default, 20 MB)"


def test_a_size_cap_beyond_any_input_reads_files_and_standard_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Harbour\n\nThe harbour reopened on Monday after repairs, the council said.", encoding="utf-8")
    monkeypatch.setenv("BRIEFING_MAX_BYTES", "9" * 26)
    [document] = read_source(str(article))
    assert "reopened on Monday" in normalize(document).text
    result = subprocess.run([sys.executable, "-m", "briefing", "analyze", "-"], input=article.read_text(encoding="utf-8"),
                            capture_output=True, text=True, env={**os.environ, "BRIEFING_MAX_BYTES": "9" * 26})
    assert result.returncode == 0 and "reopened on Monday" in result.stdout


def test_the_last_sentence_of_a_long_paragraph_is_kept_though_it_reads_like_boilerplate() -> None:
    text = "The council met on Monday to discuss the new bridge over the river. " * 44 + "Related talks continue next week."
    article = normalize(read_plain_text(text, "council.txt"))
    assert article.text.endswith("Related talks continue next week.")
