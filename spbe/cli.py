"""The `spbe` command line: a thin layer over the library (spbe.crawl, spbe.warehouse, ...)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from spbe import __version__
from spbe.cli_review import add_report_parser, add_review_parser
from spbe.progress import Progress

DEFAULT_SOURCES = "sources.yaml"
DEFAULT_DB = "data/spbe.duckdb"
DEFAULT_REPORT = "data/report.html"


class UserError(Exception):
    """A mistake the user can fix: printed as one line, exit code 2."""


def _default(env: str, fallback: str) -> str:
    return os.environ.get(env) or fallback


def _parse_set(values: list[str] | None) -> dict[str, Any]:
    """Scrapy-style `-s NAME=VALUE` overrides; numbers and booleans keep their type."""
    out: dict[str, Any] = {}
    for item in values or []:
        if "=" not in item:
            raise UserError(f"--set expects NAME=VALUE, got '{item}'")
        key, raw = item.split("=", 1)
        value: Any = raw
        if raw.lower() in ("true", "false"):
            value = raw.lower() == "true"
        else:
            for cast in (int, float):
                try:
                    value = cast(raw)
                    break
                except ValueError:
                    pass
        out[key.strip()] = value
    return out


def _print_crawl(result: Any, quiet: bool) -> None:
    c = result.counts
    if quiet:
        return
    print(
        f"crawl {c['run_id']}: {c['status']} - {c['pages_fetched']} pages fetched, "
        f"{c['articles_new']} new SPBE articles, {c['pages_irrelevant']} pages not about SPBE, "
        f"{c['duplicates']} duplicates, {c['pages_failed']} failed fetches"
    )
    for source, messages in sorted(c["errors"].items()):
        print(f"  {source}: {len(messages)} problem(s), first: {messages[0]}")


def cmd_crawl(args: argparse.Namespace) -> int:
    from spbe.stages import crawl_stage

    bar = Progress("crawl: pages fetched")
    result, recovered = crawl_stage(
        args.sources,
        args.db,
        only=args.only or None,
        settings=_parse_set(args.set),
        echo_log=args.verbose,
        progress=None if args.quiet else bar.update,
    )
    bar.close()
    if recovered and not args.quiet:
        print(f"crawl: completed the load of earlier run(s) {', '.join(recovered)}")
    _print_crawl(result, args.quiet)
    return 0 if result.status in ("ok", "partial") else 1


def _print_reconcile(r: dict[str, Any]) -> None:
    if not r:
        return
    statuses = ", ".join(f"{n} {s}" for s, n in sorted(r["by_status"].items())) or "none"
    print(
        f"reconcile: {r['scores']} scores ({statuses}); {r['open_conflicts']} open conflicts, "
        f"{r['new_conflicts']} new, {r['reopened']} reopened"
    )


def cmd_extract(args: argparse.Namespace) -> int:
    from spbe.stages import extract_stage
    from spbe.warehouse.db import work_path

    if not Path(args.db).exists() and not work_path(args.db).exists():
        raise UserError(f"{args.db}: database file not found (run `spbe crawl` first)")
    bar = Progress("extract: articles")

    def advance(done: int, total: int) -> None:
        bar.total = total
        bar.update(done)

    counts = extract_stage(args.db, everything=args.all, progress=None if args.quiet else advance)
    bar.close()
    if not args.quiet:
        what = "re-extracted" if args.all else "extracted"
        print(
            f"extract: {what} {counts['articles']} articles, {counts['mentions']} mentions "
            f"(rules {counts['extractor_version']})"
        )
        _print_reconcile(counts.get("reconcile") or {})
    return 0


def cmd_extract_file(args: argparse.Namespace) -> int:
    import json
    from datetime import date

    from spbe.extract.article import extract_path

    published = None
    if args.published:
        try:
            published = date.fromisoformat(args.published)
        except ValueError:
            raise UserError(f"--published expects YYYY-MM-DD, got '{args.published}'") from None
    for raw in args.paths:
        path = Path(raw)
        if not path.is_file():
            raise UserError(f"{raw}: no such file")
    for raw in args.paths:
        result = extract_path(raw, url=args.url, published=published)
        print(json.dumps(result.to_json(raw), ensure_ascii=False), flush=True)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from spbe.warehouse.db import export_parquet

    if not Path(args.db).exists():
        raise UserError(f"{args.db}: database file not found")
    files = export_parquet(args.db, args.parquet)
    if not args.quiet:
        print(f"export: {len(files)} tables written to {args.parquet}")
    return 0


def _prefect_quiet(args: argparse.Namespace) -> None:
    """Prefect's own log lines only with --verbose (set before Prefect is imported)."""
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO" if args.verbose else "WARNING")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


def _print_summary(summary: dict[str, Any], quiet: bool) -> None:
    if not quiet:
        print(summary["markdown"].rstrip())


def cmd_run(args: argparse.Namespace) -> int:
    from spbe.sources import load_sources

    load_sources(args.sources)  # one clear line before Prefect starts
    _prefect_quiet(args)
    from spbe.flows.nightly import nightly

    summary = nightly(
        sources=str(args.sources), db=str(args.db), report=str(args.report),
        settings=_parse_set(args.set),
    )  # fmt: skip
    _print_summary(summary, args.quiet)
    return 0 if summary["status"] in ("ok", "partial") else 1


def cmd_backfill(args: argparse.Namespace) -> int:
    if args.warc and not Path(args.warc).is_file():
        raise UserError(f"{args.warc}: no such WARC file")
    _prefect_quiet(args)
    from spbe.flows.nightly import backfill

    summary = backfill(db=str(args.db), warc=args.warc, sitemap=args.sitemap, urls=args.url)
    _print_summary(summary, args.quiet)
    return 0 if summary["status"] in ("ok", "partial") else 1


def cmd_schedule(args: argparse.Namespace) -> int:
    from spbe.sources import load_sources

    load_sources(args.sources)
    _prefect_quiet(args)
    from spbe.flows.schedule import serve

    params = {"sources": str(Path(args.sources).resolve()), "db": str(Path(args.db).resolve()),
              "report": str(Path(args.report).resolve())}  # fmt: skip
    print("schedule: serving deployment spbe-nightly/nightly, cron '0 2 * * *' Asia/Jakarta")
    serve(params, Path(args.db).resolve().parent / "prefect")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from spbe.demo.run import run_demo

    return run_demo(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="spbe",
        description="Collect SPBE evaluation results from Indonesian news into DuckDB.",
    )
    parser.add_argument("--version", action="version", version=f"spbe {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def common(
        p: argparse.ArgumentParser, sources: bool = False, db: bool = True, scrapy: bool = False
    ) -> None:
        if scrapy:
            p.add_argument(
                "-s", "--set", action="append", metavar="NAME=VALUE",
                help="override a Scrapy setting for this run, e.g. -s DOWNLOAD_DELAY=2",
            )  # fmt: skip
        if sources:
            p.add_argument(
                "--sources",
                default=_default("SPBE_SOURCES", DEFAULT_SOURCES),
                help="sources file (default: $SPBE_SOURCES or sources.yaml)",
            )
        if db:
            p.add_argument(
                "--db",
                default=_default("SPBE_DB", DEFAULT_DB),
                help="warehouse DuckDB file (default: $SPBE_DB or data/spbe.duckdb)",
            )
        p.add_argument("-v", "--verbose", action="store_true", help="show the crawler's log")
        p.add_argument("-q", "--quiet", action="store_true", help="print only errors")

    p = sub.add_parser("run", help="the nightly flow: crawl, extract, load, reconcile, report")
    common(p, sources=True, scrapy=True)
    p.add_argument("--report", default=DEFAULT_REPORT, help="where to write the report")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("backfill", help="bring in pages from a WARC file, a sitemap or URLs")
    common(p)
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--warc", help="a WARC file of responses (e.g. from a web archive)")
    what.add_argument("--sitemap", help="a sitemap URL whose pages to fetch")
    what.add_argument("--url", action="append", help="an article URL to fetch (repeatable)")
    p.set_defaults(func=cmd_backfill)

    p = sub.add_parser("crawl", help="crawl the sources into the warehouse (crawl stage only)")
    common(p, sources=True, scrapy=True)
    p.add_argument("--only", action="append", metavar="NAME", help="crawl only this source")
    p.set_defaults(func=cmd_crawl)

    p = sub.add_parser("extract", help="(re-)extract SPBE facts from stored pages")
    common(p)
    p.add_argument("--all", action="store_true", help="re-extract every stored article")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("extract-file", help="extract from local .html/.txt files, print JSON")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--url", help="the page's URL (for .html)")
    p.add_argument("--published", help="publication date YYYY-MM-DD (overrides the page's)")
    p.set_defaults(func=cmd_extract_file)

    add_report_parser(sub, common)

    add_review_parser(sub, common)

    p = sub.add_parser("schedule", help="serve the nightly Prefect deployment (02:00 WIB)")
    common(p, sources=True)
    p.add_argument("--report", default=DEFAULT_REPORT, help="where the nightly report goes")
    p.set_defaults(func=cmd_schedule)

    p = sub.add_parser("export", help="export the published tables (Parquet)")
    common(p)
    p.add_argument("--parquet", required=True, metavar="DIR", help="directory for .parquet files")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("demo", help="serve the bundled demo news site and run the pipeline on it")
    p.add_argument("--db", default="data/demo.duckdb", help="demo warehouse (data/demo.duckdb)")
    p.add_argument("--report", default="data/demo-report.html")
    p.add_argument("-v", "--verbose", action="store_true")
    p.add_argument("-q", "--quiet", action="store_true")
    p.set_defaults(func=cmd_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 failed run, 2 user error)."""
    from spbe.crawl import CrawlError
    from spbe.sources import SourcesError
    from spbe.warehouse.db import WarehouseError

    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except (UserError, SourcesError, WarehouseError, CrawlError) as exc:
        print(f"spbe {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except FileNotFoundError as exc:
        print(f"spbe {args.command}: error: {exc.filename or exc}: not found", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"spbe {args.command}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
