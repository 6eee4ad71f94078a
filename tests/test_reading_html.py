"""Reading HTML pages: article body, metadata, guards against hostile markup, decoding."""

from __future__ import annotations

import gzip
import json
import re
import time
from pathlib import Path

import pytest

from briefing.errors import BriefingError
from briefing.reading.document import SourceDocument
from briefing.reading.html import decode_html, read_html
from briefing.reading.sources import read_source

SHARED = Path(__file__).resolve().parents[2] / "shared"

ARTICLE = """
<p>The city council voted on Tuesday to expand the riverside park by twelve hectares, ending a
debate that had run for almost three years and divided residents of the eastern districts.</p>
<p>Supporters said the extension would protect the floodplain and give families in the
crowded neighbourhoods near the old docks a place to walk, play and cool off in summer.</p>
<h2>What changes for residents</h2>
<p>Construction of new footpaths is due to begin next spring, and the council expects the first
meadows to open to the public before the end of the following year, weather permitting.</p>
<p>Opponents, who had argued for housing on part of the land, said they would keep pressing the
council to build affordable homes elsewhere in the district before the next election.</p>
"""

PAGE = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Council expands riverside park | The Daily Example</title>
<meta property="og:title" content="Council expands riverside park">
<meta name="author" content="Maria Lopez">
<meta property="article:published_time" content="2024-03-05T09:30:00Z">
<link rel="canonical" href="https://news.example.com/2024/03/05/riverside-park">
</head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news menu</a></li>
<li><a href="/sport">Sport section menu</a></li></ul></nav></header>
<main>
<article>
<h1>Council expands riverside park</h1>
<p class="byline">By Maria Lopez</p>
{ARTICLE}
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
</article>
<section id="comments" class="comments">
<h3>0 Comments</h3>
<h3>Post a Comment</h3>
<form><textarea>Write your comment here</textarea><button>Submit comment</button></form>
<div class="comment"><p>Great news, finally somewhere to walk the dog!</p></div>
</section>
</main>
<footer><p>Copyright The Daily Example. All rights reserved. Privacy policy.</p></footer>
</body>
</html>
"""


def body_of(document: SourceDocument) -> str:
    parts = []
    for section in document.sections:
        parts.extend([section.heading or "", *section.paragraphs])
    return "\n".join(parts)


def read_page(tmp_path: Path, html: str, **kwargs) -> SourceDocument:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return read_html(decode_html(path.read_bytes()), str(path), **kwargs)


def test_article_paragraphs_and_headings_are_kept(tmp_path: Path) -> None:
    document = read_page(tmp_path, PAGE)
    paragraphs = [p for s in document.sections for p in s.paragraphs]
    assert any(p.startswith("The city council voted on Tuesday") for p in paragraphs)
    assert any(p.startswith("Opponents, who had argued") for p in paragraphs)
    assert "What changes for residents" in [s.heading for s in document.sections]
    residents = next(s for s in document.sections if s.heading == "What changes for residents")
    assert residents.paragraphs[0].startswith("Construction of new footpaths")


def test_each_paragraph_is_one_line(tmp_path: Path) -> None:
    document = read_page(tmp_path, PAGE)
    paragraphs = [p for s in document.sections for p in s.paragraphs]
    assert paragraphs and all("\n" not in p for p in paragraphs)
    assert any("three years and divided residents" in p for p in paragraphs)


def test_navigation_share_buttons_and_comments_are_left_out(tmp_path: Path) -> None:
    body = body_of(read_page(tmp_path, PAGE))
    for noise in ("World news menu", "Share on Facebook", "0 Comments", "Post a Comment",
                  "walk the dog", "Write your comment", "Copyright The Daily Example"):
        assert noise not in body


def test_page_title_is_not_repeated_as_first_heading(tmp_path: Path) -> None:
    document = read_page(tmp_path, PAGE)
    assert document.sections[0].heading != "Council expands riverside park"


def test_metadata_comes_from_the_page(tmp_path: Path) -> None:
    document = read_page(tmp_path, PAGE, url="https://news.example.com/riverside?utm=x")
    assert document.title == "Council expands riverside park"
    assert document.byline == "Maria Lopez"
    assert document.published == "2024-03-05"
    assert document.url == "https://news.example.com/2024/03/05/riverside-park"


def test_url_given_is_used_when_the_page_names_none(tmp_path: Path) -> None:
    page = re.sub(r'<link rel="canonical"[^>]*>', "", PAGE)
    document = read_page(tmp_path, page, url="https://news.example.com/riverside")
    assert document.url == "https://news.example.com/riverside"


@pytest.mark.parametrize("control", ["&#27;", "&#x1b;", "&#x9b;", "&#155;", "&#0;", "\x1b", "\x9b"])
def test_control_characters_do_not_hide_the_article(tmp_path: Path, control: str) -> None:
    page = PAGE.replace("twelve hectares", f"twelve{control} hectares")
    document = read_page(tmp_path, page)
    body = body_of(document)
    assert "The city council voted on Tuesday" in body
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", body)


def test_windows_1252_references_read_as_browsers_do(tmp_path: Path) -> None:
    body = body_of(read_page(tmp_path, PAGE.replace("Supporters said", "Supporters&#146; view")))
    assert "Supporters\u2019 view" in body


def test_fallback_extraction_when_trafilatura_finds_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *args, **kwargs: None)
    document = read_page(tmp_path, PAGE)
    body = body_of(document)
    assert "The city council voted on Tuesday" in body
    assert "What changes for residents" in body
    assert "World news menu" not in body and "Copyright" not in body
    assert document.title == "Council expands riverside park"
    assert document.url == "https://news.example.com/2024/03/05/riverside-park"


def test_very_deep_nesting_neither_crashes_nor_hangs(tmp_path: Path) -> None:
    depth = 5000
    page = "<html><body>" + "<div>" * depth + ARTICLE + "</div>" * depth + "</body></html>"
    started = time.perf_counter()
    try:
        read_page(tmp_path, page)
    except BriefingError as error:
        assert "\n" not in str(error)
    assert time.perf_counter() - started < 10


def test_an_article_that_speaks_of_javascript_or_has_a_comments_notice_is_read(tmp_path: Path) -> None:
    story = "<p>The city council voted on Tuesday to close the Elm Street bridge for six months of repairs, starting in March.</p>"
    notice = "<noscript>Please enable JavaScript to view the comments powered by Disqus.</noscript>"
    brief = "<p>Researchers said the flaw, which requires JavaScript to be enabled, affects every major browser.</p>"
    for body in (story + notice, brief):
        document = read_page(tmp_path, f"<html><head><title>News</title></head><body><article>{body}</article></body></html>")
        assert body_of(document).strip().startswith(("The city council", "Researchers said"))


def test_an_article_in_a_script_without_spaces_is_read(tmp_path: Path) -> None:
    story = "市议会周二投票决定关闭这座桥梁进行为期六个月的维修工作，司机将绕道行驶。"
    document = read_page(tmp_path, f"<html><head><title>桥梁关闭</title></head><body><article><p>{story}</p><p>{story}</p></article></body></html>")
    assert body_of(document).count(story) == 2


def test_a_long_page_without_full_stops_is_read_at_once(tmp_path: Path) -> None:
    rows = "".join(f"<tr><td>Ward {i}</td><td>Labour 1204 votes</td><td>Conservative 987 votes</td></tr>" for i in range(250))
    started = time.perf_counter()
    document = read_page(tmp_path, f"<html><body><article><h1>Election results</h1><table>{rows}</table></article></body></html>")
    assert "Ward 249" in body_of(document) and time.perf_counter() - started < 3


def test_an_article_after_markup_nested_deeper_than_256_is_read(tmp_path: Path) -> None:
    paragraph = "<p>" + "The council voted on Tuesday to approve the budget, officials said. " * 3 + "</p>"
    page = "<html><head><title>Budget</title></head><body>" + "<div>" * 300 + "</div>" * 300 + "<article>" + paragraph * 2 + "</article></body></html>"
    document = read_page(tmp_path, page)
    assert body_of(document).count("The council voted on Tuesday") == 6


@pytest.mark.parametrize("page", [
    "",
    "<html><head><title>Empty</title></head><body></body></html>",
    "<html><head><title>App</title></head><body><div id=root></div><noscript>You need to enable JavaScript to run this app.</noscript></body></html>",
    "<html><body><p>This site requires JavaScript. Please turn on JavaScript in your browser settings and reload the page.</p></body></html>",
    "<html><body><script>var x = 1;</script><style>p { color: red }</style></body></html>",
])
def test_page_without_article_text_is_a_one_line_error(tmp_path: Path, page: str) -> None:
    with pytest.raises(BriefingError, match="no article text found") as caught:
        read_page(tmp_path, page)
    assert "\n" not in str(caught.value)


def test_decode_undeclared_windows_1252() -> None:
    data = "<html><body><p>A naïve café – €5</p></body></html>".encode("cp1252")
    assert "naïve café – €5" in decode_html(data)


def test_decode_utf16_with_bom() -> None:
    data = "<html><body><p>naïve</p></body></html>".encode("utf-16")
    assert "<p>naïve</p>" in decode_html(data)


def test_decode_shift_jis_declared_in_meta() -> None:
    text = '<html><head><meta charset="Shift_JIS"></head><p>日本語の記事です</p>'
    assert "日本語の記事です" in decode_html(text.encode("shift_jis"))


def test_decode_http_equiv_charset() -> None:
    text = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'
            "</head><body><p>Привет</p></body></html>")
    assert "Привет" in decode_html(text.encode("koi8-r"))


def test_decode_http_charset_wins_over_meta() -> None:
    data = '<meta charset="utf-8"><p>naïve</p>'.encode("cp1252")
    assert "naïve" in decode_html(data, declared="windows-1252")


def test_decode_latin1_label_is_read_as_windows_1252() -> None:
    data = b'<meta charset="iso-8859-1"><p>it\x92s</p>'
    assert "it\u2019s" in decode_html(data)


@pytest.mark.parametrize("charset", ["x-bogus", "unicode_escape", "base64", "utf-7"])
def test_decode_unknown_or_unsafe_charset_falls_back_to_utf8(charset: str) -> None:
    data = f'<meta charset="{charset}"><p>naïve</p>'.encode("utf-8")
    assert "naïve" in decode_html(data)
    assert "naïve" in decode_html(data, declared=charset)


def test_real_news_page_keeps_most_of_its_article() -> None:
    gold_path = SHARED / "eval" / "html" / "gold.jsonl"
    if not gold_path.exists():
        pytest.skip("shared evaluation set not present")
    gold = json.loads(gold_path.read_text(encoding="utf-8").splitlines()[0])
    html = decode_html(gzip.decompress((gold_path.parent / gold["html_file"]).read_bytes()))
    document = read_html(html, gold["html_file"], url=gold.get("url"))
    extracted = set(re.findall(r"\w+", body_of(document).lower()))
    gold_words = set(re.findall(r"\w+", gold["body"].lower()))
    assert len(gold_words & extracted) >= 0.9 * len(gold_words)
    assert document.title


@pytest.mark.parametrize(
    ("page", "reason"),
    [
        ('<html><head><title>Example News - Home</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>'
         '<main><ul><li><a href="/a1">Minister resigns over budget row</a></li><li><a href="/a2">Floods hit northern towns</a></li>'
         '<li><a href="/a3">Cup final ends in draw</a></li></ul></main><div>We use cookies. Accept all cookies?</div></body></html>',
         "no article text found (the page is mostly links: a home or section page?)"),
        ("<html><head><title>Nothing</title></head><body><nav>menu</nav></body></html>", "no article text found"),
    ],
    ids=["home-page", "furniture"],
)
def test_a_page_of_links_or_furniture_is_no_article(tmp_path: Path, page: str, reason: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    with pytest.raises(BriefingError, match=re.escape(f"page.html: {reason}") + "$"):
        read_source(str(path))
