"""The Prefect flows of the pipeline.

- `nightly`: crawl -> extract, validate, load, reconcile (publishing after each) -> report
  -> summary. One source down never fails the run: it ends `partial` and loads the rest.
- `reextract`: every archived page again with the current rules; no network.
- `backfill`: pages from elsewhere (a WARC file, a sitemap, or URLs) through the same path.

Tasks take paths and plain values, never open connections (those are not hashable).
"""

from __future__ import annotations

import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.context import get_run_context

from spbe.flows.summary import changed_scores, scores_state, store_summary, to_markdown
from spbe.sources import load_sources
from spbe.stages import backfill_stage, crawl_stage, extract_stage

NIGHTLY_CRON = "0 2 * * *"
TIMEZONE = "Asia/Jakarta"


@task(name="crawl", retries=2, retry_delay_seconds=120, timeout_seconds=6 * 3600)
def crawl_task(sources: str, db: str, settings: dict[str, Any] | None = None) -> dict[str, Any]:
    """Crawl every source (network: the one step worth retrying)."""
    result, recovered = crawl_stage(sources, db, settings=settings or {})
    return {**result.counts, "recovered": recovered, "run_dir": str(result.run_dir)}


@task(name="extract-load-reconcile", timeout_seconds=3 * 3600)
def extract_task(db: str, everything: bool = False) -> dict[str, Any]:
    """Extract, validate, load and reconcile; publishes the warehouse."""
    return extract_stage(db, everything)


@task(name="report", timeout_seconds=1800)
def report_task(db: str, out: str) -> str | None:
    """Write the reviewers' report from the published warehouse (when the report exists)."""
    try:
        from spbe.report import write_report
    except ImportError:
        return None
    return str(write_report(Path(db), Path(out)))


@task(name="backfill", timeout_seconds=6 * 3600)
def backfill_task(
    db: str, warc: str | None, sitemap: str | None, urls: list[str] | None
) -> dict[str, Any]:
    """Bring pages from elsewhere into the archive and the warehouse."""
    result = backfill_stage(db, warc=warc, sitemap=sitemap, urls=urls)
    return {**result.counts, "run_dir": str(result.run_dir)}


def _flow_run_id() -> str:
    try:
        return str(get_run_context().flow_run.id)
    except Exception:  # outside a flow run (tests calling .fn)
        return str(uuid.uuid4())


def _finish(
    db: str, name: str, started: datetime, seconds: dict[str, float], **parts: Any
) -> dict[str, Any]:
    crawl = parts.get("crawl") or {}
    status = crawl.get("status", "ok")
    summary: dict[str, Any] = {
        "flow_run_id": _flow_run_id(),
        "flow": name,
        "started": started.isoformat(),
        "finished": datetime.now(UTC).isoformat(),
        "status": status if status in ("ok", "partial", "failed") else "ok",
        "seconds": seconds,
        "seconds_total": sum(seconds.values()),
        **parts,
    }
    markdown = to_markdown(summary)
    store_summary(db, summary, markdown)
    create_markdown_artifact(markdown, key=f"spbe-{name}", description=f"SPBE {name} run")
    get_run_logger().info("run %s: %s", summary["status"], markdown.splitlines()[0])
    summary["markdown"] = markdown
    return summary


@flow(name="spbe-nightly", log_prints=True)
def nightly(
    sources: str = "sources.yaml",
    db: str = "data/spbe.duckdb",
    report: str = "data/report.html",
    settings: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The nightly run: crawl, extract, validate, load, reconcile, report, publish."""
    load_sources(sources)  # a bad sources file stops the run before anything is touched
    started = datetime.now(UTC)
    seconds: dict[str, float] = {}
    before = scores_state(db)
    t = time.monotonic()
    crawl = crawl_task(sources, db, settings)
    seconds["crawl"] = time.monotonic() - t
    t = time.monotonic()
    extract = extract_task(db)
    seconds["extract, validate, load, reconcile"] = time.monotonic() - t
    t = time.monotonic()
    written = report_task(db, report)
    seconds["report"] = time.monotonic() - t
    after = scores_state(db)
    return _finish(
        db, "nightly", started, seconds, crawl=crawl, extract=extract, report=written,
        scores_changed=changed_scores(before, after),
        open_conflicts=(extract.get("reconcile") or {}).get("open_conflicts", 0),
    )  # fmt: skip


@flow(name="spbe-reextract", log_prints=True)
def reextract(db: str = "data/spbe.duckdb", report: str = "data/report.html") -> dict[str, Any]:
    """Every archived page again with the current rules; nothing is fetched."""
    started = datetime.now(UTC)
    before = scores_state(db)
    t = time.monotonic()
    extract = extract_task(db, everything=True)
    seconds = {"extract, validate, load, reconcile": time.monotonic() - t}
    written = report_task(db, report)
    return _finish(
        db, "reextract", started, seconds, extract=extract, report=written,
        scores_changed=changed_scores(before, scores_state(db)),
    )  # fmt: skip


@flow(name="spbe-backfill", log_prints=True)
def backfill(
    db: str = "data/spbe.duckdb",
    warc: str | None = None,
    sitemap: str | None = None,
    urls: list[str] | None = None,
) -> dict[str, Any]:
    """Pages from elsewhere (a WARC file, a sitemap or URLs), the same path as our own."""
    started = datetime.now(UTC)
    before = scores_state(db)
    t = time.monotonic()
    crawl = backfill_task(db, warc, sitemap, urls)
    seconds = {"backfill": time.monotonic() - t}
    t = time.monotonic()
    extract = extract_task(db)
    seconds["extract, validate, load, reconcile"] = time.monotonic() - t
    return _finish(
        db, "backfill", started, seconds, crawl=crawl, extract=extract,
        scores_changed=changed_scores(before, scores_state(db)),
    )  # fmt: skip
