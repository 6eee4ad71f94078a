"""The Textual app, driven by its Pilot on a real store."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Static

from briefing.analysis.pipeline import analyze
from briefing.app import BriefingApp
from briefing.reading.document import RawSection, SourceDocument
from briefing.reading.normalize import normalize
from briefing.sample import load_sample_if_empty
from briefing.screens.briefing import BriefingScreen
from briefing.screens.library import LibraryScreen
from briefing.store.articles import save_analysis
from briefing.store.database import open_db


async def test_first_run_shows_the_sample_and_opens_it(tmp_path: Path) -> None:
    db = open_db(tmp_path / "app.db")
    load_sample_if_empty(db)
    app = BriefingApp(db)
    async with app.run_test(size=(100, 30)) as pilot:
        assert isinstance(app.screen, LibraryScreen)
        table = app.screen.query_one(DataTable)
        assert table.row_count == 1
        assert "Harbour Town Votes" in str(table.get_row_at(0)[1])
        await pilot.press("enter")
        assert isinstance(app.screen, BriefingScreen)
        speakers = str(app.screen.query_one("#speakers", Static).render())
        assert "Helen Okafor" in speakers and "David Marsh" in speakers
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)


async def test_empty_library_explains_what_to_do(tmp_path: Path) -> None:
    app = BriefingApp(open_db(tmp_path / "empty.db"))
    async with app.run_test():
        empty = app.screen.query_one("#empty", Static)
        assert empty.display
        assert "briefing add" in str(empty.render())


async def test_markup_in_article_text_is_shown_literally(tmp_path: Path) -> None:
    db = open_db(tmp_path / "markup.db")
    hostile = "[bold red]Alarm[/] [@click=app.quit]Quit[/] [TODO] and [link=https://example.com]x[/link]"
    document = SourceDocument(source="hostile", title="[b]Headline[/b]", sections=[RawSection(None, [hostile])])
    save_analysis(db, analyze(normalize(document)))
    app = BriefingApp(db)
    async with app.run_test(size=(120, 30)) as pilot:
        assert "[b]Headline[/b]" in str(app.screen.query_one(DataTable).get_row_at(0)[1])
        await pilot.press("enter")
        paragraph = app.screen.query(".paragraph").first(Static)
        assert str(paragraph.render()) == hostile
        await pilot.click(".paragraph")
        assert app.is_running
