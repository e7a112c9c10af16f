"""The report in a real browser (headless Debian Chromium via Playwright): cards, evidence and
links visible on a desktop and a phone, and a script injected through an article never runs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from spbe.report import write_report
from spbe.warehouse.db import connect
from tests.warehouse_helpers import fact, load

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(
        "Debian's chromium is not installed at /usr/bin/chromium (apt-get install chromium)",
        allow_module_level=True,
    )
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip
# Both try to announce themselves on the console and by a flag on the window.
SCRIPT = "<script>window.__pwned = 1; console.log('PWNED script')</script>"
IMG = "<img src=x onerror=\"window.__pwned = 2; console.log('PWNED onerror')\">"


def article(db: Path, article_id: str, facts: list, source: str, published: date, title: str,
            url: str | None = None) -> None:  # fmt: skip
    load(db, article_id, facts, source=source, published=published)
    con = connect(db)
    try:
        con.execute(
            "UPDATE articles SET title = ?, url = coalesce(?, url) WHERE article_id = ?",
            [title, url, article_id],
        )
    finally:
        con.close()


@pytest.fixture(scope="module")
def report_file(tmp_path_factory) -> Path:
    """A warehouse like the demo's (conflicts, a band mismatch, provinces), plus a hostile page."""
    tmp = tmp_path_factory.mktemp("browser")
    db = tmp / "spbe.duckdb"
    kubu, kalbar, kaltim = "Kabupaten Kubu Raya", "Provinsi Kalimantan Barat", "Kalimantan Timur"
    article(db, "a1", [fact(kubu, 2023, 3.12, "Baik", "Dalam hasil evaluasi SPBE tahun 2023, "
            "Pemkab Kubu Raya memperoleh indeks 3,12 dengan predikat Baik.")],
            "kabarkhatulistiwa", date(2024, 2, 6),
            "Indeks SPBE Kubu Raya Naik, Pemkab Bidik Predikat Sangat Baik",
            "https://kabarkhatulistiwa.example/2024/02/06/indeks-spbe-kubu-raya-naik/")  # fmt: skip
    article(db, "a2", [fact(kubu, 2023, 3.21, "Baik", "Kabupaten Kubu Raya, Kota Pontianak, dan "
            "Kabupaten Sambas masing-masing memperoleh indeks 3,21, 3,35, dan 2,94.")],
            "wartanusantara", date(2024, 2, 13),
            "Tiga daerah di Kalbar raih predikat Baik evaluasi SPBE 2023",
            "https://wartanusantara.example/berita/4647120/tiga-daerah-kalbar")  # fmt: skip
    article(db, "evil", [fact(kubu, 2023, 3.3, "Baik", f"Kubu Raya meraih 3,30 {SCRIPT}{IMG}")],
            "tetangga", date(2024, 2, 20), f"Berita {SCRIPT} {IMG}",
            "javascript:console.log('PWNED link')")  # fmt: skip
    article(db, "a3", [fact("Kabupaten Bengkayang", 2021, 2.55, "Baik", "Pada evaluasi SPBE "
            "2021, Pemkab Bengkayang mencatat indeks 2,55 dengan predikat Baik.")],
            "kabarkhatulistiwa", date(2022, 7, 19), "Bengkayang Kebut Persiapan Evaluasi SPBE",
            "https://kabarkhatulistiwa.example/2022/07/19/bengkayang/")  # fmt: skip
    article(db, "a4", [fact(kalbar, 2022, 3.42, "Baik", "Kalbar meraih indeks 3,42."),
                       fact(kalbar, 2021, 2.97, None, "Tahun sebelumnya 2,97.", "previous")],
            "humas", date(2023, 2, 3), "Kalbar peringkat dua SPBE 2022")  # fmt: skip
    article(db, "a5", [fact(kaltim, 2024, 3.79, "Sangat Baik", "Kaltim meraih 3,79."),
                       fact(kaltim, 2023, 2.91, None, "naik dari 2,91", "previous")],
            "warta", date(2025, 1, 8), "Kaltim Sangat Baik")  # fmt: skip
    con = connect(db)
    try:
        con.execute(
            "INSERT INTO crawl_runs (run_id, started, finished, status)"
            " VALUES ('20250110T190000Z-test', ?, ?, 'ok')",
            [datetime(2025, 1, 10, 19, tzinfo=UTC), datetime(2025, 1, 10, 19, 5, tzinfo=UTC)],
        )
    finally:
        con.close()
    return write_report(db, tmp / "report.html")


@pytest.fixture(scope="module")
def browser() -> Iterator:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


def open_report(browser, report_file: Path, width: int, height: int, anchor: str = ""):
    """The report in a fresh page; returns (page, console messages, dialogs)."""
    page = browser.new_page(viewport={"width": width, "height": height})
    console: list[str] = []
    dialogs: list[str] = []
    page.on("console", lambda m: console.append(m.text))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(report_file.as_uri() + anchor)
    page.wait_for_load_state("load")
    return page, console, dialogs


def test_the_detector_would_see_a_script_run(browser):
    """Control: the same payload, not escaped, is caught by the checks below."""
    page = browser.new_page()
    console: list[str] = []
    page.on("console", lambda m: console.append(m.text))
    page.set_content(f"<p>{SCRIPT}{IMG}</p>")
    page.wait_for_function("window.__pwned !== undefined")
    assert any("PWNED" in c for c in console)
    page.close()


@pytest.mark.parametrize(
    ("device", "width", "height"), [("desktop", 1280, 900), ("phone", 390, 844)]
)
def test_cards_evidence_and_links_are_visible_and_nothing_runs(
    browser, report_file, tmp_path, device, width, height
):
    page, console, dialogs = open_report(browser, report_file, width, height)
    cards = page.locator("article.card")
    assert cards.count() == 2  # Kubu Raya's three figures; Bengkayang's band mismatch
    kubu = cards.filter(has_text="Kabupaten Kubu Raya")
    kubu.scroll_into_view_if_needed()
    assert kubu.is_visible()
    assert kubu.locator(".figure").count() == 3
    mark = kubu.locator("mark", has_text="3,12")
    assert mark.is_visible()
    link = kubu.get_by_role("link", name="Indeks SPBE Kubu Raya Naik")
    assert link.is_visible()
    assert link.get_attribute("href").startswith("https://kabarkhatulistiwa.example/")
    # The hostile article: its markup is visible as text, its URL is not a link.
    assert kubu.get_by_text("<script>window.__pwned", exact=False).first.is_visible()
    assert page.locator("a[href^='javascript' i]").count() == 0
    assert page.evaluate("document.scripts.length") == 0
    assert page.locator("img").count() == 0
    page.wait_for_timeout(200)  # an onerror handler would have fired by now
    assert page.evaluate("window.__pwned") is None
    assert not [c for c in console if "PWNED" in c] and not dialogs
    # Nothing wider than the screen: wide tables scroll inside their own box.
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    shot = tmp_path / f"report-{device}.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    print(f"screenshot: {shot}")
    page.close()


def test_a_reviewer_can_link_to_one_conflict(browser, report_file):
    page, _, _ = open_report(browser, report_file, 390, 844)
    anchor = page.locator("article.card").first.get_attribute("id")
    assert anchor and anchor.startswith("conflict-")
    page.close()
    page, _, _ = open_report(browser, report_file, 390, 844, f"#{anchor}")
    card = page.locator(f"#{anchor}")
    assert card.is_visible()
    box = card.bounding_box()
    assert box is not None and 0 <= box["y"] < 844, "the linked card is scrolled into view"
    page.close()
