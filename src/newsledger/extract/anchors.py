"""Dates told from other dates: "two days later", "the next day", "the following year", "a year earlier", "that
year", and a date set beside another ("until Thursday, the Thanksgiving holiday").

A reader counts such an expression from the last date the story named before it, not from the publication date;
each function here takes the dates already found (in text order) and returns a value, or None when nothing
within reach (settings.DATE_ANCHOR_CHARS) anchors it.  Used by :mod:`.dates`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import replace

from newsledger import settings
from newsledger.extract.calendar_days import WEEKDAYS, holiday_on
from newsledger.extract.spelled import MONTH_RE as _MONTH_RE
from newsledger.extract.timex import _PARTS
from newsledger.records import DateRef

DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
WEEKDAY = re.compile(r"monday|tuesday|wednesday|thursday|friday|saturday|sunday")
A_DATE = re.compile(rf"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|{_MONTH_RE})")

_ANCHORED = re.compile(
    r"(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+) (day|week|month|year)s? "
    r"(later|after|earlier|before)"
)
_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}  # fmt: skip
_MONTH_VALUE = re.compile(r"(\d{4})-(\d\d)(?:-\d\d)?")
_ANCHORED_DAYS = {
    "the next day": 1,
    "the following day": 1,
    "next day": 1,
    "following day": 1,
    "the day before": -1,
    "the previous day": -1,
    "the same day": 0,
    "that day": 0,
    "the day after": 1,
    "earlier that day": 0,
    "later that day": 0,
    "that same day": 0,
    "the next morning": 1,
    "the following morning": 1,
}


def anchored(text: str, earlier: list[DateRef], start: int, reports: Collection[int] = ()) -> str | None:
    """ "Two days later", "the next day", "the day before": counted from the last day the text named before them
    (within settings.DATE_ANCHOR_CHARS), not from the publication date; None when no such day precedes.
    `reports`: the starts of dates that date a report ("the army said on Tuesday"), passed over for a day the
    narrative named before them ("struck on Monday, the army said on Tuesday ... on the same day": Monday)."""
    t = _count_words(text)
    shift: int | None = None
    if m := _ANCHORED.fullmatch(t):
        n = _COUNT.get(m.group(1)) if not m.group(1).isdigit() else int(m.group(1))
        if n is not None and m.group(3) in ("earlier", "before"):
            n = -n
        if m.group(2) in ("month", "year"):  # ("a year earlier": period_anchored)
            return None if n is None or _YEAR_AGO.fullmatch(t) else _months_on(earlier, start, n, m.group(2))
        if n is not None:
            shift = n * (7 if m.group(2) == "week" else 1)
    elif t in _ANCHORED_DAYS:
        shift = _ANCHORED_DAYS[t]
    if shift is None:
        return None
    reach = list(within_reach(earlier, start))
    for candidates in ([d for d in reach if d.start not in reports], reach):
        for d in candidates:
            if day := named_day(d):
                return (dt.date.fromisoformat(day) + dt.timedelta(days=shift)).isoformat()
            if d.kind == "date" and d.value and re.match(r"\d{4}(?:-\d\d)?$", d.value) and re.search(r"\d{4}", d.text):
                return None  # "in March 2024 ... released about two weeks later": no day to count from, and an
                # older day ("said on Thursday") is not the one the story counts from
    return None


def named_day(d: DateRef) -> str | None:
    """The day a date or a time names, as YYYY-MM-DD ("Friday night ... earlier that day": a time on a day names
    that day too)."""
    return d.value[:10] if d.value and DAY.match(d.value) and d.kind in ("date", "time") else None


# "about two weeks later": the count is rounded; the anchor is still the date before.
_APPROXIMATELY = re.compile(r"^(?:about|around|some|nearly|almost|roughly|approximately|just|barely|only) ")


def _count_words(text: str) -> str:
    """The expression lower-cased, spaces single, a rounding word dropped ("about two weeks later")."""
    return _APPROXIMATELY.sub("", re.sub(r"\s+", " ", text.lower().strip()))


def counts_from_another_date(text: str) -> bool:
    """ "Two weeks later", "three days earlier": counted from a date the text gave before, never from the
    publication date ("five days ago" is)."""
    return _ANCHORED.fullmatch(_count_words(text)) is not None


def within_reach(earlier: list[DateRef], start: int) -> Iterator[DateRef]:
    """The dates before `start`, nearest first, as far back as settings.DATE_ANCHOR_CHARS."""
    for d in reversed(earlier):
        if start - d.end > settings.DATE_ANCHOR_CHARS:
            return
        yield d


def _months_on(
    earlier: list[DateRef], start: int, n: int, unit: str, skip: re.Pattern[str] | None = None
) -> str | None:
    """ "Seven months later" after "in November 2022" is June 2023, "two years later" after "in 2014" 2016: counted
    from the last month (or year) the text named before `start`, as near as anchored looks, passing over dates
    whose words match `skip`; None without one."""
    for d in within_reach(earlier, start):
        if d.kind != "date" or not d.value or (skip is not None and skip.fullmatch(_count_words(d.text))):
            continue
        if unit == "year" and re.match(r"\d{4}\b", d.value):
            return f"{int(d.value[:4]) + n:04d}"
        if unit == "month" and (m := _MONTH_VALUE.fullmatch(d.value)):
            index = int(m.group(1)) * 12 + int(m.group(2)) - 1 + n
            return f"{index // 12:04d}-{index % 12 + 1:02d}"
    return None


# "the following year", "the previous month", "the year before", "the preceding Friday": counted from the date
# the narrative last named, as a reader does ("was arrested in 2019 and released the following year" is 2020).
_TOLD_PERIOD = re.compile(
    r"(?:the |that )?(?:(following|previous|preceding|prior) (year|month|week)|(year|month|week) (before|after))"
)
TOLD_WORDS = ("following", "previous", "preceding", "prior")
_TOLD_WEEKDAY = re.compile(rf"(?:the )?(following|previous|preceding|prior) ({WEEKDAY.pattern})")


def told_period(text: str, earlier: list[DateRef], start: int) -> str | None:
    """The year, month or ISO week after (or before) the one the text last named within reach, or the weekday
    after (before) the day it last named; None when none is named, so that the publication date is not taken
    for the narrative's own time."""
    t = re.sub(r"\s+", " ", text.lower().strip())
    if m := _TOLD_WEEKDAY.fullmatch(t):
        wanted = WEEKDAYS[m.group(2)]
        ahead = m.group(1) == "following"
        for d in within_reach(earlier, start):
            if not A_DATE.search(d.text.lower()):
                continue  # "overnight", "now": the publication day, not a day the narrative named
            if day := named_day(d):
                base = dt.date.fromisoformat(day)
                gap = ((wanted - base.weekday()) % 7 or 7) if ahead else -((base.weekday() - wanted) % 7 or 7)
                return (base + dt.timedelta(days=gap)).isoformat()
        return None
    if not (m := _TOLD_PERIOD.fullmatch(t)):
        return None
    unit = m.group(2) or m.group(3)
    step = 1 if (m.group(1) or m.group(4)) in ("following", "after") else -1
    if unit != "week":
        return _months_on(earlier, start, step, unit, skip=_TOLD_PERIOD)
    for d in within_reach(earlier, start):
        if d.kind == "date" and (day := named_day(d)):
            year, week, _ = (dt.date.fromisoformat(day) + dt.timedelta(weeks=step)).isocalendar()
            return f"{year:04d}-W{week:02d}"
    return None


_YEAR_AGO = re.compile(
    r"(?:the )?(?:comparable )?(?:a year (?:ago|earlier)|year-ago|year-earlier|year ago|year earlier)"
    r"(?: (?:quarter|period|results|level|third quarter|second quarter|first quarter|fourth quarter))?"
    r"|last year's quarter|(?:the )?quarter a year (?:ago|earlier)"
)
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_PERIOD = re.compile(r"(\d{4})-(Q[1-4]|\d\d)")
_SAME_PERIOD = re.compile(
    r"(?:the )?same (month|period|quarter) "
    r"(?:a year (?:ago|earlier|before)|last year|(?:of )?the (?:previous|prior) year)"
)


def period_anchored(text: str, earlier: list[DateRef]) -> str | None:
    """ "A year earlier" in a story about a quarter's results is the same quarter a year before (TimeML reads
    "net income of $5.3 million a year earlier" as 1988-Q3 when the story reports 1989-Q3); "that year" is the
    last year the text named.  None when nothing before it anchors it."""
    t = re.sub(r"\s+", " ", text.lower().strip())
    if _YEAR_AGO.fullmatch(t):
        for d in reversed(earlier):
            if _YEAR_AGO.fullmatch(re.sub(r"\s+", " ", d.text.lower())):
                continue  # itself a year back: anchoring to it would count the year twice
            if d.value and (m := _QUARTER.fullmatch(d.value)):
                return f"{int(m.group(1)) - 1}-Q{m.group(2)}"
        return None
    if m := _SAME_PERIOD.fullmatch(t):
        # "the same month a year ago", "the same period last year": the month or quarter the story reports,
        # a year back.
        for d in reversed(earlier):
            if d.value and (p := _PERIOD.fullmatch(d.value)) and d.kind == "date":
                if m.group(1) == "quarter" and not p.group(2).startswith("Q"):
                    continue
                return f"{int(p.group(1)) - 1}-{p.group(2)}"
        return None
    if t in ("that year", "the same year", "that same year", "later that year", "earlier that year"):
        for d in reversed(earlier):
            if d.value and re.match(r"\d{4}(?:$|-)", d.value) and d.kind == "date":
                return d.value[:4]
    if t in ("that month", "the same month", "that same month", "later that month", "earlier that month"):
        # "Fighting began in August 2023. The government declared a state of emergency that month": August 2023
        for d in reversed(earlier):
            if d.value and re.match(r"\d{4}-\d\d(?:$|-)", d.value) and d.kind == "date":
                return d.value[:7]
    return None


# "until Thursday, the Thanksgiving holiday", "on Wednesday, election day": a name set beside a day is that day.
_BESIDE = re.compile(r",\s+(?:the\s+)?$")
_NAMED_DAYS = re.compile(r"(?:the )?(?:election|polling|voting|independence|inauguration|national) day", re.IGNORECASE)


def apposed_days(dates: list[DateRef], text: str) -> list[DateRef]:
    """A holiday or a named day set beside a day the story gives ("had given Ukraine until Thursday, the
    Thanksgiving holiday") takes that day's value when the name could mean it (a holiday on another day keeps its
    own), or when it has none of its own ("on Wednesday, election day")."""
    out = list(dates)
    for i in range(1, len(out)):
        before, d = out[i - 1], out[i]
        day = named_day(before)
        if day is None or not _BESIDE.search(text[before.end : d.start]) or d.start - before.end > 8:
            continue
        words = d.text.lower()
        if (d.value is None and _NAMED_DAYS.fullmatch(words)) or holiday_on(words, dt.date.fromisoformat(day)):
            out[i] = replace(d, value=day, kind="date")
    return out


# "during the afternoon", "later that night": a part of the day the story last named.
_PART_OF_TOLD_DAY = re.compile(r"(?:(?:later|earlier|early|late) )?(?:the |that )?(morning|afternoon|evening|night)")


# "returned home later in the day", "earlier that day": the day itself.
TOLD_DAY = re.compile(r"(?:later|earlier|early|late) (?:in )?(?:the|that) day")


def part_of_told_day(text: str, earlier: list[DateRef], start: int) -> str | None:
    """ "An Israeli air strike ... on Sunday ... hit a residential building during the afternoon": the afternoon
    of the day named last within reach (2025-11-23TAF); "later in the day", the day itself; None when no day
    is named before it."""
    words = re.sub(r"\s+", " ", text.lower().strip())
    m = _PART_OF_TOLD_DAY.fullmatch(words)
    whole = TOLD_DAY.fullmatch(words)
    if m is None and whole is None:
        return None
    for d in within_reach(earlier, start):
        if day := named_day(d):
            return day if m is None else f"{day}T{_PARTS[m.group(1)]}"
    return None


def overnight_of_report(dates: list[DateRef], reports: Collection[int], sentence_ends: Sequence[int]) -> list[DateRef]:
    """ "exchanged heavy fire overnight ..., a Taliban spokesman said on Saturday" in a Sunday paper: the night
    before the day of the report that tells it, not before the publication day.  `reports` holds the starts of
    the dates that date a report; `sentence_ends` the end offsets of the sentences, in order, since a report in
    the next sentence tells something else."""
    out = list(dates)
    for i, d in enumerate(out):
        if d.text.lower() != "overnight" or not d.value or not DAY.fullmatch(d.value):
            continue
        at = bisect.bisect_right(sentence_ends, d.start)
        end = sentence_ends[at] if at < len(sentence_ends) else d.start
        report = next((r for r in out[i + 1 :] if r.start in reports and r.start < end), None)
        if report is not None and report.value and DAY.fullmatch(report.value) and report.value < d.value:
            out[i] = replace(d, value=report.value)
    return out
