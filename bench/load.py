"""Loading mentions into DuckDB and reconciling them (spbe.warehouse.mentions, .reconcile).

Synthetic mentions: five per article, each a region and evaluation year of its own, values
1.0-4.8 with their predikat (now and then none, or a disagreeing figure), so that the
reconciliation has agreements, conflicts and predikat-only facts to work through.
"""

from __future__ import annotations

import random
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb

from bench.corpus import predikat
from spbe.extract.gazetteer import gazetteer
from spbe.extract.rules import Record
from spbe.warehouse.db import bulk_insert, connect
from spbe.warehouse.mentions import ArticleResult, store_extractions
from spbe.warehouse.reconcile import reconcile

PER_ARTICLE = 5


@dataclass
class LoadRun:
    """Seconds to store the mentions and reconcile (one transaction), and to reconcile again."""

    mentions: int
    store_seconds: float
    reconcile_seconds: float


def _articles(con: duckdb.DuckDBPyConnection, ids: list[str]) -> None:
    """The articles the mentions belong to (the loader reads their text and publication date)."""
    columns = [row[0] for row in con.execute("DESCRIBE articles").fetchall()]
    now = datetime.now(UTC).isoformat()
    rows = []
    for n, article_id in enumerate(ids):
        values = {
            "article_id": article_id,
            "url": f"https://bench.example/berita/{n}",
            "url_normalized": f"bench.example/berita/{n}",
            "source": f"sumber{n % 7}",
            "title": "Indeks SPBE",
            "published": date(2024, 2, 1).isoformat(),
            "text": "teks",
            "fetched_at": now,
            "redirect_chain": [],
        }
        rows.append([values.get(c) for c in columns])
    bulk_insert(con, "articles", rows)


def results(mentions: int, seed: int = 1) -> list[ArticleResult]:
    """`mentions` facts in articles of five, as extraction hands them to the loader."""
    rnd = random.Random(seed)
    g = gazetteer()
    regions = [i for i in g.by_code.values() if i.level in ("provinsi", "kabupaten", "kota")]
    out = []
    for a in range(mentions // PER_ARTICLE):
        records: dict[tuple[str, int], Record] = {}
        while len(records) < PER_ARTICLE:
            inst, year = rnd.choice(regions), rnd.randint(2018, 2024)
            value = round(rnd.uniform(1.0, 4.8), 2)
            stated = predikat(value) if rnd.random() < 0.7 else None
            role = "previous" if rnd.random() < 0.2 else "actual"
            records[(inst.code, year)] = Record(
                inst.name, inst.code, inst.level, year, value, stated, role,
                evidence=f"{inst.name} meraih indeks SPBE {value}", start=0, end=40,
            )  # fmt: skip
        out.append(
            ArticleResult(f"bench{a:07d}", None, date(2025, 2, 1), "teks", list(records.values()))
        )
    return out


def run(mentions: int, workdir: Path | None = None) -> LoadRun:
    """Store `mentions` into a fresh warehouse (timed), then reconcile once more (timed)."""
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        db = Path(tmp) / "bench.duckdb"
        batch = results(mentions)
        con = connect(db)
        try:
            _articles(con, [r.article_id for r in batch])
        finally:
            con.close()
        started = time.perf_counter()
        written, _ = store_extractions(db, batch, "bench")
        stored = time.perf_counter() - started
        con = connect(db)
        try:
            con.execute("BEGIN TRANSACTION")
            started = time.perf_counter()
            reconcile(con)
            again = time.perf_counter() - started
            con.execute("COMMIT")
        finally:
            con.close()
    return LoadRun(written, stored, again)
