#!/usr/bin/env python3
"""The reader on a large library: 10,000 generated briefings holding 1,000,000 quotes.

Builds the library once (reused while its parameters stay the same; --rebuild forces it), then
measures, each in fresh processes, median of --runs, up to the first frame that already shows
what the screen shows once settled (Textual redraws the same cells a few more times as a screen
settles; the last frame is printed beside):

- launch to the first full frame of the library (process start, imports and open_db included),
- opening a briefing (Enter on the library until the BriefingScreen is mounted and painted),
- filtering the speaker view by a name part (S, then the #speaker-filter value is set),
- the peak memory of the measuring processes (VmHWM: their ru_maxrss, see peak_mb).

Prints figures beside their targets; asserts nothing.

Usage: python3 benchmarks/app_library.py [--db PATH] [--rebuild] [--runs N] [--profile MODE]
"""

from __future__ import annotations

import time

PROCESS_T0 = time.perf_counter()  # before any other import, briefing's in particular

import argparse
import asyncio
import hashlib
import itertools
import json
import os
import random
import resource
import statistics
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bytecode import compile_bytecode

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

DEFAULT_DB = Path("/tmp/briefing-bench/library.db")
PARAMS = {
    "generator": 2,
    "articles": 10_000,
    "quotes_per_article": 100,
    "speaker_pool": 20_000,
    "zipf_exponent": 1.0,
    "seed": 20240607,
}
ARTICLES_PER_TRANSACTION = 500
SIZE = (120, 40)
TARGETS = {"first_frame": 0.5, "open_briefing": 0.100, "speaker_filter": 0.050, "memory_mb": 200}
MODES = ("first-frame", "open", "filter")

# --- generated vocabulary ------------------------------------------------------------------------

FIRST_NAMES = """Anna Boris Carla Dmitri Elena Farid Greta Hassan Irina Jonas Kateryna Leon Maria Nikolai Olga
Pavel Rania Sergei Tamara Umar Vera Wojciech Yulia Zoran Adam Beatrice Cyril Daria Emil Fatima Gregor Helga Igor
Julia Karim Lena Mikhail Nadia Oleg Petra Rustam Sofia Taras Ulla Viktor Wanda Yusuf Zofia Andrei Bianca Conrad
Dana Erik Flora Georgi Hana Ivan Jana Kirill Lidia Marek Nina Oskar Polina Roman Svetlana Timur Uma Vlad Xenia
Yaroslav Zara Alina Bogdan Clara Denis Ewa Filip""".split()
LAST_STEMS = """Abr Bel Cor Dav Ed Fer Gol Har Iv Jan Kov Lind Mar Nov Or Pet Quin Ros Stan Tor Ul Vol Wal Yar Zel
Bar Chern Dub Grig Kuz""".split()
LAST_ENDINGS = "ov ova enko sson berg ez ini ski ton ley ard ani escu ich ado".split()
ROLES = """foreign minister|defence minister|spokesperson for the ministry|senior analyst at the Carnegie Centre|
governor of the region|mayor|chief economist|head of the central bank|opposition leader|party chairman|
professor of political science|former ambassador|military analyst|general secretary|union leader|
chief executive|deputy prime minister|senator|researcher at the institute|campaign director""".replace("\n", "").split("|")
ORGS = """the Kremlin|the European Commission|NATO|the United Nations|the central bank|the finance ministry|
Gazprom|the World Bank|the IMF|the parliament|the defence ministry|the electoral commission|the Red Cross|
the supreme court|the energy agency""".replace("\n", "").split("|")
PLACES = "Kyiv|Moscow|Brussels|Warsaw|Kharkiv|Odesa|Berlin|Paris|Geneva|Istanbul|Vilnius|Tbilisi|Minsk|Riga|Helsinki".split("|")
WORDS = """government talks ceasefire region border economy sanctions troops offensive negotiations budget energy
prices inflation election voters coalition reform pressure security agreement treaty support aid pipeline exports
market growth crisis conflict frontline villages residents officials diplomats delegation summit proposal plan
deadline weapons supplies shortage winter power grid infrastructure attack defence alliance partners leaders
ministers parliament vote law court ruling investigation report data figures estimate forecast decline increase
recovery strategy position demand response warning statement interview analysts observers critics supporters
protest rally campaign policy decision question answer future past history people country nation world week month
year morning evening night city capital province district river port factory bank currency debt loan tax spending
contract deal compromise concession guarantee withdrawal advance retreat positions lines drones missiles shells
artillery units brigade command staff soldiers volunteers refugees families children schools hospitals doctors""".split()
VERBS = "said|added|argued|insisted|warned|noted|told reporters|claimed|stressed|suggested".split("|")
NARRATIVE_VERBS = "reported|announced|estimated|expected|confirmed|recorded|proposed|approved|rejected|published".split("|")


def _last_names() -> list[str]:
    return [stem + ending for stem in LAST_STEMS for ending in LAST_ENDINGS]


@dataclass
class Person:
    name: str  # the canonical name
    variant: str  # the same person named with a middle initial, as some articles do
    role: str | None


def speaker_pool(rng: random.Random, size: int) -> list[Person]:
    """`size` distinct generated people; the order is their popularity rank."""
    combos = [(first, last) for first in FIRST_NAMES for last in _last_names()]
    rng.shuffle(combos)
    people = []
    for first, last in combos[:size]:
        initial = rng.choice("ABCDEFGHIJKLMNOPRSTVW")
        role = rng.choice(ROLES) if rng.random() < 0.8 else None
        people.append(Person(f"{first} {last}", f"{first} {initial}. {last}", role))
    return people


# --- one generated briefing ----------------------------------------------------------------------


@dataclass
class Generated:
    """The rows of one briefing, ids assigned, ready for executemany."""

    article: tuple[Any, ...]
    sections: list[tuple[Any, ...]] = field(default_factory=list)
    paragraphs: list[tuple[Any, ...]] = field(default_factory=list)
    entities: list[tuple[Any, ...]] = field(default_factory=list)
    mentions: list[tuple[Any, ...]] = field(default_factory=list)
    quotes: list[tuple[Any, ...]] = field(default_factory=list)
    figures: list[tuple[Any, ...]] = field(default_factory=list)
    summary: list[tuple[Any, ...]] = field(default_factory=list)


@dataclass
class Sentence:
    text: str
    quotes: list[tuple[int, int, str, int | None]] = field(default_factory=list)  # start, end, kind, entity number
    mentions: list[tuple[int, int, int]] = field(default_factory=list)  # start, end, entity number
    figures: list[tuple[int, int, Any, str | None, str, int, str | None]] = field(default_factory=list)


class Ids:
    """Explicit row ids for every table, so that the rows can be written with executemany."""

    def __init__(self) -> None:
        self.counters = {table: itertools.count(1) for table in ("section", "paragraph", "entity", "mention", "quote", "figure", "summary")}

    def next(self, table: str) -> int:
        return next(self.counters[table])


class Generator:
    """Plausible briefings: ~650 words, 100 quotes, speakers drawn Zipf-like from a large pool."""

    def __init__(self, params: dict[str, Any]) -> None:
        from briefing.analysis.version import ANALYSIS_VERSION
        from briefing.store.articles import name_key

        self.rng = random.Random(params["seed"])
        self.people = speaker_pool(self.rng, params["speaker_pool"])
        exponent = params["zipf_exponent"]
        self.cum_weights = list(itertools.accumulate(1 / (rank ** exponent) for rank in range(1, len(self.people) + 1)))
        self.quotes_per_article = params["quotes_per_article"]
        self.analysis_version = ANALYSIS_VERSION
        self.name_key = name_key
        self.keys: dict[str, str] = {}
        self.ids = Ids()
        self.feeds = [(i, f"https://{name.lower()}.example/rss", f"{name} News") for i, name in enumerate(
            "Baltic Capital Eastern Frontier Morning Continental Harbour Metro Northern Southern".split(), start=1)]

    def key(self, name: str) -> str:
        if name not in self.keys:
            self.keys[name] = self.name_key(name)
        return self.keys[name]

    def words(self, low: int, high: int) -> str:
        return " ".join(self.rng.choices(WORDS, k=self.rng.randint(low, high)))

    def article(self, article_id: int) -> Generated:
        rng = self.rng
        speakers: list[Person] = []
        wanted = rng.randint(8, 15)
        while len(speakers) < wanted:
            person = rng.choices(self.people, cum_weights=self.cum_weights)[0]
            if person not in speakers:
                speakers.append(person)
        # entity numbers: speakers 1..n, then organisations and places
        orgs = rng.sample(ORGS, 3)
        places = rng.sample(PLACES, 2)
        named = [(p.variant if rng.random() < 0.15 else p.name, "person", p.role, p) for p in speakers]
        named += [(o, "organization", None, None) for o in orgs] + [(p, "place", None, None) for p in places]
        numbers = {index + 1: item for index, item in enumerate(named)}
        speaker_numbers = list(range(1, len(speakers) + 1))
        speaker_weights = [1 / n for n in speaker_numbers]
        other_numbers = list(range(len(speakers) + 1, len(named) + 1))
        introduced: set[int] = set()

        def ref(number: int) -> str:
            name = numbers[number][0]
            if number in introduced:
                return name.split()[-1]
            introduced.add(number)
            return name

        def quote_text(low: int, high: int) -> str:
            text = self.words(low, high)
            return text[0].upper() + text[1:]

        sentences: list[Sentence] = []
        quotes_left = self.quotes_per_article
        kinds = ["split"] * 40 + ["partial"] * 12 + ["unattributed"] * 4 + ["scare"] * 4 + ["narrative"] * 10
        rng.shuffle(kinds)
        for kind in kinds:
            if quotes_left <= 0 and kind != "narrative":
                continue
            if kind == "split":
                number = rng.choices(speaker_numbers, weights=speaker_weights)[0]
                first, second, who = quote_text(2, 5), quote_text(2, 5), ref(number)
                text = f"“{first},” {who} {rng.choice(VERBS)}. “{second}.”"
                s = Sentence(text)
                s.quotes.append((1, 1 + len(first), "direct", number))
                at = text.index(who, len(first))
                s.mentions.append((at, at + len(who), number))
                at = text.rindex(second)
                s.quotes.append((at, at + len(second), "direct", number))
                quotes_left -= 2
            elif kind == "partial":
                number = rng.choices(speaker_numbers, weights=speaker_weights)[0]
                who, quoted = ref(number), self.words(2, 4)
                text = f"{who} {rng.choice(VERBS)} that the {rng.choice(WORDS)} was “{quoted}”."
                s = Sentence(text, mentions=[(0, len(who), number)])
                at = text.index("“") + 1
                s.quotes.append((at, at + len(quoted), "partial", number))
                quotes_left -= 1
            elif kind == "unattributed":
                quoted = quote_text(3, 6)
                text = f"“{quoted},” the statement read."
                s = Sentence(text, quotes=[(1, 1 + len(quoted), "direct", None)])
                quotes_left -= 1
            elif kind == "scare":
                term = self.words(1, 2)
                text = f"The so-called “{term}” {rng.choice(NARRATIVE_VERBS)} the {self.words(3, 5)}."
                at = text.index("“") + 1
                s = Sentence(text, quotes=[(at, at + len(term), "scare", None)])
                quotes_left -= 1
            else:
                s = self.narrative(numbers, other_numbers)
            sentences.append(s)
        return self._assemble(article_id, sentences, numbers, speakers)

    def narrative(self, numbers: dict[int, tuple[str, str, str | None, Person | None]], other_numbers: list[int]) -> Sentence:
        rng = self.rng
        number = rng.choice(other_numbers)
        subject = numbers[number][0]
        figure_kind = rng.randrange(5)
        if figure_kind == 0:
            value = rng.randint(2, 95)
            figure = (f"{value} percent", value, "percent", "percentage", 0, None)
        elif figure_kind == 1:
            value = round(rng.uniform(0.5, 90), 1)
            figure = (f"${value} billion", value * 1e9, "USD", "money", 0, None)
        elif figure_kind == 2:
            value = rng.randint(20, 90_000)
            figure = (f"{value:,} people", value, None, "count", 0, "people")
        elif figure_kind == 3:
            value = rng.randint(2010, 2025)
            figure = (str(value), str(value), None, "date", 0, None)
        else:
            value = rng.randint(5, 900)
            figure = (f"{value} kilometres", value, "km", "distance", 1, None)
        lead = subject[0].upper() + subject[1:]
        text = f"{lead} {rng.choice(NARRATIVE_VERBS)} {figure[0]} of {self.words(4, 7)}."
        at = text.index(figure[0], len(lead))
        return Sentence(
            text,
            mentions=[(0, len(subject), number)],
            figures=[(at, at + len(figure[0]), figure[1], figure[2], figure[3], figure[4], figure[5])],
        )

    def _assemble(self, article_id: int, sentences: list[Sentence], numbers: dict[int, Any], speakers: list[Person]) -> Generated:
        rng, ids = self.rng, self.ids
        published = (date(2015, 1, 1) + timedelta(days=rng.randrange(3800))).isoformat() + f"T{rng.randrange(24):02d}:{rng.randrange(60):02d}:00+00:00"
        title = self.words(6, 10).capitalize()
        feed = rng.choice(self.feeds) if rng.random() < 0.7 else None
        url = f"https://news.example/{published[:4]}/{title.lower().replace(' ', '-')[:60]}-{article_id}"
        entity_ids = {number: ids.next("entity") for number in numbers}

        # paragraphs of ~6 sentences, three topical sections
        paragraph_sentences = [sentences[i : i + 6] for i in range(0, len(sentences), 6)]
        section_of = [min(2, index * 3 // len(paragraph_sentences)) for index in range(len(paragraph_sentences))]
        parts: list[str] = []
        position = 0
        generated = Generated(article=())
        quote_rows, mention_rows, figure_rows, starts = [], [], [], []
        section_ids = [ids.next("section") for _ in range(3)]
        section_spans: dict[int, list[int]] = {}
        for p_index, group in enumerate(paragraph_sentences):
            if parts:
                parts.append("\n\n")
                position += 2
            p_start = position
            for s_index, sentence in enumerate(group):
                if s_index:
                    parts.append(" ")
                    position += 1
                starts.append((position, sentence.text))
                for start, end, kind, number in sentence.quotes:
                    quote_rows.append((position + start, position + end, sentence.text[start:end], kind, number))
                for start, end, number in sentence.mentions:
                    mention_rows.append((position + start, position + end, sentence.text[start:end], number))
                for start, end, *figure in sentence.figures:
                    figure_rows.append((position + start, position + end, sentence.text[start:end], *figure, sentence.text))
                parts.append(sentence.text)
                position += len(sentence.text)
            section_id = section_ids[section_of[p_index]]
            span = section_spans.setdefault(section_id, [p_start, position])
            span[1] = position
            generated.paragraphs.append((ids.next("paragraph"), article_id, section_id, p_index, p_start, position, "".join(parts)[p_start:position]))
        text = "".join(parts)

        surnames = [p.name.split()[-1] for p in speakers]
        for s_index, section_id in enumerate(section_ids):
            start, end = section_spans[section_id]
            heading = f"{surnames[s_index % len(surnames)]} and {surnames[(s_index + 1) % len(surnames)]}"
            generated.sections.append((section_id, article_id, s_index, heading, 1, start, end))
        for number, (name, type_, role, person) in numbers.items():
            aliases = [name.split()[-1]] if type_ == "person" else []
            generated.entities.append((entity_ids[number], article_id, number, name, type_, role, json.dumps(aliases), self.key(name)))
        for start, end, mention_text, number in mention_rows:
            generated.mentions.append((self.ids.next("mention"), article_id, entity_ids[number], start, end, mention_text))
        for q_position, (start, end, quote, kind, number) in enumerate(quote_rows):
            name = numbers[number][0] if number else None
            generated.quotes.append(
                (ids.next("quote"), article_id, q_position, start, end, quote, kind, entity_ids[number] if number else None,
                 name, self.key(name) if name else None, q_position)
            )
        for f_position, (start, end, figure_text, value, unit, kind, approximate, counts, context) in enumerate(figure_rows):
            generated.figures.append((ids.next("figure"), article_id, f_position, start, end, figure_text, value, unit, kind, approximate, counts, None, context))
        chosen = sorted({0, *rng.sample(range(1, len(starts)), 3)})
        for s_position, index in enumerate(chosen):
            start, sentence_text = starts[index]
            generated.summary.append((ids.next("summary"), article_id, s_position, start, start + len(sentence_text), sentence_text))

        quote_count = sum(1 for q in quote_rows if q[3] != "scare")
        speaker_count = len({q[4] for q in quote_rows if q[4] is not None})
        added = "2025-06-30T12:00:00+00:00"
        generated.article = (
            article_id, title, f"By {rng.choice(FIRST_NAMES)} {rng.choice(_LAST_NAMES)}", published, url, url,
            feed[0] if feed else None, f"{feed[1]}#{article_id}" if feed else None, text,
            hashlib.sha256(text.encode("utf-8")).hexdigest(), added, added, self.analysis_version,
            quote_count, speaker_count, len(figure_rows),
        )
        return generated


_LAST_NAMES = _last_names()

INSERTS = {
    "articles": 'INSERT INTO articles (id, title, byline, published, url, source, feed_id, entry_id, text, text_hash, added_at, updated_at,'
    " analysis_version, quote_count, speaker_count, figure_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "sections": 'INSERT INTO sections (id, article_id, position, heading, topical, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?)',
    "paragraphs": 'INSERT INTO paragraphs (id, article_id, section_id, position, start, "end", text) VALUES (?, ?, ?, ?, ?, ?, ?)',
    "entities": "INSERT INTO entities (id, article_id, number, name, type, role, aliases, name_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "mentions": 'INSERT INTO mentions (id, article_id, entity_id, start, "end", text) VALUES (?, ?, ?, ?, ?, ?)',
    "quotes": 'INSERT INTO quotes (id, article_id, position, start, "end", text, kind, speaker_id, speaker, speaker_key, utterance)'
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "figures": 'INSERT INTO figures (id, article_id, position, start, "end", text, value, unit, kind, approximate, counts, equivalent_to, context)'
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "summary_sentences": 'INSERT INTO summary_sentences (id, article_id, position, start, "end", text) VALUES (?, ?, ?, ?, ?, ?)',
}

# The speaker index for every key at once: what refresh_speakers computes key by key.
FILL_SPEAKERS = """
WITH counts AS (
    SELECT q.speaker_key AS key, count(*) AS quote_count, count(DISTINCT q.article_id) AS article_count,
           max(coalesce(a.published, a.added_at)) AS last_seen
    FROM quotes q JOIN articles a ON a.id = q.article_id
    WHERE q.speaker_key IS NOT NULL GROUP BY q.speaker_key
), ranked AS (
    SELECT q.speaker_key AS key, q.speaker AS name, e.role AS role,
           row_number() OVER (PARTITION BY q.speaker_key
                              ORDER BY length(q.speaker) DESC, e.role IS NULL, q.article_id DESC) AS rank
    FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_id
    WHERE q.speaker_key IS NOT NULL
)
INSERT INTO speakers (key, surname, name, role, quote_count, article_count, last_seen)
SELECT c.key, replace(c.key, rtrim(c.key, replace(c.key, ' ', '')), ''), r.name, r.role, c.quote_count,
       c.article_count, c.last_seen
FROM counts c JOIN ranked r ON r.key = c.key AND r.rank = 1
"""


# --- building the library ------------------------------------------------------------------------


def params_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".params.json")


def db_size(db_path: Path) -> int:
    return sum(p.stat().st_size for p in (db_path, Path(f"{db_path}-wal")) if p.exists())


def ensure_library(db_path: Path, rebuild: bool) -> None:
    """Build the library unless one built with the same parameters is already there."""
    stored = params_path(db_path)
    if not rebuild and db_path.exists() and stored.exists() and json.loads(stored.read_text()) == PARAMS:
        print(f"library: reusing {db_path} ({db_size(db_path) / 1e6:,.0f} MB); --rebuild to build it again")
        return
    for path in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm"), stored):
        path.unlink(missing_ok=True)
    started = time.perf_counter()
    build_library(db_path)
    elapsed = time.perf_counter() - started
    stored.write_text(json.dumps(PARAMS))
    print(f"library: built {db_path} in {elapsed:.0f} s ({db_size(db_path) / 1e6:,.0f} MB)")


def build_library(db_path: Path) -> None:
    """Generate every row and write it through the schema open_db creates, FTS triggers included."""
    from briefing.store.database import open_db

    db = open_db(db_path)
    conn = db.conn
    conn.execute("PRAGMA synchronous = OFF")  # connection settings only: the schema stays as open_db makes it
    conn.execute("PRAGMA cache_size = -262144")
    generator = Generator(PARAMS)
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO feeds (id, url, title, added_at) VALUES (?, ?, ?, '2024-01-01T00:00:00+00:00')", generator.feeds)
    conn.execute("COMMIT")
    total = PARAMS["articles"]
    started = time.perf_counter()
    for first in range(1, total + 1, ARTICLES_PER_TRANSACTION):
        batch = [generator.article(article_id) for article_id in range(first, min(first + ARTICLES_PER_TRANSACTION, total + 1))]
        conn.execute("BEGIN")
        conn.executemany(INSERTS["articles"], [g.article for g in batch])
        for table, attribute in (("sections", "sections"), ("paragraphs", "paragraphs"), ("entities", "entities"),
                                 ("mentions", "mentions"), ("quotes", "quotes"), ("figures", "figures"),
                                 ("summary_sentences", "summary")):
            conn.executemany(INSERTS[table], [row for g in batch for row in getattr(g, attribute)])
        conn.execute("COMMIT")
        done = first + len(batch) - 1
        print(f"\r  {done:,}/{total:,} briefings, {time.perf_counter() - started:.0f} s", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    conn.execute("BEGIN")
    conn.execute(FILL_SPEAKERS)
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("ANALYZE")
    db.close()


def describe_library(db_path: Path) -> dict[str, Any]:
    """Row counts and the speakers to filter by: names matching a few, one set popular, one rare."""
    import sqlite3

    conn = sqlite3.connect(db_path)
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("articles", "paragraphs", "entities", "mentions", "quotes", "figures", "speakers")}
    top = conn.execute("SELECT name, quote_count, article_count FROM speakers ORDER BY quote_count DESC LIMIT 1").fetchone()
    ranked = [row[0] for row in conn.execute("SELECT name FROM speakers ORDER BY quote_count DESC")]
    conn.close()
    from briefing.store.database import open_db
    from briefing.store.queries import list_speakers

    db = open_db(db_path)

    def filter_for(name: str) -> tuple[str, int]:
        first, last = name.split()[0], name.split()[-1]
        candidates = [f"{first} {last[:k]}" for k in (4, 3, 2)] + [last, name]
        for candidate in candidates:
            matches = len(list_speakers(db, candidate))
            if 2 <= matches <= 10:
                return candidate, matches
        return name, len(list_speakers(db, name))

    popular = filter_for(ranked[0])
    rare = filter_for(ranked[len(ranked) // 2])
    db.close()
    return {"counts": counts, "top": top, "popular_filter": popular, "rare_filter": rare}


# --- measuring, in a fresh process ---------------------------------------------------------------


def peak_mb() -> float:
    """Peak resident memory of this process in MB.

    VmHWM where there is /proc: on Linux ru_maxrss survives execve, so a child spawned by a big
    parent (this script right after a build) would report the parent's peak instead of its own.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


async def measure(mode: str, db_path: Path, launch_t0: float | None, filters: list[str]) -> dict[str, Any]:
    """One measurement in this process; times are seconds from PROCESS_T0 unless said otherwise."""
    figures: dict[str, Any] = {"mode": mode}
    started = time.perf_counter()
    from briefing.app import BriefingApp
    from briefing.screens.library import LibraryScreen
    from briefing.store.database import open_db

    figures["import"] = time.perf_counter() - started
    started = time.perf_counter()
    db = open_db(db_path)
    figures["open_db"] = time.perf_counter() - started
    app = BriefingApp(db)
    # (perf_counter, time, screen, what the terminal showed after it) of every frame rendered
    frames: list[tuple[float, float, Any, int]] = []
    display = app._display
    terminal = Terminal(*SIZE)

    def record_frame(screen: Any, renderable: Any) -> None:
        at, wall = time.perf_counter(), time.time()
        display(screen, renderable)
        if renderable is not None:  # kept after the frame's time is taken: it delays later frames only
            terminal.apply(renderable, app.console)
            frames.append((at, wall, screen, terminal.content()))

    app._display = record_frame  # type: ignore[method-assign]

    def paint() -> float:
        """What the headless driver skips: a full update of the screen turned into terminal output."""
        started = time.perf_counter()
        app.screen._compositor.render_update(full=True).render_segments(app.console)
        return time.perf_counter() - started

    def shown(since: float, screen_type: type) -> tuple[tuple[float, float], tuple[float, float]]:
        """The (perf_counter, time) of two frames of a `screen_type` screen after `since`: the
        first that already shows what the screen shows once settled (Textual often redraws the
        same cells a few times more as a screen settles), and the last."""
        mine = [(at, wall, seen) for at, wall, screen, seen in frames if at >= since and isinstance(screen, screen_type)]
        if not mine:
            now = (time.perf_counter(), time.time())
            return now, now
        final = mine[-1][2]
        complete = next((at, wall) for at, wall, seen in mine if seen == final)
        return complete, mine[-1][:2]

    def timed(since: float, screen_type: type) -> tuple[float, float]:
        """From `since` to the complete frame and to the last one, the cost of writing a frame
        put in; the pilot's idle waits (each at least 20 ms of sleep) are left out."""
        (complete, _), (last, _) = shown(since, screen_type)
        writing = paint()
        return complete - since + writing, last - since + writing

    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        (complete_perf, complete_wall), (last_perf, last_wall) = shown(0.0, LibraryScreen)
        writing = paint()
        figures["first_frame_in_process"] = complete_perf - PROCESS_T0 + writing
        figures["settled_in_process"] = last_perf - PROCESS_T0 + writing
        if launch_t0 is not None:
            figures["first_frame"] = complete_wall - launch_t0 + writing
            figures["first_frame_settled"] = last_wall - launch_t0 + writing
        library = app.screen
        figures["library_ok"] = isinstance(library, LibraryScreen) and library.query_one("#articles").row_count
        if mode == "open":
            opens = []
            for index in range(4):  # the first open is cold (import, CSS, classes); the others warm
                started = time.perf_counter()
                await pilot.press("enter")
                await pilot.pause()
                from briefing.screens.briefing import BriefingScreen  # imported by the app on Enter

                opens.append(timed(started, BriefingScreen))
                figures.setdefault("open_cold_pilot", time.perf_counter() - started)
                figures.setdefault("open_ok", isinstance(app.screen, BriefingScreen))
                await pilot.press("escape")
                await pilot.pause()
                await pilot.press("down")
            (figures["open_cold"], figures["open_cold_settled"]) = opens[0]
            figures["open_warm"] = statistics.median(complete for complete, _ in opens[1:])
            figures["open_warm_settled"] = statistics.median(last for _, last in opens[1:])
        elif mode == "filter":
            started = time.perf_counter()
            await pilot.press("S")
            await pilot.pause()
            from textual.widgets import Input

            from briefing.screens.speakers import SpeakersScreen  # imported by the app on S
            from briefing.widgets.entry_list import EntryList

            figures["open_speakers"] = timed(started, SpeakersScreen)[0]
            screen = app.screen
            figures["speakers_ok"] = isinstance(screen, SpeakersScreen)
            name_filter = screen.query_one("#speaker-filter", Input)
            speaker_list = screen.query_one("#speaker-list", EntryList)
            for label, value in zip(("popular", "rare"), filters):
                started = time.perf_counter()
                name_filter.value = value
                await pilot.pause()
                figures[f"filter_{label}"], figures[f"filter_{label}_settled"] = timed(started, SpeakersScreen)
                figures[f"filter_{label}_pilot"] = time.perf_counter() - started
                figures[f"filter_{label}_options"] = len(speaker_list.entries)
                figures[f"filter_{label}_quotes"] = len(screen.quotes)
                name_filter.value = ""
                await pilot.pause()
    figures["memory_mb"] = peak_mb()
    return figures


class Terminal:
    """The cells a terminal would show, each character with its style, kept up to date from the
    frames Textual writes (full layouts and partial updates alike), to tell when a screen first
    showed what it shows once settled."""

    def __init__(self, width: int, height: int) -> None:
        self.cells: list[list[tuple[str, Any]]] = [[(" ", None)] * width for _ in range(height)]

    def apply(self, update: Any, console: Any) -> None:
        from rich.segment import ControlType

        x = y = 0
        for segment in update.__rich_console__(console, console.options):
            if segment.control:
                for control in segment.control:
                    if control[0] == ControlType.CURSOR_MOVE_TO:
                        x, y = control[1], control[2]
                continue
            if segment.text == "\n":
                x, y = 0, y + 1
                continue
            row = self.cells[y] if 0 <= y < len(self.cells) else None
            for character in segment.text:
                if row is not None and 0 <= x < len(row):
                    row[x] = (character, segment.style)
                x += 1

    def content(self) -> int:
        return hash(tuple(tuple(row) for row in self.cells))


def run_child(mode: str, db_path: Path, filters: list[str]) -> dict[str, Any]:
    """One fresh process of this script in --measure mode; its figures."""
    env = {**os.environ, "XDG_CONFIG_HOME": str(db_path.parent / "config")}  # no user settings, none written
    command = [sys.executable, __file__, "--measure", mode, "--db", str(db_path), "--filters", *filters]
    launch_t0 = time.time()
    result = subprocess.run([*command, "--t0", repr(launch_t0)], capture_output=True, text=True, env=env, timeout=600)
    if result.returncode != 0:
        raise RuntimeError(f"--measure {mode} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def verdict(value: float, target: float) -> str:
    return "ok" if value < target else "MISSED"


def report(runs: dict[str, list[dict[str, Any]]]) -> None:
    """Medians beside their targets."""

    def median(mode: str, key: str) -> float:
        return statistics.median(run[key] for run in runs[mode])

    first = runs["first-frame"]
    print(f"\nmedians of {len(first)} fresh processes each, {SIZE[0]}x{SIZE[1]} headless; a screen is shown at its first")
    print("frame that already holds what it holds once settled (the frames after it redraw the same cells):")
    frame = median("first-frame", "first_frame")
    print(f"  first frame of the library, from launch   {frame * 1000:7.0f} ms   target < {TARGETS['first_frame'] * 1000:.0f} ms   {verdict(frame, TARGETS['first_frame'])}"
          f"   (last frame: {median('first-frame', 'first_frame_settled') * 1000:.0f} ms)")
    print(f"    of which: imports {median('first-frame', 'import') * 1000:.0f} ms, open_db {median('first-frame', 'open_db') * 1000:.0f} ms,"
          f" interpreter start ~{(frame - median('first-frame', 'first_frame_in_process')) * 1000:.0f} ms"
          f" (rows in the table: {first[0]['library_ok']})")
    cold, warm = median("open", "open_cold"), median("open", "open_warm")
    print(f"  open a briefing (first in the process)    {cold * 1000:7.0f} ms   target < {TARGETS['open_briefing'] * 1000:.0f} ms   {verdict(cold, TARGETS['open_briefing'])}"
          f"   (last frame: {median('open', 'open_cold_settled') * 1000:.0f} ms; the pilot, its idle waits included: {median('open', 'open_cold_pilot') * 1000:.0f} ms)")
    print(f"  open a briefing (later ones)              {warm * 1000:7.0f} ms   target < {TARGETS['open_briefing'] * 1000:.0f} ms   {verdict(warm, TARGETS['open_briefing'])}"
          f"   (last frame: {median('open', 'open_warm_settled') * 1000:.0f} ms)")
    speakers = median("filter", "open_speakers")
    print(f"  open the speaker view (S, no filter)      {speakers * 1000:7.0f} ms   (no target)")
    for label in ("popular", "rare"):
        value = median("filter", f"filter_{label}")
        run = runs["filter"][0]
        print(f"  speaker filter, {label + ' name':<25} {value * 1000:7.0f} ms   target < {TARGETS['speaker_filter'] * 1000:.0f} ms   {verdict(value, TARGETS['speaker_filter'])}"
              f"   (last frame: {median('filter', f'filter_{label}_settled') * 1000:.0f} ms; {run[f'filter_{label}_options']} speakers listed,"
              f" {run[f'filter_{label}_quotes']:,} quotes of the first loaded)")
    memory = max(run["memory_mb"] for mode_runs in runs.values() for run in mode_runs)
    print(f"  peak memory (max VmHWM of the runs)      {memory:7.0f} MB    target < {TARGETS['memory_mb']} MB    {verdict(memory, TARGETS['memory_mb'])}")
    print("    per mode: " + ", ".join(f"{mode} {median(mode, 'memory_mb'):.0f} MB" for mode in runs))


def profile(mode: str, db_path: Path, filters: list[str]) -> None:
    """The measurement of `mode` under cProfile, in this process; the top functions."""
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    figures = asyncio.run(measure(mode, db_path, None, filters))
    profiler.disable()
    print(json.dumps(figures))
    stats = pstats.Stats(profiler).strip_dirs()
    stats.sort_stats("cumulative").print_stats(40)
    stats.sort_stats("tottime").print_stats(25)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB, help=f"the library to build or reuse (default {DEFAULT_DB})")
    parser.add_argument("--rebuild", action="store_true", help="build the library even if one with the same parameters is there")
    parser.add_argument("--runs", type=int, default=5, help="fresh processes per measurement (default 5)")
    parser.add_argument("--profile", choices=MODES, help="profile one measurement with cProfile instead of measuring")
    parser.add_argument("--measure", choices=MODES, help=argparse.SUPPRESS)
    parser.add_argument("--t0", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--filters", nargs="*", default=[], help=argparse.SUPPRESS)
    args = parser.parse_args()
    db_path = args.db.expanduser().resolve()

    if args.measure:
        print(json.dumps(asyncio.run(measure(args.measure, db_path, args.t0, args.filters))))
        return
    ensure_library(db_path, args.rebuild)
    library = describe_library(db_path)
    print("rows: " + ", ".join(f"{table} {count:,}" for table, count in library["counts"].items()))
    name, quotes, articles = library["top"]
    print(f"most quoted speaker: {name}, {quotes:,} quotes in {articles:,} briefings")
    filters = [library["popular_filter"][0], library["rare_filter"][0]]
    print(f"speaker filters: popular {filters[0]!r} ({library['popular_filter'][1]} speakers), rare {filters[1]!r} ({library['rare_filter'][1]} speakers)")
    if args.profile:
        profile(args.profile, db_path, filters)
        return
    compile_bytecode()
    runs: dict[str, list[dict[str, Any]]] = {mode: [] for mode in MODES}
    for _ in range(args.runs):
        for mode in MODES:
            runs[mode].append(run_child(mode, db_path, filters))
    report(runs)


if __name__ == "__main__":
    main()
