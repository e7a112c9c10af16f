"""The yardstick for the crawl: a bare Scrapy spider that only downloads a list of pages.

No archive, no text extraction, no staging: what Scrapy alone costs for the same pages with
the same concurrency. Run in a child process (Twisted's reactor does not restart):

    python -m bench.bare_spider URLS_FILE OUT_JSON [--settings-json '{...}']
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.http import Response


class BareSpider(scrapy.Spider):
    """Fetches every URL of a file once and counts what came back."""

    name = "bare"

    def __init__(self, urls_file: str, out: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.urls = Path(urls_file).read_text(encoding="utf-8").split()
        self.out = Path(out)
        self.pages = 0
        self.bytes = 0
        self.started = 0.0

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> BareSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        # The same bracket as our spider's run: from the crawler's start to spider_closed.
        spider.started = time.time()
        crawler.signals.connect(spider.closed_signal, signal=signals.spider_closed)
        return spider

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.urls:
            yield scrapy.Request(url, callback=self.parse, dont_filter=True)

    def parse(self, response: Response) -> None:
        """Count the page; nothing else."""
        if response.status == 200:
            self.pages += 1
            self.bytes += len(response.body)

    def closed_signal(self, spider: scrapy.Spider, reason: str) -> None:
        """Write what was fetched and how long it took."""
        seconds = time.time() - self.started
        result = {"pages": self.pages, "bytes": self.bytes, "seconds": seconds, "reason": reason}
        self.out.write_text(json.dumps(result), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Crawl the URLs of the file with the given Scrapy settings."""
    parser = argparse.ArgumentParser(prog="python -m bench.bare_spider")
    parser.add_argument("urls_file")
    parser.add_argument("out")
    parser.add_argument("--settings-json", default="{}")
    args = parser.parse_args(argv)
    process = CrawlerProcess(json.loads(args.settings_json), install_root_handler=True)
    process.crawl(BareSpider, urls_file=args.urls_file, out=args.out)
    process.start()
    return 0


if __name__ == "__main__":
    sys.exit(main())
