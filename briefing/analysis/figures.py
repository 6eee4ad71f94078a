"""Rule-based key-figure extraction: numbers, money, measures, durations, dates and ranks.

A cheap candidate scan finds the few offsets where a figure can start (a digit, a
currency sign or one of a fixed set of words); an anchored regex then recognises the
figure there, and small anchored regexes read what follows it (scale, range, unit,
counted noun). Everything is precompiled at import time.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from decimal import Decimal
from itertools import chain

from briefing.analysis.model import Figure, Sentence

Number = int | float
# A figure before its sentence is known: start, end, value, unit, kind, approximate, counts.
Raw = tuple[int, int, Number | str | None, str | None, str, bool, str | None]

# --- vocabulary ------------------------------------------------------------------------

_SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
          "fourteen fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_WORD_VALUES = {w: i for i, w in enumerate(_SMALL)} | {w: 20 + 10 * i for i, w in enumerate(_TENS)}
_WORD_VALUES["a"] = 1

_SCALES = {"hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9,
           "trillion": 10**12, "dozen": 12, "k": 10**3, "m": 10**6, "mn": 10**6,
           "b": 10**9, "bn": 10**9, "tn": 10**12}

_ORDINALS = {w: i for i, w in enumerate(
    ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
     "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth").split(), 1)}
_ORDINALS |= {w: 20 + 10 * i for i, w in enumerate(
    "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split())}
_ORDINALS["hundredth"] = 100

_FRACTIONS = {"half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6,
              "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}

_CURRENCY_SIGNS = {"$": "USD", "US$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD",
                   "CA$": "CAD", "HK$": "HKD", "NZ$": "NZD", "S$": "SGD", "R$": "BRL",
                   "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW",
                   "₴": "UAH"}
_CODES = "USD EUR GBP JPY CNY RUB INR CHF CAD AUD UAH".split()

_MONTH_NAMES = ("January February March April May June July August September October "
                "November December").split()
_MONTH_NUMBERS = {m[:3]: i for i, m in enumerate(_MONTH_NAMES, 1)}
_MONTH_ABBREVIATIONS = "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
_AMBIGUOUS_MONTHS = {"May", "March", "June", "August"}  # also names, verbs or modals
_MONTH_CONTEXT = set("in since by until till from through during last next this early late mid "
                     "of before after on to".split())
_WEEKDAYS = {d: i for i, d in enumerate(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())}
_TIME_UNITS = "second minute hour day week month year decade century".split()
_TIME_UNIT_OF = {(u + "s" if u != "century" else "centuries"): u for u in _TIME_UNITS}
_VAGUE = ["several", "a few", "a couple of", "few", "many", "some"]
_MANY = ["tens of thousands", "hundreds of thousands", "dozens", "scores", "hundreds", "thousands",
         "millions", "billions"]

_HEDGES = {
    "roughly", "about", "nearly", "almost", "around", "some", "over", "under", "approximately",
    "approx.", "estimated", "circa", "more than", "less than", "fewer than", "up to",
    "an estimated", "at least", "close to", "upwards of", "as many as", "as much as"}

_STOP = set("""of the a an and or but nor to in on at for from by with that which who whom whose
than as is are was were be been being has have had will would could should may might can do
does did not no more less most least per each other others this these those it its their his
her our your my some any all both such so then there here into over under about after before
since until while when where what how if also only just even very said says""".split())
_IRREGULAR_PLURALS = set("""people children men women police personnel staff cattle sheep fish
aircraft deer data media crew livestock militia teeth mice geese""".split())

# Capitalised words that may legitimately precede a number ("In 2022", "About 300",
# "Mid-2022"); any other capitalised word right before a bare integer makes it part of a
# name ("Boeing 737", "COVID-19").
_CAPITALISED_FUNCTION_WORDS = set("""In On At By Since From To Of For After Before Until Till
Through During Between Within Across Around About Over Under Nearly Almost Roughly
Approximately Some Just Only More Less Fewer Up Than The A An And But Or With Without All
Those These Its Their His Her Our Last Next Past Another Like Circa Estimated Perhaps Even
As When Then While If Per Top Least Most Mid Late Early Pre Post""".split())


def _units() -> dict[str, tuple[str, str]]:
    """Surface form (lowercase, single-spaced) -> (canonical unit, kind)."""
    table: dict[str, tuple[str, str]] = {}

    def add(kind: str, unit: str, *forms: str) -> None:
        table.update({f: (unit, kind) for f in forms})

    add("area", "square kilometer", "square kilometers", "square kilometres", "square kilometer",
        "square kilometre", "sq km", "sq. km", "km2", "km²")
    add("area", "square mile", "square miles", "square mile", "sq mi", "sq. mi")
    add("area", "square meter", "square meters", "square metres", "square meter", "square metre",
        "m2", "m²")
    add("area", "square foot", "square feet", "square foot", "sq ft")
    add("area", "hectare", "hectares", "hectare")
    add("area", "acre", "acres", "acre")
    add("distance", "kilometer", "kilometers", "kilometres", "kilometer", "kilometre", "km")
    add("distance", "nautical mile", "nautical miles", "nautical mile")
    add("distance", "mile", "miles", "mile")
    add("distance", "meter", "meters", "metres", "meter", "metre")
    add("distance", "centimeter", "centimeters", "centimetres", "cm")
    add("distance", "millimeter", "millimeters", "millimetres", "mm")
    add("distance", "foot", "feet", "foot", "ft")
    add("distance", "inch", "inches", "inch")
    add("distance", "yard", "yards", "yard")
    add("weight", "tonne", "tonnes", "tonne")
    add("weight", "metric ton", "metric tons", "metric ton")
    add("weight", "ton", "tons", "ton")
    add("weight", "kilogram", "kilograms", "kilogram", "kilos", "kilo", "kg")
    add("weight", "gram", "grams", "gram")
    add("weight", "pound", "lbs", "lb")
    add("weight", "ounce", "ounces", "ounce", "oz")
    add("other", "liter", "litres", "liters", "litre", "liter")
    add("other", "gallon", "gallons", "gallon")
    add("other", "barrel per day", "barrels per day", "barrels a day", "bpd")
    add("other", "barrel", "barrels", "barrel")
    add("other", "cubic meter", "cubic meters", "cubic metres", "cubic meter", "cubic metre")
    add("other", "billion cubic meters", "bcm")
    add("other", "degree Celsius", "°c", "degrees celsius", "degree celsius")
    add("other", "degree Fahrenheit", "°f", "degrees fahrenheit", "degree fahrenheit")
    add("other", "degree", "degrees", "degree", "°")
    add("other", "km/h", "km/h", "kph", "kilometers per hour", "kilometres per hour")
    add("other", "mph", "mph", "miles per hour")
    add("other", "knot", "knots")
    add("other", "megawatt", "megawatts", "megawatt", "mw")
    add("other", "gigawatt", "gigawatts", "gigawatt", "gw")
    add("other", "kilowatt-hour", "kwh", "kilowatt-hours", "kilowatt hours")
    add("other", "times", "times")
    add("percent", "percent", "%", "percent", "per cent", "pct")
    add("percent", "percentage point", "percentage points", "percentage point")
    for unit in _TIME_UNITS:
        add("duration", unit, unit, "centuries" if unit == "century" else unit + "s")
    add("money", "USD", "dollars", "dollar", "us dollars", "u.s. dollars", "cents", "cent")
    add("money", "EUR", "euros", "euro")
    add("money", "GBP", "pounds sterling", "pounds", "pound", "sterling")
    add("money", "JPY", "yen")
    add("money", "CNY", "yuan", "renminbi")
    add("money", "RUB", "rubles", "ruble", "roubles", "rouble")
    add("money", "INR", "rupees", "rupee")
    add("money", "UAH", "hryvnias", "hryvnia")
    add("money", "CHF", "swiss francs", "francs")
    add("money", "CAD", "canadian dollars")
    add("money", "AUD", "australian dollars")
    table.update({code.lower(): (code, "money") for code in _CODES})
    return table


_UNITS = _units()
_MIXED_CASE_UNITS = {"kWh", "degrees Celsius", "degree Celsius", "degrees Fahrenheit",
                     "degree Fahrenheit"}

# --- patterns --------------------------------------------------------------------------


def _escape(form: str) -> str:
    return re.escape(form).replace(r"\ ", r"\s+")


def _alternation(forms: Iterable[str]) -> str:
    """Longest-first alternation, so that e.g. 'seventeen' is tried before 'seven'."""
    return "|".join(_escape(f) for f in sorted(set(forms), key=len, reverse=True))


def _trie(forms: Iterable[str]) -> str:
    """A regex matching any of `forms` exactly, nested by shared prefixes.

    Python's regex engine compares a branch's leading literal before entering it, so
    an offset that starts none of the forms is rejected after a few character
    comparisons; a flat alternation, or character classes, cost several times more.
    """
    root: dict[str, dict] = {}
    for form in forms:
        node = root
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(root)


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body


def _cased(forms: Iterable[str]) -> set[str]:
    """Each form as written, capitalised and in capitals: 'four', 'Four', 'FOUR'."""
    return {variant for f in forms for variant in (f, f[:1].upper() + f[1:], f.upper())}


_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
_WORDNUM = (rf"(?:{'|'.join(_TENS)})(?:[-\s](?:{_alternation(_SMALL[1:10])})\b)?"
            rf"|{_alternation(_SMALL)}"
            r"|a(?=\s+(?:dozen|hundred|thousand|million|billion|trillion)\b"
            r"|\s+(?:third|quarter|half)\s+of\b)")
_CURRENCY = rf"(?:US\$|AU?\$|CA?\$|HK\$|NZ\$|S\$|R\$|[$£€¥₹₽₩₴]|(?:{'|'.join(_CODES)})\s?)"
_MONTH = (rf"(?:{'|'.join(_MONTH_NAMES)})\b"
          rf"|(?:{_alternation(_MONTH_ABBREVIATIONS)})(?:\.|(?=\s+\d))")
_ORDINAL_WORDS = (rf"(?:{'|'.join(_TENS)})-(?:{_alternation(list(_ORDINALS)[:9])})"
                  rf"|(?:first|second)(?=-[a-z]+est\b)|{_alternation(list(_ORDINALS)[2:])}")
_TIME_PLURALS = _alternation(_TIME_UNIT_OF)

# Where a figure may start: after whitespace, an opening bracket or quote, or a dash;
# at a digit, a currency sign or a keyword. A lookahead, so that one candidate's lead
# character can never hide the next one's.
_CANDIDATE = re.compile(rf"""[\s(\[{{“"‘'—–−~+-](?=[0-9$£€¥₹₽₩₴+(]|{_trie(
    _cased([*_SMALL, *_TENS, *_ORDINALS, "several", "few", "many", "some", "tens", *_MANY[2:],
            "http", "https", "www"]
           + [f"a {w}" for w in "few couple dozen hundred thousand million billion trillion third "
                                "quarter half".split()])
    | {*_MONTH_NAMES, *_MONTH_ABBREVIATIONS, *_WEEKDAYS, *_CODES, *_CURRENCY_SIGNS})}(?![A-Za-z]))""")

# Anchored at a candidate. Alternatives are tried in order, so those that swallow
# non-figures (URLs, phone numbers, times of day) and the longer date forms come first.
_FIGURE = re.compile(rf"""
  (?P<skip>https?://\S+|www\.\S+
    |\+\d[\d\s().-]{{6,}}\d|\(\d{{3}}\)\s?\d{{3}}-\d{{4}}|\d{{3}}[.-]\d{{3}}[.-]\d{{4}}\b
    |\d{{1,2}}(?::\d{{2}})?\s?(?i:[ap]\.m\.|[ap]m\b)|\d{{1,2}}:\d{{2}}(?!\d))
| (?P<iso>(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})\b)
| (?P<dmy>(?P<dd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm>{_MONTH})(?:,?\s+(?P<dy>\d{{4}})\b)?)
| (?P<mdy>(?P<mm>{_MONTH})(?:\s+(?P<md>\d{{1,2}})(?:st|nd|rd|th)?(?![\d,]\d))?(?:,?\s+(?P<my>\d{{4}})\b)?)
| (?P<weekday>(?:{'|'.join(_WEEKDAYS)})\b)
| (?P<vague>(?i:{_alternation(_VAGUE)})\s+(?i:more\s+)?(?i:{_TIME_PLURALS})\b)
| (?P<many>(?i:{_alternation(_MANY)})\s+of\b)
| (?P<ordinal>(?P<on>\d+)(?:st|nd|rd|th)\b|(?P<ow>(?i:{_ORDINAL_WORDS}))\b)
| (?P<number>(?P<cur>{_CURRENCY})?(?P<n>{_NUM})|(?P<w>(?i:{_WORDNUM}))\b)
""", re.X)

_SCALE = re.compile(r"(?:[\s-]+(?P<w>hundred|thousand|million|billion|trillion|dozen)\b"
                    r"|(?P<a>bn|mn|tn|b|m|k)(?![A-Za-z]))", re.I)
_RANGE = re.compile(rf"(?:[-–]|\s+(?P<conj>to|and)\s+)(?P<cur>{_CURRENCY})?"
                    rf"(?:(?P<n>{_NUM})|(?P<w>(?i:{_WORDNUM}))\b)")
_UNIT = re.compile(rf"[\s-]?(?:(?<=\d)m|{_trie(_cased(_UNITS) | _MIXED_CASE_UNITS)})(?![A-Za-z])")
_FRACTION = re.compile(r"[\s-](?P<f>halves|half|(?:third|quarter|fourth|fifth|sixth|seventh"
                       r"|eighth|ninth|tenth)s?)\b", re.I)
_COMPOUND = re.compile(r"-[a-z]+\b")
_NEXT_WORD = re.compile(r"\s+[“\"‘']?(?P<w>[A-Za-z][a-z'’-]*)[”\"’']?")
_OF = re.compile(r",?\s+(?:of|in)(?:\s+the)?(?=\s)")
_EQUIVALENT_GAP = re.compile(r"\s*(?:,\s*or|\(|,|/|—|–)\s*(?:(?:or|about|roughly|approximately"
                             r"|around|nearly|almost|some|equivalent\s+to|the\s+equivalent\s+of)\s+)*",
                             re.I)
_ISO_PREFIX = re.compile(r"\d{4}-\d{2}-\d{2}")

_EQUIVALENT_KINDS = {"area", "distance", "weight", "money", "other"}
_WINDOW = 30  # characters of left context read for hedges and name prefixes
_ONE = Decimal(1)
_CENT = Decimal("0.01")

# --- entry point -----------------------------------------------------------------------


def extract_figures(text: str, sentences: list[Sentence],
                    published: str | None = None) -> list[Figure]:
    """Every key figure in `text`, in text order, with its sentence as context."""
    anchor = _anchor_date(published)
    found: list[Raw] = []
    pos = 0
    for start in chain((0,), (lead.end() for lead in _CANDIDATE.finditer(text))):
        if start < pos or not (match := _FIGURE.match(text, start)):
            continue
        raw, pos = _HANDLERS[match.lastgroup or "skip"](text, match, anchor)
        if raw:
            found.append(raw)
    return _with_context(text, sentences, found)


def _with_context(text: str, sentences: list[Sentence], found: list[Raw]) -> list[Figure]:
    starts = [s.start for s in sentences]
    figures: list[Figure] = []
    homes: list[tuple[int, int]] = []
    for start, end, value, unit, kind, approximate, counts in found:
        home = _sentence_span(text, sentences, starts, start)
        figure = Figure(start, end, text[start:end], value, unit, kind,
                        text[home[0]:home[1]].strip(), approximate, counts)
        if figures and homes[-1] == home and _equivalent(text, figures[-1], figure):
            figure.equivalent_to = len(figures) - 1
            # one fact in two units counts one thing: "1,719 km2, or 660 sq mi, of territory"
            figure.counts = figures[-1].counts = figures[-1].counts or figure.counts
        figures.append(figure)
        homes.append(home)
    return figures


def _sentence_span(text: str, sentences: list[Sentence], starts: list[int],
                   offset: int) -> tuple[int, int]:
    """The sentence holding `offset`; the enclosing line when no sentence covers it."""
    i = bisect_right(starts, offset) - 1
    if i >= 0 and sentences[i].start <= offset < sentences[i].end:
        return sentences[i].start, sentences[i].end
    end = text.find("\n", offset)
    return text.rfind("\n", 0, offset) + 1, len(text) if end < 0 else end


def _equivalent(text: str, first: Figure, second: Figure) -> bool:
    """'1,719 square kilometers, or roughly 660 square miles': same quantity, other unit."""
    return (first.kind == second.kind and first.kind in _EQUIVALENT_KINDS
            and first.unit != second.unit
            and _EQUIVALENT_GAP.fullmatch(text, first.end, second.start) is not None)


def _anchor_date(published: str | None) -> date | None:
    """The publication date, from ISO 8601 or RFC 2822 (feed) timestamps."""
    if not published:
        return None
    if _ISO_PREFIX.match(published):
        try:
            return date.fromisoformat(published[:10])
        except ValueError:
            return None
    from email.utils import parsedate_to_datetime  # a feed's RFC 2822 date; 17 ms of start-up spared otherwise

    try:
        return parsedate_to_datetime(published).date()
    except (TypeError, ValueError, IndexError):
        return None


# --- handlers: each returns (figure or None, offset to resume scanning at) --------------

Handler = Callable[[str, re.Match[str], date | None], tuple[Raw | None, int]]


def _skip(text: str, match: re.Match[str], anchor: date | None) -> tuple[Raw | None, int]:
    return None, match.end()


def _iso(text: str, match: re.Match[str], anchor: date | None) -> tuple[Raw | None, int]:
    value = _iso_date(int(match["iy"]), int(match["im"]), int(match["id"]))
    return _date(match, value), match.end()


def _dmy(text: str, match: re.Match[str], anchor: date | None) -> tuple[Raw | None, int]:
    return _date(match, _day_value(match["dm"], match["dd"], match["dy"], anchor)), match.end()


def _mdy(text: str, match: re.Match[str], anchor: date | None) -> tuple[Raw | None, int]:
    month, day, year = match["mm"], match["md"], match["my"]
    if day:
        return _date(match, _day_value(month, day, year, anchor)), match.end()
    if year:
        return _date(match, f"{year}-{_month_number(month):02d}"), match.end()
    if month in _AMBIGUOUS_MONTHS and _previous_word(text, match.start(), hyphen=True).lower() \
            not in _MONTH_CONTEXT:
        return None, match.end()  # 'Theresa May', 'the March on Washington'
    value = f"{anchor.year}-{_month_number(month):02d}" if anchor else None
    return _date(match, value), match.end()


def _weekday(text: str, match: re.Match[str], anchor: date | None) -> tuple[Raw | None, int]:
    """The latest such day on or before publication ('next Friday': the first one after)."""
    if not anchor:
        return _date(match, None), match.end()
    weekday = _WEEKDAYS[match["weekday"]]
    if _previous_word(text, match.start()).lower() == "next":
        day = anchor + timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    else:
        day = anchor - timedelta(days=(anchor.weekday() - weekday) % 7)
    return _date(match, day.isoformat()), match.end()


def _vague(text: str, match: re.Match[str], anchor: date | None) -> tuple[Raw | None, int]:
    """'several months', 'a few more years': a duration with no definite length."""
    unit = _TIME_UNIT_OF[match["vague"].rsplit(None, 1)[1].lower()]
    return (match.start(), match.end(), None, unit, "duration", True, None), match.end()


def _many(text: str, match: re.Match[str], anchor: date | None) -> tuple[Raw | None, int]:
    """'thousands of people': an approximate count with no definite value."""
    counts, end = _counted_noun(text, match.end(), plural=True)
    if not counts:
        return None, match.end()
    return (match.start(), end, None, None, "count", True, counts), end


def _ordinal(text: str, match: re.Match[str], anchor: date | None) -> tuple[Raw | None, int]:
    if match["on"]:
        value = int(match["on"])
    else:
        tens, _, unit = match["ow"].lower().rpartition("-")
        value = (_WORD_VALUES[tens] if tens else 0) + _ORDINALS[unit]
    return (match.start(), match.end(), value, None, "ordinal", False, None), match.end()


def _number(text: str, match: re.Match[str], anchor: date | None) -> tuple[Raw | None, int]:
    """A digit or word number plus whatever qualifies it: scale, range, unit, counted noun."""
    start, money = match.start(), match["cur"] is not None
    if not money and text[start - 1:start] == "-" and _name_before(text, start, match.end()):
        return None, match.end()  # 'COVID-19', 'F-16'
    multiplier, end = _scale(text, match.end(), money)
    if high := _range(text, start, end, money):
        end, high_multiplier = high
        multiplier = multiplier if multiplier != 1 else high_multiplier  # '10 to 12 million'
    value = _parse_number(match) * multiplier
    unit, kind, end, factor = _unit(text, start, end, match["cur"])
    approximate = _hedged(text, start)
    if kind:
        counts = _measure_counts(text, end, kind)
        if _signed(text, start):  # '-5°C', '−3%'
            start, value = start - 1, -value
        return (start, end, _plain(value * factor), unit, kind, approximate, counts), end
    return _unqualified(text, match, value, end, multiplier != 1, approximate)


def _unqualified(text: str, match: re.Match[str], value: Decimal, end: int, scaled: bool,
                 approximate: bool) -> tuple[Raw | None, int]:
    """A number with no unit: a year, fraction, compound ('three-way'), count, or nothing."""
    start, word = match.start(), match["w"]
    if word is None and not scaled and match["n"].isdigit():
        if special := _year_or_name(text, match, end):
            return special
    if word is None and _stuck(text, end):
        return None, end
    if not scaled:
        if fraction := _FRACTION.match(text, end):
            share = round(float(value / _FRACTIONS[_singular_fraction(fraction["f"])]), 4)
            counts = _measure_counts(text, fraction.end(), "other")
            return (start, fraction.end(), share, "fraction", "other", approximate, counts), fraction.end()
        if word and word.lower() in ("one", "a"):
            return None, end  # a pronoun or article far more often than a quantity
        if compound := _COMPOUND.match(text, end):
            return (start, compound.end(), _plain(value), None, "count", approximate, None), compound.end()
    counts, noun_end = _counted_noun(text, end, plural=value != 1)
    if word and not counts and not scaled:
        return None, end  # 'the other two', 'two of them': no quantity worth reporting
    return (start, noun_end, _plain(value), None, "count", approximate, counts), noun_end


def _year_or_name(text: str, match: re.Match[str], end: int) -> tuple[Raw | None, int] | None:
    """Decades, years and numbers inside names; None for an ordinary integer.

    Four-digit integers without a thousands separator are read as years: news style
    writes '2,000 people' but '2022'.
    """
    start, digits = match.start(), match["n"]
    if len(digits) == 4 and digits.endswith("0") and text.startswith("s", end) \
            and not _stuck(text, end + 1):
        return (start, end + 1, digits + "s", None, "date", False, None), end + 1  # '1990s'
    if _name_before(text, start, end):
        return None, end  # 'Boeing 737', 'Article 5'
    if _stuck(text, end):
        return None, end
    if len(digits) == 4 and 1500 <= int(digits) <= 2100:
        return (start, end, digits, None, "date", False, None), end
    return None


_HANDLERS: dict[str, Handler] = {
    "skip": _skip, "iso": _iso, "dmy": _dmy, "mdy": _mdy, "weekday": _weekday,
    "vague": _vague, "many": _many, "ordinal": _ordinal, "number": _number,
}

# --- number parts ----------------------------------------------------------------------


def _parse_number(match: re.Match[str]) -> Decimal:
    if match["n"]:
        return Decimal(match["n"].replace(",", ""))
    return Decimal(sum(_WORD_VALUES[part] for part in match["w"].lower().replace("-", " ").split()))


def _scale(text: str, end: int, money: bool) -> tuple[int, int]:
    """The multiplier of 'million', 'two hundred thousand', '$3.5bn' (abbreviations only for money)."""
    multiplier = 1
    while (scale := _SCALE.match(text, end)) and (scale["w"] or (money and multiplier == 1)):
        multiplier *= _SCALES[(scale["w"] or scale["a"]).lower()]
        end = scale.end()
    return multiplier, end


def _range(text: str, start: int, end: int, money: bool) -> tuple[int, int] | None:
    """'10 to 12', '10-12', 'between 10 and 12': where the range ends and its high end's scale.

    The figure's value stays the low end; only the span grows.
    """
    found = _RANGE.match(text, end)
    if not found or (found["conj"] == "and" and _previous_word(text, start).lower() != "between"):
        return None
    multiplier, high_end = _scale(text, found.end(), money or found["cur"] is not None)
    return high_end, multiplier


def _unit(text: str, start: int, end: int,
          currency: str | None) -> tuple[str | None, str | None, int, Decimal]:
    """Unit, kind, end and value factor ('cents') after a number; a currency sign fixes the unit."""
    if currency:
        return _CURRENCY_SIGNS.get(currency.strip(), currency.strip()), "money", end, _ONE
    found = _UNIT.match(text, end)
    if not found:
        return None, None, end, _ONE
    form = " ".join(found[0].strip(" -\u00a0").lower().split())
    unit, kind = _UNITS.get(form, ("meter", "distance"))  # the only unlisted form is 'm'
    if unit == "GBP" and form.startswith("pound") and any(
            w.lower().startswith("weigh") for w in _previous_words(text, start, 3)):
        unit, kind = "pound", "weight"
    return unit, kind, found.end(), _CENT if form in ("cent", "cents") else _ONE


def _counted_noun(text: str, end: int, plural: bool) -> tuple[str | None, int]:
    """The short noun phrase after a count, up to its head noun: '“annexed” regions'.

    Returns the phrase without quote marks and the offset where it ends, or
    (None, end) when the next words are not a noun phrase.
    """
    words: list[str] = []
    pos = end
    for _ in range(3):
        found = _NEXT_WORD.match(text, pos)
        if not found or found["w"].lower() in _STOP:
            break
        words.append(found["w"])
        pos = found.end()
        if _is_plural(found["w"]) or not plural:
            return " ".join(words), pos
    return None, end


def _is_plural(word: str) -> bool:
    lower = word.lower()
    return lower in _IRREGULAR_PLURALS or (
        len(lower) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "is", "'s", "’s")))


def _measure_counts(text: str, end: int, kind: str) -> str | None:
    """What a measure is of: '10 tonnes of grain' -> 'grain', '$3bn in aid' -> 'aid'."""
    found = _OF.match(text, end)
    if not found or (found[0].split()[0] == "in" and kind != "money"):
        return None
    words: list[str] = []
    pos = found.end()
    for _ in range(2):
        word = _NEXT_WORD.match(text, pos)
        if not word or word["w"].lower() in _STOP:
            break
        words.append(word["w"])
        pos = word.end()
        if _is_plural(word["w"]):
            break  # '12% of voters agreed'
    return " ".join(words) or None


# --- left context ----------------------------------------------------------------------


def _previous_words(text: str, start: int, count: int, hyphen: bool = False) -> list[str]:
    """The last `count` words right before `start` (separated from it by a space, or by a
    hyphen when `hyphen`), read from a short window so the cost does not grow with the text."""
    before = text[start - 1:start]
    if not (before.isspace() or (hyphen and before == "-")):
        return []
    window = text[max(0, start - _WINDOW):start]
    return (window.replace("-", " ") if hyphen else window).split()[-count:]


def _previous_word(text: str, start: int, hyphen: bool = False) -> str:
    words = _previous_words(text, start, 1, hyphen)
    return words[0].lstrip("([“\"‘'") if words else ""


def _hedged(text: str, start: int) -> bool:
    """'roughly 660', 'more than 300', 'an estimated 2 million', '~5'."""
    if text[start - 1:start] == "~":
        return True
    words = [w.lower() for w in _previous_words(text, start, 3)]
    return bool(words) and (words[-1] in _HEDGES or " ".join(words[-2:]) in _HEDGES
                            or " ".join(words) in _HEDGES)


def _name_before(text: str, start: int, end: int) -> bool:
    """'Boeing 737', 'Article 5', 'F-16': a capitalised non-function word right before.

    At a sentence start any word is capitalised ('Exactly 300 people'), so there it
    only counts as a name when no counted noun follows the number.
    """
    word = _previous_word(text, start, hyphen=True)
    if not (word[:1].isupper() and word.isalpha()) or word in _CAPITALISED_FUNCTION_WORDS:
        return False
    word_start = start - 1 - len(word)
    opening = text[max(0, word_start - 3):word_start].rstrip(" “\"‘'(")
    if text[start - 1] == "-" or (opening and opening[-1] not in ".!?\n"):
        return True
    return _counted_noun(text, end, plural=True)[0] is None


# --- small helpers ---------------------------------------------------------------------


def _date(match: re.Match[str], value: str | None) -> Raw:
    return match.start(), match.end(), value, None, "date", False, None


def _day_value(month: str, day: str, year: str | None, anchor: date | None) -> str | None:
    """ISO date for a day and month; the year defaults to the publication year."""
    resolved = int(year) if year else anchor.year if anchor else None
    return _iso_date(resolved, _month_number(month), int(day)) if resolved else None


def _iso_date(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _month_number(name: str) -> int:
    return _MONTH_NUMBERS[name[:3]]


def _singular_fraction(word: str) -> str:
    lower = word.lower()
    return "half" if lower == "halves" else lower.removesuffix("s")


def _signed(text: str, start: int) -> bool:
    """A minus sign standing alone before the number, not a hyphen inside a word."""
    return text[start - 1:start] in ("-", "−") and not text[start - 2:start - 1].isalnum()


def _stuck(text: str, end: int) -> bool:
    """Digits followed by letters or URL/e-mail punctuation are an identifier ('5G', '12@x.org')."""
    after = text[end:end + 1]
    return after.isalpha() or after in ("@", "/", "_", "\\")


def _plain(value: Decimal) -> Number:
    return int(value) if value == value.to_integral_value() else float(value)
