"""Use cases shared by the CLI and the API: each takes plain values and returns records or plain data."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsledger import errors
from newsledger.pipeline import Document, extract, extract_many
from newsledger.records import Extraction, Failure

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


def read_input(path: str) -> tuple[bytes, str]:
    """The bytes of a file, or of standard input for "-", and the name to use in messages."""
    if path == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    p = Path(path)
    try:
        return p.read_bytes(), str(p)
    except IsADirectoryError:
        raise errors.InputError(errors.UNREADABLE, path, "is a directory, not an article file") from None
    except OSError as exc:
        raise errors.InputError(errors.UNREADABLE, path, exc.strerror or "cannot be read") from None


def extract_file(
    path: str,
    *,
    published: str | None = None,
    source: str | None = None,
    encoding: str | None = None,
    max_bytes: int | None = None,
) -> Extraction:
    """Extract one article file (or "-" for standard input).  Raises InputError on a bad input."""
    data, name = read_input(path)
    return extract(Document(data, name, published, source, encoding=encoding, max_bytes=max_bytes))


def article_files(paths: list[str]) -> list[Path]:
    """Article files named directly or found in the named directories, in a stable order."""
    found: list[Path] = []
    for path in paths:
        p = Path(path)
        if p.is_dir():
            found.extend(sorted(f for f in p.rglob("*") if f.suffix.lower() in ARTICLE_SUFFIXES and f.is_file()))
        else:
            found.append(p)
    return found


def extract_files(paths: list[str]) -> Iterator[Extraction | Failure]:
    """Extract many files; a file that cannot be read or used becomes a Failure and the rest goes on."""

    def documents() -> Iterator[Document]:
        for f in article_files(paths):
            try:
                yield Document(f.read_bytes(), str(f))
            except OSError as exc:
                yield Document(b"", f"{f} ({exc.strerror})")

    yield from extract_many(documents())


@dataclass
class BatchSummary:
    """What a batch run produced, for a summary line."""

    articles: int = 0
    failures: list[Failure] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    entity_types: Counter[str] = field(default_factory=Counter)

    def add(self, result: Extraction | Failure) -> None:
        if isinstance(result, Failure):
            self.failures.append(result)
            return
        self.articles += 1
        for key in ("entities", "quotes", "figures", "places", "dates", "events"):
            self.counts[key] += len(getattr(result, key))
        self.entity_types.update(e.type for e in result.entities)
