"""Extraction throughput: trafilatura alone against our whole per-page extraction."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import trafilatura

from bench.corpus import Page
from spbe.extract.article import extract_html
from spbe.extract.gazetteer import gazetteer
from spbe.extract.validate import problems

ROOT = Path(__file__).resolve().parents[1]
# Linux keeps a process's peak RSS across exec, so a child started straight from this large
# process would report this process's size; a tiny launcher in between starts it clean.
_LAUNCHER = "import subprocess, sys; sys.exit(subprocess.call(sys.argv[1:]))"


def trafilatura_alone(pages: Sequence[Page]) -> float:
    """Seconds for trafilatura's own extraction (text and metadata) of every page."""
    started = time.perf_counter()
    for page in pages:
        trafilatura.bare_extraction(page.html, url=page.url, with_metadata=True)
    return time.perf_counter() - started


def ours(pages: Sequence[Page]) -> tuple[float, int]:
    """Seconds for our extraction of every page (text, date, rules, records, validation)."""
    known = set(gazetteer().by_code)
    records = 0
    started = time.perf_counter()
    for page in pages:
        result = extract_html(page.html, page.url)
        for record in result.records:
            problems(record, result.published, known)
        records += len(result.records)
    return time.perf_counter() - started, records


def compare(pages: Sequence[Page], chunk: int = 50) -> tuple[float, float, int]:
    """Seconds of trafilatura alone and of ours over the pages, and the records found.

    The two take turns every `chunk` pages, each going first in every other chunk, so that
    a busy neighbour on the machine slows both alike and the ratio stays true.
    """
    alone = mine = 0.0
    records = 0
    for n, start in enumerate(range(0, len(pages), chunk)):
        part = pages[start : start + chunk]
        if n % 2:
            seconds, found = ours(part)
            alone += trafilatura_alone(part)
        else:
            alone += trafilatura_alone(part)
            seconds, found = ours(part)
        mine += seconds
        records += found
    return alone, mine, records


def warm_up(pages: Sequence[Page]) -> None:
    """Load what both load once per process (spaCy, the gazetteer, trafilatura's settings)."""
    trafilatura_alone(pages)
    ours(pages)


def write_pages(pages: Sequence[Page], path: Path) -> Path:
    """The pages as JSON Lines of {url, html}, for the memory child."""
    with path.open("w", encoding="utf-8") as fh:
        for page in pages:
            fh.write(json.dumps({"url": page.url, "html": page.html}, ensure_ascii=False) + "\n")
    return path


def memory(pages_file: Path) -> dict[str, Any]:
    """Peak resident memory of extracting the file's pages, in a fresh child process."""
    cmd = [sys.executable, "-c", _LAUNCHER, sys.executable, "-m", "bench.memory", str(pages_file)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT).stdout
    return json.loads(out.strip().splitlines()[-1])
