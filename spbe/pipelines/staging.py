"""A crawl run's working area: its WARC archive, staging files and what is already known.

A crawl process writes only files here; the warehouse loads them afterwards. That keeps
every DuckDB write in the warehouse module and makes a crashed crawl leave nothing half-stored.
"""

from __future__ import annotations

import json
import os
import secrets
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler

from spbe.sources import Source, load_sources

STAGING_PAGES = "pages.jsonl"
STAGING_ARTICLES = "articles.jsonl"
STAGING_SUMMARY = "summary.json"
WARC_NAME = "crawl.warc.gz"
RUN_SOURCES = "sources.yaml"


def new_run_id() -> str:
    """A sortable, unique id for a crawl run, e.g. '20261123T020000Z-3f9a'."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(2)


def utcnow_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


@dataclass
class KnownState:
    """What earlier runs already stored: article URLs (normalised), sitemap lastmods, hashes."""

    urls: set[str] = field(default_factory=set)
    sitemap_lastmod: dict[str, str] = field(default_factory=dict)
    hashes: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "urls": sorted(self.urls),
            "sitemap_lastmod": self.sitemap_lastmod,
            "hashes": self.hashes,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KnownState:
        return cls(
            urls=set(data.get("urls", [])),
            sitemap_lastmod=dict(data.get("sitemap_lastmod", {})),
            hashes=dict(data.get("hashes", {})),
        )


class JsonLines:
    """An append-only JSON Lines file, flushed per line so a crash loses at most one record."""

    def __init__(self, path: Path) -> None:
        self._fh = path.open("a", encoding="utf-8")
        self._lock = threading.Lock()

    def write(self, record: dict[str, Any]) -> None:
        line = json.dumps(record, ensure_ascii=False, default=str)
        with self._lock:
            self._fh.write(line + "\n")
            self._fh.flush()

    def close(self) -> None:
        self._fh.close()


class CrawlRun:
    """Everything the components of one crawl process share; one per Scrapy crawler."""

    def __init__(
        self,
        run_dir: Path,
        sources: list[Source],
        known: KnownState,
        standalone_db: str | None = None,
    ) -> None:
        self.run_id = run_dir.name
        self.run_dir = run_dir
        self.sources = sources
        self.known = known
        self.standalone_db = standalone_db
        run_dir.mkdir(parents=True, exist_ok=True)
        self.pages = JsonLines(run_dir / STAGING_PAGES)
        self.articles = JsonLines(run_dir / STAGING_ARTICLES)
        self.errors: dict[str, list[str]] = {}
        self.started = utcnow_iso()

    @classmethod
    def for_crawler(cls, crawler: Crawler) -> CrawlRun:
        """The run of this crawler, created on first use from the crawler's settings."""
        run = getattr(crawler, "spbe_run", None)
        if run is None:
            run = cls._from_settings(crawler)
            crawler.spbe_run = run  # type: ignore[attr-defined]
        return run

    @classmethod
    def _from_settings(cls, crawler: Crawler) -> CrawlRun:
        settings = crawler.settings
        sources = load_sources(settings.get("SPBE_SOURCES"))
        run_dir = settings.get("SPBE_RUN_DIR")
        known_file = settings.get("SPBE_KNOWN_FILE")
        if run_dir:
            known = KnownState()
            if known_file:
                known = KnownState.from_json(json.loads(Path(known_file).read_text("utf-8")))
            return cls(Path(run_dir), sources, known)
        # Started as `scrapy crawl NAME`: this process owns the run and loads it at the end.
        from spbe.warehouse.db import current_path
        from spbe.warehouse.store import archive_root, known_state

        db = os.environ.get("SPBE_DB") or settings.get("SPBE_DB")
        run_dir_path = archive_root(db) / new_run_id()
        return cls(run_dir_path, sources, known_state(current_path(db)), standalone_db=db)

    def source(self, name: str | None) -> Source | None:
        for s in self.sources:
            if s.name == name:
                return s
        return None

    def source_for_url(self, url: str) -> Source | None:
        for s in self.sources:
            if s.owns(url):
                return s
        return None

    def record_error(self, source: str | None, message: str) -> None:
        self.errors.setdefault(source or "-", []).append(message)

    def close(self, stats: dict[str, Any], reason: str) -> None:
        self.pages.close()
        self.articles.close()
        summary = {
            "run_id": self.run_id,
            "started": self.started,
            "finished": utcnow_iso(),
            "finish_reason": reason,
            "errors": self.errors,
            "stats": {k: v for k, v in stats.items() if isinstance(v, (int, float, str))},
        }
        (self.run_dir / STAGING_SUMMARY).write_text(
            json.dumps(summary, indent=1, default=str), encoding="utf-8"
        )


class AutoLoadExtension:
    """Closes the run's files when the spider ends; under plain `scrapy crawl`, loads them too."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> AutoLoadExtension:
        return cls(crawler)

    def spider_closed(self, spider: Any, reason: str) -> None:
        run = CrawlRun.for_crawler(self.crawler)
        archive = getattr(self.crawler, "spbe_archive", None)
        if archive is not None:
            archive.close()
        stats = self.crawler.stats.get_stats() if self.crawler.stats else {}
        run.close(stats, reason)
        if run.standalone_db:
            from spbe.warehouse.db import writing
            from spbe.warehouse.store import load_crawl_run

            with writing(run.standalone_db) as work:
                load_crawl_run(work, run.run_dir, run.sources)
