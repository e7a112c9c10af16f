"""One article in, its metadata and SPBE records out: what `spbe extract-file` prints."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from spbe.extract.page import RELATED_LINE, parse_page, text_from_plain
from spbe.extract.rules import Record, extract_records


@dataclass
class Extraction:
    """An article's title, publication date, main text and the records it states."""

    title: str | None
    published: date | None
    text: str
    records: list[Record] = field(default_factory=list)

    def to_json(self, path: str | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {} if path is None else {"path": path}
        out.update(
            title=self.title,
            published=self.published.isoformat() if self.published else None,
            records=[r.to_json() for r in self.records],
        )
        return out


def _blank_related(text: str) -> str:
    """Related-story lines become spaces: ignored by the rules, offsets unchanged."""
    return RELATED_LINE.sub(lambda m: " " * len(m.group(0)), text)


def extract_text(text: str, published: date | None = None, title: str | None = None) -> Extraction:
    """Records from a plain-text article; `published` overrides the date found in the text."""
    content = text_from_plain(text)
    when = published or content.published
    records = extract_records(_blank_related(text), when, title or content.title)
    return Extraction(title or content.title, when, text, records)


def extract_html(
    html: str | bytes, url: str | None = None, published: date | None = None
) -> Extraction:
    """Records from an HTML page: main text by trafilatura, then the rules."""
    content = parse_page(html, url)
    when = published or content.published
    records = extract_records(_blank_related(content.text), when, content.title)
    return Extraction(content.title, when, content.text, records)


def extract_path(
    path: str | Path, url: str | None = None, published: date | None = None
) -> Extraction:
    """Records from a local .html/.htm or .txt file (decided by its suffix)."""
    path = Path(path)
    data = path.read_bytes()
    if path.suffix.lower() in (".html", ".htm", ".xhtml"):
        return extract_html(data, url, published)
    return extract_text(data.decode("utf-8", errors="replace"), published)
