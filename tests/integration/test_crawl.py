"""The crawl stage end to end: real Scrapy over loopback into a real DuckDB file and WARC."""

from __future__ import annotations

import duckdb
import pytest
from warcio.archiveiterator import ArchiveIterator

from spbe.urls import normalize_url
from tests.conftest import FAST, spbe


@pytest.fixture(scope="module")
def crawled(demo_site, tmp_path_factory):
    """Two nightly crawls of the demo site into one warehouse, with the requests of each."""
    tmp = tmp_path_factory.mktemp("crawl")
    sources = demo_site.write_sources(tmp / "sources.yaml")
    db = tmp / "spbe.duckdb"
    before = len(demo_site.requests)
    first = spbe("crawl", "--sources", str(sources), "--db", str(db), *FAST)
    assert first.returncode == 0, first.stderr
    middle = len(demo_site.requests)
    second = spbe("crawl", "--sources", str(sources), "--db", str(db), *FAST)
    assert second.returncode == 0, second.stderr
    return {
        "db": db,
        "first": first,
        "second": second,
        "requests_first": demo_site.requests[before:middle],
        "requests_second": demo_site.requests[middle:],
        "manifest": demo_site.manifest(),
    }


def query(db, sql, params=()):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, list(params)).fetchall()
    finally:
        con.close()


def test_every_spbe_article_is_stored_once_and_no_distractor(crawled):
    stored = {r[0] for r in query(crawled["db"], "SELECT url_normalized FROM articles")}
    expected = {normalize_url(u) for u in crawled["manifest"]["spbe"]}
    assert stored == expected
    distractors = {normalize_url(u) for u in crawled["manifest"]["distractors"]}
    assert not stored & distractors
    # Distractors were fetched and judged on their text, not skipped by URL.
    judged = query(crawled["db"], "SELECT url_normalized, relevant FROM pages WHERE kind='article'")
    irrelevant = {u for u, rel in judged if rel is False}
    assert distractors <= irrelevant


def test_disallowed_and_offsite_are_never_requested(crawled):
    m = crawled["manifest"]
    requests = crawled["requests_first"] + crawled["requests_second"]
    assert not [r for r in requests if r.site == "offsite"]
    paths = {r.path for r in requests}
    for url in m["disallowed"]:
        assert url.split("/", 3)[3] not in {p.lstrip("/") for p in paths}
    assert any(r.path == "/robots.txt" for r in requests)
    assert all("spbe-pipeline" in r.user_agent for r in requests)


def test_faults_are_survived(crawled):
    m, db = crawled["manifest"], crawled["db"]
    flaky = query(db, "SELECT http_status FROM pages WHERE url = ? ORDER BY seq", [m["flaky"]])
    assert [s for (s,) in flaky] == [503, 503, 200]
    (text,) = query(db, "SELECT text FROM articles WHERE url = ?", [m["cp1252"]])[0]
    assert "“" in text and "é" in text and "Ã" not in text
    assert query(db, "SELECT count(*) FROM articles WHERE url = ?", [m["malformed"]]) == [(1,)]
    assert query(db, "SELECT http_status FROM pages WHERE url = ?", [m["missing"]]) == [(404,)]
    oversized = query(db, "SELECT http_status, error FROM pages WHERE url = ?", [m["oversized"]])
    assert len(oversized) == 1, "refused once, and not fetched again the next night"
    assert oversized[0][0] is None and "max size" in oversized[0][1]
    chain = query(db, "SELECT redirect_chain FROM articles WHERE url = ?", [m["redirect"]["to"]])
    assert chain == [([m["redirect"]["from"]],)]
    dup = {normalize_url(m["duplicate"]["a"]), normalize_url(m["duplicate"]["b"])}
    assert len(query(db, "SELECT 1 FROM articles WHERE url_normalized IN ?", [list(dup)])) == 1


def test_second_crawl_fetches_no_article_again(crawled):
    second = crawled["requests_second"]
    assert second, "the second crawl still reads sitemaps, feeds and listings"
    article_like = [
        r.path for r in second
        if r.path.startswith(("/20", "/berita/", "/siaran-pers/", "/r/", "/index.php"))
    ]  # fmt: skip
    assert article_like == []
    assert "0 new SPBE articles" in crawled["second"].stdout


def test_runs_and_archive_are_recorded(crawled):
    db = crawled["db"]
    runs = query(db, "SELECT run_id, status, articles_new FROM crawl_runs ORDER BY started")
    assert [r[1] for r in runs] == ["ok", "ok"]
    assert runs[0][2] == len(crawled["manifest"]["spbe"]) and runs[1][2] == 0
    rows = query(
        db,
        "SELECT warc_file, warc_offset, url FROM pages"
        " WHERE run_id = ? AND http_status IS NOT NULL",
        [runs[0][0]],
    )
    warc = db.parent / "archive" / rows[0][0]
    with warc.open("rb") as fh:
        for _, offset, url in rows:
            fh.seek(offset)
            record = next(iter(ArchiveIterator(fh)))
            assert record.rec_type == "response"
            assert record.rec_headers.get_header("WARC-Target-URI") == url
            assert record.content_stream().read() is not None


def test_bad_sources_file_is_one_clear_line(tmp_path):
    bad = tmp_path / "sources.yaml"
    bad.write_text(
        "sources:\n  - name: pranala\n    allowed_domains: [pranala.co]\n"
        "    sitemap: [https://pranala.co/sitemap_index.xml]\n",
        encoding="utf-8",
    )
    db = tmp_path / "x.duckdb"
    result = spbe("crawl", "--sources", str(bad), "--db", str(db))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "source 'pranala': unknown key 'sitemap'" in result.stderr
    assert "Traceback" not in result.stderr
    assert not db.exists(), "nothing runs when the sources file is bad"
    missing = spbe("crawl", "--sources", str(tmp_path / "nope.yaml"), "--db", str(db))
    assert missing.returncode == 2 and "sources file not found" in missing.stderr


def test_run_command_errors_are_one_line(tmp_path):
    bad = tmp_path / "s.yaml"
    bad.write_text("sources:\n  - name: x\n", encoding="utf-8")
    for args in (
        ["run", "--sources", str(bad), "--db", str(tmp_path / "d.duckdb")],
        ["run", "--sources", str(tmp_path / "missing.yaml")],
        ["backfill", "--warc", str(tmp_path / "none.warc.gz"), "--db", str(tmp_path / "d.duckdb")],
        ["extract", "--db", str(tmp_path / "nothing.duckdb")],
        ["extract-file", str(tmp_path / "no.html")],
    ):
        result = spbe(*args)
        assert result.returncode == 2, (args, result.stderr)
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
