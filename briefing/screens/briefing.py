"""One briefing: summary, speakers with their quotes, key figures, then the article."""

from __future__ import annotations

import sqlite_utils
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from briefing.store.queries import Briefing, get_briefing


class BriefingScreen(Screen[None]):
    CSS_PATH = "briefing.tcss"
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("j", "scroll(1)", "Down", show=False),
        Binding("k", "scroll(-1)", "Up", show=False),
    ]

    def __init__(self, db: sqlite_utils.Database, article_id: int) -> None:
        super().__init__()
        self.briefing: Briefing = get_briefing(db, article_id)

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="reader"):
            yield Static(_headline(self.briefing), id="headline")
            yield Static(_panel_title("Summary"))
            yield Static(_summary(self.briefing), id="summary")
            yield Static(_panel_title("Speakers"))
            yield Static(_speakers(self.briefing), id="speakers")
            yield Static(_panel_title("Key figures"))
            yield Static(_figures(self.briefing), id="figures")
            yield Static(_panel_title("Article"))
            headings = {s["id"]: s["heading"] for s in self.briefing.sections}
            section_id = None
            for paragraph in self.briefing.paragraphs:
                if paragraph["section_id"] != section_id:
                    section_id = paragraph["section_id"]
                    if headings.get(section_id):
                        yield Static(Text(headings[section_id], style="bold underline"), classes="section-heading")
                yield Static(Text(paragraph["text"]), classes="paragraph")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = self.briefing.article["title"] or ""

    def action_scroll(self, lines: int) -> None:
        self.query_one("#reader", VerticalScroll).scroll_relative(y=lines)


def _panel_title(title: str) -> Text:
    return Text(title.upper(), style="bold")


def _headline(briefing: Briefing) -> Text:
    article = briefing.article
    text = Text(article["title"] or "(untitled)", style="bold")
    meta = " · ".join(str(v) for v in (article["byline"], article["published"], article["url"]) if v)
    if meta:
        text.append("\n" + meta, style="dim")
    return text


def _summary(briefing: Briefing) -> Text:
    return Text("\n".join(f"• {s['text']}" for s in briefing.summary) or "(no summary)")


def _speakers(briefing: Briefing) -> Text:
    text = Text()
    speakers = briefing.speakers()
    if not speakers:
        return Text("No attributed quotes in this article.")
    for entity, quotes in speakers:
        text.append(entity["name"], style="bold")
        if entity["role"]:
            text.append(f", {entity['role']}")
        text.append(f" ({len(quotes)})\n", style="dim")
        for quote in quotes:
            text.append(f"  “{quote['text']}”\n", style="italic")
    return text


def _figures(briefing: Briefing) -> Text:
    text = Text()
    for figure in sorted(briefing.figures, key=lambda f: (f["kind"] == "date", f["start"])):
        text.append(figure["text"], style="bold")
        text.append(f"  {figure['kind']}\n", style="dim")
    return text if briefing.figures else Text("No key figures.")
