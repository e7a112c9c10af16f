"""docs/warehouse.md is a contract: every query in it runs against a demo-built warehouse,
and every table of the warehouse is described in it."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

from tests.conftest import FAST, spbe

DOC = Path(__file__).resolve().parents[2] / "docs" / "warehouse.md"
QUERIES = re.findall(r"```sql\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)


@pytest.fixture(scope="module")
def demo_db(demo_site, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("docs")
    sources = demo_site.write_sources(tmp / "sources.yaml")
    db = tmp / "spbe.duckdb"
    assert spbe("crawl", "--sources", str(sources), "--db", str(db), *FAST).returncode == 0
    assert spbe("extract", "--db", str(db)).returncode == 0
    # A pipeline run's summary, as `spbe run` stores it.
    from spbe.flows.summary import store_summary, to_markdown

    summary = {"flow_run_id": "demo", "flow": "nightly", "status": "ok",
               "started": "2026-01-01T02:00:00+00:00", "finished": "2026-01-01T02:01:00+00:00",
               "seconds": {"crawl": 1.0}, "seconds_total": 1.0, "scores_changed": 3}  # fmt: skip
    store_summary(db, summary, to_markdown(summary))
    return db


def test_ten_queries():
    assert len(QUERIES) >= 10


@pytest.mark.parametrize("sql", QUERIES, ids=[f"query{i + 1}" for i in range(len(QUERIES))])
def test_every_query_runs_and_returns_rows(demo_db, sql):
    con = duckdb.connect(str(demo_db), read_only=True)
    try:
        rows = con.execute(sql).fetchall()
    finally:
        con.close()
    assert rows, f"no rows for:\n{sql}"


def test_every_table_is_documented(demo_db):
    con = duckdb.connect(str(demo_db), read_only=True)
    try:
        tables = [r[0] for r in con.execute("SHOW TABLES").fetchall()]
    finally:
        con.close()
    text = DOC.read_text(encoding="utf-8")
    missing = [t for t in tables if f"`{t}`" not in text]
    assert missing == []


def test_parquet_export(demo_db, tmp_path):
    result = spbe("export", "--db", str(demo_db), "--parquet", str(tmp_path / "pq"))
    assert result.returncode == 0, result.stderr
    con = duckdb.connect()
    n = con.execute(f"SELECT count(*) FROM '{tmp_path / 'pq' / 'scores.parquet'}'").fetchone()[0]
    assert n > 0
