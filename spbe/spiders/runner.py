"""Entry point of the crawl child process (Twisted's reactor cannot restart in one process)."""

from __future__ import annotations

import argparse
import json
import sys

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings


def crawl_settings(overrides: dict[str, object] | None = None) -> Settings:
    """The project's Scrapy settings with per-run overrides applied on top."""
    settings = Settings()
    settings.setmodule("spbe.settings", priority="project")
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    return settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m spbe.spiders.runner")
    parser.add_argument("--sources", required=True)
    parser.add_argument("--run-dir", required=True)
    parser.add_argument("--known", required=True)
    parser.add_argument("--only", default="")
    parser.add_argument("--settings-json", default="{}")
    args = parser.parse_args(argv)
    overrides = json.loads(args.settings_json)
    overrides.update(
        SPBE_SOURCES=args.sources, SPBE_RUN_DIR=args.run_dir, SPBE_KNOWN_FILE=args.known
    )
    from spbe.spiders.news import NewsSpider

    process = CrawlerProcess(crawl_settings(overrides), install_root_handler=True)
    process.crawl(NewsSpider, only=args.only)
    process.start()
    return 0


if __name__ == "__main__":
    sys.exit(main())
