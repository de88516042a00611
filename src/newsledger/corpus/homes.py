"""Where a source reports from: given by the caller ("Richmond, Kentucky"), or learned from its stored articles.

A local paper rarely qualifies its own town: "Paris police" in the Paris, Texas paper, "Athens firefighters" in
the Athens, Georgia one.  The home is a prior for place resolution (geo.Context.home), outweighed by anything
the article itself says.

Learning (method): each stored article of the source counts once for every country one of its place names has
all its readings in, and once for every first-order division one of them vouches for by itself (a state, a
province or a county with readings in one division only, as geo context counts them: "Rapides Parish",
"Kentucky").  The names are read, not the places they were resolved to: a wrong reading of "Dublin" would
otherwise teach the home that then sways "Dublin" again.  The home is the country named in the most articles,
and the division of that country vouched for in the most, each only when named in at least
``settings.HOME_MIN_ARTICLES`` articles and ``settings.HOME_MIN_SHARE`` of them.  On LGL (local US news, 85
sources, about 7 articles each) a home learned from a source's *other* articles lifts Acc@161 on the tuning
half from 0.831 to 0.867 (80 toponyms fixed, 2 broken) and on the held-out half from 0.772 to 0.799
(docs/accuracy.md).

Limits: a source's first articles have no home to learn from; a wire service or a national paper gets the
country it writes about most (a mild prior, one point of log-population, though a foreign capital used as a
community's name, "a Paris man", then loses its capital's weight); a source that moved is averaged.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from newsledger import settings
from newsledger.extract import gazetteer as gz
from newsledger.extract import geo
from newsledger.extract.context import STANDALONE, single_country, vouched_state
from newsledger.records import Home
from newsledger.store import Store, read


@dataclass(frozen=True, slots=True)
class Evidence:
    """What one article says about where its source is: the countries its places lie in, and the (country,
    division) pairs its place names vouch for by themselves."""

    countries: frozenset[str]
    divisions: frozenset[tuple[str, str]]


def home_of(place: str) -> Home | None:
    """The home a caller names: "Richmond, Kentucky", "Kentucky", "Paris, TX", "Ireland"; None when the
    gazetteer does not know it."""
    name, _, qualifier = (part.strip() for part in place.partition(","))
    qualifier = _state_by_postal_code().get(qualifier, qualifier)  # "Paris, TX": a bare "TX" is no name in text
    record = geo.resolve(name, STANDALONE, qualifier or None) if name else None
    if record is None or record.country is None or (qualifier and not geo.qualifies(record, qualifier)):
        return None
    admin1 = None if record.kind in ("country", "continent") else record.admin1
    return Home(record.country, admin1, place.strip())


@lru_cache(maxsize=1)
def _state_by_postal_code() -> dict[str, str]:
    """ "TX" -> "Tex.": the AP form, which the gazetteer knows (postal codes alone are also words: "IN", "OR")."""
    table = {}
    for line in gz.data_lines("us_state_abbreviations.tsv"):
        forms, code = line.split("\t")
        table[code.strip()] = forms.split("|")[0]
    return table


def evidence(names: Iterable[str]) -> Evidence:
    """The evidence of one article's place names (as resolved or as written): a name votes for a country when
    all its readings lie in it (:func:`single_country`: "Tbilisi", "Kentucky"; not "Dublin", in Ireland and
    Ohio, whose reading the home itself sways), and for a division as :func:`vouched_state` says."""
    countries: set[str] = set()
    divisions: set[tuple[str, str]] = set()
    for name in names:
        found = geo.candidates(name)
        if (country := single_country(found)) is not None:
            countries.add(country)
        if (division := vouched_state(found)) is not None:
            divisions.add(division)
    return Evidence(frozenset(countries), frozenset(divisions))


def learn_home(articles: Sequence[Evidence]) -> Home | None:
    """The home the articles of one source agree on (see the module's method), or None."""
    least = max(settings.HOME_MIN_ARTICLES, settings.HOME_MIN_SHARE * len(articles))
    country = _most_named(Counter(c for a in articles for c in a.countries), least)
    if country is None:
        return None
    division = _most_named(Counter(d for a in articles for c, d in a.divisions if c == country), least)
    return Home(country, division, f"{division}, {country}" if division else country)


def _most_named(counts: Counter[str], least: float) -> str | None:
    if not counts:
        return None
    # Ties go to the name first counted, so the same articles always learn the same home.
    name, n = counts.most_common(1)[0]
    return name if n >= least else None


def learned_home(store: Store, source: str) -> tuple[Home | None, bool]:
    """The home of `source` as its last ``settings.HOME_LEARN_ARTICLES`` stored articles agree on (or None),
    and whether more stored articles could still teach it a first one: none learned yet, and fewer stored
    than the least number in which a home is always found once every one of them names it."""
    stored = read.source_place_names(store, source, settings.HOME_LEARN_ARTICLES)
    home = learn_home([evidence(names) for names in stored])
    least = max(settings.HOME_MIN_ARTICLES, math.ceil(settings.HOME_MIN_ARTICLES / settings.HOME_MIN_SHARE))
    return home, home is None and len(stored) < least
