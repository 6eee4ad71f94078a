"""Topical sections for long articles without headings of their own, by lexical cohesion.

TextTiling-style block comparison: at every gap between paragraphs, the content words and entity
mentions of a few paragraphs before are compared with those of a few paragraphs after. A topic
change shows as a valley in that similarity; valleys deep relative to the peaks around them, and
to the article's own spread of depths, become section boundaries. Each section is titled by the
entities it mentions most compared with the whole article, else by its most distinctive words.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Hashable, Iterator
from itertools import chain

from briefing.analysis.model import Entity, Paragraph, Section

# Common words that say nothing of a topic (the tokeniser already drops words under four letters).
STOPWORDS = frozenset(
    """about above according after again against all also although among and another any are aren
    around asked back because been before being below between both but came can cannot come could
    couldn day days did didn does doesn doing don down during each either else even ever every few
    first for from further get gets going got had has hasn have haven having her here hers herself
    him himself his how however including into isn its itself just knew know last least less like
    made make many may might more most much must myself near need never new next nor not now off
    often once one only other others our ours ourselves out over own people per perhaps put rather
    really said same say says second see seen she should shouldn since some still such take than
    that the their theirs them themselves then there these they thing things think this those though
    thought three through thus time times told too took two under until upon very want was wasn way
    week well went were weren what when where whether which while who whom whose why will with
    within without won would wouldn year years yet you your yours yourself""".split()
)
# Words of four letters or more (numbers are dropped later, by word); in text with ideographs,
# written without spaces, each ideograph or katakana is a word. `\w` is the fast case.
_WORD = re.compile(r"\w{4,}")
_IDEOGRAPHS = "\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff"  # katakana and CJK ideographs
_HAS_IDEOGRAPHS = re.compile(f"[{_IDEOGRAPHS}]")
_WORD_OR_IDEOGRAPH = re.compile(rf"[{_IDEOGRAPHS}]|[^\W\u3040-\u309f{_IDEOGRAPHS}]{{3,}}")
# Crude stemming: "prices", "priced", "pricing" -> "pric"; a stem keeps at least three letters.
_SUFFIX = re.compile(r"(?:i(?:es|ed|ng)(?<=\w{6})|(?:e[ds]|ly)(?<=\w{5})|[sey](?<=\w{4}))\b")

MIN_PARAGRAPHS = 8
MIN_WORDS = 500
MIN_SECTION_PARAGRAPHS = 3
WORDS_PER_SECTION = 150  # at most one section per this many words
WINDOW = 5  # paragraphs compared on each side of a gap
# A gap is a boundary when its relative depth (see _depths) exceeds the article's mean depth by
# DEPTH_CUTOFF standard deviations, or exceeds MAX_DEPTH_CUTOFF: then the cohesion across the
# gap is under a fifth of the peaks around it.
DEPTH_CUTOFF = 2.0
MAX_DEPTH_CUTOFF = 0.8
MAX_TITLE_LENGTH = 50
UNTYPED_ENTITY_WEIGHT = 0.5


def _word_count(paragraphs: list[Paragraph], text: str) -> int:
    return len(text[paragraphs[0].start : paragraphs[-1].end].split())


def topical_sections(text: str, paragraphs: list[Paragraph], entities: list[Entity]) -> list[Section]:
    """Sections covering every paragraph in order; an article under 8 paragraphs or 500 words is
    one untitled section."""
    if not paragraphs:
        return []
    word_count = _word_count(paragraphs, text) if len(paragraphs) >= MIN_PARAGRAPHS else 0
    if word_count < MIN_WORDS:
        return [_section(paragraphs, None)]
    lowered = text.lower()
    word = _WORD_OR_IDEOGRAPH if _HAS_IDEOGRAPHS.search(text) else _WORD
    words = [word.findall(lowered, p.start, p.end) for p in paragraphs]
    mentions = _entity_mentions(paragraphs, entities)
    most_sections = min(
        len(paragraphs) // MIN_SECTION_PARAGRAPHS, max(2, word_count // WORDS_PER_SECTION)
    )
    depths = _depths(_sliding_cosines(_vectors(words, mentions), WINDOW))
    cuts = _boundaries(depths, len(paragraphs), most_sections)
    spans = list(zip([0, *cuts], [*cuts, len(paragraphs)]))
    titles = _titles(spans, words, mentions, entities)
    return [_section(paragraphs[a:b], title) for (a, b), title in zip(spans, titles)]


def _section(paragraphs: list[Paragraph], heading: str | None) -> Section:
    return Section(
        start=paragraphs[0].start, end=paragraphs[-1].end, heading=heading, paragraphs=list(paragraphs), topical=heading is not None
    )


def _vectors(words: list[list[str]], mentions: list[Counter[int]]) -> list[Counter[Hashable]]:
    """Per paragraph, the counts of its stems and entity ids; an entity id counts as one more
    word, whatever alias it goes by. Each distinct word is stemmed once, in one regex pass.
    A word the article uses only once links no two paragraphs, so it is left out."""
    frequency = Counter(chain.from_iterable(words))
    vocabulary = [w for w, n in frequency.items() if n > 1 and w.isalpha() and w not in STOPWORDS]
    stem_of = dict(zip(vocabulary, _SUFFIX.sub("", "\n".join(vocabulary)).split("\n")))
    vectors = []
    for paragraph, counts in zip(words, mentions):
        vector: Counter[Hashable] = Counter(chain(map(stem_of.get, paragraph), counts.elements()))
        vector.pop(None, None)  # stopwords
        vectors.append(vector)
    return vectors


def _entity_mentions(paragraphs: list[Paragraph], entities: list[Entity]) -> list[Counter[int]]:
    """Mentions of each entity id, per paragraph."""
    starts = [p.start for p in paragraphs]
    counts: list[Counter[int]] = [Counter() for _ in paragraphs]
    for entity in entities:
        for mention in entity.mentions:
            counts[max(0, bisect_right(starts, mention.start) - 1)][entity.id] += 1
    return counts


def _sliding_cosines(vectors: list[Counter[Hashable]], window: int) -> list[float]:
    """For each gap g (before paragraph g, g = 1 .. n - 1), the cosine of the summed vectors of
    the paragraphs on either side: `window` of them, fewer near the ends, as many on each side.

    Equal sides keep gaps near the ends from looking deep only because one side is short. The
    windows slide and the dot product and norms are updated with the paragraphs that enter,
    cross and leave, so each paragraph is visited a few times in all.
    """
    count = len(vectors)
    left: dict[Hashable, int] = {}
    right: dict[Hashable, int] = {}
    dot = left_norm = right_norm = low = high = 0
    cosines = []
    for gap in range(1, count):
        size = min(window, gap, count - gap)
        while high < gap + size:
            dot_change, norm_change = _add(right, left, vectors[high], 1)
            dot, right_norm, high = dot + dot_change, right_norm + norm_change, high + 1
        dot_change, left_change, right_change = _cross(left, right, vectors[gap - 1])
        dot, left_norm, right_norm = dot + dot_change, left_norm + left_change, right_norm + right_change
        while low < gap - size:
            dot_change, norm_change = _add(left, right, vectors[low], -1)
            dot, left_norm, low = dot + dot_change, left_norm + norm_change, low + 1
        while high > gap + size:
            dot_change, norm_change = _add(right, left, vectors[high - 1], -1)
            dot, right_norm, high = dot + dot_change, right_norm + norm_change, high - 1
        cosines.append(dot / math.sqrt(left_norm * right_norm) if dot else 0.0)
    return cosines


def _add(
    side: dict[Hashable, int], other: dict[Hashable, int], vector: Counter[Hashable], sign: int
) -> tuple[int, int]:
    """Add (sign 1) or remove (sign -1) a vector on one side: the changes of dot product and norm."""
    dot = norm = 0
    for key, count in vector.items():
        old = side.get(key, 0)
        side[key] = old + sign * count
        norm += count * (count + sign * 2 * old)
        dot += count * other.get(key, 0)
    return sign * dot, norm


def _cross(
    left: dict[Hashable, int], right: dict[Hashable, int], vector: Counter[Hashable]
) -> tuple[int, int, int]:
    """Move a vector from the right side to the left: the changes of dot product and both norms."""
    dot = left_norm = right_norm = 0
    for key, count in vector.items():
        before, after = left.get(key, 0), right[key]
        left[key] = before + count
        right[key] = after - count
        dot += count * (after - before - count)
        left_norm += count * (count + 2 * before)
        right_norm += count * (count - 2 * after)
    return dot, left_norm, right_norm


def _depths(scores: list[float]) -> list[float]:
    """Relative depth of each gap: how far its score lies below the peaks on either side (reached
    by climbing while the score rises), as a share of those peaks; 1 means nothing in common."""
    depths = []
    for i, score in enumerate(scores):
        peaks = _peak(scores, i, -1) + _peak(scores, i, 1)
        depths.append((peaks - 2 * score) / peaks if peaks else 0.0)
    return depths


def _peak(scores: list[float], i: int, step: int) -> float:
    peak = scores[i]
    j = i + step
    while 0 <= j < len(scores) and scores[j] >= peak:
        peak = scores[j]
        j += step
    return peak


def _boundaries(depths: list[float], count: int, most_sections: int) -> list[int]:
    """Indices of the paragraphs that open a section: the deepest gaps past the cutoff, as long as
    every section keeps its minimum length and the number of sections stays within the cap."""
    first = MIN_SECTION_PARAGRAPHS  # gaps nearer the ends would leave a section too short
    eligible = depths[first - 1 : count - first]
    if len(eligible) < 2:
        return []
    mean = sum(eligible) / len(eligible)
    deviation = math.sqrt(sum((d - mean) ** 2 for d in eligible) / len(eligible))
    cutoff = min(mean + DEPTH_CUTOFF * deviation, MAX_DEPTH_CUTOFF)
    chosen: list[int] = []
    for depth, gap in sorted(((d, g + first) for g, d in enumerate(eligible)), reverse=True):
        if depth <= cutoff or len(chosen) >= most_sections - 1:
            break
        if all(abs(gap - edge) >= MIN_SECTION_PARAGRAPHS for edge in (0, *chosen, count)):
            chosen.append(gap)
    return sorted(chosen)


def _titles(
    spans: list[tuple[int, int]], words: list[list[str]], mentions: list[Counter[int]], entities: list[Entity]
) -> list[str | None]:
    """A distinct short title per section, or None for a single section."""
    if len(spans) == 1:
        return [None]
    by_id = {e.id: e for e in entities}
    article_mentions = _total(mentions)
    titles: list[str | None] = []
    for a, b in spans:
        candidates = chain(_entity_titles(_total(mentions[a:b]), article_mentions, by_id), _word_titles(words, a, b))
        titles.append(next((t for t in candidates if t not in titles), f"Part {len(titles) + 1}"))
    return titles


def _total(counters: list[Counter[int]]) -> Counter[int]:
    total: Counter[int] = Counter()
    for counter in counters:
        total.update(counter)
    return total


def _short_name(entity: Entity) -> str:
    """A person by surname ("Stanovaya"), anything else by its full name."""
    return entity.name.split()[-1] if entity.type == "person" else entity.name


def _distinctive(section: Counter[str], article: Counter[str], limit: int) -> list[str]:
    """The section's words by count weighted by the section's share of the article's count (a
    word everywhere in the article does not mark one section), the longer first on a tie (long
    words tend to be the specific ones)."""
    return sorted(section, key=lambda key: (-section[key] ** 2 / article[key], -section[key], -len(key), key))[:limit]


def _entity_titles(section: Counter[int], article: Counter[int], entities: dict[int, Entity]) -> list[str]:
    """"A and B" for the two most distinctive entities mentioned at least twice in the section,
    then each alone; an entity of unknown type ("Fallen Order") weighs half."""

    def weight(key: int) -> float:
        typed = entities[key].type != "other"
        return section[key] ** 2 / article[key] * (1.0 if typed else UNTYPED_ENTITY_WEIGHT)

    keys = sorted((key for key, count in section.items() if count >= 2), key=lambda key: (-weight(key), key))
    ranked = list(dict.fromkeys(_short_name(entities[key]) for key in keys[:3]))
    pair = [f"{ranked[0]} and {ranked[1]}"] if len(ranked) >= 2 else []
    return [t for t in [*pair, *ranked] if len(t) <= MAX_TITLE_LENGTH]


def _word_titles(words: list[list[str]], start: int, end: int) -> Iterator[str]:
    """The section's most distinctive words, counted only when no entity title will do."""
    section = Counter(w for w in chain.from_iterable(words[start:end]) if w.isalpha() and w not in STOPWORDS)
    article = Counter(chain.from_iterable(words))
    yield from (word.capitalize() for word in _distinctive(section, article, 5))
