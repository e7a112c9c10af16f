"""Loading a crawl run's staged files into the warehouse, and what the next crawl may skip."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from spbe.pipelines.staging import (
    RUN_SOURCES,
    STAGING_ARTICLES,
    STAGING_PAGES,
    STAGING_SUMMARY,
    KnownState,
    utcnow_iso,
)
from spbe.sources import Source, load_sources
from spbe.urls import normalize_url
from spbe.warehouse.db import bulk_insert, connect, transaction

# Outcomes after which an article URL is not fetched again: it answered, for good or bad, or
# it is bigger than we accept. Server errors and failed downloads are retried the next night.
_FINAL_STATUS = (
    "((http_status < 500 AND http_status NOT IN (408, 429))"
    " OR error LIKE '%larger than download max size%')"
)


def archive_root(db: str | Path) -> Path:
    """The directory beside the database that holds each run's WARC and staging files."""
    return Path(db).resolve().parent / "archive"


def article_id(url_normalized: str) -> str:
    """Stable id of an article: a hash of its normalised URL."""
    return hashlib.sha256(url_normalized.encode("utf-8")).hexdigest()[:16]


def known_state(db: str | Path) -> KnownState:
    """Article URLs, sitemap lastmods and text hashes already stored (empty for a new file)."""
    if not Path(db).exists():
        return KnownState()
    con = connect(db)
    try:
        urls = {
            r[0]
            for r in con.execute(
                f"SELECT url_normalized FROM pages WHERE kind = 'article' AND {_FINAL_STATUS}"
                " UNION SELECT url_normalized FROM articles"
                " UNION SELECT duplicate_of FROM pages WHERE duplicate_of IS NOT NULL"
            ).fetchall()
        }
        for (chain,) in con.execute(
            "SELECT redirect_chain FROM articles WHERE len(redirect_chain) > 0"
        ).fetchall():
            urls.update(normalize_url(u) for u in chain)
        lastmods = dict(
            con.execute(
                "SELECT url_normalized, max(lastmod) FROM pages"
                " WHERE kind = 'sitemap' AND http_status = 200 AND lastmod IS NOT NULL"
                " GROUP BY url_normalized"
            ).fetchall()
        )
        hashes = dict(
            con.execute(
                "SELECT content_hash, any_value(url_normalized) FROM articles"
                " WHERE content_hash IS NOT NULL GROUP BY content_hash"
            ).fetchall()
        )
    finally:
        con.close()
    return KnownState(urls=urls, sitemap_lastmod=lastmods, hashes=hashes)


def loaded_run_ids(db: str | Path) -> set[str]:
    """Ids of the crawl runs the warehouse already holds."""
    if not Path(db).exists():
        return set()
    con = connect(db)
    try:
        return {r[0] for r in con.execute("SELECT run_id FROM crawl_runs").fetchall()}
    finally:
        con.close()


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError:
                continue  # a line cut short by a crash
    return rows


def run_status(summary: dict[str, Any], pages: list[dict[str, Any]], sources: list[str]) -> str:
    """ok, partial (some source failed) or failed (the crawl itself did not finish)."""
    if summary.get("finish_reason") not in ("finished", None):
        return "failed"
    if not pages:
        return "failed"
    if any(summary.get("errors", {}).get(s) for s in sources):
        return "partial"
    return "ok"


def load_crawl_run(
    db: str | Path,
    run_dir: str | Path,
    sources: list[Source] | None = None,
    sources_file: str | None = None,
    crashed: bool = False,
) -> dict[str, Any]:
    """Load one run's staged pages and articles in a single transaction; safe to repeat.

    Returns the run's counts. Loading the same run twice replaces its rows with equal ones.
    """
    run_dir = Path(run_dir)
    run_id = run_dir.name
    if sources is None and (run_dir / RUN_SOURCES).exists():
        sources = load_sources(run_dir / RUN_SOURCES)
    if sources_file is None and (run_dir / "sources.path").exists():
        sources_file = (run_dir / "sources.path").read_text("utf-8").strip()
    pages = _read_jsonl(run_dir / STAGING_PAGES)
    staged_articles = _read_jsonl(run_dir / STAGING_ARTICLES)
    summary_path = run_dir / STAGING_SUMMARY
    summary = json.loads(summary_path.read_text("utf-8")) if summary_path.exists() else {}
    by_url = {a["url"]: a for a in staged_articles}
    source_names = sorted({p["source"] for p in pages if p.get("source")})
    if sources:
        source_names = sorted(set(source_names) | {s.name for s in sources})

    with transaction(db) as con:
        if sources:
            for s in sources:
                con.execute(
                    "INSERT INTO sources (name, allowed_domains, sitemaps, feeds, listings,"
                    " keywords, first_seen, last_crawled) VALUES (?, ?, ?, ?, ?, ?, now(), ?)"
                    " ON CONFLICT (name) DO UPDATE SET allowed_domains = excluded.allowed_domains,"
                    " sitemaps = excluded.sitemaps, feeds = excluded.feeds,"
                    " listings = excluded.listings, keywords = excluded.keywords,"
                    " last_crawled = excluded.last_crawled",
                    [s.name, list(s.allowed_domains), list(s.sitemaps), list(s.feeds),
                     list(s.listings), list(s.keywords), summary.get("started")],
                )  # fmt: skip
        con.execute("DELETE FROM pages WHERE run_id = ?", [run_id])
        page_rows = []
        for seq, p in enumerate(pages):
            art = by_url.get(p["url"]) if p.get("http_status") == 200 else None
            page_rows.append(
                [run_id, seq, p["url"], normalize_url(p["url"]), p.get("source"), p.get("kind"),
                 p.get("fetched_at"), p.get("http_status"), p.get("content_type"),
                 p.get("content_length"), p.get("content_hash"), p.get("warc_file"),
                 p.get("warc_offset"), p.get("warc_length"), p.get("redirect_to"),
                 p.get("lastmod"), art["relevant"] if art else None,
                 art["duplicate_of"] if art else None, p.get("error")]
            )  # fmt: skip
        bulk_insert(con, "pages", page_rows)
        page_by_url = {p["url"]: p for p in pages if p.get("http_status") == 200}
        for a in staged_articles:
            if not a["relevant"] or a.get("duplicate_of"):
                continue
            norm = normalize_url(a["article_url"])
            page = page_by_url.get(a["url"], {})
            chain = [u for u in a.get("redirect_urls", []) if u != a["url"]]
            if a["article_url"] != a["url"]:
                chain.append(a["url"])
            con.execute(
                "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT DO NOTHING",
                [article_id(norm), a["article_url"], norm, a["source"], a.get("title"),
                 a.get("published"), a.get("text"), a.get("language"), a.get("sitename"),
                 a.get("content_hash"), run_id, page.get("fetched_at"), page.get("warc_file"),
                 page.get("warc_offset"), page.get("warc_length"), chain],
            )  # fmt: skip
        # Counted from the table, so that loading the same run again reports the same.
        new_articles = con.execute(
            "SELECT count(*) FROM articles WHERE run_id = ?", [run_id]
        ).fetchone()[0]
        fetched = sum(1 for p in pages if p.get("http_status") is not None)
        failed = sum(1 for p in pages if p.get("http_status") is None or p["http_status"] >= 400)
        counts = {
            "run_id": run_id,
            "status": "failed" if crashed else run_status(summary, pages, source_names),
            "pages_fetched": fetched,
            "pages_failed": failed,
            "articles_new": new_articles,
            "pages_irrelevant": sum(1 for a in staged_articles if not a["relevant"]),
            "duplicates": sum(1 for a in staged_articles if a.get("duplicate_of")),
            "errors": summary.get("errors", {}),
        }
        con.execute("DELETE FROM crawl_runs WHERE run_id = ?", [run_id])
        con.execute(
            "INSERT INTO crawl_runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [run_id, summary.get("started") or (pages[0]["fetched_at"] if pages else utcnow_iso()),
             summary.get("finished"), counts["status"], summary.get("finish_reason"),
             sources_file, fetched, failed, new_articles, counts["pages_irrelevant"],
             counts["duplicates"], json.dumps(counts["errors"]),
             json.dumps(summary.get("stats", {}))],
        )  # fmt: skip
    return counts
