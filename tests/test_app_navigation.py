"""Moving about long lists read a page at a time: the library, and the speakers across the library.

Driven by the Pilot on real stores, as in test_app.py (whose fixtures and helpers are copied here).
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils
from conftest import choose_in_palette
from textual.widgets import Static

from briefing.analysis.pipeline import analyze
from briefing.app import BriefingApp
from briefing.reading.document import RawSection, SourceDocument
from briefing.reading.normalize import normalize
from briefing.screens.briefing import BriefingScreen
from briefing.screens.highlights import HighlightsScreen
from briefing.screens.library import PAGE_ROWS, LibraryScreen
from briefing.screens.speakers import SpeakersScreen
from briefing.store.articles import save_analysis
from briefing.store.database import open_db
from briefing.store.highlights import add_highlight
from briefing.store.queries import list_speakers, speaker_quotes
from briefing.widgets.article import ArticleView
from briefing.widgets.entry_list import Entry, EntryList
from briefing.widgets.library_table import LibraryTable

SIZE = (120, 40)
FIRST_NAMES = ["Ann", "Ben", "Cara", "Dan", "Eve", "Finn", "Gail", "Hugo", "Iris", "Jack", "Kate", "Liam", "Mona", "Nils", "Olga", "Paul"]
LAST_NAMES = ["Abbott", "Baker", "Carter", "Dixon", "Ellis", "Foster", "Grant", "Hayes", "Irwin", "Jones", "Kemp", "Lloyd", "Moore", "Nash", "Owens"]


def save_note(db: sqlite_utils.Database, source: str, title: str, text: str) -> None:
    save_analysis(db, analyze(normalize(SourceDocument(source, [RawSection(None, [text])], title=title))))


def notes_library(path: Path, count: int) -> sqlite_utils.Database:
    """A library of `count` short notes, note n quoting Ann Lee n % 5 times (as in test_app.py)."""
    db = open_db(path)
    for number in range(count):
        said = " ".join(f"“Line {k},” Ann Lee said." for k in range(number % 5))
        save_note(db, f"n{number}", f"Note {number:02d}", f"Note {number} on the harbour. {said}")
    return db


def speakers_library(path: Path) -> sqlite_utils.Database:
    """240 speakers, one note each, quoted one to three times: more than two pages of them."""
    db = open_db(path)
    for number, (first, last) in enumerate((first, last) for first in FIRST_NAMES for last in LAST_NAMES):
        said = " ".join(f"“Line {k},” {first} {last} said." for k in range(1 + number % 3))
        save_note(db, f"s{number}", f"Note {number:03d}", f"Note {number} on the harbour. {said}")
    return db


def cursor_key(table: LibraryTable) -> str:
    return table.rows[table.cursor_row].key


def cursor_line(table: LibraryTable) -> int:
    """The line of the view the cursor is on."""
    return table.cursor_row - round(table.scroll_offset.y)


def cursor_entry(entry_list: EntryList) -> Entry:
    assert entry_list.cursor is not None
    return entry_list.entries[entry_list.cursor]


def heading(app: BriefingApp) -> str:
    return str(app.screen.query_one("#speaker-heading", Static).render())


# --- the library ----------------------------------------------------------------------------------


async def test_a_delete_past_the_first_page_leaves_the_cursor_on_the_briefing_that_followed(tmp_path: Path) -> None:
    app = BriefingApp(notes_library(tmp_path / "delete.db", 160))
    async with app.run_test(size=SIZE) as pilot:
        table = app.screen.query_one(LibraryTable)
        await pilot.press(*["pagedown"] * 4)
        assert table.cursor_row > PAGE_ROWS  # on the second page
        doomed, following = cursor_key(table), table.rows[table.cursor_row + 1].key
        line = cursor_line(table)
        await pilot.press("d", "y")
        await pilot.pause()
        assert doomed not in {row.key for row in table.rows}
        assert cursor_key(table) == following
        assert cursor_line(table) == line  # the rows around it did not jump either


async def test_the_cursor_stays_on_its_briefing_while_briefings_are_added(tmp_path: Path) -> None:
    db = notes_library(tmp_path / "added.db", 160)
    new_note = tmp_path / "new.txt"
    new_note.write_text("Tide tables\n\nThe tide tables for the harbour were printed again, the harbour master said.\n", encoding="utf-8")
    app = BriefingApp(db)
    async with app.run_test(size=SIZE) as pilot:
        library = app.screen
        assert isinstance(library, LibraryScreen)
        table = library.query_one(LibraryTable)
        await pilot.press(*["pagedown"] * 4)
        assert table.cursor_row > PAGE_ROWS
        key, row, line = cursor_key(table), table.cursor_row, cursor_line(table)

        other = open_db(tmp_path / "added.db")  # another process, say `briefing add` from cron
        save_note(other, "cron", "Fog", "Fog closed the port for 3 hours, officials said.")
        other.close()
        await pilot.pause(2.5)  # the library looks for changes every 2 seconds
        assert "161 briefings" in library.sub_title
        assert table.rows[0].cells[1].plain == "Fog"  # the newest, on top: every row moved down one
        assert (cursor_key(table), table.cursor_row, cursor_line(table)) == (key, row + 1, line)

        await pilot.press("a", *str(new_note), "enter")  # the user's own add: the cursor goes to what was added
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "162 briefings" in library.sub_title
        assert table.rows[table.cursor_row].cells[1].plain == "Tide tables"


async def test_end_goes_to_the_last_briefing_of_a_large_library(tmp_path: Path) -> None:
    db = notes_library(tmp_path / "end.db", 230)
    app = BriefingApp(db)
    async with app.run_test(size=SIZE) as pilot:
        library = app.screen
        table = library.query_one(LibraryTable)
        await pilot.press("end")
        await pilot.pause()
        assert table.cursor_row == 229
        assert table.rows[229].cells[1].plain == "Note 00"  # the oldest
        top = round(table.scroll_offset.y)
        assert top <= 229 < top + table.scrollable_content_region.height - 1  # in view

        save_note(open_db(tmp_path / "end.db"), "cron", "Fog", "Fog closed the port, officials said.")
        await pilot.pause(2.5)  # read anew, from another process: still on the last briefing
        assert (table.cursor_row, table.rows[table.cursor_row].cells[1].plain) == (230, "Note 00")

        await pilot.press("s")  # by headline
        await pilot.press("end")
        assert table.rows[table.cursor_row].cells[1].plain == "Note 99"  # after "Note 229"

        await pilot.press("slash", *"harbour", "enter")  # 200 results, shown a page at a time
        await pilot.press("end")
        assert table.row_count == len(library.rows) == table.cursor_row + 1 > PAGE_ROWS


# --- the speakers across the library ------------------------------------------------------------------


async def test_end_and_home_in_a_speakers_quotes_reach_the_last_and_the_first(tmp_path: Path) -> None:
    db = notes_library(tmp_path / "quotes.db", 40)  # Ann Lee: 80 quotes
    listing = [str(quote["id"]) for quote in speaker_quotes(db, "ann lee")]
    app = BriefingApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("S")
        assert heading(app) == "Ann Lee: 80 quotes"
        quotes = app.screen.query_one("#speaker-quotes", EntryList)
        assert len(quotes.entries) < 80  # a page
        await pilot.press("enter", "end")  # into her quotes, to the last
        await pilot.pause()
        assert cursor_entry(quotes).key == listing[-1]
        assert cursor_entry(quotes).text.plain.startswith("“Line 0,”\nNote 01")  # the oldest note quoting her
        seen = [cursor_entry(quotes).key]
        for _ in range(30):  # back up, past the entries read with the last
            await pilot.press("up")
            seen.append(cursor_entry(quotes).key)
        assert seen[::-1] == listing[-31:]  # none skipped, none twice
        await pilot.press("home")
        assert cursor_entry(quotes).key == listing[0]
        await pilot.press("end", "enter")
        assert isinstance(app.screen, BriefingScreen)
        await pilot.pause()
        article = app.screen.query_one(ArticleView)
        assert article.briefing.article["title"] == "Note 01"
        assert article.current_quote is not None and article.current_quote["text"] == "Line 0,"


async def test_enter_opens_the_quote_chosen_though_earlier_quotes_came_in_before_it(tmp_path: Path) -> None:
    app = BriefingApp(notes_library(tmp_path / "quick.db", 40))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("S", "enter", "end")
        await pilot.pause()
        quotes = app.screen.query_one("#speaker-quotes", EntryList)
        for _ in range(10):  # Up, held down, then Enter: faster than the app reads on
            quotes.action_move(-1)
        chosen = cursor_entry(quotes).text.plain.splitlines()
        quotes.action_select()
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)
        article = app.screen.query_one(ArticleView)
        assert article.briefing.article["title"] == chosen[1]
        assert article.current_quote is not None and f"“{article.current_quote['text']}”" == chosen[0]


async def test_every_speaker_of_the_library_is_reachable(tmp_path: Path) -> None:
    db = speakers_library(tmp_path / "speakers.db")
    listing = [speaker["key"] for speaker in list_speakers(db, limit=-1)]
    assert len(listing) == 240
    app = BriefingApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("S")
        speakers = app.screen.query_one("#speaker-list", EntryList)
        await pilot.press("end")
        await pilot.pause()
        assert cursor_entry(speakers).key == listing[-1]  # the least quoted
        last = list_speakers(db, limit=-1)[-1]
        assert heading(app) == f"{last['name']}: 1 quote"
        for _ in range(8):  # up to the most quoted, a screenful at a time
            await pilot.press("pageup")
            await pilot.pause()
            name = cursor_entry(speakers).text.plain.split("  ")[0]
            assert heading(app).startswith(f"{name}: ")  # the quotes shown are the cursor's speaker's
        assert cursor_entry(speakers).key == listing[0]
        assert [entry.key for entry in speakers.entries] == listing  # none skipped, none twice

        await pilot.press("escape")  # back to the library, and again, scrolling with the wheel
        await pilot.press("S")
        speakers = app.screen.query_one("#speaker-list", EntryList)
        assert len(speakers.entries) < 240
        for _ in range(4):
            speakers.scroll_end(animate=False, immediate=True)
            await pilot.pause()
        assert [entry.key for entry in speakers.entries] == listing


async def test_the_palette_acts_on_the_screen_it_names_when_that_screen_is_shown(tmp_path: Path) -> None:
    """Choosing a speaker in the palette from the speakers view filters it; the library's
    highlights asked for from a briefing's highlights widen them (no second copy either way)."""
    db = notes_library(tmp_path / "p.db", 6)
    save_note(db, "x", "Other", "Other note. “Yes,” Bob Stone said.")
    add_highlight(db, 1, 0, 4)
    add_highlight(db, 2, 0, 4)
    app = BriefingApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("S")
        await choose_in_palette(pilot, "Bob Stone")
        assert isinstance(app.screen, SpeakersScreen) and "Bob Stone" in heading(app) and len(app.screen_stack) == 3
        app.pop_screen()
        await pilot.pause()
        await pilot.press("enter", "H")  # a briefing's own highlights
        assert isinstance(app.screen, HighlightsScreen) and not app.screen.whole_library, [type(x).__name__ for x in app.screen_stack]
        await choose_in_palette(pilot, "Highlights of the library")
        assert isinstance(app.screen, HighlightsScreen) and app.screen.whole_library


async def test_s_from_a_briefing_the_speakers_view_opened_goes_back_to_it(tmp_path: Path) -> None:
    db = notes_library(tmp_path / "s.db", 6)
    save_note(db, "x", "Other", "Other note. “Yes,” Bob Stone said.")
    app = BriefingApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("S", "slash", *"Bob", "enter", "enter", "enter")  # filtered, then a quote opened
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)
        await pilot.press("S")
        await pilot.pause()
        assert [type(screen).__name__ for screen in app.screen_stack][1:] == ["LibraryScreen", "SpeakersScreen"]
        assert app.screen.query_one("#speaker-filter").value == "Bob"


async def test_ctrl_p_from_the_help_opens_the_palette(tmp_path: Path) -> None:
    from textual.command import CommandPalette

    app = BriefingApp(notes_library(tmp_path / "h.db", 2))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark", "ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)


def test_the_palette_offers_the_best_matches_not_the_first_found() -> None:
    from briefing.commands import MAX_HITS_PER_KIND, _best
    from briefing.widgets.fuzzy import NameMatcher

    speakers = [{"name": f"Itoyama Kaito {n}"} for n in range(40)] + [{"name": "Ito"}]  # most quoted first
    best = _best(NameMatcher("ito"), speakers, lambda speaker: speaker["name"])
    assert len(best) == MAX_HITS_PER_KIND and best[0][1]["name"] == "Ito"
    assert [row["name"] for _score, row in best[1:3]] == ["Itoyama Kaito 0", "Itoyama Kaito 1"]  # ties: the list's order
