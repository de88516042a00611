"""The dashboard's SVG charts, rendered from plain claim records."""

from __future__ import annotations

from newsledger.api.render import line_chart


def claim(source: str, value: int, published: str, text: str) -> dict[str, object]:
    return {"source": source, "value": value, "published": published, "text": text, "label": "killed",
            "qualifier": None}  # fmt: skip


def test_two_claims_of_one_source_on_one_day_are_both_charted() -> None:
    chart = line_chart([
        claim("health ministry", 40, "2025-10-05", "40 people"),
        claim("health ministry", 45, "2025-10-05", "45 people"),
        claim("health ministry", 52, "2025-10-06", "52 people"),
    ])  # fmt: skip
    assert chart.count('class="point"') == 3
    assert chart.count("<polyline") == 1
