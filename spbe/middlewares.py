"""Downloader middlewares of our own: back-off between retries."""

from __future__ import annotations

import asyncio
from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Response


def _retry_after_seconds(value: bytes | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value.decode("latin-1").strip()))
    except ValueError:
        return None  # an HTTP date: fall back to our own back-off


class RetryBackoffMiddleware:
    """Waits before each retry: base * 2**(attempt-1) seconds, or Retry-After if longer.

    Scrapy's RetryMiddleware re-sends at once, which hammers a site that is already
    struggling (429/503). This sits just after it and delays the retried request.
    """

    def __init__(self, base: float, cap: float) -> None:
        self.base = base
        self.cap = cap

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryBackoffMiddleware:
        s = crawler.settings
        return cls(s.getfloat("SPBE_RETRY_BACKOFF_BASE"), s.getfloat("SPBE_RETRY_BACKOFF_MAX"))

    def delay_for(self, attempt: int, retry_after: float | None) -> float:
        """Seconds to wait before retry number `attempt` (1 for the first retry)."""
        delay = self.base * 2 ** max(0, attempt - 1)
        if retry_after is not None:
            delay = max(delay, retry_after)
        return min(delay, self.cap)

    async def process_request(self, request: Request) -> None:
        attempt = request.meta.get("retry_times", 0)
        if attempt:
            delay = self.delay_for(attempt, request.meta.get("spbe_retry_after"))
            if delay > 0:
                await asyncio.sleep(delay)
        return None

    def process_response(self, request: Request, response: Response) -> Any:
        # Runs before RetryMiddleware's process_response, so the retry copy inherits this.
        retry_after = _retry_after_seconds(response.headers.get(b"Retry-After"))
        if retry_after is not None:
            request.meta["spbe_retry_after"] = retry_after
        return response
