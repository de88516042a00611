"""Event sub-types scored on CASE 2021 Task 2 (1,019 news snippets, 30 ACLED-derived types, test set only).

Each snippet gets the sub-type :func:`newsledger.extract.subtypes.subtype` gives its text; no cue is an
abstention, scored as a wrong answer.  Metrics as in the task paper: weighted P/R/F1 (per-type scores weighted
by gold support), with micro F1 (= accuracy, one label per snippet).  Subtask 1 keeps the 25 ACLED types,
subtask 2 adds 3 unseen ones, subtask 3 all 30.  There is no training or development split: the cue lexicon
was tuned by looking at even-numbered snippets only, so the odd-numbered half is the held-out report.
Baseline in the same run: every snippet labelled with the most frequent type of the tuning half.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from newsledger.eval.common import Result, Score, readme_anchors
from newsledger.extract.subtypes import subtype

SUBTASK_2_EXTRA = {"ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER"}
SUBTASK_3_EXTRA = {"DIPLO", "ATTRIB"}


def weighted(gold: list[str], pred: list[str | None]) -> Score:
    """Support-weighted precision, recall and F1 (F1 in extra: the weighted F1 is not the harmonic mean of the
    weighted P and R), and accuracy."""
    labels = Counter(gold)
    total = len(gold)
    wp = wr = wf = 0.0
    for label, support in labels.items():
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == p == label)
        predicted = sum(1 for p in pred if p == label)
        p = tp / predicted if predicted else 0.0
        r = tp / support
        f = 2 * p * r / (p + r) if p + r else 0.0
        wp, wr, wf = wp + p * support / total, wr + r * support / total, wf + f * support / total
    accuracy = sum(1 for g, p in zip(gold, pred, strict=True) if g == p) / total if total else 0.0
    return Score(wp, wr, {"weighted F1": wf, "accuracy": accuracy})


def case2021(root: Path, limit: int | None) -> Result:
    folder = root / "case2021_task2"
    path = folder / "test_set_final_release_with_labels.tsv"
    result = Result("case2021", "Event sub-types: CASE 2021 Task 2 (ACLED types)", command="newsledger eval case2021")
    if not path.exists():
        result.skipped = f"{path} not found"
        return result
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [(int(r["id"]), r["EventSnippet"], r["SubType"]) for r in csv.DictReader(fh, delimiter="\t")][:limit]
    tuned = [r for r in rows if r[0] % 2 == 0]
    majority = Counter(label for _, _, label in tuned).most_common(1)[0][0]
    subtask_3 = {label for _, _, label in rows}
    subtasks = {
        "subtask 1 (25 types)": subtask_3 - SUBTASK_2_EXTRA - SUBTASK_3_EXTRA,
        "subtask 2 (28 types)": subtask_3 - SUBTASK_3_EXTRA,
        "subtask 3 (30 types)": subtask_3,
    }
    for half, keep in (("held-out odd ids", 1), ("tuned-on even ids", 0)):
        part = [r for r in rows if r[0] % 2 == keep]
        for name, labels in subtasks.items():
            chosen = [r for r in part if r[2] in labels]
            gold = [label for _, _, label in chosen]
            ours = [subtype(text) for _, text, _ in chosen]
            result.rows.append((f"{half}, {name}: newsledger", weighted(gold, ours)))
            if keep == 1:
                result.rows.append((f"{half}, {name}: majority type", weighted(gold, [majority] * len(gold))))
    result.notes.append(
        "Use the weighted F1 column (the paper's measure); P and R are support-weighted, so the F1 column is "
        "only their harmonic mean. An abstention (no cue) counts as wrong."
    )
    result.anchors = readme_anchors(folder)
    return result
