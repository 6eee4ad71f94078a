"""The `briefing` command, run for real on a temporary SQLite file."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import run_cli

PAGE = """<!doctype html><html><head><title>Bridge reopens | The Daily Example</title>
<meta property="og:title" content="City bridge reopens after two-year repair">
<meta name="author" content="Ana Lima">
<meta property="article:published_time" content="2026-03-04T09:00:00Z">
<link rel="canonical" href="https://news.example.com/bridge-reopens"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>City bridge reopens after two-year repair</h1>
<p>The Elm Street bridge reopened on Monday after a repair that cost $12 million and took two years, the city said.</p>
<p>“It is a relief for everyone who crosses the river every day,” said Mayor Carla Diaz at the ceremony.</p>
<p>About 30,000 vehicles used the bridge every day before it closed, according to the transport department.</p>
</article><div class="share">Share on Facebook Share on X</div>
<section class="comments"><h3>Post a Comment</h3><p>0 Comments</p></section></body></html>"""

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example News</title><link>https://news.example.com/</link>
<item><title>Harbour reopens</title><link>https://news.example.com/harbour</link><guid>harbour-1</guid>
<description>&lt;p&gt;The harbour reopened on Friday after storms closed it for nine days, officials said.&lt;/p&gt;</description></item>
<item><title>Library extends hours</title><link>https://news.example.com/library</link><guid>library-1</guid>
<description>&lt;p&gt;The central library will open until 10 p.m. on weekdays from March, its director said.&lt;/p&gt;</description></item>
</channel></rss>"""


def article_count(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]


def test_add_seed_prints_one_line_with_counts_and_reingest_is_a_noop(seed_path: Path, db_path: Path) -> None:
    first = run_cli("add", str(seed_path), db=db_path)
    assert first.returncode == 0, first.stderr
    line = first.stdout.strip()
    assert line.startswith("#1\tnew\tPutin Sees Trump Summit as Crucial to Achieving Ukraine Goals")
    assert "7 speakers" in line

    again = run_cli("add", str(seed_path), db=db_path)
    assert again.returncode == 0
    assert "\tunchanged\t" in again.stdout
    assert article_count(db_path) == 1


def test_list_show_search_and_rm(seed_path: Path, db_path: Path) -> None:
    run_cli("add", str(seed_path), db=db_path)
    listing = run_cli("list", db=db_path)
    assert "Putin Sees Trump Summit" in listing.stdout

    shown = run_cli("show", "1", db=db_path).stdout
    assert "SUMMARY" in shown and "SPEAKERS" in shown and "KEY FIGURES" in shown
    assert "Tatiana Stanovaya, a senior fellow at the Carnegie Moscow Eurasia Center (8 quotes)" in shown
    assert "1,719 square kilometers" in shown

    found = run_cli("search", "preconceived", db=db_path)
    assert found.returncode == 0
    assert "«preconceived»" in found.stdout

    removed = run_cli("rm", "1", db=db_path)
    assert removed.returncode == 0
    assert article_count(db_path) == 0
    missing = run_cli("show", "1", db=db_path)
    assert missing.returncode == 1
    assert missing.stderr.strip() == "briefing: error: no briefing with id 1"


def test_quotes_across_the_library_by_speaker_in_each_format(seed_path: Path, db_path: Path) -> None:
    run_cli("add", str(seed_path), db=db_path)
    as_json = json.loads(run_cli("quotes", "--speaker", "Stanovaya", "--format", "json", db=db_path).stdout)
    assert len(as_json) == 8
    assert {q["speaker"] for q in as_json} == {"Tatiana Stanovaya"}
    assert any(q["text"] == "They are willing to engage in combat for years if necessary," for q in as_json)

    rows = list(csv.DictReader(io.StringIO(run_cli("quotes", "--speaker", "Markov", "--format", "csv", db=db_path).stdout)))
    assert [r["speaker"] for r in rows] == ["Sergei Markov", "Sergei Markov"]

    text = run_cli("quotes", "--article", "1", db=db_path).stdout
    assert "Yuri Ushakov: “no comments” [partial]" in text


def test_html_page_and_feed_file_ingest(tmp_path: Path, db_path: Path) -> None:
    page = tmp_path / "bridge.html"
    page.write_text(PAGE, encoding="utf-8")
    feed = tmp_path / "news.xml"
    feed.write_text(FEED, encoding="utf-8")

    result = run_cli("add", str(page), str(feed), db=db_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\tnew\t") == 3

    shown = run_cli("show", "1", db=db_path).stdout
    assert "City bridge reopens after two-year repair" in shown
    assert "Carla Diaz" in shown
    assert "Post a Comment" not in shown and "Share on Facebook" not in shown
    with sqlite3.connect(db_path) as conn:
        url, byline = conn.execute("SELECT url, byline FROM articles WHERE id = 1").fetchone()
        titles = [r[0] for r in conn.execute("SELECT title FROM articles WHERE id > 1 ORDER BY id")]
    assert url == "https://news.example.com/bridge-reopens"
    assert byline == "Ana Lima"
    assert titles == ["Harbour reopens", "Library extends hours"]


def test_bad_inputs_give_one_line_errors_and_leave_the_store_unchanged(seed_path: Path, tmp_path: Path, db_path: Path) -> None:
    run_cli("add", str(seed_path), db=db_path)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    png = tmp_path / "picture.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    cases = {
        str(tmp_path / "missing.txt"): "no such file",
        str(empty): "empty input",
        str(png): "a PNG image, not an article",
        str(tmp_path): "is a directory",
    }
    for path, message in cases.items():
        result = run_cli("add", path, db=db_path)
        assert result.returncode == 1, path
        errors = [line for line in result.stderr.splitlines() if line.startswith("briefing: error:")]
        assert len(errors) == 1 and message in errors[0], result.stderr
        assert "Traceback" not in result.stderr
    assert article_count(db_path) == 1


def test_escape_sequences_in_a_file_name_never_reach_the_terminal(tmp_path: Path, db_path: Path) -> None:
    hostile = tmp_path / "evil\x1b]0;PWNED\x07\x1b[2Jname.txt"
    hostile.write_text("Heavy rain fell on Tuesday across 12 counties, forecasters said on Wednesday morning.\n", encoding="utf-8")
    missing = tmp_path / "gone\x1b[31m.txt"
    for result in (run_cli("add", str(hostile), str(missing), db=db_path), run_cli("list", db=db_path), run_cli("show", "1", db=db_path)):
        assert "\x1b" not in result.stdout + result.stderr and "\x07" not in result.stdout + result.stderr
    assert "evilname.txt" in run_cli("list", db=db_path).stdout


def test_one_input_failing_unexpectedly_does_not_stop_the_others(
    seed_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import briefing.ingest
    from briefing.cli import main

    real_ingest = briefing.ingest.ingest

    def ingest(db: object, spec: str, summary_sentences: int | None = None) -> object:
        if spec == "odd":
            raise ValueError("a reader's bug")
        return real_ingest(db, spec, summary_sentences)  # type: ignore[arg-type]

    monkeypatch.setattr(briefing.ingest, "ingest", ingest)
    monkeypatch.setenv("BRIEFING_DB", str(db_path))
    monkeypatch.delenv("BRIEFING_DEBUG", raising=False)
    assert main(["add", "odd", str(seed_path)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "briefing: error: odd: unexpected ValueError: a reader's bug (set BRIEFING_DEBUG=1 for details)"
    assert err[-1] == "1 added, 0 updated, 0 already stored, 1 failed"


def test_result_lines_go_to_standard_output_beside_a_progress_bar(seed_path: Path, tmp_path: Path, db_path: Path) -> None:
    """With standard error on a terminal (the progress bar) and standard output in a file, the
    lines of results are in the file."""
    import os
    import pty
    import subprocess
    import sys

    inputs = []
    for index in range(4):
        path = tmp_path / f"story{index}.txt"
        path.write_text(f"Story {index}\n\nThe council opened {index + 2} new libraries on Monday, the mayor said.\n", encoding="utf-8")
        inputs.append(str(path))
    leader, follower = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "briefing", "add", *inputs], stdout=subprocess.PIPE, stderr=follower,
            env={**os.environ, "BRIEFING_DB": str(db_path)}, text=True, timeout=120,
        )
    finally:
        os.close(follower)
        os.close(leader)
    assert done.returncode == 0
    assert [line.split("\t")[1:3] for line in done.stdout.splitlines()] == [["new", f"Story {i}"] for i in range(4)]


def test_a_full_disk_behind_standard_output_is_one_line(seed_path: Path, db_path: Path) -> None:
    import os
    import subprocess
    import sys

    run_cli("add", str(seed_path), db=db_path)
    for args in (["list"], ["export", "1", "--format", "md"]):
        with open("/dev/full", "w") as full:
            done = subprocess.run([sys.executable, "-m", "briefing", *args], stdout=full, stderr=subprocess.PIPE, text=True,
                                  env={**os.environ, "BRIEFING_DB": str(db_path)}, timeout=120)
        assert (done.returncode, done.stderr) == (1, "briefing: error: cannot write the output (No space left on device)\n")


def test_an_export_never_overwrites_the_store(seed_path: Path, tmp_path: Path, db_path: Path) -> None:
    run_cli("add", str(seed_path), db=db_path)
    for args in (["export", "--all"], ["export", "1", "--format", "md"], ["feed", "export"]):
        refused = run_cli(*args, "-o", str(db_path), db=db_path)
        assert refused.returncode == 1 and "a database (the store, say), not overwritten" in refused.stderr
    assert run_cli("list", db=db_path).returncode == 0
    previous = tmp_path / "brief.md"
    previous.write_text("an earlier export", encoding="utf-8")
    assert run_cli("export", "1", "--format", "md", "-o", str(previous), db=db_path).returncode == 0  # overwritten
    assert previous.read_text(encoding="utf-8").startswith("# Putin Sees Trump")
    for args in (["1"], ["--format", "csv"]):  # nothing --all would silently ignore
        refused = run_cli("export", "--all", *args, db=db_path)
        assert refused.returncode == 1 and refused.stderr.startswith("briefing: error: --all exports the whole library as JSON")


def test_standard_input_version_and_help(db_path: Path) -> None:
    text = "Rain Returns\n\nHeavy rain fell on Tuesday across 12 counties, forecasters said.\n"
    result = run_cli("add", "-", db=db_path, stdin=text.encode())
    assert result.returncode == 0, result.stderr
    assert "Rain Returns" in result.stdout
    assert run_cli("--version").stdout.startswith("briefing ")
    for command in ("add", "list", "show", "quotes", "search", "rm", "analyze"):
        assert run_cli(command, "--help").returncode == 0


def test_unknown_command_and_bad_database_fail_cleanly(tmp_path: Path) -> None:
    not_a_db = tmp_path / "garbage.db"
    not_a_db.write_bytes(b"this is not sqlite" * 100)
    result = run_cli("list", db=not_a_db)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1


def test_quotes_of_an_unknown_briefing_is_an_error(seed_path: Path, db_path: Path) -> None:
    run_cli("add", str(seed_path), db=db_path)
    missing = run_cli("quotes", "--article", "99", db=db_path)
    assert (missing.returncode, missing.stderr) == (1, "briefing: error: no briefing with id 99\n")
    assert run_cli("quotes", "--article", "1", db=db_path).stdout.count("Stanovaya") >= 8


def test_usage_errors_are_one_line(seed_path: Path) -> None:
    beyond_sqlite = str(2**63)
    for args in (["bogus"], ["analyze", str(seed_path), "--summary-sentences", "0"], ["show", "x"], ["show", beyond_sqlite],
                 ["rm", "0"], ["reanalyze", "1", beyond_sqlite], ["feed", "rm", beyond_sqlite], ["quotes", "--article", beyond_sqlite]):
        result = run_cli(*args)
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("briefing: error:")
    for args in (["refresh", "--timeout", "1e300"], ["refresh", "--timeout", "nan"]):
        result = run_cli(*args)
        assert (result.returncode, result.stderr.count("\n")) == (2, 1) and "number of seconds" in result.stderr
    beyond = run_cli("refresh", beyond_sqlite)
    assert (beyond.returncode, beyond.stderr) == (1, f"briefing: error: {beyond_sqlite}: not a feed id (ids are numbers from 1 up, as `briefing feed list` shows them)\n")


def test_summary_length_is_configurable(seed_path: Path) -> None:
    default = json.loads(run_cli("analyze", str(seed_path)).stdout)
    assert 3 <= len(default["summary"]) <= 5
    longer = json.loads(run_cli("analyze", str(seed_path), "--summary-sentences", "7").stdout)
    assert len(longer["summary"]) == 7
    starts = [s["start"] for s in longer["summary"]]
    assert starts == sorted(starts)
    assert all(longer["text"][s["start"] : s["end"]] == s["text"] for s in longer["summary"])


def test_analyze_of_a_text_file_loads_no_app_parser_or_network_code(seed_path: Path) -> None:
    """`briefing analyze` must answer in under half a second, most of it start-up: a text file
    needs neither Textual nor the HTML and feed parsers nor the HTTP stack."""
    script = (
        "import sys, runpy; sys.argv = ['briefing', 'analyze', sys.argv[1]]\n"
        "try:\n    runpy.run_module('briefing', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "heavy = ('textual', 'lxml', 'feedparser', 'urllib.request', 'http.client', 'email.utils')\n"
        "print(sorted(name for name in heavy if name in sys.modules), file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(seed_path)], capture_output=True, text=True, check=True)
    assert json.loads(result.stdout)["quotes"]
    assert result.stderr.strip().splitlines()[-1] == "[]"
