"""Reading feeds: one document per entry, formats, bodies, errors, hostile XML."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from briefing.errors import BriefingError
from briefing.reading.document import SourceDocument
from briefing.reading.feeds import read_feed
from briefing.reading.sniffing import looks_like_feed
from briefing.reading.sources import read_source

RSS2 = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Example News</title>
  <link>https://news.example.com/</link>
  <description>All the news</description>
  <item>
    <title>Bridge reopens after repairs</title>
    <link>https://news.example.com/bridge</link>
    <guid isPermaLink="false">news-1001</guid>
    <dc:creator>Sam Reyes</dc:creator>
    <pubDate>Tue, 05 Mar 2024 09:30:00 +0100</pubDate>
    <description>Short teaser.</description>
    <content:encoded><![CDATA[
      <p>The old bridge reopened on Tuesday after eight months of repairs.</p>
      <h2>Traffic</h2>
      <p>Buses return to their usual routes next week.</p>
      <ul><li>Route 4 restored</li><li>Route 9 restored</li></ul>
      <script>alert("x")</script>
    ]]></content:encoded>
  </item>
  <item>
    <title>Library extends opening hours</title>
    <link>https://news.example.com/library</link>
    <description>The central library will open until nine.&lt;br&gt;&lt;br&gt;Weekend hours stay the same.</description>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="html">Example &lt;b&gt;Atom&lt;/b&gt;</title>
  <id>urn:example:feed</id>
  <updated>2024-03-06T10:00:00Z</updated>
  <entry>
    <title>Harbour plan approved</title>
    <id>urn:example:entry:1</id>
    <link rel="alternate" href="https://atom.example.com/harbour"/>
    <updated>2024-03-06T10:00:00Z</updated>
    <author><name>Lee Chan</name></author>
    <content type="html">&lt;p&gt;The harbour plan was approved.&lt;/p&gt;&lt;p&gt;Work starts in May.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Plain text entry</title>
    <id>urn:example:entry:2</id>
    <link href="https://atom.example.com/plain"/>
    <updated>2024-03-07T08:00:00Z</updated>
    <content type="text">First paragraph
of plain text.

Second paragraph.</content>
  </entry>
</feed>
"""

RSS1 = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://rdf.example.org/">
    <title>RDF News</title><link>https://rdf.example.org/</link><description>d</description>
  </channel>
  <item rdf:about="https://rdf.example.org/a">
    <title>Alpha</title><link>https://rdf.example.org/a</link>
    <description>Alpha happened today.</description>
    <dc:creator>Ann Berg</dc:creator><dc:date>2024-01-02T03:04:05Z</dc:date>
  </item>
  <item rdf:about="https://rdf.example.org/b">
    <title>Beta</title><link>https://rdf.example.org/b</link>
    <description>Beta happened too.</description>
  </item>
</rdf:RDF>
"""


def read(tmp_path: Path, text: str | bytes, **kwargs) -> list[SourceDocument]:
    path = tmp_path / "feed.xml"
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return read_feed(path.read_bytes(), "feed.xml", **kwargs)


def paragraphs(document: SourceDocument) -> list[str]:
    return [p for s in document.sections for p in s.paragraphs]


def test_rss2_items_become_documents(tmp_path: Path) -> None:
    documents = read(tmp_path, RSS2, feed_url="https://news.example.com/rss")
    titles = [d.title for d in documents]
    assert titles == ["Bridge reopens after repairs", "Library extends opening hours"]
    first = documents[0]
    assert first.source == "feed.xml#0" and documents[1].source == "feed.xml#1"
    assert first.url == "https://news.example.com/bridge"
    assert first.entry_id == "news-1001"
    assert documents[1].entry_id == "https://news.example.com/library"
    assert first.byline == "Sam Reyes"
    assert first.published == "2024-03-05T08:30:00+00:00"
    assert first.feed_title == "Example News"
    assert first.feed_url == "https://news.example.com/rss"


def test_rss2_body_is_the_full_content_cut_into_sections(tmp_path: Path) -> None:
    first = read(tmp_path, RSS2)[0]
    assert paragraphs(first)[0].startswith("The old bridge reopened on Tuesday after eight")
    traffic = next(s for s in first.sections if s.heading == "Traffic")
    assert traffic.paragraphs == [
        "Buses return to their usual routes next week.", "Route 4 restored", "Route 9 restored",
    ]
    assert "Short teaser." not in paragraphs(first)
    assert not any("alert" in p or "<" in p for p in paragraphs(first))


def test_double_line_break_splits_paragraphs(tmp_path: Path) -> None:
    library = read(tmp_path, RSS2)[1]
    assert paragraphs(library) == [
        "The central library will open until nine.", "Weekend hours stay the same.",
    ]


def test_atom_entries(tmp_path: Path) -> None:
    harbour, plain = read(tmp_path, ATOM)
    assert harbour.title == "Harbour plan approved"
    assert harbour.url == "https://atom.example.com/harbour"
    assert harbour.entry_id == "urn:example:entry:1"
    assert harbour.byline == "Lee Chan"
    assert harbour.published == "2024-03-06T10:00:00+00:00"
    assert harbour.feed_title == "Example Atom"
    assert paragraphs(harbour) == ["The harbour plan was approved.", "Work starts in May."]
    assert paragraphs(plain) == ["First paragraph of plain text.", "Second paragraph."]


def test_rss1_items(tmp_path: Path) -> None:
    alpha, beta = read(tmp_path, RSS1)
    assert (alpha.title, beta.title) == ("Alpha", "Beta")
    assert alpha.url == alpha.entry_id == "https://rdf.example.org/a"
    assert alpha.byline == "Ann Berg"
    assert alpha.published == "2024-01-02T03:04:05+00:00"
    assert alpha.feed_title == "RDF News"
    assert paragraphs(beta) == ["Beta happened too."]


def test_entry_without_text_uses_title_or_is_skipped(tmp_path: Path) -> None:
    feed = """<rss version="2.0"><channel><title>T</title>
      <item><link>https://e.com/1</link></item>
      <item><title>Only a title</title><link>https://e.com/2</link></item>
    </channel></rss>"""
    documents = read(tmp_path, feed)
    assert len(documents) == 1
    assert documents[0].source == "feed.xml#1"
    assert paragraphs(documents[0]) == ["Only a title"]


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty"),
    (b"<!DOCTYPE html><html><head><title>x</title></head><body>Hi</body></html>", "HTML page"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR garbage", "not a feed"),
    (b'<?xml version="1.0"?><catalog><book>XML, no feed</book></catalog>', "no RSS, Atom or RDF"),
    (b'<rss version="2.0"><channel><title>B</title><item><title>A</item></channel>', "no usable entry"),  # an empty entry of broken XML
])
def test_not_a_feed_is_a_one_line_error(tmp_path: Path, data: bytes, reason: str) -> None:
    with pytest.raises(BriefingError, match="not a feed") as caught:
        read(tmp_path, data)
    message = str(caught.value)
    assert message.startswith("feed.xml: not a feed (") and reason in message
    assert "\n" not in message


def test_data_is_never_taken_for_a_file_name(tmp_path: Path) -> None:
    feed_file = tmp_path / "real.xml"
    feed_file.write_text(RSS2, encoding="utf-8")
    with pytest.raises(BriefingError, match="not a feed"):
        read_feed(str(feed_file).encode(), "name.xml")


def test_ill_formed_feed_with_entries_is_read_with_a_warning(tmp_path: Path) -> None:
    broken = RSS2.replace("Library extends opening hours", "Library & more")
    warnings: list[str] = []
    documents = read(tmp_path, broken, warnings=warnings)
    assert len(documents) == 2
    assert len(warnings) == 1 and "\n" not in warnings[0]


def test_a_feed_whose_entries_hold_no_text_is_no_broken_feed_though_the_parser_complains(tmp_path: Path) -> None:
    podcast = b'<?xml version="1.0" encoding="us-ascii"?><rss version="2.0"><channel><title>Caf\xc3\xa9 pod</title>'
    podcast += b'<item><enclosure url="https://e.com/a.mp3" type="audio/mpeg" length="1"/></item></channel></rss>'
    warnings: list[str] = []
    assert read(tmp_path, podcast, warnings=warnings) == [] and len(warnings) == 1
    dated_only = podcast.replace(b'<enclosure url="https://e.com/a.mp3" type="audio/mpeg" length="1"/>', b"<pubDate>Mon, 06 Sep 2021 16:45:00 GMT</pubDate>")
    assert read(tmp_path, dated_only, warnings=[]) == []


def test_escape_sequences_and_bidi_overrides_leave_no_trace_in_titles(tmp_path: Path) -> None:
    feed = """<?xml version="1.0"?><rss version="2.0"><channel><title>Evil \x1b]0;owned\x07\x1b[2J feed \u202eoverride</title>
      <item><title>Entry \x1b[31mred\x1b[0m title</title><guid isPermaLink="false">e1</guid>
      <description>The council voted \x1b[5mon Tuesday\x1b[0m to approve the plan.</description></item>
    </channel></rss>"""
    [document] = read(tmp_path, feed, warnings=[])
    assert document.feed_title == "Evil feed override"
    assert document.title == "Entry red title"
    assert paragraphs(document) == ["The council voted on Tuesday to approve the plan."]


def test_external_entities_are_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-MARKER", encoding="utf-8")
    feed = f"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "{secret.as_uri()}"><!ENTITY pw SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>T &xxe;</title>
<item><title>Entry &xxe;</title><description>Body &xxe; &pw;</description></item>
</channel></rss>"""
    documents = read(tmp_path, feed)
    texts = [documents[0].title or "", documents[0].feed_title or "", *paragraphs(documents[0])]
    assert all("TOP-SECRET-MARKER" not in t and "root:" not in t for t in texts)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_billion_laughs_is_fast(tmp_path: Path, encoding: str) -> None:
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    ]
    feed = (f'<?xml version="1.0" encoding="{encoding}"?>\n<!DOCTYPE rss [{"".join(entities)}]>\n'
            "<rss version=\"2.0\"><channel><title>T</title>"
            "<item><title>Laughs</title><description>&lol9;</description></item></channel></rss>")
    started = time.perf_counter()
    documents = read(tmp_path, feed.encode(encoding))
    assert time.perf_counter() - started < 2
    assert [d.title for d in documents] == ["Laughs"]
    assert all(len(p) < 1000 for p in paragraphs(documents[0]))


@pytest.mark.parametrize("data", [
    b"<rss version='2.0'><channel/></rss>",
    b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- made by hand -->\n<feed xmlns="urn:atom"/>',
    b'<?xml version="1.0"?><?xml-stylesheet href="s.xsl"?><rdf:RDF xmlns:rdf="x"/>',
    '<?xml version="1.0" encoding="utf-16"?><rss version="2.0"/>'.encode("utf-16"),
])
def test_looks_like_feed(data: bytes) -> None:
    assert looks_like_feed(data)


@pytest.mark.parametrize("data", [
    b"", b"<!DOCTYPE html><html><body>rss</body></html>", b"<p>See <rss> feeds</p>", b"plain text",
])
def test_does_not_look_like_feed(data: bytes) -> None:
    assert not looks_like_feed(data)


@pytest.mark.parametrize(("encoding", "bom"), [
    ("utf-32-be", True), ("utf-32-le", True), ("utf-16-be", True), ("utf-16-le", False), ("utf-16-be", False),
])
def test_feeds_in_wide_encodings_are_read_not_refused_as_binary(tmp_path: Path, encoding: str, bom: bool) -> None:
    label = encoding[:6] if bom else encoding
    feed = RSS2.replace('encoding="utf-8"', f'encoding="{label}"')
    path = tmp_path / "feed.xml"
    path.write_bytes((("\ufeff" if bom else "") + feed).encode(encoding))
    documents = read_source(str(path))
    assert [d.title for d in documents] == ["Bridge reopens after repairs", "Library extends opening hours"]


def test_a_json_feed_is_named_as_one_it_cannot_read(tmp_path: Path) -> None:
    feed = b'{"version": "https://jsonfeed.org/version/1", "title": "T", "items": [{"id": "1", "content_text": "Hi."}]}'
    assert looks_like_feed(feed)
    with pytest.raises(BriefingError) as caught:
        read(tmp_path, feed)
    assert str(caught.value) == "feed.xml: a JSON Feed, which briefing cannot read (only RSS, Atom and RDF feeds)"
