"""Many inputs into the store: files and directories of .txt/.html and .jsonl (one article a line).

An input is cleaned first; if its content hash is stored already it is skipped before the (expensive) parse,
so a re-run costs little and adds nothing.  New articles are parsed in batches and each is written in its own
transaction.  An input that cannot be used is stored as a failure and the batch goes on.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsledger import errors, nlp
from newsledger.pipeline import Document, clean_document, parse_input, run_stages
from newsledger.records import Article, Extraction, Failure
from newsledger.store import Store

SUFFIXES = (".txt", ".html", ".htm", ".jsonl")


@dataclass
class IngestReport:
    seen: int = 0
    stored: int = 0
    already: int = 0
    failed: int = 0
    stored_ids: list[str] = field(default_factory=list)


def input_files(paths: list[str]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        p = Path(path)
        if p.is_dir():
            found.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES))
        else:
            found.append(p)
    return found


def documents(paths: list[str]) -> Iterator[tuple[Document | Failure, bytes]]:
    """Documents (or failures) from files and JSONL lines, with the raw bytes that identify them."""
    for path in input_files(paths):
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield Failure("input", errors.UNREADABLE, exc.strerror or "cannot be read", str(path)), b""
            continue
        if path.suffix.lower() != ".jsonl":
            yield Document(data, str(path)), data
            continue
        for number, line in enumerate(data.split(b"\n"), start=1):
            if not line.strip():
                continue
            name = f"{path}:{number}"
            try:
                row = json.loads(line)
                body = row.get("text") or row.get("html")
                if not isinstance(row, dict) or not isinstance(body, str):
                    raise ValueError("no text or html field")
            except (ValueError, AttributeError) as exc:
                yield Failure("input", errors.EMPTY, f"not a JSONL article ({exc})", name), line
                continue
            yield (
                Document(
                    body,
                    name,
                    published=row.get("published"),
                    source=row.get("source"),
                    url=row.get("url"),
                    title=row.get("title"),
                ),
                line,
            )


def ingest(
    paths: list[str], store: Store, batch_size: int = 16, progress: Callable[[IngestReport], None] | None = None
) -> IngestReport:
    report = IngestReport()
    pending: list[tuple[Article, str]] = []

    def flush() -> None:
        texts = (parse_input(article) for article, _ in pending)
        for (article, name), parsed in zip(pending, nlp.parse_many(texts, batch_size), strict=True):
            extraction: Extraction = run_stages(parsed, article)
            if store.add(extraction, name):
                report.stored += 1
                report.stored_ids.append(article.id)
            else:
                report.already += 1
            if progress:
                progress(report)
        pending.clear()

    for item, raw in documents(paths):
        report.seen += 1
        if isinstance(item, Failure):
            store.add_failure(item, raw)
            report.failed += 1
            continue
        try:
            article = clean_document(item)
        except errors.InputError as exc:
            store.add_failure(Failure("input", exc.code, exc.problem, exc.source), raw)
            report.failed += 1
            continue
        if store.has_article(article.id) or any(a.id == article.id for a, _ in pending):
            report.already += 1
            continue
        pending.append((article, item.name))
        if len(pending) >= batch_size:
            flush()
    flush()
    return report
