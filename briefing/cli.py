"""The `briefing` command line. Textual is imported only when the app is opened."""

from __future__ import annotations

import argparse
import contextlib
import errno
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from briefing import __version__
from briefing.errors import BriefingError
from briefing.text import clean_line

if TYPE_CHECKING:
    from rich.progress import Progress

PROGRESS_THRESHOLD = 3  # inputs above which `add` shows a progress bar


def row_id(text: str) -> int:
    """A briefing's or a feed's id: a positive number SQLite can hold."""
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an id: {text!r}") from None
    if not 0 < number < 2**63:
        raise argparse.ArgumentTypeError(f"not an id: {text} (ids are numbers from 1 up, as `list` shows them)")
    return number
DEBUG_VARIABLE = "BRIEFING_DEBUG"
MAX_TIMEOUT_SECONDS = 86_400  # a day: longer ones overflow the clock's arithmetic
_OUTPUT_ERRORS = {errno.ENOSPC, errno.EIO, errno.EFBIG, errno.EDQUOT}  # writing standard output failed


class _Parser(argparse.ArgumentParser):
    """argparse, with usage errors as one line like every other error."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"briefing: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="briefing",
        description="Turn news articles into structured briefings. Without a command, open the reader.",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    parser.add_argument("--db", metavar="PATH", help="the SQLite store (default: $BRIEFING_DB or the user data directory)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    add = commands.add_parser("add", help="ingest files, pages, feeds or URLs ('-' for standard input)")
    add.add_argument("inputs", nargs="+", metavar="PATH|URL")
    _summary_option(add)
    add.set_defaults(handler=cmd_add)

    listing = commands.add_parser("list", help="list the briefings in the library")
    listing.set_defaults(handler=cmd_list)

    show = commands.add_parser("show", help="print a briefing as plain text")
    show.add_argument("id", type=row_id)
    show.set_defaults(handler=cmd_show)

    quotes = commands.add_parser("quotes", help="quotes across the library")
    quotes.add_argument("--speaker", metavar="NAME", help="only quotes of speakers whose name contains NAME")
    quotes.add_argument("--article", metavar="ID", type=row_id, help="only quotes of this briefing")
    quotes.add_argument("--format", choices=["text", "json", "csv"], default="text")
    quotes.set_defaults(handler=cmd_quotes)

    export = commands.add_parser("export", help="export a briefing, its highlights or a speaker's quotes to Markdown, JSON or CSV")
    export.add_argument("id", type=row_id, nargs="?", help="the briefing (not with --all)")
    what = export.add_mutually_exclusive_group()
    what.add_argument("--all", action="store_true", help="the whole library as JSON, for `briefing import`")
    what.add_argument("--highlights", action="store_true", help="export the briefing's highlights")
    what.add_argument("--speaker", metavar="NAME", help="export the briefing's quotes of speakers whose name contains NAME")
    export.add_argument("--format", choices=["md", "json", "csv"])
    export.add_argument("-o", "--output", metavar="FILE", help="write to FILE (UTF-8) instead of standard output (- for standard output)")
    export.set_defaults(handler=cmd_export)

    search = commands.add_parser("search", help="full-text search over paragraphs and quotes")
    search.add_argument("query", nargs="+")
    search.set_defaults(handler=cmd_search)

    remove = commands.add_parser("rm", help="delete a briefing")
    remove.add_argument("id", type=row_id)
    remove.set_defaults(handler=cmd_rm)

    reanalyze = commands.add_parser("reanalyze", help="analyse stored briefings again (after an upgrade); highlights are kept")
    reanalyze.add_argument("ids", nargs="*", type=row_id, metavar="ID", help="the briefings (default: all)")
    _summary_option(reanalyze)
    reanalyze.set_defaults(handler=cmd_reanalyze)

    restore = commands.add_parser("import", help="add a library exported with `export --all` (analysed anew)")
    restore.add_argument("file", metavar="FILE")
    restore.set_defaults(handler=cmd_import)

    backup = commands.add_parser("backup", help="copy the whole store to FILE (SQLite online backup)")
    backup.add_argument("file", metavar="FILE")
    backup.set_defaults(handler=cmd_backup)

    analyze = commands.add_parser("analyze", help="print the analysis of inputs as JSON; stores nothing")
    analyze.add_argument("inputs", nargs="+", metavar="PATH|URL")
    analyze.add_argument("--format", choices=["json", "jsonl"], default="json")
    analyze.add_argument(
        "--indirect", action="store_true",
        help="also list reported speech without quote marks (kind 'indirect'): \"she noted that ...\"",
    )
    _summary_option(analyze)
    analyze.set_defaults(handler=cmd_analyze)

    feed = commands.add_parser("feed", help="subscribe to feeds: add, list, rm, import, export")
    feed_commands = feed.add_subparsers(dest="feed_command", metavar="COMMAND", parser_class=_Parser, required=True)
    feed_add = feed_commands.add_parser("add", help="subscribe to a feed (an http(s) URL or a file)")
    feed_add.add_argument("location", metavar="URL|FILE")
    feed_add.add_argument("--title", metavar="T", help="the feed's name in the library (default: the feed's own title)")
    feed_add.set_defaults(handler=cmd_feed_add)
    feed_list = feed_commands.add_parser("list", help="list the subscriptions with their briefings and last refresh")
    feed_list.set_defaults(handler=cmd_feed_list)
    feed_rm = feed_commands.add_parser("rm", help="unsubscribe (the feed's briefings stay in the library)")
    feed_rm.add_argument("id", type=row_id)
    feed_rm.add_argument("--delete-briefings", action="store_true", help="delete the feed's briefings too")
    feed_rm.set_defaults(handler=cmd_feed_rm)
    feed_import = feed_commands.add_parser("import", help="subscribe to the feeds of an OPML file")
    feed_import.add_argument("file", metavar="FILE.opml")
    feed_import.set_defaults(handler=cmd_feed_import)
    feed_export = feed_commands.add_parser("export", help="write the subscriptions as OPML")
    feed_export.add_argument("-o", "--output", metavar="FILE", help="write to FILE (UTF-8) instead of standard output (- for standard output)")
    feed_export.set_defaults(handler=cmd_feed_export)

    refresh = commands.add_parser("refresh", help="fetch the subscribed feeds and ingest their new entries")
    refresh.add_argument("feeds", nargs="*", metavar="FEED", help="feed ids or URLs (default: every feed)")
    refresh.add_argument("--force", action="store_true", help="fetch in full, ignoring ETag and Last-Modified")
    refresh.add_argument("--timeout", metavar="S", type=_positive_float, help="seconds allowed per fetch (default: 20)")
    refresh.add_argument("--no-full-text", dest="full_text", action="store_false",
                         help="store teasers as they are; never fetch the article behind one")
    refresh.add_argument("--workers", metavar="N", type=_positive_int, default=4, help="feeds fetched at once (default: 4)")
    _summary_option(refresh)
    refresh.set_defaults(handler=cmd_refresh)
    return parser


def _summary_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--summary-sentences", metavar="N", type=_positive_int,
        help="sentences in each summary (default: 3 to 5 by the article's length, more for very long ones)",
    )


def _positive_int(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"expected a positive whole number, got {value!r}")
    return int(value)


def _positive_float(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = 0.0
    if not 0 < number <= MAX_TIMEOUT_SECONDS:
        raise argparse.ArgumentTypeError(f"expected a number of seconds above 0 and at most {MAX_TIMEOUT_SECONDS:,}, got {value!r}")
    return number


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command is None:
            return open_app(args)
        handler: Callable[[argparse.Namespace], int] = args.handler
        status = handler(args)
        sys.stdout.flush()  # a full disk behind a redirection shows here, not at exit
        return status
    except BriefingError as problem:
        return fail(str(problem))
    except sqlite3.Error as problem:
        return fail(f"database error: {problem}")
    except KeyboardInterrupt:
        # at once: downloads still running on worker threads (a refresh) are not waited for;
        # every article is stored whole or not at all, so nothing is left half written
        with contextlib.suppress(Exception):
            sys.stdout.flush()
        with contextlib.suppress(Exception):
            print("briefing: interrupted", file=sys.stderr, flush=True)
        os._exit(130)
    except BrokenPipeError:
        sys.stderr.close()  # the reader of a pipe went away: not an error worth reporting
        return 0
    except Exception as problem:
        if isinstance(problem, OSError) and problem.errno in _OUTPUT_ERRORS:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # what is left unwritten goes nowhere
            return fail(f"cannot write the output ({problem.strerror or problem})")
        if os.environ.get(DEBUG_VARIABLE):  # a bug: still one line for the user, the details on request
            raise
        return fail(unexpected(problem))


def unexpected(problem: Exception) -> str:
    """A bug's one line for the user; the traceback is shown with BRIEFING_DEBUG set."""
    return f"unexpected {type(problem).__name__}: {problem} (set {DEBUG_VARIABLE}=1 for details)"


def fail(message: str) -> int:
    error(message)
    return 1


def error(message: str) -> None:
    """One line on standard error; messages quote inputs (file names, URLs, feed titles), whose
    escape sequences must not reach the terminal."""
    print(f"briefing: error: {clean_line(message)}", file=sys.stderr)


def _db(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from briefing.store.database import open_db

    return open_db(args.db)


def _result_lines(progress: Progress) -> Callable[[str], None]:
    """Where result lines go while a progress bar shows on standard error: to standard output,
    through the bar's console when both are the terminal (so that the bar is redrawn below them)."""
    if sys.stdout.isatty():
        return lambda line: progress.console.out(line, highlight=False)
    return lambda line: print(line, flush=True)


def cmd_add(args: argparse.Namespace) -> int:
    from briefing.ingest import ingest

    db = _db(args)
    counts = {"new": 0, "updated": 0, "unchanged": 0, "failed": 0}

    def add_one(spec: str, emit: Callable[[str], None]) -> None:
        try:
            outcomes = ingest(db, spec, args.summary_sentences)
        except BriefingError as problem:
            error(str(problem))
            counts["failed"] += 1
            return
        except (sqlite3.Error, KeyboardInterrupt):
            raise  # the store itself is in trouble, or the user stops: no other input either
        except Exception as problem:  # a bug on one odd input: the others are still added
            if os.environ.get(DEBUG_VARIABLE):
                raise
            error(f"{spec}: {unexpected(problem)}")
            counts["failed"] += 1
            return
        for outcome in outcomes:
            if outcome.error:
                error(outcome.error)
                counts["failed"] += 1
                continue
            counts[outcome.status or "new"] += 1
            emit(
                f"#{outcome.article_id}\t{outcome.status}\t{outcome.title or outcome.source}\t"
                f"{outcome.quotes} quotes, {outcome.speakers} speakers, {outcome.figures} figures"
            )

    if len(args.inputs) > PROGRESS_THRESHOLD and sys.stderr.isatty():
        from rich.console import Console
        from rich.progress import Progress

        with Progress(console=Console(stderr=True, markup=False, highlight=False), transient=True, redirect_stdout=False) as progress:
            task = progress.add_task("Ingesting", total=len(args.inputs))
            for spec in args.inputs:
                add_one(spec, _result_lines(progress))
                progress.advance(task)
    else:
        for spec in args.inputs:
            add_one(spec, print)
    print(
        f"{counts['new']} added, {counts['updated']} updated, {counts['unchanged']} already stored, {counts['failed']} failed",
        file=sys.stderr,
    )
    return 1 if counts["failed"] else 0


def cmd_list(args: argparse.Namespace) -> int:
    from briefing.store.queries import list_articles

    rows = list_articles(_db(args))
    if not rows:
        print("The library is empty: add an article with `briefing add PATH|URL`.", file=sys.stderr)
    for row in rows:
        date = (row["published"] or row["added_at"] or "")[:10]
        print(f"{row['id']}\t{date}\t{row['title'] or row['source']}\t{row['quotes']} quotes, {row['speakers']} speakers, {row['figures']} figures")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from briefing.export import briefing_as_text
    from briefing.store.queries import get_briefing

    sys.stdout.write(briefing_as_text(get_briefing(_db(args), args.id)))
    return 0


def cmd_quotes(args: argparse.Namespace) -> int:
    from briefing.export import quotes_as
    from briefing.store.queries import find_quotes, get_briefing

    speaker = _speaker_asked(args.speaker)
    db = _db(args)
    if args.article is not None:
        get_briefing(db, args.article)  # a one-line error for an unknown id, as export gives
    quotes = find_quotes(db, speaker=speaker, article_id=args.article)
    if speaker is not None and not quotes:
        raise BriefingError(_no_speaker(speaker, args.article))
    sys.stdout.write(quotes_as(quotes, args.format))
    return 0


def _speaker_asked(name: str | None) -> str | None:
    """The --speaker given, if any; one with no name in it ("", "J.", "Dr.") is refused: it would
    match every speaker."""
    from briefing.store.articles import name_key

    if name is not None and not name_key(name):
        raise BriefingError("--speaker needs a name, or a part of one")
    return name


def _no_speaker(name: str, article_id: int | None) -> str:
    where = f" in briefing {article_id}" if article_id is not None else " in the library"
    return f"no quote of a speaker matching {clean_line(name)!r}{where}"


def cmd_export(args: argparse.Namespace) -> int:
    from briefing.export import ExportKind, render_export
    from briefing.store.highlights import list_highlights
    from briefing.store.queries import Briefing, find_quotes, get_briefing

    if args.all and (args.id is not None or args.format not in (None, "json")):
        raise BriefingError("--all exports the whole library as JSON: no ID or other --format with it")
    db = _db(args)
    if args.all:
        from briefing.store.library import dump_library

        return _write_output(json.dumps(dump_library(db), ensure_ascii=False, indent=1) + "\n", args.output)
    export_format = args.format or _format_of(args.output)
    if args.id is None or export_format is None:
        raise BriefingError("export needs a briefing ID and --format, or -o FILE ending in .md, .json or .csv (or --all)")
    briefing = get_briefing(db, args.id)  # a one-line error for an unknown id, whatever is exported
    kind: ExportKind = "briefing"
    data: Briefing | list[dict[str, Any]] = briefing
    if args.highlights:
        kind, data = "highlights", list_highlights(db, args.id)
    elif args.speaker is not None:
        kind, data = "quotes", find_quotes(db, speaker=_speaker_asked(args.speaker), article_id=args.id)
        if not data:
            raise BriefingError(_no_speaker(args.speaker, args.id))  # and no file written
    return _write_output(render_export(kind, export_format, data), args.output)


def _format_of(output: str | None) -> str | None:
    """The export format a file's name asks for: "brief.md" Markdown, "quotes.csv" CSV."""
    suffix = Path(output).suffix.lower() if output and output != "-" else ""
    return {".md": "md", ".markdown": "md", ".json": "json", ".csv": "csv"}.get(suffix)


def _write_output(content: str, output: str | None) -> int:
    """To standard output (also for -o -), or to the file named by -o (its path then told on stderr)."""
    if output is None or output == "-":
        sys.stdout.write(content)
        return 0
    if _holds_a_database(Path(output)):
        raise BriefingError(f"{output}: a database (the store, say), not overwritten; choose another file")
    try:
        with open(output, "w", encoding="utf-8", newline="") as file:
            file.write(content)
    except OSError as problem:
        raise BriefingError(f"{output}: cannot write ({problem.strerror or problem})") from None
    print(clean_line(output), file=sys.stderr)
    return 0


def _holds_a_database(path: Path) -> bool:
    """Whether a path is an SQLite database or one of its journals: an export's -o must never
    overwrite the store (a previous export it may)."""
    if path.name.endswith(("-wal", "-shm", "-journal")) and path.with_name(path.name.rsplit("-", 1)[0]).exists():
        return True
    try:
        with path.open("rb") as handle:
            return handle.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def cmd_search(args: argparse.Namespace) -> int:
    from briefing.store.queries import search

    results = search(_db(args), " ".join(args.query))
    if not results:
        print("No matches.", file=sys.stderr)
    for row in results:
        print(f"#{row['article_id']}\t{row['title'] or ''}\t{row['kind']}\t{row['snippet']}")
    return 0


def cmd_rm(args: argparse.Namespace) -> int:
    from briefing.store.articles import delete_article

    delete_article(_db(args), args.id)
    print(f"Deleted briefing #{args.id}.", file=sys.stderr)
    return 0


def cmd_reanalyze(args: argparse.Namespace) -> int:
    from briefing.analysis.pipeline import analyze
    from briefing.store.articles import replace_analysis, stored_article

    db = _db(args)
    ids = args.ids or [row[0] for row in db.execute("SELECT id FROM articles ORDER BY id")]
    failed = 0
    for article_id in ids:
        try:
            analysis = analyze(stored_article(db, article_id), args.summary_sentences)
            saved = replace_analysis(db, article_id, analysis)
        except BriefingError as problem:  # an id that is not there: the others are still analysed
            error(str(problem))
            failed += 1
            continue
        print(f"#{saved.article_id}\t{analysis.quote_count} quotes, {analysis.speaker_count} speakers, {len(analysis.figures)} figures")
    done = len(ids) - failed
    print(f"{done} briefing{'s' if done != 1 else ''} analysed again, {failed} failed", file=sys.stderr)
    return 1 if failed else 0


def cmd_import(args: argparse.Namespace) -> int:
    from briefing.store.library import restore_library

    try:
        document = json.loads(Path(args.file).expanduser().read_text(encoding="utf-8"))
    except OSError as problem:
        raise BriefingError(f"{args.file}: cannot read ({problem.strerror or problem})") from None
    except ValueError as problem:
        raise BriefingError(f"{args.file}: not JSON ({problem})") from None
    except RecursionError:
        raise BriefingError(f"{args.file}: not a briefing library dump (nested too deeply)") from None
    new, known = restore_library(_db(args), document)
    print(f"{new} briefing{'s' if new != 1 else ''} imported, {known} already in the store", file=sys.stderr)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    target = Path(args.file).expanduser()
    if target.exists():
        raise BriefingError(f"{target}: already exists; choose a new file")
    db = _db(args)
    try:
        with contextlib.closing(sqlite3.connect(target)) as copy:
            db.conn.backup(copy)
    except sqlite3.Error as problem:
        target.unlink(missing_ok=True)
        raise BriefingError(f"{target}: cannot write the backup ({problem})") from None
    print(f"Backed up to {target}.", file=sys.stderr)
    return 0


def cmd_analyze(args: argparse.Namespace) -> int:
    from briefing.analysis.contract import to_contract
    from briefing.ingest import analyze_source

    documents = []
    failed = False
    for spec in args.inputs:
        try:
            for result in analyze_source(spec, args.summary_sentences, indirect=args.indirect):
                if isinstance(result, BriefingError):
                    failed = True
                    error(str(result))
                    continue
                document = to_contract(result)
                if args.format == "jsonl":
                    print(json.dumps(document, ensure_ascii=False))
                else:
                    documents.append(document)
        except BriefingError as problem:
            failed = True
            error(str(problem))
    if args.format == "json":
        # one object for one article of one input; else a list (several inputs: always, even
        # empty, so that its shape never depends on which inputs failed; a feed with no entries: [])
        if len(args.inputs) == 1 and len(documents) == 1:
            print(json.dumps(documents[0], ensure_ascii=False, indent=2))
        elif documents or not failed or len(args.inputs) > 1:
            print(json.dumps(documents, ensure_ascii=False, indent=2))
    return 1 if failed else 0


def open_app(args: argparse.Namespace) -> int:
    from briefing.app import BriefingApp
    from briefing.sample import load_sample_if_empty

    db = _db(args)
    load_sample_if_empty(db)
    BriefingApp(db).run()
    return 0


def warn(message: str) -> None:
    print(f"briefing: warning: {clean_line(message)}", file=sys.stderr)


def cmd_feed_add(args: argparse.Namespace) -> int:
    from briefing.reading.document import without_password
    from briefing.store.feeds import add_feed
    from briefing.subscriptions import feed_location

    url = feed_location(args.location)
    feed_id, created = add_feed(_db(args), url, clean_title(args.title))
    if created:
        print(f"#{feed_id}\t{without_password(url)}")
        print(f"Subscribed; `briefing refresh {feed_id}` fetches it.", file=sys.stderr)
    else:
        print(f"#{feed_id}\t{without_password(url)}")
        retitled = f"; its title is now {clean_title(args.title)!r}" if clean_title(args.title) else ""
        print(f"Already subscribed{retitled}.", file=sys.stderr)
    return 0


def clean_title(title: str | None) -> str | None:
    from briefing.text import clean_line

    return clean_line(title) or None if title else None


def cmd_feed_list(args: argparse.Namespace) -> int:
    from briefing.reading.document import without_password
    from briefing.store.feeds import list_feeds
    from briefing.subscriptions import display

    feeds = list_feeds(_db(args))
    if not feeds:
        print("No subscriptions: add one with `briefing feed add URL|FILE`.", file=sys.stderr)
    for feed in feeds:
        refreshed = (feed["last_refresh"] or "never")[:19].replace("T", " ")
        print(
            f"{feed['id']}\t{display(feed['title'] or '-', 60)}\t{without_password(feed['url'])}\t{feed['items']} briefing{'s' if feed['items'] != 1 else ''}\t"
            f"{refreshed}\t{feed['last_result'] or '-'}"
        )
    return 0


def cmd_feed_rm(args: argparse.Namespace) -> int:
    from briefing.store.feeds import remove_feed

    deleted = remove_feed(_db(args), args.id, delete_briefings=args.delete_briefings)
    extra = f" and its {deleted} briefings" if args.delete_briefings else "; its briefings stay in the library"
    print(f"Unsubscribed from feed #{args.id}{extra}.", file=sys.stderr)
    return 0


def cmd_feed_import(args: argparse.Namespace) -> int:
    from briefing.reading.document import without_password
    from briefing.reading.sources import max_input_bytes, read_payload
    from briefing.store.feeds import add_feed
    from briefing.subscriptions import read_opml

    if args.file.lower().startswith(("http://", "https://", "file:")):
        raise BriefingError(f"{args.file}: give an OPML file on this computer")
    parsed = read_opml(read_payload(args.file, max_input_bytes()).data, args.file)
    db = _db(args)
    added = 0
    for feed in parsed.feeds:
        feed_id, created = add_feed(db, feed.url, None)
        if created:
            added += 1
            if feed.title:
                add_feed(db, feed.url, feed.title)
            print(f"#{feed_id}\t{without_password(feed.url)}")
    for refused in parsed.refused:
        error(refused)
    print(
        f"{added} subscribed, {len(parsed.feeds) - added} already subscribed, {len(parsed.refused)} refused",
        file=sys.stderr,
    )
    return 1 if parsed.refused else 0


def cmd_feed_export(args: argparse.Namespace) -> int:
    from briefing.store.feeds import list_feeds
    from briefing.subscriptions import write_opml

    return _write_output(write_opml(list_feeds(_db(args))), args.output)


def _feed_ids(db, specs: Sequence[str]) -> list[int] | None:  # type: ignore[no-untyped-def]
    """The ids of the feeds named by id or URL (or path); None for every feed."""
    from briefing.store.feeds import find_feed, get_feed
    from briefing.subscriptions import feed_location

    if not specs:
        return None
    ids = []
    for spec in specs:
        if spec.isascii() and spec.isdigit():
            if not 0 < int(spec) < 2**63:
                raise BriefingError(f"{spec}: not a feed id (ids are numbers from 1 up, as `briefing feed list` shows them)")
            ids.append(get_feed(db, int(spec))["id"])
            continue
        feed = find_feed(db, spec)
        if feed is None:
            try:
                feed = find_feed(db, feed_location(spec))
            except BriefingError:
                feed = None
        if feed is None:
            raise BriefingError(f"{spec}: not a subscribed feed (see `briefing feed list`)")
        ids.append(feed["id"])
    return list(dict.fromkeys(ids))


def cmd_refresh(args: argparse.Namespace) -> int:
    from briefing.store.database import database_path
    from briefing.subscriptions import FeedResult, RefreshProgress, refresh_feeds

    db = _db(args)
    feed_ids = _feed_ids(db, args.feeds)
    path = database_path(db)
    db.conn.close()

    def report_feed(result: FeedResult, emit: Callable[[str], None]) -> None:
        if result.error:
            error(result.error)
        for message in (*result.warnings, *result.entry_errors):
            warn(message)
        emit(f"#{result.feed_id}\t{result.url}\t{result.result_line()}")

    options = dict(
        workers=args.workers, timeout=args.timeout, force=args.force, full_text=args.full_text,
        summary_sentences=args.summary_sentences,
    )
    if sys.stderr.isatty():
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        console = Console(stderr=True, markup=False, highlight=False)
        columns = (TextColumn("Refreshing feeds"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[counts]}"), TimeElapsedColumn())
        with Progress(*columns, console=console, transient=True, redirect_stdout=False) as progress:
            task = progress.add_task("refresh", total=None, counts="")

            def on_progress(state: RefreshProgress) -> None:
                counts = f"{state.new} new · {state.updated} updated · {state.skipped} skipped · {state.failures} failed"
                progress.update(task, total=state.feeds_total, completed=state.feeds_done, counts=counts)
                if state.feed is not None:
                    report_feed(state.feed, _result_lines(progress))

            report = refresh_feeds(path, feed_ids, on_progress, **options)
    else:

        def on_progress(state: RefreshProgress) -> None:
            if state.feed is not None:
                report_feed(state.feed, lambda line: print(line, flush=True))

        report = refresh_feeds(path, feed_ids, on_progress, **options)
    print(report.summary_line(), file=sys.stderr)
    return 1 if report.failed else 0
