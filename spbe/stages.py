"""The pipeline's stages as the command line and the flows call them.

Each stage takes the published warehouse path, works on the private working copy under the
writer's lock, and publishes a consistent snapshot only when it succeeds.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spbe.crawl import CrawlResult, run_crawl
from spbe.extraction import run_extract
from spbe.warehouse.db import connect, writing
from spbe.warehouse.reconcile import reconcile
from spbe.warehouse.store import archive_root, load_crawl_run, loaded_run_ids


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


def extract_stage(db: str | Path, everything: bool = False) -> dict[str, Any]:
    """Extract new (or all) articles and reconcile scores; publishes the result."""
    with writing(db) as work:
        counts = run_extract(work, everything)
        if not counts["articles"]:
            con = connect(work)
            try:
                con.execute("BEGIN TRANSACTION")
                counts["reconcile"] = reconcile(con)
                con.execute("COMMIT")
            finally:
                con.close()
    return counts
