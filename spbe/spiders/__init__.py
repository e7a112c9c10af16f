"""Scrapy spiders: `news` crawls every source; one spider per source is named after it.

The per-source spiders exist so that `scrapy list` and `scrapy crawl NAME` work as Scrapy
users expect; they read the sources file named by SPBE_SOURCES (default sources.yaml).
"""

from __future__ import annotations

import os

from spbe.sources import SourcesError, load_sources
from spbe.spiders.news import NewsSpider

__all__ = ["NewsSpider"]


def _source_spiders() -> None:
    try:
        sources = load_sources(os.environ.get("SPBE_SOURCES", "sources.yaml"))
    except SourcesError:
        return  # `scrapy list` still shows `news`; `spbe crawl` reports the error itself
    for source in sources:
        if source.name == NewsSpider.name:
            continue
        cls = type(
            f"Source_{source.name.replace('-', '_')}",
            (NewsSpider,),
            {"name": source.name, "only": (source.name,), "__module__": __name__},
        )
        globals()[cls.__name__] = cls


_source_spiders()
