"""The Textual app, driven by its Pilot on a real store: every screen, binding and flow."""

from __future__ import annotations

import asyncio
import csv
import json
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlite_utils
from conftest import choose_in_palette
from rich.text import Text
from textual.app import App, ComposeResult
from textual.coordinate import Coordinate
from textual.geometry import Offset
from textual.selection import Selection
from textual.widgets import DataTable, Input, Static

from briefing.analysis.pipeline import analyze
from briefing.app import BriefingApp
from briefing.errors import BriefingError
from briefing.ingest import ingest
from briefing.reading.document import RawSection, SourceDocument
from briefing.reading.normalize import normalize
from briefing.sample import load_sample_if_empty
from briefing.screens.briefing import BriefingScreen
from briefing.screens.confirm import ConfirmScreen
from briefing.screens.export import ExportScreen
from briefing.screens.help import HelpScreen
from briefing.screens.highlights import HighlightsScreen
from briefing.screens.library import LibraryScreen
from briefing.screens.speakers import SpeakersScreen
from briefing.settings import load_settings
from briefing.store.articles import delete_article, save_analysis
from briefing.store.database import database_path, open_db
from briefing.store.highlights import add_highlight, list_highlights
from briefing.widgets.article import DARK_PALETTE, GUTTER, LIGHT_PALETTE, ArticleView
from briefing.widgets.entry_list import Entry, EntryList
from briefing.widgets.footer import KeyFooter
from briefing.widgets.library_table import LibraryTable
from briefing.widgets.pane_tabs import PaneTabs

SIZE = (120, 40)


@pytest.fixture
def seed_db(tmp_path: Path, seed_path: Path) -> sqlite_utils.Database:
    db = open_db(tmp_path / "seed.db")
    ingest(db, str(seed_path))
    return db


def entries_text(app: BriefingApp, selector: str) -> list[str]:
    return [entry.text.plain for entry in app.screen.query_one(selector, EntryList).entries]


async def open_seed(pilot, app: BriefingApp) -> ArticleView:  # type: ignore[no-untyped-def]
    await pilot.press("enter")
    assert isinstance(app.screen, BriefingScreen)
    await pilot.pause()
    return app.screen.query_one(ArticleView)


async def test_first_run_shows_the_sample_and_opens_it(tmp_path: Path) -> None:
    db = open_db(tmp_path / "app.db")
    load_sample_if_empty(db)
    app = BriefingApp(db)
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, LibraryScreen)
        table = app.screen.query_one(LibraryTable)
        assert table.row_count == 1
        assert "Harbour Town Votes" in str(table.rows[0].cells[1])
        await pilot.press("enter")
        assert isinstance(app.screen, BriefingScreen)
        await pilot.press("2")
        speakers = " ".join(entries_text(app, "#speakers-list"))
        assert "Helen Okafor" in speakers and "David Marsh" in speakers
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)


async def test_empty_library_explains_what_to_do(tmp_path: Path) -> None:
    app = BriefingApp(open_db(tmp_path / "empty.db"))
    async with app.run_test(size=SIZE):
        empty = app.screen.query_one("#empty", Static)
        assert empty.display
        assert "Press a to add" in str(empty.render())


async def test_paragraph_quote_section_and_edge_keys(seed_db: sqlite_utils.Database) -> None:
    app = BriefingApp(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        article = await open_seed(pilot, app)
        assert article.current == 0
        await pilot.press("j", "j", "down")
        assert article.current == 3
        await pilot.press("k", "up")
        assert article.current == 1
        await pilot.press("n")
        assert article.current_quote is not None
        assert article.current_quote["text"].startswith("Putin seeks to maintain Trump")
        await pilot.press("n")
        assert article.current_quote["text"].startswith("Trump is crucial")
        await pilot.press("N")
        assert article.current_quote["text"].startswith("Putin seeks to maintain Trump")
        await pilot.press("G")
        assert article.current == len(article.briefing.paragraphs) - 1
        await pilot.press("g")
        assert article.current == 0
        await pilot.press("right_square_bracket")
        second_section = article.paragraph_at(article.briefing.sections[1]["start"])
        assert article.current == second_section > 0
        await pilot.press("left_square_bracket")
        assert article.current == 0


async def test_panes_switch_with_numbers_and_tab(seed_db: sqlite_utils.Database) -> None:
    app = BriefingApp(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        await open_seed(pilot, app)
        panes = app.screen
        for key, pane in (("3", "figures"), ("4", "quotes"), ("1", "summary"), ("2", "speakers")):
            await pilot.press(key)
            assert panes.active_pane == pane
            assert app.focused is app.screen.query_one(f"#{pane}-list")
        await pilot.press("tab")
        assert panes.active_pane == "figures"
        await pilot.press("shift+tab", "shift+tab", "shift+tab")
        assert isinstance(app.focused, ArticleView)


@pytest.mark.parametrize(
    ("size", "expected"),
    [
        ((160, 48), " 1 Summary   2 Speakers   3 Figures   4 Quotes  "),
        ((100, 30), " 1 Summary   2 Spe   3 Fig   4 Quo  "),
        ((80, 24), " 1 Summary   2   3   4  "),
    ],
)
async def test_every_pane_key_stays_in_sight_in_a_narrow_terminal(
    seed_db: sqlite_utils.Database, size: tuple[int, int], expected: str
) -> None:
    app = BriefingApp(seed_db)
    async with app.run_test(size=size) as pilot:
        await open_seed(pilot, app)
        tabs = app.screen.query_one(PaneTabs)
        assert tabs.render().plain == expected
        await pilot.press("f")
        await pilot.press(*"stanovaya", "enter")
        await pilot.pause()
        shown = tabs.render().plain
        assert all(f" {number} " in shown for number in "123") and " 4 Quotes: Tatiana" in shown


async def test_the_speaker_picker_finds_a_name_typed_without_its_accents(tmp_path: Path) -> None:
    db = open_db(tmp_path / "accents.db")
    document = SourceDocument(
        "t", [RawSection(None, ["“The harbour is safe,” said José Álvarez, the harbour master.", "“We sail at dawn,” Ana Ruiz said."])], title="Port"
    )
    save_analysis(db, analyze(normalize(document)))
    app = BriefingApp(db)
    async with app.run_test(size=SIZE) as pilot:
        article = await open_seed(pilot, app)
        await pilot.press("f", *"alvarez", "enter")
        alvarez = next(e for e in article.briefing.entities if e["name"] == "José Álvarez")
        assert article.selected_speaker == alvarez["id"]


async def test_speaker_filter_lists_stanovaya_including_pronoun_quotes(seed_db: sqlite_utils.Database) -> None:
    app = BriefingApp(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        article = await open_seed(pilot, app)
        await pilot.press("f")
        await pilot.press(*"stanov")
        await pilot.press("enter")
        stanovaya = next(e for e in article.briefing.entities if e["name"] == "Tatiana Stanovaya")
        assert article.selected_speaker == stanovaya["id"]
        quotes = entries_text(app, "#quotes-list")
        assert len(quotes) == 8
        assert any("They are willing to engage in combat" in q for q in quotes)  # "she pointed out"
        assert any("Naturally, they would prefer not to." in q for q in quotes)  # continuation
        await pilot.press("n")
        assert article.current_quote["speaker_id"] == stanovaya["id"]
        await pilot.press("escape")
        assert article.selected_speaker is None
        assert len(entries_text(app, "#quotes-list")) == 23  # every quote but the 5 scare quotes
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)


async def test_selecting_a_speaker_in_the_pane_filters_quotes(seed_db: sqlite_utils.Database) -> None:
    app = BriefingApp(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        article = await open_seed(pilot, app)
        await pilot.press("2")
        speakers = entries_text(app, "#speakers-list")
        assert speakers[0].startswith("Tatiana Stanovaya  8 quotes")
        await pilot.press("enter")
        assert app.screen.active_pane == "quotes"
        assert article.selected_speaker is not None
        assert len(entries_text(app, "#quotes-list")) == 8


async def test_pane_lists_move_by_entry_wrap_long_ones_and_open_on_click(seed_db: sqlite_utils.Database) -> None:
    app = BriefingApp(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        article = await open_seed(pilot, app)
        await pilot.press("4")
        quotes = app.screen.query_one("#quotes-list", EntryList)

        def drawn() -> str:
            return " ".join(" ".join(quotes.render_line(y).text.split()) for y in range(quotes.size.height))

        assert quotes.cursor == 0
        await pilot.press("down", "down", "up")
        assert quotes.cursor == 1
        await pilot.press("end")
        assert quotes.cursor == len(quotes.entries) - 1
        last_words = " ".join(quotes.entries[-1].text.plain.split()[-4:])
        assert last_words in drawn()  # the cursor's entry scrolled into view
        await pilot.press("home")
        assert quotes.cursor == 0 and quotes.scroll_offset.y == 0
        await pilot.press("pagedown")
        assert quotes.cursor > 2
        await pilot.press("pageup")
        assert quotes.cursor == 0
        long_quote = next(e.text.plain.split("\n")[0] for e in quotes.entries if len(e.text.plain.split("\n")[0]) > 2 * quotes.size.width)
        assert " ".join(long_quote.split()) in drawn()  # every word, over wrapped lines
        third = quotes.entries[2].text.plain[:20]
        line = next(y for y in range(quotes.size.height) if third in quotes.render_line(y).text)
        await pilot.click("#quotes-list", offset=(3, line))
        await pilot.pause()
        assert app.focused is article
        assert article.current_quote is not None and third.strip("“")[:15] in article.current_quote["text"]


async def test_page_keys_pass_entries_taller_than_the_pane() -> None:
    class OneList(App[None]):
        def compose(self) -> ComposeResult:
            yield EntryList()

    app = OneList()
    async with app.run_test(size=(20, 6)) as pilot:
        entries = app.query_one(EntryList)
        long = "word " * 30
        entries.set_entries([Entry(Text(f"{name} {long}" if tall else name), key=name) for name, tall in (("a", 0), ("b", 1), ("c", 0), ("d", 1))])
        entries.focus()
        visited = []
        for _ in range(4):
            await pilot.press("pagedown")
            visited.append(entries.cursor)
        assert visited[-1] == 3 and visited == sorted(visited)  # on past every tall entry, to the last
        await pilot.press("pageup", "pageup", "pageup")
        assert entries.cursor == 0
        entries.set_entries([])
        entries.add_entries([Entry(Text("first"), key="first"), Entry(Text("second"), key="second")])
        assert entries.cursor == 0  # entries added to a list without a cursor: on the first
        await pilot.press("down")
        assert entries.cursor == 1


async def test_speaker_view_without_a_match_says_so(seed_db: sqlite_utils.Database) -> None:
    app = BriefingApp(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("S", "slash", *"zzqx")
        speakers = app.screen.query_one("#speaker-list", EntryList)
        assert entries_text(app, "#speaker-list") == ["No speaker matches “zzqx”."]
        assert speakers.cursor is None and entries_text(app, "#speaker-quotes") == []
        await pilot.press("enter", "down", "enter")  # the message is no speaker: nothing opens
        assert isinstance(app.screen, SpeakersScreen)
        await pilot.press("escape")
        assert len(entries_text(app, "#speaker-list")) > 1


async def test_figure_jumps_to_its_paragraph(seed_db: sqlite_utils.Database) -> None:
    app = BriefingApp(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        article = await open_seed(pilot, app)
        await pilot.press("3")
        figures = entries_text(app, "#figures-list")
        kinds = [f.split("\n")[0].rsplit("  ", 1)[1] for f in figures]
        assert kinds.index("date") == len(kinds) - kinds.count("date")  # quantities lead, dates follow
        index = next(i for i, f in enumerate(figures) if f.startswith("1,719 square kilometers"))
        await pilot.press(*["down"] * index, "enter")
        paragraph = article.briefing.paragraphs[article.current]
        assert "1,719 square kilometers" in paragraph["text"]
        assert app.focused is article


async def test_find_moves_to_the_next_match_and_escape_closes(seed_db: sqlite_utils.Database) -> None:
    app = BriefingApp(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        article = await open_seed(pilot, app)
        await pilot.press("slash", *"annexed", "enter")
        first = article.current
        assert "annexed" in article.briefing.paragraphs[first]["text"]
        await pilot.press("enter")
        assert article.current > first and "annexed" in article.briefing.paragraphs[article.current]["text"]
        await pilot.press("escape")
        assert not app.screen.query_one("#find", Input).display
        assert isinstance(app.screen, BriefingScreen)
        await pilot.press("g", "slash", *"Putin", "enter")  # the paragraph under the cursor holds it
        assert article.current == 0
        await pilot.press("enter")
        assert article.current > 0


async def test_highlight_note_and_highlights_screen(seed_db: sqlite_utils.Database) -> None:
    app = BriefingApp(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        article = await open_seed(pilot, app)
        await pilot.press("n", "h")
        [highlight] = list_highlights(seed_db)
        assert highlight["text"].startswith("Putin seeks to maintain Trump")
        await pilot.press("j", "j", "h")  # a paragraph without a quote: the paragraph itself
        assert len(list_highlights(seed_db)) == 2
        await pilot.press("H")
        assert isinstance(app.screen, HighlightsScreen)
        assert app.screen.query_one(DataTable).row_count == 2
        await pilot.press("e", *"check this", "enter")
        assert {h["note"] for h in list_highlights(seed_db)} == {"check this", None}
        await pilot.press("enter")
        assert isinstance(app.screen, BriefingScreen)
        assert app.screen.query_one(ArticleView).current == article.paragraph_at(list_highlights(seed_db)[0]["start"])


async def test_highlights_screen_keeps_its_place_shows_notes_in_80_columns_and_follows_new_ones(
    seed_db: sqlite_utils.Database,
) -> None:
    app = BriefingApp(seed_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_seed(pilot, app)
        for _ in range(4):
            await pilot.press("j", "h")
        await pilot.press("H")
        table = app.screen.query_one(DataTable)
        await pilot.press("down", "down", "e", *"see the map", "enter")
        assert table.cursor_row == 2
        shown = app.screen.query_one(DataTable).render_line(3).text
        assert "see the map" in shown  # the note, in 80 columns, beside its highlight
        await pilot.press("d", "y")
        await pilot.pause()
        assert table.row_count == 3 and table.cursor_row == 2
        await pilot.press("escape", "escape", "H")  # the library's highlights, from the library
        await pilot.press("enter", "G", "h", "escape")  # opened, highlighted there, back
        await pilot.pause()
        assert isinstance(app.screen, HighlightsScreen) and app.screen.query_one(DataTable).row_count == 4


async def test_the_highlights_table_fits_a_terminal_that_shrinks(seed_db: sqlite_utils.Database) -> None:
    app = BriefingApp(seed_db)
    async with app.run_test(size=(160, 40)) as pilot:
        await open_seed(pilot, app)
        await pilot.press("n", "h", "H")
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        assert table.virtual_size.width <= table.size.width and table.max_scroll_x == 0


async def test_highlight_of_a_mouse_selection_over_wrapped_lines(seed_db: sqlite_utils.Database) -> None:
    app = BriefingApp(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        article = await open_seed(pilot, app)
        region = article.paragraph_region(1)  # the second paragraph, wrapped over several lines
        top = region.y - article.styles.gutter.top + article.scroll_offset.y
        start, end = Offset(GUTTER + 3, top), Offset(GUTTER + 8, top + 1)
        app.screen.selections = {article: Selection(start, end)}
        await pilot.press("h")
        [highlight] = list_highlights(seed_db)
        paragraph = article.briefing.paragraphs[1]
        first_line = article.render_line(region.y - article.styles.gutter.top).text[GUTTER:].rstrip()
        assert highlight["start"] == paragraph["start"] + 3
        assert highlight["text"].startswith(first_line[3:])  # the rest of the first line, then on
        assert len(highlight["text"]) > len(first_line) - 3
        assert not app.screen.selections  # used once: the next h highlights the cursor's paragraph
        await pilot.press("j", "j", "h")
        assert len(list_highlights(seed_db)) == 2


async def test_highlight_of_a_selection_on_a_line_that_repeats_the_line_above(tmp_path: Path) -> None:
    chant = tmp_path / "chant.txt"
    chant.write_text("Crowds at the rally\n\nThe crowd kept chanting " + "no more war, " * 30 + "until dusk.\n", encoding="utf-8")
    db = open_db(tmp_path / "chant.db")
    ingest(db, str(chant))
    app = BriefingApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        article = app.screen.query_one(ArticleView)
        first, end = article._paragraph_rows[0]
        assert end - first >= 4  # wrapped over several lines of the same words
        row = first + 3
        shown = article._rows[row][0].plain
        app.screen.selections = {article: Selection(Offset(GUTTER, row), Offset(GUTTER + 12, row))}
        await pilot.press("h")
        [highlight] = list_highlights(db)
        paragraph = article.briefing.paragraphs[0]
        text = article.briefing.article["text"]
        rows_above = sum(len(article._rows[r][0].plain.strip()) + 1 for r in range(first, row))  # each with the space it broke at
        assert highlight["start"] == paragraph["start"] + rows_above
        assert highlight["text"] == shown[:12] == text[highlight["start"] : highlight["end"]]


async def test_a_selection_of_no_article_text_highlights_nothing(seed_db: sqlite_utils.Database) -> None:
    app = BriefingApp(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        article = await open_seed(pilot, app)
        app.screen.selections = {article: Selection(Offset(GUTTER, 0), Offset(GUTTER + 20, 0))}  # in the headline
        await pilot.press("h")
        assert list_highlights(seed_db) == []
        assert any("holds no article text" in str(n.message) for n in app._notifications)
        await pilot.press("h")  # the selection let go: the cursor's paragraph
        assert len(list_highlights(seed_db)) == 1


async def test_keys_act_on_what_the_wheel_scrolled_into_view_and_a_selection_is_used_once(seed_db: sqlite_utils.Database) -> None:
    app = BriefingApp(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        article = await open_seed(pilot, app)
        article.scroll_to(y=45, animate=False, immediate=True)  # as the wheel or the scrollbar would
        await pilot.pause()
        top = round(article.scroll_offset.y)
        first, end = article._paragraph_rows[article.current]
        assert article.current > 0 and end > top and first < top + article.size.height  # the cursor came along
        await pilot.press("h")
        assert any("Highlighted." in str(n.message) for n in app._notifications)
        await pilot.press("h")
        assert any("Already highlighted." in str(n.message) for n in app._notifications)
        assert len(list_highlights(seed_db, app.screen.article_id)) == 1


async def test_resizing_the_terminal_keeps_the_paragraph_cursor(seed_db: sqlite_utils.Database) -> None:
    app = BriefingApp(seed_db)
    async with app.run_test(size=(80, 24)) as pilot:
        article = await open_seed(pilot, app)
        await pilot.press(*["j"] * 20)
        for size in [(160, 48), (80, 24), (120, 40), (80, 24)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            assert article.current == 20, size


async def test_the_highlights_screen_shows_the_current_one_whole_and_home_end_move(seed_db: sqlite_utils.Database) -> None:
    from briefing.store.highlights import set_note

    app = BriefingApp(seed_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_seed(pilot, app)
        await pilot.press("n", "h", "n", "h", "n", "h")
        set_note(seed_db, list_highlights(seed_db)[-1]["id"], "a long note " * 20)
        await pilot.press("H")
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        await pilot.press("end")
        await pilot.pause()
        assert table.cursor_row == table.row_count - 1
        detail = str(app.screen.query_one("#detail", Static).content)
        highlight = app.screen.selected()
        assert highlight["text"] in detail and (not highlight["note"] or highlight["note"] in detail)
        await pilot.press("home")
        assert table.cursor_row == 0


async def test_the_note_of_a_long_highlight_is_in_view_below_the_table(seed_db: sqlite_utils.Database) -> None:
    app = BriefingApp(seed_db)
    async with app.run_test(size=(80, 24)) as pilot:
        article = await open_seed(pilot, app)
        longest = max(article.briefing.paragraphs, key=lambda paragraph: len(paragraph["text"]))  # some 470 characters
        add_highlight(seed_db, article.briefing.article["id"], longest["start"], longest["end"], note="check the figure")
        await pilot.press("H")
        await pilot.pause()
        detail = app.screen.query_one("#detail", Static)
        shown = " ".join(strip.text for strip in detail.render_lines(detail.region.reset_offset))
        assert "Note: check the figure" in shown
        assert " ".join(list_highlights(seed_db)[0]["text"].split()[-4:]) in " ".join(shown.split())  # and the highlight to its end


async def test_a_highlight_whose_words_an_update_took_out_says_so_and_opens_at_the_top(seed_db: sqlite_utils.Database) -> None:
    article_id = seed_db.execute("SELECT id FROM articles").fetchone()[0]
    text = seed_db.execute("SELECT text FROM articles").fetchone()[0]
    start = text.index("Naturally, they would prefer not to.")
    add_highlight(seed_db, article_id, start, start + 36, note="gone")
    seed_db.execute('UPDATE highlights SET start = -1, "end" = -1')  # as re-anchoring leaves it after an update
    seed_db.conn.commit()
    app = BriefingApp(seed_db)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("H")
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        assert str(table.get_cell_at(Coordinate(0, 1))).startswith("[not in the text now] Naturally")
        assert "the briefing was updated without these words" in str(app.screen.query_one("#detail", Static).content)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen) and app.screen.query_one(ArticleView).current == 0
        assert any("no longer in the briefing" in str(n.message) for n in app._notifications)


async def test_delete_highlight_asks_first(seed_db: sqlite_utils.Database) -> None:
    app = BriefingApp(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        await open_seed(pilot, app)
        await pilot.press("n", "h", "H", "d")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert len(list_highlights(seed_db)) == 1
        await pilot.press("d", "y")
        assert list_highlights(seed_db) == []


async def test_copy_quote_with_attribution(seed_db: sqlite_utils.Database) -> None:
    app = BriefingApp(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        await open_seed(pilot, app)
        await pilot.press("n", "y")
        assert app.clipboard.startswith("“Putin seeks to maintain Trump as a potential tool for a transition to peace”")
        assert "— Sergei Markov, a pro-Kremlin political analyst in Moscow" in app.clipboard


@pytest.mark.parametrize("fmt_keys", [("md", []), ("json", ["down"]), ("csv", ["down", "down"])])
async def test_export_each_format_and_read_it_back(
    seed_db: sqlite_utils.Database, private_user_dirs: Path, fmt_keys: tuple[str, list[str]]
) -> None:
    fmt, keys = fmt_keys
    app = BriefingApp(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        await open_seed(pilot, app)
        await pilot.press("x")
        assert isinstance(app.screen, ExportScreen)
        app.screen.query_one("#format").focus()
        await pilot.press(*keys, "enter")  # the arrows choose: Enter exports what they reached
        await app.workers.wait_for_complete()
        await pilot.pause()
        [path] = list((private_user_dirs / "exports").iterdir())
        content = path.read_text(encoding="utf-8")
        assert path.suffix == f".{fmt}"
        if fmt == "md":
            assert content.startswith("# Putin Sees Trump Summit")
            assert "Tatiana Stanovaya" in content
        elif fmt == "json":
            assert "Putin Sees Trump Summit" in json.dumps(json.loads(content))
        else:
            rows = list(csv.DictReader(content.splitlines()))
            assert any(r["speaker"] == "Tatiana Stanovaya" for r in rows)


async def test_export_dialog_exports_what_the_arrows_chose(seed_db: sqlite_utils.Database, private_user_dirs: Path) -> None:
    app = BriefingApp(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        await open_seed(pilot, app)
        await pilot.press("n", "h", "x")
        await pilot.press("down", "tab", "down", "down", "enter")  # its highlights, as CSV
        await app.workers.wait_for_complete()
        await pilot.pause()
        [path] = list((private_user_dirs / "exports").iterdir())
        assert path.suffix == ".csv" and "highlights" in path.name
        [row] = list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))
        assert row["text"].startswith("Putin seeks to maintain Trump")
        await pilot.press("H", "x", "enter")  # the same highlights, from the highlights screen
        await app.workers.wait_for_complete()
        await pilot.pause()
        names = sorted(p.name for p in (private_user_dirs / "exports").iterdir())
        assert names == ["briefing-1-putin-sees-trump-summit-as-crucial-to-achieving-highlights.csv",
                         "briefing-1-putin-sees-trump-summit-as-crucial-to-achieving-highlights.md"]


async def test_exporting_a_picked_speakers_quotes_leaves_out_others_whose_name_holds_theirs(
    tmp_path: Path, private_user_dirs: Path
) -> None:
    db = open_db(tmp_path / "names.db")
    story = harbour_story(
        "“We cannot support this budget,” said Ann Lee, the council leader.",
        "“It is a fair budget,” said Ann Leeson, the opposition spokesperson.",
        "“There is still time to talk,” Ms Lee added.",
    )
    save_analysis(db, analyze(normalize(story)))
    app = BriefingApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await open_seed(pilot, app)
        await pilot.press("f", *"Ann Lee", "enter", "x")
        await pilot.press("tab", "down", "down", "enter")  # Quotes of Ann Lee, as CSV
        await app.workers.wait_for_complete()
        await pilot.pause()
        [path] = list((private_user_dirs / "exports").iterdir())
        rows = list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))
        assert [(r["speaker"], r["text"]) for r in rows] == [
            ("Ann Lee", "We cannot support this budget,"), ("Ann Lee", "There is still time to talk,")
        ]


async def test_export_of_a_briefing_deleted_meanwhile_is_a_notification(seed_db: sqlite_utils.Database, private_user_dirs: Path) -> None:
    app = BriefingApp(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("x")
        delete_article(open_db(database_path(seed_db)), app.screen_stack[-2].selected_id())  # another process
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen) and app.is_running
        assert any("Could not export: no briefing with id" in str(n.message) for n in app._notifications)


async def test_a_figure_in_a_sentence_without_end_shows_the_words_around_it(tmp_path: Path) -> None:
    db = open_db(tmp_path / "giant.db")
    words = " ".join(["the council said growth eased while prices rose"] * 25)  # no full stop in thousands of characters
    story = f"{words} rose by 42 percent in spring {words} fell by 42 percent in autumn {words}"
    save_analysis(db, analyze(normalize(harbour_story(story))))
    app = BriefingApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await open_seed(pilot, app)
        await pilot.press("3")
        contexts = [e.text.plain.split("\n", 1)[1] for e in app.screen.query_one("#figures-list", EntryList).entries if "42 percent" in e.text.plain]
        assert all(c.startswith("…") and c.endswith("…") and len(c) < 300 for c in contexts)
        assert ["by 42 percent in spring" in c for c in contexts] == [True, False]  # each the words around its own
        assert ["by 42 percent in autumn" in c for c in contexts] == [False, True]


async def test_an_untitled_briefing_is_deleted_by_the_name_of_its_source(tmp_path: Path) -> None:
    db = open_db(tmp_path / "untitled.db")
    save_analysis(db, analyze(normalize(SourceDocument("notes/harbour.txt", [RawSection(None, ["Fog closed the port for 3 hours, officials said."])]))))
    app = BriefingApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("d")
        assert isinstance(app.screen, ConfirmScreen) and app.screen.question == "Delete “notes/harbour.txt” and its highlights?"
        await pilot.press("y")
        assert any(str(n.message) == "Deleted “notes/harbour.txt”." for n in app._notifications)


async def test_library_search_sort_and_delete(seed_db: sqlite_utils.Database) -> None:
    load_sample_if_empty(seed_db)  # not empty: nothing is added
    save_analysis(seed_db, analyze(normalize(SourceDocument("s", [RawSection(None, ["A short note about seawalls and 3 storms, the mayor said."])], title="Seawall note"))))
    app = BriefingApp(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        table = app.screen.query_one(LibraryTable)
        assert table.row_count == 2
        await pilot.press("slash", *"preconceived")
        assert table.row_count == 1
        assert "«" not in str(table.rows[0].cells[2]) and "preconceived" in str(table.rows[0].cells[2])
        await pilot.press("escape")
        assert table.row_count == 2
        await pilot.press("s", "s")
        assert "most quotes first" in app.screen.sub_title
        assert "Putin Sees Trump" in str(table.rows[0].cells[1])
        await pilot.press("d")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        assert table.row_count == 1


async def test_search_results_in_80_columns_show_the_match_rather_than_the_counts(seed_db: sqlite_utils.Database) -> None:
    app = BriefingApp(seed_db)
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.screen.query_one(LibraryTable)
        assert "Quotes" in table.render_line(0).text and "Source" not in table.render_line(0).text
        await pilot.press("slash", *"preconceived")
        await pilot.pause()
        header, row = table.render_line(0).text, table.render_line(1).text
        assert "Match" in header and "Quotes" not in header and "preconceived" in row
        await pilot.press("escape")
        await pilot.pause()
        assert "Quotes" in table.render_line(0).text


def notes_library(path: Path, count: int, source: str = "n{number}") -> sqlite_utils.Database:
    """A library of `count` short notes, note n quoting Ann Lee n % 5 times."""
    db = open_db(path)
    for number in range(count):
        said = " ".join(f"“Line {k},” Ann Lee said." for k in range(number % 5))
        document = SourceDocument(source.format(number=number), [RawSection(None, [f"Note {number} on the harbour. {said}"])], title=f"Note {number:02d}")
        save_analysis(db, analyze(normalize(document)))
    return db


async def test_library_table_header_click_sorts_and_keys_move_the_cursor(tmp_path: Path) -> None:
    app = BriefingApp(notes_library(tmp_path / "keys.db", 40))
    async with app.run_test(size=SIZE) as pilot:
        table = app.screen.query_one(LibraryTable)
        quotes_column = next(i for i, c in enumerate(table.columns) if c.key == "quotes")
        x = sum(c.width + 2 for c in table.columns[:quotes_column] if c.width > 0) + 2
        await pilot.click(LibraryTable, offset=(x, 0))  # the Quotes header
        assert "most quotes first" in app.screen.sub_title
        assert str(table.rows[0].cells[quotes_column]) == "4"
        await pilot.press("end")
        assert table.cursor_row == table.row_count - 1
        await pilot.press("home", "pagedown")
        assert table.cursor_row > 1
        await pilot.press("up")
        assert table.cursor_row == table.size.height - 3


async def test_unread_headlines_are_bold_until_opened(tmp_path: Path) -> None:
    db = open_db(tmp_path / "unread.db")
    for number in range(2):
        document = SourceDocument(f"n{number}", [RawSection(None, [f"Note {number}: the harbour master said so."])], title=f"Note {number}")
        save_analysis(db, analyze(normalize(document)))
    app = BriefingApp(db)
    async with app.run_test(size=SIZE) as pilot:
        table = app.screen.query_one(LibraryTable)

        def bold_headline(row: int) -> bool:  # the row under the cursor is bold anyway
            return any(segment.style is not None and segment.style.bold for segment in table.render_line(row + 1) if "Note" in segment.text)

        assert bold_headline(1)
        await pilot.press("down", "enter")
        await pilot.pause()
        await pilot.press("escape", "up")
        await pilot.pause()
        assert not bold_headline(1)


async def test_the_unread_view_pages_on_after_one_was_read(tmp_path: Path) -> None:
    app = BriefingApp(notes_library(tmp_path / "unread.db", 110))
    async with app.run_test(size=SIZE) as pilot:
        library = app.screen
        await pilot.press("v")  # unread
        assert library.sub_title.startswith("110 unread briefings")
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert library.sub_title.startswith("109 unread briefings")  # read now
        library.query_one(LibraryTable).move_cursor(99)  # the next page comes in
        await pilot.pause()
        assert len({row["id"] for row in library.rows}) == 110  # none skipped, none twice


async def test_library_table_clicks_resizes_and_unprintable_sources(tmp_path: Path) -> None:
    app = BriefingApp(notes_library(tmp_path / "clicks.db", 30, source="src\x1b[2J{number}\tend"))
    async with app.run_test(size=(160, 30)) as pilot:
        table = app.screen.query_one(LibraryTable)
        assert all(table.render_line(y).text.isprintable() for y in range(table.size.height))
        await pilot.click(LibraryTable, offset=(20, 3))  # selects the third row
        first = table.rows[table.cursor_row].key
        await pilot.press("s")  # another order: the third row is another briefing now
        await pilot.click(LibraryTable, offset=(20, 3))
        assert isinstance(app.screen, LibraryScreen) and table.rows[table.cursor_row].key != first
        await pilot.press("end")
        await pilot.resize_terminal(160, 12)
        await pilot.pause()
        top = table.scroll_offset.y
        assert top <= table.cursor_row < top + table.scrollable_content_region.height - 1


async def test_add_runs_in_a_worker_and_reports_errors(tmp_path: Path, seed_path: Path) -> None:
    app = BriefingApp(open_db(tmp_path / "add.db"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", *str(seed_path), "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen.query_one(LibraryTable).row_count == 1
        note = tmp_path / "note.txt"
        note.write_text("Harbour note\n\nThe harbour reopened on Friday after 9 days, officials said.\n", encoding="utf-8")
        await pilot.press("a", *str(note), "enter")  # a newer briefing, listed above the cursor's
        await app.workers.wait_for_complete()
        await pilot.pause()
        table = app.screen.query_one(LibraryTable)
        assert table.rows[table.cursor_row].cells[1].plain == "Harbour note" and table.scroll_offset.y == 0
        assert any("1 added, 0 updated, 0 already in the library" in str(n.message) for n in app._notifications)
        await pilot.press("a", *str(tmp_path / "missing.txt"), "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert any("no such file" in str(n.message) for n in app._notifications)
        assert app.screen.query_one(LibraryTable).row_count == 2


@pytest.mark.parametrize(
    ("pasted", "path"),
    [
        (r"/tmp/my\ story\ \(1\).txt", "/tmp/my story (1).txt"),
        ("'/tmp/it'\\''s.txt'", "/tmp/it's.txt"),
        ("\"/tmp/my story.txt\"", "/tmp/my story.txt"),
        ("file:///tmp/my%20story.txt", "/tmp/my story.txt"),
        ("https://example.com/a story", "https://example.com/a story"),
        (r"C:\Users\me\story.txt", r"C:\Users\me\story.txt"),
    ],
)
def test_pasted_paths_are_read_as_the_terminal_escaped_them(pasted: str, path: str) -> None:
    from briefing.screens.add_source import pasted_path

    assert pasted_path(pasted) == path


async def test_a_path_pasted_as_terminals_paste_it_is_added_and_a_feed_keeps_its_title(tmp_path: Path) -> None:
    story = tmp_path / "my story.txt"
    story.write_text("Harbour note\n\nThe harbour reopened on Friday after 9 days, officials said.\n", encoding="utf-8")
    feed = tmp_path / "morning.xml"
    feed.write_text(FEED.replace("<title>Harbour News</title>", "<title>Morning Desk</title>"), encoding="utf-8")
    db = open_db(tmp_path / "pasted.db")
    app = BriefingApp(db)
    async with app.run_test(size=SIZE) as pilot:
        for pasted in (f"'{story}'", f"{feed.as_uri()}"):
            await pilot.press("a", *pasted, "enter")
            await app.workers.wait_for_complete()
            await pilot.pause()
        assert app.screen.query_one(LibraryTable).row_count == 2
        assert [row[0] for row in db.execute("SELECT title FROM feeds")] == ["Morning Desk"]
        quiet = tmp_path / "quiet.xml"
        quiet.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>', encoding="utf-8")
        await pilot.press("a", *str(quiet), "enter")  # a feed with no entries yet is followed all the same
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert db.execute("SELECT count(*) FROM feeds").fetchone()[0] == 2


async def test_the_progress_bar_shows_until_the_last_add_ends(tmp_path: Path, seed_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    import briefing.ingest

    released = threading.Event()
    real_ingest = briefing.ingest.ingest

    def ingest(db: sqlite_utils.Database, spec: str, summary_sentences: int | None = None, on_article: object = None, cancel: object = None) -> list[object]:
        if spec == "slow-feed":
            released.wait(10)  # a feed still downloading
            return []
        return real_ingest(db, spec, summary_sentences, on_article)  # type: ignore[arg-type]

    monkeypatch.setattr(briefing.ingest, "ingest", ingest)
    app = BriefingApp(open_db(tmp_path / "jobs.db"))
    async with app.run_test(size=SIZE) as pilot:
        progress = app.screen.query_one("#progress")
        for spec in ("slow-feed", str(seed_path)):
            await pilot.press("a")
            await until(pilot, lambda: type(app.screen).__name__ == "AddSourceScreen")  # a loaded machine is slow to show it
            await pilot.press(*spec, "enter")
        await until(pilot, lambda: app.screen.query_one(LibraryTable).row_count == 1)
        await pilot.pause()
        assert progress.display  # the feed is still being read
        released.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not progress.display


def test_quitting_during_an_add_still_stores_the_feed_and_subscribes_to_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As a user quits: the app, and its event loop, are gone while the add's worker runs on."""
    import time

    import briefing.ingest

    real_ingest = briefing.ingest.ingest

    def slow_ingest(db: sqlite_utils.Database, spec: str, summary_sentences: int | None = None, on_article: object = None, cancel: object = None) -> object:
        time.sleep(1.0)  # still downloading when the reader quits
        return real_ingest(db, spec, summary_sentences, on_article, cancel)  # type: ignore[arg-type]

    monkeypatch.setattr(briefing.ingest, "ingest", slow_ingest)
    feed = tmp_path / "desk.xml"
    feed.write_text(FEED.replace("<title>Harbour News</title>", "<title>Desk</title>"), encoding="utf-8")
    app = BriefingApp(open_db(tmp_path / "quit.db"))

    async def add_then_quit() -> None:
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("a", *str(feed), "enter")
            await pilot.pause(0.2)
            app.exit()

    asyncio.run(add_then_quit())
    store = open_db(tmp_path / "quit.db")
    for _ in range(100):  # the worker finishes on its own
        if store.execute("SELECT count(*) FROM feeds").fetchone()[0]:
            break
        time.sleep(0.1)
    assert store.execute("SELECT title FROM feeds").fetchall() == [("Desk",)]
    assert store.execute("SELECT count(*) FROM articles WHERE feed_id IS NOT NULL").fetchone()[0] == 1


@pytest.mark.parametrize("job", ["add", "refresh"])
def test_quitting_stops_an_add_or_a_refresh_at_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, job: str) -> None:
    """The worker is told the app quit (it stops after the article being stored) instead of
    keeping the terminal waiting, blank, until a long feed is done."""
    import threading
    import time

    import briefing.ingest
    import briefing.subscriptions

    told: list[bool] = []

    def long_job(*args: object, cancel: threading.Event | None = None, **kwargs: object) -> object:
        told.append(cancel is not None and cancel.wait(timeout=10))  # a long feed, stopping when told
        raise BriefingError("stopped")

    monkeypatch.setattr(briefing.ingest, "ingest", long_job)
    monkeypatch.setattr(briefing.subscriptions, "refresh_feeds", long_job)
    db = open_db(tmp_path / "quit.db")
    feed = tmp_path / "desk.xml"
    feed.write_text(FEED, encoding="utf-8")
    if job == "refresh":
        from briefing.store.feeds import add_feed

        add_feed(db, feed.resolve().as_uri(), "Desk")
    app = BriefingApp(db)

    async def start_then_quit() -> None:
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press(*(["a", *str(feed), "enter"] if job == "add" else ["r"]))
            await pilot.pause(0.2)
            app.exit()

    started = time.monotonic()
    asyncio.run(start_then_quit())
    while not told and time.monotonic() - started < 15:
        time.sleep(0.05)
    assert told == [True]
    assert time.monotonic() - started < 8


async def test_speakers_across_the_library_open_a_briefing_at_the_quote(seed_db: sqlite_utils.Database) -> None:
    app = BriefingApp(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("S")
        assert isinstance(app.screen, SpeakersScreen)
        await pilot.press("slash", *"stanov", "down")  # Down, as Enter, goes back to the list
        assert entries_text(app, "#speaker-list")[0].startswith("Tatiana Stanovaya")
        assert app.focused is app.screen.query_one("#speaker-list", EntryList)
        quotes = entries_text(app, "#speaker-quotes")
        assert len(quotes) == 8
        await pilot.press("enter")  # into her quotes
        await pilot.press("end")
        await pilot.press("enter")
        assert isinstance(app.screen, BriefingScreen)
        article = app.screen.query_one(ArticleView)
        await pilot.pause()
        assert article.current_quote is not None and article.current_quote["text"] == "Naturally, they would prefer not to."


async def test_help_lists_the_keys_of_every_screen(seed_db: sqlite_utils.Database) -> None:
    app = BriefingApp(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = "".join(str(s.render()) for s in app.screen.query(Static))
        for expected in ("Library", "Briefing", "Next quote", "Speakers across the library", "Highlight",
                         "Find in the article", "Next match", "Speaker picker", "Export (x)", "G, end", "Ctrl+P"):
            assert expected in text, expected
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)


async def test_palette_opens_a_briefing_by_headline(seed_db: sqlite_utils.Database) -> None:
    app = BriefingApp(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        await choose_in_palette(pilot, "Putin Sees Trump")
        assert isinstance(app.screen, BriefingScreen)


async def test_screens_are_not_stacked_twice_and_the_palette_lists_the_librarys_highlights(seed_db: sqlite_utils.Database) -> None:
    app = BriefingApp(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_seed(pilot, app)
        await pilot.press("n", "h", "H", "H")
        assert isinstance(app.screen, HighlightsScreen) and len(app.screen_stack) == 4  # default, library, briefing, highlights
        await pilot.press("enter")  # back to the briefing already open, at the highlight
        assert app.screen_stack[-1] is reader.screen and len(app.screen_stack) == 3
        await pilot.press("S", "S")
        assert isinstance(app.screen, SpeakersScreen) and len(app.screen_stack) == 4
        await pilot.press("escape")
        await choose_in_palette(pilot, "Highlights of the library")
        assert isinstance(app.screen, HighlightsScreen) and app.screen.sub_title.startswith("Highlights of the whole library")
        await pilot.press("l")  # opened over a briefing: l switches to that briefing's highlights
        assert app.screen.sub_title.startswith("Highlights of this briefing")


async def test_a_quote_in_the_first_paragraph_is_current_when_the_briefing_opens(tmp_path: Path) -> None:
    db = open_db(tmp_path / "first.db")
    document = SourceDocument("t", [RawSection(None, ["“We are open again,” said harbour master Ines Duarte.", "Crews worked overnight."])], title="Port")
    save_analysis(db, analyze(normalize(document)))
    app = BriefingApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await open_seed(pilot, app)
        await pilot.press("y")
        assert app.clipboard.startswith("“We are open again”") and "Ines Duarte" in app.clipboard


async def test_the_palette_offers_one_keys_command_the_help_of_every_screen(seed_db: sqlite_utils.Database) -> None:
    from textual.command import CommandList

    app = BriefingApp(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p", *"keys")
        await pilot.pause(0.5)
        hits = app.screen.query_one(CommandList)
        prompts = [str(hits.get_option_at_index(i).prompt) for i in range(hits.option_count)]
        assert sum(prompt.startswith("Keys") for prompt in prompts) == 1, prompts
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_the_palette_does_not_open_over_a_dialog(seed_db: sqlite_utils.Database) -> None:
    app = BriefingApp(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        for key in ("d", "a"):  # (the help, which names Ctrl+P, gives way to the palette)
            await pilot.press(key)
            dialog = app.screen
            await pilot.press("ctrl+p")
            await pilot.pause()
            assert app.screen is dialog, key
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, LibraryScreen)


async def test_theme_is_remembered(tmp_path: Path) -> None:
    db = open_db(tmp_path / "theme.db")
    async with BriefingApp(db).run_test() as pilot:
        pilot.app.theme = "nord"
        await pilot.pause()
    assert load_settings()["theme"] == "nord"
    async with BriefingApp(db).run_test() as pilot:
        assert pilot.app.theme == "nord"


async def test_markup_in_article_text_is_shown_literally(tmp_path: Path) -> None:
    db = open_db(tmp_path / "markup.db")
    hostile = "[bold red]Alarm[/] [@click=app.quit]Quit[/] [TODO] and [link=https://example.com]x[/link]"
    document = SourceDocument(source="hostile", title="[b]Headline[/b]", sections=[RawSection(None, [hostile])])
    save_analysis(db, analyze(normalize(document)))
    app = BriefingApp(db)
    async with app.run_test(size=SIZE) as pilot:
        assert "[b]Headline[/b]" in str(app.screen.query_one(LibraryTable).rows[0].cells[1])
        await pilot.press("ctrl+p", *"Headline")
        await pilot.pause(0.3)
        await pilot.press("escape")
        await pilot.press("enter")
        article = app.screen.query_one(ArticleView)
        drawn = "".join(article.render_line(y).text for y in range(article.size.height)).replace("▌", "")
        assert "".join(hostile.split()) in "".join(drawn.split())  # literally, over wrapped lines
        region = article.paragraph_region(0)
        await pilot.click(ArticleView, offset=(region.x, region.y))
        assert app.is_running


async def test_mouse_opens_a_briefing_and_moves_the_cursor(seed_db: sqlite_utils.Database) -> None:
    app = BriefingApp(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.click(LibraryTable, offset=(20, 1))  # a click selects the first row...
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        await pilot.click(LibraryTable, offset=(20, 1))  # ...and a click on the selected row opens it
        await pilot.pause()
        assert isinstance(app.screen, BriefingScreen)
        article = app.screen.query_one(ArticleView)
        region = article.paragraph_region(2)
        await pilot.click(ArticleView, offset=(region.x + 3, region.y))
        assert article.current == 2


async def test_a_large_library_is_shown_page_by_page(tmp_path: Path) -> None:
    db = open_db(tmp_path / "large.db")
    for number in range(230):
        document = SourceDocument(f"n{number}", [RawSection(None, [f"Note {number} says {number} boats left, the harbour master said."])], title=f"Note {number}")
        save_analysis(db, analyze(normalize(document)))
    app = BriefingApp(db)
    async with app.run_test(size=SIZE) as pilot:
        table = app.screen.query_one(LibraryTable)
        assert table.row_count == 100
        assert "230 briefings" in app.screen.sub_title
        table.move_cursor(99)  # to the last row shown: the next page comes in
        await pilot.pause()
        assert table.row_count == 200
        table.scroll_end(animate=False, immediate=True)  # as the mouse wheel would
        await pilot.pause()
        assert table.row_count == 230


FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Harbour News</title><link>https://harbour.example/</link>
<item><title>Ferry strike ends</title><link>https://harbour.example/ferry</link><guid>ferry-1</guid>
<description>The ferry strike ended on Tuesday after 12 days, the union said in a statement to members of the crew and their families at the port.</description></item>
</channel></rss>"""


async def test_views_refresh_and_changes_from_other_processes(tmp_path: Path, seed_path: Path) -> None:
    from briefing.store.feeds import add_feed
    from briefing.subscriptions import feed_location

    db = open_db(tmp_path / "views.db")
    ingest(db, str(seed_path))
    feed = tmp_path / "harbour.xml"
    feed.write_text(FEED, encoding="utf-8")
    add_feed(db, feed_location(str(feed)), "Harbour News")
    app = BriefingApp(db)
    async with app.run_test(size=SIZE) as pilot:
        library = app.screen
        table = library.query_one(LibraryTable)
        await pilot.press("r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert table.row_count == 2
        assert any("1 new" in str(n.message) for n in app._notifications)
        await pilot.press("enter", "escape")  # read the newest briefing
        await pilot.press("v")  # unread
        assert "unread" in library.sub_title and table.row_count == 1
        await pilot.press("v", "v")  # highlighted, then the feed
        assert "Harbour News" in library.sub_title and table.row_count == 1
        await pilot.press("v")
        assert table.row_count == 2

        other = open_db(tmp_path / "views.db")  # another process, say `briefing add` from cron
        save_analysis(other, analyze(normalize(SourceDocument("cron", [RawSection(None, ["Fog closed the port for 3 hours, officials said."])], title="Fog"))))
        await pilot.pause(2.5)
        assert table.row_count == 3

        await pilot.press("v", "v")  # highlighted: none yet
        assert table.row_count == 0
        await pilot.press("ctrl+p", *"Putin Sees", "enter")  # a briefing opened from the palette ...
        await pilot.pause()
        await pilot.press("h", "escape")  # ... highlighted, then back
        await pilot.pause()
        assert "1 highlighted briefing" in library.sub_title and table.row_count == 1
        await pilot.press("v")  # the feed's view, then the feed is unsubscribed elsewhere
        assert "Harbour News" in library.sub_title
        other.execute("DELETE FROM feeds")
        other.conn.commit()
        await pilot.pause(2.5)
        assert library.view == "all" and table.row_count == 3
        assert any("unsubscribed" in str(n.message) for n in app._notifications)


def harbour_story(*paragraphs: str) -> SourceDocument:
    return SourceDocument("harbour.html", [RawSection(None, list(paragraphs))], title="Harbour", url="https://news.example.com/harbour")


async def test_an_open_briefing_updated_or_deleted_elsewhere_is_shown_anew_or_closed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefing.screens.briefing as briefing_screen

    monkeypatch.setattr(briefing_screen, "WATCH_SECONDS", 0.1)
    db = open_db(tmp_path / "watch.db")
    old = ["The port reopened on Friday, officials said.", "Crews cleared the channel overnight."]
    save_analysis(db, analyze(normalize(harbour_story(*old))))
    app = BriefingApp(db)
    told: list[str] = []  # every notification, kept (a slow run may outlast their display time)
    notify = app.notify
    monkeypatch.setattr(app, "notify", lambda message, **options: (told.append(str(message)), notify(message, **options))[1])
    async with app.run_test(size=SIZE) as pilot:
        first = await open_seed(pilot, app)
        await pilot.press("3")  # the figures pane, filled from this version
        other = open_db(tmp_path / "watch.db")  # a feed refresh in another process
        new = ["A longer story: the council met on Monday and voted 7 to 2 to rebuild the harbour wall this year.", *old]
        save_analysis(other, analyze(normalize(harbour_story(*new))))
        await until(pilot, lambda: isinstance(app.screen, BriefingScreen) and app.screen is not first.screen)
        await pilot.pause()  # the new screen shown and placed, before keys are pressed on it
        reader = app.screen
        assert isinstance(reader, BriefingScreen) and reader.briefing.paragraphs[0]["text"] == new[0]
        assert any("updated elsewhere" in message for message in told)
        await pilot.press("G", "h")  # the last paragraph, as now stored
        [highlight] = list_highlights(db, reader.article_id)
        assert highlight["text"] == old[1]
        delete_article(other, reader.article_id)
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen))
        assert any("deleted elsewhere" in message for message in told)


async def test_a_screen_over_the_briefing_stays_when_the_briefing_changes_elsewhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Highlights, help or the speakers view stay on top; the briefing under them is shown anew,
    on the paragraph the reader was on, or closed when they return."""
    import briefing.screens.briefing as briefing_screen

    monkeypatch.setattr(briefing_screen, "WATCH_SECONDS", 0.1)
    db = open_db(tmp_path / "over.db")
    old = [f"Paragraph {n}: the council met and talked about the harbour wall." for n in range(1, 9)]
    save_analysis(db, analyze(normalize(harbour_story(*old))))
    app = BriefingApp(db)
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_seed(pilot, app)
        await pilot.press("j", "j", "j", "j", "question_mark")
        other = open_db(tmp_path / "over.db")
        save_analysis(other, analyze(normalize(harbour_story(*old[2:]))))  # two paragraphs above cut
        await pilot.pause(0.5)
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, BriefingScreen) and app.screen.article is not reader)
        await pilot.pause()
        article = app.screen.query_one(ArticleView)
        assert article.briefing.paragraphs[article.current]["text"] == old[4]
        await pilot.press("H")
        delete_article(other, app.screen.article_id)
        await pilot.pause(0.5)
        assert isinstance(app.screen, HighlightsScreen)
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen))
        assert [type(screen).__name__ for screen in app.screen_stack][-1] == "LibraryScreen"


async def test_a_change_made_as_a_briefing_opens_is_seen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A refresh may commit between reading the briefing and showing it: the first look sees it."""
    import briefing.screens.briefing as briefing_screen

    monkeypatch.setattr(briefing_screen, "WATCH_SECONDS", 0.1)
    db = open_db(tmp_path / "race.db")
    old = ["The port reopened on Friday, officials said.", "Crews cleared the channel overnight."]
    save_analysis(db, analyze(normalize(harbour_story(*old))))
    app = BriefingApp(db)
    async with app.run_test(size=SIZE) as pilot:
        screen = BriefingScreen(db, 1)  # the briefing read ...
        save_analysis(open_db(tmp_path / "race.db"), analyze(normalize(harbour_story("A new first paragraph.", *old))))
        app.push_screen(screen)  # ... then shown
        await until(pilot, lambda: app.screen is not screen)
        assert isinstance(app.screen, BriefingScreen) and app.screen.briefing.paragraphs[0]["text"] == "A new first paragraph."


async def until(pilot, condition: Callable[[], bool], seconds: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    """Let the app run until `condition` holds (or `seconds` pass): a watch fires on a timer."""
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)


@pytest.fixture
def speakers_watch_fast(monkeypatch: pytest.MonkeyPatch) -> None:
    """The speakers view looks for changes made by other processes every 0.1 s, not every 2 s."""
    import briefing.screens.speakers as speakers_screen

    monkeypatch.setattr(speakers_screen, "WATCH_SECONDS", 0.1)


@pytest.mark.usefixtures("speakers_watch_fast")
async def test_the_speakers_view_follows_briefings_added_and_deleted_elsewhere(seed_db: sqlite_utils.Database, tmp_path: Path) -> None:
    app = BriefingApp(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("S")
        await pilot.press("slash", *"stanov", "down")
        assert entries_text(app, "#speaker-list")[0].startswith("Tatiana Stanovaya  8 quotes in 1 briefing")
        other = open_db(database_path(seed_db))  # `briefing add` and `briefing rm` in another process
        story = tmp_path / "later.txt"
        story.write_text("Later\n\n“The talks are stuck,” said Tatiana Stanovaya, a political analyst.\n", encoding="utf-8")
        ingest(other, str(story))
        await until(pilot, lambda: "9 quotes in 2 briefings" in entries_text(app, "#speaker-list")[0])
        assert entries_text(app, "#speaker-list")[0].startswith("Tatiana Stanovaya  9 quotes in 2 briefings")
        assert len(entries_text(app, "#speaker-quotes")) == 9
        seed_id = next(row["id"] for row in other.query("SELECT id FROM articles WHERE title LIKE 'Putin%'"))
        delete_article(other, seed_id)
        await until(pilot, lambda: "1 quote in 1 briefing" in entries_text(app, "#speaker-list")[0])
        assert entries_text(app, "#speaker-list")[0].startswith("Tatiana Stanovaya  1 quote in 1 briefing")
        assert entries_text(app, "#speaker-quotes") == ["“The talks are stuck,”\nLater"]


@pytest.mark.usefixtures("speakers_watch_fast")
async def test_the_speakers_view_keeps_its_place_when_the_store_changes_elsewhere(seed_db: sqlite_utils.Database, tmp_path: Path) -> None:
    app = BriefingApp(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("S")
        await pilot.press("down", "down", "down", "tab", "down", "down")
        screen = app.screen
        speaker, quotes = screen.query_one("#speaker-list", EntryList), screen.query_one("#speaker-quotes", EntryList)
        name, shown, place = screen.current_speaker["name"], len(screen.speakers), (speaker.cursor, quotes.cursor)
        assert place[0] == 3 and place[1] > 0
        story = tmp_path / "later.txt"
        story.write_text("Later\n\n“The talks are stuck,” said Zelda Quorn, a political analyst.\n", encoding="utf-8")
        ingest(open_db(database_path(seed_db)), str(story))  # `briefing add` in another process
        await until(pilot, lambda: len(screen.speakers) == shown + 1)
        await pilot.pause()
        assert screen.current_speaker["name"] == name and (speaker.cursor, quotes.cursor) == place
        assert app.focused is quotes


@pytest.mark.usefixtures("speakers_watch_fast")
async def test_the_speakers_quotes_are_read_again_though_their_count_stays_the_same(tmp_path: Path) -> None:
    bridge, budget = tmp_path / "bridge.txt", tmp_path / "budget.txt"
    bridge.write_text("Bridge\n\n“The bridge must close,” said Zelda Quorn, a political analyst.\n", encoding="utf-8")
    budget.write_text("Budget\n\n“The budget is a mess,” said Zelda Quorn, a political analyst.\n", encoding="utf-8")
    db = open_db(tmp_path / "quorn.db")
    ingest(db, str(bridge))
    app = BriefingApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("S")
        assert entries_text(app, "#speaker-quotes") == ["“The bridge must close,”\nBridge"]
        other = open_db(database_path(db))  # another process: one briefing deleted, another quoting her added
        delete_article(other, other.execute("SELECT id FROM articles").fetchone()[0])
        ingest(other, str(budget))
        await until(pilot, lambda: entries_text(app, "#speaker-quotes") == ["“The budget is a mess,”\nBudget"])
        assert entries_text(app, "#speaker-quotes") == ["“The budget is a mess,”\nBudget"]


async def test_a_highlight_the_reader_did_not_see_is_refused(seed_db: sqlite_utils.Database) -> None:
    """Between two looks for changes, the text under the cursor may have changed in the store:
    the highlight is refused rather than taken from the new text at the old place."""
    app = BriefingApp(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_seed(pilot, app)
        seed_db.execute("UPDATE articles SET text = 'X' || text WHERE id = ?", [app.screen.article_id])
        await pilot.press("h")
        assert list_highlights(seed_db, app.screen.article_id) == []
        assert any("changed since it was opened" in str(n.message) for n in app._notifications)
        assert reader.briefing.highlights == []


async def test_highlights_deleted_from_the_highlights_screen_leave_the_reader(seed_db: sqlite_utils.Database) -> None:
    app = BriefingApp(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_seed(pilot, app)
        await pilot.press("h")
        assert highlighted_segments(reader)
        await pilot.press("H")
        assert isinstance(app.screen, HighlightsScreen)
        await pilot.press("d", "y", "escape")
        await pilot.pause()
        assert app.screen.briefing.highlights == [] and not highlighted_segments(reader)


def highlighted_segments(reader: ArticleView) -> list[str]:
    """The text the reader draws on the highlight colour, in the lines in view."""
    lines = [reader.render_line(y) for y in range(reader.size.height)]
    return [segment.text for line in lines for segment in line if segment.style and segment.style.bgcolor == reader.palette.highlight.bgcolor]


async def test_adding_a_feed_subscribes_to_it(tmp_path: Path) -> None:
    from briefing.store.feeds import list_feeds

    db = open_db(tmp_path / "subscribe.db")
    feed = tmp_path / "harbour.xml"
    feed.write_text(FEED, encoding="utf-8")
    app = BriefingApp(db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", *str(feed), "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen.query_one(LibraryTable).row_count == 1
        [subscription] = list_feeds(db)
        assert subscription["items"] == 1
        await pilot.press("r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen.query_one(LibraryTable).row_count == 1  # the entry is known: not added twice


async def test_a_briefing_deleted_elsewhere_gives_a_notification(seed_db: sqlite_utils.Database) -> None:
    app = BriefingApp(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        delete_article(open_db(database_path(seed_db)), app.screen.selected_id())  # another process
        await pilot.press("enter")
        assert isinstance(app.screen, LibraryScreen)
        assert any("no briefing with id" in str(n.message) for n in app._notifications)


def footer_keys(app: BriefingApp) -> set[str]:
    return {binding.description for binding, _enabled in app.screen.query_one(KeyFooter).shown()}


async def test_the_footer_shows_each_screens_keys(seed_db: sqlite_utils.Database) -> None:
    app = BriefingApp(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        library_keys = footer_keys(app)
        assert {"Search", "Quit"} <= library_keys
        await open_seed(pilot, app)
        briefing_keys = footer_keys(app)
        assert {"Next quote", "Find", "Highlight", "Quit"} <= briefing_keys
        await pilot.press("escape")
        await pilot.pause()
        assert footer_keys(app) == library_keys
        footer = app.screen.query_one(KeyFooter)
        await pilot.click(KeyFooter, offset=(footer.render().plain.index("Search"), 0))  # a click presses the key
        assert isinstance(app.focused, Input)


@pytest.mark.parametrize("width", [80, 160])
async def test_the_key_that_lists_every_key_stays_in_sight_in_a_narrow_terminal(seed_db: sqlite_utils.Database, width: int) -> None:
    app = BriefingApp(seed_db)
    async with app.run_test(size=(width, 24)) as pilot:
        await open_seed(pilot, app)
        bar = app.screen.query_one(KeyFooter).render().plain
        assert " ? Keys " in bar
        assert bar.startswith(" ? Keys ") == (width == 80)  # first only when not every key fits
        keys = bar.split("│")[0].rstrip()
        assert "…" not in keys and all(keys.count(f" {label} ") == 1 for label in ("? Keys", "Find"))  # whole keys only


async def test_section_headings_take_the_colours_of_a_new_theme(seed_db: sqlite_utils.Database) -> None:
    app = BriefingApp(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        article = await open_seed(pilot, app)
        row = next(y for y in range(article.size.height) if article.render_line(y).text.strip() == "Putin and Trump")

        def heading_colour() -> str:
            segment = next(s for s in article.render_line(row) if s.text.strip())
            return str(segment.style.color)

        before = heading_colour()
        app.theme = "gruvbox"
        await pilot.pause()
        await pilot.pause()
        assert heading_colour() != before


async def test_a_light_theme_gets_darker_speaker_tints_and_a_pale_highlight(seed_db: sqlite_utils.Database) -> None:
    app = BriefingApp(seed_db)
    async with app.run_test(size=SIZE) as pilot:
        article = await open_seed(pilot, app)
        await pilot.press("n", "h", "4")
        dark_tint = article.colour_of(article.current_quote["speaker_id"])
        assert dark_tint in DARK_PALETTE.speakers and highlighted_segments(article)
        app.theme = "textual-light"
        await pilot.pause()
        await pilot.pause()
        light_tint = article.colour_of(article.current_quote["speaker_id"])
        assert light_tint == LIGHT_PALETTE.speakers[DARK_PALETTE.speakers.index(dark_tint)]
        assert highlighted_segments(article)  # drawn on the light palette's highlight colour
        first_quote = app.screen.query_one("#quotes-list", EntryList).entries[0].text
        assert any(str(span.style) == light_tint for span in first_quote.spans) or light_tint in str(first_quote.style)
