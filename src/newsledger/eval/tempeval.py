"""Temporal expressions scored on TempEval-3 (platinum test, 20 documents) and MEANTIME (English news).

Gold: TIMEX3 spans with their normalised value, relative to the document creation time (DCT), which is given
to us as the publication date.  Metrics as in TempEval-3 Task A: strict and relaxed (overlap) span P/R/F1, and
value F1, where a match also needs the same normalised value.
"""

from __future__ import annotations

import re
from pathlib import Path

from newsledger import nlp
from newsledger.clean.dates import parse_date_line, parse_iso_date
from newsledger.eval.common import Result, Score, article_from_text, readme_anchors
from newsledger.extract.dates import extract_dates

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')

Gold = tuple[int, int, str]  # start, end, value
Doc = tuple[str, str, list[Gold]]  # text, DCT, gold timexes


def read_tml(path: Path) -> tuple[str, str, list[Gold]]:
    """(text, DCT, gold timexes) of one TimeML file; offsets are into the text without tags."""
    raw = path.read_text("utf-8")
    dct_m = re.search(r'<DCT>.*?value="([^"]+)"', raw, re.S)
    dct = dct_m.group(1)[:10] if dct_m else ""
    body_m = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    body = body_m.group(1) if body_m else ""
    out: list[str] = []
    gold: list[Gold] = []
    pos = 0
    open_at: tuple[int, str] | None = None
    for m in _TAG.finditer(body):
        out.append(_unescape(body[pos : m.start()]))  # before the offsets are counted: "&amp;" is one character
        pos = m.end()
        length = sum(len(x) for x in out)
        if m.group(2) == "TIMEX3":
            if m.group(1) == "":
                attrs = dict(_ATTR.findall(m.group(3)))
                open_at = (length, attrs.get("value", ""))
            elif open_at is not None:
                gold.append((open_at[0], length, open_at[1]))
                open_at = None
    out.append(_unescape(body[pos:]))
    return "".join(out), dct, gold


def _unescape(chunk: str) -> str:
    return chunk.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")


_NO_SPACE_BEFORE = frozenset({",", ".", ":", ";", "?", "!", "%", ")", "'s", "n't", "'", "''", "'re", "'ve", "'ll"})
_NO_SPACE_AFTER = frozenset({"(", "$", "``"})


def read_meantime(path: Path) -> tuple[str, str, list[Gold], tuple[int, int] | None]:
    """(text, DCT, gold timexes, span of the date line) of one MEANTIME CAT file.

    The corpus keeps tokens, not the original spacing: tokens are joined with the usual detokenisation (no
    space before "," or "'s", none after "(" or "$") and sentences by blank lines.  MEANTIME annotates only the
    first sentences of each article, so the text ends after the last sentence with any markable.  The
    creation-time TIMEX (the date line under the title) gives the DCT and is not scored, as TempEval-3 does
    not score its DCT; its span is returned so that our reading of that line is not scored either (the
    cleaner takes such a line as the publication date, not as a mention).  Where the DCT value is empty or
    not ISO ("03-02-2009" in one file), the date line itself gives it, as it would in the pipeline.
    """
    import xml.etree.ElementTree as ET

    root = ET.parse(path).getroot()
    anchored = {a.get("t_id") for m in root.iter("Markables") for a in m.iter("token_anchor")}
    tokens = list(root.iter("token"))
    last = max((int(t.get("sentence", 0)) for t in tokens if t.get("t_id") in anchored), default=-1)
    spans: dict[str, tuple[int, int]] = {}
    parts: list[str] = []
    length, sentence, previous = 0, None, ""
    for token in tokens:
        if int(token.get("sentence", 0)) > last:
            break
        word = token.text or ""
        if parts:
            if token.get("sentence") != sentence:
                sep = "\n\n"
            else:
                sep = "" if word in _NO_SPACE_BEFORE or previous in _NO_SPACE_AFTER else " "
            parts.append(sep)
            length += len(sep)
        sentence, previous = token.get("sentence"), word
        spans[token.get("t_id", "")] = (length, length + len(word))
        parts.append(word)
        length += len(word)
    text = "".join(parts)
    dct, gold, dct_span = "", [], None
    for timex in root.iter("TIMEX3"):
        anchors = [spans[a.get("t_id", "")] for a in timex.iter("token_anchor") if a.get("t_id") in spans]
        span = (min(a[0] for a in anchors), max(a[1] for a in anchors)) if anchors else None
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct_span = span
            dct = parse_iso_date(timex.get("value") or "") or ""
            if not dct and span is not None:
                dct = parse_date_line(text[span[0] : span[1]]) or ""
            continue
        if span is not None:
            gold.append((span[0], span[1], timex.get("value") or ""))
    return text, dct, sorted(gold), dct_span


def score_docs(docs: list[Doc], unscored: list[tuple[int, int] | None] | None = None) -> dict[str, Score]:
    """Span and value scores; `unscored` gives per document a span (the DCT's date line) whose predictions are
    neither right nor wrong."""
    c = {"strict_tp": 0, "relaxed_tp": 0, "value_tp": 0, "pred": 0, "gold": 0}
    skips = unscored or [None] * len(docs)
    for (text, dct, gold), parsed, skip in zip(docs, nlp.parse_many(t for t, _, _ in docs), skips, strict=True):
        preds = extract_dates(parsed, article_from_text(text, dct or None))
        if skip is not None:
            preds = tuple(p for p in preds if not (p.start < skip[1] and skip[0] < p.end))
        c["pred"] += len(preds)
        c["gold"] += len(gold)
        used: set[int] = set()
        for p in preds:
            hit = next((i for i, g in enumerate(gold) if i not in used and p.start < g[1] and g[0] < p.end), None)
            if hit is None:
                continue
            used.add(hit)
            g = gold[hit]
            c["relaxed_tp"] += 1
            c["strict_tp"] += int(p.start == g[0] and p.end == g[1])
            c["value_tp"] += int((p.value or "") == g[2])

    def f(tp: int) -> Score:
        return Score.from_counts(tp, c["pred"] - tp, c["gold"] - tp)

    return {"strict span": f(c["strict_tp"]), "relaxed span": f(c["relaxed_tp"]), "value": f(c["value_tp"])}


def tempeval3(root: Path, limit: int | None) -> Result:
    folder = root / "tempeval3"
    result = Result("tempeval3", "Dates: TempEval-3 platinum test (TIMEX3)", command="newsledger eval tempeval3")
    test = sorted((folder / "te3-platinum").glob("*.tml"))[:limit]
    if not test:
        result.skipped = f"{folder / 'te3-platinum'} not found"
        return result
    for split, files in (
        ("platinum test", test),
        ("TBAQ train (TimeBank, tuned on)", sorted((folder / "TBAQ-cleaned" / "TimeBank").glob("*.tml"))[:limit]),
    ):
        if not files:
            continue
        scores = score_docs([read_tml(p) for p in files])
        for metric, s in scores.items():
            result.rows.append((f"{split}: {metric}", s))
    result.notes.append("Value F1 counts a match only when the span overlaps and the normalised value is identical.")
    result.anchors = readme_anchors(folder)
    return result


def meantime(root: Path, limit: int | None) -> Result:
    folder = root / "meantime_en"
    result = Result("meantime", "Dates: MEANTIME English news (TIMEX3)", command="newsledger eval meantime")
    files = sorted((folder / "intra-doc_annotation").rglob("*.xml"))[:limit]
    if not files:
        result.skipped = f"{folder / 'intra-doc_annotation'} not found"
        return result
    read = [read_meantime(p) for p in files]
    halves = (("odd-numbered half (held out)", read[1::2]), (f"all {len(read)} documents", read))
    for split, part in halves:
        scores = score_docs([(t, d, g) for t, d, g, _ in part], [span for *_, span in part])
        for metric, s in scores.items():
            result.rows.append((f"{split}: {metric}", s))
    result.notes.append(
        "Text rebuilt from the corpus tokens (detokenised, blank lines between sentences) up to the last "
        "annotated sentence (MEANTIME annotates the first sentences of each article only); the creation-time "
        "TIMEX is the publication date, not a scored mention. Value F1 needs an overlapping span and an "
        "identical normalised value. The even-numbered files (sorted by path) are a tuning half; the odd ones "
        "were never looked at."
    )
    result.anchors = readme_anchors(folder)
    return result
