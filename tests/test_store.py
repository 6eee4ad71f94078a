"""The SQLite store: schema and migrations, atomic writes, duplicates, highlights, search."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from briefing.analysis.model import Analysis
from briefing.analysis.pipeline import analyze
from briefing.errors import BriefingError
from briefing.reading.document import RawSection, SourceDocument
from briefing.reading.normalize import normalize
from briefing.store import articles
from briefing.store.articles import delete_article, name_key, save_analysis
from briefing.store.database import open_db
from briefing.store.feeds import add_feed, remove_feed
from briefing.store.queries import find_quotes, get_briefing, list_articles, list_speakers, search, search_articles, speaker_quotes
from briefing.store.schema import SCHEMA_VERSION, migrate, schema_version

PARAGRAPHS = [
    "The river rose 2.5 metres overnight and flooded 300 homes in Lowbridge, officials said on Monday.",
    "“We have never seen water this high,” said Maria Lopez, the town's emergency coordinator.",
    "Ms. Lopez said crews would work through the night to reinforce the barriers.",
]


def analysis_of(paragraphs: list[str], url: str | None = None, title: str = "River floods Lowbridge") -> Analysis:
    document = SourceDocument(source="test", title=title, url=url, sections=[RawSection(None, paragraphs)])
    return analyze(normalize(document))


def table_counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        tables = ["articles", "sections", "paragraphs", "entities", "mentions", "quotes", "figures", "summary_sentences", "highlights"]
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


class _ConnectionChangingPlugin:
    """A sqlite-utils plugin as one installed for its CLI would be: it changes every connection."""

    @sqlite_utils.hookimpl
    def prepare_connection(self, conn: sqlite3.Connection) -> None:
        conn.create_function("plugin_was_here", 0, lambda: 1)


def test_sqlite_utils_plugins_do_not_touch_the_store(tmp_path: Path) -> None:
    """Plugins installed for sqlite-utils' own CLI are neither loaded nor run on the store's
    connection: loading them scanned every installed package at each start of the app."""
    plugin = _ConnectionChangingPlugin()
    sqlite_utils.plugins.pm.register(plugin)
    try:
        plain = sqlite_utils.Database(sqlite3.connect(":memory:"))
        assert plain.execute("SELECT plugin_was_here()").fetchone() == (1,)  # the plugin is live
        db = open_db(tmp_path / "b.db")
        with pytest.raises(sqlite3.OperationalError, match="no such function"):
            db.execute("SELECT plugin_was_here()")
    finally:
        sqlite_utils.plugins.pm.unregister(plugin)


def test_new_database_is_migrated_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    db = open_db(tmp_path / "new.db")
    assert schema_version(db) == SCHEMA_VERSION
    assert db.journal_mode == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert {"articles", "quotes", "highlights", "paragraphs_fts", "quotes_fts"} <= set(db.table_names())


def test_migration_from_version_1_indexes_existing_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    legacy = sqlite_utils.Database(conn)
    migrate(legacy, target=1)  # a version-1 database: tables, but no full-text search yet
    assert schema_version(legacy) == 1 and "paragraphs_fts" not in legacy.table_names()
    save_analysis(legacy, analysis_of(PARAGRAPHS))
    conn.close()

    db = open_db(path)
    assert schema_version(db) == SCHEMA_VERSION
    assert [r["article_id"] for r in search(db, "barriers")] == [1]


def test_the_id_of_a_deleted_briefing_or_feed_is_never_given_again(tmp_path: Path) -> None:
    db = open_db(tmp_path / "ids.db")
    first = save_analysis(db, analysis_of(PARAGRAPHS, title="First")).article_id
    second = save_analysis(db, analysis_of(["Another story, the council said."], title="Second")).article_id
    delete_article(db, second)  # the last one: SQLite alone would give its id again
    third = save_analysis(db, analysis_of(["A third story, officials said."], title="Third")).article_id
    assert (first, second, third) == (1, 2, 3)
    feed, _ = add_feed(db, "https://example.com/a.xml")
    remove_feed(db, feed)
    assert add_feed(db, "https://example.com/b.xml")[0] == feed + 1


def test_a_store_from_before_ids_were_kept_numbers_after_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    legacy = sqlite_utils.Database(conn)
    migrate(legacy, target=SCHEMA_VERSION - 1)
    for number in range(3):
        save_analysis(legacy, analysis_of([f"Story {number}: the council met, officials said."], title=f"Story {number}"))
    conn.close()
    db = open_db(path)
    delete_article(db, 3)
    assert save_analysis(db, analysis_of(["A new story, officials said."], title="New")).article_id == 4


def test_processes_creating_the_same_new_store_at_once_all_succeed(tmp_path: Path) -> None:
    """Cron's refresh and the app may both open a store that does not exist yet."""
    import subprocess
    import sys

    import time

    # each process waits for the same moment, its imports done, then opens the store
    script = "import sys, time; from briefing.store.database import open_db; time.sleep(float(sys.argv[2]) - time.time()); open_db(sys.argv[1])"
    for attempt in range(3):
        path = tmp_path / f"new-{attempt}.db"
        start = str(time.time() + 1.5)
        processes = [subprocess.Popen([sys.executable, "-c", script, str(path), start], stderr=subprocess.PIPE, text=True) for _ in range(4)]
        errors = [process.communicate(timeout=60)[1] for process in processes]
        assert [process.returncode for process in processes] == [0] * 4, errors
        assert schema_version(open_db(path)) == SCHEMA_VERSION


def test_a_number_beyond_64_bits_is_stored_exactly(tmp_path: Path) -> None:
    db = open_db(tmp_path / "big.db")
    save_analysis(db, analysis_of(["The account 123456789012345678901234 was closed on Monday, the bank said."]))
    assert ("123456789012345678901234", "123456789012345678901234") in db.execute("SELECT text, value FROM figures").fetchall()


def test_a_highlight_is_checked_against_the_text_it_is_written_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another process may store a new version of the article just before the highlight is
    written: the check of what the reader saw is made inside the write, on the stored text."""
    import contextlib

    import briefing.store.highlights as highlights

    db = open_db(tmp_path / "race.db")
    saved = save_analysis(db, analysis_of(PARAGRAPHS))
    text = db.execute("SELECT text FROM articles").fetchone()[0]
    shown = text[: text.index(".") + 1]
    real_transaction = highlights.write_transaction

    @contextlib.contextmanager
    def after_a_rewrite(store: sqlite_utils.Database):  # type: ignore[no-untyped-def]
        other = open_db(tmp_path / "race.db")  # the other process commits first
        other.execute("UPDATE articles SET text = 'Updated: ' || text")
        other.conn.commit()
        with real_transaction(store) as inside:
            yield inside

    monkeypatch.setattr(highlights, "write_transaction", after_a_rewrite)
    with pytest.raises(BriefingError, match="changed since it was opened"):
        highlights.add_highlight(db, saved.article_id, 0, len(shown), shown=shown)
    assert db.execute("SELECT count(*) FROM highlights").fetchone()[0] == 0


def test_a_newer_database_is_refused_with_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(BriefingError, match="newer than this briefing"):
        open_db(path)


def test_same_article_twice_is_stored_once(tmp_path: Path) -> None:
    db = open_db(tmp_path / "dup.db")
    first = save_analysis(db, analysis_of(PARAGRAPHS))
    second = save_analysis(db, analysis_of(PARAGRAPHS))
    assert (first.status, second.status) == ("new", "unchanged")
    assert first.article_id == second.article_id
    assert len(list_articles(db)) == 1


def test_same_url_with_new_text_updates_and_keeps_highlights(tmp_path: Path) -> None:
    path = tmp_path / "update.db"
    db = open_db(path)
    saved = save_analysis(db, analysis_of(PARAGRAPHS, url="https://example.com/flood"))
    excerpt = "We have never seen water this high"
    start = get_briefing(db, saved.article_id).article["text"].index(excerpt)
    db.execute(
        'INSERT INTO highlights (article_id, start, "end", text, note, created_at) VALUES (?, ?, ?, ?, ?, ?)',
        [saved.article_id, start, start + len(excerpt), excerpt, "check this", "2026-01-01"],
    )
    db.conn.commit()

    updated = ["Update: the water has started to fall.", *PARAGRAPHS]
    again = save_analysis(db, analysis_of(updated, url="https://example.com/flood"))
    assert (again.article_id, again.status) == (saved.article_id, "updated")
    briefing = get_briefing(db, saved.article_id)
    [highlight] = briefing.highlights
    assert highlight["note"] == "check this"
    assert briefing.article["text"][highlight["start"] : highlight["end"]] == excerpt
    assert table_counts(path)["articles"] == 1


def test_a_failure_half_way_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "atomic.db"
    db = open_db(path)
    save_analysis(db, analysis_of(PARAGRAPHS))
    before = table_counts(path)
    real_insert = articles._insert_analysis

    def insert_then_fail(*args, **kwargs):  # type: ignore[no-untyped-def]
        real_insert(*args, **kwargs)
        raise RuntimeError("disk full")

    monkeypatch.setattr(articles, "_insert_analysis", insert_then_fail)
    with pytest.raises(RuntimeError):
        save_analysis(db, analysis_of(["A different article about 40 new buses, the mayor said."], title="Buses"))
    assert table_counts(path) == before


def test_deleting_an_article_removes_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "delete.db"
    db = open_db(path)
    saved = save_analysis(db, analysis_of(PARAGRAPHS))
    articles.delete_article(db, saved.article_id)
    assert set(table_counts(path).values()) == {0}
    assert search(db, "barriers") == []


@pytest.mark.parametrize(
    "query",
    ['"unbalanced', "NEAR(", "*", "-", '"', "'; DROP TABLE articles; --", "water AND", "OR", "^", "(", "col:water", ""],
)
def test_search_never_fails_on_user_input(tmp_path: Path, query: str) -> None:
    db = open_db(tmp_path / "fts.db")
    save_analysis(db, analysis_of(PARAGRAPHS))
    assert isinstance(search(db, query), list)
    assert len(list_articles(db)) == 1


def test_search_ranks_and_marks_matches_and_finds_prefixes(tmp_path: Path) -> None:
    db = open_db(tmp_path / "rank.db")
    save_analysis(db, analysis_of(PARAGRAPHS))
    results = search(db, "never seen wat")
    assert results and results[0]["kind"] in ("quote", "paragraph")
    assert "«never»" in results[0]["snippet"]


def test_quotes_by_speaker_across_articles(tmp_path: Path) -> None:
    db = open_db(tmp_path / "speakers.db")
    save_analysis(db, analysis_of(PARAGRAPHS))
    other = ["“The barriers held,” Ms. Lopez said on Tuesday.", "Maria Lopez thanked the volunteers."]
    save_analysis(db, analysis_of(other, title="Barriers hold"))
    quotes = find_quotes(db, speaker="lopez")
    assert len(quotes) == 2
    assert {q["article_title"] for q in quotes} == {"River floods Lowbridge", "Barriers hold"}


def test_name_key_merges_titles_and_initials() -> None:
    assert name_key("Vladimir V. Putin") == name_key("President Vladimir Putin") == "vladimir putin"
    assert name_key("Mr. Trump") == "trump"
    assert name_key("James R. Knight Jr.") == name_key("James Knight") == "james knight"


@pytest.mark.parametrize("order", ["surname first", "full name first"])
def test_a_speaker_is_merged_across_articles_by_name(tmp_path: Path, order: str) -> None:
    db = open_db(tmp_path / "merge.db")
    surname_only = analysis_of(["“We will not retreat,” Mr. Putin said on Friday."], title="Putin speaks")
    full_name = analysis_of(["“The talks were useful,” said Vladimir Putin, the Russian president."], title="Talks")
    for analysis in ([surname_only, full_name] if order == "surname first" else [full_name, surname_only]):
        save_analysis(db, analysis)
    [speaker] = [s for s in list_speakers(db) if "putin" in s["key"]]
    assert (speaker["name"], speaker["quote_count"], speaker["article_count"]) == ("Vladimir Putin", 2, 2)
    assert len(speaker_quotes(db, speaker["key"])) == 2
    # `briefing quotes --speaker` finds them however the name is written
    assert [len(find_quotes(db, speaker=name)) for name in ("Vladimir Putin", "Mr. Putin", "putin", "[", '"')] == [2, 2, 2, 0, 0]


def test_a_speaker_is_found_in_any_case_of_any_script(tmp_path: Path) -> None:
    db = open_db(tmp_path / "scripts.db")
    save_analysis(db, analysis_of(["“Art is nature seen through a temperament,” Émile Zola said."], title="Zola"))
    assert len(find_quotes(db, speaker="émile")) == len(find_quotes(db, speaker="ÉMILE ZOLA")) == 1


def test_a_speaker_written_with_and_without_accents_is_one_speaker(tmp_path: Path) -> None:
    """One paper writes "José Álvarez", another "Jose Alvarez": one speaker across the library,
    found by either spelling, as an analyst typing without accents expects."""
    db = open_db(tmp_path / "accents.db")
    save_analysis(db, analysis_of(["“The harbour is safe,” said José Álvarez, the harbour master."], title="Harbour"))
    save_analysis(db, analysis_of(["“We reopen on Monday,” said Jose Alvarez, the harbour master."], title="Reopening"))
    [speaker] = list_speakers(db, "alvarez")
    assert (speaker["quote_count"], speaker["article_count"]) == (2, 2)
    assert list_speakers(db, "Álvarez") == [speaker]
    assert [len(find_quotes(db, speaker=name)) for name in ("Alvarez", "álvarez", "José Álvarez", "Jose Alvarez")] == [2, 2, 2, 2]


def version_5_library(path: Path, paragraphs: list[str], old_keys: dict[str, str]) -> None:
    """A library as version 5 left it: speaker keys keeping their accents (`old_keys`: a speaker's
    name and the key version 5 gave it), the speaker index counted from them."""
    conn = sqlite3.connect(path)
    legacy = sqlite_utils.Database(conn)
    migrate(legacy, target=5)
    for number, paragraph in enumerate(paragraphs):
        save_analysis(legacy, analysis_of([paragraph], title=f"Story {number}"))
    for speaker, key in old_keys.items():
        legacy.execute("UPDATE quotes SET speaker_key = ? WHERE speaker = ?", [key, speaker])
    legacy.execute("DELETE FROM speakers")
    articles.refresh_speakers(legacy, {row[0] for row in legacy.execute("SELECT speaker_key FROM quotes WHERE speaker_key IS NOT NULL")})
    legacy.conn.commit()
    conn.close()


def test_a_library_from_before_accents_were_folded_has_its_speakers_merged(tmp_path: Path) -> None:
    version_5_library(
        tmp_path / "old.db",
        [
            "“The harbour is safe,” said José Álvarez, the harbour master.",
            "“We reopen on Monday,” said Jose Alvarez, the harbour master.",
            "“Nobody told us,” one resident complained.",  # no speaker key
        ],
        {"José Álvarez": "josé álvarez"},
    )
    db = open_db(tmp_path / "old.db")
    assert [(s["key"], s["quote_count"]) for s in list_speakers(db)] == [("jose alvarez", 2)]


def test_a_bare_surname_joins_the_full_name_its_accents_folded_into(tmp_path: Path) -> None:
    version_5_library(
        tmp_path / "old.db",
        ["“The harbour is safe,” said José Álvarez, the harbour master.", "“We reopen on Monday,” Mr. Alvarez said."],
        {"José Álvarez": "josé álvarez", "Alvarez": "alvarez"},  # the bare surname under a key of its own
    )
    db = open_db(tmp_path / "old.db")
    assert [(s["key"], s["quote_count"]) for s in list_speakers(db)] == [("jose alvarez", 2)]


def test_a_home_page_url_does_not_make_articles_replace_each_other(tmp_path: Path) -> None:
    db = open_db(tmp_path / "home.db")
    first = save_analysis(db, analysis_of(PARAGRAPHS, url="https://news.example.com/"))
    second = save_analysis(db, analysis_of(["A different story about 40 new buses, the mayor said."], url="https://news.example.com/", title="Buses"))
    assert first.article_id != second.article_id and second.status == "new"
    assert len(list_articles(db)) == 2


def test_words_of_scripts_written_without_spaces_are_found_inside_a_run(tmp_path: Path) -> None:
    db = open_db(tmp_path / "cjk.db")
    text = "这是一个中文段落，港口周五重新开放。"
    save_analysis(db, analyze(normalize(SourceDocument("cjk", [RawSection(None, [text, "The port reopened on Friday."])], title="港口"))))
    [found] = search_articles(db, "段落")
    assert found["snippet"] == "这是一个中文«段落»，港口周五重新开放。…"
    assert [hit["snippet"] for hit in search(db, "重新开放")] == ["这是一个中文段落，港口周五«重新开放»。…"]
    assert [hit["snippet"] for hit in search(db, "段落 港口")] == ["这是一个中文«段落»，港口周五重新开放。…"]  # every word, once
    assert search(db, "这是一个中文段落") and len(search(db, "这是一个中文段落")) == 1  # the index's own match, not twice
    assert search_articles(db, "不在") == [] and search(db, "段落 不在") == []
