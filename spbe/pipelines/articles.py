"""Item pipeline: main text, relevance and de-duplication of fetched article pages."""

from __future__ import annotations

import hashlib
import re
from typing import Any

from scrapy.crawler import Crawler

from spbe.extract.page import parse_page
from spbe.pipelines.relevance import is_relevant
from spbe.pipelines.staging import CrawlRun
from spbe.sources import DEFAULT_KEYWORDS
from spbe.urls import normalize_url


def text_hash(text: str) -> str:
    """Hash of the text with whitespace and case folded: equal for the same article anywhere."""
    folded = re.sub(r"\s+", " ", text).strip().lower()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def stage_article(
    run: CrawlRun,
    url: str,
    html: str | None,
    source_name: str,
    content_type: str | None = "text/html",
    redirect_urls: list[str] | None = None,
    canonical: str | None = None,
    seen: dict[str, str] | None = None,
) -> bool:
    """Judge one fetched article page and stage it for the warehouse; returns its relevance.

    Shared by the crawl and by backfills from other archives, so both take the same path.
    """
    source = run.source(source_name)
    # An AMP or print variant names its main URL; store the article under that.
    owns = source.owns(canonical) if (source and canonical) else bool(canonical)
    article_url = canonical if canonical and owns else url
    is_html = bool(html) and "html" in (content_type or "text/html").lower()
    content = parse_page(html, url) if is_html else None
    text = content.text if content else ""
    keywords = source.keywords if source else DEFAULT_KEYWORDS
    relevant = (
        content is not None
        and content.is_article
        and is_relevant(content.title, content.body, keywords)
    )
    digest = text_hash(text) if text.strip() else None
    duplicate_of = None
    seen = seen if seen is not None else {}
    if digest:
        duplicate_of = run.known.hashes.get(digest) or seen.get(digest)
        if duplicate_of is None:
            seen[digest] = normalize_url(article_url)
    run.articles.write(
        {
            "url": url,
            "article_url": article_url,
            "source": source_name,
            "redirect_urls": redirect_urls or [],
            "relevant": relevant,
            "duplicate_of": duplicate_of,
            "content_hash": digest,
            "title": content.title if content else None,
            "published": content.published.isoformat() if content and content.published else None,
            "sitename": content.sitename if content else None,
            "language": content.language if content else None,
            "text": text if relevant else None,
        }
    )
    return relevant


class ArticlePipeline:
    """Stages each fetched article page with its text, relevance and duplicate status."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.run = CrawlRun.for_crawler(crawler)
        self.seen: dict[str, str] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArticlePipeline:
        return cls(crawler)

    def process_item(self, item: dict[str, Any]) -> dict[str, Any]:
        relevant = stage_article(
            self.run,
            item["url"],
            item.get("html"),
            item["source"],
            item.get("content_type"),
            item.get("redirect_urls"),
            item.get("canonical"),
            self.seen,
        )
        self.crawler.stats.inc_value("spbe/articles_relevant" if relevant else "spbe/pages_other")
        return {"url": item["url"], "relevant": relevant}
