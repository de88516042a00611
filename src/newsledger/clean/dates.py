"""Absolute calendar dates on a page's date line ("Published 12 March 2025 10:32 GMT") to ISO form.

Only fully specified dates (day, month and year) are read here; relative expressions inside the story are the
business of the date extractor, which resolves them against the date found here.
"""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})")
_MDY = re.compile(r"\b([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})\b")
_DMY = re.compile(r"\b(\d{1,2}) ([A-Za-z]{3,9})\.?,? (\d{4})\b")


def _make(year: int, month: int | None, day: int) -> str | None:
    if month is None:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_date_line(text: str) -> str | None:
    """The first complete date in `text` as YYYY-MM-DD, or None."""
    if m := _ISO.search(text):
        return _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if m := _MDY.search(text):
        return _make(int(m.group(3)), MONTHS.get(m.group(1).lower()), int(m.group(2)))
    if m := _DMY.search(text):
        return _make(int(m.group(3)), MONTHS.get(m.group(2).lower()), int(m.group(1)))
    return None


def parse_iso_date(value: str) -> str | None:
    """A YYYY-MM-DD value (or an ISO timestamp) as YYYY-MM-DD, None when it is not a real date."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?", value.strip())
    return _make(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
