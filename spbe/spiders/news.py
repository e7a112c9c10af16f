"""The generic news spider: discovers article URLs of each source and fetches the new ones.

Discovery pages (sitemaps, feeds, listings) are read on every run; article pages are
fetched only when their normalised URL is not already archived.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterable
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Request, Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap
from twisted.python.failure import Failure

from spbe.pipelines.staging import CrawlRun
from spbe.sources import Source
from spbe.urls import normalize_url, strip_tracking

# Links on a listing page that are navigation, not articles.
_NOT_ARTICLE_PATH = re.compile(
    r"/(?:tag|tags|topik|category|categories|kategori|kanal|author|penulis|page|halaman|"
    r"feed|rss|wp-admin|wp-login\.php|wp-json|search|cari|pencarian|login|masuk|register|"
    r"daftar|kontak|contact|about|tentang|tentang-kami|redaksi|pedoman-media-siber|"
    r"privacy-policy|kebijakan-privasi|indeks|index-berita|video|foto|galeri|terkini|"
    r"terbaru|terpopuler|populer|kanal|rubrik|arsip|archive)(?:/|$)",
    re.IGNORECASE,
)
_STATIC_EXT = re.compile(
    r"\.(?:jpe?g|png|gif|webp|svg|ico|css|js|pdf|zip|rar|xml|json|mp3|mp4|webm|docx?|xlsx?|pptx?)$",
    re.IGNORECASE,
)
_NEXT_TEXT = re.compile(
    r"^\s*(?:next|berikutnya|selanjutnya|lanjut|halaman berikutnya|older posts|›|»|>)",
    re.IGNORECASE,
)
_TRAILING_COUNT = re.compile(r"\d+$")


def looks_like_article(url: str, listing_url: str) -> bool:
    """Whether a link found on a listing page may be an article (relevance is decided later)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return False
    path = parts.path or "/"
    if path in ("", "/") or _STATIC_EXT.search(path) or _NOT_ARTICLE_PATH.search(path):
        return False
    query = parts.query.lower()
    if re.search(r"(?:^|&)(?:s|q|replytocom|share|print)=", query):
        return False
    # Pagination of the listing itself: same path, other query.
    return path.rstrip("/") != (urlsplit(listing_url).path or "/").rstrip("/")


class NewsSpider(scrapy.Spider):
    """Crawls every source of the sources file (or those named in `only`)."""

    name = "news"
    only: tuple[str, ...] = ()

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> NewsSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        run = CrawlRun.for_crawler(crawler)
        only = tuple(filter(None, (kwargs.get("only") or "").split(","))) or cls.only
        unknown = set(only) - {s.name for s in run.sources}
        if unknown:
            raise ValueError(f"no source named '{sorted(unknown)[0]}' in the sources file")
        spider.selected = [s for s in run.sources if not only or s.name in only]
        spider.allowed_domains = sorted({d for s in spider.selected for d in s.allowed_domains})
        spider.run = run
        spider._queued: set[str] = set()
        return spider

    # -- start -------------------------------------------------------------------------

    async def start(self) -> AsyncIterator[Request]:
        for request in self._discovery_requests():
            yield request

    def _discovery_requests(self) -> Iterable[Request]:
        for source in self.selected:
            for url in source.sitemaps:
                yield self._discovery(url, source, "sitemap", self.parse_sitemap)
            for url in source.feeds:
                yield self._discovery(url, source, "feed", self.parse_feed)
            for url in source.listings:
                yield self._discovery(url, source, "listing", self.parse_listing, page=1)
            for url in source.urls:
                if request := self._article(url, source):
                    yield request

    def _discovery(
        self, url: str, source: Source, kind: str, callback: Any, **meta: Any
    ) -> Request:
        return Request(
            url,
            callback=callback,
            errback=self.on_error,
            dont_filter=True,
            meta={"spbe_source": source.name, "spbe_kind": kind, **meta},
        )

    def _article(self, url: str, source: Source) -> Request | None:
        """A request for an article candidate, or None when it is known or off the source."""
        url = strip_tracking(url)
        if not source.owns(url):
            self.crawler.stats.inc_value("spbe/offsite_links_ignored")
            return None
        key = normalize_url(url)
        if key in self.run.known.urls:
            self.crawler.stats.inc_value("spbe/known_skipped")
            return None
        if key in self._queued:
            return None
        self._queued.add(key)
        return Request(
            url,
            callback=self.parse_article,
            errback=self.on_error,
            meta={"spbe_source": source.name, "spbe_kind": "article"},
        )

    # -- discovery ---------------------------------------------------------------------

    def parse_sitemap(self, response: Response) -> Iterable[Request]:
        source = self.run.source(response.meta["spbe_source"])
        body = response.body
        if body[:2] == b"\x1f\x8b":
            try:
                body = gunzip(body, max_size=self.settings.getint("DOWNLOAD_MAXSIZE"))
            except (OSError, ValueError):
                self._discovery_failed(source, response.url, "unreadable gzip sitemap")
                return
        try:
            sitemap = Sitemap(body)
        except Exception:  # lxml raises several kinds on non-XML bodies
            self._discovery_failed(source, response.url, "not a sitemap")
            return
        if sitemap.type == "sitemapindex":
            for entry in sitemap:
                loc, lastmod = entry.get("loc"), entry.get("lastmod")
                if not loc or not source.owns(loc):
                    continue
                before = self.run.known.sitemap_lastmod.get(normalize_url(loc))
                if lastmod and before and lastmod <= before:
                    self.crawler.stats.inc_value("spbe/sitemaps_unchanged")
                    continue
                yield Request(
                    loc,
                    callback=self.parse_sitemap,
                    errback=self.on_error,
                    meta={"spbe_source": source.name, "spbe_kind": "sitemap",
                          "spbe_lastmod": lastmod},
                )  # fmt: skip
        else:
            for entry in sitemap:
                loc = entry.get("loc")
                if loc and (request := self._article(loc, source)):
                    yield request

    def parse_feed(self, response: Response) -> Iterable[Request]:
        source = self.run.source(response.meta["spbe_source"])
        selector = scrapy.Selector(text=response.text, type="xml")
        selector.remove_namespaces()
        links = selector.xpath("//item/link/text()").getall()
        links += selector.xpath("//entry/link[not(@rel) or @rel='alternate']/@href").getall()
        if not links and not selector.xpath("//item | //entry"):
            self._discovery_failed(source, response.url, "not an RSS or Atom feed")
        for link in links:
            if request := self._article(response.urljoin(link.strip()), source):
                yield request

    def parse_listing(self, response: Response) -> Iterable[Request]:
        source = self.run.source(response.meta["spbe_source"])
        if not isinstance(response, HtmlResponse):
            self._discovery_failed(source, response.url, "listing is not HTML")
            return
        new = 0
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href.strip())
            if not looks_like_article(url, response.url):
                continue
            if request := self._article(url, source):
                new += 1
                yield request
        page = response.meta.get("page", 1)
        next_url = self._next_page(response)
        # News listings are newest first: a page with nothing new means the rest is known.
        if next_url and new and page < source.max_pages:
            yield self._discovery(next_url, source, "listing", self.parse_listing, page=page + 1)

    @staticmethod
    def _next_page(response: HtmlResponse) -> str | None:
        href = response.css(
            'a[rel~="next"]::attr(href), link[rel~="next"]::attr(href), '
            "a.next::attr(href), li.next a::attr(href), .pagination .next a::attr(href)"
        ).get()
        if not href:
            for a in response.css("a"):
                if _NEXT_TEXT.match(" ".join(a.css("::text").getall())):
                    href = a.attrib.get("href")
                    if href:
                        break
        if not href:
            return None
        url = response.urljoin(href.strip())
        return None if url == response.url else url

    # -- articles ----------------------------------------------------------------------

    def parse_article(self, response: Response) -> Iterable[dict[str, Any]]:
        source_name = response.meta["spbe_source"]
        html = response.text if isinstance(response, TextResponse) else None
        canonical = None
        if isinstance(response, HtmlResponse):
            canonical = response.css('link[rel="canonical"]::attr(href)').get()
            canonical = response.urljoin(canonical.strip()) if canonical else None
        yield {
            "url": response.url,
            "source": source_name,
            "redirect_urls": response.meta.get("redirect_urls", []),
            "canonical": canonical,
            "content_type": response.headers.get(b"Content-Type", b"").decode("latin-1"),
            "html": html,
        }

    # -- errors ------------------------------------------------------------------------

    def _discovery_failed(self, source: Source | None, url: str, why: str) -> None:
        self.logger.warning("%s: %s", url, why)
        self.run.record_error(source.name if source else None, f"{url}: {why}")

    def on_error(self, failure: Failure) -> None:
        request = failure.request
        kind = request.meta.get("spbe_kind")
        source = self.run.source(request.meta.get("spbe_source"))
        if failure.check(IgnoreRequest) and not failure.check(HttpError):
            self.crawler.stats.inc_value("spbe/ignored_requests")
            return
        if failure.check(HttpError):
            why = f"HTTP {failure.value.response.status}"
        else:
            why = f"{failure.type.__name__}: {failure.getErrorMessage()}"[:200]
        self.crawler.stats.inc_value(f"spbe/errors/{kind}")
        if kind != "article":
            self._discovery_failed(source, request.url, why)
        else:
            self.logger.info("article %s failed: %s", request.url, why)
