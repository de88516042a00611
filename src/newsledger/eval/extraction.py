"""Main-text extraction scored on the Zyte article-extraction benchmark (181 news and article pages).

Metric, as the benchmark describes it: word 4-gram shingles of gold and predicted text; per page, true/false
positives and false negatives on the shingle multisets; precision and recall are means over pages (pages where
one is undefined are skipped for it); F1 is the harmonic mean of the two means; accuracy is the share of pages
whose predicted word sequence equals the gold one.

Scored in the same run: plain ``trafilatura.extract`` with its defaults (the published baseline), and
newsledger's cleaned body (paragraphs and subheads in page order; captions and boilerplate left out).
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from pathlib import Path

from newsledger import errors
from newsledger.clean import clean
from newsledger.eval.common import Result, Score, readme_anchors

_WORDS = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _WORDS.findall(text)
    if len(tokens) < n:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def page_scores(gold: str, predicted: str) -> tuple[float | None, float | None, bool]:
    g, p = shingles(gold), shingles(predicted)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    return precision, recall, _WORDS.findall(gold) == _WORDS.findall(predicted)


def newsledger_body(html: str, name: str) -> str:
    """The article body as newsledger sees it: paragraphs with subheads in place."""
    try:
        article = clean(html, name, input_format="html", require_english=False)
    except errors.InputError:
        return ""
    heads: dict[int, list[str]] = {}
    for sub in article.subheads:
        heads.setdefault(sub.position, []).append(sub.text)
    lines: list[str] = []
    for i, para in enumerate(article.paragraphs):
        lines.extend(heads.get(i, []))
        lines.append(para.text)
    return "\n".join(lines)


def trafilatura_body(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html) or ""


def _aggregate(per_page: list[tuple[float | None, float | None, bool]]) -> Score:
    ps = [p for p, _, _ in per_page if p is not None]
    rs = [r for _, r, _ in per_page if r is not None]
    accuracy = sum(1 for *_, exact in per_page if exact) / len(per_page)
    return Score(sum(ps) / len(ps), sum(rs) / len(rs), {"accuracy": accuracy})


def article_extraction(root: Path, limit: int | None) -> Result:
    folder = root / "article_extraction_benchmark"
    result = Result(
        "article_extraction",
        "Main-text extraction: Zyte article-extraction benchmark (181 pages)",
        command="newsledger eval article_extraction",
    )
    truth_file = folder / "ground-truth.json"
    if not truth_file.exists():
        result.skipped = f"{truth_file} not found"
        return result
    truth = json.loads(truth_file.read_text("utf-8"))
    ids = sorted(truth)[:limit]
    ours, baseline = [], []
    for page_id in ids:
        html = gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes()).decode("utf-8", "replace")
        gold = truth[page_id]["articleBody"]
        ours.append(page_scores(gold, newsledger_body(html, page_id)))
        baseline.append(page_scores(gold, trafilatura_body(html)))
    result.rows.append(("trafilatura.extract defaults (same run)", _aggregate(baseline)))
    result.rows.append(("newsledger clean (paragraphs + subheads)", _aggregate(ours)))
    result.notes.append(f"{len(ids)} pages; single evaluation set (no train/dev split exists).")
    result.notes.append(
        "About 20 pages are not in English. In normal use newsledger refuses them (exit 2, 'not English'); here the "
        "language check is off so that the cleaning itself is measured on every page."
    )
    result.anchors = readme_anchors(folder)
    return result
