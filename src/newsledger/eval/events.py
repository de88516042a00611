"""Event coding scored on the PLOVER gold standard records (322 CAMEO-manual example sentences).

Each record is one sentence with its gold PLOVER type, source and target actors.  We run the whole pipeline on
the sentence and take its most confident event.  Scores: type accuracy, and actor / target accuracy (the
predicted actor's name or words overlap the gold actor text).  The gold set predates PLOVER 2021, so DEMAND is
scored as REQUEST and DISAPPROVE as ACCUSE; FIGHT as ASSAULT (our ontology has no FIGHT); INVESTIGATE has no
counterpart and counts as a miss.  Baselines in the same run: the majority type, and "first entity is the
actor, second the target".  The CAMEO sentences are shared with conflibert_cameo; neither was used for tuning.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from newsledger import nlp
from newsledger.eval.common import Result, Score, article_from_text, readme_anchors
from newsledger.extract import gazetteer as gz
from newsledger.pipeline import run_stages

MAPPING = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT"}


def _actors(field: object) -> list[str]:
    """Actor texts of a source or target field (a list of actor objects; a few records have a bare string)."""
    if isinstance(field, str):
        return [field] if field else []
    if isinstance(field, list):
        return [a.get("actorText", "") if isinstance(a, dict) else str(a) for a in field]
    return []


def _iso3(name: str) -> str | None:
    country = gz.countries().get(gz.country_of(name) or "")
    return country.iso3 if country and country.iso3 else None


def _codes(field: object) -> list[str]:
    if isinstance(field, list):
        return [str(a.get("code", "")) for a in field if isinstance(a, dict)]
    return []


def _matches(predicted: str | None, gold: list[str], codes: list[str] = ()) -> bool:  # type: ignore[assignment]
    """Words overlap ("the Hungarian officials" / "Hungarian"), or the same country ("Hungary" / HUN)."""
    if not predicted:
        return False
    p = predicted.lower()
    if any(g and (g.lower() in p or p in g.lower()) for g in gold):
        return True
    code = _iso3(predicted)
    return code is not None and code in codes


def plover_gsr(root: Path, limit: int | None) -> Result:
    path = root / "plover_gsr" / "PLOVER_GSR_CAMEO.json"
    result = Result(
        "plover_gsr", "Events: PLOVER gold standard records (type, actor, target)", command="newsledger eval plover_gsr"
    )
    if not path.exists():
        result.skipped = f"{path} not found"
        return result
    records = [r for r in json.loads(path.read_text("utf-8")) if "event" in r and r.get("text")][:limit]
    gold_types = [MAPPING.get(r["event"], r["event"]) for r in records]
    majority = Counter(gold_types).most_common(1)[0][0]
    c: Counter[str] = Counter()
    for record, gold_type, parsed in zip(records, gold_types, nlp.parse_many(r["text"] for r in records), strict=True):
        extraction = run_stages(parsed, article_from_text(record["text"]))
        sources, targets = _actors(record.get("source")), _actors(record.get("target"))
        source_codes, target_codes = _codes(record.get("source")), _codes(record.get("target"))
        best = max(extraction.events, key=lambda e: e.confidence, default=None)
        c["type"] += int(best is not None and best.action == gold_type)
        c["majority"] += int(majority == gold_type)
        c["actor"] += int(best is not None and _matches(best.actor, sources, source_codes))
        c["found"] += int(best is not None)
        names = [e.name for e in sorted(extraction.entities, key=lambda e: e.mentions[0].start)]
        c["actor_base"] += int(bool(names) and _matches(names[0], sources, source_codes))
        if targets:
            c["n_target"] += 1
            c["target"] += int(best is not None and _matches(best.target, targets, target_codes))
            c["target_base"] += int(len(names) > 1 and _matches(names[1], targets, target_codes))
    n = len(records)
    result.rows += [
        ("event type: newsledger", Score.accuracy(c["type"], n)),
        (f"event type: majority class ({majority})", Score.accuracy(c["majority"], n)),
        ("actor: newsledger", Score.accuracy(c["actor"], n)),
        ("actor: first entity (baseline)", Score.accuracy(c["actor_base"], n)),
        (
            f"actor: newsledger, on the {c['found']} records where it coded an event",
            Score.accuracy(c["actor"], c["found"]),
        ),
        ("target: newsledger", Score.accuracy(c["target"], c["n_target"])),
        ("target: second entity (baseline)", Score.accuracy(c["target_base"], c["n_target"])),
    ]
    result.notes.append(f"{n} records ({c['n_target']} with a target). P, R and F1 repeat the accuracy.")
    result.anchors = readme_anchors(root / "plover_gsr")
    return result
