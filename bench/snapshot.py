"""Every extraction result of the labelled set and a synthetic corpus, as JSON Lines.

A speed change to spbe/extract must not change one byte of this output:

    python -m bench.snapshot before.jsonl      # before the change
    python -m bench.snapshot after.jsonl       # after it
    cmp before.jsonl after.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench.corpus import render, write_articles
from spbe.extract.article import extract_html, extract_path
from spbe.extract.gazetteer import gazetteer
from spbe.extract.page import parse_page
from spbe.extract.validate import problems

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"


def _labelled() -> Iterator[tuple[str, str, str]]:
    """(id, url, html) of every labelled page, rendered as tests/labelled.py renders them."""
    sys.path.insert(0, str(ROOT))
    from tests.labelled import load  # the test helper renders faults (flaky, cp1252) right

    for item in load():
        yield item["id"], item["url"], item["html"]


def _synthetic(pages: int) -> Iterator[tuple[str, str, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        for page in render(write_articles(Path(tmp), pages)):
            yield page.id, page.url, page.html


def results(pages: int) -> Iterator[dict[str, Any]]:
    """One record per page or seed file: page metadata, text hash, records, validation."""
    known = set(gazetteer().by_code)
    for ident, url, html in [*_labelled(), *_synthetic(pages)]:
        content = parse_page(html, url)
        result = extract_html(html, url)
        yield {
            "id": ident,
            "title": result.title,
            "published": result.published.isoformat() if result.published else None,
            "sitename": content.sitename,
            "language": content.language,
            "is_article": content.is_article,
            "text": hashlib.sha256(result.text.encode()).hexdigest(),
            "records": [
                {**r.to_json(), "problems": problems(r, result.published, known)}
                for r in result.records
            ],
        }
    for path in sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []:
        result = extract_path(path)
        yield {"id": path.name, **result.to_json()}


def main(argv: list[str] | None = None) -> int:
    """Write the snapshot to the path given."""
    parser = argparse.ArgumentParser(prog="python -m bench.snapshot", description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--pages", type=int, default=1000, help="synthetic pages (default 1000)")
    args = parser.parse_args(argv)
    with args.out.open("w", encoding="utf-8") as fh:
        for row in results(args.pages):
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
