"""A news date normaliser: a temporal expression and the publication date to a TIMEX3/ISO 8601 value.

Why our own: ``dateparser`` resolves a bare weekday to the coming one, while in news "Tuesday" in a Friday story
is the Tuesday before, unless the verb looks ahead ("will travel to Geneva on Friday").  Values follow TimeML's
TIMEX3 conventions (ISO 8601 dates, weeks ``2025-W11``, months, years, decades ``199``, durations ``P2W``,
``PT24H``, ``PXM``, seasons ``2024-SU``, quarters ``2024-Q1``, and ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``).

Method: rule by rule, as HeidelTime does, on the lower-cased expression; the reference is the publication date
and the tense of the verb the expression hangs from.  Limits: an expression anchored to another date in the
text ("two days later") is resolved against the publication date; "the day" and other references by
description get no value.
"""

from __future__ import annotations

import datetime as dt
import re

from newsledger.clean.dates import MONTHS
from newsledger.extract.calendar_days import (
    DAY_OFFSETS,
    WEEKDAYS,
    day_of,
    holiday,
    iso_date,
    month_day,
    month_shift,
    nearest_weekday,
    on_weekday,
    week,
)
from newsledger.extract.numbers import word_value
from newsledger.extract.spelled import MONTH_RE as _MONTH_RE
from newsledger.extract.spelled import ordinal_days, spelled_years

_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
_UNITS = {
    "second": ("T", "S"), "minute": ("T", "M"), "hour": ("T", "H"), "day": ("", "D"), "week": ("", "W"),
    "month": ("", "M"), "quarter": ("", "Q"), "year": ("", "Y"), "decade": ("", "E"), "century": ("", "C"),
    "millennium": ("", "L"),
}  # fmt: skip  # decade, century, millennium: TimeBank's letters (P1E, PXC, P2L)
_PLURALS = {"centuries": "century", "millennia": "millennium"}
_SEASON_BEGINS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # the month each season is first named for
_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_NUM = r"(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|several|few|many|some)"


def _n(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    if word in ("a", "an"):
        return 1
    value = word_value([word])
    return int(value) if value is not None else None


def _duration(n: int | None, unit: str) -> str:
    time, letter = _UNITS[unit]
    if unit == "decade" and n is not None:
        return f"P{n * 10}Y"
    return f"P{time}{n if n is not None else 'X'}{letter}"


_DECADE_WORDS = {
    w: i for i, w in enumerate("x x twenties thirties forties fifties sixties seventies eighties nineties".split())
}
_HALF = {"year": "P{n}Y6M", "hour": "PT{n}H30M", "minute": "PT{n}M30S", "day": "PT{h}H", "month": "P{n}M15D"}


def _half(t: str) -> tuple[str, str | None] | None:
    """ "2 1/2 years", "a minute and a half", "two and a half hours" -> durations with the half spelled out."""
    m = re.fullmatch(rf"{_NUM}(?: and a half| 1/2|\.5) (year|hour|minute|day|month)s?", t) or re.fullmatch(
        rf"{_NUM} (year|hour|minute|day|month)s? and a half", t
    )
    if not m:
        return None
    n, unit = _n(m.group(1)), m.group(2)
    if n is None:
        return None
    return "duration", _HALF[unit].format(n=n, h=24 * n + 12)


def _quarter_year(pub: dt.date, quarter: int, future: bool | None) -> int:
    """A quarter named without a year: in a past-tense clause the latest one begun by publication (results are
    reported after it), in a future one the next to begin, and otherwise the publication year's."""
    start = dt.date(pub.year, 3 * quarter - 2, 1)
    if future is None:  # no tense to go by: the quarter of the publication year
        return pub.year
    if future:
        # "expects to report a third-quarter loss" in November: results come out after a quarter ends, so a
        # quarter that ended in the last four months is still this year's.
        def end(year: int) -> dt.date:
            return dt.date(year + (quarter == 4), 1 if quarter == 4 else 3 * quarter + 1, 1)

        for year in (pub.year - 1, pub.year):
            if 0 <= (pub - end(year)).days < 122:
                return year
        return pub.year if end(pub.year) > pub else pub.year + 1
    return pub.year if start <= pub else pub.year - 1


def normalise(text: str, pub: dt.date | None, future: bool | None = False) -> tuple[str, str | None]:
    """(kind, value) of one expression; kind is date, time, duration or set; value None when unresolvable.

    `future`: True when the governing verb looks ahead, False when it is in a past tense (or a bare weekday,
    which news uses for the past), None when no tense says which (a year-less date is then the nearer one)."""
    t = re.sub(r"\s+", " ", text.lower().strip()).replace("’", "'")
    t = re.sub(r"^(?:on|in|at|by|since|from|until|during|for|of) ", "", t)
    # "shortly after midnight on Tuesday": the first minutes of that day (midnight alone is the end of the day
    # it is named with, as wire style writes it: "a curfew from midnight Tuesday")
    after_midnight = re.fullmatch(r"(?:(?:shortly|just|soon|right) )?after midnight,? (?:on )?(\w+)", t)
    if pub is not None and after_midnight and (day := day_of(after_midnight.group(1), pub, future)) is not None:
        return "time", f"{day.isoformat()}T00:00"
    # "nearly forty years", "barely a month", "up to 180 days": the qualifier does not change the value.
    t = re.sub(
        r"^(?:nearly|almost|about|around|some|sometime|barely|only|just|up to|more than|over|at least|least|"
        r"roughly|less than|no more than|fewer than|under|within|another|an additional|a further|"
        r"as (?:long|early|late|much|many|recently) as|(?:the )?early hours of|(?:shortly|just|soon) (?:before|after)) ",
        "",
        t,
    )
    # "just before midnight", "shortly after 3 p.m.": about the clock time ("just" is stripped above)
    t = re.sub(r"^(?:before|after) (?=noon|midday|midnight|\d{1,2}(?:[:.]\d\d)? ?[ap]\.?m)", "", t)
    t = re.sub(r"\b(?:a )?couple of ", "two ", t)  # "the next couple of years"
    t = re.sub(r"^each of ", "", t)  # "each of the past three years" is the three years
    # "the first nine months of the year", "the latest nine months": the span of months.
    t = re.sub(r"^(?:the )?(?:first|latest|last|past|year-earlier|year-ago) (\w+ months) of (?:the year|this year|"
               r"last year|\d{4})$", r"\1", t)  # fmt: skip
    t = re.sub(r"^(?:the )?(?:latest|year-earlier|year-ago) (?=\w+ months$)", "", t)
    t = re.sub(r"^a few ", "few ", t)
    # "two consecutive quarters", "the past five trading days": the count of units is the span.
    t = re.sub(r"\b(?:consecutive|straight|successive) (?=\w+s$)", "", t)
    t = re.sub(r"\b(?:trading|business|working) (?=days?$)", "", t)
    t = re.sub(r"(?<=\w) or so\b", "", t)  # "the next two years or so", "a week or so ago"
    t = re.sub(r"'s$", "", t)  # "the latest quarter's results"
    t = re.sub(r"^(?:early|mid|late)[ -](?=" + _MONTH_RE + r"(?: |$))", "", t)  # "late-November"
    if re.fullmatch(r"(?:the )?(?:coming|future|later) (?:day|week|month|quarter)s|a later date", t):
        return "date", "FUTURE_REF"
    if (m := re.fullmatch(r"(?:the )?(\w+?)s ahead", t)) and m.group(1) in _UNITS:  # "the weeks ahead"
        return "duration", _duration(None, m.group(1))
    t = re.sub(r"^an? (?=(?:first|second|third|fourth)[- ]quarter)", "", t)  # "a fourth-quarter charge"
    # Bare plural units: "for weeks", "centuries", "the years" -> PXW, PXC, PXY ("a months-long operation" too).
    if m := re.fullmatch(r"(?:the )?(\w+?)s(?:-long)?", t):
        bare = _PLURALS.get(m.group(1) + "s", m.group(1))
        if bare in _UNITS:
            return "duration", _duration(None, bare)
    t = re.sub(r"\ba (hundred|thousand)\b", lambda m: "100" if m.group(1) == "hundred" else "1000", t)
    t = re.sub(r"^an? (?=\d|(?:two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty)\b)", "", t)
    t = ordinal_days(spelled_years(t))
    if half := _half(t):
        return half
    if re.fullmatch(r"(?:several|a few|few|many|some|a number of) (?:day|week|month|year|decade)s? ago", t):
        return "date", "PAST_REF"
    if t in ("the future", "the near future", "future", "the distant future", "the long term", "the near term",
             "the short term"):  # fmt: skip
        return "date", "FUTURE_REF"
    if t in ("the past", "the recent past"):
        return "date", "PAST_REF"
    t = re.sub(r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[ -](one|two|three|four|five|six|seven|eight|nine)\b",
               lambda m: str(int(word_value([m.group(1), m.group(2)]) or 0)), t)  # fmt: skip
    if m := re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", t):
        return "date", m.group(0)
    if re.fullmatch(
        r"(?:the )?(?:past|last|previous|preceding|coming|next|following)?\s?(?:several|few|recent|many) (\w+?)s?", t
    ):
        unit = re.fullmatch(r".*?(\w+?)s?", t).group(1)  # type: ignore[union-attr]
        unit = _PLURALS.get(unit + "s", unit)
        if unit in _UNITS:
            return "duration", _duration(None, unit)
    m = re.fullmatch(
        rf"(?:the )?(?:past|last|previous|preceding|coming|next|first|final)?\s?{_NUM}[ -](\w+?)s?'?(?: long| old)?", t
    )
    if m and m.group(2) in _UNITS:
        return "duration", _duration(_n(m.group(1)), m.group(2))
    m = re.fullmatch(r"(?:recent|the past|the last|past|several|some|many|the coming) (\w+?)s", t)
    if m and m.group(1) in _UNITS:
        return "duration", _duration(None, m.group(1))
    if t in (
        "now",
        "currently",
        "current",
        "the time being",
        "at present",
        "presently",
        "right now",
        "at the moment",
        "nowadays",
        "these days",
    ):
        return "date", "PRESENT_REF"
    if t in ("recently", "lately", "in recent days", "in recent weeks", "in the past", "previously", "formerly"):
        return "date", "PAST_REF"
    if t in ("soon", "in the future", "in the coming days", "in the coming weeks", "later"):
        return "date", "FUTURE_REF"
    if m := re.fullmatch(r"(?:the )?(\d{1,2})(?:st|nd|rd|th) century", t):
        return "date", f"{int(m.group(1)) - 1:02d}"
    m = re.fullmatch(r"(?:the )?(?:early |mid-|late )?(?:(nineteen|twenty) )?(\w+ties)", t)
    if m and m.group(2) in _DECADE_WORDS:
        century = "20" if m.group(1) == "twenty" else "19"
        return "date", f"{century}{_DECADE_WORDS[m.group(2)]}"
    if m := re.fullmatch(rf"(?:every|each) ({'|'.join(WEEKDAYS)})", t):
        return "set", f"XXXX-WXX-{WEEKDAYS[m.group(1)] + 1}"  # "rallied every Friday" (TimeML)
    if re.fullmatch(r"(?:every|each) (\w+)|daily|weekly|monthly|annually|yearly|hourly", t):
        unit = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year", "yearly": "year",
                "hourly": "hour"}.get(t)  # fmt: skip
        unit = unit or t.split()[-1]
        return "set", _duration(1, unit) if unit in _UNITS else None
    if m := re.fullmatch(r"(?:the )?week (?:of|beginning|starting) (.+)", t):
        # "a court hearing the week of March 6": the ISO week that holds the day
        kind, value = normalise(m.group(1), pub, future)
        if kind == "date" and value and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            return "date", week(dt.date.fromisoformat(value))
    if pub is None:
        return _absolute(t)
    # "on November 1 last year", "March 3 this year": the day in the year named.
    day_of_year = rf"(?:{_MONTH_RE} \d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTH_RE})"
    if m := re.fullmatch(rf"(.*\b{day_of_year}),? (?:of )?(this|last|next) year", t):
        t = f"{m.group(1)} {pub.year + {'this': 0, 'last': -1, 'next': 1}[m.group(4)]}"
    return _relative(t, pub, future) or _clock(t, pub, future) or _absolute(t, pub, future)


_CLOCK_WORDS = {w: str(i + 1) for i, w in enumerate(
    "one two three four five six seven eight nine ten eleven twelve".split())}  # fmt: skip


def _clock(t: str, pub: dt.date, future: bool | None) -> tuple[str, str | None] | None:
    """'10 p.m. Wednesday', '3:30 pm', 'noon', 'midnight' -> date and hour."""
    if t in ("noon", "midday"):
        return "time", f"{pub.isoformat()}T12:00"
    if t == "midnight":
        # In a past-tense clause the midnight that began the publication day ("explosions shortly after
        # midnight"); otherwise the one that ends it ("the deadline expires at midnight").
        day = pub - dt.timedelta(days=1) if future is False else pub
        return "time", f"{day.isoformat()}T24:00"
    # A zone makes the time UTC when it is UTC or GMT ("0300 GMT", "16:00 UTC today"); another zone ("EST",
    # "local time") is kept as the clock reads, as TimeBank does.
    # "4 in the morning", "eight o'clock in the evening": the hour of the twelve-hour clock the phrase names.
    t = re.sub(
        r"^(\d{1,2}|"
        + "|".join(_CLOCK_WORDS)
        + r")(?::(\d\d))?(?: o'clock)?(?: (in the morning)| in the (?:afternoon|evening)| at night)",
        lambda m: f"{_CLOCK_WORDS.get(m.group(1), m.group(1))}:{m.group(2) or '00'} {'a.m.' if m.group(3) else 'p.m.'}",
        t,
    )
    zone = re.search(r" ?\(?\b(?:gmt|utc|z)\b(?: ?([+-]\d{1,2})(?::?(\d\d))?)?\)?", t)
    suffix = "Z" if zone else ""
    t = re.sub(r" ?\(?\b(?:gmt|utc|z|[ecmp][sd]t|local time)\b(?: ?[+-]\d{1,2}(?::?\d\d)?)?\)?", "", t)
    m = re.fullmatch(r"(\d{1,2})(?:[:.](\d\d))? ?(a\.?m\.?|p\.?m\.?)(?:,? (?:on )?(\w+))?(?: \w+)?", t)
    # "5 p.m. EST Nov. 9", "10 a.m., Oct. 3": the clock on the day written after it
    dated = re.fullmatch(
        rf"(\d{{1,2}})(?:[:.](\d\d))? ?(a\.?m\.?|p\.?m\.?),? (?:on )?({_MONTH_RE} \d{{1,2}}(?:,? \d{{4}})?)", t
    )
    if dated:
        day_value = normalise(dated.group(4), pub, future)[1] or ""
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", day_value):
            return None
        hour = int(dated.group(1)) % 12 + (12 if dated.group(3).startswith("p") else 0)
        return "time", f"{day_value}T{hour:02d}:{dated.group(2) or '00'}{suffix}"
    if m:
        hour = int(m.group(1)) % 12 + (12 if m.group(3).startswith("p") else 0)
        minute, day_word = m.group(2) or "00", m.group(4)
    elif m := re.fullmatch(r"([01]?\d|2[0-4])(?::|\.|h)?([0-5]\d)(?: (?:on )?(\w+))?", t):
        if not zone and ":" not in t and "h" not in t:
            return None  # "1945" alone is a year, not a quarter to eight
        hour, minute, day_word = int(m.group(1)), m.group(2), m.group(3)
    else:
        return None
    day = pub
    if day_word in WEEKDAYS or day_word in DAY_OFFSETS:
        day = day_of(day_word, pub, future) or pub  # no tense ("talks begin at 0900 GMT on Monday"): the nearer
    if zone and zone.group(1):  # "6:40 p.m. (GMT+8)": back to UTC, the day moving with it
        offset = dt.timedelta(
            hours=int(zone.group(1)), minutes=int(zone.group(2) or 0) * (1 if "+" in zone.group(1) else -1)
        )
        moment = dt.datetime(day.year, day.month, day.day) + dt.timedelta(hours=hour, minutes=int(minute)) - offset
        return "time", moment.strftime("%Y-%m-%dT%H:%MZ")
    return "time", f"{day.isoformat()}T{hour:02d}:{minute}{suffix}"


def _absolute(t: str, pub: dt.date | None = None, future: bool | None = False) -> tuple[str, str | None]:
    if m := re.search(rf"\b{_MONTH_RE} (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}})\b", t):
        return "date", iso_date(int(m.group(3)), MONTHS[m.group(1)[:3]], int(m.group(2)))
    if m := re.search(rf"\b(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{_MONTH_RE},? (\d{{4}})\b", t):
        return "date", iso_date(int(m.group(3)), MONTHS[m.group(2)[:3]], int(m.group(1)))
    if m := re.search(rf"\b{_MONTH_RE},? (\d{{4}})\b", t):
        return "date", f"{m.group(2)}-{MONTHS[m.group(1)[:3]]:02d}"
    if m := re.fullmatch(r"(?:the )?(?:early |mid-|late )?(\d{3})0s", t):
        return "date", m.group(1)
    if m := re.fullmatch(r"(?:the )?(?:early |mid-|late )?'?([3-9])0s", t):  # "the '70s", "the 80s"
        return "date", f"19{m.group(1)}"
    if m := re.search(r"\b(1[89]\d\d|20\d\d)\b", t):
        if season := next((v for k, v in _SEASONS.items() if k in t), None):
            return "date", f"{m.group(1)}-{season}"
        return "date", m.group(1)
    if pub is not None:
        if m := re.search(rf"\b{_MONTH_RE} (\d{{1,2}})(?:st|nd|rd|th)?\b", t) or re.search(
            rf"\b(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{_MONTH_RE}", t
        ):
            month_word, day = (m.group(1), m.group(2)) if not m.group(1).isdigit() else (m.group(2), m.group(1))
            weekday = next((WEEKDAYS[w] for w in re.findall(r"[a-z]+day", t) if w in WEEKDAYS), None)
            found = on_weekday(pub, MONTHS[month_word[:3]], int(day), weekday) if weekday is not None else None
            found = found or month_day(pub, MONTHS[month_word[:3]], int(day), future)
            return "date", found.isoformat() if found else None
        if m := re.fullmatch(
            rf"(?:early |mid-|late |(?:the )?(?:end|start|beginning|middle|first half|second half) of )?(?:last )?{_MONTH_RE}",
            t,
        ):
            month = MONTHS[m.group(1)[:3]]
            back, ahead = _years_of_month(pub, month)
            if re.search(r"\blast ", t):  # "last April": the latest April before this month, whatever the tense
                year = back if month < pub.month else pub.year - 1
            elif future is None:  # unknown tense: the nearer month
                gap_back = (pub.year - back) * 12 + pub.month - month
                gap_ahead = (ahead - pub.year) * 12 + month - pub.month
                year = ahead if gap_ahead < gap_back else back
            else:
                year = ahead if future else back
            return "date", f"{year}-{month:02d}"
    return "date", None


def _years_of_month(pub: dt.date, month: int) -> tuple[int, int]:
    """The years of the latest `month` up to the publication month and of the next one from it."""
    return (pub.year if month <= pub.month else pub.year - 1), (pub.year if month >= pub.month else pub.year + 1)


def _relative(t: str, pub: dt.date, future: bool | None) -> tuple[str, str | None] | None:
    if feast := holiday(t, pub, future):
        return feast
    # "late yesterday", "early Tuesday", "earlier Sunday", "later this afternoon": the day is the same.
    t = re.sub(r"^(?:late|early|earlier|later|mid)[ -](?:on )?(?=(?:today|yesterday|tomorrow|tonight|this |"
               r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)", "", t)  # fmt: skip
    t = re.sub(
        r"^(?:the )?day (?=(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$)", "", t
    )  # "the day Friday"
    if t == "last night":
        return "time", f"{(pub - dt.timedelta(days=1)).isoformat()}TNI"
    if m := re.fullmatch(r"(?:the )?day (before yesterday|after tomorrow)", t):
        return "date", (pub + dt.timedelta(days=-2 if m.group(1).startswith("before") else 2)).isoformat()
    # "the second week of January": the ISO week holding that week's first day (the last week holds the 28th).
    if m := re.fullmatch(rf"(?:the )?(first|second|third|fourth|last) week of {_MONTH_RE}(?:,? (\d{{4}}))?", t):
        month = MONTHS[m.group(2)[:3]]
        back, ahead = _years_of_month(pub, month)
        year = int(m.group(3)) if m.group(3) else (ahead if future else back)
        first_day = {"first": 1, "second": 8, "third": 15, "fourth": 22, "last": 28}[m.group(1)]
        return "date", week(dt.date(year, month, first_day))
    if m := re.fullmatch(r"(?:mid|late|early)[ -]?(morning|afternoon|evening)", t):
        return "time", f"{pub.isoformat()}T{_PARTS[m.group(1)]}"
    # "noon Thursday", "midnight on Friday", "mid-afternoon yesterday": a day with a time of day.
    m = re.fullmatch(r"(noon|midday|midnight|(?:mid|late|early)[ -]?(?:morning|afternoon|evening)|morning|afternoon|"
                     r"evening|night)(?: on)? (\w+)", t)  # fmt: skip
    if m is None and (after := re.fullmatch(r"(\w+) (noon|midday|midnight)", t)):
        m = re.fullmatch(r"(\w+) (\w+)", f"{after.group(2)} {after.group(1)}")  # "Saturday noon" = "noon Saturday"
    if m and (day := day_of(m.group(2), pub, future)) is not None:
        word = m.group(1).split("-")[-1].split()[-1]
        part = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}.get(word) or _PARTS.get(word)
        if part:
            return "time", f"{day.isoformat()}T{part}"
    if t in ("the weekend", "weekend", "this weekend", "last weekend", "over the weekend"):
        if "last" in t or not future:  # the latest weekend begun by publication
            saturday = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
        else:
            saturday = pub + dt.timedelta(days=(5 - pub.weekday()) % 7)
        return "date", week(saturday) + "-WE"
    if re.fullmatch(r"(?:the )?(?:current |this |latest )?fiscal year|(?:the )?(?:current|full) year", t):
        return "date", str(pub.year)
    # "early next year", "late last week", "earlier this month", "the end of the year", "next year or so":
    # the part of a period is annotated as the period.
    if m := re.fullmatch(
        r"(?:(?:early|late|mid|earlier|later)[ -](?:in )?|(?:the )?(?:end|start|beginning|middle) of |by )?(?:the )?"
        r"(the|this|last|next) "
        r"(year|month|week)"
        r"(?: or so)?",
        t,
    ):
        shift = {"last": -1, "next": 1}.get(m.group(1), 0)
        if m.group(2) == "week":
            return "date", week(pub + dt.timedelta(weeks=shift))
        if m.group(2) == "month":
            return "date", month_shift(pub, shift)
        return "date", str(pub.year + shift)
    if t == "year-end":  # "the percentage change is since year-end", in October: the last one passed
        return "date", f"{pub.year - (future is False and pub.month < 12)}-12-31"
    if t in ("year end", "year's end", "the year's end", "around year end"):
        return "date", str(pub.year)
    if t in ("current quarter", "the current quarter", "this quarter"):
        return "date", f"{pub.year}-Q{(pub.month - 1) // 3 + 1}"
    # "this year's third quarter", "the 1988 second quarter", "last year's fourth quarter".
    if m := re.fullmatch(
        r"(this year's|last year's|next year's|(?:the )?\d{4}) (first|second|third|fourth)[ -]quarter", t
    ):
        year = pub.year + {"last year's": -1, "next year's": 1}.get(m.group(1), 0)
        if m.group(1)[-4:].isdigit():
            year = int(m.group(1)[-4:])
        return "date", f"{year}-Q{['first', 'second', 'third', 'fourth'].index(m.group(2)) + 1}"
    if re.fullmatch(r"(?:the )?(?:comparable )?(?:year-ago|year-earlier)(?: \w+)?", t):
        return "date", str(pub.year - 1)  # the year-ago quarter: dates.py anchors it to the quarter reported
    if m := re.fullmatch(rf"{_MONTH_RE} (?:of )?(this|last|next) year", t):
        shift = {"this": 0, "last": -1, "next": 1}[m.group(2)]
        return "date", f"{pub.year + shift}-{MONTHS[m.group(1)[:3]]:02d}"
    if m := re.fullmatch(rf"this (?:coming )?{_MONTH_RE}", t):
        return "date", f"{pub.year}-{MONTHS[m.group(1)[:3]]:02d}"
    if re.fullmatch(r"(?:the )?(?:last|past|previous) decade", t):  # the ten years to publication, as TimeML
        return "duration", "P10Y"
    if t in DAY_OFFSETS:
        value = (pub + dt.timedelta(days=DAY_OFFSETS[t])).isoformat()
        return ("time", value + "TNI") if t == "tonight" else ("date", value)
    if m := re.fullmatch(
        r"(?:(last|next|this|on) )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?(?: (morning|afternoon|evening|night))?",
        t,
    ):
        if m.group(1) in (None, "on") and future is None:
            day = day_of(m.group(2), pub, None)  # "meet separately Monday" in a Friday story: the nearer one
            assert day is not None
        else:
            day = nearest_weekday(
                pub, WEEKDAYS[m.group(2)], m.group(1) == "next" or (bool(future) and m.group(1) != "last")
            )
        if m.group(1) in ("next", "last") and day == pub:  # "last Wednesday" said on a Wednesday: a week ago
            day += dt.timedelta(days=7 if m.group(1) == "next" else -7)
        elif m.group(1) == "last" and day == pub - dt.timedelta(days=1) and not m.group(3):
            day -= dt.timedelta(days=7)  # "last Monday" said on a Tuesday: yesterday would be "Monday" (but
            # "last Thursday night" said on a Friday is last night)
        if m.group(3):
            return "time", f"{day.isoformat()}T{_PARTS[m.group(3)]}"
        return "date", day.isoformat()
    if m := re.fullmatch(
        r"(?:this|yesterday|tomorrow) (morning|afternoon|evening|night)|(?:late|early) (?:on )?(?:this )?(morning|afternoon|evening|night)",
        t,
    ):
        offset = -1 if t.startswith("yesterday") else (1 if t.startswith("tomorrow") else 0)
        part = m.group(1) or m.group(2)
        return "time", f"{(pub + dt.timedelta(days=offset)).isoformat()}T{_PARTS[part]}"
    if m := re.fullmatch(rf"{_NUM} (day|week|month|year|decade)s? (ago|earlier|later|from now)", t):
        if m.group(1) in ("several", "few", "many", "some"):
            return "duration", _duration(None, m.group(2))  # "a few days later": no count to place the day by
        n = _n(m.group(1)) or 1
        sign = -1 if m.group(3) in ("ago", "earlier") else 1
        unit = m.group(2)
        if unit == "day":
            return "date", (pub + dt.timedelta(days=sign * n)).isoformat()
        if unit == "week":
            return "date", week(pub + dt.timedelta(weeks=sign * n))
        if unit == "month":
            return "date", month_shift(pub, sign * n)
        return "date", str(pub.year + sign * n * (10 if unit == "decade" else 1))  # "a decade ago": that year
    if m := re.fullmatch(
        r"(?:(?:earlier|later) )?(?:the |in the )?(last|past|previous|this|next|coming|current|same|following)? ?(week|month|year|weekend)(?:'s)?",
        t,
    ):
        which = m.group(1) or "this"
        shift = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(which, 0)
        unit = m.group(2)
        if unit in ("week", "weekend"):
            value = week(pub + dt.timedelta(weeks=shift))
            return "date", value + ("-WE" if unit == "weekend" else "")
        if unit == "month":
            return "date", month_shift(pub, shift)
        return "date", str(pub.year + shift)
    if m := re.fullmatch(
        r"(?:(?:early|late|mid|earlier|later)[ -](?:in )?)?(?:the )?(?:(last|this|next|this past|this coming|past) )?"
        r"(spring|summer|autumn|fall|winter)",
        t,
    ):
        season = _SEASONS[m.group(2)]
        begins = _SEASON_BEGINS[season]
        shift = {"last": -1, "next": 1}.get(m.group(1) or "", 0)  # "last spring" is the year before's (TimeML)
        if m.group(1) in ("this past", "past") or (m.group(1) is None and future is False):
            shift = -1 if begins > pub.month else 0  # "this past spring", read in October, is this year's
        elif m.group(1) == "this coming" or (m.group(1) is None and future):
            shift = 1 if begins + 2 < pub.month else 0  # the spring to come, read in October, is next year's
        return "date", f"{pub.year + shift}-{season}"
    if m := re.fullmatch(
        r"(?:the )?(?:fiscal )?(first|second|third|fourth)[ -]quarter(?: of (?:the year|(\d{4})|(this|last|next) year))?",
        t,
    ):
        q = {"first": 1, "second": 2, "third": 3, "fourth": 4}[m.group(1)]
        if m.group(3):
            return "date", f"{pub.year + {'this': 0, 'last': -1, 'next': 1}[m.group(3)]}-Q{q}"
        return "date", f"{m.group(2) or _quarter_year(pub, q, future)}-Q{q}"
    # "the second half of 1989", "the last half of the year", "the first two quarters of 1990": a half-year.
    if m := re.fullmatch(
        r"(?:the )?(first|second|last|latter) (?:half|two quarters) of (?:the year|(\d{4})|(this|last|next) year)", t
    ):
        year = int(m.group(2)) if m.group(2) else pub.year + {"last": -1, "next": 1}.get(m.group(3) or "", 0)
        return "date", f"{year}-H{1 if m.group(1) == 'first' else 2}"
    if m := re.fullmatch(r"(?:the )?([1-9]|[12]\d|3[01])(?:st|nd|rd|th)", t):
        # "due to start on the 20th": a day of the publication's month, or of the month before or after when
        # the tense puts it on the other side of the publication date.
        nth, month = int(m.group(1)), pub.year * 12 + pub.month - 1
        if future and nth < pub.day:
            month += 1
        elif future is False and nth > pub.day:
            month -= 1
        return "date", iso_date(month // 12, month % 12 + 1, nth)
    if t in ("quarter", "the quarter", "latest quarter", "the latest quarter", "last quarter", "the last quarter"):
        # The last quarter that had ended by publication.
        index = pub.year * 4 + (pub.month - 1) // 3 - 1
        return "date", f"{index // 4}-Q{index % 4 + 1}"
    return None
