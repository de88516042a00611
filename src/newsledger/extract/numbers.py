"""Numbers in news text: where they are, what value and range they state, and which are not counts at all.

Finds digits ("1,294", "1.5 million", "$40 million", "40m"), number words ("four", "twenty-five", "two
hundred") and counting words ("a dozen", "dozens", "hundreds", "tens of thousands", "several"), reads the
qualifier before them as a range ("at least 25" is low 25; "more than 300" low 301; "close to 15,000" high
15,000), and leaves out what only looks like a count: ages, ordinals, durations, dates, times, percentages,
measures and numbers inside names ("M23", "COVID-19", "Resolution 2728").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from newsledger import nlp
from newsledger.extract import gazetteer as gz

SCALES = {"hundred": 100, "thousand": 1_000, "k": 1_000, "million": 1_000_000, "m": 1_000_000, "mn": 1_000_000}
SCALES |= {"billion": 1_000_000_000, "bn": 1_000_000_000, "trillion": 1_000_000_000_000}
_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
CURRENCY_SYMBOLS = {"$": "USD", "US$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₴": "UAH"}
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "usd": "USD", "pound": "GBP", "pounds": "GBP", "sterling": "GBP",
    "gbp": "GBP", "euro": "EUR", "euros": "EUR", "eur": "EUR", "shilling": "KES", "shillings": "KES",
    "rupee": "INR", "rupees": "INR", "yuan": "CNY", "riyal": "SAR", "riyals": "SAR", "rouble": "RUB",
    "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "hryvnia": "UAH", "hryvnias": "UAH", "naira": "NGN",
    "rand": "ZAR", "lira": "TRY", "shekel": "ILS", "shekels": "ILS", "francs": "CHF", "yen": "JPY",
}  # fmt: skip
# A nationality between a number and its currency word names another currency than the word alone does:
# "2 billion Canadian dollars", "500 million Egyptian pounds".
NATIONAL_CURRENCIES = {
    ("canadian", "dollar"): "CAD", ("australian", "dollar"): "AUD", ("singapore", "dollar"): "SGD",
    ("taiwan", "dollar"): "TWD", ("egyptian", "pound"): "EGP", ("sudanese", "pound"): "SDG",
    ("lebanese", "pound"): "LBP", ("syrian", "pound"): "SYP", ("swiss", "franc"): "CHF",
    ("congolese", "franc"): "CDF", ("cfa", "franc"): "XOF", ("turkish", "lira"): "TRY",
    ("pakistani", "rupee"): "PKR", ("indian", "rupee"): "INR", ("iranian", "rial"): "IRR",
    ("saudi", "riyal"): "SAR", ("qatari", "riyal"): "QAR", ("yemeni", "rial"): "YER",
    ("kenyan", "shilling"): "KES", ("ugandan", "shilling"): "UGX", ("tanzanian", "shilling"): "TZS",
    ("somali", "shilling"): "SOS", ("nigerian", "naira"): "NGN", ("russian", "rouble"): "RUB",
    ("russian", "ruble"): "RUB", ("ukrainian", "hryvnia"): "UAH", ("israeli", "shekel"): "ILS",
}  # fmt: skip
# Qualifiers that are also prepositions of place; the parser tells them apart ("over 300 people" is a quantity
# modifier, "over several regions" a preposition on the verb).
_PLACE_PREPOSITIONS = frozenset({"over", "under", "above", "below", "around"})
# A word before a number that makes it a label, a rank or a measure rather than a count.
_NOT_COUNT_BEFORE = frozenset(
    "aged age magnitude no. no number resolution article flight route highway page section chapter room "
    "platform gate phase stage round level grade category class size channel paragraph item line act".split()
)
_MONTHS = frozenset(
    "january february march april may june july august september october november december jan feb mar apr "
    "jun jul aug sep sept oct nov dec jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.".split()
)
_GLUED = re.compile(r"^(?P<num>\d+(?:\.\d+)?)(?P<scale>m|bn|mn|k)$", re.IGNORECASE)


def _data(name: str) -> list[list[str]]:
    raw = resources.files("newsledger.extract").joinpath(f"data/{name}").read_text("utf-8")
    return [ln.split("\t") for ln in raw.splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def not_counts() -> frozenset[str]:
    return frozenset(row[0].strip() for row in _data("not_counts.txt"))


@lru_cache(maxsize=1)
def qualifiers() -> tuple[tuple[str, str, str], ...]:
    rows = [(r[0].strip(), r[1].strip(), r[2].strip()) for r in _data("qualifiers.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@lru_cache(maxsize=1)
def vague_numbers() -> dict[tuple[str, ...], tuple[float, float | None, float | None]]:
    def bound(x: str) -> float | None:
        return None if x.strip() == "-" else float(x)

    return {tuple(r[0].split()): (float(r[1]), bound(r[2]), bound(r[3])) for r in _data("vague_numbers.tsv")}


@lru_cache(maxsize=1)
def _vague_first_words() -> frozenset[str]:
    """First words of the counting phrases: most tokens start none, and are skipped with one set lookup."""
    return frozenset(words[0] for words in vague_numbers())


@dataclass
class Number:
    """A number in the doc: token span [first, last) and what it states."""

    first: int
    last: int
    value: float
    low: float | None
    high: float | None
    qualifier: str | None
    currency: str | None
    vague: bool
    qualifier_first: int  # token where the qualifier starts (== first when there is none)


def word_value(words: list[str]) -> float | None:
    """ "twenty-five", "two hundred", "one million" -> number; None when a word is not a number word."""
    total, current = 0.0, 0.0
    seen = False
    for raw in words:
        w = raw.lower()
        if w in ("-", "and"):
            continue
        if w in _UNITS:
            current += _UNITS[w]
            seen = True
        elif w in SCALES and w not in ("k", "m", "mn", "bn"):
            current = (current or 1) * SCALES[w]
            if SCALES[w] >= 1000:
                total, current = total + current, 0.0
            seen = True
        else:
            return None
    return total + current if seen else None


def digit_value(text: str) -> float | None:
    m = _GLUED.match(text)
    if m:
        return float(m.group("num")) * SCALES[m.group("scale").lower()]
    cleaned = text.replace(",", "")
    try:
        return float(cleaned)
    except ValueError:
        return None


# Singular people counted as "one Afghan guard", "one Palestinian man" (person_nouns lists plurals mostly).
_ONE_OF_US = frozenset({"guard", "soldier", "man", "woman", "child", "civilian", "officer", "policeman",
                        "person", "fighter", "journalist", "worker", "resident", "boy", "girl", "student",
                        "hostage"})  # fmt: skip


def _is_number_token(tok: Any) -> bool:
    if tok.lower_ == "one":  # mostly a pronoun or an article ("one of them", "one big ocean")
        head = tok.head
        # "one soldier", and "one Afghan guard" with a modifier of the noun between
        between = tok.doc[tok.i + 1 : head.i] if head.i > tok.i else []
        return bool(
            tok.pos_ == "NUM" and tok.dep_ == "nummod" and head.tag_ in ("NN", "NNP")
            and (head.i == tok.i + 1 or (
                head.i == tok.i + 2 and all(t.dep_ in ("amod", "compound") for t in between)
                and (head.lower_ in gz.person_nouns() or head.lemma_.lower() in _ONE_OF_US)
            ))
        )  # fmt: skip
    return bool(tok.like_num or _GLUED.match(tok.text))


def _excluded(doc: Any, first: int, last: int) -> bool:
    """Ages, durations, measures, dates, times, percentages, ordinals and numbers inside names."""
    head = doc[first]
    if any(t.ent_type_ in ("PERCENT", "ORDINAL") for t in doc[first:last]):
        return True
    if head.ent_type_ in ("EVENT", "LAW") and head.ent_iob_ == "I":
        return True  # "since World War Two", "Article 4", "Resolution 2334": a number inside a name
    if doc[first].ent_type_ in ("DATE", "TIME") and _date_like(doc, doc[first]):
        return True
    if any(":" in t.text or re.search(r"\d(?:st|nd|rd|th)$", t.text) for t in doc[first:last]):
        return True
    prev = doc[first - 1] if first > 0 else None
    if prev is not None:
        if prev.lower_ in _NOT_COUNT_BEFORE or prev.lower_ in _MONTHS:
            return True
        if prev.text == "-" and first >= 2 and doc[first - 2].is_alpha and not doc[first - 2].whitespace_:
            return True  # COVID-19, F-16
        if prev.is_alpha and not prev.whitespace_:
            return True  # M23 split by the tokenizer
        if (
            prev.pos_ == "PROPN" and prev.is_title and prev.ent_type_ in ("GPE", "ORG", "PRODUCT", "FAC")
            and last - first == 1 and head.is_digit and head.dep_ not in ("nsubj", "nsubjpass")
            and not (last < len(doc) and doc[last].pos_ in ("NOUN", "PROPN"))
        ):  # fmt: skip
            return True  # "told France 24 by telephone", "Channel 4 reported": a number inside a name
    if age_bound(doc, first, last) or _family_size(doc, first, last) or _age_after_name(doc, first, last):
        return True
    if (
        prev is not None and prev.lower_ == "the" and head.lower_ == "two" and last < len(doc)
        and doc[last].lower_ in _PAIRS
    ):  # fmt: skip
        return True  # "the two countries also asked": the pair the story is about, named again, not a count
    after = doc[last : last + 3]
    words = [t.lower_ for t in after]
    if words and (words[0] in not_counts() or (words[0] == "-" and len(words) > 1 and words[1] in not_counts())):
        return True
    if words and words[0] in _MONTHS:
        return True
    if head.lower_ == "zero" and last - first == 1 and after[:1] and after[0].tag_ == "NN":
        return True  # "zero enrichment", "zero tolerance": a policy, not a count ("zero casualties" is one)
    text = head.text.replace(",", "")
    is_year = text.isdigit() and len(text) == 4 and 1800 <= int(text) <= 2100 and "," not in head.text
    return is_year and not (last < len(doc) and doc[last].tag_ == "NNS")


# Pairs a story names again as "the two ...": the parties to talks or a deal.
_PAIRS = frozenset({"countries", "nations", "leaders", "governments", "states", "neighbours", "neighbors", "rivals",
                    "presidents", "delegations", "allies", "capitals", "sides"})  # fmt: skip
_AGED = frozenset({"those", "anyone", "people", "children", "men", "women", "boys", "girls", "prisoners", "males"})


def age_bound(doc: Any, first: int, last: int) -> bool:
    """ "those under 25", "men over 60": an age limit on who is meant, not a count (nothing counted follows)."""
    if first < 2 or doc[first - 1].lower_ not in ("under", "over", "above") or doc[first - 2].lower_ not in _AGED:
        return False
    text = doc[first].text
    age = int(text) if text.isdigit() else word_value([text.lower()])  # "children under five"
    return age is not None and age <= 120 and not (last < len(doc) and doc[last].pos_ == "NOUN")


def _age_after_name(doc: Any, first: int, last: int) -> bool:
    """ "said Mohammad Ismail, 45, who lost six members of his family": a person's age between commas."""
    if first < 2 or last >= len(doc) or last - first != 1 or not doc[first].text.isdigit():
        return False
    before, after = doc[first - 1], doc[last]
    return (
        before.text == "," and after.text in (",", ".") and doc[first - 2].ent_type_ == "PERSON"
        and int(doc[first].text) <= 120
    )  # fmt: skip


_PARENTS = frozenset({"mother", "father", "parent", "grandmother", "grandfather", "widow", "widower"})


def _family_size(doc: Any, first: int, last: int) -> bool:
    """ "a mother of five who fled": how many children a person has describes the person, it counts nobody
    the story reports on (nothing counted follows)."""
    return (
        first >= 2 and doc[first - 1].lower_ == "of" and doc[first - 2].lower_ in _PARENTS
        and not (last < len(doc) and doc[last].pos_ == "NOUN")
    )  # fmt: skip


_TIME_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today"})


_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "century"})


def _date_like(doc: Any, tok: Any) -> bool:
    """The model tags some plain counts DATE ("wounding 31"); trust it only when the date entity has a month,
    a weekday, a time word or a year in it."""
    span = nlp.entity_at(doc, tok.i) or doc[tok.i : tok.i + 1]
    words = [t.lower_ for t in span]
    years = [w for w in words if w.isdigit() and len(w) == 4]
    cues = set(words) & (_MONTHS | _TIME_WORDS | not_counts() | {"ago", "last", "next", "past"})
    counted = tok.head if tok.dep_ == "nummod" else None
    if cues and cues <= {"last", "next", "past"} and counted is not None and counted.pos_ == "NOUN":
        # "the last 20 living Israeli hostages": a count of people, not "the last 20 years"
        return counted.lemma_.lower() in _TIME_UNITS
    return bool(years or cues)


def _qualifier(doc: Any, first: int) -> tuple[str | None, str | None, int]:
    """(normalised qualifier, rule, first token of the qualifier) for the words right before a number."""
    before = [t.lower_ for t in doc[max(0, first - 3) : first]]
    for phrase, normal, rule in qualifiers():
        words = phrase.split()
        if len(words) <= len(before) and before[-len(words) :] == words:
            q = doc[first - len(words)]
            if len(words) == 1 and q.lower_ in _PLACE_PREPOSITIONS and q.dep_ == "prep" and q.head.pos_ == "VERB":
                break  # "destroyed 95 drones over several regions": where, not how many more
            if len(words) == 1 and q.dep_ == "prt":
                break  # "handed over 20 hostages": the verb's particle
            return normal, rule, first - len(words)
    return None, None, first


def _apply(rule: str | None, value: float, low: float | None, high: float | None) -> tuple[float | None, float | None]:
    whole = float(value).is_integer()
    # A one-sided qualifier leaves the other side open: "at least 25" says nothing of how many more.
    if rule == "low":
        return value, None
    if rule == "above":
        return (value + 1 if whole else value), None
    if rule == "high":
        return None, value
    if rule == "below":
        return None, (value - 1 if whole else value)
    if rule == "approx":
        return None, None
    if rule == "exact":
        return value, value
    return low, high


def _glued(doc: Any, hyphen: int) -> bool:
    """Whether the hyphen at `hyphen` joins the words either side with no space ("90-billion")."""
    return not doc[hyphen - 1].whitespace_ and not doc[hyphen].whitespace_


def _currency(doc: Any, first: int, last: int) -> tuple[str | None, int, int]:
    """Currency of a number and the token bounds widened to take in its symbol or word."""
    if first > 0 and doc[first - 1].text in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[doc[first - 1].text], first - 1, last
    if last + 1 < len(doc) and doc[last].text == "-" and _glued(doc, last) and doc[last + 1].lower_ in CURRENCY_WORDS:
        if doc[last + 1].lower_ == "pound" and doc[last - 1].like_num and doc[last - 1].text[:1].isdigit():
            return None, first, last  # "two 500-pound bombs": a weight ("a 90-billion-pound deal" is money)
        return CURRENCY_WORDS[doc[last + 1].lower_], first, last + 2  # "a 90-billion-euro loan"
    if last < len(doc) and doc[last].lower_ in CURRENCY_WORDS:
        return CURRENCY_WORDS[doc[last].lower_], first, last + 1
    if last + 1 < len(doc) and (doc[last].lower_, doc[last + 1].lemma_.lower()) in NATIONAL_CURRENCIES:
        return NATIONAL_CURRENCIES[(doc[last].lower_, doc[last + 1].lemma_.lower())], first, last + 2
    return None, first, last


def _vague_at(doc: Any, i: int) -> tuple[int, tuple[float, float | None, float | None]] | None:
    """A counting phrase starting at token i ("tens of thousands", "dozens", "a dozen") and its end."""
    if doc[i].lower_ not in _vague_first_words():
        return None
    ahead = [doc[j].lower_ for j in range(i, min(i + 4, len(doc)))]
    for n in (4, 3, 2, 1):
        words = tuple(ahead[:n])
        if len(words) == n and words in vague_numbers():
            nxt = doc[i + n] if i + n < len(doc) else None
            # It counts only when it quantifies: "dozens of people", "hundreds were killed", "several soldiers".
            if nxt is None:
                continue
            value = vague_numbers()[words]
            exact = value[1] is not None and value[1] == value[2]  # "a dozen", "a couple": before any noun
            if (
                nxt.lower_ == "of"
                # "displaced hundreds of thousands, according to ...": the phrase itself counts; but "did not
                # give a number" asks for one: "a number" counts only with its "of"
                or (n > 1 and words != ("a", "number"))
                or nxt.tag_ == "NNS"
                or nxt.pos_ in ("VERB", "AUX")
                or (exact and nxt.pos_ in ("NOUN", "ADJ"))
            ):
                return i + n, value
    return None


_FRACTIONS = {("half", "a"): 0.5, ("quarter", "of", "a"): 0.25, ("three", "quarters", "of", "a"): 0.75}


def _fraction_before(doc: Any, i: int) -> tuple[int, float] | None:
    """ "half a million", "a quarter of a million": where the number starts, and the share of the scale word."""
    for words, share in _FRACTIONS.items():
        start = i - len(words)
        if start >= 0 and tuple(t.lower_ for t in doc[start:i]) == words:
            return (start - 1 if start > 0 and doc[start - 1].lower_ == "a" and words[0] == "quarter" else start), share
    return None


def _read_number(doc: Any, i: int) -> tuple[int, float] | None:
    """The number written from token i ("1,294", "1.5 million", "twenty-five"): where it ends and its value."""
    if not _is_number_token(doc[i]):
        return None
    last = i + 1
    while last < len(doc) and (
        doc[last].lower_ in SCALES
        or doc[last].like_num
        or (doc[last].text == "-" and last + 1 < len(doc) and doc[last + 1].lower_ in _UNITS)
        # "a 90-billion-euro loan", "a $1.5-billion package": the scale joined by a hyphen
        or (doc[last].text == "-" and last + 1 < len(doc) and doc[last + 1].lower_ in SCALES and _glued(doc, last))
    ):
        last += 1
    words = [t.text for t in doc[i:last]]
    parsed = digit_value(words[0]) if words[0][:1].isdigit() else None
    if parsed is not None:
        for w in words[1:]:
            parsed *= SCALES.get(w.lower(), 1)
    else:
        parsed = word_value(words)
    return (last, parsed) if parsed is not None else None


def find_numbers(doc: Any) -> list[Number]:
    """Every count-like number in the doc, left to right, with its range."""
    found: list[Number] = []
    i = 0
    while i < len(doc):
        vague = _vague_at(doc, i)
        if vague is not None:
            end, (value, low, high) = vague
            first, last, is_vague = i, end, True
        elif (read := _read_number(doc, i)) is not None:
            last, parsed = read
            first = i
            if doc[i].lower_ in SCALES and (fraction := _fraction_before(doc, i)) is not None:
                first, share = fraction  # "more than half a million people"
                parsed *= share
            elif doc[i].lower_ in SCALES and i > 0 and doc[i - 1].lower_ in ("a", "an"):
                first = i - 1  # "nearly a million people": the article is the count's, and the qualifier before it
            value, low, high, is_vague = parsed, parsed, parsed, False
            if (
                first > 0 and doc[first - 1].lower_ == "between" and last + 1 < len(doc) and doc[last].lower_ == "and"
                and (upper := _read_number(doc, last + 1)) is not None and upper[1] > parsed
                and not _excluded(doc, last + 1, upper[0])  # ("between 2 and 3 p.m.": a time)
            ):  # fmt: skip
                # "between 6,000 and 7,000 troops": one count, a range from the first to the second
                last, high = upper
                found.append(Number(first, last, value, low, high, "between", None, False, first - 1))
                i = last
                continue
        else:
            i += 1
            continue
        if _excluded(doc, first, last):
            i = last
            continue
        currency, c_first, c_last = _currency(doc, first, last)
        qualifier, rule, q_first = _qualifier(doc, c_first)
        low, high = _apply(rule, value, low, high)
        found.append(Number(c_first, c_last, value, low, high, qualifier, currency, is_vague, q_first))
        i = last
    return found
