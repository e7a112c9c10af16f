"""Raw archive: every response the crawler receives goes into the run's WARC file."""

from __future__ import annotations

import hashlib
from http import HTTPStatus
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urljoin, urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from spbe.pipelines.staging import WARC_NAME, CrawlRun, utcnow_iso

# Twisted removes chunking before we see the body; the archived headers must not claim it.
_DROP_HEADERS = {b"transfer-encoding"}


class WarcArchive:
    """Appends response records to one gzip-per-record WARC file, returning their offsets."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: BinaryIO = path.open("ab")
        self._writer = WARCWriter(self._fh, gzip=True)

    def write_response(
        self, url: str, status: int, headers: list[tuple[str, str]], body: bytes, date: str
    ) -> tuple[int, int]:
        """Write one response record; returns (offset, length) of the record in the file."""
        try:
            reason = HTTPStatus(status).phrase
        except ValueError:
            reason = "Unknown"
        http_headers = StatusAndHeaders(f"{status} {reason}", headers, protocol="HTTP/1.1")
        record = self._writer.create_warc_record(
            url,
            "response",
            payload=BytesIO(body),
            length=len(body),
            http_headers=http_headers,
            warc_headers_dict={"WARC-Date": date.replace("+00:00", "Z")},
        )
        offset = self._fh.tell()
        self._writer.write_record(record)
        self._fh.flush()
        return offset, self._fh.tell() - offset

    def close(self) -> None:
        self._fh.close()


def _headers_list(response: Response) -> list[tuple[str, str]]:
    out = []
    for key, values in response.headers.items():
        if key.lower() in _DROP_HEADERS:
            continue
        for value in values:
            out.append((key.decode("latin-1"), value.decode("latin-1")))
    return out


def _kind(request: Request) -> str:
    if urlsplit(request.url).path == "/robots.txt":
        return "robots"
    return request.meta.get("spbe_kind", "other")


class ArchiveMiddleware:
    """Downloader middleware next to the network: archives and indexes every fetch."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.run = CrawlRun.for_crawler(crawler)
        self.archive = WarcArchive(self.run.run_dir / WARC_NAME)
        crawler.spbe_archive = self.archive  # type: ignore[attr-defined]

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchiveMiddleware:
        return cls(crawler)

    def _source(self, request: Request) -> str | None:
        name = request.meta.get("spbe_source")
        if name:
            return name
        source = self.run.source_for_url(request.url)
        return source.name if source else None

    def process_response(self, request: Request, response: Response) -> Any:
        fetched_at = utcnow_iso()
        body = response.body
        offset, length = self.archive.write_response(
            response.url, response.status, _headers_list(response), body, fetched_at
        )
        location = response.headers.get(b"Location")
        redirect_to = None
        if 300 <= response.status < 400 and location:
            redirect_to = urljoin(response.url, location.decode("latin-1"))
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1")
        self.run.pages.write(
            {
                "url": response.url,
                "source": self._source(request),
                "kind": _kind(request),
                "fetched_at": fetched_at,
                "http_status": response.status,
                "content_type": content_type or None,
                "content_length": len(body),
                "content_hash": hashlib.sha256(body).hexdigest(),
                "warc_file": f"{self.run.run_id}/{WARC_NAME}",
                "warc_offset": offset,
                "warc_length": length,
                "redirect_to": redirect_to,
                "lastmod": request.meta.get("spbe_lastmod"),
                "error": None,
            }
        )
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        if isinstance(exception, IgnoreRequest):
            return None  # never sent (robots.txt, offsite): not a fetch
        message = f"{exception.__class__.__name__}: {exception}".strip().rstrip(":")
        self.run.pages.write(
            {
                "url": request.url,
                "source": self._source(request),
                "kind": _kind(request),
                "fetched_at": utcnow_iso(),
                "http_status": None,
                "error": message[:500],
            }
        )
        return None
