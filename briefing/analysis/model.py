"""The analysis results: plain dataclasses whose offsets index into `Article.text`."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Span:
    start: int
    end: int


@dataclass(slots=True)
class Paragraph(Span):
    pass


@dataclass(slots=True)
class Section(Span):
    heading: str | None
    paragraphs: list[Paragraph] = field(default_factory=list)
    topical: bool = False  # found by the analysis (lexical cohesion), not given by the article


@dataclass(slots=True)
class Article:
    """A normalised article: the body text and its structure, ready for analysis."""

    source: str
    text: str
    sections: list[Section]
    title: str | None = None
    byline: str | None = None
    published: str | None = None
    url: str | None = None
    feed_url: str | None = None
    feed_title: str | None = None
    entry_id: str | None = None
    from_feed: bool = False

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [p for s in self.sections for p in s.paragraphs]


@dataclass(slots=True)
class Sentence(Span):
    paragraph: int


@dataclass(slots=True)
class Mention(Span):
    text: str


@dataclass(slots=True)
class Entity:
    id: int
    name: str
    type: str  # person | organization | place | other
    aliases: list[str]
    role: str | None
    mentions: list[Mention]
    gender: str | None = None  # "m" | "f" | None, used for pronoun resolution
    descriptions: list[str] = field(default_factory=list)  # "the Kremlin aide": see descriptions.py


@dataclass(slots=True)
class Quote(Span):
    text: str
    kind: str  # direct | partial | indirect | scare
    speaker_id: int | None
    utterance: int


@dataclass(slots=True)
class Figure(Span):
    text: str
    value: float | int | str | None
    unit: str | None
    kind: str  # count | money | percent | area | distance | weight | duration | date | ordinal | other
    context: str
    approximate: bool = False
    counts: str | None = None  # what the figure counts, e.g. "regions"
    equivalent_to: int | None = None  # index of an equivalent figure in the same sentence


@dataclass(slots=True)
class SummarySentence(Span):
    text: str


@dataclass(slots=True)
class Analysis:
    article: Article
    sections: list[Section]  # the article's own, or topical sections for a long unheaded one
    sentences: list[Sentence]
    entities: list[Entity]
    quotes: list[Quote]
    figures: list[Figure]
    summary: list[SummarySentence]

    def entity(self, entity_id: int | None) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    @property
    def quote_count(self) -> int:
        """Quotes someone may have said: scare quotes are terms, not speech."""
        return sum(1 for q in self.quotes if q.kind != "scare")

    @property
    def speaker_count(self) -> int:
        return len({q.speaker_id for q in self.quotes if q.speaker_id is not None})
