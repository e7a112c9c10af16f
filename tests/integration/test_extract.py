"""The extract stage on a real warehouse: crawl the demo site, extract, re-extract, upgrade."""

from __future__ import annotations

import duckdb
import pytest

from spbe.extract.rules import EXTRACTOR_VERSION
from spbe.warehouse.db import connect, migrations, work_path
from tests.conftest import FAST, spbe


@pytest.fixture(scope="module")
def warehouse(demo_site, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("extract")
    sources = demo_site.write_sources(tmp / "sources.yaml")
    db = tmp / "spbe.duckdb"
    crawl = spbe("crawl", "--sources", str(sources), "--db", str(db), *FAST)
    assert crawl.returncode == 0, crawl.stderr
    return db


def rows(db, sql):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_extract_then_extract_all_replaces_mentions(warehouse, demo_site):
    first = spbe("extract", "--db", str(warehouse))
    assert first.returncode == 0, first.stderr
    n_articles = len(demo_site.manifest()["spbe"])
    assert f"extracted {n_articles} articles" in first.stdout
    before = rows(warehouse, "SELECT mention_id, value, predikat FROM mentions ORDER BY 1")
    assert len(before) > n_articles
    again = spbe("extract", "--db", str(warehouse))
    assert "extracted 0 articles" in again.stdout, "only new articles by default"
    full = spbe("extract", "--all", "--db", str(warehouse))
    assert full.returncode == 0 and f"re-extracted {n_articles} articles" in full.stdout
    after = rows(warehouse, "SELECT mention_id, value, predikat FROM mentions ORDER BY 1")
    assert after == before, "same rules, same archive: the same mentions, not duplicates"


def test_new_rules_take_effect_on_the_next_plain_extract(warehouse):
    spbe("extract", "--db", str(warehouse))
    # As if an older release had extracted one article (the writers' own copy is the truth).
    con = duckdb.connect(str(work_path(warehouse)))
    try:
        (article,) = con.execute("SELECT min(article_id) FROM article_extractions").fetchone()
        con.execute(
            "UPDATE article_extractions SET extractor_version = 'rules-0' WHERE article_id = ?",
            [article],
        )
    finally:
        con.close()
    again = spbe("extract", "--db", str(warehouse))
    assert again.returncode == 0, again.stderr
    assert "extracted 1 articles" in again.stdout, "the article older rules had read, only"
    versions = rows(warehouse, "SELECT DISTINCT extractor_version FROM article_extractions")
    assert versions == [(EXTRACTOR_VERSION,)]


def test_mentions_keep_their_evidence(warehouse):
    spbe("extract", "--db", str(warehouse))
    bad = rows(
        warehouse,
        "SELECT m.mention_id FROM mentions m JOIN articles a USING (article_id)"
        ' WHERE substr(a.text, m."start" + 1, m."end" - m."start") <> m.evidence',
    )
    assert bad == []
    known = rows(
        warehouse,
        "SELECT count(*) FROM mentions WHERE instansi_code NOT IN"
        " (SELECT instansi_code FROM instansi)",
    )
    assert known == [(0,)]
    # The demo's band contradiction (2,55 with "Baik") is kept and flagged, not dropped.
    flagged = rows(warehouse, "SELECT value, predikat FROM mentions WHERE NOT valid")
    assert (2.55, "Baik") in flagged


def test_an_older_database_upgrades_in_place(tmp_path):
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    first_version, name, sql = migrations()[0]
    con.execute(
        "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR,"
        " applied_at TIMESTAMPTZ DEFAULT now())"
    )
    con.execute(sql)
    con.execute(
        "INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [first_version, name]
    )
    con.execute(
        "INSERT INTO articles (article_id, url, url_normalized, text) VALUES ('a', 'u', 'u', 't')"
    )
    con.close()
    con = connect(db)
    versions = [v for (v,) in con.execute("SELECT version FROM schema_migrations").fetchall()]
    assert versions == [v for v, _, _ in migrations()]
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (1,)
    assert con.execute("SELECT count(*) FROM mentions").fetchone() == (0,)
    con.close()
