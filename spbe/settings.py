"""Scrapy settings: the one file of crawl defaults (overridden per run by `spbe crawl`)."""

import os

from spbe import __version__

BOT_NAME = "spbe"
SPIDER_MODULES = ["spbe.spiders"]
NEWSPIDER_MODULE = "spbe.spiders"

# An honest user agent: site owners can see who crawls them and why.
USER_AGENT = (
    f"spbe-pipeline/{__version__} (research crawler collecting published SPBE "
    "evaluation news; obeys robots.txt)"
)
ROBOTSTXT_OBEY = True

# Politeness: few parallel requests per site, adaptive delay.
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
RANDOMIZE_DOWNLOAD_DELAY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# Safety: bounded pages, bounded waits, redirects only within the allowed domains
# (the offsite downloader middleware also filters redirect targets).
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 5 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
REDIRECT_MAX_TIMES = 5
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False

RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [408, 429, 500, 502, 503, 504, 522, 524]
# Exponential back-off between retries (seconds): base * 2**(attempt-1), capped;
# a Retry-After header wins when it asks for longer (up to the cap).
SPBE_RETRY_BACKOFF_BASE = 1.0
SPBE_RETRY_BACKOFF_MAX = 60.0

DOWNLOADER_MIDDLEWARES = {
    "spbe.middlewares.RetryBackoffMiddleware": 560,
    # Closest to the network, so it archives every response as it arrived (3xx, 5xx too).
    "spbe.pipelines.archive.ArchiveMiddleware": 950,
}
ITEM_PIPELINES = {
    "spbe.pipelines.articles.ArticlePipeline": 300,
}
EXTENSIONS = {
    "spbe.pipelines.staging.AutoLoadExtension": 500,
}

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"

# Where a crawl writes (set per run by `spbe crawl`; `scrapy crawl` falls back to these).
SPBE_SOURCES = os.environ.get("SPBE_SOURCES") or "sources.yaml"
SPBE_DB = os.environ.get("SPBE_DB") or "data/spbe.duckdb"
SPBE_RUN_DIR = ""
SPBE_KNOWN_FILE = ""
