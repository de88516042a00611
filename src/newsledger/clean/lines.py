"""What a single line of a scraped news page is: boilerplate, credit, caption, subhead, byline, or body.

Method: rule-based line classification in the spirit of jusText/boilerpipe (short lines without sentence
punctuation are chrome or headings, long punctuated lines are body), plus wire-specific rules for datelines,
credits and captions.  The rules look at one line and, for captions, at the credit line that follows it.

Limits: a one-line body paragraph without final punctuation that is under ``settings.MAX_SUBHEAD_WORDS`` words
reads as a subhead; a caption that carries no credit and ends with a full stop reads as a paragraph.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from newsledger import settings

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# Wire datelines: "KYIV, March 12 (Reuters) -", "KHARTOUM, Sudan (AP) —", "UNITED NATIONS (AFP) -",
# "GAZA CITY, Gaza Strip, Jan 3 -".  The place is in capitals; a title-case place needs an agency in brackets
# or, as online outlets write it ("Beirut, Lebanon –"), a country or region after it and a spaced dash.
# Reuters datelines a story filed from two places with a slash: "GAZA/CAIRO", "KYIV/MOSCOW".
_CAPS_PLACE = r"[A-Z][A-Z'’.\-]+(?:[ /][A-Z][A-Z'’.\-]+)*"
_TITLE_PLACE = r"[A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+){0,3}"
# "Sudan", "Gaza Strip", "Democratic Republic of Congo": capitalised words with lower-case connectors.
_REGION_PART = r",\s*[A-Z][\w.'’\-]*(?: (?:(?:of|the|and|de|du|des|la|al|el) )?[A-Z][\w.'’\-]*){0,4}"
_REGION = rf"(?:{_REGION_PART}){{0,2}}?"
_REGION_ONE = rf"(?:{_REGION_PART}){{1,2}}?"
_DATE = rf"(?:,?\s*(?P<date>{_MONTHS} \d{{1,2}}(?:,? \d{{4}})?|\d{{1,2}} {_MONTHS}(?: \d{{4}})?))"
_AGENCY = r"\s*\((?P<agency>[A-Z][\w.&' -]{1,40})\)"
# What follows a title-case dateline with no agency must read as a paragraph (a headline such as "Biden,
# Netanyahu – Talks stall" is not one): a capital, forty characters or more, closing punctuation.
_SENTENCE = r"(?=[A-Z\"“‘'][\s\S]{40,}[.!?\"”’)]\s*$)"
_DASH = r"\s*(?:[-–—]{1,2}|:)\s+"
_DATELINES = (
    re.compile(rf"^(?P<place>{_CAPS_PLACE})(?P<region>{_REGION}){_DATE}?(?:{_AGENCY})?{_DASH}"),
    re.compile(rf"^(?P<place>{_TITLE_PLACE})(?P<region>{_REGION}){_DATE}?{_AGENCY}{_DASH}"),
    re.compile(rf"^(?P<place>{_TITLE_PLACE})(?P<region>{_REGION_ONE}){_DATE}?\s+[–—-]{{1,2}}\s+{_SENTENCE}"),
    # "Port Sudan, 14 March 2025 - Fighting ...": the style of U.N. situation reports, a date but no country.
    re.compile(rf"^(?P<place>{_TITLE_PLACE})(?P<region>){_DATE}\s+[–—-]{{1,2}}\s+{_SENTENCE}"),
    # "Aug 12 (Reuters) -": a story filed from no one place (reported by phone, from several countries) has a
    # date and the agency only.
    re.compile(rf"^(?P<place>)(?P<region>){_DATE}{_AGENCY}{_DASH}"),
)


def match_dateline(text: str) -> re.Match[str] | None:
    """The wire dateline opening `text`, if any."""
    for pattern in _DATELINES:
        if m := pattern.match(text):
            return m
    return None


# An agency name alone in a dateline must look like an agency, not like "(left)".
_AGENCY_OK = re.compile(r"^[A-Z]")

_BYLINE = re.compile(r"^(?:By|BY|Written by|Words by)\s+[A-Z][\w.'’\- ]+(?:(?:,| and| &) [A-Z][\w.'’\- ]+)*$")
_DATE_LINE = re.compile(
    rf"^(?:(?:Published|Updated|Posted|Last updated|First published|Date)(?: on)?:?\s*)?"
    rf"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?"
    rf"(?:{_MONTHS} \d{{1,2}},? \d{{4}}|\d{{1,2}} {_MONTHS},? \d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    rf"(?:[ ,T]+\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{{2,5}}|[+-]\d{{2}}:?\d{{2}}|Z)?)?"
    rf"(?:\s*[|,/]\s*(?:Updated|Last updated)?.*)?$"
)
_SUBHEAD_MARKS = re.compile(r"^(?:[-–—*■•#=▪►|]+\s*)(?P<text>[^-–—*■•#=▪►|].*?)(?:\s*[-–—*■•#=▪►|]+)?$")
_SCENE = re.compile(rf"\d|{_MONTHS}|\b(?:in|at|near|outside) [A-Z]")
_CAPTION_LEAD = re.compile(
    r"^(?P<kind>Map|Graphic|Chart|Photo|Photograph|Picture|Image|Video|Pictured|FILE PHOTO|FILE)\b\s*[:\-–—]\s*",
)
_GRAPHIC_START = re.compile(r"^(?:An? |The )?(?:Map|Graphic|Chart|Infographic|Satellite image)s?\b")
_TERMINAL = tuple(".!?…\"”’'):;。！？」")
_CREDIT_LINE = re.compile(r"^[-–—]\s*(?P<credit>[^()]{0,80}\([A-Z][\w.&' /-]{1,40}\))\s*$")


@lru_cache(maxsize=1)
def _boilerplate() -> re.Pattern[str]:
    raw = resources.files("newsledger.clean").joinpath("data/boilerplate.txt").read_text("utf-8")
    alternatives = [ln.strip() for ln in raw.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    return re.compile("^(?:" + "|".join(f"(?:{a})" for a in alternatives) + r")\s*[.:!]?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _credit_tail() -> re.Pattern[str]:
    raw = resources.files("newsledger.clean").joinpath("data/caption_credits.txt").read_text("utf-8")
    alternatives = [ln.strip() for ln in raw.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    return re.compile(r"(?P<credit>" + "|".join(f"(?:{a})" for a in alternatives) + r")\s*\.?\s*$")


def words(line: str) -> int:
    return len(line.split())


def is_boilerplate(line: str) -> bool:
    return bool(_boilerplate().match(line))


def is_byline(line: str) -> bool:
    return words(line) <= 12 and bool(_BYLINE.match(line))


def is_date_line(line: str) -> bool:
    return words(line) <= 16 and bool(_DATE_LINE.match(line))


def credit_line(line: str) -> str | None:
    """The credit when the whole line is one ("— Kharkiv, Ukraine (AFP)", "REUTERS/Stringer")."""
    m = _CREDIT_LINE.match(line)
    if m:
        return m.group("credit").strip()
    m = _credit_tail().search(line)
    if m and m.start() == 0 and words(line) <= 8:
        return m.group("credit").strip()
    return None


def caption_credit(line: str) -> tuple[str, str] | None:
    """(caption text, credit) when a line ends with a photo credit."""
    m = _credit_tail().search(line)
    if not m or m.start() == 0:
        return None
    if words(line) > settings.MAX_CAPTION_WORDS:
        return None
    body = line[: m.start()].rstrip(" -–—|,")
    return body, m.group("credit").strip()


def caption_kind(line: str) -> str | None:
    """The caption kind when a line opens like a caption ("Map: ...", "FILE PHOTO: ...")."""
    m = _CAPTION_LEAD.match(line)
    if not m:
        return None
    lead = m.group("kind").lower()
    if lead in ("map", "graphic", "chart", "video"):
        return "map" if lead == "map" else ("video" if lead == "video" else "graphic")
    return "photo"


def marked_subhead(line: str) -> str | None:
    """The heading text when a line is set off by dashes or other marks ("— Talks stall —", "■ Aid")."""
    m = _SUBHEAD_MARKS.match(line)
    if m and words(m.group("text")) <= settings.MAX_SUBHEAD_WORDS and not m.group("text").endswith((".", ",")):
        return m.group("text").strip()
    return None


def ends_sentence(line: str) -> bool:
    """Whether the line ends as a sentence does; a closing quote only after sentence punctuation ('... he
    said: "We will not back down."'), so a headline that ends on a quoted phrase ("Tehran rejects 'zero
    enrichment'") is still a headline."""
    stripped = line.rstrip()
    if stripped.endswith(_CLOSING_QUOTES):
        inner = stripped.rstrip("".join(_CLOSING_QUOTES))
        return inner.endswith(_TERMINAL) or not _QUOTED_END.search(stripped)
    return stripped.endswith(_TERMINAL)


_CLOSING_QUOTES = ("'", "’", '"', "”")
# A quoted phrase that closes the line: an opening quote after a space, words, and the closing quote.
_QUOTED_END = re.compile(r"""(?:^|\s)['‘"“][^'‘’"“”]{1,60}['’"”]$""")


def is_headline_like(line: str) -> bool:
    n = words(line)
    return settings.MIN_TITLE_WORDS <= n <= settings.MAX_TITLE_WORDS and not line.endswith((".", ","))


def unpunctuated_kind(line: str) -> str:
    """'subhead' or 'caption' for a body line with no sentence punctuation at its end.

    A short heading names a topic ("Talks stall"); a caption describes a scene and usually carries a place, a
    date or a number ("Smoke rises over Khartoum on April 15").
    """
    n = words(line)
    if _GRAPHIC_START.match(line):
        return "caption"
    if n <= settings.MAX_SUBHEAD_WORDS and not (n >= 6 and _SCENE.search(line)):
        return "subhead"
    return "caption"


def infer_caption_kind(text: str) -> str:
    low = text.lower()
    if low.startswith(("map", "a map")) or " map " in low:
        return "map"
    if low.startswith(("graphic", "chart", "a graphic", "a chart")):
        return "graphic"
    return "photo"
