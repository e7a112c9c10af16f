"""The review report's data and its safety, on a small warehouse built from made-up facts."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import duckdb
import pytest

from spbe import report
from spbe.review import resolve
from spbe.warehouse.db import connect
from tests.warehouse_helpers import fact, load

SCRIPT = "<script>window.__pwned = 1; console.log('PWNED')</script>"
# The only markup the report writes: no img, link, iframe, script, object, form...
ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "nav",
    "a", "main", "section", "dl", "div", "dt", "dd", "small", "article", "span", "ul", "li",
    "blockquote", "mark", "code", "details", "summary", "br", "table", "thead", "tbody", "tr",
    "th", "td", "figure", "figcaption", "svg", "rect", "text", "line", "circle", "footer",
    "strong",
}  # fmt: skip
IMG = "<img src=x onerror=\"window.__pwned = 2; console.log('PWNED')\">"


def set_article(db: Path, article_id: str, title: str, url: str | None = None) -> None:
    con = connect(db)
    try:
        con.execute("UPDATE articles SET title = ? WHERE article_id = ?", [title, article_id])
        if url is not None:
            con.execute("UPDATE articles SET url = ? WHERE article_id = ?", [url, article_id])
    finally:
        con.close()


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("report") / "w.duckdb"
    kubu = "Kabupaten Kubu Raya"
    load(db, "k1", [fact(kubu, 2023, 3.12, "Baik", "Pemkab Kubu Raya meraih 3,12, predikat Baik.")],
         source="kabar", published=date(2024, 2, 6))  # fmt: skip
    load(db, "k2", [fact(kubu, 2023, 3.12, None, "Indeks SPBE Kubu Raya 2023 tercatat 3,12.")],
         source="humas", published=date(2024, 2, 8))  # fmt: skip
    load(db, "k3", [fact(kubu, 2023, 3.21, "Baik", "Kubu Raya dan Sambas meraih 3,21 dan 2,94.")],
         source="warta", published=date(2024, 2, 13))  # fmt: skip
    # An article whose title, URL and text try to run a script.
    pontianak = "Kota Pontianak"
    load(db, "evil", [fact(pontianak, 2023, 3.35, "Baik", f"Pontianak {SCRIPT} 3,35 {IMG}"),
                      fact(pontianak, 2023, 3.53, None, "Pontianak meraih 3.53.", "previous")],
         source="evil<b>", published=date(2024, 2, 14))  # fmt: skip
    set_article(db, "evil", f"Judul {SCRIPT}{IMG}", "javascript:alert(1)")
    set_article(db, "k1", "Indeks SPBE Kubu Raya Naik", "https://kabar.example/kubu?a=1&b=2")
    load(db, "b1", [fact("Kabupaten Bengkayang", 2021, 2.55, "Baik", "Bengkayang: 2,55, Baik.")],
         source="kabar", published=date(2022, 7, 19))  # fmt: skip
    load(db, "late", [fact("Kabupaten Landak", 2026, 2.9, None, "Landak meraih 2,9 pada 2026.")],
         source="kabar", published=date(2025, 1, 10))  # fmt: skip
    kalbar = "Provinsi Kalimantan Barat"
    load(db, "p1", [fact(kalbar, 2022, 3.42, "Baik", "Kalbar meraih 3,42."),
                    fact(kalbar, 2021, 2.97, None, "sebelumnya 2,97", "previous")],
         source="kabar", published=date(2023, 2, 3))  # fmt: skip
    return db


@pytest.fixture(scope="module")
def data(warehouse: Path) -> dict:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return report.report_data(con)
    finally:
        con.close()


def test_summary_counts_articles_bodies_years_and_statuses(data):
    s = data["summary"]
    assert s["articles"] == 7
    assert s["years"] == [2021, 2022, 2023]
    assert s["by_status"] == {"conflict": 2, "single": 2}
    assert s["open_by_kind"] == {"band_mismatch": 1, "value_disagreement": 2}
    assert s["run"] is None, "no crawl run in this warehouse"


def test_each_open_conflict_has_its_figures_evidence_and_support(data):
    by_name = {c.name: c for c in data["open"] if c.kind == "value_disagreement"}
    kubu = by_name["Kabupaten Kubu Raya"]
    figures = {f.value: f for f in kubu.figures()}
    assert sorted(figures) == [3.12, 3.21]
    assert figures[3.12].n_articles == 2 and figures[3.21].n_articles == 1
    assert figures[3.12].band == "Baik" and figures[3.12].predikat == ["Baik"]
    first = figures[3.12].mentions[0]
    assert (first.source, first.published, first.title) == (
        "kabar",
        date(2024, 2, 6),
        "Indeks SPBE Kubu Raya Naik",
    )
    assert "3,12" in first.evidence
    assert {f.band for f in by_name["Kota Pontianak"].figures()} == {"Baik", "Sangat Baik"}


def test_band_mismatches_and_validation_problems(data):
    [mismatch] = data["band_mismatches"]
    assert (mismatch.name, mismatch.value, mismatch.predikat, mismatch.band) == (
        "Kabupaten Bengkayang",
        2.55,
        "Baik",
        "Cukup",
    )
    assert mismatch.conflict_status == "open"
    [late] = data["problems"]
    assert late.name == "Kabupaten Landak" and "year_without_spbe_bands" in late.problems


def test_coverage_and_province_trends(data):
    cov = data["coverage"]
    assert cov["totals"]["provinsi"] == 38
    assert cov["known"][("provinsi", 2022)] == 1 and cov["known"][("provinsi", 2021)] == 1
    # Pontianak 2023 is in conflict over its value, but every source says "Baik".
    assert cov["known"][("kota", 2023)] == 1
    assert 2018 in cov["years"] and 2025 in cov["years"]
    trend = data["trends"]["Provinsi Kalimantan Barat"]
    assert [(p[0], p[1]) for p in trend] == [(2021, 2.97), (2022, 3.42)]
    svg = report.trend_svg("Provinsi Kalimantan Barat", trend, list(range(2018, 2026)))
    assert svg.startswith("<svg") and svg.count("<circle") == 2


def test_highlight_marks_the_figure_as_written_and_escapes_the_rest():
    got = report.highlight("A <b> 3,12 dengan 3,120 & Baik", 3.12, "Baik")
    assert got == "A &lt;b&gt; <mark>3,12</mark> dengan 3,120 &amp; Baik"
    assert report.highlight("tahun 2023 indeks 3.5", 3.5, None).endswith("<mark>3.5</mark>")
    assert report.highlight("predikat Sangat Baik", None, "Sangat Baik").endswith(
        "<mark>Sangat Baik</mark>"
    )
    # "Baik" alone must not be found inside "Sangat Baik".
    assert "<mark>" not in report.highlight("predikat Sangat Baik", None, "Baik")
    assert report.highlight("<i>no figure</i>", 4.0, None) == "&lt;i&gt;no figure&lt;/i&gt;"


def test_links_only_for_plain_http_urls():
    assert report.safe_url("https://a.example/x?a=1&b=2") == "https://a.example/x?a=1&b=2"
    for bad in ("javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,x", "/relative",
                'https://a.example/"onmouseover="x', "java\tscript:x", None, ""):  # fmt: skip
        assert report.safe_url(bad) is None, bad
    assert (
        report.link("javascript:alert(1)", "t") == 't <span class="url">javascript:alert(1)</span>'
    )
    assert 'href="https://a.example/x?a=1&amp;b=2"' in report.link(
        "https://a.example/x?a=1&b=2", "t"
    )


def test_report_is_self_contained_escaped_and_linkable(warehouse, data, tmp_path):
    out = report.write_report(warehouse, tmp_path / "sub" / "report.html")
    page = out.read_text(encoding="utf-8")
    for c in data["open"]:
        assert f'id="conflict-{c.conflict_id}"' in page
    # Nothing from an article becomes markup; nothing is fetched from elsewhere.
    assert "<script" not in page.lower()
    assert not re.search(r"<[^>]*\bonerror", page, re.IGNORECASE)
    assert "&lt;script&gt;" in page and "evil&lt;b&gt;" in page
    assert 'href="javascript' not in page.lower()
    tags = {t.lower() for t in re.findall(r"<([a-zA-Z][\w-]*)", page)}
    assert tags <= ALLOWED_TAGS, tags - ALLOWED_TAGS
    assert "url(" not in page and "@import" not in page
    assert "<mark>3,12</mark>" in page and "<svg" in page
    assert "Content-Security-Policy" in page and 'name="viewport"' in page


def test_a_decision_shows_in_the_report_and_scores(warehouse, tmp_path):
    db = tmp_path / "w.duckdb"
    db.write_bytes(warehouse.read_bytes())
    con = duckdb.connect(str(db), read_only=True)
    cid, mid = con.execute(
        "SELECT c.conflict_id, m.mention_id FROM conflicts c JOIN mentions m"
        " ON list_contains(c.mention_ids, m.mention_id)"
        " WHERE c.kind = 'value_disagreement' AND m.instansi_code = '61.12' AND m.value = 3.12"
        " LIMIT 1"
    ).fetchone()
    con.close()
    got = resolve(db, cid, accept=mid, by="Ana <i>", note="KepMenPANRB 13/2024 <b>")
    assert got["score"] == {"value": 3.12, "predikat": "Baik", "status": "resolved"}
    page = report.build_report(db)
    assert f'id="conflict-{cid}"' not in page, "a resolved conflict has no card"
    assert "Ana &lt;i&gt;" in page and "KepMenPANRB 13/2024 &lt;b&gt;" in page
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert report.summary(con)["by_status"]["resolved"] == 1
    finally:
        con.close()


def test_missing_database_is_a_one_line_error(tmp_path):
    from spbe.warehouse.db import WarehouseError

    with pytest.raises(WarehouseError, match="not found"):
        report.build_report(tmp_path / "none.duckdb")
