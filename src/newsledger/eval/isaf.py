"""Casualty and detention counts scored on the ISAF press releases (test split, 724 releases).

Gold: the minimum number killed and captured in each release (vague quantifiers coded as small minimums).
Prediction: the sum of the lower bounds of the release's figures in category ``killed`` (and ``detained`` for
captured); no such figure predicts 0.  Scored beside the trivial baseline that always predicts 0, in the same
run.  A person killed or detained without a number ("killed the Taliban leader") is not a figure, so such
releases count against us.
"""

from __future__ import annotations

import json
from pathlib import Path

from newsledger import errors
from newsledger.clean.sources import Document
from newsledger.eval.common import Result, Score
from newsledger.pipeline import extract
from newsledger.records import Extraction


def _minimum(result: Extraction, category: str) -> int:
    total = 0.0
    for figure in result.figures:
        if figure.category == category:
            total += figure.low if figure.low is not None else figure.value
    return int(total)


def isaf(root: Path, limit: int | None) -> Result:
    path = root / "isaf_press_releases" / "isaf_test_flat.jsonl"
    result = Result(
        "isaf", "Figures: ISAF press releases (killed and captured minimums)", command="newsledger eval isaf"
    )
    if not path.exists():
        result.skipped = f"{path} not found"
        return result
    rows = [json.loads(line) for line in path.read_text("utf-8").split("\n") if line.strip()][:limit]
    hits = {"killed": 0, "captured": 0, "killed0": 0, "captured0": 0, "killed_pos": 0, "killed_pos_hit": 0}
    for row in rows:
        gold = row["gold"]
        try:
            extraction = extract(Document(row["text"], f"isaf line {row['line']}"))
            killed, captured = _minimum(extraction, "killed"), _minimum(extraction, "detained")
        except errors.InputError:
            killed = captured = 0
        hits["killed"] += int(killed == gold["min_killed"])
        hits["captured"] += int(captured == gold["min_captured"])
        hits["killed0"] += int(gold["min_killed"] == 0)
        hits["captured0"] += int(gold["min_captured"] == 0)
        if gold["min_killed"] > 0:
            hits["killed_pos"] += 1
            hits["killed_pos_hit"] += int(killed == gold["min_killed"])
    n = len(rows)
    result.rows += [
        ("min_killed: newsledger", Score.accuracy(hits["killed"], n)),
        ("min_killed: always 0 (baseline)", Score.accuracy(hits["killed0"], n)),
        ("min_captured: newsledger", Score.accuracy(hits["captured"], n)),
        ("min_captured: always 0 (baseline)", Score.accuracy(hits["captured0"], n)),
    ]
    pos = hits["killed_pos"]
    result.notes.append(
        f"{n} releases. Accuracy is exact match of the minimum (P and R columns repeat it). On the {pos} "
        f"releases with someone killed, the killed minimum is exact in {hits['killed_pos_hit']} "
        f"({hits['killed_pos_hit'] / max(pos, 1):.3f})."
    )
    result.notes.append(
        "Vague words take the least they can mean (several 3, numerous 4, dozens 24; data/vague_numbers.tsv), "
        "which is close to, not tuned on, the coding convention the dataset README describes."
    )
    return result
