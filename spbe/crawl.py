"""The crawl stage as a library call: a Scrapy child process, then one load into the warehouse."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spbe.pipelines.staging import RUN_SOURCES, STAGING_PAGES, new_run_id
from spbe.sources import load_sources
from spbe.warehouse.store import archive_root, known_state, load_crawl_run


class CrawlError(RuntimeError):
    """The crawl process could not run at all."""


@dataclass
class CrawlResult:
    """What one crawl run did, as loaded into the warehouse."""

    run_id: str
    run_dir: Path
    counts: dict[str, Any]
    returncode: int

    @property
    def status(self) -> str:
        return self.counts["status"]


def run_crawl(
    sources_file: str | Path,
    db: str | Path,
    only: list[str] | None = None,
    settings: dict[str, Any] | None = None,
    echo_log: bool = False,
    timeout: float | None = None,
    progress: Callable[[int], None] | None = None,
) -> CrawlResult:
    """Crawl the sources into the warehouse `db`; raises SourcesError for a bad sources file."""
    sources = load_sources(sources_file)  # fail fast, in this process, with one clear line
    if only:
        names = {s.name for s in sources}
        missing = [n for n in only if n not in names]
        if missing:
            raise CrawlError(f"{sources_file}: no source named '{missing[0]}'")
    known = known_state(db)
    run_dir = archive_root(db) / new_run_id()
    run_dir.mkdir(parents=True)
    # The run keeps its own copy of the sources it crawled: provenance, and what a reload uses.
    shutil.copyfile(sources_file, run_dir / RUN_SOURCES)
    (run_dir / "sources.path").write_text(str(sources_file), encoding="utf-8")
    known_file = run_dir / "known.json"
    known_file.write_text(json.dumps(known.to_json()), encoding="utf-8")
    overrides = dict(settings or {})
    if not echo_log:
        overrides.setdefault("LOG_FILE", str(run_dir / "crawl.log"))
    cmd = [
        sys.executable, "-m", "spbe.spiders.runner",
        "--sources", str(Path(sources_file).resolve()),
        "--run-dir", str(run_dir),
        "--known", str(known_file),
        "--only", ",".join(only or []),
        "--settings-json", json.dumps(overrides),
    ]  # fmt: skip
    env = dict(os.environ)
    env["SPBE_SOURCES"] = str(Path(sources_file).resolve())
    proc = subprocess.Popen(cmd, env=env)
    deadline = time.monotonic() + timeout if timeout else None
    pages = run_dir / STAGING_PAGES
    while proc.poll() is None:
        if deadline and time.monotonic() > deadline:
            proc.kill()
            break
        if progress is not None and pages.exists():
            with pages.open("rb") as fh:
                progress(sum(1 for _ in fh))
        time.sleep(0.3)
    returncode = proc.wait()
    counts = load_crawl_run(db, run_dir, sources, str(sources_file), crashed=returncode != 0)
    return CrawlResult(run_dir.name, run_dir, counts, returncode)
