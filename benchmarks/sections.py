#!/usr/bin/env python3
"""Topical sectioning: Pk and WindowDiff on random concatenations of gold article bodies, and
the time per 1,000 words. Prints figures; asserts nothing.

Each sample joins 3 to 6 articles of ../shared/eval/html/gold.jsonl (heading-like lines
removed); the true boundaries are the joins. Paragraphs are the units of Pk and WindowDiff,
with k half the mean true segment length.

Usage: python3 benchmarks/sections.py [SHARED_DIR]   (default: ../shared beside the repo)
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from briefing.analysis.entities import extract_entities
from briefing.analysis.model import Paragraph
from briefing.analysis.figures import extract_figures
from briefing.analysis.sections import topical_sections
from briefing.analysis.sentences import split_sentences
from briefing.analysis.summary import summarize

REPO = Path(__file__).resolve().parents[1]
SAMPLES = 200
SEED = 20240601
_FINAL_PUNCTUATION = tuple(".!?…。！？\"”’')]")
_HEADING_MAX_WORDS = 12


def gold_articles(shared: Path) -> list[list[str]]:
    """The paragraphs of each gold body, heading-like lines removed; empty articles dropped."""
    articles = []
    for line in (shared / "eval" / "html" / "gold.jsonl").open(encoding="utf-8"):
        lines = [s.strip() for s in json.loads(line)["body"].split("\n") if s.strip()]
        paragraphs = [s for s in lines if not _is_heading_like(s)]
        if paragraphs:
            articles.append(paragraphs)
    return articles


def _is_heading_like(line: str) -> bool:
    return len(line.split()) <= _HEADING_MAX_WORDS and not line.endswith(_FINAL_PUNCTUATION)


def samples(articles: list[list[str]]) -> list[tuple[list[str], list[int]]]:
    """(paragraphs, segment index of each paragraph) for random concatenations of articles."""
    rng = random.Random(SEED)
    result = []
    for _ in range(SAMPLES):
        chosen = rng.sample(articles, rng.randint(3, 6))
        paragraphs = [p for article in chosen for p in article]
        labels = [i for i, article in enumerate(chosen) for _ in article]
        result.append((paragraphs, labels))
    return result


def layout(paragraphs: list[str]) -> tuple[str, list[Paragraph]]:
    text = "\n\n".join(paragraphs)
    spans, offset = [], 0
    for paragraph in paragraphs:
        spans.append(Paragraph(offset, offset + len(paragraph)))
        offset += len(paragraph) + 2
    return text, spans


def pk(reference: list[int], hypothesis: list[int], k: int) -> float:
    """Beeferman et al.: how often the two disagree on whether units k apart share a segment."""
    windows = range(len(reference) - k)
    errors = sum((reference[i] == reference[i + k]) != (hypothesis[i] == hypothesis[i + k]) for i in windows)
    return errors / max(1, len(windows))


def window_diff(reference: list[int], hypothesis: list[int], k: int) -> float:
    """Pevzner and Hearst: how often the two count different numbers of boundaries in a window."""
    windows = range(len(reference) - k)
    errors = sum(
        (reference[i + k] - reference[i]) != (hypothesis[i + k] - hypothesis[i]) for i in windows
    )
    return errors / max(1, len(windows))


def half_mean_segment(labels: list[int]) -> int:
    return max(1, round(len(labels) / (labels[-1] + 1) / 2))


def no_boundaries(labels: list[int]) -> list[int]:
    return [0] * len(labels)


def evenly_spaced(labels: list[int]) -> list[int]:
    """As many segments as the truth, of equal length."""
    segments = labels[-1] + 1
    return [i * segments // len(labels) for i in range(len(labels))]


def scores(pairs: list[tuple[list[int], list[int]]]) -> tuple[float, float]:
    """Mean Pk and WindowDiff over (reference, hypothesis) pairs of segment labels."""
    pks, wds = [], []
    for labels, hypothesis in pairs:
        k = half_mean_segment(labels)
        pks.append(pk(labels, hypothesis, k))
        wds.append(window_diff(labels, hypothesis, k))
    return statistics.mean(pks), statistics.mean(wds)


def main() -> None:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared"
    data = samples(gold_articles(shared))
    prepared = []
    for paragraphs, _ in data:
        text, spans = layout(paragraphs)
        sentences = split_sentences(text, spans)
        prepared.append((text, spans, extract_entities(text, sentences)))
    sentence_lists = [split_sentences(text, spans) for text, spans, _ in prepared]

    references = [labels for _, labels in data]
    hypotheses = [
        [i for i, section in enumerate(topical_sections(*args)) for _ in section.paragraphs] for args in prepared
    ]

    words = sum(len(text.split()) for text, *_ in prepared) / 1000
    segments = statistics.mean(labels[-1] + 1 for _, labels in data)
    found = statistics.mean(h[-1] + 1 for h in hypotheses)
    print(f"{SAMPLES} samples, {statistics.mean(len(p) for p, _ in data):.1f} paragraphs and "
          f"{words * 1000 / SAMPLES:.0f} words on average; {segments:.2f} true segments, {found:.2f} found")
    for name, found_labels in (
        ("topical_sections", hypotheses),
        ("no boundaries", [no_boundaries(labels) for labels in references]),
        ("evenly spaced", [evenly_spaced(labels) for labels in references]),
    ):
        pk_mean, wd_mean = scores(list(zip(references, found_labels)))
        print(f"{name:>17}: Pk {pk_mean:.3f}  WindowDiff {wd_mean:.3f}")

    figures = [extract_figures(text, sentences) for (text, _, _), sentences in zip(prepared, sentence_lists)]
    timings = {
        "figures": _timed(lambda: [extract_figures(text, sentences) for (text, _, _), sentences in zip(prepared, sentence_lists)]),
        "sections": _timed(lambda: [topical_sections(*args) for args in prepared]),
        "summary": _timed(
            lambda: [
                summarize(text, sentences, entities, found)
                for (text, _, entities), sentences, found in zip(prepared, sentence_lists, figures)
            ]
        ),
    }
    per_1000_words = {stage: seconds / words * 1000 for stage, seconds in timings.items()}
    print("time per 1,000 words: " + ", ".join(f"{stage} {ms:.3f} ms" for stage, ms in per_1000_words.items())
          + f"; the three together {sum(per_1000_words.values()):.3f} ms (target: at most 2 ms)")


def _timed(run: Callable[[], object], rounds: int = 5) -> float:
    """The best of a few rounds, in seconds."""
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


if __name__ == "__main__":
    main()
