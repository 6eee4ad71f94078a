"""Topical sections: boundaries at topic changes, exact coverage, short distinct titles."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.analysis.entities import extract_entities
from briefing.analysis.model import Paragraph, Section
from briefing.analysis.sections import topical_sections
from briefing.analysis.sentences import split_sentences
from briefing.reading.normalize import normalize
from briefing.reading.plaintext import read_plain_text

SEED = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "000_a651404527db1a0e.txt"

VOLCANO = [
    "A volcano on the Reykjanes peninsula in Iceland erupted late on Monday, sending fountains of lava "
    "into the night sky and forcing the evacuation of the fishing town of Grindavik for the third time "
    "this winter. Police closed the roads into the town within an hour of the first earthquake.",
    "Scientists at the Icelandic Meteorological Office said the fissure opened about three kilometres "
    "north of Grindavik after weeks of earthquakes, as magma gathered in a chamber beneath the peninsula. "
    "The office raised its hazard level for the whole area to the highest grade.",
    "The lava flowed west towards the Svartsengi geothermal plant, where crews had built earth barriers to "
    "protect the power station and the Blue Lagoon spa, which closed its doors to visitors. Engineers "
    "worked through the night to raise the barriers with more gravel.",
    "Volcanologist Thorvaldur Thordarson said the eruption could last for weeks, and that the magma chamber "
    "had refilled faster than in earlier eruptions, so more fissures might open along the peninsula. He "
    "advised people to keep away from the cracks, which release toxic gases.",
    "Residents of Grindavik watched the glowing lava on webcams from shelters in Reykjavik, unsure whether "
    "their homes, already cracked by the earthquakes, would survive the flow from the volcano. Many "
    "families have lived in temporary flats since the earthquakes began in November.",
    "Flights at Keflavik airport continued as normal, the airport operator said, because the eruption "
    "released little volcanic ash, unlike the Eyjafjallajokull volcano that closed European airspace in "
    "2010. Tourists nevertheless gathered on a hillside road to photograph the eruption.",
]
FOOTBALL = [
    "Arsenal beat Chelsea two goals to one in the cup final at Wembley on Saturday, with a late header from "
    "the striker Gabriel Jesus settling a tense match in front of ninety thousand supporters. It was the "
    "first final between the two London rivals in six years.",
    "Chelsea had taken the lead through a penalty from Cole Palmer after the goalkeeper brought down a "
    "winger in the box, and the London club defended deep for most of the first half. Their goalkeeper "
    "made three fine saves before the interval to keep the lead.",
    "The Arsenal manager Mikel Arteta changed his formation at half time, bringing on two attacking "
    "midfielders, and the equaliser came from a corner when Bukayo Saka volleyed into the net. The "
    "substitution transformed the game and the crowd sensed a comeback.",
    "Chelsea supporters booed the referee after he waved away a second penalty appeal, and their coach "
    "complained that the match officials had missed a clear handball by an Arsenal defender. The league "
    "said it would review the footage of the incident next week.",
    "Jesus scored the winner in the final minute, rising above two defenders to head a cross from Saka past "
    "the Chelsea goalkeeper, and the Arsenal players celebrated in front of their fans. The captain "
    "lifted the trophy as fireworks went off around the stadium.",
    "It was the fifteenth cup triumph for Arsenal, who will play in the European league next season, while "
    "Chelsea must now win their last league matches to qualify for any competition. Their coach said the "
    "squad would need new players in the summer window.",
]
RATES = [
    "The central bank raised its main interest rate by a quarter of a percentage point on Thursday, the "
    "fourth increase this year, as inflation stayed well above its target of two percent. Analysts said "
    "the decision had been unanimous among the members of the rate committee.",
    "Consumer prices rose by five percent in the year to March, driven by the cost of energy, rents and "
    "food, and the bank warned that wages were growing faster than productivity. Core inflation, which "
    "excludes energy and food, also rose during the spring.",
    "Economists had expected the rate increase, but several said that borrowing costs were now high enough "
    "to slow mortgage lending and business investment across the economy. Surveys of manufacturers "
    "already show orders falling for the third month running.",
    "The governor of the central bank told reporters that monetary policy would stay tight until inflation "
    "fell back towards target, and that markets should not expect rate cuts this year. She added that "
    "the labour market remained unusually tight by historical standards.",
    "Mortgage lenders said they would pass the higher interest rate on to borrowers within days, adding "
    "about forty euros a month to the repayments on a typical variable loan. Savers, by contrast, will "
    "see slightly better returns on their deposit accounts.",
    "Bond yields rose after the announcement and the currency strengthened against the dollar, as traders "
    "bet that the central bank would raise rates once more before the summer. Shares in banks rose on "
    "expectations of wider lending margins.",
]


def _article(paragraphs: list[str]) -> tuple[str, list[Paragraph]]:
    text = "\n\n".join(paragraphs)
    spans, offset = [], 0
    for paragraph in paragraphs:
        spans.append(Paragraph(offset, offset + len(paragraph)))
        offset += len(paragraph) + 2
    return text, spans


def _sections(text: str, paragraphs: list[Paragraph]) -> list[Section]:
    sentences = split_sentences(text, paragraphs)
    return topical_sections(text, paragraphs, extract_entities(text, sentences))


def _openings(sections: list[Section], paragraphs: list[Paragraph]) -> list[int]:
    """The index of the first paragraph of each section after the first."""
    return [paragraphs.index(s.paragraphs[0]) for s in sections[1:]]


def _assert_cover(sections: list[Section], paragraphs: list[Paragraph]) -> None:
    assert [p for s in sections for p in s.paragraphs] == paragraphs
    for section in sections:
        assert section.paragraphs
        assert (section.start, section.end) == (section.paragraphs[0].start, section.paragraphs[-1].end)


def _assert_titles(sections: list[Section]) -> None:
    titles = [s.heading for s in sections]
    assert all(title and len(title) <= 50 for title in titles), titles
    assert len(set(titles)) == len(titles), titles


@pytest.mark.parametrize(
    ("topics", "changes"),
    [
        ([VOLCANO, FOOTBALL], [6]),
        ([FOOTBALL, RATES], [6]),
        ([VOLCANO, FOOTBALL, RATES], [6, 12]),
        ([RATES, VOLCANO, FOOTBALL], [6, 12]),
    ],
)
def test_a_boundary_at_each_topic_change(topics: list[list[str]], changes: list[int]) -> None:
    text, paragraphs = _article([p for topic in topics for p in topic])
    sections = _sections(text, paragraphs)
    openings = _openings(sections, paragraphs)
    assert len(openings) == len(changes), openings
    assert all(abs(found - change) <= 1 for found, change in zip(openings, changes)), openings
    _assert_cover(sections, paragraphs)
    _assert_titles(sections)


def test_titles_name_what_the_sections_are_about() -> None:
    text, paragraphs = _article(VOLCANO + FOOTBALL + RATES)
    titles = [s.heading or "" for s in _sections(text, paragraphs)]
    assert "Grindavik" in titles[0] or "Iceland" in titles[0] or "Reykjanes" in titles[0]
    assert "Arsenal" in titles[1] or "Chelsea" in titles[1]


def test_a_short_article_is_one_untitled_section() -> None:
    text, paragraphs = _article(VOLCANO)
    sections = _sections(text, paragraphs)
    assert len(sections) == 1 and sections[0].heading is None
    _assert_cover(sections, paragraphs)


def test_few_words_in_many_paragraphs_is_one_section() -> None:
    text, paragraphs = _article([p.split(",")[0] + "." for p in VOLCANO + FOOTBALL])
    assert len(paragraphs) >= 8
    assert len(_sections(text, paragraphs)) == 1


def test_no_paragraphs_no_sections() -> None:
    assert topical_sections("", [], []) == []


def test_the_seed_article_gets_titled_sections() -> None:
    article = normalize(read_plain_text(SEED.read_text(encoding="utf-8"), str(SEED)))
    paragraphs = article.paragraphs
    sections = _sections(article.text, paragraphs)
    assert len(sections) >= 2
    _assert_cover(sections, paragraphs)
    _assert_titles(sections)
    assert all(len(s.paragraphs) >= 3 for s in sections)
