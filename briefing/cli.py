"""The `briefing` command line. Textual is imported only when the app is opened."""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from briefing import __version__
from briefing.errors import BriefingError

PROGRESS_THRESHOLD = 3  # inputs above which `add` shows a progress bar
DEBUG_VARIABLE = "BRIEFING_DEBUG"


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
    show.add_argument("id", type=int)
    show.set_defaults(handler=cmd_show)

    quotes = commands.add_parser("quotes", help="quotes across the library")
    quotes.add_argument("--speaker", metavar="NAME", help="only quotes of speakers whose name contains NAME")
    quotes.add_argument("--article", metavar="ID", type=int, help="only quotes of this briefing")
    quotes.add_argument("--format", choices=["text", "json", "csv"], default="text")
    quotes.set_defaults(handler=cmd_quotes)

    export = commands.add_parser("export", help="export a briefing, its highlights or a speaker's quotes to Markdown, JSON or CSV")
    export.add_argument("id", type=int)
    what = export.add_mutually_exclusive_group()
    what.add_argument("--highlights", action="store_true", help="export the briefing's highlights")
    what.add_argument("--speaker", metavar="NAME", help="export the briefing's quotes of speakers whose name contains NAME")
    export.add_argument("--format", choices=["md", "json", "csv"], required=True)
    export.add_argument("-o", "--output", metavar="FILE", help="write to FILE (UTF-8) instead of standard output")
    export.set_defaults(handler=cmd_export)

    search = commands.add_parser("search", help="full-text search over paragraphs and quotes")
    search.add_argument("query", nargs="+")
    search.set_defaults(handler=cmd_search)

    remove = commands.add_parser("rm", help="delete a briefing")
    remove.add_argument("id", type=int)
    remove.set_defaults(handler=cmd_rm)

    analyze = commands.add_parser("analyze", help="print the analysis of inputs as JSON; stores nothing")
    analyze.add_argument("inputs", nargs="+", metavar="PATH|URL")
    analyze.add_argument("--format", choices=["json", "jsonl"], default="json")
    _summary_option(analyze)
    analyze.set_defaults(handler=cmd_analyze)
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


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command is None:
            return open_app(args)
        handler: Callable[[argparse.Namespace], int] = args.handler
        return handler(args)
    except BriefingError as error:
        return fail(str(error))
    except sqlite3.Error as error:
        return fail(f"database error: {error}")
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()  # the reader of a pipe went away: not an error worth reporting
        return 0
    except Exception as error:  # a bug: still one line for the user, the details on request
        if os.environ.get(DEBUG_VARIABLE):
            raise
        return fail(f"unexpected {type(error).__name__}: {error} (set {DEBUG_VARIABLE}=1 for details)")


def fail(message: str) -> int:
    print(f"briefing: error: {message}", file=sys.stderr)
    return 1


def _db(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from briefing.store.database import open_db

    return open_db(args.db)


def cmd_add(args: argparse.Namespace) -> int:
    from briefing.ingest import ingest

    db = _db(args)
    counts = {"new": 0, "updated": 0, "unchanged": 0, "failed": 0}

    def add_one(spec: str, emit: Callable[[str], None]) -> None:
        try:
            outcomes = ingest(db, spec, args.summary_sentences)
        except BriefingError as error:
            print(f"briefing: error: {error}", file=sys.stderr)
            counts["failed"] += 1
            return
        for outcome in outcomes:
            if outcome.error:
                print(f"briefing: error: {outcome.error}", file=sys.stderr)
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

        with Progress(console=Console(stderr=True, markup=False, highlight=False), transient=True) as progress:
            task = progress.add_task("Ingesting", total=len(args.inputs))
            for spec in args.inputs:
                add_one(spec, lambda line: progress.console.out(line, highlight=False))
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
    from briefing.store.queries import find_quotes

    sys.stdout.write(quotes_as(find_quotes(_db(args), speaker=args.speaker, article_id=args.article), args.format))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from briefing.export import ExportKind, render_export
    from briefing.store.highlights import list_highlights
    from briefing.store.queries import Briefing, find_quotes, get_briefing

    db = _db(args)
    briefing = get_briefing(db, args.id)  # a one-line error for an unknown id, whatever is exported
    kind: ExportKind = "briefing"
    data: Briefing | list[dict[str, Any]] = briefing
    if args.highlights:
        kind, data = "highlights", list_highlights(db, args.id)
    elif args.speaker is not None:
        kind, data = "quotes", find_quotes(db, speaker=args.speaker, article_id=args.id)
    content = render_export(kind, args.format, data)
    if args.output is None:
        sys.stdout.write(content)
        return 0
    try:
        with open(args.output, "w", encoding="utf-8", newline="") as file:
            file.write(content)
    except OSError as error:
        raise BriefingError(f"{args.output}: cannot write ({error.strerror or error})") from None
    print(args.output, file=sys.stderr)
    return 0


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


def cmd_analyze(args: argparse.Namespace) -> int:
    from briefing.analysis.contract import to_contract
    from briefing.ingest import analyze_source

    documents = []
    failed = False
    for spec in args.inputs:
        try:
            for result in analyze_source(spec, args.summary_sentences):
                if isinstance(result, BriefingError):
                    failed = True
                    print(f"briefing: error: {result}", file=sys.stderr)
                    continue
                document = to_contract(result)
                if args.format == "jsonl":
                    print(json.dumps(document, ensure_ascii=False))
                else:
                    documents.append(document)
        except BriefingError as error:
            failed = True
            print(f"briefing: error: {error}", file=sys.stderr)
    if args.format == "json" and documents:
        print(json.dumps(documents[0] if len(documents) == 1 else documents, ensure_ascii=False, indent=2))
    return 1 if failed else 0


def open_app(args: argparse.Namespace) -> int:
    from briefing.app import BriefingApp
    from briefing.sample import load_sample_if_empty

    db = _db(args)
    load_sample_if_empty(db)
    BriefingApp(db).run()
    return 0
