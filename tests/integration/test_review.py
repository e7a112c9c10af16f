"""Reviewers' decisions through the real command line: they stick across re-extraction and new
nightly runs, and a new different figure reopens the conflict with the old decision kept."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from spbe.review import ReviewError, resolve
from tests.conftest import FAST, spbe
from tests.warehouse_helpers import load, record

KUBU_RAYA = "61.12"


@dataclass
class Crawled:
    db: Path
    sources: Path
    pristine: Path  # a copy taken before any decision


@pytest.fixture(scope="module")
def crawled(demo_site, tmp_path_factory) -> Crawled:
    tmp = tmp_path_factory.mktemp("review")
    sources = demo_site.write_sources(tmp / "sources.yaml")
    db = tmp / "spbe.duckdb"
    for args in (("crawl", "--sources", str(sources), *FAST), ("extract",)):
        done = spbe(*args, "--db", str(db))
        assert done.returncode == 0, done.stderr
    pristine = tmp / "pristine" / "spbe.duckdb"
    pristine.parent.mkdir()
    shutil.copyfile(db, pristine)
    return Crawled(db, sources, pristine)


def rows(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def kubu_conflict(db: Path) -> tuple[str, dict[float, str]]:
    """The demo's Kubu Raya 2023 disagreement (3.12 vs 3.21) and its mention per value."""
    [(cid, mids)] = rows(
        db,
        "SELECT conflict_id, mention_ids FROM conflicts"
        " WHERE instansi_code = ? AND year = 2023 AND kind = 'value_disagreement'",
        [KUBU_RAYA],
    )
    by_value = dict(
        rows(
            db, "SELECT value, mention_id FROM mentions WHERE list_contains(?, mention_id)", [mids]
        )
    )
    assert sorted(by_value) == [3.12, 3.21]
    return cid, by_value


def score(db: Path) -> tuple:
    return rows(
        db,
        "SELECT value, predikat, status FROM scores WHERE instansi_code = ? AND year = 2023",
        [KUBU_RAYA],
    )[0]


def ok(*args: str) -> str:
    done = spbe(*args)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_list_and_show_a_conflict_with_its_evidence(crawled):
    cid, by_value = kubu_conflict(crawled.db)
    listed = ok("review", "list", "--db", str(crawled.db)).splitlines()
    [line] = [ln for ln in listed if ln.startswith(cid)]
    assert "value_disagreement" in line and "Kabupaten Kubu Raya 2023" in line
    assert "3.12" in line and "3.21" in line
    shown = ok("review", "show", cid[:8], "--db", str(crawled.db))
    assert f"conflict {cid}" in shown and "Kabupaten Kubu Raya" in shown
    assert "indeks 3,12" in shown and "3,21" in shown
    assert by_value[3.12] in shown and by_value[3.21] in shown


def test_mistakes_are_one_line_errors_that_change_nothing(crawled):
    db = crawled.pristine
    cid, by_value = kubu_conflict(db)
    # Through the command line: exit code 2 and one line on stderr.
    for args, message in [
        (["ffffffff", "--value", "3.1", "--by", "ana"], "unknown conflict id"),
        ([cid, "--value", "3.12"], "--by is required"),
    ]:
        done = spbe("review", "resolve", *args, "--note", "n", "--db", str(db))
        assert done.returncode == 2, done.stdout
        assert message in done.stderr and len(done.stderr.strip().splitlines()) == 1
    # The same checks in the library, quicker than a process each.
    for kwargs, message in [
        ({"value": 7}, "outside the SPBE index range"),
        ({"value": 3.12, "predikat": "Bagus"}, "unknown predikat"),
        ({"value": 3.12, "predikat": "Cukup"}, "contradicts the official band"),
        ({"predikat": "Baik"}, "give --value or --accept"),
        ({"accept": "0000000000000000"}, "is not part of conflict"),
        ({"reject": "0000000000000000"}, "is not part of conflict"),
        ({"value": 3.12, "accept": by_value[3.12]}, "exactly one of"),
        ({}, "exactly one of"),
    ]:
        with pytest.raises(ReviewError, match=message):
            resolve(db, cid, by="ana", note="n", **kwargs)
    [(bm, [bm_mention])] = rows(
        db, "SELECT conflict_id, mention_ids FROM conflicts WHERE kind = 'band_mismatch'"
    )
    with pytest.raises(ReviewError, match="is Cukup in 2021: give --value"):
        resolve(db, bm, accept=bm_mention, by="ana", note="n")
    with pytest.raises(ReviewError, match="--note is required"):
        resolve(db, cid, value=3.12, by="ana", note="  ")
    assert rows(db, "SELECT count(*) FROM review_decisions") == [(0,)]


def test_a_decision_survives_reextraction_and_the_next_nightly_run(crawled, tmp_path):
    db = crawled.db
    cid, by_value = kubu_conflict(db)
    assert score(db) == (None, "Baik", "conflict")
    said = ok("review", "resolve", cid, "--accept", by_value[3.12], "--by", "Ana",
              "--note", "KepMenPANRB 13/2024 lists 3,12", "--db", str(db))  # fmt: skip
    assert len(said.strip().splitlines()) == 1 and "resolved" in said and "3.12" in said
    assert score(db) == (3.12, "Baik", "resolved")
    [(status, resolution)] = rows(
        db, "SELECT status, resolution FROM conflicts WHERE conflict_id = ?", [cid]
    )
    assert status == "resolved" and "Ana" in resolution
    assert cid not in ok("review", "list", "--db", str(db))
    assert cid in ok("review", "list", "--status", "resolved", "--db", str(db))

    out = tmp_path / "report.html"
    assert str(out) in ok("report", "--db", str(db), "--out", str(out))
    page = out.read_text(encoding="utf-8")
    assert f'id="conflict-{cid}"' not in page and "KepMenPANRB 13/2024 lists 3,12" in page

    mentions_before = rows(db, "SELECT mention_id, value FROM mentions ORDER BY 1")
    ok("extract", "--all", "--db", str(db))
    assert rows(db, "SELECT mention_id, value FROM mentions ORDER BY 1") == mentions_before
    assert score(db) == (3.12, "Baik", "resolved")
    ok("crawl", "--sources", str(crawled.sources), "--db", str(db), *FAST)
    ok("extract", "--db", str(db))
    assert score(db) == (3.12, "Baik", "resolved")
    assert rows(db, "SELECT status FROM conflicts WHERE conflict_id = ?", [cid]) == [("resolved",)]
    assert rows(db, "SELECT count(*) FROM review_decisions") == [(1,)]


def test_a_new_different_figure_reopens_and_keeps_the_old_decision(crawled, tmp_path):
    decided = tmp_path / "decided" / "spbe.duckdb"
    decided.parent.mkdir()
    shutil.copyfile(crawled.pristine, decided)
    cid, by_value = kubu_conflict(decided)
    ok("review", "resolve", cid, "--value", "3.12", "--by", "Ana", "--note", "decree",
       "--db", str(decided))  # fmt: skip
    # The helpers write the file in place, so they get a copy without a working file.
    db = tmp_path / "spbe.duckdb"
    shutil.copyfile(decided, db)
    # Another outlet publishes a third figure; the same figures again would change nothing.
    again = load(db, "later-1", [record("Kabupaten Kubu Raya", 2023, 3.21, "Baik")])
    assert again["reopened"] == 0 and score(db) == (3.12, "Baik", "resolved")
    counts = load(db, "later-2", [record("Kabupaten Kubu Raya", 2023, 3.30, "Baik")])
    assert counts["reopened"] == 1
    assert score(db) == (None, "Baik", "conflict")
    assert rows(db, "SELECT status FROM conflicts WHERE conflict_id = ?", [cid]) == [("open",)]
    assert rows(db, "SELECT value, decided_by FROM review_decisions") == [(3.12, "Ana")]
    assert cid in ok("review", "list", "--db", str(db))
    assert "decided 3.12 Baik (Ana" in ok("review", "show", cid, "--db", str(db))
    out = tmp_path / "report.html"
    ok("report", "--db", str(db), "--out", str(out))
    page = out.read_text(encoding="utf-8")
    assert f'id="conflict-{cid}"' in page and "Earlier decisions" in page

    ok("review", "resolve", cid, "--value", "3.3", "--by", "Budi", "--note", "the newer decree",
       "--db", str(db))  # fmt: skip
    assert score(db) == (3.3, "Baik", "resolved")
    assert len(rows(db, "SELECT * FROM review_decisions")) == 2


def test_rejecting_an_extraction_error_lets_reconciliation_decide(crawled, tmp_path):
    db = tmp_path / "spbe.duckdb"
    shutil.copyfile(crawled.pristine, db)
    cid, by_value = kubu_conflict(db)
    said = ok("review", "resolve", cid, "--reject", by_value[3.21], "--by", "Ana",
              "--note", "3,21 belongs to another body", "--db", str(db))  # fmt: skip
    assert "gone" in said
    assert score(db) == (3.12, "Baik", "single")
    assert rows(db, "SELECT status FROM conflicts WHERE conflict_id = ?", [cid]) == [("gone",)]
    # The band mismatch (Bengkayang 2,55 "Baik") rejected: its conflict goes too.
    [(bm, [mid])] = rows(
        db, "SELECT conflict_id, mention_ids FROM conflicts WHERE kind = 'band_mismatch'"
    )
    ok("review", "resolve", bm, "--reject", mid, "--by", "Ana", "--note", "misprint",
       "--db", str(db))  # fmt: skip
    assert rows(db, "SELECT status FROM conflicts WHERE conflict_id = ?", [bm]) == [("gone",)]
    assert "no open conflicts" in ok("review", "list", "--db", str(db))
    ok("extract", "--db", str(db))  # reconciles again, reading the decisions
    assert score(db) == (3.12, "Baik", "single")
    assert rows(db, "SELECT count(*) FROM conflicts WHERE status = 'open'") == [(0,)]
