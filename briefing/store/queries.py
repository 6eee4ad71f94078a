"""Reading briefings back: the library, one briefing, quotes across the library, search."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from briefing.errors import BriefingError
from briefing.store.articles import key_words, name_key
from briefing.text import UNSPACED_SCRIPT

_SEARCH_TERM = re.compile(r"\w+")
_ARTICLE_COLUMNS = """a.id, a.title, a.byline, a.published, a.url, a.source, a.added_at, f.title AS feed_title,
    a.quote_count AS quotes, a.speaker_count AS speakers, a.figure_count AS figures, a.read_at"""
_QUOTE_COLUMNS = """q.id, q.article_id, a.title AS article_title, a.published, a.url, a.source, q.start, q."end",
    q.text, q.kind, q.speaker, q.utterance, e.role AS speaker_role"""
# Paragraphs and quotes matching an FTS query (:query), each with a snippet of {tokens} tokens.
_TEXT_MATCHES = """
    SELECT 'paragraph' AS kind, p.article_id, p.start,
           snippet(paragraphs_fts, 0, '«', '»', '…', {tokens}) AS snippet, bm25(paragraphs_fts) AS rank
    FROM paragraphs_fts JOIN paragraphs p ON p.rowid = paragraphs_fts.rowid
    WHERE paragraphs_fts MATCH :query
    UNION ALL
    SELECT 'quote', q.article_id, q.start, snippet(quotes_fts, 0, '«', '»', '…', {tokens}), bm25(quotes_fts)
    FROM quotes_fts JOIN quotes q ON q.rowid = quotes_fts.rowid
    WHERE quotes_fts MATCH :query
"""
# Scripts written without spaces between words (Thai, Lao, Myanmar, Khmer, Japanese, Chinese):
# the full-text index holds a run of them as one word, so that a word inside it is found by its
# characters instead, in paragraphs the index did not match already.
_PARAGRAPHS_HOLDING = """
    UNION ALL
    SELECT 'paragraph', p.article_id, p.start,
           CASE WHEN instr(p.text, :needle0) > 31 THEN '…' ELSE '' END
           || substr(p.text, max(1, instr(p.text, :needle0) - 30), min(30, instr(p.text, :needle0) - 1))
           || '«' || :needle0 || '»' || substr(p.text, instr(p.text, :needle0) + length(:needle0), 30) || '…', 0.0
    FROM paragraphs p WHERE {holding}
    AND p.rowid NOT IN (SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH :query)
"""


def _text_matches(user_text: str, tokens: int) -> tuple[str, dict[str, str]]:
    """The SQL of the paragraphs and quotes matching the user's text (see _TEXT_MATCHES), with
    the parameters it needs beside :query: in a script without spaces, each word is looked for
    in the paragraphs' characters."""
    sql = _TEXT_MATCHES.format(tokens=tokens)
    if not UNSPACED_SCRIPT.search(user_text):
        return sql, {}
    needles = {f"needle{i}": word for i, word in enumerate(user_text.split())}
    holding = " AND ".join(f"instr(p.text, :{name}) > 0" for name in needles)
    return sql + _PARAGRAPHS_HOLDING.format(holding=holding), needles


ARTICLE_ORDERS = {
    "date": "coalesce(a.published, a.added_at) DESC, a.id DESC",
    "headline": "a.title COLLATE NOCASE, a.id",
    "quotes": "a.quote_count DESC, a.id DESC",
    "speakers": "a.speaker_count DESC, a.id DESC",
    "figures": "a.figure_count DESC, a.id DESC",
}


def _view_filter(view: str) -> tuple[str, list[Any]]:
    """The WHERE clause of a library view: "all", "unread", "highlighted" or "feed:ID"."""
    if view == "unread":
        return "WHERE a.read_at IS NULL", []
    if view == "highlighted":
        return "WHERE EXISTS (SELECT 1 FROM highlights h WHERE h.article_id = a.id)", []
    if view.startswith("feed:"):
        return "WHERE a.feed_id = ?", [int(view.removeprefix("feed:"))]
    return "", []


def list_articles(
    db: sqlite_utils.Database, order: str = "date", limit: int = -1, offset: int = 0, view: str = "all"
) -> list[dict[str, Any]]:
    """Briefings with their counts of quotes, speakers and figures, newest first by default;
    `limit` and `offset` read a large library a page at a time, `view` narrows it."""
    where, params = _view_filter(view)
    return list(
        db.query(
            f"""
            SELECT {_ARTICLE_COLUMNS}
            FROM articles a LEFT JOIN feeds f ON f.id = a.feed_id {where}
            ORDER BY {ARTICLE_ORDERS[order]} LIMIT ? OFFSET ?
            """,
            [*params, limit, offset],
        )
    )


def count_articles(db: sqlite_utils.Database, view: str = "all") -> int:
    where, params = _view_filter(view)
    return db.execute(f"SELECT count(*) FROM articles a {where}", params).fetchone()[0]



def read_marks(db: sqlite_utils.Database, article_ids: list[int]) -> dict[int, str]:
    """When each of these briefings was first opened, for those that have been."""
    rows = db.execute(
        "SELECT id, read_at FROM articles WHERE id IN (SELECT value FROM json_each(?)) AND read_at IS NOT NULL",
        [json.dumps(article_ids)],
    )
    return dict(rows.fetchall())


@dataclass
class Briefing:
    """One stored briefing, with everything the reader and `show` need."""

    article: dict[str, Any]
    sections: list[dict[str, Any]]
    paragraphs: list[dict[str, Any]]
    entities: list[dict[str, Any]]
    mentions: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    figures: list[dict[str, Any]]
    summary: list[dict[str, Any]]
    highlights: list[dict[str, Any]]

    def speakers(self) -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
        """Each speaker entity with its quotes, most quoted first."""
        by_speaker: dict[int, list[dict[str, Any]]] = {}
        for quote in self.quotes:
            if quote["speaker_id"] is not None:
                by_speaker.setdefault(quote["speaker_id"], []).append(quote)
        entities = {e["id"]: e for e in self.entities}
        ranked = sorted(by_speaker.items(), key=lambda item: (-len(item[1]), item[1][0]["start"]))
        return [(entities[entity_id], quotes) for entity_id, quotes in ranked]

    def figures_in_order(self) -> list[dict[str, Any]]:
        """Quantities first, dates after: a reader scans the numbers an article rests on."""
        return sorted(self.figures, key=lambda f: (f["kind"] == "date", f["start"]))

    def quotes_of(self, speaker_id: int | None = None) -> list[dict[str, Any]]:
        """Quotes someone may have said (scare quotes left out), of one speaker if given."""
        return [q for q in self.quotes if q["kind"] != "scare" and (speaker_id is None or q["speaker_id"] == speaker_id)]

    def entity(self, entity_id: int | None) -> dict[str, Any] | None:
        return next((e for e in self.entities if e["id"] == entity_id), None)


def get_briefing(db: sqlite_utils.Database, article_id: int) -> Briefing:
    rows = list(db.query("SELECT * FROM articles WHERE id = ?", [article_id]))
    if not rows:
        raise BriefingError(f"no briefing with id {article_id}")

    def children(table: str) -> list[dict[str, Any]]:
        return list(db.query(f"SELECT * FROM {table} WHERE article_id = ? ORDER BY start, id", [article_id]))

    entities = list(db.query("SELECT * FROM entities WHERE article_id = ? ORDER BY number", [article_id]))
    for entity in entities:
        entity["aliases"] = json.loads(entity["aliases"])
    return Briefing(
        article=rows[0],
        sections=children("sections"),
        paragraphs=children("paragraphs"),
        entities=entities,
        mentions=children("mentions"),
        quotes=children("quotes"),
        figures=children("figures"),
        summary=children("summary_sentences"),
        highlights=article_highlights(db, article_id),
    )


def article_highlights(db: sqlite_utils.Database, article_id: int) -> list[dict[str, Any]]:
    """The highlights of one briefing, as the reader marks them."""
    return list(db.query("SELECT * FROM highlights WHERE article_id = ? ORDER BY start, id", [article_id]))


def article_stamp(db: sqlite_utils.Database, article_id: int) -> tuple[str, str] | None:
    """What changes when a briefing is stored anew, its text or its analysis: when and which text
    (None: it is gone), for readers that watch it."""
    row = db.execute("SELECT updated_at, text_hash FROM articles WHERE id = ?", [article_id]).fetchone()
    return (row[0], row[1]) if row else None


def find_quotes(
    db: sqlite_utils.Database, speaker: str | None = None, article_id: int | None = None, speaker_id: int | None = None
) -> list[dict[str, Any]]:
    """Attributed and unattributed quotes (scare quotes left out) across the library; with
    `speaker`, those of the speakers whose name holds it, matched as the library merges speakers
    (by `speaker_key`: titles and initials aside, any case, any script), so that "Mr. Putin",
    "Putin" and "Vladimir Putin" find the same quotes; with `speaker_id`, those of that one
    entity (a speaker picked in a briefing, not others whose name holds theirs)."""
    where = ["q.kind != 'scare'"]
    params: list[Any] = []
    if speaker_id is not None:
        where.append("q.speaker_id = ?")
        params.append(speaker_id)
    if speaker:
        where.append("q.speaker_key LIKE ? ESCAPE '\\'")
        params.append("%" + _like_escape(name_key(speaker)) + "%")
    if article_id is not None:
        where.append("q.article_id = ?")
        params.append(article_id)
    return list(
        db.query(
            f"""
            SELECT {_QUOTE_COLUMNS}
            FROM quotes q JOIN articles a ON a.id = q.article_id
            LEFT JOIN entities e ON e.id = q.speaker_id
            WHERE {' AND '.join(where)}
            ORDER BY coalesce(a.published, a.added_at) DESC, q.article_id DESC, q.start
            """,
            params,
        )
    )


def fts_query(user_text: str) -> str | None:
    """User text as a safe FTS5 query: each word a quoted term, the last one a prefix."""
    terms = _SEARCH_TERM.findall(user_text)
    if not terms:
        return None
    quoted = [f'"{term}"' for term in terms]
    quoted[-1] += "*"
    return " ".join(quoted)


def search(db: sqlite_utils.Database, user_text: str, limit: int = 50) -> list[dict[str, Any]]:
    """Paragraphs and quotes matching every word, best first, with the match marked in a snippet."""
    query = fts_query(user_text)
    if query is None:
        return []
    matches, needles = _text_matches(user_text, 12)
    return list(
        db.query(
            f"""
            SELECT m.kind, m.article_id, a.title, m.start, m.snippet, m.rank
            FROM ({matches}) m JOIN articles a ON a.id = m.article_id
            ORDER BY m.rank LIMIT :limit
            """,
            {"query": query, "limit": limit, **needles},
        )
    )


def list_speakers(
    db: sqlite_utils.Database, name_filter: str = "", limit: int = 100, offset: int = 0, from_end: bool = False
) -> list[dict[str, Any]]:
    """Speakers across the library, merged by name, most quoted first; filtered by a name part.
    `from_end` counts `offset` and `limit` from the least quoted (a page at the list's end)."""
    order = "quote_count, name DESC, key DESC" if from_end else "quote_count DESC, name, key"
    rows = list(
        db.query(
            f"""SELECT key, name, role, quote_count, article_count, last_seen FROM speakers
               WHERE name LIKE :pattern ESCAPE '\\' OR key LIKE :key_pattern ESCAPE '\\'
               ORDER BY {order} LIMIT :limit OFFSET :offset""",
            {
                "pattern": "%" + _like_escape(name_filter.strip()) + "%",
                "key_pattern": "%" + _like_escape(key_words(name_filter)) + "%",
                "limit": limit,
                "offset": offset,
            },
        )
    )
    return rows[::-1] if from_end else rows


def speaker_quotes(
    db: sqlite_utils.Database, key: str, limit: int = -1, offset: int = 0, from_end: bool = False
) -> list[dict[str, Any]]:
    """The quotes of one speaker across the library, most recently added briefing first;
    `from_end` counts `offset` and `limit` from the oldest (a page at the list's end).

    Ordered along the (speaker_key, article_id) index either way, so that a page of a speaker
    quoted in thousands of briefings is read without sorting them all."""
    order = "q.article_id, q.start DESC, q.id DESC" if from_end else "q.article_id DESC, q.start, q.id"
    rows = list(
        db.query(
            f"""SELECT {_QUOTE_COLUMNS}
               FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = q.speaker_id
               WHERE q.speaker_key = ?
               ORDER BY {order} LIMIT ? OFFSET ?""",
            [key, limit, offset],
        )
    )
    return rows[::-1] if from_end else rows


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_articles(db: sqlite_utils.Database, user_text: str, limit: int = 200) -> list[dict[str, Any]]:
    """Briefings whose headline, paragraphs or quotes match, best first, each with its best match.

    A headline match ranks above any match in the text; the snippet marks matches with « ».
    """
    query = fts_query(user_text)
    if query is None:
        return []
    matches, needles = _text_matches(user_text, 10)
    return list(
        db.query(
            f"""
            WITH hits AS (
                SELECT article_id, rank, snippet FROM ({matches})
                UNION ALL
                SELECT id, -1000.0, title FROM articles WHERE title LIKE :like ESCAPE '\\'
            ), best AS (
                SELECT article_id, min(rank) AS rank, snippet FROM hits GROUP BY article_id
            )
            SELECT {_ARTICLE_COLUMNS}, best.snippet, best.rank
            FROM best JOIN articles a ON a.id = best.article_id LEFT JOIN feeds f ON f.id = a.feed_id
            ORDER BY best.rank LIMIT :limit
            """,
            {"query": query, "like": "%" + _like_escape(user_text.strip()) + "%", "limit": limit, **needles},
        )
    )
