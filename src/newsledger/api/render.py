"""Server-side drawing for the dashboard: highlighted article text, an SVG map, an SVG line chart, a timeline.

Everything is built as escaped markup here, so the pages need no chart or map library and load nothing from
outside the app.  The basemap is the country outlines that ship inside the `countryinfo` package (GeoJSON,
Natural Earth-derived, 170+ countries), projected equirectangularly: crude at city scale, but real and offline.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from functools import lru_cache
from importlib import resources
from typing import Any

from markupsafe import Markup, escape

# Colours that stay distinguishable for the common forms of colour blindness (Okabe-Ito).
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442")
ACTION_COLOURS = {
    "ASSAULT": "#D55E00",
    "COERCE": "#CC79A7",
    "THREATEN": "#E69F00",
    "PROTEST": "#F0E442",
    "SANCTION": "#8c564b",
    "MOBILIZE": "#7f7f7f",
}
DEFAULT_ACTION_COLOUR = "#0072B2"

# --- highlighted article text ---------------------------------------------------------------------------------


def spans_of(record: dict[str, Any]) -> list[dict[str, Any]]:
    """Every span of an article page's records as {start, end, kind, id, label} (entities by mention)."""
    out: list[dict[str, Any]] = []
    for entity in record["entities"]:
        for m in entity["mentions"]:
            out.append({"start": m["start"], "end": m["end"], "kind": "entity", "id": entity["id"]})
    for kind, key in (("quote", "quotes"), ("figure", "figures"), ("date", "dates")):
        for r in record[key]:
            out.append({"start": r["start"], "end": r["end"], "kind": kind, "id": r["id"]})
    for place in record["places"]:
        for m in place["mentions"]:
            out.append({"start": m["start"], "end": m["end"], "kind": "place", "id": place["id"]})
    return [a for a in out if 0 <= a["start"] < a["end"]]


def highlight(text: str, spans: list[dict[str, Any]]) -> Markup:
    """The text cut at every span boundary; each piece inside spans is a <mark> naming all of them.

    Overlapping records (an entity inside a quote) both stay visible: the piece carries both classes and ids.
    Each piece is escaped on its own, so markup in the article shows as text.
    """
    cuts = sorted({0, len(text), *(a["start"] for a in spans), *(min(a["end"], len(text)) for a in spans)})
    parts: list[str] = []
    for start, end in itertools.pairwise(cuts):
        covering = [a for a in spans if a["start"] <= start and a["end"] >= end]
        piece = str(escape(text[start:end]))
        if not covering:
            parts.append(piece)
            continue
        kinds = sorted({a["kind"] for a in covering})
        refs = " ".join(f"{a['kind']}:{a['id']}" for a in covering)
        classes = " ".join(f"hl-{k}" for k in kinds)
        parts.append(f'<mark class="{classes}" data-refs="{escape(refs)}" tabindex="0">{piece}</mark>')
    return Markup("".join(parts))


def json_script(data: Any) -> Markup:
    """JSON for a <script type="application/json"> block: "<" escaped so no text can close the tag."""
    return Markup(json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e"))


# --- map ----------------------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _country_paths() -> tuple[tuple[str, str], ...]:
    """(country name, SVG path data) for every outline countryinfo ships, in lon/-lat units."""
    out = []
    for item in sorted(resources.files("countryinfo").joinpath("data").iterdir(), key=lambda p: p.name):
        if not item.name.endswith(".json"):
            continue
        data = json.loads(item.read_text("utf-8"))
        geo = data.get("geoJSON") or {}
        for feature in geo.get("features", []):
            geometry = feature.get("geometry") or {}
            polygons = geometry.get("coordinates", [])
            if geometry.get("type") == "Polygon":
                polygons = [polygons]
            d = []
            for polygon in polygons:
                for ring in polygon:
                    points = " ".join(f"{lon:.2f},{-lat:.2f}" for lon, lat in ring)
                    d.append(f"M{points}Z")
            if d:
                out.append((str(data.get("name", "")), "".join(d)))
    return tuple(out)


def world_map(points: list[dict[str, Any]], width: int = 960, height: int = 480) -> Markup:
    """An SVG map framed on the points (with margin), countries drawn under them.

    Each point: lat, lon, label (tooltip), colour, href (optional), r (optional radius in px).
    """
    located = [p for p in points if p.get("lat") is not None and p.get("lon") is not None]
    if located:
        lons = [p["lon"] for p in located]
        lats = [p["lat"] for p in located]
        x0, x1, y0, y1 = min(lons), max(lons), -max(lats), -min(lats)
        margin = max(4.0, 0.25 * max(x1 - x0, y1 - y0))
        x0, x1, y0, y1 = x0 - margin, x1 + margin, y0 - margin, y1 + margin
    else:
        x0, x1, y0, y1 = -180.0, 180.0, -85.0, 85.0
    # Keep the frame's aspect ratio that of the picture, growing the shorter side.
    w, h = x1 - x0, y1 - y0
    if w / h < width / height:
        grow = (h * width / height - w) / 2
        x0, x1 = x0 - grow, x1 + grow
    else:
        grow = (w * height / width - h) / 2
        y0, y1 = y0 - grow, y1 + grow
    scale = (x1 - x0) / width  # degrees per pixel: markers keep their on-screen size
    parts = [
        f'<svg class="map" viewBox="{x0:.3f} {y0:.3f} {x1 - x0:.3f} {y1 - y0:.3f}" width="100%" '
        f'preserveAspectRatio="xMidYMid meet" role="img" aria-label="Map of events">',
        f'<rect x="{x0:.3f}" y="{y0:.3f}" width="{x1 - x0:.3f}" height="{y1 - y0:.3f}" class="sea"/>',
    ]
    for name, d in _country_paths():
        parts.append(
            f'<path class="land" d="{d}" stroke-width="{scale * 0.6:.4f}"><title>{escape(name)}</title></path>'
        )
    for p in located:
        r = p.get("r", 5) * scale
        dot = (
            f'<circle class="dot" cx="{p["lon"]:.4f}" cy="{-p["lat"]:.4f}" r="{r:.4f}" fill="{escape(p["colour"])}" '
            f'stroke-width="{scale:.4f}"><title>{escape(p["label"])}</title></circle>'
        )
        parts.append(f'<a href="{escape(p["href"])}">{dot}</a>' if p.get("href") else dot)
    parts.append("</svg>")
    return Markup("".join(parts))


# --- charts -------------------------------------------------------------------------------------------------------


def _day(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except (TypeError, ValueError):
        return None


def line_chart(claims: list[dict[str, Any]], width: int = 900, height: int = 360) -> Markup:
    """One line per source over publication dates; a point per claim, hollow when a qualifier bounds it
    ("at least", "nearly"), ringed when the article is a revision.  Tooltips give the claim as written."""
    dated = [(d, c) for c in claims if (d := _day(c.get("published") or "")) is not None]
    if not dated:
        return Markup('<p class="empty">No dated claims to chart.</p>')
    left, right, top, bottom = 70, 230, 20, 40
    days = [d for d, _ in dated]
    first, last = min(days), max(days)
    span = max((last - first).days, 1)
    top_value = max(c["value"] for _, c in dated) * 1.1 or 1.0

    def x(d: dt.date) -> float:
        return left + (width - left - right) * ((d - first).days / span if last != first else 0.5)

    def y(v: float) -> float:
        return height - bottom - (height - top - bottom) * (v / top_value)

    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" width="100%" role="img" aria-label="Figure series">']
    for i in range(5):  # horizontal grid with values
        v = top_value * i / 4
        parts.append(f'<line class="grid" x1="{left}" x2="{width - right}" y1="{y(v):.1f}" y2="{y(v):.1f}"/>')
        parts.append(f'<text class="tick" x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end">{v:,.0f}</text>')
    for d in sorted(set(days)):
        parts.append(
            f'<text class="tick" x="{x(d):.1f}" y="{height - bottom + 16}" text-anchor="middle">{d:%d %b}</text>'
        )
    sources = sorted({c["source"] for _, c in dated})
    for i, source in enumerate(sources):
        colour = PALETTE[i % len(PALETTE)]
        # by day only: two claims of one source on one day keep their order (claims themselves do not compare)
        mine = sorted(((d, c) for d, c in dated if c["source"] == source), key=lambda dc: dc[0])
        if len(mine) > 1:
            path = " ".join(f"{x(d):.1f},{y(c['value']):.1f}" for d, c in mine)
            parts.append(f'<polyline class="series" points="{path}" stroke="{colour}"/>')
        for d, c in mine:
            hollow = c.get("qualifier") not in (None, "exact")
            tip = f"{c['published']} · {source}: {c['text']} ({c['label']})"
            if c.get("revision"):
                parts.append(
                    f'<circle cx="{x(d):.1f}" cy="{y(c["value"]):.1f}" r="9" class="revision" stroke="{colour}"/>'
                )
            parts.append(
                f'<circle cx="{x(d):.1f}" cy="{y(c["value"]):.1f}" r="5" stroke="{colour}" '
                f'fill="{"#fff" if hollow else colour}" class="point"><title>{escape(tip)}</title></circle>'
            )
        ly = top + 18 * i
        lx = width - right + 12
        parts.append(f'<line x1="{lx}" x2="{lx + 20}" y1="{ly}" y2="{ly}" stroke="{colour}" class="series"/>')
        label = source if len(source) <= 26 else source[:25] + "…"
        parts.append(f'<text class="legend" x="{width - right + 38}" y="{ly + 4}">{escape(label)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def timeline(events: list[dict[str, Any]], width: int = 900) -> Markup:
    """Events on a date axis, one row per PLOVER action, a dot per corpus event (bigger with more mentions)."""
    dated = [(d, e) for e in events if (d := _day(e.get("first_date") or "")) is not None]
    if not dated:
        return Markup('<p class="empty">No dated events.</p>')
    actions = sorted({e["action"] for _, e in dated})
    left, right, row, top = 100, 20, 26, 10
    height = top + row * len(actions) + 30
    first, last = min(d for d, _ in dated), max(d for d, _ in dated)
    span = max((last - first).days, 1)

    def x(d: dt.date) -> float:
        return left + (width - left - right) * ((d - first).days / span if last != first else 0.5)

    parts = [f'<svg class="timeline" viewBox="0 0 {width} {height}" width="100%" role="img" aria-label="Timeline">']
    for i, action in enumerate(actions):
        yy = top + row * i + row / 2
        parts.append(f'<text class="tick" x="{left - 8}" y="{yy + 4:.1f}" text-anchor="end">{escape(action)}</text>')
        parts.append(f'<line class="grid" x1="{left}" x2="{width - right}" y1="{yy:.1f}" y2="{yy:.1f}"/>')
    for d, e in dated:
        yy = top + row * actions.index(e["action"]) + row / 2
        colour = ACTION_COLOURS.get(e["action"], DEFAULT_ACTION_COLOUR)
        r = 4 + min(e.get("n_mentions", 1), 5)
        who = f"{e.get('actor') or '?'} → {e.get('target') or '?'} at {e.get('place') or '?'}"
        tip = escape(f"{e['first_date']} {e['action']}: {who}")
        parts.append(
            f'<circle cx="{x(d):.1f}" cy="{yy:.1f}" r="{r}" fill="{colour}" class="dot"><title>{tip}</title></circle>'
        )
    parts.append(f'<text class="tick" x="{left}" y="{height - 8}">{first:%d %b %Y}</text>')
    parts.append(f'<text class="tick" x="{width - right}" y="{height - 8}" text-anchor="end">{last:%d %b %Y}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
