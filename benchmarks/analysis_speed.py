#!/usr/bin/env python3
"""Analysis speed: articles of about 1,000 words per second on one core, and the wall time of
`briefing analyze` on the seed article (start-up included). Prints figures; asserts nothing.

Usage: python3 benchmarks/analysis_speed.py [SHARED_DIR]   (default: ../shared beside the repo)
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from briefing.analysis.pipeline import analyze
from briefing.reading.normalize import normalize
from briefing.reading.plaintext import read_plain_text
from bytecode import compile_bytecode

REPO = Path(__file__).resolve().parents[1]
WORDS_PER_ARTICLE = 1000


def articles_of_about_1000_words(shared: Path) -> list[str]:
    """Real BBC texts from the summaries set, joined until each holds ~1,000 words."""
    texts = [json.loads(line)["text"] for line in (shared / "eval" / "summaries" / "gold.jsonl").open(encoding="utf-8")]
    articles, current = [], []
    for text in texts:
        current.append(text)
        if sum(len(t.split()) for t in current) >= WORDS_PER_ARTICLE:
            articles.append("\n\n".join(current))
            current = []
    return articles


def main() -> None:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared"
    articles = [normalize(read_plain_text(text, "bench")) for text in articles_of_about_1000_words(shared)]
    words = statistics.mean(len(a.text.split()) for a in articles)
    round_times = []
    for _ in range(7):
        started = time.perf_counter()
        for article in articles:
            analyze(article)
        round_times.append((time.perf_counter() - started) / len(articles))
    best, median = min(round_times), statistics.median(round_times)
    print(
        f"analysis: {1 / best:.0f} articles/s at best, {1 / median:.0f} median of 7 rounds "
        f"({best * 1000:.2f} / {median * 1000:.2f} ms per article of {words:.0f} words)"
    )

    seed = shared / "fixtures" / "000_a651404527db1a0e.txt"
    compile_bytecode()
    walls = []
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "briefing", "analyze", str(seed)], check=True, capture_output=True)
        walls.append(time.perf_counter() - started)
    print(f"`briefing analyze` of the seed article: median {statistics.median(walls) * 1000:.0f} ms wall time")


if __name__ == "__main__":
    main()
