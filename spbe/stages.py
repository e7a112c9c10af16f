"""The pipeline's stages as the command line and the flows call them.

Each stage takes the published warehouse path, works on the private working copy under the
writer's lock, and publishes a consistent snapshot only when it succeeds.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from warcio.archiveiterator import ArchiveIterator

from spbe.crawl import CrawlResult, run_crawl
from spbe.extraction import run_extract
from spbe.pipelines.archive import WarcArchive
from spbe.pipelines.articles import stage_article
from spbe.pipelines.staging import WARC_NAME, CrawlRun, new_run_id, utcnow_iso
from spbe.urls import normalize_url
from spbe.warehouse.db import transaction, writing
from spbe.warehouse.reconcile import reconcile
from spbe.warehouse.store import archive_root, known_state, load_crawl_run, loaded_run_ids


def recover_unloaded_runs(work: Path) -> list[str]:
    """Load crawl runs whose staged files never reached the warehouse (a killed load)."""
    root = archive_root(work)
    if not root.is_dir():
        return []
    loaded = loaded_run_ids(work)
    recovered = []
    for run_dir in sorted(p for p in root.iterdir() if p.is_dir()):
        if run_dir.name in loaded or not (run_dir / "pages.jsonl").exists():
            continue
        crashed = not (run_dir / "summary.json").exists()
        load_crawl_run(work, run_dir, crashed=crashed)
        recovered.append(run_dir.name)
    return recovered


def crawl_stage(
    sources_file: str | Path, db: str | Path, **options: Any
) -> tuple[CrawlResult, list[str]]:
    """Crawl into the warehouse `db`; returns the run and any earlier runs it completed."""
    with writing(db) as work:
        recovered = recover_unloaded_runs(work)
        result = run_crawl(sources_file, work, **options)
    return result, recovered


def extract_stage(
    db: str | Path, everything: bool = False, progress: Callable[[int, int], None] | None = None
) -> dict[str, Any]:
    """Extract new (or all) articles and reconcile scores; publishes the result."""
    with writing(db) as work:
        counts = run_extract(work, everything, progress)
        if not counts["articles"]:
            with transaction(work) as con:
                counts["reconcile"] = reconcile(con)
    return counts


def import_warc(warc: str | Path, work: Path) -> CrawlResult:
    """Pages from another archive (a WARC file of responses) as a run of our own."""
    run_dir = archive_root(work) / new_run_id()
    run = CrawlRun(run_dir, [], known_state(work))
    archive = WarcArchive(run_dir / WARC_NAME)
    seen: dict[str, str] = {}
    imported = skipped = 0
    try:
        with Path(warc).open("rb") as fh:
            for record in ArchiveIterator(fh):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                if not url or normalize_url(url) in run.known.urls:
                    skipped += 1
                    continue
                status = int(record.http_headers.get_statuscode() or 0)
                body = record.content_stream().read()  # de-chunked and decompressed
                headers = [
                    (k, v)
                    for k, v in record.http_headers.headers
                    if k.lower() not in ("content-encoding", "transfer-encoding", "content-length")
                ]
                content_type = record.http_headers.get_header("Content-Type") or ""
                when = utcnow_iso()
                offset, length = archive.write_response(url, status, headers, body, when)
                run.pages.write(
                    {"url": url, "source": "backfill", "kind": "article", "fetched_at": when,
                     "http_status": status, "content_type": content_type or None,
                     "content_length": len(body), "content_hash": hashlib.sha256(body).hexdigest(),
                     "warc_file": f"{run.run_id}/{WARC_NAME}", "warc_offset": offset,
                     "warc_length": length, "redirect_to": None, "lastmod": None, "error": None}
                )  # fmt: skip
                if status == 200 and "html" in content_type.lower():
                    charset = "utf-8"
                    if "charset=" in content_type.lower():
                        charset = content_type.lower().split("charset=")[1].split(";")[0].strip()
                    try:
                        html = body.decode(charset, errors="replace")
                    except LookupError:
                        html = body.decode("utf-8", errors="replace")
                    stage_article(run, url, html, "backfill", content_type, seen=seen)
                imported += 1
    finally:
        archive.close()
        run.close({"imported": imported, "skipped_known": skipped}, "finished")
    counts = load_crawl_run(work, run_dir, sources_file=f"warc:{warc}")
    return CrawlResult(run_dir.name, run_dir, counts, 0)


def backfill_stage(
    db: str | Path,
    warc: str | Path | None = None,
    sitemap: str | None = None,
    urls: list[str] | None = None,
    settings: dict[str, Any] | None = None,
) -> CrawlResult:
    """Backfill from a WARC file, or fetch a sitemap's or a list's pages, as our own crawl."""
    if sum(bool(x) for x in (warc, sitemap, urls)) != 1:
        raise ValueError("backfill needs exactly one of a WARC file, a sitemap or URLs")
    if warc:
        if not Path(warc).is_file():
            raise FileNotFoundError(warc)
        with writing(db) as work:
            return import_warc(warc, work)
    targets = [sitemap] if sitemap else list(urls or [])
    hosts = sorted({(urlsplit(u).hostname or "").lower() for u in targets})
    if not all(hosts) or not all(u.startswith(("http://", "https://")) for u in targets):
        raise ValueError("backfill URLs must be http(s) URLs")
    spec = {"name": "backfill", "allowed_domains": hosts}
    spec["sitemaps" if sitemap else "urls"] = targets
    with writing(db) as work:
        archive_root(work).mkdir(parents=True, exist_ok=True)
        sources_file = archive_root(work) / f"backfill-{new_run_id()}.yaml"
        sources_file.write_text(yaml.safe_dump({"sources": [spec]}), encoding="utf-8")
        return run_crawl(sources_file, work, settings=settings)
