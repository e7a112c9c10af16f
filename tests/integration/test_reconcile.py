"""Reconciliation on real DuckDB files: agreement, conflicts, predikat-only, previous, targets."""

from __future__ import annotations

from datetime import date

from tests.warehouse_helpers import load, record, rows


def score(db, name_code, year):
    found = rows(
        db,
        "SELECT value, predikat, status, n_articles FROM scores"
        " WHERE instansi_code = ? AND year = ?",
        [name_code, year],
    )
    return found[0] if found else None


def test_single_and_agreed(tmp_path):
    db = tmp_path / "w.duckdb"
    load(db, "a1", [record("Kabupaten Landak", 2023, 2.61, "Baik")], source="x")
    assert score(db, "61.08", 2023) == (2.61, "Baik", "single", 1)
    load(db, "a2", [record("Pemkab Landak", 2023, 2.61)], source="y")
    assert score(db, "61.08", 2023) == (2.61, "Baik", "agreed", 2)
    assert rows(db, "SELECT count(*) FROM conflicts") == [(0,)]


def test_value_disagreement_is_one_stable_conflict(tmp_path):
    db = tmp_path / "w.duckdb"
    load(db, "a1", [record("Kabupaten Kubu Raya", 2023, 3.12, "Baik")])
    load(db, "a2", [record("Kabupaten Kubu Raya", 2023, 3.21, "Baik")])
    assert score(db, "61.12", 2023)[2] == "conflict"
    first = rows(db, "SELECT conflict_id, kind, candidate_values, status FROM conflicts")
    assert len(first) == 1 and first[0][1] == "value_disagreement"
    assert first[0][2] == [3.12, 3.21] and first[0][3] == "open"
    # A later night that brings nothing new keeps the same conflict.
    load(db, "a3", [record("Kabupaten Sambas", 2023, 2.74)])
    assert rows(db, "SELECT conflict_id, status FROM conflicts") == [(first[0][0], "open")]


def test_predikat_only_agrees_with_a_value_in_its_band(tmp_path):
    db = tmp_path / "w.duckdb"
    load(db, "a1", [record("Kota Pontianak", 2019, 2.71)])
    load(db, "a2", [record("Kota Pontianak", 2019, None, "Baik")])
    assert score(db, "61.71", 2019) == (2.71, "Baik", "agreed", 2)
    load(db, "a3", [record("Kota Pontianak", 2019, None, "Cukup")])
    assert score(db, "61.71", 2019)[2] == "conflict"
    assert rows(db, "SELECT kind FROM conflicts") == [("predikat_disagreement",)]


def test_previous_year_figures_confirm_or_contradict(tmp_path):
    db = tmp_path / "w.duckdb"
    load(db, "a1", [record("Provinsi Kalimantan Timur", 2023, 2.91)])
    load(db, "a2", [record("Kaltim", 2024, 3.79), record("Kaltim", 2023, 2.91, role="previous")])
    # No article states a predikat: the score takes the band of the agreed value.
    assert score(db, "64", 2023) == (2.91, "Baik", "agreed", 2)
    load(db, "a3", [record("Kaltim", 2023, 2.19, role="previous")])
    assert score(db, "64", 2023)[2] == "conflict"


def test_targets_never_make_or_break_a_score(tmp_path):
    db = tmp_path / "w.duckdb"
    load(db, "a1", [record("Kabupaten Kudus", 2018, 2.72, "Baik"),
                    record("Kabupaten Kudus", 2018, 1.96, role="target")])  # fmt: skip
    assert score(db, "33.19", 2018) == (2.72, "Baik", "single", 1)
    load(db, "a2", [record("Kabupaten Kudus", 2019, 3.5, role="target")])
    assert score(db, "33.19", 2019) is None


def test_band_mismatch_is_flagged_and_kept_out_of_scores(tmp_path):
    db = tmp_path / "w.duckdb"
    load(db, "a1", [record("Kabupaten Bengkayang", 2021, 2.55, "Baik")])
    assert rows(db, "SELECT valid, problems FROM mentions") == [(False, ["band_mismatch"])]
    assert rows(db, "SELECT kind, status FROM conflicts") == [("band_mismatch", "open")]
    assert score(db, "61.07", 2021) is None


def test_validation_rules(tmp_path):
    db = tmp_path / "w.duckdb"
    load(db, "a1", [record("Kabupaten Landak", 2025, 2.9)], published=date(2026, 1, 10))
    load(db, "a2", [record("Kabupaten Landak", 2026, 2.9)], published=date(2025, 1, 10))
    got = dict(rows(db, "SELECT year, problems FROM mentions"))
    assert got[2025] == []
    assert "year_after_publication" in got[2026] and "year_without_spbe_bands" in got[2026]


def test_an_actual_result_for_the_publication_year_itself_is_flagged(tmp_path):
    db = tmp_path / "w.duckdb"
    load(db, "a1", [record("Kabupaten Landak", 2024, 2.9)], published=date(2024, 3, 1))
    load(db, "a2", [record("Kabupaten Sambas", 2021, 2.9)], published=date(2021, 12, 16))
    got = dict(rows(db, "SELECT year, problems FROM mentions"))
    assert got[2024] == ["year_not_yet_evaluated"]
    assert got[2021] == []  # results of 2021 came out late in 2021
