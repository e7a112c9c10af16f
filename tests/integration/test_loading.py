"""Loading is idempotent and atomic, and never blocks or half-shows to an analyst."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import duckdb

from spbe.stages import recover_unloaded_runs
from spbe.warehouse.db import connect, work_path, writing
from spbe.warehouse.store import load_crawl_run
from tests.conftest import FAST, spbe

TABLES = ("sources", "crawl_runs", "pages", "articles", "mentions", "scores", "conflicts")


def snapshot(db) -> dict:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: sorted(map(str, con.execute(f"SELECT * FROM {t}").fetchall())) for t in TABLES}
    finally:
        con.close()


def test_loading_twice_changes_nothing(demo_site, tmp_path):
    sources = demo_site.write_sources(tmp_path / "sources.yaml")
    db = tmp_path / "spbe.duckdb"
    assert spbe("crawl", "--sources", str(sources), "--db", str(db), *FAST).returncode == 0
    assert spbe("extract", "--db", str(db)).returncode == 0
    before = snapshot(db)
    run_dir = next(p for p in (tmp_path / "archive").iterdir() if p.is_dir())
    with writing(db) as work:
        load_crawl_run(work, run_dir)  # the same crawl run again
    assert spbe("extract", "--all", "--db", str(db)).returncode == 0  # the same facts again
    assert snapshot(db) == before


def _big_staged_run(root, run_id: str, pages: int) -> None:
    run_dir = root / "archive" / run_id
    run_dir.mkdir(parents=True)
    with (run_dir / "pages.jsonl").open("w") as fh:
        for i in range(pages):
            fh.write(json.dumps({"url": f"https://x.id/{i}", "source": "x", "kind": "article",
                                 "fetched_at": "2026-01-01T02:00:00+00:00", "http_status": 404,
                                 "error": None}) + "\n")  # fmt: skip
    (run_dir / "summary.json").write_text(
        json.dumps({"started": "2026-01-01T02:00:00+00:00", "finish_reason": "finished"})
    )


def test_a_load_killed_midway_leaves_the_old_state_and_the_next_run_completes_it(tmp_path):
    db = tmp_path / "spbe.duckdb"
    work = work_path(db)
    connect(work).close()
    _big_staged_run(tmp_path, "20260101T020000Z-dead", 300_000)
    code = (
        "import sys; from spbe.warehouse.store import load_crawl_run;"
        f"print('loading', flush=True); load_crawl_run({str(work)!r},"
        f" {str(tmp_path / 'archive' / '20260101T020000Z-dead')!r})"
    )
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "loading"
    time.sleep(3.0)  # reading takes ~1.5 s, then the single transaction runs for ~7 s
    os.kill(child.pid, signal.SIGKILL)
    assert child.wait() == -signal.SIGKILL, "the load had finished before the kill"
    con = duckdb.connect(str(work))
    try:
        # All or nothing: the killed transaction left no page and no run behind.
        assert con.execute("SELECT count(*) FROM pages").fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM crawl_runs").fetchone() == (0,)
    finally:
        con.close()
    # The next run finds the run that never reached the warehouse and loads all of it.
    assert recover_unloaded_runs(work) == ["20260101T020000Z-dead"]
    con = duckdb.connect(str(work))
    try:
        assert con.execute("SELECT count(*) FROM pages").fetchone() == (300_000,)
    finally:
        con.close()


def test_an_analyst_connection_open_all_night_neither_blocks_nor_sees_half(demo_site, tmp_path):
    sources = demo_site.write_sources(tmp_path / "sources.yaml")
    db = tmp_path / "spbe.duckdb"
    assert spbe("crawl", "--sources", str(sources), "--db", str(db), *FAST).returncode == 0
    analyst = duckdb.connect(str(db), read_only=True)
    try:
        articles_before = analyst.execute("SELECT count(*) FROM articles").fetchone()[0]
        assert analyst.execute("SELECT count(*) FROM mentions").fetchone() == (0,)
        # The nightly work runs while the analyst's session stays open.
        result = spbe("extract", "--db", str(db))
        assert result.returncode == 0, result.stderr
        # The open session still sees the consistent snapshot it opened.
        assert analyst.execute("SELECT count(*) FROM mentions").fetchone() == (0,)
        assert analyst.execute("SELECT count(*) FROM articles").fetchone() == (articles_before,)
    finally:
        analyst.close()
    fresh = duckdb.connect(str(db), read_only=True)
    try:
        assert fresh.execute("SELECT count(*) FROM mentions").fetchone()[0] > 0
    finally:
        fresh.close()


def test_two_writers_get_a_clear_error(tmp_path):
    db = tmp_path / "spbe.duckdb"
    with writing(db) as work:
        connect(work).close()
        result = spbe("extract", "--db", str(db))
    assert result.returncode == 2
    assert "another spbe process is writing it" in result.stderr
