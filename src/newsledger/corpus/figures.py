"""Figures across articles: one measure's time series per source, and claims that cannot both be true.

A *measure* is a figure category (killed, displaced ...) at a place.  Each stored figure is a claim: its range
(``low``..``high``, an estimate when the qualifier says "about"), the party it is attributed to (or, with no
attribution, the outlet), and the publication date of its article.

Limits: places are matched by name as the figure extractor wrote them; a figure with no place matches only a
query with no place; periods are compared by publication date only.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from newsledger.store import Store, schema

# The figure categories that count people harmed or held: the measures of contradictions and moving tolls.
TOLL_CATEGORIES = ("killed", "injured", "hostages", "detained", "displaced", "missing")

# "about 1,200" claims 1,200 give or take this share when compared with another claim.
ESTIMATE_TOLERANCE = 0.10


@dataclass(frozen=True, slots=True)
class Claim:
    published: str | None
    source: str
    text: str
    value: float
    low: float | None
    high: float | None
    qualifier: str | None
    category: str
    place: str | None
    article_id: str
    article_title: str | None
    revision: bool  # the article revises an earlier text under the same URL

    def bounds(self) -> tuple[float, float]:
        """The interval the claim allows."""
        if self.qualifier == "about":
            return self.value * (1 - ESTIMATE_TOLERANCE), self.value * (1 + ESTIMATE_TOLERANCE)
        return (
            self.low if self.low is not None else float("-inf"),
            self.high if self.high is not None else float("inf"),
        )

    def label(self) -> str:
        """How the claim reads in a table: '12', '≥12', '≤15,000', '~1,200'."""
        n = f"{self.value:,.0f}" if float(self.value).is_integer() else f"{self.value:,}"
        prefix = {"at_least": "≥", "more_than": ">", "nearly": "≤", "up_to": "≤", "fewer_than": "<", "about": "~"}
        return prefix.get(self.qualifier or "", "") + n + (" (rev.)" if self.revision else "")


def claims(store: Store, what: str, place: str | None = None, source: str | None = None) -> list[Claim]:
    f, a = schema.figures, schema.articles
    stmt = select(f.c.data, a.c.published, a.c.source, a.c.id, a.c.title, a.c.revision_of).join(
        a, a.c.id == f.c.article_id
    )
    stmt = stmt.where(f.c.category == what)
    if place:
        stmt = stmt.where(f.c.place.ilike(f"%{place}%"))
    out = []
    with store.engine.connect() as conn:
        for row in conn.execute(stmt.order_by(a.c.published, f.c.id)):
            d: dict[str, Any] = row.data
            who = d.get("source") or row.source or "(unattributed)"
            if source and source.lower() not in who.lower():
                continue
            out.append(
                Claim(
                    row.published,
                    who,
                    d["text"],
                    d["value"],
                    d["low"],
                    d["high"],
                    d["qualifier"],
                    d["category"],
                    d.get("place"),
                    row.id,
                    row.title,
                    row.revision_of is not None,
                )
            )
    return out


def series(found: list[Claim]) -> tuple[list[str], list[tuple[str, dict[str, str]]]]:
    """(sources, rows): one row per publication date, one column per source, every claim kept."""
    sources = sorted({c.source for c in found})
    by_date: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for c in found:
        by_date[c.published or "undated"][c.source].append(c.label())
    rows = [(date, {s: "; ".join(v) for s, v in cells.items()}) for date, cells in sorted(by_date.items())]
    return sources, rows


def contradictions(store: Store, what: str | None = None) -> list[tuple[Claim, Claim]]:
    """Pairs of claims from different sources on the same measure, place and day whose ranges cannot meet."""
    categories = [what] if what else list(TOLL_CATEGORIES)
    pairs: list[tuple[Claim, Claim]] = []
    for category in categories:
        groups: dict[tuple[str | None, str | None], list[Claim]] = defaultdict(list)
        for c in claims(store, category):
            groups[((c.place or "").lower() or None, c.published)].append(c)
        for (place, _day), group in groups.items():
            if place is None:
                continue
            for i, a in enumerate(group):
                for b in group[i + 1 :]:
                    if a.source == b.source:
                        continue
                    (alo, ahi), (blo, bhi) = a.bounds(), b.bounds()
                    if ahi < blo or bhi < alo:
                        pairs.append((a, b))
    return pairs


def moved(store: Store, limit: int = 10) -> list[dict[str, Any]]:
    """Figures that moved: for each measure and place claimed on two or more days, the first and the latest
    claim, newest change first.  A figure stated once has not moved; one restated unchanged is left out."""
    out: list[dict[str, Any]] = []
    for category in TOLL_CATEGORIES:
        groups: dict[str, list[Claim]] = defaultdict(list)
        for c in claims(store, category):
            if c.place and c.published:
                groups[c.place.lower()].append(c)
        for group in groups.values():
            first, last = group[0], group[-1]  # claims come ordered by publication date
            if first.published == last.published or first.value == last.value:
                continue
            out.append(
                {
                    "category": category,
                    "place": last.place,
                    "first": {"published": first.published, "label": first.label(), "source": first.source},
                    "last": {"published": last.published, "label": last.label(), "source": last.source},
                    "change": last.value - first.value,
                    "n_claims": len(group),
                }
            )
    out.sort(key=lambda m: (m["last"]["published"], abs(m["change"])), reverse=True)
    return out[:limit]
