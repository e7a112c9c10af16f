"""The extract stage as a library call: archived pages -> records -> the mentions table.

Pages are read again from the raw WARC archive, so improved rules (and improved text
extraction) apply to old articles without fetching anything.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator

from spbe.extract.article import extract_html, extract_text
from spbe.extract.rules import EXTRACTOR_VERSION
from spbe.warehouse.mentions import (
    ArticleResult,
    ArticleSource,
    articles_to_extract,
    store_extractions,
)
from spbe.warehouse.store import archive_root


def read_archived_html(archive: Path, warc_file: str, offset: int) -> str | None:
    """The decoded HTML of one archived response, or None when the archive is gone."""
    path = archive / warc_file
    if not path.exists():
        return None
    with path.open("rb") as fh:
        fh.seek(offset)
        record = next(iter(ArchiveIterator(fh)), None)
        if record is None or record.rec_type != "response":
            return None
        body = record.content_stream().read()
        content_type = record.http_headers.get_header("Content-Type") or ""
    charset = "utf-8"
    if "charset=" in content_type.lower():
        charset = content_type.lower().split("charset=", 1)[1].split(";")[0].strip()
    try:
        return body.decode(charset, errors="replace")
    except LookupError:
        return body.decode("utf-8", errors="replace")


def extract_one(source: ArticleSource, archive: Path) -> ArticleResult:
    """Extraction of one stored article (from its archived page when there is one)."""
    html = None
    if source.warc_file and source.warc_offset is not None:
        html = read_archived_html(archive, source.warc_file, source.warc_offset)
    if html is not None:
        result = extract_html(html, source.url)
    else:
        result = extract_text(source.text or "", source.published)
    return ArticleResult(
        source.article_id,
        result.title,
        result.published or source.published,
        result.text,
        result.records,
    )


def run_extract(
    db: str | Path,
    everything: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, Any]:
    """Extract new (or all) stored articles into `mentions`; returns counts."""
    sources = articles_to_extract(db, everything, EXTRACTOR_VERSION)
    archive = archive_root(db)
    results = []
    for i, source in enumerate(sources, 1):
        results.append(extract_one(source, archive))
        if progress is not None:
            progress(i, len(sources))
    written, reconciled = store_extractions(db, results, EXTRACTOR_VERSION) if results else (0, {})
    return {
        "articles": len(results),
        "mentions": written,
        "extractor_version": EXTRACTOR_VERSION,
        "reconcile": reconciled,
    }
