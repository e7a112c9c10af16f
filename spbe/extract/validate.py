"""Checks of one extracted fact against the SPBE rules (bands per evaluation year)."""

from __future__ import annotations

from datetime import date

from spbe.extract.lexicon import RESULTS_FROM_MONTH
from spbe.extract.rules import Record

# Lower edges (inclusive) of each predikat, per evaluation year. The same for 2018-2025;
# from 2026 the index is replaced (Indeks Pemerintah Digital) and these bands do not apply.
_SPBE_BANDS = (
    ("Memuaskan", 4.2),
    ("Sangat Baik", 3.5),
    ("Baik", 2.6),
    ("Cukup", 1.8),
    ("Kurang", 0.0),
)
BANDS: dict[int, tuple[tuple[str, float], ...]] = {year: _SPBE_BANDS for year in range(2018, 2026)}
FIRST_YEAR = 2018


def band(value: float, year: int | None) -> str | None:
    """The predikat a value earns in that evaluation year, or None when no band is known."""
    bands = BANDS.get(year) if year is not None else None
    if bands is None:
        return None
    for name, lower in bands:
        if value >= lower - 1e-9:
            return name
    return None


def problems(
    record: Record, published: date | None, known_codes: set[str] | None = None
) -> list[str]:
    """What is wrong with a fact, as short codes; [] when it passes every check."""
    out: list[str] = []
    if record.value is not None and not 0 <= record.value <= 5:
        out.append("value_out_of_range")
    if record.year is None:
        out.append("year_unknown")
    elif record.year < FIRST_YEAR:
        out.append("year_before_2018")
    elif record.year not in BANDS:
        out.append("year_without_spbe_bands")
    actual = record.role != "target"
    if actual and published and record.year is not None and record.year > published.year:
        out.append("year_after_publication")
    # Results of year N come out from the autumn of N at the earliest (DOMAIN.md): an
    # "actual" result for the publication year itself, published before then, is suspect.
    if (
        record.role == "actual"
        and published
        and record.year == published.year
        and published.month < RESULTS_FROM_MONTH
    ):
        out.append("year_not_yet_evaluated")
    stated = record.value is not None and record.predikat is not None
    if stated and record.year in BANDS and band(record.value, record.year) != record.predikat:
        out.append("band_mismatch")
    if known_codes is not None and record.instansi_code not in known_codes:
        out.append("instansi_unknown")
    return out
