"""The output contract: an Extraction as JSON-ready data, its JSON Schema, and a readable text report."""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from functools import lru_cache
from importlib import resources
from typing import Any

from newsledger.records import Extraction

TOP_LEVEL = ("article", "entities", "quotes", "figures", "places", "dates", "events", "failures")


def to_dict(extraction: Extraction) -> dict[str, Any]:
    """The extraction as plain JSON data, with every top-level key present."""
    data = dataclasses.asdict(extraction)
    return {key: data[key] for key in TOP_LEVEL}


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that every `newsledger extract` output validates against."""
    raw = resources.files("newsledger").joinpath("schema/output.schema.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(raw)
    return loaded


def validate(data: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` when `data` breaks the output contract."""
    import jsonschema

    jsonschema.validate(data, schema())


def _short(text: str, width: int = 90) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def report(extraction: Extraction) -> str:
    """A readable report of one extraction, for a person at a terminal."""
    a = extraction.article
    lines = [a.title or "(untitled)", "=" * min(len(a.title or "(untitled)"), 90)]
    facts = [
        ("source", a.source),
        ("published", a.published),
        ("dateline", a.dateline.text if a.dateline else None),
        ("byline", a.byline),
        ("url", a.url),
    ]
    lines += [f"{label:>10}: {value}" for label, value in facts if value]
    lines.append(
        f"{'body':>10}: {len(a.paragraphs)} paragraphs, {len(a.text.split())} words; "
        f"{len(a.captions)} captions, {len(a.subheads)} subheads, {len(a.boilerplate)} boilerplate lines removed"
    )
    lines.append(f"{'id':>10}: {a.id}")
    by_type: dict[str, list[str]] = {}
    for entity in extraction.entities:
        alias = f" (also: {'; '.join(entity.aliases)})" if entity.aliases else ""
        by_type.setdefault(entity.type, []).append(f"{entity.name}{alias} ×{len(entity.mentions)}")
    lines.append("")
    lines.append(f"Entities ({len(extraction.entities)})")
    for etype, names in sorted(by_type.items()):
        lines.append(f"  {etype}")
        lines += [f"    - {_short(n, 100)}" for n in names]
    if a.subheads:
        lines += ["", "Subheads"] + [f"  - {s.text}" for s in a.subheads]
    if a.captions:
        lines += ["", "Captions"]
        lines += [f"  - [{c.kind}] {_short(c.text)}" + (f" ({c.credit})" if c.credit else "") for c in a.captions]
    counts = Counter({k: len(getattr(extraction, k)) for k in ("quotes", "figures", "places", "dates", "events")})
    lines += ["", "Records: " + ", ".join(f"{k} {v}" for k, v in counts.items())]
    if extraction.failures:
        lines += ["", "Failures"] + [f"  - {f.stage}: {f.message} [{f.code}]" for f in extraction.failures]
    return "\n".join(lines)
