"""Extractive summary: a few verbatim sentences, in article order, that carry the article.

Sentences are scored by position (news puts the essentials first), by how many of the
article's main actors and figures they carry, and lose points when they lean on context
("But ...", "He ...") or repeat a sentence already chosen.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from briefing.analysis.model import Entity, Figure, Sentence, SummarySentence

_WORD = re.compile(r"\w+")
_CONTEXT_DEPENDENT_START = re.compile(
    r"^[“\"‘']?(?:but|and|or|so|yet|he|she|they|it|this|that|these|those|his|her|their|its|"
    r"however|also|still|meanwhile|instead|then|there|such)\b",
    re.IGNORECASE,
)
_MIN_WORDS = 6
_MAX_WORDS = 60
_REDUNDANCY = 0.5
_MAX_SENTENCES = 8


def summary_length(sentence_count: int) -> int:
    """3 sentences for a short article, 5 for a long one, one more per 40 sentences beyond 80."""
    if sentence_count < 25:
        wanted = 3
    elif sentence_count < 45:
        wanted = 4
    else:
        wanted = 5 + max(0, sentence_count - 80) // 40
    return max(1, min(sentence_count, wanted, _MAX_SENTENCES))


def summarize(
    text: str,
    sentences: list[Sentence],
    entities: list[Entity],
    figures: list[Figure],
    length: int | None = None,
) -> list[SummarySentence]:
    if not sentences:
        return []
    wanted = length or summary_length(len(sentences))
    starts = [sentence.start for sentence in sentences]
    actors = _per_sentence(starts, _weighted_mentions(entities))
    figure_counts = _per_sentence(starts, [(f.start, 1.0) for f in figures if f.kind != "date"])
    ranked = sorted(
        range(len(sentences)),
        key=lambda i: (-_score(text, sentences[i], i, actors[i], figure_counts[i]), i),
    )
    chosen: list[int] = []
    chosen_words: list[set[str]] = []
    for index in ranked:
        words = _content_words(text, sentences[index])
        if any(_overlap(words, other) > _REDUNDANCY for other in chosen_words):
            continue
        chosen.append(index)
        chosen_words.append(words)
        if len(chosen) == wanted:
            break
    return [
        SummarySentence(start=sentences[i].start, end=sentences[i].end, text=text[sentences[i].start : sentences[i].end])
        for i in sorted(chosen)
    ]


def _weighted_mentions(entities: list[Entity]) -> list[tuple[int, float]]:
    """Every entity mention, weighted by its entity's share of all mentions (main actors weigh most)."""
    total = sum(len(e.mentions) for e in entities) or 1
    return [(m.start, len(e.mentions) / total) for e in entities for m in e.mentions]


def _per_sentence(starts: list[int], weighted_offsets: list[tuple[int, float]]) -> list[float]:
    """Sum the weights of the offsets falling in each sentence."""
    sums = [0.0] * len(starts)
    for offset, weight in weighted_offsets:
        index = bisect_right(starts, offset) - 1
        if index >= 0:
            sums[index] += weight
    return sums


def _score(text: str, sentence: Sentence, index: int, actors: float, figures: float) -> float:
    sentence_text = text[sentence.start : sentence.end]
    word_count = len(sentence_text.split())
    if word_count < _MIN_WORDS:
        return -1.0
    position = 1.0 / (1.0 + 0.35 * index)
    score = position + 0.8 * min(actors, 0.6) + 0.1 * min(figures, 2)
    if _CONTEXT_DEPENDENT_START.match(sentence_text):
        score -= 0.4
    if word_count > _MAX_WORDS:
        score -= 0.2
    return score


def _content_words(text: str, sentence: Sentence) -> set[str]:
    return {w.lower() for w in _WORD.findall(text, sentence.start, sentence.end) if len(w) > 3}


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / (min(len(a), len(b)) or 1)
