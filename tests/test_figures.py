import json
import re
from pathlib import Path

import pytest

from briefing.analysis.figures import extract_figures
from briefing.analysis.model import Figure, Sentence

FIXTURES = Path(__file__).resolve().parents[2] / "shared" / "fixtures"
SEED = "000_a651404527db1a0e"
PUBLISHED = "2025-08-07"  # a Thursday


def split_sentences(text: str) -> list[Sentence]:
    """A naive splitter, enough for tests: the real one lives elsewhere."""
    sentences, start = [], 0
    for gap in re.finditer(r"(?<=[.!?])\s+", text):
        sentences.append(Sentence(start, gap.start(), 0))
        start = gap.end()
    sentences.append(Sentence(start, len(text), 0))
    return sentences


def figures(text: str, published: str | None = None) -> list[Figure]:
    found = extract_figures(text, split_sentences(text), published)
    for figure in found:
        assert figure.text == text[figure.start:figure.end]
    assert [f.start for f in found] == sorted(f.start for f in found)
    return found


def only(text: str, published: str | None = None) -> Figure:
    found = figures(text, published)
    assert len(found) == 1, [f.text for f in found]
    return found[0]


def check(text: str, span: str, value: object, unit: str | None, kind: str) -> Figure:
    figure = only(text)
    assert (figure.text, figure.value, figure.unit, figure.kind) == (span, value, unit, kind)
    return figure


# --- counts and spelled-out numbers ---------------------------------------------------------


@pytest.mark.parametrize("text, span, value, counts", [
    ("Officials visited four regions.", "four regions", 4, "regions"),
    ("Four regions voted.", "Four regions", 4, "regions"),
    ("A dozen people came.", "A dozen people", 12, "people"),
    ("Two dozen eggs broke.", "Two dozen eggs", 24, "eggs"),
    ("There were twenty-five soldiers.", "twenty-five soldiers", 25, "soldiers"),
    ("About two hundred thousand people marched.", "two hundred thousand people", 200000, "people"),
    ("Some 2.1 million people fled.", "2.1 million people", 2100000, "people"),
    ("The town has 1,719 residents.", "1,719 residents", 1719, "residents"),
    ("It held 300 new recruits.", "300 new recruits", 300, "new recruits"),
    ("It annexed four “annexed” regions.", "four “annexed” regions", 4, "annexed regions"),
    ("The company hired 1 engineer.", "1 engineer", 1, "engineer"),
    ("Thousands of people fled.", "Thousands of people", None, "people"),
])
def test_counts(text: str, span: str, value: object, counts: str) -> None:
    figure = check(text, span, value, None, "count")
    assert figure.counts == counts


def test_count_without_noun_keeps_digits_but_drops_words() -> None:
    assert check("The score was 3 at half time.", "3", 3, None, "count").counts is None
    assert figures("The other two stayed home.") == []


def test_three_way_is_a_count_of_three() -> None:
    figure = check("They proposed a three-way summit.", "three-way", 3, None, "count")
    assert figure.counts is None


def test_fractions() -> None:
    check("Two-thirds of voters agreed.", "Two-thirds", 0.6667, "fraction", "other")
    check("A third of the city was dark.", "A third", 0.3333, "fraction", "other")


@pytest.mark.parametrize("text", [
    "One of the leaders spoke.",
    "It could be one, the other, or potentially both.",
    "They chose the other one.",
    "A man walked in.",
    "Someone often tones down the tension.",
])
def test_one_and_a_alone_are_not_figures(text: str) -> None:
    assert figures(text) == []


# --- money --------------------------------------------------------------------------------


@pytest.mark.parametrize("text, span, value, unit", [
    ("It costs $3.5 billion.", "$3.5 billion", 3500000000, "USD"),
    ("It costs $40.", "$40", 40, "USD"),
    ("It costs US$20 million.", "US$20 million", 20000000, "USD"),
    ("It costs £40m.", "£40m", 40000000, "GBP"),
    ("It costs €1.2bn.", "€1.2bn", 1200000000, "EUR"),
    ("It costs ¥500.", "¥500", 500, "JPY"),
    ("It costs A$15.", "A$15", 15, "AUD"),
    ("It costs USD 5 million.", "USD 5 million", 5000000, "USD"),
    ("It costs 5 million euros.", "5 million euros", 5000000, "EUR"),
    ("It costs 300 rubles.", "300 rubles", 300, "RUB"),
    ("It costs 10 billion yuan.", "10 billion yuan", 10000000000, "CNY"),
    ("It costs two million dollars.", "two million dollars", 2000000, "USD"),
    ("It costs 15,000 pounds.", "15,000 pounds", 15000, "GBP"),
    ("It costs 50 cents.", "50 cents", 0.5, "USD"),
    ("It costs 20 EUR.", "20 EUR", 20, "EUR"),
])
def test_money(text: str, span: str, value: object, unit: str) -> None:
    check(text, span, value, unit, "money")


def test_money_counts_what_it_pays_for() -> None:
    assert only("Congress approved $3.5 billion in aid.").counts == "aid"


def test_pounds_after_weighing_are_a_weight() -> None:
    check("A bag weighing 200 pounds fell.", "200 pounds", 200, "pound", "weight")


# --- percentages and ranges ---------------------------------------------------------------------


@pytest.mark.parametrize("text, span, value, unit", [
    ("Prices rose 12%.", "12%", 12, "percent"),
    ("Prices rose 12 percent.", "12 percent", 12, "percent"),
    ("Prices rose 12 per cent.", "12 per cent", 12, "percent"),
    ("Prices rose 3.5%.", "3.5%", 3.5, "percent"),
    ("Rates rose 0.5 percentage points.", "0.5 percentage points", 0.5, "percentage point"),
    ("Prices rose 10-12%.", "10-12%", 10, "percent"),
    ("Prices rose 10–12 percent.", "10–12 percent", 10, "percent"),
    ("Prices rose 10 to 12 percent.", "10 to 12 percent", 10, "percent"),
    ("Prices rose between 10 and 12 percent.", "10 and 12 percent", 10, "percent"),
])
def test_percentages(text: str, span: str, value: object, unit: str) -> None:
    check(text, span, value, unit, "percent")


def test_percent_counts_its_population() -> None:
    assert only("Only 12% of voters agreed.").counts == "voters"


def test_range_scale_applies_to_low_end() -> None:
    check("Between 10 and 12 million people fled.", "10 and 12 million people", 10000000, None,
          "count")
    check("Some 10 to 12 million people fled.", "10 to 12 million people", 10000000, None, "count")
    check("It costs $10 million to $12 million.", "$10 million to $12 million", 10000000, "USD",
          "money")
    check("It lasted two to three weeks.", "two to three weeks", 2, "week", "duration")


# --- approximations ---------------------------------------------------------------------


@pytest.mark.parametrize("text, span", [
    ("It covers roughly 660 square miles.", "660 square miles"),
    ("More than 300 people died.", "300 people"),
    ("An estimated 2 million people fled.", "2 million people"),
    ("Up to 40 km of road closed.", "40 km"),
    ("Prices rose nearly 5%.", "5%"),
    ("It took about two weeks.", "two weeks"),
    ("The dam holds approximately 1,000 litres.", "1,000 litres"),
    ("It is at least 10 years old.", "10 years"),
    ("Almost 1,000 people came.", "1,000 people"),
    ("They waited ~5 hours.", "5 hours"),
    ("It lasted several months.", "several months"),
])
def test_hedged_figures_are_approximate_and_exclude_the_hedge(text: str, span: str) -> None:
    figure = only(text)
    assert figure.text == span
    assert figure.approximate


def test_plain_figure_is_not_approximate() -> None:
    assert not only("Exactly 300 people died.").approximate


# --- measures -----------------------------------------------------------------------------------


@pytest.mark.parametrize("text, span, value, unit, kind", [
    ("It holds 1,719 square kilometers.", "1,719 square kilometers", 1719, "square kilometer", "area"),
    ("It holds 660 square miles.", "660 square miles", 660, "square mile", "area"),
    ("It holds 50 km2.", "50 km2", 50, "square kilometer", "area"),
    ("It holds 50 sq km.", "50 sq km", 50, "square kilometer", "area"),
    ("It holds 500 hectares.", "500 hectares", 500, "hectare", "area"),
    ("It holds 200 acres.", "200 acres", 200, "acre", "area"),
    ("It lies 120 km away.", "120 km", 120, "kilometer", "distance"),
    ("It lies 120km away.", "120km", 120, "kilometer", "distance"),
    ("It lies 10 kilometres away.", "10 kilometres", 10, "kilometer", "distance"),
    ("It lies 30 miles away.", "30 miles", 30, "mile", "distance"),
    ("It lies 400 metres away.", "400 metres", 400, "meter", "distance"),
    ("He ran the 100m final.", "100m", 100, "meter", "distance"),
    ("It flew at 5,000 feet.", "5,000 feet", 5000, "foot", "distance"),
    ("It weighs 5 kg.", "5 kg", 5, "kilogram", "weight"),
    ("It weighs 3.5 tonnes.", "3.5 tonnes", 3.5, "tonne", "weight"),
    ("It weighs 20 tons.", "20 tons", 20, "ton", "weight"),
    ("It weighs 200 lb.", "200 lb", 200, "pound", "weight"),
    ("It weighs 300 grams.", "300 grams", 300, "gram", "weight"),
    ("It holds 1,000 litres.", "1,000 litres", 1000, "liter", "other"),
    ("It holds 50 gallons.", "50 gallons", 50, "gallon", "other"),
    ("It pumps 2 million barrels per day.", "2 million barrels per day", 2000000, "barrel per day",
     "other"),
    ("It pumps 500 barrels.", "500 barrels", 500, "barrel", "other"),
    ("It reached 35°C.", "35°C", 35, "degree Celsius", "other"),
    ("It reached 20 degrees Celsius.", "20 degrees Celsius", 20, "degree Celsius", "other"),
    ("It drove at 80 km/h.", "80 km/h", 80, "km/h", "other"),
    ("It drove at 60 mph.", "60 mph", 60, "mph", "other"),
    ("It produces 500 MW.", "500 MW", 500, "megawatt", "other"),
    ("It grew three times.", "three times", 3, "times", "other"),
])
def test_measures(text: str, span: str, value: object, unit: str, kind: str) -> None:
    check(text, span, value, unit, kind)


def test_measure_counts_what_it_measures() -> None:
    assert only("They shipped 10 tonnes of grain.").counts == "grain"


def test_equivalent_figures_point_at_the_first() -> None:
    found = figures("Russia holds 1,719 square kilometers, or roughly 660 square miles, of land.")
    assert [f.text for f in found] == ["1,719 square kilometers", "660 square miles"]
    assert found[0].equivalent_to is None
    assert found[1].equivalent_to == 0
    found = figures("The deal is worth $5 million (£4 million).")
    assert found[1].equivalent_to == 0


def test_unrelated_figures_are_not_equivalent() -> None:
    found = figures("It lies 10 km away. Another lies 6 miles away.")
    assert [f.equivalent_to for f in found] == [None, None]


# --- durations -------------------------------------------------------------------------------


@pytest.mark.parametrize("text, span, value, unit", [
    ("It lasted 10 years.", "10 years", 10, "year"),
    ("It lasted two weeks.", "two weeks", 2, "week"),
    ("It lasted 48 hours.", "48 hours", 48, "hour"),
    ("It lasted one year.", "one year", 1, "year"),
    ("A 10-year-old boy won.", "10-year", 10, "year"),
    ("It lasted a dozen years.", "a dozen years", 12, "year"),
    ("It lasted several months.", "several months", None, "month"),
    ("We could wait a few more months.", "a few more months", None, "month"),
    ("It took a couple of days.", "a couple of days", None, "day"),
])
def test_durations(text: str, span: str, value: object, unit: str) -> None:
    check(text, span, value, unit, "duration")


# --- ordinals ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text, span, value", [
    ("It was the third attempt.", "third", 3),
    ("It was the 21st century.", "21st", 21),
    ("She came 2nd.", "2nd", 2),
    ("It was the twenty-first attempt.", "twenty-first", 21),
    ("It is the second-largest city.", "second", 2),
])
def test_ordinals(text: str, span: str, value: int) -> None:
    check(text, span, value, None, "ordinal")


def test_plain_first_and_second_are_not_ranks() -> None:
    assert figures("At first, the second man left.") == []


# --- dates --------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, span, value, published", [
    ("It happened in 2022.", "2022", "2022", None),
    ("It happened in late 2022.", "2022", "2022", None),
    ("It happened in mid-2022.", "2022", "2022", None),
    ("It happened in the 1990s.", "1990s", "1990s", None),
    ("He spoke in January.", "January", "2025-01", PUBLISHED),
    ("He spoke in January.", "January", None, None),
    ("He spoke in May.", "May", "2025-05", PUBLISHED),
    ("He spoke on Thursday.", "Thursday", "2025-08-07", PUBLISHED),
    ("He spoke on Monday.", "Monday", "2025-08-04", PUBLISHED),
    ("He spoke on Friday.", "Friday", "2025-08-01", PUBLISHED),
    ("He will speak next Monday.", "Monday", "2025-08-11", PUBLISHED),
    ("He spoke on Thursday.", "Thursday", None, None),
    ("He spoke on Monday.", "Monday", "2025-08-04", "Thu, 07 Aug 2025 10:00:00 +0000"),
    ("It opens Nov. 26, 2026.", "Nov. 26, 2026", "2026-11-26", None),
    ("It opens November 26, 2026.", "November 26, 2026", "2026-11-26", None),
    ("It opens 26 November 2026.", "26 November 2026", "2026-11-26", None),
    ("It opens Nov. 26.", "Nov. 26", "2025-11-26", PUBLISHED),
    ("It opens November 2026.", "November 2026", "2026-11", None),
    ("It opens on 2026-11-26.", "2026-11-26", "2026-11-26", None),
])
def test_dates(text: str, span: str, value: object, published: str | None) -> None:
    figure = only(text, published)
    assert (figure.text, figure.value, figure.kind) == (span, value, "date")


def test_may_as_a_name_is_not_a_date() -> None:
    assert figures("Theresa May said nothing.", PUBLISHED) == []


# --- not figures -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "COVID-19 spread fast.",
    "Cases of COVID-19 rose.",
    "They flew F-16 jets.",
    "The G7 summit opened.",
    "A Boeing 737 crashed.",
    "The A380 landed.",
    "Read https://example.com/2022/05/story-2022 now.",
    "Mail john-2022@example.com today.",
    "It starts at 10:30 a.m. sharp.",
    "It starts at 10 a.m. sharp.",
    "It starts at 9pm sharp.",
    "Call 555-123-4567 today.",
    "Call +1 202 555 0143 today.",
    "Call (202) 555-0143 today.",
    "They rolled out 5G networks.",
    "NATO invoked Article 5 once.",
    "Boeing 737 crashed.",
])
def test_not_figures(text: str) -> None:
    assert figures(text) == []


# --- context and order ------------------------------------------------------------------------


def test_context_is_the_sentence_and_figures_are_in_text_order() -> None:
    text = "It rained for 3 days. Then 40% of the town flooded in 2022."
    found = figures(text)
    assert [f.text for f in found] == ["3 days", "40%", "2022"]
    assert found[0].context == "It rained for 3 days."
    assert found[1].context == found[2].context == "Then 40% of the town flooded in 2022."


def test_figure_at_start_of_text() -> None:
    assert only("300 people died.").text == "300 people"


def test_empty_text() -> None:
    assert extract_figures("", [], None) == []


# --- the seed article ---------------------------------------------------------------------------


def test_seed_article_matches_gold() -> None:
    text = (FIXTURES / f"{SEED}.txt").read_text(encoding="utf-8")
    gold = json.loads((FIXTURES / f"{SEED}.gold.json").read_text(encoding="utf-8"))["figures"]
    found = figures(text, PUBLISHED)
    by_span = {(f.start, f.end): f for f in found}
    for expected in gold:
        figure = by_span.get((expected["start"], expected["end"]))
        assert figure is not None, expected
        assert figure.text == expected["text"]
        assert figure.kind == expected["kind"]

    def at(span: str) -> Figure:
        return next(f for f in found if f.text == span)

    km, miles = at("1,719 square kilometers"), at("660 square miles")
    assert (km.value, km.unit, km.approximate) == (1719, "square kilometer", False)
    assert (miles.value, miles.unit, miles.approximate) == (660, "square mile", True)
    assert miles.equivalent_to == found.index(km)
    assert "Kharkiv and Sumy regions" in miles.context
    assert (at("four regions").value, at("four regions").counts) == (4, "regions")
    assert at("2022").value == "2022"
    assert at("three-way").value == 3
    assert at("several months").unit == at("a few more months").unit == "month"
    assert "one, the other" not in {f.text for f in found}


def test_negative_measures_keep_their_sign() -> None:
    check("It fell to -5°C overnight.", "-5°C", -5, "degree Celsius", "other")
    check("Output changed by −3%.", "−3%", -3, "percent", "percent")
