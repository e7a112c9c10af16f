"""Real Prefect flow runs of the pipeline against the demo site (no mocks)."""

from __future__ import annotations

import io
from pathlib import Path

import duckdb
import yaml
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

FAST = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "SPBE_RETRY_BACKOFF_BASE": 0.05}


def rows(db, sql):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_nightly_then_a_second_night(prefect_server, demo_site, tmp_path):
    from spbe.flows.nightly import nightly

    sources = str(demo_site.write_sources(tmp_path / "sources.yaml"))
    db = str(tmp_path / "spbe.duckdb")
    first = nightly(sources=sources, db=db, report=str(tmp_path / "r.html"), settings=FAST)
    assert first["status"] == "ok"
    assert first["crawl"]["articles_new"] == len(demo_site.manifest()["spbe"])
    assert first["extract"]["mentions"] > 0 and first["scores_changed"] > 0
    assert "# SPBE nightly run: ok" in first["markdown"]
    second = nightly(sources=sources, db=db, report=str(tmp_path / "r.html"), settings=FAST)
    assert second["crawl"]["articles_new"] == 0 and second["scores_changed"] == 0
    stored = rows(db, "SELECT flow, status FROM run_summaries ORDER BY started")
    assert stored == [("nightly", "ok"), ("nightly", "ok")]
    assert rows(db, "SELECT count(*) FROM conflicts WHERE kind = 'value_disagreement'") == [(1,)]


def test_a_source_that_cannot_be_reached_leaves_the_run_partial(
    prefect_server, demo_site, tmp_path
):
    from spbe.flows.nightly import nightly

    sources = demo_site.write_sources(tmp_path / "sources.yaml")
    data = yaml.safe_load(sources.read_text())
    # A closed port on loopback: connection refused, every retry.
    data["sources"].append(
        {"name": "down", "allowed_domains": ["127.0.0.7"], "feeds": ["http://127.0.0.7:9/feed/"]}
    )
    sources.write_text(yaml.safe_dump(data))
    db = str(tmp_path / "spbe.duckdb")
    summary = nightly(sources=str(sources), db=db, report=str(tmp_path / "r.html"), settings=FAST)
    assert summary["status"] == "partial"
    assert "down" in summary["crawl"]["errors"]
    assert "**down**" in summary["markdown"]
    assert summary["crawl"]["articles_new"] == len(demo_site.manifest()["spbe"])
    ((status, errors),) = rows(db, "SELECT status, errors FROM crawl_runs")
    assert status == "partial" and "down" in errors


def _warc(path: Path) -> Path:
    article = (
        "<html><head><title>Indeks SPBE Kota Singkawang 2023</title>"
        '<meta property="article:published_time" content="2024-02-10T08:00:00+07:00"></head>'
        "<body><article><h1>Indeks SPBE Kota Singkawang 2023</h1><p>Pemerintah Kota Singkawang "
        "meraih indeks Sistem Pemerintahan Berbasis Elektronik (SPBE) 2,93 dengan predikat Baik "
        "pada evaluasi tahun 2023 yang diumumkan Kementerian PANRB.</p><p>Wali Kota Singkawang "
        "menyebut capaian itu hasil kerja seluruh perangkat daerah.</p></article></body></html>"
    )
    other = (
        "<html><body><article><p>Harga cabai di pasar naik lagi pekan ini.</p>"
        "</article></body></html>"
    )
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, html in (("https://arsip.example.id/spbe-singkawang", article),
                          ("https://arsip.example.id/harga-cabai", other)):  # fmt: skip
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")  # fmt: skip
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(html.encode()), http_headers=headers
                )  # fmt: skip
            )
    return path


def test_backfill_from_a_warc_file(prefect_server, tmp_path):
    from spbe.flows.nightly import backfill

    db = str(tmp_path / "spbe.duckdb")
    summary = backfill(db=db, warc=str(_warc(tmp_path / "old.warc.gz")))
    assert summary["crawl"]["articles_new"] == 1
    got = rows(db, "SELECT i.name, m.year, m.value, m.predikat FROM mentions m"
                   " JOIN instansi i USING (instansi_code)")  # fmt: skip
    assert got == [("Kota Singkawang", 2023, 2.93, "Baik")]
    assert rows(db, "SELECT count(*) FROM pages WHERE source = 'backfill'") == [(2,)]
