"""Calendar arithmetic for the date normaliser: the weekday, the day of a year-less month, a day word and the
holidays on a fixed day, each resolved against the publication date in the direction of the verb's tense.

Split from :mod:`newsledger.extract.timex`, which reads the expressions; nothing here reads text beyond a day
word or a holiday's name.
"""

from __future__ import annotations

import datetime as dt
import re

WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}


# Days named relative to publication ("overnight" is the night before a morning story: the same date).
DAY_OFFSETS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "overnight": 0}


def week(day: dt.date) -> str:
    """The ISO week holding `day`, as TIMEX3 writes it ("2025-W11")."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def month_shift(day: dt.date, months: int) -> str:
    """The month `months` away from `day`'s ("2025-01" for two months before March 2025)."""
    index = day.year * 12 + day.month - 1 + months
    return f"{index // 12}-{index % 12 + 1:02d}"


def nearest_weekday(pub: dt.date, weekday: int, future: bool) -> dt.date:
    """The nearest such weekday on or before the publication date, or on or after it for future events."""
    if future:
        return pub + dt.timedelta(days=(weekday - pub.weekday()) % 7)
    return pub - dt.timedelta(days=(pub.weekday() - weekday) % 7)


def month_day(pub: dt.date, month: int, day: int, future: bool | None) -> dt.date | None:
    """A day and month with no year: the most recent past one, or the next one for future events.

    With the tense unknown (None: no verb in past or future tense governs it, as in "payable Dec. 15" or "a
    meeting on Nov. 21") it is the nearer of the two, so a date three weeks ahead is not read as eleven months
    ago."""
    if future is None:
        past, ahead = month_day(pub, month, day, False), month_day(pub, month, day, True)
        if past is None or ahead is None:
            return past or ahead
        return ahead if (ahead - pub) < (pub - past) else past
    for year in (pub.year, pub.year + 1) if future else (pub.year, pub.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            return None
        if (future and candidate >= pub) or (not future and candidate <= pub):
            return candidate
    return None


def day_of(word: str, pub: dt.date, future: bool | None) -> dt.date | None:
    """The date a day word names: a weekday (past in a past-tense clause, ahead in one that looks ahead, else the
    nearer), yesterday, today, tomorrow."""
    if word in DAY_OFFSETS:
        return pub + dt.timedelta(days=DAY_OFFSETS[word])
    if word in WEEKDAYS:
        if future is None:  # no tense to go by ("the deadline expires on Saturday"): the nearer one
            back, ahead = nearest_weekday(pub, WEEKDAYS[word], False), nearest_weekday(pub, WEEKDAYS[word], True)
            return ahead if ahead - pub < pub - back else back
        return nearest_weekday(pub, WEEKDAYS[word], future)
    return None


def on_weekday(pub: dt.date, month: int, day: int, weekday: int) -> dt.date | None:
    """ "Saturday, April 25" with no year: of the years around publication, the nearest in which April 25 is a
    Saturday (a weekday settles the year whatever the tense; a Sunday story's "Monday, Oct. 26" is tomorrow)."""
    fits = []
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate.weekday() == weekday:
            fits.append(candidate)
    return min(fits, key=lambda d: abs((d - pub).days), default=None)


def iso_date(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


# Holidays on a fixed day, and US Thanksgiving (the fourth Thursday of November): the nearest one in the
# direction of the tense, as a year-less date.  Movable feasts (Easter, Eid) are not computed.
HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
             "new year's eve": (12, 31), "valentine's day": (2, 14), "halloween": (10, 31)}  # fmt: skip


def thanksgiving(year: int) -> dt.date:
    """US Thanksgiving of `year`: the fourth Thursday of November."""
    first = dt.date(year, 11, 1)
    return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)


def holiday(t: str, pub: dt.date, future: bool | None) -> tuple[str, str | None] | None:
    t = re.sub(r"^(?:last|this|next) ", "", t)
    if t in HOLIDAYS:
        found = month_day(pub, *HOLIDAYS[t], future)
        return "date", found.isoformat() if found else None
    if t in ("thanksgiving", "thanksgiving day"):
        days = [thanksgiving(year) for year in (pub.year - 1, pub.year, pub.year + 1)]
        before = [d for d in days if d <= pub]
        after = [d for d in days if d >= pub]
        if future is None:
            return "date", min(days, key=lambda d: abs((d - pub).days)).isoformat()
        return "date", (after[0] if future else before[-1]).isoformat()
    return None


def holiday_on(words: str, day: dt.date) -> bool:
    """Whether a holiday's name ("the Thanksgiving holiday", "Christmas Day") names `day` in its year."""
    t = re.sub(r"^(?:the )?(.+?)(?: holidays?)?$", r"\1", words.lower().strip())
    if t in HOLIDAYS:
        return (day.month, day.day) == HOLIDAYS[t]
    return t in ("thanksgiving", "thanksgiving day") and day == thanksgiving(day.year)
