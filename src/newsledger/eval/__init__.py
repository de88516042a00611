"""Accuracy evaluation against public gold datasets in ../shared/benchmarks (read at run time, never copied).

Each evaluation is a function (benchmarks root, limit) -> Result; a missing dataset gives a skipped Result.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from newsledger.eval.case2021 import case2021
from newsledger.eval.common import Result, benchmarks_dir, update_accuracy_doc
from newsledger.eval.events import plover_gsr
from newsledger.eval.extraction import article_extraction
from newsledger.eval.geo import geovirus, geowebnews, lgl
from newsledger.eval.isaf import isaf
from newsledger.eval.ner import conll2003, worldwide_ner
from newsledger.eval.quotes import polnear
from newsledger.eval.tempeval import meantime, tempeval3

EVALUATIONS: dict[str, Callable[[Path, int | None], Result]] = {
    "conll2003": conll2003,
    "worldwide_ner": worldwide_ner,
    "article_extraction": article_extraction,
    "polnear": polnear,
    "isaf": isaf,
    "geowebnews": geowebnews,
    "lgl": lgl,
    "geovirus": geovirus,
    "tempeval3": tempeval3,
    "meantime": meantime,
    "plover_gsr": plover_gsr,
    "case2021": case2021,
}


def run(name: str, benchmarks: str | None = None, limit: int | None = None, update_docs: bool = True) -> list[Result]:
    """Run one evaluation by name, or "all"; raises KeyError for an unknown name."""
    names = list(EVALUATIONS) if name == "all" else [name]
    for n in names:
        if n not in EVALUATIONS:
            raise KeyError(n)
    root = benchmarks_dir(benchmarks)
    results = []
    for n in names:
        result = EVALUATIONS[n](root, limit)
        if update_docs and limit is None:
            update_accuracy_doc(result)
        results.append(result)
    return results
