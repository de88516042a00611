"""End-to-end golden tests on the bundled sample articles.

Each sample's cleaned structure and entities are compared with tests/golden/<sample>.json.  After a deliberate
change, regenerate with ``NEWSLEDGER_UPDATE_GOLDEN=1 pytest tests/test_golden.py`` and review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from newsledger import service
from newsledger.records import Extraction

GOLDEN = Path(__file__).parent / "golden"
SAMPLES = sorted(p for p in (Path(__file__).parents[1] / "examples").iterdir() if p.suffix in (".txt", ".html"))


def projection(result: Extraction) -> dict[str, Any]:
    a = result.article
    return {
        "title": a.title,
        "source": a.source,
        "published": a.published,
        "dateline": a.dateline.text if a.dateline else None,
        "paragraphs": len(a.paragraphs),
        "captions": [c.text for c in a.captions],
        "subheads": [s.text for s in a.subheads],
        "boilerplate": len(a.boilerplate),
        "entities": [{"name": e.name, "type": e.type, "aliases": sorted(e.aliases)} for e in result.entities],
        "quotes": [f"{q.kind} | {q.speaker} | {q.text}" for q in result.quotes],
        "figures": [
            f"{f.text} | {f.category} | {f.low}..{f.high} | {f.qualifier} | who={f.who} | source={f.source}"
            for f in result.figures
        ],
        "places": [f"{p.name} | {p.country} | {p.kind} | {p.geonameid}" for p in result.places],
        "dates": [f"{d.text} | {d.kind} | {d.value}" for d in result.dates],
        "events": [
            f"{e.action} | {e.actor} -> {e.target} | {e.place} | {e.date} | by={e.reported_by}"
            + (" | hypothetical" if e.hypothetical else "")
            + (f" | {e.subtype}" if e.subtype else "")
            for e in result.events
        ],
    }


@pytest.mark.parametrize("sample", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_sample_matches_golden(sample: Path) -> None:
    got = projection(service.extract_file(str(sample)))
    golden = GOLDEN / f"{sample.stem}.json"
    if os.environ.get("NEWSLEDGER_UPDATE_GOLDEN"):
        golden.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n", "utf-8")
    assert got == json.loads(golden.read_text("utf-8"))


def test_kharkiv_story_has_one_entity_per_referent() -> None:
    result = service.extract_file(str(SAMPLES[0]))
    by_name = {e.name: e for e in result.entities}
    assert {"Britain's top diplomat", "Foreign Secretary David Lammy", "Lammy"} <= set(by_name["David Lammy"].aliases)
    assert "Ukraine's military intelligence chief" in by_name["Kyrylo Budanov"].aliases
    assert "Moscow" in by_name["Russia"].aliases
    assert "WFP" in by_name["World Food Programme"].aliases
    assert "U.N. refugee agency" in by_name["UNHCR"].aliases
    assert "Lammy" not in by_name and "Budanov" not in by_name


def test_kharkiv_story_figures_carry_range_and_source() -> None:
    result = service.extract_file(str(SAMPLES[0]))
    toll = next(f for f in result.figures if f.text == "at least 12 people")
    assert (toll.category, toll.low, toll.high, toll.qualifier) == ("killed", 12, None, "at_least")
    assert toll.source == "Oleh Syniehubov" and toll.place == "Kharkiv"
    fled = next(f for f in result.figures if "15,000" in f.text)
    assert (fled.category, fled.low, fled.high, fled.source) == ("displaced", None, 15000, "UNHCR")
