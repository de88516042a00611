"""What an article says about where it is: the context place resolution weighs (:class:`geo.Context`).

Method: the countries and first-order divisions its toponyms vouch for (a name with readings in one country or
one state; a county for its state; a state's office or college, "Georgia Bureau of Investigation"), the
dateline's country, the names it calls a province or a state ("the province of Ontario"), the names it uses as
a community's ("a Paris man", "Berea police") and the neighbourhood of its other toponyms.  What only a toponym
itself vouches for is no evidence when that toponym is resolved.

Limits: evidence is counted, not weighed by how often it is named; a state named only in a headline counts as
one named in the body.
"""

from __future__ import annotations

import dataclasses
import re

from newsledger.extract import gazetteer as gz
from newsledger.extract import geo
from newsledger.records import Article, Entity

PLACE_TYPES = ("GPE", "LOC", "FAC")
STANDALONE = geo.Context()  # no context at all: a dateline's own place, a famous treaty's town
_STREET = re.compile(
    r"\b(?:Street|St|Road|Rd|Avenue|Ave|Drive|Dr|Lane|Ln|Boulevard|Blvd|Highway|Hwy|Parkway|Pkwy|Pike|Bypass)\.?$"
)
# "the province of Ontario", "the state of Washington", "Washington state" (not "Islamic State", "state media").
DIVISION_BEFORE = re.compile(r"\b(state|province|region|oblast|governorate|prefecture) of (?:the )?$", re.I)
STATE_AFTER = re.compile(r"^ state\b(?! (?:media|television|tv|news|agency|university|college|department)\b)")
DIVISION_AFTER = re.compile(
    r"^(?:(?:,|,? and) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)*\s+(region|province|oblast|governorate)s?\b"
)
_COUNTY_PREFIX = re.compile(r"^(.+? (?:county|parish)) \S")  # folded: "rapides parish fire district 2"
# "Georgia Bureau of Investigation", "the Indiana Department of Workforce Development", "Ohio State Highway Patrol",
# "Northeast Texas Community College", "University of Kentucky": a state's own office or college says which state
# the story is in (folded names; the state's name is the group that matched).
_STATE_INSTITUTION = (
    r"(?:state )?(?:department|bureau|division|commission|highway patrol|state patrol|national guard|general assembly|"
    r"legislature|attorney general|supreme court|court of appeals|board of (?:education|elections|regents)|"
    r"university|community college|college)\b"
)
_STATE_OFFICE = re.compile(
    rf"^university of (.+?)(?: at | school | college |$)|^(?:{gz.COMPASS} )?(.+?) {_STATE_INSTITUTION}"
)


def division_cue(text: str, start: int, end: int) -> bool:
    """Whether the words around a toponym say it is a province or a state: "the province of Ontario",
    "Washington state", "the Donetsk region"."""
    after = text[end : end + 80]
    return bool(
        DIVISION_BEFORE.search(text[max(0, start - 30) : start]) or STATE_AFTER.match(after)
        or DIVISION_AFTER.match(after)
    )  # fmt: skip


def is_street(name: str) -> bool:
    """ "Memphis St.", "6016 Dublin Road": an address names a street, and says nothing about Memphis or Dublin."""
    return bool(_STREET.search(name)) or name[:1].isdigit()


def article_context(article: Article, entities: tuple[Entity, ...]) -> geo.Context:
    countries: dict[str, list[frozenset[str]]] = {}
    states: dict[str, list[frozenset[str]]] = {}
    toponyms = [(e.name, *e.aliases) for e in entities if e.type in PLACE_TYPES and not is_street(e.name)]
    written = frozenset(gz.fold(n) for names in toponyms for n in names)
    known = set(written)
    # "Henderson County Jail", "the Madison County Health Department": a site or an office named after its county
    # or town says where the story is, like the county or town itself would.
    for entity in entities:
        if not geo.candidates(entity.name):
            core = _named_after(entity)
            if core is not None and core not in known:
                known.add(core)
                toponyms.append((core,))
    for entity in entities:
        if entity.type == "ORG" and (state := _state_of_office(entity.name)) is not None:
            states.setdefault(state, []).append(frozenset({gz.fold(entity.name)}))
    for names in toponyms:
        found = geo.candidates(names[0])
        keys = frozenset(gz.fold(n) for n in names)
        # Only a name with one reading vouches for a country or a state: "Georgia" names both a country and
        # a state and settles neither; "Tbilisi" (all its readings in one country) vouches for Georgia.
        kinds = {r.kind for r in found}
        if (country := single_country(found)) is not None and not ("country" in kinds and "region" in kinds):
            countries.setdefault(country, []).append(keys)
        if (vouched := vouched_state(found)) is not None:
            states.setdefault(vouched[1], []).append(keys)
    for entity in entities:
        # "Greek maritime officials", "Saudi authorities": a state whose officials act in the story is one of its
        # countries, though only its adjective is written (a "Greek restaurant" says nothing).
        iso = gz.country_of(entity.name) if entity.type == "NORP" else None
        if iso and any(_OFFICIALS_AFTER.match(article.text, m.end) for m in entity.mentions):
            countries.setdefault(iso, []).append(frozenset({gz.fold(entity.name)}))
    dateline_country = None
    settled: dict[str, str] = {}
    if article.dateline and article.dateline.place:
        # "GAZA CITY, Gaza Strip": the last part is the widest; "GAZA/CAIRO": the first place filed from.
        chunks = [p.strip() for p in article.dateline.place.split(",")]
        if len(chunks) > 1:
            # "TBILISI, Georgia": the city read with its country or state as qualifier says which Georgia.
            named = geo.Context(frozenset(countries))
            filed = geo.resolve(chunks[0], named, chunks[1]) or next(
                (r for part in reversed(chunks) if (r := geo.resolve(part, named)) is not None), None
            )
        else:
            filed = next((r for part in chunks[0].split("/") if (r := geo.resolve(part, STANDALONE)) is not None), None)
        dateline_country = filed.country if filed else None
        if filed is not None and dateline_country is not None:
            settled = {gz.fold(part): dateline_country for part in (chunks[0], *chunks[0].split("/"))}
    # "the province of Ontario" once: the article's other "Ontario"s are the province too (see _division_elsewhere).
    called_divisions = frozenset(
        gz.fold(n)
        for e in entities
        if e.type in PLACE_TYPES and any(division_cue(article.text, m.start, m.end) for m in e.mentions)
        for n in (e.name, *e.aliases)
    )
    context = geo.Context(
        frozenset(countries),
        dateline_country,
        frozenset(states),
        geo.Neighbourhood.of(toponyms, settled),
        _own_evidence(countries, states),
        written,  # not the cores: "Carnegie Library" does not name Carnegie
        called_divisions,
        _local(article.text, toponyms),
        article.home,
    )
    # A name that is both a country and a state ("Georgia") settles neither by itself, but once read in the
    # article's context (a story that names Atlanta and the United States) the state it is read as is named too.
    vouchers = {keys for table in (countries, states) for listed in table.values() for keys in listed}
    added = False
    for names in toponyms:
        keys = frozenset(gz.fold(n) for n in names)
        if keys in vouchers or not any(r.kind == "region" for r in geo.candidates(names[0])):
            continue
        record = geo.resolve(names[0], context)
        if record is None or record.kind != "region" or not record.admin1:
            continue
        states.setdefault(record.admin1, []).append(keys)
        added = True
    if not added:
        return context
    return dataclasses.replace(context, states=frozenset(states), own_evidence=_own_evidence(countries, states))


_OFFICIALS_AFTER = re.compile(
    r" (?:[a-z]+ ){0,2}(?:officials?|authorities|government|ministry|military|army|navy|coast ?guard|police|"
    r"forces|troops|president|prime minister|foreign minister|defen[cs]e minister|embassy|envoy|diplomats?)\b"
)
# How local news names a community: "a Paris man", "Paris police", "the City of Paris", "Kay, 18, of Paris".
_LOCAL_AFTER = re.compile(
    r" (?:man|woman|boy|girl|teen|teenager|resident|residents|couple|family|native|police|firefighters|"
    r"Police|Fire|City Council|city council|City Hall|city hall|High School|Public Library|Police Department|"
    r"Fire Department|mayor|Mayor|School Board|school board)\b"
)
_LOCAL_BEFORE = re.compile(
    r"(?:\b(?:a|an|A|An) |\bCity of |\bresidents of |\bdowntown |, \d{1,3}, (?:both |all )?of )$"
)


def _local(text: str, toponyms: list[tuple[str, ...]]) -> frozenset[str]:
    """Folded names of the article's toponyms used as the name of a community at least once."""
    # The text is searched, not the toponyms' mentions: "Paris City Hall" and "the Paris Police Department" are
    # entities of their own, and the most telling uses.
    found: set[str] = set()
    for names in toponyms:
        for name in names:
            for m in re.finditer(rf"\b{re.escape(name)}\b", text):
                if _LOCAL_AFTER.match(text, m.end()) or _LOCAL_BEFORE.search(text[max(0, m.start() - 16) : m.start()]):
                    found.update(gz.fold(n) for n in names)
                    break
    return frozenset(found)


def _named_after(entity: Entity) -> str | None:
    """The folded name of the county or town an office, a site or a unit is named after: by a known ending
    ("Henderson County Jail" -> "henderson county"), or by a county's name at its start whatever the entity's
    type ("Rapides Parish Fire District 2", which the tagger calls a person)."""
    if entity.type in (*PLACE_TYPES, "ORG") and (core := geo.named_after(entity.name)) is not None:
        return core
    m = _COUNTY_PREFIX.match(gz.fold(entity.name))
    return m.group(1) if m and geo.candidates(m.group(1)) else None


def single_country(found: tuple[geo.GeoRecord, ...]) -> str | None:
    """The one country all of a name's readings `found` lie in ("Tbilisi"), or None: readings in several, or
    one with no country at all ("the Atlantic", a sea here and towns in four states, says nothing of where)."""
    if any(r.country is None for r in found):
        return None
    countries = {r.country for r in found}
    return countries.pop() if len(countries) == 1 else None


def vouched_state(found: tuple[geo.GeoRecord, ...]) -> tuple[str, str] | None:
    """The (country, first-order division) a name vouches for by its readings `found`, or None.

    A province, a state or a county vouches for its division ("Rapides Parish": Louisiana); "Henry County",
    found in ten states, for none; nor does a name that is also a country ("Georgia"), a sea or a big city
    ("Washington" and "New York" are first of all cities: it would pull its own reading to the state)."""
    if any(r.country is None or r.kind == "country" for r in found) or _names_a_big_city(found):
        return None
    named = {(r.country, r.admin1) for r in found if r.kind in ("region", "county") and r.country and r.admin1}
    if len({admin1 for _, admin1 in named}) != 1:
        return None
    return named.pop()


def _names_a_big_city(found: tuple[geo.GeoRecord, ...]) -> bool:
    """Whether a name's readings include a capital or a city of 100,000 people or more."""
    return any(r.kind == "capital" or (r.kind == "city" and r.population >= 100_000) for r in found)


def _state_of_office(name: str) -> str | None:
    """The first-order division whose office or college `name` is ("Georgia Bureau of Investigation": GA), by
    the division's name at its start or after "University of".  Only offices a state has and a country calls
    otherwise are listed ("Department", "Bureau", not "Ministry"), so "Georgia" here is the state."""
    m = _STATE_OFFICE.match(gz.fold(name))
    if m is None:
        return None
    found = geo.candidates(m.group(1) or m.group(2))
    if _names_a_big_city(found):
        return None  # "Washington University" is in St. Louis: a state named like a big city is often the city's
    divisions = {r.admin1 for r in found if r.kind == "region" and r.admin1}
    return divisions.pop() if len(divisions) == 1 else None


def _own_evidence(*tables: dict[str, list[frozenset[str]]]) -> dict[str, frozenset[str]]:
    """What only one toponym vouches for is no evidence when that toponym itself is resolved."""
    own: dict[str, set[str]] = {}
    for table in tables:
        for code, vouchers in table.items():
            if len(vouchers) == 1:
                for key in vouchers[0]:
                    own.setdefault(key, set()).add(code)
    return {key: frozenset(codes) for key, codes in own.items()}


# Wire style names a city in the dateline without its country or state only when it is known on its own
# ("GENEVA", "PARIS", "WASHINGTON"; AP Stylebook, "datelines"): such a name is read by its prominence alone, not
# by the countries the story goes on to name ("GENEVA (Reuters) - ... U.S. strikes" is not Geneva, Illinois).
