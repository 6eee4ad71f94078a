#!/usr/bin/env python3
"""Feed ingestion end to end: one local RSS file of 1,000 entries of ~800 words each is refreshed
into a fresh library (fetch, parse, clean, analyse, store) through `refresh_feeds`, the code path
of `briefing refresh`. Prints entries per second and peak memory (VmHWM); asserts nothing.

With newsboat installed, the time newsboat takes to reload the same feed from a local http URL
is printed beside it: a reader that does no analysis at all.

Usage: python3 benchmarks/feed_ingest.py [SHARED_DIR] [--profile]   (default: ../shared)
"""

from __future__ import annotations

import cProfile
import functools
import html
import http.server
import json
import os
import pstats
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from briefing.store.database import open_db  # noqa: E402
from briefing.store.feeds import add_feed  # noqa: E402
from briefing.subscriptions import refresh_feeds  # noqa: E402

ENTRIES = 1000
WORDS_PER_ENTRY = 800


def build_feed(shared: Path, path: Path) -> float:
    """An RSS 2.0 file of ENTRIES entries, each ~800 words of real BBC paragraphs (shuffled, so
    that every entry is different); returns the mean word count."""
    texts = [json.loads(line) for line in (shared / "eval" / "summaries" / "gold.jsonl").open(encoding="utf-8")]
    paragraphs = [p for t in texts for p in t["text"].split("\n\n")[1:] if len(p.split()) > 8]
    rng = random.Random(2024)
    items, words = [], 0
    for index in range(ENTRIES):
        chosen, count = [], 0
        while count < WORDS_PER_ENTRY:
            paragraph = rng.choice(paragraphs)
            chosen.append(paragraph)
            count += len(paragraph.split())
        words += count
        title = html.escape(rng.choice(texts)["title"])
        body = "".join(f"<p>{html.escape(p)}</p>" for p in chosen)
        day = 1 + index % 28
        items.append(
            f"<item><title>{title} ({index})</title><link>https://bench.example.com/story/{index}</link>"
            f"<guid isPermaLink=\"false\">bench-{index}</guid><pubDate>Tue, {day:02d} Mar 2024 09:30:00 +0000</pubDate>"
            f"<description><![CDATA[{body}]]></description></item>"
        )
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Benchmark News</title>'
        f"<link>https://bench.example.com/</link><description>generated</description>{''.join(items)}</channel></rss>\n",
        encoding="utf-8",
    )
    return words / ENTRIES


def peak_memory_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def newsboat_reload(feed_file: Path, workdir: Path) -> str:
    """newsboat -x reload of the same feed served over http from 127.0.0.1 (median of 3)."""
    newsboat = shutil.which("newsboat")
    if newsboat is None:
        return "newsboat: not installed (apt-get install newsboat to compare)"
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(feed_file.parent))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{httpd.server_address[1]}/{feed_file.name}"
    times = []
    try:
        for attempt in range(3):
            home = workdir / f"newsboat-{attempt}"
            home.mkdir()
            (home / "urls").write_text(url + "\n", encoding="utf-8")
            command = [newsboat, "-u", str(home / "urls"), "-c", str(home / "cache.db"), "-C", str(home / "config"), "-x", "reload"]
            (home / "config").write_text("", encoding="utf-8")
            env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home), "XDG_DATA_HOME": str(home)}
            started = time.perf_counter()
            done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)
            times.append(time.perf_counter() - started)
            if done.returncode != 0:
                return f"newsboat: failed ({(done.stderr or done.stdout).strip()[:200]})"
            stored = subprocess.run(
                [sys.executable, "-c", "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from rss_item').fetchone()[0])",
                 str(home / "cache.db")],
                capture_output=True, text=True,
            ).stdout.strip()
    finally:
        httpd.shutdown()
        httpd.server_close()
    median = sorted(times)[1]
    version = subprocess.run([newsboat, "-v"], capture_output=True, text=True).stdout.splitlines()[0]
    return f"{version}: reload of the same feed from a local URL in {median:.2f} s (median of 3; {stored} items stored) = {ENTRIES / median:.0f} entries/s"


def timed_phases() -> dict[str, float]:
    """Wrap the functions the refresh calls, to tell where its time goes (wall seconds)."""
    import briefing.analysis.pipeline as pipeline
    import briefing.reading.feeds as feeds
    import briefing.reading.normalize as normalize
    import briefing.store.articles as articles

    spent: dict[str, float] = {}

    def wrap(module: object, name: str, label: str) -> None:
        original = getattr(module, name)

        def timed(*args: object, **kwargs: object) -> object:
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0.0) + time.perf_counter() - started

        setattr(module, name, timed)

    wrap(feeds, "read_feed", "parse (feedparser + HTML fragments)")
    wrap(normalize, "normalize", "clean (normalize)")
    wrap(pipeline, "analyze", "analyse")
    wrap(articles, "save_analysis", "store (save_analysis)")
    return spent


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    shared = Path(args[0]) if args else REPO.parent / "shared"
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        feed_file = workdir / "bench-feed.xml"
        words = build_feed(shared, feed_file)
        db_path = workdir / "bench.db"
        db = open_db(db_path)
        add_feed(db, feed_file.resolve().as_uri())
        db.conn.close()
        before = peak_memory_mb()
        profiler = cProfile.Profile() if "--profile" in sys.argv else None
        spent = timed_phases()
        started = time.perf_counter()
        cpu_started = time.process_time()
        if profiler:
            profiler.enable()
        report = refresh_feeds(db_path, workers=1)
        if profiler:
            profiler.disable()
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
        [result] = report.results
        assert result.new == ENTRIES and not result.error, result
        size = feed_file.stat().st_size / 1e6
        print(f"feed: {ENTRIES} entries of {words:.0f} words on average, {size:.1f} MB")
        print(
            f"briefing refresh: {elapsed:.2f} s wall ({cpu:.2f} s CPU) = {ENTRIES / elapsed:.0f} entries/s; "
            f"peak memory {peak_memory_mb():.0f} MB (VmHWM; {before:.0f} MB before the refresh)"
        )
        print("where the time goes: " + ", ".join(f"{label} {seconds:.2f} s" for label, seconds in spent.items())
              + f", the rest {elapsed - sum(spent.values()):.2f} s")
        print(newsboat_reload(feed_file, workdir))
        if profiler:
            stats = pstats.Stats(profiler)
            stats.sort_stats("cumulative").print_stats(40)


if __name__ == "__main__":
    main()
