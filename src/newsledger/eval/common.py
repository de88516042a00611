"""Shared pieces of the evaluations: where the gold data is, results, and the table in docs/accuracy.md."""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from newsledger.records import Article, Span

ACCURACY_DOC = Path(__file__).resolve().parents[3] / "docs" / "accuracy.md"


def benchmarks_dir(override: str | None = None) -> Path:
    """The gold datasets: --benchmarks, $NEWSLEDGER_BENCHMARKS, or ../shared/benchmarks beside the checkout."""
    if override:
        return Path(override)
    if env := os.environ.get("NEWSLEDGER_BENCHMARKS"):
        return Path(env)
    here = Path.cwd().resolve()
    for base in (here, *here.parents, Path(__file__).resolve().parents[3]):
        candidate = base.parent / "shared" / "benchmarks"
        if candidate.is_dir():
            return candidate
    return here.parent / "shared" / "benchmarks"


@dataclass
class Score:
    """Precision, recall and F1 from counts (micro) or given directly (macro means)."""

    precision: float
    recall: float
    extra: dict[str, float] = field(default_factory=dict)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @classmethod
    def accuracy(cls, hits: int, n: int) -> Score:
        """An accuracy shown in the P/R/F1 table: all three columns repeat it, and it has its own column."""
        a = hits / n if n else 0.0
        return cls(a, a, {"accuracy": a})

    @classmethod
    def from_counts(cls, tp: int, fp: int, fn: int) -> Score:
        return cls(tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0)


@dataclass
class Result:
    """One benchmark's outcome: rows of scores, the published anchors, and how it was produced."""

    name: str
    title: str
    rows: list[tuple[str, Score]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    anchors: str = ""
    skipped: str | None = None
    command: str = ""

    def table(self) -> str:
        extra_keys = sorted({k for _, s in self.rows for k in s.extra})
        head = "| system / split | P | R | F1 |" + "".join(f" {k} |" for k in extra_keys)
        rule = "|---|---|---|---|" + "---|" * len(extra_keys)
        lines = [head, rule]
        for label, s in self.rows:
            cells = "".join(f" {s.extra[k]:.3f} |" if k in s.extra else " |" for k in extra_keys)
            lines.append(f"| {label} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} |{cells}")
        return "\n".join(lines)

    def render(self) -> str:
        if self.skipped:
            return f"{self.title}: skipped ({self.skipped})"
        parts = [f"## {self.title}", "", self.table()]
        parts += [f"- {n}" for n in self.notes]
        if self.anchors:
            parts += ["", "Published scores (from the benchmark's README):", "", self.anchors]
        return "\n".join(parts)


def readme_anchors(folder: Path) -> str:
    """The 'published' or 'anchor' section of a benchmark's README, verbatim."""
    readme = folder / "README.md"
    if not readme.exists():
        return ""
    text = readme.read_text("utf-8")
    m = re.search(r"^##+ [^\n]*(?:anchor|published)[^\n]*\n(.*?)(?=^## |\Z)", text, re.I | re.M | re.S)
    return m.group(1).strip() if m else ""


def update_accuracy_doc(result: Result, doc: Path = ACCURACY_DOC) -> None:
    """Replace this benchmark's section of docs/accuracy.md (between its markers) with the new table."""
    if result.skipped:
        return
    begin, end = f"<!-- eval:{result.name} -->", f"<!-- /eval:{result.name} -->"
    stamp = dt.date.today().isoformat()
    body = "\n".join(
        [begin, f"### {result.title}", "", f"Measured {stamp} with `{result.command}`.", "", result.table(), ""]
        + [f"- {n}" for n in result.notes]
        + [end]
    )
    text = doc.read_text("utf-8") if doc.exists() else "# Accuracy\n"
    if begin in text and end in text:
        text = text[: text.index(begin)] + body + text[text.index(end) + len(end) :]
    else:
        text = text.rstrip("\n") + "\n\n" + body + "\n"
    doc.parent.mkdir(parents=True, exist_ok=True)
    doc.write_text(text, "utf-8")


def article_from_text(text: str, published: str | None = None) -> Article:
    """A gold document's text as an Article, unchanged, one paragraph per non-empty line.

    Evaluations bypass cleaning so that our offsets are the gold offsets.
    """
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append(Span(pos, pos + len(line), line))
        pos += len(line) + 1
    return Article("eval", None, published, None, None, None, None, text, tuple(spans), (), (), (), "text")
