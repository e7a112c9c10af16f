"""Peak resident memory of extraction, measured in a child process of its own.

    python -m bench.memory PAGES_JSONL

Reads the pages one at a time (as `spbe extract` reads them from the archive), extracts and
validates each, and keeps every result as `spbe extract` does until it stores them. Prints
JSON: pages, the resident high-water mark after the first page (libraries and models
loaded) and at the end, in MB.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
from pathlib import Path

from spbe.extract.article import extract_html
from spbe.extract.gazetteer import gazetteer
from spbe.extract.validate import problems
from spbe.warehouse.mentions import ArticleResult


def peak_mb() -> float:
    """This process's resident high-water mark in MB (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    """Extract every page of the file and print the memory figures."""
    parser = argparse.ArgumentParser(prog="python -m bench.memory")
    parser.add_argument("pages", type=Path, help="JSON Lines of {url, html}")
    args = parser.parse_args(argv)
    known = set(gazetteer().by_code)
    results: list[ArticleResult] = []
    problems_found = 0
    warm = 0.0
    with args.pages.open(encoding="utf-8") as fh:
        for line in fh:
            page = json.loads(line)
            result = extract_html(page["html"], page["url"])
            problems_found += sum(
                bool(problems(r, result.published, known)) for r in result.records
            )
            results.append(
                ArticleResult(
                    page["url"], result.title, result.published, result.text, result.records
                )
            )
            if len(results) == 1:
                warm = peak_mb()
    out = {
        "pages": len(results),
        "records": sum(len(r.records) for r in results),
        "warm_mb": round(warm, 1),
        "peak_mb": round(peak_mb(), 1),
    }
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
