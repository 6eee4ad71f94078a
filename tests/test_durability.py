"""Nothing the user stored is lost: re-analysis keeps highlights, backups restore, and a store
killed in the middle of ingesting stays consistent."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from briefing.store.database import open_db
from briefing.store.highlights import add_highlight, list_highlights
from conftest import run_cli


def consistent(db_path: Path) -> None:
    """Every stored article is whole: its paragraphs, quotes and counts all there."""
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        bare = conn.execute("SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM paragraphs p WHERE p.article_id = a.id)")
        assert bare.fetchone()[0] == 0
        mismatched = conn.execute(
            "SELECT count(*) FROM articles a WHERE a.quote_count != "
            "(SELECT count(*) FROM quotes q WHERE q.article_id = a.id AND q.kind != 'scare')"
        )
        assert mismatched.fetchone()[0] == 0


def consistent_or_not_yet_made(db_path: Path) -> None:
    """A process killed before the schema's first step committed leaves an empty file, which the
    next run builds on; any store with a schema is consistent."""
    with sqlite3.connect(db_path) as conn:
        made = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    if made:
        consistent(db_path)
    else:
        assert tables == [], "half a schema was left behind"


def test_reanalyze_keeps_highlights_and_notes(seed_path: Path, db_path: Path) -> None:
    run_cli("add", str(seed_path), db=db_path)
    db = open_db(db_path)
    text = db.execute("SELECT text FROM articles WHERE id = 1").fetchone()[0]
    start = text.index("Naturally, they would prefer not to.")
    add_highlight(db, 1, start, start + 36, "their fallback")
    db.execute("UPDATE quotes SET speaker = NULL, speaker_id = NULL")  # as an older analysis might have left it
    db.conn.commit()
    db.close()

    result = run_cli("reanalyze", db=db_path)
    assert result.returncode == 0, result.stderr
    assert "7 speakers" in result.stdout
    db = open_db(db_path)
    [highlight] = list_highlights(db)
    assert (highlight["text"], highlight["note"]) == ("Naturally, they would prefer not to.", "their fallback")
    assert db.execute("SELECT count(*) FROM quotes WHERE speaker = 'Tatiana Stanovaya'").fetchone()[0] == 8
    assert db.execute("SELECT count(*) FROM sections WHERE topical = 1").fetchone()[0] == 2  # found anew
    consistent(db_path)


def feed_file(path: Path, title: str, guid: str, link: str, headline: str, body: str) -> Path:
    path.write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title><item><guid isPermaLink="false">{guid}</guid>'
        f"<link>{link}</link><title>{headline}</title><description>{body}</description></item></channel></rss>",
        encoding="utf-8",
    )
    return path


def test_entries_of_unrelated_feeds_sharing_an_id_stay_apart_and_reanalysis_keeps_each(tmp_path: Path, db_path: Path) -> None:
    """Entry ids such as "1" are unique within one feed only: neither adding a second feed file
    nor re-analysing the library may write one article over another."""
    council = feed_file(tmp_path / "a.xml", "Site A", "1", "https://a.example/council", "Council approves budget",
                        "The city council approved the 2025 budget on Monday after a long debate, the mayor said.")
    storm = feed_file(tmp_path / "b.xml", "Site B", "1", "https://b.example/storm", "Storm hits the coast",
                      "A storm brought down 40 trees along the coast overnight, the coastguard said on Tuesday.")
    assert run_cli("feed", "add", str(council), db=db_path).returncode == 0
    assert run_cli("refresh", "--no-full-text", db=db_path).returncode == 0
    assert run_cli("add", str(storm), db=db_path).returncode == 0
    titles = lambda: [row[0] for row in sqlite3.connect(db_path).execute("SELECT title FROM articles ORDER BY id")]  # noqa: E731
    assert titles() == ["Council approves budget", "Storm hits the coast"]
    result = run_cli("reanalyze", db=db_path)
    assert result.returncode == 0 and result.stdout.splitlines()[0].startswith("#1\t") and result.stdout.splitlines()[1].startswith("#2\t")
    assert titles() == ["Council approves budget", "Storm hits the coast"]
    missing = run_cli("reanalyze", "1", "99", "2", db=db_path)  # an id not there: the others are still analysed
    assert missing.returncode == 1 and [line.split("\t")[0] for line in missing.stdout.splitlines()] == ["#1", "#2"]
    assert missing.stderr.splitlines() == ["briefing: error: no briefing with id 99", "2 briefings analysed again, 1 failed"]
    other = feed_file(tmp_path / "c.xml", "Site C", "1", "https://c.example/fair", "Fair opens",
                      "The county fair opened on Saturday with 200 stalls, its organisers said.")
    assert run_cli("add", str(other), db=db_path).returncode == 0
    assert titles() == ["Council approves budget", "Storm hits the coast", "Fair opens"]
    consistent(db_path)


def test_backup_restores_into_a_fresh_store(seed_path: Path, db_path: Path, tmp_path: Path) -> None:
    run_cli("add", str(seed_path), db=db_path)
    db = open_db(db_path)
    add_highlight(db, 1, 0, 20, "opening")
    db.close()
    backup = tmp_path / "copy.db"
    assert run_cli("backup", str(backup), db=db_path).returncode == 0
    again = run_cli("backup", str(backup), db=db_path)
    assert again.returncode == 1 and "already exists" in again.stderr
    restored = run_cli("show", "1", db=backup)
    assert "Tatiana Stanovaya" in restored.stdout
    assert list_highlights(open_db(backup))[0]["note"] == "opening"


def test_killing_an_ingest_at_any_moment_leaves_a_consistent_store(tmp_path: Path) -> None:
    inputs = []
    for number in range(40):
        path = tmp_path / f"story{number}.txt"
        path.write_text(
            f"Story {number}\n\n“We counted {number} boats,” said Ana Ruiz, the harbour master.\n\n"
            + " ".join(f"Paragraph about tides number {i} in the bay of Ostend, officials said." for i in range(40)),
            encoding="utf-8",
        )
        inputs.append(str(path))
    db_path = tmp_path / "killed.db"
    env = {**os.environ, "BRIEFING_DB": str(db_path)}
    rng = random.Random(7)
    for _attempt in range(4):
        process = subprocess.Popen([sys.executable, "-m", "briefing", "add", *inputs], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 1.5))
        process.send_signal(signal.SIGKILL)
        process.wait()
        if db_path.exists():
            consistent_or_not_yet_made(db_path)
    finished = subprocess.run([sys.executable, "-m", "briefing", "add", *inputs], env=env, capture_output=True, text=True)
    assert finished.returncode == 0, finished.stderr
    consistent(db_path)
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 40


def exported_and_imported(db_path: Path, tmp_path: Path) -> tuple[Path, Path]:
    """`export --all` of the store, then `import` of it into a fresh one: (the dump, the new store)."""
    dump, fresh = tmp_path / "library.json", tmp_path / "fresh.db"
    assert run_cli("export", "--all", "-o", str(dump), db=db_path).returncode == 0
    result = run_cli("import", str(dump), db=fresh)
    assert result.returncode == 0, result.stderr
    return dump, fresh


def test_export_all_restores_into_a_fresh_store_without_loss(seed_path: Path, db_path: Path, tmp_path: Path) -> None:
    run_cli("add", str(seed_path), db=db_path)
    run_cli("feed", "add", "https://news.example.com/feed.xml", "--title", "Example", db=db_path)
    db = open_db(db_path)
    text = db.execute("SELECT text FROM articles WHERE id = 1").fetchone()[0]
    start = text.index("He focuses on the present.")
    add_highlight(db, 1, start, start + 26, "note this")
    db.close()
    dump, fresh = exported_and_imported(db_path, tmp_path)
    assert run_cli("show", "1", db=fresh).stdout == run_cli("show", "1", db=db_path).stdout
    [highlight] = list_highlights(open_db(fresh))
    assert (highlight["text"], highlight["note"]) == ("He focuses on the present.", "note this")
    assert "https://news.example.com/feed.xml" in run_cli("feed", "list", db=fresh).stdout
    again = run_cli("import", str(dump), db=fresh)  # again: nothing duplicated
    assert (again.returncode, again.stderr) == (0, "0 briefings imported, 1 already in the store\n")
    with sqlite3.connect(fresh) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM highlights").fetchone()[0] == 1
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    refused = run_cli("import", str(bad), db=fresh)
    assert refused.returncode == 1 and "not a briefing library dump" in refused.stderr


def test_a_highlight_that_lost_its_place_survives_export_and_import(seed_path: Path, db_path: Path, tmp_path: Path) -> None:
    """A highlight that lost its place (start -1) is placed again where its text is, else kept
    unplaced; a malformed article or highlight refuses the dump before anything is written."""
    run_cli("add", str(seed_path), db=db_path)
    db = open_db(db_path)
    text = db.execute("SELECT text FROM articles WHERE id = 1").fetchone()[0]
    for phrase, note in (("He focuses on the present.", "placed"), ("Naturally, they would prefer not to.", "lost")):
        start = text.index(phrase)
        add_highlight(db, 1, start, start + len(phrase), note)
    db.execute("UPDATE highlights SET start = -1, \"end\" = -1 WHERE note = 'lost'")  # as re-anchoring leaves it
    db.conn.commit()
    db.close()
    dump, fresh = exported_and_imported(db_path, tmp_path)
    kept = {(h["note"], h["start"] >= 0, h["text"]) for h in list_highlights(open_db(fresh))}
    assert kept == {("placed", True, "He focuses on the present."), ("lost", True, "Naturally, they would prefer not to.")}

    document = json.loads(dump.read_text(encoding="utf-8"))
    [gone] = [h for h in document["articles"][0]["highlights"] if h["note"] == "lost"]
    gone["text"], gone["start"], gone["end"] = "words no longer in the article", -1, -1
    moved = tmp_path / "moved.json"
    moved.write_text(json.dumps(document), encoding="utf-8")
    other = tmp_path / "other.db"
    assert run_cli("import", str(moved), db=other).returncode == 0
    assert {(h["note"], h["start"]) for h in list_highlights(open_db(other))} == {("placed", text.index("He focuses")), ("lost", -1)}

    for broken_article in ({"source": "broken", "text": "no sections"}, {**document["articles"][0], "highlights": [{"start": 0, "end": 7}]}):
        broken = tmp_path / "broken.json"
        broken.write_text(json.dumps({**document, "articles": [*document["articles"], broken_article]}), encoding="utf-8")
        empty = tmp_path / "empty.db"
        refused = run_cli("import", str(broken), db=empty)
        assert refused.returncode == 1 and refused.stderr.count("\n") == 1 and "malformed" in refused.stderr
        with sqlite3.connect(empty) as conn:
            assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 0  # refused before anything was written


def test_a_crafted_dump_is_read_as_any_other_input(tmp_path: Path) -> None:
    """A dump is a file anyone may write: its strings are cleaned, its offsets and feed URLs
    checked, before anything is written."""
    first, second = "The port reopened\x1b]52;c;ZXZpbA==\x07 on Friday, officials said.", "Crews worked \x1b[2Jovernight."
    text, start = f"{first}\n\n{second}", len(first) + 2
    article = {
        "source": "crafted\x1b[31m", "title": "Port\x1b[2J news", "byline": None, "published": "2024-03-01", "url": None,
        "entry_id": None, "feed_url": None, "text": text, "sections": [{"heading": None, "paragraphs": [[0, len(first)], [start, len(text)]]}],
        "highlights": [{"start": start, "end": len(text), "text": second, "note": "see\x1b]8;;http://x\x07 this", "created_at": None}],
    }
    dump = tmp_path / "crafted.json"
    dump.write_text(json.dumps({"format": "briefing.library/1", "feeds": [], "articles": [article]}), encoding="utf-8")
    store = tmp_path / "store.db"
    assert run_cli("import", str(dump), db=store).returncode == 0
    shown = run_cli("list", db=store).stdout + run_cli("show", "1", db=store).stdout + run_cli("export", "1", "--highlights", "--format", "md", db=store).stdout
    assert "\x1b" not in shown and "\x07" not in shown and "Port news" in shown
    [highlight] = list_highlights(open_db(store))
    assert (highlight["text"], highlight["note"]) == ("Crews worked overnight.", "see this")

    for bad in (
        {"format": "briefing.library/1", "feeds": [{"url": "exec:touch /tmp/pwned", "title": "x"}], "articles": []},
        {"format": "briefing.library/1", "feeds": [], "articles": [{**article, "sections": [{"heading": None, "paragraphs": [[0, 99999]]}]}]},
        {"format": "briefing.library/1", "feeds": [], "articles": [{**article, "added_at": "not a date"}]},  # it would sort first as the newest
        {"format": "briefing.library/1", "feeds": [], "articles": [{**article, "read_at": "2024-W01-1"}]},  # a week date Python reads
        {"format": "briefing.library/1", "feeds": [], "articles": [{**article, "highlights": [{**article["highlights"][0], "created_at": 7}]}]},
        "[" * 100_000,  # JSON nested beyond the parser's reach
    ):
        dump.write_text(bad if isinstance(bad, str) else json.dumps(bad), encoding="utf-8")
        empty = tmp_path / "empty.db"
        refused = run_cli("import", str(dump), db=empty)
        assert refused.returncode == 1 and refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr and "unexpected" not in refused.stderr
        with sqlite3.connect(empty) as conn:
            assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] + conn.execute("SELECT count(*) FROM feeds").fetchone()[0] == 0


def test_killing_a_refresh_at_any_moment_leaves_a_consistent_store(tmp_path: Path) -> None:
    items = "".join(
        f"<item><title>Tide report {n}</title><link>https://tides.example/{n}</link><guid>tide-{n}</guid>"
        f"<description>{' '.join(f'The tide at Ostend rose {n} centimetres on day {i}, the harbour office said.' for i in range(60))}"
        "</description></item>"
        for n in range(60)
    )
    feed = tmp_path / "tides.xml"
    feed.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Tides</title>{items}</channel></rss>', encoding="utf-8")
    db_path = tmp_path / "refresh.db"
    env = {**os.environ, "BRIEFING_DB": str(db_path)}
    assert run_cli("feed", "add", str(feed), db=db_path).returncode == 0
    rng = random.Random(11)
    for _attempt in range(3):
        process = subprocess.Popen(
            [sys.executable, "-m", "briefing", "refresh", "--force", "--no-full-text"], env=env,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.5, 2.0))
        process.send_signal(signal.SIGKILL)
        process.wait()
        consistent(db_path)
    finished = run_cli("refresh", "--force", "--no-full-text", db=db_path)
    assert finished.returncode == 0, finished.stderr
    consistent(db_path)
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 60
