"""Numbers written as words inside temporal expressions: spelt-out years ("nineteen ninety-six") and days of the
month ("March eighth"), as broadcast transcripts and speeches write them, turned into digits before the
normaliser (:mod:`newsledger.extract.timex`) reads the expression."""

from __future__ import annotations

import re

from newsledger.extract.numbers import word_value

MONTH_RE = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?)\.?"
)
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_SPELLED_YEAR = re.compile(
    rf"\b(nineteen|twenty) (?:({_TENS})(?:[ -]({_ONES}))?|({_TEENS})|hundred(?: and ({_ONES}))?)\b"
    rf"|\b(two thousand)(?: and ({_ONES}|{_TEENS}))?\b"
)
_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_ORDINAL_RE = rf"((?:twenty[ -]|thirty[ -])?(?:{'|'.join(_ORDINALS)})|thirtieth)"


def spelled_years(t: str) -> str:
    """ "nineteen ninety-six" -> "1996", "the year two thousand" -> "the year 2000" (broadcast transcripts)."""

    def number(m: re.Match[str]) -> str:
        if m.group(6):
            return str(2000 + int(word_value([m.group(7)]) or 0 if m.group(7) else 0))
        century = 19 if m.group(1) == "nineteen" else 20
        if m.group(2):
            rest = int(word_value([m.group(2)] + ([m.group(3)] if m.group(3) else [])) or 0)
        elif m.group(4):
            rest = int(word_value([m.group(4)]) or 0)
        else:
            rest = int(word_value([m.group(5)]) or 0) if m.group(5) else 0
        return str(century * 100 + rest)

    return _SPELLED_YEAR.sub(number, t)


def ordinal_days(t: str) -> str:
    """ "March eighth", "the twenty-first of May" -> "march 8th", "the 21st of may": a day of the month spelt out
    (broadcast transcripts and speeches); an ordinal away from a month ("the eighth day") is left alone."""

    def day(word: str) -> str:
        tens, _, unit = word.replace("-", " ").rpartition(" ")
        n = 30 if unit == "thirtieth" else _ORDINALS.index(unit) + 1 + {"twenty": 20, "thirty": 30}.get(tens, 0)
        return f"{n}th"

    t = re.sub(rf"\b{MONTH_RE} {_ORDINAL_RE}\b", lambda m: f"{m.group(1)} {day(m.group(2))}", t)
    return re.sub(rf"\b{_ORDINAL_RE} of {MONTH_RE}", lambda m: f"{day(m.group(1))} of {m.group(2)}", t)
