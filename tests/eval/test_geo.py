"""The geocoding evaluation's helpers, on points we chose ourselves (no benchmark data needed)."""

from __future__ import annotations

from newsledger.eval.geo import in_area
from newsledger.extract import geo


def test_a_country_or_province_counts_when_the_gold_point_lies_in_it() -> None:
    canada = geo.resolve("Canada", geo.Context())
    ontario = geo.resolve("Ontario", geo.Context(countries=frozenset({"CA"})))
    assert canada is not None and ontario is not None
    assert in_area(canada, 45.42, -75.69)  # Ottawa: 1,000 km from the country's own point
    assert in_area(ontario, 43.65, -79.38)  # Toronto
    assert not in_area(ontario, 53.54, -113.49)  # Edmonton is in Alberta
    assert not in_area(canada, 40.71, -74.01)  # New York


def test_a_town_is_scored_by_distance_only() -> None:
    paris = geo.resolve("Paris", geo.Context())
    assert paris is not None and paris.kind in ("city", "capital")
    assert not in_area(paris, 48.86, 2.35)
