from datetime import date

import pytest

from spbe.extract.dates import date_from_text, is_date_line, parse_date_string


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kata dia, Jumat, (03/02/2023).", date(2023, 2, 3)),
        ("ujar Faisal, Senin (13/1/2025).", date(2025, 1, 13)),
        ("ungkap Bupati, (20/02/20).", date(2020, 2, 20)),
        ("Pagi ini (28-03-2019), dilangsungkan", date(2019, 3, 28)),
        ("Banjarmasin, Selasa, 12 Maret 2024 - Pemprov", date(2024, 3, 12)),
        ("indeks 3,45 dan 2.1 serta Nomor 95 Tahun 2018", None),
    ],
)
def test_dates_in_text(text, expected):
    assert date_from_text(text, today=date(2026, 1, 1)) == expected


def test_header_date_line_is_not_publication_date():
    text = "Jumat , 22 November 2024\nHome / LANDAK\nJudul\n\nisi, (20/02/20)."
    assert is_date_line("Jumat , 22 November 2024")
    assert date_from_text(text, today=date(2026, 1, 1)) == date(2020, 2, 20)


def test_parse_single_strings():
    assert parse_date_string("2023-02-03T09:15:00+07:00") == date(2023, 2, 3)
    assert parse_date_string("Senin, 13 Januari 2025 10:21 WIB") == date(2025, 1, 13)
    assert parse_date_string("3,45") is None
