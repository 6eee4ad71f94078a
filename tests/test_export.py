"""`briefing export` run for real on a temporary store, and the export functions it shares with the app."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefing.export import export_path, quote_with_attribution, quotes_as, render_export
from briefing.store.database import open_db
from briefing.store.highlights import add_highlight
from conftest import run_cli

TITLE = "Putin Sees Trump Summit as Crucial to Achieving Ukraine Goals"
STANOVAYA = "Tatiana Stanovaya, a senior fellow at the Carnegie Moscow Eurasia Center"

PAGE = """<!doctype html><html><head><title>Bridge reopens</title>
<meta property="og:title" content="City bridge reopens after two-year repair">
<meta name="author" content="Ana Lima">
<meta property="article:published_time" content="2026-03-04T09:00:00Z">
<link rel="canonical" href="https://news.example.com/bridge-reopens"></head>
<body><article><h1>City bridge reopens after two-year repair</h1>
<p>The Elm Street bridge reopened on Monday after a repair that cost $12 million and took two years, the city said.</p>
<p>“It is a relief for everyone who crosses the river every day,” said Mayor Carla Diaz at the ceremony.</p>
</article></body></html>"""

HOSTILE = """Hostile Headline <script>

# Owned by the attacker, said nobody at all in this paragraph today.

> A fake blockquote line that tries to escape the structure of the export.

“```rm -rf /``` is perfectly safe, and [click](javascript:alert) here,” said John Smith, a security researcher at Example Labs.
"""

MARKDOWN = MarkdownIt("commonmark").enable(["table", "strikethrough"])


def export(db: Path, *args: str) -> str:
    result = run_cli("export", *args, db=db)
    assert result.returncode == 0, result.stderr
    return result.stdout


def ingested(seed_path: Path, db_path: Path) -> Path:
    assert run_cli("add", str(seed_path), db=db_path).returncode == 0
    return db_path


def tokens(markdown: str) -> list[Token]:
    """Every token of the parsed Markdown, inline children included."""
    flat = []
    for token in MARKDOWN.parse(markdown):
        flat.append(token)
        flat.extend(token.children or [])
    return flat


def headings(markdown: str) -> list[tuple[str, str]]:
    """Each heading's tag and its text as rendered (escapes resolved)."""
    parsed = MARKDOWN.parse(markdown)
    return [
        (token.tag, "".join(child.content for child in parsed[i + 1].children or []))
        for i, token in enumerate(parsed)
        if token.type == "heading_open"
    ]


def test_whole_briefing_as_markdown(seed_path: Path, db_path: Path) -> None:
    markdown = export(ingested(seed_path, db_path), "1", "--format", "md")
    assert markdown.startswith(f"# {TITLE}\n")
    assert f"\n\nSource: {seed_path}\n\n" in markdown  # the link back when there is no URL
    found = headings(markdown)
    assert [text for tag, text in found if tag == "h2"] == ["Summary", "Sections", "Speakers", "Key figures"]
    assert ("h3", STANOVAYA) in found
    assert "> “They are willing to engage in combat for years if necessary,”" in markdown
    assert "> “doesn’t maintain a preconceived plan.” *(partial)*" in markdown
    assert "- **1,719 square kilometers** (area): According to DeepState" in markdown
    assert not any(t.type in ("fence", "code_block", "html_block", "html_inline") for t in tokens(markdown))


def test_whole_briefing_as_json_and_csv(seed_path: Path, db_path: Path) -> None:
    db = ingested(seed_path, db_path)
    document = json.loads(export(db, "1", "--format", "json"))
    assert set(document) == {"article", "summary", "sections", "speakers", "unattributed_quotes", "figures", "highlights"}
    assert document["article"]["title"] == TITLE
    assert 3 <= len(document["summary"]) <= 5
    speakers = {speaker["name"]: speaker for speaker in document["speakers"]}
    assert len(speakers) == 7
    assert speakers["Tatiana Stanovaya"]["role"] == STANOVAYA.split(", ", 1)[1]
    assert len(speakers["Tatiana Stanovaya"]["quotes"]) == 8
    assert any(f["text"] == "1,719 square kilometers" and f["kind"] == "area" for f in document["figures"])
    assert document["highlights"] == []

    rows = list(csv.DictReader(io.StringIO(export(db, "1", "--format", "csv"))))
    assert {row["type"] for row in rows} == {"summary", "quote", "figure"}
    quotes = [row for row in rows if row["type"] == "quote"]
    assert sum(row["speaker"] == "Tatiana Stanovaya" for row in quotes) == 8
    assert len(quotes) == sum(len(s["quotes"]) for s in document["speakers"]) + len(document["unattributed_quotes"])
    figure = next(row for row in rows if row["text"] == "1,719 square kilometers")
    assert (figure["kind"], figure["value"]) == ("area", "1719")
    assert figure["context"].startswith("According to DeepState")
    # every row says which briefing it is from: several briefings' CSVs can be joined
    assert {(row["article_id"], row["article_title"]) for row in rows} == {("1", TITLE)}


def test_markdown_links_back_to_the_url_with_byline_and_date(tmp_path: Path, db_path: Path) -> None:
    page = tmp_path / "bridge.html"
    page.write_text(PAGE, encoding="utf-8")
    assert run_cli("add", str(page), db=db_path).returncode == 0
    markdown = export(db_path, "1", "--format", "md")
    assert "By Ana Lima · 2026-03-04 · [news.example.com](https://news.example.com/bridge-reopens)" in markdown
    links = [t for t in tokens(markdown) if t.type == "link_open"]
    assert [link.attrs["href"] for link in links] == ["https://news.example.com/bridge-reopens"]


def test_speaker_quotes_of_the_briefing(seed_path: Path, db_path: Path) -> None:
    db = ingested(seed_path, db_path)
    as_json = json.loads(export(db, "1", "--speaker", "stanovaya", "--format", "json"))
    assert len(as_json) == 8 and {q["speaker"] for q in as_json} == {"Tatiana Stanovaya"}
    rows = list(csv.DictReader(io.StringIO(export(db, "1", "--speaker", "Stanovaya", "--format", "csv"))))
    assert len(rows) == 8
    markdown = export(db, "1", "--speaker", "Stanovaya", "--format", "md")
    assert markdown.count(f"> — {STANOVAYA} (") == 8
    assert f"## {TITLE}" in markdown and "Source: " in markdown


def test_a_speaker_matching_nothing_or_an_empty_one_is_an_error_not_an_empty_file(seed_path: Path, db_path: Path, tmp_path: Path) -> None:
    db = ingested(seed_path, db_path)
    out = tmp_path / "nobody.json"
    for command in (("export", "1", "--speaker", "Nobody Here", "--format", "json", "-o", str(out)), ("quotes", "--speaker", "Nobody Here")):
        result = run_cli(*command, db=db)
        assert result.returncode == 1 and result.stdout == ""
        assert result.stderr.strip().splitlines() == ["briefing: error: no quote of a speaker matching 'Nobody Here'" + (" in briefing 1" if command[0] == "export" else " in the library")]
    assert not out.exists()
    for nameless in (" ", "J.", "Dr. J."):  # no name in it: it would match every speaker
        empty = run_cli("quotes", "--speaker", nameless, db=db)
        assert (empty.returncode, empty.stdout, empty.stderr.strip()) == (1, "", "briefing: error: --speaker needs a name, or a part of one")


def test_the_format_of_an_export_to_a_file_is_its_names_unless_given(seed_path: Path, db_path: Path, tmp_path: Path) -> None:
    db = ingested(seed_path, db_path)
    for name, opening in (("brief.md", "# "), ("brief.JSON", "{"), ("brief.csv", "article_id,")):
        assert run_cli("export", "1", "-o", str(tmp_path / name), db=db).returncode == 0
        assert (tmp_path / name).read_text(encoding="utf-8").startswith(opening), name
    unknown = run_cli("export", "1", "-o", str(tmp_path / "brief.txt"), db=db)
    assert unknown.returncode == 1 and "--format, or -o FILE ending in .md, .json or .csv" in unknown.stderr
    assert not (tmp_path / "brief.txt").exists()


def test_an_export_to_a_dash_goes_to_standard_output(seed_path: Path, db_path: Path, tmp_path: Path) -> None:
    db = ingested(seed_path, db_path)
    result = subprocess.run([sys.executable, "-m", "briefing", "export", "1", "--format", "md", "-o", "-"],
                            capture_output=True, text=True, cwd=tmp_path, env={**os.environ, "BRIEFING_DB": str(db)})
    assert result.returncode == 0 and result.stdout.startswith("# ")
    assert not (tmp_path / "-").exists()


def test_highlights_with_their_notes(seed_path: Path, db_path: Path) -> None:
    db = ingested(seed_path, db_path)
    store = open_db(db)
    excerpt = "They are willing to engage in combat for years if necessary"
    text = store.execute("SELECT text FROM articles WHERE id = 1").fetchone()[0]
    start = text.index(excerpt)
    add_highlight(store, 1, start, start + len(excerpt), note="Key line: *years*, not months")
    store.conn.close()

    as_json = json.loads(export(db, "1", "--highlights", "--format", "json"))
    assert [(h["text"], h["note"], h["article_title"]) for h in as_json] == [(excerpt, "Key line: *years*, not months", TITLE)]
    rows = list(csv.DictReader(io.StringIO(export(db, "1", "--highlights", "--format", "csv"))))
    assert rows[0]["text"] == excerpt and rows[0]["start"] == str(start)
    markdown = export(db, "1", "--highlights", "--format", "md")
    assert f"## {TITLE}" in markdown
    assert f"> {excerpt}\n\nNote: Key line: \\*years\\*, not months\n" in markdown
    assert json.loads(export(db, "1", "--format", "json"))["highlights"][0]["text"] == excerpt


def test_output_file_and_unknown_id(seed_path: Path, db_path: Path, tmp_path: Path) -> None:
    db = ingested(seed_path, db_path)
    target = tmp_path / "out" / "brief.md"
    target.parent.mkdir()
    result = run_cli("export", "1", "--format", "md", "-o", str(target), db=db)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr.strip() == str(target)
    assert target.read_text(encoding="utf-8").startswith(f"# {TITLE}\n")

    missing = run_cli("export", "9", "--format", "json", db=db)
    assert missing.returncode == 1
    assert missing.stderr == "briefing: error: no briefing with id 9\n"
    unwritable = run_cli("export", "1", "--format", "md", "-o", str(tmp_path / "nowhere" / "x.md"), db=db)
    assert unwritable.returncode == 1 and unwritable.stderr.count("\n") == 1 and "cannot write" in unwritable.stderr
    no_format = run_cli("export", "1", db=db)  # --format is required for one briefing
    assert no_format.returncode == 1 and no_format.stderr == "briefing: error: export needs a briefing ID and --format, or -o FILE ending in .md, .json or .csv (or --all)\n"


def test_markdown_neutralises_hostile_article_text(db_path: Path) -> None:
    assert run_cli("add", "-", db=db_path, stdin=HOSTILE.encode()).returncode == 0
    markdown = export(db_path, "1", "--format", "md")
    found = headings(markdown)
    assert found[0] == ("h1", "Hostile Headline <script>")
    assert all(tag != "h1" for tag, _ in found[1:])
    assert not any(t.type in ("fence", "code_block", "code_inline", "html_block", "html_inline", "link_open") for t in tokens(markdown))
    rendered = "".join(t.content for t in tokens(markdown) if t.type == "text")
    assert "# Owned by the attacker" in rendered and "> A fake blockquote" in rendered
    assert "“```rm -rf /``` is perfectly safe, and [click](javascript:alert) here,”" in rendered


def test_quotes_markdown_keeps_each_quote_in_its_own_blockquote() -> None:
    hostile = {
        "article_id": 4, "article_title": "# Title\n> injected", "published": "2025-08-08T09:00:00Z",
        "url": "javascript:alert(1)", "speaker": "**Eve**", "speaker_role": None, "kind": "direct",
        "text": "```\n# not a heading\n\n    not code\n- not a list\n1. nor this\n---",
    }
    markdown = quotes_as([hostile], "md")
    parsed = MARKDOWN.parse(markdown)
    assert [t.type for t in parsed].count("blockquote_open") == 1
    assert headings(markdown) == [("h1", "Quotes"), ("h2", "# Title > injected")]
    assert not any(
        t.type in ("fence", "code_block", "bullet_list_open", "ordered_list_open", "hr", "strong_open", "link_open")
        for t in tokens(markdown)
    )
    assert "2025-08-08" in markdown and "javascript" not in markdown
    assert render_export("quotes", "md", [hostile]) == markdown


def test_quote_with_attribution() -> None:
    text = "They are willing to engage in combat for years if necessary,"
    assert quote_with_attribution(text, "Tatiana Stanovaya", STANOVAYA.split(", ", 1)[1], TITLE, "2025-08-08T10:00:00Z") == (
        f"“They are willing to engage in combat for years if necessary” — {STANOVAYA} ({TITLE}, 2025-08-08)"
    )
    assert quote_with_attribution("no comments", "Yuri Ushakov", None, TITLE, None) == f"“no comments” — Yuri Ushakov ({TITLE})"
    assert quote_with_attribution("a line\nbroken  twice", None, None, None, "2025-08-08") == "“a line broken twice” (2025-08-08)"
    assert quote_with_attribution("alone", None, None, None, None) == "“alone”"


def test_export_path_is_safe_and_never_overwrites(tmp_path: Path) -> None:
    first = export_path(tmp_path, TITLE, "highlights", "md", article_id=12)
    assert first.parent == tmp_path
    assert first.name.startswith("briefing-12-putin-sees-trump-summit-") and first.name.endswith("-highlights.md")
    assert len(first.name) <= 100
    first.write_text("taken", encoding="utf-8")
    second = export_path(tmp_path, TITLE, "highlights", "md", article_id=12)
    assert second.name == first.name.replace(".md", "-2.md")
    second.write_text("taken", encoding="utf-8")
    assert export_path(tmp_path, TITLE, "highlights", "md", article_id=12).name == first.name.replace(".md", "-3.md")

    hostile = export_path(tmp_path, "../../etc/passwd <b>Ünïcode</b> \\ 🚀 `rm`", "quotes", "csv")
    assert hostile.parent == tmp_path
    assert hostile.name == "briefing-etc-passwd-b-unicode-b-rm-quotes.csv"
    assert export_path(tmp_path, "🚀🚀", "", "json").name == "briefing.json"
    assert export_path(tmp_path, "word" * 40, "briefing", "md").name == f"briefing-{('word' * 40)[:50]}-briefing.md"


def test_csv_cells_never_become_spreadsheet_formulas() -> None:
    rows = [{"article_id": 1, "article_title": "=HYPERLINK(\"http://evil\")", "text": "@SUM(A1)", "speaker": "-2+3", "kind": "direct"}]
    cells = list(csv.DictReader(io.StringIO(quotes_as(rows, "csv"))))[0]
    assert cells["article_title"] == "'=HYPERLINK(\"http://evil\")"
    assert cells["text"] == "'@SUM(A1)" and cells["speaker"] == "'-2+3"
