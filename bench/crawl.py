"""Crawl throughput: our spider and a bare Scrapy spider against the demo site on loopback.

Both fetch exactly the same article pages (our sources name them under `urls`, the bare
spider reads them from a file), with politeness off and the same concurrency. The server
answers from a cache filled before the clock starts, so it costs both spiders the same,
little; it runs in this process while each crawl runs in a child process.
"""

from __future__ import annotations

import json
import resource
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

from bench.corpus import Page
from spbe import settings as project
from spbe.crawl import run_crawl
from spbe.demo.content import Response
from spbe.demo.site import HOSTS, SOURCE_NAMES, DemoSite

# Politeness off: no delay, no AutoThrottle, robots.txt still read, 16 requests per site.
POLITENESS_OFF: dict[str, Any] = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "ROBOTSTXT_OBEY": True,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
}
# What the bare spider shares with ours besides that (taken from our settings, to stay equal).
BARE_SETTINGS: dict[str, Any] = {
    **POLITENESS_OFF,
    "CONCURRENT_REQUESTS": project.CONCURRENT_REQUESTS,
    "TWISTED_REACTOR": project.TWISTED_REACTOR,
    "USER_AGENT": project.USER_AGENT,
    "DOWNLOAD_TIMEOUT": project.DOWNLOAD_TIMEOUT,
    "DOWNLOAD_MAXSIZE": project.DOWNLOAD_MAXSIZE,
    "COOKIES_ENABLED": project.COOKIES_ENABLED,
    "TELNETCONSOLE_ENABLED": project.TELNETCONSOLE_ENABLED,
    "LOG_LEVEL": project.LOG_LEVEL,
}


@dataclass
class CrawlRun:
    """One crawl: pages fetched, seconds inside the crawler and end to end, the child's CPU."""

    pages: int
    crawl_seconds: float
    total_seconds: float
    cpu_seconds: float  # user + system time of the crawl's child process, start-up included
    after_seconds: float = float("nan")  # ours: from the crawl's close to run_crawl's return

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.crawl_seconds


class CachedDemoSite(DemoSite):
    """The demo site answering every path from a cache, so serving is cheap and equal for all."""

    def __init__(self, articles_dir: Path) -> None:
        # A fixed port keeps the URLs (and the cached pages) valid across stop() and start():
        # the server is stopped while extraction is timed, as its threads' polling costs ~7%.
        super().__init__(articles_dir, port=_free_port())
        self._cache: dict[tuple[str, str, str], Response] = {}

    def _dispatch(self, site: str, method: str, raw_path: str) -> Response:
        key = (site, method, raw_path)
        response = self._cache.get(key)
        if response is None:
            response = self._cache[key] = super()._dispatch(site, method, raw_path)
        return response

    def render(self) -> list[Page]:
        """Every article page as served (rendered into the cache on the way), in id order."""
        pages = []
        for site in ("kabar", "warta", "humas"):
            style = self._style(site)
            self._dispatch(site, "GET", "/robots.txt")
            for article in style.articles:
                response = self._dispatch(site, "GET", style.path(article))
                charset = response.content_type.rsplit("charset=", 1)[-1]
                html = response.body.decode(charset)
                pages.append(Page(article.id, site, style.canonical(article), html, article.spbe))
        return sorted(pages, key=lambda p: p.id)


_ports_taken: set[int] = set()


def _free_port() -> int:
    """A port free on the loopback addresses of the demo site, and not given out before."""
    for _ in range(20):
        with socket.socket() as probe:
            probe.bind((HOSTS["kabar"], 0))
            port = probe.getsockname()[1]
        if port in _ports_taken:
            continue
        try:
            for host in HOSTS.values():
                with socket.socket() as other:
                    other.bind((host, port))
        except OSError:
            continue
        _ports_taken.add(port)
        return port
    raise RuntimeError("no port free on every demo host")


def write_sources(pages: list[Page], path: Path) -> Path:
    """A sources file naming each site's article pages directly (no discovery)."""
    sources = [
        {
            "name": SOURCE_NAMES[site],
            "allowed_domains": [HOSTS[site]],
            "urls": [p.url for p in pages if p.site == site],
        }
        for site in ("kabar", "warta", "humas")
    ]
    path.write_text(yaml.safe_dump({"sources": sources}, sort_keys=False), encoding="utf-8")
    return path


def write_urls(pages: list[Page], path: Path) -> Path:
    """The same pages, one URL a line, for the bare spider."""
    path.write_text("".join(p.url + "\n" for p in pages), encoding="utf-8")
    return path


def run_ours(sources: Path, workdir: Path) -> CrawlRun:
    """Our crawl (spbe.crawl.run_crawl) into a fresh warehouse; the run's files are removed."""
    workdir.mkdir(parents=True)
    cpu = _children_cpu()
    started = time.perf_counter()
    result = run_crawl(sources, workdir / "spbe.duckdb", settings=POLITENESS_OFF)
    total = time.perf_counter() - started
    returned = time.time()
    cpu = _children_cpu() - cpu
    if result.returncode != 0:
        raise RuntimeError(f"our crawl failed ({result.returncode}); see {result.run_dir}")
    summary = json.loads((result.run_dir / "summary.json").read_text("utf-8"))
    crawl_seconds = _seconds(summary["started"], summary["finished"])
    after = returned - datetime.fromisoformat(summary["finished"]).timestamp()
    pages = 0
    with (result.run_dir / "pages.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            page = json.loads(line)
            pages += page["kind"] == "article" and page["http_status"] == 200
    shutil.rmtree(workdir)
    return CrawlRun(pages, crawl_seconds, total, cpu, after)


def run_bare(urls_file: Path, workdir: Path) -> CrawlRun:
    """The bare spider in a child process, as our crawl runs."""
    workdir.mkdir(parents=True)
    out = workdir / "bare.json"
    settings = {**BARE_SETTINGS, "LOG_FILE": str(workdir / "bare.log")}
    cmd = [sys.executable, "-m", "bench.bare_spider", str(urls_file), str(out),
           "--settings-json", json.dumps(settings)]  # fmt: skip
    cpu = _children_cpu()
    started = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=Path(__file__).resolve().parents[1])
    total = time.perf_counter() - started
    cpu = _children_cpu() - cpu
    result = json.loads(out.read_text("utf-8"))
    shutil.rmtree(workdir)
    return CrawlRun(result["pages"], result["seconds"], total, cpu)


def _children_cpu() -> float:
    """CPU seconds used so far by this process's finished children."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _seconds(start: str, end: str) -> float:
    """Seconds between two ISO timestamps."""
    return (datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds()
