"""Item pipeline: main text, relevance and de-duplication of fetched article pages."""

from __future__ import annotations

import hashlib
import re
from typing import Any

from scrapy.crawler import Crawler

from spbe.extract.page import parse_page
from spbe.pipelines.relevance import is_relevant
from spbe.pipelines.staging import CrawlRun
from spbe.urls import normalize_url


def text_hash(text: str) -> str:
    """Hash of the text with whitespace and case folded: equal for the same article anywhere."""
    folded = re.sub(r"\s+", " ", text).strip().lower()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


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
        source = self.run.source(item["source"])
        url = item["url"]
        canonical = item.get("canonical")
        # An AMP or print variant names its main URL; store the article under that.
        article_url = canonical if canonical and source and source.owns(canonical) else url
        html = item.get("html")
        is_html = bool(html) and "html" in (item.get("content_type") or "text/html").lower()
        content = parse_page(html, url) if is_html else None
        text = content.text if content else ""
        keywords = source.keywords if source else ()
        relevant = (
            content is not None
            and content.is_article
            and is_relevant(content.title, content.body, keywords)
        )
        digest = text_hash(text) if text.strip() else None
        duplicate_of = None
        if digest:
            duplicate_of = self.run.known.hashes.get(digest) or self.seen.get(digest)
            if duplicate_of is None:
                self.seen[digest] = normalize_url(article_url)
        self.run.articles.write(
            {
                "url": url,
                "article_url": article_url,
                "source": item["source"],
                "redirect_urls": item.get("redirect_urls") or [],
                "relevant": relevant,
                "duplicate_of": duplicate_of,
                "content_hash": digest,
                "title": content.title if content else None,
                "published": content.published.isoformat()
                if content and content.published
                else None,
                "sitename": content.sitename if content else None,
                "language": content.language if content else None,
                "text": text if relevant else None,
            }
        )
        self.crawler.stats.inc_value("spbe/articles_relevant" if relevant else "spbe/pages_other")
        return {"url": url, "relevant": relevant, "duplicate_of": duplicate_of}
