"""Publication dates: from page metadata, else from Indonesian date strings in likely places.

A search with dateparser over a whole article reads "3,45" or "2,1" as dates, so dates are
found here only by strict patterns, and dateparser parses just the matched string.
"""

from __future__ import annotations

import re
from datetime import date, datetime

import dateparser

_DAYS = r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad)"
_MONTHS = (
    r"(?:Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|"
    r"November|Nopember|Desember|Jan|Feb|Mar|Apr|Jun|Jul|Agu|Agt|Ags|Sep|Okt|Nov|Des)\.?"
)
# "Selasa, 12 Maret 2024", "12 Maret 2024 10:21 WIB"
_WORD_DATE = re.compile(
    rf"(?:{_DAYS}\s*,?\s*)?\b(\d{{1,2}})\s+({_MONTHS})\s+(\d{{4}})\b", re.IGNORECASE
)
# "(03/02/2023)", "Senin (13/1/2025)", "(20/02/20)", "28-03-2019", "28.03.2019"
_NUM_DATE = re.compile(r"(?<![\d,.])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d,]|\.\d)")
_ISO_DATE = re.compile(r"\b(20\d{2})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")

_PARSER_SETTINGS = {
    "DATE_ORDER": "DMY",
    "PREFER_DAY_OF_MONTH": "first",
    "REQUIRE_PARTS": ["day", "month", "year"],
}

# "Selasa, 12 Maret 2024" is read without dateparser (a thousand times faster): the words
# below are those dateparser reads the same way; others ("Ags", "Jum'at") still go to it.
_MONTH_NUMBERS = {
    "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "maret": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8,
    "agu": 8, "agt": 8, "september": 9, "sep": 9, "oktober": 10, "okt": 10, "november": 11,
    "nopember": 11, "nov": 11, "desember": 12, "des": 12,
}  # fmt: skip
_PLAIN_WORD_DATE = re.compile(
    r"(?:(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu|ahad) ?(?:, ?)?)?"
    r"(\d{1,2}) ([a-z]+)\.? ((?:19|20)\d{2})",
    re.IGNORECASE | re.ASCII,
)


def parse_date_string(value: str) -> date | None:
    """Parse one date string (ISO, Indonesian words, or d/m/y); None when it is not a date."""
    value = value.strip()
    m = _ISO_DATE.search(value)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    m = _NUM_DATE.search(value)
    if m and _WORD_DATE.search(value) is None:
        day, month, year = int(m.group(1)), int(m.group(3)), m.group(4)
        y = int(year) + (2000 if len(year) == 2 else 0)
        try:
            return date(y, month, day)
        except ValueError:
            return None
    plain = _PLAIN_WORD_DATE.fullmatch(value)
    if plain and plain.group(2).lower() in _MONTH_NUMBERS:
        day, month = int(plain.group(1)), _MONTH_NUMBERS[plain.group(2).lower()]
        try:
            return date(int(plain.group(3)), month, day)
        except ValueError:
            return None
    parsed = dateparser.parse(value, languages=["id", "en"], settings=_PARSER_SETTINGS)
    return parsed.date() if isinstance(parsed, datetime) else None


def _plausible(d: date, today: date | None) -> bool:
    today = today or date.today()
    return date(2015, 1, 1) <= d <= today


def find_dates(text: str, today: date | None = None) -> list[tuple[int, date]]:
    """Every strict-pattern date in `text` with its offset, in order; implausible ones dropped."""
    found: list[tuple[int, date]] = []
    for rx in (_WORD_DATE, _NUM_DATE):
        for m in rx.finditer(text):
            d = parse_date_string(m.group(0))
            if d and _plausible(d, today):
                found.append((m.start(), d))
    found.sort()
    return found


def is_date_line(line: str) -> bool:
    """True for a line that is only a date, like a site header's 'Jumat, 22 November 2024'."""
    stripped = re.sub(r"[\s,|()]+", " ", line).strip()
    if not stripped or len(stripped) > 45:
        return False
    m = _WORD_DATE.search(stripped) or _NUM_DATE.search(stripped)
    if not m:
        return False
    rest = (stripped[: m.start()] + stripped[m.end() :]).strip(" ,-")
    rest = re.sub(rf"^{_DAYS}$", "", rest, flags=re.IGNORECASE)
    rest = re.sub(r"\b\d{1,2}[:.]\d{2}\b|\b(WIB|WITA|WIT)\b", "", rest).strip(" ,-")
    return rest == ""


def date_from_text(text: str, today: date | None = None) -> date | None:
    """The publication date stated in an article's text, or None.

    A date standing alone on the first lines (a site header's "today") is skipped; of the
    rest, the first dated mention wins, as outlets put the date in the dateline or in the
    first quote's attribution.
    """
    lines = text.splitlines()
    offset = 0
    skip_until = 0
    for i, line in enumerate(lines[:4]):
        if is_date_line(line) and i < 3:
            skip_until = offset + len(line)
        offset += len(line) + 1
    for pos, d in find_dates(text, today):
        if pos >= skip_until:
            return d
    return None
