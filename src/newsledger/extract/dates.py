"""Dates: every temporal expression, resolved against the publication date.

Method: spaCy's DATE and TIME spans plus the words the model leaves out ("overnight", "now", "recently") are
normalised by :mod:`newsledger.extract.timex`, with the tense of the verb each hangs from
(:mod:`newsledger.extract.tense`): a bare weekday is the one before publication for past events and the next
one for scheduled ones ("will travel to Geneva on Friday").  "Since the war began" becomes an interval from the
start date the article gives for the war, when it gives one.  Ages ("45 years old") are not dates.

Limits: with no publication date, only absolute dates get a value; relative expressions are kept with none.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any

from newsledger import nlp
from newsledger.clean.dates import parse_iso_date
from newsledger.extract.anchors import (
    A_DATE,
    DAY,
    TOLD_DAY,
    TOLD_WORDS,
    WEEKDAY,
    anchored,
    apposed_days,
    counts_from_another_date,
    named_day,
    overnight_of_report,
    part_of_told_day,
    period_anchored,
    told_period,
    within_reach,
)
from newsledger.extract.numbers import age_bound
from newsledger.extract.spelled import MONTH_RE as _MONTH_RE
from newsledger.extract.tense import past_perfect, reported_when, tense
from newsledger.extract.timex import normalise
from newsledger.extract.toponyms import DIVISION_WORDS, division_read_as_date
from newsledger.records import Article, DateRef

EXTRACTOR = "dates"
_EXTRA = re.compile(
    # ("most recently in 2020": the year is the date, "most recently" only picks the last of several)
    r"\b(?:overnight|now(?!-)|currently|(?<!most )recently|tonight|lately|daily|every day"
    r"|the (?:near |distant )?future(?! of)"
    r"|the (?:near|long|short) term|the time being|current(?= (?!account|affairs)\w)"
    r"|the (?:recent )?past(?=\s*[,.;:!?'\"”’)]|\s+(?:and|or|but|when|as|is|was|has|had|have|that|because)\b)"
    r"|Thanksgiving(?: Day)?|Christmas(?: Day| Eve)?|New Year's (?:Day|Eve)"
    # "captured the town earlier this month": deictic spans the model sometimes leaves untagged
    r"|(?:(?:earlier|later|early|late) )?(?:this|last|next) (?:week|month|year)(?!'s|-)"
    r"|(?:[01]?\d|2[0-3])(?::[0-5]\d|[0-5]\d)\s?(?:GMT|UTC)"  # "0300 GMT", "14:48 UTC": the model misses them
    r"|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty)"
    r"-(?:year|month|week|day|hour|minute)(?!-old|s? old))\b",
    re.IGNORECASE,
)
# What the model sometimes tags as another kind of name or leaves untagged: "the Aug. 7 Embassy bombings" (an
# EVENT), "apply for visas today at the U.S. Interests Section".  The month is written out or abbreviated with its
# full stop, so that a name such as "Mar Elias 3" is not read as a date.
_UNTAGGED_DAY = re.compile(
    r"\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.) (?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?:, (?:19|20)\d\d)?"
    r"|[Tt]oday|[Yy]esterday|[Tt]omorrow)\b(?![\d%,.]\d)"
)
# Words of time a date may open with; any other noun before a count is the model's overreach ("the capital two
# days earlier").
_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "century",
                         "quarter", "morning", "afternoon", "evening", "weekend", "season", "time"})  # fmt: skip
_DAY_OFFSET_WORDS = frozenset({"today", "yesterday", "tomorrow"})
# Entity labels of names that hold a day word: "USA Today", "Russia Today", NBC's "Today" show.
_NAMES = frozenset({"ORG", "WORK_OF_ART", "PRODUCT", "FAC", "PERSON", "NORP", "LAW"})
# What the model takes into a span before a time word: "dozens in an overnight raid" (an object and its
# preposition), never a date's own words ("the end of last year").
_STRETCHED = re.compile(r"[a-z]+ (?:in|during) (?:an? |the )?")
# ... or a place name ("killed in drone strikes in Amhara this year"), never a month or a weekday ("March this year").
_NAME_BEFORE = re.compile(r"[A-Z][a-z]+ ")
_ZONE = re.compile(r" ?\(?(?:GMT|UTC)(?: ?[+-]\d{1,2}(?::?\d\d)?)?\)?(?!\w)")
_SPLIT = frozenset({"ended", "ending"})
_WEEKEND = frozenset({"weekend", "weekends"})
_LOOSE_UNITS = frozenset({"days", "weeks", "months", "years", "hours"})
_ENDED = re.compile(r"\s+(?:ended|ending|that ended)\b")
_DAY_WORD = re.compile(
    r"(?:early |late |earlier |later |last |this |next )?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow)"
)
_TIME_WORD = re.compile(
    # "around 3 a.m. on Wednesday", "shortly after midnight on Tuesday"
    r"(?:(?:at )?(?:around|about|approximately|roughly|(?:shortly|just|soon) (?:before|after)) )?"
    r"(?:(?:early |late |mid-?)?(?:morning|afternoon|evening|night|noon|midnight|midday)"
    r"|\d{1,2}(?:[:.]\d\d)? ?[ap]\.?m\.?)"
)  # "the quarter ended Sept. 30": two expressions
_CLOCK = re.compile(
    r"(?:(?:at )?(?:around|about|approximately|roughly|(?:shortly|just|soon) (?:before|after)) )?"
    r"(?:\d{1,2}(?:[:.]\d\d)? ?[ap]\.?m\.?(?: [ecmp][sd]t| gmt| utc)?|(?:[01]?\d|2[0-3]):?[0-5]\d (?:gmt|utc))"
)  # ("2240 GMT Thursday": a zoned clock and its day)
_IN_THE_DAY = re.compile(r"\b(?:earlier|later) in the day", re.IGNORECASE)
_AFTER_MIDNIGHT = re.compile(r"\b(?:shortly|just|soon|right) after midnight", re.IGNORECASE)
# A clock hour written as a word: "at around midday", "shortly after noon".
_NOON = re.compile(r"(?:(?:at )?(?:around|about|approximately|roughly|shortly (?:before|after)) )?(?:noon|midday)")
_MONTH_DAY = re.compile(rf"{_MONTH_RE} \d{{1,2}}\b")
_PART_OF_DAY = re.compile(r"(?:the )?(?:early |late )?(?:hours|morning|afternoon|evening|night)(?: of)?")
_DISTANCE = re.compile(r"\b(?:miles?|km|kilomet(?:re|er)s?|metres?|meters?|feet|yards?)\b", re.IGNORECASE)
_OBSERVANCES = frozenset({"prayer", "prayers", "mass", "sermon", "service", "worship"})
_FREQUENCY_ADJECTIVES = frozenset({"quarterly", "annual", "semiannual", "yearly", "biannual"})
_BY_WEEKDAY = re.compile(r"\b(?:as soon as|as early as|until|till|no later than)\s+$", re.IGNORECASE)
_AHEAD_OF = re.compile(r"\b(?:ahead of|in the (?:run|lead)-up to)\s+(?:the\s+|this\s+)?$", re.IGNORECASE)
_SINCE = re.compile(r"\b(?:ever )?since\s+$", re.IGNORECASE)
_SINCE_EVENT = re.compile(
    r"\bsince the (?:full-scale |start of the |beginning of the )?"
    r"(war|invasion|conflict|fighting|offensive|coup|crisis|uprising|siege|protests?)"
    r"(?: (?:began|started|erupted|broke out|was launched))?\b",
    re.IGNORECASE,
)


_IDIOM = re.compile(
    r"\bby the (?:second|minute|hour|day|week|month|year)\b(?!\s+(?!(?:and|as|in|for)\b)\w)"  # not "by the year 2000"
    r"|\b(second|minute|hour|day|week|month|year)s? (?:by|after) (?:the )?\1\b",
    re.IGNORECASE,
)


# The words of a date written as proper nouns: months, weekdays, holidays, seasons and festivals.
_CALENDAR_NAME = re.compile(
    rf"{_MONTH_RE}|{WEEKDAY.pattern}|christmas|easter|thanksgiving|new year|"
    r"ramadan|eid|passover|hanukkah|diwali|nowruz|lent|advent|halloween|day|week|spring|summer|autumn|fall|winter|"
    r"kippur|hashanah|hajj|ashura|arbaeen|purim|sukkot|vesak|tet",
    re.IGNORECASE,
)
# What is named after a date ("May 13 Square", "the March 23 Movement", "26 July Avenue").
_NAMED_FOR_A_DATE = frozenset(
    {"square", "street", "avenue", "boulevard", "road", "bridge", "stadium", "park", "airport", "university",
     "hospital", "movement", "brigade", "battalion", "revolution", "uprising", "group", "alliance", "coalition",
     "front", "party", "camp", "district", "neighbourhood", "neighborhood", "city", "mosque", "school"}
)  # fmt: skip


def _spans(doc: Any) -> list[tuple[int, int, Any]]:
    """(start, end, head token) of each temporal expression."""
    found: list[tuple[int, int, Any]] = []
    text = nlp.text_of(doc)

    def around(ent: Any) -> tuple[int, int]:
        return max(0, ent.start_char - 12), min(len(text), ent.end_char + 14)

    for ent in _joined_ranges(doc):
        words = [t.lower_ for t in ent]
        before = [t.lower_ for t in doc[max(0, ent.start - 2) : ent.start]]
        if "old" in words or re.search(r"-years?-old", ent.text) or {"aged", "age"} & {*words, *before[-1:]}:
            continue  # an age
        if len(ent) == 2 and age_bound(doc, ent.start + 1, ent.end):
            continue  # "prisoners ... and those under 25": an age limit
        if before == ["age", "of"] or re.fullmatch(r"\d{1,3}(?:,\d{3})*\.\d+|\d{1,3}(?:,\d{3})+", ent.text):
            continue  # "at the age of 56"; "closing at 8,579.19": a number the model took for a date
        if (
            re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", ent.text.lower()) and ent.root.dep_ in ("amod", "nummod")
            and ent.root.head.pos_ == "NOUN" and not _CALENDAR_NAME.fullmatch(ent.root.head.lower_)
        ):  # fmt: skip
            continue  # "its 17th mediation between the two sides": a rank, not the 17th of the month
        if re.fullmatch(r"(?:\w+ )?a quarter", ent.text.lower()) and _of_follows(doc, ent.end):
            continue  # "about a quarter of its dealers": a fraction
        if any(m.start() < ent.end_char and ent.start_char < m.end() for m in _IDIOM.finditer(text, *around(ent))):
            continue  # "worse by the day", "paid by the hour", "day by day": a rate or a pace, not a time
        first = ent.start
        extra = _EXTRA.search(ent.text)
        prefix = ent.text[: extra.start()] if extra is not None else ""
        if extra is not None and (
            _STRETCHED.fullmatch(prefix)
            or (_NAME_BEFORE.fullmatch(prefix) and not A_DATE.match(prefix.lower()) and ent[0].pos_ == "PROPN")
            or _noun_before(ent, extra.start())
        ):
            # "abducted dozens in an overnight raid": the model tagged "dozens in an overnight"; the time is the word
            first = next((t.i for t in ent if t.idx >= ent.start_char + extra.start()), ent.start)
        noun = first + (doc[first].lower_ in ("the", "a", "an"))
        if doc[noun].like_num and noun + 2 < ent.end and doc[noun + 1].lower_ in ("a", "an", *_DEICTIC_OPENERS):
            first = noun + 1  # "up from seven a year ago", "wounded 38 last week": the count, then the time
        elif (
            noun + 1 < ent.end and doc[noun].pos_ == "NOUN"
            and not _CALENDAR_NAME.fullmatch(doc[noun].lower_) and doc[noun].lemma_.lower() not in _TIME_UNITS
            and (doc[noun + 1].like_num or doc[noun + 1].lower_ in ("a", "an", "several", "few", "many", "some"))
        ):  # fmt: skip
            first = noun + 1  # "air strikes on the capital two days earlier": the model took the object's noun in
        if division_read_as_date(ent):  # "in Amhara (between July and September)": a province, not a date
            if len(ent) == 1:
                continue
            # ("in Niger state days after ...": past the division's word too)
            first = max(first, ent.start + 1 + (ent[1].lower_ in DIVISION_WORDS))
        if _DISTANCE.search(ent.text):
            continue  # "about 77 nautical miles west of Hodeidah": a distance the model took for a date
        if ent.text.isdigit() and not 1800 <= int(ent.text) <= 2100:
            continue  # a count the model took for a date ("wounding 31")
        if (
            all(t.pos_ == "PROPN" for t in ent)
            and not _CALENDAR_NAME.search(ent.text)
            and not re.search(r"\d{4}", ent.text)
        ):
            continue  # "the border crossing at Jaber": a name the model took for a date, with no calendar word (nor
            # year: "in mid-2026", tagged a proper noun)
        if len(ent) == 1 and ent[0].lower_ in _FREQUENCY_ADJECTIVES and ent[0].dep_ == "amod":
            continue  # "a quarterly dividend", "the annual meeting": a kind of thing, not a time
        if len(ent) == 1 and ent[0].dep_ == "compound" and ent[0].head.lemma_.lower() in _OBSERVANCES:
            continue  # "during Friday prayers", "after Sunday Mass": the weekly rite, not a day
        if ent.end < len(doc) and doc[ent.end].is_title and doc[ent.end].lower_ in _NAMED_FOR_A_DATE:
            continue  # "into the capital's May 13 Square", "the March 23 Movement": a name, not a date
        last_tok = ent.end
        if len(ent) >= 3 and ent[-2].text == "," and ent[-1].lower_ in _LOOSE_UNITS:
            last_tok -= 2  # "on Sept. 9, 2024, weeks after ...": the count of weeks is another expression
        elif len(ent) > 3 and ent[-3].text == "," and ent[-2].like_num and ent[-1].lower_ in _LOOSE_UNITS:
            last_tok -= 3  # "on Tuesday, two years after war broke out": the span of years is another expression
        while last_tok - ent.start > 1 and doc[last_tok - 1].lower_ in ("and", "or"):
            last_tok -= 1  # "closed for several hours and dozens of flights were diverted"
        cut_at = next((t.i for t in ent[1:] if t.lower_ in ("after", "before", "following")), None)
        if cut_at is not None and (
            _DAY_WORD.fullmatch(doc[ent.start : cut_at].text.lower()) or doc[cut_at - 1].lower_ in _WEEKEND
        ):
            # "on Saturday after days of clashes", "over the weekend following weeks of protests": the day, then
            # what came before it
            last_tok = cut_at
        count_at = next((t.i for t in ent[1:] if t.lower_ in ("a", "an") or t.like_num), None)
        if (
            count_at is not None and last_tok < len(doc) and doc[last_tok].lower_ in ("before", "after")
            and _DAY_WORD.fullmatch(doc[ent.start : count_at].text.lower())
        ):  # fmt: skip
            last_tok = count_at  # "seized power on Wednesday a day before results were due": the day, then a count
        cut = next((t.i for t in ent if t.lower_ in _SPLIT), None)
        parts = [(first, cut), (cut + 1, last_tok)] if cut is not None else [(first, last_tok)]
        for s, e in parts:
            while s < e and doc[s].lower_ in (
                "the",
                "on",
                "in",
                "by",
                "since",
                "from",
                "at",
                "its",
                "their",
                "his",
                "her",
            ):
                if (
                    doc[s].lower_ == "the"
                    and e - s > 1
                    and doc[s + 1].lower_ in ("past", "last", "next", "first", "coming", "same", *TOLD_WORDS)
                ):
                    break
                s += 1
            if (
                s >= 2
                and doc[s - 1].lower_ in TOLD_WORDS
                and doc[s - 2].lower_ == "the"
                and WEEKDAY.fullmatch(doc[s:e].text.lower())
            ):
                s -= 2  # "withdrew the following Friday": the model tags the weekday alone
            elif s >= 1 and doc[s - 1].lower_ in ("each", "every") and WEEKDAY.fullmatch(doc[s:e].text.lower()):
                s -= 1  # "protesters have rallied every Friday": a set of days, not the last Friday
            if s + 1 < e and doc[s].lower_ in ("least", "most") and doc[s - 1].lower_ == "at":
                s += 1  # "until at least Nov. 17": the qualifier bounds the date; it is not part of it
            if s < e:
                end = doc[e - 1].idx + len(doc[e - 1])
                if zone := _ZONE.match(text, end):  # "08:30" + " UTC": the zone belongs to the time
                    end = zone.end()
                found.append((doc[s].idx, end, doc[s:e].root))
    taken = [(s, e) for s, e, _ in found]
    for m in _EXTRA.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e in taken):
            span = doc.char_span(m.start(), m.end())
            if span is not None:
                found.append((m.start(), m.end(), span.root))
    for m in _UNTAGGED_DAY.finditer(text):
        span = doc.char_span(m.start(), m.end())
        if span is None or any(s < m.end() and m.start() < e for s, e, _ in found):
            continue
        if any(t.ent_type_ in _NAMES for t in span) or (
            span.end < len(doc)
            and (doc[span.end].is_title or span[0].is_title)
            and doc[span.end].lower_ in (*_NAMED_FOR_A_DATE, "show", "programme", "program", "newspaper")
        ):
            continue  # "the March 23 Movement", "May 13 Square", NBC's "Today show": names, not dates
        first = span[0]
        opens = first.is_sent_start or first.i == 0 or doc[first.i - 1].is_quote or doc[first.i - 1].is_left_punct
        if first.is_title and first.lower_ in _DAY_OFFSET_WORDS and not opens:
            continue  # "USA Today", "Russia Today": a day word capitalised inside a sentence is a name
        found.append((m.start(), m.end(), span.root))
    # (a day and its time of day are joined once all are found: "2240 GMT Thursday", a time found by pattern)
    return _with_words_before(_merge_day_and_time(doc, sorted(found, key=lambda f: f[0])), text)


def _with_words_before(found: list[tuple[int, int, Any]], text: str) -> list[tuple[int, int, Any]]:
    """Spans widened to the words before them that the model left out and that change the value: "earlier in
    the day", tagged "the day" (the day told); "shortly after midnight on Tuesday", tagged from "midnight" (the
    start of Tuesday, not its end)."""
    out = []
    for s, e, head in found:
        day = _IN_THE_DAY.search(text, max(0, s - 20), e)
        if day is not None and day.end() == e:
            s = day.start()
        elif text[s:e].lower().startswith("midnight "):
            after = _AFTER_MIDNIGHT.search(text, max(0, s - 20), s + 9)
            s = after.start() if after is not None and after.end() == s + 8 else s
        out.append((s, e, head))
    return out


def _noun_before(ent: Any, offset: int) -> bool:
    """Whether the words the model put before a deictic time ("a coup d'etat last year") are one noun that names
    no time: the noun the time modifies, not part of the date ("March last year", "the same period last year")."""
    before = [t for t in ent if t.idx < ent.start_char + offset]
    return (
        len(before) == 1
        and before[0].pos_ in ("NOUN", "X", "PROPN")
        and not _CALENDAR_NAME.fullmatch(before[0].lower_)
        and before[0].lemma_.lower() not in _TIME_UNITS
    )


def _joined_ranges(doc: Any) -> list[Any]:
    """The DATE and TIME spans, with a range the model cut after its joining word made whole again
    ("October 2024 and" + "June this year"), and a day cut from its year ("the Oct. 7" + "2023" in "the Oct. 7,
    2023 attack")."""
    spans = [ent for ent in doc.ents if ent.label_ in ("DATE", "TIME")]
    out: list[Any] = []
    for ent in spans:
        prev = out[-1] if out else None
        if prev is not None and prev.end == ent.start and prev[-1].lower_ in ("and", "to", "through", "until"):
            out[-1] = nlp.labelled_span(doc, prev.start, ent.end, prev.label_)
        elif (
            prev is not None and prev.end + 1 == ent.start and doc[prev.end].text == "," and len(ent) == 1
            and re.fullmatch(r"(?:18|19|20)\d\d", ent.text) and _MONTH_DAY.search(prev.text.lower())
        ):  # fmt: skip
            out[-1] = nlp.labelled_span(doc, prev.start, ent.end, prev.label_)
        else:
            out.append(ent)
    return out


def _of_follows(doc: Any, i: int) -> bool:
    """ "of" follows token `i` (after a comma, perhaps) and does not start "of a century"."""
    while i < len(doc) and doc[i].is_punct:
        i += 1
    rest = [t.lower_ for t in doc[i : i + 3]]
    return rest[:1] == ["of"] and rest[1:] != ["a", "century"]


def _merge_day_and_time(doc: Any, found: list[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
    """ "Thursday" + "evening", "noon" + "Thursday": the model often tags the day and the time of day apart; one
    expression says both (TimeML annotates them as one TIMEX)."""
    out: list[tuple[int, int, Any]] = []
    text = nlp.text_of(doc)
    for start, end, head in found:
        if out:
            p_start, p_end, p_head = out[-1]
            gap = text[p_end:start]
            pair = (text[p_start:p_end].lower(), text[start:end].lower())
            if gap in (" ", " on ") and any(
                _DAY_WORD.fullmatch(a) and (_TIME_WORD.fullmatch(b) or _CLOCK.fullmatch(b))
                for a, b in (pair, pair[::-1])
            ):  # "4 a.m. EDT Thursday" too
                out[-1] = (p_start, end, p_head)
                continue
            # "5 p.m. EST Nov. 9", "Friday Oct. 13": a clock or a weekday and the date it falls on are one.
            if (
                gap in (" ", ", ", " on ")
                and _MONTH_DAY.match(pair[1])
                and (_CLOCK.fullmatch(pair[0]) or WEEKDAY.fullmatch(pair[0]))
            ):
                out[-1] = (p_start, end, p_head)
                continue
            # "the night of Nov. 3-4", "the early hours of Sunday": the part of the day belongs to its date.
            if _PART_OF_DAY.fullmatch(pair[0]) and gap in (" ", " of ") and A_DATE.match(pair[1]):
                out[-1] = (p_start, end, head)
                continue
        out.append((start, end, head))
    return out


# "at about 10:35 a.m. (0735 GMT) Friday": what lies between a clock and the day it is on.
_ASIDE_BEFORE_DAY = re.compile(r" \([^()]{1,40}\),? (?:on )?")


def _clocks_on_their_day(dates: list[DateRef], text: str) -> list[DateRef]:
    """A clock time read on the publication day takes the day written after an aside ("10:35 a.m. (0735 GMT)
    Friday" is Friday's); the expressions stay apart, as TimeML annotates them."""
    out = list(dates)
    for i, d in enumerate(out):
        if d.kind != "time" or not d.value or _DAY_WORD.search(d.text.lower()) or re.search(_MONTH_RE, d.text.lower()):
            continue
        day = next(
            (n for n in out[i + 1 :] if _ASIDE_BEFORE_DAY.fullmatch(text, d.end, n.start) and n.kind == "date"), None
        )
        if day is not None and day.value and DAY.fullmatch(day.value):
            out[i] = replace(d, value=day.value + d.value[10:])
    return out


def _clocks_on_the_day_told(dates: list[DateRef], pub: dt.date | None, reports: set[int], text: str) -> list[DateRef]:
    """A bare clock time ("at around 8 a.m.") read on the publication day takes the day the story last named
    within reach ("killed 34 people on Sunday ... at around 8 a.m." is Sunday's), as a reader does; not the day
    of a report (`reports`: their starts), "struck late Tuesday, a doctors' group said Wednesday ... around 10
    p.m." being Tuesday's."""
    if pub is None:
        return dates
    out = list(dates)
    # "a day before the results of Sunday's presidential election ... arrested at around midday": a day that says
    # which thing ("Sunday's election") tells no time of the story
    naming = {e.start for e in out if text.startswith(("'s", "’s"), e.end)}
    for i, d in enumerate(out):
        bare = _CLOCK.fullmatch(d.text.lower()) or _NOON.fullmatch(d.text.lower())
        if d.kind != "time" or not d.value or not bare or d.value[:10] != pub.isoformat():
            continue
        told = (e for e in within_reach(out[:i], d.start) if e.start not in reports and e.start not in naming)
        day = next((e for e in told if e.value and DAY.match(e.value)), None)
        if day is not None and (named := named_day(day)):
            out[i] = replace(d, value=named + d.value[10:])
    return out


_RANGE = re.compile(r"^(?:between |from )?(.+?)\s+(?:and|to|through|until|till|-|–)\s+(.+)$", re.IGNORECASE)


def _range_ends(text: str, pub: dt.date | None, future: bool | None) -> list[tuple[int, str, str]] | None:
    """The two ends of a range the model tagged as one expression, when each is a date by itself."""
    m = _RANGE.match(text) or _YEAR_SPAN.fullmatch(text)
    if m is None:
        return None
    parts = [m.group(1).strip(), m.group(2).strip()]
    values = [normalise(part, pub, future=future) for part in parts]
    # "between 1 and 10 March", "March 3-4": a bare day takes its month and year from the other end.
    for bare, full in ((0, 1), (1, 0)):
        day, (kind, value) = parts[bare], values[full]
        if day.isdigit() and 1 <= int(day) <= 31 and kind == "date" and value and DAY.fullmatch(value):
            values[bare] = ("date", _iso_day(value[:8] + f"{int(day):02d}"))
    ends: list[tuple[int, str, str]] = []
    for group, part, (kind, value) in zip((1, 2), parts, values, strict=True):
        if _YEAR_LIST.fullmatch(part):  # "in 1994, 1995 and 1997": each year of the list is one expression
            ends.extend((m.start(group) + y.start(), y.group(), y.group()) for y in re.finditer(r"\d{4}", part))
            continue
        if kind != "date" or value is None or value.endswith("_REF"):
            return None
        ends.append((m.start(group), part, value))
    return ends


# "the 2020-2022 war": two years joined by a hyphen with no space, which `_RANGE` leaves to a date's own hyphens.
# Words that open a time counted from the day of writing, after a count the model took into the span.
_DEICTIC_OPENERS = ("last", "this", "next", "earlier", "later")
_YEAR_SPAN = re.compile(r"((?:1[89]|20)\d\d)[-–]((?:1[89]|20)\d\d)")
_YEAR_LIST = re.compile(r"(?:1[89]|20)\d\d(?:, (?:1[89]|20)\d\d)+,?")


def _iso_day(value: str) -> str | None:
    """`value` when it is a real day ("2025-02-30" is not)."""
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        return None


_FIGHTING = frozenset({"fighting", "conflict", "violence", "clashes", "war"})


def _war_start(article: Article, dates: list[DateRef], event: str) -> str | None:
    """The date the article gives for the start of the war (or invasion, fighting ...) it counts from ("the war
    began in April 2023", "has been at war with the army since April 2023")."""
    # "the war" began with "the invasion": either word dates the other's start.
    if event in ("war", "invasion"):
        words = "war|invasion|full-scale invasion"
    elif event in _FIGHTING:  # "since the fighting began" after "The violence erupted on Sept. 9, 2024"
        words = "|".join(sorted(_FIGHTING))
    else:
        words = event
    # "the war began in April 2023", "the war, which erupted on ...", "the invasion in February 2022", "at war with
    # the army since April 2023"; not "clashes with federal troops, a spokesman said on Wednesday": with words
    # between, a verb of starting or "since" must close them
    pattern = re.compile(
        rf"\b(?:{words})\w*\b(?:[^.]{{0,60}}?\b(?:began|started|erupted|broke out|was launched|launched)\s*"
        r"(?:on|in|since)|[^.]{0,60}?\bsince|\s*(?:on|in|since))\s+$",
        re.IGNORECASE,
    )
    for d in dates:
        if d.value and d.kind == "date" and re.match(r"^\d{4}", d.value):
            before = article.text[max(0, d.start - 80) : d.start]
            after = article.text[d.end : d.end + 20]
            # "since the February 2022 invasion": the event's noun right after a date the text names, not "on
            # Monday, as a war" nor "seized the town overnight after clashes"
            named_before = A_DATE.search(d.text.lower()) and re.match(
                rf"\s+(?!(?:after|before|amid|during|in|of|as|and|with)\b)(?:[\w-]+\s+){{0,2}}(?:{words})\b",
                after,
                re.IGNORECASE,
            )
            if pattern.search(before) or named_before:
                return d.value
    return None


def _named_for_month(head: Any, text: str) -> bool:
    """A bare month naming which thing: "the March agreement", "the October attack"."""
    return (
        re.fullmatch(_MONTH_RE, text.lower()) is not None
        and head.dep_ in ("compound", "nmod", "amod") and head.head.pos_ == "NOUN"
    )  # fmt: skip


def _same_month(told: str | None, value: str) -> bool:
    return bool(told and re.match(r"\d{4}-\d\d(?:-\d\d)?$", told) and told[5:7] == value[5:7])


def extract_dates(doc: Any, article: Article) -> tuple[DateRef, ...]:
    """Temporal expressions of one article with values resolved against its publication date."""
    pub_text = parse_iso_date(article.published) if article.published else None
    pub = dt.date.fromisoformat(pub_text) if pub_text else None
    floor = article.dateline.end if article.dateline else 0
    dates: list[DateRef] = []
    reports: set[int] = set()  # starts of the dates that date a report ("a doctors' group said Wednesday")
    for start, end, head in _spans(doc):
        if start < floor:
            continue
        text = article.text[start:end]
        if reported_when(head):
            reports.add(start)
        future = tense(head)
        if (
            _BY_WEEKDAY.search(article.text[max(0, start - 20) : start]) and _DAY_WORD.search(text.lower())
            and not past_perfect(head)
        ):  # fmt: skip
            future = True  # "as soon as Tuesday", "until 9 a.m. Tuesday": a deadline is ahead; not "Until
            # Thursday, they had not called him a suspect", which looks back from a time already gone
        elif text.lower() == "midnight" and article.text[max(0, start - 5) : start].lower() == "from ":
            future = True  # "agreed to a ceasefire from midnight": the midnight to come
        elif _AHEAD_OF.search(article.text[max(0, start - 24) : start]):
            future = True  # "squared positions ahead of the weekend", "in the run-up to Sunday's vote"
        elif _SINCE.search(article.text[max(0, start - 12) : start]):
            future = False  # "besieged ... since June", "will stay shut, as it has been since March": a past start
        if parts := _range_ends(text, pub, future):
            # "between 1985 and 1987", "from Aug. 26 to Oct. 20": two dates, each with its own value.
            for offset, part, end_value in parts:
                dates.append(DateRef("", part, end_value, start + offset, start + offset + len(part), 0.85, EXTRACTOR,
                                     "date"))  # fmt: skip
            continue
        kind, value = normalise(text, pub, future=future)
        counted = (
            anchored(text, dates, start, reports) or period_anchored(text, dates) or told_period(text, dates, start)
        )
        if counted is not None:
            kind, value = "date", counted
        elif value is None and (of_day := part_of_told_day(text, dates, start)) is not None:
            kind, value = ("time" if "T" in of_day else "date"), of_day
        elif value is None and pub is not None and TOLD_DAY.fullmatch(" ".join(text.lower().split())):
            kind, value = "date", pub.isoformat()  # "returned home later in the day", no day told: the story's
        elif counts_from_another_date(text):
            value = None  # "about two weeks later" after "in March 2024": no day to count from
        elif re.fullmatch(r"(?:the )?(?:fiscal )?year", text.lower()) and _ENDED.match(article.text, end):
            kind, value = "duration", "P1Y"  # "the year ended June 30": a year's span, not this year
        if value and _named_for_month(head, text):
            # "signed an agreement in March ... urged both sides to implement the March agreement": the month told
            # before, not the next March the verb looks ahead to
            told = next(
                (
                    (d.value or "")[:7]
                    for d in reversed(dates)
                    if _same_month(d.value, value) and re.search(_MONTH_RE, d.text.lower())
                ),
                None,
            )  # fmt: skip  (a month named again, not "the same month a year ago")
            value = told or value
        confidence = 0.85 if value else 0.4
        dates.append(DateRef("", text, value, start, end, confidence, EXTRACTOR, kind))
    dates = _clocks_on_the_day_told(_clocks_on_their_day(dates, article.text), pub, reports, article.text)
    dates = apposed_days(dates, article.text)
    dates = overnight_of_report(dates, reports, [sent.end_char for sent in doc.sents])
    for m in _SINCE_EVENT.finditer(article.text):
        if m.start() < floor or any(d.start < m.end() and m.start() < d.end for d in dates):
            continue
        anchor = _war_start(article, dates, m.group(1))
        value = f"{anchor}/{pub.isoformat()}" if anchor and pub else None
        dates.append(DateRef("", m.group(0), value, m.start(), m.end(), 0.7 if value else 0.4, EXTRACTOR, "interval"))
    dates.sort(key=lambda d: d.start)
    return tuple(
        DateRef(f"D{i}", d.text, d.value, d.start, d.end, d.confidence, d.extractor, d.kind)
        for i, d in enumerate(dates, 1)
    )
