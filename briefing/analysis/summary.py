"""Extractive summary: a few verbatim sentences, in article order, that carry the article.

Sentences are scored by position (news puts the essentials first), by how many of the
article's main actors and figures they carry, and lose points when they lean on context
("But ...", "He ...") or repeat a sentence already chosen.
"""

from __future__ import annotations

import re

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
    salient = _salient_entity_spans(entities)
    figure_starts = [f.start for f in figures if f.kind != "date"]
    scored = []
    for index, sentence in enumerate(sentences):
        scored.append((_score(text, sentence, index, salient, figure_starts), index))
    chosen: list[int] = []
    chosen_words: list[set[str]] = []
    for _score_value, index in sorted(scored, key=lambda item: (-item[0], item[1])):
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


def _salient_entity_spans(entities: list[Entity]) -> list[tuple[int, int, float]]:
    """Mentions of the most-mentioned entities, each weighted by its share of all mentions."""
    total = sum(len(e.mentions) for e in entities) or 1
    return [(m.start, m.end, len(e.mentions) / total) for e in entities for m in e.mentions]


def _score(
    text: str,
    sentence: Sentence,
    index: int,
    salient: list[tuple[int, int, float]],
    figure_starts: list[int],
) -> float:
    words = _WORD.findall(text, sentence.start, sentence.end)
    if len(words) < _MIN_WORDS:
        return -1.0
    position = 1.0 / (1.0 + 0.35 * index)
    actors = sum(weight for start, _end, weight in salient if sentence.start <= start < sentence.end)
    figures = sum(1 for start in figure_starts if sentence.start <= start < sentence.end)
    score = position + 0.8 * min(actors, 0.6) + 0.1 * min(figures, 2)
    if _CONTEXT_DEPENDENT_START.match(text[sentence.start : sentence.end]):
        score -= 0.4
    if len(words) > _MAX_WORDS:
        score -= 0.2
    return score


def _content_words(text: str, sentence: Sentence) -> set[str]:
    return {w.lower() for w in _WORD.findall(text, sentence.start, sentence.end) if len(w) > 3}


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / (min(len(a), len(b)) or 1)
